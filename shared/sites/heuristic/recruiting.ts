/**
 * Recruiting: applicant tracking systems (round at1). Where an interviewer or recruiter writes about a named candidate —
 * the identifiable third party of the issue ("Priya was painfully slow on the coding task, hard no"). Kinds as earlier
 * rounds decided them (u4, hd1, cr1, hr1): words the hiring team reads on a candidate's record are a comment, mail to
 * the candidate a message, a job posting published to the careers site and job boards a post (the general rules read
 * those already). The general rules took an ATS note for a post, a rejection's notes for a message, or did not look:
 *
 * - A note, comment, feedback form, scorecard or rating filed under a candidate's, applicant's, application's or
 *   opportunity's record by its id (Greenhouse Harvest's POST /v1/candidates/{id}/activity_feed/notes, Lever's
 *   /opportunities/{id}/feedback, Recruitee's /c/{company}/candidates/{id}/notes, BambooHR's
 *   …/applicant_tracking/applications/{id}/comments, Fountain's /v2/applicants/{id}/notes) is a comment; one that
 *   names recipients is mail from the record (a message), as crm-streams.ts has it for a client's record.
 * - An RPC method named for such a record and such words (Ashby's POST /candidate.createNote and
 *   /applicationFeedback.submit, Frappe HR's …interview.create_interview_feedback) is a comment; a method that reads
 *   (Ashby's candidate.listNotes, search, info) or names no words (changeStage, addTag) is not one.
 * - A notes collection whose body names the candidate or applicant (`applicant_id`, `candidateId`) is a comment on
 *   that record: crm-streams.ts's record-link rule reads them beside a client's record links (review at1rev J5: one
 *   rule, not two copies); `application_id` is not read there, being as often a client app's id (M3).
 * - A rejection's or disqualification's `notes` (Greenhouse's POST /v1/applications/{id}/reject: "added to the
 *   activity feed", the mail to the candidate being a template) and its written `*_reason` (Workable's
 *   `disqualification_reason`, internal; review at1rev J2) are a comment, by POST, PUT or PATCH alike (M5); a bare
 *   `reason` stays a message as round p1 decided. longest-field.ts reads a `*_reason` on any refusal by id
 *   (reject, decline, disqualify, disapprove: a leave request's, an offer's) as a bare `reason` through refusalReason,
 *   kind.ts's refusal rule making it a message (J4); a report's, a flag's, a moderation queue's and a cancellation's
 *   reasons stay unread.
 * - A record's id may be a prefixed token (Homerun's /job-applications/ja_7Hk2p9Qx/notes, ja_abcdefgh; review M4).
 * - A message shared on a shares path (SmartRecruiters' POST /messages/shares) with a job's hiring team, as an open
 *   note on the candidate or with everyone (`shareWith { hiringTeamOf | openNote | everyone }`) is read on the
 *   candidate's profile: a comment; shared with named users alone it stays a message (M2, J3).
 * - Frappe HR's Interview Feedback is a comment by every Frappe route people-feedback.ts reads (savedocs' Submit,
 *   frappe.client.insert and submit, /api/resource and /api/v2/document; review at1rev D2); savedocs is watched here
 *   for it (the skip list hides its `save`). A Frappe method's arguments sent as JSON strings in a JSON body
 *   (create_interview_feedback's `data`) are parsed as a form's are (frappeMethodArgs, through gmail.ts's
 *   heuristicScope; D3).
 * - An interview panel's note (Lever's POST /opportunities/{id}/panels) is read by the interviewers: a comment (M6).
 * - An interview scheduled with words for the candidate (an invitation's `message` filled, or prose in a subject or
 *   agenda of an interview set for a named candidate or application) is a message; one scheduled with times,
 *   interviewers and a place alone (Greenhouse's POST /v2/scheduled_interviews) publishes nothing. Read by values,
 *   not key names: any other field of prose keeps it from being silenced (a CMS's interview article; review D1).
 * - Round r18 (a recheck against Teamtailor, Zoho Recruit, Manatal, Traffit and Odoo Recruitment, which at1 never
 *   cited): a note written or edited in a recruiting API's own notes collection (Zoho Recruit's PUT /recruit/v2/Notes
 *   with `data: [{ id, Note_Content }]`: the note's candidate is named only when it is created, by `Parent_Id` and
 *   `se_module`) is a comment: an ATS's notes are on candidates, jobs and clients, read by the hiring team. The API is
 *   told recruiting by a segment among the path's first three (`recruit`, `recruiting`, `recruitment`, `ats`,
 *   `hiring`, `talent`, `applicant_tracking`); a notes app's own notes, with no such segment, are left as they were.
 *   Source: Zoho Recruit developer guide, API v2 Notes (update-notes.html; the Widgets API's createNotes).
 * - Mend of r18 after its review (r18rev; the lead's calls): the scope word counts only as the path's first segment or
 *   just before a version segment (`/recruit/v2/`, `/api/ats/v1/`), not anywhere among the first three (J1); a note in
 *   such a collection marked `visibility: public`, or naming a note or comment it answers, falls through to the
 *   general rules (J1). Zoho's bulk edit by the note's id is read in any CRM or ATS family by crm-streams.ts (D1).
 *   A note entity typed by the record it is on (Bullhorn's PUT /entity/Note with `personReference`, `candidates`,
 *   `clientContacts` or `jobOrder`; its POST /entity/Note/{id} update with words) is a comment (D2; source:
 *   bullhorn/rest-api-docs _entity.md, Bullhorn's Note fields). A unified ATS activity typed NOTE (Merge's POST
 *   /api/ats/v1/activities, `model.activity_type`) is a comment, one typed EMAIL on a candidate a message (D3; source:
 *   merge-api/merge-ats-ruby docs/ActivityRequest.md).
 * What is left to the general rules and is quiet there: stage moves, tags, ratings without words, searches.
 * BambooHR's applicant tracking paths hold `tracking`, which the watch list skips as a tracker's: its notes and
 * comments paths are watched here.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord, parseBody } from '../body';
import { hasFieldWhere, hasKeyDeep, topLevelString } from './body-fields';
import { jsonObject } from './field-values';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { NOTE_ENTITY } from './groups-and-clubs';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { caseTransitionRefusal } from './case-management';
import { FRAPPE_CLIENT_WRITE, FRAPPE_SAVEDOCS, frappeWritten } from './people-feedback';
import { ANY_RECIPIENT_KEY, CAMEL_REPLY_TO_FIELD, EXPLICIT_PARENT_FIELD } from './words';

/** A segment naming a candidate's record in an ATS (Lever calls it an opportunity, Frappe a job applicant). */
const CANDIDATE_RECORD = /^(?:candidates?|applicants?|job[-_]?applicants?|(?:job[-_]?)?applications?|opportunit(?:y|ies)|prospects?)$/i;
/**
 * Words filed on such a record: notes, comments, interview feedback, scorecards, evaluations, ratings, and an interview
 * panel's notes, which its interviewers read (Lever's POST /opportunities/{id}/panels `note`, review at1rev M6).
 */
