/**
 * Ubuntu 23.10+ restricts unprivileged user namespaces through AppArmor, and
 * Electron then aborts `npm start` with "The SUID sandbox helper binary was
 * found, but is not configured correctly" (electron#42510). We detect it from
 * /proc/sys and the helper's owner and mode, read through injected readers,
 * and say the fix in one sentence; the sandbox stays on (issue 8 item 10).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxSandboxAdvice } from '../../../scripts/linux-sandbox.mjs';

const HELPER = 'node_modules/electron/dist/chrome-sandbox';
const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const CLONE = '/proc/sys/kernel/unprivileged_userns_clone';

/** A machine: sysctl files (missing ones throw ENOENT) and the helper's owner and mode. */
function machine(sysctl: Record<string, string>, helper: { uid: number; mode: number } | null) {
  const read: string[] = [];
  return {
    read,
    readFile: (path: string) => {
      read.push(path);
      if (!(path in sysctl)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return sysctl[path]!;
    },
    stat: (path: string) => {
      expect(path).toBe(HELPER);
      if (!helper) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return helper;
    },
  };
}
const asInstalledByNpm = { uid: 1000, mode: 0o100755 };
const setuidRoot = { uid: 0, mode: 0o104755 };

describe('the sandbox check of npm start', () => {
  it('on Ubuntu 24.04 with AppArmor restricting user namespaces, names the cause and the fix in one sentence', () => {
    const m = machine({ [RESTRICT]: '1\n' }, asInstalledByNpm);
    const advice = linuxSandboxAdvice({ sandboxHelper: HELPER, platform: 'linux', readFile: m.readFile, stat: m.stat });
    expect(advice).toContain('kernel.apparmor_restrict_unprivileged_userns=1');
    expect(advice).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(advice!.length).toBeLessThanOrEqual(300);
    expect(advice, 'one sentence').not.toMatch(/[.!?]\s/);
    expect(advice).not.toMatch(/no-sandbox/);
  });

  it.each([
    ['the fix applied: setuid root helper', { [RESTRICT]: '1' }, setuidRoot, false],
    ['AppArmor allows user namespaces', { [RESTRICT]: '0' }, asInstalledByNpm, false],
    ['no such knob (Debian 12, Ubuntu 22.04)', {}, asInstalledByNpm, false],
    ["root's helper without the setuid bit", { [RESTRICT]: '1' }, { uid: 0, mode: 0o100755 }, true],
    ['setuid but not root', { [RESTRICT]: '1' }, { uid: 1000, mode: 0o104755 }, true],
  ] as const)('%s: advice %s', (_name, sysctl, helper, expected) => {
    const m = machine(sysctl, helper);
    const advice = linuxSandboxAdvice({ sandboxHelper: HELPER, platform: 'linux', readFile: m.readFile, stat: m.stat });
    expect(advice !== null).toBe(expected);
  });

  it('also recognises a Debian kernel with unprivileged user namespaces switched off, and quotes a path with spaces', () => {
    const m = machine({ [CLONE]: '0' }, null);
    const spaced = '../My Projects/hatstand/node_modules/electron/dist/chrome-sandbox';
    const advice = linuxSandboxAdvice({ sandboxHelper: spaced, platform: 'linux', readFile: m.readFile, stat: () => asInstalledByNpm });
    expect(advice).toContain('kernel.unprivileged_userns_clone=0');
    expect(advice).toContain(`sudo chmod 4755 "${spaced}"`);
  });

  it('reads nothing on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const m = machine({ [RESTRICT]: '1' }, asInstalledByNpm);
      expect(linuxSandboxAdvice({ sandboxHelper: HELPER, platform, readFile: m.readFile, stat: m.stat })).toBeNull();
      expect(m.read).toEqual([]);
    }
  });

  it('works against this machine without throwing', () => {
    // Debian 12 CI has neither restriction: null; a developer's Ubuntu may differ, so only the type is checked.
    const advice = linuxSandboxAdvice({ sandboxHelper: HELPER });
    expect(advice === null || typeof advice === 'string').toBe(true);
  });
});

describe('nothing we ship turns the sandbox off', () => {
  it('no --no-sandbox (or appendSwitch no-sandbox) in the app, its scripts, package.json or the builder config', () => {
    const root = join(__dirname, '../../..');
    const files = [
      'package.json',
      'electron-builder.yml',
      'electron.vite.config.ts',
      // Recursively: scripts/ has folders (the vocabulary and model builds).
      ...walk(join(root, 'scripts')).map((f) => f.slice(root.length + 1)),
      ...walk(join(root, 'electron')).map((f) => f.slice(root.length + 1)),
    ];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8')
        // The explanations that say never to do it may name it (comments, in TypeScript and YAML) ...
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/^\s*#.*$/gm, '')
        // ... and so may the check that refuses to run with it, and its message (electron/main/startup.ts).
        .replace(/hasSwitch\('no-sandbox'\)/g, '')
        .replace(/^.*does not run with the sandbox turned off.*$/gm, '');
      expect(text, file).not.toMatch(/no-sandbox|disable-setuid-sandbox|ELECTRON_DISABLE_SANDBOX/);
    }
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
