/**
 * Case management (round cm1): a caseworker's, social worker's, protection officer's or community health worker's words
 * about a named client, child or household, written into case-management software. Kinds, as earlier rounds decided
 * them: a note on the client's record that colleagues read is a `comment`; words handed to another worker with the
 * case (a referral's, a transfer's, an assignment's notes, a request for the case, a refusal's reason) are a
 * `message`, read by that worker before anyone else; a reply in an inbox conversation is a `message` (messages.ts
 * reads the path). What the general rules did not read, and this module does:
 *
 * - A case handed on (caseManagementKind, `message`): words sent to a case's referrals, transfers, transfer requests or
 *   assigns, by the case's id or in bulk (Primero's POST /api/v2/cases/{id}/referrals `{ data: { transitioned_to,
 *   notes } }`, …/transfers, …/transfer_requests, …/assigns, PATCH …/transfers/{id} `{ status: rejected,
 *   rejected_reason }`). Only under a case-like record collection (CASE_RECORD): a site's /users/{id}/referrals is
 *   left to the older rules.
 * - A flag with its reason on a Primero record (caseFlagPath watched despite the skip list, `comment`): POST
 *   /api/v2/{cases|incidents|tracing_requests|families}/{id}/flags `{ data: { date, message } }` and the flag resolved
 *   with PATCH …/flags/{id} `{ data: { unflag_message } }`. A flag there is a warning to the case's workers, not a
 *   report of content to moderators, so the skip list's `flags` does not apply (as hc1's FHIR Flag). Since the
 *   review (cm1rev D4) only by Primero's own shape, its /api/v2/ record path and `data` wrapper: a crowd map's or a
 *   support desk's …/incidents/{id}/flag or …/cases/{id}/flags with a spam or fake reason stays a moderation report.
 * - A note written on a case-like record by its id, or on a new one (`comment`): Primero's PATCH /api/v2/cases/{id}
 *   with a notes, follow-up or services subform (`notes_section: [{ note_text }]`, `followup_comments`,
 *   `service_referral_notes`), CommCare's Case API v2 PUT /a/{domain}/api/case/v2/{id} `{ properties: { visit_notes
 *   } }`. Only where the words' field or its holder is named for a note, a comment, a narrative or an observation
 *   (NOTE_NAME): a case's description or name is left to the older rules.
 * - A form submitted with a case block (`comment`): CommCare's POST /a/{domain}/receiver/ XForm with a `case` element
 *   that creates or updates the case (CaseXML 2.0, read as JSON by xml-body.ts): the worker's words land on the case.
 * - DHIS2's tracker importer (`comment`): any words in POST /api/tracker (tracked entities, enrollments, events and their
 *   `notes`): it writes records of people and visits only, read by the programme's workers. Since the review (cm1rev
 *   D7, D2) only with DHIS2's import body (a top-level `events`, `enrollments`, `trackedEntities`,
 *   `trackedEntityInstances` or `relationships` array of objects naming a `program`, `orgUnit` or tracked entity
 *   type), and also on the older import paths /api/events, /api/enrollments and /api/trackedEntityInstances (the
 *   capture apps still save there); the last is watched despite the telemetry word `track` (dhis2ImportWatched).
 * - DHIS2's text/plain bodies (caseMessageBody, through gmail.ts's heuristicScope), read as `{ text }`: a reply in a
 *   message conversation and feedback (the path makes them messages; an internal reply, `?internal=true`, seen only
 *   by the feedback recipients, is a `comment` as hd1's internal notes), an interpretation on a chart, map or
 *   report and its comments (cm1rev D1; the older path rules make an interpretation a `post`, a comment under it a
 *   `comment`, J3). These are app-runtime's text/plain resources.
 * - Short words (caseShortWords, through longest-field.ts; cm1rev D5): a Primero flag's or transition's `message`,
 *   `unflag_message`, `notes` or `rejected_reason`, and a DHIS2 plain-text reply, read when three or more words
 *   with letters, as payments.ts reads a payment's note: these are labels and chat lines by design.
 * - A refusal's reason on a case transition by id (caseTransitionRefusal, through recruiting.ts's refusalReason):
 *   `rejected_reason` on PATCH …/transfers/{id} is read as a bare `reason` is, when nothing else is prose.
 * - Since the review (cm1rev): a Primero approval's notes (PATCH …/cases/{id}/approvals/{case_plan|closure|…}) and
 *   an attachment's comments (POST …/cases/{id}/attachments) are `comment`s on the case (D6); any words written to a
 *   Primero record by its id in its `data` object are a `comment` (J2: every field of a child's case has the same
 *   audience); CommCare Web Apps' form submission to formplayer (POST …/formplayer/submit-all `{ action:
 *   submit-all, answers }`) is a `comment` like the receiver's form, and its per-question `answer` calls publish
 *   nothing (formSessionStep, through refuses.ts); the secure receiver (…/receiver/secure/{app_id}/) and the Case
 *   API's upsert by external id (…/case/v2/ext/{external_id}/) are read as the plain ones (D3); an openIMIS ticket's
 *   `resolution` written through updateTicket is a `comment` on the ticket (J4); the Community Health Toolkit's SMS
 *   to a client (a `data_record` with `kujua_message` in POST …/_bulk_docs) is a `message`, a form's report on a
 *   patient there a `comment` (D8).
 *
 * - Since the rv22 review (D5, J4): CASA's (rubyforgood/casa) case contact notes, saved through the contact form's
 *   wizard steps (`…/case_contacts/{id}/form/{step}` with `case_contact[notes]`), and a follow-up's `note`
 *   (`…/case_contacts/{id}/followups`) are `comment`s on the child's case.
 *
 * What stays quiet by the older rules: assignments, acceptances, status moves, flags with no words, ids linked,
 * data-value imports of numbers, searches and bulk fetches, a registration of facts about a child (no prose).
 *
 * Sources (facts only): primeroIMS/primero doc/api (referrals, transfers, transfer_requests, assigns, flags, cases) and
 * app/javascript record-actions (notes, transitions, flagging); dhis2/capture-app (WidgetEnrollmentNote,
 * WidgetEventNote, tracker?async=false imports); dhis2/messaging-app src/api/api.js; dimagi/commcare-hq
 * docs/api/cases-v2.rst and the Submission API; openimis/openimis-fe-grievance_social_protection_js (createComment:
 * the older GraphQL rules read it already). Review cm1rev: dhis2/app-runtime textPlainMatchers.ts, dhis2/analytics
 * InterpretationsManager.js, dhis2/tracker-capture-app services.js, dimagi/commcare-hq web_form_session.js and
 * receiverwrapper/urls.py, primeroIMS/primero doc/api/approvals and attachments (as the review read them).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';
import { mutationRootField } from './drafts-collections';
import { isFreeText } from './free-text';

/** Segments longer than this are no collection's name. */
const SEGMENT_EXAMINED = 40;
/**
 * A case-like record collection: Primero's cases, incidents, tracing requests and families, CommCare's `case` (before
 * its API version). A word list is the only sign here; it is kept to the records the round's sources show (cm1rev M2
 * dropped households, beneficiaries and registrants: no source, and Zoom's registrants are no case).
 */
