import { describe, expect, it } from 'vitest';
import { configureIdentitySession } from '../../../electron/main/session/configure-session';
import { RunningDownloads, safeDownloadName, uniqueDownloadPath, unfinishedDownloadSummary } from '../../../electron/main/session/downloads';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { createElectron, type FakeElectronOptions } from '../../support/electron';

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const FOLDER = '/home/me/Downloads/Hatstand/Personal (3f2b8c1e)';
/** Personal's session as bootstrap configures it, downloads into FOLDER (each test adds what it watches). */
const PERSONAL = { identityId: ID, identityName: () => 'Personal', downloadsRoot: '/home/me/Downloads', permissionGrants: () => new Set<string>() };

/** Issue 12: bidi overrides and Windows reserved names were kept, truncation dropped the extension; issue 8: never overwrite. */
describe('download names', () => {
  it.each([
    ['a right-to-left override that disguises an executable', 'report\u202Egpj.exe', 'report_gpj.exe'],
    ['a left-to-right isolate', '\u2066invoice\u2069.pdf', '_invoice_.pdf'],
    ['a zero-width space', 'pay\u200Bslip.pdf', 'pay_slip.pdf'],
    ['a Windows device name', 'CON.txt', 'CON_.txt'],
    ['a Windows device name without extension', 'nul', 'nul_'],
    ['a COM port', 'com1.log', 'com1_.log'],
    ['trailing dots and spaces', 'notes.txt. . ', 'notes.txt'],
    ['characters Windows refuses', 'a<b>c:d"e|f?g*.txt', 'a_b_c_d_e_f_g_.txt'],
    ['folders', '../../.ssh/authorized_keys', 'authorized_keys'],
    ['a hidden-file name', '.bashrc', 'bashrc'],
    ['nothing left', '...', 'download'],
  ])('cleans %s', (_what, suggested, expected) => {
    expect(safeDownloadName(suggested)).toBe(expected);
  });

  it('keeps the extension when it shortens a long name, within 255 bytes on disk', () => {
    for (const stem of ['a'.repeat(400), '\u6f22'.repeat(400), '\u{1F600}'.repeat(200)]) {
      const name = safeDownloadName(`${stem}.tar.gz`);
      expect(name.endsWith('.gz'), name).toBe(true);
      expect(Buffer.byteLength(`${name} (999)`, 'utf8')).toBeLessThanOrEqual(255);
    }
    expect(safeDownloadName(`${'b'.repeat(300)}.pdf`)).toMatch(/^b+\.pdf$/);
  });

  it('never picks an existing file: report.pdf, report (1).pdf, report (2).pdf', () => {
    const existing = new Set([`${FOLDER}/report.pdf`, `${FOLDER}/report (1).pdf`]);
    expect(uniqueDownloadPath(FOLDER, 'report.pdf', (p) => existing.has(p))).toBe(`${FOLDER}/report (2).pdf`);
    expect(uniqueDownloadPath(FOLDER, 'README', (p) => p === `${FOLDER}/README`)).toBe(`${FOLDER}/README (1)`);
  });

  it('gives two downloads of the same name at once two files, and never overwrites one on disk', () => {
    const session = createElectron().session.fromPartition(`persist:identity-${ID}`);
    const onDisk = new Set([`${FOLDER}/photo.jpg`]);
    configureIdentitySession(session, {
      ...PERSONAL,
      fileExists: (p) => onDisk.has(p),
    });
    const item = () => session.download({ filename: 'photo.jpg', url: 'https://x.com/media/photo.jpg' });
    expect([item(), item()].map((i) => i.getSavePath())).toEqual([`${FOLDER}/photo (1).jpg`, `${FOLDER}/photo (2).jpg`]);
  });

  it('says a download did not finish, frees its name, and ends one cut off that would wait for a resume', () => {
    const session = createElectron().session.fromPartition(`persist:identity-${ID}`);
    const ended: Array<{ path: string; state: string }> = [];
    const saved: string[] = [];
    configureIdentitySession(session, {
      ...PERSONAL,
      fileExists: () => false,
      onDownload: ({ path }) => void saved.push(path),
      onDownloadFailed: ({ path, state }) => void ended.push({ path, state }),
    });
    const first = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    expect(first.getSavePath()).toBe(`${FOLDER}/report.pdf`);
    first.end('interrupted');
    expect(ended).toEqual([{ path: `${FOLDER}/report.pdf`, state: 'interrupted' }]);
    expect(saved).toEqual([]);
    // Its name is free again (it stayed taken until Hatstand restarted).
    const again = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    expect(again.getSavePath()).toBe(`${FOLDER}/report.pdf`);
    again.end('completed');
    expect(saved).toEqual([`${FOLDER}/report.pdf`]);
    // The connection drops: the download could be resumed, which Hatstand does not offer, so it is cancelled (Chromium
    // then removes its file) rather than left cut off under its name, unlogged.
    const cut = session.download({ filename: 'video.mp4', url: 'https://x.com/video.mp4' });
    cut.interrupt();
    expect(ended.at(-1)).toEqual({ path: `${FOLDER}/video.mp4`, state: 'cancelled' });
  });
});

