import filenamify from 'filenamify';
import { closeSync, linkSync, lstatSync, openSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Ending } from '../quit';
import type { SettingsRepo } from '../services/store/settings';

/**
 * Each identity's downloads land in its own folder (PITFALLS 6): one global
 * folder would mix the identities' files.
 */
export function identityDownloadsFolder(downloadsRoot: string, identityName: string, identityId: string): string {
  const safe = identityName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'Identity';
  return join(downloadsRoot, 'Hatstand', `${safe} (${identityId.slice(0, 8)})`);
}

/**
 * At most 80 UTF-16 code units: at most 240 bytes in UTF-8 (3 per code unit
 * in the BMP, 4 per surrogate pair), so a " (999)" suffix and the ".part" of
 * the file while it is written still fit the 255-byte file name limit of ext4,
 * APFS and NTFS.
 */
const MAX_NAME = 80;

/**
 * A file name a site suggested, made safe with `filenamify` (sindresorhus):
 * no folders, no characters Windows refuses, no control or format characters
 * (a right-to-left override would show `report\u202Egpj.exe` as "report…exe.jpg"),
 * no Windows reserved device name (CON, NUL, COM1 ...), no trailing dots or
 * spaces, and a long name is shortened before its extension, which it keeps.
 * A leading dot is dropped too, so a download is never a hidden file.
 */
export function safeDownloadName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = filenamify(base.replace(/^[.\s]+/, ''), { replacement: '_', maxLength: MAX_NAME });
  return cleaned.replace(/^[.\s_]+$/, '') || 'download';
}

/**
 * The path a download is saved to: never an existing file. `report.pdf` is
 * followed by `report (1).pdf`, `report (2).pdf` ...; `taken` says whether a
 * path exists or is being written by another download.
 */
export function uniqueDownloadPath(folder: string, name: string, taken: (path: string) => boolean): string {
  const first = join(folder, name);
  if (!taken(first)) return first;
  const ext = extname(name);
  const stem = ext && ext !== name ? name.slice(0, -ext.length) : name;
  for (let n = 1; n < 10_000; n++) {
    const candidate = join(folder, `${stem} (${n})${ext}`);
    if (!taken(candidate)) return candidate;
  }
  // Ten thousand files of one name: a unique stamp rather than overwrite anything.
  return join(folder, `${stem} (${Date.now()})${ext}`);
}

/**
 * The paths handed to downloads under way (each one's name and its partial file), compared as a file system that
 * ignores case takes them: macOS's default (APFS, HFS+), Windows (NTFS), and FAT or exFAT anywhere, a USB disk on
 * Linux too, hold `Report.pdf.part` and `report.pdf.part` as one file. Two downloads of those names at once, each
 * started before the other's file was on disk to be seen, would write one file: Chromium gives the second a
 * " (1)" name of its own and at completion renames it over the first's (download_file_impl.cc, RenameAndUniquify and
 * RenameAndAnnotate: see tests/support/electron/session.ts), so a file would be saved under a name the log gave the
 * other. Compared in Unicode's composed form too: APFS takes both forms of "é" as one name, and HFS+ stores the
 * decomposed one. On a disk that tells case apart this only keeps two downloads under way from names that differ by case.
 */
export class ClaimedPaths {
  private readonly keys = new Set<string>();
  add(path: string): void {
    this.keys.add(sameNameKey(path));
  }
  delete(path: string): void {
    this.keys.delete(sameNameKey(path));
  }
  has(path: string): boolean {
    return this.keys.has(sameNameKey(path));
  }
}

/** One key for the names a case-insensitive file system takes as one (ClaimedPaths). */
export function sameNameKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/**
 * How the activity log tells a download saved: the file as it is in the folder, and, when that is not the name the
 * site gave (a file or another download had it), that name too, so the person looking for it finds it.
 */
export function savedDownloadSummary(savedPath: string, suggestedName: string): string {
  const saved = basename(savedPath);
  return saved === suggestedName ? `Download saved to ${savedPath}` : `Download of ${suggestedName} saved to ${savedPath} (the name ${suggestedName} was taken)`;
}

/**
 * The downloads under way in every identity's session, so that Hatstand's ending can end them. One left running is
 * interrupted by Chromium's own shutdown, which keeps its file for a resume Hatstand never offers: cut off (as
 * `name.part`, configure-session.ts), and unlogged, as the activity log is closed by then.
 */
