/**
 * Student information systems' records about a named pupil (round sis1, mended in sis1rev): a discipline incident's
 * description, a pupil's part in it, a pastoral note, an attendance event's reason, a grade's or result's comment, a
 * student log entry, a learning-support profile. Staff (and often the family) read them on that pupil's record, so by
 * ed2's decision on school records they are a comment under the pupil, not a post to a feed. The pupil is a third
 * party the teacher's identity must never make recognisable, so these words are worth checking.
 * kind.ts asks studentAlertKind among the record modules (before the comment rules) and studentRecordKind after
 * school-home.ts's schoolKind (only what would otherwise be a plain post); watches.ts asks studentRecordWatched before
 * its skip list; refuses.ts asks studentRecordSaved; longest-field.ts asks studentRecordText first.
 * - A conduct or welfare record (school-home.ts's words: discipline, pastoral, behaviour) counts only as a whole path
 *   segment (never inside a repository name, slug, category or query key), not after a forge's or forum's marker nor
 *   before a published collection, and only with a school sign: the system's own structure (Schoolbox's
 *   `/pastoral/record/…`, Wonde's `/schools/{id}/behaviours`) or a pupil named in the body (sis1rev D1). Ed-Fi's own
 *   resources under its `ed-fi` namespace (`disciplineIncidents`, `studentDisciplineIncidentBehaviorAssociations`) and
 *   a module script naming one (RosarioSIS's `modname=Discipline/MakeReferral.php`, not a query key) are structure
 *   enough: such an incident names no pupil in its body (Ed-Fi links them by association, RosarioSIS by the session).
 * - A record as often about other things (attendance, a log, grades, a gradebook, results, an intervention) counts only
 *   with a pupil named in the body (a student reference or id, OneRoster's `student.sourcedId` whatever its token,
 *   Wonde's `student_id`, Frappe's `student` link, RosarioSIS's `values[{id}][comment]`, also inside JSON sent in a
 *   form field) **and** words in a staff note's field (comment, reason, remark, log, note, diagnostic statement): a
 *   pupil's own answers or submission under `results` or `grades` stay posts (sis1rev J2). A parent's report to an
 *   `absences` collection is a message to the school (sis1rev J1).
 * - Frappe documents whose doctype names a pupil's record (Student Log, its Follow Up, Student Leave Application,
 *   Assessment Result) written by REST, the desk's savedocs or a client method, ifitwala_ed's student-log methods,
 *   OpenEduCat's attendance and discipline models over Odoo's call_kw, and Schoolbox's differentiation profile of a
 *   pupil by id (`/differentiation-profiles/student/{id}`; the one word `differentiation`, from that source) are
 *   comments too.
 * - Round r23: an attendance record whose pupil is named by id in the query, not the body (Gibbon's
 *   attendance_take_byPersonProcess.php?gibbonPersonID=…), with a staff note's words, is a comment too; since the rv22
 *   review (D1, M5) only by Gibbon's or a pupil's query key, and Gibbon's register by form group and by-person edit,
 *   which name the pupil in the body (`{i}-gibbonPersonID`, `{i}-comment`), are comments with every row's comment
 *   shown, joined.
 * - Round r26: Gibbon's own record forms name the record by a Gibbon person id (`gibbonPersonID`,
 *   `gibbonPersonIDStudent`, per row `{i}-gibbonPersonID`; on these scripts the pupil, though a script may echo a
 *   filter's id: r26 review M3) and the note `comment`, `comment{i}`, `{i}-comment`, `reason`, `note(s)`, `strategies`,
 *   `strategiesTried`, `targets`: on a record word's path (now also `markbook`, Gibbon's gradebook) and on the
 *   Individual Needs module's scripts (investigations, intervention updates, a pupil's needs record), with words there,
 *   a comment. Since its review: on the IN scripts an investigation's or intervention's id names the pupil too (a
 *   subject teacher's contribution, D7); Reports' `value[{criteriaID}]` words beside `gibbonPersonID` (a report
 *   comment, D1) and the Planner's lesson discussion (`comment` beside `gibbonPlannerEntryID`, D3; with `replyTo`
 *   kind.ts says reply first) are comments; RosarioSIS's `values[STUDENT_MP_COMMENTS][{id}][COMMENT]` on a students
 *   path is (D5); openSIS's teacher app's JSON arrays are read: `comment_details` for its `cm_text`, `goal_details` and
 *   `progress_details` for a goal's and its progress's words (D6).
 * - Aeries's SendAlert (a recipient by id and type) delivers its words to one parent, pupil or teacher: a message.
 * - The words shown: Schoolbox's general and confidential content both, and a register's, a OneRoster result batch's
 *   and an Ed-Fi incident's several notes joined, a blank line between (sis1rev D2, D3; only in these batches, J4);
 *   since the r26 review also a Markbook save's rows (D4) and an Individual Needs form's note fields (J1).
 * - Logs: watches.ts's skip list drops `/log` and `/logs` paths before kind, so a `…/students/{id}/logs` path is never
 *   read here; Frappe's `Student%20Log` and ifitwala's `student_log` method names reach it only because the log word
 *   is not standing alone (sis1rev M3). No public source was found for a school's `/logs` write path.
 * - Near-misses stay quiet without rules here: marks, codes, points and roster syncs carry no prose.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord, parseBody } from '../body';
import { hasKeyDeep, topLevelString } from './body-fields';
import { asPlainText, jsonObject } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { FRAPPE_CLIENT_WRITE, FRAPPE_SAVEDOCS, frappeWritten } from './people-feedback';
import { CONDUCT_RECORD_WORD, recordWords } from './school-home';
import { idLike } from './threads';
import { fieldLeaf, nameWords } from './names';
import { pathSegments } from './paths';

/** Records as often about other things: they need a pupil named in the body and a staff note's words. */
const RECORD_WORD = /^(?:attendances?|logs?|grades?|gradebook|markbook|results?|interventions?)$/;
/** A pupil named by a key (`student`, `studentReference`, `student_id`, `studentUniqueId`, `pupil_id`, `learnerRef`). */
const PUPIL_KEY = /^(?:student|pupil|learner)_?(?:unique_?)?(?:id|reference|ref)?$/i;
/** A key of a reference object that holds its id (`studentUniqueId`, `sourcedId`, `id`, `student_ref`). */
const REFERENCE_ID_KEY = /^(?:id|sourced_?id|\w{0,30}(?:_id|Id|ID|_ref|Ref))$/;
/** A staff note's field (a comment, reason, remark, log, note, diagnostic statement): not a pupil's answers or submission. */
const STAFF_NOTE_KEY = /^(?:comments?|remarks?|reason|log|notes?|diagnostic_?[sS]tatement|[a-z]\w{0,40}(?:Reason|Comment|Remark)|\w{1,40}_(?:reason|comment|remark))$/;
/**
 * A form naming a pupil by a bracket key (openSIS's `values[{STUDENT_ID}][comment]`), also under a table's name and in
 * capitals (RosarioSIS's `values[STUDENT_MP_COMMENTS][{STUDENT_ID}][COMMENT]`; r26 review D5).
 */
