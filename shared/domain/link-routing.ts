import { getDomain } from 'tldts';

/**
 * Links open as the identity that owns the site. Each identity lists its
 * sites; a link to a site only another identity lists is never opened under
 * the wrong cookies without asking: "Open linkedin.com as Professional, or
 * here as Personal?", with a per-domain "always" answer kept per identity.
 *
 * Pure: the Electron glue asks `decideLink` on will-navigate and window.open,
 * the composer asks through IPC, and both act on the answer.
 */

export interface LinkIdentity {
  id: string;
  name: string;
  /** The identity's sites' home addresses. */
  siteUrls: readonly string[];
}

/** Per domain, what the person chose "always" to do with links clicked in this identity. */
export type AlwaysChoice = 'owner' | 'here';
export type AlwaysChoices = Readonly<Record<string, AlwaysChoice>>;

export type LinkDecision =
  /** Not another identity's site (or the person chose "here, always"): open where it was clicked. */
  | { action: 'here'; domain: string | null; reason: 'own-site' | 'nobody-owns' | 'always-here' | 'not-web' }
  /** The person chose "always as <owner>" for this domain. */
  | { action: 'open-as'; domain: string; owner: { id: string; name: string } }
  /** Ask: open as the owner, or here. */
  | { action: 'ask'; domain: string; owner: { id: string; name: string }; question: string };

/**
 * The registrable domain of a URL's host ("www.linkedin.com" -> "linkedin.com"),
 * from the Public Suffix List (tldts), private suffixes included so that two
 * people's foo.github.io and bar.github.io stay apart. IP literals and single
 * names (localhost) are their own domain, with the port, so two local test
 * sites on one address stay apart.
 */
export function linkDomain(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  const domain = getDomain(host, { allowPrivateDomains: true });
  return domain ?? (url.port ? `${host}:${url.port}` : host);
}

export function linkQuestion(domain: string, owner: string, here: string): string {
  return `Open ${domain} as ${owner}, or here as ${here}?`;
}

export function decideLink(input: {
  url: string;
  from: LinkIdentity;
  identities: readonly LinkIdentity[];
  always: AlwaysChoices;
}): LinkDecision {
  const domain = linkDomain(input.url);
  if (!domain) return { action: 'here', domain: null, reason: 'not-web' };
  const owns = (identity: LinkIdentity) => identity.siteUrls.some((u) => linkDomain(u) === domain);
  // A site this identity lists is its own, even when another identity lists it too (both use Bluesky).
  if (owns(input.from)) return { action: 'here', domain, reason: 'own-site' };
  const owner = input.identities.find((i) => i.id !== input.from.id && owns(i));
  if (!owner) return { action: 'here', domain, reason: 'nobody-owns' };
  const remembered = input.always[domain];
  if (remembered === 'here') return { action: 'here', domain, reason: 'always-here' };
  const who = { id: owner.id, name: owner.name };
  if (remembered === 'owner') return { action: 'open-as', domain, owner: who };
  return { action: 'ask', domain, owner: who, question: linkQuestion(domain, owner.name, input.from.name) };
}

/** Records an "always" answer; `null` forgets it (asked again next time). */
export function withAlways(choices: AlwaysChoices, domain: string, choice: AlwaysChoice | null): Record<string, AlwaysChoice> {
  const { [domain]: _old, ...rest } = choices;
  return choice ? { ...rest, [domain]: choice } : rest;
}

/**
 * The sandbox of the frame a link came from, as Chromium reported it (its sandbox flags, never 0), when that frame may
 * not open pages outside its sandbox (the HTML spec: a sandboxed frame's new windows inherit its sandbox unless it may
 * let them escape). The page that finally shows the link keeps it wherever it opens. Only known flags are kept: a link
 * whose frame's sandbox Electron does not say carries none (link-routing-hook.ts, routeWindowOpen).
 */
export type OpenerSandbox = number;
