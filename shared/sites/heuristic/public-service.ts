/**
 * Public service (round gv1): the words a public servant sends to residents or writes about them through government
 * service tools. Kinds, as earlier rounds decided them: a staff comment on a resident's issue (SeeClickFix's
 * POST /issues/{id}/comments, and its acknowledge, close and reopen, each with a required `comment`) is a `comment`,
 * shown on the public page beside the residents' own comments, as cv1 read comments on a public idea or
 * request (the general rules read it already); a bulletin sent to subscribers of topics (GovDelivery's
 * bulletins/send_now) is a `post`, published to every subscriber at once as a newsletter issue is (round m1; the XML
 * reader and general rules read it already); a comment on a permit or licence record read by staff is a `comment`
 * (Accela's /v4/records/{id}/comments, Oracle Public Sector's record comments: the general rules read them). What
 * this module reads that the general rules did not:
 *
 * - Official feedback (publicServiceKind, `reply`): a government's answer on a resident's idea or initiative, in an
 *   `official_feedback` (officialFeedback, official-response, official_answer...) collection or object (Go Vocal's
 *   POST web_api/v1/ideas/{id}/official_feedback and PATCH …/official_feedback/{id}, `body_multiloc`): the answer
 *   in the thread the resident began, as a help desk's answer on a ticket is (rounds r7, hd1). Only a write (POST,
 *   PUT, PATCH), and a body's `official_*` object counts only when it holds the words found (review D4: a settings
 *   toggle, a counter or an `{id}` reference under such a key says nothing of the words).
 * - An inspection's notes (publicServiceKind, `comment`): words in a result, request, inspection or inspector comment
 *   or notes field sent to an inspections path (Accela's PUT /v4/inspections/{id}/result with `resultComment`, its
 *   schedule or reschedule with `requestComment`, review D1): the inspector's finding, or a note to the inspector, on
 *   the record, read by staff and the applicant, a comment. The rule is generic: any inspections path's notes (a
 *   fleet's vehicle inspection's `inspector_notes`) read so too (review M4). A result or schedule with no words stays
 *   quiet.
 * - An update on an existing service request (publicServiceKind, `comment`): mySociety's Open311 extension
 *   (FixMyStreet's client posts `servicerequestupdates.xml`, open311-adapter takes `.json` too) with `description` and
 *   `service_request_id`: shown in the report's update list, as a SeeClickFix staff comment is (review D2).
 * - Quiet (bulletinDraftQuiet): a bulletin created or updated in an account's bulletins collection without a send
 *   (GovDelivery's POST /api/account/{code}/bulletins.xml and PUT …/bulletins/{id}.xml): a draft, saved, not sent.
 *   `send_now` (or a send segment) is what sends; so does a body that says it sends (review D3): m1's send time,
 *   status or send flag (refuses.ts's issueGoesOut, passed in by the hook), a `publish`/`published` flag on, or in
 *   XML a send-time or publish tag with a value.
 * - Round r21: GovDelivery's Targeted Messaging (TMS) email and SMS sent to named recipients are messages (the mail
 *   rules read them); a TMS template saved for a channel (POST /templates/email) is quiet (bulletinDraftQuiet). An
 *   internal comment (Go Vocal's …/internal_comments, read by the city's staff) answering another by `parent_id` is a
 *   reply (publicServiceKind); without one it stays the comment the general rules read.
 *
 * Sources (facts only): SeeClickFix/dev.seeclickfix.com (v2 issues comments, changing status, vote, follow);
 * Granicus GovDelivery Communications Cloud API v1 Bulletins (send now, create draft), as alphagov/email-alert-api's
 * and GSA challenge.gov's clients call it; CitizenLabDotCo/citizenlab (OfficialFeedbackController, official feedback
 * typings); Accela Construct API v4 generated clients (RecordCommentModel, InspectionCommentModel, inspection result);
 * docs.oracle.com Public Sector Compliance and Regulation REST (publicSectorRecordComments); mysociety/open311-adapter
 * (its "POST update" test) and mysociety/fixmystreet's Open311 client (servicerequestupdates); round r21:
 * govdelivery/govdelivery-tms-ruby (EmailMessage, EmailTemplate), CitizenLabDotCo/citizenlab
 * front/app/api/internal_comments (add and update internal comments, their typings).
 */
