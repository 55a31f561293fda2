import type { BrowserWindowConstructorOptions, HandlerDetails, Input, LoadURLOptions, MessageBoxOptions, NativeImage, WebContents } from 'electron';
import type { Identity, Site } from '../../../shared/domain/identity';
import { identityWindowTitle, siteViewBounds } from '../../../shared/domain/chrome-layout';
import { placeWindow, type SavedWindowState } from '../../../shared/domain/window-placement';
import type { EventPayloads, GuardNotice, NetworkFailure, PageUnresponsive, Panel, SiteState } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/channels';
import { chromeWebPreferences, siteWebPreferences } from '../security/web-preferences';
import { decideWindowOpen } from '../security/window-open-policy';
import { appLinkOf, byThePerson, type AppLink } from '../security/app-link-policy';
import type { PageGesture } from '../session/user-activation';
import { partitionFor } from '../session/partition';
import { menuOver, sitePageMenu, wireContextMenu, wireOwnPageMenu } from './context-menu';
import { windowsCommandLine } from '../cli';
import { proxyFailureOf } from '../../../shared/domain/network';
import { failedForNetworkDown, pageFailureMessage } from '../../../shared/domain/net-errors';
import { pageNotRespondingMessage, popupNotRespondingMessage } from '../../../shared/domain/page-unresponsive';
import { siteViewBackground } from '../../../shared/domain/appearance';
import { redactUrl } from '../../../shared/domain/redact';
import { hardenChromeContents, hardenSiteContents } from './harden-contents';
import { pageUrl, type RendererPage } from './renderer-page';
import type { SiteCommand } from '../app-menu';
import { isAbortedLoad, loadPage } from '../keep-running';
import { isPageMainFrameFailure, onPageCommit } from '../page-frame';
import { isGuestless, linkLoadOptions, openerSandboxFlagsOf } from './link-load';
import { popupViewBounds, popupWindowOptions, type PopupRequest } from './popup-geometry';
import { asElectronContents, type GlueWindow, type PageContents, type SiteView, type WindowKit } from './surface';
import { loadThroughNetwork } from './site-network';
import { MissedWhileAway } from './missed-while-away';
import { SitesBeforeClose } from './sites-before-close';
import type { QuitsAsked } from './quits-asked';
import { loadForPage, routeNavigations, routeWindowOpen } from './link-routing-hook';
import { linkDomain, type OpenerSandbox } from '../../../shared/domain/link-routing';
import { httpsInstead } from '../security/safety-net';
import { AppError } from '../../../shared/result';

export interface IdentityWindowDeps<W extends GlueWindow<V>, V extends SiteView> {
  kit: WindowKit<W, V>;
  page: RendererPage;
  preloadPath: string;
  icon: NativeImage | string;
  /** Where the identity's window was left (null the first time). */
  bounds: SavedWindowState | null;
  /** Asks the user (naming the identity) before a link leaves for the OS browser. */
  askOpenExternal(identity: Identity, url: string, parent: W): void;
  onSiteOpened(identity: Identity, site: Site, url: string): void;
  /** Opens a popup window in this identity's chrome and returns the contents the site's window.open gets. */
  openPopup(identity: Identity, request: PopupRequest): PageContents;
  /** For a popup: what the opening page asked for (its size and place) and where its window is. */
  popupRequest?: PopupRequest;
  /** A modifier-clicked link in a popup: opened in the identity's main window. */
  openLink(identity: Identity, link: LinkRequest): PageContents;
  /** The identity's network: the gate site views wait for before loading, and what each site view gets (WebRTC, proxy login, failures). */
  network?: SiteNetworkHooks;
  /**
   * A link to another identity's site: true when the router took it over (it asks in the chrome, or opens it there);
   * `sandbox`, that of the frame it came from, which its page keeps there.
   */
  routeLink?(identity: Identity, url: string, openHere: () => void, sandbox?: OpenerSandbox): boolean;
  /**
   * Asks the person (naming the identity, the app and the site) before a link to another app leaves for it; absent
   * (with `pageGesture`): such links are refused. Resolves true when the person chose to open it.
   */
  askOpenApp?(identity: Identity, link: AppLink, site: string, parent: W): Promise<boolean>;
  /** The person's last click or key press in a page's main frame since its document committed (session/user-activation.ts). */
  pageGesture?(webContentsId: number): PageGesture | undefined;
  /** Whether the person allowed plain http for this host in this identity; absent: never (sites are https only). */
  httpAllowed?(identity: Identity, host: string): boolean;
  /** The quits Hatstand was asked for (a close held to ask the sites goes on with its quit); absent: never quits. */
  quits?: Pick<QuitsAsked, 'current' | 'declined' | 'wanted'>;
}

/**
 * A link a page opened with Ctrl/Cmd, Shift or the middle button (or routed here), and the sandbox of the frame it came
 * from when that frame may not open pages outside its sandbox and Electron said so (link-load.ts,
 * openerSandboxFlagsOf). A link routed from the window-open handler has none: Electron never says it there
 * (link-routing-hook.ts, routeWindowOpen), and its page opens with a site's usual rights.
 */
/** `byPage`: the page's own click, not allowed by the person for this link (its redirects are routed as the page's). */
export type LinkRequest = Pick<HandlerDetails, 'url' | 'referrer' | 'postBody'> & { sandbox?: OpenerSandbox; byPage?: boolean };

/** What an identity window's site views get from the identity's network (window-manager.ts builds it). */
export interface SiteNetworkHooks {
  /** Resolves once the identity's proxy is in place; rejects (one sentence) when it cannot be. */
  ready(): Promise<void>;
  /** Every site view, before it loads: WebRTC policy, proxy login, proxy failures (site-network.ts). */
  wire(contents: PageContents): void;
  /** After a network change: what a running view takes without reloading (its WebRTC policy). */
  refresh(contents: PageContents): void;
  /** Whether Chromium says the computer is online (net.isOnline()); absent: failures for want of one are not retried. */
  online?(): boolean;
  /**
   * The person pressed Reload over a network notice: the identity's PAC file is asked again (a refused one put in
   * force again and asked as applying does) before the load waits on `ready()`.
   */
  recheck?(): void;
}

/** Why main keeps the site view aside while the chrome draws over the site area. */
/**
 * Why the site view steps aside: a proxy failure or a link question the chrome draws where the site is; the chrome
 * itself gone (crashed, failed to load); or a chrome that could not read its state, whose band cannot name the
 * identity ('unread').
 */
export type CoverReason = 'network' | 'link' | 'chrome' | 'unread';

/** Why a page's renderer ended (docs/api/web-contents.md, Event: 'render-process-gone'), in words. */
const GONE_IN_WORDS: Readonly<Record<string, string>> = {
  'abnormal-exit': 'it quit unexpectedly',
  killed: 'it was stopped',
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed a check',
  'memory-eviction': 'it was unloaded to free memory',
};

/** A chrome whose renderer dies more often than this within `CHROME_CRASH_WINDOW_MS` waits until its oldest crash is that old. */
const CHROME_RELOADS = 3;
const CHROME_CRASH_WINDOW_MS = 60_000;

/**
 * How long our own chrome may stay unresponsive before its renderer is ended, so that the crash recovery loads it anew.
 * Electron says `unresponsive` only once input has gone unanswered for 15 s already (Chromium's kHungRendererDelay),
 * and meanwhile the person faces a band and a sheet that do not answer, with a post from a site held under the sheet
 * until the guard gives up minutes later; a few seconds more let a chrome that was only slow (a busy machine) come back
 * by itself without losing what it shows.
 */
const CHROME_HUNG_GRACE_MS = 3_000;

/** The question put when an identity's own window stopped answering: Wait is the default and what closing it means. */
function hungChromeQuestion(identityName: string, signal: AbortSignal): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Wait', 'Reload window'],
    defaultId: 0,
    cancelId: 0,
    message: `${identityName}'s window is not responding.`,
    detail: 'A post waiting for your answer stays held. Reloading the window may lose what you typed in it in the last few seconds.',
    signal,
  };
}

/**
 * Leaving a site's HTML fullscreen from outside the page. Chromium hears Escape for a fullscreen element only from the
 * page that has the keys: each page's own exclusive access manager handles it (electron_api_web_contents.cc:1687-1691,
 * PreHandleKeyboardEvent; one manager per page, electron_api_web_contents.h:878), and no webContents method leaves a
 * page's fullscreen (a window leaving its own fullscreen leaves only its own page's, and only on macOS:
 * electron_api_browser_window.cc:206-211). So the page is asked as a site's own button would: `document.exitFullscreen()`,
 * which needs no gesture nor focus and comes back to Electron's ExitFullscreenModeForTab (electron_api_web_contents.cc:
 * 1789-1805, then `leave-html-full-screen`). It runs in a world of our own, where the page's scripts cannot have
 * replaced the method, and which holds nothing else of ours (Electron's own isolated world is 999, and worlds from
 * 1 << 20 on are extensions': shell/common/world_ids.h). A site page has no preload of ours, but Electron's own
 * renderer init answers the call in every page, sandboxed ones too (lib/sandboxed_renderer/init.ts:62 loads
 * lib/renderer/common-init.ts, whose web-frame-init.ts runs webFrame's methods for main).
 */
const LEAVE_FULLSCREEN_WORLD = 1_999;
const LEAVE_FULLSCREEN = 'void (document.fullscreenElement && document.exitFullscreen().catch(() => undefined));';

/** Escape with no modifier, as typed (not a repeat, nor an input method's composition). */
function plainEscape(input: Pick<Input, 'type' | 'key' | 'isAutoRepeat' | 'isComposing' | 'shift' | 'control' | 'alt' | 'meta'>): boolean {
  return input.type === 'keyDown' && input.key === 'Escape' && !input.isAutoRepeat && !input.isComposing && !input.shift && !input.control && !input.alt && !input.meta;
}

/**
 * The question put when a popup's page stopped answering (a popup's chrome has no notice band: IdentityChrome.tsx),
 * with the notice's Wait and Reload: Wait is the default and what closing it means.
 */
function hungPopupQuestion(url: string, identityName: string, signal: AbortSignal): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Wait', 'Reload'],
    defaultId: 0,
    cancelId: 0,
    message: popupNotRespondingMessage(url, identityName),
    detail: 'Reloading it may mean signing in there again.',
    signal,
  };
}

