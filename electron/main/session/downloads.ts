import { join } from 'node:path';

/**
 * Each identity's downloads land in its own folder (PITFALLS 6): one global
 * folder would mix the identities' files.
 */
export function identityDownloadsFolder(downloadsRoot: string, identityName: string, identityId: string): string {
  const safe = identityName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'Identity';
  return join(downloadsRoot, 'Hatstand', `${safe} (${identityId.slice(0, 8)})`);
}

/** A file name a site suggested, made safe: no folders, no hidden-file trick, no control characters. */
export function safeDownloadName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '').trim();
  return cleaned.slice(0, 180) || 'download';
}
