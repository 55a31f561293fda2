import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { getDomain } from 'tldts';
import { Cookie as ParsedCookie, defaultPath } from 'tough-cookie';
import type { Cookie, Cookies, CookiesSetDetails } from 'electron';
import type { WebRequestHub } from './web-request-hub';

/**
 * Session-only cookies vanish at every restart, even in a persist: partition
 * (electron#9995), and some sites then sign the person out each time
 * (PITFALLS 3). When an identity opts in, each session cookie a site sets is
 * written again with an expiry, in the same identity's cookie store only. The
 * choice reaches the cookies already there as well: turned on, they are
 * copied; turned off, Hatstand's copies (recorded, as they look like any
 * lasting cookie) become session cookies again. A cookie that may be
 * partitioned (CHIPS) is copied only on evidence that it is the site's own:
 * Electron would write the copy unpartitioned, for every site
 * (mayBePartitioned, unpartitionedCookiesOf).
 */
export const KEEP_DAYS = 30;
/** How many cookies' evidence is held at most (a person's sign-ins need a handful). */
export const EVIDENCE_LIMIT = 256;

/** The URL a cookie belongs to, as `cookies.get` and `cookies.set` take it. */
function urlOf(cookie: Cookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${(cookie.domain ?? '').replace(/^\./, '')}${cookie.path ?? '/'}`;
}

/** The cookie as `cookies.set` writes it again, with the same scope; a session cookie unless given an expiry. */
function sameScope(cookie: Cookie): CookiesSetDetails {
  const details: CookiesSetDetails = {
    url: urlOf(cookie),
    name: cookie.name,
    value: cookie.value,
    path: cookie.path ?? '/',
    secure: cookie.secure ?? false,
    httpOnly: cookie.httpOnly ?? false,
    sameSite: cookie.sameSite,
  };
  // A host-only cookie stays host-only: giving it a domain would widen it to subdomains.
  if (!cookie.hostOnly && cookie.domain) details.domain = cookie.domain;
  return details;
}

/**
 * Whether a cookie may be partitioned (CHIPS: a third-party frame's cookie kept for one top-level site only). Electron
 * 45 never says (its `Cookie` has no partition field; electron_api_cookies.cc, Converter<net::CanonicalCookie>), lists
 * partitioned cookies with the others (Cookies::Get, GetAllCookies), and writes every cookie unpartitioned (Cookies::Set,
 * no partition key): a copy would be one cookie for that frame on every site of the identity, a cross-site tracker. A
 * partitioned cookie must be Secure, and one a frame sets cross-site must be SameSite=None; so no such cookie is
 * copied. (A site's own Secure SameSite=None session cookie is not kept either: it signs in again after a restart.)
 */
export function mayBePartitioned(cookie: Pick<Cookie, 'secure' | 'sameSite'>): boolean {
  return cookie.secure === true && cookie.sameSite === 'no_restriction';
}

/** A cookie's scope in the jar: what a Set-Cookie header tells of it. */
export type CookieScope = Pick<Cookie, 'name' | 'domain' | 'path'>;

/** A cookie a top-level response set, with the value it set (a secret: held in memory only, as a digest, never logged). */
export type OwnCookie = CookieScope & { value: string };

/** Whitespace that JavaScript's trim() (and so tough-cookie) strips but Chromium keeps: it trims spaces and tabs only. */
const OTHER_WHITESPACE = /[^\S \t]/u;

/** The raw value of a Set-Cookie line's last attribute of that name ('' when it has no `=`), as Chromium takes the last. */
function lastAttribute(line: string, name: string): string | undefined {
  let found: string | undefined;
  for (const attribute of line.split(';').slice(1)) {
    const at = attribute.indexOf('=');
    if ((at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase() === name) found = at < 0 ? '' : attribute.slice(at + 1).trim();
  }
  return found;
}

/**
 * Whether Chromium may read an expiry in the line, lasting or past (a deletion): a Max-Age it reads as an integer, else
 * an Expires with a month name and an h:m:s time. Chromium's date parser needs day, month, year and time and reads
 * anything else as no date, a session cookie (cookie_util.cc, ParseCookieExpirationTime), but it is not RFC 6265's:
 * it takes 1- and 5-digit years and years before 1601 (a past date), which tough-cookie's parseDate refuses. So a value
 * with a month and a time is taken as a date whatever its year; wrongly so, the line vouches for nothing (fails safe).
 */
function mayExpire(line: string): boolean {
  const maxAge = lastAttribute(line, 'max-age');
  if (maxAge !== undefined && /^[+-]?\d+$/.test(maxAge)) return true;
  const expires = lastAttribute(line, 'expires');
  if (!expires) return false;
  const tokens = expires.split(/[\t !"#$%&'()*+,\-./;<=>?@[\\\]^_`{|}~]+/);
  return tokens.some((t) => /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(t)) && tokens.some((t) => /^\d{1,2}:\d{1,2}:\d{1,2}/.test(t));
}

