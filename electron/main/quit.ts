/**
 * What ends with Hatstand, once its quit is certain. Electron emits 'before-quit' first and only then asks every
 * window to close; a window that refuses (the composer's "Keep editing" when its text could not be saved, a 'close'
 * prevented) cancels the quit, and Hatstand goes on running (shell/browser/browser.cc, Quit and
 * OnWindowCloseCancelled). 'will-quit' comes once every window has closed, so what must keep working while any window
 * is open (the post guard, the identities' networks) is ended there.
 */
export function endWhenQuitIsCertain(app: { on(event: 'will-quit', listener: () => void): unknown }, end: () => void): void {
  app.on('will-quit', end);
}
