import {
  BrowserWindow,
  WebContentsView,
  type NativeImage,
  type BrowserWindowConstructorOptions,
  type Rectangle,
  type WebContents,
} from 'electron';
import type { Identity, Site } from '../../../shared/domain/identity';
import { CHROME, identityWindowTitle, siteViewBounds } from '../../../shared/domain/chrome-layout';
import type { Panel, SiteState } from '../../../shared/ipc/contract';
import type { EventPayloads } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/channels';
import { chromeWebPreferences, siteWebPreferences } from '../security/web-preferences';
import { decideWindowOpen } from '../security/window-open-policy';
import { partitionFor } from '../session/partition';
import { hardenChromeContents, hardenSiteContents } from './harden-contents';
import type { RendererPage } from './renderer-page';
import { loadThroughNetwork } from './site-network';
import { routeNavigations, routeWindowOpen } from './link-routing-hook';

export interface IdentityWindowDeps {
  page: RendererPage;
  preloadPath: string;
  icon: NativeImage;
  bounds: Rectangle | null;
  /** Asks the user (naming the identity) before a link leaves for the OS browser. */
  askOpenExternal(identity: Identity, url: string, parent: BrowserWindow): void;
  onSiteOpened(identity: Identity, site: Site, url: string): void;
  /** Opens a popup window in this identity's chrome and returns the contents the site's window.open gets. */
  openPopup(identity: Identity, options: BrowserWindowConstructorOptions): WebContents;
  /** The identity's network: the gate site views wait for before loading, and what each site view gets (WebRTC, proxy login, failures). */
  network?: { ready(): Promise<void>; wire(contents: WebContents): void; refresh(contents: WebContents): void };
  /** A link to another identity's site: true when the router took it over (it asks in the chrome, or opens it there). */
  routeLink?(identity: Identity, url: string, openHere: () => void): boolean;
}

/**
 * One identity's window: our chrome page (title band, frame, site sidebar,
 * panels) as the window's own contents, and the identity's sites as
 * WebContentsViews on its partition, placed by main inside the frame.
 */
export class IdentityWindow {
  readonly win: BrowserWindow;
  private readonly views = new Map<string, WebContentsView>();
  private activeSiteId: string | null = null;
  private panel: Panel = 'none';
  private sheetOpen = false;
  /** Chrome-owned messages drawn where the site is (a proxy failure, a link question): the site view steps aside. */
  private readonly covers = new Set<'network' | 'link'>();

