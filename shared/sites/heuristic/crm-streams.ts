/**
 * CRM and ERP activity streams (round cr1): words a salesperson, account manager or clerk writes about a client
 * inside the record of that client. Consistent with rounds u4 and hd1 (a note colleagues read is a comment, mail to
 * one person a message, a post to a stream everyone reads a post):
 * - a note that names recipients or sets a send flag is mail from the record: recipients leave it to the mail rules,
 *   a send flag alone makes it a message (review cr1 D1);
 * - a note created on a record named in the body is a comment: Pipedrive's POST /notes `deal_id`, Close's
 *   /activity/note/ `lead_id`, SuiteCRM's and EspoCRM's `parent_type` beside `parent_id`, Dynamics 365's
 *   annotations bound to `objectid_<entity>@odata.bind`, Salesforce's sObject Note (its path names the object,
 *   `ParentId` the record); a JSON:API resource of a notes type does the same inside `data.attributes` (SuiteCRM's
 *   V8 POST /Api/V8/module `data: { type: Notes, attributes: { parent_type, parent_id, description } }`), or by
 *   non-empty `data.relationships` (OroCRM's activityTargets); `account_id`/`company_id` count only beside a second
 *   CRM sign, and `client_id` not at all (review cr1 M1);
 * - a Frappe/ERPNext comment names its record by `reference_doctype` and `reference_name` (form.utils.add_comment,
 *   or a Comment inserted through frappe.client.insert), Frappe CRM's FCRM Note by `reference_docname`: a comment, unless it names recipients (then it is mail);
 * - an EspoCRM stream Post (a Note collection, `type: Post`) without a parent record goes to a stream: to named
 *   users (`targetType: users`) a message, to portals, teams, everyone or one's own stream a post;
 * - a Salesforce Chatter feed item (…/chatter/feed-elements, its /batch, or the older …/chatter/feeds/record/{id}/
 *   feed-elements) posted to a record's feed rather than a group's (key prefix 0F9), a user's (005) or `me` is a note
 *   on the record: a comment. The key prefix is Salesforce's own way of saying what the subject is; the body says
 *   nothing else, so this one rule reads ids (case-insensitively, as an 18-character id is).
 * Only POST creates: an edit or a pin of a note by id (PUT /notes/{id}) ends in an id and is not read here.
 * Round r16 (recheck against CRMs cr1 did not cite) widened the record signs to the family's other spellings:
 * - a polymorphic pair of one stem, `parent` or a Rails-style `…able` (Attio's `parent_object` and
 *   `parent_record_id`, Freshsales' `targetable_type` and `targetable_id`, Zoho's `Parent_Id` beside `se_module`);
 * - a record named by an object holding its id (Copper's `parent { type, id }`, Capsule's `party`, `opportunity`
 *   or `kase { id }`, Zoho's `Parent_Id { module, id }`), read in the first record of a `data: [ … ]` batch too;
 * - an activity, entry or history collection (Copper's /activities, Capsule's /entries) naming a record is a note
 *   on it, unless its type says mail; a notes collection reached through a record's link (SugarCRM's
 *   /Accounts/{id}/link/notes) is on that record; vtiger's web service create of a `ModComments` element is a comment;
 * - Odoo's chatter "Log note" (subtype `mail.mt_note`, internal) is a comment wherever the body carries it; its
 *   "Send message" (mt_comment, mailed to followers) stays a message, as round t1 has it.
 * Mend of r16 after its review (r16rev):
 * - HubSpot's notes name their record only by associations: a non-empty `associations` list holding `to { id }` (v3
 *   and the dated /crm/objects/{version}/notes) or HubSpot's `…Ids` lists (v1 engagements) is a record sign; a
 *   batch create (…/notes/batch/create) is read by its collection and its first `inputs[]` item (D2); HubSpot's
 *   v1 /engagements and Freshsales' /sales_activities are activity collections (D2, M2);
 * - an activity typed as mail (Pipedrive's `type: email`, a to-do) with no recipients and no send flag is logged on
 *   the record, a comment; recipients leave it to the mail rules, a send flag makes it a message (M1);
 * - a `parent` naming a folder, notebook, page or directory (an object's `type` or a pair's `parent_type`) is one's
 *   own container, not a client record (M3);
 * - vtiger's `elementType` is read only beside its web service's `operation=create` or on its webservice.php or
 *   restapi path (M5);
 * - the activity rule has no CRM sign beyond the record link itself: a fitness app's /v1/activities with a
 *   `contact_id` is read as a note on a contact too (M4, accepted: the words are still held, only the kind differs).
 * Round at1's review (J5): a candidate's or applicant's record (`candidate_id`, `applicant_id`, `job_applicant`) is read
 * by the same record-link rule, an ATS's note on it a comment; recruiting.ts keeps no twin of it.
 * Cross-round review x3 (D2, J1, the lead's call): a meeting, call, task or event logged on a record is read like a
 * note on it, a comment: HubSpot's v3 objects/meetings|calls|tasks with `associations`, Close's activity/meeting|call
 * with `lead_id` (created, or its notes written by id with PUT), Attio's /v2/meetings with `linked_records`,
 * Salesforce's sobjects/Event|Task and Zoho CRM's Events|Calls with `WhoId`/`WhatId`. linksCrmRecord is the one
 * record test, exported for calendars.ts, which steps aside for it; the send-flag list is words.ts's MAIL_NOTE_FLAG.
 * Round r18's review (r18rev D1, the lead's call; extended by the r18 mend, which owns recruiting.ts): notes edited in
 * bulk by their ids alone in a batch wrapper — Zoho's PUT /crm/{version}/Notes (and Zoho Recruit's /recruit/v2/Notes)
 * with `data: [{ id, Note_Content }]`, HubSpot's POST /crm/v3/objects/notes/batch/update with `inputs: [{ id,
 * properties }]` — are notes on records colleagues read, edited: a comment in any CRM or ATS family, unless they name
 * recipients or set a send flag. The record was named when the note was created; the edit carries the note's id alone.
 * Round fa1's review (fa1rev D1, D2, J1): the record test also reads adviser-practice.ts's client links (Wealthbox's
 * typed `linked_to`, Redtail's `linked_contacts: [{ contact_id }]`), so an event or activity logged with them is a
 * comment; a logged meeting inviting the client (an invitee typed Contact) is a message.
 * Round cs1's review (cs1rev D4, M4): Custify spells the polymorphic pair `entityModel` beside `entity` (the id), so its
 * POST /note and POST /task (the pair under `metadata`) are read as a note and a task on the record; onClientRecord
 * is the record test customer-success.ts asks, so there is one notion of "on a record", not a looser copy.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { fieldValue, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { NOTE_RECIPIENTS_FIELD } from './messages';
import { invitesClient, linksClientRecords } from './adviser-practice';

/** A field naming the client record a note hangs on (a deal, lead, person, organisation, contact …). */
const RECORD_LINK_FIELD = /^(?:(?:deal|lead|person|org|organi[sz]ation|contact|opportunity|customer|candidate|applicant|job_?applicant)_?ids?|objectid_\w+@odata\.bind)$/i;
/**
 * `account_id` and `company_id` are as often the tenant or owner of a note in any app (review cr1 M1), so they name a
 * client record only beside a second CRM sign: another record link, a `parent_type`, or a notes path under a record.
 * `client_id` is read nowhere: it is usually an OAuth client.
 */
