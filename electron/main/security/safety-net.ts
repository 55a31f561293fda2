import type { Certificate, Session, WebContents } from 'electron';
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
 * - `window.open`, until the creator installs its own handler (ours replace it);
 * - permissions, in any session we did not configure (a session without a
 *   handler grants every permission, checklist item 5).
 * And for the whole app: no client certificate is sent on its own. By default
 * Electron sends the first matching certificate of the OS store, which would
 * tie every identity to one person; we refuse instead (docs/api/app.md,
 * 'select-client-certificate').
 */
export interface NetContents extends Pick<WebContents, 'setWindowOpenHandler'> {
  readonly session: unknown;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: { preventDefault(): void; url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export interface NetApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: NetContents) => void): unknown;
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

export function hardenAnyContents(contents: NetContents, isKnownSession: (session: unknown) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (netRefusesNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  const session = contents.session;
  if (session && !isKnownSession(session)) denyAllPermissions(session as PermissionSession);
}

export function installSafetyNet(app: NetApp, options: { isKnownSession(session: unknown): boolean; onUnknownSession?(): void }): void {
  app.on('web-contents-created', (_event, contents) =>
    hardenAnyContents(contents, (session) => {
      const known = options.isKnownSession(session);
      if (!known) options.onUnknownSession?.();
      return known;
    }),
  );
  app.on('select-client-certificate', (event, _webContents, _url, _list, callback) => {
    event.preventDefault();
    callback();
  });
}
