/**
 * Customer-success and account-management platforms (round cs1): a customer-success manager's or account manager's
 * words about a named customer company and its people, logged on that customer's record. A company account's employee
 * writing "their CFO is furious, they will churn" in the wrong window is the brand-account slip the guard is for.
 * Kinds follow cr1 and fa1: a note, activity or task on the customer's record, which colleagues read, is a `comment`;
 * words sent to a named contact stay a `message` (Vitally's conversation messages name `to`, and the mail rules
 * already read them so).
 *
 * What the older rules read as a plain post (or, for an array body, a message) and this module reads:
 * - a Timeline activity logged in a customer-success context: Gainsight's POST v1/ant/es/activity sends
 *   `records: [{ ContextName: Company | Relationship | CTA | SuccessPlan, TypeName, Subject, Notes }]`; the
 *   context names the customer record (or the CTA or plan on it) the activity hangs on;
 * - a touchpoint logged on an account: Totango's POST /api/v3/touchpoints/ with `account_id` and `content` (JSON or
 *   a form); its `participantList` are attendees, not recipients;
 * - a task created on a customer account, organisation or company: Vitally's POST /resources/tasks with
 *   `accountId` and `description`, Planhat's POST /tasks with `companyId`: its words are read by the team on the
 *   account (x3 review: a task logged on a record is a comment);
 * - notes written in bulk as a top-level array whose first item is typed a note and names its company: Planhat's
 *   PUT /conversations bulk upsert (`[{ type: note, companyId, description }]`); a single Planhat note (POST
 *   /conversations with `type: note`) and Vitally's POST /resources/notes with `accountId` were comments already.
 * Near-misses stay untouched: a task completed or reassigned by id (PUT …/tasks/{id}), a company's phase or stage,
 * licences and renewals with amounts, usage events and attributes (ChurnZero's POST /i), searches.
 *
 * Mend after the cs1 review (cs1rev; the lead agreed D1–D6, M1–M5, J1, J2):
 * - Gainsight's own web app posts a Timeline entry as POST (or PUT by id) /v1/ant/v2/activity with `note { content,
 *   plainText }` beside `contexts: [{ obj: Company | Relationship | … }]`: the same activity, a comment; its draft
 *   autosave (…/activity/drafts) is left alone (D1);
 * - Gainsight's Cockpit CTA, POST or PUT /v2/cockpit/cta with `requests: [{ record: { CompanyId | RelationshipId |
 *   Gsid, Comments } }]`: the words on a customer's risk record, a comment (D2); `cta`/`ctas` are no longer a
 *   collection word, which also hit a CMS's call-to-action block (M1);
 * - Planhat's conversations are notes of many touch types (call, meeting, a custom QBR, a logged email): created with
 *   a company (`companyId`, `companyExternalId`), edited by id in the path, or upserted in bulk by `_id`, a comment
 *   unless they name recipients or set a send flag (D3, M3, J2);
 * - an edit by id (PUT or PATCH of Totango's …/touchpoints/{id}, Vitally's …/resources/notes|tasks|meetings/{id}) of
 *   the words of a record the round calls a comment is a comment too (D5); not a bare …/notes|tasks/{id}, which
 *   fa1rev D3 (the lead's call) keeps a post on other hosts;
 *   and Gainsight's update by identifier, PUT …/es/activity?identifier=…, reads `records[0]` without a context (D5);
 * - a meeting logged on accounts (Vitally's POST /resources/meetings with `accountIds`): its summary is the CSM's note,
 *   its participants attendees, a comment (D6);
 * - Custify's POST /note and POST /task (`entity` beside `entityModel`) are read in crm-streams.ts, whose record test
 *   (onClientRecord) this module now asks instead of a looser copy (D4, M4).
 *
 * Signs are structural (a context value, the record link beside the collection), except the collection names
 * `touchpoints`, `tasks`, `conversations` and `meetings`, which are the only sign the path gives. `account_id` and
 * `company_id` are often a tenant elsewhere (cr1 review M1): a touchpoints collection is a second sign for them, and
 * in a tasks collection they count only when the task names no work container (a project, list, board, workspace,
 * section or task list), as a to-do app files its tasks (cs1 review J1 and M4, the lead's call).
 *
 * Cost: the JSON `records` list, a top-level array, or the path's last segments are tested before any field is read.
 */
