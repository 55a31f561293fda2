/**
 * Every Node child of our scripts starts through runNode: no shell, so a Node
 * installed under "C:\Program Files" (or any path with spaces) and arguments
 * with spaces or shell characters arrive as they are (issue 8 item 2).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../../../scripts/node-run.mjs';

const dir = mkdtempSync(join(tmpdir(), 'hatstand node run '));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runNode', () => {
  it.skipIf(process.platform === 'win32')('starts a Node that lives in a folder with spaces and passes arguments verbatim', () => {
    const folder = join(dir, 'Program Files', 'nodejs');
    mkdirSync(folder, { recursive: true });
    const node = join(folder, 'node');
    symlinkSync(process.execPath, node);
    const args = ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', 'two words', '&& echo injected', '"quoted"'];
    const result = runNode(args, { stdio: 'pipe', encoding: 'utf8' }, { execPath: node });
    expect(result.stderr.toString()).toBe('');
    expect(JSON.parse(result.stdout.toString())).toEqual(['two words', '&& echo injected', '"quoted"']);
    // What a shell makes of the same call: the path breaks at its first space.
    const viaShell = spawnSync(node, args, { stdio: 'pipe', encoding: 'utf8', shell: true });
    expect(viaShell.status).not.toBe(0);
  });

  it('forces the shell off whatever the caller passes', () => {
    const seen: unknown[] = [];
    runNode(['x.js'], { shell: true } as never, {
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
      spawnSync: ((command: string, args: string[], options: { shell?: unknown }) => {
        seen.push(command, args, options.shell);
        return { status: 0 };
      }) as never,
    });
    expect(seen).toEqual(['C:\\Program Files\\nodejs\\node.exe', ['x.js'], false]);
  });

  it('no script under scripts/ runs anything through a shell', () => {
    const scripts = join(__dirname, '../../../scripts');
    for (const file of readdirSync(scripts).filter((f) => /\.(mjs|js|ts)$/.test(f) && !f.endsWith('.d.mts') && f !== 'node-run.mjs')) {
      const source = readFileSync(join(scripts, file), 'utf8');
      expect(source, `${file} passes a shell option`).not.toMatch(/\bshell\s*:/);
      expect(source, `${file} uses exec/execSync (always a shell)`).not.toMatch(/\bexec(Sync)?\(/);
    }
  });
});
