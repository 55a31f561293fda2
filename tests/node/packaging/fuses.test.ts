import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeElectronBinary, readFuses } from '../../support/electron/fuses';

/**
 * The fuses of issue 12 as electron-builder flips them: its own config loader
 * and schema, its own mapping to @electron/fuses (PlatformPackager.generateFuseConfig),
 * and @electron/fuses writing a model of Electron 45's fuse wire.
 */
const root = resolve(__dirname, '../../..');
const requireFromRoot = createRequire(join(root, 'package.json'));

interface BuilderLib {
  getConfig(dir: string, file: string, options: null): Promise<Record<string, unknown> & { electronFuses?: Record<string, boolean> }>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
}
function builder() {
  const lib = requireFromRoot('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(f: unknown): Promise<Record<string, unknown>> } } };
  const config = requireFromRoot('app-builder-lib/out/util/config/config') as BuilderLib;
  const { DebugLogger } = requireFromRoot('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const fuses = requireFromRoot('@electron/fuses') as { flipFuses(path: string, config: unknown): Promise<number> };
  return { ...config, logger: new DebugLogger(false), generateFuseConfig: (f: unknown) => lib.PlatformPackager.prototype.generateFuseConfig.call(null, f), ...fuses };
}

describe('Electron fuses in the packaged app', () => {
  it('are declared in electron-builder.yml and valid for electron-builder\u2019s schema', async () => {
    const b = builder();
    const config = await b.getConfig(root, 'electron-builder.yml', null);
    await b.validateConfiguration(config, b.logger);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      resetAdHocDarwinSignature: true,
    });
    // An unsigned Apple Silicon build keeps a valid ad-hoc signature after the flip, or macOS kills it at launch.
    expect(await b.generateFuseConfig(config.electronFuses)).toMatchObject({ resetAdHocDarwinSignature: true });
    // The schema is strict: a misspelt fuse would be refused, not silently ignored.
    await expect(b.validateConfiguration({ ...config, electronFuses: { runAsnode: false } }, b.logger)).rejects.toThrow();
  });

  it('end up flipped in the binary the way the checklist asks', async () => {
    const b = builder();
    const config = await b.getConfig(root, 'electron-builder.yml', null);
    const binary = join(mkdtempSync(join(tmpdir(), 'hatstand-fuses-')), 'hatstand');
    writeFileSync(binary, fakeElectronBinary());
    expect(readFuses(readFileSync(binary)).runAsNode).toBe('1');
    await b.flipFuses(binary, await b.generateFuseConfig(config.electronFuses));
    expect(readFuses(readFileSync(binary))).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      nodeCliInspect: '0',
      embeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
      // Not in @electron/fuses 1.8 yet; its default (on) is the safe one.
      wasmTrapHandlers: '1',
    });
  });

  it('keep the file protocol unprivileged because no window loads file://', () => {
    const sources = ['electron/main/windows/identity-window.ts', 'electron/main/windows/window-manager.ts'].map((f) => readFileSync(join(root, f), 'utf8'));
    for (const source of sources) expect(source).not.toMatch(/\.loadFile\(/);
  });
});
