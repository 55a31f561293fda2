/**
 * Home care and care homes (round hh1): a carer's, nurse's or care manager's words about a named elderly or disabled
 * client or resident, written into home-care or care-home software. The resident is an identifiable third party, so
 * these words are held with the kind a colleague would give them. Kinds follow hc1, hc2, cm1 and vt1:
 * - a progress, visit, care, daily or handover note posted to the client's note collection, by the software's own id
 *   or by an external id (AlayaCare's POST /ext/api/v2/clinical/progress_notes/by_id/{external_client_id} with
 *   `note_type` and `content`): a **comment**. The collection's own id (…/progress_notes/{id}) was already read as a
 *   comment by the older rules; the `by_id/{external id}` form was not, for the id sits after a `by_id` segment;
 * - an incident report on a client or resident (a fall, a medication error, an injury: Care Commons' incident with
 *   `clientId`, `incidentType`, `description`, `immediateAction`), and its follow-up or resolution notes by the
 *   incident's id: a **comment**, read by the care manager and the team. Since the review (D1, D3, M3) asked only in a
 *   care context (a host or path word naming care, a resident's, service user's or patient's id, a family or
 *   physician notified) and only when the words found sit in the incident's words fields. `client_id`, follow-up or
 *   resolution notes, an injury or an immediate action alone do not count, so a status page's, a security or IT
 *   team's, a school's or an HR incident is left to the older rules (ic1, sis1);
 * - a comment on a medication administration (AlayaCare's POST …/medications/{id}/administrations with `comments`,
 *   a dose held and why): a **comment** on the client's medication record. With codes and amounts only, no words
 *   are found and nothing is held.
 * Not read here, and quiet under the older rules: visit check-in and check-out, task ticks, reads of note lists,
 * an incident's status or severity alone, a family message marked read. A carer's message to the family through a
 * portal (`recipient_type: FAMILY`) is already a message under the older recipient rules.
 *
 * Cost: each rule tests the path first (a segment named for care notes, incidents or administrations) and walks the
 * body only then.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere } from './body-fields';
import { hasIdSegment, pathSegments } from './paths';

/**
 * A note collection named for care (AlayaCare's `progress_notes`; visit, care, shift, handover or nursing notes).
 * `daily` and `clinical` were dropped in hh1's review (M1): a journal's `daily_notes/by_id/{date}` is the writer's post.
 */
const CARE_NOTES_SEGMENT = /^(?:progress|visit|care|shift|handover|nursing)[-_]?notes$/i;
/** An external-id lookup segment (AlayaCare's `/by_id/{external id}`). */
const BY_ID_SEGMENT = /^by[-_]?id$/i;

/** A record a care note hangs on, looked up by external id before its notes (AlayaCare's /visits/by_id/{id}/notes). */
const CARE_RECORD_SEGMENT = /^(?:visits?|clients?|patients?)$/i;
const NOTES_SEGMENT = /^notes$/i;

/**
 * A care note posted by an external id: …/progress_notes/by_id/{id}, or …/visits/by_id/{visit id}/notes (the second
 * form cited by hh1's own visit-note fixture and missed until its review, D2).
 */
function careNoteByExternalId(segments: string[]): boolean {
  const n = segments.length;
  if (n >= 3 && CARE_NOTES_SEGMENT.test(segments[n - 3]!) && BY_ID_SEGMENT.test(segments[n - 2]!) && segments[n - 1]!.length > 0) return true;
  return n >= 4 && NOTES_SEGMENT.test(segments[n - 1]!) && BY_ID_SEGMENT.test(segments[n - 3]!) && CARE_RECORD_SEGMENT.test(segments[n - 4]!);
}

const INCIDENTS_SEGMENT = /^incidents?$/i;
/**
 * The care context an incident needs (hh1's review, D1 and D3): a host or path word that names care, or a field
 * only care incidents carry. `client_id` (an OAuth, tenant or PSA customer field), `resolution_notes`,
 * `follow_up_notes`, an injury and an immediate action (status pages, SOC, IT, school and HR incidents carry them
 * too) no longer count alone. The host word is a small list and the only sign for Care Commons' follow-up by id.
 */
const CARE_HOST = /(?<!customer|skin)care(?!ers?\b)|nursing/i;
const CARE_PATH_SEGMENT = /^(?:care|home[-_]?care|care[-_]?homes?|residents?|service[-_]?users?|patients?)$/i;
/** Fields only a care incident carries: the resident, service user or patient by id, and who was told (family, physician). */
const CARE_ONLY_FIELD = /^(?:(?:resident|patient|service_?user)_?id|family_?notifi\w*|physician_?(?:notifi\w*|orders))$/i;
/** The fields a care incident's words sit in (Care Commons: description, immediateAction, follow-up and resolution notes). */
const CARE_INCIDENT_WORDS = /^(?:description|immediate_?action|follow_?up_?notes|resolution_?notes|family_?notification_?notes|notes?|comments?)$/i;

/** An incident report (…/incidents) or its update by id (…/incidents/{id}) about a person cared for. */
function careIncident(host: string, segments: string[], body: ParsedBody, foundField: string): boolean {
  const n = segments.length;
  const onIncident = INCIDENTS_SEGMENT.test(segments[n - 1] ?? '') || (n >= 2 && INCIDENTS_SEGMENT.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!));
  if (!onIncident || !CARE_INCIDENT_WORDS.test(lastName(foundField))) return false;
  if (CARE_HOST.test(host) || segments.some((s) => CARE_PATH_SEGMENT.test(s))) return true;
  return hasFieldWhere(body, (name) => CARE_ONLY_FIELD.test(name));
}

/** The field's own name, without the objects or brackets that hold it (`incident.description` → `description`). */
function lastName(field: string): string {
  return field.split(/[.[\]]/).filter(Boolean).pop() ?? '';
}

const ADMINISTRATIONS_SEGMENT = /^(?:medication[-_]?)?administrations?$/i;
const MEDICATIONS_SEGMENT = /^medications?$/i;

/** A medication administration record (MAR) under a resident (…/residents/{id}/mar/administrations): hh1rev M2. */
const MAR_SEGMENT = /^e?mar$/i;

/** A medication's administration record (…/medications/{id}/administrations[/{id}], …/mar/administrations). */
function medicationAdministration(segments: string[]): boolean {
  const i = segments.findIndex((s) => ADMINISTRATIONS_SEGMENT.test(s));
  if (i < 0) return false;
  return (i >= 2 && MEDICATIONS_SEGMENT.test(segments[i - 2]!)) || /medication/i.test(segments[i]!) || (i >= 1 && MAR_SEGMENT.test(segments[i - 1]!));
}

/** The kind of a carer's words on a client's or resident's record, or undefined when the request is not this family's. */
export function careVisitKind(host: string, path: string, body: ParsedBody, foundField: string, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET' || method.toUpperCase() === 'DELETE') return undefined;
  const segments = pathSegments(path);
  if (segments.length === 0) return undefined;
  if (careNoteByExternalId(segments)) return 'comment';
  if (medicationAdministration(segments)) return 'comment';
  if (careIncident(host, segments, body, foundField)) return 'comment';
  return undefined;
}
