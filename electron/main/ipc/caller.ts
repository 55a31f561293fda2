import type { CallerContext } from '../services/api/router';
import { isOwnPage } from '../security/app-protocol';

/**
 * Who sent an IPC message. Only the main frame of a window Hatstand created,
 * showing our own page (app://hatstand/index.html, compared on the parsed URL,
 * never as a string prefix), is answered: a site view, a sub-frame or a page
 * that navigated elsewhere gets nothing (Electron security checklist item 17:
 * validate the sender of every IPC message). Which window kind it is, and so
 * which channels it may call, comes from the registry of windows we made.
 */
export interface SenderInfo {
  senderId: number;
  frame: { url: string; isMainFrame: boolean } | null;
}

export interface KnownWindows {
  /** The caller context of a web contents we created for our own UI, else undefined. */
  contextOf(webContentsId: number): CallerContext | undefined;
}

export function resolveCaller(sender: SenderInfo, known: KnownWindows): CallerContext | null {
  if (!sender.frame || !sender.frame.isMainFrame) return null;
  if (!isOwnPage(sender.frame.url)) return null;
  return known.contextOf(sender.senderId) ?? null;
}
