/**
 * Rules several heuristic modules ask the same question with (cross-round review x1): whom words are addressed to,
 * whether a contact form carries them, a team's note by its type, the words of an operation's name, a path ending in
 * comments, top-level fields, and whether a flag sits on the object that holds the body's words. Each was written
 * once per round before; one answer here keeps the rounds from disagreeing (participation.ts deferred to a named
 * recipient while feedback-tools.ts did not; unpublished-objects.ts and participation.ts read "the object holding
 * the words" two ways).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { longestFreeText } from './longest-field';
import { MAIL_RECIPIENTS_KEY } from './messages';
import { fieldLeaf } from './names';
import { MESSAGE_PATH, RECEIVER_FIELD, STRONG_MESSAGE_FIELD } from './words';

/**
 * Whom a message is addressed to (`to`, `recipient_ids`, a receiver, Graph's `toRecipients`): a message names its
 * reader, and stays a message whatever else the body says it answers (cv1 review m1).
 */
const ADDRESSEE_FIELD = /^(?:to|recipients?|recipient_?ids?|to_?(?:user|person|member|profile)(?:_?id)?|to_?recipients)$/i;
/** Words addressed to someone: a messages or chat path, mail recipients, a private-message field, a named recipient. */
export function addressed(path: string, body: ParsedBody): boolean {
  if (MESSAGE_PATH.test(path) || hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasField(body, STRONG_MESSAGE_FIELD)) return true;
  return recipientsNamed(body, (leaf) => ADDRESSEE_FIELD.test(leaf) || RECEIVER_FIELD.test(leaf));
}
/**
 * Whether a field the caller names as a recipient list holds someone: not null, empty, false or an empty list. Also
 * for recipient fields that address someone only in some bodies (Loomio's `recipient_user_ids`, which notify a
 * group's members of an open thread and address a thread with no group to those people alone: participation.ts).
 */
export function recipientsNamed(body: ParsedBody, isRecipientField: (leaf: string) => boolean): boolean {
  return hasFieldWhere(body, (name, v) => isRecipientField(fieldLeaf(name)) && v !== null && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0));
}

/**
 * A contact form's submission (round q3): a `contact` or `contact-us` route (or a listing's `contact-seller`, v1 review M1), Contact Form 7's REST route
 * …/contact-forms/{id}/feedback, a form builder's …/forms/{id}/submissions or /entries (Gravity Forms' REST API
 * v2); Netlify Forms' AJAX submissions say so by their `form-name` field instead. Whole segments only.
 */
export const CONTACT_FORM_PATH = /(?:^|\/)(?:contact(?:[-_](?:us|seller|owner|host|landlord|agent|advertiser|poster))?|contact[-_]forms?\/[^/]+\/feedback|forms?\/[^/]+\/(?:submissions?|entries))(?:\.\w+)?\/?$/i;
export function contactForm(path: string, body: ParsedBody): boolean {
  return CONTACT_FORM_PATH.test(path) || hasField(body, /^form-name$/i);
}
/** Words a recipient reads whatever a flag on them says of publishing: addressed to someone, or sent through a contact form. */
export function readByRecipient(path: string, body: ParsedBody): boolean {
  return addressed(path, body) || contactForm(path, body);
}

/** The words of a name (`createComment` → create, Comment; `save_employer_review` → save, employer, review). */
export function nameWords(name: string): string[] {
  return name.length <= 2000 ? name.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/) : [];
}

/** A last segment naming comments (`comment`, `comments`). */
export const COMMENTS_LAST = /^comments?$/i;

/** Whether a top-level field (not a nested object's field of that name) has a non-empty string value. */
export function topLevelWords(body: ParsedBody, pattern: RegExp): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, value] of body.fields) if (pattern.test(name) && value.trim() !== '') return true;
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  return Object.entries(body.value).some(([name, value]) => pattern.test(name) && typeof value === 'string' && value.trim() !== '');
}
/** Whether a top-level field of that name is there, whatever its value (or one whose value `ok` accepts). */
export function topLevelKey(body: ParsedBody, pattern: RegExp, ok?: (v: unknown) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') return [...body.fields].some(([name, v]) => pattern.test(name) && (ok === undefined || ok(v)));
  return body.type === 'json' && isRecord(body.value) && Object.entries(body.value).some(([name, v]) => pattern.test(name) && (ok === undefined || ok(v)));
}

/**
 * The floor for the words an object holds. The refusals that read it are not given the caller's
 * `minFreeTextLength`; 40 is the heuristic's default.
 */
const WORDS_FLOOR = 40;
const MAX_FLAG_FIELDS = 200;
type Entries = ReadonlyArray<readonly [string, unknown]>;
/**
 * Whether a flag or status said of an object (`test` on its fields, by leaf name) is said of the body's words: at
 * the top (a flat form's fields, a JSON body's own keys: the whole body is the record), or in the object or form
 * group one level down (in a GraphQL body's `variables`, one further) that holds the body's longest words (Go Vocal's
 * `{ idea: { body_multiloc, publication_status } }`, a Rails wrapper `{ article: { body, isPublished } }`). A flag
 * beside the words, on an attachment whose caption is prose too or on the post a comment sits on, says nothing of
 * them (cv1 review D2, x1 review M2).
 */
export function flagOnWordsHolder(body: ParsedBody, test: (entries: Entries) => boolean): boolean {
  let all: string | undefined | null = null;
  const holdsTheWords = (part: ParsedBody): boolean => {
    const words = longestFreeText(part, WORDS_FLOOR);
    if (words === undefined) return false;
    all ??= longestFreeText(body, WORDS_FLOOR);
    return words === all;
  };
  if (body.type === 'form' || body.type === 'multipart') {
    const groups = new Map<string, Array<[string, unknown]>>();
    let n = 0;
    for (const [name, value] of body.fields) {
      if (++n > MAX_FLAG_FIELDS) break;
      const open = name.lastIndexOf('[');
      const group = open > 0 ? name.slice(0, open) : '';
      if (!groups.has(group) && groups.size >= 20) continue;
      groups.set(group, [...(groups.get(group) ?? []), [fieldLeaf(name), value]]);
    }
    if (test(groups.get('') ?? [])) return true;
    for (const [group, entries] of groups) {
      if (group === '' || !test(entries)) continue;
      const own = new Map([...body.fields].filter(([name]) => name.startsWith(`${group}[`)));
      if (holdsTheWords({ type: body.type, fields: own })) return true;
    }
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const top = body.value;
  if (test(Object.entries(top).slice(0, MAX_FLAG_FIELDS))) return true;
  const holders: Array<Record<string, unknown>> = [];
  for (const [key, inner] of Object.entries(top).slice(0, MAX_FLAG_FIELDS)) {
    if (!isRecord(inner) || holders.length >= 20) continue;
    holders.push(inner);
    if (key === 'variables') for (const v of Object.values(inner).slice(0, MAX_FLAG_FIELDS)) if (isRecord(v) && holders.length < 20) holders.push(v);
  }
  return holders.some((holder) => test(Object.entries(holder).slice(0, MAX_FLAG_FIELDS)) && holdsTheWords({ type: 'json', value: holder }));
}
