/**
 * Employee relations and whistleblowing (round er1): an HR partner's, investigator's or reporter's words about a named
 * employee in an HR case, grievance, investigation or ethics-hotline report. The employee is an identifiable third
 * party and the employer is named, so these words are held with the kind a colleague would give them.
 *
 * What the older rules already read, and er1 keeps: a ServiceNow HR case's `work_notes` and `comments` (a comment,
 * as r15 and cm1's review pinned ServiceNow's journals), a help desk's comment on an HR request (JSM, Zendesk: a
 * comment, round u4), a note in an Odoo employee's chatter (r16), a Frappe HR grievance's timeline comment (cr1) and
 * its own words (a message, hr1rev), and the state changes, assignments and settings around them (quiet).
 *
 * What this module reads: a whistleblowing platform's report ("tip") as GlobaLeaks shapes it, self-hosted on any host,
 * so the path's own names are the only sign (`rtips`/`rtip` for the case handler's copy of a report, `wbtip` for the
 * reporter's). Kinds:
 * - a case handler's comment with `visibility: internal`, read by the other case handlers only: a **comment** on the
 *   report (the older comment-path rule already says so; answered here too, so the order cannot change it);
 * - a case handler's comment with `visibility: public`, read by the anonymous reporter when they next log in with their
 *   receipt: a follow-up sent to the reporter, a **message** (brief: words sent to the reporter are a message). An
 *   older GlobaLeaks sends no visibility and shows every comment to the reporter: a message too;
 * - `visibility: personal` is kept for its author alone (GlobaLeaks filters personal items by author): not read here,
 *   and unpublished-objects.ts's to-self rule keeps it quiet;
 * - the reporter's own comment on their report (…/wbtip/comments): words to the case handlers, a **message**;
 * - an identity access request's motivation (…/rtips/{id}/iars with `request_motivation`), read by the custodian who
 *   decides whether the reporter's identity is revealed: a **message** to the custodian.
 * Not read, and quiet under the older rules: a report's status or substatus update, a setting (`enable_two_way_comments`),
 * a postponed expiry, the reporter's receipt check.
 *
 * Since its review (er1rev), the same module also reads (lead's decisions D1–D8, M1–M5):
 * - GlobaLeaks' own words however short (a comment's `content`, an identity request's `request_motivation`, a
 *   custodian's `reply_motivation`, a status change's `motivation`: whistleblowingShortWords, asked by
 *   longest-field.ts's length floor beside caseShortWords), since most turns with an anonymous reporter are short;
 * - the reporter's report itself (POST …/whistleblower/submission, older PUT …/submission/{token}) and a later
 *   disclosure of their identity (…/wbtip/identity, older …/provideidentityinformation): a **message** to the chosen
 *   recipients, every answer's `value` shown in order, joined by a blank line (whistleblowingText);
 * - a custodian's refusal of an identity request (PUT …/custodian/iars/{id}, older …/identityaccessrequest/{id}) with
 *   its motivation: a **message** to the investigator who asked (as p1rev reads a refusal's note);
 * - a report's status change with a `motivation` (reopening): a **comment**, kept in the report's log for the others;
 * - the older comment route with no `visibility` only for a JSON body with `content` (GlobaLeaks' CommentDesc, M1);
 * - SecureDrop, the neighbouring platform: a source's `/submit` (`msg`, `fh`), a journalist's `/reply`
 *   (`filesystem_id`, `message`) and the API's `…/sources/{uuid}/replies`: each a **message** to one side;
 * - HR tools with a public write shape: Oracle HCM's person notes by `NoteVisibilityCode` (`SUBJECT` a message,
 *   `PRIVATE` kept to its author and quiet, every other audience a comment on the worker's record) and the note's
 *   text PUT as a raw body to its `enclosure/NoteText` (a comment); a Jira or JSM transition carrying a comment
 *   (`additionalComment`, `update.comment[].add`: a comment, as u4 pinned JSM's comments); a ServiceNow record update
 *   writing both journals at once (`work_notes` and `comments`: a comment, both shown joined in the body's order);
 * - an HR case raised with words (J3): by the employee through a record producer (a message), by an HR agent on an
 *   `sn_hr_…case` table (a comment, its short description and description shown joined).
 * Since round r24's recheck: a whistleblowing system's report refused by id with a `rejection_reason` (POST
 * …/reports/{id}/reject), read as the refused reporter's words to read (reportRefusalReason; a message by kind.ts);
 * since its review (r24rev) only with a whistleblowing word on the host or in the path, camelCase and PUT/PATCH too.
 * The name is the family's (er1's brief: employee relations); what it reads is mostly whistleblowing, as the older
 * rules already read the HR desks' own notes (the second paragraph).
 *
 * Cost: the kind hook tests the path's last segment (or a `tip` segment) before any field is read; the text and
 * short-words hooks test a path word first (`tip`, `submission`, `identity`, `personNotes`, `/table/`).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { topLevelString } from './body-fields';
import { lastSegment, pathSegments } from './paths';

/** The case handler's copy of a report (`/api/recipient/rtips/{id}`, older `/rtip/{id}`). */
const HANDLER_TIP_SEGMENT = /^rtips?$/i;
/** The reporter's own report, reached with their receipt (`/api/whistleblower/wbtip`, older `/wbtip`). */
const REPORTER_TIP_SEGMENT = /^wbtip$/i;
const COMMENTS_SEGMENT = /^comments$/i;
/** An identity access request's collection under a report. */
const IDENTITY_REQUESTS_SEGMENT = /^iars$/i;

