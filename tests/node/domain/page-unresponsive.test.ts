import { describe, expect, it } from 'vitest';
import { pageNotRespondingMessage, popupNotRespondingMessage } from '../../../shared/domain/page-unresponsive';

describe('the sentence for a site page that stopped answering', () => {
  it('names the site the person sees frozen, in one sentence', () => {
    expect(pageNotRespondingMessage('https://x.com/home?token=abc')).toBe('x.com is not responding.');
    expect(pageNotRespondingMessage('https://mastodon.social:8443/@ada')).toBe('mastodon.social:8443 is not responding.');
  });

  it('says "The page" when there is no address to name', () => {
    expect(pageNotRespondingMessage('')).toBe('The page is not responding.');
  });
});

describe("the sentence for a popup's page that stopped answering", () => {
  it('names the site and the identity whose pop-up it is, in one sentence', () => {
    expect(popupNotRespondingMessage('https://accounts.x.com/login?code=secret', 'Professional')).toBe("accounts.x.com is not responding in Professional's pop-up window.");
    expect(popupNotRespondingMessage('about:blank', 'Personal')).toBe("The page is not responding in Personal's pop-up window.");
  });
});
