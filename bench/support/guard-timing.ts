/**
 * What the warning engine adds to the post guard's decision: the median time
 * of `PostGuard.check` on a recognised Mastodon post (policy "never ask", so
 * no chrome), with the engine's evaluate minus the same with an engine that
 * finds nothing. Used by bench/nlp.bench.ts, and on main for the "before" figure.
 */
import { PostGuard } from '../../electron/main/services/post-guard';
import { percentile } from '../reporter';

type Evaluate = (text: string, identityId: string, site: string) => unknown[];

/** A post guard that never asks (policy 'never') and records nothing: what the benches time. */
export function benchGuard(evaluate: Evaluate = () => []): PostGuard {
  return new PostGuard({
    evaluate: (text, identityId, site) => evaluate(text, identityId, site) as never,
    policyFor: () => ({ confirm: 'never' }),
    askChrome: () => Promise.resolve('post'),
    accounts: { get: () => undefined, set: () => undefined },
    log: () => undefined,
    notify: () => undefined,
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  });
}

async function micros(g: PostGuard, identityId: string, text: string, iterations: number): Promise<number> {
  const request = {
    identityId,
    method: 'POST',
    url: 'https://mastodon.social/api/v1/statuses',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: text, visibility: 'public' }),
  };
  for (let i = 0; i < 20; i++) await g.check(request);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await g.check(request);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return percentile(samples, 50);
}

/** Median µs the engine adds to a guard decision, per text. */
export async function guardAdds(evaluate: Evaluate, identityId: string, texts: Record<string, string>): Promise<Record<string, { withEngine: number; without: number; adds: number }>> {
  const out: Record<string, { withEngine: number; without: number; adds: number }> = {};
  for (const [label, text] of Object.entries(texts)) {
    const iterations = text.length > 1000 ? 60 : 200;
    const withEngine = await micros(benchGuard(evaluate), identityId, text, iterations);
    const without = await micros(benchGuard(() => []), identityId, text, iterations);
    out[label] = { withEngine, without, adds: withEngine - without };
  }
  return out;
}
