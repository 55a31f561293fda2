// Builds better-sqlite3 for Electron's ABI into .native/electron/, leaving the
// Node build in node_modules alone so `npm test` keeps working after the app
// was built (the app passes this file to better-sqlite3 as `nativeBinding`).
// keytar needs no second build: it uses Node-API, which Electron shares.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { electronVersion, root } from './electron-binary.mjs';

const version = electronVersion();
const outDir = join(root, '.native/electron');
const target = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');
if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) {
  process.exit(0);
}

const work = join(root, '.native/build/better-sqlite3');
rmSync(work, { recursive: true, force: true });
cpSync(join(root, 'node_modules/better-sqlite3'), work, {
  recursive: true,
  filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
});
const env = { ...process.env };
delete env.npm_config_nodedir; // a machine-wide nodedir would build against Node's headers, not Electron's
const run = (cmd, args) => spawnSync(cmd, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });

console.log(`Building better-sqlite3 for Electron ${version}…`);
// Prebuilt binaries first (fast, needs internet), then a source build against Electron's headers.
const prebuilt = run(process.execPath, [
  join(root, 'node_modules/prebuild-install/bin.js'),
  '--runtime=electron',
  `--target=${version}`,
  `--arch=${process.arch}`,
]);
if (prebuilt.status !== 0) {
  const nodeGyp = process.env.npm_config_node_gyp;
  const built = nodeGyp
    ? run(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'])
    : run('node-gyp', ['rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']);
  if (built.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron: a prebuilt binary could not be fetched and the source build failed (it needs internet access for Electron\u2019s headers, plus python3 and a C++ compiler).');
    process.exit(1);
  }
}
mkdirSync(outDir, { recursive: true });
cpSync(join(work, 'build/Release/better_sqlite3.node'), target);
writeFileSync(stamp, version);
console.log(`Wrote ${target}`);
