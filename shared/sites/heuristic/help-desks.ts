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
 * Bare flags (`private`, `internal`, `is_private`, `isPublic`, a bare `type:
 * private`) are read only where the words sit under a ticket or case named by
 * id (in the path or the body): on a conversation they may say what kind of
 * chat it is, and on the ticket collection they are a new ticket's own
 * (hd1 review, D1 and D3).
 * Which replies are messages is not uniform across rounds: replies mailed to
 * the client are messages here and in Help Scout, Front and Intercom (round
 * u4), but a ticket's public comment stays a comment in Zendesk, Freshdesk
 * (round u4), GLPI and Peppermint (their own comment or follow-up objects);
 * aligning them is left to a later round (hd1 review, J2).
 * Time logged on a ticket (Zoho Desk's timeEntry) publishes nothing. A prompt to a desk's AI assistant
 * (…/tickets/{id}/ai/suggest_reply `{ prompt }`, hd1 review M5) is assistant-prompt.ts's, whose AI helper segment
 * covers it (x2 review N4; hd1rev-not-desk-ai-suggest-reply stays quiet).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { fieldValue, flagOff, flagOn, hasField, hasFieldWhere } from './body-fields';
import { hasIdSegment, lastSegment } from './paths';
import { NOTE_VALUE, TEAM_NOTE_VALUE } from './words';

/**
 * A desk's place for words in the path: tickets, cases, conversations, ITIL objects, and three product words because
 * their staff panels name no ticket in the path (Znuny's and OTRS's /otrs/index.pl, osTicket's /scp/tickets.php is
 * named, but its /scp/ajax.php is not). `cases` only as a whole segment: `…/use-cases/…` is no desk (hd1 review, M2).
 */
const DESK_PATH = /(?:(?:^|[/_.-])(?:tickets?|conversations?|itil\w*|otrs|znuny|scp)|(?:^|\/)cases?)(?:$|[/_.?-])/i;
/** A desk's ticket, case or conversation named in the body (GLPI's `tickets_id`, Znuny's `TicketID`, Missive's `conversation`). */
const DESK_ID_FIELD = /^(?:tickets?_?id|case_?id|conversation(?:_?id)?)$/i;

/** The path first; then one walk of the body for a desk's id or GLPI's `itemtype: Ticket` (x2 review, Cost). */
function deskContext(path: string, body: ParsedBody): boolean {
  if (DESK_PATH.test(path)) return true;
  return hasFieldWhere(body, (name, v) => v !== null && v !== undefined && v !== '' && v !== false && (DESK_ID_FIELD.test(name) || (/^itemtype$/i.test(name) && typeof v === 'string' && /^ticket$/i.test(v))));
}

/** A note flag (Trengo's `internal_note`, FreeScout's `is_note`). */
const NOTE_FLAG = /^(?:is_?)?(?:internal|private)?_?note$/i;
/**
 * A bare `private`, `internal` or `public` flag says who reads a ticket's or case's words (GLPI's `is_private`, Zoho
 * Desk's `isPublic`, Zammad's `internal`), but on a conversation path it may say what kind of chat is created, and on
 * the ticket collection it is a new ticket's own (a client's private ticket): read only where the words sit under a
 * ticket or case named by id, in the path (…/tickets/{id}/…) or the body (GLPI's `tickets_id`, Zammad's `ticket_id`,
 * `itemtype: Ticket`). Zammad's `internal: true` is a note, a comment as round u4 reads its `type: note` (hd1 review,
 * J1 a; m1rev-ticket-article-internal-note re-expected).
 */
const TICKET_SEGMENT = /^(?:tickets?|cases?|itil\w*)$/i;
const TICKET_ID_FIELD = /^(?:tickets?_?id|case_?id)$/i;
const PRIVATE_FLAG = /^(?:is_?)?(?:private|internal)$/i;
const PUBLIC_FLAG = /^(?:is_?)?public$/i;
function ticketByIdInPath(path: string): boolean {
  const segs = path.split(/[/?#]/);
  return segs.some((seg, i) => TICKET_SEGMENT.test(seg) && hasIdSegment(segs[i + 1] ?? ''));
}
function ticketContext(path: string, body: ParsedBody): boolean {
  return ticketByIdInPath(path) || hasField(body, TICKET_ID_FIELD) || hasField(body, /^itemtype$/i, /^ticket$/i);
}
/**
 * A type saying private: Freshchat's `message_type: private` wherever a desk is named; a bare `type: private` only
 * under a ticket named by id, since "private" is a one-to-one chat's type (Telegram's, Zulip's): hd1 review, D1.
 */
const MESSAGE_TYPE_FIELD = /^message_?type$/i;
/** A channel field: Znuny's `CommunicationChannel` and a `source_type` name channels only, so a bare `Internal` is a note there. */
const CHANNEL_FIELD = /^(?:channel|communication_?channel|source_?type)$/i;
const NOTE_CHANNEL_FIELD = /^(?:communication_?channel|source_?type)$/i;
/** Words as desks spell them (Gorgias's `internal-note`), read against words.ts's lists with `-` and spaces as `_`. */
function noteWord(v: unknown, list: RegExp): boolean {
  return typeof v === 'string' && list.test(v.replace(/[- ]/g, '_'));
}
/**
 * A note by channel: a generic `channel` says a note only by a qualified value (Gorgias's `internal-note`, Kayako's
 * `NOTE`), since `internal` is a common chat channel's name (hd1 review, D4); a communication channel's bare `Internal`
 * (Znuny) is a note.
 */
function noteChannel(name: string, v: unknown): boolean {
  if (!CHANNEL_FIELD.test(name)) return false;
  return noteWord(v, /^note$/i) || noteWord(v, TEAM_NOTE_VALUE) || (NOTE_CHANNEL_FIELD.test(name) && noteWord(v, NOTE_VALUE));
}
/**
 * An internal visibility: a word where a desk names it (`internal`, `note`), read only under a ticket or case by id, the
 * bare flags' fence, since a new conversation's `visibility: internal` is a team chat's own (x2 review D5); Re:amaze's
 * number 1 (0 a reply) only inside its `message` wrapper, since many APIs mean public by 1 (hd1 review, D4).
 */
function visibilityWord(name: string, v: unknown): boolean {
  return /^visibility$/i.test(name) && (noteWord(v, NOTE_VALUE) || noteWord(v, TEAM_NOTE_VALUE));
}
function reamazeVisibility(body: ParsedBody): boolean {
  return body.type === 'json' && isRecord(body.value) && isRecord(body.value['message']) && body.value['message']['visibility'] === 1;
}
/** Missive's POST /v1/posts `{ posts: { conversation, … } }`: the conversation under its own `posts` wrapper (hd1 review, D4). */
function missivePost(last: string, body: ParsedBody): boolean {
  if (!/^posts$/i.test(last) || body.type !== 'json' || !isRecord(body.value)) return false;
  const posts = body.value['posts'];
  return isRecord(posts) && typeof posts['conversation'] === 'string' && posts['conversation'] !== '';
}
/** Whether the customer sees it (Znuny's `IsVisibleForCustomer`). */
const CUSTOMER_VISIBLE = /^(?:is_?)?visible_?(?:for|to)_?(?:customers?|clients?|users?|requesters?)$/i;
/** A form's action field (osTicket's `a`, Znuny's `Action` and `Subaction`). */
const FORM_ACTION = /^(?:a|action|subaction|do|op)$/i;
const NOTE_ACTION = /^(?:post_?note|add_?note|(?:agent_?)?ticket_?note|internal_?note|note)$/i;
const REPLY_ACTION = /^(?:reply|post_?reply|send_?reply|forward|(?:agent_?)?ticket_?(?:compose|forward|email(?:_?outbound)?))$/i;
/** A private-note path, `_` or `-` between its words (HappyFox's staff_pvtnote, …/internal-notes): hd1 review, D5. */
const PRIVATE_NOTE_SEGMENT = /^(?:staff[-_]?)?(?:pvt|private|internal)[-_]?notes?$/i;
/** A ticket's follow-up or task as its own collection (GLPI's ITILFollowup, TicketTask); whole names, not `subtasks` (D3). */
const FOLLOWUP_SEGMENT = /^(?:itil_?)?follow_?ups?$|^(?:ticket_?|itil_?)?tasks?$/i;
/** A flag that mails the customer (HappyFox's `update_customer`). */
const NOTIFY_CUSTOMER = /^(?:update|notify|email|mail)_?(?:customer|client|contact|requester)s?$/i;
const MAIL_CHANNEL = /^(?:e?-?mail|sms|whatsapp)$/i;

/** Whether a desk's words are a note for colleagues, by the body's flags, action or the path's last segment. */
function deskNote(path: string, body: ParsedBody): boolean {
  const last = lastSegment(path);
  if (PRIVATE_NOTE_SEGMENT.test(last)) return true;
  if (hasFieldWhere(body, (name, v) => NOTE_FLAG.test(name) && flagOn(v))) return true;
  if (hasField(body, MESSAGE_TYPE_FIELD, /^private$/i) || hasFieldWhere(body, noteChannel) || reamazeVisibility(body)) return true;
  if (hasFieldWhere(body, (name, v) => CUSTOMER_VISIBLE.test(name) && flagOff(v))) return true;
  if (ticketContext(path, body)) {
    const bare = (name: string, v: unknown) =>
      (PRIVATE_FLAG.test(name) && flagOn(v)) || (PUBLIC_FLAG.test(name) && flagOff(v)) || (/^type$/i.test(name) && v === 'private') || visibilityWord(name, v);
    if (hasFieldWhere(body, bare)) return true;
  }
  if (formAction(body, NOTE_ACTION)) return true;
  // A follow-up or task written under a ticket the body names (GLPI's input `tickets_id`, or `items_id` with `itemtype: Ticket`).
  if (FOLLOWUP_SEGMENT.test(last) && (hasField(body, TICKET_ID_FIELD) || hasField(body, /^itemtype$/i, /^ticket$/i))) return true;
  // A comment posted to the ticket collection, the ticket named in the body (Peppermint's POST /api/v1/ticket/comment).
  if (/\/(?:tickets?|cases?)\/comments?$/i.test(path)) return true;
  // A post into a shared conversation named by id (Missive's POST /v1/posts `posts: { conversation }`): read by the team.
  return missivePost(last, body);
}

/**
 * Tickets merged into one named by id with words for it (Zendesk's POST /api/v2/tickets/{id}/merge `target_comment`,
 * `source_comment`): the words are posted on the tickets as comments (hd1 review, M5).
 */
const MERGE_COMMENT_FIELD = /^(?:target|source)_?comment$/i;
function mergeComment(path: string, body: ParsedBody): boolean {
  return /^merge$/i.test(lastSegment(path)) && ticketByIdInPath(path) && hasField(body, MERGE_COMMENT_FIELD);
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

/**
 * A comment on a shared conversation named by a type-prefixed id (Front's POST /conversations/{cnv_…}/comments): a
 * teammate's note colleagues read, whatever the id's tail (a base-36 tail with no digit is no id to hasIdSegment;
 * about one Front id in ten, id1 review D3). The path decides: the collection, a typed id and `comments`.
 */
const CONVERSATION_COMMENT_PATH = /\/conversations\/[a-z]{2,12}_[a-z0-9]{4,64}\/comments\/?$/i;
function conversationComment(path: string): boolean {
  return CONVERSATION_COMMENT_PATH.test(path);
}

/** The kind of an agent's words on a help desk (a note is a comment, a reply a message), or undefined where nothing says. */
export function helpDeskKind(path: string, body: ParsedBody): PostKind | undefined {
  if (conversationComment(path)) return 'comment';
  if (!deskContext(path, body)) return undefined;
  if (deskNote(path, body) || mergeComment(path, body)) return 'comment';
  if (deskReply(path, body)) return 'message';
  return undefined;
}

/**
 * A journal field written by an update of a record by id (round r15): ServiceNow's Table API PATCH
 * …/table/incident/{sys_id} `work_notes` (agents only) or `comments` (the caller reads them) adds an entry under
 * the record, named by its field's role, not by a desk path (incident, problem, change and HR tables all share it).
 * A comment on that record. Not `notes`: a task's `notes` is its own description (Asana), an edit, not an entry.
 * Limits (review of r15, D1): a top-level field only, holding the words read; beside it only state and assignment
 * fields or values with no words (an edit of a record's own description or title is not an entry); and a bare
 * `comments` only on a table of records (`…/table/{name}/{id}`), since an order's or an event's `comments` is its own
 * remarks field. The caller applies no message path or strong message field before this (kind.ts).
 */
const JOURNAL_FIELD = /^(?:work_?notes|comments)$/i;
const RECORD_TABLE_PATH = /\/tables?\/[^/]+\/[^/]+\/?$/i;
const STATE_OR_ASSIGNMENT_FIELD = /^(?:state|status|priority|urgency|impact|severity|assigned_?to|assignment_?group|assignee|category|subcategory|close_?code|hold_?reason|sys_id|number)$/i;
export function journalEntryKind(method: string, path: string, body: ParsedBody, words: string): PostKind | undefined {
  const verb = method.toUpperCase();
  if (verb !== 'PATCH' && verb !== 'PUT') return undefined;
  if (!hasIdSegment(lastSegment(path).replace(/\.json$/i, '')) || body.type !== 'json' || !isRecord(body.value)) return undefined;
  const record = body.value;
  const journal = Object.keys(record).find((k) => JOURNAL_FIELD.test(k) && typeof record[k] === 'string' && record[k] !== '' && words !== '' && String(record[k]).includes(words));
  if (journal === undefined) return undefined;
  if (/^comments$/i.test(journal) && !RECORD_TABLE_PATH.test(path)) return undefined;
  const otherWords = Object.keys(record).some((k) => k !== journal && !STATE_OR_ASSIGNMENT_FIELD.test(k) && typeof record[k] === 'string' && /\S\s+\S/.test(String(record[k])));
  return otherWords ? undefined : 'comment';
}

/** Time logged on a ticket or case (Zoho Desk's …/tickets/{id}/timeEntry): its description is a log line, not a post. */
const TIME_ENTRY_SEGMENT = /^time_?(?:entr(?:y|ies)|logs?|sheets?)(?:\.json)?$/i;
export function helpDeskQuiet(path: string): boolean {
  return TIME_ENTRY_SEGMENT.test(lastSegment(path)) && DESK_PATH.test(path);
}
