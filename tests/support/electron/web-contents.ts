/**
 * A double of `Electron.WebContents`: one page (a document at a time) with its
 * navigation, the IPC it receives, its window-open handler and its life.
 *
 * Behaviours modelled, each from Electron 45 (mirror /work/.mirror/electron+electron/repo, HEAD):
 * - `loadURL()` returns a promise that rejects with ERR_ABORTED (-3) when another
 *   main-frame navigation starts before it finished, and Electron attaches a no-op
 *   `catch` so an unawaited rejection is not "unhandled"
 *   (lib/browser/api/web-contents.ts:303-316 `_awaitNextLoad`, :371-377 `loadURL`).
 *   A load that ends without committing and without `did-fail-load` (`stop()`, a
 *   response that became a download, a 204: Chromium cancels each with ERR_ABORTED,
 *   for which electron_api_web_contents.cc DidFinishNavigation emits no
 *   `did-fail-load`) rejects from `did-stop-loading` with ERR_FAILED (-2)
 *   (web-contents.ts:335-347, stopLoadingListener).
 * - `close()` emits `close` at once and destroys the page in a later task, emitting `destroyed` then
 *   (docs/api/web-contents.md:1174-1187; electron_api_web_contents.cc, CloseContents and Destroy, which
 *   posts the deletion): until then the page runs and `isDestroyed()` is false (`nextTask()` lets it happen).
 *   A BrowserWindow's own page closes the same way when the window closes, and its destruction closes the
 *   window (browser-window.ts);
 *   calling a method of a destroyed webContents throws "Object has been destroyed"
 *   (shell/common/gin_helper/function_template.h:206).
 * - `setWindowOpenHandler` keeps one handler (lib/browser/api/web-contents.ts:387-391).
 *   `windowOpen()` models window.open / target=_blank: the handler runs, then
 *   `createWindow` gets the guest Chromium already made as `options.webContents`
 *   and must return that very object (lib/browser/guest-window-manager.ts:70-83,
 *   web-contents.ts:650-745). `openFromLink()` models Ctrl/Cmd-click, Shift-click
 *   and middle-click (Chromium's OpenURLFromTab): the handler gets frameName '' and
 *   features '', and `createWindow` is called WITHOUT a guest (`webContents:
 *   undefined`), after which Electron loads nothing: the URL, referrer and POST body
 *   exist only in the handler's details (shell/browser/api/electron_api_web_contents.cc:1533-1574,
 *   web-contents.ts:606-646, guest-window-manager.ts:70-105; docs/api/web-contents.md:1515-1518).
 * - The sandbox of the frame that opens a window (sandboxed without allow-popups-to-escape-sandbox) reaches a new page
 *   only as Chromium's starting sandbox flags (`sandboxFlags`, an observation): for window.open Chromium gives them to
 *   the guest itself and never tells main (electron#52133: "what content::WebContentsImpl::CreateWithOpener does for
 *   renderer-created popups"; OnWillCreateWindow, electron_api_web_contents.cc:1377-1435, has the opener frame but
 *   emits none of its flags); for a modifier click they reach main only as createWindow's
 *   `webPreferences.openerSandboxFlags`, after the handler allowed it (web-contents.ts:606-646 passes them to
 *   openGuestWindow, guest-window-manager.ts:57-66), and a WebContents made with them starts with them
 *   (electron_api_web_contents.cc:933-1005, `params.starting_sandbox_flags`). The handler's details never carry them
 *   (web-contents.ts:606-620, 650-664), and a denied open drops them.
 * - A guest whose opener is destroyed is destroyed too unless `outlivesOpener`
 *   (guest-window-manager.ts:110-140); the opener's `window.closed` turns true only
 *   when the guest webContents is destroyed.
 * - Messages from `send()` reach only listeners the current document registered;
 *   a navigation or reload commits a new document whose listeners start empty
 *   (ipcRenderer listeners live in the page's JavaScript context, docs/api/ipc-renderer.md).
 * - The default menu's roles act on `webContents.getFocusedWebContents()`
 *   (lib/browser/api/menu.ts:89-94): `focus()` makes this the focused page.
 * - `setWebRTCIPHandlingPolicy` / `getWebRTCIPHandlingPolicy` keep one of the four
 *   policies, 'default' until set (docs/api/web-contents.md:2270-2299).
 * - A page takes its session's user agent once, when it is made, and keeps it: a later
 *   `session.setUserAgent` reaches only pages made after it (electron_api_web_contents.cc,
 *   the constructors' `SetUserAgent(GetBrowserContext()->GetUserAgent())`; docs/api/session.md:1381-1382).
 *   `setUserAgent` overrides this page's.
 * - Authentication (a proxy's 407, a site's 401) emits `login` on the page that
 *   asked (shell/browser/login_handler.cc:86-101) with (event, details, authInfo,
 *   callback). Unless a listener calls `preventDefault()`, Electron cancels it;
 *   `callback()` without a user name cancels too, and the page gets the error
 *   (docs/api/app.md:359-397). `authenticate()` is the test control.
 * - When a page's renderer process ends, `render-process-gone` (event,
 *   { reason, exitCode }) is emitted and the page stays blank until it loads
 *   again; `reload()` starts a new renderer (docs/api/web-contents.md, Event:
 *   'render-process-gone'). `crash()` is the test control.
 * - A page whose renderer stops answering (`hang()`, a test control) emits `unresponsive` only while it is visible
 *   and its renderer initialised: Electron drops the others (lib/browser/api/web-contents.ts:840-845, `shouldEmit =
 *   !event.shouldIgnore && event.visible && event.rendererInitialized`; electron_api_web_contents.cc,
 *   RendererUnresponsive sets `visible` from GetVisibility() == VISIBLE). Chromium tells it once the person's input has
 *   gone unanswered for kHungRendererDelay, 15 s on desktop (content/common/content_constants_internal.h), which
 *   `hang()` stands for. `respond()`: the renderer answers again, and `responsive` follows a told `unresponsive`
 *   (electron_api_web_contents.cc, RendererResponsive; RenderWidgetHostImpl::RendererIsResponsive tells it only
 *   `if (is_unresponsive_)`). A page that is hidden (its view's `setVisible(false)`, the view out of its window, the
 *   window hidden or minimised) is no longer watched, and is told `responsive` at once, still hung:
 *   RenderWidgetHostImpl::WasHidden "Don't bother reporting hung state when we aren't active" ->
 *   StopInputEventAckTimeout -> RendererIsResponsive (content/browser/renderer_host/render_widget_host_impl.cc);
 *   a WebContentsView hidden with setVisible is hidden for its page (spec/api-web-contents-view-spec.ts, "tracks
 *   visibility independently when a child WebContentsView is hidden via setVisible"). Shown again while still hung,
 *   the watch starts over (RestartInputEventAckTimeoutIfNecessary) and `unresponsive` comes 15 s later.
 * - `forcefullyCrashRenderer()` ends the page's renderer process; `render-process-gone` follows in a later task with
 *   reason 'crashed' on Linux (rph->ForceCrash()) and 'killed' elsewhere (Shutdown(RESULT_CODE_HUNG), exit code 2)
 *   (electron_api_web_contents.cc, ForcefullyCrashRenderer; PrimaryMainFrameRenderProcessGone posts the emit;
 *   docs/api/web-contents.md:1345-1356 "reason=killed || reason=crashed"). A page with no live renderer has no view
 *   to kill and nothing happens. A load after it runs in a new renderer (docs/api/web-contents.md:1352-1356;
 *   spec/api-web-contents-spec.ts, "survives a synchronous reload() from the render-process-gone handler").
 *   A renderer that ends is told no `responsive` (RenderWidgetHostImpl::RendererExited marks it hidden directly).
 * - A WebContents is a Node EventEmitter (lib/browser/init.ts:20 sets the
 *   prototype of gin_helper::EventEmitterMixin objects to EventEmitter's), and
 *   Electron's events reach listeners through its `emit`: `prependListener`
 *   runs a listener before those added when the contents was created (the
 *   double is an EventEmitter too).
 * - `navigator.bluetooth.requestDevice()` emits `select-bluetooth-device`
 *   (event, devices, callback) on the page as devices are found. Electron's own
 *   listener cancels it while it is the only one (lib/browser/api/web-contents.ts,
 *   `listenerCount('select-bluetooth-device') === 1`: preventDefault and
 *   callback('')); once anyone else listens, a request no listener prevents
 *   gets the first device, with no permission handler asked
 *   (shell/browser/lib/bluetooth_chooser.cc, AddOrUpdateDevice).
 *   `requestBluetoothDevice()` is the test control.
 * - `getURL()` is the last committed URL (electron_api_web_contents.cc, WebContents::GetURL returns
 *   GetLastCommittedURL): a navigation under way does not change it until it commits, and a failed one
 *   commits an error page at its URL unless it was aborted.
 * - `send()` passes a structured clone of its arguments. A value that cannot be cloned fails in main
 *   (shell/common/v8_util.cc, V8Serializer::Write), but `send` does not throw: WebFrameMain.send catches it and
 *   logs "Error sending from webFrameMain: " (lib/browser/api/web-frame-main.ts), and the message is dropped
 *   (`unsendable` in `sent`). A destroyed page's `send` throws "Object has been destroyed".
 * - A right-click emits `context-menu` (event, params) and Electron shows no menu of its own
 *   (electron_api_web_contents.cc, HandleContextMenu). `contextMenu()` is the test control.
 * - Zoom is its session's, per host (session.ts): `getZoomLevel` and `setZoomLevel` read and set the level of the host
 *   of the page shown (web_contents_zoom_controller.cc, GetZoomLevel and SetZoomLevel), and the `zoomLevel` property is
 *   those two methods (lib/browser/api/web-contents.ts, `Object.defineProperty(this, 'zoomLevel', ...)`).
 *   `setZoomLevel` on a page whose renderer is gone, or that never committed a page (no renderer yet, or no address
 *   to take a host from), changes nothing: SetZoomLevel returns false when
 *   `!GetPrimaryMainFrame()->IsRenderFrameLive()` and when GetURLForRenderFrameHost is empty, and Electron ignores
 *   that answer (electron_api_web_contents.cc, WebContents::SetZoomLevel).
 * - Ctrl+mouse wheel over a page, unless the page handles the wheel itself, only emits `zoom-changed` (event, 'in' |
 *   'out'): Electron zooms nothing (electron_api_web_contents.cc, ContentsZoomChange: `Emit("zoom-changed", ...)`;
 *   docs/api/web-contents.md, Event: 'zoom-changed'). Chromium asks for it on Windows and Linux only
 *   (content/browser/web_contents/web_contents_impl.cc, HandleWheelEvent, `#if !BUILDFLAG(IS_MAC)`), whole wheel
 *   notches at a time. `ctrlWheel()` is the test control.
 */
