import { randomUUID } from 'node:crypto';
import {
  AvatarSchema,
  ColorSchema,
  DEFAULT_IDENTITIES,
  IdentityNameSchema,
  type Identity,
  type NewIdentity,
  type Site,
} from '../../../../shared/domain/identity';
import type { StoreContext } from './context';
import { invalid, isUniqueViolation, notFound } from './errors';
import type { AppError } from '../../../../shared/result';
import { clashWithOthers } from '../../../../shared/domain/identity-rules';

export interface SiteInput {
  label: string;
  homeUrl: string;
  handle?: string;
}

export type NewIdentityInput = NewIdentity & { sites?: readonly SiteInput[] };

export interface IdentityPatch {
  name?: string;
  color?: string;
  avatar?: string;
}

export interface IdentityRepo {
  /** Every identity ordered by position, each with its sites ordered by position. */
  list(): Identity[];
  /** Throws store/not-found. */
  get(id: string): Identity;
  create(input: NewIdentityInput): Identity;
  update(id: string, patch: IdentityPatch): Identity;
  /** Removes the identity with its sites, settings, drafts, warnings and accounts. The activity log keeps its history. */
  remove(id: string): void;
  /** `ids` must name every identity exactly once; returns the new order. */
  reorder(ids: readonly string[]): Identity[];
  /** Creates Personal and Professional when there is no identity yet; safe to call on every start. */
  ensureDefaults(): Identity[];
  addSite(identityId: string, site: SiteInput): Site;
  updateSite(siteId: string, patch: Partial<SiteInput>): Site;
  removeSite(siteId: string): void;
}

interface IdentityRow {
  id: string;
  name: string;
  color: string;
  avatar: string;
  position: number;
  created_at: string;
}

interface SiteRow {
  id: string;
  identity_id: string;
  label: string;
  home_url: string;
  handle: string;
  position: number;
}

