/**
 * Warning engine: `evaluate` on a 280- and a 3,000-character text with a
 * profile of 10,000 vocabulary terms (plus the built-in lexicons, mentions,
 * drafts, work hours and a learned model), side by side with the same terms
 * checked by one RegExp per term and by the `bad-words` library; then the
 * precision, recall and false-alarm rate on the labelled corpus.
 *
 * Run: npx tsx bench/index.ts warnings
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileProfile, evaluate, type ProfileInput } from '../shared/warnings';
import { corpusProfile, loadCorpus, scoreCorpus } from '../tests/fixtures/corpus/corpus';
import { type BenchReporter, percentile, sampleMicros } from './reporter';

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same terms. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sto', 'vel', 'qua', 'dre', 'ní', 'zu', 'pha', 'gor', 'tel', 'bri', 'sé', 'mon', 'ax', 'ül'];

function makeTerms(count: number, seed: number): string[] {
  const next = rng(seed);
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(next() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return w;
  };
  const out = new Set<string>();
  while (out.size < count) {
    const r = next();
    if (r < 0.6) out.add(word());
    else if (r < 0.9) out.add(`${word()} ${word()}`);
    else if (r < 0.97) out.add(`${word()} ${word()} ${word()}`);
    else out.add(`${word()}++`); // a regex metacharacter, literal
  }
  return [...out];
}

/** 10,000 terms in total: 2,500 belongs and 2,500 never-say per identity. */
function benchProfile(): { profile: ProfileInput; terms: string[]; sample: string[] } {
  const base = corpusProfile();
  const all = makeTerms(10_000, 42);
  const [pb, pn, wb, wn] = [0, 1, 2, 3].map((i) => all.slice(i * 2500, (i + 1) * 2500));
  const identities = base.identities.map((identity) =>
    identity.id === 'personal'
      ? { ...identity, belongs: [...(identity.belongs ?? []), ...pb!], never: [...(identity.never ?? []), ...pn!] }
      : { ...identity, belongs: [...(identity.belongs ?? []), ...wb!], never: [...(identity.never ?? []), ...wn!] },
  );
  const terms = identities.flatMap((i) => [...(i.belongs ?? []), ...(i.never ?? [])]);
  // A few of Personal's synthetic terms appear in the texts, so there is something to find.
  return { profile: { ...base, identities }, terms, sample: pb!.slice(0, 6) };
}

