/**
 * Smaller and alternative social networks and photo communities (round sn2: Minds, Cohost, Imgur, Flickr's group
 * discussions, 500px, Ello; Gab and Truth Social are read by the mastodon adapter). Their shapes the other rules miss:
 * - a re-share named by its own field beside the person's words is a quote (Minds' remind, `remind_guid`;
 *   Cohost's share, `shareOfPostId`, nested in a tRPC batch's `content`; Ello's `repost_id` in a posts collection's
 *   query): only where the words would otherwise be a plain post, never a message, comment or reply (review of sn2);
 * - words POSTed to a comment by id, while the body names what is commented on (Imgur's POST /3/comment/{id}
 *   with `image_id`), or to a comment by id under an item by id with a singular `comment` segment (Imgur's
 *   /3/gallery/{id}/comment/{parentId}), are a reply to that comment, as are words POSTed to the comments under a
 *   comment by id (500px's /v1/comments/{id}/comments); not when the body says edit or moderates (a `status`),
 *   here nor in kind.ts's general comment rule, which asks replyOnCommentPath (x2 review D3);
 * - a remote method adding to a discussion's replies (Flickr's `flickr.groups.discuss.replies.add`) is a reply, and
 *   one setting a photo's own title and description (`flickr.photos.setMeta`) a post; an answer to a paid request
 *   named by its own field (Minds' `supermind_reply_guid`) a reply;
 * - a profile's hire-me or collaborate note POSTed to one person by id (Ello) is a message; the same paths on one's
 *   own id (`me`, `~me`) are one's own profile setting;
 * - a post's state kept as a draft (Cohost's `postState` 0 beside its blocks, or a state `draft` beside the words),
 *   and a remote method that only adds or sets tags (Flickr's `flickr.photos.addTags`), publish no words.
 * Round sn2 in tests/fixtures/requests/UNKNOWN-SITES.md has the sources.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { methodName } from './operation-kind';
import { hasIdSegment, pathSegments, pathTokens } from './paths';
import { idLike } from './threads';
import { CAMEL_PARENT_FIELD, GENERIC_PARENT_FIELD } from './words';

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
/** A remote method setting one's own item's title and description (Flickr's `flickr.photos.setMeta`, `flickr.photosets.editMeta`). */
const META_METHOD = /\.(?:set|edit)_?meta$/i;
/** An answer to a paid question named by its own field (Minds' Supermind: `supermind_reply_guid`). */
const PAID_REPLY_FIELD = /^supermind_?reply_?guid$/i;
/** A body saying what it does to a comment by id is an edit. */
const EDIT_ACTION_FIELD = /^(?:action|op|operation|mode|intent)$/i;
const EDIT_ACTION_VALUE = /^(?:edit|update)$/i;
/** A moderation state beside a note on a comment (`status: approved`, `approved: true`). */
const MODERATION_FIELD = /^(?:status|approved|approval|moderation_?(?:status|state))$/i;
/** Where a re-share field or query id cannot make a quote: a message's, comment's, reply's or chat's path. */
const NOT_A_POST_PATH_TOKEN = /^(?:comments?|repl(?:y|ies)|messages?|conversations?|chats?|dms?|inbox)$/i;
/** A posts collection, the only path where a re-share id in the query string is read (Ello's POST posts?repost_id=…). */
const POSTS_COLLECTION = /^(?:posts|statuses|activity|activities)$/i;
/** One's own id in a path (`users/~me/collaborate`, `profiles/me/hire-me`). */
const OWN_ID = /^(?:~?me|self|current|mine)$/i;
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

/**
 * Words POSTed to a comment by id: under an item by id (singular `comment` too), or alone with the item in the body.
 * kind.ts's general comment rule asks this too (f1's PeerTube …/comments/{id}), so an edit or moderation body is no
 * reply there either (x2 review D3, N5).
 */
export function replyOnCommentPath(path: string, body: ParsedBody, method: string): boolean {
  if (method !== 'POST') return false;
  // The path first, the body's walks after (x2 review, Cost).
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 2 || !/^\d+$/.test(segments[n - 1]!) || !/^comments?$/i.test(segments[n - 2]!)) return false;
  // A form spoofing another verb (Laravel's and Rails' `_method=PUT`) edits the comment it names. A body that says it
  // edits (`action: edit`, J1) or carries a moderation state (`status: approved`, M7: a moderator's note) is no answer
  // to the comment; it stays what the general rules make it (review of sn2). One walk for the three.
  if (hasFieldWhere(body, (name, v) => v !== null && v !== undefined && v !== '' && v !== false && ((/^_method$/i.test(name) && typeof v === 'string' && !/^post$/i.test(v)) || (EDIT_ACTION_FIELD.test(name) && typeof v === 'string' && EDIT_ACTION_VALUE.test(v)) || MODERATION_FIELD.test(name)))) return false;
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