/**
 * The jar's domain for a line's Domain attribute on a response from `host`, as Chromium's GetCookieDomainWithString
 * decides it, or undefined where Chromium refuses the cookie. Chromium reads the last Domain attribute, an empty one too
 * (tough-cookie skips an empty one and keeps the one before, so it is read here): none or empty, host-only; on an IP
 * address or a host that is itself a public suffix, only the host itself, and host-only; else a domain of the same
 * registrable domain (the public suffix list with private registries: tldts, as Chromium's INCLUDE_PRIVATE_REGISTRIES)
 * that the host lies in, with a leading dot. (`Domain=com`, `Domain=victim.com` are refused: taken as evidence they
 * would let one site vouch for another's cookies.) A domain with '%' or beyond ASCII vouches for nothing.
 */
function jarDomain(host: string, line: string): string | undefined {
  const attribute = lastAttribute(line, 'domain');
  if (!attribute) return host;
  const domain = attribute.replace(/^\./, '').toLowerCase();
  if (!domain) return undefined;
  if (/[^\x21-\x7e]|%/.test(domain)) return undefined;
  const registrable = isIP(host.replace(/^\[|\]$/g, '')) ? null : getDomain(host, { allowPrivateDomains: true });
  if (!registrable) return domain === host ? host : undefined;
  const inHost = host === domain || host.endsWith(`.${domain}`);
  return inHost && getDomain(domain, { allowPrivateDomains: true }) === registrable ? `.${domain}` : undefined;
}

/**
 * The cookies a top-level page's response (its document, or a redirect on the way to it) set without `Partitioned` that
 * the keeper may need evidence for: Secure, SameSite=None session cookies (the only ones mayBePartitioned holds back),
 * with their scope as the jar lists it: jarDomain's, and the Path attribute's (the last, if it starts with '/'), else
 * the default path of the URL (RFC 6265, 5.1.4; Chromium's CanonPathWithString alike). Electron's webRequest gives each
 * Set-Cookie line as one string of `responseHeaders` under the name as the server spelled it ('Set-Cookie', or
 * 'set-cookie' over HTTP/2), see the web-request double's responseHeadersOf. A line that may expire the cookie or make it
 * last (mayExpire) is none: a deletion vouches for nothing, and a lasting cookie is never copied.
 *
 * The line is read by tough-cookie (RFC 6265 parsing, kept by Salesforce, on the tldts already here) rather than by
 * hand: the last Path and SameSite win, as in Chromium's ParsedCookie; `loose` reads a line without '=' as a nameless
 * cookie, as Chromium does; unknown attributes such as Partitioned come in `extensions`. Chromium's behaviour is kept
 * where tough-cookie's differs: the expiry (mayExpire), the Domain (jarDomain); and a line with whitespace other than
 * spaces and tabs (a no-break space), which tough-cookie trims and Chromium keeps in the name or value, vouches for
 * nothing. (tough-cookie refuses a tab inside a value, which Chromium keeps: no evidence either, failing safe.) About
 * 2 µs a line, for top-level responses only.
 */
