/**
 * Secure clinical messaging and patient engagement (round cl1): a nurse's, doctor's or care coordinator's words to or
 * about a named patient, sent through a hospital messenger (TigerConnect), a patient-engagement hub (Luma Health), a
 * record's staff threads and broadcasts (Elation) or a practice system's patient cases (athenahealth). Most of these
 * were already read right by the older rules (a message to a patient or to named colleagues is a `message`: the
 * recipient fields and the messages paths say so); this module reads the three shapes they did not:
 * - an internal note in a patient's conversation, marked by the message's own `visibility: 'internal'` beside the
 *   patient's id (Luma Health's staff-to-staff note that @mentions a colleague; the patient never sees it): a
 *   **comment**, as Spruce's `internal: true` note is (r21rev) and as a help desk's internal note is (hd1);
 * - a broadcast message shown to every user of a practice, team or ward (Elation's POST /broadcast_messages/ with
 *   `target_practices` and no target users): a **post**, as cr1's J1 read EspoCRM's notes to teams or to all; one
 *   that names users is left to the recipient rules (a message);
 * - words written under a patient's record by id with nothing naming a recipient (athenahealth's
 *   /patients/{id}/documents/patientcase `internalnote`, its /chart/{patientid}/socialhistory `sectionnote`): a note
 *   the care team reads on the chart, a **comment** (hc1: a note on a patient's record). kind.ts asks this last,
 *   after every message rule, so a portal message under /patients/{id}/messages stays a message.
 * Near-misses (read receipts, forwards, assignments, closing a conversation, templates, check-ins) carry no words of
 * the person and were already quiet; fixtures `cl1-not-*` keep them so.
 *
 * Sources (facts only): streamdata-gallery-organizations/tigertext (TigerText v2 Swagger listings: /v2/message/,
 * /v2/message/status/, /v2/message/{token}/forward/); api-evangelist/luma-health (Luma's published Rest-Service v2
 * OpenAPI: messages, chatActivities, patientMessageTemplates); api-evangelist/elation-health (message_threads,
 * broadcast_messages); eleanorhealth/go-athenahealth (documents.go AddPatientCaseDocument, charts.go social history,
 * appointment check-in).
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, topLevelString } from './body-fields';
import { PATIENT_FIELD, idLike } from './clinical';
import { collectionById, hasIdSegment, lastSegment, pathSegments } from './paths';

/** A broadcast collection whose name says messages (Elation's `broadcast_messages`); `broadcasts` alone is a newsletter's (m1). */
const BROADCAST_MESSAGES_SEGMENT = /^broadcast[_-]?messages?$/i;
/** A field naming the people a broadcast goes to (`target_users`, `recipient_ids`, `members`): a named audience is a message's. */
const NAMED_AUDIENCE_FIELD = /^(?:target_?)?(?:users?|user_?ids?|recipients?|recipient_?ids?|members?|member_?ids?)$/i;
/** A patient's record as a path's collection (`/patients/{id}/…`). */
const PATIENT_COLLECTION = /^patients?$/i;
/** athenahealth's chart by patient id (`/chart/{patientid}/socialhistory`); plural `charts` is a dashboard's as often. */
const CHART_SEGMENT = /^chart$/i;
/** Fields of a public review or rating: words beside them are published, not charted. */
const REVIEW_FIELD = /^(?:rating|stars|score)$/i;

/** Whether a value names someone: a non-empty string, a number, or a non-empty list. */
function named(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

/** Whether the body names the patient it is about by id (Luma's `patient`, `patient_id`). */
function namesPatient(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => PATIENT_FIELD.test(name) && idLike(v));
}

/** An internal note in a patient's conversation: the message's own `visibility: 'internal'` beside the patient's id. */
function internalPatientNote(body: ParsedBody): boolean {
  return topLevelString(body, 'visibility')?.toLowerCase() === 'internal' && namesPatient(body);
}

/** A broadcast message to whole practices, teams or wards: a broadcast_messages collection naming no user. */
function broadcastToEveryone(path: string, body: ParsedBody): boolean {
  if (!BROADCAST_MESSAGES_SEGMENT.test(lastSegment(path))) return false;
  return !hasFieldWhere(body, (name, v) => NAMED_AUDIENCE_FIELD.test(name) && named(v));
}

/**
 * The kind of a clinical messenger's internal note or team broadcast, asked among the family hooks (before the
 * message path makes either a message); undefined for anything else.
 */
export function clinicalMessagingKind(path: string, body: ParsedBody): PostKind | undefined {
  if (body.type !== 'json' && body.type !== 'form' && body.type !== 'multipart') return undefined;
  if (internalPatientNote(body)) return 'comment';
  if (broadcastToEveryone(path, body)) return 'post';
  return undefined;
}

/**
 * Words written under a patient's record by id, below it (`/patients/{id}/documents/patientcase`,
 * `/chart/{id}/socialhistory`), with nothing of a review beside them: a note on the chart. Asked last in kind.ts,
 * where the words would otherwise be a plain post; a path alone (`/patients/{id}`, the record's own fields) is not.
 */
export function patientRecordNoteKind(path: string, body: ParsedBody): PostKind | undefined {
  const bare = path.replace(/[?#].*$/, '');
  if (bare.length > 600 || !/\/(?:patients?|chart)\//i.test(bare)) return undefined;
  const segments = pathSegments(bare);
  const n = segments.length;
  const patient = collectionById(segments, PATIENT_COLLECTION);
  const chart = collectionById(segments, CHART_SEGMENT);
  const under = (i: number): boolean => i >= 0 && i + 2 < n;
  const onRecord = under(patient) || (under(chart) && /^\d+$/.test(segments[chart + 1]!));
  if (!onRecord || !hasIdSegment(bare)) return undefined;
  return hasFieldWhere(body, (name) => REVIEW_FIELD.test(name)) ? undefined : 'comment';
}
