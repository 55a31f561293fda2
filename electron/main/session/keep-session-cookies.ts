import type { Cookie, Cookies, CookiesSetDetails } from 'electron';

/**
 * Session-only cookies vanish at every restart, even in a persist: partition
 * (electron#9995), and some sites then sign the person out each time
 * (PITFALLS 3). When an identity opts in, each session cookie a site sets is
 * written again with an expiry, in the same identity's cookie store only.
 */
export const KEEP_DAYS = 30;

/** The URL a cookie belongs to, as `cookies.get` and `cookies.set` take it. */
function urlOf(cookie: Cookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${(cookie.domain ?? '').replace(/^\./, '')}${cookie.path ?? '/'}`;
}

/** The persistent copy of a session cookie, or null when there is nothing to keep. */
export function persistentCopy(cookie: Cookie, nowSeconds: number, days = KEEP_DAYS): CookiesSetDetails | null {
  if (!cookie.session || !cookie.domain) return null;
  const details: CookiesSetDetails = {
    url: urlOf(cookie),
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
export interface WatchedCookies extends Pick<Cookies, 'get' | 'set' | 'flushStore'> {
  on(event: 'changed', listener: (event: Electron.Event, cookie: Cookie, cause: string, removed: boolean) => void): unknown;
}

/** A cookie's identity in the jar: one cookie per name, domain and path. */
const keyOf = (cookie: Pick<Cookie, 'name' | 'domain' | 'path'>): string => JSON.stringify([cookie.name, cookie.domain, cookie.path ?? '/']);

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
  // Work on one cookie runs in the order its changes came, so a later change is never undone by an earlier copy.
  const queues = new Map<string, Promise<void>>();
  const inOrder = (key: string, work: () => Promise<void>): void => {
    const next = (queues.get(key) ?? Promise.resolve()).then(work).catch(() => {});
    queues.set(key, next);
    void next.finally(() => {
      if (queues.get(key) === next) queues.delete(key);
    });
  };
  // `changed` reaches main in a later task than the change (cookie_change_notifier.cc, a mojo receiver): by then the
  // site may have deleted the cookie (a sign-out) or set it again. A copy made from the event alone would bring a
  // deleted cookie back for 30 days, so the jar is asked first and only the session cookie still there is copied.
  // (A deletion landing between that answer and the copy is not seen: Electron has no compare-and-set for cookies.)
  const copyIfStillThere = async (told: Cookie): Promise<void> => {
    if (!enabled() || !told.domain) return;
    const found = await cookies.get({ url: urlOf(told), name: told.name, path: told.path ?? '/' });
    const current = found.find((c) => c.domain === told.domain);
    if (!current?.session || current.value !== told.value || !enabled()) return;
    const copy = persistentCopy(current, Math.floor(now() / 1000));
    // The copy is not a session cookie, so writing it does not come back here.
    if (copy) await cookies.set(copy).then(write, () => {});
  };
  cookies.on('changed', (_event, cookie, _cause, removed) => {
    if (removed || !cookie.session || !enabled()) return;
    inOrder(keyOf(cookie), () => copyIfStillThere(cookie));
  });
}