export class RunningDownloads {
  private readonly cancels = new Set<(ending: Ending) => void>();

  /** A download started; `cancel` ends it. The function returned says it is over. */
  add(cancel: (ending: Ending) => void): () => void {
    this.cancels.add(cancel);
    return () => void this.cancels.delete(cancel);
  }

  /** Hatstand is ending: every download still under way is cancelled, which removes its unfinished file. */
  cancelAll(ending: Ending): void {
    for (const cancel of [...this.cancels]) cancel(ending);
  }
}

/**
 * How the activity log tells a download that did not finish (`path`: the name it would have had). Cancelled at a
 * Windows session's end, its partial file may stay: Chromium removes it in a task of its own, and the process is
 * terminated at once (quit.ts); the next start removes it (removePartialsLeftBehind).
 */
export function unfinishedDownloadSummary(path: string, how: 'cancelled' | 'interrupted' | Ending): string {
  const name = basename(path);
  if (how === 'session-end') {
    return `Download of ${name} did not finish (cancelled as Windows ended the session); its unfinished file ${basename(partialPathFor(path))} may be left in the folder until Hatstand next starts`;
  }
  const why =
    how === 'quit'
      ? 'cancelled by the quit'
      : how === 'shutdown'
        ? 'cancelled as the computer shut down'
        : how === 'cancelled'
          ? 'cancelled, or cut off'
          : 'it failed';
  return `Download of ${name} did not finish (${why}); nothing was kept`;
}

/**
 * The name a download is written under until it is whole: `report.pdf.part`, beside the `report.pdf` it becomes.
 * Chromium writes a download straight into its save path, with no `.crdownload` of its own
 * (electron_download_manager_delegate.cc:345-354: the save path is both the target and the intermediate path), so a
 * crash, a kill or a Windows logoff would otherwise leave a cut-off file under the real name.
 */
export function partialPathFor(path: string): string {
  return `${path}${PARTIAL_SUFFIX}`;
}
const PARTIAL_SUFFIX = '.part';

/** The file operations a download's end needs; the real file system unless a test says otherwise. */
export interface DownloadFiles {
  exists(path: string): boolean;
  /** Gives the file at `from` the name `to`; throws with code EEXIST, replacing nothing, when `to` exists. */
  moveNew(from: string, to: string): void;
  /** Removes a file; nothing when it is not there. */
  remove(path: string): void;
  /** Whether `path` is a file (not a folder, nor a link to one). */
  isFile(path: string): boolean;
}

/**
 * Renames `from` to `to` only while nothing has that name, for where no hard link can be made: the name is taken
 * first with an empty file only this call could have made (O_EXCL, throwing EEXIST when the name is taken), and the
 * rename replaces that one alone. A look at the name, then a rename, would replace a file made in between (rename(2),
 * and MoveFileEx with REPLACE_EXISTING in libuv).
 */
export function renameIntoFreeName(from: string, to: string): void {
  closeSync(openSync(to, 'wx'));
  try {
    renameSync(from, to);
  } catch (error) {
    try {
      rmSync(to, { force: true });
    } catch {
      // (Held too, by a scanner: the empty file stays, and the next name is taken; the rename's own error is told.)
    }
    throw error;
  }
}

/** Whether anything has this name, a link to nothing included (existsSync follows links: a broken one seems free). */
export function nameTaken(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

export const diskFiles: DownloadFiles = {
  exists: nameTaken,
  moveNew(from, to) {
    // A hard link is made only where no file has the name (link(2), CreateHardLinkW): nothing the person has is
    // replaced, which a rename would do (rename(2), and MoveFileEx with REPLACE_EXISTING in libuv). The file keeps
    // its mark of the web (an NTFS stream, an xattr), which belongs to the file, not to its name.
    try {
      linkSync(from, to);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'EEXIST' || code === 'ENOENT') throw error;
      // No hard links here (FAT, exFAT, some network shares, a scanner refusing the link).
      renameIntoFreeName(from, to);
      return;
    }
    try {
      unlinkSync(from);
    } catch {
      // (The download is under its name; a second name for the same file is harmless, and said nowhere.)
    }
  },
  remove: (path) => rmSync(path, { force: true }),
  isFile(path) {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  },
};

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A rename refused for a moment: a virus scanner or an indexer holding the new file on Windows. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
/** Tried again as Chromium tries its own renames: after 200 ms, doubled, 3 times (download_file_impl.cc, kMaxRenameRetries). */
const RETRY_DELAYS_MS = [200, 400, 800];

