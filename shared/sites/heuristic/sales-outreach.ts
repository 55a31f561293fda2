/**
 * Sales engagement and outreach tools (round sl1): a salesperson's or recruiter's words to and about a named prospect,
 * sent from Outreach, Salesloft, Apollo.io or lemlist. A company account's rep writing "budget frozen, he hates his
 * vendor" in the wrong window is the slip the guard is for. Kinds follow cr1 and cs1: an email to a named prospect is
 * a `message`; a note, a call's notes or a task's note on a prospect's or account's record, which colleagues read, is a
 * `comment`. A template or sequence step saved but not sent stays quiet by refuses.ts's template collection rule
 * (templateCollection, round p1), which this module leaves alone.
 *
 * What the older rules read as a plain post (or, for a call with a dialled `to`, a message) and this module reads:
 * - a JSON:API resource typed by its `data.type` (Outreach's /api/v2), on any method (POST, and PATCH for edits): a
 *   `mailing` whose relationships name one prospect, contact, lead or person it goes to is a message (a list or group
 *   mailing is left to the older rules, sl1rev D4); a `call` or `task` whose attributes carry a `note` and whose
 *   relationships link it to a prospect, contact, lead or account is a comment (sl1rev J1: a to-do app's task is not);
 * - a note linked to a record by a type and id pair (Salesloft's POST /v2/notes with `associated_with_type` person or
 *   account): a comment;
 * - a call logged on a person with its disposition, sentiment, status or outcome, its duration or the number dialled
 *   (Salesloft's POST /v2/activities/calls with `person_id`, `to`, `notes`; Apollo.io's POST /api/v1/phone_calls with
 *   `contact_id`, `status`, `note`, in the body or, as Apollo documents them, the query string): a comment; its `to`
 *   is the number dialled, not a recipient (sl1rev D1, D2);
 * - a note under a prospect record named in the path by id or e-mail address (lemlist's POST
 *   /api/contacts/{idOrEmail}/notes), never `me`, `self` or `current` (sl1rev D3, J2): a comment;
 * - a task's completion note (Outreach's POST /api/v2/tasks/{id}/actions/markComplete with `completionNote`): a
 *   comment (sl1rev M5);
 * - tasks created in bulk for several prospects with one note (Apollo.io's POST /api/v1/tasks/bulk_create with
 *   `contact_ids` and `note`): a comment (a single Apollo task was one already);
 * - an answer mailed into a campaign lead's thread (Smartlead's POST /campaigns/{id}/reply-email-thread with
 *   `email_stats_id`, `email_body`): a message, not the reply its path word says; the lead's mail it quotes
 *   (`reply_email_body`) is not read as the salesperson's words (quotedLeadMail, asked by longest-field.ts) (round r22);
 *   both only in Smartlead's shape, with `email_stats_id` in the body (rv22 review M1, M4).
 * Anything that names mail recipients or sets a send flag is left to the mail rules. Near-misses stay untouched: a
 * prospect added to a sequence (relationships only, no attributes), a stage move, tags, a lead paused, a task
 * completed by its action path, an import of a lead's fields.
 *
 * Signs are structural (a JSON:API type, a record type and id pair, a call's outcome beside a person's id, a record
 * collection before the notes). Word lists are the record types and the collections named, kept small.
 *
 * Form bodies are read as JSON ones are (Salesloft's urlencoded POSTs, sl1fix); a body-less request's query string
 * arrives here as a form body (query-body.ts), which is how Apollo's call fields and Outreach's action parameters come.
 *
 * A mailing whose body is edited while its `state` says it is a draft or unsent sends nothing: salesDraftMailing,
 * asked by refuses.ts (sl1rev M2). A mailing edited with no state said is still read as the message it will be.
 *
 * Cost: the JSON:API branch is method-free and reads one property (`data`) first; every other rule needs a POST with
 * a JSON or form body and tests the path's last segment before any field is read.
 */
