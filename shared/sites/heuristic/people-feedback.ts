/**
 * Work's people tools (round hr1): where an employee writes about named colleagues, the boss or the employer —
 * performance reviews, peer feedback, recognition and the company feed of an HR system. The general rules read most
 * of the words; what they got wrong, and why it is decided here:
 *
 * - A review written in a review cycle is read by the employee's manager and HR under that review, not by the
 *   company and not by one addressee: a comment under the review. So is a colleague's feedback filed on an appraisal
 *   and a reviewer's log on a performance tracker (OrangeHRM's PUT …/performance/reviews/{id}/evaluation/{employee|
 *   supervisor|final}, POST …/performance/trackers/{id}/logs; Frappe HR's Appraisal `add_feedback` through
 *   run_doc_method and its Employee Performance Feedback, which names the `appraisal` beside the `employee`).
 * - Such a review is often saved before it is submitted, by the same request with a completion flag off (OrangeHRM's
 *   `complete: false`): kept for its writer, not published (reviewSavedNotSubmitted, from refuses.ts). Frappe's desk
 *   form saves a submittable document as a draft with `action: Save` and issues it with `action: Submit` through
 *   frappe.desk.form.save.savedocs, a path watches.ts skips for its `save`: only a people-review document submitted
 *   there is watched (peopleRecordWatched), and an Appraisal saved, which its employee writes but may not submit; so
 *   are a tracker's logs, which the skip list's `track` and `log` hide.
 * - Recognition shown on the company feed is a post even though it names whom it thanks (Awardco's `recipients` with
 *   `isPublic`), and one sent privately (`isPublic: false`) a message; an add-on to a colleague's recognition
 *   (Bonusly's `parent_bonus_id`) is a comment on it, not a reply in a thread; an appreciation given on a document
 *   (Frappe's energy point review: `review_type` Appreciation or Criticism, the document in `doc`) is a comment on that
 *   document, though it names the colleague in `to_user`.
 * - A feed post shared with the sharer's words (OrangeHRM Buzz's POST /buzz/shares with `shareId` and `text`) is a
 *   quote, as small-networks.ts reads re-shares.
 * Survey free text is left as round fb1 (feedback-tools.ts) left it. Feedback addressed to one colleague by a
 * recipient field or a messages path stays a message: the kind hook steps aside for it.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { flagOff, hasField, hasFieldWhere, topLevelString } from './body-fields';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { addressed, topLevelKey } from './shared-rules';
import { idLike } from './threads';

/**
 * Words on a review by id: its evaluations by role, a self-review or assessment (OrangeHRM's
 * …/reviews/{id}/evaluation/employee, …/evaluation/final; …/appraisals/{id}/self-assessment).
 */
const REVIEW_EVALUATION_PATH =
  /(?:^|\/)(?:reviews?|appraisals?|review[-_]?cycles?)\/[^/]*\d[^/]*\/(?:evaluations?(?:\/(?:employee|self|supervisor|manager|peer|final|reviewer))?|self[-_]?(?:reviews?|evaluations?|assessments?|appraisals?)|(?:manager|supervisor|peer|upward|final)[-_]?(?:reviews?|evaluations?|assessments?|feedback))\/?$/i;