import type {
  BrowserWindowConstructorOptions,
  ContextMenuParams,
  HandlerDetails,
  LoadFileOptions,
  LoadURLOptions,
  PostBody,
  Referrer,
  UploadFile,
  UploadRawData,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { Emitter, FakeEvent, loginChallenge, type LoginAnswer } from './events';
import { cloneAcrossIpc } from './ipc';
import type { ElectronWorld } from './world';
import type { FakeSession } from './session';
import type { FakeView } from './views';

/** kHungRendererDelay on desktop (content/common/content_constants_internal.h): unanswered input this long is a hang. */
export const HUNG_RENDERER_DELAY_MS = 15_000;

/** Methods whose Electron signatures the double keeps (tsc checks them against electron.d.ts). */
export type WebContentsKeys =
  | 'setWebRTCIPHandlingPolicy'
  | 'getWebRTCIPHandlingPolicy'
  | 'setUserAgent'
  | 'getUserAgent'
  | 'id'
  | 'getURL'
  | 'getTitle'
  | 'isLoading'
  | 'isLoadingMainFrame'
  | 'isDestroyed'
  | 'isCrashed'
  | 'forcefullyCrashRenderer'
  | 'close'
  | 'loadURL'
  | 'loadFile'
  | 'reload'
  | 'reloadIgnoringCache'
  | 'stop'
  | 'send'
  | 'focus'
  | 'isFocused'
  | 'setWindowOpenHandler'
  | 'executeJavaScript'
  | 'executeJavaScriptInIsolatedWorld'
  | 'insertText'
  | 'getZoomLevel'
  | 'setZoomLevel'
  | 'zoomLevel'
  | 'toggleDevTools'
  | 'openDevTools'
  | 'closeDevTools'
  | 'isDevToolsOpened'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'undo'
  | 'redo'
  | 'selectAll'
  | 'delete'
  | 'pasteAndMatchStyle'
  | 'replaceMisspelling'
  | 'copyImageAt'
  | 'downloadURL'
  | 'findInPage'
  | 'stopFindInPage';

export interface LoadRecord {
  url: string;
  /** Who started it: our code (`loadURL`/`loadFile`/`reload`) or the page/Chromium (window.open guest, link). */
  by: 'app' | 'page';
  options?: LoadURLOptions;
}

export interface SentMessage {
  channel: string;
  args: unknown[];
  /** Whether a listener of the document showing at that moment received it. */
  delivered: boolean;
  /** Which document was showing (0 before the first commit, +1 per committed navigation). */
  document: number;
  /** Why it never left main: its arguments could not be cloned (Electron logs this and drops it). */
  unsendable?: string;
}

/** What the doubles' frames carry of WebFrameMain: compared as objects, or by the ids a committed frame is told by. */
export interface FakeFrame {
  readonly top: object | null;
  readonly parent: object | null;
  readonly processId: number;
  readonly routingId: number;
  readonly frameTreeNodeId: number;
}

type PendingLoad = { url: string; resolve(): void; reject(error: Error): void };

/** What `windowOpen()` / `openFromLink()` report back to the test, as the opener page would see it. */
export interface OpenResult {
  /** 'denied': window.open returned null; 'app-window': our createWindow ran; 'electron-window': Electron made a BrowserWindow itself. */
  outcome: 'denied' | 'app-window' | 'electron-window';
  details: HandlerDetails;
  /** The options our createWindow received (absent unless it ran). */
  createWindowOptions?: BrowserWindowConstructorOptions & { webContents?: WebContents };
  /** The guest Chromium prepared (window.open only). */
  guest?: FakeWebContents;
  /** The opener's `popup.closed`: true once the guest webContents is destroyed. */
  closed(): boolean;
}

const ABORTED = { errorCode: -3, errorDescription: 'ERR_ABORTED' };
/** How loadURL's promise rejects for a load that stopped with neither a commit nor `did-fail-load`. */
const STOPPED = { errorCode: -2, errorDescription: 'ERR_FAILED' };

/** Electron's rejection for a load (web-contents.ts:285-291): message, errno, code, url. */
export function loadError(errorCode: number, errorDescription: string, url: string): Error {
  const error = new Error(`${errorDescription} (${errorCode}) loading '${url.slice(0, 2048)}'`);
  return Object.assign(error, { errno: errorCode, code: errorDescription, url });
}

/** A load the page's beforeunload refused: its did-fail-load said ERR_ABORTED, and the promise rejects with it. */
function refusedLoad(url: string): Promise<void> {
  const refused = Promise.reject(loadError(ABORTED.errorCode, ABORTED.errorDescription, url));
  refused.catch(() => {}); // (web-contents.ts:373-374: Electron silences the unawaited rejection)
  return refused;
}

export class FakeNavigationHistory implements Pick<Electron.NavigationHistory, 'canGoBack' | 'canGoForward' | 'goBack' | 'goForward' | 'getActiveIndex' | 'length'> {
  entries: string[] = [];
  index = -1;
  constructor(private readonly contents: FakeWebContents) {}
  canGoBack(): boolean {
    return this.index > 0;
  }
  canGoForward(): boolean {
    return this.index < this.entries.length - 1;
  }
  goBack(): void {
    if (!this.canGoBack() || !this.contents.mayUnload(this.entries[this.index - 1]!, false)) return;
    this.index -= 1;
    this.contents.startNavigation(this.entries[this.index]!, 'page', undefined, true);
  }
  goForward(): void {
    if (!this.canGoForward() || !this.contents.mayUnload(this.entries[this.index + 1]!, false)) return;
    this.index += 1;
    this.contents.startNavigation(this.entries[this.index]!, 'page', undefined, true);
  }
  getActiveIndex(): number {
    return this.index;
  }
  length(): number {
    return this.entries.length;
  }
  /** Records a committed navigation (a history move keeps the list). */
  commit(url: string, historyMove: boolean): void {
    if (historyMove) return;
    this.entries = [...this.entries.slice(0, this.index + 1), url];
    this.index = this.entries.length - 1;
  }
}

export class FakeWebContents extends Emitter implements Pick<WebContents, WebContentsKeys> {
  readonly id: number;
  readonly navigationHistory = new FakeNavigationHistory(this);
  /**
   * The page's main frame: one object for as long as the frame is the same (Electron caches a WebFrameMain per frame,
   * shell/browser/api/electron_api_web_frame_main.cc, WebFrameMain::From / FromRenderFrameHost), and the same object a
   * navigation event's `frame` and `initiator` give for it (electron_api_web_contents.cc, EmitNavigationEvent). Only
   * compared here, or by the ids `did-frame-navigate` tells a committed frame by (`processId`, `routingId`: the frame's
   * current RenderFrameHost's, electron_api_web_frame_main.cc ProcessID/RoutingID; UpdateRenderFrameHost keeps the object
   * across a swap). A navigation's speculative frame is told as this same object (WebFrameMain::From looks a speculative
   * or pending-commit RenderFrameHost up by its FrameTreeNode).
   */
  readonly mainFrame: FakeFrame = { top: null, parent: null, processId: 1, routingId: 1, frameTreeNodeId: 1 };
  /** Test control: another frame of the page, a cross-site frame (an ad's), for `pageNavigates(url, { by })`. */
  readonly crossSiteFrame: object = { parent: this.mainFrame };
  /**
   * Test control: the root of a fenced frame (`<fencedframe>`, an ad's) in the page: a frame of its own, with its own
   * FrameTreeNode, so not the object `mainFrame` is, though Electron tells its navigations `isMainFrame` true
   * (electron_api_web_contents.cc, EmitNavigationEvent and DidFinishNavigation use NavigationHandle::IsInMainFrame, not
   * IsInPrimaryMainFrame; that a fenced frame's root is a main frame of its own page, whose `parent` is null, is
   * Chromium's MPArch, not in the mirror). See `fencedFrameNavigates`.
   */
  readonly fencedFrame: FakeFrame = { top: null, parent: null, processId: 1, routingId: 2, frameTreeNodeId: 2 };
  /** Every navigation started, in order. */
  readonly loads: LoadRecord[] = [];
  readonly sent: SentMessage[] = [];
  /** JavaScript our code ran in the page, and the answer the page gives (tests set `answerScript`). */
  readonly scripts: string[] = [];
  answerScript: (code: string) => unknown = () => undefined;
  /** JavaScript our code ran in an isolated world of the page (`executeJavaScriptInIsolatedWorld`), with the world's id. */
  readonly isolatedScripts: Array<{ worldId: number; code: string }> = [];
  readonly insertedText: string[] = [];
  readonly editCommands: string[] = [];
  /** The window this page is shown in (its own BrowserWindow, or the window whose contentView holds its view). */
  ownerWindowId: number | null = null;
  /** The web preferences the page was made with (its view's or window's; the page's own in Electron). */
  webPreferences: WebPreferences = {};
  /** Whether the page shows an element in HTML fullscreen (`requestHtmlFullscreen()`), and whether the window was already so then. */
  private htmlFullscreen = false;
  private nativeFullscreen = false;
  /**
   * Observation (not Electron API): the sandbox flags Chromium started this page's main frame with, 0 for none (see the
   * header): a window.open guest's from its opener frame, or `webPreferences.openerSandboxFlags` of a new page.
   */
  sandboxFlags = 0;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  private webRtcPolicy: ReturnType<WebContents['getWebRTCIPHandlingPolicy']> = 'default';
  /** The page's user agent: its session's when it was made, or its own override (see the header). */
  private ownUserAgent: string;
  /**
   * Whether the document shown, and the navigation under way, use that override. Electron sets it as an override that
   * Chromium applies to a navigation `loadURL` starts (electron_api_web_contents.cc, SetUserAgent:
   * `SetUserAgentOverride(ua, false)`; LoadURL: UA_OVERRIDE_TRUE), and a page's own navigations inherit the entry's;
   * a page's first navigation that no loadURL started (a window.open popup) gets `app.userAgentFallback`.
   */
  private overridesUserAgent = false;
  private pendingOverridesUserAgent = false;

  private destroyed = false;
  /** The URL of the navigation under way or last started (what the page is loading). */
  private url = '';
  /** The URL of the document shown: getURL() is GetLastCommittedURL() (electron_api_web_contents.cc, WebContents::GetURL). */
  private committedUrl = '';
  private title = '';
  private loading = false;
  private devTools = false;
  /** The page's renderer ended (`crash()`) and no load has started a new one. */
  private rendererGone = false;
  private pendingLoad: PendingLoad | null = null;
  /** The frame that started the navigation under way (`initiator`), null when no frame did (see `redirectNavigation`). */
  private pendingInitiator: object | null = null;
  private pendingHistoryMove = false;
  private painted = false;
  /** The current document's IPC listeners (what its preload registered with ipcRenderer.on). */
  private documentListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  private documentNumber = 0;

  constructor(
    readonly world: ElectronWorld,
    readonly session: FakeSession,
    /** 'window' for a BrowserWindow's own page, 'browserView' for a WebContentsView's (WebContents.getType()). */
    readonly type: 'window' | 'browserView' = 'browserView',
  ) {
    super();
    this.ownUserAgent = session.getUserAgent();
    this.id = world.register(this);
    // lib/browser/api/web-contents.ts:847-856: every new webContents is announced while it is being
    // built, before the code that created it has configured it (the place for a safety net).
    world.app?.emit('web-contents-created', { sender: this, preventDefault() {}, defaultPrevented: false }, this);
  }

  /**
   * WebContents.getType(): 'window' for a WebContentsView's page too: WebContents::New reads no `type` from a view's
   * preferences, and `type_` defaults to kBrowserWindow (electron_api_web_contents.h); 'browserView' was the removed
   * BrowserView's.
   */
  getType(): 'window' | 'browserView' {
    return 'window';
  }

  // ---------------------------------------------------------------- life

  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Whether the page's renderer has ended and no load has started a new one (web_contents_impl.cc, IsCrashed). */
  isCrashed(): boolean {
    return this.rendererGone;
  }

  /**
   * docs/api/web-contents.md:1174-1187: the page closes, the webContents is destroyed, `destroyed` is emitted.
   * With `waitForBeforeUnload`, a page that needs its beforeunload run (a document with a live renderer:
   * NeedToFireBeforeUnloadOrUnloadEvents) runs it first, and its answer comes from the renderer in a later task
   * (electron_api_web_contents.cc, Close: DispatchBeforeUnload). A page that asks to stay emits `will-prevent-unload`;
   * unless a listener prevents its default it stays open, and nothing more is emitted (RunBeforeUnloadDialog, then
   * lib/browser/api/web-contents.ts, '-before-unload-fired', which keeps a page of type 'window': a WebContentsView's
   * page is one, electron_api_web_contents.h `type_` default). Otherwise it closes as below.
   */
  close(opts?: { waitForBeforeUnload: boolean }): void {
    this.alive();
    if (this.closing) return;
    if (opts?.waitForBeforeUnload && this.committedUrl && !this.rendererGone && this.unloadNeverAnswered) return;
    if (opts?.waitForBeforeUnload && this.committedUrl && !this.rendererGone && this.cancelsUnload) {
      setImmediate(() => {
        if (this.destroyed || this.closing || this.unloadRefused()) return;
        this.close();
      });
      return;
    }
    this.closeContents();
  }
  private closing = false;

  /**
   * Electron-internal: the page closes (content's WebContents::Close -> WebContents::CloseContents, for
   * `webContents.close()` and for a BrowserWindow closing its own page): 'close' at once, then Destroy() posts the
   * deletion to a later task of the UI thread, so the page is alive (isDestroyed() false) until 'destroyed' comes
   * (electron_api_web_contents.cc, Close, CloseContents and Destroy).
   */
  closeContents(): void {
    if (this.closing || this.destroyed) return;
    this.closing = true;
    this.emit('close', new FakeEvent());
    this.destroyLater();
  }

  /**
   * Electron-internal: WebContents::Destroy outside shutdown: "destroyed asynchronously ... as user may choose to
   * destroy WebContents during an event of it" (electron_api_web_contents.cc, Destroy posts DeleteThisIfAlive), as
   * `win.destroy()` does for its own page (~BrowserWindow calls api_web_contents_->Destroy()).
   */
  destroyLater(): void {
    setImmediate(() => this.destroyNow());
  }

  /**
   * Electron-internal: C++ observers of the page's destruction, told after its 'destroyed' (content::WebContentsObserver
   * ::WebContentsDestroyed: api::WebContents observes its page first, so it emits 'destroyed' before, e.g., its
   * BrowserWindow's WebContentsDestroyed closes the window). Not JavaScript listeners: no `listenerCount` shows them.
   */
  observeDestroyed(observer: () => void): void {
    this.destroyObservers.push(observer);
  }
  private readonly destroyObservers: Array<() => void> = [];

  /** Electron-internal destroy at once (an opener closing its guest; the deletion task that Destroy() posted). */
  destroyNow(): void {
    if (this.destroyed) return;
    const pending = this.pendingLoad;
    this.pendingLoad = null;
    pending?.reject(loadError(ABORTED.errorCode, ABORTED.errorDescription, pending.url));
    this.destroyed = true;
    this.loading = false;
    this.stopHangWatch();
    this.documentListeners.clear();
    this.world.unregister(this);
    this.emit('destroyed');
    for (const observer of this.destroyObservers.splice(0)) observer();
  }

  private alive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }

  // ---------------------------------------------------------------- navigation

  getURL(): string {
    this.alive();
    return this.committedUrl;
  }
  getTitle(): string {
    this.alive();
    return this.title;
  }
  isLoading(): boolean {
    this.alive();
    return this.loading;
  }

  loadURL(url: string, options?: LoadURLOptions): Promise<void> {
    this.alive();
    if (!this.mayUnload(url, true)) return refusedLoad(url);
    return this.startNavigation(url, 'app', options);
  }

  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    this.alive();
    const query = options?.query ? `?${new URLSearchParams(options.query as Record<string, string>).toString()}` : '';
    const url = `file://${filePath.startsWith('/') ? '' : '/'}${filePath}${query}${options?.hash ? `#${options.hash}` : ''}`;
    if (!this.mayUnload(url, true)) return refusedLoad(url);
    return this.startNavigation(url, 'app');
  }

  reload(): void {
    this.alive();
    if (!this.mayUnload(this.committedUrl || this.url, false)) return;
    // NavigationController reloads the last committed entry; before anything committed, the load under way.
    void this.startNavigation(this.committedUrl || this.url, 'app', undefined, true);
  }
  reloadIgnoringCache(): void {
    this.reload();
  }
  stop(): void {
    this.alive();
    if (this.pendingLoad) this.failLoad(ABORTED.errorCode, ABORTED.errorDescription);
  }

  /**
   * Starts a main-frame navigation. A navigation already under way is aborted
   * (its loadURL promise rejects with ERR_ABORTED, web-contents.ts:303-316).
   * It commits only when the test calls `finishLoad()` (or `failLoad()`).
   */
  startNavigation(asked: string, by: 'app' | 'page', options?: LoadURLOptions, historyMove = false, initiator: object | null = null, started = false): Promise<void> {
    const url = chromiumUrl(asked);
    const wasLoading = this.loading;
    const previous = this.pendingLoad;
    this.pendingLoad = null;
    this.pendingInitiator = initiator;
    previous?.reject(loadError(ABORTED.errorCode, ABORTED.errorDescription, url));
    this.loads.push(options ? { url, by, options } : { url, by });
    this.pendingOverridesUserAgent = by === 'app' && !historyMove ? true : this.overridesUserAgent;
    this.url = url;
    this.loading = true;
    this.rendererGone = false; // (a load starts a new renderer)
    this.navigationsStarted += 1;
    this.pendingHistoryMove = historyMove;
    const p = new Promise<void>((resolve, reject) => {
      this.pendingLoad = { url, resolve, reject };
    });
    // web-contents.ts:373-374: "Add a no-op rejection handler to silence the unhandled rejection error."
    p.catch(() => {});
    // (Only a page that was not loading starts to: Chromium tells the frame tree's change of loading state. A page's own
    // navigation told its start, and the page's loading, before will-frame-navigate: `pageNavigates`.)
    if (!started && !wasLoading) this.emit('did-start-loading');
    if (!started) {
      const details = { url, isMainFrame: true, isSameDocument: false, frame: this.mainFrame, initiator };
      this.emit('did-start-navigation', new FakeEvent(details), url, false, true);
    }
    return p;
  }

  /** Test control: the pending navigation commits (a new document) and finishes loading. */
  finishLoad(title = ''): void {
    if (this.destroyed) return;
    const pending = this.pendingLoad;
    this.pendingLoad = null;
    this.navigationHistory.commit(this.url, this.pendingHistoryMove);
    this.committedUrl = this.url;
    this.overridesUserAgent = this.pendingOverridesUserAgent;
    this.documentListeners = new Map();
    this.documentNumber += 1;
    this.title = title;
    this.loading = false;
    this.findLeavesDocument();
    // electron_api_web_contents.cc, DidFinishNavigation: a committed document that is no error page emits
    // did-frame-navigate (with the frame's process and routing ids), then, for a main frame, did-navigate.
    const { processId, routingId } = this.mainFrame;
    this.emit('did-frame-navigate', new FakeEvent(), this.url, 200, 'OK', true, processId, routingId);
    this.emit('did-navigate', new FakeEvent(), this.url, 200, 'OK');
    this.emit('page-title-updated', new FakeEvent(), title, true);
    this.emit('dom-ready', new FakeEvent());
    this.emit('did-finish-load', new FakeEvent());
    this.findSearchesNewDocument();
    this.emit('did-stop-loading', new FakeEvent());
    if (!this.painted) {
      this.painted = true;
      // web-contents.ts:757-764: a page's first paint emits 'ready-to-show' on its owner window, which is the window of
      // a WebContentsView's page too, once the view is in it (electron_api_web_contents_view.cc, OnViewAddedToWidget).
      this.world.fromWebContents(this)?.emit('ready-to-show');
    }
    pending?.resolve();
  }

  /**
   * Test control: a same-document navigation of the main frame (a fragment, `history.pushState`): Electron emits only
   * `did-navigate-in-page` (event, url, isMainFrame, frameProcessId, frameRoutingId), never did-frame-navigate nor
   * did-navigate (electron_api_web_contents.cc, DidFinishNavigation: IsSameDocument). The document stays: no load
   * starts, its listeners and title stay, and getURL() is the new address.
   */
  navigateInPage(url: string): void {
    if (this.destroyed) return;
    this.navigationHistory.commit(url, false);
    if (!this.pendingLoad) this.url = url;
    this.committedUrl = url;
    const { processId, routingId } = this.mainFrame;
    this.emit('did-navigate-in-page', new FakeEvent(), url, true, processId, routingId);
  }

  /** Test control: the pending navigation fails (did-fail-load, then the loadURL promise rejects). */
  failLoad(errorCode = -105, errorDescription = 'ERR_NAME_NOT_RESOLVED'): void {
    const pending = this.pendingLoad;
    this.pendingLoad = null;
    this.loading = false;
    // Chromium commits an error page at the failed URL, except for an aborted navigation, which commits nothing
    // (content/browser/renderer_host/navigation_request.cc, OnFailureChecksComplete: ERR_ABORTED resets the request,
    // any other error goes on to CommitErrorPage).
    if (errorCode !== ABORTED.errorCode) this.committedUrl = this.url;
    // (No 'did-fail-load' for a cancelled navigation: electron_api_web_contents.cc, DidFinishNavigation, which names the
    // frame the error page committed in by its ids: the main frame's.)
    const { processId, routingId } = this.mainFrame;
    if (errorCode !== ABORTED.errorCode) this.emit('did-fail-load', new FakeEvent(), errorCode, errorDescription, this.url, true, processId, routingId);
    // The error page is a document that loads: its did-finish-load follows (lib/browser/api/web-contents.ts:321-333,
    // failListener keeps the error and waits for it, so that loadURL rejects only then).
    if (errorCode !== ABORTED.errorCode) this.emit('did-finish-load', new FakeEvent());
    this.emit('did-stop-loading', new FakeEvent());
    // A cancelled load is only seen stopping: loadURL's promise rejects with the generic failure
    // (lib/browser/api/web-contents.ts:335-347, stopLoadingListener).
    if (errorCode === ABORTED.errorCode) pending?.reject(loadError(STOPPED.errorCode, STOPPED.errorDescription, pending.url));
    else pending?.reject(loadError(errorCode, errorDescription, this.url));
  }

  /**
   * Test control: the page itself navigates (a link in the same tab); `will-navigate` may prevent it. `by`: the frame
   * that started it, the main frame unless a cross-site frame navigates the top (`<a target="_top">`, `top.location`);
   * Electron's navigation events tell it as `initiator`, and the frame navigated as `frame` (electron.d.ts,
   * WebContentsWillFrameNavigateEventParams; electron_api_web_contents.cc, EmitNavigationEvent).
   */
  pageNavigates(asked: string, { by = 'main' }: { by?: 'main' | 'cross-site' } = {}): boolean {
    this.alive();
    const url = chromiumUrl(asked);
    // (The renderer runs beforeunload before it asks the browser to navigate.)
    if (!this.mayUnload(url, false)) return false;
    // did-start-navigation first: Chromium tells a navigation's start (NavigationRequest::StartNavigation ->
    // DidStartNavigation) before its throttles' WillStartRequest, and docs/api/web-contents.md, "Navigation Events ->
    // Document Navigations", lists did-start-navigation before will-frame-navigate and will-navigate. Then
    // will-frame-navigate, for the main frame too; prevented, will-navigate is not emitted; each has its own event
    // (shell/browser/electron_navigation_throttle.cc, WillStartRequest). Prevented, nothing follows ("Subsequent events
    // will not fire if event.preventDefault() is called on any of the cancellable events", ibid.).
    //
    // Loading: the page starts loading (`did-start-loading`, electron_api_web_contents.cc DidStartLoading) once the
    // browser has the renderer's navigation request, before its DidStartNavigation, and a navigation that ends without
    // committing anything (a listener prevented it, so the throttle cancelled it; an external scheme) stops it again
    // (`did-stop-loading`) unless another load of the page goes on. That a frame's loading includes its navigation
    // request, and that cancelling the request stops it, is Chromium's (FrameTreeNode, NavigationRequest), not in the
    // mirror; Electron's own spec waits for did-stop-loading after a prevented will-navigate (api-browser-window-spec.ts,
    // 'will-navigate' "can be prevented").
    const wasLoading = this.loading;
    const stopped = () => {
      if (!wasLoading) this.emit('did-stop-loading', new FakeEvent());
    };
    if (!wasLoading) this.emit('did-start-loading');
    const frames = { frame: this.mainFrame, initiator: by === 'main' ? this.mainFrame : this.crossSiteFrame };
    this.emit('did-start-navigation', new FakeEvent({ url, isMainFrame: true, isSameDocument: false, ...frames }), url, false, true);
    if (this.emitPreventable('will-frame-navigate', { url, isMainFrame: true, ...frames }).defaultPrevented) return (stopped(), false);
    const event = this.emitPreventable('will-navigate', { url, isMainFrame: true, ...frames }, url);
    // (Unless a listener started another load meanwhile, a loadURL, which goes on.)
    if (event.defaultPrevented) return (this.pendingLoad ? undefined : stopped(), false);
    if (isExternalScheme(url, this.session)) {
      void this.toExternalProtocol(url);
      stopped();
      return true;
    }
    void this.startNavigation(url, 'page', undefined, false, frames.initiator, true);
    return true;
  }

  /**
   * Test control: a frame of the page (an iframe: an embedded player, an ad) loads a new document once the page has
   * loaded. The page starts loading again: `did-start-loading` is the tab's spinner (docs/api/web-contents.md, Event:
   * 'did-start-loading'; electron_api_web_contents.cc, WebContents::DidStartLoading, Chromium's for the whole frame
   * tree, sub-frames included), then `did-start-navigation` with `isMainFrame` false (ibid., Event:
   * 'did-start-navigation', emitted for every frame), and `did-stop-loading`. The main frame's document stays.
   */
  frameNavigates(url: string): void {
    this.alive();
    const wasLoading = this.loading;
    if (!wasLoading) this.emit('did-start-loading');
    this.emit('did-start-navigation', new FakeEvent({ url, isMainFrame: false, isSameDocument: false }), url, false, false);
    if (!wasLoading) this.emit('did-stop-loading', new FakeEvent());
  }

  /**
   * Test control: the page's fenced frame (`fencedFrame`, an ad's) loads `asked`, as the embedding page asks it to (its
   * `config`: a navigation the renderer started, its `initiator` the page's main frame, the embedder; that it is
   * renderer-initiated is Chromium's fenced frame code, not in the mirror). Electron tells every event of it as a main
   * frame's (electron_api_web_contents.cc, EmitNavigationEvent and DidFinishNavigation: `IsInMainFrame()`, not
   * IsInPrimaryMainFrame), with `frame` the fenced frame's root and its own ids: `did-start-navigation`, then the
   * throttle's `will-frame-navigate` and `will-navigate` (electron_navigation_throttle.cc, WillStartRequest: a
   * renderer-initiated navigation, `IsInMainFrame()`); prevented, nothing follows. `redirectTo`: the ad's server
   * redirects once, `will-redirect` (preventable: then nothing commits) and `did-redirect-navigation`
   * (WillRedirectRequest, DidRedirectNavigation). Then, unless `commit` is false: a document commits, `did-frame-navigate`
   * with `isMainFrame` true and the fenced frame's ids, then `did-navigate` with the ad's address; or, with `fail`, an
   * error page commits, `did-fail-load` with `isMainFrame` true and the fenced frame's ids (DidFinishNavigation). The
   * page's document, address (`getURL()`) and navigation under way stay. False when a listener prevented it.
   */
  fencedFrameNavigates(
    asked: string,
    { commit = true, redirectTo, fail }: { commit?: boolean; redirectTo?: string; fail?: { errorCode: number; errorDescription: string } } = {},
  ): boolean {
    this.alive();
    let url = chromiumUrl(asked);
    const frames = { frame: this.fencedFrame, initiator: this.mainFrame };
    this.emit('did-start-navigation', new FakeEvent({ url, isMainFrame: true, isSameDocument: false, ...frames }), url, false, true);
    if (this.emitPreventable('will-frame-navigate', { url, isMainFrame: true, ...frames }).defaultPrevented) return false;
    if (this.emitPreventable('will-navigate', { url, isMainFrame: true, ...frames }, url).defaultPrevented) return false;
    if (redirectTo !== undefined) {
      url = chromiumUrl(redirectTo);
      const details = { url, isMainFrame: true, isSameDocument: false, ...frames };
      if (this.emitPreventable('will-redirect', details, url, false, true).defaultPrevented) return false;
      this.emit('did-redirect-navigation', new FakeEvent(details), url, false, true);
    }
    if (!commit) return true;
    const { processId, routingId } = this.fencedFrame;
    if (fail) {
      this.emit('did-fail-load', new FakeEvent(), fail.errorCode, fail.errorDescription, url, true, processId, routingId);
      return true;
    }
    this.emit('did-frame-navigate', new FakeEvent(), url, 200, 'OK', true, processId, routingId);
    this.emit('did-navigate', new FakeEvent(), url, 200, 'OK');
    return true;
  }

  /**
   * Test control: the server answers the navigation under way with a redirect (301/302/303/307/308) to `url`.
   * Electron emits `will-redirect` for every redirect of every navigation, browser- or renderer-initiated alike
   * (shell/browser/electron_navigation_throttle.cc, WillRedirectRequest: no IsRendererInitiated check, unlike
   * WillStartRequest's will-frame-navigate/will-navigate, which a redirect never emits again). Its details are
   * EmitNavigationEvent's (electron_api_web_contents.cc): `url` (the redirect's target), `isMainFrame`, `frame`, and
   * `initiator`, the frame that started the navigation (the main frame or a cross-site frame for the page's own
   * navigation), null for one no frame started: `loadURL` sets no initiator frame (LoadURL fills no
   * initiator_frame_token in its LoadURLParams), nor does reload or a history move main starts (docs/api/web-contents.md,
   * Event: 'will-redirect', `initiator`: "null if the navigation was not initiated by a frame"). Prevented, the whole
   * navigation is cancelled, not just the redirect (ibid.: the throttle returns CANCEL): nothing commits, as an aborted
   * load. Otherwise `did-redirect-navigation` follows and the navigation goes on to `url`. False when prevented.
   */
  redirectNavigation(asked: string): boolean {
    this.alive();
    const url = chromiumUrl(asked);
    if (!this.pendingLoad) throw new Error('redirectNavigation: no navigation under way');
    const details = { url, isMainFrame: true, isSameDocument: false, frame: this.mainFrame, initiator: this.pendingInitiator };
    const redirected = this.pendingLoad;
    if (this.emitPreventable('will-redirect', details, url, false, true).defaultPrevented) {
      // (Unless a listener started another navigation meanwhile, a loadURL, which has already aborted this one.)
      if (this.pendingLoad === redirected) this.failLoad(ABORTED.errorCode, ABORTED.errorDescription);
      return false;
    }
    this.emit('did-redirect-navigation', new FakeEvent(details), url, false, true);
    this.url = url;
    this.pendingLoad.url = url;
    return true;
  }

  /**
   * A navigation to a scheme Chromium loads nothing for (mailto:, tel:, zoommtg: ...) that no listener prevented:
   * nothing commits, the page stays, and Electron asks the session's permission handler for 'openExternal' with
   * `details.externalURL`, naming the frame that navigated (the page's main frame here), and opens the address with
   * the OS only when it is allowed, whatever the scheme (electron_navigation_throttle.cc, WillStartRequest, then
   * electron_browser_client.cc HandleExternalProtocol -> HandleExternalProtocolInUI ->
   * WebContentsPermissionHelper::RequestOpenExternalPermission, web_contents_permission_helper.cc:304-312, and
   * OnOpenExternal: platform_util::OpenExternal). This is the only way Electron ever asks 'openExternal'. Without a
   * handler it is allowed (`requestPermission`).
   */
  private async toExternalProtocol(url: string): Promise<void> {
    const allowed = await this.session.requestPermission(this, 'openExternal', this.committedUrl, { isMainFrame: true }, { externalURL: url });
    if (allowed) this.world.openedByElectron.push(url);
  }

  // ---------------------------------------------------------------- network traits

  setWebRTCIPHandlingPolicy(policy: Parameters<WebContents['setWebRTCIPHandlingPolicy']>[0]): void {
    this.alive();
    this.webRtcPolicy = policy;
  }
  getWebRTCIPHandlingPolicy(): ReturnType<WebContents['getWebRTCIPHandlingPolicy']> {
    this.alive();
    return this.webRtcPolicy;
  }
  /**
   * Observation (not Electron API): whether a call the page makes now shows the computer's own public address, which
   * its STUN requests over UDP carry past any HTTP or SOCKS proxy: every policy but `disable_non_proxied_udp` does
   * (docs/api/web-contents.md, setWebRTCIPHandlingPolicy: `default_public_interface_only` "Exposes user's public IP";
   * `disable_non_proxied_udp` "Does not expose public or local IPs ... only use TCP ... unless the proxy server
   * supports UDP").
   */
  webRtcShowsPublicAddress(): boolean {
    return this.webRtcPolicy !== 'disable_non_proxied_udp';
  }
  setUserAgent(userAgent: string): void {
    this.alive();
    this.ownUserAgent = userAgent;
  }
  /** Test control: the user agent the document shown sends and shows (navigator.userAgent): see `overridesUserAgent`. */
  sentUserAgent(): string {
    return this.overridesUserAgent ? this.ownUserAgent : (this.world.app?.userAgentFallback ?? this.ownUserAgent);
  }
  getUserAgent(): string {
    this.alive();
    return this.ownUserAgent;
  }

  /**
   * Test control: a request of this page meets an authentication challenge
   * (`authInfo.isProxy` for a proxy's 407). Resolves with what Electron does:
   * the credentials given, or 'cancelled'. A WebSocket's handshake (a ws: or wss:
   * `url`) is always told it is not the first attempt, nor a navigation: Electron
   * proxies every WebSocket (electron_browser_client.cc, CreateWebSocket) and
   * answers its challenge through WebRequest::OnAuthRequired, whose LoginHandler
   * passes first_auth_attempt=false (login_handler.cc, the six-argument constructor).
   */
  authenticate(
    authInfo: { isProxy: boolean; scheme?: string; host: string; port: number; realm?: string },
    details: { url?: string; firstAuthAttempt?: boolean } = {},
  ): Promise<LoginAnswer> {
    this.alive();
    const url = details.url ?? this.url;
    const webSocket = /^wss?:/i.test(url);
    return loginChallenge((event, callback) =>
      this.emit(
        'login',
        event,
        webSocket
          ? { url, pid: 1, isRequestForNavigation: false, firstAuthAttempt: false }
          : { url, pid: 1, isRequestForNavigation: true, firstAuthAttempt: details.firstAuthAttempt ?? true },
        { scheme: 'basic', realm: '', ...authInfo },
        callback,
      ),
    );
  }


  /** Test control: the page's renderer process ends (see the header). */
  crash(reason: Electron.RenderProcessGoneDetails['reason'] = 'crashed'): void {
    this.alive();
    this.rendererEnded(reason, reason === 'clean-exit' ? 0 : 139);
  }
  private rendererEnded(reason: Electron.RenderProcessGoneDetails['reason'], exitCode: number): void {
    this.rendererGone = true;
    // (RendererExited: no 'responsive' is told; the next renderer starts unwatched.)
    this.hung = false;
    this.toldUnresponsive = false;
    this.stopHangWatch();
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode });
  }

  // ---------------------------------------------------------------- hangs

  /** The view that shows this page (a WebContentsView's), null for a window's own page or a page in no view. */
  shownBy: FakeView | null = null;
  /** The renderer has stopped answering (`hang()`) and not answered since. */
  private hung = false;
  /** Chromium's `is_unresponsive_`: `unresponsive` was told and `responsive` not yet. */
  private toldUnresponsive = false;
  /** Whether the page was visible when last looked at (while hung or told unresponsive). */
  private wasShown = false;
  private hangWatch: ReturnType<typeof setTimeout> | null = null;
  /** A forcefullyCrashRenderer whose process has not ended yet. */
  private killPending = false;
  private navigationsStarted = 0;

  /**
   * Whether the page is visible (content::Visibility::VISIBLE): its window shown and not minimised, and for a view's
   * page its view and every view above it visible, in that window.
   */
  isShown(): boolean {
    if (this.destroyed) return false;
    const win = this.world.fromWebContents(this);
    if (!win || win.isDestroyed() || !win.isVisible() || win.isMinimized()) return false;
    if (win.webContents === this) return true;
    return this.shownBy?.shownInWindow(win.id) ?? false;
  }

  /**
   * Test control: the page's renderer stops answering (a script that never yields) while the person's input waits for
   * it; Chromium's watch has run out (see the header). `unresponsive` now if the page is visible with an initialised
   * renderer (one that has committed a document), else once it has been shown for 15 s.
   */
  hang(): void {
    this.alive();
    if (this.rendererGone || !this.committedUrl) throw new Error('Test control: only a page whose renderer has shown a document can hang.');
    this.hung = true;
    this.wasShown = this.isShown();
    if (this.wasShown) this.tellUnresponsive();
  }
  /** Test control: the hung renderer answers again (its script ended). */
  respond(): void {
    if (!this.hung) return;
    this.hung = false;
    this.stopHangWatch();
    this.tellResponsive();
  }
  /** Electron-internal: the page may have been shown or hidden (its view, its window). */
  visibilityChanged(): void {
    if (this.destroyed || (!this.hung && !this.toldUnresponsive)) return;
    const shown = this.isShown();
    if (shown === this.wasShown) return;
    this.wasShown = shown;
    if (!shown) {
      // WasHidden -> StopInputEventAckTimeout -> RendererIsResponsive: told responsive, hung or not.
      this.stopHangWatch();
      this.tellResponsive();
      return;
    }
    if (!this.hung) return;
    // WasShown -> RestartInputEventAckTimeoutIfNecessary: the unanswered input is watched again.
    this.hangWatch = setTimeout(() => {
      this.hangWatch = null;
      if (this.hung && !this.destroyed && !this.rendererGone && this.isShown()) this.tellUnresponsive();
    }, HUNG_RENDERER_DELAY_MS);
  }
  private tellUnresponsive(): void {
    if (this.toldUnresponsive) return;
    this.toldUnresponsive = true;
    this.emit('unresponsive', new FakeEvent());
  }
  private tellResponsive(): void {
    if (!this.toldUnresponsive) return;
    this.toldUnresponsive = false;
    this.emit('responsive', new FakeEvent());
  }
  private stopHangWatch(): void {
    if (this.hangWatch) clearTimeout(this.hangWatch);
    this.hangWatch = null;
  }
  /** Ends the page's renderer: `render-process-gone` in a later task (see the header). */
  forcefullyCrashRenderer(): void {
    this.alive();
    if (this.rendererGone || this.killPending) return;
    this.killPending = true;
    const navigations = this.navigationsStarted;
    const linux = this.world.platform === 'linux';
    setImmediate(() => {
      this.killPending = false;
      if (this.destroyed) return;
      // (A load started meanwhile runs in a new renderer, which lives on; the old one's end is still told.)
      const newRenderer = this.navigationsStarted !== navigations;
      this.rendererEnded(linux ? 'crashed' : 'killed', linux ? 139 : 2);
      if (newRenderer) this.rendererGone = false;
    });
  }

  /**
   * Test control: an element of the page calls `requestFullscreen()` (true) or leaves it (false: `exitFullscreen()`,
   * or Escape in the page). The 'fullscreen' permission is asked first, and a refusal does nothing
   * (electron_api_web_contents.cc, EnterFullscreenModeForTab and OnEnterFullscreenModeForTab: nothing without an owner
   * window either). Then SetHtmlApiFullscreen: a window already fullscreen stays so and is left so; otherwise the
   * owner window itself goes fullscreen, and back, unless the page's web preferences say
   * `disableHtmlFullscreenWindowResize` (ShouldDisableHtmlFullscreenWindowResize). Either way the page's view keeps
   * its bounds: nothing in Electron resizes a WebContentsView for it. The page emits `enter-html-full-screen` or
   * `leave-html-full-screen` when its state changes (UpdateHtmlApiFullscreen). Resolves with whether it is
   * fullscreen now.
   */
  async requestHtmlFullscreen(enter = true): Promise<boolean> {
    this.alive();
    const ownerNow = () => (this.ownerWindowId === null ? undefined : this.world.windowById(this.ownerWindowId));
    if (enter) {
      const allowed = await this.session.requestPermission(this, 'fullscreen');
      const owner = ownerNow();
      if (!allowed || !owner || this.isDestroyed() || this.htmlFullscreen) return this.htmlFullscreen;
      if (owner.isFullScreen()) this.nativeFullscreen = true;
      else if (!this.webPreferences.disableHtmlFullscreenWindowResize) owner.setFullScreen(true);
    } else {
      const owner = ownerNow();
      if (!this.htmlFullscreen || !owner) return this.htmlFullscreen;
      if (!this.nativeFullscreen && !this.webPreferences.disableHtmlFullscreenWindowResize) owner.setFullScreen(false);
      this.nativeFullscreen = false;
    }
    this.htmlFullscreen = enter;
    this.emit(enter ? 'enter-html-full-screen' : 'leave-html-full-screen');
    return enter;
  }

  /**
   * Test control: the page calls `navigator.bluetooth.requestDevice()` and these devices are nearby. Resolves with the
   * device id the page gets, or 'cancelled' (see the header).
   */
  requestBluetoothDevice(devices: ReadonlyArray<{ deviceId: string; deviceName: string }>): Promise<string | 'cancelled'> {
    this.alive();
    return new Promise((resolve) => {
      let answered = false;
      const callback = (deviceId: string) => {
        if (answered) return;
        answered = true;
        resolve(deviceId === '' ? 'cancelled' : deviceId);
      };
      const event = new FakeEvent();
      const list = devices.map((d) => ({ ...d }));
      // Electron's own listener, first of all (added when the contents is made): cancels while nobody else listens.
      if (this.listenerCount('select-bluetooth-device') === 0) {
        event.preventDefault();
        callback('');
      }
      this.emit('select-bluetooth-device', event, list, callback);
      if (!event.defaultPrevented && !answered) {
        answered = true;
        resolve(devices[0]?.deviceId ?? 'cancelled');
      }
    });
  }

  // ---------------------------------------------------------------- user input

  /**
   * Test control: the person clicks, taps or types in this page. Electron emits
   * `input-event` with the InputEvent for input the browser delivers to the
   * page (docs/api/web-contents.md "Event: 'input-event'";
   * shell/browser/api/electron_api_web_contents.cc:4393-4397
   * `WebContents::OnInputEvent`, a RenderWidgetHost input observer); events a
   * page dispatches to itself in JavaScript never reach it, so a script cannot
   * call this.
   */
  userInput(
    type: 'mouseDown' | 'mouseUp' | 'mouseMove' | 'keyDown' | 'rawKeyDown' | 'char' | 'keyUp' | 'mouseWheel' = 'mouseDown',
    where: { frame: 'main' | 'cross-site'; key?: string } = { frame: 'main' },
  ): void {
    if (this.destroyed) return;
    // A key goes to the page's own exclusive access manager before anything else (electron_api_web_contents.cc:1687-1691,
    // PreHandleKeyboardEvent: HandleUserKeyEvent): Escape while this page shows an element in HTML fullscreen leaves it
    // and is handled there, never told as `before-input-event` nor given to the page (Chromium's
    // exclusive_access_manager.cc, HandleUserKeyEvent; FullscreenController::HandleUserPressedEscape). Each page has its
    // own manager (electron_api_web_contents.h:878), so Escape pressed in another page of the window (our chrome) leaves
    // nothing: only the page that has the keys hears it.
    if ((type === 'rawKeyDown' || type === 'keyDown') && where.key === 'Escape' && this.htmlFullscreen) {
      void this.requestHtmlFullscreen(false);
      return;
    }
    // The delegate sees input to any widget of the page first: keys as `before-input-event` (a raw key down told as
    // keyDown; char not at all), mouse events as `before-mouse-event` (electron_api_web_contents.cc,
    // PreHandleKeyboardEvent, PreHandleMouseEvent). `input-event` comes from an observer of the main frame's widget
    // only (RenderFrameHostChanged adds it for the primary main frame): a cross-site frame has a widget of its own.
    if (type === 'rawKeyDown' || type === 'keyDown' || type === 'keyUp') {
      this.emit('before-input-event', new FakeEvent(), {
        type: type === 'keyUp' ? 'keyUp' : 'keyDown',
        key: where.key ?? '',
        isAutoRepeat: false,
        isComposing: false,
        shift: false,
        control: false,
        alt: false,
        meta: false,
        modifiers: [],
      });
    } else if (type.startsWith('mouse')) {
      this.emit('before-mouse-event', new FakeEvent(), { type, modifiers: [] });
    }
    if (where.frame === 'main') this.emit('input-event', new FakeEvent(), { type, modifiers: [] });
  }

  // ---------------------------------------------------------------- IPC to the page

  send(channel: string, ...args: unknown[]): void {
    this.alive();
    // Arguments cross as a structured clone: what cannot be cloned fails here, in main, where WebFrameMain.send logs it
    // and drops the message; the page gets copies (V8Serializer, shell/common/v8_util.cc).
    try {
      args = cloneAcrossIpc(args);
    } catch (error) {
      console.error('Error sending from webFrameMain: ', error);
      this.sent.push({ channel, args, delivered: false, document: this.documentNumber, unsendable: (error as Error).message });
      return;
    }
    const listeners = this.documentListeners.get(channel);
    this.sent.push({ channel, args, delivered: !!listeners && listeners.size > 0, document: this.documentNumber });
    for (const listener of listeners ?? []) listener(...args);
  }

  /** Test control: the current document's preload subscribes (ipcRenderer.on). Returns the unsubscribe. */
  rendererOn(channel: string, listener: (...args: unknown[]) => void): () => void {
    const set = this.documentListeners.get(channel) ?? new Set();
    set.add(listener);
    this.documentListeners.set(channel, set);
    const document = this.documentListeners;
    return () => document.get(channel)?.delete(listener);
  }

  /** Messages of `channel` the document showing now received (a reload starts with none). */
  delivered(channel: string): unknown[][] {
    return this.sent.filter((m) => m.channel === channel && m.delivered && m.document === this.documentNumber).map((m) => m.args);
  }

  // ---------------------------------------------------------------- focus, zoom, devtools, editing

  focus(): void {
    this.alive();
    this.world.focusContents(this);
  }
  isFocused(): boolean {
    return !this.destroyed && this.world.focusedWebContents() === this;
  }
  /** The level of the host shown, in this page's session (see the header). */
  getZoomLevel(): number {
    this.alive();
    return this.session.zoomLevelOf(this.committedUrl);
  }
  /** Sets the level of the host shown, for every page of it in this session; nothing without a live, committed page. */
  setZoomLevel(level: number): void {
    this.alive();
    if (this.rendererGone || !this.committedUrl) return;
    this.session.setZoomLevelOf(this.committedUrl, level);
  }
  get zoomLevel(): number {
    return this.getZoomLevel();
  }
  set zoomLevel(level: number) {
    this.setZoomLevel(level);
  }
  /**
   * Test control: the person turns the mouse wheel one notch with Ctrl held over this page (or a touchpad pinch that
   * the OS sends as that), and the page does not handle the wheel itself. Electron emits `zoom-changed` and zooms
   * nothing; on macOS Chromium does not treat it as zoom at all (see the header).
   */
  ctrlWheel(direction: 'in' | 'out'): void {
    if (this.destroyed || this.world.platform === 'darwin') return;
    this.emit('zoom-changed', new FakeEvent(), direction);
  }
  toggleDevTools(): void {
    this.alive();
    this.devTools = !this.devTools;
  }
  openDevTools(): void {
    this.devTools = true;
  }
  closeDevTools(): void {
    this.devTools = false;
  }
  isDevToolsOpened(): boolean {
    return this.devTools;
  }
  copy(): void {
    this.editCommands.push('copy');
  }
  cut(): void {
    this.editCommands.push('cut');
  }
  paste(): void {
    this.editCommands.push('paste');
  }
  undo(): void {
    this.editCommands.push('undo');
  }
  redo(): void {
    this.editCommands.push('redo');
  }
  selectAll(): void {
    this.editCommands.push('selectAll');
  }
  delete(): void {
    this.editCommands.push('delete');
  }
  pasteAndMatchStyle(): void {
    this.editCommands.push('pasteAndMatchStyle');
  }
  replaceMisspelling(text: string): void {
    this.editCommands.push(`replaceMisspelling:${text}`);
  }
  copyImageAt(x: number, y: number): void {
    this.editCommands.push(`copyImageAt:${x},${y}`);
  }
  /** Starts a download of `url` in this page's session, as a link with `download` would (session 'will-download'). */
  downloadURL(url: string, options?: { headers?: Record<string, string> }): void {
    this.alive();
    this.downloadsAsked.push(url);
    this.downloadHeaders.push(options?.headers ?? {});
  }
  /** The headers each `downloadURL` was given (its Referer is the download's referrer). */
  readonly downloadHeaders: Array<Record<string, string>> = [];
  /** Test control: the text of the document shown, which findInPage searches (set it before a new one commits). */
  pageText = '';
  private findRequests = 0;
  /** The last request id a `found-in-page` carried: Chromium never reports a lower one (NotifyFindReply). */
  private findReported = 0;
  private findActive = 0;
  /** The text of the find session under way: from a search with `findNext: true` until `stopFindInPage`. */
  private findSession: string | null = null;
  /** What stopFindInPage was last asked (null while a search runs or none ran). */
  findStopped: string | null = null;
  /**
   * Searches `pageText` without case; the result comes later as one `found-in-page` (docs/api/web-contents.md), the
   * final update: Electron emits no other (electron_api_web_contents.cc, FindReply: `if (!final_update) return;`).
   * `findNext: true` starts a find session (FindInPage passes it as FindOptions::new_session), at the first match;
   * the others go on in it, to the next match, or back with `forward: false`, wrapping around. A follow-up with no
   * session under way (none started, or stopped) gets no answer: Chromium ignores a reply while it has no session
   * (content/browser/find_request_manager.cc, ShouldIgnoreReply: `current_session_id_ == kInvalidId`). An empty text
   * throws (FindInPage: "Must provide a non-empty search content").
   */
  findInPage(text: string, options: Electron.FindInPageOptions = {}): number {
    this.alive();
    if (!text) throw new TypeError('Must provide a non-empty search content');
    const requestId = ++this.findRequests;
    this.findStopped = null;
    if (options.findNext) this.findSession = text;
    else if (this.findSession === null) return requestId;
    const matches = this.matchesOf(text);
    if (matches === 0) this.findActive = 0;
    else if (options.findNext) this.findActive = 1;
    else this.findActive = options.forward === false ? ((this.findActive - 2 + matches) % matches) + 1 : (this.findActive % matches) + 1;
    const activeMatchOrdinal = this.findActive;
    queueMicrotask(() => {
      if (!this.destroyed && this.findSession !== null) this.findReply(requestId, matches, activeMatchOrdinal);
    });
    return requestId;
  }
  stopFindInPage(action: 'clearSelection' | 'keepSelection' | 'activateSelection'): void {
    this.alive();
    this.findStopped = action;
    this.findSession = null; // (FindRequestManager::StopFinding: current_session_id_ = kInvalidId)
  }
  private matchesOf(text: string): number {
    return this.pageText.toLowerCase().split(text.toLowerCase()).length - 1;
  }
  /** Electron-internal: FindRequestManager::NotifyFindReply, then Electron's FindReply (final updates only reach it here). */
  private findReply(requestId: number, matches: number, activeMatchOrdinal: number): void {
    this.findReported = Math.max(this.findReported, requestId);
    const selectionArea = { x: 0, y: 0, width: 0, height: 0 };
    this.emit('found-in-page', new FakeEvent(), { requestId: this.findReported, activeMatchOrdinal, matches, selectionArea, finalUpdate: true });
  }
  /**
   * Electron-internal: a new document commits in the main frame while a find session is under way. The session goes on
   * (content/browser/find_request_manager.cc, FrameObserver): the old document's frame leaves it and its matches leave
   * the count, told at once (RemoveFrame -> NotifyFindReply, a final update when no reply is pending). With
   * RenderDocument every navigation gets a new main frame (shell/browser/api/electron_api_debugger.cc says so of
   * Electron), which leaves the session as it commits (RenderFrameHostStateChanged), so this comes before
   * `did-navigate`. Once loaded, the new document is searched for the session's text (DidFinishLoad -> AddFrame) and
   * the result told, its first match active (FinalUpdateReceived activates one). These answers carry the last request
   * id reported, not a new one.
   */
  private findLeavesDocument(): void {
    if (this.findSession === null) return;
    this.findActive = 0;
    this.findReply(this.findReported, 0, 0);
  }
  private findSearchesNewDocument(): void {
    const text = this.findSession;
    if (text === null) return;
    queueMicrotask(() => {
      if (this.destroyed || this.findSession !== text) return;
      const matches = this.matchesOf(text);
      this.findActive = matches > 0 ? 1 : 0;
      this.findReply(this.findReported, matches, this.findActive);
    });
  }
  /** Test control: the page's `beforeunload` handler asks to stay (preventDefault or a returnValue). */
  cancelsUnload = false;
  /**
   * Test control, a fault: the renderer never answers a `close({ waitForBeforeUnload })`. Chromium's own beforeunload
   * timeout normally answers for a hung renderer; this checks what the glue does beyond it.
   */
  unloadNeverAnswered = false;
  /**
   * The page's beforeunload, as a close runs it. When the page asks to stay, Electron emits `will-prevent-unload`;
   * unless a listener prevents its default, the unload and the window's close are cancelled without a word
   * (electron_api_web_contents.cc, RunBeforeUnloadDialog; electron_api_browser_window.cc, BeforeUnloadDialogCancelled).
   */
  unloadRefused(): boolean {
    if (!this.cancelsUnload) return false;
    const event = new FakeEvent();
    this.emit('will-prevent-unload', event);
    return !event.defaultPrevented;
  }
  /**
   * A new document replaces this one only if its beforeunload lets it: any navigation (`loadURL`, `reload`, back and
   * forward, a link in the page) runs it first, and a page that asks to stay emits `will-prevent-unload`; unless a
   * listener prevents its default, the navigation is dropped without a word. Only a `loadURL` refused so also emits
   * `did-fail-load` with ERR_ABORTED at its address, and its promise rejects with it (electron_api_web_contents.cc,
   * LoadURL keeps `pending_unload_url_` when NeedToFireBeforeUnloadOrUnloadEvents; RunBeforeUnloadDialog;
   * lib/browser/api/web-contents.ts:321-333, failListener). Electron emits that one itself, with `isMainFrame` true and
   * no frame ids (RunBeforeUnloadDialog's Emit has four arguments), unlike Chromium's failures.
   */
  mayUnload(url: string, byLoadURL: boolean): boolean {
    if (!this.committedUrl || !this.unloadRefused()) return true;
    if (byLoadURL) this.emit('did-fail-load', new FakeEvent(), ABORTED.errorCode, ABORTED.errorDescription, url, true);
    return false;
  }
  /** Addresses `downloadURL` was asked for. */
  readonly downloadsAsked: string[] = [];

  /**
   * Test control: a right-click (or the menu key) on the page. Electron emits `context-menu` with what is under the
   * pointer and shows nothing itself (electron_api_web_contents.cc, HandleContextMenu: `Emit("context-menu", ...)`;
   * docs/api/web-contents.md, Event: 'context-menu'). Unset params are those of a plain spot of the page.
   */
  contextMenu(params: Partial<Omit<ContextMenuParams, 'editFlags'>> & { editFlags?: Partial<ContextMenuParams['editFlags']> } = {}): void {
    const { editFlags, ...rest } = params;
    const full = {
      x: 10,
      y: 10,
      // The frame right-clicked (a getter on the params, content_converter.cc, WebFrameMain::From: one object per
      // frame): the page's main frame, `mainFrame`, unless a test passes another (a sub-frame's, `fencedFrame`).
      frame: this.mainFrame,
      linkURL: '',
      linkText: '',
      pageURL: this.committedUrl,
      frameURL: this.committedUrl,
      srcURL: '',
      mediaType: 'none',
      hasImageContents: false,
      isEditable: false,
      selectionText: '',
      titleText: '',
      altText: '',
      suggestedFilename: '',
      selectionRect: { x: 0, y: 0, width: 0, height: 0 },
      selectionStartOffset: 0,
      // A string at run time, though electron.d.ts says Referrer (blink_converter.cc, ReferrerPolicy's ToV8).
      referrerPolicy: 'strict-origin-when-cross-origin',
      misspelledWord: '',
      dictionarySuggestions: [],
      frameCharset: 'UTF-8',
      formControlType: 'none',
      spellcheckEnabled: false,
      menuSourceType: 'mouse',
      mediaFlags: {},
      ...rest,
      editFlags: { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: false, canEditRichly: false, ...editFlags },
    } as unknown as ContextMenuParams;
    this.emit('context-menu', new FakeEvent(), full);
  }

  /**
   * Runs only once the main frame has loaded: Electron waits for `did-stop-loading` while the page has no address or
   * its main frame is loading (lib/browser/api/web-contents.ts, waitTillCanExecuteJavaScript). The answer comes from
   * the page (ipc-main-internal-utils.ts, invokeInWebContents): a page whose renderer is gone never answers, and
   * nothing rejects the promise.
   */
  async executeJavaScript(code: string, _userGesture?: boolean): Promise<unknown> {
    this.alive();
    if (!this.getURL() || this.isLoadingMainFrame()) await new Promise<void>((resolve) => this.once('did-stop-loading', () => resolve()));
    if (this.rendererGone) return new Promise(() => {});
    this.scripts.push(code);
    return this.answerScript(code);
  }
  /**
   * As executeJavaScript: Electron waits the same way and the page answers through the same channel
   * (lib/browser/api/web-contents.ts:172-182). A world other than 0 has the page's DOM but not its scripts' globals
   * (a site that replaced `document.exitFullscreen` replaced it in its own world only). The double runs no JavaScript: it
   * knows one thing a script may do, `document.exitFullscreen()`, which leaves the page's HTML fullscreen as the page's
   * own call does (Blink asks the browser, and Electron's ExitFullscreenModeForTab runs: see requestHtmlFullscreen);
   * it needs no user gesture and no focus (the Fullscreen API's exitFullscreen()). Answers undefined.
   */
  async executeJavaScriptInIsolatedWorld(worldId: number, scripts: Array<{ code: string }>, _userGesture?: boolean): Promise<unknown> {
    this.alive();
    if (!this.getURL() || this.isLoadingMainFrame()) await new Promise<void>((resolve) => this.once('did-stop-loading', () => resolve()));
    if (this.rendererGone) return new Promise(() => {});
    for (const { code } of scripts) {
      this.isolatedScripts.push({ worldId, code });
      if (/\bdocument\.exitFullscreen\(\)/.test(code) && !this.isDestroyed()) await this.requestHtmlFullscreen(false);
    }
    return undefined;
  }
  isLoadingMainFrame(): boolean {
    return this.loading;
  }
  /** Whether an element of the page is in HTML fullscreen (`requestHtmlFullscreen()`). Observation, not Electron API. */
  get inHtmlFullscreen(): boolean {
    return this.htmlFullscreen;
  }
  /**
   * A webFrame method: main sends it to the page and the promise settles on the page's reply
   * (lib/browser/api/web-contents.ts, webFrameMethods; ipc-main-internal-utils.ts, invokeInWebContents), so a page
   * whose renderer is gone never answers and nothing rejects the promise.
   */
  insertText(text: string): Promise<void> {
    this.alive();
    if (this.rendererGone) return new Promise(() => {});
    this.insertedText.push(text);
    return Promise.resolve();
  }

  // ---------------------------------------------------------------- new windows

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /**
   * The page calls `window.open(url, frameName, features)` or follows a
   * target=_blank link (web-contents.ts:650-745, guest-window-manager.ts:23-105).
   */
  windowOpen(
    url: string,
    init: {
      frameName?: string;
      features?: string;
      referrer?: Referrer;
      disposition?: HandlerDetails['disposition'];
      /** A `<form target=_blank method=post>` submission. */
      postData?: Array<UploadRawData | UploadFile>;
      /**
       * The opening frame's sandbox flags, when it is sandboxed without allow-popups-to-escape-sandbox: Chromium gives
       * them to the guest (`sandboxFlags`), and neither the handler's details nor createWindow's options say so.
       */
      sandboxFlags?: number;
    } = {},
  ): OpenResult {
    this.alive();
    const features = init.features ?? '';
    const details: HandlerDetails = {
      url,
      frameName: init.frameName ?? '',
      features,
      // Chromium: a features string makes a popup (NEW_POPUP -> 'new-window'), none a foreground tab.
      disposition: init.disposition ?? (features ? 'new-window' : 'foreground-tab'),
      referrer: init.referrer ?? { url: this.committedUrl, policy: 'strict-origin-when-cross-origin' },
      postBody: init.postData ? postBodyOf(init.postData) : undefined,
    };
    const response = this.callHandler(details);
    if (!response) return { outcome: 'denied', details, closed: () => true };
    // Chromium created the guest in the opener's session before main decides where it goes, with the opening frame's
    // sandbox (WebContentsImpl::CreateWithOpener, electron#52133).
    const guest = new FakeWebContents(this.world, this.session);
    // lib/browser/api/web-contents.ts:677-697: the guest is made with the handler's overrideBrowserWindowOptions'
    // webPreferences (_setNextChildWebPreferences), above the opener's security ones and the features'.
    guest.webPreferences = { ...(response.overrideBrowserWindowOptions?.webPreferences ?? {}) };
    guest.sandboxFlags = init.sandboxFlags ?? 0;
    const options = {
      show: true,
      width: 800,
      height: 600,
      ...parseFeatureOptions(features),
      ...(response.overrideBrowserWindowOptions ?? {}),
    };
    this.tieGuestToOpener(guest, response.outlivesOpener === true);
    if (response.createWindow) {
      const createWindowOptions = { webContents: guest as unknown as WebContents, ...options };
      const returned = response.createWindow(createWindowOptions);
      if ((returned as unknown) !== guest) {
        // guest-window-manager.ts:76-80
        throw new Error('Invalid webContents. Created window should be connected to webContents passed with options object.');
      }
      // The guest navigates itself: window.open's URL is loaded by the renderer, not by main, a navigation the opener's
      // frame starts (blink's LocalDOMWindow::open navigates the new frame with a request from the opener's window), so
      // Electron's navigation events name the opener's frame as its `initiator` (EmitNavigationEvent): its redirects are
      // the opener page's.
      void guest.startNavigation(url, 'page', undefined, false, this.mainFrame);
      return { outcome: 'app-window', details, createWindowOptions, guest, closed: () => guest.isDestroyed() };
    }
    const window = this.world.electronMadeWindow(guest, options);
    void guest.startNavigation(url, 'page', undefined, false, this.mainFrame);
    return { outcome: 'electron-window', details, guest, closed: () => guest.isDestroyed() || window.isDestroyed() };
  }

  /**
   * A link opened with Ctrl/Cmd-click ('background-tab'), Shift-click
   * ('new-window'), middle-click ('background-tab') or Ctrl+Shift-click
   * ('foreground-tab'), or a form POSTed to a new tab: Chromium's OpenURLFromTab
   * emits '-new-window' (electron_api_web_contents.cc:1533-1574).
   */
  openFromLink(
    url: string,
    init: {
      disposition: 'background-tab' | 'foreground-tab' | 'new-window';
      referrer?: Referrer;
      postData?: Array<UploadRawData | UploadFile>;
      /** The clicking frame's sandbox flags, when it is sandboxed without allow-popups-to-escape-sandbox. */
      sandboxFlags?: number;
    },
  ): OpenResult {
    this.alive();
    const details: HandlerDetails = {
      url,
      frameName: '',
      features: '',
      disposition: init.disposition,
      referrer: init.referrer ?? { url: this.committedUrl, policy: 'strict-origin-when-cross-origin' },
      // web-contents.ts:607-618: `postBody` is always a key, undefined without post data.
      postBody: init.postData ? postBodyOf(init.postData) : undefined,
    };
    const response = this.callHandler(details);
    if (!response) return { outcome: 'denied', details, closed: () => true };
    const options: BrowserWindowConstructorOptions = { show: true, width: 800, height: 600, ...(response.overrideBrowserWindowOptions ?? {}) };
    // electron_api_web_contents.cc OpenURLFromTab reads the initiating frame's sandbox, and guest-window-manager.ts
    // passes it on as webPreferences.openerSandboxFlags (electron#52133).
    if (init.sandboxFlags) options.webPreferences = { ...options.webPreferences, openerSandboxFlags: init.sandboxFlags } as BrowserWindowConstructorOptions['webPreferences'];
    if (response.createWindow) {
      // guest-window-manager.ts:70-74: `createWindow({ webContents: guest, ...options })` with guest undefined,
      // and nothing is loaded afterwards (the loadURL at :93-103 is only on the no-createWindow path).
      const createWindowOptions = { webContents: undefined, ...options };
      response.createWindow(createWindowOptions);
      return { outcome: 'app-window', details, createWindowOptions, closed: () => false };
    }
    // guest-window-manager.ts:88-103: Electron's own window loads the URL with referrer and post data (its page starts
    // with the flags: electron_api_web_contents.cc:933-1005).
    const guest = new FakeWebContents(this.world, this.session);
    guest.sandboxFlags = init.sandboxFlags ?? 0;
    const window = this.world.electronMadeWindow(guest, options);
    const body = details.postBody;
    void guest.startNavigation(url, 'page', {
      httpReferrer: details.referrer,
      ...(body ? { postData: body.data, extraHeaders: `content-type: ${body.contentType}${body.boundary !== undefined ? `; boundary=${body.boundary}` : ''}` } : {}),
    });
    return { outcome: 'electron-window', details, guest, closed: () => window.isDestroyed() };
  }

  /** web-contents.ts:393-439: deny, a non-object, or no handler-approved 'allow' means no window. */
  private callHandler(details: HandlerDetails): WindowOpenHandlerResponse | null {
    if (!this.windowOpenHandler) return { action: 'allow' };
    const response = this.windowOpenHandler(details) as WindowOpenHandlerResponse | null | undefined;
    if (typeof response !== 'object' || response === null || response.action !== 'allow') return null;
    return response;
  }

  /** guest-window-manager.ts:110-140: the guest dies with its opener unless it outlives it. */
  private tieGuestToOpener(guest: FakeWebContents, outlivesOpener: boolean): void {
    if (outlivesOpener) return;
    const closeGuest = () => guest.destroyNow();
    this.once('destroyed', closeGuest);
    guest.once('destroyed', () => this.removeListener('destroyed', closeGuest));
  }
}

