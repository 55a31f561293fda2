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
 * - A flag with its reason on a case-like record (caseFlagPath watched despite the skip list, `comment`): Primero's
 *   POST /api/v2/{cases|incidents|tracing_requests}/{id}/flags `{ data: { date, message } }` and the flag resolved
 *   with PATCH …/flags/{id} `{ data: { unflag_message } }`. A flag there is a warning to the case's workers, not a
 *   report of content to moderators, so the skip list's `flags` does not apply (as hc1's FHIR Flag).
 * - A note written on a case-like record by its id, or on a new one (`comment`): Primero's PATCH /api/v2/cases/{id}
 *   with a notes, follow-up or services subform (`notes_section: [{ note_text }]`, `followup_comments`,
 *   `service_referral_notes`), CommCare's Case API v2 PUT /a/{domain}/api/case/v2/{id} `{ properties: { visit_notes
 *   } }`. Only where the words' field or its holder is named for a note, a comment, a narrative or an observation
 *   (NOTE_NAME): a case's description or name is left to the older rules.
 * - A form submitted with a case block (`comment`): CommCare's POST /a/{domain}/receiver/ XForm with a `case` element
 *   that creates or updates the case (CaseXML 2.0, read as JSON by xml-body.ts): the worker's words land on the case.
 * - DHIS2's tracker importer (`comment`): any words in POST /api/tracker (tracked entities, enrollments, events and their
 *   `notes`): it writes records of people and visits only, read by the programme's workers.
 * - DHIS2's reply in a message conversation sent as a plain-text body (caseMessageBody, through gmail.ts's
 *   heuristicScope): POST /api/messageConversations/{id} with the reply as text/plain is read as `{ text }`; the
 *   path makes it a message.
 * - A refusal's reason on a case transition by id (caseTransitionReason, through longest-field.ts): `rejected_reason`
 *   on PATCH …/transfers/{id} is read as a bare `reason` is, when nothing else is prose.
 *
 * What stays quiet by the older rules: assignments, acceptances, status moves, flags with no words, ids linked,
 * data-value imports of numbers, searches and bulk fetches, a registration of facts about a child (no prose).
 *
 * Sources (facts only): primeroIMS/primero doc/api (referrals, transfers, transfer_requests, assigns, flags, cases) and
 * app/javascript record-actions (notes, transitions, flagging); dhis2/capture-app (WidgetEnrollmentNote,
 * WidgetEventNote, tracker?async=false imports); dhis2/messaging-app src/api/api.js; dimagi/commcare-hq
 * docs/api/cases-v2.rst and the Submission API; openimis/openimis-fe-grievance_social_protection_js (createComment:
 * the older GraphQL rules read it already).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';

/** Segments longer than this are no collection's name. */
const SEGMENT_EXAMINED = 40;
/**
 * A case-like record collection: Primero's cases, incidents, tracing requests and families, CommCare's `case` (before
 * its API version), and the households, beneficiaries and registrants of protection and social-protection registries.
 * A word list is the only sign here; it is kept to records of people (not `children`: a block's children in Notion).
 */
const CASE_RECORD = /^(?:cases?|incidents|tracing[_-]requests|famil(?:y|ies)|households|beneficiaries|registrants)$/i;
/** What hands a case to another worker (Primero's transitions). */
const CASE_TRANSITION = /^(?:referrals|transfers|transfer[_-]requests|assigns|assignments)$/i;
/** A flag on a record. */
const FLAG_SEGMENT = /^flags?$/i;
/** An API version segment (`v2`, `41`) between a collection and its id. */
const VERSION_SEGMENT = /^(?:v\d{1,2}(?:\.\d{1,2})?|\d{2})$/i;
/** A field or holder named for a note on a record (`note_text`, `followup_comments`, `visit_notes`, `notes_section`). */
const NOTE_NAME = /(?:^|[_-])(?:notes?|comments?|narratives?|observations?|remarks?)(?:[_-](?:text|body|value|section))?$/i;
/** Writes: the methods that send words. */
const WRITE_METHOD = /^(?:POST|PUT|PATCH)$/i;
/** A refusal's reason on a transition (`rejected_reason`, `rejection_reason`, `decline_reason`). */
const REFUSAL_REASON = /^(?:reject(?:ed|ion)?|declined?|decline)_reason$/i;
/** DHIS2's message conversation by its 11-character id, or its feedback inbox. */
const CONVERSATION_REPLY = /\/messageConversations\/(?:[A-Za-z][A-Za-z0-9]{10}|feedback)\/?$/;

/**
 * Where a case-like record sits in the path: the index of its collection segment, or -1. The collection is followed
 * by an id, by a version and an id (CommCare's case/v2/{id}), or ends the path's record part at `at`.
 */
function caseRecordAt(segments: string[], at: number): number {
  for (let i = Math.min(at, segments.length - 1); i >= 0 && i >= at - 3; i--) {
    const seg = segments[i]!;
    if (seg.length > SEGMENT_EXAMINED || !CASE_RECORD.test(seg)) continue;
    // Between the collection and `at`: nothing, an id, or a version then an id (or a version alone, a create).
    const between = segments.slice(i + 1, at + 1);
    if (between.length === 0) return i;
    if (between.length === 1 && (hasIdSegment(between[0]!) || VERSION_SEGMENT.test(between[0]!))) return i;
    if (between.length === 2 && VERSION_SEGMENT.test(between[0]!) && hasIdSegment(between[1]!)) return i;
  }
  return -1;
}

/**
 * The index of a segment matching `name` that follows a case-like record (by id, or the collection itself for a bulk
 * action), optionally followed by its own id as the last segment; -1 if none.
 */
function actionOnCase(segments: string[], name: RegExp): number {
  const n = segments.length;
  for (const i of [n - 1, n - 2]) {
    if (i < 1) continue;
    const seg = segments[i]!;
    if (seg.length > SEGMENT_EXAMINED || !name.test(seg)) continue;
    if (i === n - 2 && !hasIdSegment(segments[n - 1]!)) continue;
    if (caseRecordAt(segments, i - 1) >= 0) return i;
  }
  return -1;
}

/** A flag on a case-like record, by the record's id or in bulk (Primero's …/cases/{id}/flags, …/flags/{id}, cases/flags): watched. */
export function caseFlagPath(path: string): boolean {
  // Cheapest sign first: most paths name no flag.
  if (!/flag/i.test(path) || path.length > 400) return false;
  return actionOnCase(pathSegments(path), FLAG_SEGMENT) >= 0;
}

/** Whether the body holds a CaseXML block that creates, updates or closes a case (CommCare's `case` with `update`). */
function hasCaseBlock(body: ParsedBody): boolean {
  return hasKeyDeep(body, /^case$/, (v) => isRecord(v) && ('update' in v || 'create' in v || 'close' in v) && 'case_id' in v);
}

/** CommCare's form receiver under a project space (/a/{domain}/receiver, /a/{domain}/receiver/{app_id}). */
function formReceiver(segments: string[]): boolean {
  const n = segments.length;
  const at = /^receiver$/i.test(segments[n - 1] ?? '') ? n - 1 : /^receiver$/i.test(segments[n - 2] ?? '') ? n - 2 : -1;
  return at >= 3 && segments[at - 2] === 'a';
}

/** DHIS2's tracker importer (/api/tracker, /api/41/tracker). */
function trackerImport(segments: string[]): boolean {
  const n = segments.length;
  if (!/^tracker$/i.test(segments[n - 1] ?? '')) return false;
  const before = segments[n - 2] ?? '';
  return /^api$/i.test(before) || (VERSION_SEGMENT.test(before) && /^api$/i.test(segments[n - 3] ?? ''));
}

/** Whether the words found sit in a field, or under a holder, named for a note on a record. */
function noteWords(found: FreeText): boolean {
  const field = fieldLeaf(found.field);
  return (field.length <= SEGMENT_EXAMINED && NOTE_NAME.test(field)) || (found.container !== undefined && found.container.length <= SEGMENT_EXAMINED && NOTE_NAME.test(found.container));
}

/**
 * The kind of a caseworker's words on a case-management record: a case handed on with words (a message), a flag's or
 * a note's words on the record, a form's case update, a tracker import's words (comments); undefined otherwise.
 */
export function caseManagementKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (!WRITE_METHOD.test(method) || path.length > 400) return undefined;
  const segments = pathSegments(path);
  if (actionOnCase(segments, CASE_TRANSITION) >= 0) return 'message';
  if (actionOnCase(segments, FLAG_SEGMENT) >= 0) return 'comment';
  if (trackerImport(segments)) return 'comment';
  if (formReceiver(segments) && hasCaseBlock(body)) return 'comment';
  // A note on the record itself: the path ends at the record (by id, or its collection for a new one).
  if (caseRecordAt(segments, segments.length - 1) >= 0 && noteWords(found)) return 'comment';
  return undefined;
}

/** A refusal's reason (`rejected_reason`) sent to a case's transition by id (…/cases/{id}/transfers/{id}): read when nothing else is prose. */
export function caseTransitionReason(name: string, path: string | undefined): boolean {
  if (path === undefined || !REFUSAL_REASON.test(fieldLeaf(name))) return false;
  const segments = pathSegments(path);
  const i = actionOnCase(segments, CASE_TRANSITION);
  return i >= 0 && i === segments.length - 2;
}

/**
 * A reply sent as a plain-text body to a DHIS2 message conversation (POST /api/messageConversations/{id}, the reply's
 * words as text/plain): read as `{ text }`. Undefined for anything else.
 */
export function caseMessageBody(path: string, body: ParsedBody): ParsedBody | undefined {
  if (body.type !== 'text' || path.length > 400 || !CONVERSATION_REPLY.test(path)) return undefined;
  return { type: 'json', value: { text: body.text } };
}