/** A comment's audience as GlobaLeaks names it. `personal` (its author alone) is left to the to-self rule. */
function handlerCommentKind(body: ParsedBody): PostKind | undefined {
  const visibility = topLevelString(body, 'visibility');
  // An older GlobaLeaks sends no visibility: then only its JSON `{ content }` (CommentDesc) is its comment (er1rev M1).
  if (visibility === undefined) return topLevelString(body, 'content') !== undefined && body.type === 'json' ? 'message' : undefined;
  if (/^public$/i.test(visibility)) return 'message';
  if (/^internal$/i.test(visibility)) return 'comment';
  return undefined;
}

/** The words of a whistleblowing report's comment, follow-up or identity request: see the header for the kinds. */
function reportCommentKind(path: string, body: ParsedBody): PostKind | undefined {
  const segments = pathSegments(path);
  const last = segments[segments.length - 1] ?? '';
  // The reporter's follow-up (…/wbtip/comments) goes to the case handlers.
  if (COMMENTS_SEGMENT.test(last) && REPORTER_TIP_SEGMENT.test(segments[segments.length - 2] ?? '')) return 'message';
  // The handler's comment or identity request hangs on a report by id (…/rtips/{id}/comments, …/rtips/{id}/iars).
  if (!HANDLER_TIP_SEGMENT.test(segments[segments.length - 3] ?? '')) return undefined;
  if (COMMENTS_SEGMENT.test(last)) return handlerCommentKind(body);
  if (IDENTITY_REQUESTS_SEGMENT.test(last) && topLevelString(body, 'request_motivation') !== undefined) return 'message';
  return undefined;
}

/** The object at a top-level key of a JSON body, or undefined. */
function topLevelObject(body: ParsedBody, name: string): Record<string, unknown> | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value[name];
  return isRecord(v) ? v : undefined;
}

/** A GlobaLeaks report filed (POST …/submission) or finalised by an older client (PUT …/submission/{token}). */
const SUBMISSION_SEGMENT = /^submission$/i;
function reportSubmitted(segments: string[], method: string, body: ParsedBody): boolean {
  const n = segments.length;
  const at = method === 'POST' ? n - 1 : n - 2;
  // Beside its `context_id` (the channel reported to), which a survey's or form's answers do not carry.
  return SUBMISSION_SEGMENT.test(segments[at] ?? '') && topLevelObject(body, 'answers') !== undefined && topLevelString(body, 'context_id') !== undefined;
}

/** The reporter disclosing who they are: …/wbtip/identity (5.x), older …/wbtip/{id}/provideidentityinformation. */
function identityDisclosed(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  const route = (/^identity$/i.test(segments[n - 1] ?? '') && REPORTER_TIP_SEGMENT.test(segments[n - 2] ?? '')) || /^provideidentityinformation$/i.test(segments[n - 1] ?? '');
  return route && topLevelObject(body, 'identity_field_answers') !== undefined;
}

/** A custodian's answer to an identity request: PUT …/custodian/iars/{id}, older …/custodian/identityaccessrequest/{id}. */
const CUSTODIAN_REQUEST_SEGMENT = /^(?:iars|identityaccessrequest)$/i;
function custodianAnswer(segments: string[]): boolean {
  const n = segments.length;
  return CUSTODIAN_REQUEST_SEGMENT.test(segments[n - 2] ?? '') && /^custodian$/i.test(segments[n - 3] ?? '');
}

