import { describe, expect, it } from 'vitest';
import type { Cookie } from 'electron';
import { EVIDENCE_LIMIT, keepSessionCookies, mayBePartitioned, noteOwnCookies, persistentCopy, unpartitionedCookiesOf, type KeptCopy, type WatchedCookies } from '../../../electron/main/session/keep-session-cookies';
import { webRequestHub } from '../../../electron/main/session/web-request-hub';
import { createElectron, nextTask } from '../../support/electron';

/** Lets the jar's answers and `changed` events that follow one another arrive (each comes in a later task). */
async function settle(tasks = 8): Promise<void> {
  for (let i = 0; i < tasks; i++) await nextTask();
}

/** An identity's cookie jar, its clock the keeper's (the copies' expiries are of 1970). */
function jar() {
  const cookies = createElectron().session.fromPartition('persist:identity-a').cookies;
  cookies.nowSeconds = () => 2_000;
  return cookies;
}

/** A keeper as bootstrap.ts builds one, its record of copies in memory (the identity's settings in the app). */
function keep(cookies: WatchedCookies, enabled: () => boolean, recorded: unknown = []) {
  const record = { copies: recorded, writes: 0 };
  const keeper = keepSessionCookies(cookies, {
    enabled,
    record: { read: () => record.copies, write: (copies: KeptCopy[]) => void ((record.copies = copies), record.writes++) },
    now: () => 2_000_000,
  });
  return { keeper, record };
}

const sessionCookie: Cookie = {
  name: 'sid',
  value: 'abc',
  domain: '.example.com',
  hostOnly: false,
  path: '/',
  secure: true,
  httpOnly: true,
  session: true,
  sameSite: 'lax',
};

describe('keeping session cookies (PITFALLS 3)', () => {
  it('turns a session cookie into a 30-day cookie with the same scope', () => {
    expect(persistentCopy(sessionCookie, 1_000)).toEqual({
      url: 'https://example.com/',
      name: 'sid',
      value: 'abc',
      domain: '.example.com',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      expirationDate: 1_000 + 30 * 86_400,
    });
  });
  it('keeps host-only cookies host-only and leaves persistent cookies alone', () => {
    expect(persistentCopy({ ...sessionCookie, domain: 'x.com', hostOnly: true }, 0)).not.toHaveProperty('domain');
    expect(persistentCopy({ ...sessionCookie, session: false, expirationDate: 5 }, 0)).toBeNull();
  });
  it('rewrites only while the identity opted in, and never removed cookies', async () => {
    const cookies = jar();
    let enabled = false;
    keep(cookies, () => enabled);
    const site = { url: 'https://example.com/', name: 'sid', value: 'abc', secure: true };
    await cookies.set(site);
    expect(cookies.jar).toEqual([expect.objectContaining({ name: 'sid', session: true })]);
    enabled = true;
    await cookies.remove('https://example.com/', 'sid');
    expect(cookies.jar).toEqual([]);
    await cookies.set(site);
    await settle();
    expect(cookies.jar).toEqual([expect.objectContaining({ name: 'sid', session: false, expirationDate: 2_000 + 30 * 86_400, hostOnly: true })]);
  });

  it('never brings back a cookie the site deleted before its change reached main, and keeps only the value still there', async () => {
    const cookies = jar();
    keep(cookies, () => true);
    const site = { url: 'https://example.com/', name: 'sid', secure: true };
    // A sign-out set and cleared within one round trip: 'changed' for the set arrives once the cookie is gone.
    void cookies.set({ ...site, value: 'abc' });
    void cookies.remove('https://example.com/', 'sid');
    await settle();
    expect(cookies.jar).toEqual([]);
    // Set twice before main hears of the first: the copy is of the value the site left.
    void cookies.set({ ...site, value: 'one' });
    void cookies.set({ ...site, value: 'two' });
    await settle();
    expect(cookies.jar).toEqual([expect.objectContaining({ name: 'sid', value: 'two', session: false })]);
  });

  it('writes the copy to disk at once: the store writes every 30 s, and a crash or a quit cut short would lose it', async () => {
    const cookies = jar();
    keep(cookies, () => true);
    await cookies.set({ url: 'https://example.com/', name: 'sid', value: 'abc', secure: true });
    await settle();
    // What a restart right now would find: the kept copy.
    expect(cookies.onDisk()).toEqual([expect.objectContaining({ name: 'sid', value: 'abc', session: false })]);
    // A burst of cookies (a sign-in sets several) shares writes rather than asking one per cookie.
    const before = cookies.flushes;
    for (const name of ['a', 'b', 'c', 'd', 'e']) void cookies.set({ url: 'https://example.com/', name, value: '1' });
    await settle();
    expect(cookies.onDisk().map((c) => c.name).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'sid']);
    expect(cookies.flushes - before).toBeLessThanOrEqual(2);
  });
});

