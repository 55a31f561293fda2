/**
 * A double of `Electron.Session` (one partition) and its `Cookies`.
 *
 * - `session.fromPartition(name)` returns the same Session for the same name
 *   (docs/api/session.md, `session.fromPartition`); an empty name is the default
 *   session.
 * - `clearStorageData()` / `clearCache()` record which of this session's pages
 *   were still alive at that moment: a page that is not closed first keeps running
 *   and can write again right after (pages outlive their window,
 *   docs/api/base-window.md:67-90).
 * - Cookies emit `changed` (event, cookie, cause, removed) on every write
 *   (docs/api/cookies.md, Event: 'changed'), in a later task, and answer in
 *   later tasks (FakeCookies).
 * - `setProxy(config)` writes the proxy preference and resolves on the next
 *   task (shell/browser/api/electron_api_session.cc:752-797, Session::SetProxy:
 *   SetValue, then PostTask(ResolvePromise)); the network service learns the new
 *   config afterwards, through ProxyConfigMonitor
 *   (shell/browser/net/network_context_service.cc:133). So right after the
 *   promise resolves, requests (and `resolveProxy`) may still use the old
 *   config; the double applies it one macrotask later. An unknown `mode` rejects
 *   ("Invalid mode, must be one of direct, auto_detect, pac_script,
 *   fixed_servers or system", same function). A PAC script is applied with
 *   pac_mandatory = true (same file:384): a PAC file that cannot be fetched
 *   fails requests instead of going direct. `auto_detect` (WPAD) is not
 *   mandatory: without a script it goes direct.
 * - `getBlobData(uuid)` reads a Blob part's holder once; a second read rejects
 *   (electron_api_data_pipe_holder.cc, DataPipeHolder::ReadAll moves the pipe),
 *   and a holder no longer referenced is gone (web-request.ts, FakeDataPipeHolder).
 * - `resolveProxy(url)` answers what the config in force does for `url`, in
 *   Chromium's PAC-result form ("PROXY h:p", "HTTPS h:p", "SOCKS5 h:p",
 *   "DIRECT"; net::ProxyList::ToPacString). For fixed servers, Chromium's
 *   implicit bypass rules send localhost, 127.0.0.0/8, [::1] and link-local
 *   addresses DIRECT unless the bypass list holds `<-loopback>` (Chromium
 *   net/docs/proxy.md, "Implicit bypass rules"; proxy_bypass_rules.cc
 *   kSubtractImplicitBypasses). A rule list `a,direct://` fails over to
 *   direct (docs/api/structures/proxy-config.md): the double answers
 *   "PROXY a; DIRECT". System settings and PAC answers are test controls.
 *   A lookup that fails (a PAC file that cannot be fetched or run) resolves
 *   with the empty string; `resolveProxy` never rejects for it
 *   (shell/browser/net/resolve_proxy_helper.cc, OnProxyLookupComplete: the
 *   callback gets `proxy_info->ToPacString()` only when there is a result,
 *   else ""; a dropped lookup is ERR_ABORTED with no result, the same).
 * - `setUserAgent(userAgent, acceptLanguages?)` sets both for the session; the
 *   Accept-Language is changed only when the second argument is given
 *   (electron_api_session.cc:1020-1032), and existing pages keep theirs
 *   (docs/api/session.md:1381-1382).
 * - `setSpellCheckerLanguages` throws for a code that is not in
 *   `availableSpellCheckerLanguages` (docs/api/session.md:1758-1761).
 * - Zoom is kept per host, per session: each partition has its own HostZoomMap
 *   (content::HostZoomMap::GetForWebContents, the page's storage partition),
 *   which Electron persists per partition (shell/browser/zoom_level_delegate.cc,
 *   made by ElectronBrowserContext::CreateZoomLevelDelegate). A page's
 *   `setZoomLevel` sets its host's level (web_contents_zoom_controller.cc,
 *   SetZoomLevel: `zoom_map->SetZoomLevelForHost(host, level)`, host from
 *   net::GetHostOrSpecFromURL: the host without its port, or the whole address
 *   when it has no host), and `getZoomLevel` reads it (GetZoomLevel:
 *   HostZoomMap::GetZoomLevel(web_contents)): every page of that host in the
 *   session, open or opened later, shows that level (docs/api/web-contents.md,
 *   `contents.setZoomLevel`: "the zoom level for a specific domain propagates
 *   across all instances of windows with the same domain"). 0 until set.
 */
