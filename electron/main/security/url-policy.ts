/**
 * URL decisions are made on parsed URLs, never with `startsWith` (a classic
 * bypass: https://x.com.evil.example).
 */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export const isWebUrl = (url: URL | null): url is URL => url !== null && (url.protocol === 'https:' || url.protocol === 'http:');

/**
 * The registrable part of a host, good enough to tell "same site" for the
 * sites people use here (x.com, www.linkedin.com, mastodon.social,
 * bsky.app). A handful of two-label public suffixes are known.
 */
const TWO_LABEL_SUFFIXES = new Set(['co.uk', 'org.uk', 'ac.uk', 'com.au', 'co.jp', 'co.nz', 'com.br', 'co.in', 'github.io']);
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function sameSite(a: URL, b: URL): boolean {
  return siteOf(a.hostname) === siteOf(b.hostname);
}

/** Sign-in providers whose popups must stay in the identity that opened them (PITFALLS 4, 5). */
const SIGN_IN_HOSTS = [
  'accounts.google.com',
  'appleid.apple.com',
  'login.microsoftonline.com',
  'login.live.com',
  'github.com',
  'api.twitter.com',
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'm.facebook.com',
  'www.linkedin.com',
  'bsky.social',
];
export function isSignInUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (!SIGN_IN_HOSTS.includes(host)) return false;
  return /(oauth|authorize|signin|sign_in|login|auth|dialog)/i.test(url.pathname);
}
