import { describe, expect, it } from 'vitest';
import { classify, HEURISTIC_MAX_BODY } from '../../../shared/sites';
import { xmlAsBody } from '../../../shared/sites/heuristic';

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

describe('heuristic after the review of round u4: an XML tag left open', () => {
  // No time is measured: the tokenizer tried every split of the whitespace run (18 s for 250 KB, past the test's
  // timeout); with one whitespace character before the attributes' lazy run, the case ends after a linear scan.
  const spaces = ' '.repeat(250_000);

  it('is read to its end and left unread, not a post', () => {
    const body = `<a${spaces}`;
    expect(xmlAsBody({ type: 'text', text: body })).toEqual({ type: 'text', text: body });
    expect(send('https://forum.example.org/api/notes', body, 'text/xml').type).toBe('not-post');
  });

  it('still reads a tag whose attributes follow a long run of whitespace', () => {
    const body = `<note${spaces}lang="en"><text>Short words</text></note>`;
    expect(xmlAsBody({ type: 'text', text: body })).toEqual({ type: 'json', value: { methodname: 'note', note: { text: 'Short words', lang: 'en' } } });
  });
});
