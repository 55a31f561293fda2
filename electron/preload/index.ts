import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, eventListenerName, splitChannel } from '../../shared/ipc/channels';

/**
 * Exposes `window.hatstand`: one named function per contract channel
 * (`hatstand.drafts.save(input)`) and one `on…` function per event. Each
 * function is bound to its own channel here, so the page can never choose a
 * channel, and no generic send/invoke/on reaches it. Only plain data crosses.
 */
const api: Record<string, Record<string, unknown>> = { events: {} };

for (const channel of CHANNELS) {
  const [domain, verb] = splitChannel(channel);
  (api[domain] ??= {})[verb] = (input: unknown) => ipcRenderer.invoke(channel, input ?? {});
}

for (const event of EVENTS) {
  api.events![eventListenerName(event)] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('Pass a function to listen for Hatstand events.');
    // Hand the page only the payload, never the IpcRendererEvent (it exposes `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  };
}

contextBridge.exposeInMainWorld('hatstand', api);