  constructor(
    private identity: Identity,
    private readonly deps: IdentityWindowDeps,
    readonly kind: 'identity' | 'popup' = 'identity',
  ) {
    this.win = new BrowserWindow({
      title: identityWindowTitle(identity.name, null),
      icon: deps.icon,
      backgroundColor: identity.color,
      width: deps.bounds?.width ?? 1280,
      height: deps.bounds?.height ?? 860,
      ...(deps.bounds ? { x: deps.bounds.x, y: deps.bounds.y } : {}),
      minWidth: 760,
      minHeight: 480,
      show: false,
      webPreferences: chromeWebPreferences(deps.preloadPath),
    });
    // Windows groups taskbar buttons by app id: one group (and icon) per identity.
    this.win.setAppDetails?.({ appId: `app.hatstand.identity.${identity.id}` });
    // The OS title is ours, never a page's: it always names the identity.
    this.win.on('page-title-updated', (event) => event.preventDefault());
    hardenChromeContents(this.win.webContents, deps.page.url);
    this.win.on('resize', () => this.layout());
    this.win.once('ready-to-show', () => this.win.show());
    void this.win.loadFile(deps.page.file, { query: { view: kind, identityId: identity.id } });
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

  update(identity: Identity): void {
    this.identity = identity;
    this.win.setBackgroundColor(identity.color);
    this.updateTitle();
  }

  setIcon(icon: NativeImage): void {
    // Windows and Linux only: macOS windows have no icon of their own.
    if (process.platform !== 'darwin') this.win.setIcon(icon);
  }

  showSite(siteId: string, url?: string): void {
    const site = this.identity.sites.find((s) => s.id === siteId);
    if (!site) return;
    let view = this.views.get(siteId);
    if (!view) {
      view = this.createSiteView();
      this.views.set(siteId, view);
      this.win.contentView.addChildView(view);
      void this.loadWhenReady(view.webContents, url ?? site.homeUrl);
      this.deps.onSiteOpened(this.identity, site, url ?? site.homeUrl);
    } else if (url) {
      void this.loadWhenReady(view.webContents, url);
    }
    for (const [id, v] of this.views) v.setVisible(id === siteId && this.siteMayShow());
    this.activeSiteId = siteId;
    this.layout();
    this.updateTitle();
    this.pushSiteState();
  }

  /**
   * A popup (OAuth, "open in new window") adopted into this identity's chrome.
   * Whatever the opener asked for, the popup gets our hardened preferences on
   * this identity's partition; the contents Electron prepared (which keeps
   * window.opener working for sign-in flows) is adopted when given.
   */
  adoptPopupContents(options: BrowserWindowConstructorOptions): WebContents {
    // Electron passes the prepared guest as `webContents` in these options
    // (its docs build a view straight from them); the typings omit it.
    const prepared = (options as { webContents?: WebContents }).webContents;
    const view = new WebContentsView({
      webPreferences: { ...options.webPreferences, ...siteWebPreferences(partitionFor(this.identity.id)) },
      ...(prepared ? { webContents: prepared } : {}),
    });
    this.wireSiteContents(view.webContents);
    this.views.set('popup', view);
    this.activeSiteId = 'popup';
    this.win.contentView.addChildView(view);
    view.webContents.on('destroyed', () => !this.win.isDestroyed() && this.win.close());
    this.layout();
    return view.webContents;
  }

  navigate(action: 'back' | 'forward' | 'reload' | 'home'): void {
    const contents = this.activeContents();
    if (!contents) return;
    const history = contents.navigationHistory;
    if (action === 'back' && history.canGoBack()) history.goBack();
    if (action === 'forward' && history.canGoForward()) history.goForward();
    if (action === 'reload') contents.reload();
    if (action === 'home') {
      const site = this.identity.sites.find((s) => s.id === this.activeSiteId);
      if (site) void contents.loadURL(site.homeUrl);
    }
  }

  setPanel(panel: Panel): void {
    this.panel = panel;
    this.layout();
  }

  /**
   * While the post confirmation sheet is up, the site view is hidden so the
   * page can neither cover nor click the sheet.
   */
  setSheetOpen(open: boolean): void {
    this.sheetOpen = open;
    const active = this.activeSiteId ? this.views.get(this.activeSiteId) : undefined;
    active?.setVisible(this.siteMayShow());
    if (open) this.win.webContents.focus();
  }

  /** A proxy failure or a link question is shown by the chrome where the site is: the site view steps aside meanwhile. */
  setCovered(reason: 'network' | 'link', on: boolean): void {
    if (on) this.covers.add(reason);
    else this.covers.delete(reason);
    const active = this.activeSiteId ? this.views.get(this.activeSiteId) : undefined;
    active?.setVisible(this.siteMayShow());
    if (on) this.win.webContents.focus();
  }

  /** Opens a link of one of this identity's sites (routed here from another identity), in that site's view. */
  openUrl(url: string, siteId: string | undefined): void {
    const target = siteId ?? this.activeSiteId ?? this.identity.sites[0]?.id;
    if (target) this.showSite(target, url);
  }

  /** The identity's network changed: running pages get the new traits, then reload through the new route. */
  networkChanged(userAgent: string): void {
    for (const view of this.views.values()) {
      const contents = view.webContents;
      if (contents.isDestroyed()) continue;
      contents.setUserAgent(userAgent);
      this.deps.network?.refresh(contents);
      const url = contents.getURL();
      if (url) void this.loadWhenReady(contents, url);
    }
  }

  /** Types text into the focused field of this identity's current site. */
  async insertIntoSite(text: string): Promise<boolean> {
    const contents = this.activeContents();
    if (!contents) return false;
    const editable = await contents.executeJavaScript(
      `(() => { const e = document.activeElement; return !!e && (e.isContentEditable || e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && /^(text|search|)$/.test(e.type))); })()`,
      false,
    );
    if (editable !== true) return false;
    contents.focus();
    await contents.insertText(text);
    return true;
  }

  send<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    if (!this.win.isDestroyed()) this.win.webContents.send(event, payload);
  }