const BRACKET_PUPIL_NOTE = /^\w{1,20}(?:\[[A-Z_]{1,40}\])?\[\d{1,12}\]\[(?:comments?|remarks?)\]$/i;
/** A path naming pupils (RosarioSIS's `modname=Students/Student.php`), where a bracket-keyed note is on the pupil's record. */
const STUDENTS_WORD = /^(?:students?|pupils?)$/;
/** A Frappe doctype naming a record about a pupil (Frappe Education's Student Log, Leave Application, Assessment Result; ifitwala_ed's Follow Up). */
const PUPIL_DOCTYPE = /^(?:(?:student|pupil)\b.{0,40}\b(?:log|note|incident|behaviou?r|discipline|referral|follow up|leave application)s?|assessment result)$/i;
/** ifitwala_ed's student-log methods (submit_student_log_follow_up, student_log.add_clarification). */
const STUDENT_LOG_METHOD = /(?:^|\/)api\/method\/[\w.]{0,200}[._]student_log[._][\w.]{0,200}$/i;
/** OpenEduCat's attendance and discipline models written through Odoo's call_kw (`op.attendance.line`, `op.discipline`). */
const OPENEDUCAT_MODEL_PATH = /(?:^|\/)web\/dataset\/call_kw\/op\.(?:attendance|discipline)\b[\w.]{0,60}\//i;
/** Schoolbox's learning-support profile of a pupil by id (`/differentiation-profiles/student/{id}`). */
const DIFFERENTIATION_PATH = /(?:^|\/)[\w-]{0,40}differentiation[\w-]{0,40}\/students?\/[\w-]{1,64}\/?$/i;
/** Wonde's register writeback, `/schools/{id}/attendance/session` (a register's session, not a sign-in; sis1rev M5). */
const REGISTER_SESSION_PATH = /(?:^|\/)schools\/[^/]{1,64}\/attendance\/session\/?$/i;
/** A forge's or forum's marker before a conduct word: the word names a project, forum or category there (sis1rev D1). */
const FORGE_OR_FORUM = /^(?:repos|issues|pulls|projects|forums?|post|posts|discussions?|boards|c|t|categories|articles)$/i;
/** Collections of published words: a conduct word before one names a forum's category or board, not a record. */
const PUBLISHED_COLLECTION = /^(?:posts?|topics?|threads?|discussions?|comments?|messages?|repl(?:y|ies)|articles?|stories)$/i;
/** A parent's absence report (`/attendance/absences`, `/absence-requests`): words to the school office (sis1rev J1). */
const ABSENCE_COLLECTION = /^absences?(?:[-_](?:requests?|reports?|notes?))?$/i;
/** A register's own mark (`attendance_code_id`, an event category descriptor): staff taking the register, not a parent. */
const ATTENDANCE_CODE_KEY = /^(?:attendance_?(?:code|mark)\w{0,10}|\w{0,40}CategoryDescriptor)$/i;

