import { BrowserWindow, dialog, nativeImage, shell, type NativeImage, type Rectangle, type Session, type WebContents } from 'electron';
import type { Identity } from '../../../shared/domain/identity';
import { initialsOf } from '../../../shared/domain/chrome-layout';
import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayloads, Panel } from '../../../shared/ipc/contract';
import type { WindowsPort } from '../services/api/ports';
import type { CallerContext } from '../services/api/router';
import { identityIconPng } from '../services/icons/identity-icon';
import type { Store } from '../services/store';
import { externalLinkQuestion } from '../security/window-open-policy';
import { chromeWebPreferences } from '../security/web-preferences';
import type { KnownWindows } from '../ipc/caller';
import { hardenChromeContents } from './harden-contents';
import { IdentityWindow, type IdentityWindowDeps } from './identity-window';
import type { RendererPage, RendererView } from './renderer-page';
import type { LogEvent } from '../services/store/context';
import type { LinkPort } from '../services/links/link-router';
import type { LinkQuestion } from '../../../shared/ipc/contract';
import type { NetworkSettings } from '../../../shared/domain/network';
import { linkDomain } from '../../../shared/domain/link-routing';
import { refreshSiteNetwork, wireSiteNetwork } from './site-network';

export interface WindowManagerDeps {
  store: Store;
  page: RendererPage;
  preloadPath: string;
  sessionFor(identityId: string): Session;
  log(event: LogEvent): void;
  /** Called when an identity's window loses focus: what was copied there may travel to another identity. */
  noteClipboard(identityId: string): void;
  /** The identity's network as its site views need it (per-identity proxy, traits, WebRTC). */
  siteNetwork?(identityId: string): SiteNetworkSource;
  /** Link routing: true when a link to another identity's site was taken over (asked or opened there). */
  routeLink?(fromIdentityId: string, url: string, openHere: () => void): boolean;
}

export interface SiteNetworkSource {
  ready(): Promise<void>;
  settings(): NetworkSettings;
  credentials(): Promise<{ username: string; password: string } | null>;
}

const BOUNDS_KEY = 'window.bounds';

/**
 * Owns every window: at most one per identity (reopening focuses it), plus
 * the launcher and the activity log. It is also the registry the IPC layer
 * asks "which of our windows sent this?".
 */
export class WindowManager implements WindowsPort, KnownWindows, LinkPort {
  private readonly identityWindows = new Map<string, IdentityWindow>();
  private readonly popups = new Set<IdentityWindow>();
  private readonly callers = new Map<number, CallerContext>();
  private launcher: BrowserWindow | null = null;
  private logWindow: BrowserWindow | null = null;

  constructor(private readonly deps: WindowManagerDeps) {}

  get rendererUrl(): string {
    return this.deps.page.url;
  }

  contextOf(webContentsId: number): CallerContext | undefined {
    return this.callers.get(webContentsId);
  }

  windowOf(identityId: string): IdentityWindow | undefined {
    return this.identityWindows.get(identityId);
  }

  openIdentity(identityId: string): void {
    const existing = this.identityWindows.get(identityId);
    if (existing) return existing.focus();
    const identity = this.deps.store.identities.get(identityId);
    this.deps.sessionFor(identity.id); // configures the partition before any view uses it
    const window: IdentityWindow = new IdentityWindow(identity, {
      page: this.deps.page,
      preloadPath: this.deps.preloadPath,
      icon: this.iconFor(identity),
      bounds: this.deps.store.settings.getFor<Rectangle | null>(identity.id, BOUNDS_KEY, null),
      askOpenExternal: (who, url, parent) => void this.askOpenExternal(who, url, parent),
      onSiteOpened: (who, site, url) =>
        this.deps.log({ identityId: who.id, kind: 'site.opened', site: new URL(url).host, summary: `${who.name} opened ${site.label}` }),
      openPopup: (who, options) => this.openPopup(who, options),
      ...this.networkDeps(identity.id, () => window),
    });
    const contentsId = window.chromeContentsId;
    this.callers.set(contentsId, { window: 'identity', identityId: identity.id });
    this.identityWindows.set(identity.id, window);
    window.win.on('blur', () => this.deps.noteClipboard(identity.id));
    window.win.on('close', () => {
      if (!window.win.isMinimized()) this.deps.store.settings.setFor(identity.id, BOUNDS_KEY, window.win.getBounds());
    });
    window.win.on('closed', () => {
      this.callers.delete(contentsId);
      this.identityWindows.delete(identity.id);
      this.deps.log({ identityId: identity.id, kind: 'window.closed', summary: `${identity.name} window closed` });
    });
    const first = identity.sites[0];
    if (first) window.showSite(first.id);
    this.deps.log({ identityId: identity.id, kind: 'window.opened', summary: `${identity.name} window opened` });
  }

