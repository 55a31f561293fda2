/** The post guard wired to the windows as bootstrap.ts wires it, for the glue tests that hold a post. */
import { vi } from 'vitest';
import { createHandlers } from '../../../../electron/main/services/api/handlers';
import { windowGuardChrome } from '../../../../electron/main/windows/guard-chrome';
import type { ChromeContext } from '../../../../shared/ipc/contract';
import { windowWorld } from './windows';

/** A post X's web client sends (the GraphQL CreateTweet shape). */
export const TWEET = {
  method: 'POST',
  url: 'https://x.com/i/api/graphql/q1/CreateTweet',
  body: JSON.stringify({ variables: { tweet_text: 'Quarterly results are out' } }),
};

export function guardedWorld(chromeTimeoutMs = 60_000) {
  const w = windowWorld();
  const services = createHandlers({
    store: w.store,
    windows: w.windows,
    chromeTimeoutMs,
    guardChrome: windowGuardChrome({
      windowOf: (id) => w.windows.windowOf(id),
      openQuestions: (id) => services.broker.pending(id).length,
      notice: (id, notice) => w.windows.send(id, 'guard:notice', notice),
    }),
  });
  w.hooks.questionOpen = (id) => services.broker.pending(id).length > 0;
  /** A read of the chrome's context; `missed`: a document's first read, which asks for the notices it missed. */
  const context = (identityId: string, missed = false) =>
    services.handlers['chrome:context']({ identityId, ...(missed ? { missed: true as const } : {}) }, { window: 'identity', identityId }) as Promise<ChromeContext>;
  return { w, services, context };
}

/** Lets timers and the promises they settle run (with fake timers). */
export async function flushTimers(): Promise<void> {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
}