const WORDS_COLLECTION = /^(?:notes?|comments?|feedbacks?|score[-_]?cards?|evaluations?|ratings?|assessments?|panels?)$/i;
/** Segments that may sit between the record's id and its words (Greenhouse's …/{id}/activity_feed/notes). */
const BETWEEN_SEGMENT = /^(?:activity[-_]?feed|activit(?:y|ies)|timeline|link)$/i;
/** A refusal of a candidate, as the path's last segment. */
const REFUSAL_SEGMENT = /^(?:reject|disqualify|decline|archive)$/i;
/** A refusal of anything by id (a leave request, an offer, a submission), as the path's last segment (review at1rev J4). */
const REFUSAL_BY_ID = /^(?:reject|decline|disqualify|disapprove)$/i;
/** Paths where a refusal is a moderator's (a report, a flag, a moderation queue): their reasons stay unread. */
const MODERATION_SEGMENT = /^(?:moderat\w*|mod[-_]?queue|review[-_]?queue|queue|reports?|reported|flags?|flagged|abuse|spam)$/i;
/** `*_reason` names that are a report's, a flag's or a cancellation's (calendars.ts reads cancellations), never a refusal's. */
const NOT_REFUSAL_REASON = /^(?:report|flag|abuse|spam|moderation|cancel\w*)_?reason$/i;
/** The refusal's internal notes (Greenhouse's `notes`), not a `reason` a candidate may be told. */
const NOTES_FIELD = /^(?:notes?|internal[-_]?notes?|comments?)$/i;
/** Record words in an RPC method's name, and the words it files. */
const RECORD_WORD = /^(?:candidates?|applicants?|applications?|interviews?|interviewers?|opportunit(?:y|ies))$/;
const WORDS_WORD = /^(?:notes?|comments?|feedbacks?|scorecards?|evaluations?)$/;
/** An RPC method that reads rather than writes (Ashby's reads are POSTs too: candidate.listNotes, candidate.info). */
const READ_WORD = /^(?:list|get|info|search|find|fetch|read|count|export)$/;
/** A field naming the candidate or application an interview is set for. */
const CANDIDATE_LINK_FIELD = /^(?:candidate|applicant|job_?applicant|application|job_?application)_?id$/i;
/** A shares collection (SmartRecruiters' POST /messages/shares): the share rule reads nothing else (review at1rev M2). */
const SHARES_SEGMENT = /^shares$/i;
/** A share's audience object, and the audiences that read it on the candidate's profile: the hiring team, an open note, everyone (J3). */
const SHARE_AUDIENCE_KEY = /^share_?with$/i;
const HIRING_TEAM_KEY = /^(?:hiring_?team_?of|hiring_?teams?|open_?note|everyone)$/i;
/** Frappe HR's Interview Feedback doctype. */
const INTERVIEW_FEEDBACK_DOCTYPE = /^interview feedback$/i;
/** Frappe's whitelisted methods (/api/method/…), whose arguments API clients may send as JSON strings in a JSON body. */
const FRAPPE_METHOD_PATH = /(?:^|\/)api\/method\/[\w.]+\/?$/i;
const FRAPPE_JSON_ARG = ['data', 'doc', 'args'] as const;
/** An applicant tracking path (BambooHR's /v1/applicant_tracking/…). */
const APPLICANT_TRACKING_SEGMENT = /^applicant[-_]?tracking$/i;
/**
 * A recruiting API named by a path segment (Zoho Recruit's /recruit/v2/…, Merge's /api/ats/v1/…; round r18), read only
 * as the first segment or just before a version segment (r18rev J1).
 */
