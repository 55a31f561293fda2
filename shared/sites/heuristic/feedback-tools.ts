/**
 * Feedback boards, form builders, in-app surveys and bug-report widgets (round fb1). Two families that look alike
 * and must be told apart:
 *
 * - Public feedback boards (Fider, Canny, Featurebase, UserVoice, Frill, Sleekplan) publish an idea, a comment or a
 *   reply under the person's name: the heuristic's rules already read most of them. Here (feedbackToolKind, from
 *   kind.ts): a status change sent with words beside the status at the top level (Fider's PUT
 *   /api/v1/posts/{number}/status `text`, Canny's /posts/change_status `commentValue`) is shown on the idea as the
 *   changer's public comment, and a comment sent to a bare comment collection names what it is under by `submissionId`
 *   or `changelogId` (Featurebase's POST /v2/comment; `isPrivate` ones too, as round u4 keeps internal notes). Not
 *   words addressed to someone (a recipient, a messages or chat path): they stay a message, as in participation.ts.
 * - A form builder's response carries words to the form's owner, as a contact form's do (round q3: a message): Google
 *   Forms' …/formResponse, Typeform's …/forms/{id}/complete-submission, Tally's …/forms/{id}/respond, Jotform's
 *   /submit/{formID} beside its `formID`, and a link survey answered on its own page (Formbricks' `meta.url` …/s/{id},
 *   Hotjar's on surveys.hotjar.com).
 * - Feedback and bug reports to a site's developers are not posts (round q3: Sentry's feedback, a PostHog survey
 *   answer), wherever they are sent from (feedbackToolQuiet, from refuses.ts; feedbackVendorHost, from watches.ts): a
 *   Formbricks in-app survey's response (also self-hosted or proxied), Hotjar's survey and feedback responses (on its
 *   ingestion hosts, or elsewhere with Hotjar's body, as through a first-party /hj/ proxy), Pendo's agent events
 *   (/data/guide.json/{key}, poll answers included), Customer.io's tracked event (`{ name, data }` to
 *   …/api/v1/customers/{id}/events), and the ingestion hosts of bug-report widgets and product-feedback inboxes
 *   (Usersnap, Userback, Marker.io, Jam, Hotjar, Productboard), named one by one, whose reports and insights only the
 *   product team reads. A path there ending in comments or messages is still watched.
 */
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField, topLevelString } from './body-fields';
import { lastSegment } from './paths';
import { COMMENTS_LAST, addressed, topLevelKey, topLevelWords } from './shared-rules';