const TENANT_OR_RECORD_FIELD = /^(?:account|company)_?ids?$/i;
/**
 * A polymorphic pair of one stem names the record (EspoCRM's `parentType`/`parentId`, SuiteCRM's `parent_type`/
 * `parent_id`, Attio's `parent_object`/`parent_record_id`, Freshsales' `targetable_type`/`targetable_id`, a Rails
 * `notable_type`/`notable_id`); Zoho spells the parent's type `se_module` (round r16).
 */
const POLY_TYPE_FIELD = /^(parent|[a-z]{3,}able)_?(?:type|object|module)$/i;
const POLY_ID_FIELD = /^(parent|[a-z]{3,}able)_?(?:record_?)?id$/i;
/** Custify's pair: `entityModel` names the record's type, `entity` its id (cs1 review D4). */
const ENTITY_MODEL_FIELD = /^entity_?model$/i;
const ZOHO_PARENT_TYPE = /^\$?se_module$/i;
/** An object that names a client record by its id (Copper's `parent`, Capsule's `party`, `opportunity`, `kase`). */
const RECORD_OBJECT_FIELD = /^(?:parent|party|person|contact|lead|deal|opportunity|org|organi[sz]ation|customer|kase|record)$/i;
/** A collection of a record's activities or history entries (Copper's /activities, Capsule's /entries). */
const ENTRY_COLLECTION = /^(?:(?:sales|crm)_?activit(?:y|ies)|activit(?:y|ies)|entr(?:y|ies)|histor(?:y|ies)|interactions?|engagements?)$/i;
/** A segment that links a record to a related collection (SugarCRM's /{module}/{id}/link/{link_name}). */
const LINK_SEGMENT = /^(?:link|links|related)$/i;
/** vtiger's web service names the module it creates in `elementType`; ModComments are comments on `related_to`. */
const COMMENT_ELEMENT = /^(?:Mod)?Comments?$/i;
/** Odoo's chatter "Log note": the internal note subtype (its "Send message" is mail.mt_comment). */
const ODOO_NOTE_SUBTYPE = /^mail\.mt_note$/;
/** A parent that is one's own container, not a client record: a notes app's folder (r16 review M3). */
export const CONTAINER_TYPE = /^(?:folders?|notebooks?|pages?|director(?:y|ies))$/i;
/** HubSpot v1's association lists (`contactIds`, `companyIds`, `dealIds`, `ticketIds`); not `ownerIds`, the note's owners. */
const ASSOCIATION_IDS = /^(?:contact|company|deal|ticket)Ids$/;
/** A batch create's last two segments (HubSpot's /crm/v3/objects/notes/batch/create): the collection is before them. */
const BATCH_CREATE = /^batch$/i;
/** A notes or annotations collection (Close's singular activity/note/, Salesforce's sobjects/Note). */
const NOTES_COLLECTION = /^(?:notes?|annotations?)$/i;
/**
 * A collection of meetings, calls, tasks or events logged on a record (HubSpot's v3 objects/meetings|calls|tasks,
 * Close's activity/meeting|call, Attio's /v2/meetings, Salesforce's sobjects/Event|Task, Zoho CRM's Events|Calls|Tasks):
 * with a record sign, its words are read by colleagues on the record, a comment like a note (x3 review D2, J1).
 */
