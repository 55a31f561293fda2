/**
 * Issue 9: how the warning engine does on people it never saw.
 *
 * Leave-one-persona-out over the personas of corpus v2's dev and train
 * splits (never test): for each persona the learned model is trained on all
 * the others, and on the probes split, and scored on this one; the figures add
 * up the held-out posts of every persona. (The probes' writers wrote 20 posts
 * each, to train on and to find what the rules miss: they are trained on in
 * every fold and scored by none, so the figures stay those of the same people
 * as before the probes were added.) The rules alone are scored on the same
 * posts (they learn nothing, but they were tuned on the dev split by reading
 * it, so their dev figures are in-sample and their train figures are not).
 *
 * Per family (recall / precision), per role (recall / false alarms) and per
 * persona. The held-out test split is scored only by nlp.bench.ts.
 *
 * Run: npx tsx bench/index.ts generalise
 */
import { FAMILIES } from '../shared/warnings/families';
import { ROLES } from '../shared/warnings/roles';
import { DEFAULT_OPTIONS } from '../scripts/warnings-model/trainer';
import { availableParallelism } from 'node:os';
import { leaveOnePersonaOutInParallel, lopoCorpus, rulesOnly, type HeldOut } from './support/lopo';
import type { BenchReporter } from './reporter';
import { isContrastTwin } from '../tests/fixtures/corpus/v2/index';

function report(r: BenchReporter, label: string, s: HeldOut, before?: HeldOut): void {
  r.figure(`${label}: recall`, s.recall, 'ratio', { posts: s.posts, positives: s.positives, before: before?.recall, aim: '>= 0.9' });
  r.figure(`${label}: false alarms on fine posts`, s.falseAlarmRate, 'ratio', { fine: s.fine, alarms: s.falseAlarms.length, before: before?.falseAlarmRate, aim: '<= 0.05' });
  r.figure(`${label}: recall with the right family`, s.recallRightFamily, 'ratio', { before: before?.recallRightFamily });
  for (const f of FAMILIES) {
    const c = s.families[f];
    const b = before?.families[f];
    r.figure(`${label} family ${f}: recall`, c.recall, 'ratio', { support: c.support, before: b?.recall });
    r.figure(`${label} family ${f}: precision`, c.precision, 'ratio', { fp: c.fp, before: b?.precision });
  }
  for (const role of ROLES) {
    const c = s.roles[role];
    if (!c) continue;
    const b = before?.roles[role];
    r.figure(`${label} role ${role}: recall`, c.recall, 'ratio', { positives: c.positives, before: b?.recall });
    r.figure(`${label} role ${role}: false alarms`, c.falseAlarmRate, 'ratio', { fine: c.fine, before: b?.falseAlarmRate });
  }
  for (const [persona, c] of Object.entries(s.personas)) {
    r.figure(`${label} persona ${persona}: recall / false alarms`, c.recall, 'ratio', { falseAlarms: c.falseAlarmRate, posts: c.posts });
  }
}

export default async function generaliseBench(r: BenchReporter): Promise<void> {
  const { posts, probes } = lopoCorpus();
  const splits = [...new Set(posts.map((p) => p.persona.split))];
  const personas = new Set(posts.map((p) => p.persona.id)).size;
  r.note(`Leave-one-persona-out over corpus v2 ${splits.join(' + ')}: ${personas} personas, ${posts.length} posts, with the ${probes.length} posts of the probes split in every fold's training (the test split is never read here).`);
  const rules = rulesOnly(posts);
  const t0 = performance.now();
  const ids = [...new Set(posts.map((p) => p.persona.id))].sort();
  const held = await leaveOnePersonaOutInParallel(ids, DEFAULT_OPTIONS);
  const seconds = (performance.now() - t0) / 1000;
  report(r, 'rules alone (no model)', rules);
  report(r, 'rules + model, each persona held out', held, rules);
  r.figure('leave-one-persona-out: time for all folds', seconds, 's', { folds: personas, workers: Math.min(personas, availableParallelism()) });
  // Twins (a fine post written in most of a risky one's words) are as hard as a writer could make them: the alarms on
  // the other fine posts apart, and the people of the batches written without twins apart.
  const natural = posts.filter((p) => p.post.expect.length === 0 && !isContrastTwin(p.post));
  const naturalAlarms = held.falseAlarms.filter((a) => !isContrastTwin(a.post)).length;
  r.figure('rules + model, each persona held out: false alarms on fine posts that are not twins', naturalAlarms / Math.max(1, natural.length), 'ratio', { fine: natural.length, alarms: naturalAlarms });
  const withTwins = new Set(posts.filter((p) => isContrastTwin(p.post)).map((p) => p.persona.id));
  const plain = Object.entries(held.personas).filter(([id]) => !withTwins.has(id));
  const plainPositives = plain.reduce((a, [, c]) => a + c.positives, 0);
  const plainFine = plain.reduce((a, [, c]) => a + c.fine, 0);
  r.figure(`people of batches without twins (${plain.length}): recall, each held out`, plain.reduce((a, [, c]) => a + c.recall * c.positives, 0) / Math.max(1, plainPositives), 'ratio', {
    falseAlarms: plain.reduce((a, [, c]) => a + c.falseAlarmRate * c.fine, 0) / Math.max(1, plainFine),
    positives: plainPositives,
    fine: plainFine,
  });
  for (const split of splits) {
    const part = (s: HeldOut) => {
      const ids = new Set(posts.filter((p) => p.persona.split === split).map((p) => p.persona.id));
      const rows = Object.entries(s.personas).filter(([id]) => ids.has(id));
      const pos = rows.reduce((a, [, c]) => a + c.positives, 0);
      const fine = rows.reduce((a, [, c]) => a + c.fine, 0);
      return {
        recall: rows.reduce((a, [, c]) => a + c.recall * c.positives, 0) / Math.max(1, pos),
        falseAlarms: rows.reduce((a, [, c]) => a + c.falseAlarmRate * c.fine, 0) / Math.max(1, fine),
      };
    };
    const a = part(rules);
    const b = part(held);
    r.figure(`${split} personas only: recall, rules alone -> rules + model held out`, b.recall, 'ratio', { before: a.recall, falseAlarms: b.falseAlarms, falseAlarmsBefore: a.falseAlarms });
  }
}
