/**
 * School-to-home messaging and school records (round ed2): where teachers and
 * early-years staff write to parents and to colleagues about pupils.
 * kind.ts asks schoolKind after every other kind rule (only what would
 * otherwise be a plain post); refuses.ts asks manageScriptEntity.
 * - Words written on a pupil's record are read by colleagues (tutors are
 *   notified) and often by the pupil's parents: published, and a comment
 *   under that pupil, not a post to a feed. Known by a record named for
 *   behaviour or pastoral care beside a pupil's or person's id (Gibbon's
 *   behaviour_manage_addProcess.php with `gibbonPersonID`), or by a path
 *   naming students beside a pupil's id, or a person's id in the query
 *   (Gibbon's student notes with `?gibbonPersonID=`, RosarioSIS's
 *   Students/Student.php comments with `student_id`). A person's id in the
 *   body beside `students` is as often the author's own (a student's feed
 *   post), so it is not enough (ed2 review D3).
 * - Words posted on a portfolio or journal item named by id in the body
 *   (Chamilo's portfolio comment form: `content` beside `item` and `parent: 0`,
 *   to …/portfolio/index.php?action=view&id={item}) are a comment under that
 *   pupil's work; a parent comment named makes a reply (kind.ts, before).
 *   Not the item's own address (`PUT …/items/55` with `item_id: 55`): an edit
 *   of the item itself (ed2 review M2).
 * - Path words, query keys, and query values naming a module script (ending
 *   `.php`: RosarioSIS's `modname=Students/Student.php`) are read; free query
 *   values (`?tab=students`, `?utm_source=journal`) name nothing (review D3, M2).
 * - A school messenger's form that chooses delivery channels by flag (`email:
 *   'Y'`, `sms: 'Y'`, `messageWall`, beside a subject) and sends by email or
 *   SMS sends the words to inboxes and phones: a message. The message wall
 *   alone is a post. Two channels chosen, or a messenger in the path, and a
 *   yes said as such (`Y`, `yes`, `true`): a forum's lone "notify me"
 *   checkbox (`email=1`), a blog post also mailed out (`email: true`) or a
 *   club's post with `sms: 'N'` is no such choice (review M1; x2 review M3).
 * - Word lists fenced for HR and CRM tools (x2 review M2, J3): no `conduct`,
 *   no `children`, a pupil's id by its whole name.
 * - Quiet: the scripts of a template collection named PHP-module style,
 *   Gibbon's CRUD naming only (`cannedResponse_manage_addProcess.php`):
 *   refuses.ts tests the entity, pluralised, with its templateCollection
 *   list, which reads paths only by whole segments (review D2). A form saying
 *   `status=Draft` is unpublished-objects.ts formStatusDraft's (review D1).
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasFieldWhere, hasKeyDeep } from './body-fields';
import { fieldLeaf, nameWords } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { idLike } from './threads';
import { methodName } from './operation-kind';

/**
 * Words naming pupils, in a path or query (`Students`, `student_view_details`). Not `children`: an HR tool's dependants
 * under an employee are no pupils (x2 review M2, J3).
 */
const STUDENT_WORD = /^(?:students?|pupils?|learners?)$/;
/**
 * Records kept about a pupil's behaviour or welfare, named so in a path (`Behaviour`, `behaviour_manage_add`). Not
 * `conduct`: no school source uses it, and an HR tool's conduct incidents are about employees (x2 review M2, J3).
 */
const RECORD_WORD = /^(?:behaviou?rs?|pastoral|discipline)$/;
/** A pupil named by id (`student_id`, `childId`, `pupil_id`), the whole name (`grandchildId` is none: x2 review M2). */
const PUPIL_ID_NAME = /^(?:student|pupil|child|learner)_?id$/i;
/** A person named by id (`gibbonPersonID`, `person_id`): the pupil on a record, or as often the author. */
const PERSON_ID_NAME = /person_?id$/i;

/** A query value naming a module script (RosarioSIS's `modname=Students/Student.php`, Gibbon's `q=/modules/Students/…php`). */
const MODULE_VALUE = /\.php$/i;
function words(url: URL, path: string): string[] {
  // One-script systems name the module in the query: its keys, and values naming a script, are read; other values
  // are free (a tab, a return address, a campaign tag) and name nothing (ed2 review D3, M2).
  const w = nameWords(path.length > 512 ? path.slice(-512) : path);
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    w.push(...nameWords(key));
    if (value.length <= 200 && MODULE_VALUE.test(value)) w.push(...value.split('/').flatMap((p) => nameWords(p)));
  }
  return w;
}
/** The same words for student-records.ts (round sis1): its records are named the same way. */
export const recordWords = words;
/** The same conduct words for student-records.ts (sis1rev M7), which reads them as whole path segments only. */
export const CONDUCT_RECORD_WORD = RECORD_WORD;

