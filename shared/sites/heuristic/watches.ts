/**
 * Which requests the heuristic looks at, from the URL alone
 * (heuristicWatches): same-site ones, unless the path saves, syncs,
 * measures, searches or previews, ingests or sets preferences (SKIP_PATH; quiet words in a
 * title's slug after an id do not count; `search` only at a segment's start or in the last segment, so a tenant's
 * slug such as Loxo's /api/{agency}-search/… or ResearchHub's `research` is no search: round ra1's review D2; a
 * call log, `call-logs`, is no log of the machine: D1), completes what is typed or sets
 * one's preferences near its end (autocomplete, typeahead, prefs:
 * completionPath), ends in a report, an error
 * report, a check of a
 * draft as it is typed (`validate-body`), a render or a profile
 * (SKIP_LAST_SEGMENT), signs in or out (ACCOUNT_PATH), edits a profile, writes a
 * file through WebDAV (DAV_PATH), or
 * names a report or setter method in one word (`wall.reportPost`,
 * `setMyDescription`); never background traffic (telemetry.ts: trackers' endpoints and paywall decisions too),
 * carts, checkouts, payments or bookings (transactions.ts); cross-site
 * ones as cross-site.ts says; Gmail's sync endpoint (gmail.ts) and sync
 * APIs' command batches (command-sync.ts) whatever their path says; and, before the skip list, what today's families
 * send on saving or tracking paths: Frappe's savedocs and performance-tracker logs (people-feedback.ts, hr1),
 * applicant tracking and Interview Feedback (recruiting.ts, at1), a register session's writeback and a Frappe desk or
 * client save of a pupil's record (student-records.ts, sis1, sis1rev), an entity-action API's save (groups-and-clubs.ts,
 * sp1), a comment's or post's save through a Google Cloud Endpoints API (LumApps'; employee-advocacy.ts, ea1), a LumApps news item saved LIVE, both from any site's page on LumApps' own hosts (ea1rev), Bitrix24's News Feed posts and comments (`log.blog…`, r25; on Bitrix24's hosts, from any origin, or the webhook path, r25rev); a CalDAV PUT of a calendar object is read (calendars.ts, ca1), and a booking's cancel with words is no
 * transaction (transactions.ts, ca1's review); an appointment's or booking's cancellation by id, a staff or admin note on
 * one, and a trainer's injury note on a client's profile (client-services.ts, sw1, sw1rev); a tutor's feedback, report
 * or notes field on a lesson's record by id, JSON or form (tutoring.ts, tu1, tu1rev D2, M4); a dental practice's note on an
 * appointment (dental-practice.ts, dn1; since dn1rev by Open Dental's ODFHIR key too, from any origin on the practice's side); a host's note on a stay and a draft host review's submit (hospitality.ts, st1);
 * a seller's note to the buyer on a trade's tracking path (marketplaces.ts, mk1 review); a flag on a client's case
 * (case-management.ts, cm1; since its review only a Primero record's, sent with Primero's `data` wrapper and no
 * moderation code), after FHIR's Flag, then DHIS2's older tracked-entity import despite the telemetry word `track`
 * (case-management.ts, cm1's review D2).
 */
import type { OutgoingRequest } from '../types';
import { isCrossSite as crossSiteOf, namesCommentOrMessage, widgetSubmission } from './cross-site';
import { isCommandSync } from './command-sync';
import { isGmailSync } from './gmail';
import { feedbackVendorHost } from './feedback-tools';
import { draftsCollection } from './drafts-collections';
import { openProtocolHost } from './open-protocols';
import { participationWatched } from './participation';
import { examinedPath, hasIdSegment, lastSegment } from './paths';
import { AD_AUCTION_PATH, EVENT_SINK_PATH, PAYWALL_PATH, SENTRY_INGEST_PATH, TELEMETRY_HOST, TRACKER_PATH } from './telemetry';
import { transactionPath as transactionPathOf } from './transactions';
import { COMMENT_SERVICE_HOSTS } from './words';
import { schedulerHelper } from './schedulers';
import { bodyUnreadable } from './unreadable';
import { fhirFlagPath } from './clinical';
import { caseFlagPath, dhis2ImportWatched } from './case-management';
import { peopleRecordWatched } from './people-feedback';
import { recruitingWatched } from './recruiting';
import { studentRecordWatched } from './student-records';
import { entityActionSaveWatched } from './groups-and-clubs';
import { bitrixCrossSiteWrite, bitrixFeedWrite, endpointsPublishSave, lumappsHost, lumappsNewsPublishWatched } from './employee-advocacy';
import { calendarObjectPut } from './calendars';
import { stayNoteWatched } from './hospitality';
import { marketplaceNoteWatched } from './marketplaces';
import { clientAppointmentWatched } from './client-services';
import { tutoringWatched } from './tutoring';
import { dentalAppointmentWatched, practiceSide } from './dental-practice';
import { headerValue } from '../body';

