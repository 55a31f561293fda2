import { describe, expect, it } from 'vitest';
import { classify } from '../../../shared/sites';
import { mailText } from '../../../shared/sites/body';

const HEAD = 'From: a@example.com\r\nTo: b@example.org\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n';

describe('the MIME reader after the review of round m2', () => {
  // A quadratic trim of trailing whitespace took about a minute here (D1); linear, it is a few milliseconds.
  it('reads a part with a 200,000-space run inside it', () => {
    const spaces = ' '.repeat(200_000);
    expect(mailText(`${HEAD}A${spaces}B\r\n${spaces}`)).toEqual({ text: `A${spaces}B`, html: false });
  });

  it('reads a 200,000-space run through the Gmail API send', () => {
    const raw = Buffer.from(`${HEAD}A${' '.repeat(200_000)}B\r\n`).toString('base64url');
    const r = classify({ method: 'POST', url: 'https://gmail.googleapis.com/gmail/v1/users/me/messages/send', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ raw }) });
    expect(r.type === 'post' ? r.post.text?.slice(0, 1) : r).toBe('A');
  });
});

describe('Graph mail after the review of round m2', () => {
  it('is only on graph.microsoft.com, not on the Teams adapter’s other hosts (M4)', () => {
    const r = classify({ method: 'POST', url: 'https://outlook.webhook.office.com/users/x/messages/y/send', headers: {}, body: '' });
    expect(r.type === 'post' ? r.post.site : r.type).not.toBe('graph.microsoft.com');
  });
});
