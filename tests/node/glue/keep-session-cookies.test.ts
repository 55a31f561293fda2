import { describe, expect, it } from 'vitest';
import type { Cookie, Cookies, CookiesSetDetails } from 'electron';
import { keepSessionCookies, persistentCopy } from '../../../electron/main/session/keep-session-cookies';

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
  it('rewrites only while the identity opted in, and never removed cookies', () => {
    let listener: Parameters<Cookies['on']>[1] | undefined;
    const written: CookiesSetDetails[] = [];
    const cookies: Pick<Cookies, 'on' | 'set'> = {
      on: ((_event: 'changed', l: NonNullable<typeof listener>) => {
        listener = l;
        return cookies as Cookies;
      }) as Cookies['on'],
      set: async (details) => void written.push(details),
    };
    let enabled = false;
    keepSessionCookies(cookies, () => enabled, () => 2_000_000);
    listener!({} as never, sessionCookie, 'explicit', false);
    expect(written).toEqual([]);
    enabled = true;
    listener!({} as never, sessionCookie, 'explicit', true);
    listener!({} as never, sessionCookie, 'explicit', false);
    expect(written).toHaveLength(1);
    expect(written[0]!.expirationDate).toBe(2_000 + 30 * 86_400);
  });
});