/** A pupil named by id in the query or body, or a person named by id in the query only ('query'), or in the body ('body'). */
function namedPerson(url: URL, body: ParsedBody): 'pupil' | 'query' | 'body' | undefined {
  let person: 'query' | 'body' | undefined;
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (PUPIL_ID_NAME.test(key) && idLike(value)) return 'pupil';
    if (PERSON_ID_NAME.test(key) && idLike(value)) person = 'query';
  }
  let inBody = false;
  if (hasFieldWhere(body, (name, v) => {
    if (!idLike(v)) return false;
    const leaf = fieldLeaf(name);
    if (PUPIL_ID_NAME.test(leaf)) return true;
    if (PERSON_ID_NAME.test(leaf)) inBody = true;
    return false;
  })) return 'pupil';
  return person ?? (inBody ? 'body' : undefined);
}

/** A pupil's collected work or an early-years journal, named in a path or query. */
const PORTFOLIO_WORD = /^(?:portfolios?|journals?|observations?)$/;
/** The item commented on, named in the body (`item`, `item_id`, `entryId`, `observation_id`). */
const PORTFOLIO_ITEM_FIELD = /^(?:item|entry|(?:item|entry|observation|portfolio_?item|journal_?item)_?id)$/i;

/** Yes as school systems' radio buttons send it: not a checkbox's `1` or `on` (ed2 review M1). */
const YES = /^(?:y|yes|true)$/i;
const DELIVERY_FLAG = /^(?:email|sms|send_?(?:email|sms)|by_?(?:email|sms)|deliver_?by_?(?:email|sms))$/i;
/** A delivery channel's field, chosen or not (Gibbon's `email`, `sms`, `messageWall`). */
const DELIVERY_CHANNEL_FIELD = /^(?:email|sms|message_?wall|send_?(?:email|sms)|by_?(?:email|sms)|deliver_?by_?(?:email|sms))$/i;

/** A messenger named in the path (Gibbon's /modules/Messenger/messenger_postPreProcess.php). */
const MESSENGER_PATH = /messenger/i;
function yes(v: unknown): boolean {
  return v === true || (typeof v === 'string' && YES.test(v));
}
/**
 * Delivery by email or SMS chosen with a flag, beside a subject, where the choice is a messenger's: a second channel
 * chosen too, or a messenger named in the path (Gibbon's form sends `sms: 'N'` beside `email: 'Y'`). A channel set to
 * N is no choice: a club's post with `email: 'Y', sms: 'N'` is a post (x2 review M3). The flag is tested first, being
 * the rarer (ed2 review M4).
 */
function deliveredToInboxes(path: string, body: ParsedBody): boolean {
  if (!hasFieldWhere(body, (name, v) => DELIVERY_FLAG.test(name) && yes(v))) return false;
  if (!MESSENGER_PATH.test(path)) {
    const channels = new Set<string>();
    if (!hasFieldWhere(body, (name, v) => DELIVERY_CHANNEL_FIELD.test(name) && yes(v) && channels.add(name.toLowerCase()).size >= 2)) return false;
  }
  return hasFieldWhere(body, (name, v) => /^subject$/i.test(name) && typeof v === 'string' && v !== '');
}

/**
 * A teacher's feedback on a pupil's submission named by id (round r15: Microsoft Graph Education's PATCH
 * …/submissions/{id}/outcomes/{id} with a feedback outcome's `feedback.text`): read by that pupil, a comment on the work.
 * So are a rubric criterion's comments given with the grade (r19 review D4: Canvas's PUT …/submissions/{user_id} with
 * `rubric_assessment[{criterion}][comments]`, form or JSON).
 */
const SUBMISSION_SEGMENT = /^submissions$/i;
const FEEDBACK_FIELD = /^(?:feedback|published_?feedback)$/i;
/**
 * Words, as a string or as `text`/`content` under the field in any case (Graph's `feedback.text.content`,
 * Brightspace's `Feedback: { Content, Type }`); not a flag or a rating.
 */
