// Where the Electron binary is, without require('electron') (which, since
// Electron 42, tries to download a missing binary on the spot).
//
// Electron 42 stopped downloading its binary in a postinstall script
// (docs/breaking-changes.md, "electron no longer downloads itself via
// postinstall script"): after `npm install` there is no binary until something
// runs the package's install.js, and ELECTRON_SKIP_BINARY_DOWNLOAD has no
// effect any more. `npm start` runs it when needed; the test scripts never do
// (they skip the Electron specs instead, as on this closed network).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** The binary's absolute path, or null when it is not installed. */
export function electronBinary() {
  if (process.env.HATSTAND_ELECTRON && existsSync(process.env.HATSTAND_ELECTRON)) return process.env.HATSTAND_ELECTRON;
  const dir = join(root, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const MISSING_ELECTRON =
  'The Electron binary is not installed (node_modules/electron/dist is missing; since Electron 42 `npm install` does not download it): ' +
  'run `npx install-electron --no` on a machine with internet access, then try again.';

/**
 * The binary, downloading it first when it is missing (Electron's own
 * install.js, the former postinstall script). Null when that fails.
 */
export function ensureElectronBinary() {
  const found = electronBinary();
  if (found) return found;
  console.log('Downloading the Electron binary (once; Electron 42 and later no longer do this during npm install)...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], { cwd: root, stdio: 'inherit' });
  return result.status === 0 ? electronBinary() : null;
}