describe('turning keeping on or off (the identity settings)', () => {
  const site = { url: 'https://example.com/', secure: true };
  const LASTING = 4_000_000_000; // a cookie the site itself set to last

  it('turned on after signing in: the session cookies already there are kept and written to disk, and recorded without their values', async () => {
    const cookies = jar();
    let enabled = false;
    const { keeper, record } = keep(cookies, () => enabled);
    await cookies.set({ ...site, name: 'sid', value: 'secret-1' });
    await cookies.set({ ...site, name: 'csrf', value: 'secret-2', path: '/app' });
    await cookies.set({ ...site, name: 'pref', value: 'dark', expirationDate: LASTING });
    await settle();
    expect(cookies.jar.filter((c) => c.session).map((c) => c.name)).toEqual(['sid', 'csrf']);

    enabled = true; // (saved by the handler before it is applied)
    await keeper.apply(true);
    expect(cookies.jar.map((c) => [c.name, c.session, c.expirationDate])).toEqual(
      expect.arrayContaining([
        ['sid', false, 2_000 + 30 * 86_400],
        ['csrf', false, 2_000 + 30 * 86_400],
        ['pref', false, LASTING],
      ]),
    );
    expect(cookies.onDisk().map((c) => c.name).sort()).toEqual(['csrf', 'pref', 'sid']);
    expect(record.copies).toEqual(
      expect.arrayContaining([
        { name: 'sid', domain: 'example.com', path: '/', expirationDate: 2_000 + 30 * 86_400 },
        { name: 'csrf', domain: 'example.com', path: '/app', expirationDate: 2_000 + 30 * 86_400 },
      ]),
    );
    expect(JSON.stringify(record.copies)).not.toContain('secret');
  });

  it('turned off: its copies become session cookies again (signed in until the next restart, not for 30 days), written to disk; the site\u2019s own lasting cookies stay', async () => {
    const cookies = jar();
    let enabled = true;
    const { keeper, record } = keep(cookies, () => enabled);
    await cookies.set({ ...site, name: 'sid', value: 'abc' });
    await cookies.set({ ...site, name: 'token', value: 'one' });
    await cookies.set({ ...site, name: 'pref', value: 'dark', expirationDate: LASTING });
    await settle();
    // The site later makes one of them a lasting cookie of its own: no longer Hatstand's copy.
    await cookies.set({ ...site, name: 'token', value: 'two', expirationDate: LASTING });
    await settle();
    await keeper.flush();
    expect(cookies.onDisk().map((c) => c.name).sort()).toEqual(['pref', 'sid', 'token']);

    enabled = false;
    await keeper.apply(false);
    await settle();
    expect(cookies.jar.map((c) => [c.name, c.value, c.session])).toEqual(
      expect.arrayContaining([
        ['sid', 'abc', true],
        ['token', 'two', false],
        ['pref', 'dark', false],
      ]),
    );
    // What a restart finds: the site's own cookies, no copy.
    expect(cookies.onDisk().map((c) => c.name).sort()).toEqual(['pref', 'token']);
    expect(record.copies).toEqual([]);
    // And the session cookie turned back is not copied again.
    expect(cookies.jar.find((c) => c.name === 'sid')).toMatchObject({ session: true });
  });

  it('copies the choice was turned off for while the session was not open are turned back when it opens', async () => {
    const cookies = jar();
    // (What an earlier run left on disk.)
    await cookies.set({ ...site, name: 'sid', value: 'abc', expirationDate: 2_594_000 });
    await settle();
    const { record } = keep(cookies, () => false, [{ name: 'sid', domain: 'example.com', path: '/', expirationDate: 2_594_000 }, { broken: true }]);
    await settle();
    expect(cookies.jar).toEqual([expect.objectContaining({ name: 'sid', value: 'abc', session: true })]);
    expect(cookies.onDisk()).toEqual([]);
    expect(record.copies).toEqual([]);
  });
});

