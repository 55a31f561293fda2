/**
 * Field service and home services (round fs1): what a technician, dispatcher or office manager writes about a named
 * household customer in field service software — a note on a job, a client, a quote or a request ("dog bites, use
 * side gate", "elderly, lives alone"), a message to one colleague about a job. Kinds, as earlier rounds decided them:
 * a note on a job's, client's, quote's or request's record, read by the crew and the office, is a `comment` (as notes
 * on a client or a patient are, rounds cr1, fa1, hc2); words sent to one named person are a `message`. Most of the
 * family was read already (ServiceTitan's job, customer and location notes, simPRO's job and customer notes, SMS to
 * the customer with `to` and `message`); this module reads the shapes nothing else read:
 *
 * - A GraphQL mutation whose root field creates or edits a note on a named record (graphqlRecordNote: Jobber's
 *   jobCreateNote, quoteCreateNote, requestCreateNote, invoiceCreateNote, clientCreateNote and their …EditNote):
 *   a comment. The root field says what is written where; the operation's own name is free.
 * - A note record linked to its record by type and id (relatedObjectNote: ServiceM8's POST /note.json with
 *   `related_object` (`job`, `company`) and `related_object_uuid`, the words in `note`): a comment.
 * - Words to one staff member by id (staffMessage: ServiceM8's POST /staffmessage.json with `to_staff_uuid` and
 *   `message`, often with `regarding_job_uuid`): a message.
 * - A notes collection under a job, customer, estimate, lead or invoice named by a type-prefixed id
 *   (jobNotesByPrefixedId: Housecall Pro's POST /jobs/{job_id}/notes with `content`, ids such as `job_3f9a…`): a
 *   comment. The general notes rules read numeric and hex ids, not a word, an underscore and a random tail.
 *
 * Left to the general rules: scheduling, dispatching, clocking, checklist ticks and line items (no words, or a
 * line's name only), which stay quiet as they were.
 * Cost: each rule tests one cheap sign first (a `query` holding `Note`, a top-level key, the last path segment).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import type { FreeText } from './longest-field';
import { graphqlOperation, topLevelFields } from './graphql';
import { fieldLeaf } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/** A mutation's root field that creates or edits a note on a record (`jobCreateNote`, `quoteEditNote`). */
const RECORD_NOTE_FIELD = /^(?:job|client|quote|request|invoice|visit|property|task|assessment|workOrder)(?:Create|Edit)Note$/;
/** The record a linked note names by its type (`related_object`, `regarding_object`). */
const RELATED_TYPE_KEY = /^(?:related|regarding)_object$/;
/** The linked record's id beside it. */
const RELATED_ID_KEY = /^(?:related|regarding)_object_(?:uuid|id)$/;
/** A note's own words. */
const NOTE_LEAF = /^(?:note|notes|content|text|body)$/i;
/** One staff member named as the recipient by id. */
const STAFF_RECIPIENT_KEY = /^to_(?:staff|user|employee|technician|member)_(?:uuid|id)$/;
/** A field service record whose notes are a collection under it. */
const RECORD_COLLECTION = /^(?:jobs|customers|clients|estimates|leads|invoices|visits|work[-_]?orders)$/i;

/** Whether a value is an id: a positive integer or an id-like string. */
function idValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && v.length <= 64 && hasIdSegment(v);
}

/** A GraphQL mutation whose first root field creates or edits a note on a named record (Jobber's jobCreateNote). */
function graphqlRecordNote(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const doc = body.value['query'];
  if (typeof doc !== 'string' || !doc.slice(0, 400).includes('Note')) return false;
  if (graphqlOperation(body)?.type !== 'mutation') return false;
  const root = topLevelFields(doc)?.fields[0];
  return root !== undefined && RECORD_NOTE_FIELD.test(root);
}

/** A top-level key of a JSON body matching `pattern` whose value passes `ok`. */
function topLevelKey(value: Record<string, unknown>, pattern: RegExp, ok: (v: unknown) => boolean): boolean {
  for (const [k, v] of Object.entries(value)) if (pattern.test(k) && ok(v)) return true;
  return false;
}

/** A note record linked to a record by its type and id, the words in the note's own field (ServiceM8's note.json). */
function relatedObjectNote(body: ParsedBody, found: FreeText): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !NOTE_LEAF.test(fieldLeaf(found.field))) return false;
  const value = body.value;
  // The cheapest sign first: one of the two type keys by name, before any walk of the keys.
  if (!('related_object' in value) && !('regarding_object' in value)) return false;
  if (!topLevelKey(value, RELATED_TYPE_KEY, (v) => typeof v === 'string' && /^[a-z_]{2,32}$/i.test(v))) return false;
  return topLevelKey(value, RELATED_ID_KEY, idValue);
}

/** Words to one staff member named by id, in a `message` field (ServiceM8's staffmessage.json). */
function staffMessage(body: ParsedBody, found: FreeText): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || fieldLeaf(found.field) !== 'message') return false;
  return topLevelKey(body.value, STAFF_RECIPIENT_KEY, idValue);
}

/** A notes collection (or one note) under a field service record named by a type-prefixed id (Housecall Pro). */
function jobNotesByPrefixedId(path: string): boolean {
  const last = lastSegment(path);
  const segments = pathSegments(path);
  let i = segments.length - 1;
  if (!/^notes?$/i.test(last)) {
    // An edit by the note's own id: …/notes/{id}.
    if (i < 1 || !/^notes?$/i.test(segments[i - 1]!) || !hasIdSegment(last)) return false;
    i -= 1;
  }
  const id = segments[i - 1];
  const collection = segments[i - 2];
  // The record's id is type-prefixed (`job_3f9a…`): prefixed-ids.ts's shape, through hasIdSegment since round id1.
  return id !== undefined && collection !== undefined && id.includes('_') && hasIdSegment(id) && RECORD_COLLECTION.test(collection);
}

/** The kind of a field service note or staff message, or undefined when the request is not one. */
export function fieldServiceKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  if (graphqlRecordNote(body)) return 'comment';
  if (relatedObjectNote(body, found)) return 'comment';
  if (staffMessage(body, found)) return 'message';
  if (jobNotesByPrefixedId(path)) return 'comment';
  return undefined;
}
