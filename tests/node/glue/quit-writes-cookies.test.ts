import { afterEach, describe, expect, it, vi } from 'vitest';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { keepSessionCookies, type CookieKeeper } from '../../../electron/main/session/keep-session-cookies';
import { createElectron, nextTask, type FakeElectron } from '../../support/electron';

/**
 * Quitting writes every identity's cookie jar to disk: the store writes only every 30 s (docs/api/cookies.md), and
 * what a site set since would be gone at the next start, for every identity. Wired as bootstrap.ts wires it.
 */
const LASTING = 4_000_000_000;

function quittingWith(identities: string[]) {
  const e: FakeElectron = createElectron();
  const log: string[] = [];
  const keepers: CookieKeeper[] = [];
  const jars = identities.map((id) => {
    const cookies = e.session.fromPartition(`persist:identity-${id}`).cookies;
    keepers.push(keepSessionCookies(cookies, { enabled: () => false, record: { read: () => [], write: () => {} } }));
    return cookies;
  });
  const onDisk = () => jars.flatMap((jar) => jar.onDisk().map((c) => c.name)).sort();
  endWhenQuitIsCertain(
    e.app,
    () => void log.push('end'),
    () => void log.push(`store closed, on disk: ${onDisk().join(' ')}`),
    { flush: () => Promise.all(keepers.map((keeper) => keeper.flush())) },
  );
  e.app.on('quit', () => void log.push('quit'));
  return { e, log, jars, onDisk };
}

async function laterTasks(n = 6): Promise<void> {
  for (let i = 0; i < n; i++) await nextTask();
}

afterEach(() => void vi.useRealTimers());

describe('quitting writes the cookies to disk', () => {
  it('holds the quit until every identity\u2019s jar is written, then closes the store and ends', async () => {
    const { e, log, jars, onDisk } = quittingWith(['personal', 'professional']);
    // What the sites set in the last seconds, not yet written by the store's own 30 s round.
    await jars[0]!.set({ url: 'https://x.com/', name: 'auth', value: 'a', expirationDate: LASTING });
    await jars[1]!.set({ url: 'https://www.linkedin.com/', name: 'li_at', value: 'b', expirationDate: LASTING });
    expect(onDisk()).toEqual([]);

    e.app.quit();
    expect(e.app.ended).toBe(false);
    await laterTasks();
    expect(onDisk()).toEqual(['auth', 'li_at']);
    expect(log).toEqual(['end', 'store closed, on disk: auth li_at', 'quit']);
    expect([e.app.ended, e.app.exitCode]).toEqual([true, 0]);
  });

  it('a jar that never answers holds the quit 2 s at most', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { e, log, jars } = quittingWith(['personal']);
    vi.spyOn(jars[0]!, 'flushStore').mockReturnValue(new Promise(() => {}));
    e.app.quit();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(e.app.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(e.app.ended).toBe(true);
    expect(log).toEqual(['end', 'store closed, on disk: ', 'quit']);
  });

  it('asked to quit again while held, stays held and ends once', async () => {
    const { e, log, jars } = quittingWith(['personal']);
    let answer!: () => void;
    vi.spyOn(jars[0]!, 'flushStore').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    e.app.quit();
    await laterTasks();
    e.app.quit(); // (the tray's Quit, clicked again)
    await laterTasks();
    expect(e.app.ended).toBe(false);
    answer();
    await laterTasks();
    expect(log.filter((line) => line.startsWith('store closed'))).toHaveLength(1);
    expect(e.app.ended).toBe(true);
  });

  it('at a Windows logoff or shutdown, starts writing every jar, for what it gets done before the process is ended', async () => {
    const { e, jars } = quittingWith(['personal', 'professional']);
    new e.BrowserWindow();
    e.app.endSession();
    expect(e.app.terminated).toBe(true);
    // Only the microtasks of the listeners' own calls run before the process ends: no later task.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(jars.map((jar) => jar.flushes)).toEqual([1, 1]);
  });
});