describe('partitioned (CHIPS) cookies: Electron lists them with the others and writes every cookie unpartitioned', () => {
  const COPY_EXPIRY = 2_000 + 30 * 86_400;
  // A chat widget from widget.example embedded in news.example: its Partitioned session cookie belongs to news.example only.
  const widget = { url: 'https://widget.example/', name: 'wid', value: 'visitor-1', secure: true };

  it('a cookie may be partitioned when it is Secure and SameSite=None (what a frame\u2019s Partitioned cookie must be)', () => {
    expect(mayBePartitioned({ secure: true, sameSite: 'no_restriction' })).toBe(true);
    expect(mayBePartitioned({ secure: true, sameSite: 'lax' })).toBe(false);
    expect(mayBePartitioned({ secure: false, sameSite: 'no_restriction' })).toBe(false);
  });

  it('never copies a cookie that may be partitioned: its copy would follow the person to every site', async () => {
    expect(persistentCopy({ ...sessionCookie, sameSite: 'no_restriction' }, 1_000)).toBeNull();

    const cookies = jar();
    let enabled = true;
    const { keeper, record } = keep(cookies, () => enabled);
    cookies.setPartitioned(widget, 'https://news.example');
    await settle();
    enabled = false;
    cookies.setPartitioned({ ...widget, value: 'visitor-2' }, 'https://blog.example');
    await settle();
    enabled = true;
    await keeper.apply(true);
    await settle();
    // Only the widget's own partitioned session cookies: nothing unpartitioned, nothing lasting, nothing recorded.
    expect(cookies.jar).toHaveLength(2);
    expect(cookies.jar.every((c) => c.session && cookies.partitionOf(c) !== undefined)).toBe(true);
    expect(cookies.onDisk()).toEqual([]);
    expect(record.copies).toEqual([]);
  });

  it('still keeps the site\u2019s own session cookie when a partitioned one of the same name is listed first', async () => {
    const cookies = jar();
    keep(cookies, () => true);
    cookies.setPartitioned({ url: 'https://example.com/', name: 'sid', value: 'embedded', secure: true }, 'https://news.example');
    await cookies.set({ url: 'https://example.com/', name: 'sid', value: 'mine', secure: true });
    await settle();
    expect(cookies.jar.map((c) => [c.value, c.session, cookies.partitionOf(c)])).toEqual(
      expect.arrayContaining([
        ['embedded', true, 'https://news.example'],
        ['mine', false, undefined],
      ]),
    );
  });

  it('turned off: finds its copy by the expiry recorded even behind a partitioned cookie of the same name, and turns it back', async () => {
    const cookies = jar();
    // (What an earlier run left: a partitioned cookie listed before Hatstand's copy of the site's own cookie.)
    cookies.setPartitioned({ url: 'https://example.com/', name: 'sid', value: 'embedded', secure: true }, 'https://news.example');
    await cookies.set({ url: 'https://example.com/', name: 'sid', value: 'mine', secure: true, sameSite: 'lax', expirationDate: COPY_EXPIRY });
    await settle();
    const { record } = keep(cookies, () => false, [{ name: 'sid', domain: 'example.com', path: '/', expirationDate: COPY_EXPIRY }]);
    await settle();
    expect(cookies.jar.map((c) => [c.value, c.session])).toEqual(
      expect.arrayContaining([
        ['embedded', true],
        ['mine', true],
      ]),
    );
    expect(cookies.jar.some((c) => !c.session)).toBe(false);
    expect(record.copies).toEqual([]);
  });

  it('a lasting partitioned cookie of the same name set beside the copy does not make Hatstand forget its copy', async () => {
    const cookies = jar();
    let enabled = true;
    const { keeper, record } = keep(cookies, () => enabled);
    await cookies.set({ url: 'https://example.com/', name: 'sid', value: 'mine', secure: true });
    await settle();
    cookies.setPartitioned({ url: 'https://example.com/', name: 'sid', value: 'embedded', secure: true, expirationDate: 4_000_000_000 }, 'https://news.example');
    await settle();
    expect(record.copies).toEqual([{ name: 'sid', domain: 'example.com', path: '/', expirationDate: COPY_EXPIRY }]);
    enabled = false;
    await keeper.apply(false);
    await settle();
    expect(cookies.jar.map((c) => [c.value, c.session])).toEqual(
      expect.arrayContaining([
        ['mine', true],
        ['embedded', false],
      ]),
    );
  });

  it('a copy an older Hatstand made of a Secure SameSite=None cookie is kept at start (it cannot be told from the site\u2019s own sign-in cookie it replaced), and turned back, not deleted, when keeping is off', async () => {
    for (const enabled of [true, false]) {
      const cookies = jar();
      // (The old copy of a first-party sign-in cookie, Microsoft Entra's: it replaced the site's own.)
      await cookies.set({ url: 'https://login.example.com/', name: 'ESTSAUTH', value: 'me', secure: true, httpOnly: true, sameSite: 'no_restriction', expirationDate: COPY_EXPIRY });
      await settle();
      const { keeper } = keep(cookies, () => enabled, [{ name: 'ESTSAUTH', domain: 'login.example.com', path: '/', expirationDate: COPY_EXPIRY }]);
      await settle();
      await keeper.flush();
      expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value: 'me', session: !enabled })]);
    }
  });
});