const ATS_SCOPE_SEGMENT = new RegExp(`^(?:recruit(?:ing|ment)?|ats|hiring|talent)$|${APPLICANT_TRACKING_SEGMENT.source}`, 'i');
/** An API version segment (`v2`, `v2.1`). */
const VERSION_SEGMENT = /^v\d+(?:\.\d+)?$/i;
/** An audience that makes a note published rather than the hiring team's (r18rev J1). */
const PUBLIC_VISIBILITY_KEY = /^(?:visibility|audience|privacy)$/i;
/** A note answering another note or comment (r18rev J1): left to the general reply rules. Not Zoho's `Parent_Id`, the record. */
const ANSWERED_NOTE_FIELD = /^parent_?(?:note|comment)_?id$/i;
/** A REST API's entity segment before an entity type (Bullhorn's /entity/Note). */
const ENTITY_SEGMENT = /^entit(?:y|ies)$/i;
/** The records a typed note entity is on (Bullhorn's `personReference`, `candidates`, `clientContacts`, `jobOrder`; r18rev D2). */
const NOTE_RECORD_REFERENCE = /^(?:person_?reference|candidates?|client_?contacts?|job_?orders?|placements?|opportunit(?:y|ies)|leads?)$/i;
/** A unified ATS's activity type (Merge's `activity_type`: NOTE, EMAIL, OTHER; r18rev D3). */
const ACTIVITY_TYPE_KEY = /^activity_?type$/i;
/** An activities collection (Merge's /ats/v1/activities). */
const ACTIVITIES_SEGMENT = /^activit(?:y|ies)$/i;
/** A field naming the candidate or application an activity is on (Merge's `candidate`, a `candidate_id`). */
const CANDIDATE_FIELD = /^(?:candidate|applicant|application)(?:_?id)?$/i;
/** An interviews collection or scheduling method (Greenhouse's /v2/scheduled_interviews). */
const INTERVIEW_SCHEDULE_SEGMENT = /^(?:scheduled[-_]?)?interviews?$|^(?:schedule[-_]?interviews?|interviews?[-_.]schedule)$/i;
/** A time the interview is set for. */
const TIME_KEY = /^(?:start|end|starts?_?at|ends?_?at|start_?time|end_?time|date_?time|scheduled_?at)$/i;
/** Fields whose words would reach the candidate or the panel with the invitation. */
const INVITATION_WORDS_KEY = /^(?:message|messages|note|notes|body|description|comment|comments|instructions?|content|text|email_?body|candidate_?message)$/i;
/**
 * Fields of an interview that hold no one's words: its times, place, time zone, links and ids. Any other field holding
 * prose (a subject, a summary, an agenda) keeps the interview from being silenced (review at1rev D1).
 */
