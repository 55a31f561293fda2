/**
 * Requests sent from another site's page: watched only when the path ends in
 * comments or messages (a comment widget, a chat service an app's page talks
 * to), the host is a comment service, or a review, chat or form widget
 * sends to its vendor's own host (widgetSubmission), never on a telemetry
 * host (watches.ts); a comment must then name its page or thread in the body
 * (or in its path, something published by its id before `comments`, round a1),
 * a review its product (heuristicCrossSiteAllowed); LumApps' saves on its own hosts stand as found (ea1rev D2), and Bitrix24's REST writes on its own hosts (r25rev J1). A site's API on a domain named for it with a
 * known affix (`getX`, `Xapi`) is same-site.
 */
import { headerValue } from '../body';
import type { OutgoingRequest, ParsedBody } from '../types';
import { hasField, hasFieldWhere, hasParentField } from './body-fields';
import { practiceSide } from './dental-practice';
import { compoundConversationMessages } from './member-communities';
import { bitrixCrossSiteWrite, lumappsCrossSiteSave } from './employee-advocacy';
import { openProtocolHost, openProtocolWrite } from './open-protocols';
import { examinedPath, lastSegment } from './paths';
import { idLike } from './threads';
import { CAMEL_PARENT_FIELD, COMMENT_SERVICE_HOSTS, COMMENT_TARGET_FIELD, COMMENT_TOKEN, EAST_ASIAN_TARGET_FIELD, EXPLICIT_PARENT_FIELD, GENERIC_PARENT_FIELD, MESSAGE_PATH, TARGET_FIELD, TARGET_QUERY } from './words';

/** A rough registrable domain (example.co.uk, example.com) to compare sites. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const sld = labels[labels.length - 2]!;
  const take = tld.length === 2 && sld.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}

function originHost(value: string | undefined): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}

export function isCrossSite(request: OutgoingRequest, host: string): boolean {
  const from = originHost(headerValue(request.headers, 'origin')) ?? originHost(headerValue(request.headers, 'referer'));
  return from !== undefined && siteOf(from) !== siteOf(host) && !sameNameWithAffix(siteOf(from), siteOf(host));
}

/**
 * Whether one site's name is the other's with a known affix that names a
 * site's own API or app domain (tinder.com's page calls api.gotinder.com;
 * `getX`, `tryX`, `Xapi`, `Xapp`, `Xhq`): the same site under another name.
 * The name is the label before the public suffix, four letters or more. Any
 * other addition is another site (note.com and evernote.com, post.news and
 * posthog.com, time.com and timeout.com, example.com and example-cdn.com),
 * and so is the same name under another suffix (example.com, example.net).
 */
const SITE_PREFIXES = ['get', 'go', 'try', 'use', 'join', 'my', 'app', 'api'];
const SITE_SUFFIXES = ['api', 'apis', 'app', 'apps', 'hq'];
function sameNameWithAffix(a: string, b: string): boolean {
  const name = (site: string) => site.split('.')[0] ?? '';
  const x = name(a);
  const y = name(b);
  if (x === y || x.length < 4 || y.length < 4) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const affix = (s: string) => s.replace(/^-|-$/g, '');
  if (long.endsWith(short) && SITE_PREFIXES.includes(affix(long.slice(0, -short.length)))) return true;
  return long.startsWith(short) && SITE_SUFFIXES.includes(affix(long.slice(short.length)));
}

/**
 * Whether a path names a comment or message being written, by its last
 * segments: comments or messages last (Stream Chat's
 * /channels/{type}/{id}/message), or one or two segments before a creating
 * or sending verb (Commento's /api/comment/new, Kakao's
 * /v1/api/talk/friends/message/default/send). Events, updates and activities under an item, and
 * words such as chat earlier in the path (an error service's
 * /api/chat/v1/events), do not.
 */
export function namesCommentOrMessage(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const name = (seg: string | undefined) => (seg ?? '').replace(/\.json$/i, '');
  const last = name(segments[segments.length - 1]);
  const written = /^(?:comments?|messages?|repl(?:y|ies))$/i;
  if (written.test(last) || compoundConversationMessages(path)) return true;
  // Or a sending verb last, one of the two segments before it naming what is sent (Kakao's /talk/friends/message/default/send).
  return /^(?:new|create|add|send|post)$/i.test(last) && (written.test(name(segments[segments.length - 2])) || written.test(name(segments[segments.length - 3])));
}
/**
 * Widgets and form services that a business embeds in its own pages and that
 * send a visitor's words to their own hosts (round q3), watched from any
 * origin like comment widgets: review widgets (Yotpo's /v1/widget/reviews,
 * Bazaarvoice's /data/submitreview.json: a review is a post, and must name
 * its product), a chat widget visitor's message (Salesforce Chat's
 * /chat/rest/Chasitor/ChatMessage, LiveChat's Customer Chat API
 * /customer/action/send_event) and contact forms sent to a form service
 * (formspree.io's /f/{form}, HubSpot's api.hsforms.com
 * /submissions/v3/integration/[secure/]submit/{portal}/{form}): messages to
 * the business. Their other calls (Sneak Peek, typing, page updates,
 * consent) name none of these and stay unwatched. Only on the vendors' own
 * hosts, as the form services are (review of round q3): another service's
 * /products/1/reviews or /chat_message called from a shop's page (an AI
 * service's prompt, an AI chatbot's) is not a widget's. Judge.me's review
 * form (POST judge.me/api/v1/reviews, round s10) is a review widget too. A
 * chat widget whose visitor writes to a path ending in messages (Drift's
 * conversation.api.drift.com/conversations/{id}/messages) needs no entry:
 * namesCommentOrMessage watches it already.
 */
