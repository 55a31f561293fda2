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
 *   incident's id: a **comment**, read by the care manager and the team. Asked only where the body names the person
 *   cared for or carries a care incident's own fields, so a status page's incident (ic1) is left to its rules;
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

/** A note collection named for care (AlayaCare's `progress_notes`; visit, care, daily, shift or handover notes). */
const CARE_NOTES_SEGMENT = /^(?:progress|visit|care|daily|shift|handover|nursing|clinical)[-_]?notes$/i;
/** An external-id lookup segment (AlayaCare's `/by_id/{external id}`). */
const BY_ID_SEGMENT = /^by[-_]?id$/i;

/** A care note posted to a client's note collection by an external id: …/progress_notes/by_id/{id}. */
function careNoteByExternalId(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && CARE_NOTES_SEGMENT.test(segments[n - 3]!) && BY_ID_SEGMENT.test(segments[n - 2]!) && segments[n - 1]!.length > 0;
}

const INCIDENTS_SEGMENT = /^incidents?$/i;
/** The person cared for, named by id (`clientId`, `resident_id`, `service_user_id`, `patientId`). */
const CARED_FOR_ID = /^(?:client|resident|patient|service_?user)_?id$/i;
/**
 * Fields only a care incident carries: the injury, who was told (family, physician), the immediate action, the
 * follow-up and resolution notes (Care Commons' incident schema).
 */
const CARE_INCIDENT_FIELD = /^(?:injury_?(?:severity|description)|family_?notifi\w*|physician_?(?:notifi\w*|orders)|immediate_?action|follow_?up_?notes|resolution_?notes|medical_?attention_?\w+)$/i;

/** An incident report (…/incidents) or its update by id (…/incidents/{id}) about a person cared for. */
function careIncident(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  const onIncident = INCIDENTS_SEGMENT.test(segments[n - 1] ?? '') || (n >= 2 && INCIDENTS_SEGMENT.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!));
  if (!onIncident) return false;
  return hasFieldWhere(body, (name) => CARED_FOR_ID.test(name) || CARE_INCIDENT_FIELD.test(name));
}

const ADMINISTRATIONS_SEGMENT = /^(?:medication[-_]?)?administrations?$/i;
const MEDICATIONS_SEGMENT = /^medications?$/i;

/** A medication's administration record (…/medications/{id}/administrations[/{id}]). */
function medicationAdministration(segments: string[]): boolean {
  const i = segments.findIndex((s) => ADMINISTRATIONS_SEGMENT.test(s));
  if (i < 0) return false;
  return (i >= 2 && MEDICATIONS_SEGMENT.test(segments[i - 2]!)) || /medication/i.test(segments[i]!);
}

/** The kind of a carer's words on a client's or resident's record, or undefined when the request is not this family's. */
export function careVisitKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET' || method.toUpperCase() === 'DELETE') return undefined;
  const segments = pathSegments(path);
  if (segments.length === 0) return undefined;
  if (careNoteByExternalId(segments)) return 'comment';
  if (medicationAdministration(segments)) return 'comment';
  if (careIncident(segments, body)) return 'comment';
  return undefined;
}
