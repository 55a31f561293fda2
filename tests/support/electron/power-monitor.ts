/**
 * A double of `Electron.powerMonitor` (lib/browser/api/power-monitor.ts; shell/browser/api/electron_api_power_monitor.cc,
 * _mac.mm, _win.cc; shell/browser/lib/power_observer_linux.cc; docs/api/power-monitor.md), and of what the system does
 * around it. Mirror /work/.mirror/electron+electron/repo, HEAD.
 *
 * - Events that Electron emits with `Emit` (event_emitter_mixin.h:26-41) get an Event first, which `shutdown` may
 *   prevent: 'suspend', 'resume', 'shutdown', 'lock-screen', 'unlock-screen'. (electron.d.ts types their listeners as
 *   `() => void`; the Event is there all the same.)
 * - `systemShutsDown()` (test control): the computer is about to power off or restart. 'shutdown' is emitted on Linux
 *   and macOS only (power-monitor.md:57-62). ShouldShutdown returns `!Emit("shutdown")` (electron_api_power_monitor.cc:
 *   87-89), and:
 *   - Linux: logind's PrepareForShutdown(true) (power_observer_linux.cc:162-176). While a 'shutdown' listener exists
 *     Electron holds a logind "delay" inhibitor lock (power-monitor.ts:21-37, power_observer_linux.cc:96-134); not
 *     prevented, the lock is released and the shutdown goes on: systemd sends SIGTERM, which Electron answers with
 *     Browser::Quit (electron_browser_main_parts.cc:596-600, electron_browser_main_parts_posix.cc:215-219), a full
 *     quit that asks every window and its pages (`app.quit()` here). Prevented, the lock is kept until the process
 *     ends, or until logind stops waiting (InhibitDelayMaxSec, 5 s unless configured: systemd-inhibit(1), "if the
 *     time elapses, the lock is ignored and the operation executed"; logind.conf(5)), and then the SIGTERM comes.
 *   - macOS: NSWorkspaceWillPowerOffNotification (a logout, a restart or a shutdown) runs the same handler
 *     (electron_application.mm:88-90, willPowerOff); not prevented, `terminate:` calls Browser::Quit; prevented,
 *     `terminate:` does nothing ("User will call Quit later", electron_application.mm:92-101).
 *   - Windows emits no 'shutdown': a logoff or shutdown is WM_ENDSESSION, every window's 'session-end' (app.ts,
 *     `endSession()`), which this control runs there.
 *   Returns whether a listener held the shutdown.
 * - `systemSleeps()` / `systemWakes()` (test controls): 'suspend' and 'resume' on every platform
 *   (electron_api_power_monitor.cc:106-112; Linux from logind's PrepareForSleep, power_observer_linux.cc:144-160).
 * - `screenLocks()` / `screenUnlocks()` (test controls): 'lock-screen' and 'unlock-screen' on macOS (at once, from
 *   the distributed notifications, electron_api_power_monitor_mac.mm:76-86) and Windows (in a later task: WndProc
 *   posts them, electron_api_power_monitor_win.cc:135-147); never on Linux, which has no lock monitor
 *   (electron_api_power_monitor.cc:71-73; power-monitor.md:64-70).
 */
import { Emitter, FakeEvent } from './events';
import type { ElectronWorld } from './world';

/** logind's default InhibitDelayMaxSec: how long a delay lock holds a shutdown at most. */
export const LOGIND_INHIBIT_DELAY_MS = 5000;

export class FakePowerMonitor extends Emitter implements Pick<Electron.PowerMonitor, 'isOnBatteryPower'> {
  constructor(private readonly world: ElectronWorld) {
    super();
  }

  isOnBatteryPower(): boolean {
    return false;
  }

  /** Test control: the computer is about to power off or restart (see the header). True when a listener held it. */
  systemShutsDown(): boolean {
    const app = this.world.app;
    if (this.world.platform === 'win32') {
      app?.endSession();
      return false;
    }
    const event = new FakeEvent();
    this.emit('shutdown', event);
    if (!event.defaultPrevented) {
      // (The system goes on: SIGTERM on Linux, terminate: on macOS, both Browser::Quit.)
      app?.quit();
      return false;
    }
    if (this.world.platform === 'linux') {
      // (logind waits for the lock no longer than InhibitDelayMaxSec, then the SIGTERM comes.)
      setTimeout(() => {
        if (app && !app.ended) app.quit();
      }, LOGIND_INHIBIT_DELAY_MS).unref?.();
    }
    return true;
  }

  /** Test control: the computer goes to sleep. */
  systemSleeps(): void {
    this.emit('suspend', new FakeEvent());
  }

  /** Test control: the computer wakes. */
  systemWakes(): void {
    this.emit('resume', new FakeEvent());
  }

  /** Test control: the person locks the screen (nothing is emitted on Linux). */
  screenLocks(): void {
    this.screen('lock-screen');
  }

  /** Test control: the person unlocks the screen (nothing is emitted on Linux). */
  screenUnlocks(): void {
    this.screen('unlock-screen');
  }

  private screen(name: 'lock-screen' | 'unlock-screen'): void {
    if (this.world.platform === 'darwin') this.emit(name, new FakeEvent());
    else if (this.world.platform === 'win32') setImmediate(() => this.emit(name, new FakeEvent()));
  }
}
