/**
 * A double of `Electron.BrowserWindow` (a BaseWindow with its own page).
 *
 * - The window's own webContents paints BELOW every view added to its
 *   contentView: Electron inserts it at index 0 of the native contents view,
 *   "so that any views added to BrowserWindow's contentView will be painted on
 *   top of the BrowserWindow's WebContentsView" (shell/browser/api/electron_api_browser_window.cc:89-96;
 *   electron#26532: no z-index in one page can draw over another). `webContentsAt(x, y)`
 *   answers which page a click at that point reaches.
 * - `close()` is not the window's end: it emits a preventable `close` (native_window.cc,
 *   NotifyWindowCloseButtonClicked -> electron_api_base_window.cc, WillCloseWindow), then closes the window's own
 *   page, after its beforeunload (electron_api_browser_window.cc, OnCloseButtonClicked: DispatchBeforeUnload or
 *   web_contents()->Close(), and `prevent_default` so the window itself stays). The page emits `close` and is
 *   destroyed in a later task (electron_api_web_contents.cc, CloseContents -> Destroy posts DeleteThisIfAlive), and
 *   only that destruction closes the window (BrowserWindow::WebContentsDestroyed -> CloseImmediately ->
 *   NativeWindow::NotifyWindowClosed -> BaseWindow::OnWindowClosed emits `closed`). Until that task (`nextTask()`)
 *   the window is whole: `isDestroyed()` is false, its methods work, `BrowserWindow.getAllWindows()` and `fromId`
 *   still list it (only OnWindowClosed's RemoveFromWeakMap takes it out), and links, IPC or a reopen can reach it.
 *   Each `close()` in that gap emits `close` again (nothing in NotifyWindowCloseButtonClicked remembers the first);
 *   the double does not ask the page, whose deletion is already posted, again.
 *   Whatever destroys the window's own page (`webContents.close()`, the page's `window.close()`) closes the window.
 * - `destroy()` emits no `close` and ends the window at once: `closed` comes before it returns
 *   (gin_helper/destroyable.cc, DestroyFunc deletes the BrowserWindow; ~BaseWindow -> CloseImmediately ->
 *   OnWindowClosed; docs/api/browser-window.md:655-659 "guarantees the closed event will be emitted"), but its own
 *   page is only destroyed in a later task (~BrowserWindow calls api_web_contents_->Destroy(), which posts it).
 * - Neither destroys the webContents of views in its contentView (docs/api/base-window.md:67-90).
 * - `resize` and the contentView's `bounds-changed` both follow `setContentSize`;
 *   `layoutContent()` models an OS layout change (snap, tiling, display scale) that
 *   only the contentView's `bounds-changed` reports (docs/api/view.md:41-44).
 * - Focus: `focus()` makes this the focused window and its focused page the focused
 *   webContents (what the menu roles act on, lib/browser/api/menu.ts:89-94). On Windows
 *   and Linux a window that gains focus gives it to its own page, whatever view had it
 *   (electron_api_browser_window.cc, OnWindowFocus: `web_contents()->Focus()` unless
 *   DevTools are open, before the window's `focus` event); on macOS the page that had it
 *   keeps it.
 * - A new window is placed at `x`/`y` as given, and only when both are (native_window.cc, InitFromOptions:
 *   `options.Get(kX) && options.Get(kY)`, then SetPosition): nothing keeps it on a display, so x -3000 is off every
 *   screen. Without them Electron centres it (docs/api/structures/base-window-options.md); the double leaves it at 0,0.
 * - A closed window is marked destroyed and out of `getAllWindows()` before 'closed' is emitted
 *   (electron_api_base_window.cc, OnWindowClosed: RemoveFromWeakMap, MarkDestroyed, then Emit("closed")); from then on
 *   its methods and properties throw (see GONE_WITH_THE_WINDOW). `window-all-closed` (or a quit's end) comes after
 *   'closed' (native_window.cc, NotifyWindowClosed: OnWindowClosed, then WindowList::RemoveWindow).
 */
import type { BrowserWindowConstructorOptions, LoadFileOptions, LoadURLOptions, Rectangle } from 'electron';
import { Emitter } from './events';
import type { FakeNativeImage } from './native-image';
import { FakeContentView, FakeWebContentsView, type FakeView } from './views';
import type { FakeWebContents } from './web-contents';
import type { ElectronWorld } from './world';

export const BROWSER_WINDOW_KEYS = [
  'id',
  'close',
  'destroy',
  'isDestroyed',
  'show',
  'hide',
  'isVisible',
  'focus',
  'blur',
  'isFocused',
  'isMinimized',
  'minimize',
  'restore',
  'setTitle',
  'getTitle',
  'setBackgroundColor',
  'getBounds',
  'getNormalBounds',
  'isMaximized',
  'isNormal',
  'isFullScreen',
  'setFullScreen',
  'maximize',
  'unmaximize',
  'setBounds',
  'getContentSize',
  'setContentSize',
  'setAppDetails',
  'loadFile',
  'loadURL',
] as const;
export type BrowserWindowKeys = (typeof BROWSER_WINDOW_KEYS)[number];