import type { Cookie, CookiesGetFilter, CookiesSetDetails, DownloadItem, ProxyConfig, Session } from 'electron';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { Emitter, FakeEvent } from './events';
import { FakeWebRequest, readBlobData } from './web-request';
import { FakeProtocol } from './protocol';
import type { FakeWebContents } from './web-contents';
import type { ElectronWorld } from './world';

export type SessionKeys =
  | 'setProxy'
  | 'resolveProxy'
  | 'closeAllConnections'
  | 'setSpellCheckerLanguages'
  | 'getSpellCheckerLanguages'
  | 'addWordToSpellCheckerDictionary'
  | 'availableSpellCheckerLanguages'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'getUserAgent'
  | 'setUserAgent'
  | 'clearStorageData'
  | 'clearCache'
  | 'clearData'
  | 'getBlobData'
  | 'setDevicePermissionHandler';

/**
 * A session's cookie jar. The jar lives in the network service: every call is a message to it, and its answer (the
 * promise) comes back in a later task of the main process (electron_api_cookies.cc:310-454, Get, Remove, Set and
 * FlushStore each answer from a callback of the CookieManager's mojo reply). `changed` comes the same way, in a later
 * task than the change, on a pipe of its own: CookieChangeNotifier is a mojo receiver of the network service's global
 * change listener (cookie_change_notifier.cc:47, :59-63), and Cookies::OnCookieChanged emits from there
 * (electron_api_cookies.cc:456-463). So by the time main hears of a cookie, the site may have changed or deleted it.
 * (Changes are applied to `jar` at once: main sees the jar only through answers, which come later in any case.)
 *
 * Partitioned (CHIPS) cookies: a frame's `Set-Cookie: ...; Secure; Partitioned` is kept under a partition key (the
 * top-level site), and the jar may hold it beside an unpartitioned cookie of the same name, domain and path. Electron
 * never says which is which: the cookie converter has no partition field (electron_api_cookies.cc:57-75, nor has
 * `Cookie` in 45.5.0's electron.d.ts); `get` without a url asks GetAllCookies, partitioned ones included, and with a
 * url asks with CookiePartitionKeyCollection::ContainsAll() (:320-336); `changed` converts the same way (:456-463);
 * and `set` always writes an unpartitioned cookie (CreateSanitizedCookie's partition key is std::nullopt, :402-408),
 * so it replaces only the unpartitioned one. `setPartitioned()` is the test control for what a third-party frame
 * leaves; the key stays hidden (`partitionOf()`, a test control, reads it).
 *
 * A cookie `set` with an expiry already past deletes the unpartitioned cookie of the same name, domain and path and
 * stores nothing: the old one is told removed with cause 'expired-overwrite' (electron_api_cookies.cc:95-96; Chromium's
 * net::CookieChangeCause::EXPIRED_OVERWRITE, "the cookie was overwritten with an already-expired expiration date").
 */
export class FakeCookies extends Emitter implements Pick<Electron.Cookies, 'get' | 'set' | 'remove' | 'flushStore'> {
  readonly jar: Cookie[] = [];
  /**
   * What is on disk: the cookie store writes its changes every 30 seconds or 512 operations, and at once on
   * `flushStore()` (docs/api/cookies.md:123-131; nothing in Electron's quit flushes it). Session cookies are never
   * written. `onDisk()` is the test control: what a restart would find.
   *
   * A flush is written when the network service handles it, in a later task; once the process has ended (`quit`, or
   * the end of a Windows session) nothing more is: Browser::Shutdown emits 'quit' and posts the quit of the message
   * loop (browser.cc, Shutdown and RunQuitClosure), waiting for no answer of the network service ("if the cookie is
   * set and you quit too soon it won't be flushed to disk", electron#13200).
   */
  private written: Cookie[] = [];
  flushes = 0;
  /** The hidden partition key (top-level site) of each partitioned cookie in `jar`. */
  private readonly partitions = new WeakMap<Cookie, string>();
  /** Test control: `now` in seconds, as the jar compares expiries with it. */
  nowSeconds: () => number = () => Date.now() / 1000;

