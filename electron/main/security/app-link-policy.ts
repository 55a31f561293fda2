import { parseUrl } from './url-policy';

/**
 * Links to other apps: mailto:, tel:, a Zoom or Teams meeting. A site view never navigates to them (Electron would hand
 * them to its own 'openExternal' permission request, which sees only the site, and once allowed opens any scheme with
 * the OS, dangerous handlers too: electron_browser_client.cc, OnOpenExternal). Hatstand decides on the scheme itself: a
 * link the person clicked, with a scheme of this list, is offered to its app after a question naming the identity;
 * every other scheme (file:, data:, javascript:, chrome:, devtools:, ms-msdt:, search-ms:, ms-officecmd: ...) stays
 * refused without a word.
 */
const APPS: Readonly<Record<string, string>> = {
  mailto: 'your email app',
  tel: 'your phone app',
  sms: 'your messages app',
  facetime: 'FaceTime',
  'facetime-audio': 'FaceTime',
  webcal: 'your calendar app',
  zoommtg: 'Zoom',
  zoomus: 'Zoom',
  msteams: 'Microsoft Teams',
  slack: 'Slack',
  skype: 'Skype',
  whatsapp: 'WhatsApp',
  tg: 'Telegram',
  sgnl: 'Signal',
  discord: 'Discord',
};

/** Longer addresses are refused: an app link that long is not one a person meant to read before opening. */
const MAX_LENGTH = 2_048;

/** How long after a click or key press a page's navigation counts as the person's (Chromium's transient activation: 5 s). */
export const USER_ACTIVATION_MS = 5_000;

export interface AppLink {
  /** The address as the OS gets it. */
  url: string;
  /** The scheme, without its colon. */
  scheme: string;
  /** The app in words, for the question: "Zoom", "your email app". */
  app: string;
}

/** The app link `url` is, or null: not an app scheme of the list, credentials in it, or too long. */
export function appLinkOf(url: string): AppLink | null {
  if (url.length > MAX_LENGTH) return null;
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const scheme = parsed.protocol.slice(0, -1).toLowerCase();
  if (!Object.hasOwn(APPS, scheme)) return null;
  if (parsed.username || parsed.password) return null;
  return { url: parsed.href, scheme, app: APPS[scheme]! };
}

/** Whether a page's navigation is the person's: a click or key press reached the page within USER_ACTIVATION_MS. */
export function byThePerson(lastGestureAt: number | undefined, now: number): boolean {
  return lastGestureAt !== undefined && now - lastGestureAt >= 0 && now - lastGestureAt <= USER_ACTIVATION_MS;
}

const SHOWN_LENGTH = 300;

/** The question asked before an app link leaves the identity's window; `site`: the page it was clicked in. */
export function appLinkQuestion(identityName: string, link: AppLink, site: string): { message: string; detail: string; open: string } {
  const host = parseUrl(site)?.host || 'a site';
  const shown = link.url.length > SHOWN_LENGTH ? `${link.url.slice(0, SHOWN_LENGTH)}\u2026` : link.url;
  const app = link.app.startsWith('your ') ? link.app : `the ${link.app} app`;
  return {
    message: `Open this ${link.scheme}: link in ${link.app}?`,
    detail:
      `It was clicked on ${host} in your ${identityName} window. ${app[0]!.toUpperCase()}${app.slice(1)} is not part of ${identityName}: ` +
      `it may be signed in as someone else, and what you send from it goes out from there.\n\n${shown}`,
    open: `Open ${link.app.startsWith('your ') ? link.app.slice(5) : link.app}`,
  };
}
