import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module built against one ABI. `npm test` loads
 * the Node build in node_modules; the app loads a separate build made for
 * Electron (`npm run build:native-electron` writes it to .native/electron/,
 * and electron-builder ships it in resources/native/). Returns undefined when
 * the node_modules build should be used (it will fail loudly if its ABI is wrong).
 */
export function electronSqliteBinding(appPath: string, resourcesPath: string, packaged: boolean): string | undefined {
  const candidates = packaged
    ? [join(resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(appPath, '.native', 'electron', 'better_sqlite3.node')];
  return candidates.find((c) => existsSync(c));
}
