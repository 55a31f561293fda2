import type { ProfileDraft } from './profile';
import { tokenize, type Token } from './text';

/**
 * Similarity to other identities' drafts and posts: word 3-shingles, hashed,
 * in an inverted index (shingle -> drafts). A text is compared with every
 * draft in time proportional to the shingles they share, and the overlap is
 * exact (no MinHash estimate needed at the sizes of a person's drafts).
 */

const K = 3;
/** Shorter texts share 3-word phrases by chance too often to judge. */
export const MIN_SHINGLES = 4;
export const MIN_JACCARD = 0.5;
/** Share of the text's shingles found in one draft (text pasted from a longer draft). */
export const MIN_CONTAINMENT = 0.7;

function hash(s: string): number {
  // FNV-1a, 32 bit.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(tokens: readonly Token[]): Set<number> {
  const words: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct') words.push(t.norm);
  const out = new Set<number>();
  for (let i = 0; i + K <= words.length; i++) out.add(hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
  return out;
}

export interface DraftIndex {
  drafts: ProfileDraft[];
  sizes: number[];
  postings: Map<number, number[]>;
}

export function indexDrafts(drafts: readonly ProfileDraft[]): DraftIndex {
  const postings = new Map<number, number[]>();
  const sizes: number[] = [];
  drafts.forEach((d, i) => {
    const set = shingles(tokenize(d.text));
    sizes.push(set.size);
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  return { drafts: [...drafts], sizes, postings };
}

export interface SimilarDraft {
  draft: ProfileDraft;
  /** Jaccard similarity of the shingle sets, 0..1. */
  jaccard: number;
  /** Share of the text's shingles that are in the draft, 0..1. */
  containment: number;
}

/** Drafts of other identities the text closely matches, best first. */
export function findSimilar(index: DraftIndex, tokens: readonly Token[], actingId: string): SimilarDraft[] {
  if (index.drafts.length === 0) return [];
  const mine = shingles(tokens);
  if (mine.size < MIN_SHINGLES) return [];
  const shared = new Map<number, number>();
  for (const h of mine) {
    const list = index.postings.get(h);
    if (!list) continue;
    for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  const out: SimilarDraft[] = [];
  for (const [i, inter] of shared) {
    const draft = index.drafts[i]!;
    if (draft.identityId === actingId) continue;
    const jaccard = inter / (mine.size + index.sizes[i]! - inter);
    const containment = inter / mine.size;
    if (jaccard >= MIN_JACCARD || (containment >= MIN_CONTAINMENT && inter >= MIN_SHINGLES)) {
      out.push({ draft, jaccard, containment });
    }
  }
  return out.sort((a, b) => b.jaccard - a.jaccard || b.containment - a.containment);
}
