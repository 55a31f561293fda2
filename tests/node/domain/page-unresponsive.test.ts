import { describe, expect, it } from 'vitest';
import { pageNotRespondingMessage } from '../../../shared/domain/page-unresponsive';

describe('the sentence for a site page that stopped answering', () => {
  it('names the site the person sees frozen, in one sentence', () => {
    expect(pageNotRespondingMessage('https://x.com/home?token=abc')).toBe('x.com is not responding.');
    expect(pageNotRespondingMessage('https://mastodon.social:8443/@ada')).toBe('mastodon.social:8443 is not responding.');
  });

  it('says "The page" when there is no address to name', () => {
    expect(pageNotRespondingMessage('')).toBe('The page is not responding.');
  });
});
