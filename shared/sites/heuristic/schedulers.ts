/**
 * Social media schedulers and brand publishing suites (round sc1; round p1 had
 * Buffer, Hootsuite, Publer and Metricool, whose rules stay in messages.ts and
 * kind.ts). The person who runs a company's accounts publishes through these,
 * not on the network's own site, so their shapes decide whether the brand's
 * words are held. Sources: Postiz (gitroomhq/postiz-app), Mixpost
 * (inovector/mixpost), the Typefully API v1 and v2, Sprout Social's
 * Publishing API, ContentStudio's API and Agorapulse's Open API; see
 * tests/fixtures/requests/UNKNOWN-SITES.md, round sc1.
 * - A drafts collection given a publish time is a scheduled post (Typefully
 *   keeps every post in `/drafts`): that rule is drafts-collections.ts's, one
 *   with hd1's Missive drafts (review of round sc1, J1).
 * - A body that says draft by its publishing type (Postiz's top-level
 *   `type: draft`, ContentStudio's `scheduling.publish_type: draft`)
 *   publishes nothing, unless sent to a publish or send action.
 * - An editor's store of a post's per-account versions (Mixpost's
 *   `versions[]` with `is_original`) saves the post: Mixpost schedules it by a
 *   later request (posts/schedule/{id}, held by saved-sends.ts).
 * - Helper calls of the composer (link shortening checks, splitting a text
 *   into a thread, a posts generator, hashtag or caption suggestions,
 *   best-time lookups) publish nothing; prompts to an AI helper are
 *   assistant-prompt.ts's.
 * - A reply from the social inbox (`…/inbox/…/reply`) answers a comment on
 *   the network when it names the item answered (Agorapulse's `itemId` under
 *   a network account's path or beside an item type, x2 review M4; a
 *   comments path) or is Postiz's `/inbox/{id}/reply { message }`: a reply,
 *   a message when flagged private. Any other inbox reply (webmail, a
 *   conversation, a DM) keeps the message kind.
 * - Words posted to a comments collection beside a calendar day alone
 *   (Postiz's POST /comments `{ content, date }`) are the team's note on
 *   that day of the publishing calendar: a comment.
 */
import type { ParsedBody } from '../types';
import { hasField } from './body-fields';
import { lastSegment } from './paths';
import { isRecord } from '../body';
import { MESSAGE_FIELD } from './words';

/**
 * Fields naming how a post is published: Postiz's bare `type` at the top level only (one level down it types an
 * attachment or a source as often as a post), ContentStudio's `scheduling.publish_type` and its like one level down.
 */
const TOP_PUBLISH_TYPE = /^type$/i;
const PUBLISH_TYPE = /^(?:publish[-_]?type|publishing[-_]?type|post[-_]?type|schedule[-_]?type)$/i;
/** A last segment that publishes or sends what it is given, whatever type the body names. */
const PUBLISH_ACTION = /^(?:send|publish)(?:[-_]?now)?$/i;
function saysDraft(v: unknown): boolean {
  return typeof v === 'string' && /^draft$/i.test(v);
}
/**
 * Whether a scheduler's body publishes nothing: a publishing type saying draft (not sent to a publish or send
 * action), or an editor's store of per-account versions.
 */
export function schedulerQuiet(body: ParsedBody, path: string): boolean {
  if (body.type === 'json' && isRecord(body.value) && !PUBLISH_ACTION.test(lastSegment(path))) {
    const top = body.value;
    for (const key in top) {
      if ((TOP_PUBLISH_TYPE.test(key) || PUBLISH_TYPE.test(key)) && saysDraft(top[key])) return true;
      const inner = top[key];
      if (isRecord(inner)) for (const k in inner) if (PUBLISH_TYPE.test(k) && saysDraft(inner[k])) return true;
    }
  }
  return versionedPostStore(body);
}
/** Mixpost's editor body: `versions: [{ account_id, is_original, content: [{ body, media }] }]`. */
function versionedPostStore(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const versions = body.value['versions'];
  return Array.isArray(versions) && versions.length > 0 && versions.every((v) => isRecord(v) && typeof v['is_original'] === 'boolean' && Array.isArray(v['content']));
}
/**
 * A composer's helper calls by their last segment: link shortening checks (Postiz's should-shortlink), a text
 * split into thread parts (separate-posts), hashtag or caption suggestions, best times to post; a generator only
 * under a posts or composer segment (Postiz's /posts/generator): `generator` alone names too many things.
 */
const HELPER_SEGMENT =
  /^(?:should[-_]?shortlink|short[-_]?links?|shorten(?:[-_]?(?:links?|urls?))?|separate[-_]?posts|split[-_]?(?:posts?|thread)|(?:hashtag|caption)[-_]?suggestions?|suggest[-_]?(?:hashtags?|captions?)|(?:optimal|best)[-_]?times?(?:[-_]to[-_]post)?)$/i;
