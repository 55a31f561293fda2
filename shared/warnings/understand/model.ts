/**
 * The learned part of the language rules: one small logistic regression per
 * family over interpretable features (the signals of signals.ts: person
 * references, negativity, sentiment, identifying details, category words,
 * pairs of them in a sentence; the rules' own findings; the lexicon words;
 * the identity's role; and single words, their stems and pairs of adjacent
 * words seen in posts of several different people). Trained at build time by scripts/warnings-model/train.ts on the
 * labelled corpus (never on its held-out test split); the weights are pure
 * data in model.generated.ts.
 *
 * Every warning the model raises points at the words of the features that
 * weighed most towards it, and says in one sentence why.
 */
import type { Family } from '../families';
import type { Role, Stance } from '../roles';
import type { Token } from '../text';
import type { Signal } from './signals';
import { isFunctionWord } from './lexicon';
import { stemOf } from './stem';
import type { Lang } from './vocab.generated';

export interface FamilyWeights {
  bias: number;
  /** Probability from which the family is warned (chosen on held-out people when training). */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

export interface WarningModel {
  version: 1;
  /** What it was trained on, for the record (splits, personas, posts). */
  trainedOn: string;
  families: Readonly<Partial<Record<Family, FamilyWeights>>>;
  /** How the families' evidence adds up to warning a post at all (see `combinedEvidence`); absent: each family alone. */
  combine?: Combination;
}

/**
 * A post is warned when the families' evidence, added up, passes a threshold, not only when one family passes its own.
 * Why: a risky post often reads a little like two families at once (a jab at a named colleague that is also a complaint
 * about the employer), each under its threshold, while a fine post that comes near one threshold seldom comes near
 * another. Chosen when training, on people left out, like the thresholds.
 */
export interface Combination {
  /** Softness of the sum on the log-odds scale: 0 takes the strongest family alone, larger widths add the others more. */
  width: number;
  /** The combined evidence (log-odds past the families' own thresholds) from which a post is warned. */
  threshold: number;
}

interface Span {
  from: number;
  to: number;
}

/** Feature name -> the spans of the words that showed it (empty for features of the identity, such as its role). */
export type FeatureSet = Map<string, Span[]>;

/** Elided articles and pronouns in front of a word ("l'école", "d'un", "j'ai"). */
const ELISION = /^(l|d|j|qu|n|s|c|m|t)'(?=\p{L})/u;


/**
 * The word features of a text: each word (folded), elision stripped, digits as `#`; the word's stem in its sentence's
 * language as `s:<stem>` (stem.ts; the word itself where the language is not told); and each pair of adjacent words
 * (no punctuation or line break between them) as `b:<first>_<second>`, unless both are function words ("of the").
 * Why the stem beside the word, not in its place: the stem is what people writing "denegado", "denegaron" and "deniega"
 * share, the word what one form says that the others do not. On every split the team never trained on, summed, the
 * stems in place of the words moved the curve of catches against false alarms a little, and the stems beside them
 * further: with the shipped combination, some 15 to 90 risky posts at the same false alarms, about half of it what the
 * words counted twice (no stems) give as well (trainer.ts, thirty-fourth round).
 */
export function wordFeatures(tokens: readonly Token[], out: FeatureSet, text?: string, languageAt: (i: number) => Lang | null = () => null): void {
  const add = (name: string, span: Span) => {
    const spans = out.get(name);
    if (spans) spans.push(span);
    else out.set(name, [span]);
  };
  let prev: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let key: string | null = null;
    if (t.kind === 'emoji') key = t.norm;
    else if (t.kind === 'word') {
      const w = t.norm.replace(ELISION, '').replace(/'s$/, '');
      key = /^\d+$/.test(w) ? '#' : w.length >= 2 ? w : null;
      if (key !== null && key !== '#') add(`s:${stemOf(key, languageAt(i))}`, { from: i, to: i + 1 });
    }
    const word = t.kind === 'word' ? key : null;
    if (word !== null && prev !== null && !(isFunctionWord(prev) && isFunctionWord(word)) && !(text !== undefined && text.slice(tokens[i - 1]!.end, t.start).includes('\n'))) add(`b:${prev}_${word}`, { from: i - 1, to: i + 1 });
    prev = word;
    if (key === null) continue;
    add(`w:${key}`, { from: i, to: i + 1 });
  }
}

/**
 * Features of one text for one acting identity: signals (also crossed with "personal identity"), words and the role.
 * `languageAt` tells the language of the sentence of a token, for the words' stems.
 */
export function featureSet(signals: readonly Signal[], tokens: readonly Token[], role: Role, text?: string, languageAt?: (i: number) => Lang | null): FeatureSet {
  const out: FeatureSet = new Map();
  const personal = role === 'personal';
  const put = (name: string, span: Span | null) => {
    let spans = out.get(name);
    if (!spans) out.set(name, (spans = []));
    if (span) spans.push(span);
  };
  for (const s of signals) {
    put(s.name, s);
    if (personal) put(`P|${s.name}`, s);
  }
  wordFeatures(tokens, out, text, languageAt);
  // Words in sentences about someone, again as `R|w:<word>`: what is said about a person ("clown", "genio", "peinlich").
  const about = new Uint8Array(tokens.length);
  for (const s of signals) if (s.name === 'ctx.person') about.fill(1, s.from, s.to);
  for (const [name, spans] of [...out]) {
    if (!name.startsWith('w:')) continue;
    const inside = spans.filter((sp) => about[sp.from] === 1);
    if (inside.length > 0) out.set(`R|${name}`, inside);
  }
  put(`role.${role}`, null);
  return out;
}

/**
 * The features one family's model reads: the text's, how the identity's role
 * treats the family, and, where the family is the role's job (health for a
 * clinician), each signal again as `J|<name>`: the same words weigh otherwise
 * when they are the work ("a patient's MRI" vs "my MRI").
 */
export function familyFeatureNames(names: Iterable<string>, stance: Stance): string[] {
  const out = [`stance.${stance}`];
  for (const n of names) {
    out.push(n);
    if (stance === 'job' && !n.startsWith('w:') && !n.startsWith('s:') && !n.startsWith('b:') && !n.startsWith('R|') && !n.startsWith('role.')) out.push(`J|${n}`);
  }
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Log-odds of a probability, kept `clamp` away from 0 and 1 so that a certain judgement stays finite. */
export function logit(p: number, clamp = 1e-9): number {
  const q = Math.min(1 - clamp, Math.max(clamp, p));
  return Math.log(q / (1 - q));
}

/** How far a family's probability sits past its threshold, in log-odds (-Infinity when the family can never warn). */
export function marginOf(probability: number, threshold: number): number {
  return threshold >= 1 ? -Infinity : logit(probability) - logit(threshold);
}

/**
 * The families' margins added up softly: width x log(sum of exp(margin / width)). Never below the largest margin; a
 * second family near its threshold adds up to width x log 2, one far under it next to nothing. Width 0 is the largest.
 */
export function combinedEvidence(margins: readonly number[], width: number): number {
  let top = -Infinity;
  for (const m of margins) if (m > top) top = m;
  if (top === -Infinity || width <= 0) return top;
  let sum = 0;
  for (const m of margins) if (m !== -Infinity) sum += Math.exp((m - top) / width);
  return top + width * Math.log(sum);
}

export interface Judgement {
  family: Family;
  probability: number;
  warned: boolean;
  /** Features that pushed towards a warning, strongest first, with their spans. */
  reasons: Array<{ name: string; weight: number; spans: Span[] }>;
}

/** Scores one family; `null` when the model has no weights for it. */
export function judge(model: WarningModel, family: Family, features: FeatureSet, stance: Stance): Judgement | null {
  const m = model.families[family];
  if (!m) return null;
  let z = m.bias;
  const reasons: Judgement['reasons'] = [];
  for (const name of familyFeatureNames(features.keys(), stance)) {
    const w = m.weights[name];
    if (w === undefined) continue;
    z += w;
    const spans = features.get(name.startsWith('J|') ? name.slice(2) : name) ?? [];
    if (w > 0 && spans.length > 0) reasons.push({ name, weight: w, spans });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  const probability = sigmoid(z);
  return { family, probability, warned: probability >= m.threshold, reasons };
}

/** Longest span a model warning points at (in tokens): the words that caused it, not the whole post. */
const MAX_SPAN = 14;

/**
 * The words a model warning points at: the span of the strongest reason, joined
 * with the next strongest that adds words when it is close by (same stretch of text).
 */
export function causeSpan(j: Judgement, hasWords: (s: Span) => boolean = () => true): Span | null {
  // The strongest reason with words in it first: a quotation mark or an emoji alone says nothing a person can act on.
  const worded = j.reasons.filter((r) => hasWords(r.spans[0]!));
  const reasons = worded.length > 0 ? worded : j.reasons;
  const first = reasons[0];
  if (!first) return null;
  let span = first.spans[0]!;
  // (A reason on the same words adds nothing: "Minister Fenwick" as a person and as a name. The next one that adds
  // words says what was said of them.)
  for (const r of reasons.slice(1, 6).filter((r) => r.spans[0]!.from < span.from || r.spans[0]!.to > span.to).slice(0, 3)) {
    const s = r.spans[0]!;
    const joined = { from: Math.min(span.from, s.from), to: Math.max(span.to, s.to) };
    if (joined.to - joined.from <= MAX_SPAN) {
      span = joined;
      break;
    }
  }
  if (span.to - span.from > MAX_SPAN) span = { from: span.from, to: span.from + MAX_SPAN };
  return span;
}

/** What each family's model warning says, in one sentence, about the quoted words. */
export function modelMessage(family: Family, quote: string, identityName: string): string {
  switch (family) {
    case 'named-attack':
      return `'${quote}' reads as mocking or insulting someone who can be identified, which ${identityName} would have to answer for.`;
    case 'employer':
      return `'${quote}' reads as a complaint about your employer, where anyone there can read it.`;
    case 'third-party':
      return `'${quote}' could let someone recognise a person you work with and what happened to them.`;
    case 'confidential':
      return `'${quote}' sounds like news that is not public yet.`;
    case 'profanity':
      return `'${quote}' reads as swearing, which ${identityName} keeps out of its posts.`;
    case 'politics':
      return `'${quote}' takes a side in politics, which ${identityName} stays out of.`;
    case 'religion':
      return `'${quote}' argues about religion, which ${identityName} stays out of.`;
    case 'private-life':
      return `'${quote}' tells a relationship or family story, which ${identityName} keeps private.`;
    case 'health':
      return `'${quote}' is about your own health, which ${identityName} keeps private.`;
    case 'substances':
      return `'${quote}' is about drinking or drugs, which ${identityName} keeps out of its posts.`;
    case 'other-identity':
      return `'${quote}' ties this post to your other identity.`;
  }
}