/** A performance tracker's logs (OrangeHRM's …/performance/trackers/{id}/logs and one log by id). */
const TRACKER_LOG_PATH = /(?:^|\/)performance\/(?:[\w-]+\/)*?trackers?\/\d+\/logs?(?:\/\d+)?\/?$/i;
/** A completion flag that, off, keeps a review saved for its writer (OrangeHRM's `complete`). */
const COMPLETION_FLAG = /^(?:complete|completed|is_?complete(?:d)?|submit|submitted|is_?submitted|finali[sz]e|finali[sz]ed)$/i;
/** Frappe's desk form save and document method paths. */
const FRAPPE_SAVEDOCS = /(?:^|\/)api\/method\/frappe\.desk\.form\.save\.savedocs\/?$/i;
const FRAPPE_DOC_METHOD = /(?:^|\/)api\/method\/run_doc_method\/?$/i;
/** Frappe doctypes that hold a review of a person or feedback on one (Frappe HR's Appraisal, Employee Performance Feedback). */
const PEOPLE_REVIEW_DOCTYPE = /^(?:appraisal|employee performance feedback|employee feedback|performance feedback|peer feedback|self appraisal)$/i;
/** A people-review document its employee writes and saves but may not submit (Frappe HR's Appraisal). */
const SELF_WRITTEN_DOCTYPE = /^appraisal$/i;
/** A link to the appraisal or review the words are filed on, read beside an employee. */
const APPRAISAL_FIELD = /^(?:appraisal|performance_?review)(?:_?(?:id|name))?$/i;
const EMPLOYEE_FIELD = /^(?:employee|employee_?id)$/i;
/** Frappe's energy point review: appreciation or criticism of a colleague given on a document. */
const APPRECIATION_TYPE = /^(?:appreciation|criticism)$/i;
/** A recognition collection or action (Awardco's /api/recognize and /recognize/no-program; /recognitions, /kudos, /shoutouts). */
const RECOGNITION_SEGMENT = /^(?:recogni[sz]e|recognitions?|kudos|praises?|shout[-_]?outs?|high[-_]?fives?|appreciations?)$/i;
const RECOGNITION_QUALIFIER = /^(?:no[-_]program|program|new|create|give|send)$/i;
/** Said of a recognition kept off the feed. */
const PUBLIC_FLAG = /^(?:is_?public|public|show_?in_?feed|post_?to_?feed)$/i;
const PRIVATE_FLAG = /^(?:is_?private|private)$/i;
/** An add-on under a colleague's recognition (Bonusly's `parent_bonus_id`). */
const PARENT_RECOGNITION_FIELD = /^parent_?(?:bonus|recognition|kudos?|praise|shout_?out|high_?five|appreciation)_?id$/i;
/** A shares collection and the shared item it names (OrangeHRM Buzz's POST /api/v2/buzz/shares `shareId`). */
const SHARES_LAST = /^(?:shares|reshares)$/i;
const SHARED_ITEM_FIELD = /^(?:share|post|original_?post|shared_?post)_?id$/i;

/** A Frappe document sent as JSON in a field (savedocs' `doc`, run_doc_method's `docs`), parsed; a form's or JSON's. */
function frappeDoc(body: ParsedBody, field: string): Record<string, unknown> | undefined {
  let v: unknown;
  if (body.type === 'form' || body.type === 'multipart') v = body.fields.get(field);
  else if (body.type === 'json' && isRecord(body.value)) v = body.value[field];
  if (isRecord(v)) return v;
  if (typeof v !== 'string' || !v.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(v) as unknown;
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function peopleReviewDoc(doc: Record<string, unknown> | undefined): boolean {
  if (doc === undefined) return false;
  const doctype = doc['doctype'];
  if (typeof doctype === 'string' && PEOPLE_REVIEW_DOCTYPE.test(doctype)) return true;
  return Object.keys(doc).some((k) => APPRAISAL_FIELD.test(k) && idLike(doc[k])) && Object.keys(doc).some((k) => EMPLOYEE_FIELD.test(k));
}

/** The raw body read for the watch decision, before it is parsed: a form's or a JSON object's fields. */
function rawBody(body: string): ParsedBody {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return { type: 'json', value: JSON.parse(trimmed) as unknown };
    } catch {
      return { type: 'none' };
    }
  }
  return { type: 'form', fields: new Map(new URLSearchParams(body)) };
}

/**
 * Paths the skip list hides that carry reviews of people (round hr1): a performance tracker's logs, and Frappe's desk
 * form save when it submits a people-review document (before the body is known, the path is watched so it is read).
 */
export function peopleRecordWatched(path: string, body: string | undefined): boolean {
  if (TRACKER_LOG_PATH.test(path)) return true;
  if (!FRAPPE_SAVEDOCS.test(path)) return false;
  if (body === undefined) return true;
  const parsed = rawBody(body);
  const action = topLevelString(parsed, 'action');
  const doc = frappeDoc(parsed, 'doc');
  // An Appraisal is written by its employee (reflections, self ratings) with Save alone: the Employee role may not
  // submit it, HR does at the cycle's end, so what is saved is what the reviewer reads. Other people-review documents
  // (Employee Performance Feedback) are drafts until submitted.
  if (action === 'Save') return doc !== undefined && typeof doc['doctype'] === 'string' && SELF_WRITTEN_DOCTYPE.test(doc['doctype']);
  return action === 'Submit' && peopleReviewDoc(doc);
}

