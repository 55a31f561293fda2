import { randomUUID } from 'node:crypto';
import type { StoreContext } from './context';
import { invalid, notFound } from './errors';
import { ftsQuery } from './fts';

export type { Draft, DraftVersion, DraftVersionReason } from '../../../../shared/domain/draft';
import type { Draft, DraftVersion, DraftVersionReason } from '../../../../shared/domain/draft';

export interface DraftRepo {
  create(identityId: string, text: string, targetSite?: string | null): Draft;
  /**
   * Autosave: stores the text at once (committed, so it survives a killed
   * process). Adds a history version only when the last one is older than
   * VERSION_EVERY_MS, and a 'draft.edited' log row at most every EDIT_LOG_EVERY_MS.
   */
  save(id: string, text: string): Draft;
  /** Records the current text as a version now (leaving the composer, before posting); null when it equals the last version. */
  checkpoint(id: string): DraftVersion | null;
  get(id: string): Draft;
  /** The identity's drafts, most recently edited first, optionally matching `search` (words, taken literally). */
  list(identityId: string, options?: { search?: string; limit?: number }): Draft[];
  /** Versions, newest first. */
  history(id: string): DraftVersion[];
  /** Makes an earlier version the current text (the text it replaces is kept as a version first), and logs it. */
  restore(id: string, versionId: number): Draft;
  /** The only way a draft changes identity; logged naming both identities. */
  move(id: string, toIdentityId: string): Draft;
  setTargetSite(id: string, targetSite: string | null): Draft;
  /** Deletes the draft and its history; the log keeps its last text. */
  remove(id: string): void;
  /** Records where the draft was published. Refuses a second, different URL so a retry cannot look like a fresh post. */
  markPosted(id: string, url: string): Draft;
}

/** A new version when the last one is older than this (never one per keystroke). */
export const VERSION_EVERY_MS = 30_000;
/** At most one 'draft.edited' activity row per draft in this window. */
export const EDIT_LOG_EVERY_MS = 5 * 60_000;
const MAX_TEXT = 1_000_000;

interface DraftRow {
  id: string;
  identity_id: string;
  text: string;
  target_site: string | null;
  created_at: number;
  updated_at: number;
  posted_at: number | null;
  posted_url: string | null;
  edit_logged_at: number | null;
}

interface VersionRow {
  id: number;
  draft_id: string;
  text: string;
  created_at: number;
  reason: DraftVersionReason;
}

const DRAFT_COLUMNS = 'd.id, d.identity_id, d.text, d.target_site, d.created_at, d.updated_at, d.posted_at, d.posted_url, d.edit_logged_at';

const toDraft = (r: DraftRow): Draft => ({
  id: r.id,
  identityId: r.identity_id,
  text: r.text,
  targetSite: r.target_site,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  status: r.posted_url === null ? 'draft' : 'posted',
  postedAt: r.posted_at,
  postedUrl: r.posted_url,
});

const toVersion = (r: VersionRow): DraftVersion => ({ id: r.id, draftId: r.draft_id, text: r.text, savedAt: r.created_at, reason: r.reason });

function checkText(text: unknown): string {
  if (typeof text !== 'string') throw invalid('A draft is text.');
  if (text.length > MAX_TEXT) throw invalid('This draft is longer than a million characters; split it into several drafts.');
  return text;
}

/** Short, single-line preview for log summaries. */
function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

