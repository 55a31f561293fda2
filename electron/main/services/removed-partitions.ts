import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsRepo } from './store/settings';
import { partitionFor } from '../session/partition';

/**
 * The identities removed since the last start whose partition folder is still on disk. Removing an identity clears
 * its session's data while Hatstand runs, but Chromium keeps the folder and what no clear reaches: its Preferences
 * (the hosts the person zoomed on), its custom spelling dictionary, and the files of the stores themselves. The folder
 * cannot be deleted while its session is open (Electron never closes a session), so it is deleted at the next start,
 * before any session is opened.
 */
export const PARTITIONS_TO_DELETE_KEY = 'identities.partitionsToDelete';

/** Notes that a removed identity's partition folder is to be deleted at the next start. */
export function notePartitionToDelete(settings: SettingsRepo, identityId: string): void {
  const listed = settings.get<string[]>(PARTITIONS_TO_DELETE_KEY, []);
  if (!listed.includes(identityId)) settings.set(PARTITIONS_TO_DELETE_KEY, [...listed, identityId]);
}

/**
 * Deletes the partition folders of the identities noted as removed, in `partitionsDir` (`<sessionData>/Partitions`,
 * where Electron keeps `persist:` partitions under their lower-cased, escaped names: electron_browser_context.cc,
 * MakePartitionName). Only those noted, and never one of an identity the store still has: a folder of unknown origin
 * (a restored backup's, another build's) is left alone. Those that could not be deleted (a file held by another
 * program) stay noted for the next start. Returns the identities whose folder is gone.
 */
export function deleteLeftoverPartitions(
  partitionsDir: string,
  settings: SettingsRepo,
  existingIdentityIds: readonly string[],
  remove: (path: string) => void = (path) => rmSync(path, { recursive: true, force: true }),
  log: (line: string) => void = console.error,
): string[] {
  const listed = settings.get<unknown>(PARTITIONS_TO_DELETE_KEY, []);
  if (!Array.isArray(listed) || listed.length === 0) return [];
  const deleted: string[] = [];
  const kept: string[] = [];
  for (const identityId of listed) {
    if (typeof identityId !== 'string' || existingIdentityIds.includes(identityId)) continue;
    let folder: string;
    try {
      folder = join(partitionsDir, partitionFor(identityId).slice('persist:'.length));
    } catch {
      continue; // (not an identity id: nothing of ours to delete)
    }
    try {
      if (existsSync(folder)) remove(folder);
      deleted.push(identityId);
    } catch (error) {
      kept.push(identityId);
      log(`[partitions] a removed identity's browsing data folder could not be deleted yet (${folder}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  settings.set(PARTITIONS_TO_DELETE_KEY, kept.length > 0 ? kept : undefined);
  return deleted;
}
