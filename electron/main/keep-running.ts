import { redactText } from '../../shared/domain/redact';

/**
 * An interrupted navigation rejects its `loadURL()` promise with ERR_ABORTED
 * (lib/browser/api/web-contents.ts:303-316): a site redirecting while it loads,
 * the person clicking another site first. Electron silences the rejection of the
 * promise it returns (:373-374), but any `.then` chained on it rejects again,
 * and an unhandled rejection in main becomes an uncaught exception: Electron's
 * "A JavaScript error occurred in the main process" dialog (lib/browser/init.ts:22-38).
 * Hatstand loads pages with `loadPage`, and logs any rejection nobody handled
 * instead of interrupting the person.
 */
export function isAbortedLoad(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && (reason as { code?: unknown }).code === 'ERR_ABORTED';
}

function describe(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
}

/** Starts a load; an interrupted one is normal, any other failure is logged. Never rejects. */
export function loadPage(load: () => Promise<void>, what: string, log: (line: string) => void = console.error): void {
  let started: Promise<void>;
  try {
    started = load();
  } catch (error) {
    log(redactText(`[load] ${what} could not start: ${describe(error)}`));
    return;
  }
  started.catch((error: unknown) => {
    // (Redacted: `what` and Electron's message name the address, which may carry a sign-in link's token.)
    if (!isAbortedLoad(error)) log(redactText(`[load] ${what} failed: ${error instanceof Error ? error.message : String(error)}`));
  });
}

/** A rejection nobody handled is logged; it never ends the app or opens Electron's error dialog. */
export function keepRunningOnRejections(
  proc: { on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown },
  log: (line: string) => void = console.error,
): void {
  proc.on('unhandledRejection', (reason) => {
    if (isAbortedLoad(reason)) return;
    log(redactText(`[main] unhandled rejection: ${describe(reason)}`));
  });
}