/**
 * Audit: a download cut off by quitting stayed on disk, cut off, under its real name, and the log said nothing. Left
 * running, Chromium's shutdown interrupts it for a resume after 'will-quit' and keeps its file, and the log is closed
 * by then (session.ts, FakeDownloadItem).
 */
describe('downloads under way when Hatstand ends', () => {
  /** One identity's session wired as bootstrap.ts wires it: the log closes last, once the quit's ending settled. */
  function endingWorld(options: FakeElectronOptions = {}) {
    const e = createElectron(options);
    const session = e.session.fromPartition(`persist:identity-${ID}`);
    const runningDownloads = new RunningDownloads();
    const log: string[] = [];
    let logOpen = true;
    configureIdentitySession(session, {
      ...PERSONAL,
      fileExists: () => false,
      runningDownloads,
      onDownload: ({ path }) => void (logOpen && log.push(`saved ${path}`)),
      onDownloadFailed: ({ path, state, endedBy }) => void (logOpen && log.push(unfinishedDownloadSummary(path, endedBy ?? state))),
    });
    endWhenQuitIsCertain(e.app, (ending) => runningDownloads.cancelAll(ending), () => void (logOpen = false));
    return { e, session, log, isLogOpen: () => logOpen };
  }
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };

  it('are cancelled when the quit is certain: no file is left under the real name, and each is logged as cancelled by the quit', async () => {
    const { e, session, log, isLogOpen } = endingWorld();
    const report = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    const video = session.download({ filename: 'video.mp4', url: 'https://x.com/video.mp4' });
    const done = session.download({ filename: 'done.txt', url: 'https://x.com/done.txt' });
    done.end('completed');
    expect(report.onDisk()).toBe('cut off');
    e.app.quit();
    await settle();
    expect(e.app.ended).toBe(true);
    expect(isLogOpen()).toBe(false);
    expect([report.onDisk(), video.onDisk(), done.onDisk()]).toEqual([null, null, 'whole']);
    expect(log).toEqual([
      `saved ${FOLDER}/done.txt`,
      'Download of report.pdf did not finish (cancelled by the quit); nothing was kept',
      'Download of video.mp4 did not finish (cancelled by the quit); nothing was kept',
    ]);
  });

  it('are left alone by a quit a window refused: they go on', async () => {
    const { e, session, log } = endingWorld();
    const win = new e.BrowserWindow();
    win.on('close', (event: Electron.Event) => event.preventDefault());
    const report = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    e.app.quit();
    await settle();
    expect(e.app.ended).toBe(false);
    report.end('completed');
    expect(report.onDisk()).toBe('whole');
    expect(log).toEqual([`saved ${FOLDER}/report.pdf`]);
  });

  it('are cancelled and logged at a Windows logoff too, which says their file may be left (the process ends at once)', async () => {
    const { e, session, log } = endingWorld({ platform: 'win32' });
    new e.BrowserWindow();
    const report = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    e.app.endSession();
    await settle();
    expect(e.app.terminated).toBe(true);
    expect(log).toEqual(['Download of report.pdf did not finish (cancelled as Windows ended the session); its unfinished file may be left in the folder']);
    // (Chromium removes the file in a task of its own, which a process terminated at once never runs.)
    expect(report.onDisk()).toBe('cut off');
  });
});
