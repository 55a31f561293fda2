import { canonicalHost, isProxyMode, type NetworkSettings } from '../../../shared/domain/network';

export interface ProxyLoginWithoutPageDeps {
  /** Every identity's id. */
  identityIds(): string[];
  settings(identityId: string): NetworkSettings;
  /** The identity's proxy user name and password from the keychain; null when none are kept. */
  credentials(identityId: string): Promise<{ username: string; password: string } | null>;
}

/** app's 'login' (docs/api/app.md, Event: 'login'): webContents is null for a request no page made. */
type LoginListener = (
  event: { preventDefault(): void },
  webContents: unknown,
  details: { firstAuthAttempt: boolean },
  authInfo: { isProxy: boolean; host: string; port: number },
  callback: (username?: string, password?: string) => void,
) => void;

/**
 * A proxy that asks for its password on a request no page made (a site's service worker fetching, a prefetch) is
 * asked through `app`'s 'login' with no webContents: Electron emits it on a page only when the request has one, and
 * cancels it unless a listener prevents that (shell/browser/login_handler.cc, EmitEvent). The page's own 'login'
 * answers the rest (site-network.ts); without this, such a request failed after every restart, until a page of the
 * identity had logged in to the proxy. The request does not say whose it is, but its proxy does: the identity whose
 * settings name that proxy (host and port, compared canonical) and keep a password for it. Two identities behind the
 * same proxy cannot be told apart, so neither is answered: one identity's password never goes out for another.
 * Only the first attempt is answered, as for pages: a refused password is not sent again in a loop.
 */
export function answerProxyLoginsWithoutPage(app: { on(event: 'login', listener: LoginListener): unknown }, deps: ProxyLoginWithoutPageDeps): void {
  const listener: LoginListener = (event, webContents, details, authInfo, callback) => {
    // (A page's request: its webContents' own 'login' answered it, and Electron passes it on here too.)
    if (webContents || !authInfo.isProxy) return;
    event.preventDefault();
    const host = canonicalHost(authInfo.host);
    const owners = deps.identityIds().filter((id) => {
      const s = deps.settings(id);
      return isProxyMode(s.mode) && canonicalHost(s.host ?? '') === host && s.port === authInfo.port;
    });
    const owner = owners.length === 1 && deps.settings(owners[0]!).auth === true ? owners[0]! : null;
    if (!owner || !details.firstAuthAttempt) return callback();
    deps.credentials(owner).then(
      (creds) => (creds ? callback(creds.username, creds.password) : callback()),
      () => callback(),
    );
  };
  app.on('login', listener);
}
