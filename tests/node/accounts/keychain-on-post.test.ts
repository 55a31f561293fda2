import { describe, expect, it } from 'vitest';
import { ConnectedAccounts, newPostKey, type AccountMetadataStore } from '../../../electron/main/services/accounts';
import { classifyKeychainError, type SecretVault } from '../../../electron/main/services/vault';
import { boundedSentence } from '../../../shared/ipc/human-errors';
import { mastodonAccount } from './support/account-meta';

/** A keychain that fails as the system's do when a post reads its secret (classified as secret-vault.ts does). */
function postingWith(raw: string, platform: NodeJS.Platform) {
  const meta = mastodonAccount('id-1');
  const store: AccountMetadataStore = { add: () => {}, remove: () => {}, list: () => [meta] };
  const vault = {
    get: async () => {
      throw classifyKeychainError(new Error(raw), { operation: 'read', platform });
    },
  } as unknown as SecretVault;
  return new ConnectedAccounts({ vault, store }).postFrom({ identityId: 'id-1', site: 'mastodon', handle: meta.handle, text: 'Hello', postKey: newPostKey() });
}

describe('a keychain that fails when a post reads its secret', () => {
  it('says what happened and that nothing was posted, whole (it used to be cut mid-word past 300 characters)', async () => {
    const cases: Array<[string, NodeJS.Platform]> = [
      ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'linux'],
      ['No such interface "org.freedesktop.Secret.Collection"', 'linux'],
      ['Object does not exist at path "/org/freedesktop/secrets/collection/login"', 'linux'],
      ['Some other keychain failure', 'linux'],
      ['The specified item is locked', 'darwin'],
    ];
    for (const [raw, platform] of cases) {
      const error = await postingWith(raw, platform).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message, raw).toMatch(/Nothing was posted; your draft is kept\.$/);
      expect(error!.message).not.toContain('Your connected accounts are unchanged');
      // As the router shows it: whole, not shortened.
      expect(boundedSentence(error!.message), raw).toBe(error!.message);
    }
  });
});