/**
 * A completed download's partial file given its real name, `name` in `folder`, or the next free one (`report (1).pdf`)
 * when a file of that name appeared meanwhile: never over a file the person has. `taken` says whether another
 * download has claimed a path. Resolves with the path it has now; rejects when it could not be renamed (it is still
 * at `partial`, whole).
 */
export function finishDownload(
  partial: string,
  folder: string,
  name: string,
  files: DownloadFiles,
  taken: (path: string) => boolean,
  later: (ms: number, run: () => void) => void = (ms, run) => void setTimeout(run, ms),
): Promise<string> {
  return new Promise((resolve, reject) => {
    const refused = new Set<string>();
    const attempt = (retry: number): void => {
      for (let tries = 0; tries < 100; tries++) {
        const target = uniqueDownloadPath(folder, name, (p) => refused.has(p) || taken(p) || files.exists(p));
        try {
          files.moveNew(partial, target);
          return resolve(target);
        } catch (error) {
          const code = codeOf(error);
          if (code === 'EEXIST') {
            refused.add(target); // made between the look and the move: the next name
            continue;
          }
          const delay = RETRY_DELAYS_MS[retry];
          if (code && TRANSIENT.has(code) && delay !== undefined) return later(delay, () => attempt(retry + 1));
          return reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      reject(new Error(`No free name for ${name}`));
    };
    attempt(0);
  });
}

/** How the activity log tells a completed download that kept its partial name (finishDownload rejected). */
export function unnamedDownloadSummary(path: string): string {
  return `Download of ${basename(path)} finished, but it could not be given that name, so it is in the folder as ${basename(partialPathFor(path))}`;
}

/**
 * Each identity's partial files of downloads under way, in its settings (a path on this computer: no secret), so that
 * a start after a crash, a kill or a Windows logoff finds what the last run left. Written when a download starts and
 * when it completes; a cancelled or failed one stays listed, as Chromium removes its file in a task the process's end
 * may never run.
 */
export const PARTIAL_DOWNLOADS_KEY = 'downloads.partialFiles';

export interface PartialDownloads {
  add(path: string): void;
  remove(path: string): void;
}

export function partialDownloadsOf(settings: Pick<SettingsRepo, 'getFor' | 'setFor'>, identityId: string): PartialDownloads {
  const read = () => settings.getFor<unknown>(identityId, PARTIAL_DOWNLOADS_KEY, []);
  const write = (paths: string[]) => settings.setFor(identityId, PARTIAL_DOWNLOADS_KEY, paths.length > 0 ? paths : undefined);
  const list = () => {
    const value = read();
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  };
  return {
    add: (path) => write([...new Set([...list(), path])]),
    remove: (path) => write(list().filter((p) => p !== path)),
  };
}

/**
 * At a start, before any download: the partial files the last run listed and left (a crash, a kill, a Windows
 * logoff) are removed, each told with `removed`. Only files with the `.part` name Hatstand gives are touched; one
 * that cannot be removed stays listed for the next start.
 */
export function removePartialsLeftBehind(
  settings: Pick<SettingsRepo, 'getFor' | 'setFor'>,
  identityIds: readonly string[],
  files: Pick<DownloadFiles, 'isFile' | 'remove'>,
  removed: (identityId: string, path: string) => void,
): void {
  for (const identityId of identityIds) {
    const listed = settings.getFor<unknown>(identityId, PARTIAL_DOWNLOADS_KEY, []);
    if (!Array.isArray(listed) || listed.length === 0) continue;
    const kept: string[] = [];
    for (const path of new Set(listed.filter((p): p is string => typeof p === 'string'))) {
      if (!path.endsWith(PARTIAL_SUFFIX) || !files.isFile(path)) continue;
      try {
        files.remove(path);
        removed(identityId, path);
      } catch {
        kept.push(path);
      }
    }
    settings.setFor(identityId, PARTIAL_DOWNLOADS_KEY, kept.length > 0 ? kept : undefined);
  }
}

/** How the activity log tells a partial file removed at a start. */
export function leftPartialSummary(path: string): string {
  return `Removed ${basename(path)}, the unfinished file of a download cut off when Hatstand last ended`;
}