export function createDraftRepo(ctx: StoreContext): DraftRepo {
  const { db } = ctx;
  const q = {
    get: db.prepare<[string], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.id = ?`),
    identityName: db.prepare<[string], { name: string }>('SELECT name FROM identities WHERE id = ?'),
    insert: db.prepare(
      'INSERT INTO drafts (id, identity_id, text, target_site, created_at, updated_at, edit_logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    setText: db.prepare('UPDATE drafts SET text = ?, updated_at = ? WHERE id = ?'),
    setEditLogged: db.prepare('UPDATE drafts SET edit_logged_at = ? WHERE id = ?'),
    setIdentity: db.prepare('UPDATE drafts SET identity_id = ?, updated_at = ? WHERE id = ?'),
    setTarget: db.prepare('UPDATE drafts SET target_site = ? WHERE id = ?'),
    setPosted: db.prepare('UPDATE drafts SET posted_at = ?, posted_url = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM drafts WHERE id = ?'),
    lastVersion: db.prepare<[string], VersionRow>(
      'SELECT id, draft_id, text, created_at, reason FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    ),
    version: db.prepare<[number], VersionRow>('SELECT id, draft_id, text, created_at, reason FROM draft_versions WHERE id = ?'),
    history: db.prepare<[string], VersionRow>(
      'SELECT id, draft_id, text, created_at, reason FROM draft_versions WHERE draft_id = ? ORDER BY id DESC',
    ),
    addVersion: db.prepare('INSERT INTO draft_versions (draft_id, text, created_at, reason) VALUES (?, ?, ?, ?)'),
    list: db.prepare<[string, number], DraftRow>(
      `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.identity_id = ? ORDER BY d.updated_at DESC, d.seq DESC LIMIT ?`,
    ),
    search: db.prepare<[string, string, number], DraftRow>(
      `SELECT ${DRAFT_COLUMNS} FROM drafts_fts f JOIN drafts d ON d.seq = f.rowid
       WHERE drafts_fts MATCH ? AND d.identity_id = ? ORDER BY d.updated_at DESC, d.seq DESC LIMIT ?`,
    ),
  };

  const row = (id: string): DraftRow => {
    const r = q.get.get(id);
    if (!r) throw notFound('Draft', id);
    return r;
  };
  const nameOf = (identityId: string): string => q.identityName.get(identityId)?.name ?? identityId;

  const addVersion = (draftId: string, text: string, at: number, reason: DraftVersionReason): DraftVersion => {
    const id = Number(q.addVersion.run(draftId, text, at, reason).lastInsertRowid);
    return { id, draftId, text, savedAt: at, reason };
  };

  /** Keeps the current text as a version unless the newest version already holds it. */
  const snapshot = (r: DraftRow, at: number, reason: DraftVersionReason): DraftVersion | null => {
    const last = q.lastVersion.get(r.id);
    if (last && last.text === r.text) return null;
    return addVersion(r.id, r.text, at, reason);
  };

  return {
    create: (identityId, text, targetSite = null) =>
      ctx.write('create the draft', () => {
        checkText(text);
        if (!q.identityName.get(identityId)) throw notFound('Identity', identityId);
        const id = randomUUID();
        const now = ctx.now();
        q.insert.run(id, identityId, text, targetSite, now, now, now);
        addVersion(id, text, now, 'created');
        ctx.log({
          identityId,
          kind: 'draft.created',
          site: targetSite,
          summary: text.trim() ? `Draft created: ${preview(text)}` : 'Draft created',
          details: { draftId: id },
          text,
        });
        return toDraft(row(id));
      }),

    save: (id, text) =>
      ctx.write('save the draft', () => {
        checkText(text);
        const r = row(id);
        if (r.text === text) return toDraft(r);
        const now = ctx.now();
        q.setText.run(text, now, id);
        const last = q.lastVersion.get(id);
        if (!last || now - last.created_at >= VERSION_EVERY_MS) addVersion(id, text, now, 'autosave');
        if (r.edit_logged_at === null || now - r.edit_logged_at >= EDIT_LOG_EVERY_MS) {
          q.setEditLogged.run(now, id);
          ctx.log({
            identityId: r.identity_id,
            kind: 'draft.edited',
            site: r.target_site,
            summary: `Draft edited: ${preview(text)}`,
            details: { draftId: id },
            text,
          });
        }
        return { ...toDraft(r), text, updatedAt: now };
      }),

    checkpoint: (id) => ctx.write('keep a version of the draft', () => snapshot(row(id), ctx.now(), 'checkpoint')),

    get: (id) => ctx.guard('read the draft', () => toDraft(row(id))),

    list: (identityId, options = {}) =>
      ctx.guard('read the drafts', () => {
        const limit = options.limit ?? 200;
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalid('List between 1 and 10,000 drafts.');
        const match = options.search === undefined ? '' : ftsQuery(options.search, { prefixLast: true });
        if (match === null) return [];
        const rows = match ? q.search.all(match, identityId, limit) : q.list.all(identityId, limit);
        return rows.map(toDraft);
      }),

    history: (id) =>
      ctx.guard('read the draft history', () => {
        row(id);
        return q.history.all(id).map(toVersion);
      }),

    restore: (id, versionId) =>
      ctx.write('restore the draft version', () => {
        const r = row(id);
        const v = q.version.get(versionId);
        if (!v || v.draft_id !== id) throw notFound('Version', `${versionId} of draft ${id}`);
        const now = ctx.now();
        // Restoring must never lose what is there now.
        snapshot(r, now, 'checkpoint');
        q.setText.run(v.text, now, id);
        addVersion(id, v.text, now, 'restore');
        ctx.log({
          identityId: r.identity_id,
          kind: 'draft.restored',
          site: r.target_site,
          summary: `Draft restored to the version of ${new Date(v.created_at).toISOString()}`,
          details: { draftId: id, versionId, versionAt: v.created_at },
          text: v.text,
        });
        return toDraft(row(id));
      }),

    move: (id, toIdentityId) =>
      ctx.write('move the draft', () => {
        const r = row(id);
        if (!q.identityName.get(toIdentityId)) throw notFound('Identity', toIdentityId);
        if (r.identity_id === toIdentityId) throw invalid(`This draft already belongs to ${nameOf(toIdentityId)}.`);
        const now = ctx.now();
        snapshot(r, now, 'move');
        q.setIdentity.run(toIdentityId, now, id);
        const from = nameOf(r.identity_id);
        const to = nameOf(toIdentityId);
        ctx.log({
          identityId: r.identity_id,
          kind: 'draft.moved',
          site: r.target_site,
          summary: `Draft moved from ${from} to ${to}: ${preview(r.text)}`,
          details: { draftId: id, fromIdentityId: r.identity_id, fromName: from, toIdentityId, toName: to },
          text: r.text,
        });
        return toDraft(row(id));
      }),

    setTargetSite: (id, targetSite) =>
      ctx.write('save the draft', () => {
        row(id);
        q.setTarget.run(targetSite, id);
        return toDraft(row(id));
      }),

    remove: (id) =>
      ctx.write('delete the draft', () => {
        const r = row(id);
        q.remove.run(id);
        ctx.log({
          identityId: r.identity_id,
          kind: 'draft.deleted',
          site: r.target_site,
          summary: r.text.trim() ? `Draft deleted: ${preview(r.text)}` : 'Empty draft deleted',
          details: { draftId: id },
          text: r.text,
        });
      }),

    markPosted: (id, url) =>
      ctx.write('mark the draft as posted', () => {
        if (typeof url !== 'string' || url === '') throw invalid('A posted draft needs the address of the post.');
        const r = row(id);
        if (r.posted_url !== null) {
          if (r.posted_url === url) return toDraft(r);
          throw invalid(`This draft was already posted (${r.posted_url}); it will not be marked as posted again.`);
        }
        const now = ctx.now();
        snapshot(r, now, 'checkpoint');
        q.setPosted.run(now, url, id);
        return toDraft(row(id));
      }),
  };
}
