// `npm start`: build and launch Hatstand. Extra arguments go to the app:
//   npm start -- --identity professional
import { spawnSync } from 'node:child_process';
import { MISSING_ELECTRON, ensureElectronBinary, root } from './electron-binary.mjs';

const binary = ensureElectronBinary();
if (!binary) {
  console.error(`Hatstand cannot start. ${MISSING_ELECTRON}`);
  process.exit(1);
}
const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
const app = spawnSync(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(app.status ?? 0);
