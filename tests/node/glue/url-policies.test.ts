import { describe, expect, it } from 'vitest';
import { decideChromeNavigation, decideSiteNavigation } from '../../../electron/main/security/navigation-policy';
import { decideWindowOpen, externalLinkQuestion } from '../../../electron/main/security/window-open-policy';
import { decidePermission, permissionKey, refusalToTell } from '../../../electron/main/security/permission-policy';
import { ASKABLE_PERMISSIONS } from '../../../shared/domain/permissions';
import { PERMISSIONS } from '../../../shared/ipc/contract';
import { siteOf } from '../../../electron/main/security/url-policy';

const PAGE = 'app://hatstand/index.html';

describe('navigation of our own pages', () => {
  it('allows only the same bundled document (a reload with another view query)', () => {
    expect(decideChromeNavigation(`${PAGE}?view=identity&identityId=x`, PAGE)).toBe('allow');
  });
  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'file:///opt/hatstand/resources/app.asar/out/renderer/index.html',
    'app://hatstand/other.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(decideChromeNavigation(url, PAGE)).toBe('deny');
  });
});

describe('navigation of site views', () => {
  it.each(['https://x.com/home', 'http://t.co/abc', 'https://mastodon.social/@ada'])('allows web page %s', (url) => {
    expect(decideSiteNavigation(url)).toBe('allow');
  });
  it.each(['file:///home/me/.ssh/id_rsa', 'javascript:1', 'data:text/html,hi', 'chrome://settings', 'ms-settings:privacy', 'zoommtg://x'])(
    'refuses %s',
    (url) => {
      expect(decideSiteNavigation(url)).toBe('deny');
    },
  );
});

describe('window.open from a site (PITFALLS 4 and 5)', () => {
  it('keeps same-site popups in the identity (new tab on the same site)', () => {
    expect(decideWindowOpen('https://x.com/compose/post', 'https://x.com/home')).toEqual({ action: 'child-window' });
    expect(decideWindowOpen('https://www.linkedin.com/messaging', 'https://linkedin.com/feed')).toEqual({ action: 'child-window' });
  });
  it('keeps OAuth and sign-in popups in the identity even across sites', () => {
    expect(decideWindowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', 'https://bsky.app/')).toEqual({
      action: 'child-window',
    });
    expect(decideWindowOpen('https://appleid.apple.com/auth/authorize?x=1', 'https://mastodon.social/')).toEqual({
      action: 'child-window',
    });
  });
  it('asks before any other link leaves for the OS browser', () => {
    expect(decideWindowOpen('https://news.example.org/story', 'https://x.com/home')).toEqual({
      action: 'ask-external',
      url: 'https://news.example.org/story',
    });
  });
  it('is not fooled by look-alike hosts (no startsWith)', () => {
    expect(decideWindowOpen('https://x.com.evil.example/login', 'https://x.com/home').action).toBe('ask-external');
    expect(decideWindowOpen('https://accounts.google.com.evil.example/oauth', 'https://x.com/').action).toBe('ask-external');
  });
  it('refuses non-web schemes and embedded credentials', () => {
    expect(decideWindowOpen('file:///etc/passwd', 'https://x.com/').action).toBe('deny');
    expect(decideWindowOpen('javascript:alert(1)', 'https://x.com/').action).toBe('deny');
    expect(decideWindowOpen('https://user:pw@x.com/', 'https://x.com/').action).toBe('deny');
  });
  it('names the identity in the question before a link leaves', () => {
    const q = externalLinkQuestion('Professional', 'https://news.example.org/story');
    expect(q.message).toContain('news.example.org');
    expect(q.detail).toContain('Professional');
  });
  it('tells sites apart by registrable domain', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('mastodon.social')).toBe('mastodon.social');
    expect(siteOf('a.b.x.com')).toBe('x.com');
  });
});

describe('permissions', () => {
  const grants = new Set([permissionKey('https://meet.example.com', 'media')]);
  it('denies by default', () => {
    expect(decidePermission('media', 'https://x.com/', new Set())).toBe(false);
    expect(decidePermission('notifications', 'https://x.com/', grants)).toBe(false);
    expect(decidePermission('geolocation', 'https://meet.example.com/', grants)).toBe(false);
  });
  it('allows what the user allowed for this origin only', () => {
    expect(decidePermission('media', 'https://meet.example.com/room/1', grants)).toBe(true);
    expect(decidePermission('media', 'https://evil.example.com/', grants)).toBe(false);
    expect(decidePermission('media', 'http://meet.example.com/', grants)).toBe(false);
  });
  it('never allows Electron to open other apps on its own, whatever was stored (Hatstand asks about each such link)', () => {
    const stored = new Set([permissionKey('https://meet.example.com', 'openExternal')]);
    expect(decidePermission('openExternal', 'https://meet.example.com/', stored)).toBe(false);
    expect(Object.keys(ASKABLE_PERMISSIONS)).not.toContain('openExternal');
    expect(PERMISSIONS).not.toContain('openExternal');
    expect(refusalToTell('openExternal', 'https://meet.example.com/', true)).toBeNull();
  });
});
