/**
 * A transit request read as the JSON object it stands for (transitAsBody),
 * as xml-body.ts reads XML: Penpot's web app (round wb1) sends its RPC
 * commands as transit (`application/transit+json`: a map as `["^ ", key,
 * value, …]`, keywords `~:name`, uuids `~u…`, tagged values `["~#point", …]`,
 * repeated keys and keywords cached as `^0`, `^1`…). Read as plain JSON, its
 * kebab-case keys as snake_case (`file-id` → `file_id`), the heuristic's
 * rules read its fields as any JSON client's. Only a JSON array whose first
 * element is `"^ "` is read; one that is not transit as written (a cache code
 * never written) stays the array it was.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { HEURISTIC_MAX_BODY } from './limits';

/** Transit's cache codes are `^` and one or two characters from '0' (44 to a place); `^ ` marks a map. */
const CACHE_BASE = 44;
/** transit-js's writer and reader start the cache again from slot 0 once it holds 44² entries. */
const CACHE_SIZE = CACHE_BASE * CACHE_BASE;
/**
 * A bound on the work, not on the body: every node costs at least two characters of JSON (`0,`), so no body the
 * heuristic reads (HEURISTIC_MAX_BODY) reaches it. A lower bound gave up on a long text layer's save and left its
 * raw array to the generic rules, which held the layer's words (review of round wb1, D2).
 */
const MAX_TRANSIT_NODES = HEURISTIC_MAX_BODY / 2;
function cacheable(s: string, asKey: boolean): boolean {
  return s.length > 3 && (asKey || (s[0] === '~' && (s[1] === ':' || s[1] === '$' || s[1] === '#')));
}
/**
 * A transit JSON value read as plain JSON: maps as objects (keywords' names as keys), keywords and symbols as their
 * names, uuids as strings, tagged values as their representation, sets and lists as arrays; undefined when it is not
 * transit as written (a cache code never written, too many nodes).
 */
function readTransit(value: unknown): unknown {
  let cache: string[] = [];
  let nodes = 0;
  const str = (s: string, asKey: boolean): string | undefined => {
    if (s.length >= 2 && s.length <= 3 && s[0] === '^' && s !== '^ ') {
      const i = s.length === 2 ? s.charCodeAt(1) - 48 : (s.charCodeAt(1) - 48) * CACHE_BASE + (s.charCodeAt(2) - 48);
      return cache[i];
    }
    if (cacheable(s, asKey)) {
      if (cache.length === CACHE_SIZE) cache = [];
      cache.push(s);
    }
    return s;
  };
  const scalar = (s: string): unknown => (s[0] === '~' && s.length >= 2 ? (s[1] === '~' || s[1] === '^' || s[1] === '`' ? s.slice(1) : s[1] === '#' ? s : s.slice(2)) : s);
  const read = (v: unknown, asKey = false): unknown => {
    if (++nodes > MAX_TRANSIT_NODES) throw new Error('transit too large');
    if (typeof v === 'string') {
      const s = str(v, asKey);
      if (s === undefined) throw new Error('transit cache');
      return scalar(s);
    }
    if (!Array.isArray(v)) return v;
    if (v[0] === '^ ') {
      const out: Record<string, unknown> = {};
      for (let i = 1; i + 1 < v.length; i += 2) {
        const k = read(v[i], true);
        // Clojure's keys are kebab-case (`file-id`): read as snake_case, the spelling the shared field tables know.
        out[String(k).replace(/-/g, '_')] = read(v[i + 1]);
      }
      return out;
    }
    // A tagged value: its tag (`~#point`, `~#set`, or a cache code standing for one) and its representation.
    if (v.length === 2 && typeof v[0] === 'string') {
      const tag = str(v[0], false);
      if (tag === undefined) throw new Error('transit cache');
      if (tag.startsWith('~#')) return read(v[1]);
      const rest = read(v[1]);
      return [scalar(tag), rest];
    }
    return v.map((x) => read(x));
  };
  try {
    return read(value);
  } catch {
    return undefined;
  }
}
/** A transit map (`["^ ", …]`) sent as JSON, read as the object it stands for; any other body as it is. */
export function transitAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'json' || !Array.isArray(body.value) || body.value[0] !== '^ ') return body;
  const value = readTransit(body.value);
  return isRecord(value) ? { type: 'json', value } : body;
}
