import { randomUUID } from 'node:crypto';
import type { StoreContext } from './context';
import { invalid, isForeignKeyViolation, notFound } from './errors';

export type WarningSeverity = 'info' | 'caution' | 'stop';
export type WarningStatus = 'open' | 'heeded' | 'overridden';

export interface NewWarning {
  identityId: string;
  draftId?: string | null;
  ruleId: string;
  severity: WarningSeverity;
  /** UTF-16 span in the text; 0/0 for whole-text rules. */
  start: number;
  end: number;
  message: string;
  otherIdentityId?: string | null;
  site?: string | null;
}

export interface StoredWarning {
  id: string;
  identityId: string;
  draftId: string | null;
  ruleId: string;
  severity: WarningSeverity;
  start: number;
  end: number;
  message: string;
  otherIdentityId: string | null;
  site: string | null;
  status: WarningStatus;
  reason: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface WarningRepo {
  /**
   * Stores a raised warning and logs 'warning.raised'. The engine runs on every
   * keystroke, so an identical open warning (same draft, rule and message) is
   * not raised twice: its span is updated and the existing row returned.
   */
  record(warning: NewWarning): StoredWarning;
  /** heeded: the person changed the text; overridden: "this is fine here", with an optional reason. Logged. */
  setStatus(id: string, status: WarningStatus, reason?: string | null): StoredWarning;
  get(id: string): StoredWarning;
  /** Newest first; by identity or by draft, optionally only one status. */
  listFor(filter: { identityId?: string; draftId?: string; status?: WarningStatus; limit?: number }): StoredWarning[];
}

const SEVERITIES: ReadonlySet<string> = new Set(['info', 'caution', 'stop']);
const STATUSES: ReadonlySet<string> = new Set(['open', 'heeded', 'overridden']);

interface WarningRow {
  id: string;
  identity_id: string;
  draft_id: string | null;
  rule_id: string;
  severity: WarningSeverity;
  start: number;
  end: number;
  message: string;
  other_identity_id: string | null;
  site: string | null;
  status: WarningStatus;
  reason: string | null;
  created_at: number;
  updated_at: number;
}

const COLUMNS =
  'id, identity_id, draft_id, rule_id, severity, start, "end", message, other_identity_id, site, status, reason, created_at, updated_at';

const toWarning = (r: WarningRow): StoredWarning => ({
  id: r.id,
  identityId: r.identity_id,
  draftId: r.draft_id,
  ruleId: r.rule_id,
  severity: r.severity,
  start: r.start,
  end: r.end,
  message: r.message,
  otherIdentityId: r.other_identity_id,
  site: r.site,
  status: r.status,
  reason: r.reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function check(w: NewWarning): void {
  if (!w || typeof w !== 'object') throw invalid('A warning must be an object.');
  if (typeof w.ruleId !== 'string' || w.ruleId === '') throw invalid('A warning needs the id of the rule that raised it.');
  if (!SEVERITIES.has(w.severity)) throw invalid(`"${String(w.severity)}" is not a severity (info, caution or stop).`);
  if (!Number.isInteger(w.start) || !Number.isInteger(w.end) || w.start < 0 || w.end < w.start) {
    throw invalid('A warning span runs from a start to an end at or after it.');
  }
  if (typeof w.message !== 'string' || w.message.trim() === '') throw invalid('A warning needs a sentence saying what is wrong.');
}

export function createWarningRepo(ctx: StoreContext): WarningRepo {
  const { db } = ctx;
  const q = {
    get: db.prepare<[string], WarningRow>(`SELECT ${COLUMNS} FROM warnings WHERE id = ?`),
    sameOpen: db.prepare<[string, string, string], WarningRow>(
      `SELECT ${COLUMNS} FROM warnings WHERE draft_id = ? AND rule_id = ? AND message = ? AND status = 'open' ORDER BY created_at DESC LIMIT 1`,
    ),
    insert: db.prepare(
      `INSERT INTO warnings (id, identity_id, draft_id, rule_id, severity, start, "end", message, other_identity_id, site, status, created_at, updated_at)
       VALUES (@id, @identityId, @draftId, @ruleId, @severity, @start, @end, @message, @otherIdentityId, @site, 'open', @now, @now)`,
    ),
    setSpan: db.prepare('UPDATE warnings SET start = ?, "end" = ?, updated_at = ? WHERE id = ?'),
    setStatus: db.prepare('UPDATE warnings SET status = ?, reason = ?, updated_at = ? WHERE id = ?'),
    // (The status is filtered before the limit: a long-edited draft's old answers must not fall out of a list of its newest rows.)
    byIdentity: db.prepare<{ id: string; status: string | null; limit: number }, WarningRow>(
      `SELECT ${COLUMNS} FROM warnings WHERE identity_id = @id AND (@status IS NULL OR status = @status) ORDER BY created_at DESC LIMIT @limit`,
    ),
    byDraft: db.prepare<{ id: string; status: string | null; limit: number }, WarningRow>(
      `SELECT ${COLUMNS} FROM warnings WHERE draft_id = @id AND (@status IS NULL OR status = @status) ORDER BY created_at DESC LIMIT @limit`,
    ),
  };

  const row = (id: string): WarningRow => {
    const r = q.get.get(id);
    if (!r) throw notFound('Warning', id);
    return r;
  };

  return {
    record: (w) =>
      ctx.write('record the warning', () => {
        check(w);
        const now = ctx.now();
        if (w.draftId) {
          const same = q.sameOpen.get(w.draftId, w.ruleId, w.message);
          if (same) {
            if (same.start !== w.start || same.end !== w.end) q.setSpan.run(w.start, w.end, now, same.id);
            return toWarning(row(same.id));
          }
        }
        const id = randomUUID();
        try {
          q.insert.run({
            id,
            identityId: w.identityId,
            draftId: w.draftId ?? null,
            ruleId: w.ruleId,
            severity: w.severity,
            start: w.start,
            end: w.end,
            message: w.message,
            otherIdentityId: w.otherIdentityId ?? null,
            site: w.site ?? null,
            now,
          });
        } catch (err) {
          if (isForeignKeyViolation(err)) throw notFound(w.draftId ? 'Identity or draft' : 'Identity', w.draftId ?? w.identityId);
          throw err;
        }
        ctx.log({
          identityId: w.identityId,
          kind: 'warning.raised',
          site: w.site ?? null,
          summary: `Warning (${w.severity}): ${w.message}`,
          details: { warningId: id, ruleId: w.ruleId, severity: w.severity, draftId: w.draftId ?? null, start: w.start, end: w.end, otherIdentityId: w.otherIdentityId ?? null },
        });
        return toWarning(row(id));
      }),

    setStatus: (id, status, reason = null) =>
      ctx.write('save what you decided about the warning', () => {
        if (!STATUSES.has(status)) throw invalid(`"${String(status)}" is not a warning status (open, heeded or overridden).`);
        if (reason !== null && (typeof reason !== 'string' || reason.length > 1000)) throw invalid('Keep the reason under 1,000 characters.');
        const r = row(id);
        if (r.status === status && r.reason === reason) return toWarning(r);
        q.setStatus.run(status, reason, ctx.now(), id);
        if (status !== 'open') {
          ctx.log({
            identityId: r.identity_id,
            kind: status === 'heeded' ? 'warning.heeded' : 'warning.overridden',
            site: r.site,
            summary:
              status === 'heeded'
                ? `Warning heeded: ${r.message}`
                : `Warning overridden${reason ? ` ("${reason}")` : ''}: ${r.message}`,
            details: { warningId: id, ruleId: r.rule_id, severity: r.severity, draftId: r.draft_id, reason },
          });
        }
        return toWarning(row(id));
      }),

    get: (id) => ctx.guard('read the warning', () => toWarning(row(id))),

    listFor: (filter) =>
      ctx.guard('read the warnings', () => {
        const limit = filter.limit ?? 500;
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalid('List between 1 and 10,000 warnings.');
        if (!filter.identityId === !filter.draftId) throw invalid('List the warnings of one identity or of one draft.');
        const status = filter.status ?? null;
        const rows = filter.draftId ? q.byDraft.all({ id: filter.draftId, status, limit }) : q.byIdentity.all({ id: filter.identityId!, status, limit });
        return rows.map(toWarning);
      }),
  };
}
