/**
 * One Electron main process as the doubles see it: its pages, windows, sessions,
 * which window and page have focus, and what Electron would have shown as
 * "A JavaScript error occurred in the main process" (lib/browser/init.ts:22-38).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { FakeApp } from './app';
import { FakeBrowserWindow } from './browser-window';
import type { FakeMenu, FakeTray } from './menu';
import { FakeSession } from './session';
import { FakeWebContents } from './web-contents';

export class ElectronWorld {
  readonly uncaughtErrors: Error[] = [];
  /** Menus shown with Menu.popup, and over which window. */
  readonly contextMenus: Array<{ menu: FakeMenu; window: Electron.BaseWindow | null; at?: { x: number; y: number }; sourceType: string }> = [];
  readonly errorBoxes: Array<{ title: string; content: string }> = [];
  readonly trays: FakeTray[] = [];
  /**
   * What Electron itself handed to the OS to open (platform_util::OpenExternal from electron_browser_client.cc,
   * OnOpenExternal: a page's navigation to another app's scheme that the 'openExternal' permission allowed), not
   * `shell.openExternal` calls.
   */
  readonly openedByElectron: string[] = [];
  app: FakeApp | null = null;
  private nextContentsId = 1;
  private nextWinId = 1;
  private readonly contents = new Map<number, FakeWebContents>();
  private readonly allWindows: FakeBrowserWindow[] = [];
  private readonly sessions = new Map<string, FakeSession>();
  private focused: FakeBrowserWindow | null = null;

  constructor(
    readonly platform: NodeJS.Platform = 'linux',
    /** Downloads write real files at their save path (session.ts, FakeDownloadItem). */
    readonly downloadsOnDisk = false,
  ) {}

  // ---------------------------------------------------------------- sessions

  /** Schemes registered as standard (registerSchemesAsPrivileged): Chromium canonicalises their URLs as http's. */
  readonly standardSchemes = new Set<string>();
  /** session.fromPartition: one Session per name; '' is the default session. */
  sessionFor(partition: string): FakeSession {
    let s = this.sessions.get(partition);
    if (!s) {
      s = new FakeSession(this, partition);
      this.sessions.set(partition, s);
    }
    return s;
  }
  /** Every session's DownloadManager shut down as the process ends (app.ts, shutdown). */
  shutDownDownloads(): void {
    for (const s of this.sessions.values()) s.shutDownDownloads();
  }
  livePagesOf(session: FakeSession): FakeWebContents[] {
    return [...this.contents.values()].filter((c) => c.session === session && !c.isDestroyed());
  }

  // ---------------------------------------------------------------- pages

  newContents(partition: string, type: 'window' | 'browserView'): FakeWebContents {
    return new FakeWebContents(this, this.sessionFor(partition), type);
  }
  register(contents: FakeWebContents): number {
    const id = this.nextContentsId++;
    this.contents.set(id, contents);
    return id;
  }
  unregister(contents: FakeWebContents): void {
    this.contents.delete(contents.id);
  }
  /** Pages not yet destroyed (webContents.getAllWebContents()). */
  livePages(): FakeWebContents[] {
    return [...this.contents.values()];
  }
  fromId(id: number): FakeWebContents | undefined {
    return this.contents.get(id);
  }
  /** A view or a window was shown or hidden: each page sees whether it is visible now (web-contents.ts, hangs). */
  visibilityChanged(): void {
    for (const page of this.contents.values()) page.visibilityChanged();
  }

  // ---------------------------------------------------------------- windows

  nextWindowId(): number {
    return this.nextWinId++;
  }
  addWindow(win: FakeBrowserWindow): void {
    this.allWindows.push(win);
  }
  /** A window leaves `getAllWindows()` as it closes, before its 'closed' (BaseWindow::OnWindowClosed, RemoveFromWeakMap). */
  forgetWindow(win: FakeBrowserWindow): void {
    const at = this.allWindows.indexOf(win);
    if (at !== -1) this.allWindows.splice(at, 1);
    if (this.focused === win) this.focused = null;
  }
  /** After a window's 'closed' (WindowList::RemoveWindow): the last one gone is Browser::OnWindowAllClosed. */
  windowListRemoved(): void {
    if (this.allWindows.length === 0) this.app?.allWindowsClosed();
  }
  windows(): FakeBrowserWindow[] {
    return [...this.allWindows];
  }
  windowById(id: number): FakeBrowserWindow | undefined {
    return this.allWindows.find((w) => w.id === id);
  }
  fromWebContents(contents: FakeWebContents): FakeBrowserWindow | undefined {
    return contents.ownerWindowId === null ? undefined : this.windowById(contents.ownerWindowId);
  }
  /** The window Electron builds itself when a window-open handler allows without createWindow. */
  electronMadeWindow(guest: FakeWebContents, options: BrowserWindowConstructorOptions): FakeBrowserWindow {
    return new FakeBrowserWindow(this, { ...options, webContents: guest });
  }

  // ---------------------------------------------------------------- focus

  focusWindow(win: FakeBrowserWindow | null): void {
    if (this.focused === win) return;
    const before = this.focused;
    this.focused = win;
    before?.emit('blur');
    if (before) this.app?.emit('browser-window-blur', {}, before);
    // (Windows and Linux: the window's own page takes focus before the window's 'focus' event; browser-window.ts.)
    if (win && this.platform !== 'darwin' && !win.webContents.isDestroyed() && !win.webContents.isDevToolsOpened()) win.setFocusedContents(win.webContents);
    win?.emit('focus');
    if (win) this.app?.emit('browser-window-focus', {}, win);
  }
  focusedWindow(): FakeBrowserWindow | null {
    return this.focused && !this.focused.isDestroyed() ? this.focused : null;
  }
  /** webContents.focus(): its window gets focus and remembers it as the focused page. */
  focusContents(contents: FakeWebContents): void {
    const win = this.fromWebContents(contents);
    if (!win) return;
    this.focusWindow(win);
    win.setFocusedContents(contents);
  }
  /** webContents.getFocusedWebContents() (lib/browser/api/web-contents.ts:919-929): the focused window's focused page. */
  focusedWebContents(): FakeWebContents | null {
    const win = this.focusedWindow();
    if (!win || !win.isVisible()) return null;
    return win.focusedContents();
  }
}
