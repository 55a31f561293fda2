import type { Page } from '@playwright/test';
import { CHANNELS, EVENTS, eventListenerName, splitChannel } from '../../shared/ipc/channels';
import type { EventName } from '../../shared/ipc/channels';

/**
 * Gives a Chromium page the same `window.hatstand` the preload gives an
 * Electron window: one named function per channel, one `on…` per event.
 * Calls travel through `page.exposeBinding` instead of Electron IPC.
 */
export async function installPreloadShim(
  page: Page,
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
): Promise<void> {
  await page.exposeBinding('__hatstandInvoke', (_source, channel: string, payload: unknown) => invoke(channel, payload));
  const channels = CHANNELS.map((c) => [c, ...splitChannel(c)]);
  const events = EVENTS.map((e) => [e, eventListenerName(e)]);
  await page.addInitScript(
    ({ channels, events }) => {
      const w = window as unknown as Record<string, unknown>;
      const invoke = w.__hatstandInvoke as (c: string, p: unknown) => Promise<unknown>;
      const listeners = new Map<string, Set<(p: unknown) => void>>();
      const api: Record<string, Record<string, unknown>> = { events: {} };
      for (const [channel, domain, verb] of channels) {
        (api[domain!] ??= {})[verb!] = (input: unknown) => invoke(channel!, input ?? {});
      }
      for (const [event, name] of events) {
        api.events![name!] = (listener: (p: unknown) => void) => {
          const set = listeners.get(event!) ?? new Set();
          listeners.set(event!, set);
          set.add(listener);
          return () => set.delete(listener);
        };
      }
      w.hatstand = Object.freeze(api);
      // The harness's stand-in for webContents.send().
      w.__hatstandEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
    },
    { channels, events },
  );
}

export async function emit<E extends EventName>(page: Page, event: E, payload: unknown): Promise<void> {
  await page.evaluate(([e, p]) => (window as unknown as { __hatstandEmit(e: string, p: unknown): void }).__hatstandEmit(e, p), [
    event,
    payload,
  ] as const);
}
