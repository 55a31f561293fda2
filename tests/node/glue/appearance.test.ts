/**
 * The dark appearance in Hatstand's own windows: the launcher and the log open, and stay, on the background of the
 * scheme in use (nativeTheme), the same colour their page paints (styles.css), so neither flashes the other scheme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_WINDOW_BACKGROUND } from '../../../shared/domain/appearance';
import { APPEARANCE_KEY } from '../../../electron/main/services/appearance';
import type { FakeBrowserWindow } from '../../support/electron';
import { identityWin, laterTasks, windowWorld } from './support/windows';

function ownWindow(w: ReturnType<typeof windowWorld>, view: 'launcher' | 'log'): FakeBrowserWindow {
  // (getURL() is the committed URL: the page's load finishes first.)
  for (const candidate of w.e.world.windows()) if (candidate.webContents.isLoading()) candidate.webContents.finishLoad();
  const win = w.e.world.windows().find((candidate) => candidate.webContents.getURL().includes(`view=${view}`));
  if (!win) throw new Error(`No ${view} window.`);
  return win;
}

describe('own windows in the light and dark appearance', () => {
  it('open on the background of the appearance in use', () => {
    const w = windowWorld();
    w.e.nativeTheme.systemTurns(true);
    w.windows.openLauncher();
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
    w.e.nativeTheme.themeSource = 'light';
    w.windows.openLog();
    expect(ownWindow(w, 'log').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.light);
  });

  it('follow the system when it changes while they are open, once nativeTheme says so', async () => {
    const w = windowWorld();
    w.windows.openLauncher();
    w.windows.openLog();
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.light);
    w.e.nativeTheme.systemTurns(true);
    await laterTasks(2); // ('updated' comes in a later task)
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
    expect(ownWindow(w, 'log').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
    w.e.nativeTheme.systemTurns(false);
    await laterTasks(2);
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.light);
    // 'updated' also comes for changes that are not the scheme's (contrast): the colour is read again, not flipped.
    w.e.nativeTheme.otherChange();
    await laterTasks(2);
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.light);
  });

  it('use the colours the pages paint in each scheme', () => {
    const css = readFileSync(join(__dirname, '../../../renderer/src/styles.css'), 'utf8');
    const light = /:root \{[^}]*?--bg: (#[0-9a-f]{6});/.exec(css)?.[1];
    const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{[^}]*?--bg: (#[0-9a-f]{6});/.exec(css)?.[1];
    expect({ light, dark }).toEqual(OWN_WINDOW_BACKGROUND);
  });
});

describe('site views in the dark appearance', () => {
  it('show the dark background until the site paints, not a white flash in a dark window', () => {
    const w = windowWorld();
    w.e.nativeTheme.themeSource = 'dark';
    w.windows.openIdentity(w.professional.id);
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, x.id);
    const view = identityWin(w, w.professional.id).siteViews().find((v) => v.getVisible())!;
    expect(view.backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
  });
});

describe('the appearance the person chose', () => {
  it('is Electron\u2019s theme source from the start, before any window opens', () => {
    const w = windowWorld({
      deps: ({ store }) => {
        store.settings.set(APPEARANCE_KEY, 'dark'); // (chosen in an earlier run)
        return {};
      },
    });
    expect(w.e.nativeTheme.themeSource).toBe('dark');
    w.windows.openLauncher();
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
  });

  it('reaches every window when changed: the theme source is set, and own windows follow its updated', async () => {
    const w = windowWorld();
    w.windows.openLauncher();
    w.windows.setAppearance('dark');
    expect(w.e.nativeTheme.themeSource).toBe('dark');
    await laterTasks(2);
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.dark);
    w.windows.setAppearance('system');
    await laterTasks(2);
    expect(ownWindow(w, 'launcher').backgroundColor).toBe(OWN_WINDOW_BACKGROUND.light);
  });
});

describe('the nativeTheme double', () => {
  it('emits updated in a later task, and only when the scheme in use changes', async () => {
    const w = windowWorld();
    let updates = 0;
    w.e.nativeTheme.on('updated', () => updates++);
    w.e.nativeTheme.themeSource = 'light'; // (the system is light: nothing changes)
    w.e.nativeTheme.themeSource = 'dark';
    expect(updates).toBe(0);
    await laterTasks(2);
    expect(updates).toBe(1);
    expect(w.e.nativeTheme.shouldUseDarkColors).toBe(true);
    w.e.nativeTheme.systemTurns(true); // (forced dark: the system's turn changes nothing in use)
    await laterTasks(2);
    expect(updates).toBe(1);
    expect(() => (w.e.nativeTheme.themeSource = 'dim' as never)).toThrow(TypeError);
  });
});