/** Case folding used for the uniqueness of names ("personal" clashes with "Personal"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und');
}

function parseOr<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw invalid(r.error.issues[0]?.message ?? 'That value is not valid.');
  return r.data;
}

function checkSite(site: Partial<SiteInput>, partial: boolean): void {
  if (!partial || site.label !== undefined) {
    if (typeof site.label !== 'string' || site.label.trim() === '') throw invalid('Give the site a label, for example "Mastodon".');
  }
  if (!partial || site.homeUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(String(site.homeUrl));
    } catch {
      throw invalid(`"${String(site.homeUrl)}" is not a web address; write it like https://mastodon.social/home.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw invalid(`A site's address must start with https:// (got ${url.protocol}).`);
    }
  }
  if (site.handle !== undefined && typeof site.handle !== 'string') throw invalid('A handle is text, for example @ada.');
}

export function createIdentityRepo(ctx: StoreContext): IdentityRepo {
  const { db } = ctx;
  const q = {
    all: db.prepare<[], IdentityRow>('SELECT id, name, color, avatar, position, created_at FROM identities ORDER BY position, created_at'),
    one: db.prepare<[string], IdentityRow>('SELECT id, name, color, avatar, position, created_at FROM identities WHERE id = ?'),
    allSites: db.prepare<[], SiteRow>('SELECT id, identity_id, label, home_url, handle, position FROM sites ORDER BY identity_id, position'),
    sitesOf: db.prepare<[string], SiteRow>(
      'SELECT id, identity_id, label, home_url, handle, position FROM sites WHERE identity_id = ? ORDER BY position',
    ),
    site: db.prepare<[string], SiteRow>('SELECT id, identity_id, label, home_url, handle, position FROM sites WHERE id = ?'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM identities'),
    nextPos: db.prepare<[], { p: number }>('SELECT coalesce(max(position) + 1, 0) AS p FROM identities'),
    nextSitePos: db.prepare<[string], { p: number }>('SELECT coalesce(max(position) + 1, 0) AS p FROM sites WHERE identity_id = ?'),
    insert: db.prepare(
      'INSERT INTO identities (id, name, name_key, color, avatar, position, created_at) VALUES (@id, @name, @nameKey, @color, @avatar, @position, @createdAt)',
    ),
    update: db.prepare('UPDATE identities SET name = @name, name_key = @nameKey, color = @color, avatar = @avatar WHERE id = @id'),
    setPos: db.prepare('UPDATE identities SET position = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM identities WHERE id = ?'),
    insertSite: db.prepare(
      'INSERT INTO sites (id, identity_id, label, home_url, handle, position) VALUES (@id, @identityId, @label, @homeUrl, @handle, @position)',
    ),
    updateSite: db.prepare('UPDATE sites SET label = @label, home_url = @homeUrl, handle = @handle WHERE id = @id'),
    removeSite: db.prepare('DELETE FROM sites WHERE id = ?'),
  };

  const toSite = (r: SiteRow): Site => ({
    id: r.id,
    identityId: r.identity_id,
    label: r.label,
    homeUrl: r.home_url,
    handle: r.handle,
    position: r.position,
  });
  const toIdentity = (r: IdentityRow, sites: Site[]): Identity => ({
    id: r.id,
    name: r.name,
    color: r.color,
    avatar: r.avatar,
    position: r.position,
    createdAt: r.created_at,
    sites,
  });

  const getRow = (id: string): IdentityRow => {
    const row = q.one.get(id);
    if (!row) throw notFound('Identity', id);
    return row;
  };
  const get = (id: string): Identity => toIdentity(getRow(id), q.sitesOf.all(id).map(toSite));

  const listAll = (): Identity[] => {
    const byIdentity = new Map<string, Site[]>();
    for (const r of q.allSites.all()) {
      let list = byIdentity.get(r.identity_id);
      if (!list) byIdentity.set(r.identity_id, (list = []));
      list.push(toSite(r));
    }
    return q.all.all().map((r) => toIdentity(r, byIdentity.get(r.id) ?? []));
  };

  const nameClash = (name: string): AppError =>
    invalid(`There is already an identity called "${name}" (names are compared ignoring case). Choose another name.`);

  const insertSite = (identityId: string, site: SiteInput): Site => {
    checkSite(site, false);
    const row = {
      id: randomUUID(),
      identityId,
      label: site.label.trim(),
      homeUrl: site.homeUrl,
      handle: (site.handle ?? '').trim(),
      position: q.nextSitePos.get(identityId)!.p,
    };
    q.insertSite.run(row);
    return { ...row };
  };

  const create = (input: NewIdentityInput): Identity => {
    const name = parseOr(IdentityNameSchema, input?.name);
    const color = parseOr(ColorSchema, input?.color);
    const avatar = parseOr(AvatarSchema, input?.avatar);
    for (const s of input.sites ?? []) checkSite(s, false);
    // Inside the write transaction: no other process can add a look-alike between this check and the insert.
    const clash = clashWithOthers({ name, color }, q.all.all());
    if (clash) throw invalid(clash);
    const id = randomUUID();
    try {
      q.insert.run({ id, name, nameKey: nameKey(name), color, avatar, position: q.nextPos.get()!.p, createdAt: new Date(ctx.now()).toISOString() });
    } catch (err) {
      if (isUniqueViolation(err)) throw nameClash(name);
      throw err;
    }
    for (const s of input.sites ?? []) insertSite(id, s);
    ctx.log({ identityId: id, kind: 'identity.created', summary: `Identity "${name}" created`, details: { name, color, avatar } });
    return get(id);
  };

  return {
    list: () => ctx.guard('read the identities', listAll),

    get: (id) => ctx.guard('read the identity', () => get(id)),

    create: (input) => ctx.write('create the identity', () => create(input)),

    update: (id, patch) =>
      ctx.write('save the identity', () => {
        const before = getRow(id);
        const next = {
          id,
          name: patch.name === undefined ? before.name : parseOr(IdentityNameSchema, patch.name),
          color: patch.color === undefined ? before.color : parseOr(ColorSchema, patch.color),
          avatar: patch.avatar === undefined ? before.avatar : parseOr(AvatarSchema, patch.avatar),
        };
        // Only what changes is compared: two identities stored before this rule existed can still be renamed.
        const clash = clashWithOthers(
          { ...(next.name !== before.name ? { name: next.name } : {}), ...(next.color !== before.color ? { color: next.color } : {}) },
          q.all.all().filter((r) => r.id !== id),
        );
        if (clash) throw invalid(clash);
        try {
          q.update.run({ ...next, nameKey: nameKey(next.name) });
        } catch (err) {
          if (isUniqueViolation(err)) throw nameClash(next.name);
          throw err;
        }
        const changed: Record<string, { from: string; to: string }> = {};
        for (const k of ['name', 'color', 'avatar'] as const) {
          if (before[k] !== next[k]) changed[k] = { from: before[k], to: next[k] };
        }
        if (Object.keys(changed).length > 0) {
          const renamed = changed.name ? ` (renamed from "${before.name}")` : '';
          ctx.log({ identityId: id, kind: 'identity.updated', summary: `Identity "${next.name}" changed${renamed}`, details: { changed } });
        }
        return get(id);
      }),

    remove: (id) =>
      ctx.write('remove the identity', () => {
        const row = getRow(id);
        q.remove.run(id);
        ctx.log({ identityId: id, kind: 'identity.removed', summary: `Identity "${row.name}" removed`, details: { name: row.name } });
      }),

    reorder: (ids) =>
      ctx.write('reorder the identities', () => {
        const existing = q.all.all().map((r) => r.id);
        const wanted = new Set(ids);
        if (wanted.size !== ids.length || ids.length !== existing.length || !existing.every((id) => wanted.has(id))) {
          throw invalid('The new order must list every identity exactly once; reload the list and try again.');
        }
        ids.forEach((id, i) => q.setPos.run(i, id));
        return ids.map(get);
      }),

    ensureDefaults: () =>
      ctx.write('create the default identities', () => {
        if (q.count.get()!.n === 0) {
          for (const d of DEFAULT_IDENTITIES) create({ name: d.name, color: d.color, avatar: d.avatar, sites: d.sites });
        }
        return listAll();
      }),

    addSite: (identityId, site) =>
      ctx.write('add the site', () => {
        getRow(identityId);
        return insertSite(identityId, site);
      }),

    updateSite: (siteId, patch) =>
      ctx.write('save the site', () => {
        const row = q.site.get(siteId);
        if (!row) throw notFound('Site', siteId);
        checkSite(patch, true);
        const next = {
          id: siteId,
          label: patch.label === undefined ? row.label : patch.label.trim(),
          homeUrl: patch.homeUrl === undefined ? row.home_url : patch.homeUrl,
          handle: patch.handle === undefined ? row.handle : patch.handle.trim(),
        };
        q.updateSite.run(next);
        return toSite(q.site.get(siteId)!);
      }),

    removeSite: (siteId) =>
      ctx.write('remove the site', () => {
        if (q.removeSite.run(siteId).changes === 0) throw notFound('Site', siteId);
      }),
  };
}
