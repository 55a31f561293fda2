/**
 * A double of `Electron.App` for one process, and of the machine on which a
 * second process asks the first for the single-instance lock.
 *
 * - Chromium's command line keeps switches before loose arguments: a switch
 *   found after an argument moves in front of it, and `AppendSwitch` inserts
 *   after the last switch (base::CommandLine). `app.enableSandbox()` appends
 *   `--enable-sandbox` this way (shell/browser/api/electron_api_app.cc:1564-1575).
 *   So `hatstand --identity professional` reaches `second-instance` as
 *   `[hatstand, --identity, --enable-sandbox, professional]`.
 * - `second-instance` carries the second process's Chromium argv (reordered and
 *   extended; Chromium may add switches such as --original-process-start-time),
 *   its working directory and `additionalData` as a structured clone
 *   (electron_api_app.cc:1038-1046; docs/api/app.md:476-506). A second instance run
 *   by another user sends no arguments (app.md:498-499). It is emitted only after
 *   the first instance is ready (app.md:501-502).
 * - On macOS, opening the app again from Finder, the Dock or `open` starts no
 *   second process: the running app only gets `activate` (event, hasVisibleWindows)
 *   (docs/api/app.md:144-154, :1086-1090).
 * - `enableSandbox()` throws once the app is ready (electron_api_app.cc:1564-1570).
 */
import { Emitter, FakeEvent, loginChallenge, type LoginAnswer } from './events';
import type { ElectronWorld } from './world';

export class FakeCommandLine implements Pick<Electron.CommandLine, 'appendSwitch' | 'hasSwitch' | 'getSwitchValue'> {
  private constructor(
    readonly program: string,
    private readonly switches: string[],
    private readonly args: string[],
    private readonly platform: NodeJS.Platform,
  ) {}

  /** Parses an argv the way base::CommandLine::InitFromArgv does: switches in front, loose arguments after. */
  static parse(argv: readonly string[], platform: NodeJS.Platform): FakeCommandLine {
    const [program = 'electron', ...rest] = argv;
    const line = new FakeCommandLine(program, [], [], platform);
    let parseSwitches = true;
    for (const arg of rest) {
      if (parseSwitches && arg === '--') {
        parseSwitches = false;
        continue;
      }
      if (parseSwitches && isSwitch(arg, platform)) line.switches.push(line.normalise(arg));
      else line.args.push(arg);
    }
    return line;
  }

  /** base::CommandLine::AppendSwitch: after the last switch, before loose arguments. */
  appendSwitch(name: string, value?: string): void {
    this.switches.push(this.normalise(`--${name}${value === undefined ? '' : `=${value}`}`));
  }
  /** Drops every argument that is exactly `arg` (RemoveNoSandboxSwitch's way, electron_api_app.cc). */
  drop(arg: string): void {
    const kept = this.switches.filter((s) => s !== arg);
    this.switches.splice(0, this.switches.length, ...kept);
  }
  hasSwitch(name: string): boolean {
    return this.switches.some((s) => s.replace(/^(--|-|\/)/, '').split('=')[0] === name.toLowerCase() || s.replace(/^(--|-|\/)/, '').split('=')[0] === name);
  }
  /**
   * The switch's value, '' when absent or without one (docs/api/command-line.md, getSwitchValue). A switch given again
   * replaces its value: base::CommandLine keeps one value per name (AppendSwitchNative assigns `switches_[name]`, while
   * argv keeps both), and that value is what renderers are given (CopySwitchesFrom reads it).
   */
  getSwitchValue(name: string): string {
    const key = this.platform === 'win32' ? name.toLowerCase() : name;
    const found = this.switches.filter((s) => s.replace(/^(--|-|\/)/, '').split('=')[0] === key).at(-1);
    if (found === undefined) return '';
    const eq = found.indexOf('=');
    return eq === -1 ? '' : found.slice(eq + 1);
  }
  argv(): string[] {
    return [this.program, ...this.switches, ...this.args];
  }
  /** On Windows Chromium lower-cases switch names (not values). */
  private normalise(arg: string): string {
    if (this.platform !== 'win32') return arg;
    const eq = arg.indexOf('=');
    return eq === -1 ? arg.toLowerCase() : `${arg.slice(0, eq).toLowerCase()}${arg.slice(eq)}`;
  }
}