import { NOTE_RECIPIENTS_FIELD } from './messages';
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasField, nonEmptyString } from './body-fields';
import { lastSegment, pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';

/** A JSON:API resource that is mail to a person (Outreach's `mailing`). */
const MAILING_TYPE = /^mailings?$/i;
/** A JSON:API resource logged on a prospect whose `note` is read by the team (Outreach's `call` and `task`). */
const LOGGED_TYPE = /^(?:calls?|tasks?)$/i;
/** The relationship that names the person a mailing goes to. */
const PERSON_RELATIONSHIP = /^(?:prospects?|contacts?|leads?|recipients?)$/i;
/** The resource types that are one person (a mailing to a group or list is not to one person: sl1rev D4). */
const PERSON_TYPE = /^(?:prospects?|contacts?|leads?|persons?|people)$/i;
/** The records a logged call's or task's note hangs on (sl1rev J1): a person's or the company account's. */
const LOGGED_ON_TYPE = /^(?:prospects?|contacts?|leads?|persons?|people|accounts?)$/i;
/** A mailing's state that says it has not gone (Outreach's `drafted`; sl1rev M2). */
const UNSENT_STATE = /^(?:draft(?:ed)?|unsent)$/i;
/** The prose of a mailing's or logged item's attributes. */
const MAIL_BODY_ATTRIBUTE = /^body(?:_?(?:html|text))?$/i;
/** A collection of notes. */
const NOTE_COLLECTION = /^notes?$/i;
/** A collection of calls (Salesloft's /v2/activities/calls, Apollo.io's /api/v1/phone_calls: sl1rev D1). */
const CALL_COLLECTION = /^(?:phone_?)?calls?$/i;
/** The field naming the type of record a note is linked to (Salesloft's `associated_with_type`). */
const LINK_TYPE_FIELD = /^(?:associated_with|linked_to)_?type$/i;
/** The records a salesperson's note hangs on: a person or prospect, or the company account. */
const RECORD_TYPE = /^(?:person|people|prospect|contact|lead|account|company|deal|opportunity)$/i;
/** The person a logged call was with, by id. */
const PERSON_LINK_FIELD = /^(?:person|prospect|contact|lead)_?ids?$/i;
/** What a logged call came to: its disposition, sentiment, status or outcome (Apollo's `phone_call_outcome_id`: sl1rev D1). */
const CALL_OUTCOME_FIELD = /^(?:disposition|sentiment|outcome|call_?result|status|(?:phone_?call_?)?outcome_?id)$/i;
/** How long a call lasted: a call took place even when no outcome was picked (Salesloft's optional picklists: sl1rev D2). */
const CALL_DURATION_FIELD = /^duration(?:_?s(?:ec(?:onds)?)?)?$/i;
/** The number dialled (Salesloft's `to`, Apollo's `to_number`). */
const DIALLED_FIELD = /^to(?:_?number)?$/i;
const PHONE_NUMBER = /^\+?[\d\s().-]{6,20}$/;
/** The prospect collections whose record, named in the path, a note hangs under (lemlist's /contacts/{idOrEmail}/notes). */
const PROSPECT_COLLECTION = /^(?:contacts|leads|prospects|people|persons)$/i;
/** A collection of tasks, and a bulk action on it (Apollo.io's /tasks/bulk_create). */
const TASK_COLLECTION = /^tasks$/i;
const BULK_ACTION = /^bulk_?create$/i;
/** A task's words (Apollo.io's `note`). */
const NOTE_FIELD = /^notes?$/i;
/** A task's member action and its completion note (Outreach's /tasks/{id}/actions/markComplete, sl1rev M5). */
const ACTIONS_SEGMENT = /^actions$/i;
const MARK_COMPLETE = /^mark_?complete$/i;
const COMPLETION_NOTE_FIELD = /^completion_?note$/i;
/**
 * A salesperson's answer mailed into a lead's thread of a campaign (Smartlead's /campaigns/{id}/reply-email-thread, r22):
 * the segment matches `reply-email`, `reply_mail`, `replyemail` with or without `-thread` on any host; the rule holds
 * only with Smartlead's `email_stats_id` in the body (rv22 review M4).
 */
const REPLY_MAIL_SEGMENT = /^reply[-_]?(?:e?mail)(?:[-_]?thread)?$/i;
const CAMPAIGN_COLLECTION = /^campaigns$/i;
/** A record key that is the signed-in person, not a prospect (sl1rev J2). */
const OWN_KEY = /^(?:me|self|current)$/i;
/** A record key: a digit or an `@`, a type prefix and a long id (lemlist's `ctc_…`), or a long mixed-case id (sl1rev D3). */
const RECORD_KEY = [/[\d@]/, /^[a-z]{2,5}_[a-z0-9]{10,}$/i, /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_-]{8,}$/] as const;

