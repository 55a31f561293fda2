// Where the Electron binary is, without require('electron') (which throws when
// the binary was never downloaded, as on machines installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './node-run.mjs';

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

/**
 * The binary, downloading it first when it is missing. Since Electron 42 the
 * npm package no longer downloads it in a postinstall script; it is fetched on
 * first use by the package's `install-electron` script (electron
 * docs/breaking-changes.md, 42.0: "electron no longer downloads itself via
 * postinstall script"). ELECTRON_SKIP_BINARY_DOWNLOAD=1 (set on CI here, where
 * GitHub is unreachable) means: do not try.
 */
export function ensureElectronBinary() {
  const found = electronBinary();
  if (found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return found;
  console.log('Downloading the Electron binary (first run only)…');
  const result = runNode([join(root, 'node_modules/electron/install.js')], { cwd: root });
  return result.status === 0 ? electronBinary() : null;
}

export const MISSING_ELECTRON =
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1'
    ? 'The Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD=1 says not to download it: unset it on a machine with internet access and try again.'
    : 'The Electron binary is not installed and could not be downloaded: on a machine with internet access run `npx install-electron --no`, then try again.';
