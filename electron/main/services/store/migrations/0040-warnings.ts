import type { Migration } from './types';

/**
 * Warnings raised by the warning engine, with what the person did about them.
 * Unlike the activity log these rows change (status, span); every raise and
 * decision is also appended to the log, which is the record that never changes.
 * A warning outlives its draft (draft_id set to NULL) so overrides stay visible.
 */
export const migration: Migration = {
  version: 40,
  name: 'warnings',
  up(db) {
    db.exec(`
      CREATE TABLE warnings (
        id                TEXT PRIMARY KEY,
        identity_id       TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        draft_id          TEXT REFERENCES drafts(id) ON DELETE SET NULL,
        rule_id           TEXT NOT NULL,
        severity          TEXT NOT NULL CHECK (severity IN ('info', 'caution', 'stop')),
        start             INTEGER NOT NULL,
        "end"             INTEGER NOT NULL,
        message           TEXT NOT NULL,
        other_identity_id TEXT,
        site              TEXT,
        status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'heeded', 'overridden')),
        reason            TEXT,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX warnings_identity_created ON warnings(identity_id, created_at);
      CREATE INDEX warnings_draft ON warnings(draft_id, created_at) WHERE draft_id IS NOT NULL;
    `);
  },
};
