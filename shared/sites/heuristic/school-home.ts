/**
 * School-to-home messaging and school records (round ed2): where teachers and
 * early-years staff write to parents and to colleagues about pupils.
 * kind.ts asks schoolKind after every other kind rule (only what would
 * otherwise be a plain post); refuses.ts asks schoolQuiet.
 * - Words written on a pupil's record are read by colleagues (tutors are
 *   notified) and often by the pupil's parents: published, and a comment
 *   under that pupil, not a post to a feed. Known by a record named for
 *   behaviour or pastoral care beside a person's id (Gibbon's
 *   behaviour_manage_addProcess.php with `gibbonPersonID`), or by a path or
 *   query naming students beside a student's or person's id (Gibbon's
 *   student notes, RosarioSIS's Students/Student.php comments with
 *   `student_id`).
 * - Words posted on a portfolio or journal item named by id in the body
 *   (Chamilo's portfolio comment form: `content` beside `item` and `parent: 0`,
 *   to …/portfolio/index.php?action=view&id={item}) are a comment under that
 *   pupil's work; a parent comment named makes a reply (kind.ts, before).
 * - A school messenger's form that chooses delivery by email or SMS with a
 *   flag (`email: 'Y'`, `sms: 'Y'`, beside a subject) sends the words to
 *   inboxes and phones: a message. The message wall alone is a post.
 * - Quiet: a form saying of itself that it is a draft (`status=Draft`; a JSON
 *   object's status is read by longest-field.ts already), and the scripts of
 *   a template collection named PHP-module style
 *   (`cannedResponse_manage_addProcess.php`), which refuses.ts's
 *   templateCollection reads only as a whole segment.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere } from './body-fields';
import { fieldLeaf, nameWords } from './names';
import { lastSegment } from './paths';
import { idLike } from './threads';
import { isDraftState } from './unpublished-objects';

/** Words naming pupils, in a path or query (`Students`, `student_view_details`, `children`). */
const STUDENT_WORD = /^(?:students?|pupils?|child(?:ren)?|learners?)$/;
/** Records kept about a pupil's behaviour or welfare, named so in a path (`Behaviour`, `behaviour_manage_add`). */
const RECORD_WORD = /^(?:behaviou?rs?|pastoral|discipline|conduct)$/;
/** A pupil or person named by id (`student_id`, `gibbonPersonID`, `childId`, `pupil_id`). */
const PERSON_ID_NAME = /(?:student|pupil|child|learner|person)_?id$/i;

function words(url: URL, path: string): string[] {
  // The query's keys and values too: one-script systems name the module there (RosarioSIS's `modname=Students/Student.php`).
  const query = url.search.length > 512 ? url.search.slice(0, 512) : url.search;
  return nameWords(path.length > 512 ? path.slice(-512) : path).concat(query.split(/[?&=/]/).flatMap((p) => nameWords(p)));
}

function namesPerson(url: URL, body: ParsedBody): boolean {
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (PERSON_ID_NAME.test(key) && idLike(value)) return true;
  }
  return hasFieldWhere(body, (name, v) => PERSON_ID_NAME.test(fieldLeaf(name)) && idLike(v));
}

/** A pupil's collected work or an early-years journal, named in a path or query. */
const PORTFOLIO_WORD = /^(?:portfolios?|journals?|observations?)$/;
/** The item commented on, named in the body (`item`, `item_id`, `entryId`, `observation_id`). */
const ITEM_FIELD = /^(?:item|entry|(?:item|entry|observation|portfolio_?item|journal_?item)_?id)$/i;

/** Yes as school systems' radio buttons send it. */
const YES = /^(?:y|yes|true|1|on)$/i;
const DELIVERY_FLAG = /^(?:email|sms|send_?(?:email|sms)|by_?(?:email|sms)|deliver_?by_?(?:email|sms))$/i;

/** Delivery by email or SMS chosen with a flag, beside a subject: the words go to inboxes. */
function deliveredToInboxes(body: ParsedBody): boolean {
  if (!hasFieldWhere(body, (name, v) => /^subject$/i.test(name) && typeof v === 'string' && v !== '')) return false;
  return hasFieldWhere(body, (name, v) => DELIVERY_FLAG.test(name) && (v === true || (typeof v === 'string' && YES.test(v))));
}

export function schoolKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  if (deliveredToInboxes(body)) return 'message';
  const w = words(url, path);
  if (w.some((x) => PORTFOLIO_WORD.test(x)) && hasFieldWhere(body, (name, v) => ITEM_FIELD.test(name) && idLike(v))) return 'comment';
  if ((w.some((x) => RECORD_WORD.test(x)) || w.some((x) => STUDENT_WORD.test(x))) && namesPerson(url, body)) return 'comment';
  return undefined;
}

/** A template collection's entity, as a PHP module's script names it before `_manage_…` (`cannedResponse`). */
const TEMPLATE_ENTITY = /^(?:canned_?responses?|saved_?repl(?:y|ies)|quick_?repl(?:y|ies)|(?:message_?|email_?|sms_?|reply_?)?templates?)$/i;
const MODULE_SCRIPT = /^([A-Za-z]{1,40})_\w{1,80}\.php$/;

export function schoolQuiet(body: ParsedBody, path: string): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    if (isDraftState(body.fields.get('status')) || isDraftState(body.fields.get('state'))) return true;
  }
  const m = MODULE_SCRIPT.exec(lastSegment(path));
  return m !== null && TEMPLATE_ENTITY.test(m[1]!.replace(/([a-z])([A-Z])/g, '$1_$2'));
}
