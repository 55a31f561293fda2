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
 *   there is watched (peopleRecordWatched), and a document its employee writes but may not submit, saved: an
 *   Appraisal's reflections, a comment on it, and an Employee Grievance, a message to HR (review hr1rev D2); so are a
 *   tracker's logs, which the skip list's `track` and `log` hide. The same documents written through Frappe's REST
 *   paths (/api/resource/{doctype}) and generic client methods (frappe.client.insert, save, submit, set_value) are
 *   read by their doctype too (hr1rev M1). Of such a document only the fields its writer fills are its words
 *   (selfWrittenWords, through gmail.ts's heuristicScope): an Appraisal's goal titles, copied from the template into
 *   every save, are nobody's (hr1rev D1).
 * - Recognition shown on the company feed is a post even though it names whom it thanks (Awardco's `recipients` with
 *   `isPublic`), and one sent privately (`isPublic: false`, a private flag or visibility word, also one level down) a
 *   message; an add-on to a colleague's recognition (Bonusly's `parent_bonus_id`) is a comment on it, not a reply in
 *   a thread; an appreciation given on a document (Frappe's energy point review, the document in `doc`, with or
 *   without `review_type`: hr1rev M2) is a comment on that document, though it names the colleague in `to_user`.
 * - A feed post shared with the sharer's words (OrangeHRM Buzz's POST /buzz/shares with `shareId` and `text`; 4.x's
 *   legacy form `deleteOrEditShareForm[shareId]` beside `[textShare]`) is a quote, as small-networks.ts reads
 *   re-shares; 4.x's comment form (`createComment[…]` to buzz/addNewComment) a comment (hr1rev D3).
 * Survey free text is left as round fb1 (feedback-tools.ts) left it. Feedback addressed to one colleague by a
 * recipient field or a messages path stays a message: the kind hook steps aside for it.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord, parseBody } from '../body';
import { flagOff, flagOn, hasField, hasFieldWhere, hasParentField, topLevelString } from './body-fields';
import { jsonObject } from './field-values';
import { fieldLeaf } from './names';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { addressed, recipientsNamed, topLevelKey } from './shared-rules';
import { idLike } from './threads';
import { TO_SELF, VISIBILITY_NAME } from './unpublished-objects';
import { ANY_RECIPIENT_KEY, RECEIVER_FIELD } from './words';

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
export const FRAPPE_SAVEDOCS = /(?:^|\/)api\/method\/frappe\.desk\.form\.save\.savedocs\/?$/i;
const FRAPPE_DOC_METHOD = /(?:^|\/)api\/method\/run_doc_method\/?$/i;
/** Frappe's generic client methods that write one document (frappe/client.py; frappe.db.insert and set_value call them). */
export const FRAPPE_CLIENT_WRITE = /(?:^|\/)api\/method\/frappe\.client\.(insert|save|submit|set_value)\/?$/i;
/** Frappe's REST paths of a doctype, its name after it (/api/resource/{doctype}[/{name}], v15's /api/v2/document/…). */
const FRAPPE_RESOURCE_PATH = /(?:^|\/)api\/(?:resource|v2\/document)\/([^/]+)(?:\/[^/]+)?\/?$/i;
/** Frappe's energy point review: appreciation or criticism of a colleague given on a document (`doc`), typed or not. */
const ENERGY_POINT_REVIEW = /(?:^|\/)api\/method\/(?:[\w]+\.)*energy_point_log\.review\/?$/i;
/** Frappe doctypes that hold a review of a person or feedback on one (Frappe HR's Appraisal, Employee Performance Feedback). */
const PEOPLE_REVIEW_DOCTYPE = /^(?:appraisal|employee performance feedback|employee feedback|performance feedback|peer feedback|self appraisal)$/i;
/**
 * Documents their employee writes and saves but may not submit (frappe/hrms: the Employee role writes, HR submits), so
 * that a Save gives HR the words, with the fields that hold them and the kind they are: an Appraisal's reflections (HR's
 * `remarks` beside them) a comment on it; a grievance (its description, HR's investigation and resolution) a message
 * to HR about a named colleague (review hr1rev D1, D2).
 */
