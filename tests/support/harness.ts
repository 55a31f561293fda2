import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Appearance } from '../../shared/domain/appearance';
import type { Identity } from '../../shared/domain/identity';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads, GuardNotice, NetworkFailure, Panel, SiteState } from '../../shared/ipc/contract';
import { MissedWhileAway } from '../../electron/main/windows/missed-while-away';
import { AppError } from '../../shared/result';
import { createHandlers, type AppServices } from '../../electron/main/services/api/handlers';
import type { WindowsPort } from '../../electron/main/services/api/ports';
import { createRouter, type CallerContext } from '../../electron/main/services/api/router';
import { openStore, type Store } from '../../electron/main/services/store';
import { emit, installPreloadShim } from './preload-shim';
import { initialSiteViewState, placeStandIn, type SiteViewState } from './site-view-stacking';
import { serveFolder } from './static-server';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');
export const ARTIFACTS = resolve(__dirname, '../artifacts');

/**
 * The app as Chromium sees it: the built renderer, served locally, with the
 * preload API bound to the REAL main services (store, router, handlers, warning
 * engine, guard) through page.exposeBinding. Each window gets its own browser
 * context, standing in for an identity's own session.
 */
export class Harness implements WindowsPort {
  readonly store: Store;
  readonly services: AppServices;
  readonly dir: string;
  readonly pages = new Map<string, Page>();
  readonly inserted: Array<{ identityId: string; text: string }> = [];
  readonly panels = new Map<string, Panel>();
  /** What main knows about each identity window's layout; the site view's stand-in follows it (site-view-stacking.ts). */
  readonly siteViews = new Map<string, SiteViewState>();
  /** The proxy failure each identity window shows (main keeps its site view hidden meanwhile). */
  private readonly networkFailures = new Map<string, NetworkFailure>();
  private readonly popupFailures = new Map<number, NetworkFailure>();
  readonly removed: string[] = [];
  exportPath: string | null = null;
  /** How often an export asked where to save; while `exportHold` is set, the question waits for it. */
  exportAsks = 0;
  exportHold: Promise<void> | null = null;
  /** Milliseconds added to the store's clock (see `advance`). */
  private clockOffset = 0;
  private readonly contexts = new Map<Page, BrowserContext>();
  private readonly activeSites = new Map<string, string>();
  /** What main last told each identity window about its site page (chrome:siteState), as WindowManager keeps it. */
  private readonly siteStates = new Map<string, SiteState>();
  /** A sign-in popup's page, by its chrome's contents id (the popup caller's `chromeContentsId`). */
  private readonly popupSiteStates = new Map<number, SiteState>();
  private readonly pending: Array<Promise<void>> = [];
  private baseUrl = '';
  private closeServer: (() => Promise<void>) | null = null;
  readonly unexpected: unknown[] = [];
  readonly prompts: EventPayloads['guard:prompt'][] = [];
  readonly notices: EventPayloads['guard:notice'][] = [];
  /** Links the router opened as another identity (LinkPort.openAs). */
  readonly linkOpens: Array<{ identityId: string; url: string }> = [];

  private constructor(readonly browser: Browser) {
    this.dir = mkdtempSync(join(tmpdir(), 'hatstand-browser-'));
    // A clock the test can move: version history and log coalescing are time-based.
    this.store = openStore(join(this.dir, 'hatstand.db'), { now: () => Date.now() + this.clockOffset });
    this.store.identities.ensureDefaults();
    this.services = createHandlers({
      store: this.store,
      windows: this,
      // Connected-account tests talk to fake Mastodon/Bluesky servers on 127.0.0.1.
      accountsHttp: { allowHttpLoopback: true, retryDelaysMs: [0, 0] },
      // Link routing as the window manager does it: ask in the identity's page while
      // main hides its site view (window-manager.ts ask/settled), open as the owner.
      links: {
        openAs: async (identityId, url) => {
          this.linkOpens.push({ identityId, url });
          await this.openIdentity(identityId);
        },
        ask: (identityId, question) => {
          const page = this.pages.get(identityId);
          if (!page || page.isClosed()) return false;
          this.hideSiteView(identityId, 'link', true);
          void emit(page, 'links:question', question).catch(() => {});
          return true;
        },
        settled: (identityId) => this.hideSiteView(identityId, 'link', false),
      },
      guardChrome: {
        // As bootstrap.ts does: main hides the site view while the sheet is up,
        // and shows it again once no post of this identity waits for an answer.
        show: (identityId, prompt) => {
          const page = this.pages.get(identityId);
          if (!page || page.isClosed()) return false;
          this.prompts.push(prompt);
          this.hideSiteView(identityId, 'guard-sheet', true);
          void emit(page, 'guard:prompt', prompt).catch(() => {});
          return true;
        },
        hide: (identityId) => {
          if (this.services.broker.pending(identityId).length === 0) this.hideSiteView(identityId, 'guard-sheet', false);
        },
        notice: (identityId, notice) => {
          this.notices.push(notice);
          const page = this.pages.get(identityId);
          // (Kept for a window that is open, as IdentityWindow keeps them; a window closed takes them with it.)
          if (page && !page.isClosed()) this.noticesAwayOf(identityId).sent(notice);
          if (page && !page.isClosed()) void emit(page, 'guard:notice', notice).catch(() => {});
        },
      },
    });
  }