/** The one view that shows a modifier-clicked link, beside the identity's sites. */
const LINK_VIEW = 'link';
/** How long after a failure for want of a network, while online, a page is loaded again: twice at most (retryWhileOnline). */
export const NETWORK_DOWN_RETRY_MS: readonly number[] = [2_000, 8_000];
/** net::ERR_ABORTED: a navigation replaced or stopped, which commits nothing. */
const ERR_ABORTED = -3;
/** How long a removal waits for the identity's closed pages to be destroyed before it clears their storage. */
const PAGES_GONE_WITHIN_MS = 5_000;

/** How long a loaded page has to say whether a text field has focus before an insert gives up. */
const INSERT_ANSWER_MS = 3_000;
const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT once `ms` have passed (the promise itself may never settle). */
function answerWithin<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One zoom step of a site page, for the menu and Ctrl+mouse wheel alike: half a level (Electron's own zoom roles step
 * the same), kept between -8 and 9. Chromium keeps the level per host in the identity's session
 * (web_contents_zoom_controller.cc, SetZoomLevel: SetZoomLevelForHost), so every page of that site there follows.
 */
function zoomSite(contents: Pick<PageContents, 'getZoomLevel' | 'setZoomLevel'>, step: 'zoom-in' | 'zoom-out' | 'zoom-reset'): void {
  const level = step === 'zoom-reset' ? 0 : contents.getZoomLevel() + (step === 'zoom-in' ? 0.5 : -0.5);
  contents.setZoomLevel(Math.max(-8, Math.min(9, level)));
}

/**
 * One identity's window: our chrome page (title band, frame, site sidebar,
 * panels) as the window's own contents, and the identity's sites as
 * WebContentsViews on its partition, placed by main inside the frame.
 */
export class IdentityWindow<W extends GlueWindow<V>, V extends SiteView> {
  readonly win: W;
  private readonly views = new Map<string, V>();
  /**
   * Each view's page, kept from when the view was made: a view forgets its page once the page is destroyed (its own
   * window.close(), a sign-in popup done), and its webContents is then undefined (surface.ts, SiteView).
   */
  private readonly pages = new WeakMap<V, PageContents>();
  /**
   * Per page, the sandbox a link leaving it for another identity takes along: the flags we made it with. Absent: none
   * we know of (a popup guest may have one from Chromium that nobody told: electron#52133).
   */
  private readonly sandboxes = new WeakMap<PageContents, OpenerSandbox>();
  /** Per page, the address main asked it to load that has not committed yet (addressToLoadAgain). */
  private readonly uncommitted = new WeakMap<PageContents, { url: string }>();
  /** Why a page is loaded again by us, for its "asks to stay" question: a reload, or the identity's new network. */
  private readonly leaving = new WeakMap<PageContents, 'reload' | 'network'>();
  /** The window is closing its pages: their ends are ours, not theirs. */
  private pagesClosing = false;
  /** Hatstand is ending (its quit is certain, or the system shuts down): no load starts any more (ending()). */
  private ended = false;
  /** The site pages closed before the window, each with its beforeunload (the window's 'close'). */
  private readonly beforeClose = new SitesBeforeClose(PAGES_GONE_WITHIN_MS);
  /**
   * A close of the window waits while its site pages are closed first; for a quit (its number), the quit goes on after.
   * `wanted`: something was shown or focused in the window meanwhile (keepOpen), and the close stops there.
   */
  private closingSites: { quit: number | null; wanted: boolean } | null = null;
  /** Every site page has gone: the window's next 'close' goes through. */
  private sitesLetGo = false;
  /**
   * The address shown when a close began whose site pages have all gone, with the sandbox its page kept: shown again,
   * so kept, if the window stays after all.
   */
  private shownBeforeClose: { url: string; sandbox: OpenerSandbox | undefined } | null = null;
  /** Each page of this window until Electron has destroyed it, closed by us or by itself (closePages waits for them). */
  private readonly alive = new Map<PageContents, Promise<void>>();
  /** When a site was last opened again after its page closed itself (pageClosedItself). */
  private readonly reopenedAt = new Map<string, number>();
  private activeSiteId: string | null = null;
  private panel: Panel = 'none';
  /** Height of the chrome's notice band: the site view starts below it (chrome-layout.ts). */
  private noticeBand = 0;
  private sheetOpen = false;
  /** Chrome-owned messages drawn where the site is (a proxy failure, a link question): the site view steps aside. */
  private readonly covers = new Set<CoverReason>();
  /**
   * Whether the person's keys go to the site page (rather than our chrome: the composer, a sheet). On Windows and
   * Linux a window that gains focus gives it to its own page, our chrome, whatever view had it
   * (electron_api_browser_window.cc, OnWindowFocus: `web_contents()->Focus()`), so this is taken when the window
   * loses focus and given back to the site when it gains it; a cover over the site takes it until it goes.
   */
  private keysOnSite = true;
  private keysOnSiteAtBlur = true;
  private keysOnSiteBeforeCover = false;
  /** Site pages that show an element in HTML fullscreen (a video), from their enter/leave-html-full-screen. */
  private readonly fullscreenPages = new WeakSet<PageContents>();
  /** The page the find bar searches (its results are told to the chrome). */
  private findingIn: PageContents | null = null;
  /** An insert into the site is waiting for the page's answer. */
  private inserting = false;
  /** Shown for the first time (painted, its chrome loaded): later paints leave the window as the person set it. */
  private shownOnce = false;
  /** The gesture each page last spent on a question about a link to another app (one question per click or key press). */
  private readonly appLinkGestures = new WeakMap<PageContents, number>();
  /** A question about a link to another app is open in this window: others are dropped meanwhile. */
  private askingAppLink = false;
  /** Pages whose document was answered "Stay here": no more questions from it until a new document commits. */
  private readonly appLinksDeclined = new WeakMap<PageContents, string>();
  /** Site pages whose renderer died and that have not loaded since: loaded again (through the gate) when shown or reloaded. */
  private readonly crashed = new WeakSet<PageContents>();
  /** When the chrome's renderer died lately (`CHROME_RELOADS`). */
  private chromeCrashes: number[] = [];
  /**
   * Site pages Electron said stopped answering (`unresponsive`) and that have not answered since: a reload of one first
   * ends its renderer (`restartRenderer`), as a plain reload would wait on the hung process.
   */
  private readonly hung = new WeakSet<PageContents>();
  /** The hung page the chrome's notice is about now (null when none is up). */
  private hungTold: PageContents | null = null;
  /** In a popup, the question about its hung page (hungPopupQuestion), put away when the page answers or goes. */
  private hungAsked: AbortController | null = null;
  /** Site pages whose renderer was ended to reload them (Reload on a hung page): their end is ours, and they load again. */
  private readonly restarting = new WeakSet<PageContents>();
  /** Guard notices sent while the chrome could not hear them (loading, reloading, crashed). */
  private readonly noticesAway = new MissedWhileAway<GuardNotice>();
  private failure: NetworkFailure | null = null;
  /**
   * Each site page whose last load failed for a reason that is not the proxy's (a certificate, an address not found,
   * offline): Electron then commits an empty error page (electron_api_web_contents.cc, DidFinishNavigation emits
   * did-fail-load for an error page, never for ERR_ABORTED), so without a word the person sees a blank site.
   */
  private readonly pageFailures = new WeakMap<PageContents, NetworkFailure>();
  /**
   * Each site page whose last load failed because the network was down (offline, suspended, no DNS server), with the
   * address that failed: loaded again when the network may be back (networkBack).
   */
  private readonly failedNetworkDown = new WeakMap<PageContents, string>();
  /** How many times each page that failed for want of a network while online was loaded again (retryWhileOnline). */
  private readonly networkDownRetries = new WeakMap<PageContents, number>();
  /**
   * The address each view was last asked to load: loaded again after a crash, a reload past a failure, or a change of
   * the identity's network (addressToLoadAgain).
   */
  private readonly wanted = new Map<string, string>();
  /**
   * Each view whose last load asked was kept from loading by the identity's network (its gate refused), with that load:
   * started again once the gate opens (networkReopened).
   */
  private readonly blockedLoads = new Map<string, { contents: PageContents; url: string; options?: LoadURLOptions }>();
  /** The sentence of the gate's refusal the chrome was last told, cleared once the gate opens again. */
  private gateRefusal: string | null = null;
  /** How many loads each view was asked for: one still waiting for the network is dropped when a newer one comes. */
  private readonly loadsAsked = new Map<string, number>();

