import type { Migration } from './types';

/**
 * Connected accounts, without secrets: tokens and app passwords live in the OS
 * keychain under `<identity-uuid>:<site>:<handle>`, never here.
 */
export const migration: Migration = {
  version: 50,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        identity_id  TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        site         TEXT NOT NULL,
        handle       TEXT NOT NULL,
        service_url  TEXT NOT NULL,
        account_id   TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        profile_url  TEXT NOT NULL DEFAULT '',
        connected_at TEXT NOT NULL,
        PRIMARY KEY (identity_id, site, handle)
      ) STRICT, WITHOUT ROWID;
      -- "Is this account already connected to another identity?"
      CREATE INDEX accounts_site_handle ON accounts(site, handle);
    `);
  },
};
