import type { Cookie, Cookies, CookiesSetDetails } from 'electron';

/**
 * Session-only cookies vanish at every restart, even in a persist: partition
 * (electron#9995), and some sites then sign the person out each time
 * (PITFALLS 3). When an identity opts in, each session cookie a site sets is
 * written again with an expiry, in the same identity's cookie store only.
 */
export const KEEP_DAYS = 30;

/** The persistent copy of a session cookie, or null when there is nothing to keep. */
export function persistentCopy(cookie: Cookie, nowSeconds: number, days = KEEP_DAYS): CookiesSetDetails | null {
  if (!cookie.session || !cookie.domain) return null;
  const host = cookie.domain.replace(/^\./, '');
  const details: CookiesSetDetails = {
    url: `${cookie.secure ? 'https' : 'http'}://${host}${cookie.path ?? '/'}`,
    name: cookie.name,
    value: cookie.value,
    path: cookie.path ?? '/',
    secure: cookie.secure ?? false,
    httpOnly: cookie.httpOnly ?? false,
    expirationDate: nowSeconds + days * 24 * 60 * 60,
    sameSite: cookie.sameSite,
  };
  // A host-only cookie stays host-only: giving it a domain would widen it to subdomains.
  if (!cookie.hostOnly) details.domain = cookie.domain;
  return details;
}

/** The cookie jar as this module uses it (Electron's `on` returns the jar for chaining; unused here). */
export interface WatchedCookies extends Pick<Cookies, 'set' | 'flushStore'> {
  on(event: 'changed', listener: (event: Electron.Event, cookie: Cookie, cause: string, removed: boolean) => void): unknown;
}

export function keepSessionCookies(
  cookies: WatchedCookies,
  enabled: () => boolean,
  now: () => number = () => Date.now(),
): void {
  // The store writes its changes to disk every 30 seconds (docs/api/cookies.md, flushStore) and nothing in Electron's
  // quit flushes it: a person who signs in and quits at once would find the copy gone. Each copy is written at once;
  // copies that come while a write runs share the next one.
  let writing: Promise<void> | null = null;
  let again = false;
  const write = (): void => {
    if (writing) {
      again = true;
      return;
    }
    writing = cookies
      .flushStore()
      .catch(() => {})
      .finally(() => {
        writing = null;
        if (again) {
          again = false;
          write();
        }
      });
  };
  cookies.on('changed', (_event, cookie, _cause, removed) => {
    if (removed || !enabled()) return;
    const copy = persistentCopy(cookie, Math.floor(now() / 1000));
    // The copy is not a session cookie, so writing it does not come back here.
    if (copy) void cookies.set(copy).then(write, () => {});
  });
}