/** lib/browser/parse-features-string.ts (allowedWindowOptions, parseFeatures): the window options a features string may set; `left`/`top` are copied to `x`/`y`, and `innerWidth`/`innerHeight` pass through as they are. */
export function parseFeatureOptions(features: string): Record<string, number | boolean | string> {
  const numeric = new Set(['top', 'left', 'innerWidth', 'innerHeight', 'x', 'y', 'width', 'height', 'minWidth', 'maxWidth', 'minHeight', 'maxHeight', 'opacity']);
  const parsed: Record<string, number | boolean | string> = {};
  for (const pair of features.split(',')) {
    const [key, value] = pair.split('=').map((s) => s.trim());
    if (!key) continue;
    if (numeric.has(key)) parsed[key] = parseInt(value ?? '', 10);
    else if (value === undefined || value === 'true' || value === '1' || value === 'yes') parsed[key] = true;
    else if (value === 'false' || value === '0' || value === 'no') parsed[key] = false;
    else parsed[key] = value;
  }
  if (parsed.left !== undefined) parsed.x = parsed.left;
  if (parsed.top !== undefined) parsed.y = parsed.top;
  const allowed = new Set(['top', 'left', 'innerWidth', 'innerHeight', 'x', 'y', 'width', 'height', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'opacity', 'show', 'title', 'backgroundColor']);
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => allowed.has(k)));
}

