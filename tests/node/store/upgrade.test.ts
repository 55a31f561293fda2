import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, openStore } from '../../../electron/main/services/store';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { APPLICATION_ID, migrate } from '../../../electron/main/services/store/open';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { tempDir, thrown } from './helpers';

describe('upgrading a database written by an older Hatstand', () => {
  it('applies only the missing migrations and keeps every row', () => {
    const file = join(tempDir(), 'hatstand.db');
    // What a release that knew only identities and the activity log left behind.
    const old = rawDatabase(file);
    old.pragma('journal_mode = WAL');
    migrate(old, MIGRATIONS.filter((m) => m.version <= 20));
    expect(old.pragma('user_version', { simple: true })).toBe(20);
    expect(old.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    old.prepare("INSERT INTO identities VALUES ('3f1c2f4e-8d7b-4c1a-9e7f-0a1b2c3d4e5f', 'Personal', 'personal', '#c2410c', 'P', 0, '2025-01-01T00:00:00.000Z')").run();
    old.prepare("INSERT INTO activity (id, at, identity_id, kind, summary) VALUES (1024, 1, NULL, 'window.opened', 'old event')").run();
    old.close();

    const store = openStore(file);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(store.identities.list().map((i) => i.name)).toEqual(['Personal']);
    expect(store.activity.query({ search: 'old' }).rows.map((r) => r.summary)).toEqual(['old event']);
    // The new tables work straight away.
    const draft = store.drafts.create(store.identities.list()[0]!.id, 'new feature');
    expect(store.drafts.get(draft.id).text).toBe('new feature');
    expect(store.integrityCheck()).toEqual(['ok']);
    store.close();
  });

  it('refuses calls after close with a store error instead of a crash', () => {
    const file = join(tempDir(), 'hatstand.db');
    const store = openStore(file);
    store.close();
    store.close(); // closing twice is harmless
    const err = thrown(() => store.identities.list());
    expect(err.code).toBe('store/closed');
  });
});