/** A report's status changed with a motivation (GlobaLeaks requires one to reopen): PUT …/rtips/{id} `update_status`. */
function statusMotivation(segments: string[], body: ParsedBody): string | undefined {
  if (!HANDLER_TIP_SEGMENT.test(segments[segments.length - 2] ?? '') || topLevelString(body, 'operation') !== 'update_status') return undefined;
  const motivation = topLevelObject(body, 'args')?.['motivation'];
  return typeof motivation === 'string' ? motivation : undefined;
}

/** SecureDrop: a source's submission (`/submit`: `msg` beside its `fh` file field or on its onion host), a journalist's reply form (`/reply`: `filesystem_id`, `message`), the API's reply (`/api/v1/sources/{uuid}/replies`: `reply`). */
function secureDropMessage(segments: string[], body: ParsedBody, host: string): boolean {
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  // SecureDrop's own signs: its `fh` file field (a multipart file part, which the body's fields leave out, so present
  // only in a plain form) or its onion host; `csrf_token` alone is any Flask or Django form's (x6 review D2).
  if (n === 2 && last === 'submit') return topLevelString(body, 'msg') !== undefined && (topLevelString(body, 'fh') !== undefined || host.endsWith('.onion'));
  if (n === 2 && last === 'reply') return topLevelString(body, 'filesystem_id') !== undefined && topLevelString(body, 'message') !== undefined;
  return last === 'replies' && segments[n - 3] === 'sources' && segments[n - 4] === 'v1' && topLevelString(body, 'reply') !== undefined;
}

/** Oracle HCM's person notes: the collection (POST) and a note's text PUT to its enclosure. */
const PERSON_NOTES_SEGMENT = /^personNotes$/i;
function personNoteKind(segments: string[], method: string, body: ParsedBody): PostKind | undefined {
  const n = segments.length;
  if (method === 'PUT') return /^NoteText$/i.test(segments[n - 1] ?? '') && /^enclosure$/i.test(segments[n - 2] ?? '') && PERSON_NOTES_SEGMENT.test(segments[n - 4] ?? '') ? 'comment' : undefined;
  if (method !== 'POST' || !PERSON_NOTES_SEGMENT.test(segments[n - 1] ?? '')) return undefined;
  const visibility = topLevelString(body, 'NoteVisibilityCode') ?? '';
  // The worker alone reads it: words to one person (er1rev D6). Every other audience reads a note on the worker's
  // record, kudos to everyone included (J2); PRIVATE is quiet (whistleblowingQuiet).
  return /^SUBJECT$/i.test(visibility) ? 'message' : 'comment';
}

/** A Jira or JSM transition carrying a comment: JSM's `additionalComment`, the platform's `update.comment[].add`. */
function transitionComment(segments: string[], body: ParsedBody): boolean {
  const last = segments[segments.length - 1] ?? '';
  if (last === 'transition') return topLevelObject(body, 'additionalComment') !== undefined;
  if (last !== 'transitions') return false;
  const comments = topLevelObject(body, 'update')?.['comment'];
  return Array.isArray(comments) && comments.some((c) => isRecord(c) && isRecord(c['add']));
}

/** A record update by id on a table (ServiceNow's …/table/{name}/{sys_id}) writing both journals at once. */
const RECORD_TABLE_PATH = /\/tables?\/[^/]+\/[^/]+\/?$/i;
function bothJournals(path: string, body: ParsedBody): [string, string] | undefined {
  if (!RECORD_TABLE_PATH.test(path) || body.type !== 'json' || !isRecord(body.value)) return undefined;
  const record = body.value;
  const notes = record['work_notes'];
  const comments = record['comments'];
  if (typeof notes !== 'string' || typeof comments !== 'string' || notes.trim() === '' || comments.trim() === '') return undefined;
  // In the body's order, as the person wrote them.
  return Object.keys(record).indexOf('work_notes') < Object.keys(record).indexOf('comments') ? [notes, comments] : [comments, notes];
}

/**
 * An HR case raised with words (er1rev J3): by the employee through a record producer in the portal (ServiceNow's
 * …/servicecatalog/items/{id}/submit_producer, their words in `variables`): words to the desk, a message, as a Frappe
 * grievance (hr1rev) and a GlobaLeaks report; by an HR agent on the employee's behalf (POST …/table/sn_hr_*case): a
 * note for the case's agents, a comment. Only HR case tables: an incident opened through the Table API is left as before.
 */
