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
 *   keeps every post in `/drafts` and schedules one by its `schedule-date` or
 *   `publish_at`): such a path is watched, and publishes nothing without one.
 * - A body that says draft by its publishing type (Postiz's `type: draft`,
 *   ContentStudio's `scheduling.publish_type: draft`) publishes nothing.
 * - An editor's store of a post's per-account versions (Mixpost's
 *   `versions[]` with `is_original`) saves the post: Mixpost schedules it by a
 *   later request (posts/schedule/{id}, held by saved-sends.ts).
 * - Helper calls of the composer (link shortening checks, splitting a text
 *   into a thread, AI generators, best-time lookups) publish nothing.
 * - A reply from the social inbox (`…/inbox/…/reply`) answers a comment on
 *   the network: a reply, a message when flagged private.
 * - Words posted to a comments collection beside a calendar day alone
 *   (Postiz's POST /comments `{ content, date }`) are the team's note on
 *   that day of the publishing calendar: a comment.
 */
import type { ParsedBody } from '../types';
import { hasField } from './body-fields';
import { lastSegment } from './paths';
import { isRecord } from '../body';
import { MESSAGE_FIELD } from './words';

/** A drafts collection as the path's end: Typefully's /v1/drafts/ and /v2/social-sets/{id}/drafts. */
const DRAFTS_COLLECTION = /(?:^|\/)drafts\/?$/i;
/** Fields that set when a post goes out: a time, or a queue slot (`next-free-slot`) or `now`. */
const PUBLISH_TIME = /^(?:schedule[-_]?date|publish[-_]?at|scheduled[-_]?(?:at|date|time|for)|publish[-_]?(?:date|time)|send[-_]?at)$/i;

/**
 * Whether a body sets when what it holds goes out (a drafts collection given one schedules it; refuses.ts keeps
 * a drafts collection's body quiet without it, or help-desks.ts's send flag).
 */
export function hasPublishTime(body: ParsedBody): boolean {
  return hasField(body, PUBLISH_TIME);
}
/** Whether the heuristic watches a drafts collection whose body may schedule what it holds. */
export function schedulerDraftsWatched(path: string): boolean {
  return DRAFTS_COLLECTION.test(path);
}
/** Fields naming how a post is published (Postiz's `type`, ContentStudio's `publish_type`). */
const PUBLISH_TYPE = /^(?:type|publish[-_]?type|publishing[-_]?type|post[-_]?type|schedule[-_]?type)$/i;
/**
 * Whether a scheduler's body publishes nothing: a drafts collection with no
 * publish time, a publishing type saying draft, or an editor's store of
 * per-account versions.
 */
export function schedulerQuiet(body: ParsedBody): boolean {
  if (hasField(body, PUBLISH_TYPE, /^draft$/i)) return true;
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
 * split into thread parts (separate-posts), AI generators and suggestions, best times to post.
 */
const HELPER_SEGMENT =
  /^(?:should[-_]?shortlink|short[-_]?links?|shorten(?:[-_]?(?:links?|urls?))?|separate[-_]?posts|split[-_]?(?:posts?|thread)|generator|generate[-_]?(?:posts?|captions?|hashtags?|ideas?)|(?:hashtag|caption)[-_]?suggestions?|suggest[-_]?(?:hashtags?|captions?)|(?:optimal|best)[-_]?times?(?:[-_]to[-_]post)?)$/i;
export function schedulerHelper(path: string): boolean {
  return HELPER_SEGMENT.test(lastSegment(path));
}
/** An inbox's reply action: Postiz's /inbox/{id}/reply, Agorapulse's /inbox/…/accounts/{uid}/reply. */
const INBOX_REPLY = /(?:^|\/)inbox\/.*\/reply\/?$/i;
/** A flag sending the answer privately to the commenter (Agorapulse's `privateReply`). */
const PRIVATE_FLAG = /^(?:private[-_]?reply|is[-_]?private|private|as[-_]?private[-_]?message)$/i;
/** A mail reply's own fields: a subject line or a sender. */
const MAIL_FIELD = /^(?:subject|from|cc|bcc)$/i;
/**
 * The kind of a social inbox's reply, undefined elsewhere. Not where the body names a recipient or has a mail's
 * fields, and called only where kind.ts found no strong message sign: a mail client's reply is still a message.
 */
export function schedulerInboxKind(path: string, body: ParsedBody): 'reply' | 'message' | undefined {
  if (!INBOX_REPLY.test(path) || hasField(body, MESSAGE_FIELD) || hasField(body, MAIL_FIELD)) return undefined;
  return hasField(body, PRIVATE_FLAG) ? 'message' : 'reply';
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
