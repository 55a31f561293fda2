import { ownWindowBackground, type Appearance } from '../../../shared/domain/appearance';
import { redactUrl } from '../../../shared/domain/redact';
import { appearanceOf } from '../services/appearance';
import type { SavedWindowState } from '../../../shared/domain/window-placement';
import type { NativeImage, Rectangle } from 'electron';
import type { Identity } from '../../../shared/domain/identity';
import { initialsOf } from '../../../shared/domain/chrome-layout';
import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayloads, GuardNotice, Panel, SiteState } from '../../../shared/ipc/contract';
import type { WindowsPort } from '../services/api/ports';
import type { CallerContext } from '../services/api/router';
import { identityIconPng } from '../services/icons/identity-icon';
import type { Store } from '../services/store';
import { externalLinkQuestion } from '../security/window-open-policy';
import { appLinkQuestion, type AppLink } from '../security/app-link-policy';
import type { PageGesture } from '../session/user-activation';
import { chromeWebPreferences } from '../security/web-preferences';
import type { KnownWindows } from '../ipc/caller';
import type { SiteCommand } from '../app-menu';
import { loadPage } from '../keep-running';
import { menuOver, wireOwnPageMenu } from './context-menu';
import { hardenChromeContents } from './harden-contents';
import { IdentityWindow, type IdentityWindowDeps, type LinkRequest } from './identity-window';
import type { PopupRequest } from './popup-geometry';
import { pageUrl, type RendererPage, type RendererView } from './renderer-page';
import type { LogEvent } from '../services/store/context';
import { onPageClosing, type GlueWindow, type PageContents, type SiteView, type WindowKit } from './surface';
import type { LinkPort } from '../services/links/link-router';
import type { LinkQuestion, NetworkFailure, PageUnresponsive } from '../../../shared/ipc/contract';
import type { NetworkSettings } from '../../../shared/domain/network';
import type { OpenerSandbox } from '../../../shared/domain/link-routing';
import { refreshSiteNetwork, wireSiteNetwork } from './site-network';
import { QuitsAsked } from './quits-asked';
import { allowsHttp } from '../services/api/http-hosts';

/** The session parts the window layer uses: wiping an identity's partition. */
export interface IdentityStorage {
  clearStorageData(): Promise<void>;
  clearCache(): Promise<void>;
  clearData(): Promise<void>;
  readonly cookies: { flushStore(): Promise<void> };
}

export interface WindowManagerDeps<W extends GlueWindow<V>, V extends SiteView> {
  kit: WindowKit<W, V>;
  store: Store;
  page: RendererPage;
  preloadPath: string;
  sessionFor(identityId: string): IdentityStorage;
  log(event: LogEvent): void;
  /**
   * Called when an identity's window gains focus and when it loses it: what was copied there meanwhile may travel to
   * another identity.
   */
  noteClipboard(identityId: string, moment: 'focus' | 'blur'): void;
  /** Whether a post of this identity waits for a decision: a window opened meanwhile starts with the sheet up. */
  questionOpen?(identityId: string): boolean;
  /** The identity's network as its site views need it (per-identity proxy, traits, WebRTC). */
  siteNetwork?(identityId: string): SiteNetworkSource;
  /**
   * Link routing: true when a link to another identity's site was taken over (asked or opened there); `sandbox`, the
   * sandbox of the frame it came from, which the page keeps wherever it opens.
   */
  routeLink?(fromIdentityId: string, url: string, openHere: () => void, sandbox?: OpenerSandbox): boolean;
  /** The identity's window closed: its unanswered link question is dropped. */
  linkQuestionsGone?(identityId: string): void;
  /**
   * When a page last had a click or key press from the person (session/user-activation.ts); absent: never, and links
   * to other apps (mailto:, a Zoom meeting) are refused as before.
   */
  pageGesture?(webContentsId: number): PageGesture | undefined;
}

export interface SiteNetworkSource {
  ready(): Promise<void>;
  settings(): NetworkSettings;
  /** The identity's user agent, which every site page is given before it loads. */
  userAgent(): string;
  credentials(): Promise<{ username: string; password: string } | null>;
  /** Asks the identity's PAC file again (IdentityNetworkGate.recheck): the person pressed Reload over a notice. */
  recheck?(): void;
  /** net.isOnline(). */
  online?(): boolean;
  /** The identity's session's resolveProxy answer for an address under the system's settings (the WebRTC policy follows it). */
  systemProxy?(url: string): Promise<string>;
}

