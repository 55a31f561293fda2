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
  webcal: 'your calendar app',
  // Any app may register these schemes with the OS: the app that opens them is usually the one named, not surely.
  facetime: 'FaceTime',
  'facetime-audio': 'FaceTime',
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

/**
 * Longer addresses are refused: the question shows the whole address, and one longer than a person reads before
 * opening it could hide what it does (a bcc, a body) past what they read.
 */
const MAX_LENGTH = 1_024;

/** mailto: fields that would make the email app attach a file of the person's (some clients honour them). */
const ATTACHING = new Set(['attach', 'attachment', 'attachments']);

/** How long after a click or key press a page's navigation counts as the person's (Chromium's transient activation: 5 s). */
export const USER_ACTIVATION_MS = 5_000;

export interface AppLink {
  /** The address as the OS gets it. */
  url: string;
  /** The scheme, without its colon. */
  scheme: string;
  /** The app in words, for the question: "your email app", or the app usually registered for the scheme: "Zoom". */
  app: string;
}

/**
 * The app link `url` is, or null: not an app scheme of the list, credentials in it, longer than the question shows,
 * runs of whitespace in it (a path padded to push the rest out of sight), or a mailto: that attaches a file.
 */
export function appLinkOf(url: string): AppLink | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const scheme = parsed.protocol.slice(0, -1).toLowerCase();
  if (!Object.hasOwn(APPS, scheme)) return null;
  if (parsed.username || parsed.password) return null;
  if (parsed.href.length > MAX_LENGTH) return null;
  // (Whitespace other than a space anywhere; a run of spaces, typed or %-encoded, in the path, where no app needs one.)
  if (/[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(parsed.href)) return null;
  if (/(?:\s|%20|%09|%0a|%0d|%c2%a0){2,}/i.test(parsed.href.slice(0, parsed.href.length - parsed.search.length - parsed.hash.length))) return null;
  if (scheme === 'mailto') {
    const fields = mailtoFields(parsed);
    if (!fields || fields.some(([name]) => ATTACHING.has(name))) return null;
    // (The fields shown a line each: no run of whitespace to push a recipient out of sight, no line break or control
    // character to forge a line of the question ("Subject: Hi%0ATo: boss@…"); a body may have blank lines. No format
    // character anywhere: a right-to-left override would make an address read backwards.)
    if (fields.some(([name, value]) => name !== 'body' && (/\s{2,}/.test(value.trim()) || /\p{Cc}/u.test(value)))) return null;
    if (fields.some(([, value]) => /\p{Cf}/u.test(value))) return null;
  }
  return { url: parsed.href, scheme, app: APPS[scheme]! };
}

/**
 * A mailto:'s fields, decoded, names lower-cased: its address as `to`, then its query's; null when it cannot be decoded.
 * Decoded as RFC 6068 says and email apps do, not as a web form: a `+` is a plus ("a+b@example.org"), which
 * URLSearchParams would show as a space, so the question would name another address than the one the app gets.
 */
function mailtoFields(parsed: URL): Array<[string, string]> | null {
  try {
    const fields: Array<[string, string]> = [];
    const to = decodeURIComponent(parsed.pathname);
    if (to) fields.push(['to', to]);
    for (const pair of parsed.search.slice(1).split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      fields.push([name.toLowerCase(), at < 0 ? '' : decodeURIComponent(pair.slice(at + 1))]);
    }
    return fields;
  } catch {
    return null;
  }
}

/** Whether a page's navigation is the person's: a click or key press reached the page within USER_ACTIVATION_MS. */
export function byThePerson(lastGestureAt: number | undefined, now: number): boolean {
  return lastGestureAt !== undefined && now - lastGestureAt >= 0 && now - lastGestureAt <= USER_ACTIVATION_MS;
}

/** The recipients and subject of a mailto:, a line each, as the email app will fill them in. */
function mailtoLines(url: string): string[] {
  const parsed = parseUrl(url);
  const fields = parsed ? mailtoFields(parsed) : null;
  if (!fields) return [];
  const lines: string[] = [];
  for (const [name, label] of [['to', 'To'], ['cc', 'Cc'], ['bcc', 'Bcc'], ['subject', 'Subject']] as const) {
    const values = fields.filter(([field]) => field === name).map(([, value]) => value.trim()).filter(Boolean);
    if (values.length > 0) lines.push(`${label}: ${values.join(', ')}`);
  }
  return lines;
}

/**
 * The question asked before an app link leaves the identity's window; `site`: the page it came from. The whole address
 * is shown (appLinkOf refuses longer ones), a mailto:'s recipients and subject a line each. An app's scheme is named as
 * the scheme's, "usually" that app's: any app may register it with the OS.
 */
export function appLinkQuestion(identityName: string, link: AppLink, site: string): { message: string; detail: string; open: string } {
  const host = parseUrl(site)?.host || 'a site';
  const generic = link.app.startsWith('your ');
  const app = generic ? link.app : `the app that opens ${link.scheme}: links (usually ${link.app})`;
  const lines = link.scheme === 'mailto' ? mailtoLines(link.url) : [];
  return {
    message: `Open this ${link.scheme}: link in ${app}?`,
    detail:
      `It came from ${host} in your ${identityName} window. ${app[0]!.toUpperCase()}${app.slice(1)} is not part of ${identityName}: ` +
      `it may be signed in as someone else, what you send from it goes out from there, and a link can sign that app in ` +
      `to an account or a meeting it names.\n\n${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${link.url}`,
    open: generic ? `Open ${link.app.slice(5)}` : 'Open the link',
  };
}
