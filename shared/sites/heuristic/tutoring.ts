/**
 * Tutoring agencies', music schools' and private tutors' words about a named student (round tu1): a tutor's feedback
 * or report on a lesson, and a note on a student's record. The student (often a child) is an identifiable third party
 * the teacher's identity must never make recognisable, so these words are worth checking.
 * Kinds follow ed2 and sis1: words that hang on a lesson's or a student's record, which the family, the agency's staff
 * and the other teachers read there, are a **comment** under that record (sis1 and r19 read a report-card comment
 * released with a grade as a comment; ed2 a note on a pupil's profile). A lesson report the tutor *sends* (recipients
 * named or a send flag on) is left to the mail rules by kind.ts's unlessMailed, as every family hook's note is; a
 * send-to-parent flag the shared list does not know is read here (tu1rev J2).
 * Read here:
 * - a lesson-report collection: a path segment naming a tutor's or teacher's feedback, report or notes, or a lesson's
 *   report or notes (Tutor House's POST /api/v2/tutor/tutor_feedback/ and PUT/PATCH …/tutor_feedback/{booking}/), with
 *   words in a comment, notes, report or feedback field and the lesson named (an id after the segment, or a
 *   `booking`, `lesson`, `appointment`, `session` or `student` key in the body); a session's or progress report, or a
 *   lesson's feedback, only as a tutor's (below, tu1rev M2);
 * - a report field on a lesson's record by id: PATCH or PUT on …/bookings/{id} (lessons, appointments, sessions) with a
 *   field named for a tutor's or lesson's feedback or report (Tutor House's `tutor_feedback_notes`). Bookings' paths are
 *   transactions (transactions.ts), so watches.ts asks tutoringWatched before that test;
 * - a note on a student's record by id: PUT or PATCH …/students/{id} with a notes field, at the top or under a
 *   `student` wrapper (Teachworks' `{ student: { additional_notes } }`).
 * Near-misses stay quiet without rules here: a lesson booked or moved, a lesson completed or a student added, ratings
 * with an empty comment, an appointment's topic label.
 * Since the tu1 review (tu1rev, the lead's decisions):
 * - `session_notes`, `session_feedback` and `session_report` are read: unread-fields.ts's `session…` rule lets exactly
 *   these through (D1, M1); tokens (`session_id`, `session_token`, `sessionKey`) stay ignored;
 * - tutor's, teacher's and lesson notes fields (`tutor_notes`, `lesson_notes`) are report fields on a lesson by id and on
 *   a booking by id (watched), a bare `notes` only on a lesson by id or its completion (…/lessons/{id}/complete), in a
 *   `lesson` wrapper too (D2); a booking's bare `notes` stays quiet (a hotel's, a reschedule's);
 * - a notes collection (`notes`, `student_notes`, `progress_reports`) whose body names a student (`studentId`,
 *   `student_id`) with words is a comment under the student's record (D3; lower confidence: one hobby client's model);
 * - a `session…`, `progress…` or `lesson_feedback` collection counts only with a booking or student named in the body or
 *   a tutor's or teacher's word in the path: load-test, QA, game and conference session reports and a learner's own
 *   lesson feedback keep the base's answers (M2, J1); a therapy `progress_notes` by appointment is left to the older rules;
 * - `student_notes` is a note field on a student's record (M3); a form-encoded body is read like JSON (M4);
 * - a send-to-parent flag on (`send_to_parent`, `notify_parent`, `email_parents`…) makes a report a message (J2);
 * - the words of a field identified here are read however short, three words or more (tutoringShortWords, J3).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { flagOn, hasFieldWhere, nonEmptyString } from './body-fields';
import { fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';

/** A lesson report's collection: a tutor's or teacher's feedback, report or notes, a lesson's report or notes. */
const LESSON_REPORT_SEGMENT = /^(?:(?:tutor|teacher)[-_]?(?:feedbacks?|reports?|notes?)|lesson[-_]?(?:reports?|notes?))$/i;
/**
 * A collection other software names the same way (a load test's, QA's or game's session report, a conference
 * session's or a learner's lesson feedback, a therapist's progress notes): a tutor's only beside a booking or student
 * named in the body, or a tutor's or teacher's word in the path (tu1rev M2, J1).
 */