describe('a site\u2019s own Secure SameSite=None session cookie (a first-party sign-in) is kept on evidence', () => {
  const signIn = { url: 'https://login.example.com/', name: 'ESTSAUTH', value: 'me', secure: true, httpOnly: true, sameSite: 'no_restriction' as const };

  it('evidence: the Secure SameSite=None session cookies a top-level response set without Partitioned, with their scope as the jar lists it', () => {
    const headers = {
      'Set-Cookie': [
        'ESTSAUTH=x; path=/; secure; HttpOnly; SameSite=None',
        'sid=y; Domain=Example.com; Secure; SameSite=None',
        'chat=z; Secure; SameSite=None; Partitioned',
        'pref=1; Path=/app/settings; Secure; SameSite=None',
        'other=1; Domain=victim.com; Secure; SameSite=None',
        // (Only these can be a partitioned cookie's name: mayBePartitioned.)
        'lax=1; Secure; SameSite=Lax',
        'plain=1; SameSite=None',
        'bare=1; Secure',
      ],
    };
    expect(unpartitionedCookiesOf('https://login.example.com/common/login', 'mainFrame', headers)).toEqual([
      { name: 'ESTSAUTH', domain: 'login.example.com', path: '/', value: 'x' },
      { name: 'sid', domain: '.example.com', path: '/common', value: 'y' },
      { name: 'pref', domain: 'login.example.com', path: '/app/settings', value: '1' },
    ]);
    expect(unpartitionedCookiesOf('https://login.example.com/', 'subFrame', headers)).toEqual([]);
    expect(unpartitionedCookiesOf('http://login.example.com/', 'mainFrame', headers)).toEqual([]);
  });

  const none = '; Secure; SameSite=None';
  const read = (url: string, ...lines: string[]) => unpartitionedCookiesOf(url, 'mainFrame', { 'set-cookie': lines.map((l) => l + none) });

  it('a Domain Chromium refuses vouches for nothing: a public suffix (private registries too), another site; an IP address is host-only', () => {
    expect(read('https://login.example.com/', 'a=1; Domain=com', 'b=1; Domain=.com')).toEqual([]);
    expect(read('https://shop.example.co.uk/', 'a=1; Domain=co.uk', 'b=1; Domain=example.co.uk')).toEqual([{ name: 'b', domain: '.example.co.uk', path: '/', value: '1' }]);
    expect(read('https://me.github.io/', 'a=1; Domain=github.io')).toEqual([]);
    expect(read('https://192.0.2.7/', 'a=1; Domain=192.0.2.7', 'b=1; Domain=.192.0.2.7', 'c=1; Domain=0.2.7')).toEqual([
      { name: 'a', domain: '192.0.2.7', path: '/', value: '1' },
      { name: 'b', domain: '192.0.2.7', path: '/', value: '1' },
    ]);
  });

  it('repeated attributes as Chromium reads them: the last Path (one not starting with / is the default path), the last Domain', () => {
    expect(read('https://a.login.example.com/x/y', 'p=1; Path=/one; Path=/two', 'q=1; Path=/one; Path=two', 'd=1; Domain=victim.com; Domain=example.com')).toEqual([
      { name: 'p', domain: 'a.login.example.com', path: '/two', value: '1' },
      { name: 'q', domain: 'a.login.example.com', path: '/x', value: '1' },
      { name: 'd', domain: '.example.com', path: '/x', value: '1' },
    ]);
    // An empty last Domain makes the cookie host-only in Chromium (tough-cookie keeps the one before); a bare dot is refused.
    expect(read('https://a.login.example.com/', 'e=1; Domain=example.com; Domain=', 'f=1; Domain=example.com; Domain=.')).toEqual([
      { name: 'e', domain: 'a.login.example.com', path: '/', value: '1' },
    ]);
  });

  it('whitespace as Chromium trims it (spaces and tabs only): a no-break space it keeps vouches for nothing; a line without = is a nameless cookie', () => {
    expect(read('https://login.example.com/', ' \tsid \t= \tabc \t', 'nb=\u00a0abc', '\u00a0ESTSAUTH=me', 'tokenonly')).toEqual([
      { name: 'sid', domain: 'login.example.com', path: '/', value: 'abc' },
      { name: '', domain: 'login.example.com', path: '/', value: 'tokenonly' },
    ]);
  });

  it('kept once a top-level response set it unpartitioned, whether its change came before or after', async () => {
    for (const first of ['cookie', 'response'] as const) {
      const cookies = jar();
      const { keeper, record } = keep(cookies, () => true);
      const evidence = () => keeper.noteUnpartitioned(unpartitionedCookiesOf('https://login.example.com/login', 'mainFrame', { 'set-cookie': ['ESTSAUTH=me; Path=/; Secure; HttpOnly; SameSite=None'] }));
      if (first === 'response') evidence();
      await cookies.set(signIn);
      await settle();
      if (first === 'cookie') evidence();
      await settle();
      await keeper.flush();
      expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value: 'me', session: false })]);
      expect(record.copies).toEqual([{ name: 'ESTSAUTH', domain: 'login.example.com', path: '/', expirationDate: 2_000 + 30 * 86_400 }]);
    }
  });

  it('not kept without that evidence, nor when a twin of the same name, domain and path is listed (it may be partitioned)', async () => {
    const cookies = jar();
    const { keeper, record } = keep(cookies, () => true);
    await cookies.set(signIn);
    await settle();
    expect(cookies.jar.every((c) => c.session)).toBe(true);
    cookies.setPartitioned({ ...signIn, value: 'embedded' }, 'https://news.example');
    await settle();
    keeper.noteUnpartitioned([{ name: 'ESTSAUTH', domain: 'login.example.com', path: '/', value: 'me' }]);
    await settle();
    await keeper.flush();
    expect(cookies.jar.every((c) => c.session)).toBe(true);
    expect(record.copies).toEqual([]);
  });
});

