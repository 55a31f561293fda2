import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Certificate } from 'electron';
import { denyAllPermissions, installSafetyNet, netRefusesNavigation } from '../../../electron/main/security/safety-net';
import { runStartup, sandboxOffRefusal, STARTUP_FAILURE_TITLE } from '../../../electron/main/startup';
import { UserActivation } from '../../../electron/main/session/user-activation';
import { openStore } from '../../../electron/main/services/store';
import { MAX_MESSAGE_LENGTH } from '../../../shared/ipc/human-errors';
import { createElectron, FakeEvent, type FakeWebContents } from '../../support/electron';

const PARTITION = 'persist:identity-3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const CERT = { subjectName: 'Ada Byrne', issuerName: 'Example CA' } as Certificate;

function withNet() {
  const electron = createElectron();
  const known = new WeakSet<object>([electron.session.defaultSession, electron.session.fromPartition(PARTITION)]);
  const unknown: number[] = [];
  installSafetyNet(electron.app, { isKnownSession: (s) => known.has(s as object), onUnknownSession: () => unknown.push(1) });
  return { electron, unknown };
}

// (The page's own main frame's, `frame` its mainFrame, as Electron tells them: electron_api_web_contents.cc, EmitNavigationEvent.)
const navigates = (contents: FakeWebContents, url: string) =>
  !contents.emitPreventable('will-navigate', { url, isMainFrame: true, frame: contents.mainFrame }, url).defaultPrevented;
const frameNavigates = (contents: FakeWebContents, url: string) => !contents.emitPreventable('will-frame-navigate', { url, isMainFrame: false }).defaultPrevented;
const redirects = (contents: FakeWebContents, url: string) =>
  !contents.emitPreventable('will-redirect', { url, isMainFrame: true, frame: contents.mainFrame }, url).defaultPrevented;

