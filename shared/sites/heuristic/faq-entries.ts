/**
 * FAQ entries on any site (round r20 read GoFundMe Pro's campaign FAQ in fundraising.ts; its review, r20rev, moved
 * the rule here, M3, since a FAQ is no fundraiser's own). A FAQ entry is a short question and its answer, published
 * together on a public page (a campaign's, a shop's, a help centre's). longest-field.ts asks faqEntryText first,
 * before the walk, because the walk keeps an `answer` beside a `question` secret (a security question's).
 *
 * - What is read (r20rev D2): the answer of a JSON body's top level (GoFundMe Pro's POST /campaigns/{id}/faqs and
 *   PUT /faqs/{id}: `{ question, answer, tag, weight }`), of a JSON object wrapped in the model's name (Rails'
 *   `{ faq: { question, answer } }`), or of a form's fields named for a FAQ (`faq[answer]`, `admin_faq[answer]`) or
 *   flat (`answer`). Only on a FAQ collection or one entry by id (`/faqs`, `/faqs/{id}`): the path is tested first,
 *   a substring test, so other requests pay nothing more.
 * - The words shown (r20rev J3, lead's decision): the question and the answer, a blank line between them, when the
 *   question is words (two or more, mostly letters); the answer alone otherwise. Both are what the page shows.
 * - What publishes nothing (r20rev D1: the walk's checks, asked here since this hook runs before it): an entry whose
 *   own fields say draft (`draft: true`, a draft `status` or `state`), not published or not shown (`published`,
 *   `is_published`, `is_online`, `isActive`, `visible`… off), kept to its writer (unpublished-objects.ts
 *   keptToSelf), or private (`visibility`/`privacy` private, internal, hidden, staff; `status` private, pending,
 *   hidden, inactive, offline). Also a chatbot's or assistant's knowledge base (`/bots/{id}/faqs`; r20rev J4): its
 *   answers are canned replies the bot sends later, quiet as reply templates are (round u4).
 * - The kind is decided elsewhere: a post by the general rules; an answer on a FAQ entry by id under a product or a
 *   listing by id is a reply (marketplaces.ts, r20rev J4).
 *
 * Sources: the GoFundMe Pro API 2.0 OpenAPI (api-evangelist/gofundme: createFAQ, PUT /faqs/{faq}, FAQFillable);
 * Rails scaffold forms and view tests naming `faq[question]`, `faq[answer]`, `admin_faq[is_online]` (code index, as
 * the r20 review found them). Fixtures `r20-gofundme-pro-campaign-faq`, `r20fix-gofundme-pro-faq-edit`,
 * `r20rev-*faq*`.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { nonEmptyString } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { FIELD_NAME_EXAMINED, fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';
import { withoutKeys } from './secrets';
import { isDraftState, isUnpublishedPostStatus, keptToSelf } from './unpublished-objects';

/** A FAQ collection, or the segment before one entry's id. */
const FAQ_SEGMENT = /^faqs?$/i;
/** A chatbot's or assistant's knowledge base: its FAQ answers are canned replies (r20rev J4). */
const BOT_SEGMENT = /^(?:bots?|chat_?bots?|assistants?|knowledge[-_]?bases?|kbs?)$/i;
/** A key or form group naming a FAQ entry (`faq`, `admin_faq`, `category_faq`). */
const FAQ_HOLDER = /(?:^|_)faq$/i;
/** A flag that says the entry is shown (`published`, `is_online`, `isActive`, `visible`, `enabled`). */
const SHOWN_FLAG = /^(?:is_?)?(?:published|online|active|visible|enabled|live)$/i;
/** A visibility or privacy that keeps the entry from the public page. */
const PRIVATE_VISIBILITY = /^(?:private|internal|hidden|staff|admins?|draft)$/i;
const VISIBILITY_KEY = /^(?:visibility|privacy|audience)$/i;
/** A status that keeps it off the page (beyond drafts and WordPress's pending or private). */
const HIDDEN_STATUS = /^(?:hidden|inactive|offline|disabled|archived)$/i;

/** A FAQ collection or one entry by id at the path's end. */
function onFaq(path: string): boolean {
  const segs = pathSegments(path);
  const n = segs.length;
  return FAQ_SEGMENT.test(segs[n - 1] ?? '') || (n >= 2 && hasIdSegment(segs[n - 1]!) && FAQ_SEGMENT.test(segs[n - 2]!));
}

