import { randomBytes } from 'node:crypto';
import { redactDeep, redactText } from '../../../../shared/domain/redact';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../../shared/result';
import type { LogEvent, StoreContext } from './context';
import { invalid, isUniqueViolation, notFound } from './errors';
import { ftsQuery } from './fts';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../../shared/domain/activity';

export { ACTIVITY_KINDS, type ActivityKind };

export interface NewActivityEvent {
  /** Milliseconds since the epoch; defaults to now. */
  at?: number;
  identityId?: string | null;
  kind: ActivityKind | (string & {});
  site?: string | null;
  summary: string;
  details?: Record<string, unknown>;
  /** Longer text that search should find (a draft's or post's text). */
  text?: string | null;
}

export type { ActivityEvent } from '../../../../shared/domain/activity';
import type { ActivityEvent } from '../../../../shared/domain/activity';

export interface ActivityFilter {
  identityIds?: readonly string[];
  kinds?: readonly string[];
  sites?: readonly string[];
  /** Inclusive, milliseconds since the epoch. */
  from?: number;
  /** Inclusive, milliseconds since the epoch. */
  to?: number;
  /** Words to find in summaries and texts; FTS syntax characters are taken literally. */
  search?: string;
}

export interface ActivityQuery extends ActivityFilter {
  /** `nextCursor` of the previous page. */
  after?: string | null;
  /** 1..1000, default 100. */
  limit?: number;
}

export interface ActivityPage {
  rows: ActivityEvent[];
  /** Pass as `after` for the next (older) page; null when this was the last one. */
  nextCursor: string | null;
}

export type ExportFormat = 'csv' | 'json';

export interface ActivityRepo {
  append(event: NewActivityEvent): ActivityEvent;
  /** All or nothing, in one transaction. */
  appendMany(events: readonly NewActivityEvent[]): ActivityEvent[];
  /** Newest first, keyset-paginated. */
  query(q?: ActivityQuery): ActivityPage;
  get(id: number): ActivityEvent;
  /** Total number of events in the log. */
  count(): number;
  /**
   * Writes every event matching `filter` (newest first) to `filePath`. The file
   * appears complete or not at all: pages are streamed into a temporary file
   * beside it, which is renamed over the target only at the end.
   */
  exportTo(filter: ActivityFilter, format: ExportFormat, filePath: string): Promise<{ rows: number; file: string }>;
  /**
   * Deletes events older than `days` days (null: keep forever), the only deletion
   * the log allows, and logs it first; resolves to how many were deleted.
   * Works in batches so the app stays responsive on a big log.
   */
  applyRetention(days: number | null): Promise<number>;
  /**
   * Redacts the events logged before addresses were redacted on append (insertOne), a batch at a time, yielding
   * between batches, and notes how far it got: an interrupted run goes on from there at the next start. Resolves with
   * how many events it rewrote.
   */
  redactOlder(): Promise<number>;
  /** Diagnostics: SQLite's query plan for the page `q` would read (one step per line). */
  explain(q?: ActivityQuery): string;
}

/** Sequence slots per millisecond in the id (see the 0020 migration). */
export const SLOTS_PER_MS = 1024;
const KNOWN_KINDS: ReadonlySet<string> = new Set(ACTIVITY_KINDS);
const KIND_SHAPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const MAX_LIMIT = 1000;
/** Filters whose value lists multiply to at most this many combinations are run as one ordered index walk each. */
const MAX_COMBINATIONS = 32;
const DAY_MS = 86_400_000;
/** Rows checked one by one against the word index before a search lets the index walk instead (see searchRows). */
const PROBE_BUDGET = 1024;
const PROBE_CHUNK = 256;
/** Matches read from the top of the word index (filters checked in JS) before checking filtered rows instead. */
const FTS_BUDGET = 4096;
const FTS_CHUNK = 512;
const RETENTION_BATCH = 5000;
/** Events looked at per write when the old log is redacted (redactOlder): about 15 ms of the main process each. */
const REDACT_BATCH = 500;
/** How far the old log's redaction got, and where the log redacted on append begins (settings keys). */
const REDACT_FROM_KEY = 'activity.redactedFrom';
const REDACT_UNTIL_KEY = 'activity.redactUntil';
// better-sqlite3 binds JS numbers as REAL, and FTS5 ignores a `rowid = <real>` constraint (it returns every
// match), so the CAST is what makes this check one row.
const PROBE_SQL = 'SELECT 1 AS ok FROM activity_fts WHERE activity_fts MATCH ? AND rowid = CAST(? AS INTEGER)';

