/**
 * The unknown-site heuristic: a POST, PUT or PATCH to a site no adapter owns
 * is a post when it carries prose a person wrote and nothing says it
 * publishes nothing. Conservative on purpose. Where each rule came from
 * (rounds u1 to u3, their reviews, the held-out rounds) is recorded in
 * tests/fixtures/requests/UNKNOWN-SITES.md and
 * tests/fixtures/requests-heldout/README.md, not here.
 *
 * Which requests are watched (heuristicWatches, from the URL alone):
 * - same-site ones, unless the path saves, syncs, measures, searches,
 *   previews or ingests (SKIP_PATH; quiet words in a title's slug after an
 *   id do not count), ends in a report, check, render or profile
 *   (SKIP_LAST_SEGMENT), signs in or out (ACCOUNT_PATH), or names a report
 *   or setter method in one word (`wall.reportPost`, `setMyDescription`);
 * - cross-site ones only when the path ends in comments or messages (a
 *   comment widget, a chat service an app's page talks to) or the host is a
 *   comment service, never on a telemetry host; a comment must then name
 *   its page or thread in the body (heuristicCrossSiteAllowed). A site's API
 *   on a domain named for it with a known affix (`getX`, `Xapi`) is
 *   same-site;
 * - Gmail's sync endpoint, the one host-specific rule (isGmailSync): its
 *   path says "sync", so without it every email sent from Gmail's page would
 *   pass unseen; only a message labelled sent is read, alone.
 *
 * What is prose (longestFreeField): a field of at least `min` characters,
 * five words and mostly letters (each character of a script written without
 * spaces counts as half a word and three characters: isFreeText). HTML
 * (a field named html, or a value starting with an element editors write)
 * and ProseMirror / Atlassian documents are read as a reader sees them,
 * links' targets included; a PEM block anywhere in that text is withheld.
 * Never read: tokens, URLs, search terms and other IGNORED_FIELDs, secrets
 * (passwords, passphrases, recovery phrases, an answer beside its
 * question), reasons written for moderators, profile bios, session
 * recordings (rrweb events). Prose in several fields of one object is read
 * whole; private fields (notes, instructions, SEO) only when nothing else is
 * prose. The walk is bounded (MAX_NODES, MAX_DEPTH): a body that runs out of
 * nodes before any prose is found is undecided, not "not a post".
 *
 * What publishes nothing (heuristicRefuses, and drafts in index.ts): a
 * draft or unpublished flag, a translation request, an operation field,
 * query parameter or GraphQL name that saves, previews, searches or reports
 * (QUIET_ACTION, quietOperation), a GraphQL query, a clicked preview or
 * draft button with no publishing button (quietButton), an editor's
 * transaction of edits (editorTransaction), a prompt to an AI assistant
 * (assistantPrompt), a draft saved through Outlook on the web, one's own
 * calendar appointment sent to nobody (`SendMeetingInvitations: SendToNone`),
 * WordPress's Customizer (wordpressCustomizer), analytics calls
 * (isAnalyticsEvent), one's own notes and reminders addressed to no one
 * (personalCollection). A body that cannot be read is undecided, unless a
 * telemetry path or a binary RPC that names no publishing carries it
 * (unreadableIsQuiet).
 * Background traffic a page sends while a person reads is not watched: a
 * Sentry envelope or ingestion path, first-party ad auctions
 * (AD_AUCTION_PATH), event sinks (EVENT_SINK_PATH), checks of a draft as it
 * is typed (`validate-body`), and the words of an error report (anything
 * under `{ error: … }`, `exception`, `err`), which read like prose and are
 * never published. Each rule names the service's own segments, never a word
 * that a slug, group or category may contain. A telemetry SDK's transport in
 * the query string (telemetryTransport) only marks an unreadable batch as
 * telemetry: a readable body there is read as any other.
 *
 * The kind (heuristicKind), from what host, path, query string and fields
 * say: message (mail and chat paths and hosts, recipients, a private-message
 * type or section), then the operation's name (`replyto-comment`,
 * `AddComment`), then comment or reply (a comment path or field under
 * something named, a comment object, a comment service; a parent comment
 * makes a reply), a post into an existing thread (a reply), and otherwise a
 * post.
 *
 * Values are read as sent, except a value URL-encoded once more than its
 * form (percentDecoded) and a JSON object sent as one form field (read as
 * JSON, unless the field's name is one never read or the object names a
 * quiet action). Words inside a `reason` object, a report's additional details, a
 * course's, group's or channel's description at its own address, and
 * objects kept to their writer (`publishstate: personal`) are not read.
 */
import { headerValue, isRecord } from './body';
import { htmlText, proseMirrorText } from './rich-text';
import type { OutgoingRequest, ParsedBody, PostKind } from './types';

/** Bodies larger than this are not scanned by the heuristic (uploads, telemetry batches). */
export const HEURISTIC_MAX_BODY = 256 * 1024;
const MAX_NODES = 2000;
/** Deep enough for a Slate document's leaves (Guilded: content.document.nodes[].nodes[].leaves[].text). */
const MAX_DEPTH = 12;

const IGNORED_FIELD = /^(?:q|query|search|keywords?|term|title|dt|dl|dr|url|uri|href|link|referr?er|ua|user_?agent|token|csrf\w*|authenticity_token|password|passwd|secret|signature|cookie|session\w*|state|nonce|hash|id|uuid|email|username|user|login|callback|redirect\w*|return_?to|event|events|category|label|path|page|screen|locale|lang|timezone|tz|version|stack|error|message_id|sdk\w*)$/i;
/**
 * Secrets a person types: passwords and passphrases under any of their usual
 * names (Hacker News's login form calls it `pw`), also as the last bracket of
 * a form name (`user[password]`). A long passphrase reads like prose: without
 * this, a login would be held as a post and its password shown and logged.
 */
const SECRET_NAME = /^(?:pw|pwd|pass|pass\d+|otp|totp|pin|seed|mnemonic|recovery|phrase)$/i;
/**
 * Words that make a name secret wherever they stand in it (`new_password`,
 * `current-password`, `client_secret`, `pass_phrase`; wallets' `mnemonic`
 * and seed or recovery phrases, a bare `phrase`; `passcode`; `security_answer`). WordPress's password
 * reset sends `pass1` and `pass2` (above).
 */
const SECRET_WORD = /pass(?:word|wd|code)|pass[-_]?phrase|secret|mnemonic|seed[-_]?(?:phrase|words?)|recovery[-_]?(?:phrase|code|key|words?|seed)|security[-_]?answer/i;
/** Where a PEM block (`-----BEGIN OPENSSH PRIVATE KEY-----`) starts: a key pasted into a form, never words to show. */
const PEM_BEGIN = '-----BEGIN ';

/**
 * A text as shown and logged when it holds PEM blocks anywhere (a key in a
 * rich-text document's code block, after a first paragraph, in HTML's
 * `<pre>`): each block replaced by its kind ("[OPENSSH PRIVATE KEY
 * withheld]"), the words around it kept; a block with no end line hides
 * everything after it. Undefined when there is no block. Linear (indexOf).
 */
function withoutKeys(value: string): string | undefined {
  let begin = value.indexOf(PEM_BEGIN);
  if (begin === -1) return undefined;
  let out = '';
  let from = 0;
  while (begin !== -1) {
    out += value.slice(from, begin);
    const kindEnd = value.indexOf('-----', begin + 11);
    const kind = kindEnd > begin ? value.slice(begin + 11, Math.min(kindEnd, begin + 11 + 60)).trim() : 'KEY';
    out += `[${kind || 'KEY'} withheld]`;
    const end = value.indexOf('-----END ', begin + 11);
    const after = end === -1 ? -1 : value.indexOf('-----', end + 9);
    if (after === -1) {
      from = value.length;
      break;
    }
    // The words after a block follow its mark on the same line.
    from = after + 5;
    while (from < value.length && /\s/.test(value[from]!)) from++;
    if (from < value.length) out += ' ';
    begin = value.indexOf(PEM_BEGIN, from);
  }
  out += value.slice(from);
  return out.trim();
}
/**
 * A name longer than this is known by its last this many characters (a form
 * name's leaf, `user[password]`, is at its end). The field-name tests used
 * to backtrack over the whole name: a 250 KB key of `[` took 37 s.
 */
export const FIELD_NAME_EXAMINED = 128;

/**
 * The name a field is known by: the last bracket of a form name
 * (`user[password]` is `password`), read from the name's last
 * FIELD_NAME_EXAMINED characters by index, not by regex.
 */
export function fieldLeaf(name: string): string {
  const tail = name.length > FIELD_NAME_EXAMINED ? name.slice(-FIELD_NAME_EXAMINED) : name;
  if (!tail.endsWith(']')) return tail;
  const open = tail.lastIndexOf('[');
  return open === -1 || tail.indexOf(']', open) !== tail.length - 1 ? tail : tail.slice(open + 1, -1);
}

/** Whether a field holds a secret a person typed (tests linear in the name: no `\w*` on both sides of a word). */
export function isSecretField(name: string): boolean {
  const leaf = fieldLeaf(name);
  return SECRET_NAME.test(leaf) || (/^[\w-]+$/.test(leaf) && SECRET_WORD.test(leaf));
}
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
 * sent as persisted mutations whose names the request never carries):
 * written for moderators, never published, like a `*_reason`.
 */
const REPORT_DETAILS = /^additional[-_]?(?:details|info|information)$/i;

/**
 * A profile's own words (a bio, an "about me"): shown on a profile page, not
 * published as a post (Flarum's PATCH /api/users/{id} `attributes.bio`); the
 * adapters treat profile bios the same way. Compared by string on the leaf.
 */
const PROFILE_FIELDS = new Set(['bio', 'biography', 'about', 'aboutme', 'about_me', 'tagline']);

function isProfileField(name: string): boolean {
  return PROFILE_FIELDS.has(fieldLeaf(name).toLowerCase());
}
/**
 * Objects holding an error report's words at any depth below them (`{ error: { type, value } }`, Sentry's
 * `exception: { values: [{ type, value }] }`, New Relic's `err: [{ params: { message } }]`, `crash`) and a
 * page's console log: words that read like prose and are never published.
 */
const ERROR_CONTAINER = /^(?:errs?|errors?|exceptions?|crash(?:es)?|crash_?report|console)$/i;
/** A `message` beside a stack trace is an error's (TrackJS's capture, `{ message, stack }` error objects). */
const STACK_FIELD = /^(?:stack|stack_?trace|back_?trace)$/i;
/**
 * The fields of an object named `profile` that are the profile's own words
 * (Revolt's PATCH /users/@me `profile.content`); a `message` or `text` in
 * such an object (a wall post to someone's profile) is still read.
 */
const PROFILE_OBJECT_FIELDS = new Set(['content', 'description', 'summary', 'headline', 'intro', 'introduction', 'status', ...PROFILE_FIELDS]);