const BOUNDS_KEY = 'window.bounds';
/** How long after a move or resize the window's place is saved (settled, not on every step of a drag). */
const PLACEMENT_SAVED_AFTER_MS = 1_000;

/**
 * Owns every window: at most one per identity (reopening focuses it), plus
 * the launcher and the activity log. It is also the registry the IPC layer
 * asks "which of our windows sent this?".
 */
export class WindowManager<W extends GlueWindow<V>, V extends SiteView> implements WindowsPort, KnownWindows, LinkPort {
  private readonly identityWindows = new Map<string, IdentityWindow<W, V>>();
  /** Every identity window until its 'closed': those closing too, whose pages still run (see goesWith). */
  private readonly untilClosed = new Set<IdentityWindow<W, V>>();
  private readonly popups = new Set<IdentityWindow<W, V>>();
  private readonly callers = new Map<number, CallerContext>();
  private launcher: W | null = null;
  private logWindow: W | null = null;
  /** The quits asked for, as windows that ask their sites before closing see them. */
  private readonly quits = new QuitsAsked();

  constructor(private readonly deps: WindowManagerDeps<W, V>) {
    // The appearance the person chose, before any window opens (nativeTheme is usable once the app is ready, which
    // the composition root is built after).
    deps.kit.setAppearance(appearanceOf(deps.store));
    // The launcher and the log follow the appearance live (their pages through prefers-color-scheme); what shows before
    // their page paints, and at a resize's edge, follows it too.
    deps.kit.onAppearanceChanged(() => {
      const background = ownWindowBackground(deps.kit.darkAppearance());
      for (const win of [this.launcher, this.logWindow]) if (win && !win.isDestroyed()) win.setBackgroundColor(background);
    });
  }

  /** Hatstand is quitting ('before-quit' came): a window that holds its close to ask its sites goes on with it after. */
  quitStarted(): void {
    this.quits.started();
  }

  /**
   * Hatstand's quit is certain ('will-quit' came, or the session is ending): no window opens any more. The quit is held
   * a moment for its last writes (quit.ts), and a window opened then, from the tray, the Dock or a menu, would be
   * destroyed with the process without asking, after the store had closed.
   */
  quitCertain(): void {
    this.ended = true;
    // (Hatstand is ending: a load still waiting on an identity's network starts in none of them.)
    for (const window of [...this.identityWindows.values(), ...this.popups]) window.ending();
  }
  /** Whether quitCertain() came. */
  get quitIsCertain(): boolean {
    return this.ended;
  }
  private ended = false;

  contextOf(webContentsId: number): CallerContext | undefined {
    return this.callers.get(webContentsId);
  }

  windowOf(identityId: string): IdentityWindow<W, V> | undefined {
    return this.identityWindows.get(identityId);
  }