/** Paths that sign in, sign up or out, or reset a password (WordPress's wp-login.php?action=resetpass): nothing sent there is published. */
const ACCOUNT_PATH = /(?:^|\/)(?:wp-login|log[-_]?in|log[-_]?out|sign[-_]?in|sign[-_]?up|sign[-_]?out|register|oauth2?|session)(?:\/|\.\w+)?$/i;
/**
 * Paths that save, sync or measure rather than publish (editors autosave prose continuously). A telemetry `collect`
 * endpoint counts only as a whole segment (GA4's /g/collect, Universal Analytics' /collect and /j/collect, an
 * analytics product's /v1/collect, Clarity's /collect): as a word's start it hid every post to a publishing API's
 * /api/collections/{id}/posts.
 * `log` is a logger's word, but not in a diary's `log-entry` or `log-entries` (Letterboxd's reviews are created at
 * /log-entries and commented at /log-entry/{id}/comments, round r10): a logger's lines sent there are still known by
 * their level (unread-fields.ts's isLogLine).
 */
// `track` is a telemetry word (`/v1/track`, `/mp/track`), not an issue tracker's: `tracker(s)` (Tuleap's /plugins/tracker,
// performance trackers) and `youtrack`/`soundtrack` are left to the other rules (review hr1 M4; `tracks` since v1).
const SKIP_PATH = /draft|autosave|\bingest\b|session[-_]?replay|\bsave\b|sync|typing|presence|heartbeat|(?:^|\/)_?search[^/]*(?:\/|$)|(?<!re)search[^/]*\/?$|analytics|telemetry|(?:^|\/)collect(?:\.\w{1,5})?(?:\/|$)|beacon|metrics|(?<!call[-_])\blog(?:ging|s)?\b(?!-entr(?:y|ies)\b)|(?<!you|sound)track(?!s(?:$|[/_.-])|ers?\b)|preview|spellcheck|translate|settings|preferences/i;
/**
 * Completion and one's own preferences (`/api/autocomplete`, `/typeahead/users`, `/prefs/signature`): only near the
 * path's end, in its last segment or the one before it unless that last segment is something published (second
 * review of rounds u4 and r9: anywhere in the path, `/groups/prefs/posts` was quiet).
 */
const COMPLETION_WORD = /autocomplete|typeahead|autosuggest|\bprefs\b/i;
const PUBLISHED_SEGMENT = /^(?:posts?|comments?|messages?|repl(?:y|ies)|threads?|topics?|answers?|notes?|statuses)$/i;
function completionPath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1] ?? '';
  if (COMPLETION_WORD.test(last)) return true;
  return segments.length > 1 && !PUBLISHED_SEGMENT.test(last) && COMPLETION_WORD.test(segments[segments.length - 2]!);
}
/**
 * Paths whose last segment reports to moderators or checks a draft (a
 * report's reason, a grammar check's text, a proofreading or spelling
 * service's), reports a page's error (/api/client-error?message=TypeError…,
 * /errors), render Markdown, or write one's
 * profile (/users/me/profile: a summary, headline or intro shown on the
 * profile page, as bios are), or like a comment on Niconico (…/nicorus, whose body carries the words of the
 * comment liked; round a1): prose that is not published. Not `likes` or `reactions` in general: their bodies carry
 * words only when the person writes some beside the like (review of round a1).
 */
const SKIP_LAST_SEGMENT = /\/(?:reports?|flags?|report[-_]abuse|check|errors?|[a-z]+[-_]errors?|(?:lint|validate)(?:[-_](?:body|title|post|question|answer|comment|draft|markdown|text))?|render|markup|profile|proofread(?:ing)?|spelling|grammar(?:[-_]check)?|nicorus?)(?:\.json)?\/?$|\/markdown(?:\/|\.json|$)/i;
/**
 * Report methods named in one word, as the last segment of an RPC path
 * (VK's `wall.reportPost`, `reportComment`, `report_comment`): `report`
 * first (after an optional `namespace.`), then the thing reported. Pages
 * and files about reports (`status_report`, `daily_report`, `Report-2024`,
 * `how_to_report`, `annual.report`) and `reporter` or `reporting` are not
 * methods and stay watched.
 */
