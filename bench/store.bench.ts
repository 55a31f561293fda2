/**
 * Store benchmark (issue 3): durable appends against a bare better-sqlite3
 * insert of the same row, then pages and searches over a million events
 * (HATSTAND_BENCH_EVENTS=<n> for a quicker run with fewer).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionOf, openStore, ACTIVITY_KINDS, type NewActivityEvent, type Store } from '../electron/main/services/store';
import { percentile, sampleMicros, type BenchReporter } from './reporter';

const IDENTITIES = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
const SITES = ['x.com', 'bsky.app', 'mastodon.social', 'www.linkedin.com', 'www.facebook.com', 'www.threads.net'];
const WORDS = (
  'meeting client report family weekend garden project launch coffee review budget deadline photo holiday ' +
  'conference paper draft release football concert recipe birthday hiking travel invoice contract design ' +
  'school doctor election music movie book dinner friends team hiring roadmap quarterly patient sprint'
).split(' ');

/** Small deterministic PRNG so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeEvent(r: () => number, at: number): NewActivityEvent {
  const kind = ACTIVITY_KINDS[Math.floor(r() * ACTIVITY_KINDS.length)]!;
  // Skewed word choice, like real text: a few words are common, most are rare.
  const word = () => WORDS[Math.floor(r() * r() * WORDS.length)]!;
  const site = SITES[Math.floor(r() * SITES.length)]!;
  const hasText = r() < 0.3;
  return {
    at,
    identityId: IDENTITIES[Math.floor(r() * IDENTITIES.length)]!,
    kind,
    site,
    summary: `${kind} on ${site}: ${word()} ${word()}`,
    details: { n: Math.floor(r() * 1000) },
    text: hasText ? Array.from({ length: 12 }, word).join(' ') + ` #${Math.floor(r() * 100000)}` : null,
  };
}

function eventsPerSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export default async function storeBench(r: BenchReporter): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hatstand-bench-'));
  try {
    appends(r, dir);
    await million(r, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function appends(r: BenchReporter, dir: string): void {
  const ours = openStore(join(dir, 'ours.db'));
  // The bare side writes the same table (same indexes and FTS trigger) through a plain prepared statement,
  // so the ratio is the cost of our layer: validation, id allocation, JSON, error mapping.
  const bareStore = openStore(join(dir, 'bare.db'));
  const bareDb = connectionOf(bareStore);
  const bareInsert = bareDb.prepare('INSERT INTO activity (id, at, identity_id, kind, site, summary, details, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  // The same row means the same id too: the time-ordered id our layer assigns (ms * 1024 + sequence).
  let bareLast = 0;
  const bareId = (at: number) => (bareLast = Math.max(bareLast + 1, at * 1024));
  const bareRow = (e: NewActivityEvent) =>
    bareInsert.run(bareId(e.at!), e.at, e.identityId, e.kind, e.site, e.summary, JSON.stringify(e.details), e.text);
  const bareBatch = bareDb.transaction((rows: NewActivityEvent[]) => {
    for (const e of rows) bareRow(e);
  });
  const rand = rng(1);
  // Events arrive in time order, as they do in the app (a back-dated event takes a slower path to find its slot).
  let clock = Date.now();
  const sample = (n: number) => Array.from({ length: n }, () => makeEvent(rand, clock++));

  // Many short alternating rounds, so a WAL checkpoint landing in one round does not decide the ratio.
  const single = 1000;
  const rounds = 20;
  const oursSingle: number[] = [];
  const bareSingle: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const evs = sample(single);
    // Alternate who goes first so neither side always gets the warmer cache.
    const runOurs = () => oursSingle.push(time(() => evs.forEach((e) => ours.activity.append(e))));
    const runBare = () =>
      bareSingle.push(time(() => evs.forEach(bareRow)));
    if (round % 2) {
      runOurs();
      runBare();
    } else {
      runBare();
      runOurs();
    }
  }
  const oursSingleMs = percentile(oursSingle, 50);
  const bareSingleMs = percentile(bareSingle, 50);
  r.note('single appends: one autocommit transaction per event, WAL, synchronous=NORMAL');
  r.figure('store.activity.append single', eventsPerSecond(single, oursSingleMs), 'events/s');
  r.figure('store.activity.append single (bare better-sqlite3)', eventsPerSecond(single, bareSingleMs), 'events/s');
  r.figure('store.activity.append single overhead ratio', oursSingleMs / bareSingleMs, 'x', { aim: '< 1.5' });

  const batch = 1000;
  const batches = 20;
  const oursBatch: number[] = [];
  const bareBatchMs: number[] = [];
  for (let i = 0; i < batches; i++) {
    const evs = sample(batch);
    if (i % 2) {
      oursBatch.push(time(() => ours.activity.appendMany(evs)));
      bareBatchMs.push(time(() => bareBatch(evs)));
    } else {
      bareBatchMs.push(time(() => bareBatch(evs)));
      oursBatch.push(time(() => ours.activity.appendMany(evs)));
    }
  }
  const oursBatchMed = percentile(oursBatch, 50);
  const bareBatchMed = percentile(bareBatchMs, 50);
  r.figure('store.activity.appendMany (1000 per transaction)', eventsPerSecond(batch, oursBatchMed), 'events/s');
  r.figure('store.activity.appendMany (bare better-sqlite3)', eventsPerSecond(batch, bareBatchMed), 'events/s');
  r.figure('store.activity.appendMany overhead ratio', oursBatchMed / bareBatchMed, 'x', { aim: '< 1.5' });

  // Autosave of a draft: one committed transaction per save (text, search index, occasional version and log row).
  const [identity] = ours.identities.ensureDefaults();
  const draft = ours.drafts.create(identity!.id, '');
  let text = '';
  const saves = sampleMicros(() => {
    text += 'word ';
    ours.drafts.save(draft.id, text.length > 2000 ? (text = 'word ') : text);
  }, 3000);
  r.figure('store.drafts.save (autosave, ~1 KB draft) median', percentile(saves, 50), 'µs');
  r.figure('store.drafts.save (autosave, ~1 KB draft) p95', percentile(saves, 95), 'µs');
  ours.close();
  bareStore.close();
}

async function million(r: BenchReporter, dir: string): Promise<void> {
  const total = Number(process.env.HATSTAND_BENCH_EVENTS ?? 1_000_000);
  const file = join(dir, 'million.db');
  const store: Store = openStore(file);
  const rand = rng(2);
  const span = 2 * 365 * 86_400_000; // two years of history
  const start = Date.UTC(2024, 0, 1);
  const step = span / total;
  const t0 = performance.now();
  const chunk = 20_000;
  for (let i = 0; i < total; i += chunk) {
    const evs: NewActivityEvent[] = [];
    for (let j = i; j < Math.min(total, i + chunk); j++) evs.push(makeEvent(rand, Math.floor(start + j * step)));
    store.activity.appendMany(evs);
    // Let the event loop breathe, as the app would between batches.
    await new Promise((res) => setImmediate(res));
  }
  const loadMs = performance.now() - t0;
  connectionOf(store).pragma('wal_checkpoint(TRUNCATE)');
  r.note(`${total} events loaded in ${(loadMs / 1000).toFixed(1)} s (${eventsPerSecond(total, loadMs)} events/s), file ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  r.figure('store.activity 1M load (appendMany 20k batches)', eventsPerSecond(total, loadMs), 'events/s', { events: total });

  const runs = 300;
  const measure = (name: string, make: (i: number) => Parameters<Store['activity']['query']>[0], extra: Record<string, unknown> = {}) => {
    for (let i = 0; i < 20; i++) store.activity.query(make(i));
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const q = make(i);
      const t = performance.now();
      rows += store.activity.query(q).rows.length;
      samples.push(performance.now() - t);
    }
    r.figure(`${name} median`, percentile(samples, 50), 'ms', { events: total, ...extra });
    r.figure(`${name} p95`, percentile(samples, 95), 'ms', { events: total, avgRows: rows / runs, ...extra });
  };

  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  measure('store.activity page 100, identity+kind+30-day range', (i) => {
    const from = start + Math.floor(((i * 7919) % 700) * 86_400_000);
    return { identityIds: [pick(IDENTITIES, i)], kinds: [pick(ACTIVITY_KINDS, i)], from, to: from + 30 * 86_400_000, limit: 100 };
  }, { aim: '< 5 ms' });
  measure('store.activity page 100, newest (no filter)', () => ({ limit: 100 }));
  measure('store.activity page 100, identity+kind+range, 2nd page', (i) => {
    const from = start + Math.floor(((i * 7919) % 700) * 86_400_000);
    const q = { identityIds: [pick(IDENTITIES, i)], kinds: [pick(ACTIVITY_KINDS, i)], from, to: from + 30 * 86_400_000, limit: 100 };
    return { ...q, after: store.activity.query(q).nextCursor };
  });
  measure('store.activity search, page 100 (one word)', (i) => ({ search: pick(WORDS, i * 13), limit: 100 }), { aim: '< 30 ms' });
  measure('store.activity search, two words + identity', (i) => ({ search: `${pick(WORDS, i * 7)} ${pick(WORDS, i * 11 + 3)}`, identityIds: [pick(IDENTITIES, i)], limit: 100 }));
  measure('store.activity search, rare token', (i) => ({ search: `#${(i * 7919) % 100000}`, limit: 100 }));
  measure('store.activity search + identity+kind+30-day range', (i) => {
    const from = start + Math.floor(((i * 7919) % 700) * 86_400_000);
    return { search: pick(WORDS, i * 13), identityIds: [pick(IDENTITIES, i)], kinds: [pick(ACTIVITY_KINDS, i)], from, to: from + 30 * 86_400_000, limit: 100 };
  });
  // A deep page: the cursor halfway down a year of history (the word index alone would step over every newer match).
  const halfway = String(Math.floor(start + span / 2) * 1024);
  measure('store.activity search one word, page halfway down', (i) => ({ search: pick(WORDS, i * 13), after: halfway, limit: 100 }));
  // Worst case of walking the word index in time order: a common word and a rare combination, no date range.
  measure('store.activity search common word + identity+kind, no range', (i) => ({
    search: WORDS[0]!,
    identityIds: [pick(IDENTITIES, i)],
    kinds: [pick(ACTIVITY_KINDS, i)],
    limit: 100,
  }));
  store.close();

  // Opening runs PRAGMA quick_check over every page (a damaged data page is refused at start, issue 12): its cost on this file.
  const sizeMb = statSync(file).size / 1e6;
  const opens = Array.from({ length: 3 }, () => time(() => openStore(file).close()));
  r.figure('store open (with quick_check) median', percentile(opens, 50), 'ms', { events: total, fileMb: Math.round(sizeMb) });
  const reopened = openStore(file);
  const checks = Array.from({ length: 3 }, () => time(() => connectionOf(reopened).pragma('quick_check(1)')));
  reopened.close();
  r.figure('store quick_check alone median', percentile(checks, 50), 'ms', { events: total, fileMb: Math.round(sizeMb) });
}
