/**
 * Recruitment agencies' CRMs (round ra1): a recruiter's words about a named candidate or a client's hiring manager,
 * kept on the candidate's, contact's, job's or application's record for the agency's consultants. Kinds as round at1
 * decided for applicant tracking systems: a note on a record colleagues read is a comment; mail to a candidate or a
 * client is a message (the mail rules already read Recruit CRM's `recivers`). The general rules took these for posts,
 * or did not look:
 *
 * - A stage or status change that carries a note (JobAdder's PUT /applications/{id}/status and /jobs/{id}/status with
 *   `{ statusId, note: { text } }`; Recruit CRM's POST /v1/candidates/{slug}/hiring-stages/{job} with `{ status_id,
 *   remark }`): the note is the recruiter's words on the record, a comment. Without words the move publishes nothing
 *   and the general rules leave it quiet, as before.
 * - A notes collection whose body names its record polymorphically, by a type and an id (Recruit CRM's POST /v1/notes
 *   with `related_to` and `related_to_type: candidate | contact | company | job | deal`; its web app's `relatedto` and
 *   `relatedtotypeid`): a note on that record, a comment (a message when it names recipients).
 * - An activity logged on a person (Loxo's POST /api/{agency}/person_events, `person_event { activity_type_id,
 *   person_id, job_id, notes }` as JSON or multipart form fields `person_event[notes]`): its notes are on the
 *   candidate's timeline, a comment; the path is watched here though it is not named for notes (from an API client
 *   no origin says it is same-site). An activity with no notes (a stage move) stays quiet: no words are found.
 *
 * Structure only, no host list: the status rule wants a record collection by id before the status segment and a
 * status or stage id in the body; the note rule wants both halves of the polymorphic reference. Cheapest tests first
 * (the path's last segments), before any walk of the body.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, hasKeyDeep, nonEmptyString } from './body-fields';
import { isRecord } from '../body';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { ANY_RECIPIENT_KEY } from './words';

/** The records an agency's notes hang on: candidates, applications, jobs and placements, clients' contacts and companies. */
const AGENCY_RECORD = /^(?:candidates?|applications?|jobs?|job[-_]?orders?|placements?|contacts?|compan(?:y|ies)|persons?|people)$/i;
/** A stage or status segment: JobAdder's `status`, Recruit CRM's `hiring-stages`. */
const STATUS_SEGMENT = /^(?:status|stages?|hiring[-_]?stages?|pipeline[-_]?stages?)$/i;
/** The status or stage the record moves to (JobAdder's `statusId`, Recruit CRM's `status_id`). */
const STATUS_KEY = /^(?:status|stage|hiring[-_]?stage)[-_]?id$/i;
/** Where a status change carries words: JobAdder's `note { text }`, Recruit CRM's `remark`. */
const STATUS_WORDS_KEY = /^(?:notes?|remarks?|comments?|text)$/i;
/** A polymorphic record reference's type (Recruit CRM's `related_to_type`, its web app's `relatedtotypeid`). */
const RELATED_TYPE_KEY = /^related[-_]?to[-_]?type(?:[-_]?id)?$/i;
/** …and its id (`related_to`, `relatedto`). */
const RELATED_ID_KEY = /^related[-_]?to$/i;
/** A notes collection. */
const NOTES_SEGMENT = /^notes?$/i;
/** Activities logged on a person (Loxo's `person_events`). */
const PERSON_EVENTS_SEGMENT = /^(?:person|people|candidate|contact)[-_]?events$/i;
/** The notes of an activity logged on a person, as a JSON key or a form field's leaf (`person_event[notes]`). */
const PERSON_EVENT_NOTES = /^(?:person_event\[notes\]|notes)$/i;

/** Whether the path ends with a status segment (and maybe the target's id) after a record collection by id. */
function statusUnderRecord(segments: string[]): boolean {
  const n = segments.length;
  // …/{record}/{id}/status, or …/{record}/{id}/hiring-stages/{job} (the stage set on that job).
  for (const at of [n - 1, n - 2]) {
    if (at < 2 || !STATUS_SEGMENT.test(segments[at]!)) continue;
    if (at === n - 2 && !hasIdSegment(segments[n - 1]!)) continue;
    if (AGENCY_RECORD.test(segments[at - 2]!) && hasIdSegment(segments[at - 1]!)) return true;
  }
  return false;
}

/** A status or stage change that carries words: a status id set and a note, remark or comment filled. */
function statusChangeWithWords(segments: string[], body: ParsedBody): boolean {
  if (!statusUnderRecord(segments)) return false;
  return hasKeyDeep(body, STATUS_KEY, (v) => v !== null && v !== undefined && v !== '') && hasKeyDeep(body, STATUS_WORDS_KEY, (v) => nonEmptyString(v) || (isRecord(v) && Object.values(v).some(nonEmptyString)));
}

/** A notes collection whose body names its record by a type and an id. */
function polymorphicRecordNote(last: string, body: ParsedBody): boolean {
  if (!NOTES_SEGMENT.test(last)) return false;
  const filled = (_: string, v: unknown): boolean => (typeof v === 'string' && v !== '') || typeof v === 'number';
  return hasFieldWhere(body, (name, v) => RELATED_TYPE_KEY.test(name) && filled(name, v)) && hasFieldWhere(body, (name, v) => RELATED_ID_KEY.test(name) && filled(name, v));
}

/** Whether the path is an activities collection logged on a person (Loxo's person_events). */
export function personEventsPath(path: string): boolean {
  return PERSON_EVENTS_SEGMENT.test(lastSegment(path));
}

/** An activity logged on a person with notes written. */
function personEventNote(last: string, body: ParsedBody): boolean {
  return PERSON_EVENTS_SEGMENT.test(last) && hasKeyDeep(body, PERSON_EVENT_NOTES, nonEmptyString);
}

/** What an agency CRM's words on a candidate's, contact's, job's or application's record are, or undefined. */
export function recruitmentAgencyKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const verb = method.toUpperCase();
  if (verb !== 'POST' && verb !== 'PUT' && verb !== 'PATCH') return undefined;
  const last = lastSegment(path);
  if (personEventNote(last, body)) return 'comment';
  if (polymorphicRecordNote(last, body)) return hasKeyDeep(body, ANY_RECIPIENT_KEY) ? 'message' : 'comment';
  if (statusChangeWithWords(pathSegments(path), body)) return 'comment';
  return undefined;
}
