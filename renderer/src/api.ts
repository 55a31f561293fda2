import type { HatstandApi } from '../../shared/ipc/api';
import type { Result } from '../../shared/result';
import { pageErrorSentence } from '../../shared/ipc/human-errors';

declare global {
  interface Window {
    hatstand: HatstandApi;
  }
}

/** The preload's API; the only way this page reaches main. */
export const api = (): HatstandApi => window.hatstand;

/** An error from main, with the message written for the person using the app. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps a Result, throwing its error so callers can show `error.message`. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new UserFacingError(result.error.code, result.error.message);
  return result.value;
}

/** The sentence a person is shown of an error: main's own, or ours for Electron's text (pageErrorSentence). */
export function messageOf(error: unknown): string {
  return pageErrorSentence(error instanceof Error ? error.message : String(error));
}
