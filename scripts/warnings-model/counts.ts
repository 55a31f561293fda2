/**
 * Counts of the warning engine on corpus v2 splits or on a review batch that is not a split yet: how many risky posts
 * were warned (and with the right family), how many fine posts were warned, per family, and which rules raised the
 * false alarms. It prints counts and rule ids only, never a post, so that a held-out split or an unread review can be
 * scored without being read; `--show` lists the misses and false alarms of readable splits (dev, train, probes) and of
 * a folder marked `--readable`, and refuses for the held-out ones.
 *
 * The scratch scorers of earlier rounds lived outside the repository and were lost with their machines; this is the
 * kept one.
 *
 *   npx tsx scripts/warnings-model/counts.ts validation holdout6
 *   npx tsx scripts/warnings-model/counts.ts --no-model holdout6
 *   npx tsx scripts/warnings-model/counts.ts --readable --show .scratch/r19
 *   npx tsx scripts/warnings-model/counts.ts --thresholds-of HEAD validation
 *   npx tsx scripts/warnings-model/counts.ts --unseen --shifts -0.2,0,0.2,0.3,0.4,0.6
 *
 * `--unseen` names every split and review the model was never trained on and that decides between versions (validation,
 * reviews 24, 26 and 28, the held-out half of batch tr11 (since the forty-eighth round), holdout to holdout7, test); with more than one target a last line sums them (risky posts
 * caught, with a right family, and false alarms on fine posts that are not twins). `--shifts` moves every family's
 * threshold along the log-odds by each amount in turn and prints only those sums: the curve of catches against false
 * alarms that trainer.ts's notes compare versions on. The scratch scripts that did this were lost with their machines.
 *
 * `--thresholds-of <git ref>` scores the retrained weights with the thresholds of the model committed at that ref: a
 * change of features also moves the thresholds that the joint alarm budget chooses (one family's step takes the budget
 * another's had), and that shift can hide or fake what the change itself does. The combination of the families' evidence
 * (model.ts) is taken from that ref too, or left out when it had none. Report the shipped thresholds too.
 *
 * A folder is a review batch: `personas/*.json` and `posts.jsonl` in it or in each of its subfolders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../shared/warnings';
import { logit, sigmoid, type WarningModel } from '../../shared/warnings/understand/model';
import { WARNING_MODEL } from '../../shared/warnings/understand/model.generated';
import { FAMILIES, HELD_OUT_SPLITS, isContrastTwin, loadPersonasFrom, loadPostsFrom, reviewBatches, SPLITS, type CorpusPostV2, type Persona, type Split } from '../../tests/fixtures/corpus/v2/index';
import { currentEngine, scorePosts, scoreSplit, type EngineUnderTest, type SplitScore } from '../../tests/fixtures/corpus/v2/score';

const REVIEWS = 'tests/fixtures/corpus/v2/reviews';
/** What the model never learned from and versions are compared on (see the README's rounds). */
const UNSEEN = ['validation', `${REVIEWS}/review24`, `${REVIEWS}/review26`, `${REVIEWS}/review28`, `${REVIEWS}/tr11-heldout`, 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'test'];

const args = process.argv.slice(2);
const refAt = args.indexOf('--thresholds-of');
const thresholdRef = refAt >= 0 ? args.splice(refAt, 2)[1] : undefined;
if (refAt >= 0 && !thresholdRef) fail('Name a git ref after --thresholds-of (HEAD, a commit).');
const shiftAt = args.indexOf('--shifts');
const shifts = shiftAt >= 0 ? parseShifts(args.splice(shiftAt, 2)[1]) : null;
const flags = new Set(args.filter((a) => a.startsWith('--')));
const targets = [...(flags.has('--unseen') ? UNSEEN : []), ...args.filter((a) => !a.startsWith('--'))];
const known = new Set(['--show', '--readable', '--no-model', '--unseen']);
for (const f of flags) if (!known.has(f)) fail(`Unknown option ${f}; use --show, --readable, --no-model, --unseen, --shifts or --thresholds-of.`);
if (targets.length === 0) fail('Name a split (dev, validation, holdout6, ...) or a review folder to score, or --unseen.');
if (shifts && flags.has('--no-model')) fail('--shifts moves the model\'s thresholds: leave out --no-model.');
if (shifts && flags.has('--show')) fail('--shifts prints sums only: leave out --show.');

