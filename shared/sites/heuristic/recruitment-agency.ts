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
 *
 * Since the round's review (ra1rev):
 * - Zoho Recruit's Change Status (PUT /recruit/v2/{Module}/status with the records named in the body's `ids`, and
 *   PUT /recruit/v2/Offers/{id}/actions/status), its status as `<Module>_Status`, with `comments`: a comment (D4).
 * - A status change's note that names a recipient or sets a notify flag reaches the subject: a message (J1).
 * - Recruit CRM's other collections with the polymorphic reference: its call logs (`call_notes`, D1), tasks and
 *   their edits by id (J2) are comments; its meetings are messages when they invite candidates or contacts, and
 *   comments when `do_not_send_calendar_invites` is set or only users attend (D5).
 * - Loxo's person event edited by id (PUT …/person_events/{id}) is read like its create (D3). The early watch of
 *   `person_events` is gone (M1): the skip list's `search` is anchored instead (watches.ts, D2).
 *
 * Since the recheck r28 (clients ra1 did not cite):
 * - An RPC-style note call named for its record (JobDiva's POST /apiv2/jobdiva/createCandidateNote with `candidateid`
 *   or `candidateId` and `note`): the path says a note is made on a candidate, the body names which one, a comment.
 * - Text written to a record's custom fields by id (Vincere's PATCH /api/v2/candidate/{id}/customfields, `data [{
 *   field_key, field_value }]`, where agencies keep 'Interview Notes'): the words sit on the candidate's record for
 *   the consultants, a comment. Dropdowns and dates carry no words, and stay quiet as before.
 *
 * Structure only, no host list: the status rule wants a record collection by id before the status segment and a
 * status or stage id in the body; the note rule wants both halves of the polymorphic reference. Cheapest tests first
 * (the path's last segments), before any walk of the body.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, hasKeyDeep, nonEmptyString } from './body-fields';
import { isRecord } from '../body';
import { hasIdSegment, pathSegments } from './paths';
import { ANY_RECIPIENT_KEY } from './words';

/** The records an agency's notes hang on: candidates, applications, jobs and placements, clients' contacts and companies. */
const AGENCY_RECORD = /^(?:candidates?|applications?|jobs?|job[-_]?orders?|placements?|contacts?|compan(?:y|ies)|persons?|people|offers?)$/i;
/** A stage or status segment: JobAdder's `status`, Recruit CRM's `hiring-stages`. */
const STATUS_SEGMENT = /^(?:status|stages?|hiring[-_]?stages?|pipeline[-_]?stages?)$/i;
/** The status or stage the record moves to (JobAdder's `statusId`, Recruit CRM's `status_id`). */
const STATUS_KEY = /^(?:status|stage|hiring[-_]?stage)[-_]?id$/i;
/** A status value named for its module (Zoho Recruit's `Candidate_Status`, `Application_Status`, `Offer_Status`; ra1rev D4). */
const MODULE_STATUS_KEY = /^[a-z]+_status$/i;
/** A flag that sends the status change's note to its subject (J1). */
const NOTIFY_KEY = /^(?:notify\w*|send[-_]?e?mails?|e?mail[-_]?(?:candidate|contact|applicant))$/i;
/** Where a status change carries words: JobAdder's `note { text }`, Recruit CRM's `remark`. */
const STATUS_WORDS_KEY = /^(?:notes?|remarks?|comments?|text)$/i;
/** A polymorphic record reference's type (Recruit CRM's `related_to_type`, its web app's `relatedtotypeid`). */
const RELATED_TYPE_KEY = /^related[-_]?to[-_]?type(?:[-_]?id)?$/i;
/** …and its id (`related_to`, `relatedto`). */
const RELATED_ID_KEY = /^related[-_]?to$/i;
/** A notes collection, or another collection of the recruiter's words on a record (Recruit CRM's call logs, tasks, meetings; ra1rev D1, J2, D5). */
const NOTES_SEGMENT = /^(?:notes?|call[-_]?logs?|tasks?|meetings?)$/i;
/** A meeting collection, whose invitations go to the attendees named. */
const MEETINGS_SEGMENT = /^meetings?$/i;
/** A meeting's attendees from outside the agency (Recruit CRM's `attendee_candidates`, `attendee_contacts`). */
const OUTSIDE_ATTENDEES_KEY = /^attendee[-_]?(?:candidates|contacts)$/i;
/** The flag that keeps a meeting's invitations from leaving (Recruit CRM's `do_not_send_calendar_invites`). */
const NO_INVITES_KEY = /^do[-_]?not[-_]?send[-_]?calendar[-_]?invites?$/i;
/** Activities logged on a person (Loxo's `person_events`). */
const PERSON_EVENTS_SEGMENT = /^(?:person|people|candidate|contact)[-_]?events$/i;
/** The notes of an activity logged on a person, as a JSON key or a form field's leaf (`person_event[notes]`). */
const PERSON_EVENT_NOTES = /^(?:person_event\[notes\]|notes)$/i;

/** An RPC-style note call named for its record (JobDiva's `createCandidateNote`, `addContactNote`; r28). */
const RECORD_NOTE_CALL = /^(?:create|add|save)(candidate|contact|job|company|placement)notes?$/i;
/** A record's custom fields collection (Vincere's `customfields`; r28). */
const CUSTOM_FIELDS_SEGMENT = /^custom[-_]?fields$/i;

/** An RPC call that makes a note on a record the body names by `<record>Id` (JobDiva; r28). */
function recordNoteCall(last: string, body: ParsedBody): boolean {
  const record = RECORD_NOTE_CALL.exec(last)?.[1];
  if (record === undefined) return false;
  const idKey = new RegExp(`^${record}[-_]?ids?$`, 'i');
  return hasKeyDeep(body, idKey, (v) => (typeof v === 'number' && v > 0) || (typeof v === 'string' && hasIdSegment(v)));
}

/** Custom fields written on an agency record by id (Vincere's …/candidate/{id}/customfields; r28): words found there are on the record. */
function recordCustomFields(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && CUSTOM_FIELDS_SEGMENT.test(segments[n - 1]!) && hasIdSegment(segments[n - 2]!) && AGENCY_RECORD.test(segments[n - 3]!);
}

/** Whether the path ends with a status segment (and maybe the target's id) after a record collection by id. */
function statusUnderRecord(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  // Zoho Recruit: …/{Module}/{id}/actions/status, or …/{Module}/status with the records named in the body's `ids`.
  if (n >= 2 && /^status$/i.test(segments[n - 1]!)) {
    if (n >= 4 && /^actions$/i.test(segments[n - 2]!) && hasIdSegment(segments[n - 3]!) && AGENCY_RECORD.test(segments[n - 4]!)) return true;
    if (AGENCY_RECORD.test(segments[n - 2]!) && hasKeyDeep(body, /^ids$/i, Array.isArray)) return true;
  }
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
  if (!statusUnderRecord(segments, body)) return false;
  const set = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
  return (hasKeyDeep(body, STATUS_KEY, set) || hasKeyDeep(body, MODULE_STATUS_KEY, set)) && hasKeyDeep(body, STATUS_WORDS_KEY, (v) => nonEmptyString(v) || (isRecord(v) && Object.values(v).some(nonEmptyString)));
}

/** Whether a status change's note reaches its subject: a recipient named or a notify flag set (J1). */
function statusNoteSent(body: ParsedBody): boolean {
  return hasKeyDeep(body, ANY_RECIPIENT_KEY) || hasKeyDeep(body, NOTIFY_KEY, (v) => v === true || v === 1 || v === '1' || v === 'true');
}

/** The collection a note is sent to: the last segment, or the one before an id (an edit, Recruit CRM's POST /v1/tasks/{task}). */
function noteCollection(segments: string[]): string {
  const n = segments.length;
  if (n >= 2 && hasIdSegment(segments[n - 1]!)) return segments[n - 2]!;
  return segments[n - 1] ?? '';
}

/** A notes (call log, task, meeting) collection whose body names its record by a type and an id. */
function polymorphicRecordNote(last: string, body: ParsedBody): boolean {
  if (!NOTES_SEGMENT.test(last)) return false;
  const filled = (_: string, v: unknown): boolean => (typeof v === 'string' && v !== '') || typeof v === 'number';
  return hasFieldWhere(body, (name, v) => RELATED_TYPE_KEY.test(name) && filled(name, v)) && hasFieldWhere(body, (name, v) => RELATED_ID_KEY.test(name) && filled(name, v));
}

/** A meeting that sends invitations to candidates or contacts (D5): not kept from sending, outside attendees named. */
function meetingInvites(body: ParsedBody): boolean {
  if (hasFieldWhere(body, (name, v) => NO_INVITES_KEY.test(name) && (v === '1' || v === 1 || v === true || v === 'true'))) return false;
  return hasFieldWhere(body, (name, v) => OUTSIDE_ATTENDEES_KEY.test(name) && ((typeof v === 'string' && v !== '') || (Array.isArray(v) && v.length > 0)));
}

/** An activity logged on a person with notes written, created or edited by id (…/person_events/{id}; D3). */
function personEventNote(collection: string, body: ParsedBody): boolean {
  return PERSON_EVENTS_SEGMENT.test(collection) && hasKeyDeep(body, PERSON_EVENT_NOTES, nonEmptyString);
}

/** What an agency CRM's words on a candidate's, contact's, job's or application's record are, or undefined. */
export function recruitmentAgencyKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const verb = method.toUpperCase();
  if (verb !== 'POST' && verb !== 'PUT' && verb !== 'PATCH') return undefined;
  const segments = pathSegments(path);
  const collection = noteCollection(segments);
  if (personEventNote(collection, body)) return 'comment';
  if (polymorphicRecordNote(collection, body)) {
    if (hasKeyDeep(body, ANY_RECIPIENT_KEY)) return 'message';
    return MEETINGS_SEGMENT.test(collection) && meetingInvites(body) ? 'message' : 'comment';
  }
  if (statusChangeWithWords(segments, body)) return statusNoteSent(body) ? 'message' : 'comment';
  if (recordNoteCall(segments[segments.length - 1] ?? '', body) || recordCustomFields(segments)) return 'comment';
  return undefined;
}
