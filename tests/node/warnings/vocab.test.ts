import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVocab, OUTPUT, renderVocab } from '../../../scripts/vocab/build';
import { VOCAB } from '../../../shared/warnings/understand/vocab.generated';

describe('category vocabularies (scripts/vocab/build.ts)', () => {
  it('the committed file is what the build makes from WordNet and the seeds', async () => {
    const built = renderVocab(await buildVocab());
    expect(readFileSync(OUTPUT, 'utf8') === built, 'run `npx tsx scripts/vocab/build.ts` and commit the result').toBe(true);
  }, 120_000);

  it('derives categories from WordNet hyponyms, not from hand lists', () => {
    // None of these is in seeds.ts: they come from WordNet's trees under illness, alcohol, politician, religion, merger ...
    for (const w of ['pneumonia', 'appendectomy', 'tonsillitis']) expect(VOCAB.health, w).toContain(w);
    for (const w of ['anisette', 'amaretto', 'applejack']) expect(VOCAB.alcohol, w).toContain(w);
    for (const w of ['congressman', 'state senator']) expect(VOCAB.politics, w).toContain(w);
    for (const w of ['synagogue', 'imam', 'buddhism']) expect(VOCAB.religion, w).toContain(w);
    for (const w of ['amalgamation', 'leveraged buyout']) expect(VOCAB.businessEvent, w).toContain(w);
    for (const w of ['nitwit', 'dunderhead', 'lunkhead']) expect(VOCAB.insultNoun, w).toContain(w);
  });

  it('keeps everyday senses out ("party", "minister" as clergy, "will", "date", "coke")', () => {
    expect(VOCAB.politics).not.toContain('party');
    expect(VOCAB.religion).not.toContain('minister');
    expect(VOCAB.legal).not.toContain('will');
    expect(VOCAB.partner).not.toContain('date');
    expect(VOCAB.drugs).not.toContain('coke');
    expect(VOCAB.health).not.toContain('cold');
  });

  it('inflects lemmas with compromise and its Spanish, German and French packs', () => {
    for (const w of ['vote', 'votes', 'voted', 'voting', 'votaron', 'votamos', 'gewählt', 'wählte', 'voté', 'votons']) expect(VOCAB.politics, w).toContain(w);
    for (const w of ['diagnosed', 'diagnosing', 'diagnosticado', 'diagnostiqué']) expect(VOCAB.health, w).toContain(w);
    expect(VOCAB.health).toContain('migraines');
  });
});