  constructor(private readonly processEnded: () => boolean = () => false) {
    super();
  }

  /** An answer of the network service: in a later task, and never once the process has ended. */
  private answer<T>(work: () => T): Promise<T> {
    return new Promise((resolve) =>
      setImmediate(() => {
        if (!this.processEnded()) resolve(work());
      }),
    );
  }
  /** `changed` for a change made now, told in a later task. */
  private tell(cookie: Cookie, cause: string, removed: boolean): void {
    const told = { ...cookie };
    setImmediate(() => {
      if (!this.processEnded()) this.emit('changed', {}, told, cause, removed);
    });
  }

  flushStore(): Promise<void> {
    this.flushes++;
    return this.answer(() => {
      this.written = this.jar.filter((c) => !c.session).map((c) => ({ ...c }));
    });
  }
  onDisk(): Cookie[] {
    return this.written.map((c) => ({ ...c }));
  }
  /** The filter as MatchesCookie applies it (electron_api_cookies.cc:110-129): `path` exactly, `session` as asked. */
  get(filter: CookiesGetFilter): Promise<Cookie[]> {
    const found = this.jar
      .filter(
        (c) =>
          (filter.name === undefined || c.name === filter.name) &&
          (filter.url === undefined || cookieMatchesUrl(c, filter.url)) &&
          (filter.path === undefined || c.path === filter.path) &&
          (filter.session === undefined || c.session === filter.session),
      )
      .map((c) => ({ ...c }));
    return this.answer(() => found);
  }
  set(details: CookiesSetDetails): Promise<void> {
    this.store(details, undefined);
    return this.answer(() => undefined);
  }
  /**
   * Test control: what a frame's `Set-Cookie: ...; Secure; SameSite=None; Partitioned` leaves in the jar while
   * `topLevelSite` is the page around it (CHIPS: a Partitioned cookie without Secure is refused).
   */
  setPartitioned(details: CookiesSetDetails, topLevelSite: string): void {
    if (details.secure !== true) throw new Error('A Partitioned cookie must be Secure.');
    this.store({ sameSite: 'no_restriction', ...details }, topLevelSite);
  }
  /** Test control: the partition key of a cookie in `jar` (undefined: unpartitioned). */
  partitionOf(cookie: Cookie): string | undefined {
    return this.partitions.get(cookie);
  }
  private store(details: CookiesSetDetails, partition: string | undefined): void {
    const host = new URL(details.url).hostname;
    const cookie: Cookie = {
      name: details.name ?? '',
      value: details.value ?? '',
      domain: details.domain ?? host,
      hostOnly: details.domain === undefined,
      path: details.path ?? '/',
      secure: details.secure ?? false,
      httpOnly: details.httpOnly ?? false,
      session: details.expirationDate === undefined,
      sameSite: details.sameSite ?? 'lax',
      ...(details.expirationDate !== undefined ? { expirationDate: details.expirationDate } : {}),
    };
    // A cookie replaced is told removed with cause 'overwrite', then the new one 'inserted'. `removed` is true for
    // every cause but the three 'inserted…' ones (electron_api_cookies.cc:284-293, IsDeletion, emitted at :456-463), so
    // an overwrite is told removed like a deletion ('explicit', 'expired', 'evicted', 'expired-overwrite'), and only
    // the cause tells them apart. (Chromium may tell an identical overwrite as 'inserted-no-change-overwrite' instead;
    // the double does not model that: the keeper treats both alike.)
    const at = this.jar.findIndex(
      (c) => c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path && this.partitions.get(c) === partition,
    );
    const expired = cookie.expirationDate !== undefined && cookie.expirationDate <= this.nowSeconds();
    if (at !== -1) {
      const [old] = this.jar.splice(at, 1);
      this.tell(old!, expired ? 'expired-overwrite' : 'overwrite', true);
    }
    if (expired) return;
    if (partition !== undefined) this.partitions.set(cookie, partition);
    this.jar.push(cookie);
    this.tell(cookie, 'inserted', false);
  }
  remove(url: string, name: string): Promise<void> {
    const at = this.jar.findIndex((c) => c.name === name && cookieMatchesUrl(c, url));
    if (at !== -1) {
      const [cookie] = this.jar.splice(at, 1);
      this.tell(cookie!, 'explicit', true);
    }
    return this.answer(() => undefined);
  }
  /**
   * The session's data cleared (`clearStorageData`, `clearData`): every cookie, partitioned ones too, is deleted and
   * told removed with cause 'explicit', each in a later task (the network service's CookieManager::DeleteCookies ->
   * CookieMonster::DeleteMatchingCookies -> InternalDeleteCookie with DELETE_COOKIE_EXPLICIT, which
   * kChangeCauseMapping notifies as CookieChangeCause::EXPLICIT; Chromium's net/cookies/cookie_monster.cc).
   */
  clearAll(): void {
    for (const cookie of this.jar.splice(0)) this.tell(cookie, 'explicit', true);
  }
}