const WEAK_REPORT_SEGMENT = /^(?:(?:session|progress)[-_]?(?:feedbacks?|reports?|notes?)|lesson[-_]?feedbacks?)$/i;
const TUTOR_PATH_WORD = /^(?:tutors?|teachers?)$/i;
/** A key naming the booking or the student a weak collection's report is about. */
const TUTORING_KEY = /^(?:booking|student)(?:[-_]?id)?$/i;
/** A notes collection a note about a student is posted to (hkujy/Tutor's StudentNote; tu1rev D3). */
const NOTES_COLLECTION = /^(?:student[-_]?)?notes$/i;
/** A key naming the student (`studentId`, `student_id`). */
const STUDENT_KEY = /^student[-_]?id$/i;
/** The words of a note in a notes collection. */
const NOTE_WORDS_FIELD = /^(?:content|note|notes|text|body|comments?)$/i;
/** An action after a lesson by id that carries its notes (Teachworks' PUT /lessons/{id}/complete; tu1rev D2). */
const LESSON_ACTION = /^complete$/i;
/** A lesson's own record, where a bare `notes` is the teacher's (not a booking's: a hotel's notes stay quiet). */
const LESSON_ONLY_SEGMENT = /^lessons?$/i;
/** A bare notes field on a lesson by id (tu1rev D2). */
const BARE_NOTES_FIELD = /^notes?$/i;
/** The wrapper a Rails-style API puts a lesson's fields in (`{ lesson: { notes } }`). */
const LESSON_WRAPPER = 'lesson';
/** A flag that mails the report to the student's family (tu1rev J2): read here, not in words.ts's shared list. */
const PARENT_SEND_FLAG = /^(?:send|email|notify|mail)[-_]?(?:to[-_]?)?(?:parents?|guardians?|famil(?:y|ies))$/i;
/** A short report is read when it has this many words with letters (tu1rev J3), as case-management.ts's short words. */
const SHORT_WORDS_MIN = 3;
const SHORT_TEXT_MAX = 400;
const LETTER_WORD = /\p{L}/u;
/** A lesson's record on a tutoring service. */
const LESSON_SEGMENT = /^(?:bookings?|lessons?|appointments?|sessions?)$/i;
/** A student's record. */
const STUDENT_SEGMENT = /^students?$/i;
/** A key naming the lesson a report is about (`booking`, `lesson_id`, `appointmentId`). */
const LESSON_KEY = /^(?:booking|lesson|appointment|session)(?:[-_]?id)?$/i;
/** The words of a lesson report in its own collection. */
const REPORT_WORDS_FIELD = /^(?:comments?|notes?|report|feedback|summary)$/i;
/** A report's words as a field of the lesson's record (Tutor House's `tutor_feedback_notes`). */
const LESSON_REPORT_FIELD = /^(?:tutor|teacher|lesson|session)[-_]?(?:(?:feedback|report)(?:[-_]?(?:notes?|comments?|text))?|notes?)$/i;
/** The same sign in a raw JSON or form body, tested before a watch parses anything (form: tu1rev M4). */
const LESSON_REPORT_RAW = /(?:"(?:tutor|teacher|lesson|session)[-_]?(?:(?:feedback|report)(?:[-_]?(?:notes?|comments?|text))?|notes?)"\s*:\s*"|(?:^|&)(?:tutor|teacher|lesson|session)[-_]?(?:(?:feedback|report)(?:[-_]?(?:notes?|comments?|text))?|notes?)=[^&])/i;
/** A note on a student's record written by the school's side (Teachworks' `additional_notes`). */
const STUDENT_NOTE_FIELD = /^(?:(?:additional|private|internal|staff|teacher|tutor|admin|student)[-_]?)?notes?$/i;
/** The wrapper some APIs put a record's fields in (Teachworks' `{ student: … }`). */
const STUDENT_WRAPPER = 'student';
/** Segments looked at from the path's end. */
const SEGMENTS_EXAMINED = 3;
const SEGMENT_LENGTH = 40;
const MAX_WATCHED_BODY = 65_536;
/** A write to a record by id. */
const BY_ID_WRITE = /^(?:PUT|PATCH)$/i;

/** The path's last few non-empty segments. */
function tail(path: string): string[] {
  return pathSegments(path).filter((seg) => seg !== '').slice(-SEGMENTS_EXAMINED);
}

/** A JSON body's top-level object, or a form's fields as one (tu1rev M4), or undefined. */
function topObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type === 'json') return isRecord(body.value) ? body.value : undefined;
  if (body.type === 'form') return Object.fromEntries(body.fields);
  return undefined;
}

