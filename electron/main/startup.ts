import { boundedSentence } from '../../shared/ipc/human-errors';
import { AppError } from '../../shared/result';

/**
 * Every failure while Hatstand starts (a damaged database, a store that
 * throws at its first read, a service that cannot be built) ends in the same
 * clear dialog and a real exit. Without this, an exception inside
 * `whenReady().then(bootstrap)` leaves a process with no window and no tray
 * that still holds the single-instance lock: every later launch just pokes it
 * and nothing appears.
 */
export interface StartupDeps {
  showErrorBox(title: string, content: string): void;
  /** app.exit: immediate, no quit events (docs/api/app.md:526-533), so the lock is released at once. */
  exit(code: number): void;
  /** Where the full error goes (stderr in the app); the dialog gets one sentence. */
  log?(error: unknown): void;
}

export const STARTUP_FAILURE_TITLE = 'Hatstand cannot start';

/** One sentence (at most 300 characters) that says what went wrong and what to do. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof AppError) return boundedSentence(error.message);
  const detail = error instanceof Error ? error.message : String(error);
  const short = detail.replace(/\s+/g, ' ').trim().slice(0, 120) || 'an unknown error';
  return boundedSentence(`Hatstand could not start (${short}); start it again, and if this keeps happening reinstall it or report the message.`);
}

/** Runs the start-up; on any failure shows the dialog and exits with code 1. True when it started. */
export async function runStartup(start: () => void | Promise<void>, deps: StartupDeps): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (error) {
    (deps.log ?? ((e) => console.error('[hatstand] start-up failed:', e)))(error);
    try {
      deps.showErrorBox(STARTUP_FAILURE_TITLE, startupFailureMessage(error));
    } finally {
      deps.exit(1);
    }
    return false;
  }
}

/**
 * A packaged Hatstand started with Chromium's sandbox off (`--no-sandbox`, or ELECTRON_DISABLE_SANDBOX, which Electron
 * turns into that switch: shell/app/electron_main_delegate.cc) does not start: every identity's sites would run in
 * renderers the operating system does not confine. `app.enableSandbox()` drops the switch from the browser's command
 * line (electron_api_app.cc, RemoveNoSandboxSwitch), but only after Chromium set up its Linux zygote with it, so it is
 * read before that call. Development runs may use it (end-to-end tests under root need it: Chromium refuses root
 * without it).
 */
export function sandboxOffRefusal(run: { packaged: boolean; sandboxSwitchedOff: boolean }): string | null {
  if (!run.packaged || !run.sandboxSwitchedOff) return null;
  return 'Hatstand does not run with the sandbox turned off (--no-sandbox or ELECTRON_DISABLE_SANDBOX), as it keeps your identities apart; start it again without them, from its menu entry.';
}
