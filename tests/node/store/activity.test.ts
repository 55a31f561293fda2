import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionOf, type NewActivityEvent, type Store } from '../../../electron/main/services/store';
import { csvCell } from '../../../electron/main/services/store/activity';
import { ftsQuery } from '../../../electron/main/services/store/fts';
import { fakeClock, tempStore, thrown, thrownAsync } from './helpers';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

function seed(store: Store, n: number, make: (i: number) => Partial<NewActivityEvent> = () => ({})): void {
  const events: NewActivityEvent[] = [];
  for (let i = 0; i < n; i++) events.push({ at: T0 + i * MIN, kind: 'site.opened', summary: `event ${i}`, ...make(i) });
  store.activity.appendMany(events);
}

/** Reads every page of a query and returns the ids. */
function allIds(store: Store, q: Parameters<Store['activity']['query']>[0] = {}): number[] {
  const ids: number[] = [];
  let after: string | null = null;
  do {
    const page = store.activity.query({ ...q, after });
    ids.push(...page.rows.map((r) => r.id));
    after = page.nextCursor;
  } while (after);
  return ids;
}

describe('store.activity', () => {
  it('appends events and reads them back', () => {
    const clock = fakeClock(T0);
    const { store } = tempStore({ now: clock.now });
    const e = store.activity.append({ kind: 'window.opened', identityId: 'id-1', summary: 'Opened Personal', details: { bounds: [1, 2] } });
    expect(e).toMatchObject({ at: T0, identityId: 'id-1', kind: 'window.opened', site: null, summary: 'Opened Personal', details: { bounds: [1, 2] }, text: null });
    expect(store.activity.get(e.id)).toEqual(e);
    expect(store.activity.count()).toBe(1);
    expect(thrown(() => store.activity.get(42)).code).toBe('store/not-found');
  });

  it('refuses malformed events with clear messages', () => {
    const { store } = tempStore();
    expect(thrown(() => store.activity.append({ kind: 'Nope', summary: 'x' })).message).toContain('not an activity kind');
    expect(thrown(() => store.activity.append({ kind: 'site.opened', summary: ' ' })).message).toContain('summary');
    expect(thrown(() => store.activity.append({ kind: 'site.opened', summary: 'x', at: Number.NaN })).code).toBe('store/invalid');
    // A failed batch stores nothing.
    expect(() => store.activity.appendMany([{ kind: 'site.opened', summary: 'ok' }, { kind: 'bad', summary: 'x' }])).toThrow();
    expect(store.activity.count()).toBe(0);
  });

  it('logs identity changes in the same transaction as the change', () => {
    const { store } = tempStore();
    const [p] = store.identities.ensureDefaults();
    store.identities.update(p!.id, { name: 'Home' });
    store.identities.remove(p!.id);
    const kinds = store.activity.query().rows.map((r) => r.kind);
    expect(kinds).toEqual(['identity.removed', 'identity.updated', 'identity.created', 'identity.created']);
    expect(store.activity.query({ kinds: ['identity.updated'] }).rows[0]!.summary).toContain('renamed from "Personal"');
  });

  it('pages newest first with keyset cursors: no row twice, none missing, stable while new rows arrive', () => {
    const { store } = tempStore();
    seed(store, 250);
    const first = store.activity.query({ limit: 100 });
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]!.summary).toBe('event 249');
    // New events arriving between pages land above the cursor and do not shift later pages.
    store.activity.append({ at: T0 + 1000 * MIN, kind: 'site.opened', summary: 'late' });
    const second = store.activity.query({ limit: 100, after: first.nextCursor });
    const third = store.activity.query({ limit: 100, after: second.nextCursor });
    expect(second.rows[0]!.summary).toBe('event 149');
    expect(third.rows).toHaveLength(50);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(thrown(() => store.activity.query({ after: 'garbage' })).code).toBe('store/invalid');
    expect(thrown(() => store.activity.query({ limit: 0 })).code).toBe('store/invalid');
    expect(thrown(() => store.activity.query({ limit: 5000 })).code).toBe('store/invalid');
  });

  it('orders by time even for back-dated events and bursts of more than 1024 in one millisecond', () => {
    const clock = fakeClock(T0);
    const { store } = tempStore({ now: clock.now });
    store.activity.append({ kind: 'site.opened', summary: 'now' });
    store.activity.append({ at: T0 - DAY, kind: 'site.opened', summary: 'yesterday' });
    store.activity.append({ at: T0 - DAY, kind: 'site.opened', summary: 'yesterday again' });
    const burst = store.activity.appendMany(Array.from({ length: 3000 }, (_, i) => ({ at: T0 + 10, kind: 'site.opened', summary: `burst ${i}` })));
    expect(new Set(burst.map((e) => e.id)).size).toBe(3000);
    // The burst keeps its order; events beyond 1024 in that millisecond move by a millisecond or two.
    expect(burst.every((e, i) => i === 0 || e.id > burst[i - 1]!.id)).toBe(true);
    expect(burst[burst.length - 1]!.at - T0).toBeLessThanOrEqual(13);
    const all = store.activity.query({ limit: 1000, from: T0 - 2 * DAY, to: T0 + 5 });
    expect(all.rows.map((r) => r.summary)).toEqual(['now', 'yesterday again', 'yesterday']);
  });

  it('filters by identity, kind, site and date range, alone and combined, across pages', () => {
    const { store } = tempStore();
    const ids = ['a', 'b', 'c'];
    const kinds = ['site.opened', 'post.sent', 'draft.edited'];
    const sites = ['x.com', 'bsky.app'];
    seed(store, 600, (i) => ({ identityId: ids[i % 3], kind: kinds[Math.floor(i / 3) % 3], site: sites[i % 2] }));
    const all = store.activity.query({ limit: 1000 }).rows;
    const expectIds = (pred: (e: (typeof all)[number]) => boolean) => all.filter(pred).map((e) => e.id);

    expect(allIds(store, { identityIds: ['a'], limit: 7 })).toEqual(expectIds((e) => e.identityId === 'a'));
    expect(allIds(store, { identityIds: ['a', 'c'], kinds: ['post.sent', 'draft.edited'], limit: 9 })).toEqual(
      expectIds((e) => ['a', 'c'].includes(e.identityId!) && ['post.sent', 'draft.edited'].includes(e.kind)),
    );
    expect(allIds(store, { sites: ['bsky.app'], kinds: ['post.sent'], limit: 11 })).toEqual(expectIds((e) => e.site === 'bsky.app' && e.kind === 'post.sent'));
    const from = T0 + 100 * MIN;
    const to = T0 + 199 * MIN; // inclusive
    expect(allIds(store, { from, to, identityIds: ['b'], kinds: ['site.opened'], limit: 3 })).toEqual(
      expectIds((e) => e.at >= from && e.at <= to && e.identityId === 'b' && e.kind === 'site.opened'),
    );
    expect(allIds(store, { from, to })).toHaveLength(100);
    expect(store.activity.query({ identityIds: [] }).rows).toEqual([]);
    // Many combinations take the plain IN path and still page correctly.
    const many = Array.from({ length: 40 }, (_, i) => `id-${i}`).concat(ids);
    expect(allIds(store, { identityIds: many, kinds, limit: 50 })).toEqual(all.map((e) => e.id));
  });

  it('says clearly when the end of the date range is before its start', () => {
    const { store } = tempStore();
    const err = thrown(() => store.activity.query({ from: T0, to: T0 - DAY }));
    expect(err.code).toBe('store/invalid');
    expect(err.message).toBe(
      'The end of the date range (2026-01-04T09:00:00.000Z) is before its start (2026-01-05T09:00:00.000Z). Choose an end after the start.',
    );
  });

  it('searches summaries and texts, newest first, with filters and pages', () => {
    const { store } = tempStore();
    seed(store, 300, (i) => ({
      identityId: i % 2 ? 'pro' : 'me',
      summary: i % 10 === 0 ? `Draft edited: quarterly report ${i}` : `Window opened ${i}`,
      text: i % 25 === 0 ? 'Café meeting with the clients' : null,
    }));
    const hits = allIds(store, { search: 'quarterly', limit: 7 });
    expect(hits).toHaveLength(30);
    expect(hits).toEqual([...hits].sort((a, b) => b - a));
    expect(allIds(store, { search: 'quarterly', identityIds: ['me'] })).toHaveLength(30);
    expect(allIds(store, { search: 'quarterly', identityIds: ['pro'] })).toHaveLength(0);
    // Text is searched, accents folded; whole words only (a prefix search is too slow on a big log).
    expect(allIds(store, { search: 'cafe meeting' })).toHaveLength(12);
    expect(allIds(store, { search: 'cafe meet' })).toHaveLength(0);
    expect(allIds(store, { search: 'quarterly', from: T0, to: T0 + 99 * MIN })).toHaveLength(10);
  });

  it('finds exactly the right rows whichever way a search page is read (row checks, word index, or both)', () => {
    const { store } = tempStore();
    // 6000 events: "common" in half of them, "rare" in 1 of 150, across identities and kinds.
    seed(store, 6000, (i) => ({
      identityId: ['a', 'b', 'c'][i % 3],
      kind: i % 4 ? 'site.opened' : 'post.sent',
      summary: `${i % 2 ? 'common' : 'plain'} ${i % 150 === 7 ? 'rare' : 'usual'} event ${i}`,
    }));
    const all = store.activity.query({ limit: 1000 }).rows;
    const everything: typeof all = [];
    let after: string | null = null;
    do {
      const page = store.activity.query({ limit: 1000, after });
      everything.push(...page.rows);
      after = page.nextCursor;
    } while (after);
    expect(everything).toHaveLength(6000);
    const expectIds = (pred: (e: (typeof all)[number]) => boolean) => everything.filter(pred).map((e) => e.id);
    const has = (e: (typeof all)[number], w: string) => e.summary.split(' ').includes(w);
    const cases: [Parameters<Store['activity']['query']>[0], (e: (typeof all)[number]) => boolean][] = [
      [{ search: 'common' }, (e) => has(e, 'common')],
      [{ search: 'rare' }, (e) => has(e, 'rare')],
      [{ search: 'common', identityIds: ['b'] }, (e) => has(e, 'common') && e.identityId === 'b'],
      [{ search: 'rare', identityIds: ['a'], kinds: ['post.sent'] }, (e) => has(e, 'rare') && e.identityId === 'a' && e.kind === 'post.sent'],
      [{ search: 'rare usual' }, () => false],
      [{ search: 'common rare', identityIds: ['a', 'b'] }, (e) => has(e, 'common') && has(e, 'rare') && ['a', 'b'].includes(e.identityId!)],
      [{ search: 'common', from: T0 + 1000 * MIN, to: T0 + 4000 * MIN }, (e) => has(e, 'common') && e.at >= T0 + 1000 * MIN && e.at <= T0 + 4000 * MIN],
      [{ search: 'rare', sites: [] }, () => false],
      // 2000 rows of 'b' with 40 rare ones: the 1024 row checks find too few, the word index finishes the page.
      [{ search: 'rare', identityIds: ['b'] }, (e) => has(e, 'rare') && e.identityId === 'b'],
      [{ search: 'rare', identityIds: ['a'] }, () => false],
      [{ search: 'rare common', kinds: ['site.opened'] }, (e) => has(e, 'rare') && has(e, 'common') && e.kind === 'site.opened'],
    ];
    for (const [q, pred] of cases) {
      for (const limit of [7, 100]) expect(allIds(store, { ...q, limit })).toEqual(expectIds(pred));
    }
    // Deep pages start from a cursor far down the log.
    const deep = String(everything[5000]!.id);
    expect(store.activity.query({ search: 'rare', after: deep, limit: 100 }).rows.map((r) => r.id)).toEqual(
      expectIds((e) => has(e, 'rare') && e.id < Number(deep)).slice(0, 100),
    );
  });

  it('treats FTS syntax characters in a search as literal text, never as an error', () => {
    const { store } = tempStore();
    store.activity.appendMany([
      { kind: 'post.sent', summary: 'C++ AND "Rust" (NEAR) are fine: yes*', at: T0 },
      { kind: 'post.sent', summary: 'nothing here', at: T0 + 1 },
      { kind: 'post.sent', summary: 'OR NOT', at: T0 + 2 },
    ]);
    const nasty = ['"', '""', "'", '*', 'AND', 'OR', 'NOT', 'NEAR(', 'NEAR(a b, 2)', '(', ')', '-', '-rust', '^rust', 'summary:rust',
      'rust*', '"unterminated', 'a OR', '{summary}: x', '+', ':', '\\', '%', '_', "'; DROP TABLE activity; --", '\u0000', '🙂', '   '];
    for (const s of nasty) expect(() => store.activity.query({ search: s })).not.toThrow();
    expect(store.activity.query({ search: '"Rust"' }).rows.map((r) => r.summary)).toEqual(['C++ AND "Rust" (NEAR) are fine: yes*']);
    expect(store.activity.query({ search: 'NEAR(' }).rows).toHaveLength(1);
    expect(store.activity.query({ search: 'OR NOT' }).rows.map((r) => r.summary)).toEqual(['OR NOT']);
    expect(store.activity.query({ search: 'summary:rust' }).rows).toHaveLength(0);
    expect(store.activity.query({ search: '*' }).rows).toEqual([]);
    expect(store.activity.query({ search: '   ' }).rows).toHaveLength(3);
    expect(store.activity.count()).toBe(3);
    expect(ftsQuery('say "hi"')).toBe('"say" """hi"""');
    expect(ftsQuery('say "hi"', { prefixLast: true })).toBe('"say" """hi"""*');
  });

  it('is append-only: the database itself refuses UPDATE and DELETE outside retention', () => {
    const { store } = tempStore();
    const e = store.activity.append({ kind: 'post.sent', summary: 'sent' });
    const db = connectionOf(store);
    expect(() => db.prepare("UPDATE activity SET summary = 'changed' WHERE id = ?").run(e.id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM activity WHERE id = ?').run(e.id)).toThrow(/append-only/);
    expect(store.activity.get(e.id).summary).toBe('sent');
  });

  it('applies retention as the only deletion, and logs it', async () => {
    const clock = fakeClock(T0 + 100 * DAY);
    const { store } = tempStore({ now: clock.now });
    store.activity.appendMany(
      Array.from({ length: 100 }, (_, i) => ({ at: T0 + i * DAY, kind: 'post.sent', summary: `post ${i} searchable` })),
    );
    expect(await store.activity.applyRetention(null)).toBe(0);
    expect(store.activity.count()).toBe(100);
    await expect(store.activity.applyRetention(0)).rejects.toMatchObject({ code: 'store/invalid' });
    const deleted = await store.activity.applyRetention(30);
    expect(deleted).toBe(70);
    const rows = store.activity.query({ limit: 1000 }).rows;
    expect(rows[0]).toMatchObject({ kind: 'log.retention', summary: 'Deleted 70 events older than 30 days', details: { days: 30, deleted: 70 } });
    expect(rows).toHaveLength(31);
    expect(rows[rows.length - 1]!.summary).toBe('post 70 searchable');
    // The search index forgot the deleted rows too.
    expect(allIds(store, { search: 'searchable' })).toHaveLength(30);
    expect(await store.activity.applyRetention(30)).toBe(0);
    expect(store.activity.count()).toBe(31);
    // Deletes are locked again afterwards.
    expect(() => connectionOf(store).prepare('DELETE FROM activity').run()).toThrow(/append-only/);
    expect(store.integrityCheck()).toEqual(['ok']);
  });

  it('deletes a big backlog in batches, yielding to the event loop between them', async () => {
    const clock = fakeClock(T0 + 1000 * DAY);
    const { store } = tempStore({ now: clock.now });
    store.activity.appendMany(Array.from({ length: 12_000 }, (_, i) => ({ at: T0 + i * MIN, kind: 'site.opened', summary: `old ${i}` })));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const deleted = await store.activity.applyRetention(30);
    clearInterval(timer);
    expect(deleted).toBe(12_000);
    expect(ticks).toBeGreaterThan(0);
    expect(store.activity.count()).toBe(1);
    expect(store.integrityCheck()).toEqual(['ok']);
  });

  it('exports the current filter to CSV with correct quoting', async () => {
    const { store, dir } = tempStore();
    const [p] = store.identities.ensureDefaults();
    store.activity.appendMany([
      { at: T0, identityId: p!.id, kind: 'post.sent', site: 'x.com', summary: 'Hello, "world"', text: 'line one\nline two', details: { n: 1 } },
      { at: T0 + 1, identityId: p!.id, kind: 'post.sent', site: 'x.com', summary: '=HYPERLINK("http://evil")' },
      { at: T0 + 2, identityId: 'gone', kind: 'site.opened', summary: 'other' },
    ]);
    const file = join(dir, 'log.csv');
    const result = await store.activity.exportTo({ kinds: ['post.sent'] }, 'csv', file);
    expect(result).toEqual({ rows: 2, file });
    const csv = readFileSync(file, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,time,identity,identityId,kind,site,summary,details,text');
    expect(lines[1]).toContain(`,2026-01-05T09:00:00.001Z,Personal,${p!.id},post.sent,x.com,"'=HYPERLINK(""http://evil"")",{},`);
    expect(csv).toContain('"Hello, ""world""","{""n"":1}","line one\nline two"');
    expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('keeps no secret of an address in what it logs, shows or exports: summaries and details are redacted', async () => {
    const { store, dir } = tempStore();
    const signed = 'https://bucket.s3.amazonaws.com/r/report.pdf?X-Amz-Signature=SECRET1';
    const returned = store.activity.append({
      at: T0,
      kind: 'download.completed',
      summary: 'Downloaded report.pdf from https://app.example/cb?code=SECRET2',
      details: { url: signed, links: ['https://a.example/#access_token=SECRET3'], bytes: 5 },
    });
    expect(JSON.stringify(returned)).not.toContain('SECRET');
    expect(returned.details).toEqual({ url: 'https://bucket.s3.amazonaws.com/r/report.pdf?X-Amz-Signature=…', links: ['https://a.example/#…'], bytes: 5 });
    expect(JSON.stringify(store.activity.query({}).rows)).not.toContain('SECRET');
    for (const format of ['csv', 'json'] as const) {
      const file = join(dir, `log.${format}`);
      await store.activity.exportTo({}, format, file);
      expect(readFileSync(file, 'utf8')).not.toContain('SECRET');
    }
  });

  it('exports to JSON that parses back to the same events', async () => {
    const { store, dir } = tempStore();
    seed(store, 2500, (i) => ({ summary: `evént "${i}"`, details: { i } }));
    const file = join(dir, 'log.json');
    expect((await store.activity.exportTo({}, 'json', file)).rows).toBe(2500);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { id: number; summary: string; details: { i: number }; time: string }[];
    expect(parsed).toHaveLength(2500);
    expect(parsed[0]).toMatchObject({ summary: 'evént "2499"', details: { i: 2499 } });
    expect(parsed[2499]!.time).toBe('2026-01-05T09:00:00.000Z');
    const empty = join(dir, 'empty.json');
    await store.activity.exportTo({ kinds: ['post.failed'] }, 'json', empty);
    expect(JSON.parse(readFileSync(empty, 'utf8'))).toEqual([]);
  });

  it('reports an unwritable export path clearly and leaves no file behind', async () => {
    const { store, dir } = tempStore();
    seed(store, 10);
    const missing = join(dir, 'no-such-folder', 'log.csv');
    const err = await thrownAsync(() => store.activity.exportTo({}, 'csv', missing));
    expect(err.code).toBe('store/export-failed');
    expect(err.message).toContain('Choose a folder you can write to');
    // The target is a folder: the write succeeds but the final rename fails; the temporary file is removed.
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    const err2 = await thrownAsync(() => store.activity.exportTo({}, 'csv', folder));
    expect(err2.code).toBe('store/export-failed');
    expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
    expect(existsSync(missing)).toBe(false);
    // A bad filter is reported before any file is created.
    const err3 = await thrownAsync(() => store.activity.exportTo({ from: T0, to: T0 - 1 }, 'csv', join(dir, 'x.csv')));
    expect(err3.code).toBe('store/invalid');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('walks an index in order for filtered pages and the plain page (no scan, no sort)', () => {
    const { store } = tempStore();
    seed(store, 50, (i) => ({ identityId: i % 2 ? 'a' : 'b', kind: i % 3 ? 'post.sent' : 'site.opened' }));
    connectionOf(store).exec('ANALYZE');
    const plain = store.activity.explain({ limit: 100 });
    expect(plain).toBe('SEARCH a USING INTEGER PRIMARY KEY (rowid<?)');
    const paged = store.activity.explain({ limit: 100, after: '999999999999999' });
    expect(paged).toMatch(/SEARCH a USING INTEGER PRIMARY KEY \(rowid<\?\)/);
    const filtered = store.activity.explain({ identityIds: ['a'], kinds: ['post.sent'], from: T0, to: T0 + DAY, limit: 100 });
    expect(filtered).toMatch(/SEARCH a USING (COVERING )?INDEX activity_identity_kind \(identity_id=\? AND kind=\? AND rowid>\? AND rowid<\?\)/);
    expect(filtered).not.toMatch(/TEMP B-TREE|SCAN a\b/);
    expect(store.activity.explain({ identityIds: ['a'], limit: 100 })).toBe('SEARCH a USING INDEX activity_identity (identity_id=? AND rowid<?)');
    expect(store.activity.explain({ kinds: ['post.sent'], limit: 100 })).toBe('SEARCH a USING INDEX activity_kind (kind=? AND rowid<?)');
    expect(store.activity.explain({ sites: ['x.com'], limit: 100 })).toBe('SEARCH a USING INDEX activity_site (site=? AND rowid<?)');
    // Several identities and kinds: one ordered walk per combination, merged.
    const combined = store.activity.explain({ identityIds: ['a', 'b'], kinds: ['post.sent', 'site.opened'], limit: 100 });
    expect(combined.match(/SEARCH a USING INDEX activity_identity_kind \(identity_id=\? AND kind=\? AND rowid<\?\)/g)).toHaveLength(4);
    expect(combined).not.toMatch(/SCAN a\b/);
    // A search: the word index from the top, the filtered walk, the per-row check, the word index with filters; none scans or sorts.
    const [top, walk, check, words] = store.activity
      .explain({ search: 'hello world', identityIds: ['a'], kinds: ['post.sent'], from: T0, to: T0 + DAY, limit: 100 })
      .split('\n---\n');
    expect(top).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M\d*[<>]*\nSEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
    expect(walk).toBe('SEARCH a USING COVERING INDEX activity_identity_kind (identity_id=? AND kind=? AND rowid>? AND rowid<?)');
    expect(check).toMatch(/^SCAN activity_fts VIRTUAL TABLE INDEX \d+:=M\d*$/);
    expect(words).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M\d*[<>]*\nSEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
    for (const q of [{ search: 'hello' }, { search: 'hello', identityIds: ['a'] }, { search: 'hello', sites: ['x.com'], after: '99999999' }]) {
      expect(store.activity.explain({ ...q, limit: 100 })).not.toMatch(/TEMP B-TREE|SCAN a\b/);
    }
  });
});

describe('the log written before redaction on append', () => {
  /** A log as an older Hatstand wrote it, secrets in the rows themselves. */
  function olderLog(n: number) {
    const { store } = tempStore();
    const db = connectionOf(store);
    const insert = db.prepare('INSERT INTO activity (id, at, kind, summary, details, text) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < n; i++) {
      insert.run((T0 + i) * 1024, T0 + i, 'link.routed', `Opened https://app.example/reset?token=SECRET${i} in Professional`, JSON.stringify({ url: `https://a.example/cb#access_token=SECRET${i}` }), i === 7 ? 'hats' : null);
    }
    insert.run((T0 + n) * 1024, T0 + n, 'site.opened', 'Professional opened LinkedIn', '{}', null);
    return { store, db, all: () => JSON.stringify(db.prepare('SELECT summary, details FROM activity ORDER BY id').all()) };
  }

  it('is redacted after the store opens, in batches, search included; events written since are left alone', async () => {
    const { store, db, all } = olderLog(4500);
    expect(await store.activity.redactOlder()).toBe(4500);
    expect(all()).not.toContain('SECRET');
    expect(store.activity.query({ search: 'SECRET1' }).rows).toEqual([]);
    expect(store.activity.query({ search: 'hats' }).rows.map((r) => r.summary)).toEqual(['Opened https://app.example/reset?token=… in Professional']);
    expect(store.activity.count()).toBe(4501);
    db.exec("INSERT INTO activity_fts (activity_fts) VALUES ('integrity-check')");
    // Done: a later run looks at nothing.
    store.activity.append({ kind: 'site.opened', summary: 'Personal opened Mastodon' });
    expect(await store.activity.redactOlder()).toBe(0);
    // Still append-only.
    expect(() => db.prepare("UPDATE activity SET summary = 'x'").run()).toThrow(/append-only/);
  });

  it('goes on from where an interrupted run got, as its note says', async () => {
    const { store, db, all } = olderLog(3000);
    // A run that got through its first 2,000 events and was cut short (its notes, as it writes them after each batch).
    db.prepare("INSERT INTO settings (key, value) VALUES ('activity.redactUntil', ?), ('activity.redactedFrom', ?)").run(
      JSON.stringify((T0 + 3000) * 1024 + 1),
      JSON.stringify((T0 + 2000) * 1024),
    );
    expect(await store.activity.redactOlder()).toBe(1000);
    expect(all()).toContain('SECRET1999');
    expect(all()).not.toContain('SECRET2000');
  });
});
