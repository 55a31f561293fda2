/**
 * Fields whose words are never a post's: tokens, URLs, search terms and the
 * other IGNORED_FIELDs, reasons and report details written for moderators,
 * profile bios and a profile object's words, anything under an error report
 * (`error`, `exception`, `err`) or beside a stack, and a course's, group's or
 * channel's description at its own address, or a kept collection's (a
 * list, board, playlist, album or folder). They read like prose and are
 * never published. Private fields (notes, instructions, SEO) are read only
 * when nothing else in the body is prose.
 */
import { fieldLeaf, nameWords } from './names';

/**
 * Names of fields that are never a post's words. A `session…` name is a token's, but not a session's notes (r27: GNU
 * Health's and practices' `session_notes`) nor a tutor's `session_feedback` or `session_report` (tu1rev D1).
 */
export const IGNORED_FIELD = /^(?:q|query|search|keywords?|term|title|dt|dl|dr|url|uri|href|link|referr?er|ua|user_?agent|token|csrf\w*|authenticity_token|password|passwd|secret|signature|cookie|session(?!_?notes?$|_feedback$|_report$)\w*|state|nonce|hash|id|uuid|email|username|user|login|callback|redirect\w*|return_?to|event|events|category|label|path|page|screen|locale|lang|timezone|tz|version|stack|error|message_id|sdk\w*)$/i;
/**
 * A reason written for moderators or administrators (Tildes's malice label
 * `reason`, PUT /api/web/comments/{id36}/labels/malice in deingithub/tildee;
 * Reddit's `other_reason`, Lemmy's report `reason`): prose that is never
 * published. Compared by string, not by regex, on the name's leaf.
 */
export function isReasonField(name: string): boolean {
  const leaf = fieldLeaf(name).toLowerCase();
  return leaf === 'reason' || (leaf.endsWith('_reason') && /^[a-z_]+$/.test(leaf)) || REPORT_DETAILS.test(fieldLeaf(name));
}
/**
 * The free words of a report form, beside or instead of a reason code (Coral
 * Talk's createCommentFlag and createCommentDontAgree `additionalDetails`,
 * sent as persisted mutations whose names the request never carries), and
 * the words of an "other" reason (Stack Exchange's flag `otherText`):
 * written for moderators, never published, like a `*_reason`.
 */
const REPORT_DETAILS = /^(?:additional[-_]?(?:details|info|information)|other[-_]?text)$/i;

/**
 * A profile's own words (a bio, an "about me"): shown on a profile page, not
 * published as a post (Flarum's PATCH /api/users/{id} `attributes.bio`); the
 * adapters treat profile bios the same way. Compared by string on the leaf.
 */
const PROFILE_FIELDS = new Set(['bio', 'biography', 'about', 'aboutme', 'about_me', 'tagline']);
/**
 * An app's store listing, its profile in a store (round p1): Google Play's edits.listings `fullDescription` and
 * `shortDescription` (inside an edit, committed later), App Store Connect's version localizations `whatsNew` and
 * `promotionalText`. Standing words about the app, shown on its page as a bio is, not a post; the owner's reply to
 * a review in the same stores is read (`replyText`, `responseBody`).
 */
const STORE_LISTING_FIELDS = new Set(['fulldescription', 'full_description', 'shortdescription', 'short_description', 'whatsnew', 'whats_new', 'promotionaltext', 'promotional_text']);
/**
 * Where the stores keep those listings: Play's …/edits/{editId}/listings[/{language}] (androidpublisher) and App
 * Store Connect's /v1/appStoreVersionLocalizations and /v1/appInfoLocalizations. Elsewhere the same names hold a
 * post's own words (a marketplace listing's or a job's `shortDescription`, an announcement's `whatsNew`), so they
 * are read as ever.
 */
const STORE_LISTING_PATH = /\/edits\/[^/]+\/listings(?:\/|$)|\/(?:appStoreVersion|appInfo)Localizations(?:\/|$)/i;

/**
 * The signed-in account itself (PeerTube's PUT /api/v1/users/me, /accounts/me): its `description`, `summary` or
 * `headline` is the account's bio (round f1). Only those: a `status`, `text` or `note` sent there may be a status
 * line others read, and stays read (round f1 review, as watches.ts's PROFILE_EDIT_PATH says of a bare update).
 */
const SELF_ACCOUNT_PATH = /(?:^|\/)(?:users?|accounts?)\/me\/?$/i;
const SELF_DESCRIPTION_FIELDS = new Set(['description', 'summary', 'headline', 'intro', 'introduction']);

