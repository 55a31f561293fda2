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
 *   that record: crm-streams.ts reads client records (deal, lead, person …), a candidate is recruiting's twin.
 * - A rejection's or disqualification's `notes` (Greenhouse's POST /v1/applications/{id}/reject: "added to the
 *   activity feed", the mail to the candidate being a template) is a comment; a refusal's `reason` stays a message
 *   as round p1 decided, and so does a candidate refusal's `*_reason` (Workable's `disqualification_reason`), which
 *   longest-field.ts reads through candidateRefusalReason: `*_reason` fields are otherwise a moderator's, never read.
 * - A record's id may be a prefixed token with a digit (Homerun's /job-applications/ja_7Hk2p9Qx/notes).
 * - A message shared with a job's hiring team or as an open note on the candidate (SmartRecruiters' POST
 *   /messages/shares with `shareWith { hiringTeamOf | openNote }`) is read by the hiring team: a comment; shared
 *   with named users alone it stays a message.
 * - Frappe HR's Interview Feedback submitted through the desk form's savedocs is a comment: watched here, as
 *   people-feedback.ts watches a submitted appraisal feedback (savedocs is on the skip list for its `save`).
 * - An interview scheduled with words for the candidate (an invitation's `message`) is a message; one scheduled
 *   with times, interviewers and a place alone (Greenhouse's POST /v2/scheduled_interviews) publishes nothing.
 * What is left to the general rules and is quiet there: stage moves, tags, ratings without words, searches.
 * BambooHR's applicant tracking paths hold `tracking`, which the watch list skips as a tracker's: its notes and
 * comments paths are watched here.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasFieldWhere, hasKeyDeep, topLevelString } from './body-fields';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { ANY_RECIPIENT_KEY } from './words';

/** A segment naming a candidate's record in an ATS (Lever calls it an opportunity, Frappe a job applicant). */
const CANDIDATE_RECORD = /^(?:candidates?|applicants?|job[-_]?applicants?|(?:job[-_]?)?applications?|opportunit(?:y|ies)|prospects?)$/i;
/** Words filed on such a record: notes, comments, interview feedback, scorecards, evaluations, ratings. */
const WORDS_COLLECTION = /^(?:notes?|comments?|feedbacks?|score[-_]?cards?|evaluations?|ratings?|assessments?)$/i;
/** Segments that may sit between the record's id and its words (Greenhouse's …/{id}/activity_feed/notes). */
const BETWEEN_SEGMENT = /^(?:activity[-_]?feed|activit(?:y|ies)|timeline|link)$/i;
/** A refusal of a candidate, as the path's last segment. */
const REFUSAL_SEGMENT = /^(?:reject|disqualify|decline|archive)$/i;
/** The refusal's internal notes (Greenhouse's `notes`), not a `reason` a candidate may be told. */
const NOTES_FIELD = /^(?:notes?|internal[-_]?notes?|comments?)$/i;
/** Record words in an RPC method's name, and the words it files. */
const RECORD_WORD = /^(?:candidates?|applicants?|applications?|interviews?|interviewers?|opportunit(?:y|ies))$/;
const WORDS_WORD = /^(?:notes?|comments?|feedbacks?|scorecards?|evaluations?)$/;
/** An RPC method that reads rather than writes (Ashby's reads are POSTs too: candidate.listNotes, candidate.info). */
const READ_WORD = /^(?:list|get|info|search|find|fetch|read|count|export)$/;
/** A field naming the candidate or applicant the words are on. */
const CANDIDATE_LINK_FIELD = /^(?:candidate|applicant|job_?applicant|application|job_?application)_?id$/i;
/** A share's audience object, and the hiring-team or open-note audiences read on the candidate's profile. */
const SHARE_AUDIENCE_KEY = /^share_?with$/i;
const HIRING_TEAM_KEY = /^(?:hiring_?team_?of|hiring_?teams?|open_?note)$/i;
/** Frappe's desk form save, and the recruiting document it submits (Frappe HR's Interview Feedback). */
const FRAPPE_SAVEDOCS = /(?:^|\/)api\/method\/frappe\.desk\.form\.save\.savedocs\/?$/i;
const INTERVIEW_FEEDBACK_DOCTYPE = /^interview feedback$/i;
/** An applicant tracking path (BambooHR's /v1/applicant_tracking/…). */
const APPLICANT_TRACKING_SEGMENT = /^applicant[-_]?tracking$/i;
/** An interviews collection or scheduling method (Greenhouse's /v2/scheduled_interviews). */
const INTERVIEW_SCHEDULE_SEGMENT = /^(?:scheduled[-_]?)?interviews?$|^(?:schedule[-_]?interviews?|interviews?[-_.]schedule)$/i;
/** A time the interview is set for. */
const TIME_KEY = /^(?:start|end|starts?_?at|ends?_?at|start_?time|end_?time|date_?time|scheduled_?at)$/i;
/** Fields whose words would reach the candidate or the panel with the invitation. */
const INVITATION_WORDS_KEY = /^(?:message|messages|note|notes|body|description|comment|comments|instructions?|content|text|email_?body|candidate_?message)$/i;

/** The words of an RPC method's name (`candidate.createNote` → candidate, create, note), lower-cased. */
function methodWords(segment: string): string[] {
  return segment.slice(0, 160).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s._-]+/);
}

