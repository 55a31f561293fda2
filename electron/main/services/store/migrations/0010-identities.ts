import type { Migration } from './types';

/**
 * Identities, the sites each one uses, and settings (global and per identity).
 * `name_key` holds the case-folded name so uniqueness is case-insensitive for
 * every script, not only ASCII as COLLATE NOCASE would be.
 */
export const migration: Migration = {
  version: 10,
  name: 'identities',
  up(db) {
    db.exec(`
      CREATE TABLE identities (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        name_key   TEXT NOT NULL,
        color      TEXT NOT NULL,
        avatar     TEXT NOT NULL,
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX identities_name_key ON identities(name_key);
      CREATE INDEX identities_position ON identities(position);

      CREATE TABLE sites (
        id          TEXT PRIMARY KEY,
        identity_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        label       TEXT NOT NULL,
        home_url    TEXT NOT NULL,
        handle      TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sites_identity_position ON sites(identity_id, position);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE identity_settings (
        identity_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,
        value       TEXT NOT NULL,
        PRIMARY KEY (identity_id, key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
