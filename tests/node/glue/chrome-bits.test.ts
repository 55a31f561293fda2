import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { findRequestedIdentity, requestedIdentityName } from '../../../electron/main/cli';
import { identityIconPng } from '../../../electron/main/services/icons/identity-icon';
import { CHROME, identityWindowTitle, initialsOf, noticeBandHeight, siteViewBounds, textColorOn } from '../../../shared/domain/chrome-layout';
import { charLimitFor, visibleLength } from '../../../shared/domain/char-limits';
import { DEFAULT_IDENTITIES, type Identity } from '../../../shared/domain/identity';

describe('window chrome geometry and titles', () => {
  it('keeps the site view inside the frame, below the band, beside the sidebar and panel', () => {
    const b = siteViewBounds({ width: 1280, height: 800 });
    expect(b).toEqual({ x: CHROME.frame + CHROME.sidebar, y: CHROME.titleBand, width: 1280 - CHROME.frame * 2 - CHROME.sidebar, height: 800 - CHROME.titleBand - CHROME.statusBar });
    const withPanel = siteViewBounds({ width: 1280, height: 800 }, { panelOpen: true });
    expect(withPanel.width).toBe(b.width - CHROME.panel);
    expect(siteViewBounds({ width: 10, height: 10 }, { panelOpen: true })).toMatchObject({ width: 0, height: 0 });
  });
  it('starts the site view below the notice band, which never takes more than its share of the window', () => {
    const plain = siteViewBounds({ width: 1280, height: 800 });
    const noticed = siteViewBounds({ width: 1280, height: 800 }, { noticeBand: 57.2 });
    expect(noticed).toEqual({ ...plain, y: plain.y + 58, height: plain.height - 58 });
    const area = 800 - CHROME.titleBand - CHROME.statusBar;
    expect(noticeBandHeight(5000, 800)).toBe(Math.floor(area * CHROME.noticeShare));
    expect(siteViewBounds({ width: 1280, height: 800 }, { noticeBand: 5000 }).height).toBeGreaterThanOrEqual(area * (1 - CHROME.noticeShare));
    expect([noticeBandHeight(0, 800), noticeBandHeight(-3, 800), noticeBandHeight(Number.NaN, 800)]).toEqual([0, 0, 0]);
    // The renderer sizes its band with the same function, so main's answer to the renderer's height is that height.
    const h = noticeBandHeight(123.4, 600);
    expect(noticeBandHeight(h, 600)).toBe(h);
  });
  it('puts the identity in the OS window title', () => {
    expect(identityWindowTitle('Professional', 'x.com')).toBe('Hatstand: Professional, x.com');
    expect(identityWindowTitle('Personal', null)).toBe('Hatstand: Personal');
  });
  it('picks readable ink for each default colour, and the defaults differ clearly', () => {
    expect(DEFAULT_IDENTITIES.map((i) => textColorOn(i.color))).toEqual(['#ffffff', '#ffffff']);
    expect(textColorOn('#fde047')).toBe('#000000');
    const [a, b] = DEFAULT_IDENTITIES.map((i) => [1, 3, 5].map((k) => parseInt(i.color.slice(k, k + 2), 16)));
    const distance = Math.hypot(...a!.map((v, k) => v - b![k]!));
    expect(distance).toBeGreaterThan(200);
    expect(initialsOf('Professional')).toBe('PR');
    expect(initialsOf('Dr Ada Byrne')).toBe('DA');
  });
});

describe('per-identity icons', () => {
  it('is a valid PNG in the identity colour', () => {
    const png = identityIconPng({ color: '#1d4ed8', text: 'PR', size: 64 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(64);
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    const px = (x: number, y: number) => [...raw.subarray(y * (64 * 4 + 1) + 1 + x * 4, y * (64 * 4 + 1) + 1 + x * 4 + 4)];
    expect(px(10, 10)).toEqual([0x1d, 0x4e, 0xd8, 255]);
    expect(px(0, 0)[3]).toBe(0); // the rounded corner is transparent
    expect(px(17, 23)).toEqual([255, 255, 255, 255]); // the first stroke of the white "P"
  });
  it('differs between identities', () => {
    expect(identityIconPng({ color: '#c2410c', text: 'PE' }).equals(identityIconPng({ color: '#1d4ed8', text: 'PR' }))).toBe(false);
  });
});

describe('hatstand --identity', () => {
  const identities = [{ id: 'id-1', name: 'Personal' }, { id: 'id-2', name: 'Professional' }] as Identity[];
  it('reads both spellings and matches names case-insensitively', () => {
    expect(requestedIdentityName(['hatstand', '--identity', 'professional'])).toBe('professional');
    expect(requestedIdentityName(['hatstand', '--identity=Personal'])).toBe('Personal');
    expect(findRequestedIdentity(['x', '--identity', 'PROFESSIONAL'], identities)).toEqual({ found: identities[1] });
    expect(findRequestedIdentity(['x', '--identity', 'id-1'], identities)).toEqual({ found: identities[0] });
  });
  it('names the existing identities when the requested one is unknown', () => {
    expect(findRequestedIdentity(['x', '--identity', 'Work'], identities)).toEqual({ unknown: 'Work', known: ['Personal', 'Professional'] });
    expect(findRequestedIdentity(['x'], identities)).toBeNull();
  });
});

describe('character limits', () => {
  it('knows each site limit and counts what people see', () => {
    expect(charLimitFor('x.com').limit).toBe(280);
    expect(charLimitFor('bsky.app').limit).toBe(300);
    expect(charLimitFor('mastodon.social').limit).toBe(500);
    expect(visibleLength('👩‍👩‍👧 hi')).toBe(4);
  });
});
