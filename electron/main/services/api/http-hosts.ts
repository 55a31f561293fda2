import { AppError } from '../../../../shared/result';
import type { Store } from '../store';

/**
 * Sites are https only (Electron security checklist item 1). A person may
 * allow plain http for a host, per identity, when a site has no https; the
 * chrome then says "Not secure" while such a page is shown.
 */
export const HTTP_HOSTS_KEY = 'security.httpHosts';

export function httpHostsOf(store: Store, identityId: string): string[] {
  const hosts = store.settings.getFor<unknown>(identityId, HTTP_HOSTS_KEY, []);
  return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
}

/** Whether the person allowed plain http for this host (`URL.host`, lower case) in this identity. */
export function allowsHttp(store: Store, identityId: string, host: string): boolean {
  return httpHostsOf(store, identityId).includes(host);
}

/**
 * Refuses an http address unless its host is allowed, or the person allows it
 * now (`allowHttp`). Returns what to do once the site is saved: remember (and
 * log) a newly allowed host; nothing is written when the save is refused.
 */
export function checkSiteScheme(store: Store, identityId: string, homeUrl: string, allowHttp: boolean): () => void {
  const url = new URL(homeUrl);
  const host = url.host.toLowerCase();
  const allowed = httpHostsOf(store, identityId);
  if (url.protocol !== 'http:' || allowed.includes(host)) return () => {};
  if (!allowHttp) {
    throw new AppError(
      'sites/insecure',
      `http://${host} is not secure, and Hatstand opens sites over https only; use its https:// address, or tick \u201cAllow http for this host\u201d if the site has none.`,
    );
  }
  return () => {
    store.settings.setFor(identityId, HTTP_HOSTS_KEY, [...allowed, host]);
    store.activity.append({ identityId, kind: 'settings.changed', site: host, summary: `${store.identities.get(identityId).name} allows plain http (not secure) for ${host}` });
  };
}