const NOT_WORDS_KEY = /^(?:start|end|starts?_?at|ends?_?at|start_?time|end_?time|date_?time|date|time|scheduled_?at|time_?zone|timezone|tz|location|place|room|venue|address|url|link|meeting_?url|video_?link|conference_?url|e?mail|status|response_?status|type)$|(?:^|_)ids?$|[a-z]Ids?$/i;

/** The words of an RPC method's name (`candidate.createNote` → candidate, create, note), lower-cased. */
function methodWords(segment: string): string[] {
  return segment.slice(0, 160).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s._-]+/);
}

/**
 * A record's id after a candidate segment: any id hasIdSegment knows, or a short lower-case prefix and an underscore
 * before a token (Homerun's `ja_7Hk2p9Qx` and `ja_abcdefgh`, Deel's `app_88412`) — a digit, a capital, or eight
 * characters or more after the prefix — never a word with a digit such as `summer-2026` or `oauth2` (review at1rev M4).
 */
function recordId(segment: string): boolean {
  if (hasIdSegment(segment)) return true;
  const prefixed = /^[a-z]{1,5}_([A-Za-z0-9]{4,40})$/.exec(segment);
  return prefixed !== null && (/[\dA-Z]/.test(prefixed[1]!) || prefixed[1]!.length >= 8);
}

/** Words filed under a candidate's record by id (…/candidates/{id}/notes, …/{id}/activity_feed/notes). */
function underCandidateRecord(segments: string[]): boolean {
  const n = segments.length;
  if (n < 3 || !WORDS_COLLECTION.test(segments[n - 1]!)) return false;
  for (let i = n - 3; i >= Math.max(0, n - 4); i--) {
    if (!CANDIDATE_RECORD.test(segments[i]!) || !recordId(segments[i + 1]!)) continue;
    if (segments.slice(i + 2, n - 1).every((s) => BETWEEN_SEGMENT.test(s))) return true;
  }
  return false;
}

/** A recruiting API named by the path: its first segment, or the segment just before a version (r18rev J1). */
function atsScoped(segments: string[]): boolean {
  const first = segments[0] === '' ? 1 : 0;
  if (ATS_SCOPE_SEGMENT.test(segments[first] ?? '')) return true;
  // A version sits among a path's first segments; a long path is not walked (its cost is the hostile bench's).
  for (let i = first + 1; i < Math.min(segments.length - 1, first + 5); i++) if (VERSION_SEGMENT.test(segments[i + 1]!) && ATS_SCOPE_SEGMENT.test(segments[i]!)) return true;
  return false;
}

/** A note written or edited in a recruiting API's notes collection, or one of its notes by id (round r18). */
function atsNotesCollection(segments: string[]): boolean {
  const n = segments.length;
  if (!atsScoped(segments)) return false;
  return NOTE_ENTITY.test(segments[n - 1] ?? '') || (n >= 2 && NOTE_ENTITY.test(segments[n - 2]!) && recordId(segments[n - 1]!));
}