  constructor(
    private identity: Identity,
    private readonly deps: IdentityWindowDeps<W, V>,
    readonly kind: 'identity' | 'popup' = 'identity',
  ) {
    const { maximized, ...placed } = placeWindow(deps.bounds, deps.kit.workAreas(), { width: 1280, height: 860 });
    const geometry =
      kind === 'popup'
        ? popupWindowOptions(deps.popupRequest ?? { options: {}, features: '', opener: null }, deps.kit.workAreas())
        : { ...placed, minWidth: 760, minHeight: 480 };
    this.win = deps.kit.createWindow({
      title: identityWindowTitle(identity.name, null),
      icon: deps.icon,
      backgroundColor: identity.color,
      ...geometry,
      show: false,
      webPreferences: chromeWebPreferences(deps.preloadPath),
    });
    this.setAppDetails();
    // The OS title is ours, never a page's: it always names the identity.
    this.win.on('page-title-updated', (event) => event.preventDefault());
    hardenChromeContents(this.win.webContents, deps.page.url);
    wireOwnPageMenu(this.win.webContents, menuOver(deps.kit, this.win));
    // The composer asks to stay when closing would lose text it could not save (a full disk). Unanswered, Electron
    // would cancel the close without a word (electron_api_web_contents.cc, RunBeforeUnloadDialog), so the person
    // chooses; the answer is needed before the event returns.
    this.win.webContents.on('will-prevent-unload', (event) => {
      const choice = deps.kit.askNow(this.win, {
        type: 'warning',
        buttons: ['Keep editing', 'Close without saving'],
        defaultId: 0,
        cancelId: 0,
        message: `${this.identity.name}'s draft has changes that are not saved yet.`,
        detail: 'Closing now may lose them. Keep editing and close again in a moment; if the disk is full, free some space first, or copy the text somewhere.',
      });
      if (choice === 1) event.preventDefault();
      else this.keptAfterSitesClosed();
    });
    // The content view reports every layout, including those no 'resize' announces
    // (snap, tiling, a late maximise, a move to a display of another scale).
    this.win.contentView.on('bounds-changed', () => this.layout());
    this.win.on('resize', () => this.layout());
    // A mouse's back and forward buttons move the site's history, as in a browser (Electron does nothing with them).
    this.win.on('app-command', (_event, command) => {
      if (command === 'browser-backward') this.navigate('back');
      if (command === 'browser-forward') this.navigate('forward');
    });
    this.win.webContents.on('focus', () => void (this.keysOnSite = false));
    // Typing in the chrome while the site is covered (the composer beside a proxy failure): the keys stay there
    // when the cover goes (focus moving inside our page emits no 'focus').
    this.win.webContents.on('before-input-event', () => {
      if (!this.siteMayShow()) this.keysOnSiteBeforeCover = false;
    });
    // Escape pressed in our chrome (the person clicked the band over a video in fullscreen) leaves the shown site's
    // fullscreen, as it would in the page: Chromium gives it only to the page that has the keys (leaveSiteFullscreen).
    // It is used up there, as Chromium's is, so one Escape does not also close the find bar. (Not while a sheet or a
    // cover hides the site: the key is theirs.)
    this.win.webContents.on('before-input-event', (event, input) => {
      if (plainEscape(input) && this.siteMayShow() && this.leaveSiteFullscreen()) event.preventDefault();
    });
    this.win.on('blur', () => void (this.keysOnSiteAtBlur = this.keysOnSite));
    this.win.on('focus', () => {
      if (this.keysOnSiteAtBlur) this.focusSite();
    });
    // A site page's beforeunload (text typed in its own compose box) is asked before the window goes: Electron runs
    // only the window's own page's (electron_api_browser_window.cc, OnCloseButtonClicked), and closes a view's page
    // without it. So the first close is held while the site pages close with theirs (sites-before-close.ts), and the
    // window is closed again once they have gone, or the quit it was part of goes on (holding the close cancelled it:
    // browser.cc, OnWindowCloseCancelled). Its own page's beforeunload (the composer) comes then, as Electron runs it
    // after 'close'.
    this.win.on('close', (event) => {
      if (this.sitesLetGo) return;
      const pages = this.sitePagesShownFirst();
      if (pages.length === 0) return;
      event.preventDefault();
      if (this.closingSites) {
        // (Closed again while the pages answer: the first close goes on, now for the quit asked meanwhile, if one was.)
        this.closingSites.quit = this.deps.quits?.current() ?? this.closingSites.quit;
        return;
      }
      const closing = { quit: this.deps.quits?.current() ?? null, wanted: false };
      this.closingSites = closing;
      const shown = this.activeContents();
      this.shownBeforeClose = shown?.getURL() ? { url: shown.getURL(), sandbox: this.sandboxes.get(shown) } : null;
      void this.beforeClose.closeInTurn(pages, () => !closing.wanted).then((stayedOn) => this.sitesClosed(stayedOn));
    });
    // A view's page is not destroyed with its window (docs/api/base-window.md, "Resource management").
    this.win.on('closed', () => void this.closePages());
    // Shown once painted, and only once its chrome has loaded: the window's 'ready-to-show' also comes from a site
    // view's first paint (lib/browser/api/web-contents.ts re-emits a page's on its owner window, which a view's page
    // has once the view is in it), and a site may paint before the chrome that names the identity. (Maximised then:
    // maximize() shows a hidden window at once, before its chrome has drawn.)
    let painted = false;
    let chromeLoaded = false;
    const showOnce = () => {
      if (!painted || !chromeLoaded || this.win.isDestroyed() || this.shownOnce) return;
      this.shownOnce = true;
      if (maximized && kind === 'identity') this.win.maximize();
      this.win.show();
    };
    this.win.on('ready-to-show', () => {
      painted = true;
      showOnce();
    });
    this.win.webContents.on('did-finish-load', () => {
      chromeLoaded = true;
      showOnce();
    });
    const loadChrome = () => loadPage(() => this.win.loadURL(pageUrl(deps.page, { view: kind, identityId: identity.id })), `the ${this.identity.name} chrome`);
    // The chrome is what says whose window this is. If its renderer dies (a crash, out of memory) the page stays blank
    // while the site views keep showing: the sites step aside until it is loaded again, at once, a few times a minute
    // at most (docs/api/web-contents.md, Event: 'render-process-gone'; a gone page is blank until it loads again).
    const chromeGone = () => {
      this.setCovered('chrome', true);
      const now = Date.now();
      this.chromeCrashes = [...this.chromeCrashes.filter((t) => now - t < CHROME_CRASH_WINDOW_MS), now];
      if (this.chromeCrashes.length <= CHROME_RELOADS) return loadChrome();
      // Dying again and again: tried once more when the oldest of these crashes is a minute old (nothing else would:
      // the chrome's own controls are in the page that is gone).
      const wait = this.chromeCrashes[0]! + CHROME_CRASH_WINDOW_MS - now;
      setTimeout(() => {
        if (!this.win.isDestroyed() && this.covers.has('chrome')) loadChrome();
      }, wait);
    };
    // Our chrome stopped answering (told only while it is visible: lib/browser/api/web-contents.ts, '-unresponsive';
    // Chromium tells it after some 15 s without an answer to input). The last band painted stays, and a post from a
    // site opens a sheet nobody can answer. After a short grace the person is asked, as Electron's docs suggest
    // (docs/api/web-contents.md, forcefullyCrashRenderer: "to recover from the `unresponsive` event"): a chrome that is
    // only busy (a long draft, a slow machine) may be waited for, since ending it loses what was typed in the last few
    // seconds; "Reload window" ends its renderer, and the crash recovery above loads it anew and it shows the question
    // held again (chrome:context). The guard allows nothing meanwhile: it waits for an answer. A chrome that answers
    // puts the question away (`signal`: docs/api/dialog.md, showMessageBox).
    let chromeHung: ReturnType<typeof setTimeout> | null = null;
    let asking: AbortController | null = null;
    const chromeAnswers = () => {
      if (chromeHung) clearTimeout(chromeHung);
      chromeHung = null;
      asking?.abort();
      asking = null;
    };
    const askAboutHungChrome = () => {
      const question = new AbortController();
      asking = question;
      const answered = (choice: number) => {
        if (asking === question) asking = null;
        if (choice === 1 && !question.signal.aborted && !this.win.isDestroyed() && !this.win.webContents.isDestroyed()) {
          this.win.webContents.forcefullyCrashRenderer();
        }
      };
      void deps.kit.ask(this.win, hungChromeQuestion(this.identity.name, question.signal)).then(answered, () => answered(0));
    };
    this.win.webContents.on('unresponsive', () => {
      if (chromeHung || asking || this.win.isDestroyed()) return;
      chromeHung = setTimeout(() => {
        chromeHung = null;
        if (!this.win.isDestroyed() && !this.win.webContents.isDestroyed()) askAboutHungChrome();
      }, CHROME_HUNG_GRACE_MS);
    });
    // (Also told when the window is hidden or minimised: a hidden page is not watched. Shown again still hung, it is
    // told again, and the grace starts over.)
    this.win.webContents.on('responsive', chromeAnswers);
    this.win.webContents.on('destroyed', chromeAnswers);
    this.win.webContents.on('render-process-gone', (_event, details) => {
      chromeAnswers();
      this.noticesAway.away();
      if (details.reason === 'clean-exit' || this.win.isDestroyed()) return;
      chromeGone();
    });
    // A chrome that failed to load shows Chromium's error page, which names no identity: its did-finish-load follows
    // (lib/browser/api/web-contents.ts, failListener waits for it), so the sites stay aside and it is loaded again as
    // after a crash, once that error page has settled. (ERR_ABORTED is a load replaced by another, which is what loads.)
    // (did-navigate is emitted only for a page that is not an error page: electron_api_web_contents.cc,
    // DidFinishNavigation. did-start-loading would not do: it is emitted only when the page was not loading already.)
    let chromeFailed = false;
    this.win.webContents.on('did-navigate', () => void (chromeFailed = false));
    this.win.webContents.on('did-fail-load', (_event, code, _description, _url, isMainFrame) => {
      if (!isMainFrame || code === ERR_ABORTED || this.win.isDestroyed()) return;
      chromeFailed = true;
      this.setCovered('chrome', true);
      this.win.webContents.once('did-stop-loading', () => {
        if (!this.win.isDestroyed() && chromeFailed) chromeGone();
      });
    });
    this.win.webContents.on('did-finish-load', () => {
      if (!chromeFailed) this.setCovered('chrome', false);
    });
    // (A new chrome document hears nothing until it has asked for its context: see missed-while-away.ts.)
    this.win.webContents.on('did-start-loading', () => this.noticesAway.away());
    loadChrome();
  }

  get identityId(): string {
    return this.identity.id;
  }

  get chromeContentsId(): number {
    return this.win.webContents.id;
  }

  get activeSite(): string | null {
    return this.activeSiteId;
  }

  get panelShown(): Panel {
    return this.panel;
  }

  update(identity: Identity): void {
    this.identity = identity;
    this.win.setBackgroundColor(identity.color);
    this.updateTitle();
    this.setAppDetails();
  }

  /**
   * Windows groups taskbar buttons by app id: one group (and icon) per identity. A button the person pinned runs its
   * relaunch command once the identity has no window, so that command opens this identity (by id, which a rename
   * keeps), not a bare Hatstand that would show the launcher. Windows uses the command only with a display name and
   * only for a window with its own app id (docs/api/browser-window.md, setAppDetails: "relaunchCommand and
   * relaunchDisplayName must always be set together").
   */
  private setAppDetails(): void {
    const [program = ''] = this.deps.kit.launchArgv();
    this.win.setAppDetails?.({
      appId: `app.hatstand.identity.${this.identity.id}`,
      relaunchCommand: windowsCommandLine([...this.deps.kit.launchArgv(), '--identity', this.identity.id]),
      relaunchDisplayName: `${this.identity.name} (Hatstand)`,
      appIconPath: program,
    });
  }

  setIcon(icon: NativeImage | string): void {
    // Windows and Linux only: macOS windows have no icon of their own.
    if (this.deps.kit.platform !== 'darwin') this.win.setIcon(icon);
  }

