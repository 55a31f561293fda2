import { describe, expect, it } from 'vitest';
import { classify } from '../../../shared/sites';

const post = (url: string, body: unknown) =>
  classify({ method: 'POST', url, headers: { 'content-type': 'application/json', origin: new URL(url).origin }, body: JSON.stringify(body) });

describe('heuristic after the review of round u2: a walk that runs out of nodes', () => {
  const words = 'Here is the summary of the incident review we held this morning with the whole on-call team.';
  // Five children at each of six levels: more nodes than the walk reads before it reaches `message`.
  const tree = (d: number): unknown => (d === 0 ? 1 : { n: Array.from({ length: 5 }, () => tree(d - 1)) });

  it('is undecided, not "not a post", when the words may lie past the budget', () => {
    const r = post('https://forum.example-climb.org/api/v1/channels/42/messages', { meta: tree(6), message: words });
    expect(r.type).toBe('undecided');
  });

  it('still finds words read before the budget runs out', () => {
    const r = post('https://forum.example-climb.org/api/v1/channels/42/messages', { message: words, meta: tree(6) });
    expect(r.type === 'post' ? r.post.text : r.type).toBe(words);
  });

  it('says "not a post" when everything was read and nothing is prose', () => {
    const r = post('https://forum.example-climb.org/api/v1/channels/42/messages', { meta: tree(3), flag: true });
    expect(r.type).toBe('not-post');
  });
});
