import { SecretVault } from '../../../../electron/main/services/vault';

/** How to launch these tests; printed whenever the keyring is not there. */
export const HOW_TO_RUN = [
  'These tests use the REAL keytar against a running Secret Service (gnome-keyring) with an unlocked login keyring.',
  'Run them inside a private D-Bus session with a throwaway keyring, for example:',
  `  dbus-run-session -- bash -c 'export XDG_DATA_HOME="$(mktemp -d)"; printf hatstand-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && npx vitest run tests/node/vault tests/node/accounts'`,
  '(The password must be non-empty: with an empty one gnome-keyring cannot create the login keyring without a prompt.',
  ' XDG_DATA_HOME keeps the test keyring away from your own ~/.local/share/keyrings.)',
].join('\n');

/**
 * Fails (never skips) when no usable keyring is reachable, so a missing
 * keyring session cannot pass as a green run.
 */
export async function requireRealKeyring(): Promise<void> {
  const status = await new SecretVault().probe();
  if (!status.ok) {
    throw new Error(`No usable system keyring (${status.error.code}: ${status.error.message})\n\n${HOW_TO_RUN}`);
  }
}
