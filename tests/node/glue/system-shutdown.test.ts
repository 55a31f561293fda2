/**
 * Audit F6: on Linux the system's shutdown reached Hatstand as a plain quit (SIGTERM, Browser::Quit), so a site that
 * asks to stay had its "Quit Hatstand?" asked while the desktop was going away, and a "Stay" (or no answer) left the
 * cookies unwritten, the downloads unlogged and the store open when the system killed the process. powerMonitor's
 * 'shutdown' now ends Hatstand there as a Windows session's end does, asking nothing (quit.ts), wired as bootstrap.ts
 * wires it, whichever powerMonitor listener comes first (Electron hears 'shutdown' only when a listener of it is
 * counted after the event source started: power-monitor.ts in the doubles).
 *
 * Found by review: macOS's 'shutdown' is the person ASKING to log out or power off, which another app may still
 * cancel; ending at once lost a site's typed text even when the logout was then cancelled. There it is Electron's own
 * quit again: sites may ask, and a "Stay" keeps Hatstand (and cancels the logout).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNetworkMayBeBack } from '../../../electron/main/network-back';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { configureIdentitySession } from '../../../electron/main/session/configure-session';
import { RunningDownloads, unfinishedDownloadSummary } from '../../../electron/main/session/downloads';
import { keepSessionCookies } from '../../../electron/main/session/keep-session-cookies';
import { partitionFor } from '../../../electron/main/session/partition';
import { LOGIND_INHIBIT_DELAY_MS } from '../../support/electron';
import { laterTasks, professionalOnX } from './support/windows';

const LASTING = 4_000_000_000;

/**
 * Professional's window on X's compose page, which asks to stay; a download under way; Hatstand's ending wired. With
 * `networkWatchedFirst`, as bootstrap.ts does: network-back.ts's 'resume' listener is powerMonitor's first.
 */
function composingAtShutdown(platform: NodeJS.Platform, { networkWatchedFirst = false } = {}) {
  const { w, page } = professionalOnX({ platform });
  void page.loadURL('https://x.com/compose/post');
  page.finishLoad('Compose / X');
  page.cancelsUnload = true;
  w.kit.answer = 0; // Stay, were anything asked
  const session = w.e.session.fromPartition(partitionFor(w.professional.id));
  const runningDownloads = new RunningDownloads();
  const log: string[] = [];
  let storeOpen = true;
  configureIdentitySession(session, {
    identityId: w.professional.id,
    identityName: () => 'Professional',
    downloadsRoot: '/home/me/Downloads',
    permissionGrants: () => new Set<string>(),
    fileExists: () => false,
    runningDownloads,
    onDownloadFailed: ({ path, state, endedBy }) => void (storeOpen && log.push(unfinishedDownloadSummary(path, endedBy ?? state))),
  });
  const keeper = keepSessionCookies(session.cookies, { enabled: () => false, record: { read: () => [], write: () => {} } });
  const onDisk = () => session.cookies.onDisk().map((c) => c.name);
  if (networkWatchedFirst) whenNetworkMayBeBack(w.e.powerMonitor, w.e.net, () => {});
  // bootstrap.ts: the ending, the store last, the cookie jars written, and powerMonitor.
  endWhenQuitIsCertain(
    w.e.app,
    (ending) => {
      w.windows.quitCertain();
      runningDownloads.cancelAll(ending);
    },
    () => {
      storeOpen = false;
      log.push(`store closed, on disk: ${onDisk().join(' ')}`);
    },
    { flush: () => keeper.flush() },
    { powerMonitor: w.e.powerMonitor, platform },
  );
  const emitted: string[] = [];
  for (const name of ['before-quit', 'will-quit', 'quit']) w.e.app.on(name, () => void emitted.push(name));
  return { w, page, session, log, emitted, questions: () => w.kit.questions.map((q) => String(q.message)) };
}

afterEach(() => void vi.useRealTimers());