  static async start(browser: Browser): Promise<Harness> {
    const harness = new Harness(browser);
    const server = await serveFolder(RENDERER_DIR);
    harness.baseUrl = server.url;
    harness.closeServer = server.close;
    return harness;
  }

  advance(ms: number): void {
    this.clockOffset += ms;
  }

  identity(name: string): Identity {
    const found = this.store.identities.list().find((i) => i.name === name);
    if (!found) throw new Error(`no identity ${name}`);
    return found;
  }

  async openPage(key: string, query: Record<string, string>, caller: CallerContext, size = { width: 1280, height: 800 }): Promise<Page> {
    const existing = this.pages.get(key);
    if (existing && !existing.isClosed()) {
      await existing.bringToFront();
      return existing;
    }
    const context = await this.browser.newContext({ viewport: size, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: this.colorScheme() });
    const router = createRouter(this.services.handlers, (_channel, error) => this.unexpected.push(error));
    await installPreloadShim(page, (channel, payload) => router.dispatch(channel, payload, caller));
    await page.goto(`${this.baseUrl}/index.html?${new URLSearchParams(query)}`);
    this.pages.set(key, page);
    this.contexts.set(page, context);
    return page;
  }

  launcher(): Promise<Page> {
    return this.openPage('launcher', { view: 'launcher' }, { window: 'launcher' }, { width: 820, height: 640 });
  }

  async closePage(key: string): Promise<void> {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.siteViews.delete(key);
    this.networkFailures.delete(key);
    this.panels.delete(key); // (a new window starts without a side panel, as main's does)
    this.noticesAway.delete(key);
    // As main does when an identity window closes: its link question goes with it.
    this.services.links.dropFor(key);
    await this.contexts.get(page)?.close();
    this.contexts.delete(page);
  }

  page(key: string): Page {
    const page = this.pages.get(key);
    if (!page) throw new Error(`no page ${key}`);
    return page;
  }

  /** The named identity's window with its composer open. */
  async openComposer(name: string) {
    const identity = this.identity(name);
    await this.openIdentity(identity.id);
    const page = this.page(identity.id);
    await page.getByRole('button', { name: 'Compose' }).click();
    const panel = page.getByRole('complementary', { name: 'composer' });
    return { identity, page, panel, editor: panel.getByRole('textbox', { name: `Draft for ${name}` }) };
  }

  async emitTo(identityId: string, event: EventName, payload: unknown): Promise<void> {
    await emit(this.page(identityId), event, payload);
  }

  /** The window is resized: main lays the site view out again. */
  async resize(identityId: string, size: { width: number; height: number }): Promise<void> {
    await this.page(identityId).setViewportSize(size);
    await this.placeSiteView(identityId);
  }

  /** Main hides (or shows again) an identity's site view while the chrome shows a full-window question for `reason`. */
  hideSiteView(identityId: string, reason: string, hidden: boolean): void {
    const before = this.siteViews.get(identityId)?.hiddenFor ?? [];
    this.updateSiteView(identityId, { hiddenFor: hidden ? [...new Set([...before, reason])] : before.filter((r) => r !== reason) });
  }

  /**
   * What main does when an identity's network fails for its pages, or a page
   * loads again after that (identity-window.ts showNetworkFailure): the chrome
   * is told, and the site view is hidden exactly while the failure is up.
   */
  async networkFailure(identityId: string, failure: { message: string; url: string; active: boolean; scope?: 'page' }): Promise<void> {
    if (!failure.active && !this.networkFailures.has(identityId)) return;
    if (failure.active) this.networkFailures.set(identityId, { identityId, ...failure });
    else this.networkFailures.delete(identityId);
    this.hideSiteView(identityId, 'network', failure.active);
    await this.emitTo(identityId, 'network:failure', { identityId, ...failure });
    await this.settled();
  }

