import type { Certificate, Session, WebContents } from 'electron';
import { isPageMainFrame } from '../page-frame';
import { isOwnPage } from './app-protocol';
import { decideSiteNavigation } from './navigation-policy';

/**
 * A safety net under every web contents of the process, including those we
 * did not create ourselves (a PDF viewer frame, a guest Electron prepared for
 * window.open, DevTools, anything a future change forgets to harden). It is
 * applied at `web-contents-created`, which Electron emits while the contents
 * is being built, before its creator configures it; our own hardening
 * (windows/harden-contents.ts) then adds its stricter rules on top. So the net
 * only refuses what no contents of ours ever needs:
 * - navigation or redirect to anything but the web (http, https) or our own
 *   page: no file:, data:, javascript:, chrome:, or other apps' schemes;
 * - `<webview>` (we never use it; checklist items 11 and 12);
 * - Web Bluetooth: Electron cancels a request only while its own listener is
 *   the only one (lib/browser/api/web-contents.ts); once anything else listens,
 *   a request nobody prevents connects the page to the first device found,
 *   asking no permission handler (shell/browser/lib/bluetooth_chooser.cc). The
 *   net cancels every request itself, so that never depends on who else
 *   listens. (Serial, HID and USB choosers cancel when nobody listens:
 *   serial_chooser_controller.cc, hid_chooser_controller.cc,
 *   usb_chooser_controller.cc.)
 * - `window.open`, until the creator installs its own handler (ours replace it);
 * - permissions, in any session we did not configure (a session without a
 *   handler grants every permission, checklist item 5).
 * And for the whole app: no client certificate is sent on its own. By default
 * Electron sends the first matching certificate of the OS store, which would
 * tie every identity to one person; we refuse instead (docs/api/app.md,
 * 'select-client-certificate').
 */
export interface NetContents extends Pick<WebContents, 'setWindowOpenHandler' | 'loadURL'> {
  readonly session: unknown;
  /** The page's own main frame, compared with a navigation's `frame` (page-frame.ts: an ad's fenced frame says `isMainFrame` too). */
  readonly mainFrame: unknown;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; defaultPrevented?: boolean; isMainFrame?: boolean; frame?: unknown }, url: string) => void,
  ): unknown;
  on(event: 'will-frame-navigate', listener: (event: { preventDefault(): void; url: string; isMainFrame: boolean }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'select-bluetooth-device', listener: (event: { preventDefault(): void }, devices: unknown[], callback: (deviceId: string) => void) => void): unknown;
}

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export interface NetApp<C extends NetContents = NetContents> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: C) => void): unknown;
  on(
    event: 'select-client-certificate',
    listener: (event: { preventDefault(): void }, webContents: unknown, url: string, list: Certificate[], callback: (certificate?: Certificate) => void) => void,
  ): unknown;
}

/** Anything but the web or our own page. */
export function netRefusesNavigation(url: string): boolean {
  return !isOwnPage(url) && decideSiteNavigation(url) === 'deny';
}

/** Every permission refused: for the default session (our own pages need none) and any session we did not configure. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Whether a session may show plain http from a host: true or false for an
 * identity's session (https only unless the person allowed http for that
 * host), null for a session with no such rule (our own pages are never http).
 */
export type HttpRule = (session: unknown, host: string) => boolean | null;

/** The https address of a plain http one (same host, path and query; port 80 becomes the default). */
export function httpsVersion(url: URL): string {
  const upgraded = new URL(url.href);
  upgraded.protocol = 'https:';
  if (url.port === '80') upgraded.port = '';
  return upgraded.href;
}

/**
 * The https address to load instead of `url`: a plain http address whose host is not allowed http (`allowed` gets the
 * host as `URL.host` writes it, lower case, with its port); null when `url` may load as it is or is no address.
 */
export function httpsInstead(url: string, allowed: (host: string) => boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || allowed(parsed.host.toLowerCase())) return null;
  return httpsVersion(parsed);
}

export function hardenAnyContents(contents: NetContents, isKnownSession: (session: unknown) => boolean, httpAllowed: HttpRule = () => null): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  const guard = (event: { preventDefault(): void; defaultPrevented?: boolean }, url: string, mainFrame: boolean) => {
    if (netRefusesNavigation(url)) return event.preventDefault();
    if (!URL.canParse(url)) return event.preventDefault();
    // Sites are https only (checklist item 1): a plain http page the person did not allow is loaded over https instead.
    const upgraded = httpsInstead(url, (host) => httpAllowed(contents.session, host) !== false);
    if (upgraded === null) return;
    // A navigation a listener before us already took (link routing asks first: link-routing-hook.ts) is refused only;
    // loading its https version here too would show the link in this page while the person is being asked.
    const taken = event.defaultPrevented === true;
    event.preventDefault();
    if (mainFrame && !taken) void contents.loadURL(upgraded).catch(() => undefined);
  };
  // Only the page's own main frame has its http navigation loaded over https in its place: an ad's fenced frame is told
  // as a main frame too (page-frame.ts), and loadURL would put the ad's address in the page itself. Its http navigation
  // is refused only, as a sub-frame's.
  contents.on('will-navigate', (event, url) => guard(event, url, isPageMainFrame(contents, event.frame)));
  contents.on('will-redirect', (event, url) => guard(event, url, isPageMainFrame(contents, event.frame)));
  contents.on('will-frame-navigate', (event) => {
    // will-navigate already handles the main frame's own navigations; sub-frames only refuse.
    if (!event.isMainFrame) guard(event, event.url, false);
  });
  const session = contents.session;
  if (session && !isKnownSession(session)) denyAllPermissions(session as PermissionSession);
}

/**
 * The app's one `web-contents-created` listener: the net first, then each
 * watcher that must also see every web contents (the post guard's gesture
 * tracking, session/user-activation.ts), so one place says what happens to a
 * new contents and in which order.
 */
export function installSafetyNet<C extends NetContents = NetContents>(
  app: NetApp<C>,
  options: {
    isKnownSession(session: unknown): boolean;
    onUnknownSession?(): void;
    httpAllowed?: HttpRule;
    /** Run for every new web contents after the net, in order. */
    watchers?: ReadonlyArray<(contents: C) => void>;
  },
): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenAnyContents(
      contents,
      (session) => {
        const known = options.isKnownSession(session);
        if (!known) options.onUnknownSession?.();
        return known;
      },
      options.httpAllowed,
    );
    for (const watch of options.watchers ?? []) watch(contents);
  });
  app.on('select-client-certificate', (event, _webContents, _url, _list, callback) => {
    event.preventDefault();
    callback();
  });
}
