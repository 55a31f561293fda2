/**
 * Bounded parsing of request bodies: JSON, application/x-www-form-urlencoded
 * and multipart/form-data, chosen by Content-Type when there is one and by
 * sniffing when there is not (Electron's onBeforeRequest carries no headers).
 * Work is capped so that a huge or hostile body can never stall the guard.
 */
import type { OutgoingRequest, ParsedBody } from './types';

/** Bodies longer than this are not parsed (a post endpoint then reports text `null`). */
export const MAX_PARSE_CHARS = 2_000_000;
/** At most this many form or multipart fields are read. */
export const MAX_FIELDS = 500;

export function headerValue(headers: OutgoingRequest['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key in headers) {
    if (key.toLowerCase() !== wanted) continue;
    const value = headers[key];
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}

export function parseBody(body: string | undefined, contentType: string | undefined): ParsedBody {
  if (body === undefined || body.length === 0) return { type: 'none' };
  if (body.length > MAX_PARSE_CHARS) return { type: 'unreadable', reason: 'too-large' };
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('json')) return parseJson(body);
  if (ct.startsWith('multipart/')) return parseMultipart(body, boundaryOf(contentType ?? ''));
  if (ct.startsWith('application/x-www-form-urlencoded')) return { type: 'form', fields: parseForm(body) };
  // No or an unhelpful Content-Type: sniff.
  const first = firstNonSpace(body);
  if (first === '{' || first === '[') {
    const parsed = parseJson(body);
    if (parsed.type === 'json') return parsed;
  }
  if (body.startsWith('--')) {
    const parsed = parseMultipart(body, undefined);
    if (parsed.type === 'multipart') return parsed;
  }
  if (looksLikeForm(body)) return { type: 'form', fields: parseForm(body) };
  if (ct.includes('json') || first === '{') return { type: 'unreadable', reason: 'malformed' };
  return { type: 'text', text: body };
}

function firstNonSpace(s: string): string {
  for (let i = 0; i < s.length && i < 64; i++) {
    const c = s[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return c;
  }
  return '';
}

function parseJson(body: string): ParsedBody {
  try {
    return { type: 'json', value: JSON.parse(body) as unknown };
  } catch {
    return { type: 'unreadable', reason: 'malformed' };
  }
}

/** `a=1&b=x%20y`: no raw whitespace, and the first field has a name and `=`. */
function looksLikeForm(body: string): boolean {
  const eq = body.indexOf('=');
  if (eq <= 0 || eq > 256) return false;
  const probe = body.length > 4096 ? body.slice(0, 4096) : body;
  return !/[\s{}"<>]/.test(probe.slice(0, eq)) && !/[\r\n]/.test(probe);
}

/** Decodes one urlencoded component; a malformed escape keeps the raw text instead of throwing. */
export function decodeFormComponent(s: string): string {
  const plus = s.includes('+') ? s.replace(/\+/g, ' ') : s;
  if (!plus.includes('%')) return plus;
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/%([0-9a-fA-F]{2})/g, (m, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : m;
    });
  }
}

export function parseForm(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  let start = 0;
  let count = 0;
  while (start <= body.length && count < MAX_FIELDS) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    if (end > start) {
      const pair = body.slice(start, end);
      const eq = pair.indexOf('=');
      const name = decodeFormComponent(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? '' : decodeFormComponent(pair.slice(eq + 1));
      // The first value wins, as most servers read it.
      if (!fields.has(name)) fields.set(name, value);
      count++;
    }
    start = end + 1;
  }
  return fields;
}

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

function parseMultipart(body: string, declared: string | undefined): ParsedBody {
  let boundary = declared;
  if (!boundary) {
    // Sniff: the body starts with `--<boundary>\r\n`.
    const eol = body.indexOf('\n');
    if (eol < 3 || eol > 200) return { type: 'unreadable', reason: 'malformed' };
    boundary = body.slice(2, eol).replace(/\r$/, '');
    if (!boundary || /\s/.test(boundary)) return { type: 'unreadable', reason: 'malformed' };
  }
  const delimiter = `--${boundary}`;
  const fields = new Map<string, string>();
  let pos = body.indexOf(delimiter);
  if (pos === -1) return { type: 'unreadable', reason: 'malformed' };
  let count = 0;
  while (count < MAX_FIELDS) {
    pos += delimiter.length;
    if (body.startsWith('--', pos)) break; // closing delimiter
    const next = body.indexOf(delimiter, pos);
    if (next === -1) break;
    const part = body.slice(pos, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    const sep = headerEnd === -1 ? part.indexOf('\n\n') : headerEnd;
    if (sep !== -1) {
      const head = part.slice(0, sep);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const isFile = /filename="/i.test(head);
      if (name !== undefined && !isFile && !fields.has(name)) {
        let value = part.slice(sep + (headerEnd === -1 ? 2 : 4));
        if (value.endsWith('\r\n')) value = value.slice(0, -2);
        else if (value.endsWith('\n')) value = value.slice(0, -1);
        fields.set(name, value);
      }
    }
    count++;
    pos = next;
  }
  if (fields.size === 0) return { type: 'unreadable', reason: 'malformed' };
  return { type: 'multipart', fields };
}

// ---------------------------------------------------------------- value access

export type Json = unknown;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON value that may arrive as a JSON-encoded string (GraphQL `variables` often do). */
export function asJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const c = firstNonSpace(v);
  if (c !== '{' && c !== '[') return v;
  if (v.length > MAX_PARSE_CHARS) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

/** Follows `path` through objects (and JSON-encoded strings on the way). */
export function at(v: unknown, ...path: Array<string | number>): unknown {
  let cur: unknown = v;
  for (const key of path) {
    cur = asJson(cur);
    if (typeof key === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[key];
    } else {
      if (!isRecord(cur)) return undefined;
      cur = cur[key];
    }
  }
  return cur;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A non-empty string, or undefined. */
export function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** The fields of a form or multipart body, or of a JSON object body, as one lookup. */
export function field(body: ParsedBody, name: string): unknown {
  switch (body.type) {
    case 'form':
    case 'multipart':
      return body.fields.get(name);
    case 'json':
      return isRecord(body.value) ? body.value[name] : undefined;
    default:
      return undefined;
  }
}