function cookieMatchesUrl(cookie: Cookie, url: string): boolean {
  const host = new URL(url).hostname;
  const domain = (cookie.domain ?? '').replace(/^\./, '');
  return cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}

export interface ClearRecord {
  what: 'storage' | 'cache' | 'all';
  /** Ids of this session's pages that were still alive when it was cleared. */
  livePages: number[];
}

export class FakeSession extends Emitter implements Pick<Session, SessionKeys> {
  readonly webRequest = new FakeWebRequest();
  /** (Its answers stop when the process ends: a quit's 'quit', or a Windows session's end.) */
  readonly cookies = new FakeCookies(() => this.world.app?.ended === true || this.world.app?.terminated === true);
  /** This session's own protocol handlers (protocol.ts). */
  readonly protocol = new FakeProtocol((scheme) => this.world.standardSchemes.has(scheme));
  readonly clears: ClearRecord[] = [];
  permissionRequestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
  devicePermissionHandler: Parameters<Session['setDevicePermissionHandler']>[0] = null;
  private userAgent =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';

  /** The proxy config the network service uses now (null: none set, Electron's own default). */
  proxyInForce: ProxyConfig | null = null;
  /** Every config given to setProxy, in order. */
  readonly proxyConfigs: ProxyConfig[] = [];
  closeAllConnectionsCalls = 0;
  acceptLanguages: string | null = null;
  readonly availableSpellCheckerLanguages: string[] = ['de', 'en-GB', 'en-US', 'fr', 'nl'];
  private spellCheckerLanguages: string[] = ['en-US'];
  /** The session's HostZoomMap: a zoom level per host (see the header). */
  private readonly hostZoomLevels = new Map<string, number>();
  /** The zoom level of the pages of `url`'s host in this session (0, the default, unless set). */
  zoomLevelOf(url: string): number {
    return this.hostZoomLevels.get(zoomHostOf(url)) ?? 0;
  }
  /** Electron-internal: HostZoomMap::SetZoomLevelForHost, for `url`'s host. */
  setZoomLevelOf(url: string, level: number): void {
    this.hostZoomLevels.set(zoomHostOf(url), level);
  }
  /**
   * Test control: what the OS proxy settings say (mode 'system'), for every address or per address: a system PAC file
   * answers for the URL asked (docs/api/session.md, `ses.resolveProxy(url)`: "Resolves the proxy information for
   * `url`"; the system's proxy config service hands Chromium the OS's PAC URL, run per request).
   */
  systemProxyAnswer: string | ((url: string) => string) = 'DIRECT';
  /** Test control: what the PAC file answers (mode 'pac_script'); an Error means it could not be fetched or run. */
  pacAnswer: string | Error = 'DIRECT';

  constructor(
    private readonly world: ElectronWorld,
    readonly partition: string,
  ) {
    super();
  }