/** A form builder's response endpoints. */
const FORM_RESPONSE_PATH = /(?:^|\/)(?:forms\/d\/(?:e\/)?[\w-]{10,120}\/formResponse|forms\/[\w-]{4,40}\/(?:complete-submission|respond))\/?$/i;
/** Jotform's hosted form posts to /submit/{formID}, and sends that id again as `formID`. */
const SUBMIT_FORM_PATH = /(?:^|\/)submit\/(\d{6,20})\/?$/i;
/** Formbricks' Public Client API: a response (or its update) under an environment. */
const SURVEY_CLIENT_RESPONSE = /(?:^|\/)api\/v\d+\/client\/[\w-]{8,40}\/responses(?:\/[\w-]{8,40})?\/?$/i;
/** A link survey's own page (Formbricks' /s/{surveyId}). */
const LINK_SURVEY_PAGE = /^https?:\/\/[^/]+\/s\/[\w-]{8,40}\/?(?:[?#]|$)/i;
/**
 * Hotjar's survey and feedback widgets' responses, under the site and widget ids. On Hotjar's ingestion hosts the host
 * list below unwatches them; elsewhere (a first-party proxy) the path is quiet only beside Hotjar's body (`response` or
 * `response_content` with `page_url` or `action`), so a forum that happens to use such a path stays watched.
 */
const WIDGET_RESPONSE_PATH = /(?:^|\/)client\/sites\/\d{1,12}\/(?:poll|feedback)\/\d{1,12}\/response\/?$/i;
/** Pendo's agent data endpoints (guide events, poll answers, page loads), on Pendo's hosts or a CNAME. */
const GUIDE_EVENT_PATH = /(?:^|\/)data\/(?:guide|ptm|ptm_events)\.(?:json|gif)\/[\w-]{8,64}\/?$/i;
/**
 * Customer.io's Track API event under a customer by id (…/api/v1/customers/{id}/events), on its host or a first-party
 * proxy. Only that shape: a site creating an event under a person's profile (…/people/{id}/events) publishes it.
 */
const PERSON_EVENT_PATH = /(?:^|\/)api\/v1\/customers\/[^/]+\/events\/?$/i;
/** Status changes that can carry the changer's public words. */
const STATUS_PATH = /(?:^|\/)(?:posts?|ideas?|suggestions?)\/[^/]*\d[^/]*\/status\/?$|(?:^|\/)posts?\/change_status\/?$/i;
/** The changer's words sit beside the status at the top level; a status object's own `text` is its label. */
const STATUS_WORDS_FIELD = /^(?:text|comment_?value)$/i;
/** What a comment sent to a bare comment collection (Featurebase's POST /v2/comment, shared-rules.ts COMMENTS_LAST) is under. */
const FEEDBACK_ITEM_FIELD = /^(?:submission|changelog)_?id$/i;
/**
 * Bug-report widgets' and product-feedback inboxes' own ingestion hosts, named one by one: what is sent there is read
 * by the product team only. Not the vendors' whole domains, whose community forums, public portals and team
 * workspaces (community.usersnap.com, portal.userback.io, {team}.productboard.com) publish. Jam's app shares its
 * apex with its workspaces, so there only a recorded bug's creation is quiet. The value, when set, is the paths quiet
 * on that host.
 */
const FEEDBACK_VENDOR_HOSTS: ReadonlyMap<string, RegExp | undefined> = new Map([
  ['api.userback.io', undefined],
  ['widget.usersnap.com', undefined],
  ['api.marker.io', undefined],
  ['ask.hotjar.io', undefined],
  ['surveystats.hotjar.io', undefined],
  ['api.productboard.com', undefined],
  ['jam.dev', /^\/api\/jams\/?$/i],
]);
/** Hotjar's link surveys, answered on their own page: words to the survey's owner, as a form builder's are. */
const HOTJAR_LINK_SURVEY_HOST = /^surveys\.hotjar\.com$/i;
const HOTJAR_LINK_SURVEY_PAGE = /^https?:\/\/surveys\.hotjar\.com\//i;
const PUBLISHED_LAST = /^(?:comments?|messages?|repl(?:y|ies))$/i;

/** Hotjar's widget response body: the answers (`response`, `response_content`) beside the page or the action. */
function hotjarResponse(body: ParsedBody): boolean {
  return topLevelKey(body, /^response(?:_content)?$/i) && topLevelKey(body, /^(?:page_url|action)$/i);
}

function hotjarLinkSurvey(url: URL, body: ParsedBody): boolean {
  if (HOTJAR_LINK_SURVEY_HOST.test(url.hostname)) return true;
  const page = topLevelString(body, 'page_url');
  return page !== undefined && HOTJAR_LINK_SURVEY_PAGE.test(page);
}

function linkSurvey(body: ParsedBody): boolean {
  if (body.type !== 'json' || typeof body.value !== 'object' || body.value === null) return false;
  const meta = (body.value as Record<string, unknown>).meta;
  if (typeof meta !== 'object' || meta === null) return false;
  const url = (meta as Record<string, unknown>).url;
  return typeof url === 'string' && LINK_SURVEY_PAGE.test(url);
}

/** The kind of a feedback board's or form builder's request with words, when its shape says (round fb1). */
export function feedbackToolKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  if (FORM_RESPONSE_PATH.test(path)) return 'message';
  if (WIDGET_RESPONSE_PATH.test(path) && hotjarLinkSurvey(url, body)) return 'message';
  const submit = SUBMIT_FORM_PATH.exec(path);
  if (submit && fieldValue(body, /^form_?id$/i) === submit[1]) return 'message';
  if (SURVEY_CLIENT_RESPONSE.test(path) && hasField(body, /^survey_?id$/i) && linkSurvey(body)) return 'message';
  // Words addressed to someone (a recipient, a messages or chat path) stay a message, as participation.ts's kinds
  // leave them (x1 review M1).
  if (addressed(path, body)) return undefined;
  if (STATUS_PATH.test(path) && topLevelKey(body, /^status$/i) && topLevelWords(body, STATUS_WORDS_FIELD)) return 'comment';
  if (COMMENTS_LAST.test(lastSegment(path)) && hasField(body, FEEDBACK_ITEM_FIELD) && !hasField(body, /^parent_?comment_?id$/i)) return 'comment';
  return undefined;
}

/** Whether a request carries feedback to a site's developers, or a tracked event, rather than a post (round fb1). */
export function feedbackToolQuiet(body: ParsedBody, path: string): boolean {
  if (SURVEY_CLIENT_RESPONSE.test(path) && hasField(body, /^survey_?id$/i)) return !linkSurvey(body);
  if (WIDGET_RESPONSE_PATH.test(path) && hotjarResponse(body)) {
    const page = topLevelString(body, 'page_url');
    return page === undefined || !HOTJAR_LINK_SURVEY_PAGE.test(page);
  }
  if (GUIDE_EVENT_PATH.test(path)) return true;
  if (!PERSON_EVENT_PATH.test(path) || body.type !== 'json' || typeof body.value !== 'object' || body.value === null) return false;
  const event = body.value as Record<string, unknown>;
  return typeof event.name === 'string' && typeof event.data === 'object' && event.data !== null;
}

/** Hosts of bug-report widgets and product-feedback inboxes, unwatched unless the path names a comment or message. */
export function feedbackVendorHost(url: URL, path: string): boolean {
  const host = url.hostname.toLowerCase();
  if (!FEEDBACK_VENDOR_HOSTS.has(host)) return false;
  const paths = FEEDBACK_VENDOR_HOSTS.get(host);
  if (paths && !paths.test(path)) return false;
  return !PUBLISHED_LAST.test(lastSegment(path).replace(/\.json$/i, ''));
}
