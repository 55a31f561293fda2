/**
 * Objects in a body whose words publish nothing, which the walk for prose
 * skips: drafts and unpublished statuses (`draft: true`, `published: false`
 * except where reviews and comments are created), objects kept to their
 * writer (`publishstate: personal`, every audience flag off), analytics calls, browser reports,
 * session recordings (rrweb events), a form field's JSON object naming
 * a quiet action, and a flat form whose own `status` says draft
 * (formStatusDraft, refuses.ts).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { FIELD_NAME_EXAMINED } from './names';
import { pathKind } from './path-kind';
import { lastSegment } from './paths';
import { graphqlOperation } from './graphql';
import { flagOnWordsHolder, nameWords, readByRecipient } from './shared-rules';
import { ACTION_FIELD, QUIET_ACTION } from './words';
import { PUBLISH_BUTTON, isButtonLabel } from './quiet-button';

/**
 * A status or state saying draft, in any case (Google Classroom's `state:
 * 'DRAFT'`), or an editor's autosave (Elementor's `save_builder` with `status:
 * 'autosave'`, sent every minute from admin-ajax.php; WordPress's `auto-draft`).
 */
const DRAFT_STATES = new Set(['draft', 'autosave', 'auto-draft', 'auto_draft']);
/**
 * A draft state qualified by who sees it or whether it has a date (Publer's `draft_private`, `draft_public`,
 * `draft_dated`, `draft_undated` on POST /api/v1/posts/schedule, round p1): still a draft, published by no one.
 */
const QUALIFIED_DRAFT = /^draft[_-](?:private|public|dated|undated)$/i;
export function isDraftState(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 16 && (DRAFT_STATES.has(v.toLowerCase()) || QUALIFIED_DRAFT.test(v));
}
/**
 * A WordPress-style `post_status` that keeps a post unpublished: pending
 * review, or private (shown to the site's editors only), as the WordPress
 * adapter treats them. Not a bare `status`: a help desk's reply sets its
 * ticket's `status: 'pending'` and is still sent to the customer.
 */
export function isUnpublishedPostStatus(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 16 && /^(?:pending|private)$/i.test(v);
}
/**
 * A visibility saying only its writer sees it (Moodle's notes with
 * `publishstate: 'personal'`, its blog's `publishstate=draft`; "only me"):
 * nothing is published. A private
 * or followers-only post is still published to someone and does not count.
 */
/**
 * Audience flags that are all off (round t1: Flickr's upload with `is_public`, `is_friend` and `is_family` all 0):
 * only the writer sees it. The public flag alone says nothing of who else does (a Steam review's `is_public=false`
 * is shown to friends), so at least one other audience's flag must be there, and off. The flags keep the writer's own
 * object to the writer; a comment, reply or message is still seen by the one it answers or is sent to, so on such a
 * path (ADDRESSED_SEGMENT) the flags say nothing.
 */
const AUDIENCE_FLAG = /^is_?(?:public|friends?|family|contacts?)$/i;
const ADDRESSED_SEGMENT = /^(?:comments?|repl(?:y|ies)|messages?|answers?|reviews?|conversations?|chats?|dms?)$/i;
export function audienceFlagsOff(entries: Iterable<readonly [string, unknown]>, path?: string): boolean {
  if (path !== undefined && path.split('/').some((seg) => ADDRESSED_SEGMENT.test(seg))) return false;
  let publicOff = false;
  let othersOff = false;
  let n = 0;
  for (const [key, value] of entries) {
    if (++n > MAX_FLAG_FIELDS) break;
    if (!AUDIENCE_FLAG.test(key)) continue;
    if (!(value === false || value === 0 || value === '0' || value === 'false')) return false;
    if (/public/i.test(key)) publicOff = true;
    else othersOff = true;
  }
  return publicOff && othersOff;
}
const MAX_FLAG_FIELDS = 200;