describe('the evidence comes from the identity session’s webRequest (noteOwnCookies, as bootstrap.ts wires it)', () => {
  const signIn = { url: 'https://login.example.com/', name: 'ESTSAUTH', value: 'me', secure: true, httpOnly: true, sameSite: 'no_restriction' as const };
  const line = 'ESTSAUTH=me; Path=/; Secure; HttpOnly; SameSite=None';

  /** An identity session with its keeper wired to its webRequest through the session's hub. */
  function wired() {
    const session = createElectron().session.fromPartition('persist:identity-a');
    session.cookies.nowSeconds = () => 2_000;
    const { keeper, record } = keep(session.cookies, () => true);
    noteOwnCookies(webRequestHub(session.webRequest), keeper);
    return { session, cookies: session.cookies, keeper, record };
  }

  it('a top-level response’s Set-Cookie, told by onResponseStarted (an HTTP/2 server’s lower-case name) or by onBeforeRedirect on the way (HTTP/1.1’s spelling), lets the site’s own Secure SameSite=None session cookie be kept', async () => {
    for (const how of ['response', 'redirect'] as const) {
      const { session, cookies, keeper, record } = wired();
      const page = session.webRequest.request({ method: 'GET', url: 'https://login.example.com/login', resourceType: 'mainFrame' });
      if (how === 'redirect') {
        page.redirect('https://app.example.com/', 302, ['Location: https://app.example.com/', `Set-Cookie: ${line}`]);
        page.complete(200, ['Content-Type: text/html']);
      } else page.complete(200, ['content-type: text/html', `set-cookie: ${line}`]);
      // (What the jar keeps of that line.)
      await cookies.set(signIn);
      await settle();
      await keeper.flush();
      expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value: 'me', session: false })]);
      expect(record.copies).toEqual([expect.objectContaining({ name: 'ESTSAUTH', domain: 'login.example.com' })]);
    }
  });

  it('a frame’s response, a script’s, or a top-level one that asks for Partitioned vouches for nothing', async () => {
    for (const [resourceType, setCookie] of [['subFrame', line], ['xhr', line], ['mainFrame', `${line}; Partitioned`]] as const) {
      const { session, cookies, keeper, record } = wired();
      session.webRequest.request({ method: 'GET', url: 'https://login.example.com/login', resourceType }).complete(200, [`Set-Cookie: ${setCookie}`]);
      await cookies.set(signIn);
      await settle();
      await keeper.flush();
      expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', session: true })]);
      expect(record.copies).toEqual([]);
    }
  });
});

