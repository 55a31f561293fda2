/**
 * Sends of words saved earlier, on any host: the request that sends carries
 * no words, because they went out before in a request judged a draft (round
 * m1's "left undone", mended in round m1m). Each is held with the text
 * unknown, as Blogger's publishing of a draft is, so that the person is
 * asked before it goes:
 * - a newsletter campaign's or broadcast's send or schedule action, or a
 *   draft's send or publish, with no body or no words in it (Mailchimp
 *   Marketing API 3.0 `POST /3.0/campaigns/{id}/actions/send` and
 *   `/actions/schedule`; MailerLite `POST /api/campaigns/{id}/schedule`;
 *   Brevo `POST /v3/emailCampaigns/{id}/sendNow`): a `post`, or a `message`
 *   when the path names mail or messages;
 * - a broadcast or campaign by id given a send time, a sending status or
 *   `public: true` and no words (Kit API v4 `PUT /v4/broadcasts/{id}` with
 *   `send_at`): a `post`;
 * - a JMAP request (RFC 8621) whose every `EmailSubmission/set` creation names
 *   a stored message (`emailId` not a `#creation` of the same request): the
 *   draft saved earlier is sent, a `message`.
 * Not these: a test send to oneself (`actions/test`), unscheduling or
 * cancelling, replicating or copying a campaign (other last segments), and
 * any of the above that carries words of its own (read as the heuristic reads
 * them, the query string too, with the caller's minimum length): those are
 * left to the unknown-site heuristic (`notMine`), which reads words where they are.
 * Campaigns and their actions are held only when they are mail's (round m1
 * review): the host or path says mail or newsletter (Mailchimp, MailerLite,
 * Brevo's `emailCampaigns`), the path names broadcasts or drafts, or the body
 * has a mail campaign's keys. An ad platform's, fundraiser's, SMS tool's or
 * CRM's `/campaigns/{id}` is the heuristic's, and so is its body gap, as before.
 * A path shape on any host is a guess: switched off where the heuristic is.
 *
 * Round m2, mail sent by API (sources: the Gmail API reference and its
 * "Sending Email" and "Uploading Attachments" guides, Google's python-samples
 * Gmail snippets; RFC 8620's example Session; EWS references in
 * MicrosoftDocs/office-developer-exchange-docs, exchangelib's services,
 * go-ews, OfficeDev/ews-managed-api's EmailMessage.InternalSend):
 * - the Gmail API on googleapis.com (`/gmail/v1/users/{u}/messages/send` and
 *   `drafts/send`, also under `/upload/`): the message is read from its base64url
 *   RFC 822 `raw` (or `message.raw`), the media upload's body or the
 *   multipart/related upload's message part, by body.ts's MIME reader (plain
 *   part first, else HTML as text); a drafts.send naming the draft by id alone
 *   is held with the text unknown, and so is a message whose text part cannot
 *   be read (S/MIME); drafts.create/update, messages.insert and settings are not
 *   sends and are left to the heuristic;
 * - Exchange, by EWS SOAP (`/EWS/Exchange.asmx`) or Outlook on the web's JSON
 *   (`service.svc?action=…`): SendItem, and UpdateItem with a disposition that
 *   sends (SendOnly, SendAndSaveCopy), carrying no words send a stored draft:
 *   held with the text unknown; a message given as MimeContent is read;
 *   everything else (CreateItem with words, SaveOnly) is the heuristic's;
 * - JMAP also on a host named for it (`jmap.example.com/api/`), whatever path
 *   its session gave as `apiUrl`;
 * - Microsoft Graph's mail (GRAPH_MAIL), listed by the Teams adapter, which owns
 *   graph.microsoft.com (any-host adapters are not tried on an owned host).
 * Round m2's review: GRAPH_MAIL on graph.microsoft.com only, child mail folders
 * included, also inside a `$batch`; meeting responses with a comment are
 * messages; a Gmail resumable upload is read at its PUT, not its start.
 *
 * Round o1 (office suites and intranets):
 * - a SharePoint site page or news post published (`POST …/_api/sitepages/pages({id})/publish`, on any host, as
 *   SharePoint Server runs on the organisation's own; and Graph's `…/sites/{site}/pages/{id}/publish`, GRAPH_PAGE,
 *   listed by the Teams adapter): the words went earlier with `savepageasdraft` or Graph's create or PATCH, which
 *   the heuristic reads as saves; the publish is held with the text unknown, unless it carries words of its own
 *   (office365-rest-python-client's SitePage, pnp/pnpjs's clientside pages, pnp/cli-microsoft365's SavePageAsDraft,
 *   learn.microsoft.com sitepage-publish);
 * - a Drive file shared with a note: permissions.create's `emailMessage` query parameter (beside the permission's
 *   JSON) is mailed in the sharer's name to the person the file is shared with, a message; not with
 *   `sendNotificationEmail=false` (Google Drive API v3 reference).
 *
 * Round r13 (saved-sends/r13-*; knadh/listmonk): listmonk's `PUT /api/campaigns/{id}/status` with a
 * body that is only `status: 'running'` (start the saved campaign) or `'scheduled'` is a `post` held with
 * the text unknown, on any host; other statuses (paused, cancelled), other vocabularies (`ACTIVE`) and a
 * status beside other settings are the heuristic's.
 *
 * Round sc1 (saved-sends/sc1-*; inovector/mixpost): Mixpost's `POST …/posts/schedule/{id}` whose body is only
 * a boolean `postNow` publishes a post its editor stored earlier (heuristic/schedulers.ts reads that store as a
 * save): a `post` held with the text unknown, on any host.
 *
 * Its review (sc1rev; typefully/agent-skills): a stored draft by id given only a publish time or `now`
 * (Typefully v2's `PATCH …/drafts/{id}` `{ publish_at }`) is a `post` held with the text unknown, on any host; a
 * body not read in full is the heuristic's (a drafts path it does not watch), as before.
 *
 * Review of round r21 (J2; heuristic/public-service.ts templateSend): a channel's message sent from a saved template to
 * named people with no words of its own (GovDelivery TMS's POST /messages/email or /messages/sms with
 * `_links.email_template` or `sms_template` and `recipients`) is a `message` held with the text unknown, on any host.
 */