interface ActivityRow {
  id: number;
  at: number;
  identity_id: string | null;
  kind: string;
  site: string | null;
  summary: string;
  details: string;
  text: string | null;
}

const COLUMNS = 'a.id, a.at, a.identity_id, a.kind, a.site, a.summary, a.details, a.text';

function toEvent(r: ActivityRow): ActivityEvent {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(r.details) as Record<string, unknown>;
  } catch {
    details = {};
  }
  return { id: r.id, at: r.at, identityId: r.identity_id, kind: r.kind, site: r.site, summary: r.summary, details, text: r.text };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function checkTime(name: string, v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 8.64e15) {
    throw invalid(`The ${name} of the date range is not a valid time.`);
  }
  return Math.floor(v);
}

function checkList(name: string, v: readonly unknown[] | undefined): readonly string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw invalid(`The ${name} filter must be a list of names.`);
  return v as readonly string[];
}

function parseCursor(after: string | null | undefined): number | undefined {
  if (after === undefined || after === null || after === '') return undefined;
  if (!/^\d{1,16}$/.test(after)) throw invalid('That page position is not valid any more; reload the list from the top.');
  return Number(after);
}

/** RFC 4180 quoting; cells a spreadsheet would run as a formula get a leading apostrophe. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = ['id', 'time', 'identity', 'identityId', 'kind', 'site', 'summary', 'details', 'text'];

export function createActivityRepo(ctx: StoreContext, identityNames: () => Map<string, string>): ActivityRepo {
  const { db } = ctx;
  const q = {
    insert: db.prepare(
      'INSERT INTO activity (id, at, identity_id, kind, site, summary, details, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    maxId: db.prepare<[], { m: number | null }>('SELECT max(id) AS m FROM activity'),
    maxInMs: db.prepare<[number, number], { m: number | null }>('SELECT max(id) AS m FROM activity WHERE id BETWEEN ? AND ?'),
    get: db.prepare<[number], ActivityRow>(`SELECT ${COLUMNS} FROM activity a WHERE a.id = ?`),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM activity'),
    allowDeletes: db.prepare('UPDATE activity_guard SET deletes_allowed = ? WHERE id = 1'),
    countBefore: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM activity WHERE id < ?'),
    deleteBatch: db.prepare('DELETE FROM activity WHERE id IN (SELECT id FROM activity WHERE id < ? ORDER BY id LIMIT ?)'),
    probe: db.prepare<[string, number], { ok: number }>(PROBE_SQL),
    olderBatch: db.prepare<[number, number, number], ActivityRow>(`SELECT ${COLUMNS} FROM activity a WHERE a.id >= ? AND a.id < ? ORDER BY a.id LIMIT ?`),
    deleteOne: db.prepare('DELETE FROM activity WHERE id = ?'),
    readNote: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    writeNote: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  // Highest id handed out; ids grow with time so the newest event is always first.
  let lastId = q.maxId.get()!.m ?? 0;

  /**
   * Picks the id of an event at `at`: the millisecond times 1024 plus a
   * sequence. More than 1024 events in one millisecond spill into the next
   * one (their `at` moves by that millisecond), which keeps `at` equal to
   * floor(id / 1024) so date ranges and ids always agree.
   */
  const allocate = (at: number): number => {
    const base = at * SLOTS_PER_MS;
    if (base > lastId) return (lastId = base);
    if (lastId < base + SLOTS_PER_MS) return ++lastId;
    // Back-dated (clock moved back, or an import): first free slot at or after that millisecond.
    let ms = at;
    for (;;) {
      const top = q.maxInMs.get(ms * SLOTS_PER_MS, ms * SLOTS_PER_MS + SLOTS_PER_MS - 1)!.m;
      if (top === null) return ms * SLOTS_PER_MS;
      if (top < ms * SLOTS_PER_MS + SLOTS_PER_MS - 1) return top + 1;
      ms++;
    }
  };

  const insertOne = (e: NewActivityEvent): ActivityEvent => {
    if (!e || typeof e !== 'object') throw invalid('An activity event must be an object.');
    if (typeof e.kind !== 'string' || (!KNOWN_KINDS.has(e.kind) && !KIND_SHAPE.test(e.kind))) throw invalid(`"${String(e.kind)}" is not an activity kind (like "draft.edited").`);
    if (typeof e.summary !== 'string' || e.summary.trim() === '') throw invalid('An activity event needs a short summary.');
    // (Addresses in what is logged keep no secrets: a sign-in link's token, a presigned download's signature; the log
    // is kept, shown and exported. shared/domain/redact.ts. The post's own text, in its column, is the person's.)
    const summary = redactText(e.summary);
    const requested = e.at === undefined ? ctx.now() : checkTime('time', e.at);
    if (requested === undefined) throw invalid('The time of the event is not valid.');
    const kept = e.details === undefined ? undefined : redactDeep(e.details);
    const details = kept === undefined ? '{}' : JSON.stringify(kept);
    if (details === undefined || !details.startsWith('{')) throw invalid('Event details must be a plain object.');
    for (let attempt = 0; ; attempt++) {
      const id = allocate(requested);
      const at = Math.floor(id / SLOTS_PER_MS);
      try {
        q.insert.run(id, at, e.identityId ?? null, e.kind, e.site ?? null, summary, details, e.text ?? null);
      } catch (err) {
        // Another connection wrote meanwhile (a second process, or a test); resynchronise once.
        if (attempt === 0 && isUniqueViolation(err)) {
          lastId = Math.max(lastId, q.maxId.get()!.m ?? 0);
          continue;
        }
        throw err;
      }
      // The details kept are returned as they are: parsing back what we just serialised would double the cost of an append.
      return { id, at, identityId: e.identityId ?? null, kind: e.kind, site: e.site ?? null, summary, details: kept ?? {}, text: e.text ?? null };
    }
  };

  const appendManyTx = db.transaction((events: readonly NewActivityEvent[]) => events.map(insertOne));

  // Repositories log their own changes inside their transactions through this.
  ctx.log = (e: LogEvent) => {
    insertOne(e);
  };

  interface Dim {
    col: 'a.identity_id' | 'a.kind' | 'a.site';
    values: readonly string[];
  }
  /** A validated filter: equality dimensions, the id range (inclusive), the FTS query ('' for none) and the page size. */
  interface Plan {
    dims: Dim[];
    lo: number | undefined;
    hi: number;
    search: string;
    limit: number;
  }
  type Built = { sql: string; params: unknown[] };

  const planOf = (f: ActivityQuery): Plan | null => {
    const identityIds = checkList('identity', f.identityIds);
    const kinds = checkList('kind', f.kinds);
    const sites = checkList('site', f.sites);
    const from = checkTime('start', f.from);
    const to = checkTime('end', f.to);
    if (from !== undefined && to !== undefined && to < from) {
      throw invalid(`The end of the date range (${iso(to)}) is before its start (${iso(from)}). Choose an end after the start.`);
    }
    const limit = f.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw invalid(`A page holds 1 to ${MAX_LIMIT} events.`);
    const cursor = parseCursor(f.after);
    // An empty list means "none of these", which matches nothing.
    if (identityIds?.length === 0 || kinds?.length === 0 || sites?.length === 0) return null;
    const lo = from === undefined ? undefined : from * SLOTS_PER_MS;
    // Always bounded above, so the first page and the next ones share one statement and one plan (a rowid range walk).
    let hi = to === undefined ? Number.MAX_SAFE_INTEGER : to * SLOTS_PER_MS + SLOTS_PER_MS - 1;
    if (cursor !== undefined) hi = Math.min(hi, cursor - 1);
    if (lo !== undefined && hi < lo) return null;
    const search = f.search === undefined ? '' : ftsQuery(f.search);
    if (search === null) return null; // only punctuation: nothing a word index can find
    const dims: Dim[] = [];
    if (identityIds) dims.push({ col: 'a.identity_id', values: [...new Set(identityIds)] });
    if (kinds) dims.push({ col: 'a.kind', values: [...new Set(kinds)] });
    if (sites) dims.push({ col: 'a.site', values: [...new Set(sites)] });
    return { dims, lo, hi, search, limit };
  };

  const rangeOf = (col: string, lo: number | undefined, hi: number) => ({
    where: lo === undefined ? [`${col} <= ?`] : [`${col} >= ?`, `${col} <= ?`],
    params: lo === undefined ? [hi] : [lo, hi],
  });

  /**
   * The newest `n` rows at or below `hi` matching the equality filters, as an
   * ordered walk down an index (no sort). Every combination of the value lists
   * becomes its own walk; the outer query merges at most n rows from each.
   */
  const walkSql = (p: Plan, columns: string, hi: number, n: number): Built => {
    const range = rangeOf('a.id', p.lo, hi);
    const combos = p.dims.reduce((k, d) => k * d.values.length, 1);
    const branch = (eq: { col: string; value: string }[], params: unknown[]): string => {
      const where = [...eq.map((e) => `${e.col} = ?`), ...range.where];
      params.push(...eq.map((e) => e.value), ...range.params, n);
      // The walk down (equality columns, rowid) touches only matching rows, in order, whatever the
      // statistics say; pinning the index keeps a wide date range from tempting the planner into a rowid scan.
      const cols = new Set(eq.map((e) => e.col));
      const index = cols.has('a.identity_id')
        ? cols.has('a.kind')
          ? 'activity_identity_kind'
          : 'activity_identity'
        : cols.has('a.kind')
          ? 'activity_kind'
          : cols.has('a.site')
            ? 'activity_site'
            : null;
      const from = index ? `activity a INDEXED BY ${index}` : 'activity a';
      return `SELECT ${columns} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ?`;
    };
    const params: unknown[] = [];
    if (combos === 1) return { sql: branch(p.dims.map((d) => ({ col: d.col, value: d.values[0]! })), params), params };
    if (combos > MAX_COMBINATIONS) {
      const where = [...range.where];
      params.push(...range.params);
      for (const d of p.dims) {
        where.push(`${d.col} IN (${d.values.map(() => '?').join(', ')})`);
        params.push(...d.values);
      }
      params.push(n);
      return { sql: `SELECT ${columns} FROM activity a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ?`, params };
    }
    let combosList: { col: string; value: string }[][] = [[]];
    for (const d of p.dims) combosList = combosList.flatMap((c) => d.values.map((v) => [...c, { col: d.col, value: v }]));
    const parts = combosList.map((c) => `SELECT * FROM (${branch(c, params)})`);
    params.push(n);
    return { sql: `SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY id DESC LIMIT ?`, params };
  };

  /**
   * The newest `n` matches at or below `hi`, in the word index's own rowid
   * order (no sort). CROSS JOIN keeps the index outermost: otherwise the planner
   * may walk every row of an identity and sort them. FTS5 reaches `hi` by
   * stepping over every newer match, so this is fast near the top of the log.
   */
  const ftsSql = (p: Plan, hi: number, n: number): Built => {
    const range = rangeOf('f.rowid', p.lo, hi);
    const where = ['activity_fts MATCH ?', ...range.where];
    const params: unknown[] = [p.search, ...range.params];
    for (const d of p.dims) {
      where.push(`${d.col} IN (${d.values.map(() => '?').join(', ')})`);
      params.push(...d.values);
    }
    params.push(n);
    return {
      sql: `SELECT ${COLUMNS} FROM activity_fts f CROSS JOIN activity a ON a.id = f.rowid WHERE ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT ?`,
      params,
    };
  };

  const rowsOf = (b: Built): ActivityRow[] => ctx.stmt(b.sql).all(...b.params) as ActivityRow[];
  const idsOf = (b: Built): number[] => ctx.stmt(b.sql).pluck(true).all(...b.params) as number[];

  /** Matches of the word index at or below `hi`, newest first, unfiltered (the filters are checked in JS). */
  const ftsIdsSql = (p: Plan, hi: number, n: number): Built => {
    const range = rangeOf('f.rowid', p.lo, hi);
    return {
      sql: `SELECT a.id, a.identity_id, a.kind, a.site FROM activity_fts f CROSS JOIN activity a ON a.id = f.rowid WHERE activity_fts MATCH ? AND ${range.where.join(' AND ')} ORDER BY f.rowid DESC LIMIT ?`,
      params: [p.search, ...range.params, n],
    };
  };

  /**
   * A search page, read the cheapest way for this search, which depends on how
   * common its words are and how selective its filters are:
   *
   * - The word index yields matches newest first, but reaches a deep cursor or
   *   an old date range only by stepping over every newer match (~55 ns each:
   *   50 ms for a word found in every one of a million rows).
   * - Walking the filtered rows newest first and checking each against the
   *   word index costs 6-20 µs per row, whatever the depth.
   *
   * So near the top of the log the word index goes first, for a bounded number
   * of matches (filters checked here); if the filters keep too few of them, the
   * filtered rows are checked one by one from there, for a bounded number of
   * rows; if the words are rare among those too, the word index finishes the
   * page with the filters in SQL, having little left to step over.
   */
  const searchRows = (p: Plan, need: number): ActivityRow[] => {
    const found: ActivityRow[] = [];
    let pos = p.hi;
    if (p.hi >= lastId && p.dims.length === 0) return rowsOf(ftsSql(p, p.hi, need)); // the first `need` matches are the page
    if (p.hi >= lastId) {
      // Column positions in ftsIdsSql's rows, read as arrays (cheaper than an object per examined match).
      const position = { 'a.identity_id': 1, 'a.kind': 2, 'a.site': 3 } as const;
      const keep = p.dims.map((d) => ({ at: position[d.col], values: new Set<unknown>(d.values) }));
      // Filters keep some of the matches: read more each round.
      let chunk = Math.min(FTS_CHUNK, need * 2);
      for (let examined = 0; examined < FTS_BUDGET; ) {
        const b = ftsIdsSql(p, pos, chunk);
        const rows = ctx.stmt(b.sql).raw(true).all(...b.params) as [number, string | null, string, string | null][];
        for (const r of rows) {
          if (keep.every((k) => k.values.has(r[k.at]))) {
            found.push(q.get.get(r[0])!);
            if (found.length === need) return found;
          }
        }
        examined += rows.length;
        if (rows.length < chunk) return found; // every match in range was seen
        pos = rows[rows.length - 1]![0] - 1;
        chunk = Math.min(FTS_CHUNK, chunk * 2);
      }
    }
    for (let checked = 0; checked < PROBE_BUDGET; ) {
      const chunk = Math.min(PROBE_CHUNK, PROBE_BUDGET - checked);
      const ids = idsOf(walkSql(p, 'a.id', pos, chunk));
      for (const id of ids) {
        if (q.probe.get(p.search, id)) {
          found.push(q.get.get(id)!);
          if (found.length === need) return found;
        }
      }
      checked += ids.length;
      if (ids.length < chunk) return found; // every row in range was checked
      pos = ids[ids.length - 1]! - 1;
      // Without other filters, every match the word index yields belongs on the page; if at the density seen so far
      // the budget will not fill it, matches are rare and stepping over them in the word index is the cheaper way.
      if (p.dims.length === 0 && (found.length / checked) * (PROBE_BUDGET - checked) < need - found.length) break;
    }
    return found.concat(rowsOf(ftsSql(p, pos, need - found.length)));
  };

  const query = (f: ActivityQuery = {}): ActivityPage => {
    const p = planOf(f);
    if (!p) return { rows: [], nextCursor: null };
    const need = p.limit + 1;
    const raw = p.search ? searchRows(p, need) : rowsOf(walkSql(p, COLUMNS, p.hi, need));
    const rows = raw.map(toEvent);
    const more = rows.length > p.limit;
    if (more) rows.length = p.limit;
    return { rows, nextCursor: more ? String(rows[rows.length - 1]!.id) : null };
  };

  return {
    append: (event) => ctx.guard('record the activity', () => insertOne(event)),
    appendMany: (events) => {
      if (!Array.isArray(events)) throw invalid('appendMany takes a list of events.');
      return ctx.guard('record the activity', () => appendManyTx.immediate(events));
    },
    query: (f) => ctx.guard('read the activity log', () => query(f)),
    get: (id) =>
      ctx.guard('read the activity log', () => {
        const row = q.get.get(id);
        if (!row) throw notFound('Activity event', String(id));
        return toEvent(row);
      }),
    count: () => ctx.guard('count the activity log', () => q.count.get()!.n),

    exportTo: async (filter, format, filePath) => {
      if (format !== 'csv' && format !== 'json') throw invalid('Export as csv or json.');
      // Validates the filter (e.g. end before start) before anything touches the disk.
      ctx.guard('read the activity log', () => planOf({ ...filter, limit: 1 }));
      const dir = dirname(filePath);
      const temp = join(dir, `.${basename(filePath)}.${randomBytes(6).toString('hex')}.part`);
      const cannotWrite = (err: unknown) =>
        new AppError(
          'store/export-failed',
          `Hatstand could not write the export to ${filePath} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). ` +
            'Choose a folder you can write to with enough free space; no file was left behind.',
        );
      let handle: FileHandle | undefined;
      try {
        handle = await open(temp, 'wx');
      } catch (err) {
        throw cannotWrite(err);
      }
      const names = identityNames();
      let count = 0;
      try {
        if (format === 'csv') await handle.write(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
        else await handle.write('[');
        let after: string | null = null;
        do {
          const page: ActivityPage = ctx.guard('read the activity log', () => query({ ...filter, after, limit: MAX_LIMIT }));
          let chunk = '';
          for (const e of page.rows) {
            const identity = e.identityId ? (names.get(e.identityId) ?? '') : '';
            if (format === 'csv') {
              chunk += `${[e.id, iso(e.at), identity, e.identityId, e.kind, e.site, e.summary, e.details, e.text].map(csvCell).join(',')}\r\n`;
            } else {
              chunk += `${count === 0 ? '\n' : ',\n'}${JSON.stringify({ ...e, time: iso(e.at), identity })}`;
            }
            count++;
          }
          if (chunk) await handle.write(chunk);
          after = page.nextCursor;
        } while (after !== null);
        if (format === 'json') await handle.write(count === 0 ? ']\n' : '\n]\n');
        await handle.sync();
        await handle.close();
        handle = undefined;
        await rename(temp, filePath);
      } catch (err) {
        await handle?.close().catch(() => {});
        await unlink(temp).catch(() => {});
        if (err instanceof AppError) throw err;
        throw cannotWrite(err);
      }
      return { rows: count, file: filePath };
    },

    explain: (f = {}) =>
      ctx.guard('read the activity log', () => {
        const p = planOf(f);
        if (!p) return '';
        const show = (b: Built) =>
          (db.prepare(`EXPLAIN QUERY PLAN ${b.sql}`).all(...b.params) as { detail: string }[]).map((r) => r.detail).join('\n');
        const need = p.limit + 1;
        if (!p.search) return show(walkSql(p, COLUMNS, p.hi, need));
        // A search uses up to four statements (see searchRows): the word index from the top, the filtered walk,
        // the per-row check, and the word index with the filters in SQL.
        return [
          show(ftsIdsSql(p, p.hi, FTS_CHUNK)),
          show(walkSql(p, 'a.id', p.hi, PROBE_CHUNK)),
          show({ sql: PROBE_SQL, params: [p.search, 1] }),
          show(ftsSql(p, p.hi, need)),
        ].join('\n---\n');
      }),

    redactOlder: async () => {
      // The events below `until` were logged before redaction on append; those from `from` on are still to look at.
      // (Kept in settings, so an interrupted run goes on at the next start; `until` is fixed at the first run.)
      const note = (key: string): number | null => {
        const row = q.readNote.get(key);
        const value = row ? (JSON.parse(row.value) as unknown) : null;
        return typeof value === 'number' ? value : null;
      };
      const until =
        note(REDACT_UNTIL_KEY) ??
        ctx.write('note the log to redact', () => {
          const first = (q.maxId.get()!.m ?? 0) + 1;
          q.writeNote.run(REDACT_UNTIL_KEY, JSON.stringify(first));
          return first;
        });
      let from = note(REDACT_FROM_KEY) ?? 0;
      let rewritten = 0;
      while (from < until) {
        rewritten += ctx.write('redact the log', () => {
          const rows = q.olderBatch.all(from, until, REDACT_BATCH);
          let n = 0;
          for (const row of rows) {
            const summary = redactText(row.summary);
            let details = row.details;
            try {
              details = JSON.stringify(redactDeep(JSON.parse(row.details) as unknown));
            } catch {
              details = JSON.stringify({ unreadable: redactText(row.details) }); // (never seen: the store writes JSON)
            }
            if (summary === row.summary && details === row.details) continue;
            // The log is append-only (UPDATE always fails); the event goes and comes back under its own id, as only
            // retention may delete, its search entry with it (the delete and insert triggers).
            q.allowDeletes.run(1);
            q.deleteOne.run(row.id);
            q.allowDeletes.run(0);
            q.insert.run(row.id, row.at, row.identity_id, row.kind, row.site, summary, details, row.text);
            n++;
          }
          from = rows.length < REDACT_BATCH ? until : rows.at(-1)!.id + 1;
          q.writeNote.run(REDACT_FROM_KEY, JSON.stringify(from));
          return n;
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
      return rewritten;
    },

    applyRetention: async (days) => {
      if (days === null) return 0;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
        throw invalid('Keep the log for a whole number of days (1 or more), or forever.');
      }
      const cutoff = ctx.now() - days * DAY_MS;
      const bound = cutoff * SLOTS_PER_MS;
      const total = ctx.guard('apply the log retention', () => q.countBefore.get(bound)!.n);
      if (total === 0) return 0;
      // Logged before deleting, so even a deletion cut short by a crash is on record (the next run finishes it).
      ctx.write('apply the log retention', () =>
        insertOne({
          kind: 'log.retention',
          summary: `Deleted ${total} event${total === 1 ? '' : 's'} older than ${days} day${days === 1 ? '' : 's'}`,
          details: { days, deleted: total, before: iso(cutoff) },
        }),
      );
      // In batches, yielding between them: a first retention on a big log deletes hundreds of thousands of rows
      // (about 7 µs each with the search index), which must not freeze the app.
      let deleted = 0;
      for (;;) {
        const n = ctx.write('apply the log retention', () => {
          q.allowDeletes.run(1);
          const changes = q.deleteBatch.run(bound, RETENTION_BATCH).changes;
          q.allowDeletes.run(0);
          return changes;
        });
        deleted += n;
        if (n < RETENTION_BATCH) return deleted;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
