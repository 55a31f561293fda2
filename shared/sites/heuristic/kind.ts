/**
 * The kind of an unknown site's post (heuristicKind), from what host, path,
 * query string and fields say: message (mail and chat paths and hosts,
 * recipients, a private-message type or section: messages.ts), then the
 * operation's name (`replyto-comment`, `AddComment`: operation-kind.ts),
 * then comment or reply (a comment path or field under something named, a
 * comment object, a comment service; a parent comment makes a reply:
 * path-kind.ts), a post into an existing thread (a reply: threads.ts), and
 * otherwise a post.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep, hasParentField } from './body-fields';
import type { FreeText } from './longest-field';
import { MAIL_HOST, MAIL_PATH, MAIL_RECIPIENTS_KEY, MESSAGE_VALUE, NOTIFY_HOST, TYPE_FIELD, queryKeysSayMessage } from './messages';
import { FIELD_NAME_EXAMINED } from './names';
import { actionKind, queryKind } from './operation-kind';
import { idBeforeComments, pathKind } from './path-kind';
import { examinedPath, hasIdSegment, lastSegment } from './paths';
import { TOPIC_ID_FIELD, idLike, intoThread } from './threads';
import { CAMEL_PARENT_FIELD, COMMENT_SERVICE_HOSTS, COMMENT_TARGET_FIELD, EXPLICIT_PARENT_FIELD, GENERIC_PARENT_FIELD, MESSAGE_FIELD, MESSAGE_PATH, STRONG_MESSAGE_FIELD, TARGET_FIELD, TARGET_QUERY } from './words';

/** Whether a container names a comment (`comment`, `comments`, `entry_comment`, `post_comment`), by string. */
function isCommentContainer(container: string | undefined): boolean {
  if (container === undefined || container.length > FIELD_NAME_EXAMINED) return false;
  const c = container.toLowerCase();
  return c === 'comment' || c === 'comments' || c.endsWith('_comment');
}

const COMMENT_FIELD = /^(?:comment(?:_?text|_?body|_?content)?)$/i;
/** Ids of what a comment is written under, or of the comment it replaces (never a post's or thread's: a post into a thread is a reply). */
const ABOUT_ID_FIELD = /^(?:story|article|video|photo|review|comment)_?id$/i;

/**
 * The kind of an unknown site's post, from what its host, path and fields
 * say: messages go to inboxes, chats and conversations or name a
 * recipient; comments go to comment paths (that name something to comment
 * on) or are held in a `comment` field; a comment or post that names a
 * parent is a reply. Anything else is a post.
 */
export function heuristicKind(url: URL, body: ParsedBody, found: FreeText, method = 'POST'): PostKind {
  const path = examinedPath(url);
  // A forum's "message" into a topic named by id is a post in that thread (jeuxvideo.com's /forums/message/add with
  // `topicId`), unless the body itself says private message.
  const strongMessage = hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasField(body, STRONG_MESSAGE_FIELD) || hasField(body, TYPE_FIELD, MESSAGE_VALUE);
  if (!strongMessage && MESSAGE_PATH.test(path) && hasFieldWhere(body, (name, v) => TOPIC_ID_FIELD.test(name) && idLike(v))) return 'reply';
  if (MESSAGE_PATH.test(path) || (NOTIFY_HOST.test(url.hostname) && /^notify$/i.test(lastSegment(path))) || MAIL_PATH.test(path) || queryKeysSayMessage(url) || strongMessage) return 'message';
  const action = actionKind(body);
  if (action) return action;
  const query = queryKind(url);
  if (query) return query;
  const explicitParent = hasParentField(body, EXPLICIT_PARENT_FIELD) || hasParentField(body, CAMEL_PARENT_FIELD);
  // Remark42 names the page in `locator` and the parent comment in `pid`.
  const locator = hasField(body, /^locator$/);
  const genericParent = hasParentField(body, GENERIC_PARENT_FIELD) || (locator && hasParentField(body, /^pid$/));
  const target = hasField(body, TARGET_FIELD) || locator;
  // On a comment path a bare `parent` is what is commented on; it names a parent comment only next to a separate
  // target, in the body or as an id in the path before `comments` (Yext's `parentId` under /reviews/{id}/comments).
  const commentReply = explicitParent || (genericParent && (target || idBeforeComments(path)));
  // On a comment service everything is under a page: any parent is a parent comment (Isso's `parent`).
  if (COMMENT_SERVICE_HOSTS.test(url.hostname)) return explicitParent || genericParent ? 'reply' : 'comment';
  const byPath = pathKind(path);
  if (byPath === 'reply') return 'reply';
  const namesTarget = hasIdSegment(path) || TARGET_QUERY.test(url.search) || target || genericParent || explicitParent || hasField(body, COMMENT_TARGET_FIELD);
  // A `comment` field is a comment only under something named (Steam's review form sends its words as `comment`
  // to /friends/recommendgame, with only an app's id); a `comment` object or form group always is.
  if ((COMMENT_FIELD.test(found.field) && namesTarget) || isCommentContainer(found.container)) return commentReply ? 'reply' : 'comment';
  if (byPath === 'comment' && namesTarget) return commentReply ? 'reply' : 'comment';
  if (intoThread(path, body, method)) return 'reply';
  // A webmail host's posts are messages, unless what is sent names a comment, reply or thread (a shop's review
  // form on mail.{shop}: checked after those).
  if (MAIL_HOST.test(url.hostname)) return 'message';
  if (hasField(body, MESSAGE_FIELD) && !hasField(body, /^(?:title|subject_?line)$/i)) return 'message';
  // Words sent with the id of a story, article, video or review are a comment under it, and words sent with a
  // comment's id replace that comment's (Coral Talk's persisted createComment `storyID`, editComment `commentID`).
  if (hasField(body, ABOUT_ID_FIELD)) return explicitParent || genericParent ? 'reply' : 'comment';
  return explicitParent || genericParent ? 'reply' : 'post';
}
