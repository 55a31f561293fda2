/**
 * Real estate agents (round re1): an estate agent's or realtor's words sent from their work tools, about and to
 * buyers and sellers who are identifiable third parties ("She and Mark are divorcing, the house has to be sold as
 * part of the settlement"). Kinds, as earlier rounds decided them: a note on a lead's or contact's record, read by the
 * team, is a `comment` (round cr1), and so is a call logged there with the agent's note (cr1's review x3); a text or
 * email to a lead is a `message`; a listing's public remarks, published to the portals, are a `post`; a listing's
 * private remarks and showing instructions, read only by other agents in the MLS, are a `comment` on the listing's
 * record (colleagues' reading, as a note on a record is, not words to the public). The general rules already read
 * Follow Up Boss's notes, calls and texts, a listing's public remarks (RESO Add/Edit), Rightmove's property details
 * and onOffice's estate texts. What this module reads that they did not:
 *
 * - Agent-only listing remarks (listingRemarksKind): a listing written with its words in the RESO Data Dictionary's
 *   `PrivateRemarks`, `PrivateOfficeRemarks` or `ShowingInstructions` (or their snake_case spellings) and no public
 *   remarks beside them (RESO Web API Add/Edit: PATCH {root}/Property('key')): a comment. With `PublicRemarks` or
 *   `SyndicationRemarks` beside them the listing is published: a post. The field names are the only sign (no path or
 *   host: each MLS runs its own server); they are the Data Dictionary's and name nothing outside a listing.
 * - A listing's remarks shown together (listingRemarksText, asked first by longest-field.ts): when a listing carries
 *   two or more remarks fields at top level, they are joined in the body's order, a blank line between them, for all
 *   of them leave in the request (the private remarks were otherwise dropped as a private field beside public prose).
 * - A note or call logged on a contact through an `action` collection (contactActionNote: kvCORE/BoldTrail's
 *   PUT /v2/public/contact/{id}/action/note, …/action/note/{actionId}, …/action/call): a comment on the contact.
 * - An entry in a flat action-log collection that names the contact by a field (contactActionLog: MoxiWorks'
 *   POST /api/action_logs with `partner_contact_id`, `title`, `body`, form-encoded): a comment on the contact.
 * - An agent's log entry (agentsLogNote: onOffice's single endpoint, an action whose `resourcetype` is `agentslog`
 *   with its words in `parameters.note`, or `parameters.data.note` when an entry is modified), linked to addresses or an
 *   estate): a comment on those records; onOffice's "Do Send Email" (`resourcetype: sendmail`, its words in
 *   `parameters.body`, sent to `receiver`) is mail to a named person: a message (review re1 D1, D2). onOffice's envelope
 *   (`request.actions[]` with `resourcetype`) is the only sign; it is read only when the body has it.
 *
 * Since round re1's review (re1rev):
 * - Listing remarks are read where they are held, not only at a JSON body's top level: a form's fields (bracketed
 *   names by their last part, `listing[private_remarks]`) and one object a level down (Spark's `{"D": …}` envelope,
 *   a `listing` or `data` wrapper) (D7). Public remarks are shown first, then the agent-only ones in the body's order
 *   (J2). MLSs' own names for agent-only remarks, `BrokerRemarks`, `AgentRemarks`, `ConfidentialRemarks`, are agent-only
 *   too (M5). The audience of agent-only remarks is every agent in the MLS, thousands of competitors, not one office:
 *   still a `comment` on the listing's record (review J1: colleagues' reading of a record, as a help desk's internal
 *   note read by many agents is), never a team-only rule.
 * - A note added to a conversation by a method path (Follow Up Boss Inbox Apps' POST /v1/inboxApps/addNote with
 *   `conversationId`): the team's note, not sent, a comment (D3; round u4's note on a conversation).
 * - A journal entry on a property or an applicant's, vendor's or landlord's record (Reapit Foundations' POST
 *   /journalEntries[/bulk] with `propertyId` or `associatedId`): a comment (D4). The record's id is required, for an
 *   accounting journal entry names no property or person.
 * - A remote method named in a form field that adds a note to a contact (Wise Agent's webconnect.asp with
 *   `requestType=addContactNote`): a comment (D5).
 * - A note on a lead whose path puts the note before the lead's id (IDX Broker's PUT /leads/note/{leadId}[/{noteId}]):
 *   a comment (D6).
 * - A note on a listing shared with one contact (Spark API's PUT /listings/{key}/shared/notes/contacts/{contactId}),
 *   read by that client in their portal: a message (D8). The agent's own note on a listing (…/{key}/my/notes) is read
 *   by nobody else: quiet, asked from refuses.ts (ownRecordNote), as personal notes are (round u3).
 * - A text to a contact by the route (kvCORE's PUT /v2/public/contact/{id}/text; its body fields are not public): a
 *   message whatever the field is called (D9).
 * - A text logged on a person's timeline (Follow Up Boss's POST /v1/textMessages with `personId` and `isIncoming`, a
 *   direction only a record of a text states): it sends nothing, so a comment, outgoing or incoming (D10, J5; round
 *   np1's precedent: a logged message is a comment).
 * - A lead's inquiry relayed as an event (Follow Up Boss's POST /v1/events with `type` "Seller Inquiry" or another
 *   inquiry or registration, a `person` and the lead's `message`): the lead's own words to an agent, a message (J3;
 *   round q3: a contact form's words are a message), never a post.
 *
 * Quiet, in refuses.ts's older templateCollection (smallest change, round re1): a camelCase template collection
 * (Follow Up Boss's /v1/textMessageTemplates) and a template merged to preview it (…/textMessageTemplates/merge),
 * unless the merge names recipients and a send flag (templateMergeSends, review J7).
 *
 * Left to the general rules: price changes, status moves, photos without captions, tags, stage moves, assignments,
 * a property removed from a portal, reads (no words); Rightmove's property details and onOffice's estate texts
 * (posts). Left on review (M1): the contact-action path forms stay here, narrower than crm-streams' records.
 *
 * Sources (facts only): theperrygroup/follow-up-boss (notes, calls, textMessages, textMessageTemplates, people);
 * kvCORE/BoldTrail Public API v2 (its route list, the note body as a public client sends it); RESOStandards/transport
 * proposals/web-api-add-edit.md and the RESO Data Dictionary's remarks fields; frozensheep/rightmoveADF (the Real
 * Time Datafeed's sendpropertydetails, removeproperty, getbranchpropertylist); apidoc.onoffice.de (agents log and
 * estates, Do Send Email) as scraped in hansdoebel/n8n-nodes-onoffice-pro; moxiworks-platform/moxiworks-ruby (action logs);
 * since the review: theperrygroup/follow-up-boss inbox_apps.py, FollowUpBoss/fub-api-examples (events), skmtc/reapit-demo
 * (journal entries), a public Wise Agent client in the code index, streamdata-gallery-organizations/idx-broker (lead
 * notes), sparkapi/spark_api (notes, the `D` envelope).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { FIELD_NAME_EXAMINED, fieldLeaf } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/** A listing's remarks read only by other agents (RESO's PrivateRemarks, PrivateOfficeRemarks, ShowingInstructions; MLSs' BrokerRemarks, AgentRemarks, ConfidentialRemarks). */