import type { EndpointContext, EndpointResult, ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { flagOn, hasFieldWhere, hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { pathSegments } from './paths';

/** Segments longer than this are not examined. */
const SEGMENT_EXAMINED = 48;
/** An official feedback, response or answer (`official_feedback`, `officialFeedback`, `official-responses`). */
const OFFICIAL_FEEDBACK = /^official[_-]?(?:feedbacks?|responses?|answers?|replies|reply)$/i;
/** An inspections collection (`inspections`, `inspection`, `code_inspections`). */
const INSPECTION_SEGMENT = /(?:^|[_-])inspections?$/i;
/** An inspection's result or finding comment (`resultComment`, `result_comment`, `inspection_comment`). */
const INSPECTION_COMMENT_FIELD = /^(?:result|request|inspection|inspector|finding)[_-]?(?:comments?|notes?)$/i;
/** mySociety's Open311 update extension (`servicerequestupdates.xml`, `service_request_updates.json`). */
const SERVICE_REQUEST_UPDATES = /^service[_-]?request[_-]?updates(?:\.(?:json|xml))?$/i;
/** A flag that publishes or sends a bulletin (`publish`, `published`, `send_now`). */
const BULLETIN_SEND_FLAG = /^(?:publish(?:ed)?|send(?:_?now)?|public)$/i;
/** An XML bulletin's send-time or publish tag with a value (`<send_at>2026-…`, `<publish>true`). */
const XML_SENDS = /<(?:send[_-]?(?:at|time|now)|scheduled?[_-]?(?:at|time|for)|publish(?:[_-]?(?:at|date|time))?)>\s*(?!false\b|<)[^<\s]/i;
/** Go Vocal's internal comments on an idea or initiative (`…/ideas/{id}/internal_comments`; round r21). */
const INTERNAL_COMMENTS = /^internal[_-]?comments$/i;
/** A parent comment named by id (`internal_comment.parent_id`). */
const PARENT_ID_FIELD = /^parent_?id$/i;
/** What the parent is (`parent_type: "Ticket"`): a comment's parent only when it names a comment (review M7). */
const PARENT_TYPE_FIELD = /^parent_?type$/i;
/** A parent's id: a slug or UUID string, or a positive integer (other software's numeric ids; review M7). */
function parentId(v: unknown): boolean {
  return (typeof v === 'string' && /^[\w-]{1,64}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v > 0);
}
/** Writes: the methods that send words. */
const WRITE_METHOD = /^(?:POST|PUT|PATCH)$/i;
/**
 * A message template saved for a channel (GovDelivery TMS's /templates/email, /templates/sms, or one by id; round
 * r21): kept for later with its macros, it reaches nobody. The id's slot takes no action word (review M6: a
 * `templates/email/send` sends). A template's version, saved by its id (SendGrid's /v3/templates/{id}/versions,
 * Mailgun's /v3/{domain}/templates/{name}/versions, or one version by id; review D7), is a template too.
 */
const CHANNEL_TEMPLATE_PATH = /(?:^|\/)templates\/(?:(?:email|sms|push|voice)(?:\/(?!(?:send|deliver|dispatch|test|preview)(?:[./]|$))[^/]{1,64})?|[^/]{1,64}\/versions(?:\/[^/]{1,64})?)(?:\.(?:json|xml))?$/i;
/**
 * An SMS keyword saved with its automatic answer (GovDelivery TMS's POST /keywords {name, response_text}; review
 * J6): a canned response stored for residents who text the keyword, quiet as saved replies are (refuses.ts).
 */
const KEYWORDS_PATH = /(?:^|\/)keywords(?:\/[^/]{1,64})?$/i;
const RESPONSE_TEXT_FIELD = /^(?:response_?text|auto_?response)$/i;
/** GovDelivery's bulletins collection under an account, created or updated by id, with no send (`bulletins.xml`). */
const BULLETIN_DRAFT_PATH = /\/account\/[^/]{1,64}\/bulletins(?:\/\d{1,20})?(?:\.(?:xml|json))?$/i;

/** Whether a path segment names an official feedback (a trailing format dropped). */
function officialSegment(seg: string): boolean {
  return seg.length <= SEGMENT_EXAMINED && OFFICIAL_FEEDBACK.test(seg.replace(/\.(?:json|xml)$/i, ''));
}

/** A field of an official answer that holds its words (`body_multiloc`, `body`, `text`, `answer`). */
const ANSWER_TEXT_FIELD = /^(?:body|text|content|answer|message)(?:[_-]?(?:multiloc|html|text))?$/i;

/**
 * Whether an `official_*` object holds the words found (review D4): a string down to depth 3 that has the words'
 * start (HTML around them kept), or an answer's text field with a value (`body_multiloc: { en }`), within 60 nodes.
 */
function holdsText(v: Record<string, unknown>, text: string): boolean {
  for (const key in v) if (ANSWER_TEXT_FIELD.test(key) && (isRecord(v[key]) || (typeof v[key] === 'string' && v[key].trim() !== ''))) return true;
  const start = text.slice(0, 24);
  let nodes = 0;
  const walk = (x: unknown, depth: number): boolean => {
    if (++nodes > 60 || depth > 3) return false;
    if (typeof x === 'string') return start !== '' && x.includes(start);
    if (Array.isArray(x)) return x.some((y) => walk(y, depth + 1));
    if (isRecord(x)) for (const key in x) if (walk(x[key], depth + 1)) return true;
    return false;
  };
  return walk(v, 0);
}

/**
 * The kind of a public servant's official feedback (a reply), an inspection's notes or an update on a service
 * request (a comment).
 */
export function publicServiceKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (!WRITE_METHOD.test(method)) return undefined;
  const segments = pathSegments(path);
  if (segments.some(officialSegment) || hasKeyDeep(body, OFFICIAL_FEEDBACK, (v) => isRecord(v) && holdsText(v, found.text))) return 'reply';
  if (segments.some((s) => s.length <= SEGMENT_EXAMINED && SERVICE_REQUEST_UPDATES.test(s))) return 'comment';
  // An internal comment answering another by its `parent_id` (Go Vocal): an answer in the staff's thread, a reply;
  // without one the general rules read it as the comment it is (round r21).
  const last = segments[segments.length - 1] ?? '';
  if (last.length <= SEGMENT_EXAMINED && INTERNAL_COMMENTS.test(last)) {
    // A `parent_type` naming something else than a comment (a Ticket) says the parent is the record the note hangs
    // on: a comment (review M7). A parent's id may be a number as well as Go Vocal's UUID string.
    if (hasFieldWhere(body, (name, v) => PARENT_TYPE_FIELD.test(name) && typeof v === 'string' && !/comment/i.test(v))) return 'comment';
    return hasFieldWhere(body, (name, v) => PARENT_ID_FIELD.test(name) && parentId(v)) ? 'reply' : undefined;
  }
  if (INSPECTION_COMMENT_FIELD.test(found.field) && segments.some((s) => s.length <= SEGMENT_EXAMINED && INSPECTION_SEGMENT.test(s))) {
    return 'comment';
  }
  return undefined;
}

/**
 * A bulletin saved in an account's bulletins collection, created or updated, not sent, or a channel's message
 * template saved (TMS's /templates/email; round r21) (refuses.ts): nothing in its
 * body sends (`sends`, m1's issueGoesOut, from the hook; a publish or send flag on; an XML send-time or publish tag).
 */
export function bulletinDraftQuiet(path: string, body: ParsedBody, sends: boolean): boolean {
  if (sends || path.length > 400) return false;
  // A channel's message template saved (TMS's POST /templates/email) or a template's version: a template, not a
  // message (round r21, review D7).
  if (CHANNEL_TEMPLATE_PATH.test(path)) return true;
  // An SMS keyword's automatic answer saved (review J6).
  if (KEYWORDS_PATH.test(path) && hasFieldWhere(body, (name) => RESPONSE_TEXT_FIELD.test(name))) return true;
  if (!BULLETIN_DRAFT_PATH.test(path)) return false;
  if (body.type === 'text') return !XML_SENDS.test(body.text);
  return !hasFieldWhere(body, (name, v) => BULLETIN_SEND_FLAG.test(name) && flagOn(v));
}

/** A message sent on a channel (GovDelivery TMS's POST /messages/email, /messages/sms, /messages/voice). */
export const CHANNEL_MESSAGE_PATH = /\/messages\/(?:email|sms|voice)\/?$/i;
/** A HAL link to a saved template (TMS's `_links: { email_template: uuid }`, `sms_template`). */
const TEMPLATE_LINK = /^[a-z]+_template$/;
const TEMPLATE_SENT = 'this request sends a saved template to the people it names: its words are in the template, not in the request';
/**
 * A channel's message sent from a saved template to named people, with no words of its own (review J2: TMS's
 * "Sending an Email using a Template", `_links.email_template` and `recipients`): the template's words go out
 * without being shown, so the send is held as a message with the text unknown, as a stored draft's send is
 * (adapters/saved-sends.ts, which lists it). A subject or body of its own is the heuristic's, read as before.
 */
export function templateSend(ctx: EndpointContext): EndpointResult {
  const v = ctx.body.type === 'json' ? ctx.body.value : undefined;
  if (!isRecord(v) || 'body' in v || 'subject' in v || !isRecord(v['_links'])) return { post: false, notMine: true };
  const links = v['_links'];
  const linked = Object.keys(links).some((k) => TEMPLATE_LINK.test(k) && typeof links[k] === 'string' && links[k] !== '');
  const recipients = v['recipients'];
  if (!linked || !Array.isArray(recipients) || recipients.length === 0) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: null, textUnknownBecause: TEMPLATE_SENT };
}
