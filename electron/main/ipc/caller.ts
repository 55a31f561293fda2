import type { CallerContext } from '../services/api/router';

/**
 * Who sent an IPC message. Only the main frame of a window Hatstand created,
 * showing our own bundled page, is answered: a site view, a sub-frame or a
 * page that navigated elsewhere gets nothing (Electron security checklist:
 * validate the sender of every IPC message).
 */
export interface SenderInfo {
  senderId: number;
  frame: { url: string; isMainFrame: boolean } | null;
}

export interface KnownWindows {
  /** The caller context of a web contents we created for our own UI, else undefined. */
  contextOf(webContentsId: number): CallerContext | undefined;
  /** The file URL our renderer is loaded from (without query or hash). */
  rendererUrl: string;
}

export function resolveCaller(sender: SenderInfo, known: KnownWindows): CallerContext | null {
  if (!sender.frame || !sender.frame.isMainFrame) return null;
  let url: URL;
  try {
    url = new URL(sender.frame.url);
  } catch {
    return null;
  }
  if (`${url.origin === 'null' ? url.protocol + '//' : url.origin}${url.pathname}` !== stripQuery(known.rendererUrl)) {
    return null;
  }
  return known.contextOf(sender.senderId) ?? null;
}

function stripQuery(u: string): string {
  const url = new URL(u);
  return `${url.origin === 'null' ? url.protocol + '//' : url.origin}${url.pathname}`;
}
