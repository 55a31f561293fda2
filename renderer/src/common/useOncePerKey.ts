import { useCallback, useState } from 'react';

/**
 * Work that must run once at a time per key (a link being opened, an account being disconnected): a second click while
 * it runs does nothing, and `busy(key)` says which to show as waiting.
 */
export function useOncePerKey(): { busy(key: string): boolean; run(key: string, work: () => Promise<void>): Promise<void> } {
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  const run = useCallback(
    async (key: string, work: () => Promise<void>) => {
      if (running.has(key)) return;
      setRunning((s) => new Set(s).add(key));
      try {
        await work();
      } finally {
        setRunning((s) => {
          const next = new Set(s);
          next.delete(key);
          return next;
        });
      }
    },
    [running],
  );
  return { busy: (key) => running.has(key), run };
}
