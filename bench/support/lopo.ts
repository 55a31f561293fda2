/**
 * Leave-one-persona-out: how the engine does on people it never saw. For each
 * persona of the readable splits (dev, train), the learned model is trained on
 * every other persona's posts and scored on this one's; the figures add up the
 * held-out posts of all personas. The rules alone are scored the same way
 * (they learn nothing, so for them it is plain scoring).
 *
 * The same counting as tests/fixtures/corpus/v2/score.ts: a post is flagged with
 * a family when it gets a warning of that family that is not 'info'.
 */
import { evaluate, familyOf, type Warning } from '../../shared/warnings';
import { FAMILIES, type Family } from '../../shared/warnings/families';
import { ROLES, type Role } from '../../shared/warnings/roles';
import type { WarningModel } from '../../shared/warnings/understand/model';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectFeatures, examplesByFamily, profileOf, readableSplits, type LabelledPost } from '../../scripts/warnings-model/examples';
import { DEFAULT_OPTIONS, trainModel, type TrainOptions } from '../../scripts/warnings-model/trainer';
import type { CorpusPostV2 } from '../../tests/fixtures/corpus/v2/index';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number;
  recall: number;
}

export interface Rates {
  posts: number;
  positives: number;
  fine: number;
  recall: number;
  falseAlarmRate: number;
}

export interface HeldOut extends Rates {
  recallRightFamily: number;
  precision: number;
  families: Record<Family, Counts>;
  roles: Partial<Record<Role, Rates>>;
  personas: Record<string, Rates>;
  misses: Array<{ post: CorpusPostV2; got: Family[] }>;
  falseAlarms: Array<{ post: CorpusPostV2; warnings: Warning[] }>;
}

export interface Outcome {
  post: CorpusPostV2;
  role: Role;
  warnings: Warning[];
}

const ratio = (a: number, b: number, empty = 1) => (b === 0 ? empty : a / b);

export function flagged(warnings: readonly Warning[]): Family[] {
  return [...new Set(warnings.filter((w) => w.severity !== 'info').map((w) => familyOf(w.ruleId)))];
}

/** Adds up outcomes the way the corpus scorer does. */
export function tally(outcomes: readonly Outcome[]): HeldOut {
  const fam = Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0, support: 0, precision: 0, recall: 0 }])) as Record<Family, Counts>;
  const groups = new Map<string, { posts: number; positives: number; fine: number; hits: number; alarms: number }>();
  const group = (k: string) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { posts: 0, positives: 0, fine: 0, hits: 0, alarms: 0 }));
    return g;
  };
  let right = 0;
  const misses: HeldOut['misses'] = [];
  const falseAlarms: HeldOut['falseAlarms'] = [];
  for (const o of outcomes) {
    const got = flagged(o.warnings);
    const positive = o.post.expect.length > 0;
    for (const g of [group('all'), group(`role:${o.role}`), group(`persona:${o.post.persona}`)]) {
      g.posts++;
      if (positive) {
        g.positives++;
        if (got.length > 0) g.hits++;
      } else {
        g.fine++;
        if (got.length > 0) g.alarms++;
      }
    }
    if (positive && got.length === 0) misses.push({ post: o.post, got });
    if (positive && o.post.expect.some((f) => got.includes(f as Family))) right++;
    if (!positive && got.length > 0) falseAlarms.push({ post: o.post, warnings: o.warnings });
    for (const f of FAMILIES) {
      const expected = (o.post.expect as readonly string[]).includes(f);
      const flag = got.includes(f);
      if (expected) fam[f].support++;
      if (expected && flag) fam[f].tp++;
      else if (flag) fam[f].fp++;
      else if (expected) fam[f].fn++;
    }
  }
  for (const f of FAMILIES) {
    fam[f].precision = ratio(fam[f].tp, fam[f].tp + fam[f].fp);
    fam[f].recall = ratio(fam[f].tp, fam[f].tp + fam[f].fn);
  }
  const rates = (k: string): Rates => {
    const g = group(k);
    return { posts: g.posts, positives: g.positives, fine: g.fine, recall: ratio(g.hits, g.positives), falseAlarmRate: ratio(g.alarms, g.fine, 0) };
  };
  const all = group('all');
  const roles: HeldOut['roles'] = {};
  for (const r of ROLES) if (groups.has(`role:${r}`)) roles[r] = rates(`role:${r}`);
  const personas: HeldOut['personas'] = {};
  for (const k of groups.keys()) if (k.startsWith('persona:')) personas[k.slice(8)] = rates(k);
  return {
    ...rates('all'),
    recallRightFamily: ratio(right, all.positives),
    precision: ratio(all.hits, all.hits + all.alarms),
    families: fam,
    roles,
    personas,
    misses,
    falseAlarms,
  };
}