/** Whether the words are mailed: recipients named or a send flag set (then the mail rules decide). */
function mailed(body: ParsedBody): boolean {
  return hasField(body, NOTE_RECIPIENTS_FIELD) || hasField(body, MAIL_NOTE_FLAG);
}

/** The JSON:API resource object (`{ data: { type, attributes } }`), when the body is one. */
function jsonApiResource(body: ParsedBody): { type: string; attributes: Record<string, unknown>; relationships?: Record<string, unknown> } | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const data: unknown = body.value.data;
  if (!isRecord(data) || typeof data.type !== 'string' || !isRecord(data.attributes)) return undefined;
  return { type: data.type, attributes: data.attributes, relationships: isRecord(data.relationships) ? data.relationships : undefined };
}

/** The resource identifiers a relationship names: one (`data: {type, id}`) or several (`data: [...]`). */
function relatedTypes(relationship: unknown): { types: string[]; single: boolean } {
  if (!isRecord(relationship)) return { types: [], single: false };
  const data: unknown = relationship.data;
  if (isRecord(data)) return { types: typeof data.type === 'string' ? [data.type] : [], single: true };
  if (!Array.isArray(data)) return { types: [], single: false };
  return { types: data.flatMap((d: unknown) => (isRecord(d) && typeof d.type === 'string' ? [d.type] : [])), single: false };
}

/** A mailing addressed to one person: a person relationship naming a single person-type resource (sl1rev D4). */
function mailingToOnePerson(relationships: Record<string, unknown> | undefined): boolean {
  if (relationships === undefined) return false;
  return Object.keys(relationships).some((k) => {
    if (!PERSON_RELATIONSHIP.test(k)) return false;
    const { types, single } = relatedTypes(relationships[k]);
    return single && PERSON_TYPE.test(types[0]!);
  });
}

/** A call or task linked to a prospect's, contact's, lead's or account's record (Outreach's `prospect`, `subject`: sl1rev J1). */
function loggedOnRecord(relationships: Record<string, unknown> | undefined): boolean {
  if (relationships === undefined) return false;
  return Object.values(relationships).some((r) => relatedTypes(r).types.some((t) => LOGGED_ON_TYPE.test(t)));
}

/** A JSON:API mailing to a named person is a message; a call's or task's note on a record is a comment (Outreach). */
function jsonApiKind(body: ParsedBody): PostKind | undefined {
  const resource = jsonApiResource(body);
  if (!resource) return undefined;
  const { type, attributes, relationships } = resource;
  if (MAILING_TYPE.test(type)) {
    const words = Object.keys(attributes).some((k) => MAIL_BODY_ATTRIBUTE.test(k) && nonEmptyString(attributes[k]));
    return words && mailingToOnePerson(relationships) ? 'message' : undefined;
  }
  // A call's or task's note: read by the team on the prospect it was logged on, never mailed. An edit by id that
  // names no record is left to the older rules, as a to-do app's task is (sl1rev J1).
  if (LOGGED_TYPE.test(type) && nonEmptyString(attributes.note) && loggedOnRecord(relationships)) return 'comment';
  return undefined;
}

/** A JSON:API mailing whose words are edited while its state says it is a draft or unsent: nothing leaves (sl1rev M2). */
export function salesDraftMailing(body: ParsedBody): boolean {
  const resource = jsonApiResource(body);
  if (!resource || !MAILING_TYPE.test(resource.type)) return false;
  const state = resource.attributes.state;
  return typeof state === 'string' && UNSENT_STATE.test(state);
}

/** A note linked to a person or account by a type and id pair (Salesloft's POST /v2/notes). */
function linkedNote(body: ParsedBody): boolean {
  return hasField(body, LINK_TYPE_FIELD, RECORD_TYPE);
}

/** A call logged on a person (Salesloft's POST /v2/activities/calls, Apollo's /phone_calls); its `to` is a phone number. */
function loggedCall(body: ParsedBody): boolean {
  if (!hasField(body, PERSON_LINK_FIELD)) return false;
  // What it came to, how long it lasted, or the number dialled: any says a call took place (sl1rev D1, D2).
  const call = hasField(body, CALL_OUTCOME_FIELD) || hasField(body, CALL_DURATION_FIELD) || hasField(body, DIALLED_FIELD, PHONE_NUMBER);
  if (!call) return false;
  // An e-mail address in `to` would be mail, not a dialled number.
  return !hasField(body, NOTE_RECIPIENTS_FIELD, /@/);
}