/** A pupil's id, or a reference object holding one (`{ studentUniqueId: '604822' }`, OneRoster's `{ sourcedId: 'jonas.meyer' }`). */
function pupilValue(v: unknown): boolean {
  if (idLike(v)) return true;
  if (!isRecord(v)) return false;
  for (const k in v) {
    if (k.length > 40 || !REFERENCE_ID_KEY.test(k)) continue;
    const x = v[k];
    // OneRoster's sourcedIds are any token (sis1rev M4).
    if (idLike(x) || (/^sourced_?id$/i.test(k) && typeof x === 'string' && /^[\w.@:-]{1,100}$/.test(x))) return true;
  }
  return false;
}

/** Words, not a code: two words at least. */
const hasWords = (v: unknown): boolean => typeof v === 'string' && /\S\s+\S/.test(v);

/** A form's fields by their leaf (`values[118][comment]` → `comment`), or a JSON body's keys to depth 4. */
function hasNamed(body: ParsedBody, pattern: RegExp, ok: (v: unknown) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (pattern.test(fieldLeaf(name)) && ok(v)) return true;
    return false;
  }
  return hasKeyDeep(body, pattern, ok);
}

/** A note's words under a bracket key naming the pupil (openSIS's and RosarioSIS's `values[…][{id}][comment]`). */
function bracketPupilNote(body: ParsedBody): boolean {
  if (body.type !== 'form') return false;
  for (const [name, v] of body.fields) if (name.length <= 80 && BRACKET_PUPIL_NOTE.test(name) && hasWords(v)) return true;
  return false;
}

/** A pupil named in the body: by a key holding an id or reference, or by a bracket key on a note (RosarioSIS). */
function pupilNamed(body: ParsedBody): boolean {
  return hasKeyDeep(body, PUPIL_KEY, pupilValue) || bracketPupilNote(body);
}

/** The body, and JSON objects sent inside its form fields (Frappe's `frappe.call` args, `scores={…}`; as u3 reads them). */
function withFormJson(body: ParsedBody): ParsedBody[] {
  if (body.type !== 'form') return [body];
  const out: ParsedBody[] = [body];
  let n = 0;
  for (const v of body.fields.values()) {
    if (++n > 20) break;
    if (v.length > 2 && v.length <= 20000 && v.startsWith('{')) {
      const value = jsonObject(v);
      if (value !== undefined) out.push({ type: 'json', value });
    }
  }
  return out;
}