  setProxy(config: ProxyConfig): Promise<void> {
    const modes = ['direct', 'auto_detect', 'pac_script', 'fixed_servers', 'system'];
    if (config.mode !== undefined && !modes.includes(config.mode)) {
      return Promise.reject(new Error('Invalid mode, must be one of direct, auto_detect, pac_script, fixed_servers or system'));
    }
    this.proxyConfigs.push({ ...config });
    const applied = { ...config };
    // The network service takes the new config after the promise resolved (see the header).
    setTimeout(() => (this.proxyInForce = applied), 0);
    return new Promise((resolve) => setImmediate(resolve));
  }

  resolveProxy(url: string): Promise<string> {
    const config = this.proxyInForce;
    if (!config) return Promise.resolve('DIRECT');
    const mode = config.mode ?? (config.pacScript ? 'pac_script' : 'fixed_servers');
    if (mode === 'direct') return Promise.resolve('DIRECT');
    if (mode === 'system') return Promise.resolve(typeof this.systemProxyAnswer === 'string' ? this.systemProxyAnswer : this.systemProxyAnswer(url));
    if (mode === 'pac_script') {
      // pac_mandatory: a PAC file that cannot be had fails the request, it never goes DIRECT. The lookup's failure is an
      // empty answer, not a rejection (see the header).
      return Promise.resolve(this.pacAnswer instanceof Error ? '' : this.pacAnswer);
    }
    // auto_detect (WPAD) is not mandatory (electron_api_session.cc, CreateAutoDetect without pac_mandatory): a script
    // that cannot be found or run goes DIRECT.
    if (mode === 'auto_detect') return Promise.resolve(this.pacAnswer instanceof Error ? 'DIRECT' : this.pacAnswer);
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const bypass = (config.proxyBypassRules ?? '').split(/[,;]/).map((r) => r.trim()).filter(Boolean);
    const implicit = /^(localhost|.*\.localhost|127(\.\d+){3}|::1|169\.254(\.\d+){2}|fe80:.*)$/i.test(host);
    if (implicit && !bypass.includes('<-loopback>')) return Promise.resolve('DIRECT');
    if (bypass.some((rule) => rule !== '<-loopback>' && (rule === host || (rule.startsWith('.') && host.endsWith(rule))))) return Promise.resolve('DIRECT');
    const list = (config.proxyRules ?? '').split(';')[0]!.replace(/^[a-z]+=/, '').split(',').map((r) => r.trim()).filter(Boolean);
    const pac = list.map((entry) => {
      if (/^direct:\/\//i.test(entry)) return 'DIRECT';
      const m = /^(?:([a-z0-9]+):\/\/)?(.+)$/i.exec(entry)!;
      const scheme = (m[1] ?? 'http').toLowerCase();
      const keyword = scheme === 'https' ? 'HTTPS' : scheme === 'socks5' ? 'SOCKS5' : scheme === 'socks4' || scheme === 'socks' ? 'SOCKS' : 'PROXY';
      return `${keyword} ${m[2]}`;
    });
    return Promise.resolve(pac.length ? pac.join('; ') : 'DIRECT');
  }

  closeAllConnections(): Promise<void> {
    this.closeAllConnectionsCalls += 1;
    return Promise.resolve();
  }

  /** Words added to the custom dictionary (docs/api/session.md, addWordToSpellCheckerDictionary: true when added). */
  readonly dictionaryWords: string[] = [];
  addWordToSpellCheckerDictionary(word: string): boolean {
    if (this.dictionaryWords.includes(word)) return false;
    this.dictionaryWords.push(word);
    return true;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    const unknown = languages.find((l) => !this.availableSpellCheckerLanguages.includes(l));
    if (unknown) throw new Error(`Invalid language code provided: "${unknown}" is not a valid language code`);
    this.spellCheckerLanguages = [...languages];
  }
  getSpellCheckerLanguages(): string[] {
    return [...this.spellCheckerLanguages];
  }

  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Parameters<Session['setDevicePermissionHandler']>[0]): void {
    this.devicePermissionHandler = handler;
  }