const GENERATOR_SEGMENT = /^(?:generator|generate[-_]?(?:posts?|captions?|hashtags?|ideas?))$/i;
const COMPOSER_PARENT = /^(?:posts?|composer|compose|publish(?:ing)?|content)$/i;
/** `…/hashtags/suggest`, `…/captions/suggestions`: a suggestion for what is typed. */
const SUGGEST_SEGMENT = /^suggest(?:ions?)?$/i;
const SUGGESTED_PARENT = /^(?:hashtags?|captions?)$/i;
export function schedulerHelper(path: string): boolean {
  const segments = path.split('/').filter((seg) => seg !== '');
  const last = segments[segments.length - 1] ?? '';
  const parent = segments[segments.length - 2] ?? '';
  if (HELPER_SEGMENT.test(last)) return true;
  if (GENERATOR_SEGMENT.test(last) && COMPOSER_PARENT.test(parent)) return true;
  return SUGGEST_SEGMENT.test(last) && SUGGESTED_PARENT.test(parent);
}
/** An inbox's reply action: Postiz's /inbox/{id}/reply, Agorapulse's /inbox/…/accounts/{uid}/reply, Late's /inbox/comments/{postId} (round r16). */
const INBOX_REPLY = /(?:^|\/)inbox\/(?:.*\/reply|comments\/[^/]+)\/?$/i;
/** Late's: a post's comments by the post's id, with no `reply` after. */
const INBOX_POST_COMMENTS = /(?:^|\/)inbox\/comments\/(?!reply\/?$)[^/]+\/?$/i;
/** Postiz's: the inbox item's id alone between `inbox` and `reply`. */
const INBOX_ITEM_REPLY = /(?:^|\/)inbox\/[^/]+\/reply\/?$/i;
/** A field naming the network item answered (Agorapulse's `itemId`, a comment's or post's id). */
const INBOX_ITEM_FIELD = /^(?:item|comment|post|parent)[-_]?id$/i;
/**
 * Where such an item is a social network's: under a network account in the path (Agorapulse's `/accounts/{uid}/`) or
 * beside an item type; a conversation inbox's `itemId` names the message answered (x2 review M4).
 */
const NETWORK_ACCOUNT_SEGMENT = /\/accounts?\/[^/]+\//i;
/** A flag sending the answer privately to the commenter (Agorapulse's `privateReply`). */
const INBOX_PRIVATE_FLAG = /^(?:private[-_]?reply|is[-_]?private|private|as[-_]?private[-_]?message)$/i;
/** A mail reply's own fields: a subject line or a sender. */
const MAIL_FIELD = /^(?:subject|from|cc|bcc)$/i;
/**
 * The kind of a social inbox's reply, undefined elsewhere. A reply only where it answers a network's item: the
 * body names it (`itemId`), the path goes through comments, or it is Postiz's `/inbox/{id}/reply` with its
 * `message` (review of round sc1, M3: a webmail's or a conversation's inbox reply reaches one person, and keeps
 * the kind kind.ts's later rules give it, a message). Not where
 * the body names a recipient or has a mail's fields, and called only where kind.ts found no strong message sign.
 */
export function schedulerInboxKind(path: string, body: ParsedBody): 'reply' | 'comment' | 'message' | undefined {
  if (!INBOX_REPLY.test(path) || hasField(body, MESSAGE_FIELD) || hasField(body, MAIL_FIELD)) return undefined;
  const networkItem = hasField(body, INBOX_ITEM_FIELD) && (NETWORK_ACCOUNT_SEGMENT.test(path) || hasField(body, /^item[-_]?type$/i));
  const item = networkItem || /\/comments?\//i.test(path) || (INBOX_ITEM_REPLY.test(path) && hasField(body, /^message$/i));
  if (!item) return undefined;
  if (hasField(body, INBOX_PRIVATE_FLAG)) return 'message';
  // Late's /inbox/comments/{postId} without a `commentId` answers no one: a top-level comment under the brand's own
  // post (r16 review J4, the lead's call; fixture r16rev-late-inbox-comment-on-own-post).
  return INBOX_POST_COMMENTS.test(path) && !hasField(body, /^(?:comment|parent)[-_]?id$/i) ? 'comment' : 'reply';
}
/** A comments collection, or a comment by id answered (Postiz's /comments and /comments/{id}). */
const COMMENTS_COLLECTION = /(?:^|\/)comments(?:\/[^/]+)?\/?$/i;
const WORDS_KEY = /^(?:content|text|comment|body)$/i;
/** Whether a body is words and a calendar day alone, posted to a comments collection: a team's note on that day. */
export function calendarDayComment(path: string, body: ParsedBody): boolean {
  if (!COMMENTS_COLLECTION.test(path) || body.type !== 'json' || !isRecord(body.value)) return false;
  const keys = Object.keys(body.value);
  return keys.length === 2 && keys.includes('date') && keys.some((k) => WORDS_KEY.test(k));
}
/**
 * A comment a scheduler publishes under a post it published (round r15: Ayrshare's POST /api/comments with the post's
 * `id`, `comment` and the `platforms` to comment on): the networks list marks a scheduler's request, and the id names
 * the post commented on, so it is a comment on each network, not a new post.
 */
// Not `channels`: a chat tool's channel ids (review of r15, D4); the caller skips it beside a strong message field.
const NETWORKS_KEY = /^(?:platforms|networks|social_?networks)$/i;
export function schedulerComment(path: string, body: ParsedBody): boolean {
  if (!COMMENTS_COLLECTION.test(path) || body.type !== 'json' || !isRecord(body.value)) return false;
  const v = body.value;
  const keys = Object.keys(v);
  const networks = keys.some((k) => NETWORKS_KEY.test(k) && Array.isArray(v[k]) && v[k].length > 0);
  const words = keys.some((k) => WORDS_KEY.test(k) && typeof v[k] === 'string' && v[k] !== '');
  const post = keys.some((k) => /^(?:id|post_?id)$/i.test(k) && (typeof v[k] === 'string' || typeof v[k] === 'number') && String(v[k]) !== '');
  return networks && words && post;
}
