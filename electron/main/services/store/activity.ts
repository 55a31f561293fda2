import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../../shared/result';
import type { LogEvent, StoreContext } from './context';
import { invalid, isUniqueViolation, notFound } from './errors';
import { ftsQuery } from './fts';

export const ACTIVITY_KINDS = [
  'window.opened',
  'window.closed',
  'site.opened',
  'draft.created',
  'draft.edited',
  'draft.moved',
  'draft.deleted',
  'draft.restored',
  'warning.raised',
  'warning.heeded',
  'warning.overridden',
  'post.attempted',
  'post.confirmed',
  'post.cancelled',
  'post.sent',
  'post.failed',
  'identity.created',
  'identity.updated',
  'identity.removed',
  'settings.changed',
  'log.retention',
] as const;

/** Known kinds; later features may log others of the same `area.verb` shape. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

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

export interface ActivityEvent {
  /** Ordering key: newer events have larger ids. */
  id: number;
  at: number;
  identityId: string | null;
  kind: string;
  site: string | null;
  summary: string;
  details: Record<string, unknown>;
  text: string | null;
}

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
  /** Deletes events older than `days` days (null: keep forever) and logs that it did; returns how many were deleted. */
  applyRetention(days: number | null): number;
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
    deleteBefore: db.prepare('DELETE FROM activity WHERE id < ?'),
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
    const requested = e.at === undefined ? ctx.now() : checkTime('time', e.at);
    if (requested === undefined) throw invalid('The time of the event is not valid.');
    const details = e.details === undefined ? '{}' : JSON.stringify(e.details);
    if (details === undefined || !details.startsWith('{')) throw invalid('Event details must be a plain object.');
    for (let attempt = 0; ; attempt++) {
      const id = allocate(requested);
      const at = Math.floor(id / SLOTS_PER_MS);
      try {
        q.insert.run(id, at, e.identityId ?? null, e.kind, e.site ?? null, e.summary, details, e.text ?? null);
      } catch (err) {
        // Another connection wrote meanwhile (a second process, or a test); resynchronise once.
        if (attempt === 0 && isUniqueViolation(err)) {
          lastId = Math.max(lastId, q.maxId.get()!.m ?? 0);
          continue;
        }
        throw err;
      }
      // The caller's details object is returned as is: parsing back what we just serialised would double the cost of an append.
      return { id, at, identityId: e.identityId ?? null, kind: e.kind, site: e.site ?? null, summary: e.summary, details: e.details ?? {}, text: e.text ?? null };
    }
  };

  const appendManyTx = db.transaction((events: readonly NewActivityEvent[]) => events.map(insertOne));

  // Repositories log their own changes inside their transactions through this.
  ctx.log = (e: LogEvent) => {
    insertOne(e);
  };

  /** Builds the SQL of one page for a filter; compiled statements are cached per distinct shape. */
  const pageQuery = (f: ActivityQuery): { sql: string; params: unknown[] } | null => {
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
    const idCol = search ? 'f.rowid' : 'a.id';
    const range: string[] = [];
    const rangeParams: unknown[] = [];
    if (lo !== undefined) {
      range.push(`${idCol} >= ?`);
      rangeParams.push(lo);
    }
    range.push(`${idCol} <= ?`);
    rangeParams.push(hi);

    if (search) {
      const where = ['activity_fts MATCH ?', ...range];
      const params: unknown[] = [search, ...rangeParams];
      const inList = (col: string, values: readonly string[] | undefined) => {
        if (!values) return;
        where.push(`${col} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      };
      inList('a.identity_id', identityIds);
      inList('a.kind', kinds);
      inList('a.site', sites);
      params.push(limit + 1);
      // FTS5 returns matches in rowid order itself, so no sort happens even for common words. CROSS JOIN
      // keeps the index outermost: otherwise the planner may walk every row of an identity and sort them.
      return {
        sql: `SELECT ${COLUMNS} FROM activity_fts f CROSS JOIN activity a ON a.id = f.rowid WHERE ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT ?`,
        params,
      };
    }

    // Every combination of the value lists becomes its own equality walk down an index, newest first;
    // the outer query merges at most limit+1 rows from each.
    const dims: { col: string; values: readonly string[] }[] = [];
    if (identityIds) dims.push({ col: 'a.identity_id', values: identityIds });
    if (kinds) dims.push({ col: 'a.kind', values: kinds });
    if (sites) dims.push({ col: 'a.site', values: sites });
    const combos = dims.reduce((n, d) => n * d.values.length, 1);
    const branch = (eq: { col: string; value: string }[], params: unknown[]): string => {
      const where = [...eq.map((e) => `${e.col} = ?`), ...range];
      params.push(...eq.map((e) => e.value), ...rangeParams, limit + 1);
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
      return `SELECT ${COLUMNS} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id DESC LIMIT ?`;
    };
    if (combos === 1 || combos > MAX_COMBINATIONS) {
      const params: unknown[] = [];
      if (combos === 1) return { sql: branch(dims.map((d) => ({ col: d.col, value: d.values[0]! })), params), params };
      const where = [...range];
      params.push(...rangeParams);
      for (const d of dims) {
        where.push(`${d.col} IN (${d.values.map(() => '?').join(', ')})`);
        params.push(...d.values);
      }
      params.push(limit + 1);
      return { sql: `SELECT ${COLUMNS} FROM activity a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ?`, params };
    }
    let combosList: { col: string; value: string }[][] = [[]];
    for (const d of dims) combosList = combosList.flatMap((c) => [...new Set(d.values)].map((v) => [...c, { col: d.col, value: v }]));
    const params: unknown[] = [];
    const parts = combosList.map((c) => `SELECT * FROM (${branch(c, params)})`);
    params.push(limit + 1);
    return { sql: `SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY id DESC LIMIT ?`, params };
  };

  const query = (f: ActivityQuery = {}): ActivityPage => {
    const built = pageQuery(f);
    if (!built) return { rows: [], nextCursor: null };
    const limit = f.limit ?? 100;
    const rows = (ctx.stmt(built.sql).all(...built.params) as ActivityRow[]).map(toEvent);
    const more = rows.length > limit;
    if (more) rows.length = limit;
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
      ctx.guard('read the activity log', () => pageQuery({ ...filter, limit: 1 }));
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
        const built = pageQuery(f);
        if (!built) return '';
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${built.sql}`).all(...built.params) as { detail: string }[];
        return rows.map((r) => r.detail).join('\n');
      }),

    applyRetention: (days) => {
      if (days === null) return 0;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
        throw invalid('Keep the log for a whole number of days (1 or more), or forever.');
      }
      return ctx.write('apply the log retention', () => {
        const cutoff = ctx.now() - days * DAY_MS;
        q.allowDeletes.run(1);
        const deleted = q.deleteBefore.run(cutoff * SLOTS_PER_MS).changes;
        q.allowDeletes.run(0);
        if (deleted > 0) {
          insertOne({
            kind: 'log.retention',
            summary: `Deleted ${deleted} event${deleted === 1 ? '' : 's'} older than ${days} day${days === 1 ? '' : 's'}`,
            details: { days, deleted, before: iso(cutoff) },
          });
        }
        return deleted;
      });
    },
  };
}
