import type { Token } from '../text';
import { TokenTrie } from '../trie';
import { VOCAB, type VocabCategory } from './vocab.generated';

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

/** Every category match in the tokens, shortest and longest. */
export function categoryHits(tokens: readonly Token[], keys: readonly string[]): CategoryHit[] {
  trie ??= build();
  const out: CategoryHit[] = [];
  for (const m of trie.matchAll(tokens, keys)) for (const category of m.refs) out.push({ category, from: m.from, to: m.to });
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
