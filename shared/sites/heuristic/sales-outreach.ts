/**
 * Sales engagement and outreach tools (round sl1): a salesperson's or recruiter's words to and about a named prospect,
 * sent from Outreach, Salesloft, Apollo.io or lemlist. A company account's rep writing "budget frozen, he hates his
 * vendor" in the wrong window is the slip the guard is for. Kinds follow cr1 and cs1: an email to a named prospect is
 * a `message`; a note, a call's notes or a task's note on a prospect's or account's record, which colleagues read, is a
 * `comment`. A template or sequence step saved but not sent stays quiet by refuses.ts's template collection rule
 * (templateCollection, round p1), which this module leaves alone.
 *
 * What the older rules read as a plain post (or, for a call with a dialled `to`, a message) and this module reads:
 * - a JSON:API resource typed by its `data.type` (Outreach's /api/v2): a `mailing` whose relationships name the
 *   prospect, contact or lead it goes to is a message; a `call` or `task` whose attributes carry a `note` is a comment
 *   (created on a prospect, or edited by id afterwards);
 * - a note linked to a record by a type and id pair (Salesloft's POST /v2/notes with `associated_with_type` person or
 *   account): a comment;
 * - a call logged on a person with its disposition, sentiment or outcome (Salesloft's POST /v2/activities/calls with
 *   `person_id`, `disposition`, `notes`): a comment; its `to` is the number dialled, not a recipient;
 * - a note under a prospect record named in the path by id or e-mail address (lemlist's POST
 *   /api/contacts/{idOrEmail}/notes): a comment;
 * - tasks created in bulk for several prospects with one note (Apollo.io's POST /api/v1/tasks/bulk_create with
 *   `contact_ids` and `note`): a comment (a single Apollo task was one already).
 * Anything that names mail recipients or sets a send flag is left to the mail rules. Near-misses stay untouched: a
 * prospect added to a sequence (relationships only, no attributes), a stage move, tags, a lead paused, a task
 * completed by its action path, an import of a lead's fields.
 *
 * Signs are structural (a JSON:API type, a record type and id pair, a call's outcome beside a person's id, a record
 * collection before the notes). Word lists are the record types and the collections named, kept small.
 *
 * Form bodies are read as JSON ones are (Salesloft's urlencoded POSTs, sl1fix).
 *
 * Cost: a JSON body's `data` object, or the path's last segment, is tested before any field is read.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasField, nonEmptyString } from './body-fields';
import { lastSegment, pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { RECIPIENTS_FIELD } from './crm-streams';

/** A JSON:API resource that is mail to a person (Outreach's `mailing`). */
const MAILING_TYPE = /^mailings?$/i;
/** A JSON:API resource logged on a prospect whose `note` is read by the team (Outreach's `call` and `task`). */
const LOGGED_TYPE = /^(?:calls?|tasks?)$/i;
/** The relationship that names the person a mailing goes to. */
const PERSON_RELATIONSHIP = /^(?:prospects?|contacts?|leads?|recipients?)$/i;
/** The prose of a mailing's or logged item's attributes. */
const MAIL_BODY_ATTRIBUTE = /^body(?:_?(?:html|text))?$/i;
/** A collection of notes. */
const NOTE_COLLECTION = /^notes?$/i;
/** A collection of calls (Salesloft's /v2/activities/calls). */
const CALL_COLLECTION = /^calls?$/i;
/** The field naming the type of record a note is linked to (Salesloft's `associated_with_type`). */
const LINK_TYPE_FIELD = /^(?:associated_with|linked_to)_?type$/i;
/** The records a salesperson's note hangs on: a person or prospect, or the company account. */
const RECORD_TYPE = /^(?:person|people|prospect|contact|lead|account|company|deal|opportunity)$/i;
/** The person a logged call was with, by id. */
const PERSON_LINK_FIELD = /^(?:person|prospect|contact|lead)_?ids?$/i;
/** What a logged call came to: its disposition, sentiment or outcome. */
const CALL_OUTCOME_FIELD = /^(?:disposition|sentiment|outcome|call_?result)$/i;
/** The prospect collections whose record, named in the path, a note hangs under (lemlist's /contacts/{idOrEmail}/notes). */
const PROSPECT_COLLECTION = /^(?:contacts|leads|prospects|people|persons)$/i;
/** A collection of tasks, and a bulk action on it (Apollo.io's /tasks/bulk_create). */
const TASK_COLLECTION = /^tasks$/i;
const BULK_ACTION = /^bulk_?create$/i;
/** A task's words (Apollo.io's `note`). */
const NOTE_FIELD = /^notes?$/i;

