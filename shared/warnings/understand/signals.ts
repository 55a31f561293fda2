/**
 * Signals: what the language rules saw in a text, each on the words that
 * showed it (token spans). The learned model (model.ts) reads them as
 * features and points every warning it raises at the words of the signals
 * that weighed most, so a warning always says which words caused it.
 *
 * Signals are broad on purpose (any person reference, any negativity, any
 * identifying detail, pairs of them in one sentence), not phrases: what a
 * family looks like in posts of people the team never saw is learned from
 * their combinations, not from a list.
 */
import { foldText, type Token } from '../text';
import { isFunctionWord, type CategoryHit } from './lexicon';
import { grievanceShapes, isNumber, shapeSignals } from './shapes';

export interface Signal {
  /** Feature name: `cat.health`, `ref.titled`, `pair.target+neg` ... */
  name: string;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

interface Span {
  from: number;
  to: number;
}

interface RefLike extends Span {
  kind: string;
  work: boolean;
  public: boolean;
}

export interface SignalSources {
  text: string;
  tokens: readonly Token[];
  sentenceOf: Int32Array;
  /** 1 for a first-person word of another language than its sentence's ("mes" in Spanish is a month). */
  foreign: Uint8Array;
  hits: readonly CategoryHit[];
  refs: readonly RefLike[];
  isTarget: (r: RefLike) => boolean;
  negative: readonly Span[];
  disguised: ReadonlyArray<Span & { disguised: boolean }>;
  comparisons: readonly Span[];
  mockShapes: readonly Span[];
  /** Sentence sentiment (-1..1), 0 where no model runs. */
  feeling: (sentence: number) => number;
  ids: ReadonlyArray<Span & { kind: string }>;
  marks: readonly Span[];
  orgs: readonly Span[];
  findings: ReadonlyArray<Span & { ruleId: string }>;
  secrecy: readonly Span[];
  strongSecrecy: readonly Span[];
  events: readonly Span[];
  sensitive: readonly CategoryHit[];
  cues: readonly Span[];
  /** The shape signals when the rules already found them (shapes.ts); found here otherwise. */
  shapes?: readonly Signal[];
}

/** Pronouns and nouns that point at one person without naming them ("this man", "she"). */
const PERSON_POINTERS = new Set([
  'he', 'she', 'him', 'his', 'her', 'man', 'woman', 'guy', 'bloke', 'lady', 'sir', 'madam', 'buddy', 'mate', 'pal',
  'él', 'el', 'ella', 'señor', 'señora', 'tipo', 'tio', 'tia', 'er', 'ihn', 'ihm', 'mann', 'frau', 'typ', 'il', 'elle', 'lui', 'homme', 'femme', 'type', 'mec', 'monsieur', 'madame',
].map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')));
// ("im" without its apostrophe is German "in the" far more often than "I'm".)
const FIRST_PERSON = new Set(['i', "i'm", "i've", 'ive', "i'd", 'me', 'my', 'mine', 'myself', 'yo', 'me', 'mi', 'mis', 'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'je', "j'ai", 'moi', 'mon', 'ma', 'mes']);
const WE = new Set(['we', "we're", 'our', 'us', 'ours', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'wir', 'unser', 'unsere', 'unserem', 'unseren', 'uns', 'nous', 'notre', 'nos']);
const QUOTES = /["“”«»„]/;
const OPEN_QUOTE = /^['‘"“„«»]$/;
const CLOSE_QUOTE = /^['’"”“»«]$/;
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'nicht', 'kein', 'keine', 'nie', 'niemand', 'nichts', 'pas', 'jamais', 'rien', 'personne', 'nunca', 'nadie', 'nada', 'ni']);

/** Whether a word is capitalised in the text (a name, a title, a German noun, a sentence start). */
function capitalised(text: string, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const ch = String.fromCodePoint(text.codePointAt(t.start)!);
  return ch !== ch.toLowerCase();
}

/**
 * Verbs and small words that follow a name opening a sentence ("Pickering runs ...", "Kuhlmann ist ...", "Santoni est
 * ...", "Gontran nous a fait ..."): a lone capitalised word before them is someone, where a tagger finds no one.
 */
const AFTER_NAME = new Set(
  ("is was has had runs thinks says keeps still never always just couldn't can't won't doesn't didn't " +
    'ist war hat macht sagt will kann glaubt meint findet schon immer nie ' +
    'es era ha tiene dice hace sigue cree piensa nunca siempre nos ' +
    'est etait a fait dit veut croit pense nous ne m\'a n\'a')
    .split(' ')
    .map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')),
);
/** Pronouns the function-word lists leave out: "Nobody was hurt" opens with no one. */
const NOBODY = new Set(['nobody', 'everybody', 'everyone', 'someone', 'somebody', 'anyone', 'anybody', 'nothing', 'everything', 'something', 'none', 'nadie', 'todos', 'todo', 'alguien', 'ninguno', 'ninguna', 'usted', 'ellos', 'ellas', 'quienes', 'niemand', 'jemand', 'alle', 'alles', 'keiner', 'jeder', 'personne', 'tout', 'tous', 'rien', 'chacun', 'quelqu\'un']);
/** Sentence adverbs open a sentence as a name would ("Honestly, ...", "Leider ist ...", "Ensuite nous ...", "Quizás ..."). */
const ADVERB = /(?:ly|ment|mente)$/;
const OPENING_ADVERBS = new Set(['leider', 'eigentlich', 'ehrlich', 'gestern', 'morgen', 'vorhin', 'ensuite', 'puis', 'bref', 'voila', 'enfin', 'ayer', 'luego', 'quizas', 'entonces', 'yesterday', 'tonight']);

/** Words of an amount before a drink or a drug: "a few", "un par de", "ein paar", "quelques", "half a". */
const AMOUNT = new Set(['few', 'couple', 'several', 'half', 'unos', 'unas', 'par', 'media', 'medio', 'paar', 'halbe', 'halben', 'quelques', 'demi', 'moitie', 'another', 'otra', 'otro', 'noch', 'encore'].map(foldText));
/** Verbs of taking a drink or a drug: "took", "smoked", "me tomé", "genommen", "j'ai fumé". */
const CONSUME = new Set(
  ('took take taking taken smoked smoking drank downed necked sank popped vaped tried ' +
    'tome tomo tomamos tomado tomaste tomaron fume fumo fumamos fumado fumaron bebi bebo bebimos bebido bebio bebieron meti metimos probe ' +
    'genommen nehme nahm geraucht rauche getrunken trinke trank tranken genossen geschluckt eingeworfen gekifft ' +
    'pris prendre fume fumer bu bue bois buvait avale descendu sirote tire gezischt')
    .split(' ')
    .map(foldText),
);

/** An amount up to three words before a drink or a drug, in its sentence ("9 Kölsch", "tres cañitas", "a few pints"): the span from it to the drink. */
export function amountBefore(tokens: readonly Token[], sentenceOf: Int32Array, hit: Span): Span | null {
  for (let k = hit.from - 1; k >= Math.max(0, hit.from - 3) && sentenceOf[k] === sentenceOf[hit.from]; k--) {
    const t = tokens[k]!;
    if (isNumber(t) || AMOUNT.has(t.norm)) return { from: k, to: hit.to };
  }
  return null;
}

/** Whether a word is a verb of taking a drink or a drug ("took", "fumé", "genommen"). */
export function isConsumeVerb(norm: string): boolean {
  return CONSUME.has(norm);
}

const GERMAN = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'ein', 'eine', 'mit', 'auf', 'den', 'dem', 'hat', 'wir', 'sie', 'zu', 'von', 'im', 'für', 'fur', 'auch', 'noch']);

/** Third-person pronouns the partner vocabulary holds for the break-up rule; a feature of their own for the model. */
const PARTNER_PRONOUNS = new Set(['he', 'she', 'him', 'her', "he's", "she's", 'er']);

/** Appends the signals of one text to `out`. */
export function emitSignals(out: Signal[], src: SignalSources): void {
  const { text, tokens, sentenceOf } = src;
  const add = (name: string, s: Span) => out.push({ name, from: s.from, to: s.to });
  const sentenceOfSpan = (s: Span) => sentenceOf[s.from]!;
  const sentences = sentenceOf.length === 0 ? 0 : sentenceOf[sentenceOf.length - 1]! + 1;
  const starts = new Int32Array(sentences).fill(-1);
  const ends = new Int32Array(sentences);
  for (let i = 0; i < tokens.length; i++) {
    const k = sentenceOf[i]!;
    if (starts[k] === -1) starts[k] = i;
    ends[k] = i + 1;
  }
  const sentenceSpan = (s: number): Span => ({ from: Math.max(0, starts[s]!), to: ends[s]! });

  // "he", "she", "him", "her" are in the partner vocabulary for the story rule ("three years and he said goodbye by text");
  // as features alone they would make every "he's not wrong" a word of a partner.
  const pronoun = (h: CategoryHit) => h.category === 'partner' && h.to === h.from + 1 && PARTNER_PRONOUNS.has(tokens[h.from]!.norm);
  for (const h of src.hits) add(pronoun(h) ? 'cat.partnerPronoun' : `cat.${h.category}`, h);
  for (const r of src.refs) {
    add(`ref.${r.kind}`, r);
    if (r.kind !== 'employer') add('ref.any', r);
    if (r.work) add('ref.work', r);
    if (r.public) add('ref.public', r);
    if (src.isTarget(r)) add('ref.target', r);
  }
  for (const d of src.disguised) add(d.disguised ? 'neg.disguised' : 'neg.swear', d);
  for (const c of src.comparisons) add('neg.comparison', c);
  for (const m of src.mockShapes) add('neg.mockShape', m);
  for (const n of src.negative) add('neg.any', n);
  for (const i of src.ids) add(`id.${i.kind}`, i);
  for (const m of src.marks) add('id.mark', m);
  for (const o of src.orgs) add('org.named', o);
  for (const f of src.findings) add(`rule.${f.ruleId}`, f);
  for (const s of src.secrecy) add('secret.any', s);
  for (const s of src.strongSecrecy) add('secret.strong', s);
  for (const e of src.events) add('event.business', e);
  for (const c of src.cues) add('ref.protected', c);
  const before = out.length;
  if (src.shapes) out.push(...src.shapes);
  else {
    shapeSignals(out, text, tokens, sentenceOf);
    out.push(...grievanceShapes(tokens, sentenceOf));
  }
  const shapes = out.slice(before);

  // Words that point at a person without a name, first person, "we", negation, quotes, questions.
  const pointers: Span[] = [];
  const firstPerson: Span[] = [];
  const caps: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (PERSON_POINTERS.has(t.norm)) pointers.push({ from: i, to: i + 1 });
    if (FIRST_PERSON.has(t.norm) && src.foreign[i] !== 1) firstPerson.push({ from: i, to: i + 1 });
    if (WE.has(t.norm)) add('me.we', { from: i, to: i + 1 });
    if (NEGATORS.has(t.norm) || t.norm.endsWith("n't")) add('neg.negator', { from: i, to: i + 1 });
    if (t.kind === 'punct' && QUOTES.test(t.norm)) add('style.quote', { from: i, to: i + 1 });
    // One word in quotes, straight or curly, single or double: scare quotes as often as a quote ("their 'revolutionary'
    // new feature", "»optimiert«"), a sign for the learned model to weigh.
    if (t.kind === 'word' && t.norm.length >= 4 && OPEN_QUOTE.test(src.text.slice(Math.max(0, t.start - 1), t.start)) && CLOSE_QUOTE.test(src.text.slice(t.end, t.end + 1)) && /^($|[\s(])/.test(src.text.slice(Math.max(0, t.start - 2), t.start - 1)) && /^($|[\s.,!?:;)])/.test(src.text.slice(t.end + 1, t.end + 2))) add('style.scareQuote', { from: i, to: i + 1 });
    if (t.norm === '?') add('style.question', { from: i, to: i + 1 });
    if (t.norm === '!') add('style.exclaim', { from: i, to: i + 1 });
    // A capitalised word inside a sentence (not after a sentence start): a name, outside German where every noun has a capital.
    const prev = tokens[i - 1];
    if (capitalised(text, t) && prev && sentenceOf[i - 1] === sentenceOf[i] && prev.norm !== ':' && t.norm.length > 1 && !/^\d/.test(t.norm)) {
      const raw = text.slice(t.start, t.end);
      if (raw !== raw.toUpperCase()) caps.push({ from: i, to: i + 1 });
    }
    if (t.kind === 'word' && t.norm.length > 2 && text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase() && /\p{L}/u.test(t.norm)) add('style.shout', { from: i, to: i + 1 });
  }
  for (const p of pointers) add('ref.pointer', p);
  for (const f of firstPerson) add('me.first', f);
  const german = new Int32Array(sentences);
  for (let i = 0; i < tokens.length; i++) if (GERMAN.has(tokens[i]!.norm)) german[sentenceOf[i]!]!++;
  const germanSentences = new Set<number>();
  for (let s = 0; s < sentences; s++) if (german[s]! >= 2) germanSentences.add(s);
  for (const c of caps) if (!germanSentences.has(sentenceOf[c.from]!)) add('ref.capword', c);
  // A lone capitalised word opening a sentence before a verb: a name no list knows ("Pickering runs the music service").
  const hitAt = new Set(src.hits.map((h) => h.from));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((i > 0 && sentenceOf[i - 1] === sentenceOf[i]) || !capitalised(text, t) || t.norm.length < 3 || hitAt.has(i) || isFunctionWord(t.norm) || NOBODY.has(t.norm) || OPENING_ADVERBS.has(t.norm) || ADVERB.test(t.norm)) continue;
    const raw = text.slice(t.start, t.end);
    if (raw === raw.toUpperCase() || sentenceOf[i + 1] !== sentenceOf[i]) continue;
    if (AFTER_NAME.has(tokens[i + 1]!.norm)) add('ref.capStart', { from: i, to: i + 1 });
  }

  // Sentiment per sentence.
  for (let s = 0; s < sentences; s++) {
    const v = src.feeling(s);
    if (v <= -0.45) add('sent.neg', sentenceSpan(s));
    else if (v <= -0.1) add('sent.slightlyNeg', sentenceSpan(s));
    else if (v >= 0.45) add('sent.pos', sentenceSpan(s));
  }

  // Sentences about someone (a person reference in them or the one before): their words are read as about that person.
  const about = new Uint8Array(sentences);
  for (const r of [...src.refs.filter((x) => x.kind !== 'employer'), ...pointers, ...caps]) {
    const k = sentenceOf[r.from]!;
    about[k] = 1;
    if (k + 1 < sentences) about[k + 1] = 1;
  }
  for (let k = 0; k < sentences; k++) if (about[k] && starts[k]! >= 0) add('ctx.person', { from: starts[k]!, to: ends[k]! });

  // Pairs in one sentence (or the next): who + what.
  const bySentence = <T extends Span>(list: readonly T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) {
      const k = sentenceOfSpan(x);
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const join = (a: Span, b: Span): Span => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });
  const pair = (name: string, left: readonly Span[], right: readonly Span[], reach = 0) => {
    if (left.length === 0 || right.length === 0) return;
    const r = bySentence(right);
    for (const a of left) {
      const s = sentenceOfSpan(a);
      for (let k = s - reach; k <= s + reach; k++) {
        const b = r.get(k)?.find((x) => x.to <= a.from || x.from >= a.to);
        if (b) {
          add(name, k === s ? join(a, b) : b);
          return;
        }
      }
    }
  };
  const shape = (prefix: string) => shapes.filter((x) => x.name.startsWith(prefix));
  const negAll: Span[] = [...src.negative, ...src.mockShapes, ...src.comparisons, ...shape('neg.')];
  const sentNeg = out.filter((x) => x.name === 'sent.neg');
  const people = src.refs.filter((r) => r.kind !== 'employer');
  const targets = src.refs.filter((r) => src.isTarget(r));
  const named = src.refs.filter((r) => r.kind === 'named' || r.kind === 'titled' || r.kind === 'official' || r.kind === 'initial' || r.kind === 'handle');
  const capOrNamed: Span[] = [...named, ...out.filter((x) => x.name === 'ref.capword' || x.name === 'ref.capStart')];
  pair('pair.ref+neg', people, negAll);
  pair('pair.ref+neg.near', people, negAll, 1);
  pair('pair.target+neg', targets, negAll);
  pair('pair.ref+sentneg', people, sentNeg);
  pair('pair.pointer+neg', pointers, negAll);
  pair('pair.cap+neg', capOrNamed, negAll);
  pair('pair.ref+quote', people, out.filter((x) => x.name === 'style.quote'));
  pair('pair.ref+scareQuote', people, out.filter((x) => x.name === 'style.scareQuote'));
  const identifying: Span[] = [...named, ...src.ids, ...src.cues, ...shape('id.'), ...shape('ref.familyName'), ...shape('ref.relation')];
  pair('pair.id+sensitive', identifying, src.sensitive);
  pair('pair.id+sensitive.near', identifying, src.sensitive, 1);
  pair('pair.cap+sensitive', capOrNamed, src.sensitive);
  pair('pair.protected+sensitive', src.cues, src.sensitive);
  pair('pair.age+sensitive', src.ids.filter((i) => i.kind === 'age'), src.sensitive, 1);
  pair('pair.secret+event', src.secrecy, src.events, 1);
  const secretShapes = shape('secret.');
  pair('pair.secretShape+event', secretShapes, src.events, 1);
  pair('pair.secretShape+future', secretShapes, src.hits.filter((h) => h.category === 'futureTime'), 1);
  const cat = (name: string) => src.hits.filter((h) => h.category === name);
  pair('pair.secret+future', src.secrecy, cat('futureTime'), 1);
  pair('pair.event+future', src.events, cat('futureTime'), 1);
  const employers = src.refs.filter((r) => r.kind === 'employer');
  pair('pair.employer+neg', [...employers, ...src.orgs], [...negAll, ...cat('complaint')], 1);
  pair('pair.employer+sentneg', [...employers, ...src.orgs], sentNeg);
  for (const c of ['health', 'intoxication', 'alcohol', 'drugs', 'breakup', 'partner', 'family', 'politics', 'religion']) {
    pair(`pair.me+${c}`, firstPerson, cat(c).filter((h) => !pronoun(h)));
  }
  // Someone drinking or taking something, told by its form: an amount before the drink ("9 Kölsch", "tres cremaets",
  // "a few pints"), or a verb of taking in its sentence ("smoked", "me tomé media pirula", "Pilze genommen").
  // (An amount counts before a drink only: "quelques joints" are seals, "drei Kilo Koks" a seizure.)
  const substance = [...cat('alcohol'), ...cat('drugs'), ...cat('intoxication')];
  for (const h of cat('alcohol')) {
    const a = amountBefore(tokens, sentenceOf, h);
    if (a) add('sub.amount', a);
  }
  const consumed: Span[] = [];
  for (let i = 0; i < tokens.length; i++) if (CONSUME.has(tokens[i]!.norm)) consumed.push({ from: i, to: i + 1 });
  pair('pair.consume+substance', consumed, substance);
  // Sick leave or a return to work beside a health word; an injury or a diagnosis told of oneself.
  pair('pair.leave+health', shape('health.leave'), cat('health'), 1);
  pair('pair.injury+me', shape('health.injury'), firstPerson);
  pair('pair.politics+neg', cat('politics'), [...negAll, ...sentNeg]);
  pair('pair.religion+neg', cat('religion'), [...negAll, ...sentNeg, ...cat('religionArgument')]);
  // Multilingual sentiment words (AFINN and its translations) beside a person, an employer, a religion.
  const negWords = cat('sentimentNegative');
  const posWords = cat('sentimentPositive');
  pair('pair.ref+negWord', people, negWords);
  pair('pair.cap+negWord', capOrNamed, negWords);
  pair('pair.pointer+negWord', pointers, negWords);
  pair('pair.ref+posWord', people, posWords);
  pair('pair.employer+negWord', [...employers, ...src.orgs, ...out.filter((x) => x.name === 'term.otherNever')], negWords, 1);
  pair('pair.religion+negWord', cat('religion'), negWords, 1);
  pair('pair.politics+negWord', cat('politics'), negWords);
  pair('pair.pointer+sensitive', pointers, src.sensitive);
  pair('pair.ref+thinks', people, shape('shape.thinks'));
  pair('pair.ref+thanks', [...people, ...capOrNamed], shape('shape.thanks'));
  pair('pair.religion+greeting', cat('religion'), shape('shape.greeting'));
  pair('pair.ref+neg.prev', [...people, ...pointers], negAll, 1);
  pair('pair.story+partner', [...shape('story.'), ...cat('breakup')], [...cat('partner'), ...pointers], 1);
  // A workplace complained of without its name: "we"/"our", or the employer in general words ("management", "the
  // trust", "mi empresa"), beside a complaint or a grievance's form (shapes.ts: what has lasted, what is missing).
  const grievances = shape('grievance.');
  pair('pair.we+complaint', out.filter((x) => x.name === 'me.we'), [...cat('complaint'), ...grievances]);
  pair('pair.employerGeneric+complaint', cat('employerGeneric'), [...cat('complaint'), ...grievances, ...negAll], 1);
  pair('pair.employer+grievance', [...employers, ...src.orgs], grievances, 1);
  pair('pair.otherNever+neg', out.filter((x) => x.name === 'term.otherNever'), [...negAll, ...cat('complaint'), ...sentNeg], 1);
}