export function isProfileField(name: string, path?: string): boolean {
  const leaf = fieldLeaf(name).toLowerCase();
  if (PROFILE_FIELDS.has(leaf)) return true;
  if (path === undefined) return false;
  return (STORE_LISTING_FIELDS.has(leaf) && STORE_LISTING_PATH.test(path)) || (SELF_DESCRIPTION_FIELDS.has(leaf) && SELF_ACCOUNT_PATH.test(path));
}
/**
 * Objects holding an error report's words at any depth below them (`{ error: { type, value } }`, Sentry's
 * `exception: { values: [{ type, value }] }`, New Relic's `err: [{ params: { message } }]`, `crash`) and a
 * page's console log: words that read like prose and are never published.
 */
export const ERROR_CONTAINER = /^(?:errs?|errors?|exceptions?|crash(?:es)?|crash_?report|console)$/i;
/**
 * The trail of what happened before an error (Bugsnag's `breadcrumbs: [{ name, metaData }]`, Sentry's
 * `breadcrumbs: { values: [...] }` or an array): the text of what was clicked, console lines. Only as such a
 * list: a page's `breadcrumbs: { title, raw }` (a navigation trail beside a topic's words) is read (review of
 * round q3).
 */
export function isErrorTrail(key: string, v: unknown): boolean {
  if (!/^breadcrumbs?$/i.test(key)) return false;
  return Array.isArray(v) || (isObject(v) && Array.isArray(v['values']));
}
/**
 * An object describing where a request was sent from (HubSpot's forms `context: { hutk, pageUri, pageName }`,
 * Segment's `context: { page: { title }, userAgent }`): the page's title and address, never words a person wrote
 * (round q3; a field named `context` is already a private one, PRIVATE_WORDS). Only when it names the page and
 * holds no words of its own: `context: { text, thread }`, `context: { page, body }` and a Block Kit-like
 * `context: { elements }` are read (review of round q3).
 */
export function isPageContext(key: string, v: unknown): boolean {
  if (key.toLowerCase() !== 'context' || !isObject(v)) return false;
  let page = false;
  for (const k in v) {
    if (PAGE_CONTEXT_KEY.test(k)) page = true;
    else if (CONTEXT_WORDS_KEY.test(k)) return false;
  }
  return page;
}
const PAGE_CONTEXT_KEY = /^(?:page|page_?uri|page_?name|page_?url|hutk|user_?agent)$/i;
const CONTEXT_WORDS_KEY = /^(?:text|body|message|content|raw|comment|html|markdown|post)$/i;
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A `message` beside a stack trace is an error's (TrackJS's capture, `{ message, stack }` error objects). */
export const STACK_FIELD = /^(?:stack|stack_?trace|back_?trace)$/i;
/**
 * A log line: a `message` beside a log level and something only a logger sends (Datadog's browser logs
 * `{ message, status: 'error', origin: 'console', service, date }`, a logger's `{ level: 'warn', message,
 * logger, timestamp }`). A level alone is not enough (review of round q3): an incident update's `severity:
 * 'critical'`, an alert's `severity: 'warning'`, an announcement's `level: 'info'` are the post's own. A status
 * that is not a level (`open`, `sent`, `pending`) says nothing.
 */
const LOG_LEVEL_KEY = /^(?:level|status|severity|log_?level)$/i;
const LOG_LEVEL = /^(?:trace|debug|info|notice|log|warn|warning|error|critical|fatal|emerg(?:ency)?|alert)$/i;
const LOG_EVIDENCE_KEY = /^(?:origin|logger(?:_?name)?|service|timestamp|date|ddsource|ddtags|hostname|log_?type|thread_?name|session_?id)$/i;
export function isLogLine(holder: Record<string, unknown>): boolean {
  let level = false;
  let evidence = false;
  for (const key in holder) {
    const v = holder[key];
    if (LOG_LEVEL_KEY.test(key) && typeof v === 'string' && v.length <= 16 && LOG_LEVEL.test(v)) level = true;
    else if (LOG_EVIDENCE_KEY.test(key)) evidence = true;
  }
  return level && evidence;
}
/**
 * The fields of an object named `profile` that are the profile's own words
 * (Revolt's PATCH /users/@me `profile.content`); a `message` or `text` in
 * such an object (a wall post to someone's profile) is still read.
 */
export const PROFILE_OBJECT_FIELDS = new Set(['content', 'description', 'summary', 'headline', 'intro', 'introduction', 'status', ...PROFILE_FIELDS]);

/**
 * Words that keep a field out of the text joined from several prose fields
 * (and behind any other prose in the body): notes for staff, private
 * feedback, instructions, a security question and its answer, SEO and meta
 * descriptions, signatures, history and context are not what is published.
 */