import { MAIL_PART, at, base64Binary, field, isRecord, mailText, str } from '../body';
import { longestFreeField, queryAsBody, withInlineArguments, xmlAsBody } from '../heuristic';
import { hasKeyDeep } from '../heuristic/body-fields';
import { jmapSendsSaved } from '../heuristic/jmap';
import { onlyPublishTime } from '../heuristic/drafts-collections';
import { issueGoesOut } from '../heuristic/refuses';
import { CHANNEL_MESSAGE_PATH, templateSend } from '../heuristic/public-service';
import { htmlText } from '../rich-text';
import type { Endpoint, EndpointContext, EndpointResult, SiteAdapter } from '../types';

const SAVED = 'this request sends words saved earlier as a draft: they are in the draft, not in the request';
/** A campaign's, broadcast's or draft's send, schedule or publish action. */
const SEND_ACTION = /\/(?:(?:email_?)?campaigns|broadcasts|drafts)\/[^/]+\/(?:actions\/)?(?:send(?:[-_]?now)?|schedule|publish)\/?$/i;
/** A campaign or broadcast by id. */
const ISSUE_BY_ID = /\/(?:(?:email_?)?campaigns|broadcasts)\/[^/]+\/?$/i;
/**
 * listmonk's campaign status (`PUT /api/campaigns/{id}/status`, knadh/listmonk, round r13): `running` starts
 * the saved campaign's send and `scheduled` sets it to go at its saved time; any host, as listmonk is
 * self-hosted. Only a body that is that status alone, in listmonk's own words: an ad platform's status
 * (`ACTIVE`, `enabled`) or a status beside other settings is left to the heuristic.
 */