/**
 * A field's words as a reader sees them: HTML (XenForo's `message_html`,
 * Invision's `post`, a rich editor's `<p>…</p>`) read as text, when the
 * field's name says html or its value starts with an element editors write
 * (HTML_START), and is read in full;
 * anything else as sent (a Markdown comment that mentions `<div>` keeps it).
 */
function asPlainText(name: string, value: string): string {
  if (value.indexOf('>') === -1) return value;
  if (!HTML_START.test(value.slice(0, 64)) && !(/html/i.test(name) && nameWords(name).includes('html'))) return value;
  const read = htmlText(value);
  return read.complete && read.text.trim() !== '' ? read.text : value;
}

/**
 * A value that starts with an HTML element a rich editor writes (`<p>`,
 * `<div>`, `<pre>`…) or a comment: a Markdown comment starting `<T> is the
 * type parameter` names no element and is kept as written.
 */
const HTML_START = /^\s*<(?:!--|(?:p|div|span|br|a|b|i|u|s|em|strong|code|pre|blockquote|ul|ol|li|h[1-6]|img|table|thead|tbody|tr|td|th|hr|figure|figcaption|section|article|header|footer|html|body|font|center|small|sub|sup|del|ins|mark|q|cite|abbr)[\s>/])/i;
/** A form name's part before its first bracket (`entry_comment[body]` → `entry_comment`), if it has brackets. */
function formContainer(name: string): string | undefined {
  const open = name.indexOf('[');
  return open > 0 && open <= FIELD_NAME_EXAMINED ? name.slice(0, open) : undefined;
}

/** Whether a container names a comment (`comment`, `comments`, `entry_comment`, `post_comment`), by string. */
function isCommentContainer(container: string | undefined): boolean {
  if (container === undefined || container.length > FIELD_NAME_EXAMINED) return false;
  const c = container.toLowerCase();
  return c === 'comment' || c === 'comments' || c.endsWith('_comment');
}

/** Paths that sign in, sign up or out, or reset a password (WordPress's wp-login.php?action=resetpass): nothing sent there is published. */
const ACCOUNT_PATH = /(?:^|\/)(?:wp-login|log[-_]?in|log[-_]?out|sign[-_]?in|sign[-_]?up|sign[-_]?out|register|oauth2?|session)(?:\/|\.\w+)?$/i;
/**
 * Header-bidding auctions on a site's own host (Prebid Server's /openrtb2/auction, /amp and /video,
 * docs.prebid.org): an ad request whose first-party data can carry an article's summary. Only the auction's
 * own segments: a forum category or group named `prebid` is still watched.
 */
const AD_AUCTION_PATH = /(?:^|\/)(?:openrtb2?|prebid)\/(?:auction|amp|video)\/?$/i;
/**
 * An event sink named `firehose` (Substack's /api/v1/firehose and /firehose/batch, on any of its publications'
 * domains): its events carry a post's title. Only as the sink's own last segments: `/groups/firehose-fans/posts`
 * is watched. LaunchDarkly's event recorder (`/events/bulk/{key}`, `/events/diagnostic/{key}`): flag evaluations
 * and custom events whose data may hold a draft's words.
 */
const EVENT_SINK_PATH = /(?:^|\/)firehose(?:\/(?:batch|events?))?\/?$|(?:^|\/)events\/(?:bulk|diagnostic)(?:\/[\w-]{1,80})?\/?$/i;
/** Paths that save, sync or measure rather than publish (editors autosave prose continuously). */
const SKIP_PATH = /draft|autosave|\bingest\b|session[-_]?replay|\bsave\b|sync|typing|presence|heartbeat|search|analytics|telemetry|collect|beacon|metrics|\blog(?:ging|s)?\b|track(?!s(?:$|[/_.-]))|preview|spellcheck|translate|settings|preferences/i;
/**
 * Paths whose last segment reports to moderators or checks a draft (a
 * report's reason, a grammar check's text, a proofreading or spelling
 * service's), render Markdown, or write one's
 * profile (/users/me/profile: a summary, headline or intro shown on the
 * profile page, as bios are): prose that is not published.
 */
const SKIP_LAST_SEGMENT = /\/(?:reports?|flags?|report[-_]abuse|check|(?:lint|validate)(?:[-_](?:body|title|post|question|answer|comment|draft|markdown|text))?|render|markup|profile|proofread(?:ing)?|spelling|grammar(?:[-_]check)?)(?:\.json)?\/?$|\/markdown(?:\/|\.json|$)/i;
/**
 * Report methods named in one word, as the last segment of an RPC path
 * (VK's `wall.reportPost`, `reportComment`, `report_comment`): `report`
 * first (after an optional `namespace.`), then the thing reported. Pages
 * and files about reports (`status_report`, `daily_report`, `Report-2024`,
 * `how_to_report`, `annual.report`) and `reporter` or `reporting` are not
 * methods and stay watched.
 */
const REPORT_METHOD = /^(?:[a-z][A-Za-z]*\.)?[Rr]eport(?:[A-Z][A-Za-z]*|_[a-z]+)$/;
/**
 * Setter methods named in one word, as the last segment of an RPC path: the
 * Telegram Bot API's `setMyDescription`, `setChatTitle`, `setWebhook`,
 * Viber's `set_webhook`. They set a bot's or chat's settings and profile
 * text; nothing is published. `settle`, `setup`, `settings-page` are not
 * setters (a capital or `_` must follow `set`).
 */
const SETTER_METHOD = /^(?:[a-z][A-Za-z]*\.)?set(?:[A-Z][A-Za-z]*|_[a-z_]+)$/;

/** The last segment of a path, without a trailing `/` or `.json`. */
function lastSegment(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return last.endsWith('.json') ? last.slice(0, -5) : last;
}
/** Body fields that name a translation's languages (DeepL's `target_lang`, `source_lang_user_selected`). */
const TRANSLATION_FIELD = /^(?:source|target)_?lang(?:uage)?(?:_user_selected)?$/i;
/** Fields naming the operation of a one-path API (WordPress's admin-ajax.php `action`). */
const ACTION_FIELD = /^(?:action|op|operation|do|task|cmd)$/i;
const QUIET_ACTION = /heartbeat|autosave|draft|\bsave|preview|search|report|flag|translat|spell|render/i;

/** A rough registrable domain (example.co.uk, example.com) to compare sites. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const sld = labels[labels.length - 2]!;
  const take = tld.length === 2 && sld.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}

function originHost(value: string | undefined): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}

export function isCrossSite(request: OutgoingRequest, host: string): boolean {
  const from = originHost(headerValue(request.headers, 'origin')) ?? originHost(headerValue(request.headers, 'referer'));
  return from !== undefined && siteOf(from) !== siteOf(host) && !sameNameWithAffix(siteOf(from), siteOf(host));
}

/**
 * Whether one site's name is the other's with a known affix that names a
 * site's own API or app domain (tinder.com's page calls api.gotinder.com;
 * `getX`, `tryX`, `Xapi`, `Xapp`, `Xhq`): the same site under another name.
 * The name is the label before the public suffix, four letters or more. Any
 * other addition is another site (note.com and evernote.com, post.news and
 * posthog.com, time.com and timeout.com, example.com and example-cdn.com),
 * and so is the same name under another suffix (example.com, example.net).
 */
const SITE_PREFIXES = ['get', 'go', 'try', 'use', 'join', 'my', 'app', 'api'];
const SITE_SUFFIXES = ['api', 'apis', 'app', 'apps', 'hq'];
function sameNameWithAffix(a: string, b: string): boolean {
  const name = (site: string) => site.split('.')[0] ?? '';
  const x = name(a);
  const y = name(b);
  if (x === y || x.length < 4 || y.length < 4) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const affix = (s: string) => s.replace(/^-|-$/g, '');
  if (long.endsWith(short) && SITE_PREFIXES.includes(affix(long.slice(0, -short.length)))) return true;
  return long.startsWith(short) && SITE_SUFFIXES.includes(affix(long.slice(short.length)));
}

/**
 * Characters of scripts written without spaces between words (Han, Hiragana,
 * Katakana, Thai, Lao, Khmer, Myanmar): each carries roughly the meaning of a
 * short word, so each counts as half a word and as three characters of length.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;

/**
 * Prose: long enough (`min` characters, where a character of an unspaced
 * script counts three), at least five words (whitespace-separated words plus
 * half a word per unspaced character), and mostly letters.
 */