/**
 * What throws once the window is destroyed, from its 'closed' event on: every method and property Electron defines
 * on the window except `destroy` and `isDestroyed` (BaseWindow::OnWindowClosed marks it destroyed before emitting
 * 'closed'; gin_helper/function_template.h throws "Object has been destroyed" for a destroyed holder, getters too).
 */
const GONE_WITH_THE_WINDOW = new Set<string | symbol>([...BROWSER_WINDOW_KEYS.filter((k) => k !== 'destroy' && k !== 'isDestroyed'), 'webContents', 'contentView', 'setIcon']);

/** The title bar and frame the OS adds around the content area, for getBounds(). */
const FRAME = { x: 0, y: 0 };

export class FakeBrowserWindow extends Emitter implements Pick<Electron.BrowserWindow, BrowserWindowKeys> {
  readonly id: number;
  readonly webContents: FakeWebContents;
  readonly contentView: FakeContentView;
  readonly options: BrowserWindowConstructorOptions;
  icon: string | FakeNativeImage | Electron.NativeImage | null = null;
  appDetails: Electron.AppDetailsOptions | null = null;
  private destroyed = false;
  private visible: boolean;
  private minimized = false;
  private title: string;
  private position: { x: number; y: number };
  private focusedPage: FakeWebContents | null = null;
  private normalBounds: Rectangle | null = null;

