import { appLinkOf, type AppLink } from './app-link-policy';
import { isSignInUrl, isWebUrl, parseUrl, sameSite } from './url-policy';

/**
 * What to do with `window.open` / target=_blank from a site view.
 * - same site, a sign-in provider or about:blank: a child window in the SAME
 *   identity's partition and chrome, so OAuth and "open in new tab" never
 *   escape the identity (PITFALLS 4);
 * - anything else on the web: ask the user, naming the identity, before it
 *   goes to the OS browser (where no identity's logins apply);
 * - a link to another app of app-link-policy.ts's list (mailto:, a Zoom meeting): asked about, naming the identity
 *   and the app, when the person clicked it;
 * - other schemes: refused.
 */
export type WindowOpenDecision =
  | { action: 'child-window' }
  | { action: 'ask-external'; url: string }
  | { action: 'ask-app'; link: AppLink }
  | { action: 'deny'; reason: string };

export function decideWindowOpen(targetUrl: string, openerUrl: string): WindowOpenDecision {
  const target = parseUrl(targetUrl);
  // Sign-in libraries (MSAL and others) open a blank popup, then send it to the
  // provider: it must be a child in the identity, like the sign-in page itself.
  // Electron reports window.open('') as about:blank. Its later navigations pass
  // the site navigation policy like any page's.
  if (target?.protocol === 'about:' && target.pathname === 'blank') return { action: 'child-window' };
  const app = appLinkOf(targetUrl);
  if (app) return { action: 'ask-app', link: app };
  if (!isWebUrl(target)) return { action: 'deny', reason: 'Only web addresses can be opened.' };
  if (target.username || target.password) return { action: 'deny', reason: 'Addresses with embedded credentials are refused.' };
  const opener = parseUrl(openerUrl);
  if ((opener && isWebUrl(opener) && sameSite(target, opener)) || isSignInUrl(target)) {
    return { action: 'child-window' };
  }
  return { action: 'ask-external', url: target.toString() };
}

/** The sentence shown before a link leaves for the OS browser. */
export function externalLinkQuestion(identityName: string, url: string): { message: string; detail: string } {
  const host = parseUrl(url)?.host ?? url;
  return {
    message: `Open ${host} in your web browser?`,
    detail:
      `This link was clicked in your ${identityName} window. Your web browser is not part of ${identityName}: ` +
      `you may be signed in there as someone else.\n\n${url}`,
  };
}
