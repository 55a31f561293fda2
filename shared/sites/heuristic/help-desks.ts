/**
 * Help desks and client-service inboxes (round hd1): an agent's words on a
 * ticket, case or shared conversation. Two audiences, told apart by the
 * request's own flags rather than by the host, because every desk names the
 * same two things its own way:
 * - a note for colleagues (a comment under the ticket): a note flag
 *   (Trengo's `internal_note`, FreeScout's `is_note`), a note channel
 *   (Gorgias's `internal-note`, Kayako's `NOTE`, Znuny's `Internal`), a
 *   private type (Freshchat's `message_type: private`), an internal
 *   visibility (Re:amaze's `visibility: 1`), a flag saying the customer does
 *   not see it (Znuny's `IsVisibleForCustomer: 0`), a form action naming a
 *   note (osTicket's `a=postnote`, Znuny's `AgentTicketNote`), a private-note
 *   path (HappyFox's …/staff_pvtnote/), a ticket's follow-up or task (GLPI's
 *   ITILFollowup and TicketTask, which every technician on the ticket reads),
 *   a comment posted to a ticket collection by body id (Peppermint's
 *   /ticket/comment), a post into a shared conversation (Missive's posts);
 * - a reply mailed to the client (a message: it reaches one person): RT's
 *   correspond, a form action that replies, composes or forwards (osTicket's
 *   `a=reply`, Znuny's AgentTicketCompose and AgentTicketForward), a flag
 *   that mails the customer (HappyFox's `update_customer`), a mail or SMS
 *   channel (Kayako's `MAIL`).
 * Read only where the path or body names a ticket, case or conversation, so a
 * forum's `action=reply` or a social network's `visibility` keeps its kind.
 * Time logged on a ticket (Zoho Desk's timeEntry) publishes nothing.
 */
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField, hasFieldWhere } from './body-fields';
import { lastSegment } from './paths';

/** A desk's place for words in the path: tickets, cases, conversations, ITIL objects, Znuny's and osTicket's staff panels. */
const DESK_PATH = /(?:^|[/_.-])(?:tickets?|cases?|conversations?|itil\w*|otrs|znuny|scp)(?:$|[/_.?-])/i;
/** A desk's ticket, case or conversation named in the body (GLPI's `tickets_id`, Znuny's `TicketID`, Missive's `conversation`). */
const DESK_ID_FIELD = /^(?:tickets?_?id|case_?id|conversation(?:_?id)?)$/i;

function deskContext(path: string, body: ParsedBody): boolean {
  return DESK_PATH.test(path) || hasField(body, DESK_ID_FIELD) || hasField(body, /^itemtype$/i, /^ticket$/i);
}

/** A flag's value set: `true`, 1, '1', 'true' (forms send strings). */
function flagOn(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}
function flagOff(v: unknown): boolean {
  return v === false || v === 0 || v === '0' || v === 'false';
}

/** A note flag (Trengo's `internal_note`, FreeScout's `is_note`). */
const NOTE_FLAG = /^(?:is_?)?(?:internal|private)?_?note$/i;
/**
 * A bare `private` or `public` flag says who reads a ticket's or case's words (GLPI's `is_private`, Zoho Desk's
 * `isPublic`), but on a conversation path it may say what kind of chat is created: read only on tickets and cases.
 * A bare `internal` is not read: m1rev-ticket-article-internal-note keeps such an article a post, as the m1 review
 * decided (changing it is the lead's call, see UNKNOWN-SITES.md, round hd1).
 */