export function isFreeText(value: string, min: number): boolean {
  if (value.length < min / 3) return false;
  const sample = value.length > 4000 ? value.slice(0, 4000) : value;
  if (/^\s*(?:https?:\/\/\S+|[{[]|data:)/i.test(sample)) return false;
  let letters = 0;
  let visible = 0;
  let unspaced = 0;
  let words = 0;
  let inWord = false;
  for (const ch of sample) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u3000') {
      inWord = false;
      continue;
    }
    visible++;
    if (UNSPACED.test(ch)) {
      unspaced++;
      letters++;
      inWord = false; // an unspaced character is counted on its own below
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    if (LETTER.test(ch)) letters++;
  }
  const length = value.length + 2 * unspaced;
  if (length < min) return false;
  if (words + unspaced / 2 < 5) return false;
  return visible > 0 && letters / visible >= 0.6;
}

/** The free text a heuristic found, with the name of the field that held it. */
export interface FreeText {
  text: string;
  field: string;
  /**
   * The name of what holds the field, when it has one: the JSON object's key
   * (`{ comment: { body_markdown } }`, Forem's comment form) or a form name's
   * part before its brackets (`entry_comment[body]`, Mbin's comment form).
   */
  container?: string;
}

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
/** A name's words: split at case changes, digits' edges aside, and at `_`, `-`, `.`, brackets and spaces (bounded by FIELD_NAME_EXAMINED). */
export function nameWords(name: string): string[] {
  const tail = name.length > FIELD_NAME_EXAMINED ? name.slice(-FIELD_NAME_EXAMINED) : name;
  return tail
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
/** Whether a field's name says it is private (any of its words in PRIVATE_WORDS). */
function isPrivateField(name: string): boolean {
  return nameWords(name).some((w) => PRIVATE_WORDS.has(w));
}
/** Whether a name has the word `answer` (`answer`, `security_answer`, `answerText`). */
function isAnswerName(name: string): boolean {
  return /answer/i.test(name) && nameWords(name).includes('answer');
}
/** Whether a name has the word `question`. */
function isQuestionName(name: string): boolean {
  return /question/i.test(name) && nameWords(name).includes('question');
}

/**
 * Paths that name a moderation action (a report, flag, label, malice,
 * removal, moderation, ban or appeal): a bare `reason` sent there is written
 * for moderators (Tildes's malice label). Tested on an examined path (bounded).
 */
const MODERATION_PATH = /report|flag|label|malice|remov|moderat|appeal|(?:^|[^a-z])(?:un)?ban(?:s|ned)?(?:$|[^a-z])/i;

/**
 * A status or state saying draft, in any case (Google Classroom's `state:
 * 'DRAFT'`), or an editor's autosave (Elementor's `save_builder` with `status:
 * 'autosave'`, sent every minute from admin-ajax.php; WordPress's `auto-draft`).
 */
const DRAFT_STATES = new Set(['draft', 'autosave', 'auto-draft', 'auto_draft']);
function isDraftState(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 16 && DRAFT_STATES.has(v.toLowerCase());
}
/**
 * A WordPress-style `post_status` that keeps a post unpublished: pending
 * review, or private (shown to the site's editors only), as the WordPress
 * adapter treats them. Not a bare `status`: a help desk's reply sets its
 * ticket's `status: 'pending'` and is still sent to the customer.
 */
function isUnpublishedPostStatus(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 16 && /^(?:pending|private)$/i.test(v);
}
/**
 * A visibility saying only its writer sees it (Moodle's notes with
 * `publishstate: 'personal'`, its blog's `publishstate=draft`; "only me"):
 * nothing is published. A private
 * or followers-only post is still published to someone and does not count.
 */
const VISIBILITY_NAME = /^(?:publish_?state|visibility|privacy|audience)$/i;
const TO_SELF = /^(?:personal|only_?me|self|me|draft)$/i;
function keptToSelf(v: Record<string, unknown>): boolean {
  for (const key in v) if (VISIBILITY_NAME.test(key) && typeof v[key] === 'string' && TO_SELF.test(v[key] as string)) return true;
  return false;
}

/** A course, class, group, channel, room, space, team, community or server by its id, as the path's end. */
const CONTAINER_PATH = /\/(?:courses?|class(?:es|rooms?)?|sections?|groups?|channels?|rooms?|spaces?|teams?|communit(?:y|ies)|servers?|guilds?)\/[^/]+\/?$/i;
/** What describes such a container rather than publishing in it. */
const CONTAINER_TEXT = /^(?:description|descriptionheading|summary|purpose|guidelines|rules|topic)$/i;

/** Last segments that create a review or comment (or a reply or answer): `published: false` there is no draft. */
const CREATION_PATH = /^(?:reviews?|comments?|repl(?:y|ies)|answers?|ratings?)$/i;

/** The longest free-text field of a parsed body, or undefined. */
export function longestFreeText(body: ParsedBody, min: number): string | undefined {
  return longestFreeField(body, min)?.text;
}

/**
 * The longest free-text field of a parsed body and its name, or undefined.
 * A bare `reason` is read only when `path` is given, names no moderation
 * action (MODERATION_PATH) and the body has no other prose: Bonusly's
 * `POST /api/v1/bonuses { reason }` and a petition's signing reason are
 * published; `*_reason` fields never are.
 */
export function longestFreeField(body: ParsedBody, min: number, path?: string, budget?: { exhausted: boolean }): FreeText | undefined {
  let best: FreeText | undefined;
  let bestHolder: unknown;
  let bestPrivate = false;
  let pem = false;
  // Every prose field, with what holds it (the JSON object, or the form name's part before its brackets) and
  // whether its name says it is private (never joined).
  const prose: Array<{ text: string; holder: unknown; private: boolean }> = [];
  // A form's `answer` is a secret when the form also asks a `question` (a security question's answer).
  let formHasQuestion = false;
  if (body.type === 'form' || body.type === 'multipart') for (const name of body.fields.keys()) if (isQuestionName(fieldLeaf(name))) formHasQuestion = true;
  // Bare `reason` fields, read after the walk when nothing else is prose and the path names no moderation action.
  const reasons: Array<{ name: string; value: string; container: string | undefined; holder: unknown }> = [];
  const consider = (name: string, value: string, container: string | undefined, holder: unknown, asReason = false) => {
    if ((name.length <= FIELD_NAME_EXAMINED && IGNORED_FIELD.test(name)) || isSecretField(name)) return;
    if (!asReason && isReasonField(name)) {
      if (fieldLeaf(name).toLowerCase() === 'reason' && reasons.length < 20) reasons.push({ name, value, container, holder });
      return;
    }
    // An answer beside a question (`{ question, answer }`, security questions) is a secret: never read.
    if (isAnswerName(fieldLeaf(name))) {
      if (formHasQuestion) return;
      if (isRecord(holder)) for (const key in holder) if (isQuestionName(key)) return;
    }
    if (isProfileField(name) || (container !== undefined && container.toLowerCase() === 'profile' && PROFILE_OBJECT_FIELDS.has(fieldLeaf(name).toLowerCase()))) return;
    // An error report's message (`{ error: { type, value } }`) reads like prose and is never published.
    if (container !== undefined && container.length <= FIELD_NAME_EXAMINED && ERROR_CONTAINER.test(container)) return;
    if (isRecord(holder) && fieldLeaf(name).toLowerCase() === 'message' && Object.keys(holder).some((k) => STACK_FIELD.test(k))) return;
    // Words inside a reason (Coral Talk's rejectComment `reason: { code, detailedExplanation }`) are for moderators.
    if (container !== undefined && isReasonField(container)) return;
    // A course's, group's or channel's own description, changed at its address, is a setting (Google Classroom's
    // PATCH /v1/courses/{id}?updateMask=description), as the adapters treat channel descriptions and topics.
    if (path !== undefined && CONTAINER_PATH.test(path) && CONTAINER_TEXT.test(fieldLeaf(name))) return;
    // Read as a reader sees it first (HTML, a document's code block): a key is looked for in what would be shown.
    const text = asPlainText(name, percentDecoded(value));
    // A key pasted into a post is what should be held, but never shown or logged: held with the key withheld.
    const keyless = withoutKeys(text);
    if (keyless !== undefined) {
      if (best === undefined || text.length > best.text.length) {
        best = { text: keyless, field: name };
        pem = true;
      }
      return;
    }
    if (!isFreeText(text, min)) return;
    const isPrivate = isPrivateField(fieldLeaf(name));
    prose.push({ text, holder, private: isPrivate });
    // A private field's prose is taken only when no other prose is found (`public_review` wins over a longer `private_feedback`).
    const longer = best === undefined || text.length > best.text.length;
    if (best === undefined || (pem ? longer : (bestPrivate && !isPrivate) || (bestPrivate === isPrivate && longer))) {
      best = container === undefined ? { text, field: name } : { text, field: name, container };
      bestHolder = holder;
      bestPrivate = isPrivate;
      pem = false;
    }
  };
  /**
   * A review written in several prose fields of one object (an employer
   * review's `pros` and `cons`, emvnuel/explana-app's ReviewRequest) is
   * published whole: the prose fields beside the longest are joined to it,
   * in the body's order, a blank line between them, as adapters join a title
   * and a body. Prose held elsewhere in the body is not.
   */
  const whole = (): FreeText | undefined => {
    if (best === undefined && path !== undefined && !MODERATION_PATH.test(path)) {
      for (const r of reasons) consider(r.name, r.value, r.container, r.holder, true);
    }
    // Only the fields of one object are joined: a JSON object, or a form's named group (`review[pros]`); never
    // an array's items, a flat form's whole field set, or a private field.
    if (best === undefined || pem || bestPrivate) return best;
    if (!isRecord(bestHolder) && !(typeof bestHolder === 'string' && bestHolder !== '')) return best;
    const parts = prose.filter((p) => p.holder === bestHolder && !p.private).map((p) => p.text);
    return parts.length < 2 ? best : { ...best, text: parts.join('\n\n') };
  };
  let nodes = 0;
  const walk = (v: unknown, name: string, depth: number, container: string | undefined, holder: unknown): void => {
    if (depth > MAX_DEPTH) return;
    if (++nodes > MAX_NODES) {
      // What was not read may be the words: the caller cannot say "not a post" (undecided instead).
      if (budget) budget.exhausted = true;
      return;
    }
    if (typeof v === 'string') consider(name, v, container, holder);
    else if (Array.isArray(v)) for (const item of v) walk(item, name, depth + 1, container, v);
    else if (isRecord(v)) {
      // A session recording's event (rrweb's `{ type, data, timestamp }`, a full snapshot holding the page's text)
      // is what the page showed, not what a person wrote.
      if (isRecordingEvent(v)) return;
      // A body that says it is a draft publishes nothing yet; so does one that says it is not published
      // (Forem's POST /api/articles with `article: { published: false }` creates a draft).
      if (v['draft'] === true || v['is_draft'] === true || isDraftState(v['status']) || isDraftState(v['state']) || isDraftState(v['post_status']) || isUnpublishedPostStatus(v['post_status']) || keptToSelf(v)) return;
      // A tracking event (Segment's or Mixpanel's `{ event, properties }`, a `page` or `track` call) describes what the
      // page showed.
      if (isAnalyticsEvent(v) || isBrowserReport(v)) return;
      // Not on a path that creates a review or comment, where `published: false` is a moderation queue's, not a draft's.
      if ((v['published'] === false || v['is_published'] === false) && !(path !== undefined && CREATION_PATH.test(lastSegment(path)))) return;
      // A ProseMirror or Atlassian Document Format document (Jira's and Confluence's `{ type: 'doc', content }`) is
      // one text, a line per paragraph, not a text node per field.
      if (v['type'] === 'doc' && Array.isArray(v['content'])) {
        const doc = proseMirrorText(v, { links: true });
        if (doc !== undefined && doc.complete) {
          consider(name, doc.text, container, holder);
          return;
        }
      }
      for (const key in v) {
        // Nothing below an error report's object is a person's words (MAX_DEPTH bounds the walk).
        if (typeof v[key] === 'object' && key.length <= FIELD_NAME_EXAMINED && ERROR_CONTAINER.test(key)) continue;
        walk(v[key], key, depth + 1, name === '' ? undefined : name, v);
      }
    }
  };
  if (body.type === 'form' || body.type === 'multipart') {
    // An object kept to its writer publishes nothing: a flat field names the form's own object (Moodle's blog form,
    // `publishstate=draft` beside `summary_editor[text]`), so nothing is read; a group's field only its group
    // (`notes[0][publishstate]=personal`), as a JSON object's does, and other groups are read (`post[body]` beside
    // `notify[audience]=me`).
    const keptGroups = new Set<string>();
    for (const [name, value] of body.fields) if (VISIBILITY_NAME.test(fieldLeaf(name)) && TO_SELF.test(value) && keptGroups.size < 20) keptGroups.add(formContainer(name) ?? '');
    if (keptGroups.has('')) return undefined;
    for (const [name, value] of body.fields) {
      const container = formContainer(name);
      if (keptGroups.size > 0 && keptGroups.has(container ?? '')) continue;
      // A JSON object sent as one form field's value (Kakao's `template_object={"object_type":"text","text":…}`) is
      // read as the JSON body it is, its fields held by the form field's name.
      const inner = value.length <= HEURISTIC_MAX_BODY && /^\s*\{/.test(value) ? jsonObject(value) : undefined;
      if (inner !== undefined) {
        // Under a name never read (`event=`, `state=`) or a secret's, or naming a quiet operation itself (`{ action:
        // 'autosave' }`), the object is not read: what its name says holds for what it holds.
        const outer = fieldLeaf(name);
        if ((outer.length <= FIELD_NAME_EXAMINED && IGNORED_FIELD.test(outer)) || isSecretField(name) || quietObject(inner)) continue;
        walk(inner, name, 1, undefined, undefined);
      } else consider(name.replace(/\[\]$/, ''), value, container, container ?? '');
    }
    return whole();
  }
  if (body.type !== 'json') return undefined;
  walk(body.value, '', 0, undefined, undefined);
  return whole();
}

/**
 * An analytics call (Segment's `{ type: 'page' | 'track' | 'screen' |
 * 'identify', properties }`, Mixpanel's and PostHog's `{ event, properties }`):
 * what the page showed or the person did, never words they publish.
 */
function isAnalyticsEvent(v: Record<string, unknown>): boolean {
  if (!isRecord(v['properties']) && !isRecord(v['traits'])) return false;
  return (typeof v['event'] === 'string' && v['event'].length <= FIELD_NAME_EXAMINED) || (typeof v['type'] === 'string' && /^(?:page|track|screen|identify)$/.test(v['type']));
}
/**
 * A browser's report (the Reporting API's `{ type: 'csp-violation', body }` and its kin, the older
 * `{ 'csp-report': … }`): a policy's sample of the page, never words a person publishes.
 */
function isBrowserReport(v: Record<string, unknown>): boolean {
  if (isRecord(v['csp-report'])) return true;
  return typeof v['type'] === 'string' && /^(?:csp-violation|deprecation|intervention|crash|network-error|coep|coop|permissions-policy-violation|document-policy-violation)$/.test(v['type']) && isRecord(v['body']);
}
/** A JSON object sent inside a form field that names a quiet operation at its top (`{ action: 'save_draft' }`). */
function quietObject(v: Record<string, unknown>): boolean {
  for (const key in v) if (ACTION_FIELD.test(key) && typeof v[key] === 'string' && QUIET_ACTION.test(v[key] as string)) return true;
  return false;
}

/** An rrweb event (session recordings: PostHog's `$snapshot_data`, Sentry replays): numeric `type`, `data`, numeric `timestamp`. */
function isRecordingEvent(v: Record<string, unknown>): boolean {
  return typeof v['type'] === 'number' && isRecord(v['data']) && typeof v['timestamp'] === 'number';
}

/**
 * A value URL-encoded once more than its form (Naver's Cafe API asks for
 * `content` passed through encodeURI before the form encodes it): read
 * decoded. Only a value made of percent escapes and URL-safe characters, with
 * several escapes, that decodes as UTF-8.
 */
function percentDecoded(value: string): string {
  if (value.length > HEURISTIC_MAX_BODY || !/%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}/.test(value.slice(0, 64)) || !/^(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!*'()+,;:@/-])+$/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A JSON object parsed from a string, or undefined. */
function jsonObject(value: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(value) as unknown;
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const MESSAGE_PATH = /(?:^|[/_.-])(?:messages?|messaging|dms?|direct|chats?|conversations?|inbox|pms?|private_?messages?|whispers?)(?:$|[/_.?-])/i;
/**
 * A notification service's host (LINE Notify's notify-api.line.me/api/notify):
 * what is sent there reaches a person's chat. Only the kind: a `notify` path
 * elsewhere (an error reporter's /notify, a shop's back-in-stock form) says no
 * message, and never widens what is watched.
 */
const NOTIFY_HOST = /^notify(?:-api)?\./i;
const COMMENT_TOKEN = /^(?:comments?|discussions?)$/i;
const REPLY_TOKEN = /^(?:repl(?:y|ies)|answers?|respond)$/i;
/** `notes` under an object with an id: /projects/42/issues/7/notes (GitLab's notes are comments). */
function scopedNotesPath(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const last = segments[segments.length - 1]!;
  return segments.length >= 3 && /^notes?(?:\.json)?$/i.test(last) && /\d/.test(segments[segments.length - 2]!);
}
/**
 * Whether a path segment is an id (digits, a token of word characters with
 * three digits in a row, or hex), one segment at a time: the single regex
 * this replaces backtracked cubically over a long segment (2,000 digits, 3 s).
 */
function hasIdSegment(path: string): boolean {
  return path.split('/').some((seg) => /^\d+$/.test(seg) || (/^[\w-]+$/.test(seg) && /\d{3}/.test(seg)) || /^[0-9a-f]{8,}$/i.test(seg) || isShortId(seg) || isRandomId(seg));
}
/**
 * A random id of mixed-case letters and digits (Airtable's `recU8sKLm2Pq4Rt0Z`,
 * /v0/{base}/{table}/{record}/comments): twelve characters or more, two
 * digits, capitals and small letters. Words in paths (`getV2Messages`) are
 * shorter or have fewer digits.
 */
function isRandomId(seg: string): boolean {
  return seg.length >= 12 && seg.length <= 40 && /^[A-Za-z0-9]+$/.test(seg) && /\d[A-Za-z]*\d/.test(seg) && /[a-z]/.test(seg) && /[A-Z]/.test(seg);
}
/**
 * A short base-36 id mixing letters and digits (Tildes's topic and comment
 * ids, /api/web/topics/2kx1/comments in deingithub/tildee): four characters
 * or more with two digits or more, so that `i18n`, `h5`, `oauth2`, `s3`,
 * `web3`, `mp3` or `2fa` are words, not ids, nor are numeronyms (`i18n`,
 * `l10n`, `k8s`); never an API version (`v1`,
 * `v2`, `v1beta1`), which also mixes them.
 */
function isShortId(seg: string): boolean {
  return seg.length >= 4 && seg.length <= 16 && /^[a-z0-9]+$/i.test(seg) && /\d[a-z]*\d/i.test(seg) && /[a-z]/i.test(seg) && !/^v\d+(?:[a-z]+\d*)?$/i.test(seg) && !/^[a-z]\d+[a-z]$/i.test(seg);
}
/**
 * Whether the path names what is commented on by an id just before its last
 * comments segment (/reviews/918273645/comments, Yext's responses to a
 * review): a `parent` in the body then names a parent comment, not the page.
 */
function idBeforeComments(path: string): boolean {
  const segments = path.split('/');
  for (let i = segments.length - 1; i > 0; i--) {
    const seg = segments[i]!;
    if (COMMENT_TOKEN.test(seg.endsWith('.json') ? seg.slice(0, -5) : seg)) return hasIdSegment(segments[i - 1]!);
  }
  return false;
}
/** Paths longer than this are read by their end only, after a `/…` that matches no segment name (URLs may be 2 MB long). */
export const PATH_EXAMINED = 1024;

/** The part of a URL's path the heuristic looks at: bounded, so that no test of it costs more than a short path's. */
export function examinedPath(url: URL): string {
  const path = url.pathname;
  return path.length > PATH_EXAMINED ? `/\u2026${path.slice(-PATH_EXAMINED)}` : path;
}
/**
 * Services whose every post is a comment under someone else's page: Disqus,
 * and a host named for comments (Isso, Remark42 and Commento are installed
 * on comments.{blog}: Isso's POST /new?uri=… names no comment in its path).
 */
const COMMENT_SERVICE_HOSTS = /(?:^|\.)disqus\.com$|^comments?\./i;
/**
 * Recipients of a mail or an invitation, at any depth (Outlook on the web's `ToRecipients`, `CcRecipients` and
 * `BccRecipients`; a calendar item's `RequiredAttendees` and `OptionalAttendees`, sent to them as an invitation).
 */
const MAIL_RECIPIENTS_KEY = /^(?:(?:to|cc|bcc)_?recipients|(?:required|optional)_?attendees)$/i;
const MESSAGE_FIELD = /^(?:recipients?|recipient_ids?|to_(?:user|person|member|profile)(?:_?id)?|to|to_?recipients|match_?id|conversation_?id|thread_?id|chat_?id|room_?id|channel_?id)$/i;
/** Fields that say "private message" whatever else the body holds (Discourse's `target_recipients`). */
const STRONG_MESSAGE_FIELD = /^(?:target_recipients|target_usernames|recipient_usernames|message_recipients)$/i;
/** Type-like fields whose value says "private message" (Discourse's `archetype: private_message`). */
const TYPE_FIELD = /^(?:archetype|type|kind|post_?type|visibility)$/i;
const MESSAGE_VALUE = /^(?:private_?message|direct_?message|direct|dm|pm)$/i;
/** Fields that name a parent comment or post whatever the path says. */
const EXPLICIT_PARENT_FIELD = /^(?:parent_(?!id$)\w+|in_reply_to(?:_\w+)?|reply_?to(?:_\w+)?|replied_to\w*|comment_parent|parent_comment(?:_id)?)$/i;
/** `parent` or `parent_id` alone: a parent comment, or on a comment path the thing commented on. */
const GENERIC_PARENT_FIELD = /^parent(?:_?id)?$/i;
/** Fields that name the post, item or thread a comment is about. */
const TARGET_FIELD = /^(?:(?:post|item|thread|topic|entry|article|page|story|video|media|object|subject|discussion|issue|question|task|card|ticket|record|comment_post|commentable)(?:_?id)?|link_?id)$/i;
const COMMENT_FIELD = /^(?:comment(?:_?text|_?body|_?content)?)$/i;
/** What a comment endpoint may name as the page commented on besides a post (Remark42's `locator: { site, url }`, Commento's `path`). */
const COMMENT_TARGET_FIELD = /^(?:locator|uri|url|page_?url|path)$/i;
const TARGET_QUERY = /[?&](?:(?:post|item|thread|topic|entry|article|page|story|video|media|object|issue|question|link)(?:_?id)?|uri|url)=/i;

/** Does a field whose name matches `pattern` hold a value (one that matches `value`, if given)? Empty and null values do not count. */
function hasField(body: ParsedBody, pattern: RegExp, value?: RegExp): boolean {
  const ok = (name: string, v: unknown) =>
    pattern.test(name) && v !== null && v !== undefined && v !== '' && v !== false && (!value || (typeof v === 'string' && value.test(v)));
  return hasFieldWhere(body, ok);
}
/** A parent of 0, "0", -1 or "root" (WordPress's `comment_parent=0`, Commento's `parentHex: 'root'`) is no parent. */
function hasParentField(body: ParsedBody, pattern: RegExp): boolean {
  return hasFieldWhere(
    body,
    (name, v) =>
      pattern.test(name) &&
      v !== null &&
      v !== undefined &&
      v !== '' &&
      v !== false &&
      v !== 0 &&
      v !== -1 &&
      v !== '0' &&
      v !== '-1' &&
      v !== 'root' &&
      !namesContainer(v),
  );
}
/** A parent object naming a page, database, block or workspace (Notion's `parent: { page_id }`) is what is commented on. */
function namesContainer(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const key in v) if (/^(?:page|database|block|workspace|data_source)_?id$/i.test(key)) return true;
  return false;
}
/**
 * A parent named in camelCase by more than its id (Commento's `parentHex`,
 * `parentCommentId`): case-sensitive. What describes the thing commented on
 * (a polymorphic `parentType`, its `parentUrl` or `parentTitle`) names no
 * parent comment.
 */
const CAMEL_PARENT_FIELD = /^parent(?!(?:Id|Type|Kind|Class|Model|Url|Uri|Path|Title|Name|Slug)$)[A-Z][A-Za-z]{0,40}$/;

/**
 * Whether a post goes into a thread that already exists: a path ending in
 * threads, topics or discussions and an id, posted to (NodeBB's POST
 * /api/v3/topics/{tid}; a PUT there edits the topic),
 * or in posts under one (POST /topics/{id}/posts),
 * or a `posts` endpoint whose body names the thread, topic or discussion by id
 * (XenForo's POST /api/posts/ `thread_id`, Invision's /api/forums/posts
 * `topic`) or in a JSON:API relationship (Flarum's
 * `relationships.discussion`). Such a post is a reply, as a forum's are.
 */
function intoThread(path: string, body: ParsedBody, method: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const last = segments[segments.length - 1] ?? '';
  const before = segments[segments.length - 2] ?? '';
  // A PUT or PATCH of a topic by id edits the topic itself, its first post (Canvas's PUT …/discussion_topics/{id}).
  if (TOPIC_COLLECTION.test(before) && /^\d+$/.test(last)) return method !== 'PUT' && method !== 'PATCH';
  // Entries or posts into a topic by id (Canvas's …/discussion_topics/{id}/entries), or one of them by id (an edit).
  if (/^(?:entries|posts)(?:\.json)?$/i.test(last) && /^\d+$/.test(before) && TOPIC_COLLECTION.test(segments[segments.length - 3] ?? '')) return true;
  if (/^\d+$/.test(last) && /^(?:entries|posts)$/i.test(before) && /^\d+$/.test(segments[segments.length - 3] ?? '') && TOPIC_COLLECTION.test(segments[segments.length - 4] ?? '')) return true;
  if (!/^posts(?:\.json)?$/i.test(last)) return false;
  if (hasFieldWhere(body, (name, v) => THREAD_FIELD.test(name) && idLike(v))) return true;
  // JSON:API: { data: { relationships: { discussion: { data: { type, id } } } } }.
  const data = body.type === 'json' && isRecord(body.value) ? body.value['data'] : undefined;
  const relationships = isRecord(data) ? data['relationships'] : undefined;
  if (!isRecord(relationships)) return false;
  for (const key of ['discussion', 'thread', 'topic']) {
    const rel = relationships[key];
    if (isRecord(rel) && isRecord(rel['data']) && idLike(rel['data']['id'])) return true;
  }
  return false;
}
const THREAD_FIELD = /^(?:thread|topic|discussion)(?:_?id)?$|^tid$/i;
const TOPIC_COLLECTION = /^(?:threads|topics|discussions|discussion[-_]topics)$/i;
/** A field naming a forum topic by id (jeuxvideo.com's `topicId`): what is posted with it goes into the topic. */
const TOPIC_ID_FIELD = /^topic_?id$/i;
function idLike(v: unknown): boolean {
  return (typeof v === 'number' && v > 0) || (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) && /\d/.test(v));
}
function hasFieldWhere(body: ParsedBody, ok: (name: string, v: unknown) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (ok(name.replace(/\[\]$/, ''), v)) return true;
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  // Top level and one level down (`{ comment: { parent_id, body } }`); a GraphQL body's `variables` one level
  // deeper, where its input object is (Coral Talk's `variables: { input: { storyID, parentID, body } }`).
  for (const key in body.value) {
    if (ok(key, body.value[key])) return true;
    const inner = body.value[key];
    if (isRecord(inner)) {
      for (const k in inner) {
        if (ok(k, inner[k])) return true;
        const input = inner[k];
        if (key === 'variables' && isRecord(input)) for (const k2 in input) if (ok(k2, input[k2])) return true;
      }
    }
  }
  return false;
}

/** Does any key down to depth 4 match `pattern` (a bounded walk: at most 500 nodes)? */
function hasKeyDeep(body: ParsedBody, pattern: RegExp): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const name of body.fields.keys()) if (pattern.test(name)) return true;
    return false;
  }
  if (body.type !== 'json') return false;
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > 500 || depth > 4) return false;
    if (Array.isArray(v)) return v.some((item) => walk(item, depth + 1));
    if (!isRecord(v)) return false;
    for (const key in v) if (pattern.test(key) || walk(v[key], depth + 1)) return true;
    return false;
  };
  return walk(body.value, 0);
}