function runEngine(posts: readonly LabelledPost[], model: WarningModel | null): Outcome[] {
  return posts.map((p) => ({
    post: p.post,
    role: p.role,
    warnings: evaluate({ text: p.post.text, identityId: p.post.identity }, profileOf(p.persona), { model }),
  }));
}

/** The rules alone on every post (nothing is learned, so nothing is held out). */
export function rulesOnly(posts: readonly LabelledPost[]): HeldOut {
  return tally(runEngine(posts, null));
}

/**
 * Rules + a model trained without the persona being scored, for every persona of `posts`. The posts of `alwaysTrained`
 * are in every fold's training and never scored (the probes split: written to train on, not to be scored on).
 */
export function leaveOnePersonaOut(posts: readonly LabelledPost[], options: TrainOptions = DEFAULT_OPTIONS, alwaysTrained: readonly LabelledPost[] = []): HeldOut {
  const personas = [...new Set(posts.map((p) => p.persona.id))].sort();
  return tally(foldsOf(personas, posts, options, alwaysTrained));
}

/** The held-out outcomes of the folds that leave out each of `held` in turn. */
export function foldsOf(held: readonly string[], posts: readonly LabelledPost[], options: TrainOptions, alwaysTrained: readonly LabelledPost[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const id of held) {
    const train = [...posts.filter((p) => p.persona.id !== id), ...alwaysTrained];
    const model = trainModel(examplesByFamily(train), `all but ${id}`, options);
    outcomes.push(...runEngine(posts.filter((p) => p.persona.id === id), model));
  }
  return outcomes;
}

/** The corpus of the generalise bench: the readable splits' people to leave out, and the probes trained on in every fold. */
export function lopoCorpus(): { posts: LabelledPost[]; probes: LabelledPost[] } {
  const all = collectFeatures(readableSplits());
  return { posts: all.filter((p) => p.persona.split !== 'probes'), probes: all.filter((p) => p.persona.split === 'probes') };
}

/**
 * The same folds as `leaveOnePersonaOut` over `lopoCorpus()`, shared among worker threads: each fold trains a model of
 * its own (about a minute with six partitions for the thresholds), and the folds do not depend on one another, so the
 * wall time divides by the cores. Each worker reads the corpus itself (the features are not worth sending).
 */
export async function leaveOnePersonaOutInParallel(personas: readonly string[], options: TrainOptions = DEFAULT_OPTIONS, workers = Math.max(1, availableParallelism())): Promise<HeldOut> {
  const n = Math.max(1, Math.min(workers, personas.length));
  const shares = Array.from({ length: n }, (_, w) => personas.filter((_p, i) => i % n === w));
  const script = join(__dirname, 'lopo-worker.ts');
  const results = await Promise.all(
    shares.map(
      (held) =>
        new Promise<Outcome[]>((resolve, reject) => {
          const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true, workerData: { held, options } });
          worker.once('message', (m: Outcome[]) => resolve(m));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`A leave-one-persona-out worker stopped with code ${code}.`)));
        }),
    ),
  );
  // (In persona order, as the sequential run adds them up.)
  const order = new Map(personas.map((id, i) => [id, i]));
  return tally(results.flat().sort((a, b) => order.get(a.post.persona)! - order.get(b.post.persona)!));
}