const SELF_WRITTEN: ReadonlyArray<{ doctype: RegExp; words: readonly string[]; kind: PostKind }> = [
  { doctype: /^appraisal$/i, words: ['reflections', 'remarks'], kind: 'comment' },
  { doctype: /^employee grievance$/i, words: ['description', 'cause_of_grievance', 'resolution_detail'], kind: 'message' },
];
/** A link to the appraisal or review the words are filed on, read beside an employee. */
const APPRAISAL_FIELD = /^(?:appraisal|performance_?review)(?:_?(?:id|name))?$/i;
const EMPLOYEE_FIELD = /^(?:employee|employee_?id)$/i;
/** A recognition collection or action (Awardco's /api/recognize and /recognize/no-program; /recognitions, /kudos, /shoutouts). */
const RECOGNITION_SEGMENT = /^(?:recogni[sz]e|recognitions?|kudos|praises?|shout[-_]?outs?|high[-_]?fives?|appreciations?)$/i;
const RECOGNITION_QUALIFIER = /^(?:no[-_]program|program|new|create|give|send)$/i;
/** Whom a recognition thanks, besides the general recipient names (`recipients`, `receivers`): `to_user_id`, `to_employees`. */
const RECOGNISED_FIELD = /^to_?(?:users?|employees?|members?|persons?|people)(?:_?ids?)?$/i;
/** Said of a recognition kept off the feed: a public flag off, a private flag on, a visibility word (J1). */
const PUBLIC_FLAG = /^(?:is_?public|public|show_?in_?feed|post_?to_?feed)$/i;
const PRIVATE_FLAG = /^(?:is_?private|private)$/i;
const PRIVATE_VISIBILITY = /^(?:private|direct|recipients?(?:[-_]?only)?|only[-_]?recipients?)$/i;
/** An add-on under a colleague's recognition (Bonusly's `parent_bonus_id`). */
const PARENT_RECOGNITION_FIELD = /^parent_?(?:bonus|recognition|kudos?|praise|shout_?out|high_?five|appreciation)_?id$/i;
/** A shares collection and the shared item it names (OrangeHRM Buzz's POST /api/v2/buzz/shares `shareId`). */
const SHARES_LAST = /^(?:shares|reshares)$/i;
const SHARED_ITEM_FIELD = /^(?:share|post|original_?post|shared_?post)_?id$/i;
/** The sharer's words named as a share's (OrangeHRM 4.x's `deleteOrEditShareForm[textShare]`). */
const SHARE_TEXT_FIELD = /^(?:text_?share|share_?text)$/i;
const EDIT_ACTION = /^(?:edit|update|change|modify)/i;
/**
 * A comment named by a camel-cased action or form (OrangeHRM 4.x's buzz/addNewComment, its `createComment[…]` form
 * group; kind.ts reads `…_comment[…]`).
 */
const COMMENT_ACTION = /^[a-z][a-zA-Z]*Comment$/;
/**
 * A parent named beside such words: a reply, left to the general rules (round r15's addComment with `parentId`; a
 * comment thread's `threadId`, wb1's add-comment command in a thread, review of sp1 D1).
 */
const REPLY_PARENT_FIELD = /^(?:parent|parent_?(?:comment_?)?id|(?:in_?)?reply_?to(?:_?id)?|thread_?id)$/i;

/** A Frappe document sent in a field (savedocs' `doc`, run_doc_method's `docs`), an object or a JSON string. */
function frappeDoc(body: ParsedBody, field: string): Record<string, unknown> | undefined {
  let v: unknown;
  if (body.type === 'form' || body.type === 'multipart') v = body.fields.get(field);
  else if (body.type === 'json' && isRecord(body.value)) v = body.value[field];
  if (isRecord(v)) return v;
  return typeof v === 'string' && v.startsWith('{') ? jsonObject(v) : undefined;
}

/** A body's own fields as one object: a JSON object's, or a form's. */
function bodyObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type === 'form' || body.type === 'multipart') return Object.fromEntries(body.fields);
  return body.type === 'json' && isRecord(body.value) ? body.value : undefined;
}

/**
 * A Frappe document a request writes, with its doctype: through the desk form's savedocs (`doc`), a generic client
 * method (`doc`; set_value's `doctype` with a `fieldname` string and `value`, or a `fieldname` object) or the REST
 * path of its doctype (the body is the document). Not run_doc_method's `docs`: that document is what a method is
 * called on, its words in `args`.
 */
