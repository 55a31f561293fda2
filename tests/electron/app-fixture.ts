import { expect, type Page } from '@playwright/test';
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

/**
 * Opens an identity's window from the launcher, adds a local test site (plain
 * http on 127.0.0.1) from that window, and shows it there: `sites:add` is the
 * identity window's alone (window kinds, shared/ipc/contract.ts), and sites
 * are https only unless the person allows http for the host (`allowHttp`).
 */
export async function openIdentityOn(
  app: ElectronApplication,
  name: string,
  homeUrl: string,
  label = 'Test',
): Promise<{ identityId: string; siteId: string; chrome: Page }> {
  const launcher = await app.firstWindow();
  const identityId = await launcher.evaluate(async (name) => {
    const list = await window.hatstand.identities.list({});
    if (!list.ok) throw new Error(list.error.message);
    const identity = list.value.find((i) => i.name === name);
    if (!identity) throw new Error(`No identity called ${name}.`);
    const opened = await window.hatstand.windows.openIdentity({ identityId: identity.id });
    if (!opened.ok) throw new Error(opened.error.message);
    return identity.id;
  }, name);
  const chrome = await chromeOf(app, identityId);
  const siteId = await addTestSite(chrome, identityId, homeUrl, label);
  const shown = await chrome.evaluate(({ identityId, siteId }) => window.hatstand.chrome.showSite({ identityId, siteId }), { identityId, siteId });
  if (!shown.ok) throw new Error(shown.error.message);
  return { identityId, siteId, chrome };
}

/** The chrome page of an identity's window, once it has loaded. */
export async function chromeOf(app: ElectronApplication, identityId: string): Promise<Page> {
  await expect.poll(() => app.windows().some((w) => w.url().includes(identityId))).toBe(true);
  const chrome = app.windows().find((w) => w.url().includes(identityId))!;
  await chrome.waitForFunction(() => 'hatstand' in window);
  return chrome;
}

/** Adds a plain-http test site from the identity's own window, allowing http for its host; returns the site's id. */
export async function addTestSite(chrome: Page, identityId: string, homeUrl: string, label = 'Test'): Promise<string> {
  return chrome.evaluate(
    async ({ identityId, homeUrl, label }) => {
      const added = await window.hatstand.sites.add({ identityId, label, homeUrl, allowHttp: true });
      if (!added.ok) throw new Error(added.error.message);
      return added.value.id;
    },
    { identityId, homeUrl, label },
  );
}
