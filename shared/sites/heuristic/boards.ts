/**
 * Imageboards' post forms and video sites' comment replies (round v1), read
 * by kind.ts.
 *
 * An imageboard posts a new thread and a reply through the same form; only
 * the thread answered tells them apart: Yotsuba's (4chan's) `resto` beside
 * `mode=regist`, vichan's and Tinyboard's `thread` beside `board`, LynxChan's
 * `threadId` beside `boardUri`, jschan's `thread` under
 * /forms/board/{board}/post. Such a post is a reply in that thread, as a
 * forum's are, not a chat message (LynxChan's `threadId` would otherwise name
 * a chat thread). A thread field without a board named (a chat's
 * `thread_id`) says nothing here, and `0` answers no thread.
 *
 * Video sites name the comment answered in fields the shared tables do not
 * hold: Rumble's `reply_id` (0 for a top-level comment), and Odysee's
 * Commentron `parent_id` beside the LBRY `claim_id` of what is commented on
 * (a claim is a published video, post or channel).
 */
import type { ParsedBody } from '../types';
import { hasField, hasFieldWhere, hasParentField } from './body-fields';

/** The thread a board's post answers: vichan's `thread`, LynxChan's `threadId`, Yotsuba's `resto`. */
const BOARD_THREAD_FIELD = /^(?:thread(?:_?id)?|resto)$/i;
/** The board posted to: vichan's `board`, LynxChan's `boardUri`. */
const BOARD_FIELD = /^board(?:_?(?:uri|id|name))?$/i;
/** A board named in the path before what is posted (jschan's /forms/board/{board}/post). */
const BOARD_PATH = /(?:^|\/)boards?\/[^/]+\/(?:post|reply|replies)\/?$/i;

function answersThread(name: string, v: unknown): boolean {
  if (!BOARD_THREAD_FIELD.test(name)) return false;
  if (typeof v === 'number') return v > 0;
  return typeof v === 'string' && /^\d{1,20}$/.test(v) && !/^0+$/.test(v);
}

/** Whether an imageboard's post form answers a thread by its number: a reply. */
export function boardReply(path: string, body: ParsedBody): boolean {
  if (!hasFieldWhere(body, answersThread)) return false;
  return hasField(body, BOARD_FIELD) || hasField(body, /^mode$/i, /^regist$/i) || BOARD_PATH.test(path);
}

/** A comment answered by id (Rumble's comment.add `reply_id`; 0 for none). */
const REPLY_ID_FIELD = /^reply_?id$/i;
export function namesRepliedComment(body: ParsedBody): boolean {
  return hasParentField(body, REPLY_ID_FIELD);
}

/** What an LBRY comment is written under (Odysee's Commentron `claim_id`). */
const CLAIM_FIELD = /^claim_?id$/i;
/** Whether a comment operation names its parent comment beside the LBRY claim commented on. */
export function parentBesideClaim(body: ParsedBody): boolean {
  return hasField(body, CLAIM_FIELD) && hasParentField(body, /^parent(?:_?id)?$/i);
}
