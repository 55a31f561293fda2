/**
 * Shared doubles of the Electron objects Hatstand's glue uses. One place for
 * Electron's behaviour: each file cites the Electron 45 doc or source line
 * (mirror /work/.mirror/electron+electron/repo) of every behaviour it models, and
 * each double `implements Pick<Electron.X, ...>` so tsc checks its signatures
 * against node_modules/electron/electron.d.ts. When the glue needs a behaviour
 * that is not here, add it here, with its citation; never in a private fake.
 *
 * `createElectron()` gives one main process: `app`, `BrowserWindow`,
 * `WebContentsView`, `session`, `webContents`, `Menu`, `Tray`, `nativeImage`,
 * `dialog`, `powerMonitor`, `net`, all sharing one `world` (focus, windows, pages,
 * uncaught errors).
 */
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, WebContentsViewConstructorOptions } from 'electron';
import { FakeApp, FakeMachine } from './app';
import { FakeBrowserWindow } from './browser-window';
import { FakeMenu, FakeTray, normaliseAccelerator as normalise } from './menu';
import { fakeNativeImage, type FakeNativeImage } from './native-image';
import { FakeWebContentsView } from './views';
import type { FakeSession } from './session';
import type { FakeWebContents } from './web-contents';
import { FakeNativeTheme } from './native-theme';
import { FakeNet } from './net';
import { FakePowerMonitor } from './power-monitor';
import { ElectronWorld } from './world';
import { FakeProtocolModule } from './protocol';

export { FakeEvent, Emitter } from './events';
export { FakeApp, FakeCommandLine, FakeMachine } from './app';
export { FakeBrowserWindow } from './browser-window';
export { FakeMenu, FakeMenuItem, FakeTray, normaliseAccelerator } from './menu';
export { FakeNativeImage } from './native-image';
export { FakeNativeTheme, type ThemeSource } from './native-theme';
export { FakeNet } from './net';
export { FakePowerMonitor, LOGIND_INHIBIT_DELAY_MS } from './power-monitor';
export { CUT_OFF, FakeCookies, FakeDownloadItem, FakeSession, WHOLE } from './session';
export { FakeContentView, FakeView, FakeWebContentsView } from './views';
export { FakeDataPipeHolder, FakeRequest, FakeUploadStream, FakeWebRequest, blobReader, blobUpload, fileUpload, matches, rawUpload, readBlobData, responseHeadersOf, streamedUpload, type WorkerKind } from './web-request';
export { FakeWebContents, loadError, parseFeatureOptions, postBodyOf, type OpenResult } from './web-contents';
export { ElectronWorld } from './world';

/**
 * Test control: lets the tasks Electron posted run, such as the destruction of a page that was closed (it is
 * destroyed in a later task of the UI thread, electron_api_web_contents.cc, Destroy).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
export { FakeIpcMain, type InvokeFrom } from './ipc';
export { FakeProtocol, FakeProtocolModule } from './protocol';

export interface FakeElectronOptions {
  platform?: NodeJS.Platform;
  /** This process's argv (process.argv). */
  argv?: readonly string[];
  /** Share a machine between two createElectron() calls to model a second instance. */
  machine?: FakeMachine;
  cwd?: string;
  user?: string;
  /** Downloads write real files at their save path (a test's temporary folder): session.ts, FakeDownloadItem. */
  downloadsOnDisk?: boolean;
}

export interface FakeBrowserWindowClass {
  new (options?: BrowserWindowConstructorOptions): FakeBrowserWindow;
  getAllWindows(): FakeBrowserWindow[];
  getFocusedWindow(): FakeBrowserWindow | null;
  fromWebContents(contents: FakeWebContents): FakeBrowserWindow | undefined;
  fromId(id: number): FakeBrowserWindow | undefined;
}

export interface FakeMenuModule {
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu;
  setApplicationMenu(menu: FakeMenu | null): void;
  /** lib/browser/default-menu.ts: Electron's default menu until the app sets one (null once the app set none). */
  getApplicationMenu(): FakeMenu | null;
}

