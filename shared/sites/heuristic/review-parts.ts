/**
 * A review written in named parts (round pr2): an employer review's pros,
 * cons and advice to management (Glassdoor, Indeed, kununu and their like),
 * beside a review text. Each part is the person's words, however short
 * ("Weekly pay."), so the parts are shown together: joined into one field in
 * the body's order, a blank line between them, with no labels added (what is
 * shown is only what the person wrote), the same words in two parts read once.
 * The joined field keeps the first part's name, where the first part stood.
 * longest-field.ts already joins prose fields of one JSON object; this also
 * joins a flat form's parts and parts too short to be prose alone. Only where
 * `pros` or `cons` (or `positives` / `negatives`) is among them: a lone
 * `review_text` beside an `advice` field is no review in parts. Not the
 * singular `positive` / `negative`: an image generator's prompt and negative
 * prompt are named so (review of round pr2).
 *
 * Only in a body that says it is a review (review of round pr2): the parts'
 * object or form group holds a rating (`rating`, `overallRating`,
 * `ratingOverall`, `stars`), or the path, the GraphQL operation or an
 * enclosing field names a review or feedback. A plan's pros and cons on a
 * pricing page, a comparison table, a private pros-and-cons list, a survey's
 * short answers and a form builder's question labels are named the same and
 * are no one's review; alone, each part still meets the floor for prose or
 * not, as before. A bare `{ rating, pros, cons }` is still joined.
 *
 * Where the parts are joined, the review's headline is dropped beside them
 * (`headline`, `reviewHeadline`): the heuristic shows no subject, as a
 * `title` is not shown, so a long headline never stands for short parts.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { graphqlOperation } from './graphql';
import { fieldLeaf } from './names';
import { nameWords } from './shared-rules';
import { MAX_DEPTH, MAX_NODES } from './limits';

const REVIEW_PART = /^(?:pros|cons|positives|negatives|advice(?:_?(?:to|for)_?(?:management|mgmt|ceo|employer))?|review_?(?:text|body|content))$/i;
const PROS_OR_CONS = /^(?:pros|cons|positives|negatives)$/i;
/** A rating beside the parts: the body is a review. `score` is left out: a comparison table scores its rows. */
const RATING_FIELD = /^(?:(?:overall_?)?(?:star_?)?ratings?(?:_?overall)?|stars)$/i;
/** A review's headline: a subject, dropped where its parts are joined. */
const HEADLINE_FIELD = /^(?:review_?)?headline$/i;
/** A word of a path, operation or field name that names a review. */
const REVIEW_WORD = /^(?:reviews?|feedbacks?)$/i;

/** Whether a name (a path, `saveEmployerReview`, `collectReview_input.htm`) has a word naming a review. */
function namesReview(name: string): boolean {
  return nameWords(name).some((w) => REVIEW_WORD.test(w));
}

/**
 * Whether a JSON value has a pros or cons key anywhere within the walk's reach: without one nothing is joined, so
 * most bodies are passed on as they are without a copy (x1 review N10).
 */
function hasProsOrCons(v: unknown, depth: number, budget: { nodes: number }): boolean {
  if (depth > MAX_DEPTH || ++budget.nodes > MAX_NODES) return false;
  if (Array.isArray(v)) return v.some((item) => hasProsOrCons(item, depth + 1, budget));
  if (!isRecord(v)) return false;
  for (const key in v) if (PROS_OR_CONS.test(key) || hasProsOrCons(v[key], depth + 1, budget)) return true;
  return false;
}

/** The parts' words joined, in order, or undefined when these names hold no review in parts. */
function joined(parts: ReadonlyArray<[string, unknown]>): string | undefined {
  if (!parts.some(([name, v]) => PROS_OR_CONS.test(fieldLeaf(name)) && typeof v === 'string' && v.trim() !== '')) return undefined;
  const seen = new Set<string>();
  const words: string[] = [];
  for (const [, v] of parts) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    const key = t.replace(/\s+/g, ' ').toLowerCase();
    if (t === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(t);
  }
  return words.length < 2 ? undefined : words.join('\n\n');
}

/** A form's fields with its review parts (those of one group: `pros`, or `review[pros]`) joined into the first. */
function formJoined(fields: ReadonlyMap<string, string>, review: boolean): Map<string, string> | undefined {
  const groupOf = (name: string): string => name.slice(0, name.length - fieldLeaf(name).length);
  const groups = new Map<string, Array<[string, string]>>();
  const rated = new Set<string>();
  const headlines = new Map<string, string[]>();
  for (const [name, value] of fields) {
    const leaf = fieldLeaf(name);
    if (RATING_FIELD.test(leaf)) rated.add(groupOf(name));
    if (HEADLINE_FIELD.test(leaf)) headlines.set(groupOf(name), [...(headlines.get(groupOf(name)) ?? []), name]);
    if (!REVIEW_PART.test(leaf)) continue;
    groups.set(groupOf(name), [...(groups.get(groupOf(name)) ?? []), [name, value]]);
  }
  let out: Map<string, string> | undefined;
  for (const [group, parts] of groups) {
    if (!review && !rated.has(group) && !namesReview(group)) continue;
    const text = joined(parts);
    if (text === undefined) continue;
    out ??= new Map(fields);
    const dropped = new Set([...parts.slice(1).map(([n]) => n), ...(headlines.get(group) ?? [])]);
    const next = new Map<string, string>();
    for (const [name, value] of out) if (!dropped.has(name)) next.set(name, name === parts[0]![0] ? text : value);
    out = next;
  }
  return out;
}

/** A copy of a JSON value with each object's review parts joined, or the value itself when none are. */
function jsonJoined(v: unknown, review: boolean, depth: number, budget: { nodes: number }): unknown {
  if (depth > MAX_DEPTH || ++budget.nodes > MAX_NODES) return v;
  if (Array.isArray(v)) {
    let changed = false;
    const items = v.map((item) => {
      const next = jsonJoined(item, review, depth + 1, budget);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : v;
  }
  if (!isRecord(v)) return v;
  let changed = false;
  const entries = Object.entries(v).map(([k, item]): [string, unknown] => {
    const next = jsonJoined(item, review || namesReview(k), depth + 1, budget);
    if (next !== item) changed = true;
    return [k, next];
  });
  const parts = entries.filter(([k]) => REVIEW_PART.test(k));
  const isReview = review || entries.some(([k, item]) => RATING_FIELD.test(k) && (typeof item === 'number' || typeof item === 'string'));
  const text = parts.length >= 2 && isReview ? joined(parts) : undefined;
  if (text === undefined) return changed ? Object.fromEntries(entries) : v;
  const dropped = new Set([...parts.slice(1).map(([k]) => k), ...entries.filter(([k]) => HEADLINE_FIELD.test(k)).map(([k]) => k)]);
  return Object.fromEntries(entries.filter(([k]) => !dropped.has(k)).map(([k, item]) => [k, k === parts[0]![0] ? text : item]));
}

/** The body with a review's parts joined into one field, for the walk for prose; otherwise the body itself. */
export function reviewPartsJoined(body: ParsedBody, path: string): ParsedBody {
  const review = namesReview(path);
  if (body.type === 'form' || body.type === 'multipart') {
    const fields = formJoined(body.fields, review);
    return fields === undefined ? body : { ...body, fields };
  }
  if (body.type !== 'json' || !hasProsOrCons(body.value, 0, { nodes: 0 })) return body;
  const value = jsonJoined(body.value, review || namesReview(graphqlOperation(body)?.name ?? ''), 0, { nodes: 0 });
  return value === body.value ? body : { type: 'json', value };
}
