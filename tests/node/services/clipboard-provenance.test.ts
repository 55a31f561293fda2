import { describe, expect, it } from 'vitest';
import { ClipboardProvenance } from '../../../electron/main/services/warnings/clipboard-provenance';

const PERSONAL = 'personal';
const PRO = 'professional';
const COPIED = 'The patient in bed 4 was discharged against advice this morning';

/** Every string reachable from an object's own fields. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value as Record<string, unknown>).flatMap((v) => strings(v, seen));
}

/** Issue 12: the provenance kept the full copied text though its comment said only a hash and a short form. */
describe('clipboard provenance', () => {
  it('keeps only a hash and a short form of what was copied', () => {
    const provenance = new ClipboardProvenance();
    provenance.note(PRO, COPIED);
    const kept = strings(provenance);
    const words = COPIED.toLowerCase().split(' ').filter((w) => w.length >= 5);
    for (const s of kept) {
      expect(s.length === 64 || s.length <= 12 || s === PRO, s).toBe(true);
      for (const word of words.slice(1)) expect(s.includes(word), `${s} holds "${word}"`).toBe(false);
    }
  });

  it('still recognises the copied text inside a longer post, across spacing and case', () => {
    const provenance = new ClipboardProvenance();
    provenance.note(PRO, COPIED);
    expect(provenance.sourceFor(PERSONAL, `Wow.   ${COPIED.toUpperCase()}\n\nunbelievable`)).toBe(PRO);
    expect(provenance.sourceFor(PERSONAL, 'The patient in bed 4 was discharged with advice this morning')).toBeUndefined();
    expect(provenance.sourceFor(PRO, COPIED)).toBeUndefined();
  });

  it('forgets everything when Hatstand quits', () => {
    const provenance = new ClipboardProvenance();
    provenance.note(PRO, COPIED);
    provenance.forgetAll();
    expect(provenance.sourceFor(PERSONAL, COPIED)).toBeUndefined();
    expect(strings(provenance)).toEqual([]);
  });
});