  openLauncher(): void {
    if (this.launcher && !this.launcher.isDestroyed()) return void this.launcher.focus();
    this.launcher = this.ownWindow('launcher', { width: 760, height: 620, title: 'Hatstand' });
    this.launcher.on('closed', () => (this.launcher = null));
  }

  openLog(identityId?: string): void {
    if (this.logWindow && !this.logWindow.isDestroyed()) return void this.logWindow.focus();
    this.logWindow = this.ownWindow('log', { width: 1200, height: 800, title: 'Hatstand: activity log' }, identityId);
    this.logWindow.on('closed', () => (this.logWindow = null));
  }

  showSite(identityId: string, siteId: string): void {
    this.identityWindows.get(identityId)?.showSite(siteId);
  }

  navigate(identityId: string, action: 'back' | 'forward' | 'reload' | 'home'): void {
    this.identityWindows.get(identityId)?.navigate(action);
  }

  setPanel(identityId: string, panel: Panel): void {
    this.identityWindows.get(identityId)?.setPanel(panel);
  }

  activeSiteId(identityId: string): string | null {
    return this.identityWindows.get(identityId)?.activeSite ?? null;
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
    this.identityWindows.get(identityId)?.win.destroy();
    for (const popup of [...this.popups]) if (popup.identityId === identityId) popup.win.destroy();
    const session = this.deps.sessionFor(identityId);
    await session.clearStorageData();
    await session.clearCache();
    this.broadcast('identities:changed', {});
  }

  async chooseExportPath(format: 'csv' | 'json'): Promise<string | null> {
    const parent = this.logWindow ?? BrowserWindow.getFocusedWindow();
    const options = {
      title: 'Export activity log',
      defaultPath: `hatstand-activity.${format}`,
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  send<E extends EventName>(identityId: string, event: E, payload: EventPayloads[E]): boolean {
    const window = this.identityWindows.get(identityId);
    if (!window) return false;
    window.send(event, payload);
    return true;
  }

  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const window of BrowserWindow.getAllWindows()) {
      if (this.callers.has(window.webContents.id)) window.webContents.send(event, payload);
    }
  }

  private openPopup(identity: Identity, options: Parameters<IdentityWindow['adoptPopupContents']>[0]): WebContents {
    const popup: IdentityWindow = new IdentityWindow(
      identity,
      {
        page: this.deps.page,
        preloadPath: this.deps.preloadPath,
        icon: this.iconFor(identity),
        bounds: null,
        askOpenExternal: (who, url, parent) => void this.askOpenExternal(who, url, parent),
        onSiteOpened: () => {},
        openPopup: (who, o) => this.openPopup(who, o),
        ...this.networkDeps(identity.id, () => popup),
      },
      'popup',
    );
    const contentsId = popup.chromeContentsId;
    this.callers.set(contentsId, { window: 'identity', identityId: identity.id });
    this.popups.add(popup);
    popup.win.on('blur', () => this.deps.noteClipboard(identity.id));
    popup.win.on('closed', () => {
      this.callers.delete(contentsId);
      this.popups.delete(popup);
    });
    return popup.adoptPopupContents(options);
  }

