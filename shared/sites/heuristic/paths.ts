/**
 * How a URL's path is read: bounded (PATH_EXAMINED), by its last segment,
 * and whether a segment is an id (digits, hex, a short base-36, a long
 * random id or a type-prefixed id, prefixed-ids.ts), tested one segment at a time so that a long path costs no more
 * than a short one.
 */

import { isPrefixedId } from './prefixed-ids';

/**
 * The last path each helper read and its answer: the rules ask about one request's path dozens of times in a row.
 * Arrays are handed out as copies (callers may pop them).
 */
const lastSegmentOf = { path: undefined as string | undefined, value: '' };
const segmentsOf = { path: undefined as string | undefined, value: [] as string[] };
const tokensOf = { path: undefined as string | undefined, value: [] as string[] };
/** hasIdSegment's answers for the paths and segments it was last asked about (a request's few, asked many times). */
const ID_SEGMENT_ANSWERS = new Map<string, boolean>();

/** The last segment of a path, without a trailing `/` or `.json`. */
export function lastSegment(path: string): string {
  if (path === lastSegmentOf.path) return lastSegmentOf.value;
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const value = last.endsWith('.json') ? last.slice(0, -5) : last;
  lastSegmentOf.path = path;
  lastSegmentOf.value = value;
  return value;
}
/**
 * A path's segments, a trailing `/` dropped (the first is '' for a path from the root): one helper for the
 * `segments[n - k]` reads that several modules wrote out (x2 review N7).
 */
export function pathSegments(path: string): string[] {
  if (path !== segmentsOf.path) {
    segmentsOf.value = path.replace(/\/$/, '').split('/');
    segmentsOf.path = path;
  }
  return segmentsOf.value.slice();
}
/** A path's word tokens, split at `/`, `_`, `.`, `?`, `:` and `-` (x2 review N8). */
export function pathTokens(path: string): string[] {
  if (path !== tokensOf.path) {
    tokensOf.value = path.split(/[/_.?:-]/);
    tokensOf.path = path;
  }
  return tokensOf.value.slice();
}
/**
 * Whether a path segment is an id (digits, a token of word characters with three digits in a row, hex, a UUID, a
 * short base-36 or long random id), one segment at a time: the single regex this replaces backtracked cubically over
 * a long segment (2,000 digits, 3 s). Round id1 added type-prefixed ids whose digits run at most two long
 * (`cnv_yo1kg5q`, `th_01H8ZK…`; most, such as `cus_…` with three digits in a row, were ids already); a short
 * lower-case one counts only after a plural collection word in the path given (prefixed-ids.ts, id1 review D2).
 */
export function hasIdSegment(path: string): boolean {
  let id = ID_SEGMENT_ANSWERS.get(path);
  if (id === undefined) {
    if (ID_SEGMENT_ANSWERS.size >= 64) ID_SEGMENT_ANSWERS.clear();
    id = idSegmentIn(path);
    ID_SEGMENT_ANSWERS.set(path, id);
  }
  return id;
}
function idSegmentIn(path: string): boolean {
  return path.split('/').some((seg, i, segs) => /^\d+$/.test(seg) || UUID.test(seg) || (/^[\w-]+$/.test(seg) && /\d{3}/.test(seg)) || /^[0-9a-f]{8,}$/i.test(seg) || isShortId(seg) || isRandomId(seg) || isPrefixedId(seg, segs[i - 1]));
}
/** A UUID (PeerTube's video ids, /api/v1/videos/{uuid}/comment-threads, round f1): it need not hold three digits in a row. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * A random id of mixed-case letters and digits (Airtable's `recU8sKLm2Pq4Rt0Z`,
 * /v0/{base}/{table}/{record}/comments): twelve characters or more, two
 * digits, capitals and small letters. Words in paths (`getV2Messages`) are
 * shorter or have fewer digits.
 */
function isRandomId(seg: string): boolean {
  return seg.length >= 12 && seg.length <= 40 && /^[A-Za-z0-9]+$/.test(seg) && /\d[A-Za-z]*\d/.test(seg) && /[a-z]/.test(seg) && /[A-Z]/.test(seg);
}
/**
 * A short base-36 id mixing letters and digits (Tildes's topic and comment
 * ids, /api/web/topics/2kx1/comments in deingithub/tildee): four characters
 * or more with two digits or more, so that `i18n`, `h5`, `oauth2`, `s3`,
 * `web3`, `mp3` or `2fa` are words, not ids, nor are numeronyms (`i18n`,
 * `l10n`, `k8s`); never an API version (`v1`,
 * `v2`, `v1beta1`), which also mixes them.
 */
function isShortId(seg: string): boolean {
  return seg.length >= 4 && seg.length <= 16 && /^[a-z0-9]+$/i.test(seg) && /\d[a-z]*\d/i.test(seg) && /[a-z]/i.test(seg) && !/^v\d+(?:[a-z]+\d*)?$/i.test(seg) && !/^[a-z]\d+[a-z]$/i.test(seg);
}
/**
 * The index of the last segment that names a collection matching `name` and is followed by an id, from the end; -1
 * when there is none. A segment longer than `examined` is no collection's name (property-management.ts, pt1 review M4).
 */
export function collectionById(segments: string[], name: RegExp, examined = 40): number {
  for (let i = segments.length - 2; i >= 0; i--) {
    const seg = segments[i]!;
    if (seg.length <= examined && name.test(seg) && hasIdSegment(segments[i + 1]!)) return i;
  }
  return -1;
}
/** Paths longer than this are read by their end only, after a `/…` that matches no segment name (URLs may be 2 MB long). */
export const PATH_EXAMINED = 1024;

/** The part of a URL's path the heuristic looks at: bounded, so that no test of it costs more than a short path's. */
export function examinedPath(url: URL): string {
  const path = url.pathname;
  return path.length > PATH_EXAMINED ? `/\u2026${path.slice(-PATH_EXAMINED)}` : path;
}
