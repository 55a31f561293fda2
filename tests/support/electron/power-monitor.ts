/**
 * A double of `Electron.powerMonitor` (lib/browser/api/power-monitor.ts; shell/browser/api/electron_api_power_monitor.cc,
 * _mac.mm, _win.cc; shell/browser/lib/power_observer_linux.cc; docs/api/power-monitor.md), and of what the system does
 * around it. Mirror /work/.mirror/electron+electron/repo, HEAD.
 *
 * - Events that Electron emits with `Emit` (event_emitter_mixin.h:26-41) get an Event first, which `shutdown` may
 *   prevent: 'suspend', 'resume', 'shutdown', 'lock-screen', 'unlock-screen'. (electron.d.ts types their listeners as
 *   `() => void`; the Event is there all the same.)
 * - `systemShutsDown()` (test control): the computer is about to power off or restart (Linux; macOS: a logout too,
 *   asked for). 'shutdown' is emitted on Linux and macOS only (power-monitor.md:57-62). ShouldShutdown returns
 *   `!Emit("shutdown")` (electron_api_power_monitor.cc:87-89), and:
 *   - Linux: logind's PrepareForShutdown(true) (power_observer_linux.cc:162-176), heard only while Electron holds a
 *     logind "delay" inhibitor lock, which it takes when told a 'shutdown' listener exists (setListeningForShutdown,
 *     electron_api_power_monitor.cc:130-139; power_observer_linux.cc:96-134). Without it (`!should_shutdown_`) nothing
 *     is emitted and the shutdown goes on. Electron tells it from lib/browser/api/power-monitor.ts:17-31, which starts
 *     the event source at the first listener of any powerMonitor event (`once('newListener')`, run BEFORE that listener
 *     is added): a 'shutdown' listener that is the first one is not counted yet (`listenerCount('shutdown')` 0, line
 *     26), so no lock is taken and 'shutdown' is never emitted, unless another 'shutdown' listener is added later
 *     (line 29); one added after a listener of another event is counted (`shutdownHeard`). Not prevented (or not
 *     emitted), the shutdown goes on: systemd sends SIGTERM, which Electron answers with Browser::Quit
 *     (electron_browser_main_parts.cc:596-600, electron_browser_main_parts_posix.cc:215-219), a full quit that asks
 *     every window and its pages (`app.quit()` here). Prevented, the lock is kept until the process ends, or until
 *     logind stops waiting (InhibitDelayMaxSec, 5 s unless configured: systemd-inhibit(1), "if the time elapses, the
 *     lock is ignored and the operation executed"; logind.conf(5)), and then the SIGTERM comes.
 *   - macOS: NSWorkspaceWillPowerOffNotification, posted when the person ASKS to log out, restart or shut down (other
 *     apps may still cancel it), runs the same handler (electron_application.mm:88-90, willPowerOff), whatever the
 *     order of the listeners (set natively as the event source starts, electron_api_power_monitor_mac.mm:106-113);
 *     not prevented, `terminate:` calls Browser::Quit, whose windows may ask and so cancel the logout; prevented,
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
  /**
   * Linux: whether Electron holds logind's delay lock for 'shutdown' (setListeningForShutdown), as
   * lib/browser/api/power-monitor.ts:17-37 tells it. Null until the event source starts (the first listener).
   */
  private listeningForShutdown: boolean | null = null;

  constructor(private readonly world: ElectronWorld) {
    super();
    // (power-monitor.ts:17: the event source starts at the first listener, before that listener is added.)
    this.once('newListener', () => {
      // (line 26: the listener being added is not counted yet)
      this.listeningForShutdown = this.listenerCount('shutdown') > 0;
      this.on('newListener', (event: string) => {
        if (event === 'shutdown') this.listeningForShutdown = true; // (line 29: listenerCount + 1 > 0)
      });
      this.on('removeListener', (event: string) => {
        if (event === 'shutdown') this.listeningForShutdown = this.listenerCount('shutdown') > 0; // (line 34)
      });
    });
  }

  /** Test control: whether a 'shutdown' would be heard on Linux (Electron holds logind's delay lock). */
  get shutdownHeard(): boolean {
    return this.listeningForShutdown === true;
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
    // (Linux: no lock held, no PrepareForShutdown heard: power_observer_linux.cc:170, `!should_shutdown_`.)
    if (this.world.platform !== 'linux' || this.shutdownHeard) this.emit('shutdown', event);
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
