import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app-services';

/** A chrome that (re)loads reads the link question still open: its address keeps no secret (redact.ts). */
let app: TestApp | undefined;
afterEach(() => app?.close());

describe('chrome:context', () => {
  it('gives the open link question with its address redacted, while the router keeps it whole', async () => {
    app = testApp({ links: { openAs: () => undefined, ask: () => true, settled: () => undefined } });
    const personal = app.store.identities.list()[0]!;
    const link = 'https://www.linkedin.com/checkpoint/rp/password-reset?token=SECRET';
    expect(app.services.links.take(personal.id, link, 'site', () => undefined)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    const context = await app.router.dispatch('chrome:context', { identityId: personal.id }, { window: 'identity', identityId: personal.id });
    expect(context.ok).toBe(true);
    expect(JSON.stringify(context)).toContain('password-reset?token=…');
    expect(JSON.stringify(context)).not.toContain('SECRET');
    expect(app.services.links.pendingFor(personal.id)!.url).toBe(link);
  });
});
