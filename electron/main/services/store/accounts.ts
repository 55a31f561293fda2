import type { StoreContext } from './context';
import { invalid, isForeignKeyViolation, notFound } from './errors';

import { ACCOUNT_SITES, type AccountSite, type ConnectedAccount } from '../../../../shared/domain/account';

export { ACCOUNT_SITES };
export type AccountSiteName = AccountSite;
/** A connected account without its secret; the same type services/accounts works with. */
export type StoredAccount = ConnectedAccount;

export interface AccountRepo {
  list(identityId: string): StoredAccount[];
  /** Every identity's accounts (to refuse connecting one account to two identities). */
  listAll(): StoredAccount[];
  /** Inserts, or replaces the row with the same identity, site and handle. */
  add(account: StoredAccount): void;
  remove(identityId: string, site: string, handle: string): void;
}

interface AccountRow {
  identity_id: string;
  site: AccountSiteName;
  handle: string;
  service_url: string;
  account_id: string;
  display_name: string;
  profile_url: string;
  connected_at: string;
}

const COLUMNS = 'identity_id, site, handle, service_url, account_id, display_name, profile_url, connected_at';
const SITES: ReadonlySet<string> = new Set(ACCOUNT_SITES);
/** Anything that looks like a credential must never land in this table. */
const SECRET_KEYS = /token|password|secret/i;

const toAccount = (r: AccountRow): StoredAccount => ({
  identityId: r.identity_id,
  site: r.site,
  handle: r.handle,
  serviceUrl: r.service_url,
  accountId: r.account_id,
  displayName: r.display_name,
  profileUrl: r.profile_url,
  connectedAt: r.connected_at,
});

export function createAccountRepo(ctx: StoreContext): AccountRepo {
  const { db } = ctx;
  const q = {
    list: db.prepare<[string], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE identity_id = ? ORDER BY site, handle`),
    all: db.prepare<[], AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY identity_id, site, handle`),
    upsert: db.prepare(
      `INSERT INTO accounts (${COLUMNS}) VALUES (@identityId, @site, @handle, @serviceUrl, @accountId, @displayName, @profileUrl, @connectedAt)
       ON CONFLICT (identity_id, site, handle) DO UPDATE SET service_url = excluded.service_url, account_id = excluded.account_id,
         display_name = excluded.display_name, profile_url = excluded.profile_url, connected_at = excluded.connected_at`,
    ),
    remove: db.prepare('DELETE FROM accounts WHERE identity_id = ? AND site = ? AND handle = ?'),
  };

  return {
    list: (identityId) => ctx.guard('read the connected accounts', () => q.list.all(identityId).map(toAccount)),
    listAll: () => ctx.guard('read the connected accounts', () => q.all.all().map(toAccount)),
    add: (a) =>
      ctx.guard('save the connected account', () => {
        if (!a || typeof a !== 'object') throw invalid('An account must be an object.');
        if (Object.keys(a).some((k) => SECRET_KEYS.test(k))) {
          throw invalid('Secrets are kept in the OS keychain, never in the Hatstand database.');
        }
        if (!SITES.has(a.site)) throw invalid(`Accounts can be connected on ${ACCOUNT_SITES.join(' and ')}, not "${String(a.site)}".`);
        if (typeof a.handle !== 'string' || a.handle.trim() === '') throw invalid('An account needs its handle.');
        if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) throw invalid('An account needs the address of its server.');
        try {
          q.upsert.run({
            identityId: a.identityId,
            site: a.site,
            handle: a.handle,
            serviceUrl: a.serviceUrl,
            accountId: a.accountId ?? '',
            displayName: a.displayName ?? '',
            profileUrl: a.profileUrl ?? '',
            connectedAt: a.connectedAt ?? new Date(ctx.now()).toISOString(),
          });
        } catch (err) {
          if (isForeignKeyViolation(err)) throw notFound('Identity', a.identityId);
          throw err;
        }
      }),
    remove: (identityId, site, handle) =>
      ctx.guard('remove the connected account', () => {
        q.remove.run(identityId, site, handle);
      }),
  };
}
