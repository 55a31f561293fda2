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
 *   jobCreateNote, quoteCreateNote, requestCreateNote, invoiceCreateNote, clientCreateNote and their …EditNote;
 *   Jobber's polymorphic noteCreate/noteEdit when the request names its record by `subjectType` and `subjectId`):
 *   a comment. The root field says what is written where; the operation's own name is free. The mutation is found
 *   among the document's definitions, so a client that sends its fragments first is read too (fs1 review D3, D4).
 * - A note record linked to its record by type and id (relatedObjectNote: ServiceM8's POST /note.json with
 *   `related_object` (`job`, `company`) and `related_object_uuid`, the words in `note`): a comment. Only with the
 *   words in a `note`/`notes` field or on a path ending in a notes collection, and never beside a recipient: an email
 *   or a text tied to a record the same way stays a message, a review a post (fs1 review D1, J2).
 * - A Kickserv note sent as XML (xmlRecordNote: POST /{account}/jobs/{number}/notes.xml, `<note><content>`): a
 *   comment, as its JSON form is (fs1 review D2).
 * - Words to one staff member by id (staffMessage: ServiceM8's POST /staffmessage.json with `to_staff_uuid` and
 *   `message`, often with `regarding_job_uuid`): a message.
 * - A notes collection under a job, customer, estimate, lead or invoice named by a type-prefixed id
 *   (jobNotesByPrefixedId: Housecall Pro's POST /jobs/{job_id}/notes with `content`, ids such as `job_3f9a…`): a
 *   comment. The general notes rules read numeric and hex ids, not a word, an underscore and a random tail. An edit
 *   by the note's own prefixed id (`…/notes/nte_…`) and a note on an estimate's option
 *   (`/estimates/{id}/options/{id}/notes`, a weak source: the fs1 reviewer's memory of Housecall Pro's reference) too
 *   (fs1 review D5).
 *
 * - An activity logged as a note on a record named in `primary` (recheck r28: JobNimbus's POST /api1/activities with
 *   `record_type_name: 'Note'` and `primary: { id }`, the contact's or job's id): a note on that record, a comment.
 *
 * Left to the general rules: scheduling, dispatching, clocking, checklist ticks and line items (no words, or a
 * line's name only), which stay quiet as they were.
 * Cost: each rule tests one cheap sign first (a `query` holding `Note` or `note`, a top-level key, the path's end).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import type { FreeText } from './longest-field';
import { topLevelFields } from './graphql';
import { fieldLeaf } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/**
 * A mutation's root field that creates or edits a note on a record (`jobCreateNote`, `quoteEditNote`): only the
 * records a public Jobber mutation catalogue lists note mutations for (fs1 review M2).
 */
const RECORD_NOTE_FIELD = /^(?:job|client|quote|request|invoice)(?:Create|Edit)Note$/;
/** Jobber's polymorphic note mutation, read only beside a `subjectType` and a `subjectId` (fs1 review D3). */
const SUBJECT_NOTE_FIELD = /^note(?:Create|Edit)$/;
/**
 * How far into a document the `Note` sign and the mutation are looked for; the mutation must start in its first half,
 * so that topLevelFields' own 400 characters from there stay inside it (one window for both; fs1 review M4).
 */
const NOTE_DOC_EXAMINED = 800;
/** A mutation definition at the document's start or after another definition's closing `}` (a fragment's). */
const MUTATION_DEFINITION = /(?:^|\})\s*mutation\b/;
/** The record a linked note names by its type (`related_object`, `regarding_object`). */
const RELATED_TYPE_KEY = /^(?:related|regarding)_object$/;
/** The linked record's id beside it. */
const RELATED_ID_KEY = /^(?:related|regarding)_object_(?:uuid|id)$/;
/** A note's own words (ServiceM8 writes `note`): a general text leaf is read only on a notes path (fs1 review D1). */
const NOTE_LEAF = /^notes?$/i;
/** A notes collection as a path's last segment. */
const NOTES_SEGMENT = /^notes?$/i;
/** A recipient beside the words: an email or a text tied to a record, not a note on it (fs1 review D1). */
const RECIPIENT_KEY = /^(?:to|cc|bcc|recipients?|email|phone|mobile|to_(?:email|number|phone|mobile)|phone_number)$/i;
/** One staff member named as the recipient by id. */
const STAFF_RECIPIENT_KEY = /^to_(?:staff|user|employee|technician|member)_(?:uuid|id)$/;
/** A field service record whose notes are a collection under it. */
const RECORD_COLLECTION = /^(?:jobs|customers|clients|estimates|leads|invoices|visits|work[-_]?orders)$/i;
/** A type-prefixed id: a short word, an underscore, a random tail holding a digit (`job_3f9a2c71e0b84d6d`, `cus_…`). */
const PREFIXED_ID = /^[a-z]{2,8}_[0-9a-z]{10,40}$/i;

/**
 * Whether a segment is a type-prefixed id with a digit in it. Broader than the shared prefixed-ids.ts (round id1),
 * which asks a tail to alternate letters and digits three times so that slugs such as `top_10songs` stay words: here
 * the segment already sits between a field service record's collection and its notes, and that place is sign enough.
 */
function prefixedId(segment: string | undefined): boolean {
  return segment !== undefined && PREFIXED_ID.test(segment) && /\d/.test(segment);
}

/** Whether a value is an id: a positive integer or an id-like string. */
function idValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && v.length <= 64 && hasIdSegment(v);
}

/** Whether a JSON value holds `subjectType` and `subjectId` at its top or one level down (`variables.input`). */
function namesSubject(value: unknown, depth = 0): boolean {
  if (!isRecord(value)) return false;
  if (typeof value['subjectType'] === 'string' && value['subjectId'] !== undefined) return true;
  return depth < 2 && Object.values(value).some((v) => namesSubject(v, depth + 1));
}

/**
 * A GraphQL mutation whose first root field creates or edits a note on a named record (Jobber's jobCreateNote), found
 * among the document's definitions: a mutation sent after its fragments is read as one sent before them (D4).
 */
function graphqlRecordNote(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const doc = body.value['query'];
  if (typeof doc !== 'string') return false;
  const head = doc.slice(0, NOTE_DOC_EXAMINED);
  // The cheapest sign first: a note field's name holds `Note` or starts `note`.
  if (!head.includes('Note') && !head.includes('note')) return false;
  const start = MUTATION_DEFINITION.exec(head);
  if (!start || start.index > NOTE_DOC_EXAMINED / 2) return false;
  const mutation = doc.slice(start.index + start[0].length - 'mutation'.length);
  // A document of several operations runs the one `operationName` names: this mutation only if it is that one.
  const named = /^mutation\s+([A-Za-z_]\w*)/.exec(mutation)?.[1];
  const operationName = body.value['operationName'];
  if (typeof operationName === 'string' && named !== undefined && named !== operationName) return false;
  const root = topLevelFields(mutation)?.fields[0];
  if (root === undefined) return false;
  if (RECORD_NOTE_FIELD.test(root)) return true;
  // Jobber's noteCreate names the record it hangs on by type and id, in variables or written inline (D3).
  return SUBJECT_NOTE_FIELD.test(root) && (namesSubject(body.value['variables']) || /\bsubjectType\s*:\s*[A-Z"]/.test(head));
}

/** A top-level key of a JSON body matching `pattern` whose value passes `ok`. */
function topLevelKey(value: Record<string, unknown>, pattern: RegExp, ok: (v: unknown) => boolean): boolean {
  for (const [k, v] of Object.entries(value)) if (pattern.test(k) && ok(v)) return true;
  return false;
}

/**
 * A note record linked to a record by its type and id, the words in the note's own field (ServiceM8's note.json) or
 * on a notes path; never beside a recipient, where the same link ties an email or a text to the record (D1).
 */
function relatedObjectNote(path: string, body: ParsedBody, found: FreeText): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const value = body.value;
  // The cheapest sign first: one of the two type keys by name, before any walk of the keys.
  if (!('related_object' in value) && !('regarding_object' in value)) return false;
  if (!NOTE_LEAF.test(fieldLeaf(found.field)) && !NOTES_SEGMENT.test(lastSegment(path))) return false;
  if (topLevelKey(value, RECIPIENT_KEY, () => true)) return false;
  if (!topLevelKey(value, RELATED_TYPE_KEY, (v) => typeof v === 'string' && /^[a-z_]{2,32}$/i.test(v))) return false;
  return topLevelKey(value, RELATED_ID_KEY, idValue);
}

/**
 * A note sent as XML to a notes collection under a record by id (Kickserv's POST /{account}/jobs/{number}/notes.xml
 * with `<note><content>`; D2): the XML reader (xml-body.ts) names its root `note` as `methodname`.
 */
function xmlRecordNote(path: string, body: ParsedBody): boolean {
  if (!/\/notes?\.xml$/i.test(path) || body.type !== 'json' || !isRecord(body.value) || body.value['methodname'] !== 'note') return false;
  const segments = pathSegments(path);
  const id = segments[segments.length - 2];
  const collection = segments[segments.length - 3];
  return id !== undefined && collection !== undefined && hasIdSegment(id) && RECORD_COLLECTION.test(collection);
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
    // An edit by the note's own id: …/notes/{id}, the id numeric, hex or prefixed as the record's (`nte_…`; D5).
    if (i < 1 || !/^notes?$/i.test(segments[i - 1]!) || !(hasIdSegment(last) || prefixedId(last))) return false;
    i -= 1;
  }
  const id = segments[i - 1];
  const collection = segments[i - 2];
  if (!prefixedId(id) || collection === undefined) return false;
  // A note on one option of an estimate: /estimates/{id}/options/{id}/notes (D5; a weak source, said in the header).
  if (/^options$/i.test(collection)) return prefixedId(segments[i - 3]) && /^estimates$/i.test(segments[i - 4] ?? '');
  return RECORD_COLLECTION.test(collection);
}

/** An activity whose record type is a note (JobNimbus's `record_type_name: 'Note'`; r28). */
const NOTE_RECORD_TYPE = /^notes?$/i;
/** A JobNimbus record id (`jnid`): 8 to 40 lower-case letters and digits, holding a digit (`lyd8dmatnt1emyae1jpgl1k`). */
const JNID = /^(?=[a-z]*\d)[a-z0-9]{8,40}$/;

/** An activity logged as a note on the record `primary` names by id (JobNimbus's POST /api1/activities; r28). */
function primaryRecordNote(path: string, body: ParsedBody): boolean {
  // The cheapest sign first: an activities collection.
  if (!/^activities$/i.test(lastSegment(path)) || body.type !== 'json' || !isRecord(body.value)) return false;
  const { record_type_name: type, primary } = body.value;
  return typeof type === 'string' && NOTE_RECORD_TYPE.test(type.trim()) && isRecord(primary) && (idValue(primary['id']) || (typeof primary['id'] === 'string' && JNID.test(primary['id'])));
}

/** The kind of a field service note or staff message, or undefined when the request is not one. */
export function fieldServiceKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  if (graphqlRecordNote(body)) return 'comment';
  if (relatedObjectNote(path, body, found)) return 'comment';
  if (xmlRecordNote(path, body)) return 'comment';
  if (staffMessage(body, found)) return 'message';
  if (jobNotesByPrefixedId(path)) return 'comment';
  if (primaryRecordNote(path, body)) return 'comment';
  return undefined;
}