const AGENT_ONLY_REMARKS = /^(?:(?:private[-_]?(?:office[-_]?)?|broker[-_]?|agents?[-_]?|confidential[-_]?)remarks|showing[-_]?instructions)$/i;
/** A listing's remarks published to the portals (RESO's PublicRemarks, SyndicationRemarks). */
const PUBLIC_REMARKS = /^(?:public|syndication)[-_]?remarks$/i;
/** Any of a listing's remarks, public or agent-only: the two lists composed, so a name added to one is in both (review M2). */
const ANY_REMARKS = new RegExp(`${PUBLIC_REMARKS.source}|${AGENT_ONLY_REMARKS.source}`, 'i');
/** A contact's or lead's record a CRM logs actions on. */
const CONTACT_RECORD = /^(?:contacts?|leads?|people|persons?|clients?|buyers?|sellers?|prospects?)$/i;
/** The collection of actions logged on a contact (kvCORE's /contact/{id}/action/…). */
const ACTION_COLLECTION = /^(?:actions?|activit(?:y|ies))$/i;
/** A note or a logged call among a contact's actions. */
const NOTE_OR_CALL = /^(?:notes?|calls?)$/i;
/** A flat collection of actions logged by agents (MoxiWorks' /api/action_logs). */
const ACTION_LOG_COLLECTION = /^(?:action|activity)[-_]?logs?$/i;
/** A field naming the contact an entry is logged on (`partner_contact_id`, `moxi_works_contact_id`, `contactId`). */
const CONTACT_ID_FIELD = /^(?:[a-z]+_)*contact_?id$/i;
/** onOffice's resource type for an agent's log entry or activity. */
const AGENTS_LOG = /^agentslog$/i;
/** onOffice's resource type for a mail sent from its composer ("Do Send Email"). */
const SEND_MAIL = /^sendmail$/i;
/** A method path that adds a note (Follow Up Boss Inbox Apps' …/inboxApps/addNote). */
const ADD_NOTE_METHOD = /^add[-_]?note$/i;
/** A conversation the note is added to. */
const CONVERSATION_ID = /^conversation[-_]?id$/i;
/** A collection of journal entries (Reapit's /journalEntries). */
const JOURNAL_ENTRIES = /^journal[-_]?entries$/i;
/** The property or the person's record a journal entry is raised against (Reapit's `propertyId`, `associatedId`). */
const JOURNAL_RECORD_ID = /^(?:property|associated)[-_]?id$/i;
/** A form field naming the remote method called (Wise Agent's `requestType`). */
const REMOTE_METHOD_FIELD = /^(?:request[-_]?type|method|action)$/i;
/** A remote method that adds a note to a contact (Wise Agent's `addContactNote`). */
const ADD_CONTACT_NOTE = /^add[-_]?(?:contact|client|lead|person)[-_]?notes?$/i;
/** A note or notes segment. */
const NOTE = /^notes?$/i;
/** A text sent to a contact by route (kvCORE's …/contact/{id}/text). */
const TEXT_ROUTE = /^(?:text|sms)$/i;
/** A collection of text messages (Follow Up Boss's /v1/textMessages). */
const TEXT_MESSAGES = /^text[-_]?messages$/i;
/** The direction a record of a text states (Follow Up Boss's `isIncoming`). */
const TEXT_DIRECTION = /^is[-_]?incoming$/i;
/** The person a record is on (Follow Up Boss's `personId`). */
const PERSON_ID = /^person[-_]?id$/i;
/** A collection of events a lead's activity is sent to (Follow Up Boss's /v1/events). */
const EVENTS = /^events$/i;
/** An event that carries a lead's own words (Follow Up Boss's "Seller Inquiry", "Property Inquiry", "Registration"). */
const INQUIRY_TYPE = /inquiry|registration/i;

