/**
 * A link routed to another identity, or opened "here" after the question, keeps the sandbox of the frame it came from
 * when Hatstand knows it (the HTML spec: a sandboxed frame's new windows inherit its sandbox unless
 * allow-popups-to-escape-sandbox): a link that leaves a page we made with a sandboxed frame's flags takes them along.
 * The window-open handler must decide before Electron says anything about the opening frame's sandbox, and a link it
 * refuses never learns it (tests/support/electron/web-contents.ts, the header); nor does anyone tell the sandbox
 * Chromium gave a window.open popup. Such links open as they did before sandboxes were kept, with a site's usual
 * rights: without scripts, nearly every routed link (a target=_blank one from an ordinary frame) would not work.
 */
import { describe, expect, it } from 'vitest';
import type { FakeWebContentsView } from '../../support/electron';
import { partitionFor } from '../../../electron/main/session/partition';
import { closeWindow, identityWin, professionalOnX } from './support/windows';
import { networkWorld, sentTo } from './support/network';

/** allow-scripts allow-popups, without allow-popups-to-escape-sandbox: what Chromium reports for such a frame (any non-zero set will do). */
const SANDBOXED = 0x3ff;
const HARDENED = { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true };

const visible = (views: FakeWebContentsView[]) => views.filter((v) => v.getVisible());

async function personalOnMastodon() {
  const n = networkWorld();
  const { personal, professional } = n.w;
  n.w.windows.openIdentity(personal.id);
  const win = identityWin(n.w, personal.id);
  const page = win.siteViews()[0]!.webContents;
  await expect.poll(() => page.loads.length).toBe(1);
  page.finishLoad('Mastodon');
  return { n, personal, professional, win, page };
}

describe('a link to another identity\u2019s site whose opener\u2019s sandbox Electron does not say', () => {
  it('target=_blank answered "here": opens in this identity\u2019s link page with scripts allowed, and nothing is said', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    expect(page.windowOpen('https://www.linkedin.com/in/ada', { disposition: 'foreground-tab' }).outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'here', false);
    const link = visible(win.siteViews())[0]!;
    expect(link.webContents).not.toBe(page);
    expect(link.webContents.session.partition).toBe(partitionFor(personal.id));
    expect(link.webPreferences).toMatchObject(HARDENED);
    expect(link.webPreferences).not.toHaveProperty('javascript');
    expect(link.webPreferences).not.toHaveProperty('openerSandboxFlags');
    expect(link.webContents.sandboxFlags).toBe(0);
    await expect.poll(() => link.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    expect(sentTo(win, 'guard:notice')).toEqual([]);
  });

  it('modifier-clicked in a sandboxed frame and answered "as Professional": opens in Professional\u2019s LinkedIn page as before, the frame\u2019s sandbox never having reached us', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    n.w.windows.openIdentity(professional.id);
    const proWin = identityWin(n.w, professional.id);
    const linkedIn = proWin.siteViews()[0]!.webContents;
    await expect.poll(() => linkedIn.loads.length).toBe(1);
    linkedIn.finishLoad('LinkedIn');

    // (Refused before Electron could say which sandbox the frame had: its flags never reached us.)
    expect(page.openFromLink('https://www.linkedin.com/in/ada', { disposition: 'foreground-tab', sandboxFlags: SANDBOXED }).outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const shown = visible(proWin.siteViews());
    expect(shown.map((v) => v.webContents)).toEqual([linkedIn]);
    await expect.poll(() => linkedIn.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/ada']);
    expect(sentTo(proWin, 'guard:notice')).toEqual([]);
  });

  it('followed in a window.open popup Chromium sandboxed unsaid and answered "as Professional": opens in Professional\u2019s LinkedIn page as before', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    const popup = page.windowOpen('https://mastodon.social/share', { features: 'width=500,height=600', sandboxFlags: SANDBOXED });
    expect(popup.outcome).toBe('app-window');
    const guest = popup.guest!;
    expect(guest.sandboxFlags).toBe(SANDBOXED);
    expect(guest.pageNavigates('https://www.linkedin.com/in/ada')).toBe(false);
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const proWin = identityWin(n.w, professional.id);
    const shown = visible(proWin.siteViews())[0]!;
    expect(shown.webPreferences).not.toHaveProperty('javascript');
    expect(shown.webPreferences).not.toHaveProperty('openerSandboxFlags');
    await expect.poll(() => shown.webContents.loads.map((l) => l.url)).toContain('https://www.linkedin.com/in/ada');
    expect(sentTo(proWin, 'guard:notice')).toEqual([]);
  });
});

