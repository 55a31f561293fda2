// Where the Electron binary is, without require('electron') (which throws when
// the binary was never downloaded, as on machines installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1).
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
  'The Electron binary is not installed (node_modules/electron/dist is missing): run `npm install` on a machine with internet access, ' +
  'without ELECTRON_SKIP_BINARY_DOWNLOAD, or `node node_modules/electron/install.js`, then try again.';