  focus(): void {
    if (this.win.isMinimized()) this.win.restore();
    this.win.show();
    this.win.focus();
  }

  private activeContents(): WebContents | null {
    const view = this.activeSiteId ? this.views.get(this.activeSiteId) : undefined;
    return view && !view.webContents.isDestroyed() ? view.webContents : null;
  }

  private siteMayShow(): boolean {
    return !this.sheetOpen && this.covers.size === 0;
  }

  /** Nothing of this identity loads before its network is in place; when it cannot be, nothing loads at all. */
  private loadWhenReady(contents: WebContents, url: string): Promise<void> {
    return loadThroughNetwork(contents, url, this.deps.network?.ready, (message) => {
      this.send('network:failure', { identityId: this.identity.id, message, url, active: true });
      this.setCovered('network', true);
    });
  }

  private createSiteView(): WebContentsView {
    const view = new WebContentsView({ webPreferences: siteWebPreferences(partitionFor(this.identity.id)) });
    view.setBackgroundColor('#ffffff');
    this.wireSiteContents(view.webContents);
    return view;
  }

  private wireSiteContents(contents: WebContents): void {
    hardenSiteContents(contents);
    this.deps.network?.wire(contents);
    // A link to another identity's site never opens here silently (link routing: shared/domain/link-routing.ts).
    const route = this.deps.routeLink ? (url: string, openHere: () => void) => this.deps.routeLink!(this.identity, url, openHere) : undefined;
    if (route) routeNavigations(contents, route);
    contents.setWindowOpenHandler(({ url }) => {
      if (routeWindowOpen(contents, url, route)) return { action: 'deny' };
      const decision = decideWindowOpen(url, contents.getURL());
      if (decision.action === 'child-window') {
        return {
          action: 'allow',
          // The child is built by us, in this identity's partition and chrome (PITFALLS 4).
          createWindow: (options) => this.deps.openPopup(this.identity, options),
        };
      }
      if (decision.action === 'ask-external') this.deps.askOpenExternal(this.identity, decision.url, this.win);
      return { action: 'deny' };
    });
    const push = () => this.pushSiteState();
    contents.on('did-navigate', push);
    contents.on('did-navigate-in-page', push);
    contents.on('page-title-updated', push);
    contents.on('did-start-loading', push);
    contents.on('did-stop-loading', push);
  }

  private layout(): void {
    if (this.win.isDestroyed()) return;
    const [width, height] = this.win.getContentSize() as [number, number];
    const bounds =
      this.kind === 'popup'
        ? { x: CHROME.frame, y: CHROME.titleBand, width: width - 2 * CHROME.frame, height: height - CHROME.titleBand - CHROME.statusBar }
        : siteViewBounds({ width, height }, this.panel !== 'none');
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

  private pushSiteState(): void {
    const contents = this.activeContents();
    if (!contents || !this.activeSiteId) return;
    this.updateTitle();
    const state: SiteState = {
      identityId: this.identity.id,
      siteId: this.activeSiteId,
      url: contents.getURL(),
      title: contents.getTitle(),
      canGoBack: contents.navigationHistory.canGoBack(),
      canGoForward: contents.navigationHistory.canGoForward(),
      loading: contents.isLoading(),
    };
    this.send('chrome:siteState', state);
  }
}
