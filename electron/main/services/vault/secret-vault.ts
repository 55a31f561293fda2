import { randomUUID } from 'node:crypto';
import { AppError, fail, ok, type Result } from '../../../../shared/result';
import { accountKey, identityPrefix, VAULT_SERVICE } from './account-key';
import { loadKeytar, type KeychainBackend, type KeychainLoader } from './keychain-backend';
import { classifyKeychainError, keychainModuleError, type VaultOperation } from './keychain-errors';

export interface SecretVaultOptions {
  /** A backend, or a loader called on first use. Default: keytar, loaded lazily. */
  backend?: KeychainBackend | KeychainLoader;
  /** Keychain service name. Default `hatstand`; only tests should change it. */
  service?: string;
  /** For the wording of messages. Default `process.platform`. */
  platform?: NodeJS.Platform;
}

/** Marks the vault's own round-trip entries; never a UUID, so never an identity's prefix. */
const PROBE_PREFIX = 'hatstand-probe:';
/** Marks Hatstand's own secrets (no identity's): never a UUID, so deleteAllFor never takes one. */
const OWN_PREFIX = 'hatstand-own:';
const OWN_NAME = /^[a-z0-9][a-z0-9.-]{0,62}$/;

/**
 * API tokens and app passwords in the OS keychain, filed as
 * `<identity-uuid>:<site>:<handle>` under service `hatstand`.
 *
 * There is deliberately no fallback: when the keychain is locked or missing,
 * every call throws an AppError ('vault/locked' or 'vault/unavailable') and
 * nothing is written anywhere else. Secrets never appear in messages.
 */
export class SecretVault {
  private readonly service: string;
  private readonly platform: NodeJS.Platform;
  private readonly loader: KeychainLoader;
  private backend: Promise<KeychainBackend> | undefined;

  constructor(options: SecretVaultOptions = {}) {
    this.service = options.service ?? VAULT_SERVICE;
    this.platform = options.platform ?? process.platform;
    const given = options.backend;
    this.loader = typeof given === 'function' ? given : given ? async () => given : loadKeytar;
  }

  async set(identityId: string, site: string, handle: string, secret: string): Promise<void> {
    const account = accountKey({ identityId, site, handle });
    if (secret.length === 0) {
      throw new AppError('vault/empty-secret', 'There is no token or password to save. Paste it again, then try again.');
    }
    await this.call('save', (k) => k.setPassword(this.service, account, secret), [secret]);
  }

  /** The secret, or null when none is stored. Throws when the keychain cannot be asked. */
  async get(identityId: string, site: string, handle: string): Promise<string | null> {
    const account = accountKey({ identityId, site, handle });
    const found = await this.call('read', (k) => k.getPassword(this.service, account));
    if (found !== null) return found;
    // libsecret answers null (not an error) when the keyring is locked and no
    // unlock prompt could be shown; a round trip tells "absent" from "locked".
    await this.assertUsable('read');
    return null;
  }

  /** True when a secret was removed, false when there was none. */
  async delete(identityId: string, site: string, handle: string): Promise<boolean> {
    const account = accountKey({ identityId, site, handle });
    const removed = await this.call('remove', (k) => k.deletePassword(this.service, account));
    if (!removed) await this.assertUsable('remove'); // same silent-locked case as get()
    return removed;
  }

  /**
   * A secret of Hatstand's own, filed as `hatstand-own:<name>` (the post guard's digest key): the one stored, or
   * `create()`'s, stored first. Throws like every call when the keychain is locked or missing, and then stores nothing.
   * With `usable`, a stored entry it refuses (damaged, or written by hand under the name) is replaced by `create()`'s:
   * nothing was ever kept under a key that could not be used, so nothing is lost, and otherwise every run would fail
   * on it again and never keep anything.
   */
  async ownSecret(name: string, create: () => string, usable: (stored: string) => boolean = () => true): Promise<string> {
    if (!OWN_NAME.test(name)) throw new AppError('vault/invalid-key', 'Internal error: a name for one of Hatstand\u2019s own keychain entries must be lower-case letters, digits, dots or dashes.');
    const account = `${OWN_PREFIX}${name}`;
    const found = await this.call('read', (k) => k.getPassword(this.service, account));
    if (found !== null) return usable(found) ? found : this.storeOwn(account, create());
    // A locked keyring answers null too (the person dismissed the unlock prompt, or the backend lists no item of a
    // locked collection): the probe tells, and its write is what shows the unlock prompt again. If the person unlocks
    // this time the probe succeeds, so the entry is read once more: a key only locked away is never replaced.
    await this.assertUsable('read');
    const unlocked = await this.call('read', (k) => k.getPassword(this.service, account));
    if (unlocked !== null && usable(unlocked)) return unlocked;
    return this.storeOwn(account, create());
  }

  private async storeOwn(account: string, made: string): Promise<string> {
    await this.call('save', (k) => k.setPassword(this.service, account, made), [made]);
    return made;
  }

  /** Removes every secret of one identity (used when the identity is removed). Returns how many. */
  async deleteAllFor(identityId: string): Promise<number> {
    const prefix = identityPrefix(identityId);
    // A locked keyring lists nothing rather than failing, which would make a
    // removal look complete while the secrets stay behind: check first.
    await this.assertUsable('remove');
    const all = await this.call('remove', (k) => k.findCredentials(this.service));
    const mine = all.filter((c) => c.account.toLowerCase().startsWith(prefix));
    let removed = 0;
    for (const { account } of mine) {
      if (await this.call('remove', (k) => k.deletePassword(this.service, account))) removed += 1;
    }
    return removed;
  }

  /**
   * Whether the keychain can really store and return a secret right now:
   * writes, reads back and removes a throwaway entry. On a locked desktop
   * keyring this is also what makes the system show its unlock prompt.
   */
  async probe(): Promise<Result<true>> {
    try {
      await this.assertUsable('check');
      return ok(true);
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message);
      throw err;
    }
  }

  private async assertUsable(operation: VaultOperation): Promise<void> {
    const account = `${PROBE_PREFIX}${randomUUID()}`;
    const value = randomUUID();
    await this.call(operation, (k) => k.setPassword(this.service, account, value), [value]);
    try {
      const back = await this.call(operation, (k) => k.getPassword(this.service, account), [value]);
      if (back !== value) {
        throw new AppError(
          'vault/unavailable',
          'Your system keychain accepted a test entry but did not give it back. Check that your keyring works (for example in Passwords and Keys), then try again.',
        );
      }
    } finally {
      await this.call(operation, (k) => k.deletePassword(this.service, account)).catch(() => undefined);
    }
  }

  private async keychain(operation: VaultOperation): Promise<KeychainBackend> {
    this.backend ??= this.loader();
    try {
      return await this.backend;
    } catch (err) {
      this.backend = undefined; // let a later call try again (e.g. after a rebuild)
      throw keychainModuleError(err, operation);
    }
  }

  private async call<T>(
    operation: VaultOperation,
    fn: (k: KeychainBackend) => Promise<T>,
    secrets: readonly string[] = [],
  ): Promise<T> {
    const k = await this.keychain(operation);
    try {
      return await fn(k);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw classifyKeychainError(err, { operation, platform: this.platform, secrets });
    }
  }
}
