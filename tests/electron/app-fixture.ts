import { _electron as electron, type ElectronApplication } from 'playwright';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Launches the built app on a throw-away profile. The binary path comes from
 * scripts/test-electron.mjs (never from require('electron')).
 */
export interface LaunchedApp {
  app: ElectronApplication;
  /** Runs `hatstand <args>` again on the same profile, as a person would from a terminal; resolves with its exit code. */
  again(args: string[]): Promise<number | null>;
  close(): Promise<void>;
}

export async function launchApp(args: string[] = []): Promise<LaunchedApp> {
  const executablePath = process.env.HATSTAND_ELECTRON;
  if (!executablePath) throw new Error('Run these specs with `npm run test:electron`, which finds the Electron binary.');
  const userData = mkdtempSync(join(tmpdir(), 'hatstand-e2e-'));
  // Chromium refuses to run as root with its OS sandbox; that flag only
  // affects this test process, the app's sandbox web preferences are unchanged.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    executablePath,
    args: [...rootFlags, resolve(__dirname, '../..'), ...args],
    env: { ...process.env, HATSTAND_E2E_USER_DATA: userData },
  });
  return {
    app,
    again: (more) =>
      new Promise((done, fail) => {
        const child = spawn(executablePath, [...rootFlags, resolve(__dirname, '../..'), ...more], {
          env: { ...process.env, HATSTAND_E2E_USER_DATA: userData },
          stdio: 'ignore',
        });
        child.on('error', fail);
        child.on('exit', (code) => done(code));
      }),
    close: async () => {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
