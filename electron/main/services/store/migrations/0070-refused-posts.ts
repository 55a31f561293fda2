import type { Migration } from './types';

/**
 * Posts with no page (a service worker's) the person refused, so that a worker's replay of one after a restart is
 * known (Workbox's BackgroundSync keeps its queue for 7 days, and a queue that falls back from Electron's missing
 * Background Sync replays it when the worker next starts: see post-guard/refused-posts.ts). Only a keyed
 * digest of each post is kept, never its text: the key lives in the OS keychain, not here. Rows go with their
 * identity, and the post guard forgets them once Workbox would have dropped the post.
 */
export const migration: Migration = {
  version: 70,
  name: 'refused-posts',
  up(db) {
    db.exec(`
      CREATE TABLE refused_posts (
        identity_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        site        TEXT NOT NULL,
        digest      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        refused_at  INTEGER NOT NULL,
        PRIMARY KEY (identity_id, site, digest)
      ) STRICT, WITHOUT ROWID;
      -- Forgetting the oldest: by age, and beyond the cap.
      CREATE INDEX refused_posts_refused_at ON refused_posts(refused_at);
    `);
  },
};
