import filenamify from 'filenamify';
import { extname, join } from 'node:path';

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
