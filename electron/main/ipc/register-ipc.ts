import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/result';
import type { Router } from '../services/api/router';
import { resolveCaller, type KnownWindows } from './caller';

/**
 * One handler per contract channel; each checks the sender before the router
 * validates the payload. Unknown channels simply have no handler.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router, known: KnownWindows): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const caller = resolveCaller(
        {
          senderId: event.sender.id,
          frame: frame ? { url: frame.url, isMainFrame: frame.parent === null } : null,
        },
        known,
      );
      if (!caller) return fail('ipc/foreign-sender', 'This request did not come from a Hatstand window and was refused.');
      return router.dispatch(channel, payload, caller);
    });
  }
}
