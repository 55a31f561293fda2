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
 *   (docs/api/cookies.md, Event: 'changed').
 */
import type { Cookie, CookiesGetFilter, CookiesSetDetails, DownloadItem, Session } from 'electron';
import { Emitter } from './events';
import { FakeWebRequest } from './web-request';
import type { ElectronWorld } from './world';

export type SessionKeys =
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'getUserAgent'
  | 'setUserAgent'
  | 'clearStorageData'
  | 'clearCache'
  | 'getBlobData';

export class FakeCookies extends Emitter implements Pick<Electron.Cookies, 'get' | 'set' | 'remove'> {
  readonly jar: Cookie[] = [];
  get(filter: CookiesGetFilter): Promise<Cookie[]> {
    return Promise.resolve(
      this.jar.filter((c) => (filter.name === undefined || c.name === filter.name) && (filter.url === undefined || cookieMatchesUrl(c, filter.url))),
    );
  }
  set(details: CookiesSetDetails): Promise<void> {
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
    const at = this.jar.findIndex((c) => c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path);
    if (at !== -1) this.jar.splice(at, 1);
    this.jar.push(cookie);
    this.emit('changed', {}, cookie, 'explicit', false);
    return Promise.resolve();
  }
  remove(url: string, name: string): Promise<void> {
    const at = this.jar.findIndex((c) => c.name === name && cookieMatchesUrl(c, url));
    if (at !== -1) {
      const [cookie] = this.jar.splice(at, 1);
      this.emit('changed', {}, cookie, 'explicit', true);
    }
    return Promise.resolve();
  }
}

function cookieMatchesUrl(cookie: Cookie, url: string): boolean {
  const host = new URL(url).hostname;
  const domain = (cookie.domain ?? '').replace(/^\./, '');
  return cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}

export interface ClearRecord {
  what: 'storage' | 'cache';
  /** Ids of this session's pages that were still alive when it was cleared. */
  livePages: number[];
}

export class FakeSession extends Emitter implements Pick<Session, SessionKeys> {
  readonly webRequest = new FakeWebRequest();
  readonly cookies = new FakeCookies();
  readonly clears: ClearRecord[] = [];
  /** Blob bodies by UUID, as `getBlobData` would read them. */
  readonly blobs = new Map<string, Buffer>();
  permissionRequestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
  private userAgent =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';

  constructor(
    private readonly world: ElectronWorld,
    readonly partition: string,
  ) {
    super();
  }

  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }
  getUserAgent(): string {
    return this.userAgent;
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent;
  }
  clearStorageData(): Promise<void> {
    this.clears.push({ what: 'storage', livePages: this.world.livePagesOf(this).map((c) => c.id) });
    return Promise.resolve();
  }
  clearCache(): Promise<void> {
    this.clears.push({ what: 'cache', livePages: this.world.livePagesOf(this).map((c) => c.id) });
    return Promise.resolve();
  }
  getBlobData(identifier: string): Promise<Buffer> {
    const data = this.blobs.get(identifier);
    return data ? Promise.resolve(data) : Promise.reject(new Error(`Blob ${identifier} is gone.`));
  }

  /** Test control: a site starts a download in this session (`will-download`). */
  download(item: Pick<DownloadItem, 'getFilename' | 'getURL' | 'setSavePath'>): void {
    this.emit('will-download', {}, item, null);
  }
}