export function unpartitionedCookiesOf(url: string, resourceType: string, headers: Record<string, string[]> | undefined): OwnCookie[] {
  if (resourceType !== 'mainFrame' || !headers || !URL.canParse(url)) return [];
  const { hostname, pathname, protocol } = new URL(url);
  if (protocol !== 'https:') return [];
  const lines = Object.entries(headers).flatMap(([name, values]) => (name.toLowerCase() === 'set-cookie' ? values : []));
  const found: OwnCookie[] = [];
  for (const line of lines) {
    if (OTHER_WHITESPACE.test(line)) continue;
    const cookie = ParsedCookie.parse(line, { loose: true });
    if (!cookie || (cookie.key === '' && cookie.value === '') || !cookie.secure || cookie.sameSite !== 'none') continue;
    if (cookie.extensions?.some((e) => e.split('=')[0]!.trim().toLowerCase() === 'partitioned') || mayExpire(line)) continue;
    const domain = jarDomain(hostname, line);
    if (domain === undefined) continue;
    found.push({ name: cookie.key, domain, path: cookie.path ?? defaultPath(pathname), value: cookie.value });
  }
  return found;
}

/**
 * The persistent copy of a session cookie, or null when there is nothing to keep, or it may be partitioned and
 * `ownCookie` (evidence that it is the site's own, unpartitioned) is not given.
 */
export function persistentCopy(cookie: Cookie, nowSeconds: number, days = KEEP_DAYS, ownCookie = false): CookiesSetDetails | null {
  if (!cookie.session || !cookie.domain || (mayBePartitioned(cookie) && !ownCookie)) return null;
  return { ...sameScope(cookie), expirationDate: nowSeconds + days * 24 * 60 * 60 };
}

/** The cookie jar as this module uses it (Electron's `on` returns the jar for chaining; unused here). */
export interface WatchedCookies extends Pick<Cookies, 'get' | 'set' | 'flushStore'> {
  on(event: 'changed', listener: (event: Electron.Event, cookie: Cookie, cause: string, removed: boolean) => void): unknown;
}

/**
 * A copy Hatstand made: a copy looks like any cookie a site set to last, so which ones are Hatstand's is recorded (the
 * expiry it gave tells a copy from a cookie the site set since). Never a value: values are secrets, kept from the
 * store and the logs.
 */
export interface KeptCopy {
  name: string;
  domain: string;
  path: string;
  expirationDate: number;
}

/** Where an identity's copies are recorded (its settings in the store, bootstrap.ts). */
export interface KeptCopiesRecord {
  read(): unknown;
  write(copies: KeptCopy[]): void;
}

export interface KeepSessionCookiesOptions {
  /** Whether the identity keeps its session cookies (the saved choice). */
  enabled: () => boolean;
  record: KeptCopiesRecord;
  now?: () => number;
  /** What failed where no one waits for it; never with a cookie in it. */
  report?: (problem: string) => void;
}

export interface CookieKeeper {
  /**
   * The choice changed (already saved): turned on, the session cookies already in the jar are copied (a person turns
   * it on after signing in, once signed out too often); turned off, the copies become session cookies again. Written
   * to disk either way. Never rejects.
   */
  apply(keep: boolean): Promise<void>;
  /** Writes the jar to disk once the copies under way are made (a quit: the store writes only every 30 s). */
  flush(): Promise<void>;
  /**
   * A top-level page's response set these cookies unpartitioned (unpartitionedCookiesOf): Secure SameSite=None session
   * cookies of theirs may be kept (a first-party sign-in: Microsoft Entra's ESTSAUTH, Salesforce's sid) while they hold
   * the value that response set, unless a twin with the same name, domain and path is listed, which may be a partitioned
   * cookie of another site's frame.
   */
  noteUnpartitioned(cookies: OwnCookie[]): void;
}

/** A cookie's identity in the jar: one cookie per name, domain and path. */
const keyOf = (cookie: Pick<Cookie, 'name' | 'domain' | 'path'>): string => JSON.stringify([cookie.name, cookie.domain, cookie.path ?? '/']);