/** The value of the first top-level field whose name matches `pattern`, when it is a string. */
function fieldValue(body: ParsedBody, pattern: RegExp): string | undefined {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (pattern.test(name)) return v;
    return undefined;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  for (const key in body.value) {
    const v = body.value[key];
    if (pattern.test(key) && typeof v === 'string') return v;
  }
  return undefined;
}

/**
 * Whether a body that carries prose says it publishes nothing: a translation
 * request (it names the languages), or an operation field that saves,
 * previews, searches or reports.
 */
export function heuristicRefuses(body: ParsedBody, path?: string): boolean {
  if (path !== undefined && GMAIL_SYNC_PATH.test(path) && !gmailSends(body)) return true;
  // Outlook on the web's CreateItem with `MessageDisposition: 'SaveOnly'` saves a draft; 'SendAndSaveCopy' sends.
  if (hasField(body, /^(?:message_?)?disposition$/i, /^save(?:only)?$/i)) return true;
  // A calendar item created with `SendMeetingInvitations: 'SendToNone'` is one's own appointment, sent to nobody; clients
  // set it on every CreateItem, so beside a disposition that sends (a mail's `SendAndSaveCopy`) it says nothing.
  if (hasField(body, /^send_?meeting_?invitations$/i, /^send_?to_?none$/i) && !hasField(body, /^(?:message_?)?disposition$/i, /^send/i)) return true;
  // One's own notes, to-dos or reminders, unless they name someone else to send them to (a reminder `to` a colleague).
  if (path !== undefined && personalCollection(path) && !hasField(body, MESSAGE_FIELD) && !hasField(body, STRONG_MESSAGE_FIELD)) return true;
  if (quietButton(body) || wordpressCustomizer(body) || (path !== undefined && (editorTransaction(body, path) || assistantPrompt(body, path)))) return true;
  const action = fieldValue(body, ACTION_FIELD);
  if (action !== undefined && QUIET_ACTION.test(action)) return true;
  const graphql = graphqlOperation(body);
  if (graphql !== undefined && (graphql.type === 'query' || quietOperation(graphql.name))) return true;
  if (translationByCodes(body)) return true;
  return hasKeyDeep(body, TRANSLATION_FIELD);
}
/**
 * A translation request naming its languages by code (Naver Papago's n2mt:
 * `source=ko&target=en&text=…`): `source` and `target` at the top of the body,
 * each a language a translation API takes (TRANSLATION_LANGUAGES, with an
 * optional region or script: `zh-CN`, `pt-BR`; `auto` as the source), beside
 * a text field. A post's `source: 'web'`, `target: 'all'`, or the same names
 * inside a tracking object, name no language.
 */
