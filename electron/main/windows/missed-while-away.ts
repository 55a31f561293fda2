/**
 * What a chrome page could not hear. A page hears `webContents.send` only through the listeners its document
 * registered (ipcRenderer listeners live in the page's JavaScript context, docs/api/ipc-renderer.md): while it loads,
 * reloads or lies crashed, Electron delivers what is sent to nobody. The identity chrome subscribes in the same
 * commit in which it asks for its context ("subscribe first, then ask", IdentityChrome.tsx), so from the moment main
 * answers that request the page hears everything, and what it missed before can go with the answer.
 */
export class MissedWhileAway<T> {
  private hearing = false;
  private missed: T[] = [];

  /** At most this many are kept (the oldest go first): a chrome away for long gets the latest. */
  constructor(private readonly limit = 20) {}

  /** The page is going (a new document starts loading, or its renderer ended). */
  away(): void {
    this.hearing = false;
  }

  /** Something was sent: kept for the page's next context if it could not hear it. */
  sent(item: T): void {
    if (this.hearing) return;
    this.missed.push(item);
    if (this.missed.length > this.limit) this.missed.splice(0, this.missed.length - this.limit);
  }

  /** The page asked for its context: it hears from now on, and gets what it missed, once. */
  heard(): T[] {
    this.hearing = true;
    const missed = this.missed;
    this.missed = [];
    return missed;
  }
}
