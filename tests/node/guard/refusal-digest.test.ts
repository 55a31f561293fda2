/**
 * The refused-post memory hashes a body only for a request with no page, and only when it is needed: a refusal to
 * remember or a check against what is remembered (g7 review M3). A body may be megabytes, hashed on the main thread.
 */
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const hmacs = vi.hoisted(() => ({ made: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof Crypto>();
  const createHmac: typeof Crypto.createHmac = (...args: Parameters<typeof Crypto.createHmac>) => {
    hmacs.made += 1;
    return crypto.createHmac(...args);
  };
  return { ...crypto, default: { ...crypto, createHmac }, createHmac };
});

const { PostGuard } = await import('../../../electron/main/services/post-guard');
const { PROFESSIONAL, flush, harness } = await import('./fakes');

const TWEET_URL = 'https://x.com/i/api/graphql/q1/CreateTweet';
const body = (text: string) => JSON.stringify({ variables: { tweet_text: text } });

describe('the refused-post memory', () => {
  it("hashes no page's post, and a worker's only to remember its refusal or to look it up", async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const page = guard.check({ identityId: PROFESSIONAL, method: 'POST', url: TWEET_URL, body: body('from the page') });
    await flush();
    h.chrome.answer('cancel');
    await page;
    const worker = (text: string) => guard.check({ identityId: PROFESSIONAL, method: 'POST', url: TWEET_URL, body: body(text), fromWorker: true, initiator: { origin: 'https://x.com' } });
    const first = worker('from a worker');
    await flush();
    h.chrome.answer('post');
    await first;
    // Nothing refused from a worker yet: nothing to look up, nothing to remember.
    expect(hmacs.made).toBe(0);
    const refused = worker('refused');
    await flush();
    h.chrome.answer('cancel');
    await refused;
    expect(hmacs.made).toBe(1);
    expect((await worker('refused')).outcome).toBe('cancelled');
    expect(hmacs.made).toBe(2);
  });
});