/** A pupil and a staff note's words in one body (or in JSON inside one of its form fields). */
function pupilNote(body: ParsedBody): boolean {
  return withFormJson(body).some((b) => pupilNamed(b) && hasNamed(b, STAFF_NOTE_KEY, hasWords));
}

function pupilDoctype(path: string, body: ParsedBody): boolean {
  const written = frappeWritten(path, body);
  return written !== undefined && written.doctype.length <= 80 && PUPIL_DOCTYPE.test(written.doctype);
}

/** RosarioSIS's module script (`modname=Discipline/MakeReferral.php`) naming a conduct record: its value, not a query key. */
function conductScript(url: URL): boolean {
  let n = 0;
  for (const value of url.searchParams.values()) {
    if (++n > 20) break;
    if (value.length <= 200 && /\.php$/i.test(value) && value.split('/').some((p) => nameWords(p).some((x) => CONDUCT_RECORD_WORD.test(x)))) return true;
  }
  return false;
}

/**
 * A conduct record named (sis1rev D1): a whole segment with a school sign, or an Ed-Fi resource, or a module script.
 * A forge's or forum's path (`/repos/…`, `/forums/…`) or a published collection after the word says it is no record.
 */
function conductRecord(url: URL, path: string, body: ParsedBody): boolean {
  const segs = pathSegments(path);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.length > 80) continue;
    // Ed-Fi's own resource right under its namespace (its names are the system's structure, not a slug).
    if (i > 0 && segs[i - 1]!.toLowerCase() === 'ed-fi') {
      if (nameWords(seg).some((x) => CONDUCT_RECORD_WORD.test(x))) return true;
      continue;
    }
    if (!CONDUCT_RECORD_WORD.test(seg.toLowerCase())) continue;
    if (segs.slice(0, i).some((s) => FORGE_OR_FORUM.test(s)) || segs.slice(i + 1).some((s) => PUBLISHED_COLLECTION.test(s))) return false;
    // The school sign: Schoolbox's record after the word, Wonde's school by id before it, or a pupil in the body.
    const recordAfter = /^records?$/i.test(segs[i + 1] ?? '');
    const schoolBefore = i >= 2 && /^schools?$/i.test(segs[i - 2]!);
    return recordAfter || schoolBefore || pupilNamed(body);
  }
  return conductScript(url);
}

/** Attendance, the one record word r23 read with the pupil named in the query (Gibbon's take-by-person form). */
const ATTENDANCE_WORD = /^attendances?$/;
/**
 * A person named by id in the query (`?gibbonPersonID=0000002217`): the record's pupil when the path is a register's.
 * Gibbon's key and a pupil's only, not any `…personId` (a CRM's `salespersonId`; rv22 review M5).
 */
const QUERY_PERSON_KEY = /^(?:gibbonPersonID|person_id|student_?id|pupil_?id)$/i;
/** A register row's staff note (`comment`, `0-comment`), the words Gibbon saves on that pupil's attendance log. */
const FORM_NOTE_FIELD = /^(?:\d{1,3}-)?comment$/;
/**
 * A Gibbon person id in a record's form (`gibbonPersonID`, `gibbonPersonIDStudent`, per row `1-gibbonPersonID`; rv22
 * review D1, round r26): on these scripts the record's pupil, though a script may echo a filter's id too (r26 review M3).
 */
const GIBBON_PUPIL_FIELD = /^(?:\d{1,3}-)?gibbonPersonID(?:Student)?$/;
/**
 * A staff note's field in Gibbon's forms: `comment`, numbered per row (Markbook's `comment1`, the register's
 * `1-comment`), `reason`, `note`/`notes`, and a needs record's or investigation's `strategies`, `strategiesTried`,
 * `targets` (round r26; `targets` since its review, D2).
 */
const GIBBON_NOTE_FIELD = /^(?:comment\d{0,3}|\d{1,3}-comment|reason|notes?|strategies|strategiesTried|targets)$/;
/** Gibbon's Individual Needs module (investigations, interventions, a pupil's needs record), by its own script path. */
const GIBBON_NEEDS_PATH = /\/modules\/Individual(?:%20|\+| )Needs\/\w{1,60}Process\.php$/i;
/**
 * An Individual Needs investigation or intervention by id: a record about one pupil, the only pupil sign a subject
 * teacher's contribution carries (investigations_submit_detailProcess.php; r26 review D7). Asked on the IN scripts only.
 */
