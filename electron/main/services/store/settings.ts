import type { StoreContext } from './context';
import { invalid, isForeignKeyViolation, notFound } from './errors';

/**
 * Key/value settings stored as JSON. Global ones (`get`/`set`) and per-identity
 * ones (`getFor`/`setFor`: window bounds, policies, permission allow-lists,
 * learned accounts, warning profile, learned model). Per-identity settings
 * disappear with their identity. Changes are not logged here: window bounds
 * change constantly; callers log 'settings.changed' for changes a person made.
 */
export interface SettingsRepo {
  get<T>(key: string, fallback: T): T;
  /** `undefined` removes the key. */
  set(key: string, value: unknown): void;
  getFor<T>(identityId: string, key: string, fallback: T): T;
  /** `undefined` removes the key. Throws store/not-found for an unknown identity. */
  setFor(identityId: string, key: string, value: unknown): void;
  /** Every per-identity setting of one identity (for export). */
  allFor(identityId: string): Record<string, unknown>;
}

function encode(key: string, value: unknown): string {
  if (typeof key !== 'string' || key === '') throw invalid('A setting needs a name.');
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (err) {
    throw invalid(`The setting "${key}" cannot be saved: ${(err as Error).message}.`);
  }
  if (json === undefined) throw invalid(`The setting "${key}" cannot be saved: its value is not plain data.`);
  return json;
}

function decode<T>(json: string | undefined, fallback: T): T {
  if (json === undefined) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

export function createSettingsRepo(ctx: StoreContext): SettingsRepo {
  const { db } = ctx;
  const q = {
    get: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    set: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    del: db.prepare('DELETE FROM settings WHERE key = ?'),
    getFor: db.prepare<[string, string], { value: string }>('SELECT value FROM identity_settings WHERE identity_id = ? AND key = ?'),
    setFor: db.prepare(
      'INSERT INTO identity_settings (identity_id, key, value) VALUES (?, ?, ?) ON CONFLICT (identity_id, key) DO UPDATE SET value = excluded.value',
    ),
    delFor: db.prepare('DELETE FROM identity_settings WHERE identity_id = ? AND key = ?'),
    allFor: db.prepare<[string], { key: string; value: string }>('SELECT key, value FROM identity_settings WHERE identity_id = ? ORDER BY key'),
  };

  return {
    get: (key, fallback) => ctx.guard('read the settings', () => decode(q.get.get(key)?.value, fallback)),
    set: (key, value) =>
      ctx.guard('save the settings', () => {
        if (value === undefined) q.del.run(key);
        else q.set.run(key, encode(key, value));
      }),
    getFor: (identityId, key, fallback) =>
      ctx.guard("read the identity's settings", () => decode(q.getFor.get(identityId, key)?.value, fallback)),
    setFor: (identityId, key, value) =>
      ctx.guard("save the identity's settings", () => {
        if (value === undefined) {
          q.delFor.run(identityId, key);
          return;
        }
        try {
          q.setFor.run(identityId, key, encode(key, value));
        } catch (err) {
          if (isForeignKeyViolation(err)) throw notFound('Identity', identityId);
          throw err;
        }
      }),
    allFor: (identityId) =>
      ctx.guard("read the identity's settings", () => {
        const out: Record<string, unknown> = {};
        for (const r of q.allFor.all(identityId)) out[r.key] = decode(r.value, null);
        return out;
      }),
  };
}
