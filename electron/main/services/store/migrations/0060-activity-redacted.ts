import { redactDeep, redactText } from '../../../../../shared/domain/redact';
import type { Migration } from './types';

/**
 * The log written before addresses were redacted on append (activity.ts, insertOne) is redacted once here: a sign-in
 * link's token or a signed download's signature logged then would otherwise stay, in the log window, its search and
 * its exports, for as long as the log is kept (forever unless the person set a retention).
 *
 * The log is append-only by trigger (0020-activity.ts); the trigger is lifted for this one rewrite, inside the
 * migrations' transaction, and put back as it was. Only rows whose summary or details change are rewritten, and
 * their search entries with them (an external-content FTS5 table is told the old row before the new one).
 */
export const migration: Migration = {
  version: 60,
  name: 'activity-redacted',
  up(db) {
    db.exec('DROP TRIGGER activity_no_update');
    const rows = db.prepare('SELECT id, summary, details, text FROM activity').iterate() as IterableIterator<{
      id: number;
      summary: string;
      details: string;
      text: string | null;
    }>;
    const changed: Array<{ id: number; summary: string; details: string; oldSummary: string; text: string | null }> = [];
    for (const row of rows) {
      const summary = redactText(row.summary);
      let details = row.details;
      try {
        details = JSON.stringify(redactDeep(JSON.parse(row.details) as unknown));
      } catch {
        details = JSON.stringify({ unreadable: redactText(row.details) }); // (never seen: the store writes JSON)
      }
      if (summary !== row.summary || details !== row.details) changed.push({ id: row.id, summary, details, oldSummary: row.summary, text: row.text });
    }
    const forget = db.prepare("INSERT INTO activity_fts (activity_fts, rowid, summary, text) VALUES ('delete', ?, ?, ?)");
    const update = db.prepare('UPDATE activity SET summary = ?, details = ? WHERE id = ?');
    const index = db.prepare('INSERT INTO activity_fts (rowid, summary, text) VALUES (?, ?, ?)');
    for (const row of changed) {
      forget.run(row.id, row.oldSummary, row.text);
      update.run(row.summary, row.details, row.id);
      index.run(row.id, row.summary, row.text);
    }
    db.exec(`
      CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity BEGIN
        SELECT RAISE(ABORT, 'the activity log is append-only');
      END;
    `);
  },
};
