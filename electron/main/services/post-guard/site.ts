import { getDomain } from 'tldts';

/**
 * The site a worker's post is vouched for by: the registrable domain from the Public Suffix List, private registries
 * included, as Chromium's site isolation draws it, so alice.github.io and mallory.github.io (vercel.app, netlify.app,
 * blogspot.com alike) are two sites, and m.ok.ru is ok.ru's. shared/sites' `siteOf` is a rougher rule the recognisers
 * and their fixtures are built on; it merges every page of a shared host, which here would let one tenant's clicks
 * vouch for another tenant's worker. An IP address or a single-label host is its own site.
 */
export function registrableSite(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** The registrable site of an http(s) address or origin, or undefined (an opaque origin "null", about:blank, a file, data:). */
export function registrableSiteOfUrl(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname ? registrableSite(hostname) : undefined;
  } catch {
    return undefined;
  }
}