/** Whether the words are mailed: recipients named or a send flag set (then the mail rules decide). */
function mailed(body: ParsedBody): boolean {
  return hasField(body, RECIPIENTS_FIELD) || hasField(body, MAIL_NOTE_FLAG);
}

/** The JSON:API resource object (`{ data: { type, attributes } }`), when the body is one. */
function jsonApiResource(body: ParsedBody): { type: string; attributes: Record<string, unknown>; relationships?: Record<string, unknown> } | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const data: unknown = body.value.data;
  if (!isRecord(data) || typeof data.type !== 'string' || !isRecord(data.attributes)) return undefined;
  return { type: data.type, attributes: data.attributes, relationships: isRecord(data.relationships) ? data.relationships : undefined };
}

/** A JSON:API mailing to a named person is a message; a call's or task's note is a comment (Outreach). */
function jsonApiKind(body: ParsedBody): PostKind | undefined {
  const resource = jsonApiResource(body);
  if (!resource) return undefined;
  const { type, attributes, relationships } = resource;
  if (MAILING_TYPE.test(type)) {
    const toPerson = relationships !== undefined && Object.keys(relationships).some((k) => PERSON_RELATIONSHIP.test(k));
    const words = Object.keys(attributes).some((k) => MAIL_BODY_ATTRIBUTE.test(k) && nonEmptyString(attributes[k]));
    return toPerson && words ? 'message' : undefined;
  }
  // A call's or task's note: read by the team on the prospect it was logged on, never mailed.
  if (LOGGED_TYPE.test(type) && nonEmptyString(attributes.note)) return 'comment';
  return undefined;
}

/** A note linked to a person or account by a type and id pair (Salesloft's POST /v2/notes). */
function linkedNote(body: ParsedBody): boolean {
  return hasField(body, LINK_TYPE_FIELD, RECORD_TYPE);
}

/** A call logged on a person with what it came to (Salesloft's POST /v2/activities/calls); its `to` is a phone number. */
function loggedCall(body: ParsedBody): boolean {
  if (!hasField(body, PERSON_LINK_FIELD) || !hasField(body, CALL_OUTCOME_FIELD)) return false;
  // An e-mail address in `to` would be mail, not a dialled number.
  return !hasField(body, RECIPIENTS_FIELD, /@/);
}

/** A note under a prospect record named by id or e-mail address (lemlist's /api/contacts/{idOrEmail}/notes). */
function noteUnderProspect(segments: string[]): boolean {
  const n = segments.length;
  if (n < 3) return false;
  const key = segments[n - 2]!;
  // lemlist's ids (`ctc_yHXD3NWjPg7Z9MuWZ`) pass no general id test; a digit or an `@` is what a record key has.
  return PROSPECT_COLLECTION.test(segments[n - 3]!) && key.length <= 254 && /[\d@]/.test(key);
}

/** Tasks created in bulk for prospects with one note (Apollo.io's /tasks/bulk_create with `contact_ids` and `note`). */
function bulkTasksWithNote(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  return n >= 2 && BULK_ACTION.test(segments[n - 1]!) && TASK_COLLECTION.test(segments[n - 2]!) && hasField(body, PERSON_LINK_FIELD) && hasField(body, NOTE_FIELD);
}

/** What a sales engagement tool's mailing, call, note or task is, or undefined when it is none of them (round sl1). */
export function salesOutreachKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const resource = jsonApiKind(body);
  if (resource) return resource;
  const verb = method.toUpperCase();
  // Salesloft's v2 takes form bodies as well as JSON (its published Postman listings post urlencoded fields): sl1fix.
  if (verb !== 'POST' || (body.type !== 'json' && body.type !== 'form')) return undefined;
  const last = lastSegment(path);
  if (NOTE_COLLECTION.test(last)) {
    if (mailed(body)) return undefined;
    if (linkedNote(body) || noteUnderProspect(pathSegments(path))) return 'comment';
    return undefined;
  }
  if (CALL_COLLECTION.test(last)) return loggedCall(body) ? 'comment' : undefined;
  if (BULK_ACTION.test(last)) return bulkTasksWithNote(pathSegments(path), body) && !mailed(body) ? 'comment' : undefined;
  return undefined;
}
