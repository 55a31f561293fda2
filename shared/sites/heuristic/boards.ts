/**
 * Imageboards' post forms and video sites' comment replies (round v1), read
 * by kind.ts.
 *
 * An imageboard posts a new thread and a reply through the same form; only
 * the thread answered tells them apart: Yotsuba's (4chan's) `resto` beside
 * `mode=regist`, vichan's and Tinyboard's `thread` beside `board`, Kusaba's
 * `replythread` beside `board`, LynxChan's `threadId` beside `boardUri`,
 * jschan's `thread` under /forms/board/{board}/post, TinyIB's `parent` sent
 * to its imgboard.php, and the 2channel script's `key` beside `bbs` (5ch's
 * /test/bbs.cgi; shitaraba's write.cgi sends them as `KEY` and `BBS`). Such a
 * post is a reply in that thread, as a forum's are, not a chat message
 * (LynxChan's `threadId` would otherwise name a chat thread). A thread field
 * without a board named (a chat's `thread_id`) says nothing here, and `0` or
 * an empty `key` answers no thread. A form naming a recipient, or sent to a
 * ticket desk or a contact form, is not a board's even when it names a board
 * and a thread (a kanban tool's direct message, a classifieds site's "contact
 * the seller"; v1 review, M1): it is read as before.
 *
 * Video sites name the comment answered in fields the shared tables do not
 * hold: Rumble's `reply_id` (0 for a top-level comment), and Odysee's
 * Commentron `parent_id` beside the LBRY `claim_id` of what is commented on
 * (a claim is a published video, post or channel, named by 40 hex digits: an
 * insurance claim's number beside its parent claim is no LBRY claim; v1
 * review, M2).
 */
import type { ParsedBody } from '../types';
import { hasField, hasFieldWhere, hasParentField } from './body-fields';
import { WORK_ITEM_ID } from './words';

/** The thread a board's post answers: vichan's `thread`, LynxChan's `threadId`, Kusaba's `replythread`. */
const BOARD_THREAD_FIELD = /^(?:(?:reply_?)?thread(?:_?id)?)$/i;
/** The board posted to: vichan's `board`, LynxChan's `boardUri`. */
const BOARD_FIELD = /^board(?:_?(?:uri|id|name))?$/i;
/** A board named in the path before what is posted (jschan's /forms/board/{board}/post). */
const BOARD_PATH = /(?:^|\/)boards?\/[^/]+\/(?:post|reply|replies)\/?$/i;
/** The Futaba lineage's one script (TinyIB's form posts `parent` to imgboard.php). */
const FUTABA_SCRIPT = /(?:^|\/)imgboard\.php$/i;
/** Whom a form is sent to, by name (a direct message's `to`); a thread or chat id is no recipient here. */
const RECIPIENT_FIELD = /^(?:recipients?|recipient_?ids?|to|to_(?:user|person|member|profile)(?:_?id)?|to_?recipients)$/i;
/** A ticket desk's or a contact form's path (/api/tickets, /contact-seller). */
const NOT_BOARD_PATH = /(?:^|\/)(?:tickets?|contact(?:[-_][a-z]+)?)(?:\/|$)/i;

/** A thread's number: a positive integer. */
function threadNumber(v: unknown): boolean {
  if (typeof v === 'number') return v > 0;
  return typeof v === 'string' && /^\d{1,20}$/.test(v) && !/^0+$/.test(v);
}
const answers = (pattern: RegExp) => (name: string, v: unknown) => pattern.test(name) && threadNumber(v);

/** Whether an imageboard's post form answers a thread by its number: a reply. */
export function boardReply(path: string, body: ParsedBody): boolean {
  if (hasField(body, RECIPIENT_FIELD) || hasField(body, WORK_ITEM_ID) || NOT_BOARD_PATH.test(path)) return false;
  // Yotsuba's `resto` only beside its `mode=regist`: a bare `resto` beside a `board` may be a hotel's restaurant and
  // half board (v1 review, J2).
  if (hasField(body, /^mode$/i, /^regist$/i) && hasFieldWhere(body, answers(/^resto$/i))) return true;
  if (hasField(body, /^bbs$/i) && hasFieldWhere(body, answers(/^key$/i))) return true;
  if (FUTABA_SCRIPT.test(path) && hasFieldWhere(body, answers(/^parent$/i))) return true;
  if (!hasFieldWhere(body, answers(BOARD_THREAD_FIELD))) return false;
  return hasField(body, BOARD_FIELD) || BOARD_PATH.test(path);
}

/** A comment answered by id (Rumble's comment.add `reply_id`; 0 for none). */
const REPLY_ID_FIELD = /^reply_?id$/i;
export function namesRepliedComment(body: ParsedBody): boolean {
  return hasParentField(body, REPLY_ID_FIELD);
}

/** What an LBRY comment is written under (Odysee's Commentron `claim_id`). */
const CLAIM_FIELD = /^claim_?id$/i;
/** An LBRY claim id: 40 hex digits. */
const LBRY_CLAIM_ID = /^[0-9a-f]{40}$/i;
/** Whether a comment operation names its parent comment beside the LBRY claim commented on. */
export function parentBesideClaim(body: ParsedBody): boolean {
  return hasField(body, CLAIM_FIELD, LBRY_CLAIM_ID) && hasParentField(body, /^parent(?:_?id)?$/i);
}