const CASE_RECORD = /^(?:cases?|incidents|tracing[_-]requests|famil(?:y|ies))$/i;
/** Primero's record types under /api/v2/ (its own shape: the sign a flag and any record words need, cm1rev D4, J2). */
const PRIMERO_RECORD = /^(?:cases|incidents|tracing_requests|families)$/;
/** What hands a case to another worker (Primero's transitions). */
const CASE_TRANSITION = /^(?:referrals|transfers|transfer[_-]requests|assigns|assignments)$/i;
/** The fields a transition's words are in: its notes, a refusal's reason, a message (cm1rev M4). */
const TRANSITION_WORDS = /^(?:notes?(?:_\w{1,30})?|\w{1,30}_reason|message|comments?)$/i;
/** A flag on a record. */
const FLAG_SEGMENT = /^flags?$/i;
/** A Primero approval by its id (…/approvals/case_plan), cm1rev D6. */
const APPROVAL_ID = /^(?:case_plan|closure|assessment|action_plan|gbv_closure)$/;
/** Documents attached to a record (…/attachments), cm1rev D6. */
const ATTACHMENTS = /^attachments$/i;
/** An API version segment (`v2`, `41`) between a collection and its id. */
const VERSION_SEGMENT = /^(?:v\d{1,2}(?:\.\d{1,2})?|\d{2})$/i;
/** A field or holder named for a note on a record (`note_text`, `followup_comments`, `visit_notes`, `notes_section`). */
const NOTE_NAME = /(?:^|[_-])(?:notes?|comments?|narratives?|observations?|remarks?)(?:[_-](?:text|body|value|section))?$/i;
/** Writes: the methods that send words. */
const WRITE_METHOD = /^(?:POST|PUT|PATCH)$/i;
/** DHIS2's message conversation by its 11-character id, or its feedback inbox. */
const CONVERSATION_REPLY = /\/messageConversations\/(?:[A-Za-z][A-Za-z0-9]{10}|feedback)\/?$/;
/**
 * DHIS2's interpretations sent as text/plain (app-runtime's textPlainMatchers): one created on a chart, map or report,
 * one edited by its id, a comment on one and a comment edited (cm1rev D1).
 */