/**
 * A record's id after a candidate segment: any id hasIdSegment knows, or a prefixed token holding a digit (Homerun's
 * `ja_7Hk2p9Qx`, Deel's `app_88412`); never an API version.
 */
function recordId(segment: string): boolean {
  return hasIdSegment(segment) || (/^[\w-]{3,64}$/.test(segment) && /\d/.test(segment) && !/^v\d+(?:\.\d+)?$/i.test(segment));
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
 * A `*_reason` written on a candidate's refusal (Workable's `disqualification_reason`): words about a named person read
 * by the hiring team and perhaps the candidate, not a moderator's reason, so longest-field.ts reads it as it reads a
 * bare `reason` (only when nothing else is prose).
 */
export function candidateRefusalReason(name: string, path: string | undefined): boolean {
  return path !== undefined && /_reason$/i.test(fieldLeaf(name)) && candidateRefusal(path);
}

function hasRecipients(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => ANY_RECIPIENT_KEY.test(name) && v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
}

/** A Frappe document sent as JSON in a form field (savedocs' `doc`), parsed. */
function frappeDoc(body: ParsedBody): Record<string, unknown> | undefined {
  const v = body.type === 'form' || body.type === 'multipart' ? body.fields.get('doc') : body.type === 'json' && isRecord(body.value) ? body.value['doc'] : undefined;
  if (isRecord(v)) return v;
  if (typeof v !== 'string' || !v.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(v) as unknown;
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The raw body read for the watch decision, before it is parsed: a JSON object's or a form's fields. */
function rawBody(body: string): ParsedBody {
  if (!body.trimStart().startsWith('{')) return { type: 'form', fields: new Map(new URLSearchParams(body)) };
  try {
    return { type: 'json', value: JSON.parse(body) as unknown };
  } catch {
    return { type: 'none' };
  }
}

function interviewFeedbackSubmitted(body: ParsedBody): boolean {
  const doctype = frappeDoc(body)?.['doctype'];
  return topLevelString(body, 'action') === 'Submit' && typeof doctype === 'string' && INTERVIEW_FEEDBACK_DOCTYPE.test(doctype);
}

/** An interview being scheduled: an interviews collection or scheduling method, given a time. */
function interviewScheduled(path: string, body: ParsedBody): boolean {
  return INTERVIEW_SCHEDULE_SEGMENT.test(lastSegment(path)) && hasKeyDeep(body, TIME_KEY);
}

/** What an ATS's note, feedback, scorecard or share about a candidate is, or undefined when the request is none of them. */
export function recruitingKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const segments = pathSegments(path);
  const last = lastSegment(path);
  if (underCandidateRecord(segments)) return hasRecipients(body) ? 'message' : 'comment';
  if (recordWordsMethod(last)) return hasRecipients(body) ? undefined : 'comment';
  if (WORDS_COLLECTION.test(last) && hasFieldWhere(body, (name, v) => CANDIDATE_LINK_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && v !== '')))) {
    return hasRecipients(body) ? undefined : 'comment';
  }
  // A refusal's notes go to the activity feed (Greenhouse); its `reason` is left to the refusal rule (round p1).
  if (candidateRefusal(path) && NOTES_FIELD.test(fieldLeaf(found.field))) return 'comment';
  // Its written reason (Workable's `disqualification_reason`) may reach the candidate, as round p1 read a refusal's.
  if (candidateRefusal(path) && /reason$/i.test(fieldLeaf(found.field))) return 'message';
  if (hasKeyDeep(body, SHARE_AUDIENCE_KEY, (v) => isRecord(v) && Object.keys(v).some((k) => HIRING_TEAM_KEY.test(k) && (v[k] === true || (Array.isArray(v[k]) && (v[k] as unknown[]).length > 0))))) return 'comment';
  if (FRAPPE_SAVEDOCS.test(path) && interviewFeedbackSubmitted(body)) return 'comment';
  // An invitation's words go to the candidate with the interview it sets.
  if (interviewScheduled(path, body) && hasKeyDeep(body, INVITATION_WORDS_KEY)) return 'message';
  return undefined;
}

/** An interview scheduled with times, interviewers and a place but no words for anyone: nothing is published. */
export function interviewScheduledQuiet(body: ParsedBody, path: string): boolean {
  return interviewScheduled(path, body) && !hasKeyDeep(body, INVITATION_WORDS_KEY);
}

/**
 * Paths the skip list hides that carry words on candidates: an applicant tracking path's notes and comments
 * (BambooHR's `applicant_tracking` holds `track`), and Frappe's savedocs when it submits an Interview Feedback
 * (before the body is known the path is watched, so it is read).
 */
export function recruitingWatched(path: string, body: string | undefined): boolean {
  const segments = pathSegments(path);
  if (segments.some((s) => APPLICANT_TRACKING_SEGMENT.test(s))) return WORDS_COLLECTION.test(segments[segments.length - 1] ?? '');
  if (!FRAPPE_SAVEDOCS.test(path)) return false;
  if (body === undefined) return true;
  return interviewFeedbackSubmitted(rawBody(body));
}
