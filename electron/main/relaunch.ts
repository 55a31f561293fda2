import type { App, Event, RelaunchOptions } from 'electron';
import { argvOfSecondInstance, secondInstanceData } from './cli';

/** The app events a relaunch arrives by. */
export interface RelaunchEvents {
  on(event: 'second-instance', listener: (event: Event, argv: string[], workingDirectory: string, additionalData: unknown) => void): unknown;
  on(event: 'activate', listener: (event: Event, hasVisibleWindows: boolean) => void): unknown;
  relaunch(options?: RelaunchOptions): void;
}

/**
 * One Hatstand per user. A second process hands its exact argv to the first
 * (Electron's own argv for `second-instance` is reordered and extended) and
 * quits. Returns false in that second process.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock'>, argv: readonly string[]): boolean {
  return app.requestSingleInstanceLock({ ...secondInstanceData(argv) });
}

/**
 * In the first process: `hatstand --identity x` run again opens that window;
 * on macOS, opening the app again from Finder, the Dock or `open` starts no
 * second process and only sends `activate` (docs/api/app.md, Event 'activate'),
 * which brings back a window rather than piling a launcher on top.
 */
export function followRelaunches(
  app: RelaunchEvents,
  open: { fromArgv(argv: readonly string[]): void; reactivate(): void; quitCertain?(): boolean },
): void {
  let relaunching = false;
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const exact = argvOfSecondInstance(argv, additionalData);
    // While Hatstand's quit is held for its last writes (quit.ts) no window opens: one would end with the process a
    // moment later. The launch is made again, once, as soon as this Hatstand has ended (app.relaunch).
    if (open.quitCertain?.()) {
      if (relaunching) return;
      relaunching = true;
      const [execPath, ...args] = exact;
      return app.relaunch(execPath ? { execPath, args } : {});
    }
    open.fromArgv(exact);
  });
  app.on('activate', () => {
    if (!open.quitCertain?.()) return open.reactivate();
    // (macOS: opening Hatstand from the Dock or Finder while it quits comes as 'activate', not a second process.)
    if (relaunching) return;
    relaunching = true;
    app.relaunch();
  });
}