function translationByCodes(body: ParsedBody): boolean {
  const source = topLevelString(body, 'source');
  const target = topLevelString(body, 'target');
  if (source === undefined || target === undefined || !isLanguageCode(target) || !(isLanguageCode(source) || source.toLowerCase() === 'auto')) return false;
  return TRANSLATED_TEXT_FIELDS.some((name) => topLevelString(body, name) !== undefined);
}
const TRANSLATED_TEXT_FIELDS = ['text', 'q', 'query', 'content', 'input', 'source_text', 'sourceText'];
/**
 * ISO 639-1 codes of the languages translation APIs offer (Papago's thirteen,
 * DeepL's and Google Translate's common ones); no library of codes is among
 * the dependencies. A short list on purpose: rarer codes (`to`, `my`, `an`)
 * are also words a post's fields carry.
 */
const TRANSLATION_LANGUAGES = new Set([
  'af', 'ar', 'bg', 'bn', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'ga', 'gu', 'he',
  'hi', 'hr', 'hu', 'hy', 'id', 'ja', 'ka', 'kk', 'km', 'kn', 'ko', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt',
  'nb', 'ne', 'nl', 'pa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tl', 'tr',
  'uk', 'ur', 'uz', 'vi', 'zh',
]);
function isLanguageCode(value: string): boolean {
  const m = /^([A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?$/.exec(value);
  return m !== null && TRANSLATION_LANGUAGES.has(m[1]!.toLowerCase());
}
/** A top-level field's value when it is a string (a form's field, a JSON object's key). */
function topLevelString(body: ParsedBody, name: string): string | undefined {
  if (body.type === 'form' || body.type === 'multipart') return body.fields.get(name);
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * WordPress's Customizer (wp-admin/customize.php): its preview refreshes
 * (`wp_customize=on&customized={…}` to the site's front page) and its saves
 * (`action=customize_save`, `customize_changeset_data`) carry the site's
 * settings, a tagline or a widget's text among them, as a changeset: a
 * setting, not a post.
 */
function wordpressCustomizer(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  const flag = body.fields.get('wp_customize');
  return flag === 'on' || body.fields.has('customized') || body.fields.has('customize_changeset_data') || /^customize_/.test(body.fields.get('action') ?? '');
}

/**
 * An editor's transaction (Notion's POST /api/v3/submitTransaction or
 * saveTransactions: `operations: [{ id, table, path, command: 'set', args }]`,
 * also inside `transactions[]`): the document is saved as it is typed,
 * nothing is published. Only on a path naming a transaction, and only when
 * every operation is an edit (set, update, list and keyed-list edits,
 * removals): a `publish` or `send` command, or a record of a comment,
 * discussion, message, chat or post (`chat_message`), is published.
 */
const EDIT_COMMAND = /^(?:set|update|list(?:After|Before|Remove)|keyedObjectList\w{0,30}|remove|delete|setParent)$/i;
const PUBLISHED_RECORD_WORDS = new Set(['comment', 'comments', 'discussion', 'discussions', 'message', 'messages', 'chat', 'post', 'posts', 'reply', 'replies']);
function editorTransaction(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !/transaction/i.test(lastSegment(path))) return false;
  const tableOf = (op: Record<string, unknown>) => (typeof op['table'] === 'string' ? op['table'] : isRecord(op['pointer']) ? op['pointer']['table'] : undefined);
  const edits = (op: unknown) => {
    if (!isRecord(op) || typeof op['command'] !== 'string' || !EDIT_COMMAND.test(op['command'])) return false;
    const table = tableOf(op);
    return typeof table !== 'string' || !nameWords(table).some((w) => PUBLISHED_RECORD_WORDS.has(w));
  };
  const isOps = (ops: unknown) => Array.isArray(ops) && ops.length > 0 && ops.length <= 200 && ops.every(edits);
  if (isOps(body.value['operations'])) return true;
  const tx = body.value['transactions'];
  return Array.isArray(tx) && tx.length > 0 && tx.length <= 50 && tx.every((t) => isRecord(t) && isOps(t['operations']));
}

/**
 * A prompt to an AI assistant, which no person receives:
 * - a role-tagged transcript, with or without a model named: `messages`
 *   (OpenAI's chat completions, the Vercel AI SDK's /api/chat, Chatbase's
 *   widget), `input` (OpenAI's Responses API) or `contents` (Gemini) whose
 *   items carry a `role` of user, system, assistant, developer or model
 *   (ChatGPT's `author.role`);
 * - a prompt field (`prompt`, `input`, `inputs`, `query_str`,
 *   `messageInput`, or `message` when no recipient or listing is named) beside a model named at the top or
 *   one level down (`model`, `modelName`, `model_preference`: Cohere, Grok,
 *   Mistral's Le Chat, Perplexity), or sent to a completion endpoint
 *   (claude.ai's …/chat_conversations/{id}/completion).
 * A caption, title, body or description beside it is what a person
 * publishes (an AI-art share: `{ model, prompt, caption }` on /api/posts):
 * then it is a post.
 */
const ASSISTANT_ROLES = new Set(['user', 'system', 'assistant', 'developer', 'model']);
const TRANSCRIPT_KEYS = ['messages', 'input', 'contents'];
const PROMPT_KEYS = ['prompt', 'input', 'inputs', 'query_str', 'messageInput', 'message'];
const MODEL_KEY = /^(?:model|model_?name|modelName|model_?id|modelId|model_?preference|modelPreference)$/;
const PUBLISHED_BESIDE_PROMPT = /^(?:caption|title|body|description|text|content|story)$/i;
const COMPLETION_SEGMENT = /^(?:retry_)?completions?$|^generate(?:_?content)?$/i;
function assistantPrompt(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const v = body.value;
  for (const key in v) if (PUBLISHED_BESIDE_PROMPT.test(key) && typeof v[key] === 'string' && (v[key] as string).trim() !== '') return false;
  const roleOf = (m: unknown) => (isRecord(m) ? (typeof m['role'] === 'string' ? m['role'] : isRecord(m['author']) ? m['author']['role'] : undefined) : undefined);
  const transcript = TRANSCRIPT_KEYS.some((k) => {
    const list = v[k];
    return Array.isArray(list) && list.slice(0, 50).some((m) => ASSISTANT_ROLES.has(String(roleOf(m))));
  });
  if (transcript) return true;
  // A bare `message` beside a `model` may be a person's (a question to a seller about a car's model): only when the
  // body names no recipient or listing.
  const addressed = () => hasField(body, MESSAGE_FIELD) || hasField(body, TARGET_FIELD) || hasField(body, /^(?:listing|seller|product|vehicle)_?id$/i);
  const prompt = PROMPT_KEYS.some((k) => typeof v[k] === 'string' && (k !== 'message' || !addressed()));
  if (!prompt) return false;
  const namesModel = (o: Record<string, unknown>) => {
    for (const key in o) if (MODEL_KEY.test(key) && typeof o[key] === 'string') return true;
    return false;
  };
  let model = namesModel(v);
  for (const key in v) if (!model && isRecord(v[key])) model = namesModel(v[key] as Record<string, unknown>);
  return model || COMPLETION_SEGMENT.test(lastSegment(path));
}

/**
 * A form's submit buttons are sent by name only when clicked, with their
 * label as value: phpBB's posting form sends `post`, `preview` or `save`
 * ("Save draft"), MyBB's `submit`, `previewpost` ("Preview Post") or
 * `savedraft`. A clicked preview or draft button, with no publishing button
 * beside it, publishes nothing. Only a label counts: a hidden field or a
 * toggle (`save_draft=0`, `preview=false`, a script's `preview=1` asking
 * for a link preview) says nothing about what the request does. A bare
 * `save` counts only when its label says draft: WordPress's classic editor
 * labels its button for updating a published post `save` ("Update"), and
 * other forms save published words the same way. Rails names its submit
 * button `commit` whatever its label.
 */
const QUIET_BUTTON = /^(?:preview|previewpost|preview_post|do_preview|savedraft|save_draft)$/i;
const PUBLISH_BUTTON = /^(?:post|submit|publish|send|sbutton|commit|reply|postreply|post_reply)$/i;
/** A button's label: words with letters, not a toggle's value (`0`, `false`, `no`, `off`, `true`, `yes`, `on`). */
function isButtonLabel(value: string): boolean {
  return value.length <= 64 && /\p{L}/u.test(value) && !/^\s*(?:false|no|off|true|yes|on|null|undefined|none)\s*$/i.test(value);
}
function quietButton(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  let quiet = false;
  for (const [name, value] of body.fields) {
    if (value === '') continue;
    if (PUBLISH_BUTTON.test(name)) return false;
    if ((QUIET_BUTTON.test(name) && isButtonLabel(value)) || (/^save$/i.test(name) && /draft/i.test(value))) quiet = true;
  }
  return quiet;
}

/**
 * GraphQL operation names that save, preview, search, report or measure
 * (Hashnode's `CreateDraft`, then `PublishDraft` by id, in the publishers of
 * the code index), told by the name's first word (camelCase and underscores
 * split it): Search…, Report…, Flag…, Preview…, Track…, Log…, Record…,
 * Sync…, Heartbeat, Presence, Typing, and Create, Save, Update or Delete with
 * Draft. A quiet word elsewhere in the name says nothing (`CreateResearchNote`,
 * `AddReportComment`), and a name with any word that sends or publishes
 * (`SendDraft`, `SubmitDraft`, `ScheduleDraft`, `ReplyToFlaggedComment`) is
 * never quiet.
 */
const QUIET_FIRST_WORDS = new Set([
  'search', 'report', 'flag', 'preview', 'track', 'log', 'record', 'sync', 'heartbeat', 'presence', 'typing',
  'autosave', 'translate', 'spellcheck', 'render',
]);
const DRAFT_VERBS = new Set(['create', 'save', 'update', 'delete']);
const PUBLISHING_VERBS = new Set(['send', 'submit', 'publish', 'schedule', 'reply', 'replies']);
const PUBLISHED_NOUNS = new Set(['post', 'posts', 'comment', 'comments', 'message', 'messages']);
/**
 * A quiet operation name (see QUIET_FIRST_WORDS), never one with a word that
 * publishes; a report or flag names what it reports (`ReportComment`, as
 * VK-style `reportComment` paths do), so there only the verbs count.
 */
function quietOperation(name: string | undefined): boolean {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return false;
  const words = nameWords(name);
  if (words.length === 0 || words.some((w) => PUBLISHING_VERBS.has(w))) return false;
  if (words[0] !== 'report' && words[0] !== 'flag' && words.some((w) => PUBLISHED_NOUNS.has(w))) return false;
  return QUIET_FIRST_WORDS.has(words[0]!) || (DRAFT_VERBS.has(words[0]!) && words.includes('draft'));
}
/**
 * A GraphQL document's head: an operation keyword, then within 200 characters
 * (its name and variables) the selection's `{`. A contact form's `query:
 * "subscription"` is no document. Tested on the first 300 characters only.
 */
const GRAPHQL_HEAD = /^\s*(query|mutation|subscription)\b[^{]{0,200}\{/;
/** How far into a document an operation named by `operationName` is looked for. */
const GRAPHQL_NAME_EXAMINED = 4096;
/** A GraphQL name (the only names an operation may have). */
const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * The GraphQL operation a body carries (`{ query, variables, operationName }`,
 * Hashnode's gql.hashnode.com). A body is GraphQL only when it has
 * `variables` or `operationName`, or its `query` is a document that starts
 * with an operation keyword and its selection; a shorthand document (`{ … }`)
 * counts only beside `variables` or `operationName`. The type is the named
 * operation's when `operationName` is set (a document may hold several; the
 * first GRAPHQL_NAME_EXAMINED characters are searched), else the first
 * operation's; `unknown` when it cannot be told. Only a `query` reads; a
 * mutation's name says what it does. Undefined when the body is not GraphQL.
 */
function graphqlOperation(body: ParsedBody): { type: string; name: string | undefined } | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const doc = body.value['query'];
  const operationName = typeof body.value['operationName'] === 'string' ? body.value['operationName'] : undefined;
  const hasMeta = operationName !== undefined || (body.value['variables'] !== undefined && body.value['variables'] !== null);
  if (typeof doc !== 'string') {
    // A persisted operation (the document stored on the server, named only): Twitch's web client sends chat as
    // { operationName: 'sendChatMessage', variables, extensions: { persistedQuery } } to gql.twitch.tv. Its type is
    // unknown; its name still says what it does.
    const persisted = operationName !== undefined && (isRecord(body.value['variables']) || isRecord(body.value['extensions']));
    return persisted ? { type: 'persisted', name: operationName } : undefined;
  }
  const head = doc.slice(0, 300);
  if (head.trimStart().startsWith('{')) return hasMeta ? { type: 'query', name: operationName } : undefined;
  const m = GRAPHQL_HEAD.exec(head);
  if (!m) return hasMeta ? { type: 'unknown', name: operationName } : undefined;
  if (operationName === undefined) {
    const named = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,99})/.exec(head);
    return { type: m[1]!, name: named?.[1] };
  }
  if (!GRAPHQL_NAME.test(operationName)) return { type: 'unknown', name: operationName };
  const op = new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).exec(doc.slice(0, GRAPHQL_NAME_EXAMINED));
  return { type: op ? op[1]! : 'unknown', name: operationName };
}

/** The last of "comment" and "reply" that the path names, if either. */
function pathKind(path: string): 'comment' | 'reply' | undefined {
  let kind: 'comment' | 'reply' | undefined;
  // A discussion's topics (Canvas's /courses/{id}/discussion_topics) are threads, not comments: their words are the
  // thread's first post, and what is posted into one by id is a reply (intoThread).
  path = path.replace(DISCUSSION_TOPICS, '/topics');
  // `:` too: Google's custom methods (…/questions/{id}/answers:upsert, the Business Profile Q&A API).
  for (const token of path.split(/[/_.?:-]/)) {
    if (COMMENT_TOKEN.test(token)) kind = 'comment';
    else if (REPLY_TOKEN.test(token)) kind = 'reply';
  }
  if (kind === undefined && scopedNotesPath(path)) kind = 'comment';
  if (kind === undefined && WORK_ITEM_CHILD.test(path)) kind = 'comment';
  return kind;
}
const DISCUSSION_TOPICS = /\/discussion[-_]topics(?=\/|$)/gi;
/**
 * What is written under a task, card, ticket or item by id: Asana's
 * POST /tasks/{gid}/stories (a comment on a task is a "story"), updates and
 * activities under an item.
 */
const WORK_ITEM_CHILD = /\/(?:tasks?|cards?|tickets?|items?)\/[^/]+\/(?:stories|updates|activities)\/?$/i;

/** The kind an operation field names (`action=replyto-comment`), if any. */
function actionKind(body: ParsedBody): PostKind | undefined {
  const action = fieldValue(body, ACTION_FIELD);
  if (action !== undefined) return kindOfAction(action);
  const method = methodName(body);
  if (method !== undefined) return operationKind(method) ?? (THREAD_POST_METHOD.test(method) ? 'reply' : undefined);
  return operationKind(graphqlOperation(body)?.name);
}

/**
 * The method a remote call names: Moodle's AJAX batches
 * (`[{ index, methodname, args }]` to lib/ajax/service.php) and web services
 * (`wsfunction` to webservice/rest/server.php). Its words say the kind as an
 * operation's name does (`core_message_send_messages_to_conversation`).
 */
const METHOD_FIELD = /^(?:methodname|method_name|wsfunction)$/i;
function methodName(body: ParsedBody): string | undefined {
  if (body.type === 'json' && Array.isArray(body.value) && isRecord(body.value[0])) {
    const first = body.value[0];
    for (const key in first) if (METHOD_FIELD.test(key) && typeof first[key] === 'string') return first[key];
    return undefined;
  }
  return fieldValue(body, METHOD_FIELD);
}
/** A post added to a discussion, thread or topic that exists (Moodle's `mod_forum_add_discussion_post`, with the post replied to). */
const THREAD_POST_METHOD = /(?:discussion|thread|topic)_?(?:post|entry|reply)$/i;

/** The kind an operation's name says (`replyto-comment`, `do_newreply`, vBulletin's `insertpm`), if any. */
function kindOfAction(action: string): PostKind | undefined {
  if (action.length > FIELD_NAME_EXAMINED) return undefined;
  if (/repl/i.test(action)) return 'reply';
  if (/comment/i.test(action)) return 'comment';
  if (/(?:^|[^a-z]|insert|send|new)(?:message|pm|dm)(?:$|[^a-z])|send_?message/i.test(action)) return 'message';
  return undefined;
}

/**
 * A path segment that sends mail (Microsoft Graph's /me/sendMail, SendGrid's
 * /v3/mail/send): whole segments only, so that a title's slug mentioning
 * emails says nothing.
 */
const MAIL_PATH = /(?:^|\/)(?:send_?mail|e?mails?)(?:\/|\.json|$)/i;
/** A webmail host (mail.google.com, mail.yahoo.com, mail.proton.me): what it sends is a message. */
const MAIL_HOST = /^(?:web)?mail\./i;
/** Whether a query parameter's name says message or chat (Bumble's mwebapi.phtml?SERVER_SEND_CHAT_MESSAGE); the first 20 are looked at. */
function queryKeysSayMessage(url: URL): boolean {
  let n = 0;
  for (const key of url.searchParams.keys()) {
    if (++n > 20) break;
    if (key.length <= FIELD_NAME_EXAMINED && MESSAGE_PATH.test(`/${key}`)) return true;
  }
  return false;
}

/** Query parameters naming the operation of a forum's one-file endpoint (phpBB's posting.php?mode=reply). */
const QUERY_ACTION_PARAM = /^(?:action|op|operation|do|mode|task|cmd)$/i;
/** Query parameters naming the comment or post replied to. */
const QUERY_PARENT_PARAM = /^(?:in_)?reply_?to(?:_id)?$|^parent_?comment_?id$/i;
/** A query value saying "private messages" (phpBB's ucp.php?i=pm), under a key that names a module or section (not `slot=pm`). */
const QUERY_MESSAGE_VALUE = /^(?:private_?messages?|pms?|dms?)$/i;
const QUERY_SECTION_PARAM = /^(?:i|action|op|operation|do|mode|task|cmd|module|section|area|tab|folder|box|page)$/i;

/**
 * The kind the query string says, as an `action` field would (phpBB's
 * posting.php?mode=reply, vBulletin's private.php?do=insertpm), or a value
 * naming private messages (phpBB's ucp.php?i=pm&mode=compose). The first 20
 * parameters are looked at.
 */
function queryKind(url: URL): PostKind | undefined {
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (QUERY_SECTION_PARAM.test(key) && QUERY_MESSAGE_VALUE.test(value)) return 'message';
    // A comment replied to, named in the query string (Menéame's backend/comment_ajax?reply_to={id}); 0 is none. A
    // bare `parent_id` names a parent comment only on a comment path: elsewhere a page's or category's parent.
    if ((QUERY_PARENT_PARAM.test(key) || (/^parent_?id$/i.test(key) && pathKind(examinedPath(url)) === 'comment')) && /^[1-9]\d{0,19}$/.test(value)) return 'reply';
    if (QUERY_ACTION_PARAM.test(key)) {
      const kind = kindOfAction(value);
      if (kind) return kind;
    }
  }
  return undefined;
}

