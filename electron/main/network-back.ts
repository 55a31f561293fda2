/**
 * When the computer may be on a network again, or on another one: woken from sleep ('resume'), its screen unlocked
 * ('unlock-screen', macOS and Windows only: power-monitor.md:64-70), or online again after being offline.
 *
 * Electron's main process hears nothing when the network comes back or changes: `net.isOnline()` (Chromium's
 * NetworkChangeNotifier::IsOffline, electron_api_net.cc:25-27) can only be read, and no module of main emits an
 * 'online' event. So it is read every `pollMs`, and `back` runs when it turns true again. What this cannot see: a move
 * from one network to another that never goes offline (one Wi-Fi to another), which only a wake or an unlock reveals.
 *
 * `back` runs only while online: a wake with the network still coming up waits for the poll to see it. (A PAC file
 * checked then could not be fetched, and pages loaded then would fail again.)
 */

/** powerMonitor's events after which the network may have changed. */
export interface WakingSystem {
  on(event: 'resume', listener: () => void): unknown;
  on(event: 'unlock-screen', listener: () => void): unknown;
  removeListener(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

/** net: whether Chromium believes the computer is online. */
export interface OnlineState {
  isOnline(): boolean;
}

export const ONLINE_POLL_MS = 5000;

/**
 * Calls `back` when the network may be back or different; the function returned stops watching (the poll, the wake
 * and unlock listeners: once Hatstand is ending, a wake during its shutdown hold must not apply proxies or load pages).
 */
export function whenNetworkMayBeBack(system: WakingSystem, net: OnlineState, back: () => void, options: { pollMs?: number } = {}): () => void {
  let wasOffline = !net.isOnline();
  let stopped = false;
  const check = (woke: boolean) => {
    if (stopped) return;
    if (!net.isOnline()) {
      wasOffline = true;
      return;
    }
    if (!woke && !wasOffline) return;
    wasOffline = false;
    try {
      back();
    } catch (error) {
      console.error('[network] reacting to the network coming back failed:', error instanceof Error ? error.message : error);
    }
  };
  const woke = () => check(true);
  system.on('resume', woke);
  system.on('unlock-screen', woke);
  const timer = setInterval(() => check(false), options.pollMs ?? ONLINE_POLL_MS);
  timer.unref?.();
  return () => {
    stopped = true;
    clearInterval(timer);
    system.removeListener('resume', woke);
    // (Windows posts 'unlock-screen' in a later task: one already posted finds `stopped`.)
    system.removeListener('unlock-screen', woke);
  };
}
