import type { Migration } from './types';

/**
 * The append-only activity log and its full-text index.
 *
 * `id` is the ordering key: at * 1024 + a sequence within the millisecond
 * (see activity.ts). Keyset pagination, date ranges and FTS5's native rowid
 * order all work on it, so a page is one index range walk, newest first,
 * without a sort, even with a million events and a search.
 *
 * `identity_id` has no foreign key on purpose: the log keeps the history of an
 * identity after it is removed.
 *
 * Append-only is enforced by the database, not by convention: UPDATE always
 * fails, and DELETE fails unless retention has switched `activity_guard` on
 * inside its own transaction.
 */
export const migration: Migration = {
  version: 20,
  name: 'activity',
  up(db) {
    db.exec(`
      CREATE TABLE activity (
        id          INTEGER PRIMARY KEY,
        at          INTEGER NOT NULL,
        identity_id TEXT,
        kind        TEXT NOT NULL,
        site        TEXT,
        summary     TEXT NOT NULL,
        details     TEXT NOT NULL DEFAULT '{}',
        text        TEXT
      ) STRICT;
      -- Each index ends with the rowid, so equality on its columns plus a rowid range is walked in order.
      CREATE INDEX activity_identity_kind ON activity(identity_id, kind);
      CREATE INDEX activity_identity ON activity(identity_id);
      CREATE INDEX activity_kind ON activity(kind);
      CREATE INDEX activity_site ON activity(site);

      CREATE VIRTUAL TABLE activity_fts USING fts5(
        summary, text,
        content = 'activity', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE activity_guard (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        deletes_allowed INTEGER NOT NULL
      ) STRICT;
      INSERT INTO activity_guard (id, deletes_allowed) VALUES (1, 0);

      CREATE TRIGGER activity_ai AFTER INSERT ON activity BEGIN
        INSERT INTO activity_fts (rowid, summary, text) VALUES (new.id, new.summary, new.text);
      END;
      CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity BEGIN
        SELECT RAISE(ABORT, 'the activity log is append-only');
      END;
      CREATE TRIGGER activity_bd BEFORE DELETE ON activity
        WHEN (SELECT deletes_allowed FROM activity_guard WHERE id = 1) IS NOT 1 BEGIN
        SELECT RAISE(ABORT, 'the activity log is append-only; only retention deletes');
      END;
      CREATE TRIGGER activity_ad AFTER DELETE ON activity BEGIN
        INSERT INTO activity_fts (activity_fts, rowid, summary, text) VALUES ('delete', old.id, old.summary, old.text);
      END;
    `);
  },
};