/**
 * The kind a GraphQL operation's name says, as an `action` field would, in
 * camelCase (no word boundaries to rely on): chat and messages first
 * (Twitch's `sendChatMessage`, a reply in chat included), then replies
 * (`AddReply`), then comments (Hashnode's `AddComment`).
 */
function operationKind(name: string | undefined): PostKind | undefined {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return undefined;
  // A friendship request's or an invitation's note goes to one person (gutefrage.net's RequestFriendship `text`).
  // Only a friendship or a friend request: `CreatePostForFriends` or `ShareWithFriends` publish to many.
  if (/message|whisper|chat|conversation|friendship|friend_?request|invit/i.test(name)) return 'message';
  // An answer to a question is a reply in its thread (gutefrage.net's CreateAnswer); a survey's, quiz's, poll's or
  // form's answers are no thread's (`SaveSurveyAnswers`).
  if (/repl/i.test(name) || (/answer/i.test(name) && !/survey|quiz|poll|form|questionnaire|feedback/i.test(name))) return 'reply';
  if (/comment/i.test(name)) return 'comment';
  return undefined;
}

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

/**
 * A path without its slugs: segments of three or more hyphenated words that
 * follow an id, made from a title (Mbin posts comments to the entry's own
 * page, /m/{magazine}/t/{id}/{title-slug}; a thread titled "moderation log
 * published" has `log` in its path). The words that make a path quiet
 * (`log`, `track`, `search`, `settings`…) name endpoints, not titles; read
 * in a slug they let comments pass unseen. Only the last segment is a slug,
 * and only when no segment is `api` and its first word is no endpoint's verb
 * (SLUG_QUIET_FIRST: /api/articles/123/save-as-draft,
 * /workspaces/w7/sync-document-state stay quiet). An endpoint named in three
 * words (/api/full-text-search) follows no id and stays quiet. Tested
 * segment by segment, without a regex over the whole path.
 */
