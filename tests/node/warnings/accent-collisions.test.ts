import { describe, expect, it } from 'vitest';
import { ACCENT_DISTINCT } from '../../../shared/warnings/understand/lexicon';
import { fold } from '../../../shared/warnings/understand/shapes';
import { VOCAB } from '../../../shared/warnings/understand/vocab.generated';
import { loadPosts } from '../../fixtures/corpus/v2/index';

// Matching folds accents away, so a vocabulary word matches every word spelt like it with other accents. Where those are
// other words ("hâte" is no "hate", "tôt" no "tot"), ACCENT_DISTINCT keeps them apart; where they are the same word
// written with or without its accents, or inflected, they may match. This test reads every word of the readable corpus
// and fails on a collision that is in neither list, so a new vocabulary word or a new post makes someone decide.

/** Corpus words that are the vocabulary word they collide with, spelt with accents or inflected. */
const SAME_WORD = new Set([
  'anträge', 'anwälte', 'bauanträge', 'bauanträgen', 'gehälter', 'plätze', 'päpste', 'wähl', 'wär', 'wäre', 'wären', 'fück',
  'basílica', 'celebración', 'exámenes', 'lesión', 'vomitó', 'viña',
  'bière', 'condamnés', 'déchire', 'décidé', 'déteste', 'fatigués', 'fêté', 'génie', 'incompétent', 'licenciés', 'ministère', 'nièce', 'piège', 'progrès',
  'séparés', 'cocaïne', 'grüß', 'perdío', 'betrüger', 'regaló',
  'préfère', 'recommandé', 'relevé', 'réorg', 'simplifié', 'stérilisation', 'supprimés', 'sédation', 'égaré', 'collé',
  'oublié',
]);

describe('vocabulary words and the corpus words that fold to them', () => {
  it('keeps every collision decided: another word (ACCENT_DISTINCT) or the same word (SAME_WORD)', () => {
    const spellings = new Map<string, Set<string>>();
    for (const split of ['dev', 'train', 'probes'] as const) {
      for (const post of loadPosts(split)) {
        for (const w of post.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []) {
          const f = fold(w);
          if (!spellings.has(f)) spellings.set(f, new Set());
          spellings.get(f)!.add(w);
        }
      }
    }
    const undecided: string[] = [];
    for (const [category, terms] of Object.entries(VOCAB)) {
      const own = new Set((terms as readonly string[]).map((t) => t.toLowerCase()));
      for (const term of terms as readonly string[]) {
        if (term.includes(' ')) continue;
        for (const w of spellings.get(fold(term)) ?? []) {
          if (own.has(w) || w === fold(w) || ACCENT_DISTINCT.has(w) || SAME_WORD.has(w)) continue;
          undecided.push(`${category}: "${term}" matches "${w}"`);
        }
      }
    }
    expect(undecided).toEqual([]);
  });
});