function isSwitch(arg: string, platform: NodeJS.Platform): boolean {
  if (arg.startsWith('--')) return arg.length > 2;
  if (arg.startsWith('-')) return arg.length > 1;
  return platform === 'win32' && arg.startsWith('/') && arg.length > 1;
}

/** Where processes of the app meet: the single-instance lock lives here. */
export class FakeMachine {
  primary: FakeApp | null = null;
  private startTime = 1_000_000;
  nextStartTime(): number {
    return (this.startTime += 1000);
  }
}

export type AppKeys =
  | 'enableSandbox'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'quit'
  | 'whenReady'
  | 'isReady'
  | 'getPath'
  | 'setPath'
  | 'setAppUserModelId'
  | 'exit';

export class FakeApp extends Emitter implements Pick<Electron.App, AppKeys> {
  readonly commandLine: FakeCommandLine;
  /**
   * Observation (not Electron API): whether a page's renderer sends DNS hints (`<link rel="dns-prefetch">`, a `Link`
   * header's, an http page's link hosts), which the network context resolves with the computer's own resolver, outside
   * any proxy (shell/browser/network_hints_handler_impl.cc overrides only Preconnect; the PrefetchDNS it inherits,
   * components/network_hints/browser/simple_network_hints_handler_impl.cc, calls ResolveHost). Blink sends them while
   * its `DNSPrefetchingEnabled` setting is on, the default; the web preferences Electron gives never turn it off, and
   * `--blink-settings` is applied after them, each `name=value` through Settings::SetFromStrings, a bool true only for
   * '' or 'true', an unknown or misspelt name ignored (web_view_impl.cc ApplyCommandLineToSettings, called last in
   * UpdateWebPreferences); every renderer gets the switch (RenderProcessHostImpl::PropagateBrowserCommandLineToRenderer,
   * kSwitchNames), with the browser's value when it starts.
   */
  renderersSendDnsHints(): boolean {
    let enabled = true;
    for (const setting of this.commandLine.getSwitchValue('blink-settings').split(',')) {
      const eq = setting.indexOf('=');
      const name = eq === -1 ? setting : setting.slice(0, eq);
      const value = eq === -1 ? '' : setting.slice(eq + 1);
      if (name === 'dnsPrefetchingEnabled') enabled = value === '' || value === 'true';
    }
    return enabled;
  }
  /** Node's process.argv in this process: what the person typed, untouched. */
  readonly argv: readonly string[];
  appUserModelId: string | null = null;
  /**
   * What a document sends and shows when no page override applies to it (ElectronBrowserClient::GetUserAgent): by
   * default Electron's own, with its Electron and app tokens.
   */
  userAgentFallback =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
  quitCalls = 0;
  private ready = false;
  private readyPromise: Promise<void>;
  private resolveReady!: () => void;
  private readonly paths = new Map<string, string>();
  private readonly queuedSecondInstances: unknown[][] = [];
  private readonly startTime: number;

