import { describe, expect, it } from 'vitest';
import { connectionOf, openStore } from '../../../electron/main/services/store';
import { join } from 'node:path';
import { toAppError } from '../../../electron/main/services/store/errors';
import { tempDir, tempStore, thrown } from './helpers';

describe('a full disk', () => {
  it('turns SQLITE_FULL into store/disk-full and loses nothing already stored', () => {
    const { store, file } = tempStore();
    const [p] = store.identities.ensureDefaults();
    store.activity.appendMany(Array.from({ length: 200 }, (_, i) => ({ kind: 'site.opened', summary: `before ${i}` })));
    const db = connectionOf(store);
    // Cap the file at its current size plus a little, as a disk with a few pages left would.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);

    let err: { code: string; message: string } | undefined;
    for (let i = 0; i < 2000 && !err; i++) {
      try {
        store.activity.append({ kind: 'post.sent', summary: `filling ${i}`, text: 'x'.repeat(4000) });
      } catch (e) {
        err = e as { code: string; message: string };
      }
    }
    expect(err?.code).toBe('store/disk-full');
    expect(err?.message).toContain('is full');
    expect(err?.message).toContain('Free some disk space');
    // A batch that does not fit is not half-written.
    const countBefore = store.activity.count();
    const batch = thrown(() =>
      store.activity.appendMany(Array.from({ length: 50 }, (_, i) => ({ kind: 'post.sent', summary: `batch ${i}`, text: 'y'.repeat(4000) }))),
    );
    expect(batch.code).toBe('store/disk-full');
    expect(store.activity.count()).toBe(countBefore);
    expect(thrown(() => store.identities.create({ name: 'Club'.padEnd(30, 'x'), color: '#00aa00', avatar: 'C', sites: Array.from({ length: 100 }, (_, i) => ({ label: 'x'.repeat(100) + i, homeUrl: 'https://x.com/' + 'p'.repeat(1000) })) })).code).toBe('store/disk-full');

    // After the disk has space again, everything from before is still there.
    store.close();
    const again = openStore(file);
    expect(again.integrityCheck()).toEqual(['ok']);
    expect(again.identities.get(p!.id).name).toBe('Personal');
    expect(again.identities.list()).toHaveLength(2);
    const before = again.activity.query({ search: 'before', limit: 1000 }).rows;
    expect(before).toHaveLength(200);
    expect(again.activity.count()).toBe(countBefore);
    again.close();
  });
});

describe('a full disk that SQLite reports as an I/O error', () => {
  const ioError = (code: string) => Object.assign(new Error('disk I/O error'), { code });

  it('opening a WAL database with no room to grow its -shm file says "full", not "check the disk"', () => {
    const err = toAppError(ioError('SQLITE_IOERR_SHMSIZE'), 'open its database', join(tempDir(), 'hatstand.db'));
    expect(err.code).toBe('store/disk-full');
    expect(err.message).toMatch(/is full.*Free some disk space/);
  });

  it('another I/O error on a disk with room left is still the disk\u2019s error', () => {
    const err = toAppError(ioError('SQLITE_IOERR_WRITE'), 'save the draft', join(tempDir(), 'hatstand.db'));
    expect(err.code).toBe('store/io');
  });
});