const REPORT_METHOD = /^(?:[a-z][A-Za-z]*\.)?[Rr]eport(?:[A-Z][A-Za-z]*|_[a-z]+)$/;
/**
 * Setter methods named in one word, as the last segment of an RPC path: the
 * Telegram Bot API's `setMyDescription`, `setChatTitle`, `setWebhook`,
 * Viber's `set_webhook`. They set a bot's or chat's settings and profile
 * text; nothing is published. `settle`, `setup`, `settings-page` are not
 * setters (a capital or `_` must follow `set`).
 */
const SETTER_METHOD = /^(?:[a-z][A-Za-z]*\.)?set(?:[A-Z][A-Za-z]*|_[a-z_]+)$/;

/**
 * The cross-site and transaction tests, their last answers kept (round hk2). The hook asks heuristicWatches twice for
 * each request: in bodyNeed, before the body is read, and in classify, with it. Neither test reads the body or the
 * method: transactionPath reads the URL and its examined path, isCrossSite the origin and referer headers and the
 * host. So an answer is given again only when all it read is the same: the URL's href (all a URL is made from) and the
 * path; the two headers' values and the host. Together they were a quarter of heuristicWatches on an unknown site's
 * non-post.
 */
let lastTransaction: { href: string; path: string; answer: boolean } | undefined;
function transactionPath(url: URL, path: string): boolean {
  const href = url.href;
  if (lastTransaction === undefined || lastTransaction.href !== href || lastTransaction.path !== path) lastTransaction = { href, path, answer: transactionPathOf(url, path) };
  return lastTransaction.answer;
}
let lastCrossSite: { origin: string | undefined; referer: string | undefined; host: string; answer: boolean } | undefined;
function isCrossSite(request: OutgoingRequest, host: string): boolean {
  const origin = headerValue(request.headers, 'origin');
  const referer = headerValue(request.headers, 'referer');
  const last = lastCrossSite;
  if (last !== undefined && last.origin === origin && last.referer === referer && last.host === host) return last.answer;
  const answer = crossSiteOf(request, host);
  lastCrossSite = { origin, referer, host, answer };
  return answer;
}

/**
 * A path without its slugs: segments of three or more hyphenated words that
 * follow an id, made from a title (Mbin posts comments to the entry's own
 * page, /m/{magazine}/t/{id}/{title-slug}; a thread titled "moderation log
 * published" has `log` in its path). The words that make a path quiet
 * (`log`, `track`, `search`, `settings`…) name endpoints, not titles; read
 * in a slug they let comments pass unseen. Only the last segment is a slug,
 * and only when no segment is `api` and its first word is no endpoint's verb
 * (SLUG_QUIET_FIRST: /api/articles/123/save-as-draft,
 * /workspaces/w7/sync-document-state stay quiet). An endpoint named in three
 * words (/api/full-text-search) follows no id and stays quiet. Tested
 * segment by segment, without a regex over the whole path.
 */
function withoutSlugs(path: string): string {
  if (!path.includes('-')) return path;
  const segments = path.split('/');
  // Only the last segment (a trailing `/` aside), after an id, outside an `api` path, and not one whose first word
  // names an endpoint's action (`save-as-draft`, `update-notification-settings`, `log-client-error`).
  let last = segments.length - 1;
  if (last > 0 && segments[last] === '') last--;
  if (last < 1 || segments.some((seg) => seg.toLowerCase() === 'api')) return path;
  const seg = segments[last]!;
  if (!/^[A-Za-z0-9-]+$/.test(seg) || !hasIdSegment(segments[last - 1]!)) return path;
  const words = seg.toLowerCase().split('-').filter((w) => w !== '');
  if (words.length < 3 || SLUG_QUIET_FIRST.has(words[0]!)) return path;
  segments[last] = '';
  return segments.join('/');
}
/** First words that make a hyphenated segment an endpoint rather than a title's slug. */
const SLUG_QUIET_FIRST = new Set(['save', 'auto', 'sync', 'track', 'log', 'search', 'update', 'set']);

/**
 * Profile editing pages (Moodle's /user/edit.php, whose form sends the
 * profile's description as `description_editor[text]`; /profile/edit,
 * /profile/update, /account/update-profile): a profile's words, like a bio,
 * are not a post. A bare `update` under `me`, `account` or `users` may post
 * a status and stays watched, as does the signed-in account itself, /users/me
 * or /accounts/me: its description is read as a bio (unread-fields.ts's
 * isProfileField), a status sent there is still read (round f1 review).
 */