const LISTMONK_STATUS = /^\/api\/campaigns\/\d{1,12}\/status\/?$/;
function listmonkStatus(ctx: EndpointContext): EndpointResult {
  const v = ctx.body.type === 'json' ? ctx.body.value : undefined;
  if (!isRecord(v) || Object.keys(v).length !== 1 || !/^(?:running|scheduled)$/.test(str(v['status']) ?? '')) return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, textUnknownBecause: SAVED };
}
/**
 * Mixpost's schedule action (round sc1: inovector/mixpost routes/web.php `POST mixpost/posts/schedule/{post}`,
 * SchedulePost.php's `postNow`): the editor stored the post's words earlier, a save (heuristic/schedulers.ts);
 * this publishes them now or at the stored time. Any host, as Mixpost is self-hosted; only a body that is
 * `postNow` alone, so another API's schedule action with settings of its own is left to the heuristic.
 */
const POST_SCHEDULE_ACTION = /\/posts\/schedule\/[^/]+\/?$/i;
const STORED = 'this request publishes a post whose words were stored earlier: they are in the stored post, not in the request';
function postScheduleAction(ctx: EndpointContext): EndpointResult {
  const v = ctx.body.type === 'json' ? ctx.body.value : undefined;
  if (!isRecord(v) || Object.keys(v).length !== 1 || typeof v['postNow'] !== 'boolean') return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, textUnknownBecause: STORED };
}
/**
 * A stored draft by id given only a time to go out (review of round sc1: Typefully v2's PATCH
 * /v2/social-sets/{id}/drafts/{id} `{ publish_at: 'now' | 'next-free-slot' | ISO }`, typefully/agent-skills'
 * drafts:schedule and drafts:publish). Words beside the time are not this endpoint's.
 */
const DRAFT_BY_ID = /\/drafts\/[^/]+\/?$/i;
function draftSetToGo(ctx: EndpointContext): EndpointResult {
  if (!onlyPublishTime(ctx.body)) return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, textUnknownBecause: STORED };
}
/** JMAP's API URL: a path segment named `jmap` (Fastmail's /jmap/api/, Stalwart's and Cyrus's /jmap/). */
const JMAP_PATH = /(?:^|\/)jmap(?:\/|$)/i;
/** Or a host named for it, whatever path its session gives as `apiUrl` (RFC 8620's example: jmap.example.com/api/). */
const JMAP_HOST = /(?:^|\.)jmap\./i;
/** The Gmail API's sends (users.messages.send, users.drafts.send), JSON or uploaded (`/upload/gmail/v1/…`). */
const GMAIL_API_SEND = /^\/(?:upload\/)?gmail\/v1\/users\/[^/]+\/(messages|drafts)\/send\/?$/;
const GOOGLE_APIS = /(?:^|\.)googleapis\.com$/;
/** Exchange Web Services' SOAP endpoint, and Outlook on the web's JSON one (`service.svc?action=…`). */
const EWS_PATH = /\/ews\/exchange\.asmx\/?$/i;
const OWA_SERVICE = /\/service\.svc\/?$/i;
/** A mailbox's messages on Microsoft Graph: /me/… or /users/{id}/…, optionally in a mail folder. */
const GRAPH_BOX = String.raw`^(?:\/(?:v1\.0|beta))?\/(?:me|users\/[^/]+)(?:\/(?:mailFolders|childFolders)\/[^/]+)*`;
/** GRAPH_MAIL is listed by the Teams adapter, whose other hosts (Teams, webhooks) are not Graph. */
const GRAPH_HOST = /^graph\.microsoft\.com$/;
const UNREAD_MIME = 'the mail is sent as an encoded MIME message whose text part Hatstand could not read';

/** Host or path words that say mail: `mail` anywhere (email, Mailchimp, MailerLite, emailCampaigns) or a newsletter. */
const MAIL_WORD = /mail|newsletter/i;
/** A broadcast or a draft is sent to readers whatever the host (Kit's /v4/broadcasts/{id}). */
const MAIL_COLLECTION = /\/(?:broadcasts|drafts)\//i;
/** Keys only a mail campaign's body has: a subject line, a sender, the lists or segments it goes to, its HTML. */
const MAIL_MARKER_KEY = /^(?:subject(?:_?line)?|from(?:_?(?:name|email))?|sender|reply_?to|(?:list|segment)_?ids?|html(?:_?content)?)$/i;

