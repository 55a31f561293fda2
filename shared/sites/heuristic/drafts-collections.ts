/**
 * Drafts collections (rounds hd1 and sc1, made one rule in their mend, sc1rev): a path whose last segment is
 * `drafts` (or `drafts.json`) keeps what is written there, unless the body sends it at once or sets when it goes
 * out. Two families store posts this way: a shared inbox's drafts (Missive's POST /v1/drafts, `send: true` sends
 * it, `send_at` schedules it) and a social scheduler's (Typefully's /v1/drafts/ and /v2/social-sets/{id}/drafts,
 * whose `schedule-date` or `publish_at` schedules the post). Each round's refusal alone cancelled the other's
 * posts once merged, so there is one watch (watches.ts), one refusal (refuses.ts) and one kind (kind.ts):
 * - watched from the site's own pages, and only when its body can be read: a stream, a file, bytes or a body over
 *   what the heuristic reads on a drafts path stays not a post, as before the two rounds (hd1 review D2);
 * - refused unless a send flag is on (`send`, `send_now`, `publish_now`, `post_now`) or a publish time has a
 *   value (not null, empty, false or 0);
 * - a message when it names recipients (a mail or SMS draft sent or scheduled), or the conversation, thread or message
 *   it answers, or a mail's own fields (a sender, a subject): Missive's reply draft into a conversation by id is
 *   addressed from the conversation, as hd1's desk replies are messages (x2 review D4); else a post (a scheduler's).
 * A CMS draft given a publish date is taken as scheduled: the request cannot tell it from Typefully's.
 * Round r16: schedulers also keep a post as a draft by a flag on their ordinary create call, whatever the path
 * (Buffer's GraphQL createPost `saveToDraft: true`, Late's POST /v1/posts `isDraft: true`): set, beside the
 * social accounts the post is for (`channelId`, `platforms`, profile ids) and with no send flag on, the post is
 * kept, as a drafts collection's is (`draftFlagged`, refuses.ts). Elsewhere a draft is often shown to others: Azure
 * DevOps' `isDraft` pull request is read by the project (guard r16fix-azure-devops-draft-pull-request); a bare
 * `draft` is not read here either.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasFieldWhere, hasKeyDeep } from './body-fields';
import { lastSegment } from './paths';
import { ANY_RECIPIENT_KEY, PUBLISH_TIME_FIELD } from './words';

const DRAFTS_SEGMENT = /^drafts(?:\.json)?$/i;
/** A flag that keeps a scheduler's post as a draft (Buffer's `saveToDraft`, Late's `isDraft`, `is_draft`, `save_as_draft`). */
const DRAFT_FLAG = /^(?:is|save_?(?:to|as)|as)_?drafts?$/i;
/** The social accounts a scheduler's post goes to (Buffer's `channelId`, Late's `platforms`, Sprout's `customer_profile_ids`). */
const SOCIAL_TARGET = /^(?:channel_?ids?|platforms?|(?:customer_?)?profile_?ids?|social_?(?:accounts?|profiles?|sets?)(?:_?ids?)?|networks?)$/i;
/** A flag that sends or publishes the draft at once (Missive's `send`). */
const SEND_NOW_FLAG = /^(?:send|(?:send|publish|post)[-_]?now)$/i;
/**
 * What a reply draft names instead of recipients: the conversation, thread or message it answers (Missive's
 * `conversation`), or a mail's own fields (Missive's `from_field`, a `subject`): x2 review D4. Recipients are words.ts's
 * ANY_RECIPIENT_KEY (Missive's `to_fields` among them, N3).
 */
const DRAFT_ANSWERS = /^(?:conversation(?:_?id)?|thread_?id|in_?reply_?to(?:_?id)?|reply_?to_?(?:id|message(?:_?id)?)|references|from_?field|subject)$/i;
/** A time's value: a date string, `now`, a slot's name or a timestamp; not null, empty, false, 0 or "0". */
function timeSet(v: unknown): boolean {
  if (typeof v === 'number') return v !== 0;
  return typeof v === 'string' && v.trim() !== '' && v.trim() !== '0';
}

