import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventPayloads } from '../../../shared/ipc/contract';
import { createGuardServices, activityOf } from '../../../electron/main/services/api/guard-services';
import { openStore, type Store } from '../../../electron/main/services/store';
import { WarningsService } from '../../../electron/main/services/warnings/warnings-service';
import { installPostGuard } from '../../../electron/main/session/post-guard-hook';
import { FakeWebRequest } from '../../support/electron';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hatstand-guard-'));
  store = openStore(join(dir, 'h.db'));
  store.identities.ensureDefaults();
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function wire(windowsOpen: Set<string>) {
  const shown: Array<EventPayloads['guard:prompt']> = [];
  const notices: Array<EventPayloads['guard:notice']> = [];
  const warnings = new WarningsService(store, () => []);
  const services = createGuardServices({
    store,
    warnings,
    chrome: {
      show: (identityId, prompt) => {
        if (!windowsOpen.has(identityId)) return false;
        shown.push(prompt);
        return true;
      },
      hide: () => {},
      notice: (_id, n) => notices.push(n),
    },
  });
  return { ...services, shown, notices, warnings };
}

const post = (identityId: string, status: string) => ({
  identityId,
  method: 'POST',
  url: 'https://mastodon.social/api/v1/statuses',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status }),
});

describe('the guard as the app wires it', () => {
  it('asks Professional (always confirm), and only its own window can answer', async () => {
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const personal = store.identities.list().find((i) => i.name === 'Personal')!;
    const g = wire(new Set([pro.id]));
    const pending = g.guard.check(post(pro.id, 'Quarterly numbers are in and they look good'));
    await expect.poll(() => g.shown.length).toBe(1);
    const prompt = g.shown[0]!;
    expect(prompt).toMatchObject({ identityId: pro.id, site: 'mastodon.social', text: 'Quarterly numbers are in and they look good' });
    expect(() => g.broker.decide(personal.id, prompt.requestId, 'post')).toThrow(/no longer waiting/);
    g.broker.decide(pro.id, prompt.requestId, 'post');
    expect(await pending).toMatchObject({ allow: true, outcome: 'sent' });
    const kinds = store.activity.query({ identityIds: [pro.id] }).rows.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['post.attempted', 'post.confirmed', 'post.sent']));
    // A post that left teaches the learned model.
    expect(g.warnings.modelTexts(pro.id)).toBe(1);
  });

  it('fails closed when the identity has no window to ask in', async () => {
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const g = wire(new Set());
    expect(await g.guard.check(post(pro.id, 'Nobody can confirm this one'))).toMatchObject({ allow: false, cause: 'guard-error' });
    expect(g.notices.map((n) => n.code)).toEqual(['post-cancelled']);
    expect(store.activity.query({ kinds: ['post.cancelled'] }).rows).toHaveLength(1);
  });

  it('lets Personal post plain text without asking, and policies come from settings', async () => {
    const personal = store.identities.list().find((i) => i.name === 'Personal')!;
    const g = wire(new Set([personal.id]));
    expect(await g.guard.check(post(personal.id, 'Sunny walk with the dog'))).toMatchObject({ allow: true });
    expect(g.shown).toHaveLength(0);
    store.settings.setFor(personal.id, 'guard.policy', { confirm: 'always', coolingOffSeconds: 0 });
    const pending = g.guard.check(post(personal.id, 'Another sunny walk'));
    await expect.poll(() => g.shown.length).toBe(1);
    g.broker.decide(personal.id, g.shown[0]!.requestId, 'cancel');
    expect(await pending).toMatchObject({ allow: false, cause: 'user' });
  });

  it('a post the page gave up while it was held: the sheet closes, nothing is logged as sent, the model learns nothing (issue 8 item 12)', async () => {
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const g = wire(new Set([pro.id]));
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: pro.id, guard: g.guard });
    const request = web.request({ method: 'POST', url: 'https://mastodon.social/api/v1/statuses', initiatorOrigin: 'https://mastodon.social', uploadData: [{ bytes: Buffer.from(JSON.stringify({ status: 'Half-finished thought' })) }] });
    await expect.poll(() => g.shown.length).toBe(1);
    const { requestId } = g.shown[0]!;
    request.abort();
    await expect.poll(() => g.broker.pending(pro.id).length).toBe(0);
    expect(() => g.broker.decide(pro.id, requestId, 'post')).toThrow(/no longer waiting/);
    const kinds = store.activity.query({ identityIds: [pro.id] }).rows.map((r) => r.kind);
    expect(kinds).toContain('post.cancelled');
    expect(kinds).not.toContain('post.sent');
    expect(store.activity.query({ kinds: ['post.cancelled'] }).rows[0]!.summary).toMatch(/page aborted/);
    expect(g.warnings.modelTexts(pro.id)).toBe(0);
  });

  it('a post let out through the hook teaches the model once the site accepted it, not before', async () => {
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const g = wire(new Set([pro.id]));
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: pro.id, guard: g.guard });
    const request = web.request({ method: 'POST', url: 'https://mastodon.social/api/v1/statuses', initiatorOrigin: 'https://mastodon.social', uploadData: [{ bytes: Buffer.from(JSON.stringify({ status: 'Launch day for the new clinic wing' })) }] });
    await expect.poll(() => g.shown.length).toBe(1);
    g.broker.decide(pro.id, g.shown[0]!.requestId, 'post');
    await expect.poll(() => request.state).toBe('in-flight');
    expect(g.warnings.modelTexts(pro.id)).toBe(0);
    request.complete(200);
    expect(g.warnings.modelTexts(pro.id)).toBe(1);
    const kinds = store.activity.query({ identityIds: [pro.id] }).rows.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['post.sent', 'post.delivered']));
  });

  it('writes every guard event as a readable activity row', () => {
    const row = activityOf({ type: 'account-mismatch', at: 1, identityId: 'i', requestId: 'r', site: 'x.com', kind: 'post', expected: '@work', actual: '@home' }, 'Professional');
    expect(row).toMatchObject({ kind: 'post.account-mismatch', summary: 'Professional is logged in as @home on x.com, not @work' });
    expect(activityOf({ type: 'delayed-then-sent', at: 1, identityId: 'i', requestId: 'r', site: 'x.com', kind: 'post', seconds: 5 }, 'P')).toBeNull();
    expect(activityOf({ type: 'refused', at: 1, identityId: 'i', url: 'https://x.com/i/api/graphql/q/CreateTweet', site: 'x.com', kind: 'post', initiator: 'evil.example', reason: 'no click' }, 'P')).toMatchObject({ kind: 'post.refused' });
    expect(activityOf({ type: 'delivered', at: 1, identityId: 'i', requestId: 'r', site: 'x.com', kind: 'reply', statusCode: 200 }, 'P')).toMatchObject({ kind: 'post.delivered' });
    expect(activityOf({ type: 'not-delivered', at: 1, identityId: 'i', requestId: 'r', site: 'x.com', kind: 'reply', error: 'net::ERR_FAILED' }, 'P')).toMatchObject({ kind: 'post.not-delivered' });
  });
});