/** A note under a prospect record named by id or e-mail address (lemlist's /api/contacts/{idOrEmail}/notes). */
function noteUnderProspect(segments: string[]): boolean {
  const n = segments.length;
  if (n < 3) return false;
  const key = segments[n - 2]!;
  if (!PROSPECT_COLLECTION.test(segments[n - 3]!) || key.length > 254 || OWN_KEY.test(key)) return false;
  // lemlist's ids (`ctc_yHXD3NWjPg7Z9MuWZ`) pass no general id test, and one in twenty holds no digit (sl1rev D3).
  return RECORD_KEY.some((re) => re.test(key));
}

/** Tasks created in bulk for prospects with one note (Apollo.io's /tasks/bulk_create with `contact_ids` and `note`). */
function bulkTasksWithNote(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  return n >= 2 && BULK_ACTION.test(segments[n - 1]!) && TASK_COLLECTION.test(segments[n - 2]!) && hasField(body, PERSON_LINK_FIELD) && hasField(body, NOTE_FIELD);
}

/** A task's completion note sent to its member action (Outreach's /tasks/{id}/actions/markComplete?completionNote=…). */
function taskCompletionNote(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  return n >= 4 && ACTIONS_SEGMENT.test(segments[n - 2]!) && TASK_COLLECTION.test(segments[n - 4]!) && hasField(body, COMPLETION_NOTE_FIELD, /\S/);
}

/**
 * An answer mailed to the lead of a campaign whose thread it continues (Smartlead's POST
 * /campaigns/{id}/reply-email-thread): the path's `reply` reads as a reply in a thread, but the words leave as mail to
 * the one lead (and anyone in cc), so a message, as Instantly's /emails/reply already was (round r22).
 */
function campaignThreadReply(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && REPLY_MAIL_SEGMENT.test(segments[n - 1]!) && CAMPAIGN_COLLECTION.test(segments[n - 3]!);
}

/** The lead's own mail an answer quotes beside its words (Smartlead's `reply_email_body`): not the salesperson's words (r22). */
const QUOTED_LEAD_MAIL = 'reply_email_body';
/** Smartlead's id of the lead's mail being answered (`email_stats_id`): the sign that a body is its reply in a thread. */
const EMAIL_STATS_FIELD = 'email_stats_id';
/**
 * Whether a field holds the lead's mail being answered; asked by longest-field.ts's walk, which skips it (round r22).
 * Only in Smartlead's shape, beside `email_stats_id` in the same object (rv22 review M1): a help desk's or a form's
 * `reply_email_body` elsewhere is read as before.
 */
export function quotedLeadMail(key: string, holder: Record<string, unknown>): boolean {
  return key === QUOTED_LEAD_MAIL && holder[EMAIL_STATS_FIELD] !== undefined;
}

/** Smartlead's reply in a thread: the body names the lead's mail answered by `email_stats_id` (rv22 review M4). */
function smartleadThreadBody(body: ParsedBody): boolean {
  return body.type === 'json' && isRecord(body.value) && body.value[EMAIL_STATS_FIELD] !== undefined;
}

/** What a sales engagement tool's mailing, call, note or task is, or undefined when it is none of them (round sl1). */
export function salesOutreachKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const resource = jsonApiKind(body);
  if (resource) return resource;
  const verb = method.toUpperCase();
  // Salesloft's v2 takes form bodies as well as JSON (its published Postman listings post urlencoded fields): sl1fix.
  if (verb !== 'POST' || (body.type !== 'json' && body.type !== 'form')) return undefined;
  const last = lastSegment(path);
  if (REPLY_MAIL_SEGMENT.test(last)) return campaignThreadReply(pathSegments(path)) && smartleadThreadBody(body) ? 'message' : undefined;
  if (MARK_COMPLETE.test(last)) return taskCompletionNote(pathSegments(path), body) ? 'comment' : undefined;
  if (NOTE_COLLECTION.test(last)) {
    if (mailed(body)) return undefined;
    if (linkedNote(body) || noteUnderProspect(pathSegments(path))) return 'comment';
    return undefined;
  }
  if (CALL_COLLECTION.test(last)) return loggedCall(body) ? 'comment' : undefined;
  if (BULK_ACTION.test(last)) return bulkTasksWithNote(pathSegments(path), body) && !mailed(body) ? 'comment' : undefined;
  return undefined;
}
