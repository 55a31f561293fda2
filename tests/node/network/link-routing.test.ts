import { describe, expect, it } from 'vitest';
import { decideLink, linkDomain, withAlways, type LinkIdentity } from '../../../shared/domain/link-routing';

const personal: LinkIdentity = { id: 'p', name: 'Personal', siteUrls: ['https://mastodon.social/home', 'https://bsky.app/', 'https://www.facebook.com/'] };
const professional: LinkIdentity = { id: 'w', name: 'Professional', siteUrls: ['https://www.linkedin.com/feed/', 'https://x.com/home', 'https://bsky.app/'] };
const identities = [personal, professional];

describe('links open as the identity that owns the site', () => {
  it("a link to another identity's site asks, naming both identities", () => {
    expect(decideLink({ url: 'https://de.linkedin.com/in/ada', from: personal, identities, always: {} })).toEqual({
      action: 'ask',
      domain: 'linkedin.com',
      owner: { id: 'w', name: 'Professional' },
      question: 'Open linkedin.com as Professional, or here as Personal?',
    });
  });

  it("its own sites, shared sites and nobody's sites open here", () => {
    expect(decideLink({ url: 'https://m.facebook.com/x', from: personal, identities, always: {} })).toMatchObject({ action: 'here', reason: 'own-site' });
    expect(decideLink({ url: 'https://bsky.app/profile/ada', from: personal, identities, always: {} })).toMatchObject({ action: 'here', reason: 'own-site' });
    expect(decideLink({ url: 'https://example.org/', from: personal, identities, always: {} })).toMatchObject({ action: 'here', reason: 'nobody-owns' });
    expect(decideLink({ url: 'mailto:a@b', from: personal, identities, always: {} })).toMatchObject({ action: 'here', reason: 'not-web' });
  });

  it('an "always" answer is per domain: once as the owner, once here', () => {
    const always = withAlways({}, 'linkedin.com', 'owner');
    expect(decideLink({ url: 'https://www.linkedin.com/', from: personal, identities, always })).toEqual({
      action: 'open-as',
      domain: 'linkedin.com',
      owner: { id: 'w', name: 'Professional' },
    });
    expect(decideLink({ url: 'https://x.com/', from: personal, identities, always })).toMatchObject({ action: 'ask', domain: 'x.com' });
    expect(decideLink({ url: 'https://x.com/', from: personal, identities, always: withAlways(always, 'x.com', 'here') })).toMatchObject({ action: 'here', reason: 'always-here' });
    expect(withAlways(always, 'linkedin.com', null)).toEqual({});
  });

  it('domains come from the Public Suffix List, never from string prefixes', () => {
    expect(linkDomain('https://www.linkedin.com.evil.example/')).toBe('evil.example');
    expect(linkDomain('https://foo.github.io/')).toBe('foo.github.io');
    expect(linkDomain('https://a.b.co.uk/')).toBe('b.co.uk');
    expect(linkDomain('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
    expect(linkDomain('javascript:alert(1)')).toBeNull();
  });
});