export interface FakeElectron {
  world: ElectronWorld;
  app: FakeApp;
  machine: FakeMachine;
  BrowserWindow: FakeBrowserWindowClass;
  WebContentsView: new (options?: WebContentsViewConstructorOptions) => FakeWebContentsView;
  Tray: new (image: FakeNativeImage | string) => FakeTray;
  Menu: FakeMenuModule;
  nativeImage: typeof fakeNativeImage;
  nativeTheme: FakeNativeTheme;
  /** Shutdown, sleep and wake, screen lock (power-monitor.ts). */
  powerMonitor: FakePowerMonitor;
  /** Whether the computer is online (net.ts). */
  net: FakeNet;
  session: { fromPartition(partition: string, options?: { cache: boolean }): FakeSession; readonly defaultSession: FakeSession };
  webContents: { getFocusedWebContents(): FakeWebContents | null; getAllWebContents(): FakeWebContents[]; fromId(id: number): FakeWebContents | undefined };
  dialog: { showErrorBox(title: string, content: string): void };
  /** protocol.registerSchemesAsPrivileged, and the default session's handlers (protocol.ts). */
  protocol: FakeProtocolModule;
  /**
   * Test control: the person presses a shortcut. The application menu item with
   * that accelerator runs (its role on the focused page or window, else its click).
   * False when no item has it.
   */
  pressAccelerator(accelerator: string): boolean;
}

export function createElectron(options: FakeElectronOptions = {}): FakeElectron {
  const world = new ElectronWorld(options.platform ?? 'linux', options.downloadsOnDisk ?? false);
  const machine = options.machine ?? new FakeMachine();
  const app = new FakeApp(world, machine, options.argv ?? ['hatstand'], options.cwd, options.user);
  world.app = app;
  let applicationMenu: FakeMenu | null | undefined; // undefined: never set, Electron's default menu applies

  class BrowserWindow extends FakeBrowserWindow {
    constructor(o: BrowserWindowConstructorOptions = {}) {
      super(world, o);
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return world.windows();
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return world.focusedWindow();
    }
    static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | undefined {
      return world.fromWebContents(contents);
    }
    static fromId(id: number): FakeBrowserWindow | undefined {
      return world.windowById(id);
    }
  }
  class WebContentsView extends FakeWebContentsView {
    constructor(o: WebContentsViewConstructorOptions = {}) {
      super(world, o);
    }
  }
  class Tray extends FakeTray {
    constructor(image: FakeNativeImage | string) {
      super(world, image);
    }
  }
  const defaultMenu = () =>
    FakeMenu.build(world, [
      ...(world.platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]);
  const Menu: FakeMenuModule = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => FakeMenu.build(world, template),
    setApplicationMenu: (menu: FakeMenu | null) => void (applicationMenu = menu),
    getApplicationMenu: (): FakeMenu | null => (applicationMenu === undefined ? defaultMenu() : applicationMenu),
  };

  return {
    world,
    app,
    machine,
    BrowserWindow,
    WebContentsView,
    Tray,
    Menu,
    nativeImage: fakeNativeImage,
    nativeTheme: new FakeNativeTheme(),
    powerMonitor: new FakePowerMonitor(world),
    net: new FakeNet(),
    session: {
      fromPartition: (partition: string, _options?: { cache: boolean }) => world.sessionFor(partition),
      get defaultSession() {
        return world.sessionFor('');
      },
    },
    webContents: {
      getFocusedWebContents: () => world.focusedWebContents(),
      getAllWebContents: () => world.livePages(),
      fromId: (id: number) => world.fromId(id),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void world.errorBoxes.push({ title, content }),
    },
    protocol: new FakeProtocolModule(
      () => app.isReady(),
      () => world.sessionFor('').protocol,
      world.standardSchemes,
    ),
    pressAccelerator(accelerator: string): boolean {
      const menu = Menu.getApplicationMenu();
      if (!menu) return false;
      const mac = world.platform === 'darwin';
      const wanted = normalise(accelerator, mac);
      const item = menu.find((i) => i.accelerator !== undefined && normalise(i.accelerator, mac) === wanted && i.type !== 'submenu');
      if (!item) return false;
      menu.click(item);
      return true;
    },
  };
}