  /**
   * Test control: a page of this session asks for a permission. Without a
   * request handler Electron grants it (shell/browser/electron_permission_manager.cc:226-250;
   * docs/tutorial/security.md item 5: "Electron will automatically approve all
   * permission requests unless the developer has manually configured a custom handler").
   */
  requestPermission(
    contents: FakeWebContents,
    permission: string,
    requestingUrl = contents.getURL(),
    frame: { isMainFrame?: boolean } = {},
    more: { externalURL?: string } = {},
  ): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    // `requestingUrl` is the requesting frame's last committed URL, `isMainFrame` whether it has no parent
    // (electron_permission_manager.cc, RequestPermissionsWithDetails): a sub-frame's request names the frame, not the page.
    return new Promise((resolve) =>
      handler(contents as unknown as Electron.WebContents, permission as never, resolve, { ...more, requestingUrl, isMainFrame: frame.isMainFrame ?? true } as never),
    );
  }
  /**
   * Test control: a page checks a permission (navigator.permissions.query and
   * friends). Without a check handler everything but the deprecated sync
   * clipboard read is granted (electron_permission_manager.cc:356-362).
   */
  checkPermission(
    contents: FakeWebContents | null,
    permission: string,
    requestingOrigin: string,
    frame: { subFrame?: boolean; via?: 'document' | 'media' } = {},
  ): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return permission !== 'deprecated-sync-clipboard-read';
    const isMainFrame = contents !== null && !frame.subFrame;
    let page: string | undefined;
    try {
      page = contents ? new URL(contents.getURL()).origin : undefined;
    } catch {
      page = undefined;
    }
    // A media check (enumerateDevices and friends) names the requesting frame only: the webContents, `isMainFrame`,
    // no embedding origin (web_contents_permission_helper.cc, CheckMediaAccessPermission). A document's check passes
    // the main frame's origin as `embeddingOrigin` (electron_permission_manager.cc, GetPermissionResultForCurrentDocument),
    // and a cross-origin sub-frame's comes with a null webContents (docs/api/session.md, setPermissionCheckHandler).
    if (frame.via === 'media') {
      return handler(contents as unknown as Electron.WebContents, permission as never, requestingOrigin, { requestingUrl: requestingOrigin, isMainFrame } as never);
    }
    const details = { ...(page ? { embeddingOrigin: page } : {}), isMainFrame, ...(frame.subFrame ? {} : { requestingUrl: requestingOrigin }) };
    return handler((frame.subFrame ? null : contents) as unknown as Electron.WebContents, permission as never, requestingOrigin, details as never);
  }

  getUserAgent(): string {
    return this.userAgent;
  }
  setUserAgent(userAgent: string, acceptLanguages?: string): void {
    this.userAgent = userAgent;
    if (acceptLanguages !== undefined) this.acceptLanguages = acceptLanguages;
  }
  /** Without options, every storage type, cookies included (electron_api_session.cc, ClearStorageData: REMOVE_DATA_MASK_ALL). */
  clearStorageData(): Promise<void> {
    this.clears.push({ what: 'storage', livePages: this.world.livePagesOf(this).map((c) => c.id) });
    this.cookies.clearAll();
    return Promise.resolve();
  }
  /**
   * Everything Chromium's BrowsingDataRemover knows, more than clearStorageData (HSTS records, network state, code
   * cache; docs/api/session.md, ses.clearData). Cookies deleted reach disk on the store's next write (flushStore).
   * A data type the remover could not clear rejects the whole call with "Failed to clear data" and `failedDataTypes`
   * (electron_api_session.cc, ClearDataTask::OnTaskFinished): `clearDataFails` is the test control.
   */
  clearData(): Promise<void> {
    this.clears.push({ what: 'all', livePages: this.world.livePagesOf(this).map((c) => c.id) });
    this.cookies.clearAll();
    if (this.clearDataFails.length === 0) return Promise.resolve();
    return Promise.reject(Object.assign(new Error('Failed to clear data'), { failedDataTypes: [...this.clearDataFails] }));
  }
  /** Test control: the data types `clearData()` fails to clear. */
  clearDataFails: string[] = [];
  clearCache(): Promise<void> {
    this.clears.push({ what: 'cache', livePages: this.world.livePagesOf(this).map((c) => c.id) });
    return Promise.resolve();
  }
  getBlobData(identifier: string): Promise<Buffer> {
    // The Blob parts' holders of the whole process, each read once (web-request.ts, FakeDataPipeHolder).
    return readBlobData(identifier);
  }

  /**
   * Test control: a site starts a download in this session (`will-download`); its target is the save path set by
   * then (FakeDownloadItem). With `createElectron({ downloadsOnDisk: true })` it writes real files there.
   */
  download(init: { filename: string; url: string }): FakeDownloadItem {
    const item = new FakeDownloadItem(init.filename, init.url, () => this.world.app?.processEnding === true, this.world.downloadsOnDisk);
    this.downloads.push(item);
    this.emit('will-download', new FakeEvent(), item, null);
    item.targetDetermined();
    return item;
  }
  private readonly downloads: FakeDownloadItem[] = [];
  /**
   * DownloadManagerImpl::Shutdown (content/browser/download/download_manager_impl.cc): every download still in progress
   * is cancelled with `Cancel(false)`, which is not a person's cancel but an interruption for USER_SHUTDOWN.
   */
  shutDownDownloads(): void {
    for (const item of this.downloads) item.shutDown();
  }
}

