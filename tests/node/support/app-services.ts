import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventPayloads } from '../../../shared/ipc/contract';
import { createHandlers, type AppServices } from '../../../electron/main/services/api/handlers';
import type { WindowsPort } from '../../../electron/main/services/api/ports';
import { createRouter, type Router } from '../../../electron/main/services/api/router';
import { openStore, type Store } from '../../../electron/main/services/store';
import { SecretVault } from '../../../electron/main/services/vault';
import type { KeychainBackend } from '../../../electron/main/services/vault/keychain-backend';

/** An in-memory keychain with keytar's API, so removal order can be observed (and made to fail). */
export class MemoryKeychain implements KeychainBackend {
  readonly secrets = new Map<string, string>();
  failing = false;
  /**
   * A locked login keyring as libsecret shows it: a read answers null (its unlock prompt dismissed, or, with oo7, no
   * item of a locked collection is listed) and a listing is empty. A write to a locked collection shows the unlock
   * prompt (secret_password_store_sync), so a write is where the person may unlock it: `unlockOnWrite` says whether
   * they do; if not, the write fails.
   */
  locked = false;
  unlockOnWrite = false;
  /** Every write, in order, as `account` (a test can see a key was never replaced). */
  readonly writes: string[] = [];
  private check(): void {
    if (this.failing) throw Object.assign(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'), { code: 'ENOKEYCHAIN' });
  }
  async getPassword(service: string, account: string) {
    this.check();
    if (this.locked) return null;
    return this.secrets.get(`${service}/${account}`) ?? null;
  }
  async setPassword(service: string, account: string, password: string) {
    this.check();
    if (this.locked) {
      if (!this.unlockOnWrite) throw new Error('Cannot create an item in a locked collection');
      this.locked = false; // (the person typed the keyring's password in the prompt)
    }
    this.writes.push(account);
    this.secrets.set(`${service}/${account}`, password);
  }
  async deletePassword(service: string, account: string) {
    this.check();
    if (this.locked) return false;
    return this.secrets.delete(`${service}/${account}`);
  }
  async findCredentials(service: string) {
    this.check();
    if (this.locked) return [];
    return [...this.secrets].filter(([k]) => k.startsWith(`${service}/`)).map(([k, password]) => ({ account: k.slice(service.length + 1), password }));
  }
}

/** What the handlers asked of the windowing layer; each call can be made to fail. */
export class RecordingWindows implements WindowsPort {
  readonly calls: string[] = [];
  failWipe: Error | null = null;
  /** Runs while the identity's partition is being wiped (a test can break the keychain at that moment). */
  onWipe: (() => void) | null = null;
  openIdentity(identityId: string) {
    this.calls.push(`openIdentity ${identityId}`);
  }
  openLog() {
    this.calls.push('openLog');
  }
  openLauncher() {
    this.calls.push('openLauncher');
  }
  showSite() {}
  navigate(identityId: string, action: string, popupChrome?: number) {
    this.calls.push(`navigate ${identityId} ${action}${popupChrome !== undefined ? ` popup ${popupChrome}` : ''}`);
  }
  setPanel() {}
  setNoticeBand(identityId: string, height: number) {
    this.calls.push(`setNoticeBand ${identityId} ${height}`);
  }
  activeSiteId() {
    return null;
  }
  async insertIntoSite() {
    return false;
  }
  identityChanged() {}
  async identityRemoved(identityId: string) {
    this.calls.push(`identityRemoved ${identityId}`);
    this.onWipe?.();
    if (this.failWipe) throw this.failWipe;
  }
  async chooseExportPath() {
    return null;
  }
  setAppearance(appearance: string) {
    this.calls.push(`setAppearance ${appearance}`);
  }
}

export interface TestApp {
  dir: string;
  store: Store;
  services: AppServices;
  router: Router;
  windows: RecordingWindows;
  keychain: MemoryKeychain;
  prompts: Array<EventPayloads['guard:prompt']>;
  unexpected: unknown[];
  close(): void;
}

/** The real services on a fresh store, wired as bootstrap wires them, with recording windows. */
export function testApp(hooks: Pick<Parameters<typeof createHandlers>[0], 'onSessionOptionsChanged' | 'links'> = {}): TestApp {
  // No test reaches the internet: every account request fails as on a machine without network.
  const offline = { fetch: async () => Promise.reject(new TypeError('fetch failed')), retryDelaysMs: [] as number[], timeoutMs: 1000 };
  const dir = mkdtempSync(join(tmpdir(), 'hatstand-app-'));
  const store = openStore(join(dir, 'hatstand.db'));
  store.identities.ensureDefaults();
  const windows = new RecordingWindows();
  const keychain = new MemoryKeychain();
  const prompts: Array<EventPayloads['guard:prompt']> = [];
  const unexpected: unknown[] = [];
  const services = createHandlers({
    store,
    windows,
    vault: new SecretVault({ backend: keychain }),
    accountsHttp: offline,
    guardChrome: {
      show: (_identityId, prompt) => {
        prompts.push(prompt);
        return true;
      },
      hide: () => {},
      notice: () => {},
    },
    ...hooks,
  });
  const router = createRouter(services.handlers, (_channel, error) => unexpected.push(error));
  return {
    dir,
    store,
    services,
    router,
    windows,
    keychain,
    prompts,
    unexpected,
    close: () => {
      void services.guard.dispose();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
