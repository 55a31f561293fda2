import { describe, expect, it } from 'vitest';
import { redactDeep, redactText, redactUrl } from '../../../shared/domain/redact';

/** Addresses keep no secrets where secrets never go (the activity log, the console, our pages). */
describe('redactUrl', () => {
  it.each([
    ['an OAuth callback', 'https://app.example/callback?code=4/0AeaYSHB-SECRET&state=xyz123', 'https://app.example/callback?code=…&state=…'],
    ['an implicit grant', 'https://app.example/cb#access_token=SECRETSECRET&token_type=bearer', 'https://app.example/cb#…'],
    ['a presigned download', 'https://bucket.s3.amazonaws.com/r/report.pdf?X-Amz-Credential=AKIA&X-Amz-Signature=SECRET', 'https://bucket.s3.amazonaws.com/r/report.pdf?X-Amz-Credential=…&X-Amz-Signature=…'],
    ['a proxy with its password', 'http://ada:SECRET@127.0.0.1:8080/', 'http://…@127.0.0.1:8080/'],
    ['a reset token in the path', 'https://www.linkedin.com/checkpoint/rp/password-reset/AQGk7x9SECRETq2Lm4Np8Rt', 'https://www.linkedin.com/checkpoint/rp/password-reset/…'],
    ['a web socket', 'wss://edge-chat.facebook.com/chat?region=prn&sid=SECRET', 'wss://edge-chat.facebook.com/chat?region=…&sid=…'],
    ['a data address', 'data:image/png;base64,iVBORw0KGgoSECRET', 'data:image/png…'],
    ['an invite by UUID', 'https://app.example/invite/3f1c2b9e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', 'https://app.example/invite/…'],
    ['a short hex token', 'https://app.example/join/4f3a9c2b1d7e8f60', 'https://app.example/join/…'],
    ['a servlet session', 'https://intranet.example/app;jsessionid=A1B2C3SECRET/home', 'https://intranet.example/app;…/home'],
    ['a bare query token', 'https://app.example/magic?Zm9vYmFyYmF6SECRET', 'https://app.example/magic?…'],
    ['an app\u2019s callback', 'myapp://cb?state=1#access_token=SECRET', 'myapp://cb?state=…#…'],
    ['a meeting link', 'zoommtg://zoom.us/join?confno=851&pwd=SECRET', 'zoommtg://zoom.us/join?confno=…&pwd=…'],
    ['a file server', 'sftp://alice:SECRET@files.example/home', 'sftp://…@files.example/home'],
    ['a database', 'postgres://app:SECRET@db.example:5432/prod', 'postgres://…@db.example:5432/prod'],
    ['a repository token', 'git+https://x-access-token:ghs_SECRET@github.com/org/repo.git', 'git+https://…@github.com/org/repo.git'],
    ['a calendar feed', 'webcal://calendar.example/feed/4f3a9c2b1d7e8f60SECRE7/basic.ics', 'webcal://calendar.example/feed/…/basic.ics'],
  ])('%s', (_what, address, kept) => {
    expect(redactUrl(address)).toBe(kept);
    expect(redactUrl(address)).not.toContain('SECRET');
  });

  it('keeps what says where an address leads: slugs, handles, numeric ids', () => {
    for (const address of [
      'https://mastodon.social/@ada/113456789012345678',
      'https://www.linkedin.com/pulse/our-quarterly-update-for-2026-ada-lovelace',
      'https://bsky.app/profile/ada.bsky.social/post/3kabc2xyz7q2d',
      'https://x.com/home',
    ]) {
      expect(redactUrl(address)).toBe(address);
    }
  });

  it('leaves a text that is not a web address as it is', () => {
    expect(redactUrl('not an address')).toBe('not an address');
    expect(redactUrl('app://hatstand/index.html?view=log')).toBe('app://hatstand/index.html?view=log');
  });
});

describe('redactText and redactDeep', () => {
  it('redact every address in a sentence, keeping its punctuation, and an Authorization value', () => {
    expect(redactText("ERR_CERT_DATE_INVALID (-201) loading 'https://app.example/cb?code=SECRET'.")).toBe("ERR_CERT_DATE_INVALID (-201) loading 'https://app.example/cb?code=…'.");
    expect(redactText('Opened https://a.example/x?t=SECRET, then https://b.example/.')).toBe('Opened https://a.example/x?t=…, then https://b.example/.');
    expect(redactText('Authorization: Bearer eyJhbGciOiJIUzI1NiSECRET.payload.sig')).toBe('Authorization: Bearer …');
    expect(redactText('Authorization: Bearer eyJhbGciOiSECRET.payload.sig')).toBe('Authorization: Bearer …');
    expect(redactText('Bearer abcdefghijklmnopqrstuvwxyzSECRET')).toBe('Bearer …');
    expect(redactText('Authorization: Basic dXNlcjpwYXNzSECRET')).toBe('Authorization: Basic …');
    expect(redactText('sent with Basic dXNlcjpw4XNz')).toBe('sent with Basic …');
    expect(redactText('Opened myapp://cb#access_token=SECRET in the browser')).toBe('Opened myapp://cb#… in the browser');
    expect(redactText('Basic settings changed')).toBe('Basic settings changed');
  });

  it('redact the strings of a details object, keeping its shape', () => {
    expect(redactDeep({ url: 'https://a.example/?k=SECRET', tries: 2, hosts: ['https://b.example/#SECRET'], nested: { ok: true } })).toEqual({
      url: 'https://a.example/?k=…',
      tries: 2,
      hosts: ['https://b.example/#…'],
      nested: { ok: true },
    });
  });
});
