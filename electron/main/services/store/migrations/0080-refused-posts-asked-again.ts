import type { Migration } from './types';

/**
 * Two facts about a refused post that 0070 lacked. `final`: the person cancelled it again on a sheet that said they had
 * refused it before, so its later replays are refused without asking (else a worker can raise its sheet after every
 * click until the person gives in). `seen_at`: when a worker last sent it again, so that the cap forgets the posts no
 * longer replayed before one still replayed (the retention still counts from `refused_at`, as Workbox counts from
 * when it queued the post).
 */
export const migration: Migration = {
  version: 80,
  name: 'refused-posts-asked-again',
  up(db) {
    db.exec(`
      ALTER TABLE refused_posts ADD COLUMN final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1));
      ALTER TABLE refused_posts ADD COLUMN seen_at INTEGER;
    `);
  },
};
