import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/result';
import type { Router } from '../services/api/router';
import { resolveCaller, type KnownWindows } from './caller';

/**
 * The calling frame's URL and place, or null when it cannot be known: gone (navigated away, destroyed), or a frame
 * whose render frame was disposed (a renderer that crashed after sending), whose `url` and `parent` throw
 * (electron_api_web_frame_main.cc, CheckRenderFrame). Refused either way, as a sender we cannot vouch for.
 */
function senderFrameOf(event: IpcMainInvokeEvent): { url: string; isMainFrame: boolean } | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
  } catch {
    return null;
  }
}

/**
 * One handler per contract channel; each checks the sender before the router
 * validates the payload. Unknown channels simply have no handler.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router, known: KnownWindows): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const caller = resolveCaller({ senderId: event.sender.id, frame: senderFrameOf(event) }, known);
      if (!caller) return fail('ipc/foreign-sender', 'This request did not come from a Hatstand window and was refused.');
      return router.dispatch(channel, payload, caller);
    });
  }
}