const HR_CASE_TABLE = /^sn_hr_\w{0,30}case$/i;
function hrCaseRaised(segments: string[]): PostKind | undefined {
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  if (last === 'submit_producer' && segments[n - 3] === 'items' && /^servicecatalog$/i.test(segments[n - 4] ?? '')) return 'message';
  return HR_CASE_TABLE.test(last) && /^tables?$/i.test(segments[n - 2] ?? '') ? 'comment' : undefined;
}

/** The kinds this module decides (the header lists them). */
export function employeeRelationsKind(path: string, body: ParsedBody, method: string, host = ''): PostKind | undefined {
  const verb = method.toUpperCase();
  if (verb !== 'POST' && verb !== 'PUT' && verb !== 'PATCH') return undefined;
  const last = lastSegment(path);
  if (verb === 'PATCH') return bothJournals(path, body) !== undefined ? 'comment' : undefined;
  if (verb === 'POST' && path.includes('tip')) {
    const comment = reportCommentKind(path, body);
    if (comment !== undefined) return comment;
  }
  const segments = pathSegments(path);
  if (reportSubmitted(segments, verb, body) || identityDisclosed(segments, body)) return 'message';
  if (verb === 'PUT') {
    if (custodianAnswer(segments) && topLevelString(body, 'reply_motivation')) return 'message';
    if (statusMotivation(segments, body)) return 'comment';
    if (bothJournals(path, body) !== undefined) return 'comment';
  } else {
    if (secureDropMessage(segments, body, host)) return 'message';
    if (transitionComment(segments, body)) return 'comment';
    const raised = hrCaseRaised(segments); if (raised !== undefined) return raised;
  }
  if (/note/i.test(last) || /^enclosure$/i.test(segments[segments.length - 2] ?? '')) return personNoteKind(segments, verb, body);
  return undefined;
}

/** An Oracle HCM person note kept to its author (`NoteVisibilityCode: PRIVATE`): nobody else reads it (er1rev D6). */
export function whistleblowingQuiet(body: ParsedBody, path: string): boolean {
  return PERSON_NOTES_SEGMENT.test(lastSegment(path)) && /^PRIVATE$/i.test(topLevelString(body, 'NoteVisibilityCode') ?? '');
}

/** Every answer's `value` under a GlobaLeaks answers object, in order (a group's children inside its entry). */
function answerValues(v: unknown, out: string[], depth: number): void {
  if (depth > 8 || out.length >= 50) return;
  if (Array.isArray(v)) for (const item of v) answerValues(item, out, depth + 1);
  else if (isRecord(v)) {
    for (const key in v) {
      const x = v[key];
      if (key === 'value' && typeof x === 'string') {
        if (x.trim() !== '') out.push(x.trim());
      } else if (typeof x === 'object') answerValues(x, out, depth + 1);
    }
  }
}

/** Joined answers, or undefined when none has words. */
function joinedAnswers(answers: Record<string, unknown> | undefined): string | undefined {
  const out: string[] = [];
  answerValues(answers, out, 0);
  return out.some((t) => /\p{L}/u.test(t)) ? out.join('\n\n') : undefined;
}

/**
 * The words shown for what this module reads whole (er1rev D2, D6, D7, J4): a report's answers and an identity's
 * answers joined, a person note's raw text, both ServiceNow journals joined. Undefined for anything else.
 */
