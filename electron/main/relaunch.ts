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
  // While Hatstand's quit is held for its last writes (quit.ts) no window opens: one would end with the process a
  // moment later. A launch meanwhile is made again, once, as soon as this Hatstand has ended (app.relaunch).
  let relaunching = false;
  const relaunchOnce = (options?: RelaunchOptions) => {
    if (relaunching) return;
    relaunching = true;
    app.relaunch(options);
  };
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const exact = argvOfSecondInstance(argv, additionalData);
    if (!open.quitCertain?.()) return open.fromArgv(exact);
    const [execPath, ...args] = exact;
    relaunchOnce(execPath ? { execPath, args } : {});
  });
  // (macOS: opening Hatstand from the Dock or Finder comes as 'activate', not as a second process.)
  app.on('activate', () => (open.quitCertain?.() ? relaunchOnce() : open.reactivate()));
}
