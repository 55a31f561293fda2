/**
 * Financial advisers', accountants' and bookkeepers' notes on a named client (round fa1, mended after its review as
 * fa1rev): an adviser's note in a wealth-management CRM, a bookkeeper's note on a client's job in practice-management
 * software, an accountant's free-text note on a customer in an accounting ledger. Colleagues read them on the
 * client's record (the client is an identifiable third party: money, health, family), so each is a `comment`, as
 * crm-streams.ts (cr1) and donor-crm.ts (np1) read a note on a record.
 *
 * Shapes the older rules read as a plain post:
 * - a note or task whose body links it to client records by a list of `{ id, type }` (Wealthbox's POST /v1/notes with
 *   `linked_to: [{ id, type: 'Contact' }]`) or of `{ EntityType, EntityKey }` (Karbon's POST /v3/Notes `Timelines`).
 *   Only a record type counts (Contact, Household, Organization, Client, WorkItem, Project …: fa1rev M2); a note,
 *   tag or folder linked to is one's own. The same test, with Redtail's `linked_contacts: [{ contact_id }]`, is
 *   exported as linksClientRecords for crm-streams.ts's record test, so a meeting, call, event or activity logged
 *   with such links is a comment there (fa1rev D1, D2); invitesClient tells it when a client is among the invitees
 *   (a message, fa1rev J1: colleagues alone leave it a comment);
 * - a note or task naming the client's job by its job number (Xero Practice Manager's and WorkflowMax's XML
 *   `<Note><Job>J000309</Job>…` to …/job.api/note, `<Task><Job>…` to job.api/task: fa1rev D8); a bare numeric
 *   `job_id` is any job board's or print queue's and does not count (fa1rev M3);
 * - a Karbon-style team note that names its author by e-mail (`AuthorEmailAddress`) in a notes collection: a
 *   workspace shared by a firm names who wrote each note; a personal notes app never does (fa1rev M1);
 * - the free-text `Notes` of a customer or client record: QuickBooks Online's customer, vendor or employee, created
 *   or updated, alone or as the first item of a `BatchItemRequest` (fa1rev D4, D5, D6), and a transaction's
 *   `PrivateNote` ("not visible to customer", fa1rev J5); elsewhere a customers or clients member by id, or a record
 *   update carrying Intuit's `SyncToken`/`sparse` (FreshBooks' client `note`; a shop's customer note by any id's
 *   spelling, `{id}.json` or an all-capitals id too: x5 review J1 dropped fa1rev J6's pin as a post). Wealthbox's contact `background_info` is the
 *   adviser's standing note on the client, read the same way (fa1rev J2); a work item's or job's description is not;
 * - Xero's History and Notes: `HistoryRecords[].Details` PUT to a record's …/{id}/History (fa1rev D7);
 * - a logged activity edited by its id with its subject and its own start and end (Redtail's PUT /activities/{id}
 *   `{ subject, description, start_date, end_date }`, fa1rev D1): linked when it was created;
 * - on Wealthbox's own host (api.crmworkspace.com), a note or task edited by its id with no link: the client sends
 *   only the changed fields (fa1rev D3, the lead's call: the host is the only sign; elsewhere a task edited by id
 *   stays a post).
 * A comment shown to the client (Zoho Books' `show_comment_to_clients: true` on an estimate's or invoice's comments) is
 * a message to the client (rv22 review J3).
 * Recipients (`to`, `cc`, `bcc`, `recipients`, `to_recipients` …) leave a body to the mail rules; a send flag that is
 * on (words.ts's MAIL_NOTE_FLAG, the x3 single list) makes it a message (fa1rev M5); both read by messages.ts's
 * mailedNote and NOTE_RECIPIENTS_FIELD, the one check (x5 review M1). Near-misses (a household member, a workflow
 * started, a task completed, a job's state, assignment or cost line) carry no prose and are quiet before this is asked. Cost: every POST, PUT or PATCH with prose that reaches this hook splits its path once and finds its
 * collection once; the body is read only when the collection, or Intuit's or Xero's path, is one of the family's.
 *
 * Sources (facts only): PipedreamHQ/pipedream components/wealthbox; simstudioai/sim apps/sim/tools/wealthbox;
 * massive-value/wealthbox-cli (resources/api_examples, src/wealthbox_tools/client); karbonhq/karbon-api-reference
 * KarbonAPI.json; Xero Practice Manager API 3.1 jobs reference (job.api/note, job.api/task); Xero Accounting API
 * History and Notes (mcclowes/omg examples/xero); abossenbroek/qbo-mcp qbo-api-docs/entities (customer, vendor,
 * invoice, batch); ringcentral/rc-unified-crm-extension src/connectors/redtail.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep, nonEmptyString } from './body-fields';
import type { FreeText } from './longest-field';
import { MAIL_RECIPIENTS_KEY, NOTE_RECIPIENTS_FIELD, mailedNote } from './messages';
import { hasIdSegment, pathSegments } from './paths';
import { EMAIL_ADDRESS } from './words';

/** Collections a client note or task is written to (Wealthbox's `notes`, `tasks`; Karbon's `Notes`; XPM's `task`). */
const NOTE_OR_TASK_COLLECTION = /^(?:notes?|tasks?)$/i;
/** A list linking the words to records: Wealthbox's `linked_to`, Karbon's `Timelines`. */
const LINK_LIST_FIELD = /^(?:linked_?to|timelines)$/i;
/** A link's type, naming the record kind (`Contact`, `Household`, `WorkItem`, `Organization`). */
const LINK_TYPE_KEY = /^(?:type|entity_?type)$/i;
/** A link's id or key. */
const LINK_ID_KEY = /^(?:id|entity_?key|entity_?id)$/i;
/**
 * The record types a link may name for the words to be about a client (fa1rev M2): Wealthbox links notes to a
 * Contact, Project or Opportunity, Karbon to a Contact, Organization, ClientGroup or WorkItem. A note, tag, page or
 * folder linked to is one's own.
 */