const INTERPRETATION =
  /\/interpretations\/(?:(?:reportTable|chart|visualization|map|eventVisualization|eventReport|eventChart|dataSetReport)\/[A-Za-z][A-Za-z0-9]{10}|[A-Za-z][A-Za-z0-9]{10}(?:\/comments(?:\/[A-Za-z][A-Za-z0-9]{10})?)?)\/?$/;
/** DHIS2's older import paths (/api/events, /api/41/enrollments, /api/trackedEntityInstances/{uid}), cm1rev D2. */
const DHIS2_OLD_IMPORT = /^(?:events|enrollments|trackedEntityInstances)$/;
/** A DHIS2 uid: a letter and ten letters or digits. */
const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/;
/** The arrays a DHIS2 import body carries (tracker importer and the older one). */
const IMPORT_ARRAY = /^(?:trackedEntities|enrollments|events|relationships|trackedEntityInstances)$/;
/** What an imported object names that is DHIS2's own: the org unit, the programme stage, the tracked entity type (not a bare `program`: a conference's events have one). */
const IMPORT_ITEM_KEYS = ['orgUnit', 'trackedEntityType', 'programStage'] as const;
/** The older import path that the telemetry word `track` would skip (watches.ts), cm1rev D2. */
const TEI_PATH = /\/api\/(?:\d{2}\/)?trackedEntityInstances(?:\/[A-Za-z][A-Za-z0-9]{10})?\/?$/;
/** Short words read on a Primero flag or transition (cm1rev D5). */
const SHORT_CASE_FIELD = /^(?:message|unflag_message|notes|rejected_reason)$/;
/** A word with letters (payments.ts counts the same). */
const LETTER_WORD = /\p{L}/u;

/**
 * Where a case-like record sits in the path: the index of its collection segment, or -1. The collection is followed
 * by an id, by a version and an id (CommCare's case/v2/{id}), by a version, `ext` and an external id (CommCare's
 * upsert, cm1rev D3), or ends the path's record part at `at`.
 */
function caseRecordAt(segments: string[], at: number): number {
  for (let i = Math.min(at, segments.length - 1); i >= 0 && i >= at - 3; i--) {
    const seg = segments[i]!;
    if (seg.length > SEGMENT_EXAMINED || !CASE_RECORD.test(seg)) continue;
    // Incidents are a case record on Primero's path only; elsewhere they are an on-call tool's (incident-updates.ts; x5 review D2, D3).
    if (/^incidents$/i.test(seg) && !primeroRecord(segments, i)) continue;
    // Between the collection and `at`: nothing, an id, or a version then an id (or a version alone, a create).
    const between = segments.slice(i + 1, at + 1);
    if (between.length === 0) return i;
    if (between.length === 1 && (hasIdSegment(between[0]!) || VERSION_SEGMENT.test(between[0]!))) return i;
    if (between.length === 2 && VERSION_SEGMENT.test(between[0]!) && hasIdSegment(between[1]!)) return i;
    if (between.length === 3 && VERSION_SEGMENT.test(between[0]!) && /^ext$/i.test(between[1]!) && between[2]!.length > 0 && between[2]!.length <= 80) return i;
  }
  return -1;
}