/** A note made public or answering another (r18rev J1): the general rules read it, not the scope rule. */
function publicOrAnswering(body: ParsedBody): boolean {
  if (hasFieldWhere(body, (name, v) => PUBLIC_VISIBILITY_KEY.test(name) && typeof v === 'string' && /^public$/i.test(v))) return true;
  return hasFieldWhere(body, (name, v) => (ANSWERED_NOTE_FIELD.test(name) || EXPLICIT_PARENT_FIELD.test(name) || CAMEL_REPLY_TO_FIELD.test(name)) && v !== null && v !== undefined && v !== '');
}

/** A record reference: an object holding an id, or a non-empty list of them. */
function referencesRecord(v: unknown): boolean {
  const holds = (x: unknown): boolean => isRecord(x) && x.id !== undefined && x.id !== null && x.id !== '';
  return holds(v) || (Array.isArray(v) && v.some(holds));
}

/**
 * A note entity typed by the record it is on (r18rev D2): Bullhorn's PUT /entity/Note naming `personReference`,
 * `candidates`, `clientContacts` or `jobOrder`, or its POST /entity/Note/{id} update.
 */
function typedNoteEntity(segments: string[], body: ParsedBody, verb: string): boolean {
  const n = segments.length;
  if ((verb === 'PUT' || verb === 'POST') && n >= 2 && NOTE_ENTITY.test(segments[n - 1]!) && ENTITY_SEGMENT.test(segments[n - 2]!)) {
    return hasFieldWhere(body, (name, v) => NOTE_RECORD_REFERENCE.test(name) && referencesRecord(v));
  }
  return (verb === 'POST' || verb === 'PATCH') && n >= 3 && recordId(segments[n - 1]!) && NOTE_ENTITY.test(segments[n - 2]!) && ENTITY_SEGMENT.test(segments[n - 3]!);
}

/**
 * A unified ATS activity (r18rev D3: Merge's POST /api/ats/v1/activities with `model.activity_type`): a NOTE a comment; an
 * EMAIL on a candidate a message; on a recruiting path or naming a candidate or application.
 */
function atsActivityKind(segments: string[], body: ParsedBody): PostKind | undefined {
  if (!ACTIVITIES_SEGMENT.test(segments[segments.length - 1] ?? '')) return undefined;
  let type: string | undefined;
  hasFieldWhere(body, (name, v) => {
    if (!ACTIVITY_TYPE_KEY.test(name) || typeof v !== 'string') return false;
    type = v.toUpperCase();
    return true;
  });
  if (type !== 'NOTE' && type !== 'EMAIL') return undefined;
  const candidate = hasFieldWhere(body, (name, v) => CANDIDATE_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && v !== '')));
  if (!candidate && !atsScoped(segments)) return undefined;
  if (type === 'EMAIL') return candidate ? 'message' : undefined;
  return hasRecipients(body) ? 'message' : 'comment';
}

/** An RPC method named for a candidate's record and the words it files, not a read (Ashby's candidate.createNote). */
function recordWordsMethod(last: string): boolean {
  if (!/[._]/.test(last)) return false;
  const words = methodWords(last);
  return words.some((w) => RECORD_WORD.test(w)) && words.some((w) => WORDS_WORD.test(w)) && !words.some((w) => READ_WORD.test(w));
}

/** A candidate refused on their record (…/applications/{id}/reject, …/candidates/{id}/disqualify). */
function candidateRefusal(path: string): boolean {
  return REFUSAL_SEGMENT.test(lastSegment(path)) && pathSegments(path).some((s) => CANDIDATE_RECORD.test(s));
}