function feedbackWords(v: unknown): boolean {
  if (typeof v === 'string') return /\p{L}/u.test(v);
  if (!isRecord(v)) return false;
  for (const k in v) if (/^(?:text|content)$/i.test(k) && feedbackWords(v[k])) return true;
  return false;
}
/** A rubric criterion's comments, as a form names them (`rubric_assessment[_8027][comments]`). */
const RUBRIC_COMMENT_NAME = /^rubric\w{0,30}\[[^\]]{1,40}\]\[comments?\]$/i;
function rubricComments(body: ParsedBody): boolean {
  if (body.type === 'json' && isRecord(body.value)) {
    for (const key in body.value) {
      const criteria = body.value[key];
      if (!/^rubric/i.test(key) || !isRecord(criteria)) continue;
      for (const id in criteria) {
        const c = criteria[id];
        if (isRecord(c) && feedbackWords(c['comments'])) return true;
      }
    }
    return false;
  }
  return hasFieldWhere(body, (name, v) => RUBRIC_COMMENT_NAME.test(name) && feedbackWords(v));
}
function submissionFeedback(path: string, body: ParsedBody): boolean {
  const segs = pathSegments(path);
  // Plural only, and an assignment's context: an `assignment(s)` segment before submissions/{id} or `outcomes` after it
  // (review of r15, D2: a contact form's submission with a `feedback` field is not a teacher's comment).
  const at = segs.findIndex((seg, i) => SUBMISSION_SEGMENT.test(seg) && hasIdSegment(segs[i + 1] ?? ''));
  if (at < 0) return false;
  const assignment = segs.slice(0, at).some((seg) => /^assignments?$/i.test(seg)) || /^outcomes$/i.test(segs[at + 2] ?? '');
  return assignment && (hasFieldWhere(body, (name, v) => FEEDBACK_FIELD.test(name) && feedbackWords(v)) || rubricComments(body));
}

