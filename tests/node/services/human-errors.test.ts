import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundedSentence, firstIssueSentence, humanIssue, MAX_MESSAGE_LENGTH, pageErrorSentence, payloadProblem } from '../../../shared/ipc/human-errors';

/** Issue 12: error messages could be 88,907 characters of zod's developer text. */
describe('errors a person sees', () => {
  it('are one line of at most 300 characters that keeps the sentence saying what to do', () => {
    const long = `The Hatstand database at /home/${'very-long-folder/'.repeat(30)}hatstand.db is damaged (Tree 11 page 146: btreeInitPage() returns error code 11).\nIt was kept as it is: move it aside or restore a backup, then start Hatstand again.`;
    const bounded = boundedSentence(long);
    expect(bounded.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(bounded).not.toMatch(/\n/);
    expect(bounded.endsWith('move it aside or restore a backup, then start Hatstand again.')).toBe(true);
    expect(boundedSentence('x'.repeat(100_000)).length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(boundedSentence('Short and clear; do this.')).toBe('Short and clear; do this.');
  });

  it('never show Electron\'s own text of a call to main that failed, and keep main\'s sentences', () => {
    expect(pageErrorSentence("Error invoking remote method 'drafts:save': reply was never sent")).toBe('Hatstand did not answer this request; reload the window and try again.');
    expect(pageErrorSentence("Error invoking remote method 'x': Error: No handler registered for 'x'")).toBe('Hatstand did not answer this request; reload the window and try again.');
    expect(pageErrorSentence('An object could not be cloned.')).toBe('This window could not send that request to Hatstand; reload the window and try again, and restart Hatstand if it happens again.');
    expect(pageErrorSentence('The disk is full; free some space and try again.')).toBe('The disk is full; free some space and try again.');
  });

  it('turn zod\u2019s issues into sentences, and keep the ones our schemas wrote', () => {
    const schema = z.object({ name: z.string().min(1, 'Give the identity a name.'), count: z.number().max(5), tags: z.array(z.string()).max(2) }).strict();
    const say = (value: unknown) => {
      const r = schema.safeParse(value, { error: humanIssue });
      return r.success ? 'ok' : firstIssueSentence(r.error);
    };
    expect(say({ name: '', count: 1, tags: [] })).toBe('Give the identity a name.');
    expect(say({ name: 'a', count: 'x', tags: [] })).toBe('The count has the wrong kind of value, so nothing was changed; reload the window and try again.');
    expect(say({ name: 'a', count: 9, tags: [] })).toBe('The count must be 5 or less; change it and try again.');
    expect(say({ name: 'a', count: 1, tags: ['a', 'b', 'c'] })).toBe('There are too many entries in the tags; keep at most 2 and try again.');
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]));
    const unknownKeys = say({ name: 'a', count: 1, tags: [], ...junk });
    expect(unknownKeys).toBe('The request carried fields Hatstand does not know, so nothing was changed; reload the window and try again.');
  });

  it('refuse a payload too large or too deep before any schema reads it', () => {
    expect(payloadProblem({ a: 'x'.repeat(6_000_000) })).toMatch(/larger than anything Hatstand accepts/);
    expect(payloadProblem(Array.from({ length: 30_000 }, () => 1))).toMatch(/larger/);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(payloadProblem(deep)).toMatch(/nested deeper/);
    expect(payloadProblem({ identityId: 'x', text: 'hello' })).toBeNull();
  });
});
