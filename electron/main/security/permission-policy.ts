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
  const url = parseUrl(requestingUrl);
  if (!url || url.protocol !== 'https:') return false;
  if (embeddedIn !== undefined && (embeddedIn === null || parseUrl(embeddedIn)?.origin !== url.origin)) return false;
  return grants.has(permissionKey(url.origin, permission));
}

/**
 * A refused request the person is told of, with a way to allow it: one the page itself made (a frame inside another
 * site's page is refused whatever is allowed) for a permission Hatstand lets a person allow, from an https page.
 */
export function refusalToTell(permission: string, requestingUrl: string, isMainFrame: boolean): { origin: string; permission: string } | null {
  if (!isMainFrame || !(permission in ASKABLE_PERMISSIONS)) return null;
  const url = parseUrl(requestingUrl);
  return url && url.protocol === 'https:' ? { origin: url.origin, permission } : null;
}