  /** Shows one of the identity's sites; `url` (a link routed here) is loaded in that site's view. */
  showSite(siteId: string, url?: string): void {
    const site = this.identity.sites.find((s) => s.id === siteId);
    if (!site) return;
    this.keepOpen();
    // (Its page is being closed with the window, whose close this stops: a fresh page shows the site.)
    const closing = this.views.get(siteId);
    if (closing && this.beforeClose.closing(this.pageOf(closing))) this.forgetView(siteId, closing);
    if (!this.views.has(siteId)) {
      const view = this.createSiteView();
      this.views.set(siteId, view);
      this.win.contentView.addChildView(view);
      this.loadWhenReady(siteId, this.pageOf(view), url ?? site.homeUrl);
      this.deps.onSiteOpened(this.identity, site, url ?? site.homeUrl);
    } else if (url) {
      this.loadWhenReady(siteId, this.pageOf(this.views.get(siteId)!), url);
    }
    // Leaving a link for one of the identity's sites closes the link's page.
    this.closeView(LINK_VIEW);
    this.activate(siteId);
    // (Chosen from the chrome's site buttons: the keys go to the page shown, as a browser's do when a tab is chosen.)
    if (this.win.isFocused()) this.focusSite();
  }

  /** Gives the keys to the page shown, unless something covers it. */
  private focusSite(): void {
    const contents = this.activeContents();
    if (contents && !contents.isDestroyed() && this.siteMayShow()) contents.focus();
  }

  /**
   * A link the page opened with Ctrl/Cmd, Shift or the middle button: shown in
   * this window, in this identity's partition, loaded with the referrer and POST
   * body the click carried. One link at a time: a new one replaces the last.
   */
  openLink(link: LinkRequest): PageContents {
    this.keepOpen();
    this.closeView(LINK_VIEW);
    const view = this.createSiteView(link.sandbox);
    this.views.set(LINK_VIEW, view);
    this.win.contentView.addChildView(view);
    // (A modifier-click main loads for the page: its redirects are the page's, routed (link-routing-hook.ts).)
    if (link.byPage) loadForPage(this.pageOf(view));
    this.loadWhenReady(LINK_VIEW, this.pageOf(view), link.url, linkLoadOptions(link));
    this.activate(LINK_VIEW);
    return this.pageOf(view);
  }

  private activate(viewId: string): void {
    const shownView = this.views.get(viewId);
    const shown = shownView ? this.pageOf(shownView) : undefined;
    // A search of the page shown before: unmarked there, and the bar's count no longer stands.
    if (this.findingIn && this.findingIn !== shown) {
      if (!this.findingIn.isDestroyed()) this.findingIn.stopFindInPage('clearSelection');
      this.findingIn = null;
      this.send('chrome:found', { identityId: this.identity.id, matches: 0, active: 0 });
    }
    const again = shown && this.crashed.has(shown) && !shown.isDestroyed() ? this.addressToLoadAgain(viewId, shown) : undefined;
    if (shown && again) this.loadWhenReady(viewId, shown, again);
    for (const [id, v] of this.views) v.setVisible(id === viewId && this.siteMayShow());
    this.activeSiteId = viewId;
    this.layout();
    this.updateTitle();
    this.pushSiteState();
    this.followPageFailure(shown ?? null);
  }

  /** The page shown now says why it did not open, or no longer does when it did (or another page is shown). */
  private followPageFailure(shown: PageContents | null): void {
    const failure = shown ? this.pageFailures.get(shown) : undefined;
    // (A failure of the identity's proxy is the whole window's, and says more: it stays.)
    if (this.failure && this.failure.scope !== 'page') return;
    if (failure) this.showNetworkFailure(failure);
    else if (this.failure) this.showNetworkFailure({ ...this.failure, active: false });
  }

  private closeView(viewId: string): void {
    const view = this.views.get(viewId);
    if (!view) return;
    this.forgetView(viewId, view);
    const page = this.pageOf(view);
    if (!page.isDestroyed()) page.close();
  }

  /** The view leaves the window and our books (its page is closed by the caller, or closed itself). */
  private forgetView(viewId: string, view: V): void {
    this.views.delete(viewId);
    this.wanted.delete(viewId);
    this.loadsAsked.delete(viewId);
    this.win.contentView.removeChildView(view);
  }

  /**
   * A popup (OAuth, "open in new window") adopted into this identity's chrome.
   * Whatever the opener asked for, the popup gets our hardened preferences on
   * this identity's partition; the contents Electron prepared (which keeps
   * window.opener working for sign-in flows) is adopted when given.
   */
  adoptPopupContents(options: BrowserWindowConstructorOptions): PageContents {
    // Electron passes the prepared guest as `webContents` in these options
    // (its docs build a view straight from them); the typings omit it.
    const prepared = (options as { webContents?: WebContents }).webContents;
    const view = this.deps.kit.createView({
      webPreferences: { ...options.webPreferences, ...siteWebPreferences(partitionFor(this.identity.id)) },
      ...(prepared ? { webContents: prepared } : {}),
    });
    const page = view.webContents!;
    this.pages.set(view, page);
    this.track(page);
    this.wireSiteContents(page);
    this.views.set('popup', view);
    this.activeSiteId = 'popup';
    this.win.contentView.addChildView(view);
    // (A sign-in page that closes itself, window.close() once signed in, takes its popup window with it.)
    page.on('destroyed', () => !this.win.isDestroyed() && this.win.close());
    this.layout();
    return page;
  }

  navigate(action: 'back' | 'forward' | 'reload' | 'home'): void {
    const contents = this.activeContents();
    if (!contents) {
      // (The site's page closed itself and was left closed: Reload or Home opens it afresh.)
      const site = this.identity.sites.find((s) => s.id === this.activeSiteId);
      if (site && !this.views.has(site.id) && (action === 'reload' || action === 'home')) this.showSite(site.id);
      return;
    }
    const history = contents.navigationHistory;
    this.leaving.delete(contents); // (what the person asks now is why the page is left)
    if (action === 'back' && history.canGoBack()) history.goBack();
    if (action === 'forward' && history.canGoForward()) history.goForward();
    if (action === 'reload' && this.hung.has(contents)) return this.restartRenderer(contents);
    if (action === 'reload') {
      // After a network failure the page may never have loaded, and a page whose renderer died is loaded anew: its
      // address again through the gate (a plain reload would not wait for it).
      // (A sign-in popup's page was never loaded by us: its own address is the one to load again.)
      const again = this.activeSiteId ? this.addressToLoadAgain(this.activeSiteId, contents) : contents.getURL();
      this.leaving.set(contents, 'reload');
      // (Over a network notice the identity's network is asked again first: a refused PAC file may answer well now.)
      if (this.covers.has('network') && this.mayStartLoads()) this.deps.network?.recheck?.();
      if ((this.covers.has('network') || this.crashed.has(contents)) && again) this.loadWhenReady(this.activeSiteId!, contents, again);
      else contents.reload();
    }
    if (action === 'home') {
      const site = this.identity.sites.find((s) => s.id === this.activeSiteId);
      if (site) this.loadWhenReady(site.id, contents, site.homeUrl);
    }
  }

  /** A command from the application menu, on the active site view (never our chrome). */
  siteCommand(command: SiteCommand): void {
    const contents = this.activeContents();
    if (!contents) return;
    switch (command) {
      case 'reload':
        // (As the band's reload: a page that stopped, or never loaded for a network failure, goes through the gate.)
        return this.navigate('reload');
      case 'force-reload':
        // (A hung page's renderer is ended first, as for the band's reload.)
        if (this.hung.has(contents)) return this.restartRenderer(contents);
        return contents.reloadIgnoringCache();
      case 'back':
      case 'forward':
        return this.navigate(command);
      case 'zoom-in':
      case 'zoom-out':
      case 'zoom-reset':
        return zoomSite(contents, command);
      case 'find':
        // The chrome draws the find bar above the site and takes the keys for it.
        if (this.kind !== 'identity') return;
        this.send('chrome:openFind', { identityId: this.identity.id });
        if (this.win.isFocused()) this.win.webContents.focus();
        return;
    }
  }

  /**
   * The shown site page leaves its HTML fullscreen (a video that fills the site's part of the window): true when it
   * was in one and was asked to leave (LEAVE_FULLSCREEN_WORLD says how). A page that cannot answer now (its renderer
   * hung or gone, or its main frame still loading, for which Electron holds the script until did-stop-loading:
   * lib/browser/api/web-contents.ts, waitTillCanExecuteJavaScript) stays as it is, and the Escape goes on to the chrome.
   */
  leaveSiteFullscreen(): boolean {
    const contents = this.activeContents();
    if (!contents || !this.fullscreenPages.has(contents) || this.hung.has(contents) || contents.isLoadingMainFrame()) return false;
    contents.executeJavaScriptInIsolatedWorld(LEAVE_FULLSCREEN_WORLD, [{ code: LEAVE_FULLSCREEN }]).catch((error: unknown) => {
      console.error('[windows] could not leave the site\'s fullscreen:', error instanceof Error ? error.message : error);
    });
    return true;
  }

  /** Find in the page shown: a new search (`findNext: true` starts one, in Electron's words), or the next or previous match. */
  find(text: string, direction: 'new' | 'next' | 'previous'): void {
    const contents = this.activeContents();
    if (!contents || contents.isDestroyed()) return;
    // Another site shown since the last search: its page's matches are unmarked, and this page's search starts anew.
    const before = this.findingIn;
    if (before && before !== contents && !before.isDestroyed()) before.stopFindInPage('clearSelection');
    this.findingIn = contents;
    contents.findInPage(text, { forward: direction !== 'previous', findNext: direction === 'new' || before !== contents });
  }

  /**
   * The search ends. Closed (`close`): the matches are no longer marked, the one shown stays selected, and the keys go
   * back to the page, searched or not. Its field emptied: nothing stays marked, and the keys stay in the bar.
   */
  stopFind(close: boolean): void {
    const contents = this.findingIn;
    this.findingIn = null;
    if (contents && !contents.isDestroyed()) contents.stopFindInPage(close ? 'keepSelection' : 'clearSelection');
    if (close && this.win.isFocused()) this.focusSite();
  }

