/**
 * A double of `Electron.IpcMain`'s invoke side.
 *
 * - One handler per channel: a second `handle()` for the same channel throws
 *   "Attempted to register a second handler for '<channel>'" (lib/browser/ipc-main-impl.ts:17).
 * - The handler gets an IpcMainInvokeEvent whose `sender` is the calling page and
 *   whose `senderFrame` is the calling frame, `null` once that frame navigated or
 *   was destroyed (docs/api/structures/ipc-main-invoke-event.md); a sub-frame has a
 *   non-null `parent` (docs/api/web-frame-main.md, `frame.parent`).
 * - Arguments and the answer cross as structured clones (V8Serializer, shell/common/v8_util.cc): a page's
 *   argument that cannot be cloned makes its `invoke` throw "An object could not be cloned."; an answer that
 *   cannot be cloned is never delivered (ReplyChannel::SendReplyImpl returns false, shell/common/gin_helper/
 *   reply_channel.cc), which the double reports as a test failure rather than guess what the page sees.
 * - A handler that throws is logged by Electron with the error (console.error, lib/browser/ipc-dispatch.ts) and
 *   the page gets only `Error invoking remote method '<channel>': <error.toString()>` (lib/renderer/api/
 *   ipc-renderer.ts): its class, code and fields are lost.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { FakeWebContents } from './web-contents';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export interface InvokeFrom {
  sender: FakeWebContents | { id: number };
  /** The calling frame's URL; defaults to the sender's current URL. */
  frameUrl?: string;
  /** A sub-frame of the page rather than its main frame. */
  subFrame?: boolean;
  /** The frame navigated away or was destroyed before main looked at it. */
  frameGone?: boolean;
  /**
   * The frame's host lives but its render frame was disposed (a renderer that crashed after sending): reading the
   * frame's `url` or `parent` throws "Render frame was disposed before WebFrameMain could be accessed"
   * (electron_api_web_frame_main.cc, CheckRenderFrame).
   */
  frameDisposed?: boolean;
}

/** What crosses Electron's IPC: a structured clone (throws as Electron does for what cannot be cloned). */
export function cloneAcrossIpc<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    throw new Error('An object could not be cloned.');
  }
}

/** A handler answered with something Electron cannot send: the page would never get an answer. */
export class UnsendableReplyError extends Error {}

export class FakeIpcMain implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  private readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Parameters<IpcMain['handle']>[1]): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener as Handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /** A page calls `ipcRenderer.invoke(channel, ...args)`. Rejects when no handler exists, as Electron does. */
  async invoke(channel: string, from: InvokeFrom, ...args: unknown[]): Promise<unknown> {
    const sent = cloneAcrossIpc(args);
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const url = from.frameUrl ?? ('getURL' in from.sender ? from.sender.getURL() : '');
    const disposed = () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    };
    const senderFrame = from.frameGone
      ? null
      : from.frameDisposed
        ? { get url(): string { return disposed(); }, get parent(): null { return disposed(); } }
        : { url, parent: from.subFrame ? { url: 'about:blank' } : null };
    const event = { sender: from.sender, senderFrame, type: 'frame', processId: 1, frameId: 1 } as unknown as IpcMainInvokeEvent;
    let answer: unknown;
    try {
      answer = await handler(event, ...sent);
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
    try {
      return cloneAcrossIpc(answer);
    } catch {
      throw new UnsendableReplyError(`The handler of '${channel}' answered with a value Electron cannot clone; the page would never get it.`);
    }
  }
}