/**
 * A `*_reason` written on a refusal, which longest-field.ts reads as it reads a bare `reason` (only when nothing else is
 * prose): a candidate's refusal (Workable's `disqualification_reason`), or any refusal of a thing by id (…/leave-requests
 * /{id}/reject `rejection_reason`, …/offers/{id}/decline `decline_reason`: review at1rev J4), or a case's transfer or
 * referral refused by its id (…/cases/{id}/transfers/{id} `rejected_reason`: case-management.ts, cm1's review M3). Never a report's, a flag's
 * or a moderation queue's (a moderator's reason, unread as before), nor a cancellation's (calendars.ts's).
 */
export function refusalReason(name: string, path: string | undefined): boolean {
  if (path === undefined) return false;
  const leaf = fieldLeaf(name);
  if (!/_reason$/i.test(leaf) || NOT_REFUSAL_REASON.test(leaf)) return false;
  const segments = pathSegments(path);
  if (segments.some((s) => MODERATION_SEGMENT.test(s))) return false;
  if (candidateRefusal(path)) return true;
  // A case's transfer or referral refused by its id (…/cases/{id}/transfers/{id}; round cm1, its review M3).
  if (caseTransitionRefusal(path)) return true;
  const n = segments.length;
  return n >= 2 && REFUSAL_BY_ID.test(segments[n - 1]!) && recordId(segments[n - 2]!);
}

function hasRecipients(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => ANY_RECIPIENT_KEY.test(name) && v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
}

/**
 * Frappe HR's Interview Feedback written by any Frappe route people-feedback.ts reads (savedocs, frappe.client.insert
 * and submit, /api/resource and /api/v2/document: review at1rev D2), except a draft: savedocs' `action: Save` and
 * frappe.client.save keep it for its writer (the save refusal in refuses.ts).
 */
function interviewFeedbackWritten(path: string, body: ParsedBody): boolean {
  const written = frappeWritten(path, body);
  if (written === undefined || !INTERVIEW_FEEDBACK_DOCTYPE.test(written.doctype)) return false;
  if (FRAPPE_SAVEDOCS.test(path)) return topLevelString(body, 'action') === 'Submit';
  return FRAPPE_CLIENT_WRITE.exec(path)?.[1]?.toLowerCase() !== 'save';
}

/** A string value of prose: four words or more, not a date. */
function prose(v: unknown): boolean {
  return typeof v === 'string' && v.length >= 20 && (v.trim().match(/\s+/g)?.length ?? 0) >= 3 && !/^\d{4}-\d{2}-\d{2}/.test(v);
}

/** A value that holds words: a non-empty string, or a non-empty list of them (review at1rev D1: a key is not words). */
function filled(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  return Array.isArray(v) && v.some((x) => typeof x === 'string' && x.trim() !== '');
}

/** An interview being scheduled: an interviews collection or scheduling method, given a time. */
function interviewScheduled(path: string, body: ParsedBody): boolean {
  return INTERVIEW_SCHEDULE_SEGMENT.test(lastSegment(path)) && hasKeyDeep(body, TIME_KEY);
}

