import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../../electron/main/services/store';

/** A fresh temp folder per call, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hatstand-store-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fake clock tests can move forward. */
export function fakeClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): { now: () => number; advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
}

/** Opens a store on a new file in a temp folder; closed after the test. */
export function tempStore(options: StoreOptions = {}): { store: Store; file: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'hatstand.db');
  const store = openStore(file, options);
  cleanups.unshift(() => store.close());
  return { store, file, dir };
}

/** Captures the AppError thrown by `fn` (fails the test when nothing is thrown). */
export function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected an error');
}

export async function thrownAsync(fn: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected an error');
}
