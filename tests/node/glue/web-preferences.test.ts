import { describe, expect, it } from 'vitest';
import { chromeWebPreferences, siteWebPreferences } from '../../../electron/main/security/web-preferences';
import { partitionFor } from '../../../electron/main/session/partition';

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const hardened = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

describe('web preferences', () => {
  it('hardens our own pages and gives them the preload, but no partition', () => {
    const prefs = chromeWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject(hardened);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.partition).toBeUndefined();
  });

  it('hardens site views, puts them on the identity partition and gives them no preload of ours', () => {
    const prefs = siteWebPreferences(partitionFor(ID));
    expect(prefs).toMatchObject(hardened);
    expect(prefs.partition).toBe(`persist:identity-${ID}`);
    expect(prefs.preload).toBeUndefined();
  });

  it('a page for a link keeps its opener frame\'s sandbox flags, hardened all the same; without them it is a site\'s usual page', () => {
    expect(siteWebPreferences(partitionFor(ID), 0x3ff)).toMatchObject({ ...hardened, openerSandboxFlags: 0x3ff });
    const usual = siteWebPreferences(partitionFor(ID));
    expect(usual).toMatchObject(hardened);
    expect(usual).not.toHaveProperty('openerSandboxFlags');
    expect(usual).not.toHaveProperty('javascript');
  });

  it('refuses to build a site view on anything but an identity partition', () => {
    expect(() => siteWebPreferences('')).toThrow();
    expect(() => siteWebPreferences('persist:default')).toThrow();
  });

  it('returns a fresh object each time, so a caller cannot weaken the next window', () => {
    const a = chromeWebPreferences('/p');
    a.sandbox = false;
    expect(chromeWebPreferences('/p').sandbox).toBe(true);
  });
});
