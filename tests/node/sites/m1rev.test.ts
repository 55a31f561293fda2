import { describe, expect, it } from 'vitest';
import { bodyNeed, classify } from '../../../shared/sites';

const W = 'Hi Anna, thanks for the notes, I will bring the signed contract to Thursday afternoon meeting.';
const json = { 'content-type': 'application/json' };

describe('saved-sends after the review of round m1: options the heuristic honours', () => {
  it('reads words in the query string, as the heuristic does, instead of holding them as saved (A3)', () => {
    const r = classify({ method: 'POST', url: `https://app.example.com/api/drafts/55/send?message=${encodeURIComponent(W)}`, headers: {} });
    expect(r.type === 'post' ? r.post.text : r).toBe(W);
  });

  it("leaves words under 40 characters to the heuristic when the caller's minimum is lower (A3)", () => {
    const note = 'See you on Thursday at noon, Anna';
    const request = { method: 'POST', url: 'https://app.example.com/api/drafts/55/send', headers: json, body: JSON.stringify({ message: note }) };
    const r = classify(request, { minFreeTextLength: 20 });
    expect(r.type === 'post' ? r.post.text : r).toBe(note);
  });

  it('is switched off with the heuristic, for every host or for one (A6)', () => {
    const request = { method: 'POST', url: 'https://us1.api.mailchimp.com/3.0/campaigns/abc/actions/send', headers: json, body: '' };
    expect(classify(request).type).toBe('post');
    expect(classify(request, { heuristic: false })).toEqual({ type: 'not-post' });
    expect(classify(request, { heuristic: (host) => host !== 'us1.api.mailchimp.com' })).toEqual({ type: 'not-post' });
    expect(bodyNeed(request, { heuristic: false })).toEqual({ need: 'none' });
  });
});

describe('saved-sends after the review of round m1: a campaign that is mail', () => {
  it('still holds a campaign scheduled with no words where only the body says mail (subject, sender)', () => {
    const body = JSON.stringify({ subject: 'Winter sale', from_email: 'news@ads.example.com', status: 'scheduled' });
    const r = classify({ method: 'PATCH', url: 'https://ads.example.com/api/campaigns/77', headers: json, body });
    expect(r.type === 'post' ? [r.post.adapter, r.post.text] : r).toEqual(['saved-sends', null]);
  });
});
