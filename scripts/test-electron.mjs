// `npm run test:electron`: Playwright `_electron` specs against the real app.
// They need the Electron binary; where it is missing (npm install no longer
// downloads it since Electron 42, and CI here cannot) they are skipped, and
// this says so plainly instead of passing silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MISSING_ELECTRON, ensureElectronBinary, root } from './electron-binary.mjs';

const binary = ensureElectronBinary();
if (!binary) {
  console.log(`\nSKIPPED: Electron end-to-end specs (tests/electron) did not run. ${MISSING_ELECTRON}\n`);
  process.exit(0);
}
const step = (cmd, args, extraEnv = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
const playwright = [process.execPath, 'node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/electron/playwright.config.ts'];
// Electron needs a display: use Xvfb where there is none.
if (process.platform === 'linux' && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run')) {
  step('/usr/bin/xvfb-run', ['-a', ...playwright], { HATSTAND_ELECTRON: binary });
} else {
  step(playwright[0], playwright.slice(1), { HATSTAND_ELECTRON: binary });
}
