/**
 * Every kind of event the app logs is a known kind: the store's ACTIVITY_KINDS
 * and the activity log's filter list are one list (shared/domain/activity.ts),
 * so a kind missing there is a kind the person cannot filter by.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../shared/domain/activity';
import { activityOf } from '../../../electron/main/services/api/guard-services';
import type { GuardEvent, GuardEventType } from '../../../electron/main/services/post-guard/types';

const base = { at: 1, identityId: '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b' };
const post = { ...base, requestId: '7', site: 'mastodon.social', kind: 'post' as const };

/** One event of each type the guard reports: a new type fails to compile here until it is listed. */
const EVENTS: { [T in GuardEventType]: Extract<GuardEvent, { type: T }> } = {
  recognised: { ...post, type: 'recognised', adapter: 'mastodon', text: 'hello', url: 'https://mastodon.social/api/v1/statuses' },
  confirmed: { ...post, type: 'confirmed', reasons: [] },
  cancelled: { ...post, type: 'cancelled', cause: 'user' },
  delayed: { ...post, type: 'delayed', seconds: 10 },
  'delayed-then-sent': { ...post, type: 'delayed-then-sent', seconds: 10 },
  sent: { ...post, type: 'sent', confirmedByUser: true },
  delivered: { ...post, type: 'delivered', statusCode: 200 },
  'not-delivered': { ...post, type: 'not-delivered', statusCode: 500 },
  'warnings-overridden': { ...post, type: 'warnings-overridden', warnings: [] },
  'account-learned': { ...post, type: 'account-learned', account: '@ada@mastodon.social' },
  'account-mismatch': { ...post, type: 'account-mismatch', expected: '@ada@mastodon.social', actual: '@bob@mastodon.social' },
  'not-held': { ...base, type: 'not-held', url: 'https://x.com/i/api/graphql', reason: 'the body could not be read' },
  refused: { ...base, type: 'refused', url: 'https://x.com/i/api/graphql', site: 'x.com', kind: 'post', initiator: 'https://evil.example', reason: 'no gesture' },
  'guard-error': { ...base, type: 'guard-error', url: 'https://x.com/', error: 'boom' },
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('activity kinds', () => {
  it('knows every kind the post guard logs, the sites branch\u2019s delivered, not-delivered and refused included', () => {
    const kinds = Object.values(EVENTS).flatMap((event) => activityOf(event, 'Professional')?.kind ?? []);
    expect(kinds).toEqual(expect.arrayContaining(['post.delivered', 'post.not-delivered', 'post.refused']));
    for (const kind of kinds) expect(ACTIVITY_KINDS, kind).toContain(kind);
  });

  it('knows every kind written as a literal anywhere in main', () => {
    const literal = /kind: '([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)'|\? '([a-z]+\.[a-z-]+)' : '([a-z]+\.[a-z-]+)'/g;
    const found = new Set<string>();
    for (const file of sources(resolve(__dirname, '../../../electron/main'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(literal)) for (const k of m.slice(1)) if (k) found.add(k);
    }
    expect(found.size).toBeGreaterThan(20);
    expect([...found].filter((k) => !(ACTIVITY_KINDS as readonly string[]).includes(k))).toEqual([]);
  });
});
