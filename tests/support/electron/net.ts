/**
 * A double of the part of `Electron.net` that says whether the computer is online (docs/api/net.md, `net.isOnline()`
 * and `net.online`; lib/browser/api/net.ts:7, 29-33; shell/common/api/electron_api_net.cc:25-27:
 * `!net::NetworkChangeNotifier::IsOffline()`). "false is a pretty strong indicator that the user won't be able to
 * connect to remote sites", true is inconclusive.
 *
 * Main hears nothing when it changes: `net` is no EventEmitter, and no module of Electron's main process emits an
 * 'online' or 'offline' event (only pages have `navigator.onLine` and its events). So the glue can only read it.
 *
 * `goesOffline()` / `comesOnline()` are test controls: the computer loses or regains its network.
 */
export class FakeNet implements Pick<Electron.Net, 'isOnline' | 'online'> {
  private connected = true;

  isOnline(): boolean {
    return this.connected;
  }
  get online(): boolean {
    return this.connected;
  }

  /** Test control: the computer loses its network (NetworkChangeNotifier says offline). */
  goesOffline(): void {
    this.connected = false;
  }
  /** Test control: the computer has a network again. */
  comesOnline(): void {
    this.connected = true;
  }
}
