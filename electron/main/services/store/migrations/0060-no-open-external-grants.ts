import type { Migration } from './types';

/**
 * 'Open other apps' ('openExternal') is no longer a permission a site can be allowed: Electron asks it only for a
 * navigation that reaches another app's scheme (electron_browser_client.cc, HandleExternalProtocol), which Hatstand
 * never lets happen, and once allowed Electron would open any scheme with no question naming the identity. Hatstand now
 * asks about each link to another app itself (security/app-link-policy.ts). Grants stored by earlier versions are
 * dropped, so that settings show none that does nothing and none is kept to be honoured by mistake later.
 */
export const migration: Migration = {
  version: 60,
  name: 'no-open-external-grants',
  up(db) {
    const rows = db.prepare<[], { identity_id: string; value: string }>("SELECT identity_id, value FROM identity_settings WHERE key = 'permissions.allowed'").all();
    const update = db.prepare<[string, string]>("UPDATE identity_settings SET value = ? WHERE identity_id = ? AND key = 'permissions.allowed'");
    for (const row of rows) {
      let grants: unknown;
      try {
        grants = JSON.parse(row.value);
      } catch {
        continue; // (unreadable: the settings reader falls back to none, as before)
      }
      if (!Array.isArray(grants)) continue;
      const kept = grants.filter((g) => (g as { permission?: unknown } | null)?.permission !== 'openExternal');
      if (kept.length !== grants.length) update.run(JSON.stringify(kept), row.identity_id);
    }
  },
};