const isKeptCopy = (value: unknown): value is KeptCopy => {
  const c = value as Partial<KeptCopy> | null;
  return typeof c?.name === 'string' && typeof c.domain === 'string' && typeof c.path === 'string' && typeof c.expirationDate === 'number';
};

/** Whether a cookie in the jar is the copy recorded (Chromium keeps the expiry to the microsecond; a site's is another). */
const isTheCopy = (cookie: Cookie, copy: KeptCopy): boolean =>
  !cookie.session && cookie.expirationDate !== undefined && Math.abs(cookie.expirationDate - copy.expirationDate) < 1;

export function keepSessionCookies(cookies: WatchedCookies, options: KeepSessionCookiesOptions): CookieKeeper {
  const now = options.now ?? (() => Date.now());
  const report = options.report ?? ((problem: string) => console.error(`[cookies] ${problem}`));
  // Read from the store on every change: once the store is closed (a quit), nothing is kept any more.
  const enabled = (): boolean => {
    try {
      return options.enabled();
    } catch {
      return false;
    }
  };
  const kept = new Map<string, KeptCopy>();
  /**
   * Evidence: for each cookie a top-level response of this run set unpartitioned, a digest of the value it set (the
   * latest response's). In memory only, as the evidence has always been: a restart starts with none, and a value (a
   * sign-in secret) never reaches the store or a log; the digest is keyed by a secret of this run, so not even it can be
   * matched against a guess elsewhere. It vouches for that value only (a value a script or a frame set later is not
   * the response's), and is forgotten once a cookie holding that value is deleted (the site signed out, it expired, it
   * was evicted), or overwritten while the jar then holds anything but that one cookie (forgetUnlessAlone): a
   * partitioned cookie of the same name, even holding the same value, is then not kept. At most EVIDENCE_LIMIT
   * cookies' evidence is held, the latest.
   */
  const ownCookies = new Map<string, string>();
  const runSecret = randomBytes(32);
  const digestOf = (value: string): string => createHmac('sha256', runSecret).update(value).digest('base64');
  const vouchedFor = (cookie: Pick<Cookie, 'name' | 'domain' | 'path' | 'value'>): boolean => ownCookies.get(keyOf(cookie)) === digestOf(cookie.value);
  try {
    const recorded = options.record.read();
    if (Array.isArray(recorded)) for (const copy of recorded.filter(isKeptCopy)) kept.set(keyOf(copy), copy);
  } catch (error) {
    report(`The record of kept cookies could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const saveRecord = (): void => {
    try {
      options.record.write([...kept.values()]);
    } catch (error) {
      report(`The record of kept cookies could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // The store writes its changes to disk every 30 seconds (docs/api/cookies.md, flushStore): a copy made just before a
  // crash, or a quit cut short, would be gone. Each copy is written at once; copies that come while a write runs share
  // the next one (that write may have begun before them).
  let writing: Promise<void> | null = null;
  let following: Promise<void> | null = null;
  const write = (): Promise<void> => {
    if (!writing) {
      writing = cookies
        .flushStore()
        .catch(() => {})
        .finally(() => (writing = null));
      return writing;
    }
    return (following ??= writing.then(() => {
      following = null;
      return write();
    }));
  };
  // Work on one cookie runs in the order its changes came, so a later change is never undone by an earlier copy.
  const queues = new Map<string, Promise<void>>();
  const inOrder = (key: string, work: () => Promise<void>): Promise<void> => {
    const next = (queues.get(key) ?? Promise.resolve()).then(work).catch((error: unknown) => {
      report(`A kept cookie could not be written: ${error instanceof Error ? error.message : String(error)}`);
    });
    queues.set(key, next);
    void next.finally(() => {
      if (queues.get(key) === next) queues.delete(key);
    });
    return next;
  };
  // (By name and path over the whole jar: a lookup by URL would apply the rules for sending cookies to it, secure and
  // path, electron_api_cookies.cc:310-340.) The jar may hold several with the same name, domain and path: partitioned
  // cookies beside the unpartitioned one, none of them saying which it is.
  const allInJar = async (cookie: Pick<Cookie, 'name' | 'domain' | 'path'>): Promise<Cookie[]> => {
    const found = await cookies.get({ name: cookie.name, path: cookie.path ?? '/' });
    return found.filter((c) => c.domain === cookie.domain);
  };

  // `changed` reaches main in a later task than the change (cookie_change_notifier.cc, a mojo receiver): by then the
  // site may have deleted the cookie (a sign-out) or set it again. A copy made from the event alone would bring a
  // deleted cookie back for 30 days, so the jar is asked first and only the session cookie still there is copied.
  // (A deletion landing between that answer and the copy is not seen: Electron has no compare-and-set for cookies.)
  // A cookie that may be partitioned is copied only when a top-level response set it unpartitioned, with the value it
  // holds, and it has no twin of the same name, domain and path (one of them may be partitioned, and nothing says which).
  const copyIfStillThere = async (told: Cookie): Promise<void> => {
    const own = vouchedFor(told);
    if (!enabled() || !told.domain || (mayBePartitioned(told) && !own)) return;
    const all = await allInJar(told);
    const current = all.find((c) => c.session && c.value === told.value);
    if (!current || !enabled()) return;
    if (mayBePartitioned(current) && all.length > 1) return;
    const copy = persistentCopy(current, Math.floor(now() / 1000), KEEP_DAYS, own);
    if (!copy) return;
    // The copy is not a session cookie, so writing it does not come back here.
    await cookies.set(copy);
    kept.set(keyOf(current), { name: current.name, domain: current.domain!, path: current.path ?? '/', expirationDate: copy.expirationDate! });
    saveRecord();
    void write();
  };
  // Turned off, a copy becomes the session cookie it was rather than going: the person asked not to stay signed in
  // across restarts, not to be signed out of every site now (and maybe out of a post half written).
  // The copy is found by the expiry recorded among every cookie of its name, domain and path (a partitioned one may be
  // listed first). A copy an older Hatstand made of a Secure SameSite=None cookie is turned back the same way, never
  // deleted: it replaced the site's own unpartitioned cookie of that name (Electron writes every cookie unpartitioned),
  // and nothing in the jar tells whether it came from that cookie or from a partitioned one, so deleting it could sign
  // the person out of the site (a first-party sign-in cookie: Microsoft Entra's ESTSAUTH, Salesforce's sid).
  const turnBack = async (key: string): Promise<void> => {
    const copy = kept.get(key);
    if (!copy) return;
    const current = (await allInJar(copy)).find((c) => isTheCopy(c, copy));
    kept.delete(key);
    saveRecord();
    // (A cookie the site has set since, with its own expiry, is the site's and stays.)
    if (!current) return;
    // `set` writes only the unpartitioned cookie (electron_api_cookies.cc, Cookies::Set), the copy.
    await cookies.set(sameScope(current));
  };

  // Evidence outlives nothing it vouched for. A cookie holding the value it vouches for deleted (any removal but an
  // overwrite: a sign-out, an expiry, an eviction; electron_api_cookies.cc:284-293, IsDeletion, and :456-463) forgets it
  // at once, whatever else holds that value: a frame's partitioned twin may (a server moving to CHIPS sets both), and
  // vouched for, it would later be the only cookie of its name and be copied unpartitioned. One overwritten (a new
  // value, or Hatstand's own copy or its turning back) forgets it unless the jar then holds exactly one cookie of that
  // name, domain and path, with that value. (By value, so a new sign-in's response told before the old cookie's removal
  // keeps its own evidence.)
  const forget = (removed: Cookie): void => {
    const key = keyOf(removed);
    if (ownCookies.get(key) === digestOf(removed.value)) ownCookies.delete(key);
  };
  const forgetUnlessAlone = async (removed: Cookie): Promise<void> => {
    const key = keyOf(removed);
    const evidence = ownCookies.get(key);
    if (evidence === undefined || evidence !== digestOf(removed.value)) return;
    const all = await allInJar(removed);
    const alone = all.length === 1 && digestOf(all[0]!.value) === evidence;
    if (!alone && ownCookies.get(key) === evidence) ownCookies.delete(key);
  };

  cookies.on('changed', (_event, cookie, cause, removed) => {
    const key = keyOf(cookie);
    if (removed && cause !== 'overwrite') forget(cookie);
    else if (removed && ownCookies.has(key)) void inOrder(key, () => forgetUnlessAlone(cookie));
    const copy = kept.get(key);
    // A copy the site deleted (or let expire), or replaced with a lasting cookie of its own, is no longer Hatstand's.
    // (A cookie that may be partitioned is never the copy, only a cookie of the same name beside it: mayBePartitioned.)
    if (copy && !cookie.session && !mayBePartitioned(cookie) && (removed ? cause !== 'overwrite' : !isTheCopy(cookie, copy))) {
      kept.delete(key);
      saveRecord();
    }
    if (removed || !cookie.session || !enabled()) return;
    void inOrder(key, () => copyIfStillThere(cookie));
  });

  const apply = async (keep: boolean): Promise<void> => {
    try {
      if (keep) {
        const sessionCookies = await cookies.get({ session: true });
        await Promise.all(sessionCookies.map((cookie) => inOrder(keyOf(cookie), () => copyIfStillThere(cookie))));
      } else {
        // (With the copies still under way, which see the choice and make none.)
        const keys = new Set([...kept.keys(), ...queues.keys()]);
        await Promise.all([...keys].map((key) => inOrder(key, () => turnBack(key))));
      }
      await write();
    } catch (error) {
      report(`The cookies already kept could not follow the choice: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // Copies the choice was turned off for before they were turned back (the session was not open, or Hatstand quit).
  // (Copies of Secure SameSite=None cookies an older Hatstand made are left as they are while keeping is on: see
  // turnBack; they end at their expiry, or as session cookies when keeping is turned off.)
  if (kept.size > 0 && !enabled()) void apply(false);

  const noteUnpartitioned = (own: OwnCookie[]): void => {
    for (const cookie of own) {
      const key = keyOf(cookie);
      // The latest last: past the limit the oldest evidence goes (one page could otherwise fill memory, a new name on
      // every redirect).
      ownCookies.delete(key);
      ownCookies.set(key, digestOf(cookie.value));
      for (const oldest of ownCookies.keys()) {
        if (ownCookies.size <= EVIDENCE_LIMIT) break;
        ownCookies.delete(oldest);
      }
      if (!enabled()) continue;
      // (Its 'changed' may have come before the response was told: the session cookie in the jar now is copied.)
      void inOrder(key, async () => {
        const session = (await allInJar(cookie)).filter((c) => c.session && mayBePartitioned(c));
        if (session.length === 1) await copyIfStillThere(session[0]!);
      });
    }
  };

  return {
    noteUnpartitioned,
    apply,
    flush: async () => {
      await Promise.all([...queues.values()]);
      await write();
    },
  };
}

/** The details of a response webRequest tells (onResponseStarted, onBeforeRedirect) that the evidence is read from. */
type ResponseDetails = { url: string; resourceType: string; responseHeaders?: Record<string, string[]> };

/**
 * Feeds the keeper its evidence from the session's webRequest (through its hub: one listener per event and session):
 * every response's `onResponseStarted`, and `onBeforeRedirect` for a redirect on the way (sign-in flows set their
 * cookies there), each with `resourceType` and `responseHeaders`, named as the server sent them
 * (electron_api_web_request.cc:85-121; the web-request double). unpartitionedCookiesOf keeps the top-level ones.
 * Returns the unsubscription.
 */
export function noteOwnCookies(hub: Pick<WebRequestHub, 'on'>, keeper: Pick<CookieKeeper, 'noteUnpartitioned'>): () => void {
  const note = (details: ResponseDetails): void => keeper.noteUnpartitioned(unpartitionedCookiesOf(details.url, details.resourceType, details.responseHeaders));
  const off = [hub.on('onResponseStarted', note), hub.on('onBeforeRedirect', note)];
  return () => off.forEach((unsubscribe) => unsubscribe());
}