const GIBBON_NEEDS_RECORD_FIELD = /^gibbonIN(?:Investigation|Intervention)ID$/;
/** Gibbon's Markbook scripts, which post a column's rows for the whole class (`count`, `{i}-gibbonPersonID`, `comment{i}`). */
const GIBBON_MARKBOOK_SCRIPT = /\/modules\/Markbook\/\w{1,60}Process\.php$/i;
/**
 * Gibbon's Reports module's writing scripts (reporting_writeProcess.php): a report's criteria values keyed by id
 * (`value[{criteriaID}]`), words for Comment and Remark criteria, beside the pupil's `gibbonPersonID` (r26 review D1).
 */
const GIBBON_REPORTS_SCRIPT = /\/modules\/Reports\/reporting_\w{1,40}Process\.php$/i;
const GIBBON_REPORT_VALUE = /^value\[\d{1,12}\]$/;
/**
 * A Gibbon record by id that words are written under (the Planner's lesson, `gibbonPlannerEntryID`): its discussion's
 * `comment` is a comment under the lesson (r26 review D3, J2); with `replyTo` kind.ts has already said reply.
 */
const GIBBON_ENTRY_FIELD = /^gibbon\w{1,40}EntryID$/;
const GIBBON_PLANNER_POST_SCRIPT = /\/modules\/Planner\/planner_view_full_postProcess\.php$/i;
/** Gibbon's attendance process scripts (by form group, by person, by course class, and their edits). */
const GIBBON_ATTENDANCE_SCRIPT = /\/attendance_take_by\w{0,40}Process\.php$/i;

/**
 * A Gibbon record form naming its record (`pupil`: a person id, or on the Individual Needs scripts an investigation or
 * intervention id) and holding a staff note's words (`note`). Gibbon names its people `gibbonPersonID`, not
 * `student_id`, so pupilNamed misses them. One function for the register (rv22 review D1: by form group `{i}-gibbonPersonID`,
 * `{i}-comment`; by-person edit `gibbonPersonID`, `comment`) and round r26's records (Individual Needs' investigation
 * `gibbonPersonIDStudent` + `reason`, an intervention's update and a needs record, the Markbook's rows `comment{i}`,
 * a report's `value[{criteriaID}]`); the register's pupil and note fields are within GIBBON_PUPIL_FIELD and
 * GIBBON_NOTE_FIELD, so one pair of patterns serves both (r26 review M1). Asked only on the paths that say which record.
 */
function gibbonRecordNote(body: ParsedBody, pupil: RegExp, note: RegExp): boolean {
  if (body.type !== 'form') return false;
  let named = false;
  let words = false;
  let n = 0;
  for (const [name, v] of body.fields) {
    if (++n > 400 || name.length > 40) continue;
    if (pupil.test(name) && idLike(v)) named = true;
    else if (note.test(name) && hasWords(v)) words = true;
    if (named && words) return true;
  }
  return false;
}

/** A Gibbon person id beside a staff note's words (the register, the Markbook, the Individual Needs scripts). */
const gibbonPupilNote = (body: ParsedBody): boolean => gibbonRecordNote(body, GIBBON_PUPIL_FIELD, GIBBON_NOTE_FIELD);

/** The Individual Needs scripts' record: a person id, or an investigation's or intervention's id (r26 review D7). */
function gibbonNeedsNote(body: ParsedBody): boolean {
  return gibbonPupilNote(body) || gibbonRecordNote(body, GIBBON_NEEDS_RECORD_FIELD, GIBBON_NOTE_FIELD);
}

/**
 * Gibbon forms whose several note fields are all words about pupils, shown joined in the form's order, a blank line
 * between (a register's and the Markbook's rows, one row per pupil: rv22 review D1, r26 review D4; an Individual Needs
 * record's strategies, targets and notes, an investigation's reason and strategies tried: r26 review J1), as sis1rev
 * D2/D3 join a batch's. The note fields per script: the register's `comment`/`{i}-comment`, the Markbook's
 * `comment{i}`, the IN scripts' GIBBON_NOTE_FIELD.
 */
