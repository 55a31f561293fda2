import { AppError } from '../../../../shared/result';
import type { ConnectedAccounts } from '../accounts';
import type { Store } from '../store';
import type { SecretVault } from '../vault';
import { afterCommit, type FollowUpReporter } from '../after-commit';
import type { WindowsPort } from './ports';
import { notePartitionToDelete } from '../removed-partitions';

export interface RemoveIdentityDeps {
  store: Store;
  windows: WindowsPort;
  accounts: ConnectedAccounts;
  vault: SecretVault;
  /** Keychain secrets the identity keeps besides its accounts' (the proxy's user name and password). */
  otherSecrets?: { kept(identityId: string): boolean; remove(identityId: string): Promise<void> };
  /** Lets go of what the identity holds outside the store (the network's pooled connections); a failure is only reported. */
  release?(identityId: string): Promise<void>;
  onRemoved(): void;
  report: FollowUpReporter;
}

/**
 * Removes an identity in the order that keeps every answer true. Each step
 * can fail, and the message then says exactly what state things are in:
 * 1. the keychain is checked (only when the identity keeps secrets there:
 *    account tokens, a proxy password): if it cannot be reached, nothing was
 *    changed;
 * 2. its windows close and its partition is wiped (cookies, storage, cache):
 *    if that fails, the identity, its accounts and secrets are all kept;
 *    then its pooled network connections close;
 * 3. its secrets leave the keychain: if that fails, the browsing data is
 *    gone but the identity is kept, so it can be removed again;
 * 4. its rows leave the store, in one transaction (the log keeps its history).
 * Before, secrets and account rows went first, and a failing wipe answered
 * "Nothing was changed" with the secrets already deleted.
 */
export async function removeIdentity(deps: RemoveIdentityDeps, identityId: string): Promise<void> {
  const { store } = deps;
  const { name } = store.identities.get(identityId); // a clear not-found before anything is touched
  const hasAccounts = store.accounts.list(identityId).length > 0;
  const hasOtherSecrets = deps.otherSecrets?.kept(identityId) === true;
  if (hasAccounts || hasOtherSecrets) {
    const usable = await deps.vault.probe();
    if (!usable.ok) throw new AppError(usable.error.code, `${name} was not removed and nothing was changed: ${usable.error.message}`);
  }
  try {
    await deps.windows.identityRemoved(identityId);
  } catch {
    throw new AppError(
      'identities/wipe-failed',
      `Hatstand could not clear ${name}\u2019s browsing data, so ${name} and its accounts were kept; close its windows and try removing it again.`,
    );
  }
  try {
    await deps.release?.(identityId);
  } catch (error) {
    deps.report('Closing the network connections', error);
  }
  if (hasAccounts || hasOtherSecrets) {
    try {
      if (hasAccounts) await deps.accounts.removeIdentity(identityId);
      if (hasOtherSecrets) await deps.otherSecrets!.remove(identityId);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'vault/unavailable';
      throw new AppError(
        code,
        `${name}\u2019s browsing data was cleared, but its saved passwords could not be removed from the keychain, so ${name} was kept; unlock the keychain and remove it again.`,
      );
    }
  }
  store.identities.remove(identityId);
  // Its partition folder goes at the next start, once no session holds it (removed-partitions.ts).
  afterCommit(deps.report, 'Noting the browsing data folder to delete', () => notePartitionToDelete(store.settings, identityId));
  afterCommit(deps.report, 'Refreshing after the removal', deps.onRemoved);
}
