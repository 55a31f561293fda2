/**
 * `npm run dist`'s deb target, run through electron-builder's own code (the
 * real `build()` on a prepackaged app) up to the point where it would start
 * fpm: what it would pass to fpm is what the .deb gets (issue 8 items 8, 9).
 *
 * - electron-builder refuses a deb without a homepage and an author email
 *   (app-builder-lib src/targets/linux/FpmTarget.ts computeFpmMetaInfoOptions).
 * - `deb.depends` replaces electron-builder's default list instead of adding
 *   to it (FpmTarget.ts build(): `options.depends` if set, else
 *   getDefaultDepends("deb")), so a one-entry list drops gtk, nss ... and the
 *   package fails on minimal systems.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ElectronBuilder from 'electron-builder';

const root = join(__dirname, '../../..');
const requireBuilder = createRequire(require.resolve('electron-builder'));
// The same module instances electron-builder itself uses.
const { build, Platform, Arch } = requireBuilder('electron-builder') as typeof ElectronBuilder;
const FpmTarget = (requireBuilder('app-builder-lib/out/targets/FpmTarget.js') as { default: FpmTargetClass }).default;

interface FpmConfiguration {
  args: string[];
  customDepends?: string[];
}
interface FpmTargetClass {
  prototype: { executeFpm(target: string, configuration: FpmConfiguration): Promise<void>; getDefaultDepends(target: string): string[] };
}

class StopBeforeFpm extends Error {}

const work = mkdtempSync(join(tmpdir(), 'hatstand-dist-'));
const realExecuteFpm = FpmTarget.prototype.executeFpm;
let fpm: FpmConfiguration | null = null;
beforeAll(() => {
  FpmTarget.prototype.executeFpm = async (_target, configuration) => {
    fpm = configuration;
    throw new StopBeforeFpm('stop before fpm');
  };
});
afterAll(() => {
  FpmTarget.prototype.executeFpm = realExecuteFpm;
  rmSync(work, { recursive: true, force: true });
});

/** Builds the deb from electron-builder.yml and package.json, returning what fpm would get (or electron-builder's error). */
async function debForFpm(extraMetadata?: Record<string, unknown>): Promise<FpmConfiguration> {
  fpm = null;
  const unpacked = mkdtempSync(join(work, 'linux-unpacked-'));
  mkdirSync(join(unpacked, 'resources'));
  try {
    await build({
      projectDir: root,
      // Our file, with the output moved out of the repository.
      config: { extends: join(root, 'electron-builder.yml'), directories: { output: join(work, 'release') }, ...(extraMetadata ? { extraMetadata } : {}) },
      targets: Platform.LINUX.createTarget('deb', Arch.x64),
      prepackaged: unpacked,
      publish: 'never',
    });
  } catch (error) {
    if (!(error instanceof StopBeforeFpm)) throw error;
  }
  if (!fpm) throw new Error('electron-builder did not reach fpm');
  return fpm;
}

const option = (args: string[], name: string) => args[args.indexOf(name) + 1];

describe('npm run dist, deb target', () => {
  it('has a maintainer with an email and a homepage, from package.json', { timeout: 60_000 }, async () => {
    const { args } = await debForFpm();
    expect(option(args, '--maintainer')).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(option(args, '--url')).toMatch(/^https:\/\/\S+$/);
  });

  it("depends on electron-builder's whole default list and on libsecret (keytar)", { timeout: 60_000 }, async () => {
    // The metadata is given here so this checks only the dependencies.
    const { customDepends } = await debForFpm({ homepage: 'https://example.org', author: { name: 'Test', email: 'test@example.org' } });
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    // What Electron itself needs on Debian/Ubuntu (issue 8 item 9 lists them).
    expect(defaults).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libnotify4', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1']));
    expect(customDepends).toEqual(expect.arrayContaining(defaults));
    expect(customDepends).toContain('libsecret-1-0');
  });
});