  /**
   * A request of a page still shown failed at the identity's proxy
   * (identity-window.ts showRequestFailure): the chrome is told, the site view
   * stays; nothing is said while a page failure is up.
   */
  async networkRequestFailed(identityId: string, failure: { message: string; url: string }): Promise<void> {
    if (this.networkFailures.has(identityId)) return;
    await this.emitTo(identityId, 'network:failure', { identityId, ...failure, active: true, scope: 'request' });
  }

  /** Main's layout state of an identity window changed: move its site view's stand-in. */
  private updateSiteView(identityId: string, change: Partial<SiteViewState>): void {
    if (!this.pages.has(identityId)) return;
    this.siteViews.set(identityId, { ...(this.siteViews.get(identityId) ?? initialSiteViewState()), ...change });
    this.pending.push(this.placeSiteView(identityId));
  }

  private async placeSiteView(identityId: string): Promise<void> {
    const page = this.pages.get(identityId);
    const state = this.siteViews.get(identityId);
    if (page && state) await placeStandIn(page, state);
  }

  /** Waits until every stand-in update started so far has reached its page. */
  async settled(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  // ----- WindowsPort: what the Electron window manager does, done with pages -----
  async openIdentity(identityId: string): Promise<void> {
    const existing = this.pages.get(identityId);
    const page = await this.openPage(identityId, { view: 'identity', identityId }, { window: 'identity', identityId });
    if (page === existing) return; // reopening focuses the window, as main does
    // A new window: main lays it out from scratch, shows a site, and keeps its view placed across chrome reloads.
    this.siteViews.set(identityId, initialSiteViewState());
    page.on('load', () => void this.placeSiteView(identityId));
    const active = this.activeSites.get(identityId) ?? this.store.identities.get(identityId).sites[0]?.id;
    if (active) this.showSite(identityId, active);
    await this.settled();
  }
  async openLog(identityId?: string): Promise<void> {
    await this.openPage('log', { view: 'log', ...(identityId ? { identityId } : {}) }, { window: 'log' }, { width: 1200, height: 760 });
  }
  async openLauncher(): Promise<void> {
    await this.launcher();
  }
  showSite(identityId: string, siteId: string): void {
    this.activeSites.set(identityId, siteId);
    const site = this.store.identities.get(identityId).sites.find((s) => s.id === siteId)!;
    // Main creates the site's view on first show (identity-window.ts showSite).
    this.updateSiteView(identityId, { activeSite: { host: new URL(site.homeUrl).host } });
    this.siteState({ identityId, siteId, url: site.homeUrl, title: site.label, canGoBack: false, canGoForward: false, loading: false });
  }
  /** As main does when the site page navigates: keeps the state and tells the identity's chrome. */
  siteState(state: SiteState): void {
    this.siteStates.set(state.identityId, state);
    const page = this.pages.get(state.identityId);
    if (page) void emit(page, 'chrome:siteState', state).catch(() => {});
  }
  siteStateOf(identityId: string, popupChrome?: number): SiteState | null {
    if (popupChrome === undefined) return this.siteStates.get(identityId) ?? null;
    const popup = this.popupSiteStates.get(popupChrome);
    return popup?.identityId === identityId ? popup : null;
  }
  /** Where a sign-in popup's page is, as main keeps it for the popup's chrome to read when it (re)loads. */
  popupSiteState(popupChrome: number, state: SiteState): void {
    this.popupSiteStates.set(popupChrome, state);
  }
  /** chrome:navigate calls: which identity, what, and on which sign-in popup (its chrome's id) if any. */
  readonly navigations: Array<{ identityId: string; action: string; popupChrome?: number }> = [];
  navigate(identityId: string, action: string, popupChrome?: number): void {
    this.navigations.push({ identityId, action, ...(popupChrome !== undefined ? { popupChrome } : {}) });
    if (popupChrome !== undefined) this.popupFailures.delete(popupChrome);
  }
  /** chrome:find and chrome:stopFind calls, in order. */
  readonly finds: Array<{ identityId: string; text?: string; direction?: string; stop?: 'cleared' | 'closed' }> = [];
  find(identityId: string, text: string, direction: 'new' | 'next' | 'previous'): void {
    this.finds.push({ identityId, text, direction });
  }
  stopFind(identityId: string, close: boolean): void {
    this.finds.push({ identityId, stop: close ? 'closed' : 'cleared' });
  }
  /** A sign-in popup's page failed at the proxy before its chrome listened: main keeps it for chrome:context. */
  popupFailure(popupChrome: number, failure: NetworkFailure): void {
    this.popupFailures.set(popupChrome, failure);
  }
  setPanel(identityId: string, panel: Panel): void {
    this.panels.set(identityId, panel);
    this.updateSiteView(identityId, { panel });
  }
  setNoticeBand(identityId: string, height: number): void {
    this.updateSiteView(identityId, { noticeBand: height });
  }
  activeSiteId(identityId: string): string | null {
    return this.activeSites.get(identityId) ?? null;
  }
  panelOf(identityId: string): Panel {
    return this.panels.get(identityId) ?? 'none';
  }
  /** As IdentityWindow keeps them: the guard notices a chrome missed, given with its next context. */
  private readonly noticesAway = new Map<string, MissedWhileAway<GuardNotice>>();
  private noticesAwayOf(identityId: string): MissedWhileAway<GuardNotice> {
    const away = this.noticesAway.get(identityId) ?? new MissedWhileAway<GuardNotice>();
    this.noticesAway.set(identityId, away);
    return away;
  }

  missedNotices(identityId: string): GuardNotice[] {
    return this.noticesAwayOf(identityId).heard();
  }

  /** Test control: the identity's chrome starts loading a new document (main hears did-start-loading). */
  chromeAway(identityId: string): void {
    this.noticesAwayOf(identityId).away();
  }

  /** As WindowManager.chromeRead: no site shown under a band that could not read whose window it is. */
  chromeRead(identityId: string, ok: boolean): void {
    this.hideSiteView(identityId, 'unread', !ok);
  }

  /** Test control: the next reads of an identity window's state fail (a database busy or unreadable). */
  contextFails = 0;

  networkFailureOf(identityId: string, popupChrome?: number): NetworkFailure | null {
    if (this.contextFails > 0) {
      this.contextFails--;
      throw new AppError('store/busy', 'The local database is busy; try again in a moment.');
    }
    if (popupChrome !== undefined) return this.popupFailures.get(popupChrome)?.identityId === identityId ? this.popupFailures.get(popupChrome)! : null;
    return this.networkFailures.get(identityId) ?? null;
  }
  async insertIntoSite(identityId: string, text: string): Promise<boolean> {
    this.inserted.push({ identityId, text });
    return true;
  }
  identityChanged(_identity: Identity): void {
    for (const page of this.pages.values()) if (!page.isClosed()) void emit(page, 'identities:changed', {}).catch(() => {});
  }
  async identityRemoved(identityId: string): Promise<void> {
    this.removed.push(identityId);
    const page = this.pages.get(identityId);
    if (page) {
      await this.contexts.get(page)?.close();
      this.pages.delete(identityId);
    }
    this.siteViews.delete(identityId);
  }
  private appearance: Appearance = 'system';
  /** As nativeTheme.themeSource does: every page's prefers-color-scheme follows it (the sites' too). */
  setAppearance(appearance: Appearance): void {
    this.appearance = appearance;
    for (const page of this.pages.values()) if (!page.isClosed()) void page.emulateMedia({ colorScheme: this.colorScheme() }).catch(() => {});
  }
  /** The system's appearance on this test machine: Playwright's default, light. */
  readonly systemScheme = 'light';
  private colorScheme(): 'light' | 'dark' {
    return this.appearance === 'system' ? this.systemScheme : this.appearance;
  }

  async chooseExportPath(): Promise<string | null> {
    this.exportAsks++;
    await this.exportHold;
    return this.exportPath;
  }

  async close(): Promise<void> {
    for (const context of this.contexts.values()) await context.close().catch(() => {});
    await this.closeServer?.();
    this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}


/**
 * A fresh harness for each test of the calling spec, handed to `use` before the test runs; after it, nothing may
 * have gone unexpected and the harness is closed.
 */
export function harnessForEachTest(use: (harness: Harness) => void): void {
  let current: Harness | undefined;
  test.beforeEach(async ({ browser }) => {
    current = await Harness.start(browser);
    use(current);
  });
  test.afterEach(async () => {
    if (!current) return;
    expect(current.unexpected).toEqual([]);
    await current.close();
  });
}