  constructor(
    readonly world: ElectronWorld,
    readonly machine: FakeMachine,
    argv: readonly string[],
    readonly cwd = '/home/me',
    readonly user = 'me',
  ) {
    super();
    this.argv = [...argv];
    this.commandLine = FakeCommandLine.parse(argv, world.platform);
    this.startTime = machine.nextStartTime();
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    // App::EnableSandbox: RemoveNoSandboxSwitch, then AppendSwitch(kEnableSandbox) (electron_api_app.cc).
    this.commandLine.drop('--no-sandbox');
    this.commandLine.appendSwitch('enable-sandbox');
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    if (this.machine.primary === this) return true;
    if (!this.machine.primary) {
      this.machine.primary = this;
      return true;
    }
    // Chromium's process singleton passes its own command line, then Electron emits second-instance.
    this.commandLine.appendSwitch('original-process-start-time', String(this.startTime));
    const primary = this.machine.primary;
    const argv = primary.user === this.user ? this.commandLine.argv() : [this.commandLine.program];
    const data = additionalData === undefined ? null : structuredClone(additionalData);
    primary.deliverSecondInstance([argv, this.cwd, data]);
    return false;
  }
  hasSingleInstanceLock(): boolean {
    return this.machine.primary === this;
  }
  releaseSingleInstanceLock(): void {
    if (this.machine.primary === this) this.machine.primary = null;
  }

  private deliverSecondInstance(args: unknown[]): void {
    if (!this.ready) this.queuedSecondInstances.push(args);
    else this.emit('second-instance', new FakeEvent(), ...args);
  }

  /** Test control: the app becomes ready ('ready', whenReady resolves, queued second instances arrive). */
  becomeReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', new FakeEvent(), {});
    this.resolveReady();
    for (const args of this.queuedSecondInstances.splice(0)) this.emit('second-instance', new FakeEvent(), ...args);
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /**
   * Test control: a site asks for a client certificate (docs/api/app.md:324-348).
   * Unless a listener calls `event.preventDefault()`, Electron uses the first
   * certificate from the store; the answer is what the site receives.
   * `webContents` is null for requests from `net` (Electron 44, docs/breaking-changes.md).
   */
  requestClientCertificate(webContents: unknown, url: string, certificates: Electron.Certificate[]): Electron.Certificate | undefined {
    let chosen: Electron.Certificate | undefined;
    let answered = false;
    const event = new FakeEvent();
    this.emit('select-client-certificate', event, webContents, url, certificates, (certificate?: Electron.Certificate) => {
      answered = true;
      chosen = certificate;
    });
    if (event.defaultPrevented) return answered ? chosen : undefined;
    return certificates[0];
  }

  /**
   * Test control: a request no page made (a service worker's fetch) meets an authentication challenge. Electron asks
   * through app's 'login' with a null webContents and cancels unless a listener prevents that
   * (shell/browser/login_handler.cc, EmitEvent). Resolves with the credentials given, or 'cancelled'.
   */
  authenticateWithoutPage(
    authInfo: { isProxy: boolean; host: string; port: number; scheme?: string; realm?: string },
    details: { url?: string; firstAuthAttempt?: boolean } = {},
  ): Promise<LoginAnswer> {
    const info = { scheme: 'basic', realm: '', ...authInfo };
    const request = { url: details.url ?? 'https://x.com/sw.js', pid: 0, isRequestForNavigation: false, firstAuthAttempt: details.firstAuthAttempt ?? true };
    return loginChallenge((event, callback) => this.emit('login', event, null, request, info, callback));
  }


  /** Test control (macOS): the app is opened again from Finder, the Dock or `open`. */
  activate(): void {
    const hasVisibleWindows = this.world.windows().some((w) => w.isVisible());
    this.emit('activate', new FakeEvent(), hasVisibleWindows);
  }

