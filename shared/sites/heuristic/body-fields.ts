/**
 * Fields of a parsed body looked up by name: a form's fields, a JSON body's
 * top level and one level down, and a GraphQL body's input object. What
 * publishes nothing (refuses.ts), what kind a post is (kind.ts) and whether
 * a cross-site post may stand (cross-site.ts) all ask the body this way.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';

/** A string with something in it besides whitespace (the test several family modules share: marketplaces.ts, round mk1's review M2). */
export const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** A value given: not null, undefined or the empty string (the test practice-notes.ts, marketplaces.ts and fundraising.ts share; review x4 M2). */
export const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
/** Does a field whose name matches `pattern` hold a value (one that matches `value`, if given)? Empty and null values do not count. */
export function hasField(body: ParsedBody, pattern: RegExp, value?: RegExp): boolean {
  const fields = fieldList(body);
  if (fields === undefined) return false;
  const { names, values } = fields;
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (pattern.test(names[i]!) && v !== null && v !== undefined && v !== '' && v !== false && (!value || (typeof v === 'string' && value.test(v)))) return true;
  }
  return false;
}
/**
 * A parent of 0, "0", -1 or "root" (WordPress's `comment_parent=0`, Commento's `parentHex: 'root'`), or a path of zeros
 * (Minds' `parent_path: '0:0:0'`, a top-level comment; round sn2), is no parent, nor
 * an empty list (`replyToUserIds: []`, `reply_to_user_ids: []`: no one replied to; round f1 review).
 */
export function hasParentField(body: ParsedBody, pattern: RegExp, except?: RegExp): boolean {
  const fields = fieldList(body);
  if (fields === undefined) return false;
  const { names, values } = fields;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const v = values[i];
    if (
      pattern.test(name) &&
      !except?.test(name) &&
      v !== null &&
      v !== undefined &&
      v !== '' &&
      v !== false &&
      v !== 0 &&
      v !== -1 &&
      v !== '0' &&
      v !== '-1' &&
      v !== 'root' &&
      !(typeof v === 'string' && /^0(?:[:/.]0)+$/.test(v)) &&
      !(Array.isArray(v) && v.length === 0) &&
      !namesContainer(v)
    )
      return true;
  }
  return false;
}
/** A parent object naming a page, database, block or workspace (Notion's `parent: { page_id }`) is what is commented on. */
function namesContainer(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const key in v) if (/^(?:page|database|block|workspace|data_source)_?id$/i.test(key)) return true;
  return false;
}
export function hasFieldWhere(body: ParsedBody, ok: (name: string, v: unknown) => boolean): boolean {
  const fields = fieldList(body);
  if (fields === undefined) return false;
  const { names, values } = fields;
  for (let i = 0; i < names.length; i++) if (ok(names[i]!, values[i])) return true;
  return false;
}

/** The fields hasFieldWhere reads, by name and value, in the order it reads them. */
interface FieldList {
  names: string[];
  values: unknown[];
}
/**
 * The fields of a body, listed once per form's field map or JSON object (many rules ask every request's body):
 * parsed bodies are not changed once made, so the list stays true. Undefined for other bodies.
 */
const FIELD_LISTS = new WeakMap<object, FieldList>();
function fieldList(body: ParsedBody): FieldList | undefined {
  if (body.type === 'form' || body.type === 'multipart') {
    let list = FIELD_LISTS.get(body.fields);
    if (list === undefined) {
      list = { names: [], values: [] };
      for (const [name, v] of body.fields) {
        list.names.push(name.replace(/\[\]$/, ''));
        list.values.push(v);
      }
      FIELD_LISTS.set(body.fields, list);
    }
    return list;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const top = body.value;
  let list = FIELD_LISTS.get(top);
  if (list !== undefined) return list;
  const names: string[] = [];
  const values: unknown[] = [];
  // Top level and one level down (`{ comment: { parent_id, body } }`); a GraphQL body's `variables` one level
  // deeper, where its input object is (Coral Talk's `variables: { input: { storyID, parentID, body } }`).
  for (const key in top) {
    names.push(key);
    values.push(top[key]);
    const inner = top[key];
    if (isRecord(inner)) {
      for (const k in inner) {
        names.push(k);
        values.push(inner[k]);
        const input = inner[k];
        if (key === 'variables' && isRecord(input)) {
          for (const k2 in input) {
            names.push(k2);
            values.push(input[k2]);
          }
        }
      }
    }
  }
  list = { names, values };
  FIELD_LISTS.set(top, list);
  return list;
}

/**
 * Does any key down to depth 4 match `pattern` (a bounded walk: at most 500 nodes)? With `ok`, only where the
 * field's value passes it; `ok` also gets the object holding the field (undefined for a form's flat fields), so a
 * field can be read beside its siblings (round sn2's post state beside the words it keeps a draft).
 */
export function hasKeyDeep(body: ParsedBody, pattern: RegExp, ok?: (value: unknown, holder: Record<string, unknown> | undefined) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (pattern.test(name) && (ok === undefined || ok(v, undefined))) return true;
    return false;
  }
  if (body.type !== 'json') return false;
  const keys = deepKeys(body.value);
  if (keys === undefined) return false;
  for (let i = 0; i < keys.names.length; i++) if (pattern.test(keys.names[i]!) && (ok === undefined || ok(keys.values[i], keys.holders[i]))) return true;
  return false;
}

/** The keys hasKeyDeep reads, each with its value and the object holding it, in the order it reads them. */
interface DeepKeys {
  names: string[];
  values: unknown[];
  holders: Array<Record<string, unknown>>;
}
/**
 * A JSON value's keys down to depth 4, within 500 nodes, listed once per value (every rule's walk visits the same
 * keys in the same order, whatever it looks for, until it finds it). Undefined for a value that is no object.
 */
const DEEP_KEYS = new WeakMap<object, DeepKeys>();
function deepKeys(value: unknown): DeepKeys | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let keys = DEEP_KEYS.get(value);
  if (keys !== undefined) return keys;
  const list: DeepKeys = { names: [], values: [], holders: [] };
  let nodes = 0;
  // A walk that stops at the node budget goes on testing the keys of the objects it is in (as hasKeyDeep did).
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > 500 || depth > 4) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (i in v) walk(v[i], depth + 1);
      return;
    }
    if (!isRecord(v)) return;
    for (const key in v) {
      list.names.push(key);
      list.values.push(v[key]);
      list.holders.push(v);
      walk(v[key], depth + 1);
    }
  };
  walk(value, 0);
  keys = list;
  DEEP_KEYS.set(value, keys);
  return keys;
}

/** The value of the first top-level field whose name matches `pattern`, when it is a string. */
export function fieldValue(body: ParsedBody, pattern: RegExp): string | undefined {
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

/** A top-level field's value when it is a string (a form's field, a JSON object's key). */
export function topLevelString(body: ParsedBody, name: string): string | undefined {
  if (body.type === 'form' || body.type === 'multipart') return body.fields.get(name);
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value[name];
  return typeof v === 'string' ? v : undefined;
}

/** A flag's value set: `true`, 1, '1', 'true' (forms send strings). One for help-desks.ts and drafts-collections.ts (x2 review N1). */
export function flagOn(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}
/** A flag's value cleared: `false`, 0, '0', 'false'. */
export function flagOff(v: unknown): boolean {
  return v === false || v === 0 || v === '0' || v === 'false';
}
