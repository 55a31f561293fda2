import { describe, expect, it } from 'vitest';
import { compromiseVader, evaluate, type LanguageTools, type ProfileInput } from '../../../shared/warnings';
import { tokenize } from '../../../shared/warnings/text';

/*
 * Long posts: a pasted transcript or a list can be one sentence of hundreds of
 * words with no full stop. The name tagger's time grows faster than its input,
 * so such a sentence is read in overlapping pieces; these tests hold that a
 * piece stays short, and that a name cut by a piece's end still comes out
 * whole, once. (The time itself is measured by `npm run bench`, not here.)
 */
const profile: ProfileInput = { identities: [{ id: 'me', name: 'Me', role: 'personal' }] };

/** A tagger that finds "amelia hartmann" (or the part of it a piece holds) and notes how many words each piece had. */
function recordingTagger(): LanguageTools & { pieces: number[] } {
  const pieces: number[] = [];
  return {
    ...compromiseVader,
    pieces,
    people(text: string) {
      pieces.push(text.split(/\s+/).filter(Boolean).length);
      return [...text.matchAll(/\bamelia(?: hartmann)?\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    },
  };
}

const refSpans = (text: string, tools: LanguageTools) => {
  let spans: Array<{ from: number; to: number }> = [];
  evaluate({ text, identityId: 'me' }, profile, { model: null, tools, onFeatures: (f) => (spans = f.get('ref.any') ?? []) });
  return spans.map((s) => `${s.from}-${s.to}`);
};

describe('a long sentence with no full stop', () => {
  // 79 words, then the name across the first piece's end (tokens 79 and 80), then more words and an insult, so the
  // sentence is one the rules read names in.
  const before = Array.from({ length: 79 }, (_, i) => ['we', 'walked', 'on', 'and'][i % 4]).join(' ');
  const after = Array.from({ length: 150 }, (_, i) => ['then', 'they', 'talked', 'again'][i % 4]).join(' ');
  const text = `${before} amelia hartmann ${after} and she is a clown`;

  it('is given to the tagger in pieces of at most 80 words', () => {
    const tools = recordingTagger();
    refSpans(text, tools);
    expect(tokenize(text).length).toBeGreaterThan(230);
    expect(tools.pieces.length).toBeGreaterThan(2);
    expect(Math.max(...tools.pieces)).toBeLessThanOrEqual(80);
  });

  it('finds a name cut by a piece whole, and once', () => {
    const spans = refSpans(text, recordingTagger());
    expect(spans).toContain('79-81');
    expect(spans).not.toContain('79-80');
    expect(spans.filter((s) => s === '79-81')).toHaveLength(1);
  });

  it('reads a short sentence in one piece, as before', () => {
    const tools = recordingTagger();
    expect(refSpans('honestly amelia hartmann is a clown', tools)).toContain('1-3');
    expect(tools.pieces).toEqual([6]);
  });
});
