/**
 * `npm start` (scripts/start.mjs) as it runs on Windows and on Ubuntu with
 * AppArmor. The script runs for real, with child_process recorded instead of
 * spawning: a build, then Electron.
 */
import type * as ChildProcess from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const spawned: Array<{ command: string; args: readonly string[]; options: SpawnSyncOptions }> = [];
let outcomes: Array<{ status: number | null; signal: NodeJS.Signals | null }> = [];
vi.mock('node:child_process', async (importOriginal) => ({
  ...(await importOriginal<typeof ChildProcess>()),
  spawnSync: (command: string, args: readonly string[], options: SpawnSyncOptions) => {
    spawned.push({ command, args, options });
    return outcomes.shift() ?? { status: 0, signal: null };
  },
}));
let advice: string | null = null;
const adviceAsked: Array<{ sandboxHelper: string }> = [];
vi.mock('../../../scripts/linux-sandbox.mjs', () => ({
  linuxSandboxAdvice: (options: { sandboxHelper: string }) => {
    adviceAsked.push(options);
    return advice;
  },
}));

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`process.exit(${code})`);
  }
}

const real = { platform: process.platform, execPath: process.execPath, electron: process.env.HATSTAND_ELECTRON };
const WINDOWS_NODE = 'C:\\Program Files\\nodejs\\node.exe';
const START = join(__dirname, '../../../scripts/start.mjs');

/** Runs scripts/start.mjs to its process.exit and returns the exit code. */
async function npmStart(): Promise<number | undefined> {
  vi.resetModules();
  try {
    await import(/* @vite-ignore */ START);
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
  throw new Error('scripts/start.mjs ended without process.exit');
}

beforeEach(() => {
  spawned.length = 0;
  adviceAsked.length = 0;
  outcomes = [];
  advice = null;
  // An Electron binary that exists (any file does: nothing is spawned for real).
  process.env.HATSTAND_ELECTRON = real.execPath;
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Exit(typeof code === 'number' ? code : undefined);
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  Object.defineProperty(process, 'platform', { value: real.platform });
  process.execPath = real.execPath;
  if (real.electron === undefined) delete process.env.HATSTAND_ELECTRON;
  else process.env.HATSTAND_ELECTRON = real.electron;
  vi.restoreAllMocks();
});

describe('npm start on Windows (issue 8 item 2)', () => {
  it('runs Node from C:\\Program Files without a shell, so the path with a space stays one path', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    process.execPath = WINDOWS_NODE;
    expect(await npmStart()).toBe(0);
    const node = spawned.filter((s) => s.command === WINDOWS_NODE);
    expect(node.length).toBeGreaterThan(0);
    for (const call of node) expect(call.options.shell ?? false, `${call.args.join(' ')} must not go through a shell`).toBe(false);
    // The build, then the app itself (also without a shell), in that order.
    expect(node[0]!.args[0]).toMatch(/electron-vite[\\/]bin[\\/]electron-vite\.js$/);
    expect(node[0]!.args[1]).toBe('build');
    const app = spawned.at(-1)!;
    expect(app.command).toBe(real.execPath);
    expect(app.options.shell ?? false).toBe(false);
  });

  it('passes the app its arguments unchanged and stops when the build fails', async () => {
    const argv = process.argv;
    process.argv = [argv[0]!, 'start.mjs', '--identity', 'Dr Ada'];
    try {
      expect(await npmStart()).toBe(0);
      expect(spawned.at(-1)!.args).toEqual(['.', '--identity', 'Dr Ada']);
      spawned.length = 0;
      outcomes = [{ status: 2, signal: null }];
      expect(await npmStart()).toBe(2);
      expect(spawned).toHaveLength(1); // no app after a failed build
    } finally {
      process.argv = argv;
    }
  });
});

describe('npm start where the sandbox cannot start (issue 8 item 10)', () => {
  it('after Electron aborts, ends with the one-sentence fix for chrome-sandbox', async () => {
    advice = 'Electron cannot start its sandbox here; fix it once with: sudo chown root:root x && sudo chmod 4755 x';
    outcomes = [{ status: 0, signal: null }, { status: null, signal: 'SIGTRAP' }];
    expect(await npmStart()).toBe(1);
    expect(adviceAsked).toEqual([{ sandboxHelper: expect.stringMatching(/chrome-sandbox$/) }]);
    expect(vi.mocked(console.error).mock.calls.at(-1)?.[0]).toBe(`\n${advice}`);
  });

  it('says nothing when Electron ran and closed normally', async () => {
    advice = 'would be wrong to print';
    expect(await npmStart()).toBe(0);
    expect(adviceAsked).toEqual([]);
    expect(console.error).not.toHaveBeenCalled();
  });
});