describe('the evidence vouches for the value a top-level response set, and is forgotten with it', () => {
  const signIn = { url: 'https://login.example.com/', name: 'ESTSAUTH', secure: true, httpOnly: true, sameSite: 'no_restriction' as const };
  const line = (value: string) => `Set-Cookie: ESTSAUTH=${value}; Path=/; Secure; HttpOnly; SameSite=None`;

  /** An identity session whose keeper hears its webRequest, and a sign-in: the page's response, then the jar's cookie. */
  async function signedIn(session = createElectron().session.fromPartition('persist:identity-a'), value = 'me') {
    session.cookies.nowSeconds = () => 2_000;
    let enabled = true;
    const { keeper, record } = keep(session.cookies, () => enabled);
    noteOwnCookies(webRequestHub(session.webRequest), keeper);
    const respond = (v: string, resourceType: 'mainFrame' | 'xhr' = 'mainFrame') =>
      session.webRequest.request({ method: 'GET', url: 'https://login.example.com/login', resourceType }).complete(200, [line(v)]);
    respond(value);
    await session.cookies.set({ ...signIn, value });
    await settle();
    await keeper.flush();
    expect(session.cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value, session: false })]);
    return { cookies: session.cookies, keeper, record, respond, enable: (on: boolean) => (enabled = on) };
  }
  const embedded = (cookies: ReturnType<typeof jar>, value: string) =>
    cookies.setPartitioned({ ...signIn, value, url: 'https://login.example.com/' }, 'https://news.example');

  it('signed out (the cookie deleted, or let expire): a frame’s partitioned cookie of that name is not kept, whatever its value', async () => {
    for (const value of ['embedded', 'me']) {
      const { cookies, keeper } = await signedIn();
      await cookies.remove('https://login.example.com/', 'ESTSAUTH');
      await settle();
      embedded(cookies, value);
      await settle();
      await keeper.flush();
      // (No unpartitioned copy of it: the frame's cookie alone, still a session cookie.)
      expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value, session: true })]);
      expect(cookies.partitionOf(cookies.jar[0]!)).toBe('https://news.example');
    }
  });

  // A server moving to CHIPS "sets both": a frame on news.example holds a partitioned twin with the sign-in's value.
  // The site's sign-out (Max-Age=0 on its top-level response) deletes the unpartitioned cookie only.
  const signOut = (cookies: ReturnType<typeof jar>) => cookies.set({ ...signIn, value: '', expirationDate: 1 });
  const noUnpartitioned = (cookies: ReturnType<typeof jar>) => {
    expect(cookies.jar.filter((c) => cookies.partitionOf(c) === undefined && c.value === 'me')).toEqual([]);
    expect(cookies.jar.every((c) => c.session)).toBe(true);
  };

  it('signed out while a frame’s partitioned twin holds the same value: the frame refreshing its cookie is not kept (it would come back unpartitioned for 30 days)', async () => {
    const { cookies, keeper } = await signedIn();
    embedded(cookies, 'me');
    await settle();
    await signOut(cookies);
    await settle();
    embedded(cookies, 'me');
    await settle();
    await keeper.flush();
    noUnpartitioned(cookies);
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'me', session: true })]);
    expect(cookies.partitionOf(cookies.jar[0]!)).toBe('https://news.example');
  });

  it('overwritten by a script while a partitioned twin holds the value, then deleted: the twin is not kept', async () => {
    const { cookies, keeper } = await signedIn();
    embedded(cookies, 'me');
    await settle();
    await cookies.set({ ...signIn, value: 'scripted' });
    await settle();
    await signOut(cookies);
    await settle();
    embedded(cookies, 'me');
    await settle();
    await keeper.flush();
    noUnpartitioned(cookies);
  });

  it('signed out while keeping was off, a partitioned twin holding the value: turning keeping on does not keep the twin', async () => {
    const { cookies, keeper, enable } = await signedIn();
    enable(false);
    await keeper.apply(false);
    await settle();
    embedded(cookies, 'me');
    await settle();
    await signOut(cookies);
    await settle();
    enable(true);
    await keeper.apply(true);
    await settle();
    await keeper.flush();
    noUnpartitioned(cookies);
  });

  it('the identity’s data cleared: the evidence goes with the cookies', async () => {
    const session = createElectron().session.fromPartition('persist:identity-a');
    const { cookies, keeper } = await signedIn(session);
    await session.clearStorageData();
    await settle();
    embedded(cookies, 'me');
    await settle();
    await keeper.flush();
    expect(cookies.jar).toEqual([expect.objectContaining({ name: 'ESTSAUTH', value: 'me', session: true })]);
  });

  it('replaced by another value the page’s own response did not set (a script’s, a frame’s): that value is not kept, nor the old one later', async () => {
    const { cookies, keeper, respond } = await signedIn();
    respond('rotated', 'xhr');
    await cookies.set({ ...signIn, value: 'rotated' });
    await settle();
    await keeper.flush();
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'rotated', session: true })]);
    await cookies.remove('https://login.example.com/', 'ESTSAUTH');
    embedded(cookies, 'me');
    await settle();
    await keeper.flush();
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'me', session: true })]);
  });

  it('a new sign-in told before the old cookie’s removal keeps its evidence; Hatstand’s own copy and turning keeping off and on again keep it too', async () => {
    const { cookies, keeper, respond, enable } = await signedIn();
    respond('again');
    await cookies.set({ ...signIn, value: 'again' });
    await settle();
    await keeper.flush();
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'again', session: false })]);
    enable(false);
    await keeper.apply(false);
    await settle();
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'again', session: true })]);
    enable(true);
    await keeper.apply(true);
    await settle();
    await keeper.flush();
    expect(cookies.jar).toEqual([expect.objectContaining({ value: 'again', session: false })]);
  });

  it('a Set-Cookie that expires the cookie (a sign-out) or makes it last vouches for nothing', () => {
    const headers = {
      'set-cookie': [
        'ESTSAUTH=; Path=/; Secure; SameSite=None; Max-Age=0',
        'sid=; Secure; SameSite=None; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
        'long=1; Secure; SameSite=None; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60',
        'until=1; Secure; SameSite=None; Expires=Fri, 01 Jan 2100 00:00:00 GMT',
        // Dates Chromium reads and RFC 6265's parser (tough-cookie's) does not: a year before 1601, a one-digit year.
        'old=; Secure; SameSite=None; Expires=Mon, 01 Jan 1000 00:00:00 GMT',
        'short=; Secure; SameSite=None; Expires=01 Jan 5 00:00:00',
      ],
    };
    expect(unpartitionedCookiesOf('https://login.example.com/', 'mainFrame', headers)).toEqual([]);
  });

  it('an Expires Chromium cannot read (no month or no time) leaves a session cookie: a sign-in with it is kept', () => {
    const odd = ['0', '-1', '1700000000', 'Thu, 01 Jan 2030', '2030-01-01T00:00:00Z'];
    expect(unpartitionedCookiesOf('https://login.example.com/', 'mainFrame', { 'set-cookie': odd.map((e, i) => `c${i}=v; Secure; SameSite=None; Expires=${e}`) }).map((c) => c.name)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('evidence is held for a limited number of cookies, the latest kept: one page cannot fill memory with new names', async () => {
    const cookies = jar();
    const { keeper } = keep(cookies, () => true);
    for (let i = 0; i <= EVIDENCE_LIMIT; i++) keeper.noteUnpartitioned([{ name: `n${i}`, domain: 'login.example.com', path: '/', value: 'v' }]);
    await settle();
    for (const name of ['n0', `n${EVIDENCE_LIMIT}`]) await cookies.set({ ...signIn, name, value: 'v' });
    await settle();
    await keeper.flush();
    expect(cookies.jar.map((c) => [c.name, c.session])).toEqual([
      ['n0', true],
      [`n${EVIDENCE_LIMIT}`, false],
    ]);
  });
});
