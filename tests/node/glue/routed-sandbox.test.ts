/**
 * A link routed to another identity, or opened "here" after the question, keeps the sandbox of the frame it came from
 * (the HTML spec: a sandboxed frame's new windows inherit its sandbox unless allow-popups-to-escape-sandbox). The
 * window-open handler must decide before Electron says anything about that sandbox, and a link it refuses never learns
 * it (tests/support/electron/web-contents.ts, the header): such a link opens without scripts or pop-ups, and the person
 * is told. A link that leaves a page whose sandbox is known takes that sandbox along.
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

describe('a link to another identity\u2019s site, from a frame that may be sandboxed', () => {
  it('modifier-clicked and answered "here": opens without scripts or pop-ups, and the window says why in one sentence', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    const result = page.openFromLink('https://www.linkedin.com/in/ada', { disposition: 'background-tab', sandboxFlags: SANDBOXED });
    // (Refused before Electron could say which sandbox the frame had: its flags never reached us.)
    expect(result.outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'here', false);
    const link = visible(win.siteViews())[0]!;
    expect(link.webContents).not.toBe(page);
    expect(link.webContents.session.partition).toBe(partitionFor(personal.id));
    expect(link.webPreferences).toMatchObject({ ...HARDENED, javascript: false });
    await expect.poll(() => link.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    expect(sentTo(win, 'guard:notice').map((notice) => notice.message)).toEqual([
      'www.linkedin.com was opened without scripts or pop-ups, because the part of the page it came from may be restricted and Hatstand cannot tell how.',
    ]);
  });

  it('modifier-clicked and answered "as Professional": a page of its own in Professional\u2019s window, without scripts or pop-ups, never the LinkedIn page with full rights', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    n.w.windows.openIdentity(professional.id);
    const proWin = identityWin(n.w, professional.id);
    const linkedIn = proWin.siteViews()[0]!.webContents;
    await expect.poll(() => linkedIn.loads.length).toBe(1);
    linkedIn.finishLoad('LinkedIn');

    page.openFromLink('https://www.linkedin.com/in/ada', { disposition: 'foreground-tab', sandboxFlags: SANDBOXED });
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const shown = visible(proWin.siteViews());
    expect(shown).toHaveLength(1);
    expect(shown[0]!.webContents).not.toBe(linkedIn);
    expect(shown[0]!.webContents.session.partition).toBe(partitionFor(professional.id));
    expect(shown[0]!.webPreferences).toMatchObject({ ...HARDENED, javascript: false });
    await expect.poll(() => shown[0]!.webContents.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    expect(linkedIn.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/feed/']);
    expect(sentTo(proWin, 'guard:notice').map((notice) => notice.code)).toEqual(['link-restricted']);
  });

  it('window.open answered "here": Chromium\u2019s sandboxed guest is never made, and the page opened instead runs no scripts', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    const result = page.windowOpen('https://www.linkedin.com/in/ada', { sandboxFlags: SANDBOXED });
    expect(result.outcome).toBe('denied');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'here', false);
    const link = visible(win.siteViews())[0]!;
    expect(link.webPreferences).toMatchObject({ ...HARDENED, javascript: false });
  });

  it('a page opened without scripts opens no window of any kind: its links would carry no sandbox of Chromium\u2019s', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    page.windowOpen('https://www.linkedin.com/in/ada');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', false);
    const proWin = identityWin(n.w, professional.id);
    const link = visible(proWin.siteViews())[0]!.webContents;
    await expect.poll(() => link.loads.length).toBe(1);
    link.finishLoad('Ada | LinkedIn');
    const windows = n.w.e.world.windows().length;
    const views = proWin.siteViews().length;
    // Professional's own site, which would otherwise be a popup or a link page in Professional's window.
    expect(link.windowOpen('https://www.linkedin.com/in/grace', { features: 'width=500,height=600' }).outcome).toBe('denied');
    expect(link.openFromLink('https://www.linkedin.com/in/grace', { disposition: 'background-tab' }).outcome).toBe('denied');
    expect(n.w.e.world.windows()).toHaveLength(windows);
    expect(proWin.siteViews()).toHaveLength(views);
    // (Nor offered to the OS browser.)
    expect(link.windowOpen('https://news.example.org/story').outcome).toBe('denied');
    await new Promise((resolve) => setImmediate(resolve));
    expect(n.w.kit.questions).toEqual([]);
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