function gibbonNoteField(path: string): RegExp | undefined {
  if (GIBBON_ATTENDANCE_SCRIPT.test(path)) return FORM_NOTE_FIELD;
  if (GIBBON_MARKBOOK_SCRIPT.test(path)) return /^comment\d{1,3}$/;
  if (GIBBON_NEEDS_PATH.test(path)) return GIBBON_NOTE_FIELD;
  return undefined;
}

/** Undefined when fewer than two fields hold words, so the general reading stands. */
function gibbonNotesText(body: ParsedBody, min: number, path: string): FreeText | undefined {
  const note = body.type === 'form' && path.endsWith('Process.php') ? gibbonNoteField(path) : undefined;
  if (note === undefined || body.type !== 'form') return undefined;
  const parts: string[] = [];
  let n = 0;
  for (const [name, v] of body.fields) {
    if (++n > 400) break;
    const text = name.length <= 20 && note.test(name) ? plain(name, v) : undefined;
    if (text !== undefined && !parts.includes(text)) parts.push(text);
  }
  if (parts.length < 2) return undefined;
  const text = parts.join('\n\n');
  return isFreeText(text, min) ? { text, field: 'comment' } : undefined;
}

/**
 * openSIS's teacher app (webservice/student_info.php): a pupil's comment, goal or goal progress goes as a JSON array in
 * one form field, its first item saved on the pupil's record (r26 review D6): `comment_details` (`cm_text`, the
 * marking-period comment), `goal_details` (`goal_title` and `goal_desc`, shown joined), `progress_details` (`prog_desc`;
 * `prog_name` names the period). The field and its keys per action.
 */
const OPENSIS_DETAILS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['comment_details', ['cm_text']],
  ['goal_details', ['goal_title', 'goal_desc']],
  ['progress_details', ['prog_desc']],
];

/** The first item of a form field's JSON array, or undefined. */
function firstArrayItem(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined || raw.length > 20000 || !raw.trimStart().startsWith('[')) return undefined;
  try {
    const items: unknown = JSON.parse(raw);
    const first: unknown = Array.isArray(items) ? items[0] : undefined;
    return isRecord(first) ? first : undefined;
  } catch {
    return undefined;
  }
}

/** Read only on a `.php` form holding one of those fields; the kind is school-home.ts's (`student_id` in the query). */
function openSisDetailsText(body: ParsedBody, min: number): FreeText | undefined {
  if (body.type !== 'form') return undefined;
  for (const [field, keys] of OPENSIS_DETAILS) {
    const item = firstArrayItem(body.fields.get(field));
    if (item === undefined) continue;
    const parts = keys.map((k) => plain(k, item[k])).filter((t): t is string => t !== undefined);
    const text = parts.join('\n\n');
    return parts.length > 0 && isFreeText(text, min) ? { text, field: keys[keys.length - 1]! } : undefined;
  }
  return undefined;
}

/** Gibbon's report writing: the pupil's `gibbonPersonID` beside a criteria value with words (r26 review D1). */
const gibbonReportNote = (body: ParsedBody): boolean => gibbonRecordNote(body, GIBBON_PUPIL_FIELD, GIBBON_REPORT_VALUE);

/** A Gibbon lesson's discussion: `comment` words beside the lesson's entry id (r26 review D3). */
const gibbonEntryComment = (body: ParsedBody): boolean => gibbonRecordNote(body, GIBBON_ENTRY_FIELD, /^comment$/);

/**
 * The pupil named in the query string, not the body (round r23: Gibbon's attendance_take_byPersonProcess.php takes
 * `gibbonPersonID` in the query and `type`, `reason`, `comment` in the form). Asked only on an attendance path.
 */
function personInQuery(url: URL): boolean {
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (key.length <= 40 && QUERY_PERSON_KEY.test(key) && idLike(value)) return true;
  }
  return false;
}

