import { describe, expect, it } from 'vitest';
import { isTid, newPostKey } from '../../../electron/main/services/accounts';
import { newTid, tidTimeMs } from '../../../electron/main/services/accounts/tid';
import { describeWait, retryAfterSeconds } from '../../../electron/main/services/accounts/errors';

describe('post keys (AT Protocol TIDs)', () => {
  it('are 13 base32-sortable characters carrying the time, usable as Bluesky rkeys', () => {
    const now = Date.UTC(2026, 10, 24, 5, 0, 0);
    const tid = newTid(now);
    expect(tid).toMatch(/^[2-7a-j][2-7a-z]{12}$/);
    expect(isTid(tid)).toBe(true);
    expect(Math.abs(tidTimeMs(tid) - now)).toBeLessThan(1);
  });

  it('never repeat and sort in creation order, even when the clock stands still', () => {
    const keys = Array.from({ length: 500 }, () => newTid(1_800_000_000_000));
    expect(new Set(keys).size).toBe(500);
    expect([...keys].sort()).toEqual(keys);
    expect(isTid(newPostKey())).toBe(true);
  });

  it('rejects things that are not TIDs', () => {
    for (const bad of ['', 'draft-1', '3jzfcijpj2z2', '3jzfcijpj2z2aa', 'kjzfcijpj2z2a', '3JZFCIJPJ2Z2A', '3jzfcijpj2z21']) {
      expect(isTid(bad), bad).toBe(false);
    }
  });
});

describe('rate-limit headers', () => {
  const now = Date.UTC(2026, 10, 24, 5, 0, 0);
  it.each([
    [{ 'retry-after': '90' }, 90],
    [{ 'retry-after': new Date(now + 60_000).toUTCString() }, 60],
    [{ 'x-ratelimit-reset': new Date(now + 300_000).toISOString() }, 300],
    [{ 'ratelimit-reset': String(now / 1000 + 45) }, 45],
    [{}, undefined],
  ] as const)('%j -> %s s', (headers, seconds) => {
    expect(retryAfterSeconds(new Headers(headers as Record<string, string>), now)).toBe(seconds);
  });

  it('says the wait in words', () => {
    expect(describeWait(undefined)).toBe('in a few minutes');
    expect(describeWait(30)).toBe('in about 30 seconds');
    expect(describeWait(60)).toBe('in about 1 minute');
    expect(describeWait(3 * 3600)).toBe('in about 3 hours');
  });
});
