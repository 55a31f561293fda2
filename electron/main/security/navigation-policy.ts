import { isWebUrl, parseUrl } from './url-policy';

export type NavigationDecision = 'allow' | 'deny';

/**
 * Our own pages never navigate: the chrome is a single page loaded from the
 * app bundle, so any navigation (a dropped file, an injected link) is refused.
 * Only a reload of the very same document is allowed.
 */
export function decideChromeNavigation(targetUrl: string, ownPageUrl: string): NavigationDecision {
  const target = parseUrl(targetUrl);
  const own = parseUrl(ownPageUrl);
  if (!target || !own) return 'deny';
  return target.protocol === own.protocol && target.host === own.host && target.pathname === own.pathname ? 'allow' : 'deny';
}

/**
 * A site view may go anywhere on the web inside its own identity partition
 * (sites bounce through link shorteners and CDNs), but never to file:, data:,
 * javascript:, chrome: or custom schemes that could reach the machine or
 * launch other apps.
 */
export function decideSiteNavigation(targetUrl: string): NavigationDecision {
  return isWebUrl(parseUrl(targetUrl)) ? 'allow' : 'deny';
}
