/**
 * What of an address may be kept where secrets never go: the activity log (SQLite, and its CSV/JSON export), the
 * console, and our own pages. An address carries secrets in its parts that are not where it leads: a sign-in link's
 * `?token=`, an OAuth callback's `?code=` and `#access_token=`, a presigned download's `X-Amz-Signature=`, a
 * password reset's token or an invite's UUID as a path segment, a servlet's `;jsessionid=`, a proxy's
 * `user:password@`. So the scheme, host and path stay, readable; each query value, the fragment, the userinfo, any
 * matrix parameter and any path segment that looks like a token become "…". A `data:` address keeps only its type:
 * the rest is the file itself. An app's own scheme (`zoommtg:`, `myapp:`) keeps its path and loses its query and
 * fragment, where such links carry a meeting's password or a callback's token.
 */
export const REDACTED = '\u2026';

/** Schemes whose addresses are ours or hold nothing of the person's: left as they are. */
const OWN_SCHEMES = new Set(['app:', 'about:', 'chrome:', 'devtools:']);

/** A UUID (an invite, a share, a reset), whatever its case. */
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** A run of hex of 12 or more with letters and digits: a key, a hash, a token. */
const HEX = /^(?=.*\d)(?=.*[a-f])[0-9a-f]{12,}$/i;
/** Long, and a mix of letters and digits, in the characters tokens are written with (base64url, percent-encoded). */
const MIXED = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_.~%+=-]{20,}$/;

/**
 * A path segment that is a token rather than a name. A slug ("our-quarterly-update-for-2026") is words: most of its
 * hyphen- or underscore-separated parts are letters only, so it stays, and so do a handle and a numeric post id.
 */
function isToken(segment: string): boolean {
  if (UUID.test(segment) || HEX.test(segment)) return true;
  if (!MIXED.test(segment)) return false;
  const parts = segment.split(/[-_.]/).filter((p) => p.length > 0);
  const words = parts.filter((p) => /^[A-Za-z]+$/.test(p) || /^\d{1,4}$/.test(p));
  return !(parts.length >= 3 && words.length / parts.length >= 0.75);
}

/** A query with each value as "…": `?a=…&b=…`; a part without `=` (a bare token) is all "…". */
function redactQuery(search: string): string {
  if (search === '' || search === '?') return '';
  return `?${search
    .slice(1)
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? REDACTED : `${pair.slice(0, at)}=${REDACTED}`;
    })
    .join('&')}`;
}

/** A path with token-like segments and matrix parameters (`;jsessionid=…`) as "…". */
function redactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      const at = segment.indexOf(';');
      const name = at < 0 ? segment : segment.slice(0, at);
      const kept = isToken(name) ? REDACTED : name;
      return at < 0 ? kept : `${kept};${REDACTED}`;
    })
    .join('/');
}

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
  if (OWN_SCHEMES.has(url.protocol)) return address;
  if (!/^(https?|wss?|ftp):$/.test(url.protocol)) {
    // Another app's scheme with an authority (sftp://, postgres://, git+https://): as a web address, its userinfo
    // (a password, an access token) and token-like path segments too.
    const parts = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(address);
    if (parts) {
      const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts;
      const at = authority.lastIndexOf('@');
      return `${scheme}${at < 0 ? authority : `${REDACTED}@${authority.slice(at + 1)}`}${redactPath(path)}${redactQuery(query)}${fragment ? `#${REDACTED}` : ''}`;
    }
    // (Without one, zoommtg: or mailto:, its path is the app's to read, its query and fragment are where secrets go.)
    const cut = address.search(/[?#]/);
    if (cut < 0) return address;
    const rest = address.slice(cut);
    const hash = rest.indexOf('#');
    const query = hash < 0 ? rest : rest.slice(0, hash);
    return `${address.slice(0, cut)}${query.startsWith('?') ? redactQuery(query) : ''}${hash < 0 ? '' : `#${REDACTED}`}`;
  }
  const userinfo = url.username || url.password ? `${REDACTED}@` : '';
  const path = redactPath(url.pathname);
  // (Nothing to hide: the address as it was written, not as URL would normalise it.)
  if (!userinfo && !url.search && !url.hash && path === url.pathname) return address;
  return `${url.protocol}//${userinfo}${url.host}${path}${redactQuery(url.search)}${url.hash ? `#${REDACTED}` : ''}`;
}

/** Every address in a text redacted (redactUrl), and the credentials of an Authorization header's value masked. */
export function redactText(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+|\bdata:[^\s'"<>`]+/gi, (found) => {
      // (A sentence's own full stop or bracket after an address is not part of it.)
      const tail = /[.,;:!?)\]]+$/.exec(found)?.[0] ?? '';
      return redactUrl(found.slice(0, found.length - tail.length)) + tail;
    })
    .replace(/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${REDACTED}`)
    // (Basic credentials are base64: an Authorization header's, or a value shaped as base64 is, not the word "Basic".)
    .replace(/(\bAuthorization:\s*Basic\s+)[A-Za-z0-9+/=]+|\bBasic\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}/gi, (found, header: string | undefined) =>
      header ? `${header}${REDACTED}` : `Basic ${REDACTED}`,
    );
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
