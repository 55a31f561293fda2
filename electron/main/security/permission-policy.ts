import { ASKABLE_PERMISSIONS, permissionKey } from '../../../shared/domain/permissions';
import { parseUrl } from './url-policy';

/**
 * Permissions are denied unless the user allowed this permission for this
 * origin in this identity's settings. Keys are `<origin> <permission>`.
 * An allowed origin is allowed as the page the person looks at: inside
 * another origin's page (an iframe any site can embed, with
 * `allow="camera; microphone"`) it gets nothing.
 */
export { permissionKey };

/** Permissions Electron asks about that carry no risk and that sites need to work. */
const ALWAYS_ALLOWED = new Set(['clipboard-sanitized-write', 'fullscreen']);

/**
 * Permissions refused whatever was stored: 'openExternal', which Electron asks only for a navigation to another app's
 * scheme that was let through, and which once allowed opens any scheme without a question naming the identity
 * (electron_browser_client.cc, OnOpenExternal); links to other apps are asked about by Hatstand (app-link-policy.ts).
 */
const NEVER_ALLOWED = new Set(['openExternal']);

/**
 * `embeddedIn`: the URL or origin of the page around the requesting frame when the request comes from a sub-frame
 * (null when that page cannot be told: refused); left out for the page itself.
 */
export function decidePermission(
  permission: string,
  requestingUrl: string,
  grants: ReadonlySet<string>,
  embeddedIn?: string | null,
): boolean {
  if (ALWAYS_ALLOWED.has(permission)) return true;
  if (NEVER_ALLOWED.has(permission)) return false;
  const url = parseUrl(requestingUrl);
  if (!url || url.protocol !== 'https:') return false;
  if (embeddedIn !== undefined && (embeddedIn === null || parseUrl(embeddedIn)?.origin !== url.origin)) return false;
  return grants.has(permissionKey(url.origin, permission));
}

/** Permissions Electron files under the page's main frame whatever frame asked (web_contents_permission_helper.cc,
 * RequestPointerLock: `GetPrimaryMainFrame()`): a notice could name the wrong site, so they are not told. */
const NOT_TOLD = new Set(['pointerLock']);

/**
 * A refused request the person is told of, with a way to allow it: one the page itself made, or a frame of the page's
 * own origin (a frame of another origin is refused whatever is allowed), for a permission Hatstand lets a person allow,
 * from an https page. `pageUrl`: the page around a frame's request.
 */
export function refusalToTell(
  permission: string,
  requestingUrl: string,
  isMainFrame: boolean,
  pageUrl?: string,
): { origin: string; permission: string } | null {
  if (!Object.hasOwn(ASKABLE_PERMISSIONS, permission) || NOT_TOLD.has(permission)) return null;
  const url = parseUrl(requestingUrl);
  if (!url || url.protocol !== 'https:') return null;
  if (!isMainFrame && parseUrl(pageUrl ?? '')?.origin !== url.origin) return null;
  return { origin: url.origin, permission };
}