function withoutSlugs(path: string): string {
  if (!path.includes('-')) return path;
  const segments = path.split('/');
  // Only the last segment (a trailing `/` aside), after an id, outside an `api` path, and not one whose first word
  // names an endpoint's action (`save-as-draft`, `update-notification-settings`, `log-client-error`).
  let last = segments.length - 1;
  if (last > 0 && segments[last] === '') last--;
  if (last < 1 || segments.some((seg) => seg.toLowerCase() === 'api')) return path;
  const seg = segments[last]!;
  if (!/^[A-Za-z0-9-]+$/.test(seg) || !hasIdSegment(segments[last - 1]!)) return path;
  const words = seg.toLowerCase().split('-').filter((w) => w !== '');
  if (words.length < 3 || SLUG_QUIET_FIRST.has(words[0]!)) return path;
  segments[last] = '';
  return segments.join('/');
}
/** First words that make a hyphenated segment an endpoint rather than a title's slug. */
const SLUG_QUIET_FIRST = new Set(['save', 'auto', 'sync', 'track', 'log', 'search', 'update', 'set']);

/**
 * The one host-specific rule: Gmail's web client sends mail through its sync
 * endpoint (POST mail.google.com/sync/u/{n}/i/s), whose path says "sync" as
 * every editor's save does, so the path rule would let every email pass
 * unseen. Only this host and path are watched despite the word; the same
 * endpoint also saves drafts and changes labels, which GMAIL_SENT tells
 * apart (a published capture and email-sent detectors in the code index:
 * a send carries the smart label ^pfg and no ^r).
 */
const GMAIL_SYNC_PATH = /^\/sync\/u\/\d{1,3}\/i\/s$/;
function isGmailSync(url: URL): boolean {
  return url.hostname === 'mail.google.com' && GMAIL_SYNC_PATH.test(url.pathname);
}
/**
 * The messages a Gmail sync body sends: each holder (object or array) of a
 * smart-label array with ^pfg and without ^r (a draft's). A label array
 * holds strings, at least one a smart label (`^…`); user labels
 * (`Label_5`) may stand beside them. One request may batch a send with
 * another message's draft save (InboxSDK's cvOnDraftSaveBatched test data),
 * so each message's labels are judged alone, and its words are read from
 * that message alone. Bounded walk.
 */
function gmailSentMessages(body: ParsedBody): unknown[] {
  if (body.type !== 'json') return [];
  let nodes = 0;
  const sent: unknown[] = [];
  const walk = (v: unknown, depth: number, holder: unknown): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => typeof x === 'string') && v.some((x) => (x as string).startsWith('^'))) {
        if (v.includes('^pfg') && !v.includes('^r') && holder !== undefined && sent.length < 20) sent.push(holder);
        return;
      }
      for (const item of v) walk(item, depth + 1, v);
    } else if (isRecord(v)) for (const key in v) walk(v[key], depth + 1, v);
  };
  walk(body.value, 0, undefined);
  return sent;
}
function gmailSends(body: ParsedBody): boolean {
  return gmailSentMessages(body).length > 0;
}
/**
 * The part of a body the heuristic reads words from: on Gmail's sync
 * endpoint, the messages it sends (a draft batched beside them is not
 * sent); elsewhere the whole body.
 */
export function heuristicScope(url: URL, body: ParsedBody): ParsedBody {
  if (!isGmailSync(url) || body.type !== 'json') return body;
  const sent = gmailSentMessages(body);
  return sent.length === 0 ? body : { type: 'json', value: sent.length === 1 ? sent[0] : sent };
}

/**
 * Whether a path names a comment or message being written, by its last
 * segments: comments or messages last (Stream Chat's
 * /channels/{type}/{id}/message), or one or two segments before a creating
 * or sending verb (Commento's /api/comment/new, Kakao's
 * /v1/api/talk/friends/message/default/send). Events, updates and activities under an item, and
 * words such as chat earlier in the path (an error service's
 * /api/chat/v1/events), do not.
 */
function namesCommentOrMessage(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const name = (seg: string | undefined) => (seg ?? '').replace(/\.json$/i, '');
  const last = name(segments[segments.length - 1]);
  const written = /^(?:comments?|messages?|repl(?:y|ies))$/i;
  if (written.test(last)) return true;
  // Or a sending verb last, one of the two segments before it naming what is sent (Kakao's /talk/friends/message/default/send).
  return /^(?:new|create|add|send|post)$/i.test(last) && (written.test(name(segments[segments.length - 2])) || written.test(name(segments[segments.length - 3])));
}
/** Hosts that collect telemetry (errors, events, metrics, logs): never a comment widget or chat service. */
const TELEMETRY_HOST = /^(?:[\w-]+\.)*?(?:events?|errors?|telemetry|analytics|metrics|logs?|collect(?:or)?|track(?:ing|er)?|ingest|beacon|stats|rum|sentry)[.-]/i;