/** The last segment that is not an id (`/attendance/absences`, `/absence-requests/{id}`). */
function lastNamedSegment(path: string): string {
  const segs = pathSegments(path);
  let last = segs[segs.length - 1] ?? '';
  if (segs.length > 1 && idLike(last)) last = segs[segs.length - 2]!;
  return last;
}

/**
 * A referral written under a record by its id (…/incidents/{id}/referrals): with a pupil and a staff note's words, a
 * note on the pupil's record, whatever record it hangs under (x5 review D3). A bare /referrals is a shop's too.
 */
function referralOnRecord(path: string): boolean {
  const segs = pathSegments(path);
  const n = segs.length;
  return n >= 3 && /^referrals$/i.test(segs[n - 1]!) && idLike(segs[n - 2]!);
}

/** Gibbon's module scripts read by their own path (r26 and its review): Individual Needs, Reports, the Planner's discussion. */
function gibbonScriptNote(path: string, body: ParsedBody): boolean {
  if (GIBBON_NEEDS_PATH.test(path)) return gibbonNeedsNote(body);
  if (GIBBON_REPORTS_SCRIPT.test(path)) return gibbonReportNote(body);
  return GIBBON_PLANNER_POST_SCRIPT.test(path) && gibbonEntryComment(body);
}

export function studentRecordKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  // The path first (cheap): a conduct record with a school sign is enough.
  if (conductRecord(url, path, body)) return 'comment';
  const w = recordWords(url, path);
  if (w.some((x) => RECORD_WORD.test(x) || x === 'absence' || x === 'absences')) {
    // A parent's absence report to the school's office: a message, not a staff note (sis1rev J1).
    if (ABSENCE_COLLECTION.test(lastNamedSegment(path)) && pupilNamed(body) && !hasKeyDeep(body, ATTENDANCE_CODE_KEY)) return 'message';
    if (w.some((x) => RECORD_WORD.test(x)) && (pupilNote(body) || gibbonPupilNote(body))) return 'comment';
    if (w.some((x) => ATTENDANCE_WORD.test(x)) && personInQuery(url) && hasNamed(body, STAFF_NOTE_KEY, hasWords)) return 'comment';
  }
  // RosarioSIS's comments on a pupil's record, the pupil in the bracket key, the path naming students (r26 review D5).
  if (w.some((x) => STUDENTS_WORD.test(x)) && bracketPupilNote(body)) return 'comment';
  if (referralOnRecord(path) && pupilNote(body)) return 'comment';
  if (pupilDoctype(path, body)) return 'comment';
  if (path.endsWith('Process.php') && gibbonScriptNote(path, body)) return 'comment';
  // Named methods and models (tested only when the path holds their word, so other paths cost one search each).
  const lower = path.toLowerCase();
  if ((lower.includes('student_log') && STUDENT_LOG_METHOD.test(path)) || (lower.includes('/call_kw/op.') && OPENEDUCAT_MODEL_PATH.test(path))) return 'comment';
  if (lower.includes('differentiation') && DIFFERENTIATION_PATH.test(path)) return 'comment';
  return undefined;
}

/**
 * Aeries's SendAlert (`RecipientID` and `RecipientType` Parent, Student, Teacher or User, the words in `Comment`):
 * delivered to that one person, a message (sis1rev D8), beside a pupil named or on an alert's path.
 */
export function studentAlertKind(path: string, body: ParsedBody): PostKind | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value;
  const type = v['RecipientType'] ?? v['recipientType'] ?? v['recipient_type'];
  const id = v['RecipientID'] ?? v['RecipientId'] ?? v['recipientId'] ?? v['recipient_id'];
  if (typeof type !== 'string' || !/^(?:parent|student|teacher|user|staff|guardian)$/i.test(type) || !idLike(id)) return undefined;
  return pupilNamed(body) || /alert/i.test(path.slice(-40)) ? 'message' : undefined;
}

/**
 * A Frappe save of a pupil's record (the desk's savedocs or a client insert, save or submit): the Save is how a
 * Student Log reaches staff, no draft (refuses.ts, as people-feedback.ts's selfWrittenSave is for an employee's own
 * documents).
 */