/**
 * An Appraisal its employee saved (savedocs `action: Save`): the Save is how its reflections are given to the reviewer,
 * so refuses.ts's rule that an action which saves publishes nothing does not apply (round hr1).
 */
export function selfAppraisalSaved(body: ParsedBody, path: string): boolean {
  if (!FRAPPE_SAVEDOCS.test(path) || topLevelString(body, 'action') !== 'Save') return false;
  const doctype = frappeDoc(body, 'doc')?.['doctype'];
  return typeof doctype === 'string' && SELF_WRITTEN_DOCTYPE.test(doctype);
}

/** A review saved with its completion flag off (OrangeHRM's Save beside Complete): kept for its writer (round hr1). */
export function reviewSavedNotSubmitted(body: ParsedBody, path: string): boolean {
  if (!REVIEW_EVALUATION_PATH.test(path) && !TRACKER_LOG_PATH.test(path)) return false;
  return hasTopLevel(body, COMPLETION_FLAG, flagOff);
}

function hasTopLevel(body: ParsedBody, pattern: RegExp, ok: (v: unknown) => boolean): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (pattern.test(name) && ok(v)) return true;
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const value = body.value;
  return Object.keys(value).some((k) => pattern.test(k) && ok(value[k]));
}

/**
 * A recognition collection or action at the path's end (or before a qualifier), under nothing named by id: kudos on
 * one item (…/activities/{id}/kudos) are that item's, left to the general rules.
 */
function recognitionPath(path: string): boolean {
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && RECOGNITION_QUALIFIER.test(segments[at]!)) at--;
  if (!RECOGNITION_SEGMENT.test(segments[at] ?? '')) return false;
  return !hasIdSegment(segments.slice(0, at).join('/'));
}

/** The kind of words written in a people tool, when its shape says (round hr1). */
export function peopleFeedbackKind(path: string, body: ParsedBody): PostKind | undefined {
  // Recognition first: it names its recipients, and is shown on the feed unless it says it is private.
  if (recognitionPath(path)) {
    if (hasTopLevel(body, PUBLIC_FLAG, flagOff) || hasTopLevel(body, PRIVATE_FLAG, (v) => v === true || v === 'true')) return 'message';
    if (hasFieldWhere(body, (name, v) => PARENT_RECOGNITION_FIELD.test(name) && idLike(v))) return 'comment';
    return 'post';
  }
  if (hasFieldWhere(body, (name, v) => PARENT_RECOGNITION_FIELD.test(name) && idLike(v))) return 'comment';
  // An appreciation or criticism given on a document names the colleague in `to_user`, but hangs on the document.
  if (hasField(body, /^review_?type$/i, APPRECIATION_TYPE) && frappeDoc(body, 'doc') !== undefined) return 'comment';
  // Feedback addressed to someone (a recipient, a messages path) stays a message.
  if (addressed(path, body)) return undefined;
  if (REVIEW_EVALUATION_PATH.test(path) || TRACKER_LOG_PATH.test(path)) return 'comment';
  if (FRAPPE_DOC_METHOD.test(path) && peopleReviewDoc(frappeDoc(body, 'docs'))) return 'comment';
  if (FRAPPE_SAVEDOCS.test(path) && peopleReviewDoc(frappeDoc(body, 'doc'))) return 'comment';
  if (hasFieldWhere(body, (name, v) => APPRAISAL_FIELD.test(name) && idLike(v)) && hasField(body, EMPLOYEE_FIELD)) return 'comment';
  if (SHARES_LAST.test(lastSegment(path)) && topLevelKey(body, SHARED_ITEM_FIELD) && hasFieldWhere(body, (name, v) => SHARED_ITEM_FIELD.test(name) && idLike(v))) return 'quote';
  return undefined;
}
