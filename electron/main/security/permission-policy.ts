import { permissionKey } from '../../../shared/domain/permissions';
import { parseUrl } from './url-policy';

/**
 * Permissions are denied unless the user allowed this permission for this
 * origin in this identity's settings. Keys are `<origin> <permission>`.
 */
export { permissionKey };

/** Permissions Electron asks about that carry no risk and that sites need to work. */
const ALWAYS_ALLOWED = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function decidePermission(
  permission: string,
  requestingUrl: string,
  grants: ReadonlySet<string>,
): boolean {
  if (ALWAYS_ALLOWED.has(permission)) return true;
  const url = parseUrl(requestingUrl);
  if (!url || url.protocol !== 'https:') return false;
  return grants.has(permissionKey(url.origin, permission));
}