import { NOTE_RECIPIENTS_FIELD } from './messages';
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasField } from './body-fields';
import { pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { onClientRecord } from './crm-streams';

/** Gainsight's Timeline contexts, as its Timeline docs and the round's source name them (cs1 review M2). */
const TIMELINE_CONTEXT = /^(?:company|relationship|cta|success_?plan)$/i;
/** The field that names an activity's context (Gainsight's `ContextName`). */
const CONTEXT_FIELD = /^context_?name$/i;
/** A collection of touchpoints logged on accounts (Totango's /api/v3/touchpoints/). */
const TOUCHPOINT_COLLECTION = /^touch_?points?$/i;
/** A collection of tasks on customer accounts (Vitally's /resources/tasks, Planhat's /tasks, Totango's /api/v3/tasks). */
const TASK_COLLECTION = /^tasks?$/i;
/**
 * Vitally's records whose edit by id carries a note's words (D5, D6): notes, tasks and meetings under its /resources.
 * Elsewhere a note or task edited by id stays a post (fa1rev D3, the lead's call): the `resources` segment is the sign.
 */
const VITALLY_EDITED = /^(?:notes|tasks|meetings)$/i;
/** A customer named by its id or Planhat's external id (cs1 review M3), in a bulk list of notes. */
const COMPANY_LINK_FIELD = /^(?:account|organi[sz]ation|company)_?(?:external_?)?id$/i;
/**
 * Planhat's company on a conversation (`companyId`, `companyExternalId`): not `accountId`, which Vitally's
 * conversations carry beside their `messages` to named people (a message, the round's cs1-vitally-message fixtures).
 */
const PLANHAT_COMPANY_FIELD = /^company_?(?:external_?)?id$/i;
/** A note's type, as Planhat types a note among its conversations. */
const NOTE_TYPE = /^notes?$/i;
/** A work container a to-do or project app files a task in (cs1 review J1): then an account id is a tenant. */
const WORK_CONTAINER_FIELD = /^(?:project|list|board|workspace|section|task_?list)_?(?:id|gid)?$/i;
/** A list of customer accounts a meeting is logged on (Vitally's `accountIds`, `organizationIds`). */
const ACCOUNT_LIST_FIELD = /^(?:account|organi[sz]ation)_?ids$/i;
/** An id in a path: a segment with a digit (an API version is no id). */
const ID_SEGMENT = /\d/;
const VERSION_SEGMENT = /^v\d+(?:\.\d+)?$/i;

/** The first item of a JSON list, when it is an object. */
function firstObject(list: unknown): Record<string, unknown> | undefined {
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  return isRecord(first) ? first : undefined;
}

/** The JSON object body, or undefined. */
function jsonObject(body: ParsedBody): Record<string, unknown> | undefined {
  return body.type === 'json' && isRecord(body.value) ? body.value : undefined;
}

/** Whether an object holds a non-empty string field whose name matches. */
function holds(item: Record<string, unknown>, name: RegExp): boolean {
  return Object.keys(item).some((k) => name.test(k) && typeof item[k] === 'string' && item[k] !== '');
}

/** An activity logged in a customer-success context: the first of `records` names its context (Gainsight's Timeline). */
function timelineActivity(body: ParsedBody): boolean {
  const record = firstObject(jsonObject(body)?.records);
  if (!record) return false;
  return Object.keys(record).some((k) => CONTEXT_FIELD.test(k) && typeof record[k] === 'string' && TIMELINE_CONTEXT.test(record[k]));
}

/**
 * A Timeline entry from Gainsight's web app (D1): a `note` with its `content` or `plainText`, beside `contexts` whose
 * first item's `obj` is a Timeline context (the customer record it hangs on). A draft autosave is not sent yet.
 */
function webTimelineEntry(segments: string[], body: ParsedBody): boolean {
  const value = jsonObject(body);
  if (!value || !isRecord(value.note) || !Array.isArray(value.contexts)) return false;
  if (segments.includes('drafts')) return false;
  const note = value.note;
  if (typeof note.content !== 'string' && typeof note.plainText !== 'string') return false;
  const context = firstObject(value.contexts);
  return context !== undefined && typeof context.obj === 'string' && TIMELINE_CONTEXT.test(context.obj);
}

/** Gainsight's Cockpit CTA created or updated (D2): /cockpit/cta with `requests[0].record` naming its company or itself. */
function cockpitCta(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  if (n < 2 || segments[n - 1]!.toLowerCase() !== 'cta' || segments[n - 2]!.toLowerCase() !== 'cockpit') return false;
  const record = firstObject(jsonObject(body)?.requests)?.record;
  return isRecord(record) && holds(record, /^(?:company_?id|relationship_?id|gsid)$/i);
}

/** Gainsight's Timeline update by identifier (D5): PUT …/es/activity?identifier=…, its `records[0]` without a context. */
function timelineUpdate(url: URL, segments: string[], body: ParsedBody, method: string): boolean {
  const n = segments.length;
  if (method !== 'PUT' || n < 2 || segments[n - 1] !== 'activity' || segments[n - 2] !== 'es' || !url.searchParams.has('identifier')) return false;
  return firstObject(jsonObject(body)?.records) !== undefined;
}

/** Notes in a top-level array whose first item is typed a note and names its customer (Planhat's bulk upsert). */
function notesInBulk(body: ParsedBody): boolean {
  if (body.type !== 'json' || !Array.isArray(body.value)) return false;
  const item = firstObject(body.value);
  if (!item || typeof item.type !== 'string' || !NOTE_TYPE.test(item.type)) return false;
  return holds(item, COMPANY_LINK_FIELD);
}

/**
 * A Planhat conversation (D3, M3, J2): notes of every touch type. Created on a company (`companyId` or
 * `companyExternalId`), edited by its id in the path with a `description` or a company, or upserted in bulk with the
 * first item's `_id` or company. The caller has ruled out recipients and send flags.
 */
function planhatConversation(segments: string[], body: ParsedBody, method: string): boolean {
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  if (last === 'conversations') {
    if (body.type === 'json' && Array.isArray(body.value)) {
      const item = firstObject(body.value);
      return item !== undefined && (holds(item, /^_id$/) || holds(item, PLANHAT_COMPANY_FIELD));
    }
    return method === 'POST' && hasField(body, PLANHAT_COMPANY_FIELD) && !messagesToPeople(body);
  }
  if ((method !== 'PUT' && method !== 'PATCH') || n < 2 || segments[n - 2] !== 'conversations' || !ID_SEGMENT.test(last)) return false;
  return (hasField(body, /^description$/) || hasField(body, PLANHAT_COMPANY_FIELD)) && !messagesToPeople(body);
}

/** A conversation carrying `messages` whose first names recipients (Vitally's): mail, left to the mail rules. */
function messagesToPeople(body: ParsedBody): boolean {
  const first = firstObject(jsonObject(body)?.messages);
  return first !== undefined && Object.keys(first).some((k) => NOTE_RECIPIENTS_FIELD.test(k));
}

/**
 * An edit by id (D5, D6): PUT or PATCH of a touchpoint by its id (Totango's), or of a note, task or meeting under
 * Vitally's /resources; a task filed in a work container is a to-do app's (J1). Elsewhere a note, task or meeting edited
 * by id is left to the older rules (fa1rev D3: a to-do app's task edit stays a post).
 */
function editedById(segments: string[], body: ParsedBody, method: string): boolean {
  const n = segments.length;
  if ((method !== 'PUT' && method !== 'PATCH') || n < 2) return false;
  const id = segments[n - 1]!;
  if (!ID_SEGMENT.test(id) || VERSION_SEGMENT.test(id)) return false;
  const collection = segments[n - 2]!;
  if (TOUCHPOINT_COLLECTION.test(collection)) return true;
  return segments[n - 3] === 'resources' && VITALLY_EDITED.test(collection) && !hasField(body, WORK_CONTAINER_FIELD);
}

/** A meeting logged on a list of customer accounts (D6, Vitally's POST /resources/meetings with `accountIds`). */
function meetingOnAccounts(last: string, body: ParsedBody, method: string): boolean {
  if (method !== 'POST' || !/^meetings?$/i.test(last)) return false;
  const value = jsonObject(body);
  return value !== undefined && Object.keys(value).some((k) => ACCOUNT_LIST_FIELD.test(k) && Array.isArray(value[k]) && value[k].length > 0);
}

/**
 * A touchpoint or task created on a customer (M4, J1): crm-streams' record test, where a touchpoints collection is the
 * second sign a tenant-like `account_id` needs, and a task's is that it names no work container.
 */
function createdOnCustomer(last: string, body: ParsedBody, method: string): boolean {
  if (method !== 'POST') return false;
  if (TOUCHPOINT_COLLECTION.test(last)) return onClientRecord(body, true);
  if (!TASK_COLLECTION.test(last) || hasField(body, WORK_CONTAINER_FIELD)) return false;
  return onClientRecord(body, true);
}

/** Whether the words are mailed: recipients named or a send flag set (then the mail rules decide). */
function mailed(body: ParsedBody): boolean {
  return hasField(body, NOTE_RECIPIENTS_FIELD) || hasField(body, MAIL_NOTE_FLAG);
}

/** What a customer-success platform's note, activity, touchpoint or task is, or undefined when it is none of them. */
export function customerSuccessKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (timelineActivity(body) || notesInBulk(body)) return 'comment';
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const segments = pathSegments(path).filter((seg) => seg !== '');
  const last = segments[segments.length - 1] ?? '';
  const read =
    webTimelineEntry(segments, body) ||
    cockpitCta(segments, body) ||
    timelineUpdate(url, segments, body, m) ||
    planhatConversation(segments, body, m) ||
    editedById(segments, body, m) ||
    meetingOnAccounts(last, body, m) ||
    createdOnCustomer(last, body, m);
  return read && !mailed(body) ? 'comment' : undefined;
}