describe('the web-contents-created safety net (issue 12)', () => {
  it('hardens a web contents Hatstand did not create: no window.open, no webview, web-only navigation', () => {
    const { electron, unknown } = withNet();
    const stray = electron.world.newContents('persist:somewhere-else', 'browserView');
    expect(stray.windowOpen('https://evil.example/').outcome).toBe('denied');
    expect(stray.emitPreventable('will-attach-webview').defaultPrevented).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'chrome://gpu', 'ms-settings:', 'app://hatstand.evil/']) {
      expect(navigates(stray, url), url).toBe(false);
      expect(frameNavigates(stray, url), url).toBe(false);
      expect(redirects(stray, url), url).toBe(false);
    }
    expect(navigates(stray, 'https://example.com/')).toBe(true);
    expect(navigates(stray, 'app://hatstand/index.html?view=launcher')).toBe(true);
    expect(unknown).toHaveLength(1);
  });

  it('cancels every Web Bluetooth request, even once another listener is added (Electron then picks the first device)', async () => {
    const nearby = [{ deviceId: 'AA:BB', deviceName: 'Heart rate strap' }];
    // Electron cancels while it alone listens; a listener that does not prevent the default lets it pick.
    const bare = createElectron();
    const alone = bare.world.newContents(PARTITION, 'browserView');
    expect(await alone.requestBluetoothDevice(nearby)).toBe('cancelled');
    alone.on('select-bluetooth-device', () => {});
    expect(await alone.requestBluetoothDevice(nearby)).toBe('AA:BB');
    const { electron } = withNet();
    for (const page of [electron.world.newContents(PARTITION, 'browserView'), electron.world.newContents('persist:somewhere-else', 'browserView')]) {
      page.on('select-bluetooth-device', () => {});
      expect(await page.requestBluetoothDevice(nearby)).toBe('cancelled');
    }
  });

  it('refuses every permission in a session Hatstand did not configure (Electron grants them by default)', async () => {
    const bare = createElectron();
    const page = bare.world.newContents('persist:somewhere-else', 'browserView');
    expect(await bare.session.fromPartition('persist:somewhere-else').requestPermission(page, 'media', 'https://x.com/')).toBe(true);

    const { electron } = withNet();
    const stray = electron.world.newContents('persist:somewhere-else', 'browserView');
    const session = electron.session.fromPartition('persist:somewhere-else');
    expect(await session.requestPermission(stray, 'media', 'https://x.com/')).toBe(false);
    expect(session.checkPermission(stray, 'notifications', 'https://x.com')).toBe(false);
  });

  it('leaves an identity session\u2019s own permission handler alone, and our own window-open handler wins', async () => {
    const { electron } = withNet();
    const session = electron.session.fromPartition(PARTITION);
    session.setPermissionRequestHandler((_c, permission, callback) => callback(permission === 'notifications'));
    const view = new electron.WebContentsView({ webPreferences: { partition: PARTITION } });
    expect(await session.requestPermission(view.webContents, 'notifications', 'https://x.com/')).toBe(true);
    view.webContents.setWindowOpenHandler(() => ({ action: 'allow' }));
    expect(view.webContents.windowOpen('https://x.com/compose').outcome).not.toBe('denied');
    expect(netRefusesNavigation('https://x.com/')).toBe(false);
  });

  it('loads a plain http page over https unless the person allowed http for its host', () => {
    const electron = createElectron();
    const identitySession = electron.session.fromPartition(PARTITION);
    installSafetyNet(electron.app, {
      isKnownSession: () => true,
      httpAllowed: (s, host) => (s === identitySession ? host === 'club.example' : null),
    });
    const view = new electron.WebContentsView({ webPreferences: { partition: PARTITION } });
    expect(navigates(view.webContents, 'http://news.example:80/a?b=1')).toBe(false);
    expect(view.webContents.loads.at(-1)).toMatchObject({ url: 'https://news.example/a?b=1', by: 'app' });
    expect(redirects(view.webContents, 'http://news.example/b')).toBe(false);
    expect(frameNavigates(view.webContents, 'http://ads.example/frame')).toBe(false);
    expect(navigates(view.webContents, 'http://club.example/')).toBe(true);
    expect(navigates(view.webContents, 'https://news.example/')).toBe(true);
    // An ad's fenced frame, told as a main frame (electron_api_web_contents.cc, EmitNavigationEvent: IsInMainFrame), is
    // refused its http address, never loaded over https in the page itself: not when it starts, nor when it redirects.
    const loads = view.webContents.loads.length;
    expect(view.webContents.fencedFrameNavigates('http://ads.example/creative/1')).toBe(false);
    expect(view.webContents.fencedFrameNavigates('https://ads.example/click', { redirectTo: 'http://ads.example/landing' })).toBe(false);
    expect(view.webContents.loads).toHaveLength(loads);
    // Our own pages have no http rule.
    const chrome = new electron.BrowserWindow({});
    expect(navigates(chrome.webContents, 'app://hatstand/index.html')).toBe(true);
  });

  it('gives the default session (our own pages) no permission at all', async () => {
    const electron = createElectron();
    denyAllPermissions(electron.session.defaultSession);
    const chrome = new electron.BrowserWindow({});
    for (const permission of ['media', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'geolocation']) {
      expect(await electron.session.defaultSession.requestPermission(chrome.webContents, permission, 'app://hatstand/index.html'), permission).toBe(false);
      expect(electron.session.defaultSession.checkPermission(chrome.webContents, permission, 'app://hatstand'), permission).toBe(false);
    }
    expect(electron.session.defaultSession.devicePermissionHandler?.({} as never)).toBe(false);
  });

  it('is the one web-contents-created listener, and the post guard\u2019s gesture tracking runs in it after the net', () => {
    const electron = createElectron();
    let now = 1_000;
    const activation = new UserActivation(() => now);
    const order: string[] = [];
    installSafetyNet<FakeWebContents>(electron.app, {
      isKnownSession: () => true,
      watchers: [
        (contents) => {
          // The net is already in place when the watchers run: window.open is refused until the creator says otherwise.
          order.push(contents.windowOpen('https://x.com/').outcome);
          activation.watch(contents);
        },
      ],
    });
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    const view = new electron.WebContentsView({ webPreferences: { partition: PARTITION } });
    expect(order).toEqual(['denied']);
    expect(activation.lastGestureAt(view.webContents.id)).toBeUndefined();
    now = 2_000;
    view.webContents.userInput('mouseDown');
    expect(activation.lastGestureAt(view.webContents.id)).toBe(2_000);
    // And the net holds for that contents: no file: navigation, no webview.
    expect(navigates(view.webContents, 'file:///etc/passwd')).toBe(false);
    expect(view.webContents.emitPreventable('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('never sends a client certificate on its own (it would tie every identity to one person)', () => {
    expect(createElectron().app.requestClientCertificate(null, 'https://bank.example/', [CERT])).toBe(CERT);
    const { electron } = withNet();
    expect(electron.app.requestClientCertificate(null, 'https://bank.example/', [CERT])).toBeUndefined();
  });
});