const CLIENT_RECORD_TYPE = /^(?:contacts?|households?|persons?|people|organi[sz]ations?|compan(?:y|ies)|clients?|client_?groups?|customers?|accounts?|work_?items?|jobs?|projects?|opportunit(?:y|ies)|matters?|leads?|deals?)$/i;
/** Redtail's list of linked contacts, `linked_contacts: [{ contact_id }]` (fa1rev D1), and its kin. */
const LINKED_PEOPLE_FIELD = /^linked_?(?:contacts|clients|households|accounts|people|persons)$/i;
/** The record id an item of such a list holds. */
const LINKED_PERSON_ID = /^(?:id|(?:contact|client|household|account|person)_?id)$/i;
/** Who is invited to a logged meeting (Wealthbox's `invitees`, Redtail's `attendees`). */
const INVITEE_LIST_FIELD = /^(?:invitees|attendees)$/i;
/** An invitee typed as the client rather than a colleague (`User`, Redtail's `Crm::Activity::Attendee::User`). */
const CLIENT_INVITEE_TYPE = /(?:^|::)(?:contact|person|client|household)$/i;
/** The job a note or task hangs on (XPM's `<Job>`). */
const JOB_FIELD = /^(?:job|engagement|work_?item)(?:_?(?:id|key|uuid|number))?$/i;
/** A job number as practice-management software prints it (XPM's `J000309`): letters, then digits (fa1rev M3). */
const JOB_NUMBER = /^[A-Z]{1,4}-?\d{3,}$/;
/** A note's author named by e-mail (Karbon's `AuthorEmailAddress`). */
const AUTHOR_EMAIL_FIELD = /^author_?email(?:_?address)?$/i;
/** A customer's or client's record collection (FreshBooks' `clients`, a ledger's `customers`). */
const CLIENT_RECORD_COLLECTION = /^(?:customers?|clients?)$/i;
/** A contact's record collection (Wealthbox's `contacts`). */
const CONTACT_COLLECTION = /^contacts?$/i;
/** The free-text notes field of a record. */
const NOTES_FIELD = /^notes?$/i;
/** A contact's standing background note (Wealthbox's `background_info`; fa1rev J2). */
const BACKGROUND_FIELD = /^background_?info(?:rmation)?$/i;
/** Intuit's record update signs: the optimistic lock and the sparse flag. */
const RECORD_UPDATE_FIELD = /^(?:SyncToken|sparse)$/;
/** QuickBooks' entities whose `Notes` are a note on a counterparty (customer.md, vendor.md, employee). */
const INTUIT_PARTY_ENTITY = /^(?:customer|vendor|employee)$/i;
/** A transaction's internal note in QuickBooks ("not visible to customer", invoice.md; fa1rev J5). */
const PRIVATE_NOTE_FIELD = /^PrivateNote$/;
/** Xero's History and Notes: the segment after a record by id, and the field holding the words. */
const HISTORY_SEGMENT = /^history$/i;
const HISTORY_DETAILS_FIELD = /^Details$/;
/** A logged activity's collection (Redtail's `activities`) and the fields only an activity's edit carries. */
const ACTIVITY_COLLECTION = /^activit(?:y|ies)$/i;
/** Wealthbox's API host: the one sign an edit by id without its link carries (fa1rev D3). */
const WEALTHBOX_HOST = /(?:^|\.)crmworkspace\.com$/i;
/** Segments read; a longer one is no collection name. */
const SEGMENT_EXAMINED = 40;