/** Whether an object has a key matching `name` holding words. */
function wordsIn(obj: Record<string, unknown> | undefined, name: RegExp): boolean {
  if (obj === undefined) return false;
  for (const key in obj) if (name.test(key) && nonEmptyString(obj[key])) return true;
  return false;
}

/** Whether an object names a lesson by a key (`booking: 88213`). */
function namesLesson(obj: Record<string, unknown>): boolean {
  for (const key in obj) if (LESSON_KEY.test(key) && obj[key] !== null && obj[key] !== undefined && obj[key] !== '') return true;
  return false;
}

/** A write to a record by id (PUT or PATCH): the last two segments are `{collection}/{id}`. */
function recordById(segs: string[], method: string, collection: RegExp): boolean {
  const n = segs.length;
  if (n < 2 || !BY_ID_WRITE.test(method)) return false;
  const name = segs[n - 2]!;
  return name.length <= SEGMENT_LENGTH && collection.test(name) && hasIdSegment(segs[n - 1]!);
}

/**
 * A lesson report in its own collection: the segment is among the last ones, the lesson is named by an id after it
 * or by a key in the body, and the report's words are there.
 */
function lessonReport(segs: string[], obj: Record<string, unknown>): boolean {
  let i = segs.findIndex((seg) => seg.length <= SEGMENT_LENGTH && LESSON_REPORT_SEGMENT.test(seg));
  if (i < 0) {
    // Another software's session or progress report, or a learner's lesson feedback, unless a tutor's (M2, J1).
    i = segs.findIndex((seg) => seg.length <= SEGMENT_LENGTH && WEAK_REPORT_SEGMENT.test(seg));
    if (i < 0 || !(segs.some((seg) => TUTOR_PATH_WORD.test(seg)) || namesBy(obj, TUTORING_KEY))) return false;
  }
  const idAfter = i + 1 < segs.length && hasIdSegment(segs[i + 1]!);
  return (idAfter || namesLesson(obj) || namesBy(obj, TUTORING_KEY)) && wordsIn(obj, REPORT_WORDS_FIELD);
}

/** Whether an object names something by a key matching `key` with a value. */
function namesBy(obj: Record<string, unknown>, key: RegExp): boolean {
  for (const k in obj) if (key.test(k) && obj[k] !== null && obj[k] !== undefined && obj[k] !== '') return true;
  return false;
}

/** A note about a student posted to a notes collection, the student named in the body (tu1rev D3). */
function studentNote(segs: string[], obj: Record<string, unknown>): boolean {
  const last = segs[segs.length - 1]!;
  return NOTES_COLLECTION.test(last) && namesBy(obj, STUDENT_KEY) && wordsIn(obj, NOTE_WORDS_FIELD);
}

/** The path's segments with a lesson's completion action dropped (…/lessons/{id}/complete, tu1rev D2). */
function withoutLessonAction(segs: string[]): string[] {
  const n = segs.length;
  return n >= 3 && LESSON_ACTION.test(segs[n - 1]!) && LESSON_ONLY_SEGMENT.test(segs[n - 3]!) ? segs.slice(0, -1) : segs;
}

