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
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('asks for the glibc that the shipped native modules need, which is newer than Electron\u2019s', { timeout: 60_000 }, async () => {
    // The highest GLIBC_x.y symbol version any shipped Linux x64 binary names (they are in its .dynstr).
    const shipped = [join(root, 'node_modules/better-sqlite3/prebuilds/linux-x64.node'), join(root, 'node_modules/keytar/build/Release/keytar.node')];
    const versions = shipped.flatMap((file) => [...readFileSync(file).toString('latin1').matchAll(/GLIBC_(\d+)\.(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const));
    const [major, minor] = versions.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
    expect(major * 100 + minor).toBeGreaterThan(231); // (Electron itself is built for glibc 2.31: script/sysroots.json)
    const { args } = await debForFpm({ homepage: 'https://example.org', author: { name: 'Test', email: 'test@example.org' } });
    const declared = args.flatMap((a, i) => (a === '--depends' ? [args[i + 1]!] : [])).map((d) => /^libc6 \(>= (\d+)\.(\d+)\)$/.exec(d)).find(Boolean);
    expect(declared, 'a libc6 dependency with a minimum version').toBeTruthy();
    expect(Number(declared![1]) * 100 + Number(declared![2])).toBeGreaterThanOrEqual(major * 100 + minor);
  });
});

describe('npm run dist, Linux targets', () => {
  it('are only those that keep Chromium\u2019s sandbox on: no AppImage, whose launcher passes --no-sandbox', async () => {
    const b = requireBuilder('app-builder-lib/out/util/config/config.js') as { getConfig(dir: string, path: string, _: null): Promise<{ linux?: { target?: unknown[] } }> };
    const config = await b.getConfig(root, 'electron-builder.yml', null);
    const targets = (config.linux?.target ?? []).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target).toLowerCase());
    expect(targets).toEqual(['deb']);
  });
});