/** Whether a Primero record (/api/v2/{cases|incidents|tracing_requests|families}) is at `i`. */
function primeroRecord(segments: string[], i: number): boolean {
  return i >= 2 && PRIMERO_RECORD.test(segments[i]!) && segments[i - 1] === 'v2' && segments[i - 2] === 'api';
}

/**
 * The index of a segment matching `name` that follows a case-like record (by id, or the collection itself for a bulk
 * action), optionally followed by its own id as the last segment; -1 if none.
 */
function actionOnCase(segments: string[], name: RegExp, ownId: (seg: string) => boolean = hasIdSegment): number {
  const n = segments.length;
  for (const i of [n - 1, n - 2]) {
    if (i < 1) continue;
    const seg = segments[i]!;
    if (seg.length > SEGMENT_EXAMINED || !name.test(seg)) continue;
    if (i === n - 2 && !ownId(segments[n - 1]!)) continue;
    if (caseRecordAt(segments, i - 1) >= 0) return i;
  }
  return -1;
}

/** A flag on a Primero record, by the record's id or in bulk (…/api/v2/cases/{id}/flags, …/flags/{id}, cases/flags): the index of `flags`, or -1. */
function primeroFlagAt(segments: string[]): number {
  const i = actionOnCase(segments, FLAG_SEGMENT);
  if (i < 0) return -1;
  const record = caseRecordAt(segments, i - 1);
  return primeroRecord(segments, record) ? i : -1;
}

/**
 * A flag on a Primero record sent with Primero's `data` wrapper: watched despite the skip list. Never a crowd map's or
 * a support desk's flag (…/api/incidents/{id}/flag, …/api/cases/{id}/flags): those report content (cm1rev D4).
 */
export function caseFlagPath(path: string, body?: string): boolean {
  // Cheapest sign first: most paths name no flag.
  if (!/flag/i.test(path) || path.length > 400) return false;
  if (primeroFlagAt(pathSegments(path)) < 0) return false;
  // Primero's `data` wrapper, with no moderation `reason` or `flag` code (a report of content keeps the skip list's `flags`).
  return body === undefined || (/^\s*\{\s*"data"\s*:\s*\{/.test(body) && !/"(?:reason|flag)"\s*:/.test(body));
}

/** Whether the body is Primero's `{ data: { … } }` (its client wraps every record write so). */
function primeroData(body: ParsedBody): boolean {
  return body.type === 'json' && isRecord(body.value) && isRecord(body.value.data);
}

/** A Primero flag's body: `{ data: { date, message } }` or `{ data: { unflag_message } }`, never a moderation `reason` or `flag` code (cm1rev D4). */
function primeroFlagBody(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !isRecord(body.value.data)) return false;
  const data = body.value.data;
  return !('reason' in data || 'flag' in data || 'reason' in body.value || 'flag' in body.value);
}

/** Whether the body holds a CaseXML block that creates, updates or closes a case (CommCare's `case` with `update`). */
function hasCaseBlock(body: ParsedBody): boolean {
  return hasKeyDeep(body, /^case$/, (v) => isRecord(v) && ('update' in v || 'create' in v || 'close' in v) && 'case_id' in v);
}

/**
 * CommCare's form receiver under a project space (/a/{domain}/receiver, /a/{domain}/receiver/{app_id},
 * /a/{domain}/receiver/secure/{app_id}: the phone app's default post_url, cm1rev D3).
 */
function formReceiver(segments: string[]): boolean {
  const n = segments.length;
  const receiver = (i: number) => /^receiver$/i.test(segments[i] ?? '');
  const at = receiver(n - 1) ? n - 1 : receiver(n - 2) ? n - 2 : receiver(n - 3) && /^secure$/i.test(segments[n - 2] ?? '') ? n - 3 : -1;
  return at >= 3 && segments[at - 2] === 'a';
}

/** CommCare Web Apps' form submission to formplayer (POST …/submit-all `{ action: submit-all, answers }`), cm1rev D3. */
function formplayerSubmit(segments: string[], body: ParsedBody): boolean {
  if (segments[segments.length - 1] !== 'submit-all' || body.type !== 'json' || !isRecord(body.value)) return false;
  return body.value.action === 'submit-all' && isRecord(body.value.answers);
}

/**
 * A step of a CommCare Web Apps form session that sends nothing: formplayer's `answer` (and other actions) posted as
 * each question is left, to the path named by its action, with the session's id (cm1rev D3): refused like a draft.
 */
export function formSessionStep(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value.action !== 'string') return false;
  const action = body.value.action;
  if (action === 'submit-all' || !('session-id' in body.value || 'session_id' in body.value)) return false;
  // Formplayer's own: the question's index (`ix`) or the form's answers; a chat's `{ action, session_id, text }` is no form.
  if (!('ix' in body.value || isRecord(body.value.answers))) return false;
  const segments = pathSegments(path);
  return segments[segments.length - 1] === action;
}

