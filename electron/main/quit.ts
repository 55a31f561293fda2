/**
 * How Hatstand ends: a quit, a Windows logoff or shutdown that terminates the process, or a Linux shutdown announced
 * through powerMonitor. (A Linux logout is a SIGTERM, a quit; macOS's logout and shutdown are quits too: see below.)
 */
export type Ending = 'quit' | 'session-end' | 'shutdown';

/**
 * What ends with Hatstand, once its quit is certain. Electron emits 'before-quit' first and only then asks every
 * window to close; a window that refuses (the composer's "Keep editing" when its text could not be saved, a 'close'
 * prevented) cancels the quit, and Hatstand goes on running (shell/browser/browser.cc, Quit and
 * OnWindowCloseCancelled). 'will-quit' comes once every window has closed, so what must keep working while any window
 * is open (the post guard, the identities' networks) is ended there.
 *
 * A logoff or shutdown on Windows ends otherwise: every window emits 'session-end', and then the process is terminated
 * at once, with no 'before-quit' or 'will-quit' (native_window_views_win.cc, WM_ENDSESSION). The same ending starts
 * there, and gets as far as the microtasks that run as each window's event returns (gin_helper/event_emitter_caller.cc):
 * the held posts' cancellations are logged; what waits for a later task does not happen.
 *
 * `last` (the store) is closed once what `end` started has settled: the guard logs each held post's cancellation in
 * later microtasks, which run before Electron goes on to 'quit', and a store closed in the same 'will-quit' would
 * lose them.
 *
 * `writes` (the identities' cookie stores, which reach disk only every 30 s, docs/api/cookies.md:129) are answered in
 * later tasks, and Electron goes on to end the process as soon as 'will-quit' has returned (browser.cc,
 * NotifyAndShutdown, then Shutdown: 'quit', and the message loop quits once idle, electron_browser_main_parts.cc:546,
 * waiting for no answer of the network service). So the quit is held (will-quit prevented) until they and the
 * ending have settled, `holdMs` at most so that a store that never answers cannot keep Hatstand from quitting; then
 * `last`, and `app.exit()`, which ends without asking anything again: a second `quit()` would emit 'before-quit' and
 * ask the windows again, and one opened meanwhile could refuse once the store is closed. At a session's end the
 * writes are started too, for what they get done before the process is terminated.
 *
 * On Linux the system's shutdown is announced by powerMonitor's 'shutdown' (logind's PrepareForShutdown). Left to
 * itself, Electron then quits as for any SIGTERM (electron_browser_main_parts.cc:596-600,
 * electron_browser_main_parts_posix.cc:215-219): a full quit, whose windows ask their sites' "Leave site?" while the
 * desktop is going away, and whose held will-quit may be cut short. So `system`'s 'shutdown' is prevented, which makes
 * Electron delay the shutdown (power-monitor.md:57-62; a logind delay lock kept until the process ends,
 * power_observer_linux.cc:162-176, 5 s at most by default), and the ending is the Windows session's end's, nothing
 * asked: the same `end`, and the writes, held for as the quit holds them (`holdMs` at most), then `last` and
 * `app.exit()`, which destroys the windows without asking their pages. (A Linux logout is no 'shutdown': the session's
 * processes get SIGTERM, a quit.)
 *
 * On macOS 'shutdown' is left alone: it comes from NSWorkspaceWillPowerOffNotification (electron_application.mm:88-90),
 * posted when the person ASKS to log out, restart or shut down, which another app may still cancel. Ending there
 * would lose what a site's compose box holds even when the logout is then cancelled. Not prevented, `terminate:` runs
 * Electron's own quit (electron_application.mm:92-101, Browser::Quit): sites may ask, as in any Mac app, and a "Stay"
 * cancels the logout; the will-quit hold still writes the cookies.
 */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: { on(event: 'session-end', listener: () => void): unknown }) => void): unknown;
  exit(exitCode?: number): void;
}