  // ----- Per-identity network and link routing -----

  /** The network and link-routing parts of an identity window's deps; `window` is read when events fire. */
  private networkDeps(identityId: string, window: () => IdentityWindow): Pick<IdentityWindowDeps, 'network' | 'routeLink'> {
    const source = this.deps.siteNetwork?.(identityId);
    const route = this.deps.routeLink;
    return {
      ...(source
        ? {
            network: {
              ready: () => source.ready(),
              wire: (contents: WebContents) =>
                wireSiteNetwork(contents, {
                  identityName: () => this.deps.store.identities.get(identityId).name,
                  settings: () => source.settings(),
                  credentials: () => source.credentials(),
                  onProxyFailure: (failure) => {
                    const target = window();
                    target.send('network:failure', { identityId, ...failure });
                    target.setCovered('network', failure.active);
                  },
                }),
              refresh: (contents: WebContents) => refreshSiteNetwork(contents, source.settings()),
            },
          }
        : {}),
      ...(route ? { routeLink: (who: Identity, url: string, openHere: () => void) => route(who.id, url, openHere) } : {}),
    };
  }

  /** The identity's network changed (already applied to its session): running views take it and reload. */
  networkChanged(identityId: string, userAgent: string): void {
    this.identityWindows.get(identityId)?.networkChanged(userAgent);
    for (const popup of this.popups) if (popup.identityId === identityId) popup.networkChanged(userAgent);
  }

  /** LinkPort: opens the link in the owner identity's window, in the view of the site it belongs to. */
  openAs(identityId: string, url: string): void {
    this.openIdentity(identityId);
    const window = this.identityWindows.get(identityId);
    if (!window) return;
    const domain = linkDomain(url);
    const site = this.deps.store.identities.get(identityId).sites.find((s) => linkDomain(s.homeUrl) === domain);
    window.openUrl(url, site?.id);
    window.focus();
  }

  /** LinkPort: the question is drawn by the chrome where the site is; the site view steps aside until it is answered. */
  ask(identityId: string, question: LinkQuestion): boolean {
    const window = this.identityWindows.get(identityId);
    if (!window) return false;
    window.setCovered('link', true);
    window.send('links:question', question);
    return true;
  }

  openHere(identityId: string, url: string): void {
    const window = this.identityWindows.get(identityId);
    window?.openUrl(url, undefined);
  }

  settled(identityId: string): void {
    this.identityWindows.get(identityId)?.setCovered('link', false);
  }

  private ownWindow(view: RendererView, size: { width: number; height: number; title: string }, identityId?: string) {
    const win = new BrowserWindow({
      ...size,
      minWidth: 560,
      minHeight: 420,
      show: false,
      backgroundColor: '#f5f5f4',
      webPreferences: chromeWebPreferences(this.deps.preloadPath),
    });
    hardenChromeContents(win.webContents, this.deps.page.url);
    win.once('ready-to-show', () => win.show());
    const contentsId = win.webContents.id;
    this.callers.set(contentsId, { window: view === 'log' ? 'log' : 'launcher' });
    win.on('closed', () => this.callers.delete(contentsId));
    void win.loadFile(this.deps.page.file, { query: { view, ...(identityId ? { identityId } : {}) } });
    return win;
  }

  private iconFor(identity: Identity): NativeImage {
    return nativeImage.createFromBuffer(identityIconPng({ color: identity.color, text: initialsOf(identity.name), size: 128 }));
  }

  private async askOpenExternal(identity: Identity, url: string, parent: BrowserWindow): Promise<void> {
    const question = externalLinkQuestion(identity.name, url);
    const { response } = await dialog.showMessageBox(parent, {
      type: 'question',
      buttons: ['Stay here', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
      message: question.message,
      detail: question.detail,
    });
    if (response !== 1) return;
    this.deps.log({ identityId: identity.id, kind: 'site.opened', site: new URL(url).host, summary: `Link from ${identity.name} opened in the web browser`, details: { url } });
    await shell.openExternal(url);
  }
}