export const VISIBILITY_NAME = /^(?:publish_?state|visibility|privacy|audience)$/i;
export const TO_SELF = /^(?:personal|only_?me|self|me|draft)$/i;
export function keptToSelf(v: Record<string, unknown>, path?: string): boolean {
  for (const key in v) if (VISIBILITY_NAME.test(key) && typeof v[key] === 'string' && TO_SELF.test(v[key] as string)) return true;
  return audienceFlagsOff(Object.entries(v), path);
}

/** Last segments that create a review or comment (or a reply or answer): `published: false` there is no draft. */
export const CREATION_PATH = /^(?:reviews?|comments?|repl(?:y|ies)|answers?|ratings?)$/i;

/**
 * A body whose own flag says it is not published, in any casing (Brightspace's news item `IsPublished: false`,
 * round pr2; the walk for prose skips `published` and `is_published` objects alone). Read at the top, and in the
 * object holding the body's words one level down (review of round pr2; shared-rules.ts flagOnWordsHolder, as cv1's
 * draft status is): a GraphQL mutation's `variables.input`, a Rails-style wrapper `{ article: { body, isPublished } }`.
 * An object beside the words (an attachment's flag beside a message, its caption prose or not) says nothing of the
 * message. Not a refusal:
 * - where a recipient reads the words (a messages or chat path, a named recipient, a contact form: shared-rules.ts
 *   readByRecipient), as round q3 made contact forms messages (x1 review D1);
 * - where the path or the GraphQL operation creates a review or comment (`/comments`, `/comment/create`,
 *   `/comments/new`, Bilibili's `/reply/add`, `createComment`): there the flag is a moderation hold, and the
 *   moderators read the words, which publish on approval;
 * - beside a publish or schedule time (`publishAt`, `scheduled_at`, `publishDate`): a scheduled publish, whose words
 *   go out at that time with no further request carrying them, as round m1 holds a newsletter's send time to be.
 *   Brightspace's `StartDate` is no such name: it says when a news item shows once published.
 */
const PUBLISHED_FLAG = /^is_?published$/i;
const PUBLISH_TIME = /^(?:publish(?:ed)?_?(?:at|on|date|time)|scheduled?_?(?:at|for|on|date|time)|publish_?schedule)$/i;
function flagOff(entries: ReadonlyArray<readonly [string, unknown]>): boolean {
  const off = entries.some(([k, v]) => PUBLISHED_FLAG.test(k) && (v === false || (typeof v === 'string' && /^(?:false|0)$/i.test(v))));
  return off && !entries.some(([k, v]) => PUBLISH_TIME.test(k) && v !== null && v !== '' && v !== false && (typeof v === 'string' || typeof v === 'number'));
}
/** A GraphQL operation named for a review or comment (`createComment`, `addReply`, `SaveEmployerReview`). */
function operationCreates(body: ParsedBody): boolean {
  const name = graphqlOperation(body)?.name;
  return name !== undefined && nameWords(name).some((w) => CREATION_PATH.test(w));
}
export function publishedFlagOff(body: ParsedBody, path: string): boolean {
  // The flag first: most bodies carry none, and the tests below cost more (all are pure, so the order is free).
  if (!flagOnWordsHolder(body, flagOff)) return false;
  if (CREATION_PATH.test(lastSegment(path)) || pathKind(path) !== undefined) return false;
  // Words read by the one they are sent to, or by a site's owners through its contact form, whatever the flag says
  // (x1 review D1: round q3's contact forms, a direct message).
  return !readByRecipient(path, body) && !operationCreates(body);
}
/**
 * A flat form whose own `status` says draft, the form twin of the JSON walk's skip of an object whose status does
 * (longest-field.ts): Gibbon's messenger posts `status=Draft` to the same script that sends with `status=Sending`
 * (messenger_postPreProcess.php, round ed2), and stores the message for later. Only `status` (review of ed2, J1): a
 * form's `state` is as often a ticket's or workflow's beside a reply that goes out, and no form sending `state=draft`
 * for a draft of its own words has been seen. Not a refusal (ed2 review D1):
 * - beside a clicked publishing button (quiet-button.ts: `publish=Publish`, `submit=Post Message`): a CMS's status
 *   select still holding its old value while the person clicks Publish publishes, as the clicked button says;
 * - on a path that creates a comment or reply (CREATION_PATH, pathKind), as `published: false` is not: there the
 *   status is the document's or ticket's commented on, and the comment still reaches its readers.
 */