/** A lesson's report field, or a bare notes field on a lesson (not a booking) by id, at the top or in a `lesson` wrapper. */
function lessonRecordWords(segs: string[], obj: Record<string, unknown>): boolean {
  const lessonOnly = LESSON_ONLY_SEGMENT.test(segs[segs.length - 2]!);
  const wrapped = obj[LESSON_WRAPPER];
  for (const holder of [obj, isRecord(wrapped) ? wrapped : undefined]) {
    if (wordsIn(holder, LESSON_REPORT_FIELD) || (lessonOnly && wordsIn(holder, BARE_NOTES_FIELD))) return true;
  }
  return false;
}

/** The family's comment, or a message when a send-to-parent flag is on (tu1rev J2). */
function commentOrMailed(body: ParsedBody): PostKind {
  return hasFieldWhere(body, (name, v) => PARENT_SEND_FLAG.test(fieldLeaf(name)) && flagOn(v)) ? 'message' : 'comment';
}

/**
 * The kind of a tutor's words about a student on a lesson's or student's record (round tu1), undefined elsewhere.
 * kind.ts asks it among the family hooks, through unlessMailed.
 */
export function tutoringKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const segs = withoutLessonAction(tail(path));
  if (segs.length === 0) return undefined;
  const obj = topObject(body);
  if (obj === undefined) return undefined;
  if (lessonReport(segs, obj) || studentNote(segs, obj)) return commentOrMailed(body);
  if (recordById(segs, method, LESSON_SEGMENT) && lessonRecordWords(segs, obj)) return commentOrMailed(body);
  if (recordById(segs, method, STUDENT_SEGMENT)) {
    const wrapped = obj[STUDENT_WRAPPER];
    if (wordsIn(obj, STUDENT_NOTE_FIELD) || (isRecord(wrapped) && wordsIn(wrapped, STUDENT_NOTE_FIELD))) return commentOrMailed(body);
  }
  return undefined;
}

/**
 * Whether a short text is a report's or a student note's words, read however short (tu1rev J3): a lesson report field
 * (or a bare notes field on a lesson) on a lesson by id, or a notes field on a student's record by id, with three or
 * more words with letters. longest-field.ts asks it, as it asks case-management.ts's caseShortWords.
 */
export function tutoringShortWords(name: string, text: string, path: string | undefined, method: string | undefined): boolean {
  if (path === undefined || method === undefined || text.length > SHORT_TEXT_MAX || path.length > SHORT_TEXT_MAX) return false;
  const leaf = fieldLeaf(name);
  const segs = withoutLessonAction(tail(path));
  const onLesson = recordById(segs, method, LESSON_SEGMENT) && (LESSON_REPORT_FIELD.test(leaf) || (LESSON_ONLY_SEGMENT.test(segs[segs.length - 2]!) && BARE_NOTES_FIELD.test(leaf)));
  if (!onLesson && !(recordById(segs, method, STUDENT_SEGMENT) && STUDENT_NOTE_FIELD.test(leaf))) return false;
  return text.trim().split(/\s+/).filter((w) => LETTER_WORD.test(w)).length >= SHORT_WORDS_MIN;
}

/**
 * Whether a lesson's record by id is written with a tutor's feedback or report field (Tutor House's PATCH
 * …/bookings/{id}/ with `tutor_feedback_notes`): watched, though bookings' paths are transactions. Tested on the path
 * first; the raw body only by a regex, never parsed here.
 */
export function tutoringWatched(path: string, method: string | undefined, body: string | undefined): boolean {
  if (body === undefined || body.length === 0 || body.length > MAX_WATCHED_BODY) return false;
  if (!recordById(tail(path), method ?? '', LESSON_SEGMENT)) return false;
  return LESSON_REPORT_RAW.test(body);
}
