import { expect } from 'vitest';

/** Runs `fn`, expects it to throw, and checks that no secret leaks through the error. */
export async function failureOf(fn: () => Promise<unknown>, secrets: readonly string[]): Promise<Error & { code: string; details?: Record<string, unknown> }> {
  let caught: unknown;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, 'expected the call to fail').toBeInstanceOf(Error);
  const err = caught as Error & { code: string };
  const surfaces = [err.message, err.stack ?? '', JSON.stringify(err), String((err.cause as Error | undefined)?.message ?? '')];
  for (const secret of secrets) {
    for (const text of surfaces) expect(text).not.toContain(secret);
  }
  return err;
}