/**
 * powerMonitor, whose 'shutdown' (Linux, macOS) comes with an Event that delays the shutdown when prevented. (Optional
 * here only because electron.d.ts types the listener without it; Electron always passes one: event_emitter_mixin.h:
 * 26-41, Emit, and ShouldShutdown reads whether it was prevented, electron_api_power_monitor.cc:87-89.) 'suspend' only
 * to start its event source before the 'shutdown' listener is added (endWhenQuitIsCertain).
 */
export interface ShuttingDownSystem {
  on(event: 'shutdown', listener: (event?: { preventDefault(): void }) => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
}

/** What must reach disk before the process ends. */
export interface QuitWrites {
  /** Starts the writes; they are answered in later tasks. */
  flush: () => Promise<unknown>;
  /** How long a quit waits for them at most. */
  holdMs?: number;
}

export const QUIT_HOLD_MS = 2000;

export function endWhenQuitIsCertain(
  app: QuittingApp,
  end: (ending: Ending) => Promise<unknown> | void,
  last: () => void = () => {},
  writes?: QuitWrites,
  system?: { powerMonitor: ShuttingDownSystem; platform: NodeJS.Platform },
): void {
  const settled = (what: string, work: () => Promise<unknown> | void): Promise<void> =>
    new Promise((resolve) => resolve(work())).then(
      () => undefined,
      (error: unknown) => console.error(`[quit] ${what} failed:`, error instanceof Error ? error.message : error),
    );
  let ending: Promise<void> | null = null;
  const startEnding = (how: Ending): Promise<void> =>
    (ending ??= Promise.all([settled('ending', () => end(how)), writes ? settled('writing to disk', writes.flush) : undefined]).then(() => undefined));
  let closed = false;
  const closeLast = () => {
    if (closed) return;
    closed = true;
    try {
      last();
    } catch (error) {
      console.error('[quit] closing failed:', error instanceof Error ? error.message : error);
    }
  };
  // Holds Hatstand until the ending and the writes have settled (`holdMs` at most), then closes `last` and exits. Once.
  let holding = false;
  const exitOnceSettled = (ended: Promise<void>): void => {
    if (holding) return;
    holding = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, writes?.holdMs ?? QUIT_HOLD_MS)));
    void Promise.race([ended, cap]).then(() => {
      clearTimeout(timer);
      closeLast();
      app.exit(0);
    });
  };
  app.on('will-quit', (event) => {
    const ended = startEnding('quit');
    // (Nothing to hold for, and no shutdown holding Hatstand: Electron's quit goes on.)
    if (!writes && !holding) return void ended.finally(closeLast);
    // (Prevented again if the quit is asked again while held.)
    event.preventDefault();
    exitOnceSettled(ended);
  });
  if (system?.platform === 'linux') {
    // Electron starts powerMonitor's event source at its first listener, before adding it, and tells logind it wants
    // 'shutdown' only if a 'shutdown' listener is already counted then (lib/browser/api/power-monitor.ts:17-26): a
    // 'shutdown' listener that came first would never hear it. A listener of another event first starts the source, so
    // this one is counted whatever the composition root registered before (line 27-31).
    system.powerMonitor.on('suspend', startsPowerMonitor);
    // (A quit already held at 'will-quit' goes on as it was; one whose windows are still asking is cut short there,
    // its windows destroyed by the exit without asking more.)
    system.powerMonitor.on('shutdown', (event) => {
      event?.preventDefault();
      exitOnceSettled(startEnding('shutdown'));
    });
  }
  // (Not `last` at a session's end: a quit already under way is not cut short there, native_window_views_win.cc, and
  // its windows still log as they close; a process that is terminated needs no store closed.)
  app.on('browser-window-created', (_event, window) => window.on('session-end', () => void startEnding('session-end')));
}

/** Does nothing: its being there starts powerMonitor's event source (endWhenQuitIsCertain). */
function startsPowerMonitor(): void {}
