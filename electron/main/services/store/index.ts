/**
 * Hatstand's single SQLite store (better-sqlite3, WAL). This folder is the only
 * code that knows SQL; everything else calls these typed repositories, which
 * throw AppError with a `store/*` code and a message a person can act on.
 */
import type Database from 'better-sqlite3';
import { StoreContext } from './context';
import { createAccountRepo, type AccountRepo } from './accounts';
import { createActivityRepo, type ActivityRepo } from './activity';
import { createDraftRepo, type DraftRepo } from './drafts';
import { createIdentityRepo, type IdentityRepo } from './identities';
import { openDatabase } from './open';
import { createSettingsRepo, type SettingsRepo } from './settings';
import { createWarningRepo, type WarningRepo } from './warnings';
import { createRefusedPostRepo, type RefusedPostRepo } from './refused-posts';
import { LATEST_VERSION } from './migrations';

export type { IdentityRepo, IdentityPatch, NewIdentityInput, SiteInput } from './identities';
export type { SettingsRepo } from './settings';
export type {
  ActivityRepo,
  ActivityKind,
  ActivityEvent,
  ActivityFilter,
  ActivityQuery,
  ActivityPage,
  ExportFormat,
  NewActivityEvent,
} from './activity';
export { ACTIVITY_KINDS } from './activity';
export type { Draft, DraftRepo, DraftVersion, DraftVersionReason } from './drafts';
export { VERSION_EVERY_MS, EDIT_LOG_EVERY_MS } from './drafts';
export type { NewWarning, StoredWarning, WarningRepo, WarningSeverity, WarningStatus } from './warnings';
export type { AccountRepo, AccountSiteName, StoredAccount } from './accounts';
export { ACCOUNT_SITES } from './accounts';
export type { RefusedPost, RefusedPostRepo } from './refused-posts';
export { LATEST_VERSION } from './migrations';

export interface Store {
  /** The database file this store writes. */
  readonly file: string;
  /** The schema version of the open file (equals LATEST_VERSION after open). */
  readonly schemaVersion: number;
  readonly identities: IdentityRepo;
  readonly settings: SettingsRepo;
  readonly activity: ActivityRepo;
  readonly drafts: DraftRepo;
  readonly warnings: WarningRepo;
  /** Connected accounts without secrets (those live in the OS keychain). */
  readonly accounts: AccountRepo;
  /** Digests of posts with no page the person refused (the post guard's replay memory): never their text. */
  readonly refusedPosts: RefusedPostRepo;
  /** Runs SQLite's full integrity check; ['ok'] when the file is sound. */
  integrityCheck(): string[];
  /** Checkpoints the WAL and closes the file. Further calls on the store throw. */
  close(): void;
}

export interface StoreOptions {
  /** Clock in milliseconds; tests pass a fake to move time without sleeping. */
  now?: () => number;
}

// Lets tests and the bench reach the connection without it being part of the Store type other code sees.
const CONNECTION = Symbol('hatstand.store.connection');

export function openStore(file: string, options: StoreOptions = {}): Store {
  const db = openDatabase(file);
  const ctx = new StoreContext(db, file);
  if (options.now) ctx.now = options.now;
  const identities = createIdentityRepo(ctx);
  const activity = createActivityRepo(ctx, () => new Map(identities.list().map((i) => [i.id, i.name])));
  const store: Store = {
    file,
    schemaVersion: LATEST_VERSION,
    identities,
    settings: createSettingsRepo(ctx),
    activity,
    drafts: createDraftRepo(ctx),
    warnings: createWarningRepo(ctx),
    accounts: createAccountRepo(ctx),
    refusedPosts: createRefusedPostRepo(ctx),
    integrityCheck: () =>
      ctx.guard('check its database', () =>
        (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
      ),
    close: () => {
      if (!db.open) return;
      try {
        // Refreshes planner statistics only where tables changed a lot; cheap, and recommended before closing.
        db.pragma('optimize');
      } catch {
        // A read-only or full disk must not stop the file from closing.
      }
      db.close();
    },
  };
  Object.defineProperty(store, CONNECTION, { value: db, enumerable: false });
  return store;
}

/** The raw connection behind a store: for tests and benchmarks only, never for app code. */
export function connectionOf(store: Store): Database.Database {
  const db = (store as Store & { [CONNECTION]?: Database.Database })[CONNECTION];
  if (!db) throw new Error('Not a store opened by openStore().');
  return db;
}
