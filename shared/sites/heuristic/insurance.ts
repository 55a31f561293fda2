/**
 * Insurance agents, brokers and claims adjusters (round in1, mended after its review, in1rev): their words about a named
 * policyholder, claimant or witness, written into claims or policy software through Guidewire InsuranceSuite's Cloud
 * API (ClaimCenter, PolicyCenter, BillingCenter). The claimant is an identifiable third party (injuries, suspicions of
 * fraud, money troubles), so the words are held with the kind a reader would give them. What is read, each a
 * **comment** (colleagues on the record read them, as hc2, cm1 and vt1 decided for notes on a record):
 * - a note on a claim, account, policy, job or activity (`POST …/claim/v1/claims/{id}/notes`,
 *   `…/common/v1/activities/{id}/notes`, `…/account/v1/accounts/{id}/notes`, `…/policy/v1/policies/{id}/notes`,
 *   BillingCenter's `…/billing/v1/accounts/{id}/notes`);
 * - an activity created on such a record with its own description or subject (`POST …/claim/v1/claims/{id}/activities`);
 * - a note's words or an activity's description edited by id (`PATCH …/common/v1/notes/{id}`, `…/common/v1/activities/{id}`);
 * - a claim reopened with a note (`POST …/claim/v1/claims/{id}/reopen`, the documented `note` field);
 * - any of these sent inside the Composite API (`POST …/composite/v1/composite`, `requests[]` of {method, uri, body}).
 * Guidewire's ids are typed keys with a colon (`cc:102`, `pc:4411`, `demo_sample:20`), sent percent-encoded
 * (`cc%3A102`) by generated clients; the older id tests take neither for ids. Why a path rule: the API's own shape
 * (`/{api}/v1/{collection}/{key}/{child}`) is the only sign; the body is the generic `data.attributes` envelope. So that
 * an unrelated API with a colon in an id is not read, the path must sit under Guidewire's `/rest/` prefix
 * (`/cc/rest/claim/v1/…`) or the key must start with a Guidewire product prefix (`cc:`, `pc:`, `bc:`, `ab:`, `demo_sample:`).
 * Not read here, and left quiet by the older rules: an activity made from its pattern alone, assignments, completions,
 * reserve sets, closings, quotes, a note's topic or security type changed with no words, a due date moved. Other
 * Cloud API writes (a new claim's loss description, a reserve's words) and a note's words in `subject` alone fall to the
 * older rules (see the in1 notes).
 * AgencyZoom's notes on leads and customers (numeric ids) are read as comments by the older rules already.
 */
import type { ParsedBody, PostKind } from '../types';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';

/** A Guidewire typed key: a product prefix and an id (`cc:102`), or any `word:word` under the Cloud API's `/rest/` prefix. */
const KEY = String.raw`[\w-]+:[\w-]+`;
const PRODUCT_KEY = /^(?:cc|pc|bc|ab|demo_sample):/;
/** The record a note or an activity hangs on, by a typed key, then the child collection (or the reopen action). */
const GUIDEWIRE_CHILD = new RegExp(
  String.raw`(/rest)?/(?:claim|account|policy|job|common|billing)/v1/(?:claims|accounts|policies|jobs|activities)/(${KEY})/(notes|activities|reopen)/?$`,
);
/** A note or an activity by its own typed key in the Common API (edits go there). */
const GUIDEWIRE_BY_ID = new RegExp(String.raw`(/rest)?/common/v1/(notes|activities)/(${KEY})/?$`);
/** The Composite API's one endpoint: sub-requests in `requests[]`, each with its own `uri`. */
const COMPOSITE = /\/composite\/v1\/composite\/?$/;
/** The words of a note, of an activity, of a reopening: Cloud API's field names. */
const NOTE_WORDS = /^body$/;
const ACTIVITY_WORDS = /^(?:description|subject)$/;
const REOPEN_WORDS = /^note$/;
const WORDS: Readonly<Record<string, RegExp>> = { notes: NOTE_WORDS, activities: ACTIVITY_WORDS, reopen: REOPEN_WORDS };