/** A flag's value that says off (`false`, `0`, `"0"`, `"false"`, `"no"`). */
function off(v: unknown): boolean {
  return v === false || v === 0 || (typeof v === 'string' && /^(?:false|0|no|off)$/i.test(v));
}

/** The entry's fields: a JSON body's top level, the object wrapped in a FAQ's name, or a form's FAQ fields. */
function entryOf(body: ParsedBody): { entry: Record<string, unknown>; container?: string } | undefined {
  if (body.type === 'json') {
    if (!isRecord(body.value)) return undefined;
    if ('answer' in body.value) return { entry: body.value };
    for (const key in body.value) {
      const v = body.value[key];
      if (key.length <= FIELD_NAME_EXAMINED && FAQ_HOLDER.test(key) && isRecord(v) && 'answer' in v) return { entry: v, container: key };
    }
    return undefined;
  }
  if (body.type !== 'form' && body.type !== 'multipart') return undefined;
  // A flat form's fields, or those of a group named for a FAQ (`faq[answer]`, `admin_faq[is_online]`); a repeater's
  // lists (`faq[answer][]`, several entries at once) have no single leaf and are left to the walk.
  const entry: Record<string, unknown> = {};
  let container: string | undefined;
  for (const [name, value] of body.fields) {
    const bracket = name.indexOf('[');
    if (bracket > 0) {
      const group = name.slice(0, bracket);
      if (group.length > FIELD_NAME_EXAMINED || !FAQ_HOLDER.test(group) || name.indexOf('[', bracket + 1) !== -1) continue;
      container = group;
    }
    entry[fieldLeaf(name)] = value;
  }
  return 'answer' in entry ? (container === undefined ? { entry } : { entry, container }) : undefined;
}

/** Whether the entry's own fields keep it off the public page (r20rev D1). */
function unpublished(entry: Record<string, unknown>, path: string): boolean {
  if (entry['draft'] === true || entry['is_draft'] === true || keptToSelf(entry, path)) return true;
  for (const key in entry) {
    const v = entry[key];
    if (SHOWN_FLAG.test(key) && off(v)) return true;
    if (typeof v !== 'string' || v.length > 24) continue;
    if (/^(?:status|state)$/i.test(key) && (isDraftState(v) || isUnpublishedPostStatus(v) || HIDDEN_STATUS.test(v))) return true;
    if (VISIBILITY_KEY.test(key) && PRIVATE_VISIBILITY.test(v)) return true;
  }
  return false;
}

/** A question that is words, shown as the entry's heading: two or more words, mostly letters, not a link. */
function questionWords(q: unknown): q is string {
  if (typeof q !== 'string') return false;
  const t = q.trim();
  if (t.length < 5 || t.length > 500 || /^(?:https?:|\{|\[)/i.test(t) || !/\S\s+\S/.test(t)) return false;
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  return letters * 2 >= t.replace(/\s/g, '').length;
}

/**
 * The words of a FAQ entry (longest-field.ts asks it before the walk): the question and the answer joined, or the
 * answer alone; `null` when the entry publishes nothing (a draft, unpublished, private, a bot's knowledge base);
 * undefined off a FAQ path, when there is no entry, or when its answer is no prose (the walk then reads the body).
 */
export function faqEntryText(body: ParsedBody, min: number, path: string | undefined): FreeText | null | undefined {
  if (path === undefined || !/faq/i.test(path) || !onFaq(path)) return undefined;
  const found = entryOf(body);
  if (found === undefined) return undefined;
  const { entry, container } = found;
  const answer = entry['answer'];
  if (!nonEmptyString(answer)) return undefined;
  if (pathSegments(path).some((s) => BOT_SEGMENT.test(s)) || unpublished(entry, path)) return null;
  const text = asPlainText('answer', answer);
  const keyless = withoutKeys(text);
  if (keyless === undefined && !isFreeText(text, min)) return undefined;
  const question = entry['question'];
  const words = keyless ?? text;
  const shown = questionWords(question) ? `${question.trim()}\n\n${words}` : words;
  return container === undefined ? { text: shown, field: 'answer' } : { text: shown, field: 'answer', container };
}