/**
 * Whether the body is a DHIS2 import: an import array of objects naming an org unit, a programme stage or a tracked
 * entity type, or one tracked entity with its org unit (a PUT by uid).
 */
function dhis2ImportBody(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const value = body.value;
  const names = (item: unknown) => isRecord(item) && IMPORT_ITEM_KEYS.some((k) => k in item);
  let keys = 0;
  for (const key in value) {
    if (++keys > 20) break;
    const list = value[key];
    if (IMPORT_ARRAY.test(key) && Array.isArray(list) && list.slice(0, 20).some(names)) return true;
  }
  // A tracked entity updated by its uid (PUT /api/trackedEntityInstances/{uid}) sends the one object.
  return 'orgUnit' in value && ('program' in value || 'trackedEntityType' in value);
}

/**
 * DHIS2's importers with an import body: /api/tracker (cm1), and the older /api/events, /api/enrollments and
 * /api/trackedEntityInstances, by a version or not, optionally by a uid (cm1rev D2, D7).
 */
function dhis2Import(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  let i = n - 1;
  if (DHIS2_UID.test(segments[i] ?? '') && DHIS2_OLD_IMPORT.test(segments[i - 1] ?? '')) i--;
  const last = segments[i] ?? '';
  if (!/^tracker$/i.test(last) && !DHIS2_OLD_IMPORT.test(last)) return false;
  const before = segments[i - 1] ?? '';
  const api = /^api$/i.test(before) || (VERSION_SEGMENT.test(before) && /^api$/i.test(segments[i - 2] ?? ''));
  return api && dhis2ImportBody(body);
}

/** DHIS2's older tracked-entity import with an org unit in its body: watched despite the telemetry word `track` (cm1rev D2). */
export function dhis2ImportWatched(path: string, body: string | undefined): boolean {
  return /trackedEntityInstances/.test(path) && TEI_PATH.test(path) && body !== undefined && body.includes('"orgUnit"');
}

/** Whether `text` is a string within `value`, looked for at most `depth` levels down (a report's form fields). */
function holdsText(value: unknown, text: string, depth: number): boolean {
  if (value === text) return true;
  if (depth === 0 || value === null || typeof value !== 'object') return false;
  const items = Array.isArray(value) ? value.slice(0, 50) : Object.values(value as Record<string, unknown>).slice(0, 100);
  return items.some((v) => holdsText(v, text, depth - 1));
}

/**
 * The kind of words the Community Health Toolkit's web app writes to CouchDB (POST …/_bulk_docs; online saves and
 * offline users' sync alike), cm1rev D8: an SMS (a `data_record` with `kujua_message`, the text in a task's
 * messages) is a `message` to the client's phone; a report (a `data_record` with its `form` and the form's
 * `fields` holding the words) is a `comment` on the patient's record, as CommCare's forms are. The doc type and flag
 * are CHT's own; other CouchDB apps' bulk writes are left as they were.
 */
