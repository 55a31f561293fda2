import type { Session } from 'electron';

/**
 * The only place that names or opens an identity's session partition.
 * `persist:identity-<uuid>`: persistent, one per identity, and no extra colons
 * (Electron escapes them in the folder name and on Windows such a cookie
 * store reads back empty, electron#47260).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PARTITION = /^persist:identity-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function partitionFor(identityId: string): string {
  if (!UUID.test(identityId)) {
    throw new Error(`Refusing to build a partition for identity id "${identityId}": it must be a lower-case uuid.`);
  }
  return `persist:identity-${identityId}`;
}

/**
 * Refuses anything that would silently share the default session or an
 * in-memory one: an empty name, a name without `persist:`, or one that is not
 * an identity partition (electron#28826).
 */
export function assertIdentityPartition(partition: string): string {
  if (!PARTITION.test(partition)) {
    throw new Error(`Refusing session partition "${partition}": identity content must use persist:identity-<uuid>.`);
  }
  return partition;
}

export function identityIdOfPartition(partition: string): string {
  return assertIdentityPartition(partition).slice('persist:identity-'.length);
}

export type SessionSource<S = Session> = { fromPartition(partition: string, options?: { cache: boolean }): S };

export function sessionForIdentity<S = Session>(source: SessionSource<S>, identityId: string): S {
  return source.fromPartition(assertIdentityPartition(partitionFor(identityId)), { cache: true });
}
