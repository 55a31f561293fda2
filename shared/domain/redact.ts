/**
 * What of an address may be kept where secrets never go: the activity log (SQLite, and its CSV/JSON export), the
 * console, and our own pages. An address carries secrets in its parts that are not where it leads: a sign-in link's
 * `?token=`, an OAuth callback's `?code=` and `#access_token=`, a presigned download's `X-Amz-Signature=`, a
 * password reset's token as a path segment, a proxy's `user:password@`. So the scheme, host and path stay, readable;
 * each query value, the fragment, the userinfo and any path segment that looks like a token become "…". A `data:`
 * address keeps only its type: the rest is the file itself.
 */
export const REDACTED = '\u2026';

/**
 * A path segment that is a token rather than a name: long, and a mix of letters and digits with no word separators
 * (a reset token, a signed file name), as opposed to a slug ("quarterly-update"), a handle or a numeric post id.
 */
const TOKEN_SEGMENT = /^(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_.~%+=-]{20,}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/i;

/** An address with its secrets replaced by "…"; a text that is not an address is returned as it is. */
export function redactUrl(address: string): string {
  const data = /^data:([^;,]*)/i.exec(address);
  if (data) return `data:${data[1] ?? ''}${REDACTED}`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  if (!/^(https?|wss?|ftp):$/.test(url.protocol)) return address;
  const userinfo = url.username || url.password ? `${REDACTED}@` : '';
  const segments = url.pathname.split('/');
  const tokens = segments.map((segment) => TOKEN_SEGMENT.test(segment) && !SLUG.test(segment));
  // (Nothing to hide: the address as it was written, not as URL would normalise it.)
  if (!userinfo && !url.search && !url.hash && !tokens.includes(true)) return address;
  const path = segments.map((segment, i) => (tokens[i] ? REDACTED : segment)).join('/');
  const keys = [...url.searchParams.keys()];
  const query = keys.length > 0 ? `?${keys.map((key) => `${encodeURIComponent(key)}=${REDACTED}`).join('&')}` : url.search ? `?${REDACTED}` : '';
  const fragment = url.hash ? `#${REDACTED}` : '';
  return `${url.protocol}//${userinfo}${url.host}${path}${query}${fragment}`;
}

/** Every address in a text redacted (redactUrl), and the credentials of an Authorization header's value masked. */
export function redactText(text: string): string {
  return text
    .replace(/\b(?:https?|wss?|ftp):\/\/[^\s'"<>`]+|\bdata:[^\s'"<>`]+/gi, (found) => {
      // (A sentence's own full stop or bracket after an address is not part of it.)
      const tail = /[.,;:!?)\]]+$/.exec(found)?.[0] ?? '';
      return redactUrl(found.slice(0, found.length - tail.length)) + tail;
    })
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`);
}

/** Every string in a JSON-like value redacted (redactText); keys, numbers and structure kept. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}