/**
 * A download (`DownloadItem`): its save path is set during `will-download`, and it ends once with `done` (event,
 * 'completed' | 'cancelled' | 'interrupted'), the last for an interruption it cannot resume. One it could resume only
 * emits `updated` (event, 'interrupted') and waits (docs/api/download-item.md, Events 'updated' and 'done';
 * electron_api_download_item.cc:108-117, OnDownloadUpdated: 'done' once IsDone(), else 'updated').
 *
 * Its file (`onDisk()`, a test control; real files with `downloadsOnDisk`): Chromium writes to the save path itself
 * as it goes, with no `.crdownload` or other intermediate name, so the file there is cut off until the download
 * completes. Electron reads the save path once 'will-download' returned and gives it to Chromium as both the target
 * and the intermediate path (shell/browser/electron_download_manager_delegate.cc:345-354, DetermineDownloadTarget:
 * `target_info.target_path = save_path; target_info.intermediate_path = save_path;`; the same at :274-283,
 * OnDownloadPathGenerated, and :317-319 for a path from the save dialog); `setSavePath` only stores it (electron_api_download_item.cc:224-226). Chromium
 * writes the first bytes to a temporary file (base_file.cc, BaseFile::Initialize: CreateTemporaryFileInDir), renames
 * it to the intermediate path once the target is known (download_item_impl.cc, OnDownloadTargetDetermined:
 * DownloadFile::RenameAndUniquify), which adds " (1)" before the extension when that path exists already
 * (download_file_impl.cc, RenameWithRetryInternal: base::GetUniquePath), writes the rest there, and at completion
 * closes the file (DownloadFileImpl::OnDownloadCompleted: file_.Finish()), renames it to the target path, replacing
 * whatever is there, and annotates it (OnDownloadCompleting: RenameAndAnnotate; Electron connects no quarantine
 * service, so BaseFile::AnnotateWithSourceInformation writes only, on Windows, the file's Zone.Identifier stream)
 * before 'done' 'completed' (OnDownloadRenamedToFinalName, then Completed): at 'done' the file is whole, closed, at
 * the save path.
 * - `cancel()` is a person's cancel (electron_api_download_item.cc:148-152, Cancel: `download_item_->Cancel(true)`,
 *   reason USER_CANCELED): 'done' 'cancelled' before it returns (download_item_impl.cc, Cancel ends with
 *   UpdateObservers), for a download under way or one waiting to resume, and Chromium removes the file
 *   (InterruptWithPartialState: ReleaseDownloadFile(destroy) or DeleteDownloadedFile; a cancellation cannot be
 *   resumed). Once done it does nothing.
 * - An interruption it cannot resume (`end('interrupted')`) removes the file the same way; one it could resume
 *   (`interrupt()`, a dropped connection) keeps it for the resume (ReleaseDownloadFile(false) for USER_CONTINUE).
 * - The process ending (`shutDown()`, after 'quit'): each download still under way gets `Cancel(false)`, reason
 *   USER_SHUTDOWN (download_manager_impl.cc, Shutdown), which can be resumed (download_utils.cc,
 *   GetDownloadResumeMode: USER_CONTINUE; IsDownloadDone false), so it only emits 'updated' 'interrupted' and its file
 *   stays, cut off, at the save path. Node still runs then, so listeners do run, but whatever Hatstand's main
 *   closed at 'will-quit' (the store) is gone.
 * - The removal is a task posted to the download sequence (GetDownloadTaskRunner, default traits: SKIP_ON_SHUTDOWN,
 *   download_task_runner.cc), which the thread pool skips once its shutdown began, and which a process terminated at
 *   a Windows session's end never runs: a cancel made while the process ends (`app.processEnding`) leaves the file.
 * - A crash or a kill runs nothing more: the file stays as it is (a test just stops using the item).
 */
