/**
 * The serializable answer every service call and IPC handler returns.
 * Errors carry a stable `code` (for tests and UI branching) and a `message`
 * a person can act on: what went wrong and what to do about it.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export interface AppErrorShape {
  code: string;
  message: string;
}

/** An error whose message is written for the person using the app. */
export class AppError extends Error implements AppErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