const PRIVATE_WORDS = new Set([
  'private', 'internal', 'staff', 'admin', 'note', 'notes', 'instruction', 'instructions', 'answer', 'question',
  'meta', 'seo', 'signature', 'history', 'context', 'password', 'passcode', 'phrase', 'secret',
]);
/**
 * A field left empty where the published words would go (`reviewText: ""`, `comment: ""`): beside it, a private
 * field's words (Goodreads' review editor sends `privateNotes` with an empty `reviewText`, round r10) are the
 * writer's own and are not taken in their place. The name's last word says it holds what is published.
 */
const PUBLISHED_TEXT_WORD = new Set(['text', 'body', 'content', 'review', 'comment', 'message', 'post', 'caption', 'shout']);
export function isEmptyPublishedText(name: string, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() !== '') return false;
  const words = nameWords(name);
  return words.length > 0 && PUBLISHED_TEXT_WORD.has(words[words.length - 1]!) && !isPrivateField(name);
}
/**
 * Whether a private field's name says it is the writer's own (`privateNotes`, `personal_note`): only such a field
 * yields to an empty published one. A ticket's or conversation's internal or staff note is read by colleagues (round
 * u4), and is taken beside an empty public reply (round m1 review, C1).
 */
export function isOwnPrivateField(name: string): boolean {
  return nameWords(name).some((w) => w === 'private' || w === 'personal');
}
/** Whether a field's name says it is private (any of its words in PRIVATE_WORDS). */
export function isPrivateField(name: string): boolean {
  return nameWords(name).some((w) => PRIVATE_WORDS.has(w));
}
/**
 * Paths that name a moderation action (a report, flag, label, malice,
 * removal, moderation, ban or appeal): a bare `reason` sent there is written
 * for moderators (Tildes's malice label). Tested on an examined path (bounded).
 * A workflow's refusal (…/{id}/reject, /decline) is not one: its reason is
 * written to the one refused, a message (heuristicKind's REFUSAL_ACTION).
 * `abuse` counts only as a whole segment (PeerTube's /api/v1/abuses, /videos/{id}/abuse): inside a slug it names
 * a cause or a team (/petitions/stop-elder-abuse/signatures), whose reasons are published (round f1 review).
 */
export const MODERATION_PATH = /report|flag|label|malice|(?:^|\/)abuses?(?:\.\w+)?(?:\/|$)|remov|moderat|appeal|(?:^|[^a-z])(?:un)?ban(?:s|ned)?(?:$|[^a-z])/i;

/**
 * A course, class, group, channel, room, space, team, community or server by its id, as the path's end; or a
 * collection someone keeps (a list, board, playlist, album, folder or collection), created at its own address
 * (Pinterest's POST /v5/boards, a reading list's or playlist's description), the name maybe qualified
 * (PeerTube's /api/v1/video-playlists), or a channel created there (PeerTube's /api/v1/video-channels: its
 * description and its `support` text describe the channel; round f1), and so by its id when it is changed
 * (PUT /api/v1/video-channels/{name}, /video-playlists/{id}; round f1 review), or created by a verb after its
 * name (CONTAINER_VERB_PATH).
 */
export const CONTAINER_PATH = /\/(?:[a-z]+[-_])?(?:courses?|class(?:es|rooms?)?|sections?|groups?|channels?|rooms?|spaces?|teams?|communit(?:y|ies)|servers?|guilds?)\/[^/]+\/?$|\/(?:[a-z]+[-_])?(?:collections?|lists|boards|playlists|albums|folders|channels)\/?$/i;
/**
 * A container created by a verb after its name (Bilibili's favourites folder, POST /x/v3/fav/folder/add with `title`
 * and `intro`; round a1). The same verb adds an item to one that exists (an idea to a feature board's
 * /api/board/add with `board_id`, a task to /api/list/add with `list_id`), so it describes the container only when
 * the body names none by id (CONTAINER_ID_FIELD; review of round a1).
 */
export const CONTAINER_VERB_PATH = /\/(?:[a-z]+[-_])?(?:collection|list|board|playlist|album|folder)s?\/(?:add|create|new)\/?$/i;
export const CONTAINER_ID_FIELD = /^(?:[a-z]+[-_])?(?:collection|list|board|playlist|album|folder)_?ids?$/i;
/**
 * Such a collection by its id: its own description only when it is changed (PUT or PATCH). A POST to it adds
 * something to it, a photo with its caption to an album, an idea to a feature-request board (second review of
 * rounds u4 and r9), and is read.
 */
export const COLLECTION_ITEM_PATH = /\/(?:[a-z]+[-_])?(?:collections?|lists|boards|playlists|albums|folders)\/[^/]+\/?$/i;
/** What describes such a container rather than publishing in it. */
export const CONTAINER_TEXT = /^(?:description|descriptionheading|summary|purpose|guidelines|rules|topic|support|intro|introduction)$/i;