  openIdentity(identityId: string): void {
    if (this.ended) return;
    const existing = this.identityWindows.get(identityId);
    if (existing) return existing.focus(); // (a window that is closing is no longer here: see goesWith)
    const identity = this.deps.store.identities.get(identityId);
    this.deps.sessionFor(identity.id); // configures the partition before any view uses it
    const window: IdentityWindow<W, V> = new IdentityWindow<W, V>(identity, {
      kit: this.deps.kit,
      page: this.deps.page,
      preloadPath: this.deps.preloadPath,
      icon: this.iconFor(identity),
      bounds: this.deps.store.settings.getFor<SavedWindowState | null>(identity.id, BOUNDS_KEY, null),
      askOpenExternal: (who, url, parent) => void this.askOpenExternal(who, url, parent),
      onSiteOpened: (who, site, url) =>
        this.deps.log({ identityId: who.id, kind: 'site.opened', site: new URL(url).host, summary: `${who.name} opened ${site.label}` }),
      openPopup: (who, options) => this.openPopup(who, options),
      openLink: (who, link) => this.openLink(who, link),
      ...this.networkDeps(identity.id, () => window),
      quits: this.quits,
    });
    const contentsId = window.chromeContentsId;
    this.callers.set(contentsId, { window: 'identity', identityId: identity.id });
    this.identityWindows.set(identity.id, window);
    this.untilClosed.add(window);
    window.win.on('focus', () => this.deps.noteClipboard(identity.id, 'focus'));
    window.win.on('blur', () => this.deps.noteClipboard(identity.id, 'blur'));
    // Its size and place when not maximised (the normal bounds, whatever its state: minimised or maximised too), and
    // whether it was maximised. (A store that cannot save it, a full disk, must not stop the window closing.)
    // The bounds it last had while normal: macOS notes a window's normal frame only at our own calls (setBounds,
    // maximize, minimize, setFullScreen), never at the person's drags, resizes or zoom (native_window_mac.mm,
    // GetNormalBounds and UpdateWindowOriginalFrame), so getNormalBounds() of a window the person dragged, then zoomed,
    // is where it was before the drag. Noted when a move or resize has settled (not at each event: a zoom's animation
    // reports frames that are neither the normal nor the maximised one).
    // (macOS only: elsewhere getNormalBounds() follows the person's moves, and a drag to another display maximised
    // within the second would be saved where it started.)
    const notesNormal = this.deps.kit.platform === 'darwin';
    let lastNormal: Rectangle | null = null;
    const savePlacement = () => {
      if (window.win.isDestroyed()) return;
      if (notesNormal && window.win.isNormal()) lastNormal = window.win.getBounds();
      // (A full-screen window is not maximised, and its own bounds are the display's.)
      const normal = window.win.isNormal() ? window.win.getBounds() : (lastNormal ?? window.win.getNormalBounds());
      const state: SavedWindowState = { ...normal, ...(window.win.isMaximized() ? { maximized: true } : {}) };
      try {
        this.deps.store.settings.setFor(identity.id, BOUNDS_KEY, state);
      } catch (error) {
        console.error(`[windows] the place of ${identity.name}'s window was not saved:`, error instanceof Error ? error.message : error);
      }
    };
    // Saved a moment after each move or resize too: a logout or shutdown ends Hatstand without any window's 'close'
    // (Windows' session-end is followed by the process's end; on Linux the session's end destroys the windows).
    let saveTimer: ReturnType<typeof setTimeout> | null = null;
    const saveSoon = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saveTimer = null;
        savePlacement();
      }, PLACEMENT_SAVED_AFTER_MS);
    };
    for (const change of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.win.on(change, saveSoon);
    window.win.on('close', () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      savePlacement();
    });
    this.goesWith(window.win, () => {
      // Only while it is still the identity's window: one opened while this one was closing stays in the books.
      if (this.identityWindows.get(identity.id) !== window) return;
      this.identityWindows.delete(identity.id);
      // A link question was about a click in this window: it goes with it (a new window asks nothing stale).
      this.deps.linkQuestionsGone?.(identity.id);
    });
    window.win.on('closed', () => {
      this.callers.delete(contentsId);
      this.untilClosed.delete(window);
      this.deps.log({ identityId: identity.id, kind: 'window.closed', summary: `${identity.name} window closed` });
    });
    if (this.deps.questionOpen?.(identity.id)) window.setSheetOpen(true);
    const first = identity.sites[0];
    if (first) window.showSite(first.id);
    this.deps.log({ identityId: identity.id, kind: 'window.opened', summary: `${identity.name} window opened` });
  }

  /**
   * The app was opened again (macOS `activate`): bring back the window the
   * person used last, or the launcher when no window is left.
   */
  reactivate(): void {
    const ours = this.deps.kit.allWindows().filter((w) => !w.isDestroyed() && this.callers.has(w.webContents.id) && !this.closing.has(w.webContents.id));
    const focused = this.deps.kit.focusedWindow();
    const last = (focused && ours.includes(focused) ? focused : null) ?? ours.at(-1);
    if (!last) return this.openLauncher();
    // (An identity window, or a popup, is brought back through its own focus(): one whose close waits for its site
    // pages then stays, rather than being shown as it goes.)
    const identityWindow = [...this.identityWindows.values(), ...this.popups].find((w) => w.win === last);
    if (identityWindow) return identityWindow.focus();
    if (last.isMinimized()) last.restore();
    last.show();
    last.focus();
  }

  openLauncher(): void {
    if (this.ended) return;
    if (this.launcher && !this.launcher.isDestroyed()) return void this.launcher.focus();
    const launcher = this.ownWindow('launcher', { width: 760, height: 620, title: 'Hatstand' });
    this.launcher = launcher;
    this.goesWith(launcher, () => void (this.launcher === launcher && (this.launcher = null)));
  }

  openLog(identityId?: string): void {
    if (this.ended) return;
    if (this.logWindow && !this.logWindow.isDestroyed()) return void this.logWindow.focus();
    const log = this.ownWindow('log', { width: 1200, height: 800, title: 'Hatstand: activity log' }, identityId);
    this.logWindow = log;
    this.goesWith(log, () => void (this.logWindow === log && (this.logWindow = null)));
  }

  /**
   * Chrome pages whose window is closing: close() returned, and Electron destroys the page, then the window, in a
   * later task (see onPageClosing). Such a window still answers isDestroyed() false and is still listed by
   * getAllWindows(), but what is sent to it, shown in it or focused there is gone a moment later.
   */
  private readonly closing = new Set<number>();

  /**
   * `gone` runs once the window is going: when its chrome page closes for good (the window then ends in a later task)
   * or at its 'closed' (destroy(), which closes no page first). From then on it is no longer the window of its kind or
   * identity: opening one again, or a link for it, gets a new window instead of focusing one about to vanish.
   */
  private goesWith(win: W, gone: () => void): void {
    const contentsId = win.webContents.id;
    onPageClosing(win.webContents, () => {
      this.closing.add(contentsId);
      gone();
    });
    win.on('closed', () => {
      this.closing.delete(contentsId);
      gone();
    });
  }

  showSite(identityId: string, siteId: string): void {
    this.identityWindows.get(identityId)?.showSite(siteId);
  }

  navigate(identityId: string, action: 'back' | 'forward' | 'reload' | 'home', popupChrome?: number): void {
    (popupChrome === undefined ? this.identityWindows.get(identityId) : this.popupOf(identityId, popupChrome))?.navigate(action);
  }

  /** The identity's sign-in popup whose chrome is that contents, if it is still open. */
  private popupOf(identityId: string, popupChrome: number): IdentityWindow<W, V> | undefined {
    return [...this.popups].find((p) => p.identityId === identityId && !p.win.isDestroyed() && p.chromeContentsId === popupChrome);
  }

  setPanel(identityId: string, panel: Panel): void {
    this.identityWindows.get(identityId)?.setPanel(panel);
  }

  find(identityId: string, text: string, direction: 'new' | 'next' | 'previous'): void {
    this.identityWindows.get(identityId)?.find(text, direction);
  }

  stopFind(identityId: string, close: boolean): void {
    this.identityWindows.get(identityId)?.stopFind(close);
  }

  setNoticeBand(identityId: string, height: number): void {
    this.identityWindows.get(identityId)?.setNoticeBand(height);
  }

  activeSiteId(identityId: string): string | null {
    return this.identityWindows.get(identityId)?.activeSite ?? null;
  }

  /** The application menu's Reload/Back/Forward/zoom, for the window with this id. Never throws. */
  siteCommand(windowId: number | undefined, command: SiteCommand): void {
    if (windowId === undefined) return;
    const window = [...this.identityWindows.values(), ...this.popups].find((w) => !w.win.isDestroyed() && w.win.id === windowId);
    try {
      window?.siteCommand(command);
    } catch (error) {
      console.error(`[menu] ${command} failed:`, error instanceof Error ? error.message : error);
    }
  }

  /** The application menu's Toggle Full Screen: the shown site of the window with this id leaves its fullscreen first. */
  leaveSiteFullscreen(windowId: number | undefined): boolean {
    if (windowId === undefined) return false;
    const window = [...this.identityWindows.values(), ...this.popups].find((w) => !w.win.isDestroyed() && w.win.id === windowId);
    try {
      return window?.leaveSiteFullscreen() ?? false;
    } catch (error) {
      console.error('[menu] leaving the fullscreen failed:', error instanceof Error ? error.message : error);
      return false;
    }
  }

  panelOf(identityId: string): Panel {
    return this.identityWindows.get(identityId)?.panelShown ?? 'none';
  }

  async insertIntoSite(identityId: string, text: string): Promise<boolean> {
    return (await this.identityWindows.get(identityId)?.insertIntoSite(text)) ?? false;
  }

  identityChanged(identity: Identity): void {
    const window = this.identityWindows.get(identity.id);
    if (window) {
      window.update(identity);
      window.setIcon(this.iconFor(identity));
    }
    this.broadcast('identities:changed', {});
  }

  async identityRemoved(identityId: string): Promise<void> {
    // Destroying a window closes its pages ('closed' -> closePages); close them here too, and wait until each is
    // destroyed (a later task in Electron), so no page of this identity can write after its storage is cleared.
    const closing: Array<Promise<void>> = [];
    // (A window that is closing too: its pages run until its 'closed', a task later.)
    for (const window of [...this.untilClosed, ...this.popups].filter((w) => w.identityId === identityId)) {
      window.win.destroy();
      closing.push(window.closePages());
    }
    await Promise.all(closing);
    const session = this.deps.sessionFor(identityId);
    await session.clearStorageData();
    await session.clearCache();
    // What those two leave (HSTS records, network state, code cache), then the cookies' deletion written to disk at
    // once: the store writes every 30 s, and Electron's quit does not flush it (docs/api/session.md, clearData;
    // cookies.md).
    // (The logins went with the storage; a data type BrowsingDataRemover could not clear rejects the whole call
    // (electron_api_session.cc, ClearDataTask), and refusing the removal for it would leave an identity that can never
    // be removed. Logged instead.)
    await session.clearData().catch((error: unknown) => {
      const types = (error as { failedDataTypes?: unknown }).failedDataTypes;
      console.error(`[windows] some browsing data of a removed identity was not cleared${Array.isArray(types) ? ` (${types.join(', ')})` : ''}:`, error instanceof Error ? error.message : error);
    });
    await session.cookies.flushStore();
    this.broadcast('identities:changed', {});
  }

  async chooseExportPath(format: 'csv' | 'json'): Promise<string | null> {
    const parent = this.logWindow ?? this.deps.kit.focusedWindow();
    return this.deps.kit.savePath(parent, {
      title: 'Export activity log',
      defaultPath: `hatstand-activity.${format}`,
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    });
  }

  send<E extends EventName>(identityId: string, event: E, payload: EventPayloads[E]): boolean {
    const window = this.identityWindows.get(identityId);
    if (!window) return false;
    window.send(event, payload);
    return true;
  }

  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const window of this.deps.kit.allWindows()) {
      if (this.callers.has(window.webContents.id)) window.webContents.send(event, payload);
    }
  }

  private openPopup(identity: Identity, request: PopupRequest): PageContents {
    const popup: IdentityWindow<W, V> = new IdentityWindow<W, V>(
      identity,
      {
        kit: this.deps.kit,
        page: this.deps.page,
        preloadPath: this.deps.preloadPath,
        icon: this.iconFor(identity),
        bounds: null,
        askOpenExternal: (who, url, parent) => void this.askOpenExternal(who, url, parent),
        onSiteOpened: () => {},
        openPopup: (who, o) => this.openPopup(who, o),
        openLink: (who, link) => this.openLink(who, link),
        popupRequest: request,
        ...this.networkDeps(identity.id, () => popup),
        quits: this.quits,
      },
      'popup',
    );
    const contentsId = popup.chromeContentsId;
    // A sign-in popup's chrome only shows whose it is: its own, narrow allow-list (shared/ipc/window-kinds.ts).
    this.callers.set(contentsId, { window: 'popup', identityId: identity.id, chromeContentsId: contentsId });
    this.popups.add(popup);
    popup.win.on('focus', () => this.deps.noteClipboard(identity.id, 'focus'));
    popup.win.on('blur', () => this.deps.noteClipboard(identity.id, 'blur'));
    popup.win.on('closed', () => {
      this.callers.delete(contentsId);
      this.popups.delete(popup);
    });
    this.goesWith(popup.win, () => {}); // (a popup that is closing is not brought back by reactivate)
    return popup.adoptPopupContents(request.options);
  }

  /** A modifier-clicked link from a popup: shown in the identity's own window, opened if needed. */
  private openLink(identity: Identity, link: LinkRequest): PageContents {
    this.openIdentity(identity.id);
    const window = this.identityWindows.get(identity.id)!;
    window.focus();
    return window.openLink(link);
  }

  // ----- Per-identity network and link routing -----

  /** The network and link-routing parts of an identity window's deps; `window` is read when events fire. */
  private networkDeps(identityId: string, window: () => IdentityWindow<W, V>): Pick<IdentityWindowDeps<W, V>, 'network' | 'routeLink' | 'httpAllowed' | 'askOpenApp' | 'pageGesture'> {
    const source = this.deps.siteNetwork?.(identityId);
    const route = this.deps.routeLink;
    return {
      ...(source
        ? {
            network: {
              ready: () => source.ready(),
              wire: (contents: PageContents) =>
                wireSiteNetwork(contents, {
                  identityName: () => this.deps.store.identities.get(identityId).name,
                  settings: () => source.settings(),
                  userAgent: () => source.userAgent(),
                  credentials: () => source.credentials(),
                  onProxyFailure: (failure) => window().showNetworkFailure(failure),
                  ...(source.systemProxy ? { systemProxy: source.systemProxy } : {}),
                }),
              refresh: (contents: PageContents) => refreshSiteNetwork(contents, source.settings(), source.systemProxy),
              recheck: () => source.recheck?.(),
              online: () => source.online?.() ?? false,
            },
          }
        : {}),
      ...(route ? { routeLink: (who: Identity, url: string, openHere: () => void, sandbox?: OpenerSandbox) => route(who.id, url, openHere, sandbox) } : {}),
      httpAllowed: (who: Identity, host: string) => allowsHttp(this.deps.store, who.id, host),
      ...(this.deps.pageGesture
        ? { pageGesture: this.deps.pageGesture, askOpenApp: (who: Identity, link: AppLink, site: string, parent: W) => this.askOpenApp(who, link, site, parent) }
        : {}),
    };
  }

  /** The identity's network changed (its session is taking the new settings): running views take it and load again. */
  networkChanged(identityId: string, userAgent: string): void {
    this.identityWindows.get(identityId)?.networkChanged(userAgent);
    for (const popup of this.popups) if (popup.identityId === identityId) popup.networkChanged(userAgent);
  }

  /** The network may be back: every window loads again its pages that failed for want of it (network-back.ts). */
  networkBack(): void {
    for (const window of [...this.identityWindows.values(), ...this.popups]) window.networkBack();
  }

  /** The identity's PAC file, asked again, now lets a site go direct: its windows say so, as when it is applied. */
  networkRefused(identityId: string, message: string): void {
    for (const window of [...this.identityWindows.values(), ...this.popups]) if (window.identityId === identityId) window.networkRefused(message);
  }

  /** The identity's refused PAC file was accepted again: its windows load what the refusal kept back, and clear it. */
  networkReopened(identityId: string): void {
    for (const window of [...this.identityWindows.values(), ...this.popups]) if (window.identityId === identityId) window.networkReopened();
  }

  /** A request of one of the identity's pages failed at its proxy: a notice in its window (popups have no notice band). */
  networkRequestFailed(identityId: string, failure: { message: string; url: string }): void {
    this.identityWindows.get(identityId)?.showRequestFailure(failure);
  }

  /** WindowsPort: whether the identity window's chrome could read its state (see IdentityWindow.chromeRead). */
  chromeRead(identityId: string, ok: boolean): void {
    this.identityWindows.get(identityId)?.setCovered('unread', !ok);
  }

  /** The proxy failure an identity's window shows (chrome:context, for a chrome that reloads). */
  networkFailureOf(identityId: string, popupChrome?: number): NetworkFailure | null {
    return (popupChrome === undefined ? this.identityWindows.get(identityId) : this.popupOf(identityId, popupChrome))?.networkFailure ?? null;
  }

  /** The site page the identity window shows that stopped answering (chrome:context, for a chrome that (re)loads). */
  unresponsiveOf(identityId: string): PageUnresponsive | null {
    return this.identityWindows.get(identityId)?.unresponsivePage ?? null;
  }

  /** The guard notices the identity window's chrome missed (chrome:context, for a chrome that (re)loads); once. */
  missedNotices(identityId: string): GuardNotice[] {
    return this.identityWindows.get(identityId)?.noticesMissed() ?? [];
  }

  siteStateOf(identityId: string, popupChrome?: number): SiteState | null {
    return (popupChrome === undefined ? this.identityWindows.get(identityId) : this.popupOf(identityId, popupChrome))?.siteState ?? null;
  }

  /**
   * LinkPort: opens the link in the owner identity's window, in the view of the site it belongs to; with the sandbox of
   * the frame it came from, in a page of its own that keeps it (identity-window.ts openUrl).
   */
  openAs(identityId: string, url: string, sandbox?: OpenerSandbox): void {
    this.openIdentity(identityId);
    const window = this.identityWindows.get(identityId);
    if (!window) return;
    window.openUrl(url, sandbox);
    window.focus();
  }

  /** LinkPort: the question is drawn by the chrome where the site is; the site view steps aside until it is answered. */
  ask(identityId: string, question: LinkQuestion): boolean {
    const window = this.identityWindows.get(identityId);
    if (!window) return false;
    window.setCovered('link', true);
    // (The address shown keeps no secrets, redact.ts; the router keeps the whole one to open.)
    window.send('links:question', { ...question, url: redactUrl(question.url) });
    return true;
  }

  /** LinkPort: "here" for a link in the composer: the identity's own window shows it. */
  openHere(identityId: string, url: string): void {
    this.identityWindows.get(identityId)?.openUrl(url);
  }

  /** LinkPort: the question was answered or dropped: the site comes back (unless something else still covers it). */
  settled(identityId: string): void {
    this.identityWindows.get(identityId)?.setCovered('link', false);
  }

  /** WindowsPort: the person chose another appearance. */
  setAppearance(appearance: Appearance): void {
    this.deps.kit.setAppearance(appearance);
  }

  private ownWindow(view: RendererView, size: { width: number; height: number; title: string }, identityId?: string): W {
    const win = this.deps.kit.createWindow({
      ...size,
      minWidth: 560,
      minHeight: 420,
      show: false,
      backgroundColor: ownWindowBackground(this.deps.kit.darkAppearance()),
      webPreferences: chromeWebPreferences(this.deps.preloadPath),
    });
    hardenChromeContents(win.webContents, this.deps.page.url);
    wireOwnPageMenu(win.webContents, menuOver(this.deps.kit, win));
    win.once('ready-to-show', () => win.show());
    const contentsId = win.webContents.id;
    this.callers.set(contentsId, { window: view === 'log' ? 'log' : 'launcher' });
    win.on('closed', () => this.callers.delete(contentsId));
    loadPage(() => win.loadURL(pageUrl(this.deps.page, { view, ...(identityId ? { identityId } : {}) })), `the ${view} window`);
    return win;
  }

  private iconFor(identity: Identity): NativeImage | string {
    return this.deps.kit.icon(identityIconPng({ color: identity.color, text: initialsOf(identity.name), size: 128 }));
  }

  private async askOpenExternal(identity: Identity, url: string, parent: W): Promise<void> {
    const question = externalLinkQuestion(identity.name, url);
    const response = await this.deps.kit.ask(parent, {
      type: 'question',
      buttons: ['Stay here', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
      message: question.message,
      detail: question.detail,
    });
    if (response !== 1) return;
    this.deps.log({ identityId: identity.id, kind: 'site.opened', site: new URL(url).host, summary: `Link from ${identity.name} opened in the web browser`, details: { url } });
    await this.deps.kit.openExternal(url);
  }

  /** A link to another app the person clicked in a site page (security/app-link-policy.ts): opened only if they say so. */
  private async askOpenApp(identity: Identity, link: AppLink, site: string, parent: W): Promise<boolean> {
    const question = appLinkQuestion(identity.name, link, site);
    const response = await this.deps.kit.ask(parent, {
      type: 'question',
      buttons: ['Stay here', question.open],
      defaultId: 0,
      cancelId: 0,
      message: question.message,
      detail: question.detail,
    });
    if (response !== 1) return false;
    // (Not the address: a mailto: or tel: one is someone's address or number.)
    const host = URL.canParse(site) ? new URL(site).host : '';
    this.deps.log({
      identityId: identity.id,
      kind: 'site.opened',
      ...(host ? { site: host } : {}),
      summary: `A ${link.scheme}: link from ${identity.name} opened with the app for ${link.scheme}: links`,
      details: { scheme: link.scheme },
    });
    await this.deps.kit.openExternal(link.url);
    return true;
  }
}
