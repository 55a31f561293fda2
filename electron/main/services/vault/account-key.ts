import { AppError } from '../../../../shared/result';

/** Everything Hatstand keeps in the OS keychain is filed under this service name. */
export const VAULT_SERVICE = 'hatstand';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SITE = /^[a-z0-9][a-z0-9.-]{0,62}$/;

export interface SecretRef {
  identityId: string;
  site: string;
  handle: string;
}

/**
 * Builds the keychain account name `<identity-uuid>:<site>:<handle>`.
 * Colons are refused in every part so the identity prefix used by
 * `deleteAllFor` can never match another identity's entries.
 */
export function accountKey({ identityId, site, handle }: SecretRef): string {
  if (!UUID.test(identityId)) {
    throw new AppError('vault/invalid-key', 'Internal error: an identity id for the keychain must be a UUID.');
  }
  if (!SITE.test(site)) {
    throw new AppError('vault/invalid-key', 'Internal error: a site name for the keychain must be lower-case letters, digits, dots or dashes.');
  }
  if (handle.length === 0 || handle.length > 253 || /[:\s]/.test(handle)) {
    throw new AppError('vault/invalid-key', 'Internal error: a handle for the keychain must be non-empty, without spaces or colons.');
  }
  return `${identityId.toLowerCase()}:${site}:${handle}`;
}

/** The prefix shared by every entry of one identity. */
export function identityPrefix(identityId: string): string {
  if (!UUID.test(identityId)) {
    throw new AppError('vault/invalid-key', 'Internal error: an identity id for the keychain must be a UUID.');
  }
  return `${identityId.toLowerCase()}:`;
}
