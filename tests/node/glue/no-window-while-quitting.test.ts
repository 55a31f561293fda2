import { describe, expect, it } from 'vitest';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { claimSingleInstance, followRelaunches } from '../../../electron/main/relaunch';
import { createElectron, FakeMachine } from '../../support/electron';
import { fakeWindowKit, laterTasks } from './support/windows';
import { WindowManager } from '../../../electron/main/windows/window-manager';
import { rendererPage } from '../../../electron/main/windows/renderer-page';
import { partitionFor } from '../../../electron/main/session/partition';
import { tempStore } from '../store/helpers';

/**
 * Once Hatstand's quit is certain it is held a moment for its last writes (quit.ts, cookies to disk). A window opened
 * then (a second `hatstand`, the tray, the Dock) would be destroyed with the process without asking, after the store
 * closed: none opens, and a second launch is made again once this Hatstand has ended.
 */
function heldQuit() {
  const machine = new FakeMachine();
  const e = createElectron({ machine, argv: ['hatstand'] });
  expect(claimSingleInstance(e.app, e.app.argv)).toBe(true);
  e.app.becomeReady();
  const { store } = tempStore();
  store.identities.ensureDefaults();
  const windows = new WindowManager({
    kit: fakeWindowKit(e),
    store,
    page: rendererPage('/opt/hatstand/resources/app.asar/out/renderer'),
    preloadPath: '/opt/hatstand/out/preload/index.cjs',
    sessionFor: (identityId) => e.session.fromPartition(partitionFor(identityId)),
    log: () => undefined,
    noteClipboard: () => undefined,
    questionOpen: () => false,
  });
  let release = () => {};
  const writes = new Promise<void>((resolve) => (release = resolve));
  endWhenQuitIsCertain(e.app, () => windows.quitCertain(), () => store.close(), { flush: () => writes });
  followRelaunches(e.app, { fromArgv: () => windows.openLauncher(), reactivate: () => windows.reactivate(), quitCertain: () => windows.quitIsCertain });
  const secondLaunch = (argv: string[]) => claimSingleInstance(createElectron({ machine, argv }).app, argv);
  return { e, windows, store, release, secondLaunch };
}

describe('while the quit is held for its last writes', () => {
  it('opens no window, and makes a second launch again once Hatstand has ended', async () => {
    const { e, windows, release, secondLaunch } = heldQuit();
    e.app.quit();
    await laterTasks(2);
    expect(e.app.ended).toBe(false); // (held: the cookie jars are being written)

    expect(secondLaunch(['C:\\Hatstand\\Hatstand.exe', '--identity', 'Professional'])).toBe(false);
    secondLaunch(['C:\\Hatstand\\Hatstand.exe']);
    windows.openLauncher(); // (the tray)
    e.app.activate(); // (the Dock)
    expect(e.world.windows()).toEqual([]);
    expect(e.app.relaunches).toEqual([{ execPath: 'C:\\Hatstand\\Hatstand.exe', args: ['--identity', 'Professional'] }]);

    release();
    await laterTasks();
    expect(e.app.ended).toBe(true);
  });

  it('on macOS, makes an opening from the Dock or Finder (activate) again once Hatstand has ended', async () => {
    const { e } = heldQuit();
    e.app.quit();
    await laterTasks(2);
    e.app.activate();
    e.app.activate();
    expect(e.world.windows()).toEqual([]);
    expect(e.app.relaunches).toEqual([{}]);
  });

  it('changes nothing before the quit: a second launch opens its window', () => {
    const { e, secondLaunch } = heldQuit();
    secondLaunch(['hatstand']);
    expect(e.world.windows()).toHaveLength(1);
    expect(e.app.relaunches).toEqual([]);
  });
});
