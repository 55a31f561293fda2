import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The unhappy paths, for real: each case starts a fresh process whose D-Bus
// environment has no bus, a bus without a Secret Service, or a locked keyring.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const child = fileURLToPath(new URL('./support/vault-child.ts', import.meta.url));
const SECRET = `very-secret-${randomUUID()}`;

interface ChildOutcome {
  ok: boolean;
  code?: string;
  message?: string;
  cause?: string;
  value?: unknown;
  raw: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: repoRoot, env, timeout: 30_000 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve({ ...(JSON.parse(last) as Omit<ChildOutcome, 'raw'>), raw: stdout + stderr });
      } catch {
        reject(new Error(`child gave no JSON outcome (${error?.message ?? 'no error'}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const vaultArgs = (op: string, id = randomUUID()) => ['--import', 'tsx', child, op, id, SECRET];

/** An environment with no usable session bus and nothing to autolaunch one with. */
function noBusEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${join(tempDir('hatstand-nobus-'), 'bus')}`;
  return env;
}

function expectNoSecret(outcome: ChildOutcome): void {
  expect(outcome.message ?? '').not.toContain(SECRET);
  expect(outcome.cause ?? '').not.toContain(SECRET);
  expect(outcome.raw).not.toContain(SECRET);
}

beforeAll(() => {
  for (const bin of ['/usr/bin/dbus-run-session', '/usr/bin/gnome-keyring-daemon']) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: install the dbus and gnome-keyring packages to run the vault tests.`);
  }
});

describe('SecretVault when the keychain cannot be used (real keytar, separate processes)', () => {
  it('no D-Bus session: every operation says vault/unavailable and what to do', async () => {
    const env = noBusEnv();
    for (const op of ['set', 'get', 'delete', 'deleteAllFor']) {
      const outcome = await run(process.execPath, vaultArgs(op), env);
      expect(outcome, op).toMatchObject({ ok: false, code: 'vault/unavailable' });
      expect(outcome.message).toMatch(/could not reach your system keychain \(Secret Service\)/);
      expect(outcome.message).toMatch(/install gnome-keyring/);
      expectNoSecret(outcome);
    }
    const set = await run(process.execPath, vaultArgs('set'), env);
    expect(set.message).toMatch(/Nothing was saved\./);
  });

  it('probe reports the same as a Result instead of throwing', async () => {
    const outcome = await run(process.execPath, vaultArgs('probe'), noBusEnv());
    expect(outcome.ok).toBe(true); // the child itself did not throw
    expect(outcome.value).toMatchObject({ ok: false, error: { code: 'vault/unavailable' } });
  });

  it('a session bus with no Secret Service on it: vault/unavailable', async () => {
    const dir = tempDir('hatstand-bus-');
    const config = join(dir, 'session.conf');
    // A session bus with no service directories, so nothing can be activated.
    writeFileSync(
      config,
      `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${dir}</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`,
    );
    const outcome = await run('dbus-run-session', ['--config-file', config, '--', process.execPath, ...vaultArgs('set')], process.env);
    expect(outcome).toMatchObject({ ok: false, code: 'vault/unavailable' });
    expect(outcome.message).toMatch(/Nothing was saved\./);
    expectNoSecret(outcome);
  });

  it('a locked login keyring: vault/locked, and get/deleteAllFor do not pretend it is empty', async () => {
    const dataHome = tempDir('hatstand-locked-');
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: dataHome };
    delete env.DISPLAY;
    // First session: create a login keyring with a password and store a
    // secret in it. Second session: the daemon loads that keyring but nobody
    // unlocks it, as after a desktop login without the keyring's password.
    const id = randomUUID();
    const created = await run(
      'dbus-run-session',
      ['--', 'bash', '-c', 'printf hatstand-locked | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" "$@"', process.execPath, ...vaultArgs('set', id)],
      env,
    );
    expect(created).toMatchObject({ ok: true });
    expect(existsSync(join(dataHome, 'keyrings', 'login.keyring'))).toBe(true);

    for (const op of ['set', 'get', 'deleteAllFor']) {
      const outcome = await run('dbus-run-session', ['--', process.execPath, ...vaultArgs(op, id)], env);
      expect(outcome, op).toMatchObject({ ok: false, code: 'vault/locked' });
      expect(outcome.message).toMatch(/is locked\. Unlock your login keyring/);
      expectNoSecret(outcome);
    }
  });
});
