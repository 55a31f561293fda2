import { describe, expect, it } from 'vitest';
import { classify, HEURISTIC_MAX_BODY } from '../../../shared/sites';

const send = (url: string, body: string, contentType = 'application/json') =>
  classify({ method: 'POST', url, headers: { 'content-type': contentType, origin: new URL(url).origin, referer: `${new URL(url).origin}/` }, body });

describe('heuristic after the review of round u4: a sync path', () => {
  it('is "not a post", never undecided, when its body is larger than the heuristic reads', () => {
    const state = JSON.stringify({ state: 'x'.repeat(HEURISTIC_MAX_BODY + 10) });
    expect(send('https://app.example-notes.com/api/v1/sync', state).type).toBe('not-post');
  });

  it('leaves the same body on another path undecided', () => {
    const state = JSON.stringify({ state: 'x'.repeat(HEURISTIC_MAX_BODY + 10) });
    expect(send('https://app.example-notes.com/api/v1/notes', state).type).toBe('undecided');
  });
});