function chtKind(segments: string[], body: ParsedBody, found: FreeText): PostKind | undefined {
  if (segments[segments.length - 1] !== '_bulk_docs' || body.type !== 'json' || !isRecord(body.value) || !Array.isArray(body.value.docs)) return undefined;
  for (const doc of body.value.docs.slice(0, 50)) {
    if (!isRecord(doc) || doc.type !== 'data_record') continue;
    if (doc.kujua_message === true && Array.isArray(doc.tasks) && holdsText(doc.tasks, found.text, 4)) return 'message';
    if (typeof doc.form === 'string' && isRecord(doc.fields) && holdsText(doc.fields, found.text, 4)) return 'comment';
  }
  return undefined;
}

/** Whether the words found sit in a field, or under a holder, named for a note on a record. */
function noteWords(found: FreeText): boolean {
  const field = fieldLeaf(found.field);
  return (field.length <= SEGMENT_EXAMINED && NOTE_NAME.test(field)) || (found.container !== undefined && found.container.length <= SEGMENT_EXAMINED && NOTE_NAME.test(found.container));
}

/** A Primero approval by its id on a case-like record (…/cases/{id}/approvals/case_plan), cm1rev D6. */
function approvalOnCase(segments: string[]): boolean {
  const n = segments.length;
  return n >= 3 && APPROVAL_ID.test(segments[n - 1]!) && actionOnCase(segments, /^approvals$/, (seg) => APPROVAL_ID.test(seg)) >= 0;
}

/** Whether the path ends at a Primero record by its id (PATCH /api/v2/cases/{id}), cm1rev J2. */
function primeroRecordById(segments: string[]): boolean {
  const n = segments.length;
  return n >= 4 && hasIdSegment(segments[n - 1]!) && primeroRecord(segments, n - 2);
}

/**
 * An openIMIS ticket's resolution written through updateTicket (cm1rev J4), read alone: the client resends the whole
 * ticket (its description, the complainant's words logged before), and the officer's words now are the resolution.
 * Undefined for any other body.
 */
export function ticketResolutionText(body: ParsedBody, min: number): FreeText | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value.query !== 'string' || !body.value.query.includes('updateTicket')) return undefined;
  if (mutationRootField(body) !== 'updateTicket') return undefined;
  const variables = body.value.variables;
  if (!isRecord(variables)) return undefined;
  const resolution = isRecord(variables.input) ? variables.input.resolution : variables.resolution;
  return typeof resolution === 'string' && isFreeText(resolution, min) ? { text: resolution, field: 'resolution' } : undefined;
}

/** An openIMIS ticket's resolution written through updateTicket (cm1rev J4): the words found are the resolution. */
function ticketResolution(body: ParsedBody, found: FreeText): boolean {
  return fieldLeaf(found.field) === 'resolution' && mutationRootField(body) === 'updateTicket';
}

/** CASA's case contacts (rubyforgood/casa: /case_contacts/{id}/form/{step}, /case_contacts/{id}/followups; rv22 review D5). */
const CASA_CONTACTS = /^case_contacts$/;
const CASA_FORM = /^form$/;
const CASA_FOLLOWUPS = /^followups$/;

/**
 * A CASA volunteer's words on a child's case contact (rv22 review D5, J4): the contact form's notes (any wizard step,
 * `case_contact[notes]`) and a follow-up's `note` (it notifies the supervisor, but hangs on the contact). A comment on
 * the case record, as cm1 decided for a note on a case.
 */
function casaContactNote(segments: string[], found: FreeText): boolean {
  const n = segments.length;
  if (n >= 4 && CASA_FORM.test(segments[n - 2]!) && CASA_CONTACTS.test(segments[n - 4]!) && hasIdSegment(segments[n - 3]!)) return fieldLeaf(found.field) === 'notes';
  return n >= 3 && CASA_FOLLOWUPS.test(segments[n - 1]!) && CASA_CONTACTS.test(segments[n - 3]!) && hasIdSegment(segments[n - 2]!) && fieldLeaf(found.field) === 'note';
}