/**
 * Profile editing pages (Moodle's /user/edit.php, whose form sends the
 * profile's description as `description_editor[text]`; /profile/edit,
 * /profile/update, /account/update-profile): a profile's words, like a bio,
 * are not a post. A bare `update` under `me`, `account` or `users` may post
 * a status and stays watched.
 */
const PROFILE_EDIT_PATH = /(?:^|\/)(?:users?|profiles?|accounts?|me)\/edit(?:[-_]?profile)?(?:\.\w+)?\/?$|(?:^|\/)(?:users?|accounts?|me)\/update[-_]?profile(?:\.\w+)?\/?$|(?:^|\/)profiles?\/update(?:\.\w+)?\/?$|(?:^|\/)(?:edit|update)[-_]?profile(?:\.\w+)?\/?$/i;
/**
 * A collection of one's own notes, to-dos or reminders created at its own
 * address, under no object's id (Canvas's POST /api/v1/planner_notes): kept
 * for oneself. Bare `notes` may be published (Substack-like notes) and notes
 * under an object by id (GitLab's /issues/7/notes) are comments: both stay
 * watched, and so does a reminder that names someone to send it to.
 */
const PERSONAL_COLLECTION = /^(?:(?:planner|personal|private|my|self|sticky)[-_]?notes|todos?|to[-_]dos|reminders)$/i;
function personalCollection(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const last = (segments[segments.length - 1] ?? '').replace(/\.json$/i, '');
  if (!PERSONAL_COLLECTION.test(last)) return false;
  return !hasIdSegment(segments[segments.length - 2] ?? '');
}

/**
 * A telemetry SDK's transport named in the query string, whatever the path
 * (a site's own proxy for it): Datadog's proxy parameter `ddforward`, or the
 * intake's own `dd-api-key` and `dd-evp-origin` that its function-form proxy
 * passes on (docs.datadoghq.com RUM proxy guide, browser-sdk), Sentry's
 * `sentry_key` (store and envelope endpoints, tunnels that keep it), and
 * PostHog's `compression=gzip-js` or `base64` (posthog-js; its reverse-proxy
 * guides put /ingest on the site's own host). No request that publishes
 * words carries them; an unreadable body beside them is a telemetry batch.
 */
export function telemetryTransport(url: URL): boolean {
  const q = url.searchParams;
  if (q.has('ddforward') || q.has('sentry_key') || q.has('dd-api-key') || q.has('dd-evp-origin')) return true;
  const compression = q.get('compression');
  return compression !== null && /^(?:gzip-js|base64)$/i.test(compression);
}

/**
 * Sentry's ingestion paths, on its hosts or a site's own proxy: `/api/{project}/store/` (an event's JSON, the
 * exception's words in it) and `/api/{project}/envelope/` (develop.sentry.dev/sdk/store, /sdk/envelopes).
 */
const SENTRY_INGEST_PATH = /(?:^|\/)api\/\d{1,20}\/(?:store|envelope)\/?$/i;

/**
 * A body that opens with a Sentry envelope header
 * (develop.sentry.dev/sdk/envelopes: a first line of JSON with `event_id` or
 * `sent_at`, and `dsn` or `sdk`), sent to a site's tunnel route (Sentry's
 * `tunnel` option, Next.js's `/monitoring`): an error or replay report,
 * whose later items may be compressed bytes.
 */
export function telemetryEnvelope(body: string | undefined): boolean {
  if (body === undefined || body[0] !== '{') return false;
  const end = body.indexOf('\n');
  if (end < 0 || end > 4000) return false;
  let header: unknown;
  try {
    header = JSON.parse(body.slice(0, end));
  } catch {
    return false;
  }
  return isRecord(header) && ('event_id' in header || 'sent_at' in header) && ('dsn' in header || 'sdk' in header);
}

/**
 * Words in a path's segments or a host's labels that name a telemetry
 * service or its purpose, as their SDKs' same-site proxies keep them
 * (PostHog's /ingest/e/, Sentry's tunnel /monitoring, OTLP's /v1/traces,
 * Amplitude's /2/httpapi, Mixpanel's /mp/engage and /mp/record, LogRocket's
 * /lr/i, Highlight's /highlight/public, Datadog's proxy, Grafana Faro).
 * Their batches are compressed (gzip-js, deflate, protobuf), so nothing in
 * them can be read: such a path with an unreadable body is not held.
 */
const TELEMETRY_WORDS = new Set([
  'posthog', 'ph', 'sentry', 'monitoring', 'envelope', 'highlight', 'logrocket', 'lr', 'datadog', 'dd', 'amplitude', 'amp',
  'httpapi', 'mixpanel', 'mp', 'engage', 'segment', 'faro', 'otel', 'otlp', 'traces', 'spans', 'metrics', 'logs', 'rum',
  'replay', 'recording', 'recordings', 'ingest', 'telemetry', 'analytics', 'insights', 'vitals', 'beacon', 'collect',
]);
/**
 * Query parameters a telemetry SDK sends (Datadog's proxy `ddforward`, Sentry's `sentry_key` and `sentry_version`);
 * PostHog's `compression` counts only with its own values (telemetryTransport): a bare `compression=gzip` beside a
 * comment path is no SDK's mark.
 */
const TELEMETRY_QUERY = /^(?:ddforward|sentry_key|sentry_version)$/i;
/** A binary RPC's content type (gRPC-web, Connect's and others' protobuf). */
const BINARY_RPC_TYPE = /^application\/(?:grpc(?:-web)?(?:\+proto)?|connect\+proto|proto|protobuf|x-protobuf|vnd\.google\.protobuf)\b/i;
/** A gRPC or Connect method's path: `/package.Service/Method` (`/acme.user.v1.UserService/GetUser`). */
const RPC_PATH = /\/[a-z][\w]*(?:\.[\w]+)*\.[A-Z]\w*\/([A-Z]\w*)$/;

/**
 * Whether a body that cannot be read (compressed or binary) on this watched
 * request is a telemetry batch or a binary RPC that names no publishing, and
 * so is not held: a telemetry service or purpose named in the host or path
 * (TELEMETRY_WORDS), a one-letter last segment (PostHog's /e/ and /s/,
 * LogRocket's /i), a telemetry SDK's query parameter, a Sentry tunnel's
 * `?o={org}&p={project}`; or a gRPC-web or Connect call (by its content
 * type or its `/package.Service/Method` path) whose method's name neither
 * sends nor publishes (`GetUser`, `ListModules`; `SendMessage`,
 * `CreatePost` stay undecided). Anything else unreadable stays undecided.
 */
export function unreadableIsQuiet(url: URL, request: Pick<OutgoingRequest, 'headers'>): boolean {
  const path = examinedPath(url);
  const rpc = RPC_PATH.exec(path);
  const contentType = headerValue(request.headers, 'content-type') ?? '';
  if (rpc || BINARY_RPC_TYPE.test(contentType)) {
    const words = nameWords(rpc ? rpc[1]! : lastSegment(path));
    return !words.some((w) => PUBLISHING_VERBS.has(w) || PUBLISHED_NOUNS.has(w) || w === 'reply' || w === 'chat');
  }
  const segments = path.split('/').filter((seg) => seg !== '');
  if (segments.length > 0 && /^[a-z]$/i.test(segments[segments.length - 1]!)) return true;
  const words = [...segments.flatMap((seg) => seg.toLowerCase().split(/[-_.]/)), ...url.hostname.toLowerCase().split(/[-.]/)];
  if (words.some((w) => TELEMETRY_WORDS.has(w)) || telemetryTransport(url)) return true;
  let n = 0;
  for (const key of url.searchParams.keys()) {
    if (++n > 20) break;
    if (TELEMETRY_QUERY.test(key)) return true;
  }
  return /^\d{1,12}$/.test(url.searchParams.get('o') ?? '') && /^\d{1,12}$/.test(url.searchParams.get('p') ?? '');
}

/** Whether the heuristic looks at this request at all, from its URL and headers (before any body is read). */
export function heuristicWatches(url: URL, request: Pick<OutgoingRequest, 'headers'>): boolean {
  const path = examinedPath(url);
  const last = lastSegment(path);
  if (isGmailSync(url)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  if (AD_AUCTION_PATH.test(path) || EVENT_SINK_PATH.test(path) || SENTRY_INGEST_PATH.test(path)) return false;
  if (SKIP_PATH.test(withoutSlugs(path)) || SKIP_LAST_SEGMENT.test(path) || ACCOUNT_PATH.test(path) || PROFILE_EDIT_PATH.test(path) || REPORT_METHOD.test(last) || SETTER_METHOD.test(last)) return false;
  // A comment widget embedded in another site's page (Commento's script posts from the blog's origin to
  // commento.io/api/comment/new) is cross-site by design, as is a chat service an app's page talks to (Stream
  // Chat's POST chat.stream-io-api.com/channels/{type}/{id}/message): paths ending in comments or messages are
  // watched from any origin, except on telemetry hosts; heuristicCrossSiteAllowed then wants a comment to name
  // its page.
  if (!isCrossSite(request as OutgoingRequest, url.hostname)) return true;
  return !TELEMETRY_HOST.test(url.hostname) && (COMMENT_SERVICE_HOSTS.test(url.hostname) || namesCommentOrMessage(path));
}

/**
 * Whether a post found on a cross-site request may stand: a comment sent
 * from another site's page must name what it is under (a page, thread,
 * post or parent, in the body or query string: Commento's `path`, Cusdis's
 * `pageId`, Remark42's `locator`) or go to a comment service; a feedback
 * widget's `{ rating, comment }` names nothing. Messages (a chat service's
 * channel in its path) and same-site requests stand as found.
 */
export function heuristicCrossSiteAllowed(request: OutgoingRequest, url: URL, body: ParsedBody): boolean {
  if (!isCrossSite(request, url.hostname) || COMMENT_SERVICE_HOSTS.test(url.hostname)) return true;
  const path = examinedPath(url);
  if (MESSAGE_PATH.test(path) && !COMMENT_TOKEN.test(lastSegment(path))) return true;
  return (
    hasField(body, TARGET_FIELD) ||
    hasField(body, COMMENT_TARGET_FIELD) ||
    hasField(body, /^locator$/) ||
    hasParentField(body, EXPLICIT_PARENT_FIELD) ||
    hasParentField(body, CAMEL_PARENT_FIELD) ||
    hasParentField(body, GENERIC_PARENT_FIELD) ||
    TARGET_QUERY.test(url.search)
  );
}

export function heuristicApplies(url: URL, request: OutgoingRequest, bodyLength: number): boolean {
  if (bodyLength === 0 || bodyLength > HEURISTIC_MAX_BODY) return false;
  return heuristicWatches(url, request);
}