const LOGGED_ACTIVITY_COLLECTION = /^(?:meetings?|calls?|tasks?|events?)$/i;
/** Salesforce's and Zoho's polymorphic links from an activity to a person (`WhoId`) and to a record (`WhatId`). */
const WHO_WHAT_FIELD = /^(?:who|what)_?id$/i;
/**
 * Frappe's polymorphic link from a Comment or Communication to the document it is about; Frappe CRM's FCRM Note
 * spells the name `reference_docname` (frappe/crm NoteModal.vue, review cr1 J5).
 */
const FRAPPE_REFERENCE = [/^reference_doctype$/, /^reference_(?:doc)?name$/] as const;
/** Chatter subjects that are a stream, not a record: a group (0F9…), a user's profile feed (005…) or `me`. */
const CHATTER_STREAM_SUBJECT = /^(?:0F9|005)\w{12}(?:\w{3})?$|^me$/i;

function onRecord(body: ParsedBody, underRecord = false): boolean {
  if (hasField(body, RECORD_LINK_FIELD) || polymorphicPair(body) || namesRecordObject(body) || associated(body) || linkedRecords(body) || linksClientRecords(body)) return true;
  return hasField(body, TENANT_OR_RECORD_FIELD) && (underRecord || hasField(body, POLY_TYPE_FIELD));
}

/** A type and an id of one polymorphic stem, both set (Zoho's `se_module` is its parent's type). */
function polymorphicPair(body: ParsedBody): boolean {
  const types = new Set<string>();
  const ids = new Set<string>();
  hasFieldWhere(body, (name, v) => {
    if (v === null || v === undefined || v === '' || v === false) return false;
    const type = POLY_TYPE_FIELD.exec(name);
    if (type && typeof v === 'string' && !CONTAINER_TYPE.test(v)) types.add(type[1]!.toLowerCase());
    if (ZOHO_PARENT_TYPE.test(name) && typeof v === 'string') types.add('parent');
    if (ENTITY_MODEL_FIELD.test(name) && typeof v === 'string' && !CONTAINER_TYPE.test(v)) types.add('entity');
    if (name === 'entity' && typeof v === 'string') ids.add('entity');
    const id = POLY_ID_FIELD.exec(name);
    if (id && (typeof v === 'string' || typeof v === 'number')) ids.add(id[1]!.toLowerCase());
    return false;
  });
  for (const stem of types) if (ids.has(stem)) return true;
  return false;
}

