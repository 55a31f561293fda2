/**
 * Brand social inboxes and community management (round si1): the kind of words a company account's community manager
 * sends from a unified social inbox or a brand community, where the path's `inbox`, `message` or `messages` segment
 * would otherwise make every write a private message.
 *
 * What it reads, and why:
 * - A reply to a review under an inbox (`…/inbox/reviews/{id}/reply`, RelayAPI and Zernio): answered in public under
 *   the review, so a reply, not a message.
 * - An internal note under an inbox edited by id (`…/inbox/notes/{id}`, RelayAPI's PATCH): read by colleagues only,
 *   so a comment, as a note added on the conversation already was.
 * - A comment on a typed Sprinklr entity (`…/api/v2/comment/{MESSAGE|CASE|CAMPAIGN|PROFILE}/{id}`): Sprinklr's own
 *   upper-case entity names; the comment hangs on the record for the team, so a comment, though `MESSAGE` is there.
 * - A Khoros Community API v2 message (`…/api/2.0/messages` with `data.type: message`): a brand community's forum
 *   post, on the company's own domain. `data.parent.id` answers a message in a thread (a reply); a `data.board.id`
 *   alone starts a topic on a board (a post). Its `type: message` is the object's type, not a private message.
 * - The same communities' older REST API v1 (`/restapi/vc/messages/id/{id}/reply`, a reply;
 *   `/restapi/vc/boards/id/{board}/messages/post`, a new topic: a post), read by path alone (si1fix guards).
 *
 * Public replies to comments, private replies, DMs and conversation notes were already read right by older rules
 * (schedulers.ts, r16's Late rules and the conversation note rule); this module does not repeat them. The cheapest sign,
 * the path, is tested first; bodies are read only on these paths.
 */
import type { ParsedBody } from '../types';
import { isRecord } from '../body';

/** An inbox's review answered by id: `…/inbox/reviews/{id}/reply` (RelayAPI, Zernio). */
const INBOX_REVIEW_REPLY = /\/inbox\/(?:[^/]+\/)*reviews\/[^/]+\/(?:reply|replies|response)\/?$/i;
/** An inbox's internal note by id: `…/inbox/notes/{id}` (RelayAPI's update). */
const INBOX_NOTE_BY_ID = /\/inbox\/notes\/[^/]+\/?$/i;
/** Sprinklr's comment on a typed entity: `…/api/v2/comment/{ENTITY}/{id}`, the entity names as Sprinklr spells them. */
const SPRINKLR_ENTITY_COMMENT = /\/api\/v2\/comment\/(?:MESSAGE|CASE|CAMPAIGN|PROFILE)\/[^/]+\/?$/;
/** Khoros Community API v2's messages collection (on the community's own host). */
const KHOROS_MESSAGES = /\/api\/2\.0\/messages\/?$/;
/** Khoros (Lithium) REST API v1: a reply to a message by id, and a new topic posted to a board. */
const KHOROS_V1_REPLY = /\/restapi\/vc\/messages\/id\/[^/]+\/reply\/?$/;
const KHOROS_V1_BOARD_POST = /\/restapi\/vc\/boards\/id\/[^/]+\/messages\/post\/?$/;

/** The kind of a social inbox's or brand community's write, or undefined when the path is not one of these. */
export function socialInboxKind(path: string, body: ParsedBody, method: string): 'reply' | 'comment' | 'post' | undefined {
  if (INBOX_REVIEW_REPLY.test(path)) return 'reply';
  if (INBOX_NOTE_BY_ID.test(path) && /^(?:PATCH|PUT)$/i.test(method)) return 'comment';
  if (SPRINKLR_ENTITY_COMMENT.test(path)) return 'comment';
  if (KHOROS_MESSAGES.test(path)) return khorosMessageKind(body);
  if (KHOROS_V1_REPLY.test(path)) return 'reply';
  if (KHOROS_V1_BOARD_POST.test(path)) return 'post';
  return undefined;
}

/** Whether a value is an object naming an id (`{ id: "88213" }`). */
function namesId(v: unknown): boolean {
  return isRecord(v) && (typeof v.id === 'string' || typeof v.id === 'number') && String(v.id) !== '';
}

/** A Khoros v2 message: a reply when it names a parent message, a new topic when it names only a board. */
function khorosMessageKind(body: ParsedBody): 'reply' | 'post' | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const data = body.value.data;
  if (!isRecord(data) || data.type !== 'message') return undefined;
  if (namesId(data.parent)) return 'reply';
  return namesId(data.board) ? 'post' : undefined;
}
