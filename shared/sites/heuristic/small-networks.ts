/**
 * Smaller and alternative social networks and photo communities (round sn2: Minds, Cohost, Imgur, Flickr's group
 * discussions, 500px, Ello; Gab and Truth Social are read by the mastodon adapter). Their shapes the other rules miss:
 * - a re-share named by its own field beside the person's words is a quote (Minds' remind, `remind_guid`;
 *   Cohost's share, `shareOfPostId`, nested in a tRPC batch's `content`): the words go out over another's post;
 * - words POSTed to a comment by id, while the body names what is commented on (Imgur's POST /3/comment/{id}
 *   with `image_id`), or to a comment by id under an item by id with a singular `comment` segment (Imgur's
 *   /3/gallery/{id}/comment/{parentId}), are a reply to that comment, as are words posted to the comments under a
 *   comment by id (500px's /v1/comments/{id}/comments);
 * - a remote method adding to a discussion's replies (Flickr's `flickr.groups.discuss.replies.add`) is a reply;
 * - a profile's hire-me or collaborate note to one person by id (Ello) is a message;
 * - a post's numeric state 0 (Cohost's `postState`, 0 draft and 1 published) keeps it a draft, and a remote
 *   method that only adds or sets tags (Flickr's `flickr.photos.addTags`) labels a photo: neither publishes words.
 * Round sn2 in tests/fixtures/requests/UNKNOWN-SITES.md has the sources.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField } from './body-fields';
import { methodName } from './operation-kind';
import { hasIdSegment } from './paths';
import { idLike } from './threads';

/**
 * A field naming the post re-shared under the words (Minds' `remind_guid`, Cohost's `shareOfPostId`, also
 * `reshare_of_id`, `repost_of_id`; Ello's `repost_id`, sent in the query string). Mastodon's and Gab's quote fields
 * are the mastodon adapter's.
 */
const RESHARE_FIELD = /^(?:remind_?guid|share_?of_?post_?id|(?:re)?share_?of_?(?:post_?)?id|repost_?(?:of_?)?(?:post_?)?id)$/i;
/** A post's publication state by that name (Cohost's `postState`), not any object's `state`. */
const POST_STATE_FIELD = /^post_?state$/i;
/** What is commented on, named in a comment's body (Imgur's `image_id`). */
const COMMENTED_ITEM_FIELD = /^(?:image|photo|post|video|media|gallery|album)_?(?:id|hash)$/i;
/** A remote method adding a reply to a discussion (`….replies.add`, `….reply.create`). */
const REPLY_METHOD = /\.repl(?:y|ies)\.(?:add|create|post)$/i;
/** A remote method that only adds, sets or removes tags (`flickr.photos.addTags`, `….tags.add`). */
const TAGS_METHOD = /(?:^|\.)(?:(?:add|set|remove|delete)_?tags?|tags?\.(?:add|set|remove|delete))$/i;

/**
 * A plain `method` field is a remote method's name only when namespaced by dots (Flickr's
 * `flickr.groups.discuss.replies.add`): elsewhere it may be an HTTP verb, a payment or a delivery method.
 */
const NAMESPACED_METHOD = /^[a-z]+(?:\.[a-z]+){2,}$/i;
function remoteMethod(body: ParsedBody): string {
  const named = methodName(body);
  if (named !== undefined) return named;
  const plain = fieldValue(body, /^method$/);
  return plain !== undefined && NAMESPACED_METHOD.test(plain) ? plain : '';
}

/** A bounded walk (depth 4, 300 nodes) for a field by name whose value passes `ok`: tRPC batches nest the post twice. */
function deepField(body: ParsedBody, name: RegExp, ok: (v: unknown) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [key, v] of body.fields) if (name.test(key) && ok(v)) return true;
    return false;
  }
  if (body.type !== 'json') return false;
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > 300 || depth > 4) return false;
    if (Array.isArray(v)) return v.some((item) => walk(item, depth + 1));
    if (!isRecord(v)) return false;
    for (const key in v) if ((name.test(key) && ok(v[key])) || walk(v[key], depth + 1)) return true;
    return false;
  };
  return walk(body.value, 0);
}

/** Words POSTed to a comment by id: under an item by id (singular `comment` too), or alone with the item in the body. */
function replyOnCommentPath(path: string, body: ParsedBody, method: string): boolean {
  // A form spoofing another verb (Laravel's and Rails' `_method=PUT`) edits the comment it names.
  if (method !== 'POST' || hasField(body, /^_method$/i, /^(?!post$)/i)) return false;
  const segments = path.replace(/\/$/, '').split('/');
  const n = segments.length;
  if (n < 2 || !/^\d+$/.test(segments[n - 1]!) || !/^comments?$/i.test(segments[n - 2]!)) return false;
  // Under an item by id (Imgur's /3/gallery/{id}/comment/{parentId}); a version segment (/3/) is no item.
  if (n >= 3 && hasIdSegment(segments[n - 3]!) && !/^v?\d{1,2}$/i.test(segments[n - 3]!)) return true;
  // A comment by id alone is its edit (WordPress's POST /wp/v2/comments/{id}) unless the body names the item commented on.
  return hasField(body, COMMENTED_ITEM_FIELD);
}

/** A comments collection under a comment by id (500px's POST /v1/comments/{id}/comments): answers that comment. */
const COMMENTS_UNDER_COMMENT = /(?:^|\/)comments?\/\d+\/comments\/?$/i;

/**
 * A profile's contact buttons (Ello's POST users/{id}/hire_me and users/{id}/collaborate `{ body }`): the note is
 * mailed to that one person, a message, as a contact form's words are (round q3).
 */
const PERSON_CONTACT = /\/(?:users?|members?|profiles?|people|artists?|creators?)\/[^/]+\/(?:hire(?:[-_]me)?|collaborate|collab|contact|inquir[ey]|enquir[ey]|get[-_]in[-_]touch)\/?$/i;

/** The kind of a small network's post, where its shape says more than the general rules; undefined to go on. */
export function smallNetworkKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (deepField(body, RESHARE_FIELD, idLike)) return 'quote';
  for (const [name, v] of url.searchParams) if (RESHARE_FIELD.test(name) && idLike(v)) return 'quote';
  if (PERSON_CONTACT.test(path)) return 'message';
  if (REPLY_METHOD.test(remoteMethod(body))) return 'reply';
  if (replyOnCommentPath(path, body, method.toUpperCase()) || COMMENTS_UNDER_COMMENT.test(path)) return 'reply';
  return undefined;
}

/** A small network's request that publishes no words: a post kept as a draft by its state, tags added to a photo. */
export function smallNetworkQuiet(body: ParsedBody): boolean {
  if (deepField(body, POST_STATE_FIELD, (v) => v === 0 || v === '0' || (typeof v === 'string' && /^draft$/i.test(v)))) return true;
  return TAGS_METHOD.test(remoteMethod(body));
}