function mailUrl(url: URL): boolean {
  return MAIL_WORD.test(url.hostname) || MAIL_WORD.test(url.pathname) || MAIL_COLLECTION.test(url.pathname);
}

/** Words the heuristic would read here: then it decides, with them. */
function carriesWords(ctx: EndpointContext): boolean {
  const body = ctx.body.type === 'none' ? queryAsBody(ctx.url) : withInlineArguments(xmlAsBody(ctx.body));
  return longestFreeField(body, ctx.minFreeTextLength ?? 40, ctx.url.pathname) !== undefined;
}

/** A campaign's request whose URL does not say mail: held only when its body does. */
function byMailBody(parse: (ctx: EndpointContext) => EndpointResult): (ctx: EndpointContext) => EndpointResult {
  return (ctx) => (hasKeyDeep(ctx.body, MAIL_MARKER_KEY) ? parse(ctx) : { post: false, notMine: true });
}

function sendAction(ctx: EndpointContext): EndpointResult {
  if (carriesWords(ctx)) return { post: false, notMine: true };
  const kind = /\/(?:mail|e?mails?|messages?)\//i.test(ctx.url.pathname) ? 'message' : 'post';
  return { post: true, kind, text: null, textUnknownBecause: SAVED };
}

function issueSetToGo(ctx: EndpointContext): EndpointResult {
  if (!issueGoesOut(ctx.body) || carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, textUnknownBecause: SAVED };
}

function jmapSend(ctx: EndpointContext): EndpointResult {
  // A draft's words updated and sent in one request: the heuristic reads them as the message (round m1 review, A4).
  if (!jmapSendsSaved(ctx.body) || carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: null, textUnknownBecause: SAVED };
}

/** A sent message's words from RFC 822 text (raw, or base64/base64url of it): the plain part, else the HTML part's text. */
function mimeWords(raw: string): string | undefined {
  let found = mailText(raw);
  if (!found) {
    // One character a byte, so that each part is decoded in its own charset (an ISO-2022-JP or Latin 8bit part).
    const binary = base64Binary(raw);
    if (binary !== undefined) found = mailText(binary, true);
  }
  if (!found) return undefined;
  const text = found.html ? htmlText(found.text).text : found.text;
  return text.trim() === '' ? undefined : text;
}

/**
 * The Gmail API's sends: the message is the base64url RFC 822 `raw` field (JSON, or `message.raw` in drafts.send), the
 * upload's message/rfc822 body, or a multipart/related upload's message part (body.ts keeps it under MAIL_PART). A drafts.send
 * naming the draft by id alone sends words saved earlier: held with the text unknown.
 */
function gmailApiSend(ctx: EndpointContext): EndpointResult {
  const b = ctx.body;
  const json = b.type === 'json' && isRecord(b.value) ? (b.value as Record<string | symbol, unknown>) : undefined;
  const raw = b.type === 'text' ? b.text : (json?.[MAIL_PART] ?? field(b, 'raw') ?? at(json, 'message', 'raw'));
  if (typeof raw !== 'string' || raw === '') {
    if (/\/drafts\/send\/?$/.test(ctx.url.pathname)) return { post: true, kind: 'message', text: null, textUnknownBecause: SAVED };
    return { post: true, kind: 'message', text: null };
  }
  const text = mimeWords(raw);
  return text === undefined ? { post: true, kind: 'message', text: null, textUnknownBecause: UNREAD_MIME } : { post: true, kind: 'message', text };
}

