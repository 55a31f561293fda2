/**
 * The unknown-site heuristic: a same-site POST (or PUT/PATCH) carrying a long
 * free-text field is treated as a post. Conservative on purpose: it wants
 * prose (several words, mostly letters), ignores fields that are obviously
 * not authored text (tokens, URLs, page titles sent by analytics, search
 * queries), refuses cross-site requests when the Origin or Referer says so,
 * and skips paths that say "draft", "search" or "autosave".
 *
 * Prose is measured in a way that works for scripts written without spaces:
 * Chinese, Japanese and Thai have no spaces between words, so a word count
 * alone would never see a post in them; each such character counts as part
 * of a word instead (see isFreeText). The kind (comment, reply, message,
 * post) is told from the path and the field names where they say it.
 */
import { headerValue, isRecord } from './body';
import type { OutgoingRequest, ParsedBody, PostKind } from './types';

/** Bodies larger than this are not scanned by the heuristic (uploads, telemetry batches). */
export const HEURISTIC_MAX_BODY = 256 * 1024;
const MAX_NODES = 2000;
const MAX_DEPTH = 8;

const IGNORED_FIELD = /^(?:q|query|search|keywords?|term|title|dt|dl|dr|url|uri|href|link|referr?er|ua|user_?agent|token|csrf\w*|authenticity_token|password|passwd|secret|signature|cookie|session\w*|state|nonce|hash|id|uuid|email|username|user|login|callback|redirect\w*|return_?to|event|events|category|label|path|page|screen|locale|lang|timezone|tz|version|stack|error|message_id|sdk\w*)$/i;
/** Paths that save, sync or measure rather than publish (editors autosave prose continuously). */
const SKIP_PATH = /draft|autosave|\bsave\b|sync|typing|presence|heartbeat|search|analytics|telemetry|collect|beacon|metrics|\blog(?:ging|s)?\b|track|preview|spellcheck|translate|settings|preferences/i;

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
  return from !== undefined && siteOf(from) !== siteOf(host);
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
}

/** The longest free-text field of a parsed body, or undefined. */
export function longestFreeText(body: ParsedBody, min: number): string | undefined {
  return longestFreeField(body, min)?.text;
}

/** The longest free-text field of a parsed body and its name, or undefined. */
export function longestFreeField(body: ParsedBody, min: number): FreeText | undefined {
  let best: FreeText | undefined;
  const consider = (name: string, value: string) => {
    if (IGNORED_FIELD.test(name)) return;
    if ((best === undefined || value.length > best.text.length) && isFreeText(value, min)) best = { text: value, field: name };
  };
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, value] of body.fields) consider(name.replace(/\[\]$/, ''), value);
    return best;
  }
  if (body.type !== 'json') return undefined;
  let nodes = 0;
  const walk = (v: unknown, name: string, depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (typeof v === 'string') consider(name, v);
    else if (Array.isArray(v)) for (const item of v) walk(item, name, depth + 1);
    else if (isRecord(v)) {
      // A body that says it is a draft publishes nothing yet.
      if (v['draft'] === true || v['is_draft'] === true || v['status'] === 'draft' || v['state'] === 'draft') return;
      for (const key in v) walk(v[key], key, depth + 1);
    }
  };
  walk(body.value, '', 0);
  return best;
}

const MESSAGE_PATH = /(?:^|[/_.-])(?:messages?|messaging|dms?|direct|chats?|conversations?|inbox|pms?|private_?messages?|whispers?)(?:$|[/_.?-])/i;
const COMMENT_PATH = /(?:^|[/_.-])(?:comments?|discussions?)(?:$|[/_.?-])/i;
const REPLY_PATH = /(?:^|[/_.-])(?:repl(?:y|ies)|answers?|respond)(?:$|[/_.?-])/i;
const MESSAGE_FIELD = /^(?:recipients?|recipient_ids?|to_user(?:_?id)?|to|conversation_?id|thread_?id|chat_?id|room_?id|channel_?id)$/i;
/** Fields that say "private message" whatever else the body holds (Discourse's `target_recipients`). */
const STRONG_MESSAGE_FIELD = /^(?:target_recipients|target_usernames|recipient_usernames|message_recipients)$/i;
/** Type-like fields whose value says "private message" (Discourse's `archetype: private_message`). */
const TYPE_FIELD = /^(?:archetype|type|kind|post_?type|visibility)$/i;
const MESSAGE_VALUE = /^(?:private_?message|direct_?message|direct|dm|pm)$/i;
const PARENT_FIELD = /^(?:parent(?:_\w+)?|in_reply_to(?:_\w+)?|reply_?to(?:_\w+)?|replied_to\w*|comment_parent|parent_comment(?:_id)?)$/i;
const COMMENT_FIELD = /^(?:comment(?:_?text|_?body|_?content)?)$/i;

/** Does a field whose name matches `pattern` hold a value (one that matches `value`, if given)? Empty and null values do not count. */
function hasField(body: ParsedBody, pattern: RegExp, value?: RegExp): boolean {
  const ok = (name: string, v: unknown) =>
    pattern.test(name) && v !== null && v !== undefined && v !== '' && v !== false && (!value || (typeof v === 'string' && value.test(v)));
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (ok(name.replace(/\[\]$/, ''), v)) return true;
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  // Top level and one level down (`{ comment: { parent_id, body } }`).
  for (const key in body.value) {
    if (ok(key, body.value[key])) return true;
    const inner = body.value[key];
    if (isRecord(inner)) for (const k in inner) if (ok(k, inner[k])) return true;
  }
  return false;
}

/**
 * The kind of an unknown site's post, from what its path and fields say:
 * messages go to inboxes, chats and conversations or name a recipient;
 * comments go to comment paths or are held in a `comment` field; a comment
 * or post that names a parent is a reply. Anything else is a post.
 */
export function heuristicKind(url: URL, body: ParsedBody, found: FreeText): PostKind {
  const path = url.pathname;
  if (MESSAGE_PATH.test(path) || hasField(body, STRONG_MESSAGE_FIELD) || hasField(body, TYPE_FIELD, MESSAGE_VALUE)) return 'message';
  const parent = hasField(body, PARENT_FIELD);
  if (COMMENT_PATH.test(path) || COMMENT_FIELD.test(found.field)) return parent ? 'reply' : 'comment';
  if (REPLY_PATH.test(path)) return 'reply';
  if (hasField(body, MESSAGE_FIELD) && !hasField(body, /^(?:title|subject_?line)$/i)) return 'message';
  return parent ? 'reply' : 'post';
}

/** Whether the heuristic looks at this request at all, from its URL and headers (before any body is read). */
export function heuristicWatches(url: URL, request: Pick<OutgoingRequest, 'headers'>): boolean {
  if (SKIP_PATH.test(url.pathname)) return false;
  return !isCrossSite(request as OutgoingRequest, url.hostname);
}

export function heuristicApplies(url: URL, request: OutgoingRequest, bodyLength: number): boolean {
  if (bodyLength === 0 || bodyLength > HEURISTIC_MAX_BODY) return false;
  return heuristicWatches(url, request);
}