  constructor(
    readonly world: ElectronWorld,
    options: BrowserWindowConstructorOptions & { webContents?: unknown } = {},
  ) {
    super();
    this.options = options;
    this.id = world.nextWindowId();
    this.title = options.title ?? '';
    this.visible = options.show !== false;
    this.position = options.x !== undefined && options.y !== undefined ? { x: options.x, y: options.y } : { x: 0, y: 0 };
    this.icon = (options.icon as FakeNativeImage | string | undefined) ?? null;
    this.backgroundColor = options.backgroundColor ?? null;
    const given = options.webContents as FakeWebContents | undefined;
    this.webContents = given ?? world.newContents(options.webPreferences?.partition ?? '', 'window');
    // (A page given to a window takes the window's preferences, as a view's does: views.ts.)
    this.webContents.webPreferences = { ...(options.webPreferences ?? {}) };
    this.webContents.ownerWindowId = this.id;
    this.contentView = new FakeContentView(this.id);
    this.contentView.world = world;
    this.contentView.setBounds({ x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 });
    this.originalFrame = this.getBounds();
    // Test code and the double itself keep working on a destroyed window; Electron's API on it throws.
    const guarded = new Proxy(this, {
      get: (target, key, receiver) => {
        if (target.destroyed && GONE_WITH_THE_WINDOW.has(key)) throw new TypeError('Object has been destroyed');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    world.addWindow(guarded);
    // Every BrowserWindow made is announced on app (lib/browser/api/browser-window.ts, _init).
    world.app?.emit('browser-window-created', { preventDefault() {} }, guarded);
    // BrowserWindow observes its page (Observe(api_web_contents_->web_contents())): when the page is destroyed, the
    // window closes (electron_api_browser_window.cc, WebContentsDestroyed -> CloseImmediately).
    this.webContents.observeDestroyed(() => guarded.pageDestroyed());
    return guarded;
  }

  // ---------------------------------------------------------------- life

  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    // A close refused, by a 'close' listener or the page's beforeunload, cancels a quit under way
    // (native_window.cc, NotifyWindowCloseButtonClicked; browser.cc, OnWindowCloseCancelled).
    if (this.emitPreventable('close').defaultPrevented) return this.world.app?.windowCloseCancelled();
    if (this.closing) return; // (its page's deletion is already posted)
    // 'close' comes before the page's beforeunload, which may still keep the window (docs/api/browser-window.md, Event: 'close').
    if (this.webContents.unloadRefused()) return this.world.app?.windowCloseCancelled();
    // OnCloseButtonClicked: the window stays; its page closes, and its destruction, a later task, closes the window.
    this.closing = true;
    this.webContents.closeContents();
  }
  /** The window's own page was closed and its destruction is posted: the window ends in a later task. */
  private closing = false;
  destroy(): void {
    if (this.destroyed) return;
    // ~BrowserWindow: the page's Destroy() posts its deletion; ~BaseWindow: CloseImmediately -> 'closed' now.
    this.webContents.destroyLater();
    this.finish();
  }
  /** Electron-internal: the window's own page is destroyed (BrowserWindow::WebContentsDestroyed). */
  pageDestroyed(): void {
    if (this.destroyed) return; // (destroy() ended it first; ~BrowserWindow stopped observing)
    this.finish();
  }
  /** BaseWindow::OnWindowClosed, then WindowList::RemoveWindow (native_window.cc, NotifyWindowClosed). */
  private finish(): void {
    this.destroyed = true;
    this.world.forgetWindow(this);
    this.emit('closed');
    // (The pages of its views outlive it, hidden: a hung one is told responsive.)
    this.world.visibilityChanged();
    this.world.windowListRemoved();
  }

  // ---------------------------------------------------------------- visibility and focus

  show(): void {
    this.visible = true;
    this.minimized = false;
    this.world.visibilityChanged();
    this.focus();
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.world.visibilityChanged();
    this.emit('hide');
  }
  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }
  focus(): void {
    if (this.destroyed) return;
    this.world.focusWindow(this);
  }
  blur(): void {
    if (this.world.focusedWindow() === this) this.world.focusWindow(null);
  }
  isFocused(): boolean {
    return this.world.focusedWindow() === this;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.noteOriginalFrame(); // (windowWillMiniaturize: any minimising, the person's too)
    this.minimized = true;
    this.world.visibilityChanged();
    this.blur();
    this.emit('minimize');
  }
  restore(): void {
    this.minimized = false;
    this.world.visibilityChanged();
    this.emit('restore');
  }
  /** Which page of this window has keyboard focus (world-internal). */
  focusedContents(): FakeWebContents | null {
    return this.focusedPage && !this.focusedPage.isDestroyed() ? this.focusedPage : this.webContents.isDestroyed() ? null : this.webContents;
  }
  /**
   * A page of this window takes keyboard focus: the one before emits `blur`, this one `focus`
   * (electron_api_web_contents.cc, OnWebContentsLostFocus / OnWebContentsFocused).
   */
  setFocusedContents(contents: FakeWebContents | null): void {
    const before = this.focusedContents();
    this.focusedPage = contents;
    const now = this.focusedContents();
    if (before === now) return;
    if (before && !before.isDestroyed()) before.emit('blur');
    if (now) now.emit('focus');
  }

  // ---------------------------------------------------------------- geometry

  /**
   * Maximised: the window fills a 1920×1040 work area and remembers its normal bounds, which getNormalBounds() keeps
   * telling whatever the state (docs/api/browser-window.md, win.getNormalBounds()). `maximize()` also shows a hidden
   * window (win.maximize()).
   */
  maximize(): void {
    if (this.normalBounds) return;
    if (this.isNormal()) this.noteOriginalFrame();
    this.personZooms();
  }
  /**
   * Test control: the person maximises the window (Windows' and Linux's maximise button, a double-click on the title
   * bar; on macOS an Option-click of the green button): as `maximize()`, except that macOS does not note the normal
   * frame then (NativeWindowMac::Maximize notes it before it zooms; a zoom of the person's goes past it).
   */
  personZooms(): void {
    if (this.normalBounds) return;
    this.normalBounds = this.getBounds();
    this.visible = true;
    this.world.visibilityChanged();
    this.place({ x: 0, y: 0, width: 1920, height: 1040 });
    this.emit('maximize');
  }
  unmaximize(): void {
    if (!this.normalBounds) return;
    const normal = this.normalBounds;
    this.normalBounds = null;
    this.place(normal);
    this.emit('unmaximize');
  }
  isMaximized(): boolean {
    return this.normalBounds !== null;
  }
  /**
   * The normal bounds. On macOS a window that is not normal answers the frame noted at its last `setBounds()`,
   * `maximize()`, `minimize()` or `setFullScreen()` call, or at its creation: the person's own moves and resizes are
   * not noted (native_window_mac.mm, GetNormalBounds returns original_frame_, which only UpdateWindowOriginalFrame
   * sets, from those calls and windowWillMiniaturize).
   */
  getNormalBounds(): Rectangle {
    if (this.world.platform === 'darwin') return this.isNormal() ? this.getBounds() : this.originalFrame;
    return this.normalBounds ?? this.fullScreenFrom ?? this.getBounds();
  }
  /** macOS's original_frame_ (see getNormalBounds). */
  private originalFrame: Rectangle;
  private noteOriginalFrame(): void {
    this.originalFrame = this.getBounds();
  }
  /**
   * Full screen (View > Toggle Full Screen, a site's video): the window covers the display, and is neither maximised
   * nor normal (isMaximized() is false in full screen, native_window_views.cc IsMaximized; isNormal() is not maximised,
   * minimised or full screen, native_window.cc IsNormal); getNormalBounds() still tells its normal bounds.
   */
  setFullScreen(flag: boolean): void {
    if (flag === this.isFullScreen()) return;
    if (this.isNormal()) this.noteOriginalFrame();
    if (flag) {
      this.fullScreenFrom = this.getBounds();
      this.place({ x: 0, y: 0, width: 1920, height: 1080 });
      this.emit('enter-full-screen');
    } else {
      const from = this.fullScreenFrom!;
      this.fullScreenFrom = null;
      this.place(from);
      this.emit('leave-full-screen');
    }
  }
  isFullScreen(): boolean {
    return this.fullScreenFrom !== null;
  }
  isNormal(): boolean {
    return !this.isMaximized() && !this.isMinimized() && !this.isFullScreen();
  }
  private fullScreenFrom: Rectangle | null = null;
  getBounds(): Rectangle {
    const { width, height } = this.contentView.getBounds();
    return { ...this.position, width: width + FRAME.x, height: height + FRAME.y };
  }
  /** A move emits 'move' (docs/api/browser-window.md, Event: 'move'); a new size, 'resize'. */
  setBounds(bounds: Partial<Rectangle>): void {
    this.place(bounds);
    this.noteOriginalFrame(); // (NativeWindowMac::SetBounds)
  }
  /** Test control: the person drags or resizes the window (macOS notes nothing of it: see getNormalBounds). */
  personMoves(bounds: Partial<Rectangle>): void {
    this.place(bounds);
  }
  private place(bounds: Partial<Rectangle>): void {
    const before = this.position;
    this.position = { x: bounds.x ?? this.position.x, y: bounds.y ?? this.position.y };
    if (this.position.x !== before.x || this.position.y !== before.y) this.emit('move');
    const now = this.contentView.getBounds();
    this.setContentSize(bounds.width ?? now.width, bounds.height ?? now.height);
  }
  getContentSize(): number[] {
    const { width, height } = this.contentView.getBounds();
    return [width, height];
  }
  /** A resize the window reports: `resize` on the window, `bounds-changed` on its contentView. */
  setContentSize(width: number, height: number): void {
    this.contentView.setBounds({ x: 0, y: 0, width, height });
    this.emit('resize');
  }
  /** Test control: the OS lays the content out anew (snap, tiling, display scale) and no `resize` comes. */
  layoutContent(width: number, height: number): void {
    this.contentView.setBounds({ x: 0, y: 0, width, height });
  }

  // ---------------------------------------------------------------- what is on top

  /**
   * The page a click at (x, y) of the content area reaches: the topmost visible
   * WebContentsView containing the point, else the window's own page, which
   * paints under all of them (electron_api_browser_window.cc:89-96).
   */
  webContentsAt(x: number, y: number): FakeWebContents {
    const hit = topmostAt(this.contentView, x, y, 0, 0);
    return hit ?? this.webContents;
  }
  /** True when a click at (x, y) reaches `contents`. */
  reaches(contents: FakeWebContents, x: number, y: number): boolean {
    return this.webContentsAt(x, y) === contents;
  }
  /** Test control: the person clicks at (x, y): the window and the page under the pointer get focus. */
  clickAt(x: number, y: number): FakeWebContents {
    const target = this.webContentsAt(x, y);
    this.focus();
    target.focus();
    return target;
  }
  /** The views shown in this window, bottom to top, with their webContents. */
  siteViews(): FakeWebContentsView[] {
    const all: FakeWebContentsView[] = [];
    const walk = (view: FakeView) => {
      for (const child of view.children) {
        if (child instanceof FakeWebContentsView) all.push(child);
        walk(child);
      }
    };
    walk(this.contentView);
    return all;
  }

  // ---------------------------------------------------------------- appearance

  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setIcon(icon: Electron.NativeImage | string): void {
    this.icon = icon;
  }
  backgroundColor: string | null = null;
  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }
  setAppDetails(options: Electron.AppDetailsOptions): void {
    this.appDetails = options;
  }

  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    return this.webContents.loadFile(filePath, options);
  }
  loadURL(url: string, options?: LoadURLOptions): Promise<void> {
    return this.webContents.loadURL(url, options);
  }
}

function topmostAt(view: FakeView, x: number, y: number, offsetX: number, offsetY: number): FakeWebContents | null {
  for (let i = view.children.length - 1; i >= 0; i--) {
    const child = view.children[i]!;
    if (!child.getVisible()) continue;
    const b = child.getBounds();
    const left = offsetX + b.x;
    const top = offsetY + b.y;
    if (x < left || y < top || x >= left + b.width || y >= top + b.height) continue;
    const deeper = topmostAt(child, x, y, left, top);
    if (deeper) return deeper;
    if (child instanceof FakeWebContentsView) return child.webContents;
  }
  return null;
}