  /**
   * Browser::Quit (shell/browser/browser.cc): 'before-quit' (preventable), then every window is asked to close; a
   * close refused (its 'close' prevented, its page's beforeunload) cancels the quit, and no 'will-quit' comes. The
   * others are asked all the same: WindowList::CloseAllWindows (shell/browser/window_list.cc) closes each window in
   * turn whatever the ones before it answered, so a refusal keeps only its own window open; in the order they were
   * opened, newest first on macOS (`std::ranges::reverse`). Once the last window is
   * gone, 'will-quit' (preventable: the quit is then cancelled) and 'quit'; no 'window-all-closed' while quitting.
   */
  quit(): void {
    this.quitCalls++;
    if (this.quitting) return;
    if (this.emitPreventable('before-quit').defaultPrevented) return;
    this.quitting = true;
    if (this.world.windows().length === 0) return this.notifyAndShutdown();
    // (On macOS the newest window is asked first: CloseAllWindows reverses the list there.)
    const windows = this.world.platform === 'darwin' ? this.world.windows().reverse() : this.world.windows();
    for (const win of windows) if (!win.isDestroyed()) win.close();
  }
  /**
   * Test control (Windows): a logoff or shutdown, WM_ENDSESSION. Every window emits `session-end`, and then, unless a
   * listener began a quit, the process is terminated at once: no `before-quit`, `will-quit` or `quit`, and no later
   * task runs; only the microtasks of the listeners' own calls do (native_window_views_win.cc, WM_ENDSESSION:
   * NotifyWindowEndSession, then TerminateCurrentProcessImmediately).
   */
  endSession(): void {
    this.endingSession = true;
    for (const win of this.world.windows()) win.emit('session-end', new FakeEvent());
    if (!this.quitting) this.terminated = true;
    else this.endingSession = false;
  }
  /** The process was terminated by the end of the session (endSession). */
  terminated = false;
  private endingSession = false;
  /**
   * The process is ending: 'quit' was emitted, or a session's end will terminate it once its listeners return. A task
   * posted to another thread now (a cancelled download's file removal) is not promised to run (session.ts).
   */
  get processEnding(): boolean {
    return this.ended || this.endingSession;
  }

  /** Between a 'before-quit' nobody prevented and the quit's end or cancellation (Browser::is_quitting_). */
  quitting = false;
  /** 'quit' was emitted: the process is ending. */
  ended = false;
  private exiting = false;

  /** A window's close was refused (WindowList::WindowCloseCancelled): a quit under way stops. */
  windowCloseCancelled(): void {
    this.quitting = false;
  }

  /** The last window is gone (Browser::OnWindowAllClosed). */
  allWindowsClosed(): void {
    if (this.exiting) return this.shutdown();
    if (this.quitting) return this.notifyAndShutdown();
    this.emit('window-all-closed');
  }

  private notifyAndShutdown(): void {
    if (this.emitPreventable('will-quit').defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.shutdown();
  }

  private shutdown(): void {
    if (this.ended) return;
    this.ended = true;
    this.emit('quit', new FakeEvent(), this.exitCode ?? 0);
    // The main loop ends; then every session's DownloadManager is shut down, while Node still runs, "to prevent
    // DownloadItem callbacks from crashing" (electron_browser_main_parts.cc, PostMainMessageLoopRun): downloads still
    // under way are interrupted, their files kept (session.ts, FakeDownloadItem).
    this.world.shutDownDownloads();
  }

  /**
   * `app.relaunch(options)`: each call starts one more instance once this one has ended, with `args` (else this
   * instance's) and `execPath`; it does not end this one (docs/api/app.md, app.relaunch). Recorded here.
   */
  readonly relaunches: Array<{ args?: string[]; execPath?: string }> = [];
  relaunch(options: { args?: string[]; execPath?: string } = {}): void {
    this.relaunches.push({ ...options });
  }

  /** The code passed to `exit()`, null while the process runs. */
  exitCode: number | null = null;
  /**
   * docs/api/app.md:526-533: exits at once; windows close without asking and
   * before-quit / will-quit are not emitted. The process ends, so its
   * single-instance lock is free for the next launch.
   */
  exit(exitCode = 0): void {
    this.exitCode = exitCode;
    this.exiting = true;
    for (const win of this.world.windows()) win.destroy();
    this.shutdown(); // (Browser::Exit: windows destroyed without asking, then 'quit'; no before-quit or will-quit)
    this.releaseSingleInstanceLock();
  }

  /** `sessionData` is `userData` unless set apart (shell/common/electron_paths.cc, DIR_SESSION_DATA). */
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name === 'sessionData' && !this.paths.has(name)) return this.getPath('userData');
    return this.paths.get(name) ?? `/fake/${name}`;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
}
