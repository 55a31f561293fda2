import { describe, expect, it } from 'vitest';
import type { Cookie } from 'electron';
import { keepSessionCookies, persistentCopy } from '../../../electron/main/session/keep-session-cookies';
import { createElectron, nextTask } from '../../support/electron';

/** Lets the jar's answers and `changed` events that follow one another arrive (each comes in a later task). */
async function settle(tasks = 8): Promise<void> {
  for (let i = 0; i < tasks; i++) await nextTask();
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
    const cookies = createElectron().session.fromPartition('persist:identity-a').cookies;
    let enabled = false;
    keepSessionCookies(cookies, () => enabled, () => 2_000_000);
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
    const cookies = createElectron().session.fromPartition('persist:identity-a').cookies;
    keepSessionCookies(cookies, () => true, () => 2_000_000);
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

  it('writes the copy to disk at once: the store writes every 30 s, and a quit does not flush it', async () => {
    const cookies = createElectron().session.fromPartition('persist:identity-a').cookies;
    keepSessionCookies(cookies, () => true, () => 2_000_000);
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
