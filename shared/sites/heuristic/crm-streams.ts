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
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { fieldValue, hasField, hasFieldWhere } from './body-fields';
import { lastSegment, pathSegments } from './paths';

/** A field naming the client record a note hangs on (a deal, lead, person, organisation, contact …). */
const RECORD_LINK_FIELD = /^(?:(?:deal|lead|person|org|organi[sz]ation|contact|opportunity|customer)_?ids?|objectid_\w+@odata\.bind)$/i;
/**
 * `account_id` and `company_id` are as often the tenant or owner of a note in any app (review cr1 M1), so they name a
 * client record only beside a second CRM sign: another record link, a `parent_type`, or a notes path under a record.
 * `client_id` is read nowhere: it is usually an OAuth client.
 */
const TENANT_OR_RECORD_FIELD = /^(?:account|company)_?ids?$/i;
/** A note that names recipients or is flagged to be sent is mail from the record, left to the mail rules (review D1). */
const SEND_FLAG_FIELD = /^(?:send_?e?mail|notify_?(?:customer|guest|contact|client)s?|notify_emails|customer_note)$/i;
/** A polymorphic parent's type (EspoCRM's `parentType`, SuiteCRM's `parent_type`): with a parent id, a record. */
const PARENT_TYPE_FIELD = /^parent_?type$/i;
const PARENT_ID_FIELD = /^parent_?id$/i;
/** A notes or annotations collection (Close's singular activity/note/, Salesforce's sobjects/Note). */
const NOTES_COLLECTION = /^(?:notes?|annotations?)$/i;
/**
 * Frappe's polymorphic link from a Comment or Communication to the document it is about; Frappe CRM's FCRM Note
 * spells the name `reference_docname` (frappe/crm NoteModal.vue, review cr1 J5).
 */
const FRAPPE_REFERENCE = [/^reference_doctype$/, /^reference_(?:doc)?name$/] as const;
const RECIPIENTS_FIELD = /^(?:recipients|to|cc|bcc)$/i;
/** Chatter subjects that are a stream, not a record: a group (0F9…), a user's profile feed (005…) or `me`. */
const CHATTER_STREAM_SUBJECT = /^(?:0F9|005)\w{12}(?:\w{3})?$|^me$/i;

function onRecord(body: ParsedBody, underRecord = false): boolean {
  if (hasField(body, RECORD_LINK_FIELD) || (hasField(body, PARENT_TYPE_FIELD) && hasField(body, PARENT_ID_FIELD))) return true;
  return hasField(body, TENANT_OR_RECORD_FIELD) && (underRecord || hasField(body, PARENT_TYPE_FIELD));
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
  if (method.toUpperCase() !== 'POST') return undefined;
  const last = lastSegment(path);
  const segments = pathSegments(path);
  const feedElements = segments.lastIndexOf('feed-elements');
  const chatter = segments.lastIndexOf('chatter');
  const isFeedPost = last === 'feed-elements' || (last === 'batch' && feedElements === segments.length - 2);
  if (isFeedPost && chatter >= 0 && chatter < feedElements) {
    const subject = chatterSubject(url, segments, body);
    return subject && !CHATTER_STREAM_SUBJECT.test(subject) ? 'comment' : undefined;
  }
  if (hasField(body, FRAPPE_REFERENCE[0]) && hasField(body, FRAPPE_REFERENCE[1])) {
    return hasField(body, RECIPIENTS_FIELD) ? undefined : 'comment';
  }
  const resource = jsonApiNote(body);
  if (resource) return onRecord(resource) || hasRelationships(body) ? 'comment' : undefined;
  if (!NOTES_COLLECTION.test(last)) return undefined;
  if (hasField(body, RECIPIENTS_FIELD)) return undefined;
  if (hasFieldWhere(body, (name, v) => SEND_FLAG_FIELD.test(name) && isSet(v))) return 'message';
  // A notes collection under a record (/companies/{id}/notes): the path names the record; an API version is no id.
  const parent = segments[segments.length - 2] ?? '';
  const underRecord = segments.length >= 3 && /\d/.test(parent) && !/^v\d+(?:\.\d+)?$/i.test(parent);
  // EspoCRM's stream Post: on a record a comment; else by whom it is addressed to.
  if (hasField(body, /^type$/, /^Post$/) && hasField(body, /^post$/)) {
    if (onRecord(body, underRecord)) return 'comment';
    // Portals are a broadcast to every portal user, like teams (review J1): only named users make a message.
    return hasField(body, /^targetType$/, /^users$/) ? 'message' : 'post';
  }
  if (onRecord(body, underRecord)) return 'comment';
  // Salesforce's sObject Note: the path names the object, ParentId the record it is attached to.
  return segments[segments.length - 2] === 'sobjects' && hasField(body, /^ParentId$/) ? 'comment' : undefined;
}
