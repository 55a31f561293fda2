import type { Migration } from './types';

/**
 * Drafts per identity, their version history, and a full-text index.
 *
 * `seq` is an INTEGER PRIMARY KEY only so the external-content FTS index has a
 * rowid that VACUUM never renumbers; the public id stays the uuid.
 * `edit_logged_at` remembers when the last 'draft.edited' event was appended,
 * so edits are logged at most once per five minutes without touching the log.
 */
export const migration: Migration = {
  version: 30,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        identity_id    TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        text           TEXT NOT NULL,
        target_site    TEXT,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        posted_at      INTEGER,
        posted_url     TEXT,
        edit_logged_at INTEGER
      ) STRICT;
      CREATE INDEX drafts_identity_updated ON drafts(identity_id, updated_at);

      CREATE TABLE draft_versions (
        id         INTEGER PRIMARY KEY,
        draft_id   TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        text       TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        reason     TEXT NOT NULL CHECK (reason IN ('created', 'autosave', 'checkpoint', 'restore', 'move'))
      ) STRICT;
      CREATE INDEX draft_versions_draft ON draft_versions(draft_id, id);

      CREATE VIRTUAL TABLE drafts_fts USING fts5(
        text,
        content = 'drafts', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER drafts_ai AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts (rowid, text) VALUES (new.seq, new.text);
      END;
      CREATE TRIGGER drafts_ad AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, text) VALUES ('delete', old.seq, old.text);
      END;
      CREATE TRIGGER drafts_au AFTER UPDATE OF text ON drafts WHEN old.text IS NOT new.text BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        INSERT INTO drafts_fts (rowid, text) VALUES (new.seq, new.text);
      END;
    `);
  },
};