const frozen = thresholdRef ? withThresholdsOf(thresholdRef) : null;
const engine: EngineUnderTest = flags.has('--no-model') ? engineWith(null) : frozen ? engineWith(frozen) : currentEngine;

function engineWith(model: WarningModel | null): EngineUnderTest {
  return { ...currentEngine, evaluate: (input, profile) => evaluate(input, profile, { model }) };
}

function parseShifts(list: string | undefined): number[] {
  const values = (list ?? '').split(',').map((v) => Number(v.trim()));
  if (!list || values.some((v) => !Number.isFinite(v))) fail('Give --shifts a list of log-odds amounts, such as -0.2,0,0.2.');
  return values;
}

/** The current model with the families' thresholds, and the combination (or none), of the model committed at `ref`. */
function withThresholdsOf(ref: string): WarningModel {
  if (!WARNING_MODEL) fail('No model is generated to score.');
  let source: string;
  try {
    source = execFileSync('git', ['show', `${ref}:shared/warnings/understand/model.generated.ts`], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    fail(`No model at ${ref}: name a commit that has shared/warnings/understand/model.generated.ts.`);
  }
  const at = new Map<string, number>();
  for (const m of source.matchAll(/^ {4}"([a-z-]+)": \{\n {6}bias: [-\d.e]+,\n {6}threshold: ([\d.e-]+),/gm)) at.set(m[1]!, Number(m[2]));
  if (at.size === 0) fail(`The model at ${ref} has no thresholds this script can read.`);
  const families = Object.fromEntries(Object.entries(WARNING_MODEL.families).map(([f, w]) => [f, { ...w!, threshold: at.get(f) ?? w!.threshold }]));
  const combine = /^ {2}combine: (\{.*\}),$/m.exec(source);
  const { combine: _current, ...rest } = WARNING_MODEL;
  return { ...rest, families, ...(combine ? { combine: JSON.parse(combine[1]!) as WarningModel['combine'] } : {}) };
}

if (shifts) {
  const model = frozen ?? WARNING_MODEL;
  if (!model) fail('No model is generated to shift.');
  for (const shift of shifts) {
    const total = sumOf(targets.map((t) => scoreTarget(t, engineWith(shiftedModel(model, shift)))));
    console.log(`shift ${shift}: ${total.caught}/${total.risky} caught (${total.right} with a right family), ${total.alarms}/${total.fine} false alarms on fine posts that are not twins`);
  }
} else {
  const scores: SplitScore[] = [];
  for (const target of targets) {
    const isSplit = (SPLITS as readonly string[]).includes(target);
    const readable = isSplit ? !HELD_OUT_SPLITS.has(target as Split) : flags.has('--readable');
    if (flags.has('--show') && !readable) fail(`${target} is held out (or not marked --readable): it is scored by counts only.`);
    const score = scoreTarget(target, engine);
    scores.push(score);
    report(target, score);
    if (flags.has('--show')) show(score);
  }
  if (scores.length > 1) {
    const total = sumOf(scores);
    console.log(`sum of ${scores.length}: risky ${total.caught}/${total.risky} warned (${total.right} with a right family); fine not twins ${total.alarms}/${total.fine} warned`);
  }
}

function scoreTarget(target: string, under: EngineUnderTest): SplitScore {
  return (SPLITS as readonly string[]).includes(target) ? scoreSplit(target as Split, under) : scoreFolder(target, under);
}

/** Every family's threshold moved by `shift` on the log-odds scale (the combination's threshold stays). */
function shiftedModel(model: WarningModel, shift: number): WarningModel {
  const move = (p: number) => sigmoid(logit(p) + shift);
  const families = Object.fromEntries(Object.entries(model.families).map(([f, w]) => [f, { ...w!, threshold: move(w!.threshold) }]));
  return { ...model, families };
}

interface Tally {
  risky: number;
  caught: number;
  /** Caught with (one of) the expected families. */
  right: number;
  /** Fine posts that are not twins, and how many of them were warned. */
  fine: number;
  alarms: number;
}

function tallyOf(s: SplitScore): Tally {
  return {
    risky: s.positives,
    caught: Math.round(s.recall * s.positives),
    right: Math.round(s.recallRightFamily * s.positives),
    fine: s.naturalFine,
    alarms: s.falseAlarms.filter((a) => !isContrastTwin(a.post)).length,
  };
}

function sumOf(scores: readonly SplitScore[]): Tally {
  const total: Tally = { risky: 0, caught: 0, right: 0, fine: 0, alarms: 0 };
  for (const t of scores.map(tallyOf)) for (const k of Object.keys(total) as Array<keyof Tally>) total[k] += t[k];
  return total;
}

function scoreFolder(dir: string, under: EngineUnderTest): SplitScore {
  if (!existsSync(dir)) fail(`${dir} is neither a split nor a folder.`);
  const batches = reviewBatches(dir);
  if (batches.length === 0) fail(`${dir} has no posts.jsonl, in itself or in a subfolder.`);
  const posts: CorpusPostV2[] = [];
  const personas: Persona[] = [];
  for (const b of batches) {
    posts.push(...loadPostsFrom(join(b, 'posts.jsonl')));
    personas.push(...loadPersonasFrom(join(b, 'personas')));
  }
  return scorePosts('probes', posts, personas, under);
}

function report(name: string, s: SplitScore): void {
  const { caught, right, alarms: natural } = tallyOf(s);
  const alarms = s.falseAlarms.length;
  const attack = s.families['named-attack'];
  const attackAny = s.misses.filter((m) => m.post.expect.includes('named-attack')).length;
  console.log(`${name}: ${s.posts} posts; risky ${caught}/${s.positives} warned (${right} with a right family); fine ${alarms}/${s.fine} warned (${natural}/${s.naturalFine} not twins)`);
  console.log(`  named attacks: ${attack.support - attackAny}/${attack.support} warned, ${attack.tp} with named-attack`);
  const fam = FAMILIES.filter((f) => s.families[f].support > 0 || s.families[f].fp > 0).map((f) => `${f} ${s.families[f].tp}/${s.families[f].support}${s.families[f].fp ? ` +${s.families[f].fp}` : ''}`);
  console.log(`  families (caught/expected +raised wrongly): ${fam.join(', ')}`);
  const rules = new Map<string, number>();
  for (const a of s.falseAlarms) for (const id of new Set(a.warnings.filter((w) => w.severity !== 'info').map((w) => w.ruleId))) rules.set(id, (rules.get(id) ?? 0) + 1);
  if (rules.size) console.log(`  false alarms by rule: ${[...rules].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`);
}

function show(s: SplitScore): void {
  for (const m of s.misses) console.log(`MISS ${m.post.id} [${m.post.expect.join(',')}] ${m.post.identity}: ${m.post.text}`);
  for (const w of s.wrongFamily) console.log(`WRONG ${w.post.id} [${w.post.expect.join(',')}] got [${w.got.join(',')}]: ${w.post.text}`);
  for (const a of s.falseAlarms) console.log(`FA ${a.post.id} ${a.warnings.filter((w) => w.severity !== 'info').map((w) => `${w.ruleId}:"${a.post.text.slice(w.start, w.end)}"`).join(' ')} ${a.post.identity}: ${a.post.text}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
