/**
 * The unknown-site heuristic: a same-site POST (or PUT/PATCH) carrying a long
 * free-text field is treated as a post. Conservative on purpose: it wants
 * prose (several words, mostly letters), ignores fields that are obviously
 * not authored text (tokens, URLs, page titles sent by analytics, search
 * queries), refuses cross-site requests when the Origin or Referer says so,
 * and skips paths that say "draft", "search" or "autosave".
 */
import { headerValue, isRecord } from './body';
import type { OutgoingRequest, ParsedBody } from './types';

/** Bodies larger than this are not scanned by the heuristic (uploads, telemetry batches). */
export const HEURISTIC_MAX_BODY = 256 * 1024;
const MAX_NODES = 2000;
const MAX_DEPTH = 8;

const IGNORED_FIELD = /^(?:q|query|search|keywords?|term|title|dt|dl|dr|url|uri|href|link|referr?er|ua|user_?agent|token|csrf\w*|authenticity_token|password|passwd|secret|signature|cookie|session\w*|state|nonce|hash|id|uuid|email|username|user|login|callback|redirect\w*|return_?to|event|events|category|label|path|page|screen|locale|lang|timezone|tz|version|stack|error|message_id|sdk\w*)$/i;
/** Paths that save, sync or measure rather than publish (editors autosave prose continuously). */
const SKIP_PATH = /draft|autosave|\bsave\b|sync|typing|presence|heartbeat|search|analytics|telemetry|collect|beacon|metrics|\blog(?:ging|s)?\b|track|preview|spellcheck|translate/i;

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

/** Prose: at least `min` characters, five words, and mostly letters. */
export function isFreeText(value: string, min: number): boolean {
  if (value.length < min) return false;
  const sample = value.length > 4000 ? value.slice(0, 4000) : value;
  if (/^\s*(?:https?:\/\/\S+|[{[]|data:)/i.test(sample)) return false;
  const words = sample.trim().split(/\s+/);
  if (words.length < 5) return false;
  let letters = 0;
  let visible = 0;
  for (const ch of sample) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    visible++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return visible > 0 && letters / visible >= 0.6;
}

/** The longest free-text field of a parsed body, or undefined. */
export function longestFreeText(body: ParsedBody, min: number): string | undefined {
  let best: string | undefined;
  const consider = (name: string, value: string) => {
    if (IGNORED_FIELD.test(name)) return;
    if ((best === undefined || value.length > best.length) && isFreeText(value, min)) best = value;
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
      if (v['draft'] === true || v['is_draft'] === true || v['status'] === 'draft') return;
      for (const key in v) walk(v[key], key, depth + 1);
    }
  };
  walk(body.value, '', 0);
  return best;
}

export function heuristicApplies(url: URL, request: OutgoingRequest, bodyLength: number): boolean {
  if (bodyLength === 0 || bodyLength > HEURISTIC_MAX_BODY) return false;
  if (SKIP_PATH.test(url.pathname)) return false;
  return !isCrossSite(request, url.hostname);
}