/** The profile contact path's id segment, when the path is one. */
function contactPathId(path: string): string | undefined {
  if (!PERSON_CONTACT.test(path)) return undefined;
  const segments = pathSegments(path);
  return segments[segments.length - 2];
}

/** A remote method that adds a response or comment (Plurk's responseAdd), and the item it names (not a team, survey or ticket). */
const ADD_RESPONSE_METHOD = /^(?:(?:response|comment)_?add|add_?(?:response|comment))$/i;
const ADDED_UNDER_ITEM_FIELD = /^(?:(?:plurk|post|item|status|entry|story|photo|video|article|document|content)_?id|(?:plurk|post|item|status|entry|story|photo|video|article|document|content)Id)$/i;

/** The kind of a small network's post, where its shape says more than the general rules; undefined to go on. */
export function smallNetworkKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const verb = method.toUpperCase();
  // Only a POST to another person's button sends the note (review of sn2, D3: a PATCH or one's own id is a setting).
  const contactId = contactPathId(path);
  if (contactId !== undefined && verb === 'POST' && !OWN_ID.test(contactId)) return 'message';
  // Path and method before the body's walks (x2 review, Cost).
  if (verb === 'POST' && COMMENTS_UNDER_COMMENT.test(path)) return 'reply';
  if (replyOnCommentPath(path, body, verb)) return 'reply';
  if (hasFieldWhere(body, (name, v) => PAID_REPLY_FIELD.test(name) && idLike(v))) return 'reply';
  // A remote method named in the path that adds a response or comment under an item the body names by id (round r15:
  // Plurk's /APP/Responses/responseAdd `plurk_id`): words under that item, a comment.
  // A parent comment named beside it makes a reply (review of r15, D3).
  if (verb === 'POST' && ADD_RESPONSE_METHOD.test(pathSegments(path).pop() ?? '')) {
    if (hasFieldWhere(body, (name, v) => (GENERIC_PARENT_FIELD.test(name) || CAMEL_PARENT_FIELD.test(name)) && idLike(v))) return 'reply';
    if (hasFieldWhere(body, (name, v) => ADDED_UNDER_ITEM_FIELD.test(name) && idLike(v))) return 'comment';
  }
  const remote = remoteMethod(body);
  if (REPLY_METHOD.test(remote)) return 'reply';
  if (META_METHOD.test(remote)) return 'post';
  return undefined;
}

/**
 * A re-share with words, read where the general rules make a plain post only (review of sn2, D1): a re-share field
 * in the body at any depth (Cohost's tRPC batch nests it twice), or a re-share id in a posts collection's query.
 */
export function smallNetworkReshare(url: URL, path: string, body: ParsedBody): boolean {
  if (pathTokens(path).some((t) => NOT_A_POST_PATH_TOKEN.test(t))) return false;
  if (hasKeyDeep(body, RESHARE_FIELD, (v) => idLike(v))) return true;
  const last = pathSegments(path).pop() ?? '';
  if (!POSTS_COLLECTION.test(last)) return false;
  for (const [name, v] of url.searchParams) if (RESHARE_FIELD.test(name) && idLike(v)) return true;
  return false;
}

/** Cohost's own post object: `blocks` beside its `headline`, or blocks of markdown. */
function cohostPost(holder: Record<string, unknown>): boolean {
  const blocks = holder['blocks'];
  if (!Array.isArray(blocks)) return false;
  return 'headline' in holder || blocks.some((b) => isRecord(b) && b['type'] === 'markdown');
}
/** Fields holding a post's words, beside which a state is the post's own (not an embedded card's). */
const WORDS_SIBLING = /^(?:blocks|headline|content|body|text|message|markdown|description)$/i;

/**
 * A post kept a draft by its state, read on the object holding the words (review of sn2, D2): numeric 0 only on
 * Cohost's post object (its enum: 0 draft, 1 published; elsewhere 0 is often the normal state), `draft` anywhere.
 */
function draftState(v: unknown, holder: Record<string, unknown> | undefined): boolean {
  if (holder !== undefined && !Object.keys(holder).some((k) => WORDS_SIBLING.test(k))) return false;
  if (typeof v === 'string' && /^draft$/i.test(v)) return true;
  return (v === 0 || v === '0') && holder !== undefined && cohostPost(holder);
}

/** A small network's request that publishes no words: a post kept as a draft, one's own contact setting, tags added. */
export function smallNetworkQuiet(body: ParsedBody, path?: string): boolean {
  if (hasKeyDeep(body, POST_STATE_FIELD, draftState)) return true;
  // One's own hire-me or collaborate button (PATCH profiles/me/hire-me): a profile setting (review of sn2, D3).
  const contactId = path === undefined ? undefined : contactPathId(path);
  if (contactId !== undefined && OWN_ID.test(contactId)) return true;
  return TAGS_METHOD.test(remoteMethod(body));
}