const GRADING_SEGMENT = /^(?:grades?|gradebook|grading|update_grades|markbook)$/i;
/** A segment naming whose work is graded, by id or as the collection (`users/{id}`, `attempts/{id}`, `…/submissions/update_grades`). */
const GRADED_SEGMENT = /^(?:users?|students?|pupils?|learners?|submissions?|attempts?|enrol?lments?)$/i;
/** A graded person's or work's id in the body, by its leaf or a form's bracketed leaf (`userid`, `grades[0][studentid]`, `enrollment_id`). */
const GRADED_ID_KEY = /(?:^|\[)(?:user|student|pupil|learner|submission|attempt|enrol?lment)_?ids?\]?$/i;
/** An entry keyed by a person's id, as Canvas's bulk grading keys its form (`grade_data[51877][text_comment]`). */
const ID_KEYED_ENTRY = /^\w{1,40}\[\d{3,}\]\[/;
/** A remote method that saves grades (Moodle's `mod_assign_save_grade(s)`, `core_grades_update_grades`). */
const GRADING_METHOD = /(?:^|_)(?:save|update|set)_?grades?$/i;
/** A method named in the query (Moodle's REST clients put `wsfunction` in the URL, the parameters in the body: r19 review D2). */
const QUERY_METHOD_KEY = /^(?:wsfunction|method)$/i;
/** A grade, score or points field, by name or as a form's grade entries (`grade`, `posted_grade`, `grades[0][…]`). */
const GRADE_VALUE_KEY = /(?:^|[[_])(?:grades?|scores?|points)(?:$|\]|\[)/i;
/** Feedback's own field (`feedback`, Moodle's gradebook `str_feedback`, ORA's `overall_feedback`, Canvas's `text_comment`, `feedback_comment(s)`), and comments only staff read (Blackboard's `notes`, Brightspace's `PrivateComments`: r19 review J1), by its leaf. */
const GRADE_FEEDBACK_LEAF = /^(?:(?:str|overall)_?feedback|feedback|text_?comment|feedback_?comments?|notes|private_?comments?)$/i;
/** An editor's text under a feedback-comments plugin (Moodle's `…[assignfeedbackcomments_editor][text]`). */
const FEEDBACK_EDITOR_NAME = /feedback_?comments?(?:_?editor)?\]\[(?:text|content)\]$/i;
function isGradeFeedback(name: string, v: unknown): boolean {
  return (GRADE_FEEDBACK_LEAF.test(fieldLeaf(name)) || FEEDBACK_EDITOR_NAME.test(name)) && feedbackWords(v);
}
/**
 * A grading context: a path segment naming grades or a gradebook with whose work it is beside it (an id after it, a
 * segment naming users, students, submissions or attempts, or such an id in the body: r19 review J2, so an HR tool's
 * `/reviews/77/grading` or a `/grades/feedback` form is none), a dropbox's feedback, or a remote method saving grades
 * (in the body or the query) beside a grade, score or points field (review M4: `saveGrade` alone is any JSON-RPC's).
 */
function gradingContext(url: URL | undefined, path: string, body: ParsedBody): boolean {
  const segs = pathSegments(path);
  const at = segs.findIndex((seg) => GRADING_SEGMENT.test(seg));
  if (at >= 0 && (segs.slice(at + 1).some((seg) => hasIdSegment(seg)) || segs.some((seg) => GRADED_SEGMENT.test(seg))
    || hasKeyDeep(body, GRADED_ID_KEY, idLike) || hasFieldWhere(body, (name) => ID_KEYED_ENTRY.test(name)))) return true;
  const box = segs.findIndex((seg) => /^dropbox$/i.test(seg));
  if (box >= 0 && segs.slice(box + 1).some((seg) => /^feedback$/i.test(seg))) return true;
  let method = methodName(body);
  if (method === undefined && url !== undefined) for (const [k, v] of url.searchParams) if (QUERY_METHOD_KEY.test(k)) { method = v; break; }
  return method !== undefined && method.length <= 100 && GRADING_METHOD.test(method) && hasKeyDeep(body, GRADE_VALUE_KEY);
}
/**
 * A teacher's feedback entered with a grade (recheck r19): Canvas's …/submissions/update_grades with
 * `grade_data[{student}][text_comment]`, Moodle's `mod_assign_save_grade(s)` with
 * `plugindata[assignfeedbackcomments_editor][text]` and `core_grades_update_grades` with `str_feedback`, Blackboard's
 * PATCH …/gradebook/columns/{id}/users/{id} or …/attempts/{id} with `feedback` (or its staff-only `notes`),
 * Brightspace's …/dropbox/folders/{id}/feedback/{user|group}/{id} with `Feedback.Content` and its grade values'
 * `PrivateComments`. Read by the pupil with the grade, or by the course's staff: a comment on the work (a staff-only
 * note as a help desk's internal note is, r19 review J1). Known by a grading context and a feedback field holding
 * words; a grade, a score or a rubric alone has none (r19 near-misses).
 */
export function gradingFeedback(url: URL | undefined, path: string, body: ParsedBody): boolean {
  return hasFieldWhere(body, isGradeFeedback) && gradingContext(url, path, body);
}

/** Open edX ORA's peer and staff assessments (…/handler/peer_assess, …/staff_assess): feedback on a learner's response (r19 review D6). */
const ORA_ASSESS_SEGMENT = /^(?:peer|staff)_?assess(?:ment)?$/i;
function assessmentFeedback(path: string, body: ParsedBody): boolean {
  if (!ORA_ASSESS_SEGMENT.test(lastSegment(path))) return false;
  return hasFieldWhere(body, (name, v) => {
    if (/^overall_?feedback$/i.test(name)) return feedbackWords(v);
    if (!/^criterion_?feedback$/i.test(name) || !isRecord(v)) return false;
    for (const k in v) if (feedbackWords(v[k])) return true;
    return false;
  });
}

/**
 * Feedback saved but not released to the pupil (recheck r19): Brightspace's DropboxFeedback with `IsGraded: false`
 * (its docs: still in draft), Moodle's marking workflow short of `released` (`workflowstate: inmarking`,
 * `readyforreview`, …). Read per grade entry (r19 review D1): only when every piece of feedback sits in an entry (or
 * under a body) whose own state is unreleased; a bulk save with one pupil's feedback released is that comment.
 * Moodle's marking states are grading context enough beside a grade (its method may be in the query, which refuses.ts
 * does not see: review D2). Also a draft of a submission comment (Canvas's `draftComment: true`, review D5) and a
 * learner's response saved unsubmitted (ORA's …/handler/save_submission). refuses.ts asks it.
 */
const UNRELEASED_STATE = /^(?:notmarked|inmarking|readyforreview|inreview|readyforrelease)$/i;
const STATE_LEAF = /^(?:is_?graded|workflow_?state)$/i;
/** A grading state: true if unreleased, false if released (or graded), undefined if the field is no state. */
function unreleased(leaf: string, v: unknown): boolean | undefined {
  if (!STATE_LEAF.test(leaf)) return undefined;
  if (/^is_?graded$/i.test(leaf)) return v === false || v === 'false' ? true : v === true || v === 'true' ? false : undefined;
  return typeof v === 'string' ? UNRELEASED_STATE.test(v) : undefined;
}
/** Does every piece of grade feedback sit under its own entry's unreleased state (and is there any)? */
function feedbackAllUnreleased(body: ParsedBody): boolean {
  if (body.type === 'json') {
    const top = isRecord(body.value) ? body.value : undefined;
    const stateOf = (o: Record<string, unknown> | undefined): boolean | undefined => {
      if (o === undefined) return undefined;
      for (const k in o) {
        const u = unreleased(k, o[k]);
        if (u !== undefined) return u;
      }
      return undefined;
    };
    const topState = stateOf(top);
    let any = false;
    let released = false;
    hasKeyDeep(body, GRADE_FEEDBACK_LEAF, (v, holder) => {
      if (!feedbackWords(v)) return false;
      any = true;
      released = (stateOf(holder) ?? topState) !== true;
      return released;
    });
    return any && !released;
  }
  const states = new Map<string, boolean>();
  hasFieldWhere(body, (name, v) => {
    const leaf = fieldLeaf(name);
    const u = unreleased(leaf, v);
    if (u !== undefined) states.set(name.endsWith(`[${leaf}]`) ? name.slice(0, -leaf.length - 2) : '', u);
    return false;
  });
  if (![...states.values()].includes(true)) return false;
  let any = false;
  const released = hasFieldWhere(body, (name, v) => {
    if (!isGradeFeedback(name, v)) return false;
    any = true;
    let best: string | undefined;
    for (const prefix of states.keys()) if ((prefix === '' || name.startsWith(`${prefix}[`)) && (best === undefined || prefix.length > best.length)) best = prefix;
    return best === undefined || states.get(best) !== true;
  });
  return any && !released;
}
const DRAFT_COMMENT_FLAG = /^(?:is_?)?draft_?comment$/i;
const ORA_SAVE_PATH = /\/xblock\/[^/]{1,300}\/handler\/save_submission\/?$/i;
export function gradingFeedbackUnreleased(path: string, body: ParsedBody): boolean {
  if (ORA_SAVE_PATH.test(path)) return true;
  if (hasFieldWhere(body, (name, v) => DRAFT_COMMENT_FLAG.test(name) && (v === true || v === 'true')) && hasFieldWhere(body, (name) => /^submission_?id$/i.test(name))) return true;
  if (!feedbackAllUnreleased(body)) return false;
  const marking = hasFieldWhere(body, (name, v) => /^workflow_?state$/i.test(fieldLeaf(name)) && typeof v === 'string' && UNRELEASED_STATE.test(v));
  return (marking && hasKeyDeep(body, GRADE_VALUE_KEY)) || gradingContext(undefined, path, body);
}

export function schoolKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  if (deliveredToInboxes(path, body)) return 'message';
  if (submissionFeedback(path, body)) return 'comment';
  if (gradingFeedback(url, path, body) || assessmentFeedback(path, body)) return 'comment';
  const w = words(url, path);
  const last = lastSegment(path);
  if (w.some((x) => PORTFOLIO_WORD.test(x)) && hasFieldWhere(body, (name, v) => PORTFOLIO_ITEM_FIELD.test(name) && idLike(v) && String(v) !== last)) return 'comment';
  const record = w.some((x) => RECORD_WORD.test(x));
  if (!record && !w.some((x) => STUDENT_WORD.test(x))) return undefined;
  const person = namedPerson(url, body);
  // On a behaviour or pastoral record any person named is the pupil; beside `students` only a pupil's id, or a
  // person's in the query (the record opened), is (ed2 review D3).
  if (person === 'pupil' || person === 'query' || (record && person === 'body')) return 'comment';
  return undefined;
}

/**
 * A script of a PHP module's CRUD pages for an entity, Gibbon's naming (`cannedResponse_manage_addProcess.php`,
 * `…_manage_edit.php`): the entity, split at its capitals and pluralised (`canned_responses`), for refuses.ts to test
 * with its template collections' list. Only add and edit: a script that sends or posts
 * (`quickReply_post.php`, `emailTemplate_sendProcess.php`) sends (ed2 review D2).
 */
const MANAGE_SCRIPT = /^([A-Za-z]{1,40})_manage_(?:add|edit)(?:Process)?\.php$/;
export function manageScriptEntity(path: string): string | undefined {
  const m = MANAGE_SCRIPT.exec(lastSegment(path));
  if (m === null) return undefined;
  const entity = m[1]!.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return /[^aeiou]y$/.test(entity) ? `${entity.slice(0, -1)}ies` : /s$/.test(entity) ? entity : `${entity}s`;
}