const PROFILE_EDIT_PATH = /(?:^|\/)(?:users?|profiles?|accounts?|me)\/edit(?:[-_]?profile)?(?:\.\w+)?\/?$|(?:^|\/)(?:users?|accounts?|me)\/update[-_]?profile(?:\.\w+)?\/?$|(?:^|\/)profiles?\/update(?:\.\w+)?\/?$|(?:^|\/)(?:edit|update)[-_]?profile(?:\.\w+)?\/?$/i;
/**
 * A file written through WebDAV (Nextcloud's and ownCloud's PUT
 * /remote.php/dav/files/{user}/…, /remote.php/webdav/…, a CalDAV or CardDAV
 * collection): a file's bytes, an SVG's or a note's, not a post. Only PUT:
 * Nextcloud's comments on a file are POSTed under /remote.php/dav/comments/
 * and stay watched.
 */
const DAV_PATH = /(?:^|\/)(?:dav|webdav|caldav|carddav)(?:\/|$)/i;
/**
 * An action named in the query string that only previews, searches or saves
 * a draft (Bazaarvoice's submitreview.json?Action=preview before
 * Action=submit, round q3): the whole value of `action`, nothing inside it.
 * Not the body's unanchored QUIET_ACTION, nor `task`, `do` or `op`: one-path
 * sites name their publishing operations there (Joomla's
 * task=comment.save, phpMyFAQ's action=savecomment, a blog's
 * action=saveComment, a forum's do=savereply). The first 20 parameters are
 * looked at.
 */