/** A remarks field's name and its words. */
interface Remark {
  key: string;
  value: string;
}

/** The remarks fields of one object, in its order. */
function objectRemarks(value: Record<string, unknown>): Remark[] {
  const parts: Remark[] = [];
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'string' && v.trim() !== '' && key.length <= FIELD_NAME_EXAMINED && ANY_REMARKS.test(key)) parts.push({ key, value: v });
  }
  return parts;
}

/**
 * A listing's remarks where the listing's fields are (review D7): a form's fields, bracketed names read by their last
 * part (`listing[private_remarks]`); a JSON body's top level; or, when none are there, the first object a level down
 * that has them (Spark's `{"D": …}`, a `listing` or `data` wrapper). One object's remarks, never several listings'.
 */
function listingRemarks(body: ParsedBody): Remark[] {
  if (body.type === 'form' || body.type === 'multipart') {
    const parts: Remark[] = [];
    for (const [name, v] of body.fields) {
      const key = fieldLeaf(name);
      if (v.trim() !== '' && key.length <= FIELD_NAME_EXAMINED && ANY_REMARKS.test(key)) parts.push({ key, value: v });
    }
    return parts;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return [];
  const top = objectRemarks(body.value);
  if (top.length > 0) return top;
  for (const key in body.value) {
    const inner = body.value[key];
    if (!isRecord(inner)) continue;
    const parts = objectRemarks(inner);
    if (parts.length > 0) return parts;
  }
  return [];
}

/**
 * A listing's words by its remarks fields: agent-only remarks alone are a comment on the listing (read by other
 * agents in the MLS, not the public); public remarks beside them make the listing a post.
 */
function listingRemarksKind(body: ParsedBody, found: FreeText): PostKind | undefined {
  if (!ANY_REMARKS.test(fieldLeaf(found.field))) return undefined;
  const parts = listingRemarks(body);
  if (parts.some((p) => PUBLIC_REMARKS.test(p.key))) return 'post';
  return parts.some((p) => AGENT_ONLY_REMARKS.test(p.key)) ? 'comment' : undefined;
}

/**
 * A listing's remarks, two or more of them, joined with a blank line between: all of them leave in the request, so all
 * are shown. The public remarks come first, for the kind speaks of them, then the agent-only ones in the body's order
 * (review J2). One remarks field alone is left to the general reader.
 */
export function listingRemarksText(body: ParsedBody, min: number): FreeText | undefined {
  const parts = listingRemarks(body);
  if (parts.length < 2) return undefined;
  const ordered = [...parts.filter((p) => PUBLIC_REMARKS.test(p.key)), ...parts.filter((p) => !PUBLIC_REMARKS.test(p.key))];
  const texts: string[] = [];
  for (const { key, value } of ordered) {
    const text = asPlainText(key, value);
    if (!texts.includes(text)) texts.push(text);
  }
  const text = texts.join('\n\n');
  return isFreeText(text, min) ? { text, field: ordered[0]!.key } : undefined;
}

/** A note or call logged on a contact by id through its actions (kvCORE's …/contact/{id}/action/note[/{actionId}]). */
function contactActionNote(segments: string[]): boolean {
  const n = segments.length;
  // The note or call is the last segment, or the one before an action's id.
  const at = NOTE_OR_CALL.test(segments[n - 1] ?? '') ? n - 1 : hasIdSegment(segments[n - 1] ?? '') && NOTE_OR_CALL.test(segments[n - 2] ?? '') ? n - 2 : -1;
  if (at < 3 || !ACTION_COLLECTION.test(segments[at - 1]!)) return false;
  return hasIdSegment(segments[at - 2]!) && CONTACT_RECORD.test(segments[at - 3]!);
}

/** An entry in a flat action-log collection naming the contact it is on (MoxiWorks' POST /api/action_logs). */
function contactActionLog(segments: string[], body: ParsedBody): boolean {
  return ACTION_LOG_COLLECTION.test(segments[segments.length - 1] ?? '') && hasField(body, CONTACT_ID_FIELD);
}

/** A note on a lead with the note before the lead's id (IDX Broker's /leads/note/{leadId}, its edit …/{noteId}). */
function noteBeforeRecordId(segments: string[]): boolean {
  const n = segments.length;
  const at = hasIdSegment(segments[n - 1] ?? '') && hasIdSegment(segments[n - 2] ?? '') ? n - 4 : n - 3;
  return at >= 0 && CONTACT_RECORD.test(segments[at]!) && NOTE.test(segments[at + 1]!) && hasIdSegment(segments[at + 2]!);
}

/** A note on a record shared with one contact by id (Spark's /listings/{key}/shared/notes/contacts/{contactId}). */
function noteSharedWithContact(segments: string[]): boolean {
  const n = segments.length;
  return n >= 4 && hasIdSegment(segments[n - 1]!) && CONTACT_RECORD.test(segments[n - 2]!) && NOTE.test(segments[n - 3]!) && /^shared$/i.test(segments[n - 4]!);
}

/**
 * One's own note on a record by id, read by nobody else (Spark's /listings/{key}/my/notes, review re1 D8): asked from
 * refuses.ts, as one's personal notes are (round u3).
 */
export function ownRecordNote(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  return n >= 3 && NOTE.test(segments[n - 1]!) && /^my$/i.test(segments[n - 2]!) && hasIdSegment(segments[n - 3]!);
}

/** Who a merged template is sent to (Follow Up Boss's `recipients`). */
const MERGE_RECIPIENTS = /^(?:recipients?|to)$/i;
/** A flag that sends what was merged, not only renders it. */
const MERGE_SEND_FLAG = /^(?:send|send[-_]?now|send[-_]?email|deliver)$/i;

/**
 * A template merged and sent in one call: the last segment `merge`, its recipients named and a send flag on (review
 * re1 J7). Asked by refuses.ts before it reads a template collection's merge as a preview: such a merge reaches
 * people. No public client was found that does this; the guard keeps the preview rule from hiding one.
 */
export function templateMergeSends(path: string, body: ParsedBody): boolean {
  if (!/^merge$/i.test(lastSegment(path))) return false;
  return hasField(body, MERGE_RECIPIENTS) && hasFieldWhere(body, (name, v) => MERGE_SEND_FLAG.test(name) && flagOn(v));
}

/** A text to a contact by id, by the route alone (kvCORE's PUT /v2/public/contact/{id}/text; its fields are not public). */
function textToContact(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && TEXT_ROUTE.test(segments[n - 1]!) && hasIdSegment(segments[n - 2]!) && CONTACT_RECORD.test(segments[n - 3]!);
}

/** A text logged on a person's record, its direction stated (Follow Up Boss's /v1/textMessages with personId, isIncoming). */
function loggedText(segments: string[], body: ParsedBody): boolean {
  if (!TEXT_MESSAGES.test(segments[segments.length - 1] ?? '')) return false;
  return hasField(body, PERSON_ID) && hasFieldWhere(body, (name, v) => typeof v === 'boolean' && TEXT_DIRECTION.test(name));
}

/** A note added to a conversation by a method path (Follow Up Boss Inbox Apps' POST …/inboxApps/addNote). */
function conversationNote(segments: string[], body: ParsedBody): boolean {
  return ADD_NOTE_METHOD.test(segments[segments.length - 1] ?? '') && hasField(body, CONVERSATION_ID);
}

/** A journal entry raised against a property or a person's record (Reapit's POST /journalEntries[/bulk]). */
function recordJournalEntry(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  const collection = /^bulk$/i.test(segments[n - 1] ?? '') ? segments[n - 2] : segments[n - 1];
  return JOURNAL_ENTRIES.test(collection ?? '') && hasKeyDeep(body, JOURNAL_RECORD_ID);
}

/** A remote method named in a field that adds a note to a contact (Wise Agent's `requestType=addContactNote`). */
function remoteContactNote(body: ParsedBody): boolean {
  const method = fieldValue(body, REMOTE_METHOD_FIELD);
  return method !== undefined && ADD_CONTACT_NOTE.test(method);
}

/** A lead's inquiry relayed as an event with the lead's words (Follow Up Boss's POST /v1/events, type "Seller Inquiry"). */
function leadInquiryEvent(segments: string[], body: ParsedBody, found: FreeText): boolean {
  if (!EVENTS.test(segments[segments.length - 1] ?? '') || fieldLeaf(found.field) !== 'message') return false;
  if (body.type !== 'json' || !isRecord(body.value) || !isRecord(body.value.person)) return false;
  return typeof body.value.type === 'string' && INQUIRY_TYPE.test(body.value.type);
}

/**
 * An onOffice action's kind by its resource type, when its words are the ones found: an agents' log entry's note
 * (`parameters.note`, or `parameters.data.note` when modified) a comment; a mail's body from "Do Send Email" a message.
 */
function onOfficeKind(body: ParsedBody, found: FreeText): PostKind | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || !isRecord(body.value.request)) return undefined;
  const actions = body.value.request.actions;
  if (!Array.isArray(actions)) return undefined;
  for (const a of actions) {
    if (!isRecord(a) || typeof a.resourcetype !== 'string' || !isRecord(a.parameters)) continue;
    if (AGENTS_LOG.test(a.resourcetype)) {
      const fields = isRecord(a.parameters.data) ? a.parameters.data : a.parameters;
      if (typeof fields.note === 'string' && asPlainText('note', fields.note) === found.text) return 'comment';
    } else if (SEND_MAIL.test(a.resourcetype)) {
      const words = a.parameters.body;
      if (typeof words === 'string' && asPlainText('body', words) === found.text) return 'message';
    }
  }
  return undefined;
}

/** The kind of a real estate agent's words this module reads (see the header), or undefined for the general rules. */
export function realEstateKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  const listing = listingRemarksKind(body, found);
  if (listing !== undefined) return listing;
  const segments = pathSegments(path);
  if (contactActionNote(segments) || contactActionLog(segments, body) || noteBeforeRecordId(segments)) return 'comment';
  if (loggedText(segments, body) || conversationNote(segments, body) || recordJournalEntry(segments, body)) return 'comment';
  if (noteSharedWithContact(segments) || textToContact(segments) || leadInquiryEvent(segments, body, found)) return 'message';
  if (remoteContactNote(body)) return 'comment';
  const leaf = fieldLeaf(found.field);
  if (leaf === 'note' || leaf === 'body') return onOfficeKind(body, found);
  return undefined;
}