describe('every start-up failure ends in one dialog and an exit (issue 12)', () => {
  function damagedDatabase(): string {
    const dir = mkdtempSync(join(tmpdir(), 'hatstand-start-'));
    const file = join(dir, 'hatstand.db');
    const store = openStore(file);
    for (let i = 0; i < 2000; i++) store.activity.append({ kind: 'site.opened', summary: `Opened ${i} ${'y'.repeat(200)}` });
    store.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, Math.floor((bytes.length / pageSize) * 0.6) * pageSize, (Math.floor((bytes.length / pageSize) * 0.6) + 1) * pageSize);
    writeFileSync(file, bytes);
    return file;
  }

  it.each([
    ['a damaged data page in the database', (file: string) => () => void openStore(file).identities.list()],
    ['an unexpected exception', () => () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    }],
    ['a rejected promise', () => () => Promise.reject(new Error('keychain daemon went away'))],
  ])('%s', async (_what, make) => {
    const electron = createElectron();
    expect(electron.app.requestSingleInstanceLock()).toBe(true);
    electron.app.becomeReady();
    const started = await runStartup(make(damagedDatabase()), {
      showErrorBox: (title, content) => electron.dialog.showErrorBox(title, content),
      exit: (code) => electron.app.exit(code),
      log: () => {},
    });
    expect(started).toBe(false);
    expect(electron.world.errorBoxes).toHaveLength(1);
    const [box] = electron.world.errorBoxes;
    expect(box!.title).toBe(STARTUP_FAILURE_TITLE);
    expect(box!.content.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(box!.content).not.toMatch(/\n/);
    expect(electron.app.exitCode).toBe(1);
    // The next launch gets the lock: no window-less process is left holding it.
    const next = createElectron({ machine: electron.machine });
    expect(next.app.requestSingleInstanceLock()).toBe(true);
    expect(new FakeEvent().defaultPrevented).toBe(false);
  });
});

describe('a packaged Hatstand started with the sandbox switched off', () => {
  it('refuses to run, in one sentence that says how to start it', () => {
    const message = sandboxOffRefusal({ packaged: true, sandboxSwitchedOff: true });
    expect(message).toContain('--no-sandbox');
    expect(message!.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message, 'one sentence').not.toMatch(/[.!?]\s/);
    expect(sandboxOffRefusal({ packaged: true, sandboxSwitchedOff: false })).toBeNull();
    // (A development run may: Chromium refuses root without it, and the end-to-end tests run as root here.)
    expect(sandboxOffRefusal({ packaged: false, sandboxSwitchedOff: true })).toBeNull();
  });

  it('is checked before app.enableSandbox(), which drops the switch from the command line', () => {
    const source = readFileSync(join(__dirname, '../../../electron/main/index.ts'), 'utf8');
    const checked = source.indexOf("hasSwitch('no-sandbox')");
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThan(source.indexOf('app.enableSandbox()'));
  });
});
