/**
 * Issue 8, item 5: `hatstand --identity <name>` run while Hatstand runs opens
 * that identity's window, whatever Chromium did to the second process's argv.
 */
import { describe, expect, it } from 'vitest';
import { argvOfSecondInstance, findRequestedIdentity, identityLookupProblem, requestedIdentityName } from '../../../electron/main/cli';
import { claimSingleInstance, followRelaunches } from '../../../electron/main/relaunch';
import type { Identity } from '../../../shared/domain/identity';
import { createElectron, FakeMachine, nextTask } from '../../support/electron';
import { identityWin, laterTasks, windowWorld } from './support/windows';

const identities = [{ id: 'id-1', name: 'Personal' }, { id: 'id-2', name: 'Professional' }] as Identity[];

/** The running Hatstand and a second `hatstand …` on the same machine, both as index.ts starts them. */
function running(platform: NodeJS.Platform = 'linux') {
  const machine = new FakeMachine();
  const first = createElectron({ machine, platform, argv: ['hatstand'] });
  first.app.enableSandbox();
  expect(claimSingleInstance(first.app, first.app.argv)).toBe(true);
  first.app.becomeReady();
  const opened: string[] = [];
  let reactivated = 0;
  followRelaunches(first.app, {
    fromArgv: (argv) => {
      const lookup = findRequestedIdentity(argv, identities);
      opened.push(lookup && 'found' in lookup ? lookup.found.name : (identityLookupProblem(lookup) ?? 'launcher'));
    },
    reactivate: () => void reactivated++,
  });
  const again = (argv: string[]) => {
    const second = createElectron({ machine, platform, argv });
    second.app.enableSandbox();
    return claimSingleInstance(second.app, second.app.argv);
  };
  return { first, opened, again, reactivated: () => reactivated };
}

describe('a second hatstand --identity (item 5)', () => {
  it.each([
    [['hatstand', '--identity', 'professional']],
    [['hatstand', '--identity=Professional']],
    [['/opt/Hatstand/hatstand', '--identity', 'PROFESSIONAL', '--no-first-run']],
    [['electron', '.', '--identity', 'professional']],
  ])('%j opens Professional in the running app', (argv) => {
    const { again, opened } = running();
    expect(again(argv)).toBe(false);
    expect(opened).toEqual(['Professional']);
  });

  it('never reads a Chromium switch as the name when only the reordered argv is there', () => {
    const reordered = ['hatstand', '--identity', '--enable-sandbox', '--original-process-start-time=1', 'professional'];
    expect(requestedIdentityName(reordered)).toBeNull();
    expect(argvOfSecondInstance(reordered, { argv: ['hatstand', '--identity', 'professional'] })).toEqual(['hatstand', '--identity', 'professional']);
    expect(argvOfSecondInstance(reordered, null)).toBe(reordered);
    expect(argvOfSecondInstance(reordered, { argv: [1, 2] })).toBe(reordered);
  });

  it('says in one sentence what to do when the name is missing or unknown', () => {
    const { again, opened } = running();
    again(['hatstand', '--identity']);
    again(['hatstand', '--identity', 'Work']);
    expect(opened).toEqual([
      "Add the identity's name after --identity, for example: hatstand --identity Personal. Your identities are: Personal, Professional.",
      'Hatstand has no identity called "Work". Your identities are: Personal, Professional.',
    ]);
    for (const sentence of opened) expect(sentence.length).toBeLessThanOrEqual(300);
  });

  it('opens the launcher when a second hatstand has no --identity', () => {
    const { again, opened } = running();
    again(['hatstand']);
    expect(opened).toEqual(['launcher']);
  });
});

describe('macOS: opening the app again only sends activate (item 5)', () => {
  it('brings back the identity window instead of stacking a launcher on it', () => {
    const w = windowWorld({ platform: 'darwin' });
    followRelaunches(w.e.app, { fromArgv: () => {}, reactivate: () => w.windows.reactivate() });
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.minimize();
    w.e.app.activate();
    expect(w.e.world.windows()).toEqual([win]);
    expect(win.isMinimized()).toBe(false);
    expect(win.isFocused()).toBe(true);
  });

  it('opens the launcher when the last window is closing: one whose close() returned is gone a task later', async () => {
    const w = windowWorld({ platform: 'darwin' });
    followRelaunches(w.e.app, { fromArgv: () => {}, reactivate: () => w.windows.reactivate() });
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.close();
    await nextTask(); // (its site page has gone: its own page closes now, and it ends a task later)
    w.e.app.activate(); // (the Dock icon, clicked as the window closes: it is still listed, and not destroyed)
    expect(win.isDestroyed()).toBe(false);
    await laterTasks();
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.world.windows()).toHaveLength(1);
    expect(w.e.world.windows()[0]!.webContents.loads.at(-1)!.url).toContain('view=launcher');
  });

  it('opens the launcher when every window is closed', () => {
    const w = windowWorld({ platform: 'darwin' });
    followRelaunches(w.e.app, { fromArgv: () => {}, reactivate: () => w.windows.reactivate() });
    w.e.app.activate();
    expect(w.e.world.windows()).toHaveLength(1);
    expect(w.e.world.windows()[0]!.webContents.loads.at(-1)!.url).toContain('view=launcher');
  });
});