export function frappeWritten(path: string, body: ParsedBody): { doctype: string; doc: Record<string, unknown> } | undefined {
  const client = FRAPPE_CLIENT_WRITE.exec(path)?.[1]?.toLowerCase();
  let doc: Record<string, unknown> | undefined;
  let doctype: unknown;
  if (client === 'set_value') {
    doctype = topLevelString(body, 'doctype');
    const fields = bodyObject(body)?.['fieldname'];
    const named = isRecord(fields) ? fields : typeof fields === 'string' ? (fields.startsWith('{') ? jsonObject(fields) : { [fields]: bodyObject(body)?.['value'] }) : undefined;
    doc = named;
  } else if (client !== undefined || FRAPPE_SAVEDOCS.test(path)) {
    doc = frappeDoc(body, 'doc');
    doctype = doc?.['doctype'];
  } else {
    const resource = FRAPPE_RESOURCE_PATH.exec(path)?.[1];
    if (resource === undefined) return undefined;
    doc = bodyObject(body);
    doctype = decoded(resource);
  }
  return doc !== undefined && typeof doctype === 'string' ? { doctype, doc } : undefined;
}
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function selfWritten(doctype: string) {
  return SELF_WRITTEN.find((d) => d.doctype.test(doctype));
}

function peopleReviewDoc(doc: Record<string, unknown> | undefined, doctype: unknown = doc?.['doctype']): boolean {
  if (doc === undefined) return false;
  if (typeof doctype === 'string' && PEOPLE_REVIEW_DOCTYPE.test(doctype)) return true;
  return Object.keys(doc).some((k) => APPRAISAL_FIELD.test(k) && idLike(doc[k])) && Object.keys(doc).some((k) => EMPLOYEE_FIELD.test(k));
}

/**
 * A document its employee writes saved (savedocs' `action: Save`, frappe.client.save): the Save is how its words reach
 * HR, so refuses.ts's rule that an action which saves publishes nothing does not apply (round hr1; review D2). Every
 * other document's Save stays refused.
 */
export function selfWrittenSave(body: ParsedBody, path: string): boolean {
  const saves = FRAPPE_SAVEDOCS.test(path) ? topLevelString(body, 'action') === 'Save' : FRAPPE_CLIENT_WRITE.exec(path)?.[1]?.toLowerCase() === 'save';
  const written = saves ? frappeWritten(path, body) : undefined;
  return written !== undefined && selfWritten(written.doctype) !== undefined;
}

/**
 * Paths the skip list hides that carry reviews of people (round hr1): a performance tracker's logs, and Frappe's desk
 * form save (and frappe.client.save) when it saves a document its employee writes or submits one of those or a
 * people-review document (before the body is known, the path is watched so it is read).
 */
export function peopleRecordWatched(path: string, body: string | undefined, contentType: string | undefined): boolean {
  if (TRACKER_LOG_PATH.test(path)) return true;
  const clientSave = FRAPPE_CLIENT_WRITE.exec(path)?.[1]?.toLowerCase() === 'save';
  if (!FRAPPE_SAVEDOCS.test(path) && !clientSave) return false;
  if (body === undefined) return true;
  const parsed = parseBody(body, contentType);
  if (selfWrittenSave(parsed, path)) return true;
  // Other people-review documents (Employee Performance Feedback) are drafts until submitted.
  const written = frappeWritten(path, parsed);
  return topLevelString(parsed, 'action') === 'Submit' && written !== undefined && (selfWritten(written.doctype) !== undefined || peopleReviewDoc(written.doc, written.doctype));
}

/**
 * The words of a document its employee writes (an Appraisal's reflections, a grievance's description), the rest of the
 * document left unread: an Appraisal's goal titles (`goals[].kra`, copied from the template into every save) are
 * nobody's words here (review hr1rev D1). A document with none of them filled publishes nothing. Undefined elsewhere.
 */
export function selfWrittenWords(path: string, body: ParsedBody): ParsedBody | undefined {
  const written = frappeWritten(path, body);
  const self = written === undefined ? undefined : selfWritten(written.doctype);
  if (written === undefined || self === undefined) return undefined;
  const words: Record<string, unknown> = {};
  for (const field of self.words) if (written.doc[field] !== undefined && written.doc[field] !== null) words[field] = written.doc[field];
  return { type: 'json', value: words };
}

/** A review saved with its completion flag off (OrangeHRM's Save beside Complete): kept for its writer (round hr1). */
export function reviewSavedNotSubmitted(body: ParsedBody, path: string): boolean {
  if (!REVIEW_EVALUATION_PATH.test(path) && !TRACKER_LOG_PATH.test(path)) return false;
  return topLevelKey(body, COMPLETION_FLAG, flagOff);
}

