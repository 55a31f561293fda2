/**
 * What ends with Hatstand, once its quit is certain. Electron emits 'before-quit' first and only then asks every
 * window to close; a window that refuses (the composer's "Keep editing" when its text could not be saved, a 'close'
 * prevented) cancels the quit, and Hatstand goes on running (shell/browser/browser.cc, Quit and
 * OnWindowCloseCancelled). 'will-quit' comes once every window has closed, so what must keep working while any window
 * is open (the post guard, the identities' networks) is ended there.
 *
 * `last` (the store) is closed once what `end` started has settled: the guard logs each held post's cancellation in
 * later microtasks, which run before Electron goes on to 'quit', and a store closed in the same 'will-quit' would
 * lose them.
 */
export function endWhenQuitIsCertain(
  app: { on(event: 'will-quit', listener: () => void): unknown },
  end: () => Promise<unknown> | void,
  last: () => void = () => {},
): void {
  app.on('will-quit', () => {
    void new Promise((resolve) => resolve(end()))
      .catch((error: unknown) => console.error('[quit] ending failed:', error instanceof Error ? error.message : error))
      .finally(last);
  });
}
