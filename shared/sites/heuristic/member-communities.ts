/**
 * Art communities and paid member communities (round c2): where a person's
 * two worlds meet, what their APIs name differently from the rules before.
 *
 * - A chat collection named in one compound segment (Circle's headless
 *   Member API POST /api/headless/v1/messages/{uuid}/chat_room_messages,
 *   called from the community's own domain): its last word names messages,
 *   a word before it a conversation (chat, room, direct, group, channel,
 *   thread, conversation, team, dm, private) and the conversation is named by
 *   id earlier in the path, so it is watched from another site's page as
 *   `…/messages` is (hooked in cross-site.ts). The word just before
 *   `messages` must name the conversation, and no word may name a system's
 *   own notices (status, error, system, log, event, notification, alert): a
 *   log's or an error's `…_messages` (`channel_error_messages`,
 *   `room_status_messages`) names no conversation, and a widget's bare
 *   `chat_message` no collection under one: both stay unwatched.
 * - A comment answering a comment by its id beside what is commented on by
 *   id in the path (DeviantArt's POST /comments/post/deviation/{id} with
 *   `commentid`): the comment answered, so a reply (hooked in kind.ts). Only
 *   where the id last in the path is not a comment's own (WordPress's
 *   POST /wp/v2/comments/{id} is the comment's edit; the body's comment id
 *   is that id, or an action names it: /comments/edit/{id},
 *   /comments/report/{id}) and only on a POST.
 * - A comment on a member's profile named by the member's name
 *   (DeviantArt's POST /comments/post/profile/{username}): a comment under
 *   that profile, as one under an item by id is (hooked in kind.ts). The
 *   profile word must come after the comments word, so a collection of
 *   profile comments (/api/user-profile/comments) names no one, and no
 *   action may stand between them (/comments/block/user/{name},
 *   /comments/report/user/{name} act on the member).
 */
import type { ParsedBody } from '../types';
import { hasFieldWhere, hasParentField } from './body-fields';
import { hasIdSegment } from './paths';
import { COMMENT_TOKEN } from './words';

const CONVERSATION_WORD = /^(?:chat|room|direct|group|channel|thread|conversation|team|dm|private)s?$/i;
const WRITTEN_WORD = /^(?:messages|comments|replies)$/i;
const SYSTEM_WORD = /^(?:status|statuses|error|errors|system|log|logs|event|events|notification|notifications|alert|alerts)$/i;
/**
 * Whether a path ends in one compound name for a conversation's messages (`chat_room_messages`), a collection (plural)
 * under the conversation by its id earlier in the path: a widget's bare `chat_message` (an AI chatbot's prompt,
 * q3rev-not-ai-chatbot-chat-message) names none.
 */
export function compoundConversationMessages(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const words = segments[segments.length - 1]!.replace(/\.json$/i, '').split(/[-_]/);
  if (words.length < 2 || words.length > 4 || !WRITTEN_WORD.test(words[words.length - 1]!)) return false;
  if (!CONVERSATION_WORD.test(words[words.length - 2]!) || words.some((w) => SYSTEM_WORD.test(w))) return false;
  return hasIdSegment(segments.slice(0, -1).join('/'));
}

/** A comment's id field (`commentid`, `comment_id`, `commentId`). */
const COMMENT_ID_FIELD = /^comment_?id$/i;
/** A path segment acting on a comment or member rather than writing under it (edit, report, block, …). */
const ACTION_SEGMENT = /^(?:edit|update|delete|remove|hide|unhide|report|flag|vote|like|unlike|block|unblock|ban|mute|unmute|settings|moderate|approve|pin|unpin)$/i;
/** Whether a POST on a comments path names the comment it answers, beside what is commented on by id last in the path. */
export function answersCommentBesideItem(path: string, body: ParsedBody, method: string): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  const segments = path.replace(/\/$/, '').split('/');
  const n = segments.length;
  if (n < 3 || !hasIdSegment(segments[n - 1]!) || COMMENT_TOKEN.test(segments[n - 2]!)) return false;
  const commentsAt = segments.findIndex((s) => COMMENT_TOKEN.test(s));
  if (commentsAt < 0 || commentsAt >= n - 2 || segments.slice(commentsAt + 1, n - 1).some((s) => ACTION_SEGMENT.test(s))) return false;
  // The comment's own id, sent again beside it, is an edit of that comment.
  const last = segments[n - 1]!;
  if (hasFieldWhere(body, (name, v) => COMMENT_ID_FIELD.test(name) && (typeof v === 'string' || typeof v === 'number') && String(v) === last)) return false;
  return hasParentField(body, COMMENT_ID_FIELD);
}

const PROFILE_WORD = /^(?:profiles?|users?|members?|walls?)$/i;
/** What a profile's last segment says when it is no member's name. */
const NOT_A_NAME = /^(?:me|self|settings|preferences|new|create|add|edit|update|delete|list|all|search)$/i;
/** Whether a comments path ends in a member's profile named by the member's name (…/comments/…/profile/{username}). */
export function commentOnNamedProfile(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const n = segments.length;
  if (n < 4 || !PROFILE_WORD.test(segments[n - 2]!)) return false;
  const name = segments[n - 1]!;
  if (!/^[\w.-]{2,40}$/.test(name) || NOT_A_NAME.test(name)) return false;
  const commentsAt = segments.findIndex((s) => COMMENT_TOKEN.test(s));
  return commentsAt >= 0 && commentsAt < n - 2 && !segments.slice(commentsAt + 1, n - 2).some((s) => ACTION_SEGMENT.test(s));
}