  setPanel(panel: Panel): void {
    this.panel = panel;
    this.layout();
  }

  /** The chrome's notices need this much room above the site; the site view moves down so nothing of ours is under it. */
  setNoticeBand(height: number): void {
    this.noticeBand = height;
    this.layout();
  }

  /**
   * While the post confirmation sheet is up, the site view is hidden so the
   * page can neither cover nor click the sheet.
   */
  setSheetOpen(open: boolean): void {
    if (this.win.isDestroyed()) return; // (a late answer for a window that closed meanwhile)
    const shown = this.siteMayShow();
    this.sheetOpen = open;
    this.coverChanged(shown, open);
  }

  /**
   * A proxy failure or a link question is drawn by the chrome where the site
   * is (a site view paints above the chrome page, electron#26532): the site
   * view steps aside meanwhile, as for the confirmation sheet.
   */
  setCovered(reason: CoverReason, on: boolean): void {
    // (A network gate can answer after the window closed: its webContents would throw "Object has been destroyed".)
    if (this.win.isDestroyed()) return;
    if (reason === 'link' && on) this.keepOpen(); // (a link question is asked here)
    const shown = this.siteMayShow();
    if (on) this.covers.add(reason);
    else this.covers.delete(reason);
    this.coverChanged(shown, on);
  }

  /** The site view steps aside for a cover, our chrome taking the keys; when the last cover goes, they go back. */
  private coverChanged(wasShown: boolean, coverOn: boolean): void {
    const active = this.activeSiteId ? this.views.get(this.activeSiteId) : undefined;
    const shown = this.siteMayShow();
    active?.setVisible(shown);
    if (wasShown && !shown) this.keysOnSiteBeforeCover = this.keysOnSite;
    // (Only in a window that has focus: focusing a page raises its window on macOS and Linux,
    // electron_api_web_contents.cc WebContents::Focus, and a failure in a window behind must not jump to the front.)
    if (coverOn && this.win.isFocused()) this.win.webContents.focus();
    if (!wasShown && shown && this.keysOnSiteBeforeCover) {
      if (this.win.isFocused()) this.focusSite();
      else this.keysOnSiteAtBlur = true; // (given back when the window is focused again)
    }
  }

  /**
   * The identity's network failed for this window's pages (active), or a page
   * loaded again after that: the chrome is told, and the site view steps aside
   * while the failure is up. A good load when nothing failed says nothing.
   */
  showNetworkFailure(failure: { message: string; url: string; active: boolean }): void {
    if (!failure.active && !this.covers.has('network')) return;
    this.failure = failure.active ? { identityId: this.identity.id, ...failure, url: redactUrl(failure.url) } : null;
    this.send('network:failure', { identityId: this.identity.id, ...failure, url: redactUrl(failure.url) });
    this.setCovered('network', failure.active);
  }

  /**
   * A request of a page already shown failed at the identity's proxy
   * (proxy-failure-watch.ts): the page stays, the chrome shows a notice. Said
   * nothing while the site area already shows a failure.
   */
  showRequestFailure(failure: { message: string; url: string }): void {
    if (this.covers.has('network')) return;
    this.send('network:failure', { identityId: this.identity.id, ...failure, url: redactUrl(failure.url), active: true, scope: 'request' });
  }

  /** The hung site page the chrome's notice is about now, for a chrome that (re)loads. */
  get unresponsivePage(): PageUnresponsive | null {
    const page = this.hungTold;
    if (!page || page.isDestroyed()) return null;
    return { identityId: this.identity.id, message: pageNotRespondingMessage(page.getURL()), unresponsive: true };
  }

  /** The failure the chrome shows now, for a chrome that (re)loads. */
  get networkFailure(): NetworkFailure | null {
    return this.failure;
  }

  /**
   * Opens a link in this identity (routed here from another identity, or
   * "here" for a link in the composer): in the view of this identity's site
   * it belongs to, else in the link view beside the sites. A link with the
   * sandbox of the frame it came from opens in the link view, made with it: a
   * site's page was made without one, and none can be added to it later.
   */
  openUrl(url: string, sandbox?: OpenerSandbox): void {
    if (sandbox !== undefined) return void this.openLink({ url, referrer: { url: '', policy: 'no-referrer' }, sandbox });
    const domain = linkDomain(url);
    const site = domain ? this.identity.sites.find((s) => linkDomain(s.homeUrl) === domain) : undefined;
    if (site) this.showSite(site.id, url);
    else this.openLink({ url, referrer: { url: '', policy: 'no-referrer' } });
  }

  /**
   * The identity's network changed (the new settings are being applied to its
   * session): running pages get the new user agent and WebRTC policy, then
   * load again once the new route is in place. A page that never loaded (its
   * network failed) is tried again at the address it was given.
   */
  networkChanged(userAgent: string): void {
    for (const [id, view] of this.views) {
      const contents = this.pageOf(view);
      if (contents.isDestroyed()) continue;
      contents.setUserAgent(userAgent);
      this.deps.network?.refresh(contents);
      const url = this.addressToLoadAgain(id, contents);
      if (url) {
        this.leaving.set(contents, 'network');
        this.loadWhenReady(id, contents, url);
      }
    }
  }

  /**
   * The network may be back (the computer woke, was unlocked, or came online: network-back.ts): each page whose last
   * load failed because the network was down loads again at the address that failed, through the identity's network
   * as every load does (which waits for its PAC file to be checked again). A page that failed otherwise (a
   * certificate, an address that does not exist) is left as it is: it would fail the same way. Every page's WebRTC
   * policy is set again first: with the system's settings, the system's proxy may have changed with the network.
   */
  networkBack(): void {
    for (const view of this.views.values()) {
      const contents = this.pageOf(view);
      if (!contents.isDestroyed()) this.deps.network?.refresh(contents);
    }
    if (!this.mayStartLoads()) return;
    for (const [id, view] of this.views) {
      const contents = this.pageOf(view);
      const url = this.failedNetworkDown.get(contents);
      if (url === undefined || contents.isDestroyed()) continue;
      this.failedNetworkDown.delete(contents);
      this.loadWhenReady(id, contents, url);
    }
  }

  /**
   * The identity's PAC file, asked again after the network changed, now lets one of its sites go direct
   * (IdentityNetworkGate.recheck): told as when the setting is applied, the site stepping aside; nothing loads until
   * the setting is changed or the file answers without DIRECT again.
   */
  networkRefused(message: string): void {
    const contents = this.activeContents();
    this.gateRefusal = message;
    this.showNetworkFailure({ message, url: contents?.getURL() ?? '', active: true });
  }

  /**
   * The identity's PAC file, refused before, was accepted again (asked again after a wake, on a retry or at a Reload:
   * IdentityNetworkGate's onReopened): the loads the refusal kept back start now, and its notice goes. Pages that ran
   * behind the notice are not reloaded (one may hold typed text); they are shown again.
   */
  networkReopened(): void {
    if (!this.mayStartLoads()) return;
    const blocked = [...this.blockedLoads];
    this.blockedLoads.clear();
    for (const [id, { contents, url, options }] of blocked) {
      const view = this.views.get(id);
      if (!view || this.pageOf(view) !== contents || contents.isDestroyed()) continue;
      this.loadWhenReady(id, contents, url, options);
    }
    if (this.failure && this.gateRefusal !== null && this.failure.message === this.gateRefusal) this.showNetworkFailure({ ...this.failure, active: false });
    this.gateRefusal = null;
  }

  /**
   * Types text into the focused field of this identity's current site; false when no text field has focus there.
   * One at a time, and only into a page that is shown and loaded: Electron holds `executeJavaScript` until a loading
   * page stops (lib/browser/api/web-contents.ts, waitTillCanExecuteJavaScript), so clicks made meanwhile would each
   * insert the text when it did, and a page whose renderer is gone never answers at all (nor does `insertText`, a
   * webFrame method that waits for the page's reply: ipc-main-internal-utils.ts, invokeInWebContents).
   */
  async insertIntoSite(text: string): Promise<boolean> {
    const contents = this.activeContents();
    if (!contents) return false;
    const where = this.hostOf(contents) ?? 'The site';
    if (this.inserting) throw new AppError('drafts/insert-busy', 'The text is still being inserted; wait a moment before inserting it again.');
    if (this.crashed.has(contents)) throw new AppError('drafts/site-not-ready', `${where} stopped working; reload it, then insert again.`);
    if (!this.siteMayShow() || !contents.getURL() || contents.isLoadingMainFrame()) {
      throw new AppError('drafts/site-not-ready', `${where} has not finished loading; insert again once it shows.`);
    }
    this.inserting = true;
    try {
      const editable = await answerWithin(
        contents.executeJavaScript(
          `(() => { const e = document.activeElement; return !!e && (e.isContentEditable || e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && /^(text|search|)$/.test(e.type))); })()`,
          false,
        ),
        INSERT_ANSWER_MS,
      );
      if (editable === TIMED_OUT) throw new AppError('drafts/site-not-ready', `${where} did not answer; reload it, then insert again.`);
      // (The page may have changed while it answered: the text goes only where it was asked to go.)
      // (Nor under a sheet or a cover that came meanwhile: the keys are theirs.)
      if (editable !== true || contents.isDestroyed() || contents !== this.activeContents() || !this.siteMayShow()) return false;
      // (Its renderer may have ended since it answered: insertText, too, waits for the page's reply, which would never come.)
      if (this.crashed.has(contents)) throw new AppError('drafts/site-not-ready', `${where} stopped working; reload it, then insert again.`);
      contents.focus();
      const typed = await answerWithin(contents.insertText(text), INSERT_ANSWER_MS);
      if (typed === TIMED_OUT) throw new AppError('drafts/site-not-ready', `${where} did not answer; check whether the text is there before inserting it again.`);
      return true;
    } finally {
      this.inserting = false;
    }
  }

  private hostOf(contents: PageContents): string | null {
    try {
      return new URL(contents.getURL()).host || null;
    } catch {
      return null;
    }
  }