/** Whether the field holds the person's words for that child or action (a note's body, an activity's description). */
function wordsOf(child: string | undefined, leaf: string): boolean {
  const words = child === undefined ? undefined : WORDS[child];
  return words !== undefined && words.test(leaf);
}

/** Cheapest sign first: a Cloud API version segment and a colon (plain or percent-encoded) in the path, or a composite call. */
function mayBeGuidewire(path: string): boolean {
  return path.includes('/v1/') && (path.includes(':') || path.includes('%3A') || path.includes('%3a') || path.includes('/composite/v1/'));
}

/** Generated clients encode the key's colon (`cc%3A102`); read it as the server does. */
function decodeColons(path: string): string {
  return path.includes('%') ? path.replace(/%3A/gi, ':') : path;
}

/** Guidewire's and not some other API's: under `/rest/`, or a key with a Guidewire product prefix (review M1). */
function isGuidewire(rest: string | undefined, key: string): boolean {
  return rest !== undefined || PRODUCT_KEY.test(key);
}

/** The kind of one Cloud API write by its (decoded) path, the leaf of the field the words are in, and its method. */
function cloudApiKind(path: string, leaf: string, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PATCH' && m !== 'PUT') return undefined;
  const child = GUIDEWIRE_CHILD.exec(path);
  if (child) return isGuidewire(child[1], child[2] ?? '') && wordsOf(child[3], leaf) ? 'comment' : undefined;
  const byId = GUIDEWIRE_BY_ID.exec(path);
  if (!byId || !isGuidewire(byId[1], byId[3] ?? '')) return undefined;
  return wordsOf(byId[2], leaf) ? 'comment' : undefined;
}

/** The key under which `text` sits in a sub-request's `data.attributes`, if it does. */
function attributeHolding(sub: Record<string, unknown>, text: string): string | undefined {
  const data = (sub.body as { data?: { attributes?: unknown } } | undefined)?.data;
  const attributes = data?.attributes;
  if (!attributes || typeof attributes !== 'object') return undefined;
  for (const [key, value] of Object.entries(attributes)) if (value === text) return key;
  return undefined;
}

/**
 * A Composite API call: the sub-request whose body holds the words, read by its own `uri` and `method` (review D3).
 * The uri is relative to the app's `/rest/` root, so it counts as under it.
 */
function compositeKind(body: ParsedBody, text: string): PostKind | undefined {
  if (body.type !== 'json' || !body.value || typeof body.value !== 'object') return undefined;
  const requests = (body.value as { requests?: unknown }).requests;
  if (!Array.isArray(requests)) return undefined;
  for (const sub of requests) {
    if (!sub || typeof sub !== 'object') continue;
    const { uri, method } = sub as { uri?: unknown; method?: unknown };
    if (typeof uri !== 'string' || typeof method !== 'string') continue;
    const leaf = attributeHolding(sub as Record<string, unknown>, text);
    if (leaf === undefined) continue;
    return cloudApiKind('/rest' + decodeColons(uri.split('?')[0] ?? ''), leaf, method);
  }
  return undefined;
}

/**
 * A note's, an activity's or a reopening's words on an insurance record in Guidewire's Cloud API: a comment. `found`
 * is the words and the field they were read from, so an activity with no words of its own (its pattern's defaults) is
 * left alone.
 */
export function insuranceKind(path: string, found: FreeText, method: string, body: ParsedBody): PostKind | undefined {
  if (!mayBeGuidewire(path)) return undefined;
  if (COMPOSITE.test(path)) return method.toUpperCase() === 'POST' ? compositeKind(body, found.text) : undefined;
  return cloudApiKind(decodeColons(path), fieldLeaf(found.field), method);
}
