/**
 * The window layer on the shared Electron doubles: a real store (temp file),
 * a WindowKit made of the doubles, and a WindowManager, as the composition root
 * builds them.
 */
import type { MessageBoxOptions } from 'electron';
import { partitionFor } from '../../../../electron/main/session/partition';
import type { WindowKit } from '../../../../electron/main/windows/surface';
import { WindowManager, type WindowManagerDeps } from '../../../../electron/main/windows/window-manager';
import type { Store } from '../../../../electron/main/services/store';
import { rendererPage } from '../../../../electron/main/windows/renderer-page';
import type { NewActivityEvent } from '../../../../electron/main/services/store/activity';
import { createElectron, nextTask, type FakeBrowserWindow, type FakeElectron, type FakeElectronOptions, type FakeWebContentsView } from '../../../support/electron';
import { tempStore } from '../../store/helpers';

export type FakeKit = WindowKit<FakeBrowserWindow, FakeWebContentsView> & {
  questions: MessageBoxOptions[];
  opened: string[];
  /** The button the next question is answered with. */
  answer: number;
  /** What was put on the clipboard. */
  copied: string[];
  /** The displays' work areas (one 1920×1080 display unless a test plugs in others). */
  displays: Array<{ x: number; y: number; width: number; height: number }>;
};

export function fakeWindowKit(e: FakeElectron, options: { development?: boolean } = {}): FakeKit {
  const kit: FakeKit = {
    platform: e.world.platform,
    development: options.development ?? false,
    createWindow: (o) => new e.BrowserWindow(o),
    createView: (o) => new e.WebContentsView(o),
    allWindows: () => e.BrowserWindow.getAllWindows(),
    focusedWindow: () => e.BrowserWindow.getFocusedWindow(),
    // A path is a valid icon for Electron too; the doubles need no image here.
    icon: (png) => `/icons/${png.length}.png`,
    questions: [],
    opened: [],
    answer: 0,
    ask: (_parent, o) => (kit.questions.push(o), Promise.resolve(kit.answer)),
    askNow: (_parent, o) => (kit.questions.push(o), kit.answer),
    savePath: () => Promise.resolve(null),
    openExternal: (url) => (kit.opened.push(url), Promise.resolve()),
    popupMenu: (items, window, where) => e.Menu.buildFromTemplate(items).popup({ window: window as unknown as Electron.BaseWindow, ...where }),
    copied: [],
    copyText: (text) => void kit.copied.push(text),
    displays: [{ x: 0, y: 0, width: 1920, height: 1040 }],
    workAreas: () => kit.displays,
    quit: () => e.app.quit(),
    darkAppearance: () => e.nativeTheme.shouldUseDarkColors,
    launchArgv: () => [HATSTAND_EXE],
    onAppearanceChanged: (listener) => void e.nativeTheme.on('updated', listener),
    setAppearance: (appearance) => void (e.nativeTheme.themeSource = appearance),
  };
  return kit;
}

/** Where the installer puts Hatstand on Windows (a path with a space, as most are). */
export const HATSTAND_EXE = 'C:\\Program Files\\Hatstand\\Hatstand.exe';

/** The bundled renderer folder, served as app://hatstand/ (security/app-protocol.ts). */
export const PAGE_ROOT = '/opt/hatstand/resources/app.asar/out/renderer';

/** Deps of the window manager a test wires itself (the network and link routing: support/network.ts). */
export type ExtraWindowDeps = Partial<Pick<WindowManagerDeps<FakeBrowserWindow, FakeWebContentsView>, 'siteNetwork' | 'routeLink' | 'linkQuestionsGone' | 'pageGesture'>>;

export function windowWorld(
  options: FakeElectronOptions & { development?: boolean; deps?: (parts: { e: FakeElectron; store: Store }) => ExtraWindowDeps } = {},
) {
  const e = createElectron(options);
  const { store } = tempStore();
  store.identities.ensureDefaults();
  const kit = fakeWindowKit(e, options);
  const events: NewActivityEvent[] = [];
  const clipboardNotes: string[] = [];
  /** What the composition root wires late (the broker exists after the windows). */
  const hooks = { questionOpen: (_identityId: string) => false };
  const windows = new WindowManager({
    kit,
    store,
    page: rendererPage(PAGE_ROOT),
    preloadPath: '/opt/hatstand/out/preload/index.cjs',
    sessionFor: (identityId) => e.session.fromPartition(partitionFor(identityId)),
    log: (event) => events.push(event),
    noteClipboard: (identityId, moment) => void (moment === 'blur' && clipboardNotes.push(identityId)),
    questionOpen: (identityId) => hooks.questionOpen(identityId),
    ...options.deps?.({ e, store }),
  });
  // (As bootstrap.ts wires it.)
  e.app.on('before-quit', () => windows.quitStarted());
  const [personal, professional] = store.identities.list();
  return { e, kit, store, windows, events, clipboardNotes, hooks, personal: personal!, professional: professional! };
}

/** Lets the later tasks the doubles posted run: pages destroyed, and a window's close held while they went. */
export async function laterTasks(count = 10): Promise<void> {
  for (let i = 0; i < count; i++) await nextTask();
}

/**
 * Closes the window as the person does (its close button) and lets it finish: an identity window closes its site
 * pages first, each with its beforeunload, and closes once they have gone (sites-before-close.ts).
 */
export async function closeWindow(win: FakeBrowserWindow): Promise<void> {
  win.close();
  await laterTasks();
}

/** The identity window's own BrowserWindow double. */
export function identityWin(w: ReturnType<typeof windowWorld>, identityId: string): FakeBrowserWindow {
  const win = w.windows.windowOf(identityId)?.win;
  if (!win) throw new Error('That identity has no window open.');
  return win;
}

/**
 * Professional's window showing its X site, as most glue tests start: the window, its chrome painted (shown), and the
 * X page, loaded unless `loaded: false` (a page still loading).
 */
export function professionalOnX(options: FakeElectronOptions & { loaded?: boolean } = {}) {
  const { loaded = true, ...electron } = options;
  const w = windowWorld(electron);
  return { w, ...professionalOn(w, loaded) };
}

/** Professional's window showing X in a world already made; X's page loaded unless `loaded` is false. */
export function professionalOn(w: ReturnType<typeof windowWorld>, loaded = true) {
  w.windows.openIdentity(w.professional.id);
  const win = identityWin(w, w.professional.id);
  win.webContents.finishLoad(); // (its first paint shows it: ready-to-show)
  const x = w.professional.sites.find((s) => s.label === 'X')!;
  w.windows.showSite(w.professional.id, x.id);
  const page = win.siteViews().find((v) => v.getVisible())!.webContents;
  if (loaded) page.finishLoad('Home / X');
  return { win, x, page };
}
