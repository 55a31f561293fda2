/**
 * CRM and ERP activity streams (round cr1): words a salesperson, account manager or clerk writes about a client
 * inside the record of that client. Consistent with rounds u4 and hd1 (a note colleagues read is a comment, mail to
 * one person a message, a post to a stream everyone reads a post):
 * - a note created on a record named in the body is a comment: Pipedrive's POST /notes `deal_id`, Close's
 *   /activity/note/ `lead_id`, SuiteCRM's and EspoCRM's `parent_type` beside `parent_id`, Dynamics 365's
 *   annotations bound to `objectid_<entity>@odata.bind`, Salesforce's sObject Note (its path names the object,
 *   `ParentId` the record); a JSON:API resource of a notes type does the same inside `data.attributes` (SuiteCRM's
 *   V8 POST /Api/V8/module `data: { type: Notes, attributes: { parent_type, parent_id, description } }`);
 * - a Frappe/ERPNext comment names its record by `reference_doctype` and `reference_name` (form.utils.add_comment,
 *   or a Comment inserted through frappe.client.insert): a comment, unless it names recipients (then it is mail);
 * - an EspoCRM stream Post (a Note collection, `type: Post`) without a parent record goes to a stream: to named
 *   users (`targetType: users`, `portals`) a message, to teams, everyone or one's own stream a post;
 * - a Salesforce Chatter feed item (…/chatter/feed-elements) posted to a record's feed rather than a group's (key
 *   prefix 0F9), a user's (005) or `me` is a note on the record: a comment. The key prefix is Salesforce's own way of
 *   saying what the subject is; the body says nothing else, so this one rule reads ids.
 * Only POST creates: an edit or a pin of a note by id (PUT /notes/{id}) ends in an id and is not read here.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { fieldValue, hasField } from './body-fields';
import { lastSegment, pathSegments } from './paths';

/** A field naming the client record a note hangs on (a deal, lead, person, organisation, account …). */
const RECORD_LINK_FIELD = /^(?:(?:deal|lead|person|org|organi[sz]ation|contact|account|company|opportunity|customer|client)_?ids?|objectid_\w+@odata\.bind)$/i;
/** A polymorphic parent's type (EspoCRM's `parentType`, SuiteCRM's `parent_type`): with a parent id, a record. */
const PARENT_TYPE_FIELD = /^parent_?type$/i;
const PARENT_ID_FIELD = /^parent_?id$/i;
/** A notes or annotations collection (Close's singular activity/note/, Salesforce's sobjects/Note). */
const NOTES_COLLECTION = /^(?:notes?|annotations?)$/i;
/** Frappe's polymorphic link from a Comment or Communication to the document it is about. */
const FRAPPE_REFERENCE = [/^reference_doctype$/, /^reference_name$/] as const;
const RECIPIENTS_FIELD = /^(?:recipients|to|cc|bcc)$/i;
/** Chatter subjects that are a stream, not a record: a group (0F9…), a user's profile feed (005…) or `me`. */
const CHATTER_STREAM_SUBJECT = /^(?:0F9|005)\w{12}(?:\w{3})?$|^me$/;

function onRecord(body: ParsedBody): boolean {
  return hasField(body, RECORD_LINK_FIELD) || (hasField(body, PARENT_TYPE_FIELD) && hasField(body, PARENT_ID_FIELD));
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
  if (last === 'feed-elements' && segments[segments.length - 2] === 'chatter') {
    const subject = fieldValue(body, /^subjectId$/) ?? url.searchParams.get('subjectId') ?? '';
    return subject && !CHATTER_STREAM_SUBJECT.test(subject) ? 'comment' : undefined;
  }
  if (hasField(body, FRAPPE_REFERENCE[0]) && hasField(body, FRAPPE_REFERENCE[1])) {
    return hasField(body, RECIPIENTS_FIELD) ? undefined : 'comment';
  }
  const resource = jsonApiNote(body);
  if (resource) return onRecord(resource) ? 'comment' : undefined;
  if (!NOTES_COLLECTION.test(last)) return undefined;
  // EspoCRM's stream Post: on a record a comment; else by whom it is addressed to.
  if (hasField(body, /^type$/, /^Post$/) && hasField(body, /^post$/)) {
    if (onRecord(body)) return 'comment';
    return hasField(body, /^targetType$/, /^(?:users|portals)$/) ? 'message' : 'post';
  }
  if (onRecord(body)) return 'comment';
  // Salesforce's sObject Note: the path names the object, ParentId the record it is attached to.
  return segments[segments.length - 2] === 'sobjects' && hasField(body, /^ParentId$/) ? 'comment' : undefined;
}
