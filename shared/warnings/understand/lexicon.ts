import { ELIDED_ARTICLE, type Token } from '../text';
import { TokenTrie } from '../trie';
import { FUNCTION_WORDS, ONLY_IN, VOCAB, type Lang, type VocabCategory } from './vocab.generated';

/**
 * The category vocabularies (vocab.generated.ts) in one token trie, built on
 * first use: a text is matched against all of them in one pass.
 */
export type Category = VocabCategory;

export interface CategoryHit {
  category: Category;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
}

let trie: TokenTrie<Category> | null = null;

function build(): TokenTrie<Category> {
  const t = new TokenTrie<Category>();
  for (const [category, words] of Object.entries(VOCAB) as [Category, readonly string[]][]) {
    // Every inflected form is in the list already; only the possessive is added ("the minister's").
    for (const w of words) t.add(w, category, 'possessive');
  }
  return t;
}

// French elided articles glued to their noun ("l'avocat", "d'alcool", "l'église", ELIDED_ARTICLE): the noun is the word.
// ("que l'avocat" is the article: "que" is left out.)
const BEFORE_PRONOUN = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ne', 'qui', 'me', 'te', 'se']);

/**
 * Words whose accents make them another word than the vocabulary's unaccented one, which matching (on folded text) would
 * otherwise take for it: French "j'ai hâte" (I can't wait) is no "hate", "tôt" (early) no German "tot", "salé" (salty) no
 * "sale", "fermé" (closed) no "ferme", "présenter" no "presenter", "classés" (filed) no "classes"; German "Stück" is no
 * "stuck" and "ältere" no French "altère"; Spanish "diré" (I will say) no "dire" and "llevó" (he took) no first-person "llevo"; Catalan "món" (world) no French "mon". Written without their accents they are
 * ambiguous, and stay matched. `tests/node/warnings/accent-collisions.test.ts` finds the collisions in the corpus.
 */
export const ACCENT_DISTINCT: ReadonlySet<string> = new Set([
  'hâte', 'tôt', 'salé', 'salée', 'salés', 'salées', 'fermé', 'fermée', 'fermés', 'fermées', 'présenter', 'classé', 'classés', 'classée', 'classées',
  'lâché', 'lâchée', 'menacé', 'menacée', 'menacés', 'jeûne', 'ère', 'ères', 'juré', 'jurée', 'jurés', 'salarié', 'salariée', 'salariés', 'salariées',
  'affiné', 'affinée', 'affinés', 'affinées', 'stück', 'stücke', 'ältere', 'älteren', 'älterer', 'älteres', 'spät', 'diré', 'llevó', 'doña', 'fáil', 'féin', 'peña', 'peñas', 'món', 'imperméable',
  // (With the sentiment adjectives inflected: French "emporté" (carried off) is no German "empörte" (outraged), German
  // "Größe" (size) no "große" (great), Catalan "gràcies" (thanks) no French "graciés" (pardoned).)
  'emporté', 'emportée', 'emportés', 'emportées', 'größe', 'größen', 'gràcies',
]);

/**
 * Every category match in the tokens, shortest and longest. A word behind an elided article is matched without it
 * as well, so "l'avocat" is a lawyer and "trop d'alcool" is alcohol, as "mon avocat" and "de l'alcool" were.
 */
export function categoryHits(tokens: readonly Token[], keys: readonly string[], text?: string): CategoryHit[] {
  trie ??= build();
  const out: CategoryHit[] = [];
  // (A word the text writes with the accents of another word matches nothing: see ACCENT_DISTINCT.)
  const distinct = text === undefined ? null : tokens.map((t) => t.kind === 'word' && ACCENT_DISTINCT.has(text.slice(t.start, t.end).toLowerCase()));
  const kept = (m: { from: number; to: number }) => !distinct || !distinct.slice(m.from, m.to).includes(true);
  for (const m of trie.matchAll(tokens, keys)) if (kept(m)) for (const category of m.refs) out.push({ category, from: m.from, to: m.to });
  if (!tokens.some((t) => t.kind === 'word' && ELIDED_ARTICLE.test(t.norm))) return out;
  // After a subject or "ne", "l'" is the pronoun before a verb ("je l'associe à un cauchemar", "on l'appelle"), not an article.
  const bare = tokens.map((t, i) => (t.kind === 'word' && ELIDED_ARTICLE.test(t.norm) && !BEFORE_PRONOUN.has(tokens[i - 1]?.norm ?? '') ? { ...t, norm: t.norm.slice(2) } : t));
  for (const m of trie.matchAll(bare, keys)) {
    if (bare[m.from] === tokens[m.from] || !kept(m)) continue;
    for (const category of m.refs) out.push({ category, from: m.from, to: m.to });
  }
  return out;
}