/** Whether an object holds a record's id (`id`, `record_id`). */
function holdsId(v: Record<string, unknown>): boolean {
  return ['id', 'record_id', 'recordId'].some((k) => v[k] !== undefined && v[k] !== null && v[k] !== '');
}

/** A record named by an object with its id; a `Parent_Id` object only with its module or type beside (Zoho's). */
function namesRecordObject(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => {
    if (!isRecord(v) || !holdsId(v) || (typeof v.type === 'string' && CONTAINER_TYPE.test(v.type))) return false;
    if (/^parent_?id$/i.test(name)) return ['module', 'type', 'object'].some((k) => v[k] !== undefined && v[k] !== null);
    return RECORD_OBJECT_FIELD.test(name);
  });
}

/**
 * The first record of a batch wrapper (Zoho CRM's `data: [ { … } ]`, HubSpot's `inputs: [ { … } ]`), where a note
 * names its record; else the body.
 */
function firstRecord(body: ParsedBody): ParsedBody {
  if (body.type !== 'json' || !isRecord(body.value)) return body;
  const list: unknown[] | undefined = Array.isArray(body.value.data) ? body.value.data : Array.isArray(body.value.inputs) ? body.value.inputs : undefined;
  const first: unknown = list?.[0];
  return isRecord(first) ? { type: 'json', value: first } : body;
}

/**
 * HubSpot's associations (r16 review D2): a non-empty `associations` list whose items name a record by `to { id }`
 * (v3), or an `associations` object with a non-empty `contactIds`-style list (v1 engagements).
 */
function associated(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => {
    if (name !== 'associations') return false;
    if (Array.isArray(v)) return v.some((a) => isRecord(a) && isRecord(a.to) && holdsId(a.to));
    return isRecord(v) && Object.keys(v).some((k) => ASSOCIATION_IDS.test(k) && Array.isArray(v[k]) && v[k].length > 0);
  });
}

/** Attio's `linked_records`: a non-empty list of objects each naming a record by its id (x3 review J1). */
function linkedRecords(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => /^linked_?records$/i.test(name) && Array.isArray(v) && v.some((r) => isRecord(r) && holdsId(r)));
}

/**
 * Whether a body links a CRM record, itself or in its batch's first record: the record test the CRM rules read, which
 * calendars.ts asks before reading a logged meeting's participants as invitees (x3 review J1).
 */
export function linksCrmRecord(body: ParsedBody): boolean {
  return onRecord(body) || onRecord(firstRecord(body)) || hasField(body, WHO_WHAT_FIELD) || hasField(firstRecord(body), WHO_WHAT_FIELD);
}

/**
 * Whether a body, or its batch's first record, names a client record as the CRM rules read it, for another family's
 * collection (cs1 review M4): `account_id`/`company_id` alone count only when the caller gives a second sign.
 */
export function onClientRecord(body: ParsedBody, secondSign: boolean): boolean {
  return onRecord(body, secondSign) || onRecord(firstRecord(body), secondSign);
}

/**
 * A meeting, call, task or event logged on a record (x3 review D2, J1): created in its collection, or its notes written
 * by id (Close's PUT activity/meeting/{id}/); a comment, unless recipients or a send flag make it mail.
 */
function loggedActivityKind(segments: string[], body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  const n = segments.length;
  const created = m === 'POST' && n >= 1 && LOGGED_ACTIVITY_COLLECTION.test(segments[n - 1]!);
  const written = (m === 'PUT' || m === 'PATCH') && n >= 2 && /\d/.test(segments[n - 1]!) && LOGGED_ACTIVITY_COLLECTION.test(segments[n - 2]!);
  if (!created && !written) return undefined;
  if (hasField(body, NOTE_RECIPIENTS_FIELD) || !linksCrmRecord(body)) return undefined;
  return hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && isSet(v)) || invitesClient(body) ? 'message' : 'comment';
}

