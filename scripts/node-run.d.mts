import type { SpawnSyncOptions, SpawnSyncReturns, spawnSync } from 'node:child_process';

export function runNode(
  args: readonly string[],
  options?: Omit<SpawnSyncOptions, 'shell'>,
  deps?: { spawnSync?: typeof spawnSync; execPath?: string },
): SpawnSyncReturns<string | Buffer>;