/** Whether a value is a link to a client record: an object with a record type and an id or key (fa1rev M2). */
function isRecordLink(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let typed = false;
  let keyed = false;
  for (const key in v) {
    const value = v[key];
    if (LINK_TYPE_KEY.test(key)) typed = nonEmptyString(value) && value.length <= SEGMENT_EXAMINED && CLIENT_RECORD_TYPE.test(value);
    else if (LINK_ID_KEY.test(key) && (nonEmptyString(value) || typeof value === 'number')) keyed = true;
  }
  return typed && keyed;
}

/** An item of a linked-people list holding a record's id (`{ contact_id: 150077 }`). */
function holdsPersonId(v: unknown): boolean {
  return isRecord(v) && Object.keys(v).some((k) => LINKED_PERSON_ID.test(k) && (typeof v[k] === 'number' || nonEmptyString(v[k])));
}

/**
 * Whether a body links its words to client records: typed links (`linked_to`, `Timelines`) naming a record type, or a
 * linked-people list holding their ids (Redtail's `linked_contacts`). crm-streams.ts's record test asks it (fa1rev D1, D2).
 */
export function linksClientRecords(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => {
    if (LINK_LIST_FIELD.test(name)) return Array.isArray(v) ? v.some(isRecordLink) : isRecordLink(v);
    return LINKED_PEOPLE_FIELD.test(name) && Array.isArray(v) && v.some(holdsPersonId);
  });
}

/**
 * Whether a logged meeting invites the client (an invitee typed Contact): then the words reach the client, a message;
 * colleagues alone (`User`) leave it a note on the record (fa1rev J1, the lead's call).
 */
export function invitesClient(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => INVITEE_LIST_FIELD.test(name) && Array.isArray(v)
    && v.some((p) => isRecord(p) && typeof p.type === 'string' && p.type.length <= SEGMENT_EXAMINED && CLIENT_INVITEE_TYPE.test(p.type)));
}

/**
 * A member's id however it is spelled: the usual id tests, a Shopify-style `{id}.json`, or an all-capitals key with
 * digits (Square's `JDKYHBWT1D4F8MFH63DBMEN8Y4`). A staff note on a customer written by id is a comment whatever the
 * id's spelling (x5 review J1, the lead's call; it drops fa1rev J6's pin).
 */
function memberId(seg: string): boolean {
  if (seg.length > SEGMENT_EXAMINED) return false;
  return hasIdSegment(seg) || /^\d+\.json$/i.test(seg) || (/^[A-Z0-9]{10,}$/.test(seg) && /\d/.test(seg) && /[A-Z]/.test(seg));
}

/** The index of the collection the path writes to: its last segment, or the one before a member's id. */
function collectionAt(segments: string[]): number {
  const last = segments.length - 1;
  return last > 0 && memberId(segments[last]!) ? last - 1 : last;
}

/** A note or task naming the client's job by its number (XPM's `<Job>J000309</Job>`, top level or in the note). */
function namesJob(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => JOB_FIELD.test(name) && nonEmptyString(v) && JOB_NUMBER.test(v.trim()));
}

/** A team note naming its author by e-mail (Karbon's `AuthorEmailAddress`): kept in a firm's shared workspace. */
function namesAuthor(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => AUTHOR_EMAIL_FIELD.test(name) && nonEmptyString(v) && EMAIL_ADDRESS.test(v.trim()));
}

/**
 * QuickBooks Online's entity in the path (…/v3/company/{realm}/{entity}), or for a batch the first
 * `BatchItemRequest` item's entity (its object key: `Customer`, `Invoice`).
 */