  send<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    if (this.win.isDestroyed()) return;
    // (A countdown is given to a reloaded chrome while it still counts, from the guard: coolingOffNotices.)
    if (event === 'guard:notice' && (payload as GuardNotice).code !== 'cooling-off') this.noticesAway.sent(payload as GuardNotice);
    this.win.webContents.send(event, payload);
  }

  /** The guard notices this window's chrome did not hear; asked with its context, from which it hears everything. */
  noticesMissed(): GuardNotice[] {
    return this.noticesAway.heard();
  }

  focus(): void {
    this.keepOpen();
    if (this.win.isMinimized()) this.win.restore();
    this.win.show();
    this.win.focus();
  }

  /** A link opened from one of this window's pages: shown in the identity's main window (a popup hands it there). */
  private showLink(link: LinkRequest): PageContents {
    return this.kind === 'popup' ? this.deps.openLink(this.identity, link) : this.openLink(link);
  }

  /** The site view whose page this is. */
  private viewOf(contents: PageContents): V | undefined {
    return [...this.views.values()].find((view) => this.pages.get(view) === contents);
  }

  private activeContents(): PageContents | null {
    const view = this.activeSiteId ? this.views.get(this.activeSiteId) : undefined;
    const page = view ? this.pageOf(view) : null;
    return page && !page.isDestroyed() ? page : null;
  }

  private siteMayShow(): boolean {
    return !this.sheetOpen && this.covers.size === 0;
  }

  /**
   * Every load of a site view waits for the identity's network (site-network.ts):
   * nothing of this identity leaves before its proxy is in place, and when it
   * cannot be, nothing loads and the chrome says why where the site would be.
   */
  private loadWhenReady(viewId: string, contents: PageContents, asked: string, options?: LoadURLOptions): void {
    // (Loads from main emit no will-navigate, so the safety net's https upgrade never sees them: a routed or
    // modifier-clicked http link is made https here.)
    const url = this.secure(asked);
    this.crashed.delete(contents); // (this load replaces the page whose renderer died)
    // (Nor is an address that failed for want of a network loaded again over it: retryWhileOnline, networkBack.)
    this.failedNetworkDown.delete(contents);
    this.wanted.set(viewId, url);
    const pending = { url };
    this.uncommitted.set(contents, pending);
    const load = (this.loadsAsked.get(viewId) ?? 0) + 1;
    this.loadsAsked.set(viewId, load);
    this.blockedLoads.delete(viewId);
    void loadThroughNetwork(
      contents,
      // Only the last address asked for while waiting is loaded (a window opened for a
      // routed link shows the link, never its home page first).
      // (Nor in a window that began closing meanwhile, or once Hatstand is ending: loadThroughNetwork checks only that
      // the page still exists.)
      () => {
        if (this.loadsAsked.get(viewId) === load && this.mayStartLoads()) loadPage(() => this.untilSettled(contents, pending, contents.loadURL(url, options)), url);
      },
      this.deps.network?.ready,
      (message) => {
        if (this.loadsAsked.get(viewId) === load) this.blockedLoads.set(viewId, { contents, url, ...(options ? { options } : {}) });
        this.gateRefusal = message;
        this.showNetworkFailure({ message, url, active: true });
      },
    );
  }

  /**
   * A page failed for want of a network while Chromium says the computer is online: just after a wake
   * (ERR_NETWORK_IO_SUSPENDED, ERR_NETWORK_CHANGED) or in an outage shorter than network-back.ts's poll, which then
   * never sees it offline, so nothing else would load it again. Loaded again after a short delay, twice at most
   * (NETWORK_DOWN_RETRY_MS); a page failing so while offline waits for network-back.ts. (A proxied identity's page
   * fails offline with ERR_PROXY_CONNECTION_FAILED, which is not counted as the network's: told as its proxy's failure,
   * site-network.ts, it is loaded again by the person's Reload or a change of its network, not here nor by a wake.)
   */
  private retryWhileOnline(contents: PageContents, url: string): void {
    if (this.deps.network?.online?.() !== true) return;
    const made = this.networkDownRetries.get(contents) ?? 0;
    const delay = NETWORK_DOWN_RETRY_MS[made];
    if (delay === undefined) return;
    this.networkDownRetries.set(contents, made + 1);
    const timer = setTimeout(() => {
      if (contents.isDestroyed() || this.failedNetworkDown.get(contents) !== url || !this.mayStartLoads()) return;
      const id = [...this.views].find(([, view]) => this.pageOf(view) === contents)?.[0];
      if (id === undefined) return;
      this.failedNetworkDown.delete(contents);
      this.loadWhenReady(id, contents, url);
    }, delay);
    timer.unref?.();
  }

  /** Hatstand is ending (quit certain, a shutdown, a session's end): loads waiting on the network start no more. */
  ending(): void {
    this.ended = true;
  }

  /**
   * Whether a load may start now: not in a window that is closing (unless something was shown in it meanwhile, which
   * stops the close: keepOpen) or gone, nor once Hatstand is ending.
   */
  private mayStartLoads(): boolean {
    return !this.ended && !this.win.isDestroyed() && !this.pagesClosing && !(this.closingSites && !this.closingSites.wanted);
  }

  /** `url` as this identity may load it: https unless the person allowed plain http for its host (checklist item 1). */
  private secure(url: string): string {
    return httpsInstead(url, (host) => this.deps.httpAllowed?.(this.identity, host) ?? false) ?? url;
  }

  /**
   * A load that stopped without committing (the person pressed Stop, the address was a download or answered 204
   * No Content) leaves the page shown as it was: it is no longer the address to load again, or a network change
   * would fetch that download again. Electron rejects such a load with ERR_FAILED from `did-stop-loading`
   * (lib/browser/api/web-contents.ts:335-347); a load replaced by another navigation rejects with ERR_ABORTED and
   * leaves the newer one to commit or not. A page whose renderer died keeps its address for the reload.
   */
  private untilSettled(contents: PageContents, pending: { url: string }, load: Promise<void>): Promise<void> {
    return load.catch((error: unknown) => {
      const replaced = isAbortedLoad(error);
      if (!replaced && !this.crashed.has(contents) && this.uncommitted.get(contents) === pending) this.uncommitted.delete(contents);
      throw error;
    });
  }

  /**
   * Where to load a view's page again (after a crash, a network change, a reload past a failure): the load main asked
   * for while it has not committed (getURL() is the last committed page, electron_api_web_contents.cc GetURL, so a
   * link still waiting for the network would give way to the page before it), else the page shown, else what was asked.
   */
  private addressToLoadAgain(viewId: string, contents: PageContents): string | undefined {
    return this.uncommitted.get(contents)?.url ?? (contents.getURL() || this.wanted.get(viewId));
  }

  /** The view's page, as it was when the view was made (destroyed or not). */
  private pageOf(view: V): PageContents {
    return this.pages.get(view)!;
  }

  /**
   * The window's own page kept it (the composer's "Keep editing": text it could not save) after its close had closed its
   * site pages, which Electron asks only after 'close' (electron_api_browser_window.cc, OnCloseButtonClicked): the site
   * shown then is opened again at the address it had, and a quit this was part of ends.
   */
  private keptAfterSitesClosed(): void {
    this.deps.quits?.declined();
    const shown = this.shownBeforeClose;
    this.shownBeforeClose = null;
    if (shown && !this.activeContents() && !this.win.isDestroyed()) this.openUrl(shown.url, shown.sandbox);
  }

  /**
   * Something is shown or focused in the window while its close waits for its site pages (a link routed to it, the
   * identity opened again, a site chosen in its chrome): the person wants it, so the close stops after the page being
   * asked, and the window stays. (Until its own page closes, a close that goes on would take with it what was shown.)
   */
  private keepOpen(): void {
    if (this.closingSites) this.closingSites.wanted = true;
  }

  /**
   * Whether the close under way is part of a quit that is still wanted: a quit the person declined meanwhile, here or in
   * another window, closes only this window, as Electron's would.
   */
  private closeGoesOnQuitting(): boolean {
    const quit = this.closingSites?.quit ?? null;
    return quit !== null && (this.deps.quits?.wanted(quit) ?? false);
  }

  /** The window's site pages still open, the one shown first: where the person most likely typed. */
  private sitePagesShownFirst(): PageContents[] {
    const shown = this.activeContents();
    const pages = [...this.views.values()].map((view) => this.pageOf(view)).filter((page) => !page.isDestroyed() && page !== shown);
    return shown ? [shown, ...pages] : pages;
  }

  /**
   * The site pages have answered the window's close: all gone (the window closes, or the quit goes on), or the person
   * stayed on one, which is then shown (the pages closed before it are left closed, opened afresh when chosen).
   */
  private sitesClosed(stayedOn: PageContents | null): void {
    const quitting = this.closeGoesOnQuitting();
    const wanted = this.closingSites?.wanted ?? false;
    this.closingSites = null;
    // (Wanted meanwhile: it stays, showing what it was asked to; a quit it was part of ends.)
    if (wanted) {
      this.shownBeforeClose = null;
      this.deps.quits?.declined();
      return;
    }
    if (stayedOn && !this.win.isDestroyed()) {
      this.shownBeforeClose = null;
      // (Its close gave the page user activation for the question, electron_api_web_contents.cc, Close:
      // NotifyUserActivation, so a page stayed on may open a popup once without a click; the guard judges posts by
      // input-event, which no activation fakes.)
      const id = [...this.views].find(([, view]) => this.pageOf(view) === stayedOn)?.[0];
      if (id !== undefined && id !== this.activeSiteId) {
        this.activate(id);
        if (this.win.isFocused()) this.focusSite();
      }
      return;
    }
    // (Gone meanwhile: a sign-in popup goes with its page, and its page with the one that opened it. The quit goes on.)
    if (this.win.isDestroyed()) {
      if (quitting) this.deps.kit.quit();
      return;
    }
    this.sitesLetGo = true;
    // (Its own page may still keep it, the composer's "Keep editing", after all its sites have gone: shownBeforeClose.)
    if (quitting) this.deps.kit.quit();
    else this.win.close();
    this.sitesLetGo = false;
  }

  private createSiteView(sandbox?: OpenerSandbox): V {
    const view = this.deps.kit.createView({ webPreferences: siteWebPreferences(partitionFor(this.identity.id), sandbox) });
    view.setBackgroundColor(siteViewBackground(this.deps.kit.darkAppearance()));
    const page = view.webContents!;
    this.pages.set(view, page);
    if (sandbox) this.sandboxes.set(page, sandbox);
    this.track(page);
    this.wireSiteContents(page);
    page.on('destroyed', () => this.pageClosedItself(view));
    return view;
  }

  /**
   * A site page destroyed without us closing it: its own window.close(), which a page opened with one history entry
   * may call. Its view shows nothing from then on, so it goes; the site shown opens afresh at its home (a link's page
   * gives way to the first site), once a minute at most, so that a page that closes itself as it loads is not opened
   * again and again (choosing its site, Reload or Home opens it again).
   */
  private pageClosedItself(view: V): void {
    if (this.pagesClosing || this.win.isDestroyed()) return;
    const id = [...this.views].find(([, v]) => v === view)?.[0];
    if (id === undefined) return; // (we closed it: closeView took it out first)
    this.forgetView(id, view);
    if (id !== this.activeSiteId) return;
    // (Closed before its window, which may yet stay: left closed, never opened again behind the person's back.)
    if (this.closingSites) return this.leftClosed(id);
    const next = id === LINK_VIEW ? this.identity.sites[0]?.id : id;
    const now = Date.now();
    if (next && now - (this.reopenedAt.get(next) ?? -Infinity) >= 60_000) {
      this.reopenedAt.set(next, now);
      // (Not inside the old page's 'destroyed', while Electron is still taking it down.)
      setImmediate(() => {
        if (!this.pagesClosing && !this.win.isDestroyed() && this.activeSiteId === id) this.showSite(next);
      });
      return;
    }
    this.leftClosed(id);
  }

  /** Left closed: the band no longer names a page or offers its history, and Reload or Home opens the site again. */
  private leftClosed(id: string): void {
    this.send('chrome:siteState', { identityId: this.identity.id, siteId: id, url: '', title: '', canGoBack: false, canGoForward: false, loading: false });
  }

  /**
   * A link to another app from a site page (a navigation of its own or a window.open): offered to the person only
   * when it is theirs, a click or key press in the page's own main frame just before (never one in another site's
   * frame, nor one on the page before), and once per gesture (a click's mouseDown and mouseUp are one), one question
   * at a time in the window, and the link the person answered "Stay here" to not again from that document until a new
   * one commits (only that link: a web app such as Outlook or Teams never loads a new document, and its next meeting or
   * mail link is another question), so a page cannot raise question after question; a page's own doing, or any other
   * scheme, is refused without a word. (A window.open from a cross-site frame within the 5 s of a click in the main
   * frame is still asked about as the page's: the window-open handler's details name no frame in Electron 45, only
   * url, frameName, features, disposition, referrer and postBody (lib/browser/api/web-contents.ts, the
   * '-will-add-new-contents' and '-new-window' listeners; electron_api_web_contents.cc, OnWillCreateWindow has the
   * opener frame and does not pass it), the referrer is the opening frame's to withhold (noreferrer, its
   * Referrer-Policy) as a page's own link may, and 'did-create-window' never tells it: it comes only for a BrowserWindow
   * Electron made itself, never for a denied open nor for one our handler's `createWindow` made, as every allowed open
   * here is (lib/browser/guest-window-manager.ts, openGuestWindow returns after createWindow, before the emit).)
   */
  private offerAppLink(contents: PageContents, link: AppLink | null): void {
    const ask = this.deps.askOpenApp;
    if (!link || !ask || this.win.isDestroyed() || this.askingAppLink || this.appLinksDeclined.get(contents) === link.url) return;
    const gesture = this.deps.pageGesture?.(contents.id);
    if (!gesture || !byThePerson(gesture.at, Date.now()) || this.appLinkGestures.get(contents) === gesture.began) return;
    this.appLinkGestures.set(contents, gesture.began);
    this.askingAppLink = true;
    void ask(this.identity, link, contents.getURL(), this.win).then(
      (opened) => {
        this.askingAppLink = false;
        if (!opened) this.appLinksDeclined.set(contents, link.url);
      },
      () => void (this.askingAppLink = false),
    );
  }

  private wireSiteContents(contents: PageContents): void {
    hardenSiteContents(contents, (url) => this.offerAppLink(contents, appLinkOf(url)));
    contents.on('focus', () => void (this.keysOnSite = true));
    contents.on('enter-html-full-screen', () => this.fullscreenPages.add(contents));
    contents.on('leave-html-full-screen', () => this.fullscreenPages.delete(contents));
    // (Nor after its renderer ended, or a new document committed, whatever Electron says of it then: Escape in the
    // chrome would otherwise go to a page that no longer has an element in fullscreen, or never answers.)
    contents.on('render-process-gone', () => this.fullscreenPages.delete(contents));
    // (A new document of the page's own: an ad's fenced frame committing, told by did-navigate too, is not one:
    // page-frame.ts. Here and below.)
    onPageCommit(contents, () => this.fullscreenPages.delete(contents));
    // (A new document: a "Stay here" was said to the one before.)
    onPageCommit(contents, () => this.appLinksDeclined.delete(contents));
    // Ctrl+mouse wheel over the page: Electron only asks (electron_api_web_contents.cc, ContentsZoomChange emits
    // 'zoom-changed') and zooms nothing itself, so the page zooms in the menu's steps.
    contents.on('zoom-changed', (_event, direction) => zoomSite(contents, direction === 'in' ? 'zoom-in' : 'zoom-out'));
    contents.on('found-in-page', (_event, result) => {
      if (contents !== this.findingIn) return;
      this.send('chrome:found', { identityId: this.identity.id, matches: result.matches, active: result.activeMatchOrdinal });
    });
    wireContextMenu(
      contents,
      (params) =>
        sitePageMenu(contents, params, {
          copyText: (text) => this.deps.kit.copyText(text),
          openExternally: (url) => this.deps.askOpenExternal(this.identity, url, this.win),
          // (Only while the page is the one shown: the chrome's buttons act on the shown page.)
          navigate: (action) => contents === this.activeContents() && this.navigate(action),
          dictionary: ['darwin', 'win32'].includes(this.deps.kit.platform) ? { shared: true } : { shared: false, identityName: this.identity.name },
        }),
      menuOver(this.deps.kit, this.win, () => this.viewOf(contents)?.getBounds() ?? null),
    );
    // A site page whose renderer died is blank: shown, the chrome says so with a way to reload it; behind another
    // site, it is loaded again when shown.
    contents.on('did-start-loading', () => {
      this.crashed.delete(contents);
      // (A load began some other way before its renderer was ended, or nothing was ended: a later crash is a crash.)
      this.restarting.delete(contents);
    });
    contents.on('render-process-gone', (_event, details) => {
      this.answersAgain(contents);
      const restarted = this.restarting.delete(contents);
      if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
      this.crashed.add(contents);
      // (Ended by us to reload it: loaded again now, in a new renderer, through the identity's network.)
      if (restarted) {
        if (contents === this.activeContents()) this.navigate('reload');
        return;
      }
      if (contents !== this.activeContents()) return;
      let host = '';
      try {
        host = new URL(contents.getURL()).host;
      } catch {
        // (No address: the page had not loaded.)
      }
      this.showRequestFailure({ message: `The page${host ? ` of ${host}` : ''} stopped working (${GONE_IN_WORDS[details.reason] ?? 'it quit'}); reload it to go on.`, url: contents.getURL() });
    });
    // A site page that stopped answering: the chrome says so in its notice band, with Wait and Reload. The page stays
    // where it is: hidden, it would no longer be watched and be told `responsive` at once, still hung
    // (RenderWidgetHostImpl::WasHidden, see tests/support/electron/web-contents.ts), so the notice would go and the hang
    // come back unsaid. It goes when the page answers again, is ended to reload, closes, or is no longer shown.
    contents.on('unresponsive', () => {
      if (contents.isDestroyed()) return;
      this.hung.add(contents);
      if (contents !== this.activeContents()) return;
      this.hungTold = contents;
      // (A popup's chrome has no notice band, and drops this notice: the person is asked over the popup instead.)
      if (this.kind === 'popup') return this.askAboutHungPopup(contents);
      this.send('chrome:unresponsive', { identityId: this.identity.id, message: pageNotRespondingMessage(contents.getURL()), unresponsive: true });
    });
    contents.on('responsive', () => this.answersAgain(contents));
    contents.on('destroyed', () => this.answersAgain(contents));
    this.deps.network?.wire(contents);
    // A link to another identity's site never opens here silently (link routing: shared/domain/link-routing.ts).
    const routeLink = this.deps.routeLink;
    const route = routeLink ? (url: string, openHere: () => void, sandbox?: OpenerSandbox) => routeLink(this.identity, url, openHere, sandbox) : undefined;
    if (route) routeNavigations(contents, route, (url) => this.secure(url), () => this.sandboxes.get(contents));
    contents.setWindowOpenHandler((details) => {
      // Before anything else, modifier clicks included: "here" shows the link in this identity's window. Electron does not
      // say the opening frame's sandbox here, so the link carries only the page's own, when we made it with one
      // (link-routing-hook.ts, routeWindowOpen).
      const pageSandbox = this.sandboxes.get(contents);
      if (routeWindowOpen(details.url, route, () => void this.showLink({ ...details, sandbox: pageSandbox }), pageSandbox)) return { action: 'deny' };
      const decision = decideWindowOpen(details.url, contents.getURL());
      if (decision.action === 'child-window') {
        return {
          action: 'allow',
          // The child is built by us, in this identity's partition and chrome (PITFALLS 4):
          // a window.open popup adopts the guest Electron prepared; a modifier-click has
          // none and is shown in the identity's window.
          createWindow: (options) =>
            asElectronContents(
              isGuestless(options)
                ? this.showLink({ ...details, sandbox: openerSandboxFlagsOf(options), byPage: true })
                : this.deps.openPopup(this.identity, { options, features: details.features, opener: this.win.isDestroyed() ? null : this.win.getBounds() }),
            ),
          // A popup's page is closed by its own window, which asks its beforeunload first (sites-before-close.ts), never
          // destroyed with the page that opened it: Electron would destroy it, text typed in it included, without a word
          // as soon as that page went (lib/browser/guest-window-manager.ts, handleWindowLifecycleEvents).
          outlivesOpener: true,
        };
      }
      if (decision.action === 'ask-external') this.deps.askOpenExternal(this.identity, decision.url, this.win);
      if (decision.action === 'ask-app') this.offerAppLink(contents, decision.link);
      return { action: 'deny' };
    });
    const push = () => this.pushSiteState();
    contents.on('did-navigate', push);
    // (A load that committed, or failed and committed its error page, is the page shown: getURL() says it now.)
    onPageCommit(contents, () => this.uncommitted.delete(contents));
    // (The page's own failures only, here and below: an ad's fenced frame's failure says `isMainFrame` too, and would be
    // told as the page's, or its address loaded again in the page: page-frame.ts.)
    contents.on('did-fail-load', (_event, code, _description, _url, isMainFrame, processId, routingId) => {
      if (isPageMainFrameFailure(contents, isMainFrame, processId, routingId) && code !== ERR_ABORTED) this.uncommitted.delete(contents);
    });
    // (The proxy's failures are the identity's network's to tell, site-network.ts; a request Hatstand stopped is told
    // where it was stopped.)
    contents.on('did-fail-load', (_event, code, description, url, isMainFrame, processId, routingId) => {
      if (!isPageMainFrameFailure(contents, isMainFrame, processId, routingId)) return;
      if (code === ERR_ABORTED || proxyFailureOf(description) || /ERR_BLOCKED_BY_CLIENT$/.test(description)) return;
      this.pageFailures.set(contents, { identityId: this.identity.id, message: pageFailureMessage(url, description), url, active: true, scope: 'page' });
      if (contents === this.activeContents()) this.followPageFailure(contents);
    });
    // (did-navigate, though an ad's fenced frame's commit says it too: none commits in the error page a failure left.)
    contents.on('did-navigate', () => {
      if (this.pageFailures.delete(contents) && contents === this.activeContents()) this.followPageFailure(contents);
    });
    // (Its last failure only: a page that failed for want of a network, then for its certificate, stays as it is.)
    contents.on('did-fail-load', (_event, code, description, url, isMainFrame, processId, routingId) => {
      if (!isPageMainFrameFailure(contents, isMainFrame, processId, routingId) || code === ERR_ABORTED) return;
      if (failedForNetworkDown(description)) {
        this.failedNetworkDown.set(contents, url);
        this.retryWhileOnline(contents, url);
      } else this.failedNetworkDown.delete(contents);
    });
    contents.on('did-navigate', () => {
      this.failedNetworkDown.delete(contents);
      this.networkDownRetries.delete(contents);
    });
    // A site page that asks to stay (a post typed in its own compose box) is asked about, as a browser's "Leave site?":
    // unanswered, Electron drops the navigation without a word (electron_api_web_contents.cc, RunBeforeUnloadDialog),
    // so Home, Reload, a link or a network change's reload would do nothing. Chromium runs the page's beforeunload
    // before any navigation of it, so this is every way of leaving the page; the answer is needed before the event
    // returns. Stay keeps the page shown, and what was asked is dropped (it is no longer the address to load again).
    contents.on('will-prevent-unload', (event) => {
      const why = this.leaving.get(contents);
      this.leaving.delete(contents);
      // (A window being destroyed, its identity removed: nothing to ask, and no window to ask in.)
      if (this.win.isDestroyed()) return;
      const host = this.hostOf(contents) ?? 'This site';
      const where = contents === this.activeContents() ? host : `${host} (open behind the site shown)`;
      if (this.beforeClose.closing(contents)) {
        // (Replaced meanwhile by a fresh page of its site, which was asked for as the window closed: it goes.)
        if (![...this.views.values()].some((view) => this.pageOf(view) === contents)) {
          event.preventDefault();
          return;
        }
        // Closed before its window (sites-before-close.ts): closing, or quitting, goes on only if the person leaves.
        const forQuit = this.closeGoesOnQuitting();
        this.beforeClose.asking(contents);
        // (A question that could not be shown keeps the page, and ends this close: the next one asks again.)
        let choice = 0;
        try {
          choice = this.deps.kit.askNow(this.win, {
            type: 'question',
            buttons: ['Stay', forQuit ? 'Quit' : 'Close'],
            defaultId: 0,
            cancelId: 0,
            message: forQuit ? 'Quit Hatstand?' : `Close ${this.identity.name}'s window?`,
            detail: `${where} says changes you made in ${this.identity.name}'s window may not be saved.`,
          });
        } catch (error) {
          console.error(`[windows] could not ask before closing ${host}:`, error instanceof Error ? error.message : error);
        }
        if (choice === 1) event.preventDefault();
        else this.deps.quits?.declined();
        this.beforeClose.answered(contents, choice !== 1);
        return;
      }
      const choice = this.deps.kit.askNow(this.win, {
        type: 'question',
        buttons: ['Stay', why ? 'Reload' : 'Leave'],
        defaultId: 0,
        cancelId: 0,
        message: why === 'network' ? `Reload ${host} on ${this.identity.name}'s new network?` : why === 'reload' ? `Reload ${host}?` : `Leave ${host}?`,
        detail: `${where} says changes you made in ${this.identity.name}'s window may not be saved.`,
      });
      if (choice === 1) event.preventDefault();
      else this.uncommitted.delete(contents);
    });
    contents.on('did-navigate', () => this.leaving.delete(contents));
    contents.on('did-navigate-in-page', push);
    contents.on('page-title-updated', push);
    contents.on('did-start-loading', push);
    contents.on('did-stop-loading', push);
  }

  /** The page is no longer hung (it answers, its renderer ended, it closed): a notice about it goes. */
  private answersAgain(contents: PageContents): void {
    this.hung.delete(contents);
    if (this.hungTold !== contents) return;
    this.hungTold = null;
    this.hungAsked?.abort();
    this.hungAsked = null;
    if (this.kind !== 'popup') this.send('chrome:unresponsive', { identityId: this.identity.id, message: '', unresponsive: false });
  }

  /**
   * A popup's page stopped answering: asked over the popup, Wait or Reload, as the identity window's notice offers.
   * Reload ends its renderer and loads it again (restartRenderer). The question goes when the page answers, ends or
   * closes (the dialog's `signal`: docs/api/dialog.md, showMessageBox); Electron tells a page that stays hung nothing
   * more (it drops Chromium's hang monitor restarter: electron_api_web_contents.cc, RendererUnresponsive), so after
   * Wait the popup's own Reload button is the way out.
   */
  private askAboutHungPopup(contents: PageContents): void {
    this.hungAsked?.abort();
    const question = new AbortController();
    this.hungAsked = question;
    const answered = (choice: number) => {
      if (this.hungAsked === question) this.hungAsked = null;
      if (choice === 1 && !question.signal.aborted && this.hung.has(contents) && !contents.isDestroyed()) this.restartRenderer(contents);
    };
    void this.deps.kit.ask(this.win, hungPopupQuestion(contents.getURL(), this.identity.name, question.signal)).then(answered, () => answered(0));
  }

  /**
   * Reload of a hung page: its renderer is ended first, and the page is loaded again once Electron tells it gone
   * (render-process-gone), in a new renderer. A plain reload would commit into the same hung process, a same-site page
   * keeping it (docs/api/web-contents.md, forcefullyCrashRenderer: "Calling `reload()` immediately after calling this
   * method will force the reload to occur in a new process"); waiting for the end instead of reloading at once keeps
   * that end from being told as a crash of the page reloading (the end is told after the reload has started), and the
   * reload goes through the identity's network gate as any other of a page whose renderer died.
   */
  private restartRenderer(contents: PageContents): void {
    this.leaving.delete(contents);
    this.restarting.add(contents);
    contents.forcefullyCrashRenderer();
  }

  /**
   * Closes every page this window showed; they would otherwise keep running (audio, sockets, timers). Resolves once
   * each is destroyed: Electron destroys a closed page in a later task (electron_api_web_contents.cc, Destroy), and
   * until then it runs.
   */
  closePages(): Promise<void> {
    this.pagesClosing = true;
    for (const view of this.views.values()) {
      const page = this.pageOf(view);
      if (!page.isDestroyed()) page.close();
    }
    this.views.clear();
    this.wanted.clear();
    this.loadsAsked.clear();
    // (Every page not destroyed yet: those closed here, those closed before, as a link's page a second link replaced,
    // and those that closed themselves. A page that is never destroyed holds nobody up past a few seconds.)
    const cap = new Promise<void>((resolve) => setTimeout(resolve, PAGES_GONE_WITHIN_MS).unref?.());
    return Promise.race([Promise.all(this.alive.values()).then(() => undefined), cap]);
  }

  /** Keeps the page among this window's until Electron has destroyed it. */
  private track(page: PageContents): void {
    this.alive.set(
      page,
      new Promise<void>((resolve) =>
        page.once('destroyed', () => {
          this.alive.delete(page);
          resolve();
        }),
      ),
    );
  }

  private layout(): void {
    if (this.win.isDestroyed()) return;
    const { width, height } = this.win.contentView.getBounds();
    // Main alone decides where the site view goes, from the geometry the chrome draws around it.
    const bounds =
      this.kind === 'popup'
        ? popupViewBounds({ width, height })
        : siteViewBounds({ width, height }, { panelOpen: this.panel !== 'none', noticeBand: this.noticeBand });
    for (const view of this.views.values()) view.setBounds(bounds);
  }

  private updateTitle(): void {
    const contents = this.activeContents();
    let host: string | null = null;
    try {
      host = contents ? new URL(contents.getURL()).host || null : null;
    } catch {
      host = null;
    }
    if (!host) {
      const site = this.identity.sites.find((s) => s.id === this.activeSiteId);
      host = site ? new URL(site.homeUrl).host : null;
    }
    this.win.setTitle(identityWindowTitle(this.identity.name, host));
  }

  /** Where the shown site page is now; also read by a chrome that (re)loads (chrome:context), as events reach only a live page. */
  get siteState(): SiteState | null {
    const contents = this.activeContents();
    if (!contents || !this.activeSiteId) return null;
    return {
      identityId: this.identity.id,
      siteId: this.activeSiteId,
      // (Our page needs the scheme and host; a sign-in callback's code or token stays in main: redact.ts.)
      url: redactUrl(contents.getURL()),
      title: contents.getTitle(),
      canGoBack: contents.navigationHistory.canGoBack(),
      canGoForward: contents.navigationHistory.canGoForward(),
      loading: contents.isLoading(),
    };
  }

  private pushSiteState(): void {
    const state = this.siteState;
    if (!state) return;
    this.updateTitle();
    this.send('chrome:siteState', state);
  }
}