/**
 * Notes edited in bulk by their ids alone (r18rev D1): a PUT or PATCH of a notes collection (Zoho's /crm/v2/Notes) or a
 * POST to its batch update (HubSpot's …/notes/batch/update), whose batch wrapper's first record holds the note's id.
 */
function notesEditedById(segments: string[], body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  const n = segments.length;
  const batchUpdate = m === 'POST' && n >= 3 && BATCH_CREATE.test(segments[n - 2]!) && /^update$/i.test(segments[n - 1]!);
  const collection = batchUpdate ? segments[n - 3] : m === 'PUT' || m === 'PATCH' ? segments[n - 1] : undefined;
  if (collection === undefined || !NOTES_COLLECTION.test(collection)) return undefined;
  const record = firstRecord(body);
  if (record === body || record.type !== 'json' || !isRecord(record.value) || !holdsId(record.value)) return undefined;
  if (hasField(body, NOTE_RECIPIENTS_FIELD)) return undefined;
  return hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && isSet(v)) ? 'message' : 'comment';
}

/**
 * A note activity edited by its own id (Close's PUT /api/v1/activity/note/{acti_…}/ `note`): the note stays on the lead
 * its creation named, read by colleagues, a comment as the creation is (id1 review D5). The path decides: an activity
 * collection, `note` and an id.
 */
function activityNoteEditedById(segments: string[], body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  const n = segments.length;
  if ((m !== 'PUT' && m !== 'PATCH') || n < 3 || !/^activit(?:y|ies)$/i.test(segments[n - 3]!) || !NOTES_COLLECTION.test(segments[n - 2]!)) return undefined;
  return hasIdSegment(segments[n - 1]!) && !hasField(body, NOTE_RECIPIENTS_FIELD) ? 'comment' : undefined;
}

/** A send flag that is set: true, 1, or a string other than "0", "false", "no" or empty (a form's unchecked box). */
function isSet(v: unknown): boolean {
  if (typeof v === 'string') return !/^(?:|0|false|no|off)$/i.test(v.trim());
  return v === true || (typeof v === 'number' && v !== 0);
}

/** A JSON:API resource's non-empty `relationships` (OroCRM's `activityTargets`): it is linked to records. */
function hasRelationships(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !isRecord(body.value.data)) return false;
  const rel = body.value.data.relationships;
  return isRecord(rel) && Object.keys(rel).length > 0;
}

/**
 * The subject of a Chatter feed item: `subjectId` in the body or query, a record feed's id in the older path
 * (…/chatter/feeds/record/{id}/feed-elements), or the first `inputs[].richInput.subjectId` of a batch post.
 */
function chatterSubject(url: URL, segments: string[], body: ParsedBody): string {
  const at = segments.lastIndexOf('feeds');
  const recordId = at >= 0 && segments[at + 1] === 'record' ? segments[at + 2] : undefined;
  if (recordId) return recordId;
  if (segments[segments.length - 1] === 'batch' && body.type === 'json' && isRecord(body.value) && Array.isArray(body.value.inputs)) {
    const first: unknown = body.value.inputs[0];
    const rich = isRecord(first) ? first.richInput : undefined;
    return isRecord(rich) && typeof rich.subjectId === 'string' ? rich.subjectId : '';
  }
  return fieldValue(body, /^subjectId$/) ?? url.searchParams.get('subjectId') ?? '';
}

/** A JSON:API resource of a notes type (`data.type` Notes), read by its attributes: the path (`/module`) says nothing. */
function jsonApiNote(body: ParsedBody): ParsedBody | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const data = body.value.data;
  if (!isRecord(data) || typeof data.type !== 'string' || !NOTES_COLLECTION.test(data.type) || !isRecord(data.attributes)) return undefined;
  return { type: 'json', value: data.attributes };
}