describe.each([
  ['its listener first', false],
  ['network-back.ts\u2019s listener first, as bootstrap.ts has it', true],
] as const)('the system shuts down (Linux, %s)', (_order, networkWatchedFirst) => {
  it('holds the shutdown, asks nothing, writes the cookies, logs the download, closes the store last, and exits', async () => {
    const { w, page, session, log, emitted, questions } = composingAtShutdown('linux', { networkWatchedFirst });
    await session.cookies.set({ url: 'https://x.com/', name: 'auth_token', value: 'a', expirationDate: LASTING });
    const report = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });

    const held = w.e.powerMonitor.systemShutsDown();
    await laterTasks();

    expect(questions()).toEqual([]);
    expect(held).toBe(true);
    expect(emitted).toEqual(['quit']); // (app.exit(): no before-quit, no will-quit)
    expect(log).toEqual([
      'Download of report.pdf did not finish (cancelled as the computer shut down); nothing was kept',
      'store closed, on disk: auth_token',
    ]);
    expect(report.onDisk()).toBe(null);
    expect([w.e.app.ended, w.e.app.exitCode]).toEqual([true, 0]);
    expect(w.e.world.windows()).toEqual([]);
    expect(page.isDestroyed()).toBe(true);
  });
});

describe('macOS: the person asks to log out or shut down (another app may still cancel it)', () => {
  it('is Electron\u2019s own quit: the site asks, and a \u201cStay\u201d keeps Hatstand, the page and its text', async () => {
    const { w, page, log, emitted, questions } = composingAtShutdown('darwin');
    expect(w.e.powerMonitor.systemShutsDown()).toBe(false);
    await laterTasks();
    expect(questions()).toHaveLength(1);
    expect(emitted).toEqual(['before-quit']);
    expect(w.e.app.ended).toBe(false);
    expect(page.isDestroyed()).toBe(false);
    expect(log).toEqual([]);
  });

  it('once the site is let go, quits as any quit does: cookies written, the download logged, the store closed last', async () => {
    const { w, session, log, emitted } = composingAtShutdown('darwin');
    w.kit.answer = 1; // Quit
    await session.cookies.set({ url: 'https://x.com/', name: 'auth_token', value: 'a', expirationDate: LASTING });
    session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    w.e.powerMonitor.systemShutsDown();
    await laterTasks();
    // (before-quit again as the quit goes on once the site let its window go: quits-asked.ts.)
    expect(emitted).toEqual(['before-quit', 'before-quit', 'will-quit', 'quit']);
    expect(log).toEqual(['Download of report.pdf did not finish (cancelled by the quit); nothing was kept', 'store closed, on disk: auth_token']);
    expect([w.e.app.ended, w.e.app.exitCode]).toEqual([true, 0]);
  });
});

describe('the shutdown on Linux', () => {
  it('exits within the quit\u2019s hold when the cookie store does not answer: before logind stops waiting and sends SIGTERM', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { w, session, emitted, questions } = composingAtShutdown('linux');
    vi.spyOn(session.cookies, 'flushStore').mockReturnValue(new Promise(() => {}));
    w.e.powerMonitor.systemShutsDown();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(w.e.app.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.e.app.ended).toBe(true);
    await vi.advanceTimersByTimeAsync(LOGIND_INHIBIT_DELAY_MS);
    expect(emitted).toEqual(['quit']);
    expect(questions()).toEqual([]);
  });

  it('while a quit is held for its writes, ends that quit once, as it would have', async () => {
    const { w, session, log } = composingAtShutdown('linux');
    w.kit.answer = 1; // Quit
    let answer!: () => void;
    vi.spyOn(session.cookies, 'flushStore').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    w.e.app.quit();
    await laterTasks();
    expect(w.e.app.ended).toBe(false); // (held for the jar)
    expect(w.e.powerMonitor.systemShutsDown()).toBe(true);
    answer();
    await laterTasks();
    expect(log.filter((line) => line.startsWith('store closed'))).toHaveLength(1);
    expect([w.e.app.ended, w.e.app.exitCode]).toEqual([true, 0]);
  });
});

describe('control: Windows', () => {
  it('has no powerMonitor shutdown: its session-end ending is unchanged (the process is terminated)', async () => {
    const { w, log, emitted, questions } = composingAtShutdown('win32');
    // (A window made after the ending was wired, as bootstrap.ts wires it before any window: its session-end is heard.)
    w.windows.openIdentity(w.personal.id);
    const report = w.e.session.fromPartition(partitionFor(w.professional.id)).download({ filename: 'a.zip', url: 'https://x.com/a.zip' });
    expect(w.e.powerMonitor.systemShutsDown()).toBe(false);
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(w.e.app.terminated).toBe(true);
    expect(emitted).toEqual([]);
    expect(questions()).toEqual([]);
    expect(log).toEqual([
      'Download of a.zip did not finish (cancelled as Windows ended the session); its unfinished file a.zip.part may be left in the folder until Hatstand next starts',
    ]);
    expect(report.onDisk()).toBe('cut off');
  });
});
