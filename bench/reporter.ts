/**
 * Benchmarks report figures, never pass/fail: timings on shared machines are
 * noisy. Each figure is printed as a human-readable row and as one JSON object
 * per line so runs can be compared between commits.
 */
export interface BenchReporter {
  figure(bench: string, value: number, unit: string, extra?: Record<string, unknown>): void;
  note(text: string): void;
}

export function consoleReporter(): BenchReporter {
  return {
    figure(bench, value, unit, extra) {
      const shown = Number.isInteger(value) ? String(value) : value.toPrecision(4);
      console.log(`  ${bench.padEnd(56)} ${shown.padStart(12)} ${unit}`);
      console.log(JSON.stringify({ bench, value, unit, ...extra }));
    },
    note(text) {
      console.log(`  # ${text}`);
    },
  };
}

/** Median and chosen percentile of a list of samples (copied, then sorted). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Runs `fn` `iterations` times and returns per-call durations in microseconds. */
export function sampleMicros(fn: () => unknown, iterations: number, warmup = Math.min(200, iterations)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return out;
}