const REVIEW_WIDGET_LAST = /^(?:reviews?|submitreview)$/i;
const REVIEW_WIDGET_HOST = /(?:^|\.)(?:yotpo\.com|bazaarvoice\.com|judge\.me)$/i;
const CHAT_WIDGET_PATH = /(?:^|\/)(?:chat_?message|customer\/action\/send_event)$/i;
const CHAT_WIDGET_HOST = /(?:^|\.)(?:salesforceliveagent\.com|livechatinc\.com)$/i;
const FORM_SERVICE = (host: string, path: string): boolean =>
  (/(?:^|\.)formspree\.io$/i.test(host) && /^\/f\/[A-Za-z0-9]{4,40}$/.test(path)) ||
  (/(?:^|\.)hsforms\.com$/i.test(host) && /(?:^|\/)submissions\/v3\/integration\/(?:secure\/)?submit\/\d{1,20}\/[\w-]{1,64}$/.test(path));
export function widgetSubmission(url: URL, path: string): 'review' | 'message' | undefined {
  const trimmed = path.replace(/\/$/, '');
  if ((CHAT_WIDGET_HOST.test(url.hostname) && CHAT_WIDGET_PATH.test(trimmed)) || FORM_SERVICE(url.hostname, trimmed)) return 'message';
  return REVIEW_WIDGET_HOST.test(url.hostname) && REVIEW_WIDGET_LAST.test(lastSegment(trimmed).replace(/\.json$/i, '')) ? 'review' : undefined;
}
/** What a review names as its product, in the body or the query string (Yotpo's `sku`, `product_url`; Bazaarvoice's `ProductId`). */
const PRODUCT_FIELD = /^(?:product(?:_?(?:id|url|sku))?|sku)$/i;
const PRODUCT_QUERY = /[?&](?:product_?id|sku)=/i;
/**
 * A review scoped to a shop names its product by the shop's own id or handle for it: Judge.me's `id` (the
 * product's id on the shop's platform) or `handle` beside `shop_domain`. A bare `id` elsewhere names nothing.
 */
const SHOP_FIELD = /^shop_?domain$/i;
const SHOP_ITEM_FIELD = /^(?:id|handle|external_id)$/i;
function namesProduct(body: ParsedBody, url: URL): boolean {
  return hasField(body, PRODUCT_FIELD) || PRODUCT_QUERY.test(url.search) || (hasField(body, SHOP_FIELD) && hasField(body, SHOP_ITEM_FIELD));
}
/**
 * Whether a post found on a cross-site request may stand: a comment sent
 * from another site's page must name what it is under (a page, thread,
 * post or parent, in the body or query string: Commento's `path`, Cusdis's
 * `pageId`, Remark42's `locator`) or go to a comment service; a feedback
 * widget's `{ rating, comment }` names nothing. Messages (a chat service's
 * channel in its path) and same-site requests stand as found.
 */
/**
 * Comments under something published, named by an id with a digit (round a1), not by an API's version segment
 * (`/answers/v2/comments` names no answer; review of round a1).
 */
const PUBLISHED_ITEM_COMMENTS = /\/(?:posts?|items?|articles?|entries|stor(?:y|ies)|videos?|photos?|notes?|answers?|questions?|illusts?|novels?)\/(?!v\d+(?:\.\d+)*\/)[^/]*\d[^/]*\/comments?(?:\.json)?\/?$/i;
export function heuristicCrossSiteAllowed(request: OutgoingRequest, url: URL, body: ParsedBody): boolean {
  if (!isCrossSite(request, url.hostname) || COMMENT_SERVICE_HOSTS.test(url.hostname)) return true;
  // A dental practice's own API host or Open Dental's ODFHIR key: the practice's tool, whatever page calls it (dn1rev, J2).
  if (practiceSide(url.hostname, headerValue(request.headers, 'authorization'))) return true;
  // On a shared public node only a chain's comment operation or a Lens post's metadata stands (round n1, open-protocols.ts):
  // a file Grove stores or a read is none.
  if (openProtocolHost(url.hostname)) return openProtocolWrite(url.hostname, body);
  const path = examinedPath(url);
  if (bitrixCrossSiteWrite(url.hostname, path)) return true; // Bitrix24's REST writes on its own hosts from an app's iframe (r25rev J1, employee-advocacy.ts).
  if (lumappsCrossSiteSave(url.hostname, path)) return true; // LumApps' saves from a customer's own intranet domain (ea1rev D2, employee-advocacy.ts).
  if (MESSAGE_PATH.test(path) && !COMMENT_TOKEN.test(lastSegment(path))) return true;
  const widget = widgetSubmission(url, path);
  if (widget === 'message') return true;
  if (widget === 'review') return namesProduct(body, url);
  return (
    hasField(body, TARGET_FIELD) ||
    // A note or answer by its id, not a `note` field holding the comment's own words (review of round a1).
    hasFieldWhere(body, (name, v) => EAST_ASIAN_TARGET_FIELD.test(name) && idLike(v)) ||
    hasField(body, COMMENT_TARGET_FIELD) ||
    hasField(body, /^locator$/) ||
    hasParentField(body, EXPLICIT_PARENT_FIELD) ||
    hasParentField(body, CAMEL_PARENT_FIELD) ||
    hasParentField(body, GENERIC_PARENT_FIELD) ||
    TARGET_QUERY.test(url.search) ||
    // Or in its path, as something published by its id just before the comments (Qiita's POST
    // /api/v2/items/{id}/comments, round a1); not a site, app or project by id (a feedback widget's
    // /api/sites/{id}/comments names no page).
    PUBLISHED_ITEM_COMMENTS.test(path)
  );
}