const TICKET_PATH = /(?:^|[/_.-])(?:tickets?|cases?|itil\w*)(?:$|[/_.?-])/i;
const PRIVATE_FLAG = /^(?:is_?)?private$/i;
const PUBLIC_FLAG = /^(?:is_?)?public$/i;
function ticketContext(path: string, body: ParsedBody): boolean {
  return TICKET_PATH.test(path) || hasField(body, /^(?:tickets?_?id|case_?id)$/i) || hasField(body, /^itemtype$/i, /^ticket$/i);
}
/** A type saying private (Freshchat's `message_type: private`). */
const PRIVATE_TYPE = /^(?:message_?)?type$/i;
const CHANNEL_FIELD = /^(?:channel|communication_?channel|source_?type)$/i;
const NOTE_CHANNEL = /^(?:note|internal(?:[-_ ]?note)?)$/i;
/** Re:amaze's `visibility: 1` beside 0 for a reply; a word where a desk names it. */
const INTERNAL_VISIBILITY = /^(?:1|internal(?:[-_]?note)?|note)$/i;
/** Whether the customer sees it (Znuny's `IsVisibleForCustomer`). */
const CUSTOMER_VISIBLE = /^(?:is_?)?visible_?(?:for|to)_?(?:customers?|clients?|users?|requesters?)$/i;
/** A form's action field (osTicket's `a`, Znuny's `Action` and `Subaction`). */
const FORM_ACTION = /^(?:a|action|subaction|do|op)$/i;
const NOTE_ACTION = /^(?:post_?note|add_?note|(?:agent_?)?ticket_?note|internal_?note|note)$/i;
const REPLY_ACTION = /^(?:reply|post_?reply|send_?reply|forward|(?:agent_?)?ticket_?(?:compose|forward|email(?:_?outbound)?))$/i;
const PRIVATE_NOTE_SEGMENT = /^(?:staff_?)?(?:pvt|private|internal)_?notes?$/i;
/** A ticket's follow-up or task as its own collection (GLPI's ITILFollowup, TicketTask). */
const FOLLOWUP_SEGMENT = /(?:follow_?ups?|tasks?)$/i;
/** A flag that mails the customer (HappyFox's `update_customer`). */
const NOTIFY_CUSTOMER = /^(?:update|notify|email|mail)_?(?:customer|client|contact|requester)s?$/i;
const MAIL_CHANNEL = /^(?:e?-?mail|sms|whatsapp)$/i;

/** Whether a desk's words are a note for colleagues, by the body's flags, action or the path's last segment. */
function deskNote(path: string, body: ParsedBody): boolean {
  const last = lastSegment(path);
  if (PRIVATE_NOTE_SEGMENT.test(last)) return true;
  if (hasFieldWhere(body, (name, v) => NOTE_FLAG.test(name) && flagOn(v))) return true;
  if (hasField(body, PRIVATE_TYPE, /^private$/i) || hasField(body, CHANNEL_FIELD, NOTE_CHANNEL)) return true;
  if (hasFieldWhere(body, (name, v) => /^visibility$/i.test(name) && (v === 1 || (typeof v === 'string' && INTERNAL_VISIBILITY.test(v))))) return true;
  if (hasFieldWhere(body, (name, v) => CUSTOMER_VISIBLE.test(name) && flagOff(v))) return true;
  if (ticketContext(path, body) && hasFieldWhere(body, (name, v) => (PRIVATE_FLAG.test(name) && flagOn(v)) || (PUBLIC_FLAG.test(name) && flagOff(v)))) return true;
  if (formAction(body, NOTE_ACTION)) return true;
  // A follow-up or task written under a ticket the body names (GLPI's input `tickets_id`, or `items_id` with `itemtype: Ticket`).
  if (FOLLOWUP_SEGMENT.test(last) && (hasField(body, /^tickets?_?id$/i) || hasField(body, /^itemtype$/i, /^ticket$/i))) return true;
  // A comment posted to the ticket collection, the ticket named in the body (Peppermint's POST /api/v1/ticket/comment).
  if (/\/(?:tickets?|cases?)\/comments?$/i.test(path)) return true;
  // A post into a shared conversation named by id (Missive's POST /v1/posts `posts: { conversation }`): read by the team.
  return /^posts$/i.test(last) && hasField(body, /^conversation$/i);
}

function formAction(body: ParsedBody, values: RegExp): boolean {
  return hasFieldWhere(body, (name, v) => FORM_ACTION.test(name) && typeof v === 'string' && values.test(v));
}

/** Whether a desk's words are mailed to the client: RT's correspond, a reply or forward action, a notify flag, a mail channel. */
function deskReply(path: string, body: ParsedBody): boolean {
  if (/^correspond(?:ence)?$/i.test(lastSegment(path))) return true;
  if (formAction(body, REPLY_ACTION)) return true;
  if (hasFieldWhere(body, (name, v) => NOTIFY_CUSTOMER.test(name) && flagOn(v))) return true;
  const channel = fieldValue(body, CHANNEL_FIELD);
  return channel !== undefined && MAIL_CHANNEL.test(channel);
}

/** The kind of an agent's words on a help desk (a note is a comment, a reply a message), or undefined where nothing says. */
export function helpDeskKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!deskContext(path, body)) return undefined;
  if (deskNote(path, body)) return 'comment';
  if (deskReply(path, body)) return 'message';
  return undefined;
}

/** Time logged on a ticket or case (Zoho Desk's …/tickets/{id}/timeEntry): its description is a log line, not a post. */
const TIME_ENTRY_SEGMENT = /^time_?(?:entr(?:y|ies)|logs?|sheets?)(?:\.json)?$/i;
export function helpDeskQuiet(path: string): boolean {
  return TIME_ENTRY_SEGMENT.test(lastSegment(path)) && DESK_PATH.test(path);
}