/** guest-window-manager.ts:199-236 (parseContentTypeFormat): a multipart body announces its boundary in its first bytes. */
export function postBodyOf(data: Array<UploadRawData | UploadFile>): PostBody {
  const first = data[0];
  if (first && first.type === 'rawData') {
    const boundary = /^--.*[^-\r\n]/.exec(first.bytes.toString());
    if (boundary) return { data, contentType: 'multipart/form-data', boundary: boundary[0].slice(2) };
  }
  return { data, contentType: 'application/x-www-form-urlencoded' };
}

/**
 * A navigation's address as Chromium's GURL writes it (what `url` of Electron's navigation events and `getURL()` give:
 * electron_api_web_contents.cc, EmitNavigationEvent, `navigation_handle->GetURL()`), where it differs from the address
 * given in the one way modelled: an escaped unreserved character of an http(s) path (a letter, a digit, '-', '_' or
 * '~'; not '.', which Chromium reads as a dot segment) is decoded, "%7E" as "~" (Chromium's url/url_canon_path.cc, not
 * in the mirror), where WHATWG URL keeps "%7E". Everything else stays as given.
 */
export function chromiumUrl(url: string): string {
  const parts = /^(https?:\/\/[^/?#]*)([^?#]*)(.*)$/is.exec(url);
  if (!parts) return url;
  const path = parts[2]!.replace(/%([0-9A-Fa-f]{2})/g, (escaped, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return /^[A-Za-z0-9_~-]$/.test(char) ? char : escaped;
  });
  return `${parts[1]!}${path}${parts[3]!}`;
}

/**
 * Whether Chromium hands a navigation to `url` to the embedder as another app's (ContentBrowserClient::
 * HandleExternalProtocol): a scheme it has no loader for. The web's, `about:`, `data:`, `blob:`, `file:` and
 * `filesystem:` it loads; so it does a scheme the session's `protocol.handle` serves.
 */
function isExternalScheme(url: string, session: { protocol: { isProtocolHandled(scheme: string): boolean } }): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol.slice(0, -1);
  } catch {
    return false;
  }
  return !['http', 'https', 'about', 'data', 'blob', 'file', 'filesystem', 'ws', 'wss'].includes(scheme) && !session.protocol.isProtocolHandled(scheme);
}