/** What an ATS's note, feedback, scorecard or share about a candidate is, or undefined when the request is none of them. */
export function recruitingKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const verb = method.toUpperCase();
  // A candidate's refusal, whatever the method (a PATCH of the record's state too, review at1rev M5): its notes and its
  // written `*_reason` go to the activity feed for the hiring team (Greenhouse's `notes` "added to the activity feed";
  // Workable's `disqualification_reason`, the rejection mail a separate template: review at1rev J2), a comment; a bare
  // `reason` is left to the refusal rule, a message (round p1).
  if ((verb === 'POST' || verb === 'PUT' || verb === 'PATCH') && candidateRefusal(path)) {
    const leaf = fieldLeaf(found.field);
    if (NOTES_FIELD.test(leaf) || (/_reason$/i.test(leaf) && !NOT_REFUSAL_REASON.test(leaf))) return 'comment';
  }
  const segments = pathSegments(path);
  const written = verb === 'POST' || verb === 'PUT' || verb === 'PATCH';
  // A recruiting API's own notes, written or edited (Zoho Recruit's PUT /recruit/v2/Notes, round r18), unless made
  // public or answering another note (r18rev J1).
  if (written && atsNotesCollection(segments) && !publicOrAnswering(body)) return hasRecipients(body) ? 'message' : 'comment';
  // A note entity typed by its record (Bullhorn's /entity/Note, r18rev D2).
  if (typedNoteEntity(segments, body, verb)) return hasRecipients(body) ? 'message' : 'comment';
  if (verb !== 'POST') return undefined;
  const atsActivity = atsActivityKind(segments, body);
  if (atsActivity) return atsActivity;
  const last = lastSegment(path);
  if (underCandidateRecord(segments)) return hasRecipients(body) ? 'message' : 'comment';
  if (recordWordsMethod(last)) return hasRecipients(body) ? undefined : 'comment';
  // A notes collection naming the candidate or applicant in the body is crm-streams.ts's record-link rule (J5).
  if (SHARES_SEGMENT.test(last) && hasKeyDeep(body, SHARE_AUDIENCE_KEY, (v) => isRecord(v) && Object.keys(v).some((k) => HIRING_TEAM_KEY.test(k) && (v[k] === true || (Array.isArray(v[k]) && (v[k] as unknown[]).length > 0))))) return 'comment';
  if (interviewFeedbackWritten(path, body)) return 'comment';
  // An invitation's words go to the candidate with the interview it sets: its words fields filled, or prose in any
  // other field of an interview set for a named candidate or application (a subject, an agenda: review at1rev D1).
  if (interviewScheduled(path, body)) {
    if (hasKeyDeep(body, INVITATION_WORDS_KEY, filled)) return 'message';
    if (hasFieldWhere(body, (name, v) => CANDIDATE_LINK_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && v !== ''))) && prose(found.text)) return 'message';
  }
  return undefined;
}

/**
 * An interview scheduled with times, interviewers and a place but no words for anyone: nothing is published. Read by
 * values, not key names (review at1rev D1): no words field filled and no prose in any field but times, places and ids.
 */
export function interviewScheduledQuiet(body: ParsedBody, path: string): boolean {
  if (!interviewScheduled(path, body) || hasKeyDeep(body, INVITATION_WORDS_KEY, filled)) return false;
  if (body.type === 'form' || body.type === 'multipart') return ![...body.fields].some(([name, v]) => !NOT_WORDS_KEY.test(fieldLeaf(name)) && prose(v));
  return !hasKeyDeep(body, /^/, (v, holder) => prose(v) && holder !== undefined && !Object.keys(holder).some((k) => holder[k] === v && NOT_WORDS_KEY.test(k)));
}

/**
 * A Frappe method's arguments sent as JSON strings inside a JSON body (frappe-client's `data`, `doc`, `args`), parsed
 * as the form path already reads a form field's JSON (review at1rev D3: hrms' create_interview_feedback `data`). Only
 * on /api/method/ paths; undefined elsewhere or when no argument is a JSON string.
 */
export function frappeMethodArgs(path: string, body: ParsedBody): ParsedBody | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || !FRAPPE_METHOD_PATH.test(path)) return undefined;
  let value: Record<string, unknown> | undefined;
  for (const key of FRAPPE_JSON_ARG) {
    const v = body.value[key];
    const inner = typeof v === 'string' && v.startsWith('{') ? jsonObject(v) : undefined;
    if (inner !== undefined) (value ??= { ...body.value })[key] = inner;
  }
  return value === undefined ? undefined : { type: 'json', value };
}

/**
 * Paths the skip list hides that carry words on candidates: an applicant tracking path's notes and comments
 * (BambooHR's `applicant_tracking` holds `track`), and Frappe's savedocs when it submits an Interview Feedback
 * (before the body is known the path is watched, so it is read).
 */
export function recruitingWatched(path: string, body: string | undefined, contentType?: string): boolean {
  const segments = pathSegments(path);
  if (segments.some((s) => APPLICANT_TRACKING_SEGMENT.test(s))) return WORDS_COLLECTION.test(segments[segments.length - 1] ?? '');
  if (!FRAPPE_SAVEDOCS.test(path)) return false;
  if (body === undefined) return true;
  return interviewFeedbackWritten(path, parseBody(body, contentType));
}
