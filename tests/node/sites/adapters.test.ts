/** Adapter behaviour that fixtures do not show well: costs on hostile bodies, helpers. */
import { describe, expect, it } from 'vitest';
import { recognisePost } from '../../../shared/sites';
import { looksHtml } from '../../../shared/sites/adapters/teams';

const TEAMS_CHAT = 'https://teams.microsoft.com/api/chatsvc/emea/v1/users/ME/conversations/19%3Aab_cd%40unq.gbl.spaces/messages';

describe('Teams', () => {
  it('tells HTML from plain text in linear time (`<a ` repeated without a `>` took 104 s on 600 KB)', () => {
    expect(looksHtml('<p>hi</p>')).toBe(true);
    expect(looksHtml('a <b>bold</b> word')).toBe(true);
    expect(looksHtml('if a <b and c> d')).toBe(true); // as before: a tag name, then a `>` somewhere after
    expect(looksHtml('<a and no end')).toBe(false);
    expect(looksHtml('x < y')).toBe(false);
    const content = '<a '.repeat(200_000);
    const t0 = performance.now();
    const got = recognisePost({ method: 'POST', url: TEAMS_CHAT, headers: {}, body: JSON.stringify({ content }) });
    expect(got?.text).toBe(content);
    expect(performance.now() - t0).toBeLessThan(1000); // generous: milliseconds now
  });
});
