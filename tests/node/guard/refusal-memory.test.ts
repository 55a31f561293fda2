import { describe, expect, it } from 'vitest';
import { MAX_REFUSED_REMEMBERED } from '../../../electron/main/services/post-guard';
import { RefusalMemory } from '../../../electron/main/services/post-guard/refused-posts';

const timers = { now: () => 1_000_000, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as never) };
const post = (identityId: string, body: string) => ({ identityId, method: 'POST', url: 'https://x.com/p', body });

describe("a run's own memory of refused posts (no keychain)", () => {
  it("caps each identity on its own, as the store does: one identity's many refusals never evict another's (gl1 review M3)", async () => {
    const memory = new RefusalMemory(timers);
    const kept = (await memory.keyOf(post('b', 'the one'), 'linkedin.com'))!;
    await memory.remember(kept, 'post', 1_000_000);
    for (let i = 0; i <= MAX_REFUSED_REMEMBERED; i++) await memory.remember((await memory.keyOf(post('a', `noise ${i}`), 'noisy.example'))!, 'post', 1_000_000);
    expect(await memory.refusedAt(kept)).toBe(1_000_000);
    expect(await memory.refusedAt((await memory.keyOf(post('a', 'noise 0'), 'noisy.example'))!)).toBeUndefined();
    expect(await memory.refusedAt((await memory.keyOf(post('a', 'noise 1'), 'noisy.example'))!)).toBe(1_000_000);
  });
});
