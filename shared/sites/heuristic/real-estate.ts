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
 *   with its words in `parameters.note`, linked to addresses or an estate): a comment on those records. onOffice's
 *   envelope (`request.actions[]` with `resourcetype`) is the only sign; it is read only when the body has it.
 *
 * Quiet, in refuses.ts's older templateCollection (smallest change, round re1): a camelCase template collection
 * (Follow Up Boss's /v1/textMessageTemplates) and a template merged to preview it (…/textMessageTemplates/merge).
 *
 * Left to the general rules: price changes, status moves, photos without captions, tags, stage moves, assignments,
 * a property removed from a portal, reads (no words); Rightmove's property details and onOffice's estate texts
 * (posts).
 *
 * Sources (facts only): theperrygroup/follow-up-boss (notes, calls, textMessages, textMessageTemplates, people);
 * kvCORE/BoldTrail Public API v2 (its route list, the note body as a public client sends it); RESOStandards/transport
 * proposals/web-api-add-edit.md and the RESO Data Dictionary's remarks fields; frozensheep/rightmoveADF (the Real
 * Time Datafeed's sendpropertydetails, removeproperty, getbranchpropertylist); apidoc.onoffice.de (agents log and
 * estates) as scraped in hansdoebel/n8n-nodes-onoffice-pro; moxiworks-platform/moxiworks-ruby (action logs).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { FIELD_NAME_EXAMINED } from './names';
import { hasIdSegment, pathSegments } from './paths';

/** A listing's remarks read only by other agents (RESO's PrivateRemarks, PrivateOfficeRemarks, ShowingInstructions). */
const AGENT_ONLY_REMARKS = /^(?:private[-_]?(?:office[-_]?)?remarks|showing[-_]?instructions)$/i;
/** A listing's remarks published to the portals (RESO's PublicRemarks, SyndicationRemarks). */
const PUBLIC_REMARKS = /^(?:public|syndication)[-_]?remarks$/i;
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

/** The top-level string value of each field whose name matches, in the body's order. */
function topLevelParts(body: ParsedBody, name: RegExp): { key: string; value: string }[] {
  if (body.type !== 'json' || !isRecord(body.value)) return [];
  const parts: { key: string; value: string }[] = [];
  for (const key in body.value) {
    const v = body.value[key];
    if (typeof v === 'string' && v.trim() !== '' && key.length <= FIELD_NAME_EXAMINED && name.test(key)) parts.push({ key, value: v });
  }
  return parts;
}

/**
 * A listing's words by its remarks fields: agent-only remarks alone are a comment on the listing (read by other
 * agents, not the public); public remarks beside them make the listing a post.
 */
function listingRemarksKind(body: ParsedBody, found: FreeText): PostKind | undefined {
  if (!AGENT_ONLY_REMARKS.test(found.field) && !PUBLIC_REMARKS.test(found.field)) return undefined;
  if (topLevelParts(body, PUBLIC_REMARKS).length > 0) return 'post';
  return topLevelParts(body, AGENT_ONLY_REMARKS).length > 0 ? 'comment' : undefined;
}

/**
 * A listing's remarks, two or more of them at top level, joined in the body's order with a blank line between: all
 * of them leave in the request, so all are shown. One remarks field alone is left to the general reader.
 */
export function listingRemarksText(body: ParsedBody, min: number): FreeText | undefined {
  const parts = topLevelParts(body, /^(?:(?:public|syndication|private[-_]?(?:office[-_]?)?)[-_]?remarks|showing[-_]?instructions)$/i);
  if (parts.length < 2) return undefined;
  const texts: string[] = [];
  for (const { key, value } of parts) {
    const text = asPlainText(key, value);
    if (!texts.includes(text)) texts.push(text);
  }
  const text = texts.join('\n\n');
  return isFreeText(text, min) ? { text, field: parts[0]!.key } : undefined;
}

/** A note or call logged on a contact by id through its actions (kvCORE's …/contact/{id}/action/note[/{actionId}]). */
function contactActionNote(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  // The note or call is the last segment, or the one before an action's id.
  const at = NOTE_OR_CALL.test(segments[n - 1] ?? '') ? n - 1 : hasIdSegment(segments[n - 1] ?? '') && NOTE_OR_CALL.test(segments[n - 2] ?? '') ? n - 2 : -1;
  if (at < 3 || !ACTION_COLLECTION.test(segments[at - 1]!)) return false;
  return hasIdSegment(segments[at - 2]!) && CONTACT_RECORD.test(segments[at - 3]!);
}

/** An entry in a flat action-log collection naming the contact it is on (MoxiWorks' POST /api/action_logs). */
function contactActionLog(path: string, body: ParsedBody): boolean {
  const segments = pathSegments(path);
  return ACTION_LOG_COLLECTION.test(segments[segments.length - 1] ?? '') && hasField(body, CONTACT_ID_FIELD);
}

/** An onOffice agent's log entry whose note holds the words found (`request.actions[]`, `resourcetype: agentslog`). */
function agentsLogNote(body: ParsedBody, found: FreeText): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !isRecord(body.value.request)) return false;
  const actions = body.value.request.actions;
  if (!Array.isArray(actions)) return false;
  return actions.some((a) => isRecord(a) && typeof a.resourcetype === 'string' && AGENTS_LOG.test(a.resourcetype) && isRecord(a.parameters) && typeof a.parameters.note === 'string' && asPlainText('note', a.parameters.note) === found.text);
}

/** The kind of a real estate agent's words this module reads (see the header), or undefined for the general rules. */
export function realEstateKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  const listing = listingRemarksKind(body, found);
  if (listing !== undefined) return listing;
  if (contactActionNote(path) || contactActionLog(path, body)) return 'comment';
  if (found.field === 'note' && agentsLogNote(body, found)) return 'comment';
  return undefined;
}
