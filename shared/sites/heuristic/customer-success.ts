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
 *   `records: [{ ContextName: Company | Relationship | CTA | SuccessPlan | …, TypeName, Subject, Notes }]`; the
 *   context names the customer record (or the CTA or plan on it) the activity hangs on;
 * - a touchpoint logged on an account: Totango's POST /api/v3/touchpoints/ with `account_id` and `content` (JSON or
 *   a form); its `participantList` are attendees, not recipients;
 * - a task or CTA created on a customer account, organisation or company: Vitally's POST /resources/tasks with
 *   `accountId` and `description`, Planhat's POST /tasks with `companyId`: its words are read by the team on the
 *   account (x3 review: a task logged on a record is a comment);
 * - notes written in bulk as a top-level array whose first item is typed a note and names its company: Planhat's
 *   PUT /conversations bulk upsert (`[{ type: note, companyId, description }]`); a single Planhat note (POST
 *   /conversations with `type: note`) and Vitally's POST /resources/notes with `accountId` were comments already.
 * Near-misses stay untouched: a task completed or reassigned by id (PUT …/tasks/{id}), a company's phase or stage,
 * licences and renewals with amounts, usage events and attributes (ChurnZero's POST /i), searches.
 *
 * Signs are structural (a context value, the record link beside the collection), except the collection names
 * `touchpoints` and `tasks`/`ctas`, which are the only sign the path gives (`ctas` from a third party's generated
 * OpenAPI of Gainsight's CTA API, no fixture). `account_id` and `company_id` are often a tenant elsewhere (cr1 review
 * M1), so they count only in those collections; a to-do app's task with its tenant's `account_id` becomes a comment
 * too, accepted as crm-streams' M4 was: the words are held either way and only the kind differs.
 *
 * Cost: the JSON `records` list, a top-level array, or the path's last segment is tested before any field is read.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { hasField } from './body-fields';
import { lastSegment } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { RECIPIENTS_FIELD } from './crm-streams';

/** Gainsight's Timeline contexts: a company, relationship, CTA, success plan, scorecard (measure) or milestone. */
const TIMELINE_CONTEXT = /^(?:company|relationship|cta|success_?plan|scorecard(?:_?measure)?|milestone|objective)$/i;
/** The field that names an activity's context (Gainsight's `ContextName`). */
const CONTEXT_FIELD = /^context_?name$/i;
/** A collection of touchpoints logged on accounts (Totango's /api/v3/touchpoints/). */
const TOUCHPOINT_COLLECTION = /^touch_?points?$/i;
/** A collection of tasks or calls to action on customer accounts (Vitally's /resources/tasks, Planhat's /tasks). */
const TASK_COLLECTION = /^(?:tasks?|ctas?)$/i;
/** The customer a touchpoint, task or note hangs on: an account, organisation or company by id. */
const CUSTOMER_LINK_FIELD = /^(?:account|organi[sz]ation|company)_?id$/i;
/** A note's type, as Planhat types a note among its conversations. */
const NOTE_TYPE = /^notes?$/i;

/** The first item of a JSON list, when it is an object. */
function firstObject(list: unknown[]): Record<string, unknown> | undefined {
  const first: unknown = list[0];
  return isRecord(first) ? first : undefined;
}

/** An activity logged in a customer-success context: the first of `records` names its context (Gainsight's Timeline). */
function timelineActivity(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !Array.isArray(body.value.records)) return false;
  const record = firstObject(body.value.records);
  if (!record) return false;
  return Object.keys(record).some((k) => CONTEXT_FIELD.test(k) && typeof record[k] === 'string' && TIMELINE_CONTEXT.test(record[k]));
}

/** Notes in a top-level array whose first item is typed a note and names its customer (Planhat's bulk upsert). */
function notesInBulk(body: ParsedBody): boolean {
  if (body.type !== 'json' || !Array.isArray(body.value)) return false;
  const item = firstObject(body.value);
  if (!item || typeof item.type !== 'string' || !NOTE_TYPE.test(item.type)) return false;
  return Object.keys(item).some((k) => CUSTOMER_LINK_FIELD.test(k) && typeof item[k] === 'string' && item[k] !== '');
}

/** Whether the words are mailed: recipients named or a send flag set (then the mail rules decide). */
function mailed(body: ParsedBody): boolean {
  return hasField(body, RECIPIENTS_FIELD) || hasField(body, MAIL_NOTE_FLAG);
}

/** What a customer-success platform's note, activity, touchpoint or task is, or undefined when it is none of them. */
export function customerSuccessKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (timelineActivity(body)) return 'comment';
  if (notesInBulk(body)) return 'comment';
  if (method.toUpperCase() !== 'POST') return undefined;
  const last = lastSegment(path);
  const collection = TOUCHPOINT_COLLECTION.test(last) || TASK_COLLECTION.test(last);
  if (!collection || !hasField(body, CUSTOMER_LINK_FIELD) || mailed(body)) return undefined;
  return 'comment';
}
