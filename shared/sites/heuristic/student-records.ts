/**
 * Student information systems' records about a named pupil (round sis1): a discipline incident's description, a
 * pupil's part in it, a pastoral note, an attendance event's reason, a grade's or result's comment, a student log
 * entry, a discipline referral. Staff (and often the family) read them on that pupil's record, so by ed2's decision
 * on school records they are a comment under the pupil, not a post to a feed. The pupil is a third party the
 * teacher's identity must never make recognisable, so these words are worth checking.
 * kind.ts asks studentRecordKind after school-home.ts's schoolKind (only what would otherwise be a plain post);
 * watches.ts asks studentRecordWatched before its skip list; refuses.ts asks studentRecordSaved.
 * - A conduct or welfare record named in the path or a module script (Ed-Fi's `disciplineIncidents` and
 *   `studentDisciplineIncidentBehaviorAssociations`, Schoolbox's `/pastoral/record/insert|update`, RosarioSIS's
 *   `modname=Discipline/MakeReferral.php`) is about pupils by itself: such an incident names no pupil in its body
 *   (Ed-Fi links them by association, RosarioSIS by the session), so words are enough; not where a published
 *   collection follows the word (a forum's `/c/behaviour/14/posts`, a board's `/boards/classroom-discipline/threads`).
 * - A record that is as often about other things (attendance, a log, grades, results, a referral) counts only with
 *   a pupil named in the body: a student reference or id (`studentReference.studentUniqueId`, OneRoster's
 *   `student.sourcedId`, Wonde's `student_id`, Frappe's `student` link).
 * - Frappe Education's Student Log saved from the desk form (savedocs, which watches.ts skips as a save) is read
 *   when its doctype names a pupil's record; Wonde's register writeback `…/attendance/session` is a register's
 *   session, not a sign-in (ACCOUNT_PATH).
 * - Near-misses stay quiet without rules here: marks, codes, points and roster syncs carry no prose.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord, parseBody } from '../body';
import { hasKeyDeep } from './body-fields';
import { FRAPPE_CLIENT_WRITE, FRAPPE_SAVEDOCS, frappeWritten } from './people-feedback';
import { recordWords } from './school-home';
import { idLike } from './threads';
import { nameWords } from './names';
import { pathSegments } from './paths';

/** Records kept only about pupils' conduct or welfare, named in a path word. */
const CONDUCT_WORD = /^(?:discipline|disciplinary|pastoral|behaviou?rs?)$/;
/** Records as often about other things: they need a pupil named in the body. */
const RECORD_WORD = /^(?:attendances?|logs?|grades?|results?|referrals?)$/;
/** A pupil named by a key (`student`, `studentReference`, `student_id`, `studentUniqueId`, `pupil_id`, `learnerRef`). */
const PUPIL_KEY = /^(?:student|pupil|learner)_?(?:unique_?)?(?:id|reference|ref)?$/i;
/** A Frappe doctype naming a record about a pupil (Frappe Education's Student Log). */
const PUPIL_DOCTYPE = /^(?:student|pupil)\b.{0,40}\b(?:log|note|incident|behaviou?r|discipline|referral)s?$/i;
/** A register's session (Wonde's POST …/attendance/session), not a sign-in. */
const REGISTER_SESSION_PATH = /(?:^|\/)(?:attendance|registers?)\/sessions?\/?$/i;

/** A pupil's id, or a reference object holding one (`{ studentUniqueId: '604822' }`, `{ sourcedId: 'usr-55120' }`). */
function pupilValue(v: unknown): boolean {
  if (idLike(v)) return true;
  if (!isRecord(v)) return false;
  for (const k in v) if (idLike(v[k])) return true;
  return false;
}

function pupilDoctype(path: string, body: ParsedBody): boolean {
  const written = frappeWritten(path, body);
  return written !== undefined && written.doctype.length <= 80 && PUPIL_DOCTYPE.test(written.doctype);
}

/** Collections of published words: a conduct word before one names a forum's category or board, not a record. */
const PUBLISHED_COLLECTION = /^(?:posts?|topics?|threads?|discussions?|comments?|messages?|repl(?:y|ies)|articles?|stories)$/i;
/**
 * A conduct record named: in a path segment with no published collection after it (`/c/behaviour/14/posts` is a
 * forum's category, sis1fix guards), or in a module script named in the query (RosarioSIS's `modname`).
 */
function conductRecord(url: URL, path: string): boolean {
  const segs = pathSegments(path);
  const at = segs.findIndex((seg) => nameWords(seg).some((x) => CONDUCT_WORD.test(x)));
  if (at >= 0 && !segs.slice(at + 1).some((seg) => PUBLISHED_COLLECTION.test(seg))) return true;
  return recordWords(url, '').some((x) => CONDUCT_WORD.test(x));
}

export function studentRecordKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  // The path first (cheap): a conduct record is enough; a weaker record wants a pupil named in the body.
  if (conductRecord(url, path)) return 'comment';
  const w = recordWords(url, path);
  if (w.some((x) => RECORD_WORD.test(x)) && hasKeyDeep(body, PUPIL_KEY, pupilValue)) return 'comment';
  if (studentRecordSaved(body, path)) return 'comment';
  return undefined;
}

/**
 * A Frappe desk save (or client insert or save) of a pupil's record: the Save is how a Student Log reaches staff, no
 * draft (refuses.ts, as people-feedback.ts's selfWrittenSave is for an employee's own documents).
 */
export function studentRecordSaved(body: ParsedBody, path: string): boolean {
  return (FRAPPE_SAVEDOCS.test(path) || FRAPPE_CLIENT_WRITE.test(path)) && pupilDoctype(path, body);
}

/**
 * Paths watches.ts would skip that carry a pupil's record: a register session's writeback, and a Frappe desk save of
 * a pupil's record (before the body is known, the savedocs path is watched so it is read, as people-feedback.ts does).
 */
export function studentRecordWatched(path: string, body: string | undefined, contentType: string | undefined): boolean {
  if (REGISTER_SESSION_PATH.test(path)) return true;
  if (!FRAPPE_SAVEDOCS.test(path)) return false;
  return body !== undefined && pupilDoctype(path, parseBody(body, contentType));
}
