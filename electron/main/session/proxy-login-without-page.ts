import { namesProxy, pacStringUses, type NetworkSettings } from '../../../shared/domain/network';
import { answerFromKeychain } from '../windows/site-network';

export interface ProxyLoginWithoutPageDeps {
  /** Every identity's id. */
  identityIds(): string[];
  settings(identityId: string): NetworkSettings;
  /** The identity's proxy user name and password from the keychain; null when none are kept. */
  credentials(identityId: string): Promise<{ username: string; password: string } | null>;
  /** What the identity's session resolves `url` to (session.resolveProxy: "PROXY host:port; DIRECT"). */
  resolveProxy(identityId: string, url: string): Promise<string>;
}

/** app's 'login' (docs/api/app.md, Event: 'login'): webContents is null for a request no page made. */
type LoginListener = (
  event: { preventDefault(): void },
  webContents: unknown,
  details: { url: string; firstAuthAttempt: boolean },
  authInfo: { isProxy: boolean; host: string; port: number },
  callback: (username?: string, password?: string) => void,
) => void;

/**
 * A proxy that asks for its password on a request no page made (a site's service worker fetching, a prefetch) is
 * asked through `app`'s 'login' with no webContents: Electron emits it on a page only when the request has one, and
 * cancels it unless a listener prevents that (shell/browser/login_handler.cc, EmitEvent). The page's own 'login'
 * answers the rest (site-network.ts); without this, such a request failed after every restart, until a page of the
 * identity had logged in to the proxy.
 *
 * The request does not say whose it is, but its proxy does: the one identity whose session sends that request through
 * that proxy, and whose settings name it and keep its password. Identities on the system's proxy settings or a PAC
 * file are asked where their session would send it (resolveProxy), since theirs may be the same proxy; when more than
 * one identity may be behind it, or one cannot be asked, nobody is answered: one identity's password never goes out,
 * nor logs another identity's traffic in as it (Chromium keeps a proxy login for the session). Only the first attempt
 * is answered, as for pages: a refused password is not sent again in a loop.
 */
export function answerProxyLoginsWithoutPage(app: { on(event: 'login', listener: LoginListener): unknown }, deps: ProxyLoginWithoutPageDeps): void {
  const mayUse = async (identityId: string, url: string, proxy: { host: string; port: number }): Promise<boolean> => {
    const settings = deps.settings(identityId);
    if (settings.mode === 'direct') return false;
    if (settings.mode !== 'system' && settings.mode !== 'pac') return namesProxy(settings, proxy);
    try {
      return pacStringUses(await deps.resolveProxy(identityId, url), proxy);
    } catch {
      return true; // (not known: maybe)
    }
  };
  const ownerOf = async (url: string, proxy: { host: string; port: number }): Promise<string | null> => {
    const ids = deps.identityIds();
    const behind = await Promise.all(ids.map((id) => mayUse(id, url, proxy)));
    const owners = ids.filter((_id, i) => behind[i]);
    const owner = owners.length === 1 ? owners[0]! : null;
    return owner && deps.settings(owner).auth === true && namesProxy(deps.settings(owner), proxy) ? owner : null;
  };
  const listener: LoginListener = (event, webContents, details, authInfo, callback) => {
    // (A page's request: its webContents' own 'login' answered it, and Electron passes it on here too.)
    if (webContents || !authInfo.isProxy) return;
    event.preventDefault();
    if (!details.firstAuthAttempt) return callback();
    ownerOf(details.url, authInfo).then(
      (owner) => (owner ? answerFromKeychain(deps.credentials(owner), callback) : callback()),
      () => callback(),
    );
  };
  app.on('login', listener);
}