/**
 * A recognition collection or action at the path's end (or before a qualifier). Under something named by id only
 * when the body names whom it thanks (a company's or tenant's collection, /api/orgs/{id}/kudos; review hr1rev J4):
 * kudos on one item (…/activities/{id}/kudos) name nobody and are that item's, left to the general rules.
 */
function recognitionPath(path: string, body: ParsedBody): boolean {
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && RECOGNITION_QUALIFIER.test(segments[at]!)) at--;
  if (!RECOGNITION_SEGMENT.test(segments[at] ?? '')) return false;
  if (!hasIdSegment(segments.slice(0, at).join('/'))) return true;
  return recipientsNamed(body, (leaf) => ANY_RECIPIENT_KEY.test(leaf) || RECEIVER_FIELD.test(leaf) || RECOGNISED_FIELD.test(leaf));
}

/** A recognition kept off the feed: a public flag off, a private flag on or a private visibility word, at the top or one level down. */
function privateRecognition(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => {
    const leaf = fieldLeaf(name);
    if (PUBLIC_FLAG.test(leaf)) return flagOff(v);
    if (PRIVATE_FLAG.test(leaf)) return flagOn(v);
    return VISIBILITY_NAME.test(leaf) && typeof v === 'string' && (PRIVATE_VISIBILITY.test(v) || TO_SELF.test(v));
  });
}

/** A form group or action named for a comment (`createComment[comment]`, …/addNewComment), naming no parent. */
function commentAction(path: string, body: ParsedBody): boolean {
  if (hasParentField(body, REPLY_PARENT_FIELD)) return false;
  if (COMMENT_ACTION.test(lastSegment(path))) return true;
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  for (const name of body.fields.keys()) {
    const open = name.indexOf('[');
    if (open > 0 && COMMENT_ACTION.test(name.slice(0, open))) return true;
  }
  return false;
}

/** The kind of words written in a people tool, when its shape says (round hr1). */
export function peopleFeedbackKind(path: string, body: ParsedBody): PostKind | undefined {
  // Recognition first: it names its recipients, and is shown on the feed unless it says it is private.
  if (recognitionPath(path, body)) {
    if (privateRecognition(body)) return 'message';
    if (hasFieldWhere(body, (name, v) => PARENT_RECOGNITION_FIELD.test(name) && idLike(v))) return 'comment';
    return 'post';
  }
  if (hasFieldWhere(body, (name, v) => PARENT_RECOGNITION_FIELD.test(name) && idLike(v))) return 'comment';
  // An appreciation or criticism given on a document names the colleague in `to_user`, but hangs on the document.
  if (ENERGY_POINT_REVIEW.test(path) && frappeDoc(body, 'doc') !== undefined) return 'comment';
  // Feedback addressed to someone (a recipient, a messages path) stays a message.
  if (addressed(path, body)) return undefined;
  if (REVIEW_EVALUATION_PATH.test(path) || TRACKER_LOG_PATH.test(path)) return 'comment';
  if (FRAPPE_DOC_METHOD.test(path) && peopleReviewDoc(frappeDoc(body, 'docs'))) return 'comment';
  // A Frappe document written by savedocs, a client method or its REST path: by its doctype.
  const written = frappeWritten(path, body);
  if (written !== undefined) {
    const self = selfWritten(written.doctype);
    if (self !== undefined) return self.kind;
    if (peopleReviewDoc(written.doc, written.doctype)) return 'comment';
  }
  if (hasFieldWhere(body, (name, v) => APPRAISAL_FIELD.test(name) && idLike(v)) && hasField(body, EMPLOYEE_FIELD)) return 'comment';
  const shared = hasFieldWhere(body, (name, v) => SHARED_ITEM_FIELD.test(fieldLeaf(name)) && idLike(v));
  if (shared && SHARES_LAST.test(lastSegment(path)) && topLevelKey(body, SHARED_ITEM_FIELD)) return 'quote';
  // Not on an edit: 4.x's buzz/editShare sends the same form with the edited item's own id (a post's words changed).
  if (shared && !EDIT_ACTION.test(lastSegment(path)) && hasFieldWhere(body, (name, v) => SHARE_TEXT_FIELD.test(fieldLeaf(name)) && typeof v === 'string' && v.trim() !== '')) return 'quote';
  if (commentAction(path, body)) return 'comment';
  return undefined;
}
