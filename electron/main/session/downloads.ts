import filenamify from 'filenamify';
import { basename, extname, join } from 'node:path';
import type { Ending } from '../quit';

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
 * in the BMP, 4 per surrogate pair), so a " (999)" suffix still fits the
 * 255-byte file name limit of ext4, APFS and NTFS.
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
 * The downloads under way in every identity's session, so that Hatstand's ending can end them. One left running is
 * interrupted by Chromium's own shutdown, which keeps its file for a resume Hatstand never offers: cut off, under its
 * real name (Chromium writes straight into the save path), and unlogged, as the activity log is closed by then
 * (configure-session.ts).
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
 * How the activity log tells a download that did not finish. Cancelled at a Windows session's end, its file may stay:
 * Chromium removes it in a task of its own, and the process is terminated at once (quit.ts).
 */
export function unfinishedDownloadSummary(path: string, how: 'cancelled' | 'interrupted' | Ending): string {
  const name = basename(path);
  if (how === 'session-end') return `Download of ${name} did not finish (cancelled as Windows ended the session); its unfinished file may be left in the folder`;
  const why = how === 'quit' ? 'cancelled by the quit' : how === 'cancelled' ? 'cancelled, or cut off' : 'it failed';
  return `Download of ${name} did not finish (${why}); nothing was kept`;
}
