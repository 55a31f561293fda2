/**
 * Runs one vault operation in a fresh process and prints the outcome as JSON
 * on the last line of stdout. A child process is needed because libsecret
 * keeps one D-Bus connection per process: the environment (which bus, which
 * keyring) can only be changed by starting a new process.
 *
 * argv: <operation: set|get|delete|deleteAllFor|probe> <identityId> <secret>
 */
import { SecretVault } from '../../../../electron/main/services/vault';
import { AppError } from '../../../../shared/result';

const [operation, identityId = '', secret = ''] = process.argv.slice(2);
const vault = new SecretVault();

async function run(): Promise<unknown> {
  switch (operation) {
    case 'set':
      return vault.set(identityId, 'mastodon', 'ada@example.social', secret);
    case 'get':
      return vault.get(identityId, 'mastodon', 'ada@example.social');
    case 'delete':
      return vault.delete(identityId, 'mastodon', 'ada@example.social');
    case 'deleteAllFor':
      return vault.deleteAllFor(identityId);
    case 'probe':
      return vault.probe();
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

run().then(
  (value) => console.log(JSON.stringify({ ok: true, value: value ?? null })),
  (err: unknown) => {
    const e = err instanceof AppError ? err : new AppError('test/unexpected', String(err));
    console.log(JSON.stringify({ ok: false, code: e.code, message: e.message, cause: String((e.cause as Error | undefined)?.message ?? '') }));
  },
);