describe('a link that leaves a page whose sandbox Hatstand knows', () => {
  it('followed in a page opened from a sandboxed frame and answered "as Professional": Professional\u2019s page starts with the same sandbox', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    // A Mastodon link modifier-clicked in a sandboxed frame: shown in Personal's link view with that frame's sandbox.
    page.openFromLink('https://mastodon.social/@ada', { disposition: 'background-tab', sandboxFlags: SANDBOXED });
    const link = visible(win.siteViews())[0]!.webContents;
    expect(link.sandboxFlags).toBe(SANDBOXED);
    await expect.poll(() => link.loads.length).toBe(1);
    link.finishLoad('Ada');

    expect(link.pageNavigates('https://www.linkedin.com/in/ada')).toBe(false);
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const shown = visible(identityWin(n.w, professional.id).siteViews())[0]!;
    expect(shown.webContents.sandboxFlags).toBe(SANDBOXED);
    expect(shown.webPreferences).toMatchObject({ ...HARDENED, openerSandboxFlags: SANDBOXED });
    await expect.poll(() => shown.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
  });

  it('target=_blank from a page opened from a sandboxed frame, answered "here" or "as Professional": keeps that page\u2019s sandbox', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    page.openFromLink('https://mastodon.social/@ada', { disposition: 'background-tab', sandboxFlags: SANDBOXED });
    const link = visible(win.siteViews())[0]!.webContents;
    await expect.poll(() => link.loads.length).toBe(1);
    link.finishLoad('Ada');

    expect(link.windowOpen('https://www.linkedin.com/in/ada', { disposition: 'foreground-tab' }).outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'here', false);
    const here = visible(win.siteViews())[0]!;
    expect(here.webContents.sandboxFlags).toBe(SANDBOXED);
    await expect.poll(() => here.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    here.webContents.finishLoad('Ada on LinkedIn');

    expect(here.webContents.windowOpen('https://www.linkedin.com/in/bo', { disposition: 'foreground-tab' }).outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question').at(-1)!.questionId, 'owner', false);
    const shown = visible(identityWin(n.w, professional.id).siteViews())[0]!;
    expect(shown.webContents.sandboxFlags).toBe(SANDBOXED);
    await expect.poll(() => shown.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/bo']);
  });

  it('followed in a page of the identity\u2019s own site (no sandbox): opens in Professional\u2019s LinkedIn page as before, with full rights', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    expect(page.pageNavigates('https://www.linkedin.com/in/ada')).toBe(false);
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const proWin = identityWin(n.w, professional.id);
    const shown = visible(proWin.siteViews())[0]!;
    expect(shown.webContents.sandboxFlags).toBe(0);
    expect(shown.webPreferences).not.toHaveProperty('javascript');
    expect(shown.webPreferences).not.toHaveProperty('openerSandboxFlags');
    expect(sentTo(proWin, 'guard:notice')).toEqual([]);
  });
});

describe('a sandboxed link page shown when its window\u2019s close was kept (the composer\u2019s "Keep editing")', () => {
  it('is opened again with its sandbox, not as a page with full rights', async () => {
    const { w, win, page } = professionalOnX();
    page.openFromLink('https://x.com/ada', { disposition: 'background-tab', sandboxFlags: SANDBOXED });
    const link = visible(win.siteViews())[0]!.webContents;
    link.finishLoad('Ada / X');
    win.webContents.cancelsUnload = true; // (the composer could not save: a full disk)
    w.kit.answer = 0; // Keep editing
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(false);
    expect(link.isDestroyed()).toBe(true);
    const shown = visible(win.siteViews());
    expect(shown).toHaveLength(1);
    expect(shown[0]!.webContents.loads.at(-1)!.url).toBe('https://x.com/ada');
    expect(shown[0]!.webContents.sandboxFlags).toBe(SANDBOXED);
  });
});
