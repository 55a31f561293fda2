/**
 * Financial advisers', accountants' and bookkeepers' notes on a named client (round fa1): an adviser's note in a
 * wealth-management CRM, a bookkeeper's note on a client's job in practice-management software, an accountant's
 * free-text note on a customer in an accounting ledger. Colleagues read them on the client's record (the client is
 * an identifiable third party: money, health, family), so each is a `comment`, as crm-streams.ts (cr1) and
 * donor-crm.ts (np1) read a note on a record.
 *
 * Three shapes the older rules read as a plain post:
 * - a note or task whose body links it to records by a list of `{ id, type }` (Wealthbox's POST /v1/notes with
 *   `linked_to: [{ id, type: 'Contact' }]`) or of `{ EntityType, EntityKey }` (Karbon's POST /v3/Notes `Timelines`),
 *   in a notes or tasks collection or one of its members by id: the link names the client, not an audience (a link
 *   typed as a folder, notebook, page or directory is one's own container and does not count);
 * - a note naming the job (engagement, work item) it hangs on: Xero Practice Manager's and WorkflowMax's XML
 *   `<Note><Job>J000309</Job>…<Text>…</Text></Note>` to …/job.api/note (read as `{ methodname: 'Note', Note: {…} }`
 *   by xml-body.ts), or a JSON note with a `job_id`;
 * - the free-text `Notes` of a customer or client record written by an update of that record (QuickBooks Online's
 *   sparse update: POST …/customer with `Id`, `SyncToken`, `sparse: true`, `Notes`): nothing is sent to the
 *   customer, the note stays on the record.
 * Recipients (`to`, `cc`, `bcc`, `recipients`) leave a body to the mail rules. Near-misses (a household member, a
 * workflow started, a task completed, a job's state, assignment or cost line) carry no prose and are quiet before
 * this is asked. The path is tested first, so other requests cost one or two regex tests.
 *
 * Sources (facts only): PipedreamHQ/pipedream components/wealthbox (create-note, start-workflow,
 * add-member-to-household); simstudioai/sim apps/sim/tools/wealthbox/write_note.ts; karbonhq/karbon-api-reference
 * KarbonAPI.json (POST /v3/Notes); Xero Practice Manager API 3.1 jobs reference (job.api/note); Intuit's QuickBooks
 * Online Customer entity (sparse update, Notes).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, nonEmptyString } from './body-fields';
import type { FreeText } from './longest-field';
import { hasIdSegment, pathSegments } from './paths';
import { CONTAINER_TYPE, RECIPIENTS_FIELD } from './crm-streams';

/** Collections a client note or task is written to (Wealthbox's `notes`, `tasks`; Karbon's `Notes`). */
const NOTE_OR_TASK_COLLECTION = /^(?:notes?|tasks?)$/i;
/** A list linking the words to records: Wealthbox's `linked_to`, Karbon's `Timelines`. */
const LINK_LIST_FIELD = /^(?:linked_?to|timelines)$/i;
/** A link's type, naming the record kind (`Contact`, `Household`, `WorkItem`, `Organization`). */
const LINK_TYPE_KEY = /^(?:type|entity_?type)$/i;
/** A link's id or key. */
const LINK_ID_KEY = /^(?:id|entity_?key|entity_?id)$/i;
/** A note collection as a practice-management API names it (XPM's job.api/`note`). */
const NOTE_COLLECTION = /^notes?$/i;
/** The job, engagement or work item a note hangs on (XPM's `<Job>`, a JSON `job_id`). */
const JOB_FIELD = /^(?:job|engagement|work_?item)(?:_?(?:id|key|uuid|number))?$/i;
/** A customer's or client's record collection (QuickBooks' singular `customer`). */
const CLIENT_RECORD_COLLECTION = /^(?:customers?|clients?)$/i;
/** The free-text notes field of a record. */
const NOTES_FIELD = /^notes?$/i;
/** Intuit's record update signs: the optimistic lock and the sparse flag. */
const RECORD_UPDATE_FIELD = /^(?:SyncToken|sparse)$/;
/** Segments read; a longer one is no collection name. */
const SEGMENT_EXAMINED = 40;

/**
 * Whether a value is a link to a record: an object with a type naming it and an id or key. A folder, notebook, page
 * or directory is one's own container, not a client (crm-streams.ts's test; fa1fix guard).
 */
function isRecordLink(v: unknown): boolean {
  if (!isRecord(v)) return false;
  let typed = false;
  let keyed = false;
  for (const key in v) {
    const value = v[key];
    if (LINK_TYPE_KEY.test(key) && nonEmptyString(value)) {
      if (CONTAINER_TYPE.test(value)) return false;
      typed = true;
    }
    else if (LINK_ID_KEY.test(key) && (nonEmptyString(value) || typeof value === 'number')) keyed = true;
  }
  return typed && keyed;
}

/** A body linking its words to records by a non-empty list (or one object) of typed links. */
function linksRecords(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => LINK_LIST_FIELD.test(name) && (Array.isArray(v) ? v.some(isRecordLink) : isRecordLink(v)));
}

/** The collection the path writes to: its last segment, or the one before a member's id. */
function collectionOf(segments: string[]): string | undefined {
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const name = segments[at];
  return name !== undefined && name.length <= SEGMENT_EXAMINED ? name : undefined;
}

/** A note naming the job it hangs on: a job field with an id-like value (J000309, 1234), top level or in the note. */
function namesJob(body: ParsedBody): boolean {
  const jobId = (name: string, v: unknown): boolean => JOB_FIELD.test(name) && ((nonEmptyString(v) && /\d/.test(v)) || typeof v === 'number');
  if (hasFieldWhere(body, jobId)) return true;
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const note = body.value.Note ?? body.value.note;
  return isRecord(note) && Object.keys(note).some((k) => jobId(k, note[k]));
}

/** A customer's or client's record updated with its free-text notes as the words (QuickBooks' sparse update). */
function clientRecordNotes(segments: string[], body: ParsedBody, found: FreeText, method: string): boolean {
  const collection = collectionOf(segments);
  if (collection === undefined || !CLIENT_RECORD_COLLECTION.test(collection) || !NOTES_FIELD.test(found.field)) return false;
  const byId = (method === 'PUT' || method === 'PATCH') && hasIdSegment(segments[segments.length - 1]!);
  return byId || hasField(body, RECORD_UPDATE_FIELD);
}

/** A financial adviser's, accountant's or bookkeeper's note on a named client: a comment (round fa1). */
export function adviserPracticeKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const segments = pathSegments(path);
  const collection = collectionOf(segments);
  if (collection === undefined) return undefined;
  const linked = NOTE_OR_TASK_COLLECTION.test(collection) && linksRecords(body);
  const jobNote = !linked && NOTE_COLLECTION.test(collection) && namesJob(body);
  if (!linked && !jobNote && !clientRecordNotes(segments, body, found, m)) return undefined;
  return hasField(body, RECIPIENTS_FIELD) ? undefined : 'comment';
}
