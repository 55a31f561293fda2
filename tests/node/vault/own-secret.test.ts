import { describe, expect, it } from 'vitest';
import { SecretVault, VAULT_SERVICE, type KeychainBackend } from '../../../electron/main/services/vault';
import { MemoryKeychain } from '../support/app-services';

describe("the vault's own secrets (the post guard's digest key)", () => {
  it('makes one on first use under hatstand-own:<name>, then gives the same one back, and no identity removal takes it', async () => {
    const keychain = new MemoryKeychain();
    const vault = new SecretVault({ backend: keychain });
    let made = 0;
    const create = () => `key-${++made}`;
    expect(await vault.ownSecret('post-guard.refused-key', create)).toBe('key-1');
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', create)).toBe('key-1');
    expect(made).toBe(1);
    expect([...keychain.secrets.keys()]).toEqual([`${VAULT_SERVICE}/hatstand-own:post-guard.refused-key`]);
    await vault.deleteAllFor('0b8e1c0d-3a2b-4c5d-8e9f-1a2b3c4d5e6f');
    expect(keychain.secrets.size).toBe(1);
    await expect(vault.ownSecret('Not A Name', create)).rejects.toMatchObject({ code: 'vault/invalid-key' });
  });

  it('throws, storing nothing, when the keychain is locked (reads say null, writes fail), so a locked key is never replaced', async () => {
    const written: string[] = [];
    const locked: KeychainBackend = {
      getPassword: async () => null,
      setPassword: async (_service, account) => {
        written.push(account);
        throw new Error('Cannot create an item in a locked collection');
      },
      deletePassword: async () => false,
      findCredentials: async () => [],
    };
    await expect(new SecretVault({ backend: locked }).ownSecret('post-guard.refused-key', () => 'new')).rejects.toMatchObject({ code: 'vault/locked' });
    expect(written.filter((a) => a.startsWith('hatstand-own:'))).toEqual([]);
  });

  it('reads the entry again once the probe unlocked the keyring, so a key that was only locked away is kept (gl1 review D1)', async () => {
    const keychain = new MemoryKeychain();
    keychain.secrets.set(`${VAULT_SERVICE}/hatstand-own:post-guard.refused-key`, 'old');
    keychain.locked = true;
    keychain.unlockOnWrite = true; // (the person types the password at the probe's prompt)
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'new')).toBe('old');
    expect(keychain.secrets.get(`${VAULT_SERVICE}/hatstand-own:post-guard.refused-key`)).toBe('old');
    expect(keychain.writes.filter((a) => a.startsWith('hatstand-own:'))).toEqual([]);
  });

  it('makes one when the unlocked keyring really has none, and throws when the person leaves it locked', async () => {
    const keychain = new MemoryKeychain();
    keychain.locked = true;
    await expect(new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'new')).rejects.toMatchObject({ code: 'vault/locked' });
    expect(keychain.secrets.size).toBe(0);
    keychain.unlockOnWrite = true;
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'new')).toBe('new');
    expect(keychain.secrets.get(`${VAULT_SERVICE}/hatstand-own:post-guard.refused-key`)).toBe('new');
  });
  it('replaces a stored entry the caller cannot use (damaged, or written by hand), and keeps one it can', async () => {
    const keychain = new MemoryKeychain();
    const entry = `${VAULT_SERVICE}/hatstand-own:post-guard.refused-key`;
    const hex = (s: string) => /^[0-9a-f]{4}$/.test(s);
    keychain.secrets.set(entry, 'not hex at all');
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'beef', hex)).toBe('beef');
    expect(keychain.secrets.get(entry)).toBe('beef');
    // The next run keeps it.
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'cafe', hex)).toBe('beef');
    // The same on a keyring that was locked until the probe's prompt: read again, found unusable, replaced.
    keychain.secrets.set(entry, 'damaged');
    keychain.locked = true;
    keychain.unlockOnWrite = true;
    expect(await new SecretVault({ backend: keychain }).ownSecret('post-guard.refused-key', () => 'f00d', hex)).toBe('f00d');
    expect(keychain.secrets.get(entry)).toBe('f00d');
  });
});