export class FakeDownloadItem extends Emitter implements Pick<DownloadItem, 'getFilename' | 'getURL' | 'setSavePath' | 'getSavePath' | 'cancel'> {
  private savePath = '';
  private over = false;
  private file: 'cut off' | 'whole' | null = null;
  /** Where Chromium writes (its full path): the save path, or that path with " (1)" when it existed already. */
  private writing = '';
  constructor(
    private readonly filename: string,
    private readonly url: string,
    private readonly processEnding: () => boolean = () => false,
    private readonly realFiles = false,
  ) {
    super();
  }
  getFilename(): string {
    return this.filename;
  }
  getURL(): string {
    return this.url;
  }
  setSavePath(path: string): void {
    this.savePath = path;
  }
  getSavePath(): string {
    return this.savePath;
  }
  /** Electron-internal: 'will-download' returned; the save path is Chromium's target and intermediate path. */
  targetDetermined(): void {
    if (!this.savePath) return; // (Electron would show a save dialog: not modelled.)
    this.file = 'cut off';
    if (!this.realFiles) return;
    this.writing = uniquePath(this.savePath);
    mkdirSync(dirname(this.writing), { recursive: true });
    writeFileSync(this.writing, CUT_OFF);
  }
  cancel(): void {
    if (this.over) return;
    this.over = true;
    if (!this.processEnding()) this.removeFile();
    this.emit('done', new FakeEvent(), 'cancelled');
  }
  /** Test control: what Chromium's file of this download is now, if there is one. */
  onDisk(): 'cut off' | 'whole' | null {
    return this.file;
  }
  /** Test control: the connection dropped: an interruption the download could resume (`updated`), not its end. */
  interrupt(): void {
    if (!this.over) this.emit('updated', new FakeEvent(), 'interrupted');
  }
  /** Test control: the download ends by itself: completed, or interrupted for good. */
  end(state: 'completed' | 'interrupted'): void {
    if (this.over) return;
    this.over = true;
    if (state === 'completed') {
      this.file = 'whole';
      if (this.realFiles && this.writing) {
        writeFileSync(this.writing, WHOLE);
        renameSync(this.writing, this.savePath); // (replaces a file made there meanwhile)
      }
    } else this.removeFile();
    this.emit('done', new FakeEvent(), state);
  }
  /** Its session's DownloadManager shuts down as the process ends (FakeSession.shutDownDownloads). */
  shutDown(): void {
    if (!this.over) this.emit('updated', new FakeEvent(), 'interrupted');
  }
  private removeFile(): void {
    this.file = null;
    if (this.realFiles && this.writing) rmSync(this.writing, { force: true });
  }
}

/** What a download's file holds on disk (`downloadsOnDisk`): cut off while under way, whole once completed. */
export const CUT_OFF = 'cut off';
export const WHOLE = 'cut off, then the rest: whole';

/** base::GetUniquePath: the path, else with " (1)" ... " (100)" before its extension, the first that is free. */
function uniquePath(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = ext ? path.slice(0, -ext.length) : path;
  for (let n = 1; n <= 100; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
  return path;
}

/** net::GetHostOrSpecFromURL: the host (no port, no trailing dot), or the whole address when it has none (file:, about:). */
function zoomHostOf(url: string): string {
  try {
    const { hostname } = new URL(url);
    return hostname ? hostname.replace(/\.$/, '') : url;
  } catch {
    return url;
  }
}