export function formStatusDraft(body: ParsedBody, path: string): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  if (!isDraftState(body.fields.get('status'))) return false;
  if (CREATION_PATH.test(lastSegment(path)) || pathKind(path) !== undefined) return false;
  for (const [name, value] of body.fields) if (PUBLISH_BUTTON.test(name) && isButtonLabel(value)) return false;
  return true;
}
/**
 * An analytics call (Segment's `{ type: 'page' | 'track' | 'screen' |
 * 'identify', properties }`, Mixpanel's and PostHog's `{ event, properties }`):
 * what the page showed or the person did, never words they publish.
 */
export function isAnalyticsEvent(v: Record<string, unknown>): boolean {
  // Amplitude's `{ event_type, event_properties }` (its HTTP API, and through a site's own proxy for it).
  if (typeof v['event_type'] === 'string' && v['event_type'].length <= FIELD_NAME_EXAMINED && (isRecord(v['event_properties']) || isRecord(v['user_properties']))) return true;
  if (!isRecord(v['properties']) && !isRecord(v['traits'])) return false;
  return (typeof v['event'] === 'string' && v['event'].length <= FIELD_NAME_EXAMINED) || (typeof v['type'] === 'string' && /^(?:page|track|screen|identify)$/.test(v['type']));
}
/**
 * An error reporter's payload naming its SDK (Bugsnag's `{ apiKey, notifier: { name, version, url }, events }`,
 * Rollbar's `data: { notifier: { name, version }, body }`), sent to the vendor or to a site's own notify host or
 * proxy: breadcrumbs, messages and exceptions, never words a person publishes. Only with what such a payload
 * sends beside it (Bugsnag's `apiKey` or `events`, Rollbar's `body`): a `notifier: { name: 'email', version }`
 * beside a post's `text` names a delivery channel (review of round q3), as a `notifier` that is not an object
 * (`notifier: 'email'`) does.
 */
export function isErrorReport(v: Record<string, unknown>): boolean {
  const n = v['notifier'];
  if (!isRecord(n) || typeof n['name'] !== 'string' || typeof n['version'] !== 'string') return false;
  return 'apiKey' in v || 'events' in v || isRecord(v['body']);
}
/**
 * A browser's report (the Reporting API's `{ type: 'csp-violation', body }` and its kin, the older
 * `{ 'csp-report': … }`): a policy's sample of the page, never words a person publishes.
 */
export function isBrowserReport(v: Record<string, unknown>): boolean {
  if (isRecord(v['csp-report'])) return true;
  return typeof v['type'] === 'string' && /^(?:csp-violation|deprecation|intervention|crash|network-error|coep|coop|permissions-policy-violation|document-policy-violation)$/.test(v['type']) && isRecord(v['body']);
}
/** A JSON object sent inside a form field that names a quiet operation at its top (`{ action: 'save_draft' }`). */
export function quietObject(v: Record<string, unknown>): boolean {
  for (const key in v) if (ACTION_FIELD.test(key) && typeof v[key] === 'string' && QUIET_ACTION.test(v[key] as string)) return true;
  return false;
}

/** An rrweb event (session recordings: PostHog's `$snapshot_data`, Sentry replays): numeric `type`, `data`, numeric `timestamp`. */
export function isRecordingEvent(v: Record<string, unknown>): boolean {
  return typeof v['type'] === 'number' && isRecord(v['data']) && typeof v['timestamp'] === 'number';
}
