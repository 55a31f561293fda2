import { continuationKey, ELIDED_ARTICLE, tokenize, type Token } from './text';

/**
 * A trie over normalised tokens: each term is a path of token keys, so a text
 * is matched in one pass with one map lookup per token and step, however many
 * terms there are. Terms are literal: regex metacharacters are just tokens.
 */

interface Node<R> {
  next: Map<string, Node<R>> | undefined;
  refs: R[] | undefined;
}

export interface TrieMatch<R> {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  refs: readonly R[];
}

export type Inflection = 'plural' | 'possessive' | 'none';

const LETTERS = /^\p{L}+$/u;
const VOWEL = /[aeiou]/;

/** The extra forms of a term's last word: simple English plural and possessive. */
export function inflect(word: string, how: Inflection): string[] {
  if (how === 'none' || !LETTERS.test(word)) return [];
  const out = [`${word}'s`];
  if (how === 'plural' && word.length > 1) {
    if (/(s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`);
    else if (word.endsWith('y') && !VOWEL.test(word[word.length - 2]!)) out.push(`${word.slice(0, -1)}ies`);
    else out.push(`${word}s`);
    if (!word.endsWith('s')) out.push(`${word}s`);
  }
  return [...new Set(out)];
}

export class TokenTrie<R> {
  private readonly root: Node<R> = { next: undefined, refs: undefined };
  size = 0;

  /** Adds a term; returns false when it has nothing to match (no tokens). */
  add(term: string, ref: R, how: Inflection = 'plural'): boolean {
    const tokens = tokenize(term);
    if (tokens.length === 0) return false;
    const keys = tokens.map((_, i) => continuationKey(tokens, i));
    this.insert(keys, ref);
    const last = tokens[tokens.length - 1]!;
    if (last.kind === 'word') {
      const prefix = keys.slice(0, -1);
      const lastKey = keys[keys.length - 1]!;
      const glue = lastKey.startsWith('\u0001') ? '\u0001' : '';
      for (const form of inflect(last.norm, how)) this.insert([...prefix, glue + form], ref);
    }
    return true;
  }

  private insert(keys: readonly string[], ref: R): void {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: undefined, refs: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.refs ??= [];
    if (!node.refs.includes(ref)) {
      node.refs.push(ref);
      this.size++;
    }
  }

  /** Every match of every term, shortest and longest, in token order. */
  matchAll(tokens: readonly Token[], keys: readonly string[], options: { elided?: boolean } = {}): TrieMatch<R>[] {
    const out: TrieMatch<R>[] = [];
    const rootNext = this.root.next;
    if (!rootNext) return out;
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i]!.norm;
      // French glues its article to the name that follows ("l'ADEP", "d'Agence Méridien"): with `elided`, a name is
      // matched after it. (Not for words: "je l'associe" holds a pronoun, not "associé".)
      let node = rootNext.get(norm) ?? (options.elided && ELIDED_ARTICLE.test(norm) ? rootNext.get(norm.slice(2)) : undefined);
      let j = i;
      while (node) {
        if (node.refs) out.push({ from: i, to: j + 1, refs: node.refs });
        j++;
        if (j >= tokens.length || !node.next) break;
        node = node.next.get(keys[j]!);
      }
    }
    return out;
  }
}

/** Continuation keys for every token of a text (see continuationKey). */
export function keysOf(tokens: readonly Token[]): string[] {
  const keys = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) keys[i] = continuationKey(tokens, i);
  return keys;
}
