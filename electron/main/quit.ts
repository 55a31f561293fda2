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
 */
export interface QuittingApp {
  on(event: 'will-quit', listener: () => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: { on(event: 'session-end', listener: () => void): unknown }) => void): unknown;
}

export function endWhenQuitIsCertain(app: QuittingApp, end: (ending: Ending) => Promise<unknown> | void, last: () => void = () => {}): void {
  let ending: Promise<void> | null = null;
  const startEnding = (how: Ending): Promise<void> =>
    (ending ??= new Promise((resolve) => resolve(end(how))).then(
      () => undefined,
      (error: unknown) => console.error('[quit] ending failed:', error instanceof Error ? error.message : error),
    ));
  app.on('will-quit', () => void startEnding('quit').finally(last));
  // (Not `last` at a session's end: a quit already under way is not cut short there, native_window_views_win.cc, and
  // its windows still log as they close; a process that is terminated needs no store closed.)
  app.on('browser-window-created', (_event, window) => window.on('session-end', () => void startEnding('session-end')));
}