/** Whether a single word (folded) is in a category: for checks on one token. */
export function inCategory(category: Category, norm: string): boolean {
  return words(category).has(norm);
}

const sets = new Map<Category, Set<string>>();
function words(category: Category): Set<string> {
  let s = sets.get(category);
  if (!s) sets.set(category, (s = new Set(VOCAB[category].map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()))));
  return s;
}

let functionSets: ReadonlyArray<[Lang, Set<string>]> | null = null;
let scopedWords: Set<string> | null = null;

let functionWords: Set<string> | null = null;

/** A function word of any of the four languages (the stopword package's lists): "the", "und", "que", "les". */
export function isFunctionWord(norm: string): boolean {
  functionWords ??= new Set(Object.values(FUNCTION_WORDS).flat());
  return functionWords.has(norm);
}

/**
 * The language of each sentence, told by its function words (the stopword package's lists): the one with the most,
 * at least two and more than any other. On a tie, the words being decided ("mes" is French "my" and Spanish "month")
 * are left out of the count and it is told again ("El mes que viene ..." is Spanish). A sentence that still does not
 * say takes the post's language, when the post says; otherwise null.
 */
export function sentenceLanguages(tokens: readonly Token[], sentenceOf: Int32Array, sentences: number): Array<Lang | null> {
  functionSets ??= (Object.entries(FUNCTION_WORDS) as [Lang, readonly string[]][]).map(([lang, words]) => [lang, new Set(words)]);
  scopedWords ??= new Set(Object.values(ONLY_IN).flatMap((words) => Object.keys(words ?? {})));
  // Index `sentences` holds the whole post; the second array leaves the scoped words out.
  const all = Array.from({ length: sentences + 1 }, () => new Map<Lang, number>());
  const plain = Array.from({ length: sentences + 1 }, () => new Map<Lang, number>());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const scoped = scopedWords.has(t.norm);
    for (const [lang, set] of functionSets) {
      if (!set.has(t.norm)) continue;
      for (const k of [sentenceOf[i]!, sentences]) {
        all[k]!.set(lang, (all[k]!.get(lang) ?? 0) + 1);
        if (!scoped) plain[k]!.set(lang, (plain[k]!.get(lang) ?? 0) + 1);
      }
    }
  }
  const decide = (v: Map<Lang, number>): Lang | null => {
    const [best, second] = [...v].sort((a, b) => b[1] - a[1]);
    return best && best[1] >= 2 && (!second || best[1] > second[1]) ? best[0] : null;
  };
  const of = (k: number) => decide(all[k]!) ?? decide(plain[k]!);
  const post = of(sentences);
  return Array.from({ length: sentences }, (_, k) => of(k) ?? post);
}

/** The language of a whole post, told the way a sentence's is (null when its function words do not tell). */
export function postLanguage(tokens: readonly Token[]): Lang | null {
  return sentenceLanguages(tokens, new Int32Array(tokens.length), 1)[0] ?? null;
}

/**
 * Whether a category hit counts in its sentence's language: a word that is another language's function word ("die",
 * "son", "quelle", "nun"), or a first-person word ("war", "mes"), counts only in the languages it came from;
 * everything else counts everywhere, and so does every word of a sentence whose language is not known.
 */
export function countsIn(hit: CategoryHit, tokens: readonly Token[], language: Lang | null): boolean {
  if (language === null || hit.to !== hit.from + 1) return true;
  const only = ONLY_IN[hit.category]?.[tokens[hit.from]!.norm.replace(/'s$/, '').replace(ELIDED_ARTICLE, '')];
  return !only || only.includes(language);
}