/** What a CRM's or ERP's note, stream post or Chatter feed item is, or undefined when the request is none of them. */
export function crmStreamKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const segmentsOnly = pathSegments(path).filter((seg) => seg !== '');
  const logged = loggedActivityKind(segmentsOnly, body, method) ?? notesEditedById(segmentsOnly, body, method) ?? activityNoteEditedById(segmentsOnly, body, method);
  if (logged) return logged;
  if (method.toUpperCase() !== 'POST') return undefined;
  // Odoo's "Log note" is read by colleagues only (round r16), on /mail/message/post or through call_kw's message_post.
  if (hasKeyDeep(body, /^subtype(?:_xmlid)?$/, (v) => typeof v === 'string' && ODOO_NOTE_SUBTYPE.test(v))) return 'comment';
  // vtiger's web service create of a comment element, on the record its `related_to` names (round r16); only beside
  // its create operation or on its own paths: `Comment` alone is any editor's block type (r16 review M5).
  const vtiger = hasField(body, /^operation$/, /^create$/) || /(?:^|\/)(?:webservice\.php|restapi)(?:\/|$)/i.test(path);
  if (vtiger && hasField(body, /^elementType$/, COMMENT_ELEMENT)) return 'comment';
  const allSegments = pathSegments(path);
  const feedElements = allSegments.lastIndexOf('feed-elements');
  const chatter = allSegments.lastIndexOf('chatter');
  const isFeedPost = lastSegment(path) === 'feed-elements' || (lastSegment(path) === 'batch' && feedElements === allSegments.length - 2);
  if (isFeedPost && chatter >= 0 && chatter < feedElements) {
    const subject = chatterSubject(url, allSegments, body);
    return subject && !CHATTER_STREAM_SUBJECT.test(subject) ? 'comment' : undefined;
  }
  // A batch create is read by the collection it creates in (HubSpot's …/notes/batch/create, r16 review D2).
  const n = allSegments.length;
  const batchCreate = n >= 3 && BATCH_CREATE.test(allSegments[n - 2]!) && allSegments[n - 1]!.toLowerCase() === 'create';
  const segments = batchCreate ? allSegments.slice(0, -2) : allSegments;
  const last = batchCreate ? segments[segments.length - 1]! : lastSegment(path);
  if (hasField(body, FRAPPE_REFERENCE[0]) && hasField(body, FRAPPE_REFERENCE[1])) {
    return hasField(body, NOTE_RECIPIENTS_FIELD) ? undefined : 'comment';
  }
  const resource = jsonApiNote(body);
  if (resource) return onRecord(resource) || hasRelationships(body) ? 'comment' : undefined;
  const record = firstRecord(body);
  // An activity or history entry logged on a record (Copper's /activities, Capsule's /entries), unless it is mail:
  // recipients leave it to the mail rules, a send flag makes it a message. A mail-typed entry without either
  // (Pipedrive's `type: email`, a to-do) is logged, not sent (r16 review M1, the lead's call: a comment).
  if (ENTRY_COLLECTION.test(last)) {
    if (hasField(body, NOTE_RECIPIENTS_FIELD)) return undefined;
    if (!onRecord(body) && !onRecord(record)) return undefined;
    return hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && isSet(v)) ? 'message' : 'comment';
  }
  if (!NOTES_COLLECTION.test(last)) return undefined;
  if (hasField(body, NOTE_RECIPIENTS_FIELD)) return undefined;
  if (hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && isSet(v))) return 'message';
  // A notes collection under a record (/companies/{id}/notes): the path names the record; an API version is no id.
  const parent = segments[segments.length - 2] ?? '';
  const underRecord = segments.length >= 3 && /\d/.test(parent) && !/^v\d+(?:\.\d+)?$/i.test(parent);
  // Or reached through the record's link to its notes (SugarCRM's /Accounts/{id}/link/notes, round r16).
  if (segments.length >= 4 && LINK_SEGMENT.test(parent) && /\d/.test(segments[segments.length - 3]!)) return 'comment';
  // EspoCRM's stream Post: on a record a comment; else by whom it is addressed to.
  if (hasField(body, /^type$/, /^Post$/) && hasField(body, /^post$/)) {
    if (onRecord(body, underRecord)) return 'comment';
    // Portals are a broadcast to every portal user, like teams (review J1): only named users make a message.
    return hasField(body, /^targetType$/, /^users$/) ? 'message' : 'post';
  }
  if (onRecord(body, underRecord) || onRecord(record, underRecord)) return 'comment';
  // Salesforce's sObject Note: the path names the object, ParentId the record it is attached to.
  return segments[segments.length - 2] === 'sobjects' && hasField(body, /^ParentId$/) ? 'comment' : undefined;
}
