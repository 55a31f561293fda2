/**
 * Fields of a parsed body looked up by name: a form's fields, a JSON body's
 * top level and one level down, and a GraphQL body's input object. What
 * publishes nothing (refuses.ts), what kind a post is (kind.ts) and whether
 * a cross-site post may stand (cross-site.ts) all ask the body this way.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';

/** Does a field whose name matches `pattern` hold a value (one that matches `value`, if given)? Empty and null values do not count. */
export function hasField(body: ParsedBody, pattern: RegExp, value?: RegExp): boolean {
  const ok = (name: string, v: unknown) =>
    pattern.test(name) && v !== null && v !== undefined && v !== '' && v !== false && (!value || (typeof v === 'string' && value.test(v)));
  return hasFieldWhere(body, ok);
}
/**
 * A parent of 0, "0", -1 or "root" (WordPress's `comment_parent=0`, Commento's `parentHex: 'root'`), or a path of zeros
 * (Minds' `parent_path: '0:0:0'`, a top-level comment; round sn2), is no parent, nor
 * an empty list (`replyToUserIds: []`, `reply_to_user_ids: []`: no one replied to; round f1 review).
 */
export function hasParentField(body: ParsedBody, pattern: RegExp, except?: RegExp): boolean {
  return hasFieldWhere(
    body,
    (name, v) =>
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
      !namesContainer(v),
  );
}
/** A parent object naming a page, database, block or workspace (Notion's `parent: { page_id }`) is what is commented on. */
function namesContainer(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const key in v) if (/^(?:page|database|block|workspace|data_source)_?id$/i.test(key)) return true;
  return false;
}
export function hasFieldWhere(body: ParsedBody, ok: (name: string, v: unknown) => boolean): boolean {
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
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > 500 || depth > 4) return false;
    if (Array.isArray(v)) return v.some((item) => walk(item, depth + 1));
    if (!isRecord(v)) return false;
    for (const key in v) if ((pattern.test(key) && (ok === undefined || ok(v[key], v))) || walk(v[key], depth + 1)) return true;
    return false;
  };
  return walk(body.value, 0);
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