function intuitEntity(segments: string[], body: ParsedBody): string | undefined {
  const at = segments.indexOf('company');
  if (at < 1 || !/^v3$/i.test(segments[at - 1]!) || segments.length !== at + 3) return undefined;
  const entity = segments[at + 2]!;
  if (!/^batch$/i.test(entity)) return entity;
  if (body.type !== 'json' || !isRecord(body.value) || !Array.isArray(body.value.BatchItemRequest)) return undefined;
  const first: unknown = body.value.BatchItemRequest[0];
  return isRecord(first) ? Object.keys(first).find((k) => /^[A-Z][A-Za-z]+$/.test(k) && isRecord(first[k])) : undefined;
}

/** A counterparty's Notes or a transaction's PrivateNote in QuickBooks Online, created, updated or batched. */
function intuitNote(segments: string[], body: ParsedBody, found: FreeText): boolean {
  if (!NOTES_FIELD.test(found.field) && !PRIVATE_NOTE_FIELD.test(found.field)) return false;
  const entity = intuitEntity(segments, body);
  if (entity === undefined) return false;
  return PRIVATE_NOTE_FIELD.test(found.field) || INTUIT_PARTY_ENTITY.test(entity);
}

/** A customer's or client's record written by id, or with Intuit's update signs, with its notes as the words. */
function clientRecordNotes(collection: string, byId: boolean, body: ParsedBody, found: FreeText, method: string): boolean {
  if (!CLIENT_RECORD_COLLECTION.test(collection) || !NOTES_FIELD.test(found.field)) return false;
  return (byId && method !== 'POST') || hasField(body, RECORD_UPDATE_FIELD);
}

/** Xero's History and Notes: the words in `HistoryRecords[].Details`, PUT after a record by id (…/Invoices/{id}/History). */
function historyNote(segments: string[], found: FreeText): boolean {
  const n = segments.length;
  return n >= 3 && HISTORY_SEGMENT.test(segments[n - 1]!) && hasIdSegment(segments[n - 2]!) && HISTORY_DETAILS_FIELD.test(found.field);
}

/** A logged activity edited by id with its subject and its own start and end (Redtail's call-log update, fa1rev D1). */
function activityEdit(collection: string, byId: boolean, body: ParsedBody, method: string): boolean {
  if (!byId || method === 'POST' || !ACTIVITY_COLLECTION.test(collection)) return false;
  return hasField(body, /^subject$/i) && hasField(body, /^start_?date$/i) && hasField(body, /^end_?date$/i);
}

/** Which of the family's shapes the request is, or false. */
function adviserNote(url: URL, segments: string[], body: ParsedBody, found: FreeText, method: string): boolean {
  const at = collectionAt(segments);
  const collection = segments[at];
  if (collection === undefined || collection.length > SEGMENT_EXAMINED) return false;
  const byId = at < segments.length - 1;
  if (NOTE_OR_TASK_COLLECTION.test(collection)) {
    if (linksClientRecords(body) || namesJob(body)) return true;
    if (/^notes?$/i.test(collection) && namesAuthor(body)) return true;
    return byId && method !== 'POST' && WEALTHBOX_HOST.test(url.hostname);
  }
  if (CONTACT_COLLECTION.test(collection) && byId && method !== 'POST' && BACKGROUND_FIELD.test(found.field)) return true;
  return clientRecordNotes(collection, byId, body, found, method) || activityEdit(collection, byId, body, method)
    || historyNote(segments, found) || intuitNote(segments, body, found);
}

/**
 * A comment shown to the client (Zoho Books' …/estimates/{id}/comments or …/invoices/{id}/comments with
 * `show_comment_to_clients: true`): it appears on the client's portal, words to the client, a message (rv22 review
 * J3; with `false` it stays the team's comment).
 */
function clientShownComment(path: string, body: ParsedBody): boolean {
  return path.endsWith('comments') && body.type === 'json' && isRecord(body.value) && body.value['show_comment_to_clients'] === true;
}

/** A financial adviser's, accountant's or bookkeeper's note on a named client: a comment, mail a message (round fa1). */
export function adviserPracticeKind(url: URL, path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  if (clientShownComment(path, body)) return 'message';
  if (!adviserNote(url, pathSegments(path), body, found, m)) return undefined;
  if (!mailedNote(body)) return 'comment';
  // Recipients leave it to the mail rules; a send flag alone makes it a message (fa1rev M5), by messages.ts's one list (x5 review M1).
  if (hasField(body, NOTE_RECIPIENTS_FIELD) || hasKeyDeep(body, MAIL_RECIPIENTS_KEY)) return undefined;
  return 'message';
}