/**
 * The kind of a caseworker's words on a case-management record: a case handed on with words (a message), a flag's or
 * a note's words on the record, a form's case update, a tracker import's words (comments); undefined otherwise.
 */
export function caseManagementKind(url: URL, path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (!WRITE_METHOD.test(method) || path.length > 400) return undefined;
  // A DHIS2 internal reply is seen by the feedback recipients only, colleagues on the ticket (cm1rev J1, as hd1).
  if (CONVERSATION_REPLY.test(path) && url.searchParams.get('internal') === 'true') return 'comment';
  if (ticketResolution(body, found)) return 'comment';
  const segments = pathSegments(path);
  // A CASA volunteer's case contact notes or follow-up note (rv22 review D5, J4).
  if (casaContactNote(segments, found)) return 'comment';
  // A CHW's SMS to a client's phone, a report on a patient (cm1rev D8).
  const cht = chtKind(segments, body, found);
  if (cht) return cht;
  // A transition's words: its notes or a refusal's reason (cm1rev M4), not whatever else the body holds.
  if (actionOnCase(segments, CASE_TRANSITION) >= 0) return TRANSITION_WORDS.test(fieldLeaf(found.field)) ? 'message' : undefined;
  if (primeroFlagAt(segments) >= 0) return primeroFlagBody(body) ? 'comment' : undefined;
  if (dhis2Import(segments, body)) return 'comment';
  if ((formReceiver(segments) && hasCaseBlock(body)) || formplayerSubmit(segments, body)) return 'comment';
  // An approval's notes, an attachment's comments on the case (cm1rev D6).
  if ((approvalOnCase(segments) || actionOnCase(segments, ATTACHMENTS) >= 0) && noteWords(found)) return 'comment';
  // Any words written to a Primero record by its id, in its `data` object (cm1rev J2).
  if (primeroRecordById(segments) && primeroData(body)) return 'comment';
  // A note on the record itself: the path ends at the record (by id, or its collection for a new one).
  if (caseRecordAt(segments, segments.length - 1) >= 0 && noteWords(found)) return 'comment';
  return undefined;
}

/**
 * A refusal on a case's transition by id (…/cases/{id}/transfers/{id}): recruiting.ts's refusalReason reads its
 * `*_reason` as a bare `reason` (one predicate for a refusal's reason, cm1rev M3).
 */
export function caseTransitionRefusal(path: string): boolean {
  const segments = pathSegments(path);
  const i = actionOnCase(segments, CASE_TRANSITION);
  return i >= 0 && i === segments.length - 2;
}

/**
 * Short words on a case's flag or transition (Primero's `message`, `unflag_message`, `notes`, `rejected_reason`) and
 * a DHIS2 plain-text reply's `text`, read when they are three or more words with letters (cm1rev D5).
 */
export function caseShortWords(name: string, text: string, path: string | undefined): boolean {
  if (path === undefined || text.length > 400 || path.length > 400) return false;
  const leaf = fieldLeaf(name);
  if (leaf === 'text') {
    if (!CONVERSATION_REPLY.test(path)) return false;
  } else {
    if (!SHORT_CASE_FIELD.test(leaf)) return false;
    const segments = pathSegments(path);
    const flag = primeroFlagAt(segments);
    const transition = flag >= 0 ? flag : actionOnCase(segments, CASE_TRANSITION);
    if (transition < 0 || !primeroRecord(segments, caseRecordAt(segments, transition - 1))) return false;
  }
  return text.trim().split(/\s+/).filter((w) => LETTER_WORD.test(w)).length >= 3;
}

/**
 * DHIS2's text/plain bodies, read as `{ text }`: a reply to a message conversation or feedback (POST
 * /api/messageConversations/{id}, …/feedback), an interpretation created or edited, a comment on one (cm1rev D1).
 * Undefined for anything else.
 */
export function caseMessageBody(path: string, body: ParsedBody): ParsedBody | undefined {
  if (body.type !== 'text' || path.length > 400 || !(CONVERSATION_REPLY.test(path) || INTERPRETATION.test(path))) return undefined;
  return { type: 'json', value: { text: body.text } };
}
