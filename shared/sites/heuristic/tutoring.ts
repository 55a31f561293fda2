/**
 * Tutoring agencies', music schools' and private tutors' words about a named student (round tu1): a tutor's feedback
 * or report on a lesson, and a note on a student's record. The student (often a child) is an identifiable third party
 * the teacher's identity must never make recognisable, so these words are worth checking.
 * Kinds follow ed2 and sis1: words that hang on a lesson's or a student's record, which the family, the agency's staff
 * and the other teachers read there, are a **comment** under that record (sis1 and r19 read a report-card comment
 * released with a grade as a comment; ed2 a note on a pupil's profile). A lesson report the tutor *sends* (recipients
 * named or a send flag on) is left to the mail rules by kind.ts's unlessMailed, as every family hook's note is.
 * Read here:
 * - a lesson-report collection: a path segment naming a tutor's, teacher's, lesson's or session's feedback, report or
 *   notes (Tutor House's POST /api/v2/tutor/tutor_feedback/ and PUT/PATCH …/tutor_feedback/{booking}/), with words in
 *   a comment, notes, report or feedback field and the lesson named (an id after the segment, or a `booking`,
 *   `lesson`, `appointment` or `session` key in the body);
 * - a report field on a lesson's record by id: PATCH or PUT on …/bookings/{id} (lessons, appointments, sessions) with a
 *   field named for a tutor's or lesson's feedback or report (Tutor House's `tutor_feedback_notes`). Bookings' paths are
 *   transactions (transactions.ts), so watches.ts asks tutoringWatched before that test;
 * - a note on a student's record by id: PUT or PATCH …/students/{id} with a notes field, at the top or under a
 *   `student` wrapper (Teachworks' `{ student: { additional_notes } }`).
 * Near-misses stay quiet without rules here: a lesson booked or moved, a lesson completed or a student added, ratings
 * with an empty comment, an appointment's topic label.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { nonEmptyString } from './body-fields';
import { hasIdSegment, pathSegments } from './paths';

/** A lesson report's collection: a tutor's, teacher's, lesson's or session's feedback, report or notes. */
const LESSON_REPORT_SEGMENT = /^(?:tutor|teacher|lesson|session|progress)[-_]?(?:feedbacks?|reports?|notes?)$/i;
/** A lesson's record on a tutoring service. */
const LESSON_SEGMENT = /^(?:bookings?|lessons?|appointments?|sessions?)$/i;
/** A student's record. */
const STUDENT_SEGMENT = /^students?$/i;
/** A key naming the lesson a report is about (`booking`, `lesson_id`, `appointmentId`). */
const LESSON_KEY = /^(?:booking|lesson|appointment|session)(?:[-_]?id)?$/i;
/** The words of a lesson report in its own collection. */
const REPORT_WORDS_FIELD = /^(?:comments?|notes?|report|feedback|summary)$/i;
/** A report's words as a field of the lesson's record (Tutor House's `tutor_feedback_notes`). */
const LESSON_REPORT_FIELD = /^(?:tutor|teacher|lesson|session)[-_]?(?:feedback|report)(?:[-_]?(?:notes?|comments?|text))?$/i;
/** The same sign in a raw body, tested before a watch parses anything. */
const LESSON_REPORT_RAW = /"(?:tutor|teacher|lesson|session)[-_]?(?:feedback|report)(?:[-_]?(?:notes?|comments?|text))?"\s*:\s*"/i;
/** A note on a student's record written by the school's side (Teachworks' `additional_notes`). */
const STUDENT_NOTE_FIELD = /^(?:(?:additional|private|internal|staff|teacher|tutor|admin)[-_]?)?notes?$/i;
/** The wrapper some APIs put a record's fields in (Teachworks' `{ student: … }`). */
const STUDENT_WRAPPER = 'student';
/** Segments looked at from the path's end. */
const SEGMENTS_EXAMINED = 3;
const SEGMENT_LENGTH = 40;
const MAX_WATCHED_BODY = 65_536;

/** The path's last few non-empty segments. */
function tail(path: string): string[] {
  return pathSegments(path).filter((seg) => seg !== '').slice(-SEGMENTS_EXAMINED);
}

/** A JSON body's top-level object, or undefined (forms carry no such reports in the sources read). */
function topObject(body: ParsedBody): Record<string, unknown> | undefined {
  return body.type === 'json' && isRecord(body.value) ? body.value : undefined;
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
  if (n < 2 || !/^(?:PUT|PATCH)$/i.test(method)) return false;
  const name = segs[n - 2]!;
  return name.length <= SEGMENT_LENGTH && collection.test(name) && hasIdSegment(segs[n - 1]!);
}

/**
 * A lesson report in its own collection: the segment is among the last ones, the lesson is named by an id after it
 * or by a key in the body, and the report's words are there.
 */
function lessonReport(segs: string[], obj: Record<string, unknown>): boolean {
  const i = segs.findIndex((seg) => seg.length <= SEGMENT_LENGTH && LESSON_REPORT_SEGMENT.test(seg));
  if (i < 0) return false;
  const idAfter = i + 1 < segs.length && hasIdSegment(segs[i + 1]!);
  return (idAfter || namesLesson(obj)) && wordsIn(obj, REPORT_WORDS_FIELD);
}

/**
 * The kind of a tutor's words about a student on a lesson's or student's record (round tu1), undefined elsewhere.
 * kind.ts asks it among the family hooks, through unlessMailed.
 */
export function tutoringKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const segs = tail(path);
  if (segs.length === 0) return undefined;
  const obj = topObject(body);
  if (obj === undefined) return undefined;
  if (lessonReport(segs, obj)) return 'comment';
  if (recordById(segs, method, LESSON_SEGMENT) && wordsIn(obj, LESSON_REPORT_FIELD)) return 'comment';
  if (recordById(segs, method, STUDENT_SEGMENT)) {
    const wrapped = obj[STUDENT_WRAPPER];
    if (wordsIn(obj, STUDENT_NOTE_FIELD) || (isRecord(wrapped) && wordsIn(wrapped, STUDENT_NOTE_FIELD))) return 'comment';
  }
  return undefined;
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
