import { createRequire } from 'node:module';

/**
 * The slice of keytar the vault uses. Declared here (not imported from keytar)
 * so tests and other platforms can hand the vault a different backend without
 * loading the native module.
 */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export type KeychainLoader = () => Promise<KeychainBackend>;

/**
 * Loads keytar on first use. keytar is a native module: importing it eagerly
 * would crash startup (or the whole test run) when the build is missing or
 * made for another ABI; loading lazily turns that into a vault error instead.
 * It is loaded with `require` through createRequire, as the store loads
 * better-sqlite3 (driver.ts): the bundler leaves the native module alone, and
 * there is no ESM interop guessing whether its functions sit on `default`.
 */
export const loadKeytar: KeychainLoader = async () => {
  const backend = createRequire(__filename)('keytar') as KeychainBackend;
  if (typeof backend.getPassword !== 'function' || typeof backend.findCredentials !== 'function') {
    throw new Error('keytar loaded but does not expose the expected functions');
  }
  return backend;
};
