/**
 * Which better-sqlite3 build this process loads.
 *
 * The app depends on better-sqlite3 13, which is built on Node-API 10 and ships
 * prebuilt binaries for Linux, macOS and Windows (x64 and arm64) inside the npm
 * package: the same file loads in Node >= 22.14 and in Electron 45, so users
 * need no compiler and no second build for Electron.
 *
 * Node 20 provides only Node-API 9 and crashes on that binary (segfault at the
 * first call), and Node 20 is what the development and CI machines here run.
 * There, and only there, we load the last 12.x release (the same JavaScript API,
 * compiled from source against Node 20), installed as the dev-only alias
 * `better-sqlite3-node20`. The app itself never takes that branch: Electron 45
 * reports Node-API 10.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';

export type DatabaseConstructor = typeof Database;

/** better-sqlite3 13 calls Node-API 10 functions (node_api_create_property_key_utf16 and others). */
export const REQUIRED_NODE_API = 10;

export function driverPackage(napiVersion = Number(process.versions.napi ?? 0)): 'better-sqlite3' | 'better-sqlite3-node20' {
  return napiVersion >= REQUIRED_NODE_API ? 'better-sqlite3' : 'better-sqlite3-node20';
}

let loaded: DatabaseConstructor | undefined;

/** The Database constructor for this runtime, loaded once. */
export function sqlite(): DatabaseConstructor {
  // createRequire keeps the bundler from inlining a native module and lets the package name be chosen at run time.
  loaded ??= createRequire(__filename)(driverPackage()) as DatabaseConstructor;
  return loaded;
}
