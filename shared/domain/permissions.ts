/** How an allowed (site, permission) pair is keyed in an identity's allow-list. */
export function permissionKey(origin: string, permission: string): string {
  return `${origin} ${permission}`;
}