/** The first value under a key matching `pattern`, in a bounded walk (depth 8, 500 nodes). */
function firstDeep(v: unknown, pattern: RegExp): unknown {
  let nodes = 0;
  const walk = (x: unknown, depth: number): unknown => {
    if (++nodes > 500 || depth > 8) return undefined;
    if (Array.isArray(x)) {
      for (const item of x) {
        const found = walk(item, depth + 1);
        if (found !== undefined) return found;
      }
    } else if (isRecord(x)) {
      for (const key in x) {
        if (pattern.test(key)) return x[key];
        const found = walk(x[key], depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(v, 0);
}
const EXCHANGE_METHOD = /^(?:SendItem|UpdateItem|CreateItem)$/;

/**
 * Exchange's sends, by EWS (SOAP) or Outlook on the web (JSON, `service.svc?action=…`), as the EWS Managed API makes
 * them: SendItem sends a stored message by its ItemId; UpdateItem with a MessageDisposition that sends (SendOnly,
 * SendAndSaveCopy) sends a saved draft with the changes it carries; CreateItem with one sends a new message. A message
 * given as MimeContent (base64 RFC 822) is read for its text part. A stored message sent with no words in the request
 * is held with the text unknown; one whose words the request carries is the heuristic's, which reads them.
 */
function exchangeSend(ctx: EndpointContext): EndpointResult {
  const xml = xmlAsBody(ctx.body);
  if (xml.type !== 'json' || !isRecord(xml.value)) return { post: false, notMine: true };
  const owa = OWA_SERVICE.test(ctx.url.pathname) ? ctx.url.searchParams.get('action') : null;
  const method = owa ?? xml.value.methodname;
  if (typeof method !== 'string' || !EXCHANGE_METHOD.test(method)) return { post: false, notMine: true };
  const disposition = firstDeep(xml.value, /^MessageDisposition$/);
  if (method !== 'SendItem' && !(typeof disposition === 'string' && /^send/i.test(disposition))) return { post: false, notMine: true };
  const mime = firstDeep(xml.value, /^MimeContent$/);
  const mimeValue = isRecord(mime) ? mime.Value : mime;
  if (typeof mimeValue === 'string' && mimeValue.trim() !== '') {
    const text = mimeWords(mimeValue.trim());
    return text === undefined ? { post: true, kind: 'message', text: null, textUnknownBecause: UNREAD_MIME } : { post: true, kind: 'message', text };
  }
  if (method === 'CreateItem' || carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: null, textUnknownBecause: SAVED };
}

/** Graph's `/messages/{id}/send`: the draft saved earlier goes out, no words in the request. */
function graphSendSaved(ctx: EndpointContext): EndpointResult {
  if (carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: null, site: 'graph.microsoft.com', textUnknownBecause: SAVED };
}

/**
 * The body of an endpoint whose body is MIME whatever it looks like: short padded base64 (`…Cg==`) has no newline and an
 * `=`, so parseBody sniffed it as a form of one field; that field is put back (`+` came back as a space, base64 has none).
 */
function mimeBody(body: EndpointContext['body']): string | undefined {
  if (body.type === 'text') return body.text;
  if (body.type !== 'form' || body.fields.size !== 1 || body.repeated) return undefined;
  const [name, value] = [...body.fields][0]!;
  const raw = `${name.replace(/ /g, '+')}=${value}`;
  return /^[A-Za-z0-9+/_-]+={1,2}$/.test(raw) ? raw : undefined;
}

/** Graph's sendMail, reply, replyAll and forward in MIME format: the body is base64 of the RFC 822 message (text/plain). */
function graphMime(ctx: EndpointContext): EndpointResult {
  const body = mimeBody(ctx.body);
  if (body === undefined) return { post: false, notMine: true }; // JSON: the heuristic reads `comment` or `message.body`
  const text = mimeWords(body.trim());
  return { post: true, kind: 'message', text: text ?? null, site: 'graph.microsoft.com', ...(text === undefined ? { textUnknownBecause: UNREAD_MIME } : {}) };
}

/**
 * A meeting response (accept, tentativelyAccept, decline) or an organizer's cancel with a `comment`: the comment goes
 * to the organizer or the attendees, a message; with `sendResponse: false` nothing is sent to anyone (round m2's review,
 * J1). A comment too short for the heuristic is left to it, as Graph's JSON reply is.
 */
function graphEventResponse(ctx: EndpointContext): EndpointResult {
  if (field(ctx.body, 'sendResponse') === false) return { post: false };
  const comment = field(ctx.body, 'comment');
  if (typeof comment !== 'string' || !carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: comment, site: 'graph.microsoft.com' };
}
/** A mailbox's or group's calendar event (`/me/events/{id}`, `/me/calendars/{id}/events/{id}`, `/groups/{id}/calendar/events/{id}`). */
const GRAPH_EVENT = String.raw`^(?:\/(?:v1\.0|beta))?\/(?:me|users\/[^/]+|groups\/[^/]+)(?:\/calendar|\/calendarGroups\/[^/]+\/calendars\/[^/]+|\/calendars\/[^/]+)?\/events\/[^/]+`;

/**
 * Microsoft Graph's mail (round m2), for the adapter that owns graph.microsoft.com (Teams) to list: a saved draft's
 * `/send` held with the text unknown, MIME-format sends read, and what saves without sending quiet: a draft created
 * (`POST …/messages`, `createReply`, `createReplyAll`, `createForward`) or updated (`PATCH …/messages/{id}`).
 */
export const GRAPH_MAIL: readonly Endpoint[] = [
  { name: 'graph-mail.send-saved', methods: ['POST'], host: GRAPH_HOST, path: new RegExp(`${GRAPH_BOX}\\/messages\\/[^/]+\\/send\\/?$`, 'i'), parse: graphSendSaved },
  { name: 'graph-mail.mime', methods: ['POST'], host: GRAPH_HOST, path: new RegExp(`${GRAPH_BOX}\\/(?:sendMail|messages\\/[^/]+\\/(?:reply|replyAll|forward))\\/?$`, 'i'), parse: graphMime },
  {
    name: 'graph-mail.drafts',
    methods: ['POST'],
    host: GRAPH_HOST,
    path: new RegExp(`${GRAPH_BOX}\\/messages(?:\\/[^/]+\\/create(?:Reply|ReplyAll|Forward))?\\/?$`, 'i'),
    publishes: false,
    parse: () => ({ post: false }),
  },
  {
    name: 'graph-mail.event-response',
    methods: ['POST'],
    host: GRAPH_HOST,
    path: new RegExp(`${GRAPH_EVENT}\\/(?:accept|tentativelyAccept|decline|cancel)\\/?$`, 'i'),
    parse: graphEventResponse,
  },
  { name: 'graph-mail.draft-update', methods: ['PATCH'], host: GRAPH_HOST, path: new RegExp(`${GRAPH_BOX}\\/messages\\/[^/]+\\/?$`, 'i'), publishes: false, parse: () => ({ post: false }) },
];

/**
 * A SharePoint site page or news post published (round o1): the words were saved with the page as a draft (REST
 * `…/_api/sitepages/pages({id})/savepageasdraft`, Graph's create or PATCH of `/sites/{site}/pages`), and the publish
 * action carries none. SharePoint's REST path on any host (SharePoint Server runs on the organisation's own), Graph's
 * on graph.microsoft.com (listed by the Teams adapter, which owns that host).
 */
const SHAREPOINT_PAGE_PUBLISH = /\/_api\/sitepages\/pages\(\d{1,12}\)\/publish\/?$/i;
const GRAPH_PAGE_PUBLISH = /^\/(?:v1\.0|beta)\/sites\/[^/]+\/pages\/[^/]+\/(?:microsoft\.graph\.sitePage\/)?publish\/?$/i;
function pagePublish(ctx: EndpointContext): EndpointResult {
  if (carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, ...(GRAPH_HOST.test(ctx.url.hostname) ? { site: 'graph.microsoft.com' } : {}), textUnknownBecause: SAVED_PAGE };
}
const SAVED_PAGE = 'this request publishes a page saved earlier as a draft: its words are in the draft, not in the request';
export const GRAPH_PAGE: readonly Endpoint[] = [{ name: 'graph-page.publish', methods: ['POST'], host: GRAPH_HOST, path: GRAPH_PAGE_PUBLISH, parse: pagePublish }];

/**
 * A Drive file shared with a note (round o1): the Drive API mails `emailMessage`, a query parameter beside the
 * permission's JSON, to the person the file is shared with (permissions.create, `sendNotificationEmail` true or
 * left out), in the sharer's name. A message with those words; without them, or with notifications off, nothing.
 */
const DRIVE_PERMISSIONS = /^\/drive\/v[23]\/files\/[^/]+\/permissions\/?$/i;
function driveShareNote(url: URL): boolean {
  return (url.searchParams.get('emailMessage') ?? '').trim() !== '' && url.searchParams.get('sendNotificationEmail') !== 'false';
}
function driveShareMessage(ctx: EndpointContext): EndpointResult {
  return { post: true, kind: 'message', text: ctx.url.searchParams.get('emailMessage') ?? '' };
}

export const savedSends: SiteAdapter = {
  id: 'saved-sends',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  followsHeuristicSwitch: true,
  endpoints: [
    { name: 'saved-sends.action', methods: ['POST', 'PUT'], path: SEND_ACTION, query: mailUrl, parse: sendAction },
    { name: 'saved-sends.issue-set-to-go', methods: ['PUT', 'PATCH'], path: ISSUE_BY_ID, query: mailUrl, parse: issueSetToGo },
    // Where only the body can say mail, a body not read in full is the heuristic's to call undecided.
    { name: 'saved-sends.action-mail-body', methods: ['POST', 'PUT'], path: SEND_ACTION, publishes: false, parse: byMailBody(sendAction) },
    { name: 'saved-sends.issue-mail-body', methods: ['PUT', 'PATCH'], path: ISSUE_BY_ID, publishes: false, parse: byMailBody(issueSetToGo) },
    { name: 'saved-sends.template-send', methods: ['POST'], path: CHANNEL_MESSAGE_PATH, parse: templateSend }, // r21 review J2, public-service.ts
    { name: 'saved-sends.listmonk-status', methods: ['PUT'], path: LISTMONK_STATUS, parse: listmonkStatus },
    { name: 'saved-sends.post-schedule', methods: ['POST'], path: POST_SCHEDULE_ACTION, parse: postScheduleAction },
    // Only a readable body says it is a time alone: a gap is the heuristic's, which does not watch a draft by id.
    { name: 'saved-sends.draft-set-to-go', methods: ['PATCH', 'PUT'], path: DRAFT_BY_ID, publishes: false, parse: draftSetToGo },
    { name: 'saved-sends.jmap', methods: ['POST'], path: /^\//, query: (url) => JMAP_PATH.test(url.pathname) || JMAP_HOST.test(url.hostname), parse: jmapSend },
    // A resumable upload (uploadType=resumable) starts with metadata alone; the message follows in a PUT naming the
    // upload_id, which is read and held: holding the start would ask about words not yet seen.
    {
      name: 'saved-sends.gmail-api-resumable-start',
      methods: ['POST'],
      path: GMAIL_API_SEND,
      host: GOOGLE_APIS,
      query: (url) => url.pathname.startsWith('/upload/') && url.searchParams.get('uploadType') === 'resumable' && !url.searchParams.has('upload_id'),
      publishes: false,
      parse: () => ({ post: false }),
    },
    { name: 'saved-sends.gmail-api-resumable', methods: ['PUT', 'POST'], path: GMAIL_API_SEND, host: GOOGLE_APIS, query: (url) => url.searchParams.has('upload_id'), parse: gmailApiSend },
    { name: 'saved-sends.gmail-api', methods: ['POST'], path: GMAIL_API_SEND, host: GOOGLE_APIS, parse: gmailApiSend },
    { name: 'saved-sends.drive-share-note', methods: ['POST'], path: DRIVE_PERMISSIONS, host: GOOGLE_APIS, query: driveShareNote, parse: driveShareMessage },
    { name: 'saved-sends.sharepoint-page-publish', methods: ['POST'], path: SHAREPOINT_PAGE_PUBLISH, parse: pagePublish },
    { name: 'saved-sends.ews', methods: ['POST'], path: EWS_PATH, parse: exchangeSend },
    { name: 'saved-sends.owa', methods: ['POST'], path: OWA_SERVICE, query: (url) => EXCHANGE_METHOD.test(url.searchParams.get('action') ?? ''), parse: exchangeSend },
  ],
};
