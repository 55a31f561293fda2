import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretVault, classifyKeychainError, type KeychainBackend } from '../../../electron/main/services/vault';

// Wording and edge cases that the real gnome-keyring cannot produce on this
// machine (macOS and Windows messages, a keychain that echoes the secret, a
// native module that fails to load), through the vault's injectable backend.

const id = randomUUID();

function throwing(message: string): KeychainBackend {
  const fail = async (): Promise<never> => {
    throw new Error(message);
  };
  return { getPassword: fail, setPassword: fail, deletePassword: fail, findCredentials: fail };
}

describe('keychain error messages', () => {
  it.each([
    ['Cannot create an item in a locked collection', 'linux', 'vault/locked', /Unlock your login keyring/],
    ['User interaction is not allowed.', 'darwin', 'vault/locked', /Keychain Access/],
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'linux', 'vault/unavailable', /install gnome-keyring/],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'linux', 'vault/unavailable', /no login keyring/],
    ['Something nobody expected', 'win32', 'vault/unavailable', /Windows Credential Manager/],
  ] as const)('%s (%s) -> %s', (raw, platform, code, advice) => {
    const e = classifyKeychainError(new Error(raw), { operation: 'save', platform });
    expect(e.code).toBe(code);
    expect(e.message).toMatch(advice);
    expect(e.message).toMatch(/Nothing was saved\./);
    expect(e.message).not.toContain(raw); // system text stays in `cause`
  });

  it('never puts the secret in a message, even when the keychain echoes it', async () => {
    const secret = `tok-${randomUUID()}`;
    const vault = new SecretVault({ backend: throwing(`locked collection; value was ${secret}`), platform: 'linux' });
    const err = await vault.set(id, 'mastodon', 'ada@example.social', secret).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error,
    );
    expect(err).toMatchObject({ code: 'vault/locked' });
    expect(err.message).not.toContain(secret);
    expect(String((err.cause as Error).message)).not.toContain(secret);
    expect(JSON.stringify(err)).not.toContain(secret);
  });

  it('a keychain module that cannot load is vault/unavailable, and is retried on the next call', async () => {
    let attempts = 0;
    const vault = new SecretVault({
      backend: async () => {
        attempts += 1;
        throw new Error('Module did not self-register: keytar.node');
      },
    });
    await expect(vault.get(id, 'bluesky', 'ada.bsky.social')).rejects.toMatchObject({ code: 'vault/unavailable' });
    await expect(vault.probe()).resolves.toMatchObject({ ok: false, error: { code: 'vault/unavailable' } });
    expect(attempts).toBe(2);
  });

  it('get() does not mistake a silently locked keyring (null answers) for "no secret"', async () => {
    // libsecret's behaviour on a locked keyring without a prompter: reads say
    // null, writes fail.
    const backend: KeychainBackend = {
      getPassword: async () => null,
      setPassword: async () => {
        throw new Error('Cannot create an item in a locked collection');
      },
      deletePassword: async () => false,
      findCredentials: async () => [],
    };
    const vault = new SecretVault({ backend });
    await expect(vault.get(id, 'bluesky', 'ada.bsky.social')).rejects.toMatchObject({ code: 'vault/locked' });
    await expect(vault.delete(id, 'bluesky', 'ada.bsky.social')).rejects.toMatchObject({ code: 'vault/locked' });
    await expect(vault.deleteAllFor(id)).rejects.toMatchObject({ code: 'vault/locked' });
  });
});
