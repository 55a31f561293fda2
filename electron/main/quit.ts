/** How Hatstand ends: a quit, or a Windows logoff or shutdown that terminates the process. */
export type Ending = 'quit' | 'session-end';

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
 */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: { on(event: 'session-end', listener: () => void): unknown }) => void): unknown;
  exit(exitCode?: number): void;
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
): void {
  const settled = (what: string, work: () => Promise<unknown> | void): Promise<void> =>
    new Promise((resolve) => resolve(work())).then(
      () => undefined,
      (error: unknown) => console.error(`[quit] ${what} failed:`, error instanceof Error ? error.message : error),
    );
  let ending: Promise<void> | null = null;
  const startEnding = (how: Ending): Promise<void> =>
    (ending ??= Promise.all([settled('ending', () => end(how)), writes ? settled('writing to disk', writes.flush) : undefined]).then(() => undefined));
  let holding = false;
  app.on('will-quit', (event) => {
    const ended = startEnding('quit');
    if (!writes) return void ended.finally(last);
    // (Prevented again if the quit is asked again while held.)
    event.preventDefault();
    if (holding) return;
    holding = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, writes.holdMs ?? QUIT_HOLD_MS)));
    void Promise.race([ended, cap]).then(() => {
      clearTimeout(timer);
      try {
        last();
      } catch (error) {
        console.error('[quit] closing failed:', error instanceof Error ? error.message : error);
      }
      app.exit(0);
    });
  });
  // (Not `last` at a session's end: a quit already under way is not cut short there, native_window_views_win.cc, and
  // its windows still log as they close; a process that is terminated needs no store closed.)
  app.on('browser-window-created', (_event, window) => window.on('session-end', () => void startEnding('session-end')));
}
