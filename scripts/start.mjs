// `npm start`: build and launch Hatstand. Extra arguments go to the app:
//   npm start -- --identity professional
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { MISSING_ELECTRON, ensureElectronBinary, root } from './electron-binary.mjs';
import { linuxSandboxAdvice } from './linux-sandbox.mjs';
import { runNode } from './node-run.mjs';

const binary = ensureElectronBinary();
if (!binary) {
  console.error(`Hatstand cannot start. ${MISSING_ELECTRON}`);
  process.exit(1);
}
// runNode never uses a shell, so a Node or project path with spaces works on Windows too.
const build = runNode([join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const app = spawnSync(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (app.status !== 0) {
  // Electron aborts with SIGTRAP when its sandbox cannot start; say why and how to fix it, last.
  const advice = linuxSandboxAdvice({ sandboxHelper: relative(process.cwd(), join(dirname(binary), 'chrome-sandbox')) });
  if (advice) console.error(`\n${advice}`);
}
process.exit(app.status ?? 1);