export function whistleblowingText(body: ParsedBody, path: string | undefined, method: string | undefined, host = ''): { text: string; field: string } | undefined {
  if (path === undefined || path.length > 400) return undefined;
  const verb = method?.toUpperCase();
  if (body.type === 'text') {
    if (verb !== 'PUT' || !/\/enclosure\/NoteText\/?$/i.test(path) || !/\bpersonNotes\//i.test(path)) return undefined;
    const text = body.text.trim();
    return /\p{L}{2}/u.test(text) ? { text, field: 'NoteText' } : undefined;
  }
  if (body.type !== 'json') return undefined;
  if (verb === 'PATCH' || verb === 'PUT') {
    const journals = path.includes('/table') ? bothJournals(path, body) : undefined;
    if (journals !== undefined) return { text: journals.join('\n\n'), field: 'work_notes' };
  }
  // An HR case opened by an agent: its title and its account, as a title and a body are shown together (J3).
  if (verb === 'POST' && path.includes('sn_hr_') && HR_CASE_TABLE.test(lastSegment(path)) && isRecord(body.value)) {
    const parts = ['short_description', 'description'].map((k) => (isRecord(body.value) ? body.value[k] : undefined)).filter((v): v is string => typeof v === 'string' && /\p{L}/u.test(v));
    if (parts.length === 2) return { text: parts.map((t) => t.trim()).join('\n\n'), field: 'description' };
  }
  if ((verb === 'POST' || verb === 'PUT' || verb === 'PATCH') && path.includes('reject')) {
    const reason = reportRefusalReason(host, path, body);
    if (reason !== undefined) return reason;
  }
  if (!/submission|identity/i.test(path) || verb === undefined) return undefined;
  const segments = pathSegments(path);
  if (reportSubmitted(segments, verb, body)) {
    const text = joinedAnswers(topLevelObject(body, 'answers'));
    return text === undefined ? undefined : { text, field: 'answers' };
  }
  if (identityDisclosed(segments, body)) {
    const text = joinedAnswers(topLevelObject(body, 'identity_field_answers'));
    return text === undefined ? undefined : { text, field: 'identity_field_answers' };
  }
  return undefined;
}

/**
 * A whistleblowing system's report refused by its id with a `rejection_reason` (the Padang city office's WBS: POST
 * /v1/reports/{id}/reject; round r24's recheck): the anonymous reporter reads the reason on the report's page, so the
 * words leave for the one refused (kind.ts's refusal rule makes them a message). recruiting.ts's refusalReason leaves a
 * `reports` path to moderation queues; only this field (camelCase `rejectionReason` too, and over PUT or PATCH: r24
 * review M4) is read here, and only with a whistleblowing sign on the host or in the path (review J1).
 */
function reportRefusalReason(host: string, path: string, body: ParsedBody): { text: string; field: string } | undefined {
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 3 || segments[n - 1] !== 'reject' || !/^reports$/i.test(segments[n - 3]!) || !/\d/.test(segments[n - 2]!)) return undefined;
  // A forum's or an expense tool's report refused is no reporter's (r24 review J1, the lead's option b).
  if (!whistleblowingSign(host, segments)) return undefined;
  for (const field of ['rejection_reason', 'rejectionReason']) {
    const reason = topLevelString(body, field)?.trim();
    if (reason !== undefined && /\p{L}{2}/u.test(reason)) return { text: reason, field };
  }
  return undefined;
}

/**
 * A whistleblowing system's word on the host (a label or a hyphenated part: `wbs-api`, `whistleblowing`, Indonesian
 * `pengaduan` and `lapor`, German `hinweisgeber`) or in the path (GlobaLeaks' `rtips`/`wbtip`, `whistleblower`):
 * r24 review J1. A small list: the Padang office's host is its system's only sign.
 */
const WHISTLEBLOWING_WORD = /^(?:wbs|whistle\w{0,20}|pengaduan|lapor\w{0,10}|hinweisgeber\w{0,10}|speakup|rtips?|wbtip)$/i;
function whistleblowingSign(host: string, segments: string[]): boolean {
  return host.split(/[.-]/).some((w) => WHISTLEBLOWING_WORD.test(w)) || segments.some((s) => WHISTLEBLOWING_WORD.test(s));
}

/** GlobaLeaks' own fields that carry a turn with the reporter or about them, read however short (er1rev D1). */
const SHORT_REPORT_FIELD = /^(?:content|request_motivation|reply_motivation|motivation)$/;
/**
 * A GlobaLeaks comment's, identity request's, custodian's answer's or status change's words, read however short: in a
 * two-way channel with an anonymous reporter most turns are short ("When?"). Only on GlobaLeaks' own request shapes
 * (a `tip` path or the custodian's identity requests), and only words with a letter.
 */
export function whistleblowingShortWords(leaf: string, text: string, path: string | undefined): boolean {
  if (path === undefined || !SHORT_REPORT_FIELD.test(leaf) || text.length > 2000 || path.length > 400 || !/\p{L}/u.test(text)) return false;
  if (!path.includes('tip') && !/\/custodian\//i.test(path)) return false;
  const segments = pathSegments(path);
  // A comment or older per-recipient message on a report (…/rtips/{id}/comments, …/wbtip/comments, …/rtips/{id}/messages,
  // …/wbtip/messages/{receiver id}).
  if (leaf === 'content') return segments.some((s) => HANDLER_TIP_SEGMENT.test(s) || REPORTER_TIP_SEGMENT.test(s)) && (/^(?:messages|comments)$/i.test(segments[segments.length - 1] ?? '') || /^messages$/i.test(segments[segments.length - 2] ?? ''));
  if (leaf === 'request_motivation') return IDENTITY_REQUESTS_SEGMENT.test(segments[segments.length - 1] ?? '');
  if (leaf === 'reply_motivation') return custodianAnswer(segments);
  return HANDLER_TIP_SEGMENT.test(segments[segments.length - 2] ?? '');
}