/** Whether the path is a drafts collection (its last segment). */
export function draftsCollection(path: string): boolean {
  return DRAFTS_SEGMENT.test(lastSegment(path));
}
/** Whether a draft's body sends it at once or sets when it goes out. */
export function draftGoesOut(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => (SEND_NOW_FLAG.test(name) && flagOn(v)) || (PUBLISH_TIME_FIELD.test(name) && timeSet(v)));
}
/** A drafts collection's body that keeps what it holds (refuses.ts). */
export function draftKept(path: string, body: ParsedBody): boolean {
  return draftsCollection(path) && !draftGoesOut(body);
}
/** The kind of what a drafts collection sends or schedules: a message to the recipients it names, else a post. */
export function draftsKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!draftsCollection(path) || !draftGoesOut(body)) return undefined;
  return hasKeyDeep(body, ANY_RECIPIENT_KEY) || hasKeyDeep(body, DRAFT_ANSWERS, (v) => v !== null && v !== undefined && v !== '' && v !== false) ? 'message' : 'post';
}
/**
 * Whether a body only sets when a stored draft goes out, and sets it (Typefully v2's PATCH …/drafts/{id}
 * `{ publish_at }`, typefully/agent-skills' drafts:schedule and drafts:publish): saved-sends.ts holds it as a post
 * whose words were stored earlier.
 */
export function onlyPublishTime(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const keys = Object.keys(body.value);
  return keys.length > 0 && keys.every((k) => PUBLISH_TIME_FIELD.test(k) || SEND_NOW_FLAG.test(k)) && draftGoesOut(body);
}
/** A social target's value: set, and not an empty list. */
function targetSet(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}
/**
 * Whether a scheduler's create call keeps its post as a draft by a flag set (round r16), with no send flag on beside it.
 * The flag and the social accounts must sit in one object (a form's fields are one): a chat message's `channel_id`
 * beside a composer's `is_draft` tucked in its metadata is still sent (r16 review J3, guard
 * r16rev-chat-message-draft-flag-in-metadata).
 */
export function draftFlagged(body: ParsedBody): boolean {
  const flaggedBesideTarget = hasKeyDeep(
    body,
    DRAFT_FLAG,
    (v, holder) =>
      flagOn(v) &&
      (holder === undefined
        ? hasFieldWhere(body, (name, x) => SOCIAL_TARGET.test(name) && targetSet(x))
        : Object.keys(holder).some((k) => SOCIAL_TARGET.test(k) && targetSet(holder[k]))),
  );
  return flaggedBesideTarget && !hasFieldWhere(body, (name, v) => SEND_NOW_FLAG.test(name) && flagOn(v));
}
/**
 * The root field a GraphQL mutation selects (`createPost` in Buffer's `mutation CreateFirstPost { createPost(…) }`),
 * read in the named operation when `operationName` is set, else in the document's first operation; an alias
 * (`post: createPost(…)`) is skipped. kind.ts reads it beside the operation's name: clients name the operation as
 * they like (CreateFirstPost, CreatePostMutation), the root field is the API's own (r16 review D1).
 */
export function mutationRootField(body: ParsedBody): string | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value.query !== 'string') return undefined;
  const doc = body.value.query.slice(0, 4096);
  const name = body.value.operationName;
  const named = typeof name === 'string' && /^[A-Za-z_]\w{0,127}$/.test(name) ? `\\s+${name}\\b` : '';
  const at = named ? '\\b' : '^\\s*';
  const m = new RegExp(`${at}mutation${named}[^{]{0,300}\\{\\s*(?:[A-Za-z_]\\w*\\s*:\\s*)?([A-Za-z_]\\w*)`).exec(doc);
  return m?.[1];
}
