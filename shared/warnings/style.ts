import type { StyleModelJSON } from './profile';
import { tokenize, type Token } from './text';

/**
 * Learned style: multinomial naive Bayes over words and character trigrams,
 * one class per identity, trained on the user's own drafts and posts. The
 * model is plain JSON (counts), so it is stored and moved as is, and training
 * one more text only adds counts (incremental). Nothing leaves the machine.
 */

export type StyleModel = StyleModelJSON;

/** At least this many texts per identity before the model says anything. */
export const MIN_DOCS_PER_IDENTITY = 5;
/** Texts shorter than this (in words) are not judged. */
export const MIN_WORDS = 4;

export function createStyleModel(): StyleModel {
  return { version: 1, classes: {} };
}

function features(tokens: readonly Token[]): { all: string[]; words: number } {
  const all: string[] = [];
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    words++;
    all.push('w:' + t.norm);
    if (t.kind !== 'word' || t.norm.length < 2) continue;
    const padded = ' ' + t.norm + ' ';
    for (let i = 0; i + 3 <= padded.length; i++) all.push('c:' + padded.slice(i, i + 3));
  }
  return { all, words };
}

/** The features one text contributes (for tests and the settings page). */
export function styleFeatures(text: string): string[] {
  return features(tokenize(text)).all;
}

/**
 * Returns a new model that also knows `text` was written as `identityId`.
 * Only that identity's counts are copied; the input model is not changed, so a
 * profile holding the old model stays valid for the engine's cache.
 */
export function trainStyle(model: StyleModel, identityId: string, text: string): StyleModel {
  const prev = model.classes[identityId];
  const counts: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, prev?.counts);
  let total = prev?.total ?? 0;
  for (const f of features(tokenize(text)).all) {
    counts[f] = (counts[f] ?? 0) + 1;
    total++;
  }
  return {
    version: 1,
    classes: { ...model.classes, [identityId]: { docs: (prev?.docs ?? 0) + 1, total, counts: { ...counts } } },
  };
}

/** Forgets everything learned for one identity (the settings page's reset). */
export function resetStyle(model: StyleModel, identityId: string): StyleModel {
  const classes = { ...model.classes };
  delete classes[identityId];
  return { version: 1, classes };
}

interface CompiledClass {
  id: string;
  docs: number;
  logPrior: number;
  /** log of the probability of a feature never seen in this class. */
  logUnseen: number;
  logDenominator: number;
  counts: Map<string, number>;
}

export interface CompiledStyle {
  classes: CompiledClass[];
  /** Per feature seen in any class: its log-likelihood in each class (same order as `classes`). */
  table: Map<string, Float64Array>;
}

const ALPHA = 1;

/** Words too common to explain anything. */
const STOPWORDS = new Set(
  (
    'the and for are but not you your yours our ours was were has have had her his him she they them their this that these those ' +
    'with from into onto about what when where who why how which all any some one two three very just too also then than ' +
    'there here its it\'s i\'m i\'ve don\'t can\'t can will would could should been being out off over under again more most ' +
    'much many such only own same so very now today like get got make made did does doing done let me my mine myself ' +
    'der die das und ist ein eine nicht mit von zu den dem des auf für les des une est pas que qui dans pour avec ' +
    'los las una por con para del que'
  ).split(' '),
);

export function compileStyle(model: StyleModel): CompiledStyle {
  const entries = Object.entries(model.classes);
  const vocab = new Set<string>();
  for (const [, c] of entries) for (const f of Object.keys(c.counts)) vocab.add(f);
  const v = Math.max(1, vocab.size);
  const totalDocs = entries.reduce((s, [, c]) => s + c.docs, 0);
  const classes = entries.map(([id, c]): CompiledClass => {
      const logDenominator = Math.log(c.total + ALPHA * v);
      return {
        id,
        docs: c.docs,
        logPrior: Math.log((c.docs + 1) / (totalDocs + entries.length)),
        logUnseen: Math.log(ALPHA) - logDenominator,
        logDenominator,
        counts: new Map(Object.entries(c.counts)),
      };
    });
  const table = new Map<string, Float64Array>();
  for (const f of vocab) {
    const row = new Float64Array(classes.length);
    classes.forEach((c, k) => (row[k] = logLik(c, f)));
    table.set(f, row);
  }
  return { classes, table };
}

export interface StyleVerdict {
  /** The identity the text reads most like. */
  best: string;
  /** Probability of `best` against `actingId` alone (two-class posterior, tempered). */
  confidence: number;
  /** Average log-likelihood ratio per feature, best vs acting. */
  margin: number;
  /** Words that pull most towards `best`, strongest first (original spelling). */
  strongest: string[];
}

function logLik(c: CompiledClass, f: string): number {
  const n = c.counts.get(f);
  return n === undefined ? c.logUnseen : Math.log(n + ALPHA) - c.logDenominator;
}

/**
 * Compares the text against every identity the model knows. Returns null
 * when the model knows too little, the text is too short, or the text reads
 * most like `actingId` itself.
 */
export function judgeStyle(style: CompiledStyle, tokens: readonly Token[], text: string, actingId: string): StyleVerdict | null {
  const acting = style.classes.find((c) => c.id === actingId);
  if (!acting || acting.docs < MIN_DOCS_PER_IDENTITY) return null;
  const { all, words } = features(tokens);
  if (words < MIN_WORDS) return null;
  const n = style.classes.length;
  const scores = new Float64Array(n);
  const unseen = new Float64Array(n);
  style.classes.forEach((c, k) => {
    scores[k] = c.logPrior;
    unseen[k] = c.logUnseen;
  });
  for (const f of all) {
    const row = style.table.get(f) ?? unseen;
    for (let k = 0; k < n; k++) scores[k]! += row[k]!;
  }
  let best: CompiledClass | null = null;
  let bestScore = -Infinity;
  let actingScore = 0;
  for (let k = 0; k < n; k++) {
    const c = style.classes[k]!;
    if (c.docs < MIN_DOCS_PER_IDENTITY) continue;
    const s = scores[k]!;
    if (c === acting) actingScore = s;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (!best || best === acting) return null;
  const margin = (bestScore - actingScore) / all.length;
  // Naive Bayes is overconfident on correlated features (a word and its
  // trigrams); tempering by the number of features gives a usable confidence.
  const confidence = 1 / (1 + Math.exp(-(bestScore - actingScore) / Math.sqrt(all.length)));
  const seen = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind === 'punct' || seen.has(t.norm) || t.norm.length < 3 || STOPWORDS.has(t.norm)) continue;
    const f = 'w:' + t.norm;
    if ((best.counts.get(f) ?? 0) < 2) continue;
    const w = logLik(best, f) - logLik(acting, f);
    if (w > 0) seen.set(t.norm, w);
  }
  const firstSpelling = new Map<string, string>();
  for (const t of tokens) if (!firstSpelling.has(t.norm)) firstSpelling.set(t.norm, text.slice(t.start, t.end));
  const strongest = [...seen.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([norm]) => firstSpelling.get(norm) ?? norm);
  return { best: best.id, confidence, margin, strongest };
}