export function studentRecordSaved(body: ParsedBody, path: string): boolean {
  return (FRAPPE_SAVEDOCS.test(path) || FRAPPE_CLIENT_WRITE.test(path)) && pupilDoctype(path, body);
}

/**
 * Paths watches.ts would skip that carry a pupil's record: a register session's writeback, and a Frappe desk save or
 * client save of a pupil's record (before the body is known, the path is watched so it is read, as
 * people-feedback.ts's peopleRecordWatched does; sis1rev D7, M6).
 */
export function studentRecordWatched(path: string, body: string | undefined, contentType: string | undefined): boolean {
  if (REGISTER_SESSION_PATH.test(path)) return true;
  if (!FRAPPE_SAVEDOCS.test(path) && !FRAPPE_CLIENT_WRITE.test(path)) return false;
  return body !== undefined && pupilDoctype(path, parseBody(body, contentType));
}

/** Paths whose words are shown joined: Schoolbox's pastoral record, a register, a results batch, an Ed-Fi incident. */
const JOINED_TEXT_PATH = /(?:\/pastoral\/records?\/|\/attendance\/(?:session|lesson)\/?$|\/results\/?$|\/ed-fi\/disciplineIncidents(?:\/[^/]{1,64})?\/?$)/i;

/** Plain words of a value, or undefined when it holds none. */
function plain(key: string, v: unknown): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const text = asPlainText(key, v).trim();
  return text === '' ? undefined : text;
}

/** The notes of a batch's pupils (`attendance[]`, `results[]`), each item's `comment` beside its pupil. */
function batchNotes(value: Record<string, unknown>, parts: string[]): void {
  for (const key of ['attendance', 'results']) {
    const items = value[key];
    if (!Array.isArray(items)) continue;
    for (const item of items.slice(0, 200)) {
      if (!isRecord(item) || !hasKeyDeep({ type: 'json', value: item }, PUPIL_KEY, pupilValue)) continue;
      const text = plain('comment', item['comment']);
      if (text !== undefined && !parts.includes(text)) parts.push(text);
    }
  }
}

/**
 * The words a pupil's record sends, for longest-field.ts to show whole when they are in several fields or items: a
 * Schoolbox pastoral record's general and confidential content (roles with access level 2 read the confidential
 * part), a register's or OneRoster result batch's notes on each pupil, an Ed-Fi incident's description and its
 * behaviours' detailed descriptions; in the body's order, a blank line between (sis1rev D2, D3, J4). Undefined when
 * fewer than two parts hold words, so the general reading stands.
 */
export function studentRecordText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path !== undefined && body.type === 'form' && path.endsWith('.php')) return gibbonNotesText(body, min, path) ?? openSisDetailsText(body, min);
  if (path === undefined || !JOINED_TEXT_PATH.test(path)) return undefined;
  const parts: string[] = [];
  let field: string | undefined;
  if (/\/pastoral\/records?\//i.test(path)) {
    // In the body's order: a form's fields, or a JSON object's keys.
    const keys = body.type === 'form' ? [...body.fields.keys()] : body.type === 'json' && isRecord(body.value) ? Object.keys(body.value) : [];
    for (const key of keys.filter((k) => k === 'body_public' || k === 'body_private')) {
      const text = plain(key, topLevelString(body, key));
      if (text !== undefined && !parts.includes(text)) parts.push(text);
    }
    field = 'body_private';
  } else if (body.type === 'json' && isRecord(body.value)) {
    const v = body.value;
    batchNotes(v, parts);
    field = 'comment';
    const incident = plain('incidentDescription', v['incidentDescription']);
    if (incident !== undefined && Array.isArray(v['behaviors'])) {
      const details = v['behaviors'].slice(0, 50).map((b) => (isRecord(b) ? plain('behaviorDetailedDescription', b['behaviorDetailedDescription']) : undefined));
      const shown = [incident, ...details.filter((d): d is string => d !== undefined)];
      if (shown.length > parts.length) {
        parts.splice(0, parts.length, ...shown);
        field = 'incidentDescription';
      }
    }
  }
  if (parts.length < 2) return undefined;
  const text = parts.join('\n\n');
  return isFreeText(text, min) ? { text, field: field ?? 'comment' } : undefined;
}