function makeText(length: number, sample: readonly string[]): string {
  const posts = loadCorpus().map((p) => p.text);
  let text = '';
  let i = 0;
  while (text.length < length) {
    text += `${posts[(i * 37) % posts.length]} `;
    if (i % 3 === 0) text += `${sample[i % sample.length]} `;
    i++;
  }
  return text.slice(0, length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Timed {
  median: number;
  p99: number;
}

function time(fn: () => unknown, iterations: number, warmup?: number): Timed {
  const samples = sampleMicros(fn, iterations, warmup);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

export default async function warningsBench(r: BenchReporter): Promise<void> {
  const { profile, terms, sample } = benchProfile();
  const texts = { 280: makeText(280, sample), 3000: makeText(3000, sample) } as const;

  const t0 = process.hrtime.bigint();
  const compiled = compileProfile(profile);
  evaluate({ text: 'warm up', identityId: 'professional' }, compiled); // builds the matcher of one identity
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  r.figure('warnings compile profile (10,000 terms) + first evaluate', compileMs, 'ms', { terms: terms.length });

  // The keystroke path (depth 'lexical': vocabularies, lexicons, the language rules' word cues); the
  // full depth adds the tagger and sentiment and runs in the guard and when typing pauses (nlp.bench.ts).
  const ours: Record<string, Timed> = {};
  const before = { '280': 52.11, '3000': 545.4 } as Record<string, number>; // main e87bbf1, bench/baseline-main.json
  for (const [len, text] of Object.entries(texts)) {
    const input = { text, identityId: 'professional', at: '2026-03-03T09:30:00+01:00', depth: 'lexical' as const };
    const found = evaluate(input, compiled).length;
    ours[len] = time(() => evaluate(input, compiled), len === '280' ? 5000 : 2000);
    r.figure(`warnings evaluate ${len} chars, 10k terms: median`, ours[len]!.median, 'µs', { warnings: found, chars: text.length, depth: 'lexical', before: before[len], aim: len === '280' ? '< 1000' : undefined });
    r.figure(`warnings evaluate ${len} chars, 10k terms: p99`, ours[len]!.p99, 'µs');
    const full = time(() => evaluate({ ...input, depth: 'full' }, compiled), len === '280' ? 500 : 100, 20);
    r.figure(`warnings evaluate ${len} chars, 10k terms, depth full: median`, full.median, 'µs');
  }

  // The naive way: one case-insensitive whole-word RegExp per term, compiled once, run on each check.
  // Two flavours: the usual \b...\b (ASCII word boundaries) and a Unicode-aware one like the engine's.
  const naiveKinds = {
    'naive RegExp per term (\\b, i)': terms.map((t) => new RegExp(`\\b${escapeRegExp(t)}\\b`, 'i')),
    'naive RegExp per term (Unicode, iu)': terms.map((t) => new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(t)}(?![\\p{L}\\p{N}_])`, 'iu')),
  };
  for (const [kind, regexes] of Object.entries(naiveKinds)) {
    for (const [len, text] of Object.entries(texts)) {
      const slow = kind.includes('Unicode');
      const t = time(() => regexes.filter((re) => re.test(text)).length, len === '280' ? (slow ? 25 : 60) : slow ? 10 : 20, 3);
      r.figure(`${kind} ${len} chars: median`, t.median, 'µs');
      r.figure(`${kind} ${len} chars: p99`, t.p99, 'µs');
      r.figure(`ratio ${kind} / evaluate ${len} chars (median)`, t.median / ours[len]!.median, 'x');
    }
  }

  // bad-words: a popular npm profanity filter, given the same 10,000 terms.
  let Filter:
    | (new (o: { emptyList?: boolean }) => { list: string[]; addWords(...w: string[]): void; isProfane(s: string): boolean })
    | undefined;
  try {
    // require() rather than import(): works whether tsx loads this file as CommonJS or as ESM.
    const url: string | undefined = import.meta.url;
    const here = typeof url === 'string' && url.startsWith('file:') ? fileURLToPath(url) : __filename;
    ({ Filter } = createRequire(here)('bad-words') as { Filter: typeof Filter });
  } catch (e) {
    Filter = undefined;
    r.note(`bad-words could not be loaded: ${(e as Error).message}`);
  }
  if (Filter) {
    // Not `{ emptyList: true, list: terms }`: bad-words 4 drops `list` when `emptyList` is set.
    const filter = new Filter({ emptyList: true });
    filter.addWords(...terms);
    if (filter.list.length !== terms.length || !filter.isProfane(`x ${sample[0]} y`)) throw new Error('bad-words did not take the terms');
    for (const [len, text] of Object.entries(texts)) {
      const t = time(() => filter.isProfane(text), len === '280' ? 30 : 15, 3);
      r.figure(`bad-words isProfane ${len} chars: median`, t.median, 'µs');
      r.figure(`bad-words isProfane ${len} chars: p99`, t.p99, 'µs');
      r.figure(`ratio bad-words / evaluate ${len} chars (median)`, t.median / ours[len]!.median, 'x');
    }
    r.note('bad-words builds one RegExp per listed word on every isProfane call, and only answers yes/no.');
  } else {
    r.note('bad-words is not installed (node_modules/bad-words missing): its figures are skipped.');
  }

  const big = makeText(100_000, sample);
  const tBig = time(() => evaluate({ text: big, identityId: 'professional', depth: 'lexical' }, compiled), 20, 3);
  r.figure('warnings evaluate 100,000 chars: median', tBig.median / 1000, 'ms');

  // Quality on the labelled corpus.
  for (const [label, p] of [
    ['rules only', corpusProfile({ withModel: false })],
    ['rules + learned model', corpusProfile()],
  ] as const) {
    const s = scoreCorpus(p);
    const extra = { posts: s.posts, positives: s.positives, fine: s.fine, tp: s.truePositives, fp: s.falsePositives, fn: s.falseNegatives };
    r.figure(`corpus (${label}): precision`, s.precision, 'ratio', extra);
    r.figure(`corpus (${label}): recall`, s.recall, 'ratio', {
      otherIdentity: s.recallOtherIdentity,
      noPublicIdentity: s.recallNoPublicIdentity,
    });
    r.figure(`corpus (${label}): false alarms on fine posts`, s.falseAlarmRate, 'ratio');
  }
  const infoOnFine = loadCorpus().filter(
    (p) => p.expected === 'fine' && evaluate({ text: p.text, identityId: p.writtenAs }, corpusProfile({ withModel: false })).length > 0,
  ).length;
  r.note(`${infoOnFine} fine posts get an 'info' note (not counted as an alarm: info does not interrupt).`);
  r.note('The corpus, the lexicons and the style threshold were written by the same engineer: read these as optimistic.');
}
