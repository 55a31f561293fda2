/**
 * The slices of Electron the window glue uses, as types. The glue takes these
 * (never `import { BrowserWindow } from 'electron'` at run time), so its
 * decisions run under Node with the shared doubles in tests/support/electron.
 * The composition root hands in the real classes, and the compiler checks there
 * that Electron's objects satisfy every member and event declared here.
 *
 * Events are declared one by one with an `unknown` return: Electron's `on`
 * returns the emitter for chaining, which the glue never uses.
 */
import type { Appearance } from '../../../shared/domain/appearance';
import type {
  AppDetailsOptions,
  AuthenticationResponseDetails,
  AuthInfo,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  ContextMenuParams,
  Event,
  Input,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  NativeImage,
  PopupOptions,
  NavigationHistory,
  Rectangle,
  RenderProcessGoneDetails,
  Result,
  SaveDialogOptions,
  Session,
  WebContents,
  WebContentsView,
  WebContentsViewConstructorOptions,
  WebContentsDidStartNavigationEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
} from 'electron';

/** A page: a site view's webContents or one of our own windows' page. */
export interface PageContents
  extends Pick<
    WebContents,
    | 'id'
    | 'getURL'
    | 'getTitle'
    | 'isLoading'
    | 'isLoadingMainFrame'
    | 'isDestroyed'
    | 'close'
    | 'loadURL'
    | 'reload'
    | 'reloadIgnoringCache'
    | 'focus'
    | 'send'
    | 'setWindowOpenHandler'
    | 'executeJavaScript'
    | 'executeJavaScriptInIsolatedWorld'
    | 'insertText'
    | 'getZoomLevel'
    | 'setZoomLevel'
    | 'toggleDevTools'
    | 'setWebRTCIPHandlingPolicy'
    | 'setUserAgent'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'replaceMisspelling'
    | 'copyImageAt'
    | 'downloadURL'
    | 'findInPage'
    | 'stopFindInPage'
    | 'forcefullyCrashRenderer'
  > {
  /** The page's session: only its custom spelling dictionary is used here (the right-click menu's "Add to the dictionary"). */
  readonly session: Pick<Session, 'addWordToSpellCheckerDictionary'>;
  /** The page's main frame, compared with a navigation's `frame` and `initiator` (never a fenced frame's: `isMainFrame` says true for those). */
  readonly mainFrame: unknown;
  readonly navigationHistory: Pick<NavigationHistory, 'canGoBack' | 'canGoForward' | 'goBack' | 'goForward'>;
  /** The details carry `url` and `isMainFrame` (docs/api/web-contents.md, Event: 'will-navigate'). */
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>, url: string) => void): unknown;
  /** Node's EventEmitter (WebContents is one): a listener that runs before those added at creation (the safety net's). */
  prependListener(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Event, url: string) => void): unknown;
  /**
   * A server redirect of any navigation of the page (electron_navigation_throttle.cc, WillRedirectRequest); `initiator`
   * is the frame that started it, null for one no frame started (our loadURL, reload, history moves): docs/api/web-contents.md,
   * Event: 'will-redirect'. Prevented, the whole navigation is cancelled.
   */
  prependListener(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>, url: string) => void): unknown;
  /** A navigation of any frame starts, ours or the page's (docs/api/web-contents.md, Event: 'did-start-navigation'). */
  on(event: 'did-start-navigation', listener: (event: Event<WebContentsDidStartNavigationEventParams>) => void): unknown;
  /**
   * `frame`: the frame navigated, `initiator`: the frame that asked, each the same object as `mainFrame` when it is the
   * main frame (Electron caches one WebFrameMain per frame); null when gone (electron.d.ts, WebContentsWillFrameNavigateEventParams).
   */
  on(event: 'will-frame-navigate', listener: (event: Event & { url: string; isMainFrame: boolean; frame?: unknown; initiator?: unknown }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  /**
   * Only committed pages that are not error pages (docs/api/web-contents.md, Event: 'did-navigate'), an ad's fenced
   * frame's too (electron_api_web_contents.cc, DidFinishNavigation: IsInMainFrame).
   */
  on(event: 'did-navigate', listener: (event: Event, url: string) => void): unknown;
  /** As did-navigate, for any frame, naming it by its ids: the page's own main frame's are `mainFrame`'s processId and routingId. */
  on(
    event: 'did-frame-navigate',
    listener: (event: Event, url: string, httpResponseCode: number, httpStatusText: string, isMainFrame: boolean, frameProcessId: number, frameRoutingId: number) => void,
  ): unknown;
  on(
    event: 'did-fail-load',
    /**
     * The failed frame's ids as Chromium tells them (an ad's fenced frame's root says `isMainFrame` too); none when
     * Electron emits it itself for a load of ours (page-frame.ts, isPageMainFrameFailure).
     */
    listener: (
      event: Event,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
      frameProcessId?: number,
      frameRoutingId?: number,
    ) => void,
  ): unknown;
  /** A proxy's or a site's authentication challenge (docs/api/web-contents.md, Event: 'login'). */
  on(
    event: 'login',
    listener: (event: Event, details: AuthenticationResponseDetails, authInfo: AuthInfo, callback: (username?: string, password?: string) => void) => void,
  ): unknown;
  on(
    event: 'did-navigate-in-page' | 'page-title-updated' | 'did-start-loading' | 'did-stop-loading' | 'did-finish-load' | 'destroyed' | 'focus',
    listener: () => void,
  ): unknown;
  /**
   * An element of the page entered or left HTML fullscreen (docs/api/web-contents.md, Events 'enter-html-full-screen'
   * and 'leave-html-full-screen'; electron_api_web_contents.cc, UpdateHtmlApiFullscreen).
   */
  on(event: 'enter-html-full-screen' | 'leave-html-full-screen', listener: () => void): unknown;
  /** A key for the page, before the page sees it (docs/api/web-contents.md, Event: 'before-input-event'). */
  on(event: 'before-input-event', listener: (event: Event, input: Input) => void): unknown;
  /** The page's beforeunload asked to stay; preventDefault() unloads it anyway (docs/api/web-contents.md). */
  on(event: 'will-prevent-unload', listener: (event: Event) => void): unknown;
  /** Ctrl+mouse wheel over the page asks to zoom; Electron zooms nothing itself (docs/api/web-contents.md, Event: 'zoom-changed'). */
  on(event: 'zoom-changed', listener: (event: Event, zoomDirection: 'in' | 'out') => void): unknown;
  /** A result of findInPage (docs/api/web-contents.md, Event: 'found-in-page'). */
  on(event: 'found-in-page', listener: (event: Event, result: Result) => void): unknown;
  /** A right-click or the menu key; Electron shows no menu itself (docs/api/web-contents.md, Event: 'context-menu'). */
  on(event: 'context-menu', listener: (event: Event, params: ContextMenuParams) => void): unknown;
  /** The page's renderer process ended (docs/api/web-contents.md, Event: 'render-process-gone'); the page stays blank. */
  on(event: 'render-process-gone', listener: (event: Event, details: RenderProcessGoneDetails) => void): unknown;
  /**
   * The page stopped answering, told only while it is visible with an initialised renderer, and answers again; a page
   * that is hidden is told `responsive` at once, hung or not (docs/api/web-contents.md, Events 'unresponsive' and
   * 'responsive'; lib/browser/api/web-contents.ts, '-unresponsive'; tests/support/electron/web-contents.ts).
   */
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  once(event: 'destroyed' | 'did-stop-loading', listener: () => void): unknown;
  removeListener(event: 'destroyed', listener: () => void): unknown;
}

/** A WebContentsView showing a site. */
export interface SiteView extends Pick<WebContentsView, 'setBounds' | 'getBounds' | 'setVisible' | 'getVisible' | 'setBackgroundColor'> {
  /**
   * The view's page, read once when the view is made: Electron clears it once the page is destroyed (a page's own
   * window.close(), its opener gone), and the property is then undefined, whatever electron.d.ts says
   * (electron_api_web_contents_view.cc, GetWebContents and WebContentsDestroyed).
   */
  readonly webContents: PageContents | undefined;
}

/** A window's contentView, holding our site views. */
export interface ContentView<V extends SiteView> {
  addChildView(view: V): void;
  removeChildView(view: V): void;
  getBounds(): Rectangle;
  on(event: 'bounds-changed', listener: () => void): unknown;
}

/** One of our BrowserWindows: its own page is our chrome. */
export interface GlueWindow<V extends SiteView = SiteView>
  extends Pick<
    BrowserWindow,
    | 'id'
    | 'close'
    | 'destroy'
    | 'isDestroyed'
    | 'show'
    | 'focus'
    | 'isFocused'
    | 'isVisible'
    | 'isMinimized'
    | 'restore'
    | 'setTitle'
    | 'setIcon'
    | 'setBackgroundColor'
    | 'getBounds'
    | 'getNormalBounds'
    | 'isMaximized'
    | 'isNormal'
    | 'maximize'
    | 'getContentSize'
    | 'loadURL'
  > {
  readonly webContents: PageContents;
  readonly contentView: ContentView<V>;
  /** Windows only (Electron defines it on every platform's type). */
  setAppDetails?(options: AppDetailsOptions): void;
  on(event: 'close' | 'page-title-updated', listener: (event: Event) => void): unknown;
  on(event: 'closed' | 'resize' | 'move' | 'maximize' | 'unmaximize' | 'blur' | 'focus', listener: () => void): unknown;
  /** Windows and Linux: a mouse's back/forward buttons and media keys (docs/api/browser-window.md, Event: 'app-command'). */
  on(event: 'app-command', listener: (event: Event, command: string) => void): unknown;
  /** A page of the window painted for the first time: its own, or a view's page (lib/browser/api/web-contents.ts). */
  on(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
}

/**
 * Everything the window layer asks of Electron, handed in by the composition
 * root (real classes) or by tests (the shared doubles).
 */
/** Where a context menu opens (docs/api/menu.md, menu.popup): x and y in the window's content, or the pointer without them; and how it was asked for. */
export type MenuPlacement = Pick<PopupOptions, 'x' | 'y' | 'sourceType'>;

export interface WindowKit<W extends GlueWindow<V>, V extends SiteView> {
  readonly platform: NodeJS.Platform;
  /** True in development builds (DevTools in the menu); false in a packaged app. */
  readonly development: boolean;
  createWindow(options: BrowserWindowConstructorOptions): W;
  createView(options: WebContentsViewConstructorOptions): V;
  /** BrowserWindow.getAllWindows(). */
  allWindows(): W[];
  /** BrowserWindow.getFocusedWindow(). */
  focusedWindow(): W | null;
  /** A window icon from PNG bytes (nativeImage.createFromBuffer). */
  icon(png: Buffer): NativeImage | string;
  /** dialog.showMessageBox(parent, options): the index of the button chosen. */
  ask(parent: W, options: MessageBoxOptions): Promise<number>;
  /** dialog.showMessageBoxSync(parent, options): for an answer Electron needs before the event returns. */
  askNow(parent: W, options: MessageBoxOptions): number;
  /** dialog.showSaveDialog: the chosen path, or null when cancelled. */
  savePath(parent: W | null, options: SaveDialogOptions): Promise<string | null>;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
  /** Menu.buildFromTemplate(items).popup({ window, x, y, sourceType }): a context menu over this window, at x, y (its content's coordinates) or else at the pointer. */
  popupMenu(items: MenuItemConstructorOptions[], window: W, where?: MenuPlacement): void;
  /** clipboard.writeText. */
  copyText(text: string): void;
  /** The work areas of the displays there are now (screen.getAllDisplays(), after ready), the primary first. */
  workAreas(): Rectangle[];
  /** app.quit(): a quit held while a window's site pages were asked goes on. */
  quit(): void;
  /** nativeTheme.shouldUseDarkColors: the dark appearance is in use (the system's, or one the app forced). */
  darkAppearance(): boolean;
  /** nativeTheme's 'updated': the appearance may have changed (read darkAppearance() again). */
  onAppearanceChanged(listener: () => void): void;
  /** What starts this Hatstand: its executable, and in development the app's folder after it (process.execPath, app.getAppPath()). */
  launchArgv(): string[];
  /** nativeTheme.themeSource = appearance: every window and page, sites included, follows it. */
  setAppearance(appearance: Appearance): void;
}

/**
 * Calls `listener` once the page is closing for good: its window's close got past the window's 'close' and the page's
 * beforeunload, or the page closed itself. Electron then destroys the page, and with a BrowserWindow's own page the
 * window ('closed'), only in a later task, so in between the window is whole (isDestroyed() false) and would take a
 * link or a reopen that it is about to drop (electron_api_browser_window.cc, OnCloseButtonClicked and
 * WebContentsDestroyed; electron_api_web_contents.cc, CloseContents emits 'close', then Destroy posts the deletion).
 * That 'close' of a WebContents is not in electron.d.ts (a `<webview>`'s 'close' is the same event forwarded), hence
 * the EventEmitter view of the page here, and nowhere else.
 */
export function onPageClosing(contents: PageContents, listener: () => void): void {
  (contents as unknown as NodeJS.EventEmitter).once('close', listener);
}

/**
 * createWindow must hand Electron back a WebContents. Ours is either the guest
 * Electron gave us in `options.webContents` or one a WebContentsView made: a
 * real WebContents in the app, typed here only by what the glue uses.
 */
export function asElectronContents(contents: PageContents): WebContents {
  return contents as WebContents;
}
