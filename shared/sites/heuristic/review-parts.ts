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
 * `review_text` beside an `advice` field is no review in parts.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { fieldLeaf } from './names';
import { MAX_DEPTH, MAX_NODES } from './limits';

const REVIEW_PART = /^(?:pros|cons|positives?|negatives?|advice(?:_?(?:to|for)_?(?:management|mgmt|ceo|employer))?|review_?(?:text|body|content))$/i;
const PROS_OR_CONS = /^(?:pros|cons|positives?|negatives?)$/i;

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
function formJoined(fields: ReadonlyMap<string, string>): Map<string, string> | undefined {
  const groups = new Map<string, Array<[string, string]>>();
  for (const [name, value] of fields) {
    if (!REVIEW_PART.test(fieldLeaf(name))) continue;
    const group = name.length - fieldLeaf(name).length > 0 ? name.slice(0, name.length - fieldLeaf(name).length) : '';
    groups.set(group, [...(groups.get(group) ?? []), [name, value]]);
  }
  let out: Map<string, string> | undefined;
  for (const parts of groups.values()) {
    const text = joined(parts);
    if (text === undefined) continue;
    out ??= new Map(fields);
    const dropped = new Set(parts.slice(1).map(([n]) => n));
    const next = new Map<string, string>();
    for (const [name, value] of out) if (!dropped.has(name)) next.set(name, name === parts[0]![0] ? text : value);
    out = next;
  }
  return out;
}

/** A copy of a JSON value with each object's review parts joined, or the value itself when none are. */
function jsonJoined(v: unknown, depth: number, budget: { nodes: number }): unknown {
  if (depth > MAX_DEPTH || ++budget.nodes > MAX_NODES) return v;
  if (Array.isArray(v)) {
    let changed = false;
    const items = v.map((item) => {
      const next = jsonJoined(item, depth + 1, budget);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : v;
  }
  if (!isRecord(v)) return v;
  let changed = false;
  const entries = Object.entries(v).map(([k, item]): [string, unknown] => {
    const next = jsonJoined(item, depth + 1, budget);
    if (next !== item) changed = true;
    return [k, next];
  });
  const parts = entries.filter(([k]) => REVIEW_PART.test(k));
  const text = parts.length >= 2 ? joined(parts) : undefined;
  if (text === undefined) return changed ? Object.fromEntries(entries) : v;
  const dropped = new Set(parts.slice(1).map(([k]) => k));
  return Object.fromEntries(entries.filter(([k]) => !dropped.has(k)).map(([k, item]) => [k, k === parts[0]![0] ? text : item]));
}

/** The body with a review's parts joined into one field, for the walk for prose; otherwise the body itself. */
export function reviewPartsJoined(body: ParsedBody): ParsedBody {
  if (body.type === 'form' || body.type === 'multipart') {
    const fields = formJoined(body.fields);
    return fields === undefined ? body : { ...body, fields };
  }
  if (body.type !== 'json') return body;
  const value = jsonJoined(body.value, 0, { nodes: 0 });
  return value === body.value ? body : { type: 'json', value };
}
