import { randomUUID } from 'node:crypto';
import keytar from 'keytar';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SecretVault, VAULT_SERVICE } from '../../../electron/main/services/vault';
import { AppError } from '../../../shared/result';
import { requireRealKeyring } from './support/keyring';

// Real keytar, real gnome-keyring: see support/keyring.ts for how to run.
beforeAll(requireRealKeyring);

const used: string[] = [];
function identity(): string {
  const id = randomUUID();
  used.push(id);
  return id;
}

afterEach(async () => {
  const vault = new SecretVault();
  for (const id of used.splice(0)) await vault.deleteAllFor(id);
});

describe('SecretVault on the real keychain', () => {
  it('stores a secret under service hatstand, account <identity>:<site>:<handle>', async () => {
    const vault = new SecretVault();
    const id = identity();
    await vault.set(id, 'mastodon', 'ada@example.social', 'tok-1');

    expect(await vault.get(id, 'mastodon', 'ada@example.social')).toBe('tok-1');
    // Look behind the vault, straight into the keychain.
    expect(await keytar.getPassword(VAULT_SERVICE, `${id}:mastodon:ada@example.social`)).toBe('tok-1');
    const accounts = (await keytar.findCredentials(VAULT_SERVICE)).map((c) => c.account);
    expect(accounts).toContain(`${id}:mastodon:ada@example.social`);
  });

  it('answers null for a secret that was never stored (keyring unlocked)', async () => {
    expect(await new SecretVault().get(identity(), 'bluesky', 'nobody.bsky.social')).toBeNull();
  });

  it('overwrites, and keeps unicode and long secrets intact', async () => {
    const vault = new SecretVault();
    const id = identity();
    const long = `pässwörd-🔑-${'x'.repeat(2000)}`;
    await vault.set(id, 'bluesky', 'ada.bsky.social', 'first');
    await vault.set(id, 'bluesky', 'ada.bsky.social', long);
    expect(await vault.get(id, 'bluesky', 'ada.bsky.social')).toBe(long);
  });

  it('deletes one secret and reports whether there was one', async () => {
    const vault = new SecretVault();
    const id = identity();
    await vault.set(id, 'bluesky', 'ada.bsky.social', 'app-pass');
    expect(await vault.delete(id, 'bluesky', 'ada.bsky.social')).toBe(true);
    expect(await vault.delete(id, 'bluesky', 'ada.bsky.social')).toBe(false);
    expect(await vault.get(id, 'bluesky', 'ada.bsky.social')).toBeNull();
  });

  it('deleteAllFor removes every secret of that identity and no other', async () => {
    const vault = new SecretVault();
    const gone = identity();
    const kept = identity();
    await vault.set(gone, 'mastodon', 'ada@example.social', 'a');
    await vault.set(gone, 'bluesky', 'ada.bsky.social', 'b');
    await vault.set(kept, 'mastodon', 'ada@example.social', 'c');

    expect(await vault.deleteAllFor(gone)).toBe(2);
    expect(await vault.get(gone, 'mastodon', 'ada@example.social')).toBeNull();
    expect(await vault.get(gone, 'bluesky', 'ada.bsky.social')).toBeNull();
    expect(await vault.get(kept, 'mastodon', 'ada@example.social')).toBe('c');
    const left = (await keytar.findCredentials(VAULT_SERVICE)).filter((c) => c.account.startsWith(gone));
    expect(left).toEqual([]);
  });

  it('probe says the keychain is usable and leaves no probe entry behind', async () => {
    const vault = new SecretVault();
    expect(await vault.probe()).toEqual({ ok: true, value: true });
    const probes = (await keytar.findCredentials(VAULT_SERVICE)).filter((c) => c.account.startsWith('hatstand-probe:'));
    expect(probes).toEqual([]);
  });

  it('refuses keys that could collide with another identity, and empty secrets', async () => {
    const vault = new SecretVault();
    const id = identity();
    await expect(vault.set('not-a-uuid', 'mastodon', 'ada', 's')).rejects.toMatchObject({ code: 'vault/invalid-key' });
    await expect(vault.set(id, 'mastodon', 'ada:evil', 's')).rejects.toMatchObject({ code: 'vault/invalid-key' });
    await expect(vault.set(id, 'Mast odon', 'ada', 's')).rejects.toMatchObject({ code: 'vault/invalid-key' });
    await expect(vault.set(id, 'mastodon', 'ada', '')).rejects.toBeInstanceOf(AppError);
    await expect(vault.set(id, 'mastodon', 'ada', '')).rejects.toMatchObject({ code: 'vault/empty-secret' });
  });
});
