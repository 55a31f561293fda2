import type { RawDatabase } from '../../../electron/main/services/store/testing';

/** EXPLAIN QUERY PLAN as one string, to assert which index a query uses. Parameters are bound to null. */
export function plan(db: RawDatabase, sql: string, params: unknown[] = []): string {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const count = (sql.match(/\?/g) ?? []).length;
  const args = params.length ? params : new Array(count).fill(null);
  return (stmt.all(...args) as { detail: string }[]).map((r) => r.detail).join('\n');
}