const QUIET_QUERY_ACTION = /^(?:preview|draft|search|autosave)$/i;
function quietQueryAction(url: URL): boolean {
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (key.toLowerCase() === 'action' && QUIET_QUERY_ACTION.test(value)) return true;
  }
  return false;
}
/** A last segment that sends what the path names. */
const SEND_LAST_SEGMENT = /^send$/i;
/** Whether the heuristic looks at this request at all, from its URL and headers (before any body is read). */
export function heuristicWatches(url: URL, request: Pick<OutgoingRequest, 'headers'> & Partial<Pick<OutgoingRequest, 'body' | 'bodyGap'>> & { method?: string }): boolean {
  const path = examinedPath(url);
  const last = lastSegment(path);
  if (isGmailSync(url)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A sync API's command batch is read for its notes alone (command-sync.ts), from the site's own pages.
  if (isCommandSync(url)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A calendar object PUT through CalDAV is read: an invitation's words are in it (round ca1, calendars.ts).
  if (request.method?.toUpperCase() === 'PUT' && DAV_PATH.test(path) && !calendarObjectPut(path, headerValue(request.headers, 'content-type'))) return false;
  if (AD_AUCTION_PATH.test(path) || EVENT_SINK_PATH.test(path) || SENTRY_INGEST_PATH.test(path) || TRACKER_PATH.test(path) || PAYWALL_PATH.test(path)) return false;
  // A host's note on a stay's record, a draft host review submitted (round st1, hospitality.ts), before bookings' paths.
  if (stayNoteWatched(path, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A seller's note to the buyer sent with a shipment's tracking (round mk1's review D5, marketplaces.ts); `tracking` is skipped.
  if (marketplaceNoteWatched(path, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A visit's cancellation by id, a visit's staff note, a trainer's injury note on a profile (sw1, sw1rev, client-services.ts), before bookings' paths.
  if (clientAppointmentWatched(url, path, request.method, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A tutor's feedback, report or notes field on a lesson's record by id (round tu1, tu1rev; tutoring.ts), before bookings' paths.
  if (tutoringWatched(path, request.method, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A dental practice's note on an appointment, by its API's host, ODFHIR key or a chart's keys (round dn1, dental-practice.ts), before
  // bookings' paths; from any origin on the practice's side (dn1rev, review J2).
  if (dentalAppointmentWatched(url, path, request.method, request.body, headerValue(request.headers, 'authorization'))) return practiceSide(url.hostname, headerValue(request.headers, 'authorization')) || !isCrossSite(request as OutgoingRequest, url.hostname);
  // Carts, checkouts, payments and bookings: their notes go to those who fulfil the order (transactions.ts).
  if (transactionPath(url, path)) return false;
  // Bug-report widgets' and product-feedback inboxes' hosts: read by the product team only (round fb1, feedback-tools.ts).
  if (feedbackVendorHost(url, path)) return false;
  if (quietQueryAction(url)) return false;
  // A FHIR Flag is a warning written for clinicians, not a report of content (round hc1, clinical.ts).
  if (fhirFlagPath(path)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A flag with its reason on a Primero case is a warning to the case's workers (round cm1 and its review D4, case-management.ts).
  if (caseFlagPath(path, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // DHIS2's older tracked-entity import (`track` is a telemetry word; round cm1's review D2, case-management.ts).
  if (dhis2ImportWatched(path, request.body)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A performance tracker's logs and a people-review document submitted through Frappe's savedocs (round hr1, people-feedback.ts).
  if (peopleRecordWatched(path, request.body, headerValue(request.headers, 'content-type'))) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A register session's writeback and a Frappe desk or client save of a pupil's record (round sis1, sis1rev, student-records.ts).
  if (studentRecordWatched(path, request.body, headerValue(request.headers, 'content-type'))) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // An applicant tracking path's notes (`tracking` is skipped) and a submitted Interview Feedback (round at1, recruiting.ts).
  if (recruitingWatched(path, request.body, headerValue(request.headers, 'content-type'))) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // An entity-action API's save of a note or activity (CiviCRM APIv4's …/api4/Note/save; round sp1 review, groups-and-clubs.ts).
  if (entityActionSaveWatched(path)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A comment's or post's save through a Google Cloud Endpoints API (LumApps' …/comment/save; round ea1, employee-advocacy.ts).
  if (endpointsPublishSave(path) || lumappsNewsPublishWatched(path, request.body, headerValue(request.headers, 'content-type'))) return lumappsHost(url.hostname) || !isCrossSite(request as OutgoingRequest, url.hostname);
  // Bitrix24's News Feed posts and comments (`/rest/log.blogpost.add`: `log` is a logger's word; round r25, employee-advocacy.ts).
  if (bitrixFeedWrite(url.hostname, path)) return bitrixCrossSiteWrite(url.hostname, path) || !isCrossSite(request as OutgoingRequest, url.hostname);
  // A participation draft's update carrying the words a wordless publish makes public (round cv1 review, participation.ts).
  if (participationWatched(path)) return !isCrossSite(request as OutgoingRequest, url.hostname);
  // A scheduler composer's helper calls (link checks, thread splits, a posts generator, suggestions) are not watched
  // (round sc1, schedulers.ts).
  if (schedulerHelper(path)) return false;
  // A drafts collection, for a draft sent at once or given a publish time (Missive's, Typefully's; rounds hd1 and
  // sc1, drafts-collections.ts): refuses.ts lets the rest go. Only a body that can be read: a draft saved as a
  // stream, a file, bytes or past the cap is not a post, as before those rounds (hd1 review D2), rather than
  // undecided. Before the body is known (bodyNeed) the path is watched, so its text is read.
  if (draftsCollection(path)) return !isCrossSite(request as OutgoingRequest, url.hostname) && !bodyUnreadable(request);
  // A draft's own send action (SOGo's …/Mail/0/folderDrafts/{draft}/send, round m1) sends it: the drafts named before
  // the last segment say where the message waited, not that it is kept.
  const skipTested = SEND_LAST_SEGMENT.test(last) ? withoutSlugs(path).replace(/drafts?/gi, '') : withoutSlugs(path);
  if (SKIP_PATH.test(skipTested) || completionPath(path) || SKIP_LAST_SEGMENT.test(path) || ACCOUNT_PATH.test(path) || PROFILE_EDIT_PATH.test(path) || REPORT_METHOD.test(last) || SETTER_METHOD.test(last)) return false;
  // A comment widget embedded in another site's page (Commento's script posts from the blog's origin to
  // commento.io/api/comment/new) is cross-site by design, as is a chat service an app's page talks to (Stream
  // Chat's POST chat.stream-io-api.com/channels/{type}/{id}/message): paths ending in comments or messages are
  // watched from any origin, except on telemetry hosts; heuristicCrossSiteAllowed then wants a comment to name
  // its page.
  if (!isCrossSite(request as OutgoingRequest, url.hostname)) return true;
  return !TELEMETRY_HOST.test(url.hostname) && (COMMENT_SERVICE_HOSTS.test(url.hostname) || openProtocolHost(url.hostname) || namesCommentOrMessage(path) || widgetSubmission(url, path) !== undefined);
}
