import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../../shared/sites';
import { OffThreadRecogniser, PostGuard, type WorkerLike } from '../../../electron/main/services/post-guard';
import { PROFESSIONAL, flush, harness } from './fakes';

// The app loads the built out/main/recognise-worker.js; here the TypeScript source runs through tsx.
const WORKER_TS = join(process.cwd(), 'electron/main/services/post-guard/recognise-worker.ts');
const spawnTs = (): WorkerLike => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER_TS)});`, { eval: true }) as unknown as WorkerLike;

const recognisers: OffThreadRecogniser[] = [];
afterEach(() => {
  for (const r of recognisers.splice(0)) r.dispose();
});

describe('OffThreadRecogniser', () => {
  it('answers exactly as shared/sites does inline, from a worker thread', async () => {
    const recogniser = new OffThreadRecogniser(spawnTs, 20_000);
    recognisers.push(recogniser);
    const status = 'Long post. '.repeat(20_000);
    const request = { method: 'POST', url: 'https://mastodon.social/api/v1/statuses', headers: {}, body: JSON.stringify({ status, spoiler_text: 'cw' }) };
    expect(await recogniser.recognise(request, {})).toEqual(classify(request, {}));
    const unknown = { method: 'POST', url: 'https://forum.example.org/api/reply', headers: {}, body: 'x'.repeat(300_000) };
    expect(await recogniser.recognise(unknown, { heuristic: true })).toEqual(classify(unknown, { heuristic: true }));
  });

  it('ends a worker that takes too long and fails its calls, then starts a new one', async () => {
    const spawned: Array<WorkerLike & { terminated: boolean }> = [];
    const silent = () => {
      const w = { terminated: false, postMessage: () => undefined, on: () => w, terminate: () => void (w.terminated = true) };
      spawned.push(w);
      return w as unknown as WorkerLike & { terminated: boolean };
    };
    const recogniser = new OffThreadRecogniser(silent, 30);
    recognisers.push(recogniser);
    const request = { method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', headers: {}, body: '{}' };
    await expect(recogniser.recognise(request, {})).rejects.toThrow(/longer than 30 ms/);
    expect(spawned[0]!.terminated).toBe(true);
    await expect(recogniser.recognise(request, {})).rejects.toThrow();
    expect(spawned).toHaveLength(2);
  });
});

describe('the guard with an off-thread recogniser', () => {
  it('sends bodies over the inline limit to it, and keeps small ones inline', async () => {
    const h = harness();
    const off = vi.fn((request: Parameters<typeof classify>[0], options: Parameters<typeof classify>[1]) => Promise.resolve(classify(request, options)));
    const guard = new PostGuard({ ...h.deps, recogniseOffThread: off, inlineMaxChars: 1000 });
    const small = guard.check({ identityId: PROFESSIONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', body: JSON.stringify({ variables: { tweet_text: 'short' } }) });
    await flush();
    expect(off).not.toHaveBeenCalled();
    h.chrome.answer('cancel');
    await small;
    const text = 'long '.repeat(1000);
    void guard.check({ identityId: PROFESSIONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', body: JSON.stringify({ variables: { tweet_text: text } }) });
    await flush();
    expect(off).toHaveBeenCalledTimes(1);
    expect(h.chrome.prompts[1]).toMatchObject({ text });
  });

  it('holds a known post endpoint with its text unknown when the worker cannot answer, and reports an unknown site as not held', async () => {
    const h = harness();
    const guard = new PostGuard({ ...h.deps, recogniseOffThread: () => Promise.reject(new Error('worker timed out')), inlineMaxChars: 10 });
    void guard.check({ identityId: PROFESSIONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', body: JSON.stringify({ variables: { tweet_text: 'whatever it was' } }) });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: null });
    expect(h.chrome.prompts[0]!.warnings[0]!.message).toMatch(/could not finish reading/);
    const d = await guard.check({ identityId: PROFESSIONAL, method: 'POST', url: 'https://forum.example.org/api/reply', body: 'body=' + 'words '.repeat(100) });
    expect(d).toMatchObject({ allow: true, outcome: 'not-held' });
    expect(h.events.at(-1)).toMatchObject({ type: 'not-held' });
  });

  it('a post still being recognised when Hatstand quits is waited for: dispose() resolves once its cancellation is logged', async () => {
    const h = harness();
    let fail: (error: Error) => void = () => {};
    const off = () => new Promise<never>((_resolve, reject) => (fail = reject));
    const guard = new PostGuard({ ...h.deps, recogniseOffThread: off, inlineMaxChars: 10 });
    const decision = guard.check({ identityId: PROFESSIONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', body: JSON.stringify({ variables: { tweet_text: 'still being read' } }) });
    await flush();
    let disposed = false;
    const ended = guard.dispose().then(() => void (disposed = true));
    await flush();
    expect(disposed).toBe(false);
    fail(new Error('The recogniser was shut down.')); // (its dispose, right after the guard's)
    await ended;
    expect(await decision).toMatchObject({ allow: false, cause: 'shutdown' });
    expect(h.events.at(-1)).toMatchObject({ type: 'cancelled', cause: 'shutdown' });
  });
});
