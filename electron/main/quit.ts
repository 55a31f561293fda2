/**
 * How Hatstand ends: a quit, a Windows logoff or shutdown that terminates the process, or a shutdown (macOS: a logout
 * too) that Linux or macOS announced through powerMonitor.
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
 * On Linux and macOS the system's shutdown (on macOS a logout too) is announced by powerMonitor's 'shutdown'. Left to
 * itself, Electron then quits as for any SIGTERM (electron_browser_main_parts.cc:596-600,
 * electron_browser_main_parts_posix.cc:215-219; on macOS `terminate:`, electron_application.mm:92-101): a full quit,
 * whose windows ask their sites' "Leave site?" while the desktop is going away, and whose held will-quit may be cut
 * short. So `system`'s 'shutdown' is prevented, which makes Electron delay the shutdown (power-monitor.md:57-62; on
 * Linux a logind delay lock kept until the process ends, power_observer_linux.cc:162-176, 5 s at most by default), and
 * the ending is the Windows session's end's, nothing asked: the same `end`, and the writes, held for as the quit holds
 * them (`holdMs` at most), then `last` and `app.exit()`, which destroys the windows without asking their pages.
 */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: { on(event: 'session-end', listener: () => void): unknown }) => void): unknown;
  exit(exitCode?: number): void;
}

/**
 * powerMonitor, whose 'shutdown' (Linux, macOS) comes with an Event that delays the shutdown when prevented. (Optional
 * here only because electron.d.ts types the listener without it; Electron always passes one: event_emitter_mixin.h:
 * 26-41, Emit, and ShouldShutdown reads whether it was prevented, electron_api_power_monitor.cc:87-89.)
 */
export interface ShuttingDownSystem {
  on(event: 'shutdown', listener: (event?: { preventDefault(): void }) => void): unknown;
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
  system?: ShuttingDownSystem,
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
  // (A quit already held at 'will-quit' goes on as it was; one whose windows are still asking is cut short there, its
  // windows destroyed by the exit without asking more.)
  system?.on('shutdown', (event) => {
    event?.preventDefault();
    exitOnceSettled(startEnding('shutdown'));
  });
  // (Not `last` at a session's end: a quit already under way is not cut short there, native_window_views_win.cc, and
  // its windows still log as they close; a process that is terminated needs no store closed.)
  app.on('browser-window-created', (_event, window) => window.on('session-end', () => void startEnding('session-end')));
}
