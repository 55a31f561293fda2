/**
 * The lockfile must let `npm ci` work on every platform users install on.
 *
 * npm 10 (the npm of Node 22 LTS) installs only what the lockfile lists: when a
 * lock was written on one platform and omits the other platforms' optional
 * builds (rollup, esbuild, lightningcss ...), `npm ci` on macOS or Windows
 * installs no binding at all and the build dies with "Cannot find module
 * @rollup/rollup-darwin-arm64" (npm/cli#4828). A lock written with
 * `npm install --package-lock-only` from a clean state lists them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  link?: boolean;
}
const root = join(__dirname, '../../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Where Node would find `name` when required from the package installed at `from` (a lock key). */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('is a v3 lock that lists every direct dependency', () => {
    expect(lock.lockfileVersion).toBe(3);
    for (const name of Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies })) {
      expect(resolveFrom('', name), name).toBeDefined();
    }
  });

  it("lists every optional dependency of every package, so other platforms' builds are installable", () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveFrom(key, name)) missing.push(`${key || '(root)'} -> ${name}`);
      }
    }
    expect(missing, 'regenerate with: rm -rf node_modules package-lock.json && npm install --package-lock-only').toEqual([]);
  });

  it('holds the platform builds of the bundler toolchain for macOS, Windows and Linux', () => {
    const platformBuilds = Object.entries(lock.packages).filter(([, e]) => e.os && e.cpu);
    const has = (os: string, cpu: string, prefix: string) =>
      platformBuilds.some(([key, e]) => key.includes(prefix) && e.os!.includes(os) && e.cpu!.includes(cpu));
    for (const prefix of ['@rollup/rollup-', '@esbuild/']) {
      for (const [os, cpu] of [['darwin', 'arm64'], ['darwin', 'x64'], ['win32', 'x64'], ['win32', 'arm64'], ['linux', 'x64'], ['linux', 'arm64']]) {
        expect(has(os!, cpu!, prefix), `${prefix} for ${os}-${cpu}`).toBe(true);
      }
    }
  });
});
