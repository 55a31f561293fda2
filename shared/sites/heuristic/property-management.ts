/**
 * Property management (round pt1): a property manager's, landlord's or HOA board's words about and to tenants,
 * owners, applicants and vendors, written through property management software — the tenant or owner being the
 * identifiable third party ("Marcus Bell lost his job in October, agreed a payment plan"). Kinds, as earlier rounds
 * decided them: an announcement to all residents of a property is a `post` (it is published in the resident portal
 * and mailed or texted to the whole property at once, as a newsletter issue to a list is, round m1; the general
 * rules read it already); a note on a lease's, tenant's, owner's, unit's, vendor's or applicant's record, read by
 * staff, is a `comment` (as notes on a client, patient or candidate are; the general notes rules read them already);
 * a message in a resident's, owner's or prospect's request thread is a `reply` (an answer in a thread begun by the
 * requester, as a help desk's answer on a ticket is, rounds r7 and hd1; a task's update message is an entry in the
 * same kind of thread, but a to-do's, read by staff alone, is a comment); a work order to one vendor is a `message`.
 * What this module reads that the general rules did not:
 *
 * - A request's update message (requestThreadKind): words in a `message`, `reply` or `response` field sent to a
 *   request collection by id, or one segment past the id (Buildium's PUT /v1/tasks/residentrequests/{id},
 *   …/rentalownerrequests/{id}, …/contactrequests/{id} with `Message`; maintenance, service, repair, work-order and
 *   tenant requests named alike; …/{id}/updates), or to the `history`/`updates` by id of a task, a work order or a
 *   qualified request (Buildium's PUT /v1/tasks/{id}/history/{historyId} `Message`; `maintenance-requests`, or a
 *   bare `requests` only after a property qualifier such as …/maintenance/requests/{id}: pt1 review M3): a reply.
 *   A to-do's update (`todorequests`) is a comment: a to-do has no requester outside staff (pt1 review J3). A
 *   status, priority or assignee change without a message has no words and stays quiet, as before.
 * - A call logged on a record (callLogNote): a phone or call log collection (Buildium's
 *   POST /v1/communications/phonelogs, PUT …/phonelogs/{id}, with `Participant`, `Subject`, `Description`): the
 *   manager's record of what was said, read by staff, a comment (as a CRM's logged call is, round cr1's review x3).
 * - An appliance's or unit's service history entry with words (serviceHistoryNote: Buildium's
 *   POST /v1/rentals/appliances/{id}/servicehistory and /v1/associations/appliances/{id}/servicehistory, `Details`; a
 *   unit's, equipment's or asset's alike, PUT by id too): a maintenance log staff read on the unit's record, a
 *   comment (pt1 review D2).
 * - A work order sent to one vendor named by id (workOrderToVendor: Buildium's POST /v1/workorders and PUT …/{id}
 *   with `VendorId`, `WorkDetails`, `VendorNotes`, `EntryNotes`): a message to the vendor; its shown text
 *   (workOrderText, asked first by longest-field.ts) is the details and the vendor's and entry notes joined in the
 *   body's order, a blank line between them, for the vendor is sent them all (pt1 review J1). A work order naming no
 *   vendor is left to the general rules (a post).
 * - A note on a record the general rules did not see as a record (recordNote): a notes collection within three
 *   segments of a resident, lease, owner, vendor, property, applicant, prospect, tenancy, request, work order,
 *   ownership account or association collection, whatever its id looks like (Propexo's
 *   /v1/applicants/rentmanager/{applicant_id}/notes, the PMS's name between), or a flat notes or history collection
 *   named for such a record that names it by an id field (Propexo's POST /v1/service-request-history/rentmanager/
 *   with `service_request_id`, `notes`): a comment. A bare `tenants` or `units` (words a multi-tenant SaaS and a
 *   device fleet use too) counts only beside a property-management sign: another such segment in the path (a record
 *   above, `rentals`, a PMS's name such as Propexo's `rentmanager`) or a lease's, property's, rental's, resident's,
 *   tenancy's or ownership account's id in the body (pmSign; pt1 review M2). A note is a comment, a message in the
 *   same request's thread a reply: the field decides.
 * - Quiet (ledgerEntryQuiet, refuses.ts): bookkeeping, whatever its memo says: a line (or the body) holding a
 *   general ledger account id beside a non-zero amount (bookkeepingLines: Buildium's bills, general journal entries,
 *   vendor credits, bank account checks, lease charges; pt1 review D1); or a charges, credits, recurring charges or
 *   credits, refunds, applied deposits, deposit withholdings, assessments, ledger entries or late fees collection (or
 *   one by id) under a lease, resident, rental, ownership account or ledger by id (a bare tenant or unit only beside
 *   a property-management sign), with a non-zero `amount`/`totalAmount` (Buildium's POST /v1/leases/{id}/charges,
 *   …/credits, …/recurringcharges, /v1/associations/ownershipaccounts/{id}/charges).
 *
 * Left to the general rules: announcements (a post), requests opened by the manager (a post, as round hd1's new ticket
 * is: hd1rev D3), notes collections under a record by id (a comment), rent payments, unit listings, email sent from a stored template named by id (no words in the request), reads.
 *
 * Sources (facts only): LeadSimple/buildium, the Ruby client generated from the Buildium Open API (CommunicationsApi:
 * announcements, emails, phone logs; LeasesApi, RentalTenantsApi, RentalOwnersApi, VendorsApi, AssociationUnitsApi,
 * ApplicantsApi notes; ResidentRequestsApi, RentalOwnerRequestsApi, ContactRequestsApi, ToDoRequestsApi, TasksApi
 * history; lease charges, credits and payments; BillsApi, GeneralLedgerApi journal entries, VendorsApi credits,
 * BankAccountsApi checks; RentalAppliancesApi and AppliancesApi service history; WorkOrdersApi; listings);
 * docs.propexo.com (Rent Manager resident, unit and applicant notes, service request history, residents); api-evangelist/arthur-online (tenancy and task notes,
 * conversation messages) and CubeSmart's notes API, which the general rules already read (guards only).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasKeyDeep } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { collectionById, hasIdSegment, pathSegments } from './paths';

/** A collection of requests someone opened with the manager (Buildium's residentrequests, rentalownerrequests, contactrequests, todorequests). */
const REQUEST_COLLECTION =
  /^(?:resident|tenant|(?:rental|association)?[-_]?owner|contact|to[-_]?do|maintenance|service|repair|work[-_]?order)[-_]?requests?$/i;
/** A to-do: a task staff set themselves, with no requester outside (pt1 review J3). */
const TODO_COLLECTION = /^to[-_]?do/i;
/** A task's or qualified request's collection whose history is a thread (…/tasks/{id}/history); a bare `requests` is qualified by the segment before it. */
const TASK_COLLECTION =
  /^(?:tasks?|requests?|work[-_]?orders?|maintenance|(?:resident|tenant|(?:rental|association)?[-_]?owner|maintenance|service|repair|work[-_]?order)[-_]?requests?)$/i;
/** A bare request collection, which needs a property qualifier before it (pt1 review M3). */
const BARE_REQUESTS = /^requests?$/i;
/** What qualifies a bare `requests` as a resident's, owner's or maintenance request (…/maintenance/requests/{id}). */
const REQUEST_QUALIFIER = /^(?:tasks?|maintenance|service|repairs?|residents?|tenants?|(?:rental|association)?[-_]?owners?|work[-_]?orders?)$/i;
/** A thread of a task's updates under it. */
const HISTORY_SEGMENT = /^(?:history|histories|updates)$/i;
/** The field a request's update says its words in. */
const UPDATE_MESSAGE_FIELD = /^(?:message|update[-_]?message|reply|response)$/i;
/** A collection of calls logged on records. */
const CALL_LOG_COLLECTION = /^(?:phone|call)[-_]?logs?$/i;
/** The field a logged call's account is in. */
const CALL_LOG_FIELD = /^(?:description|notes?|summary|details|body)$/i;
/**
 * A record property management keeps notes on: a resident, lease, owner, vendor, property, applicant, tenancy,
 * request, work order, ownership account, association; a bare tenant or unit only beside a property-management sign
 * (BARE_RECORD, pmSign).
 */
const PM_RECORD =
  /^(?:residents?|leases?|(?:rental|association)?[-_]?owners?|vendors?|propert(?:y|ies)|applicants?|prospects?|tenanc(?:y|ies)|(?:service|maintenance)[-_]?requests?|work[-_]?orders?|ownership[-_]?accounts?|associations?)$/i;
/** Words a multi-tenant SaaS or a device fleet uses too (a workspace, a device): property management's only with a sign (pt1 review M2). */
const BARE_RECORD = /^(?:tenants?|units?)$/i;
/** A path segment that says property management: a record of its own, rentals, or a property management system's name (Propexo's /{pms}/). */
const PM_SIGN_SEGMENT =
  /^(?:rentals?|rent[-_]?manager|yardi|appfolio|buildium|entrata|realpage|resman|propertyware|rentvine|doorloop|rent[-_]?roll)$/i;
/** A body field that says property management: a lease's, property's, rental's, resident's, tenancy's or ownership account's id. */
const PM_SIGN_FIELD = /^(?:lease|property|rental|resident|tenancy|unit[-_]?agreement|ownership[-_]?account)[-_]?(?:id|ids|number)$/i;
/** A notes collection (Rent Manager's HistoryNotes named alike). */
const NOTES_COLLECTION = /^(?:notes?|history[-_]?notes?)$/i;
/** A flat notes or history collection named for a record (Propexo's service-request-history). */
const FLAT_NOTES_COLLECTION = /^([a-z_-]{2,30}?)[-_](?:history|notes?|history[-_]?notes?)$/i;
/** A field naming the record a flat note is on (`service_request_id`, `residentId`; not `paid` or `void`). */
const RECORD_ID_FIELD = /^[a-z][a-zA-Z_]{1,28}(?:_id|Id|ID)$/;
/** The field a note's words are in. */
const NOTE_FIELD = /^(?:notes?|note[-_]?text|content|body|text)$/i;
/** A service history collection (Buildium's …/appliances/{id}/servicehistory). */
const SERVICE_HISTORY = /^service[-_]?histor(?:y|ies)$/i;
/** What a service history is kept on: an appliance, a unit, equipment, an asset. */
const SERVICED_RECORD = /^(?:appliances?|units?|equipments?|assets?)$/i;
/** The field a service history entry's account is in. */
const SERVICE_LOG_FIELD = /^(?:details|notes?|description|comments?|summary|text|body)$/i;
/** A work order collection. */
const WORK_ORDER_COLLECTION = /^work[-_]?orders?$/i;
/** The one vendor a work order is sent to (Buildium's `VendorId`). */
const VENDOR_FIELD = /^(?:assigned[-_]?)?(?:vendor|contractor|supplier)[-_]?id$/i;
/** A work order's words the vendor is sent: its details, the vendor's notes, the entry notes (Buildium's WorkOrderPostMessage). */
const WORK_ORDER_TEXT_FIELD = /^(?:work[-_]?details|details|description|instructions?|(?:vendor|entry|access)[-_]?(?:notes?|instructions?))$/i;
/** A ledger's transaction collection (charges, credits, refunds, applied deposits, withholdings, assessments, late fees). */
const LEDGER_COLLECTION =
  /^(?:(?:recurring[-_]?)?(?:charges?|credits?)|refunds?|applied[-_]?deposits|deposit[-_]?withholdings?|assessments?|ledger[-_]?entries|late[-_]?fees?)$/i;
/** What holds a ledger in property management: a lease, a resident, a rental, an ownership account, a ledger; a bare tenant or unit only beside a sign. */
const LEDGER_HOLDER = /^(?:leases?|residents?|rentals?|ownership[-_]?accounts?|ledgers?)$/i;
/** An amount on a ledger line (payments.ts's AMOUNT_KEY is another list: pt1 review M4). */
const LEDGER_AMOUNT_KEY = /^(?:amount|total[-_]?amount)$/i;
/** A general ledger account on a line (Buildium's `GLAccountId`, `GlAccountId`; `gl_account_code`). */
const GL_ACCOUNT_KEY = /^(?:gl|general[-_]?ledger)[-_]?account(?:[-_]?(?:id|code|number|ref))?$/i;
/** A segment examined is short: a long one is no collection's name. */
const SEGMENT_EXAMINED = 40;

/** A value set: not null, empty or false (payments.ts's `present`). */
function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && v !== false;
}
/** An amount set and not zero (`0`, `'0.00'`). */
function nonZeroAmount(v: unknown): boolean {
  if (!present(v) || v === 0) return false;
  return typeof v !== 'string' || !/^\s*[-+]?0*(?:\.0*)?\s*$/.test(v);
}

/** Another segment of the path, or a field of the body, that says property management (pt1 review M2). */
function pmSign(segments: string[], at: number, body: ParsedBody): boolean {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (i === at || seg.length > SEGMENT_EXAMINED) continue;
    if (PM_SIGN_SEGMENT.test(seg) || PM_RECORD.test(seg)) return true;
  }
  return hasKeyDeep(body, PM_SIGN_FIELD, present);
}
/** A segment naming a property-management record: a bare tenant or unit only beside a sign. */
function pmRecord(name: string, segments: string[], at: number, body: ParsedBody): boolean {
  if (name.length > SEGMENT_EXAMINED) return false;
  return PM_RECORD.test(name) || (BARE_RECORD.test(name) && pmSign(segments, at, body));
}

/**
 * A request's update message (a request collection by id, or one segment past the id: …/{id}/updates) or a
 * task's or qualified request's history entry: a reply in the requester's thread; a to-do's update, which no one
 * outside staff reads, a comment (pt1 review J3).
 */
function requestThreadKind(path: string, found: FreeText): PostKind | undefined {
  if (!UPDATE_MESSAGE_FIELD.test(found.field)) return undefined;
  const segments = pathSegments(path);
  const request = collectionById(segments, REQUEST_COLLECTION, SEGMENT_EXAMINED);
  if (request >= 0 && request + 2 >= segments.length - 1) return TODO_COLLECTION.test(segments[request]!) ? 'comment' : 'reply';
  const task = collectionById(segments, TASK_COLLECTION, SEGMENT_EXAMINED);
  if (task < 0 || task + 2 >= segments.length || !HISTORY_SEGMENT.test(segments[task + 2]!)) return undefined;
  // A bare `requests` only after a property qualifier (…/maintenance/requests/{id}/updates; pt1 review M3).
  if (BARE_REQUESTS.test(segments[task]!) && !(task > 0 && segments[task - 1]!.length <= SEGMENT_EXAMINED && REQUEST_QUALIFIER.test(segments[task - 1]!))) return undefined;
  return TODO_COLLECTION.test(segments[task]!) ? 'comment' : 'reply';
}

/** A call logged in a phone or call log collection, its account in a description or notes: a comment on the record. */
function callLogNote(path: string, found: FreeText): boolean {
  if (!CALL_LOG_FIELD.test(found.field)) return false;
  return pathSegments(path).some((seg) => seg.length <= SEGMENT_EXAMINED && CALL_LOG_COLLECTION.test(seg));
}

/**
 * An appliance's or unit's service history entry with words (Buildium's POST /v1/rentals/appliances/{id}/servicehistory,
 * PUT …/servicehistory/{id}, `Details`): a log staff read on the unit's record, a comment (pt1 review D2).
 */
function serviceHistoryNote(path: string, found: FreeText): boolean {
  if (!SERVICE_LOG_FIELD.test(found.field)) return false;
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at]!;
  if (at < 2 || last.length > SEGMENT_EXAMINED || !SERVICE_HISTORY.test(last)) return false;
  return collectionById(segments.slice(0, at), SERVICED_RECORD, SEGMENT_EXAMINED) === at - 2;
}

/** A work order (a work order collection, or one by id) sent to one vendor named by id: the vendor reads it (pt1 review J1). */
function workOrderToVendor(path: string, body: ParsedBody): boolean {
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at]!;
  if (last.length > SEGMENT_EXAMINED || !WORK_ORDER_COLLECTION.test(last)) return false;
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  for (const key in body.value) {
    const v = body.value[key];
    if (key.length <= SEGMENT_EXAMINED && VENDOR_FIELD.test(key) && (typeof v === 'number' || (typeof v === 'string' && v !== ''))) return true;
  }
  return false;
}

/**
 * The words a work order sends its vendor, for longest-field.ts to show whole: the work details, the vendor's notes
 * and the entry notes, in the body's order, a blank line between them (as practice-notes.ts's notePartsText joins a
 * note's parts); undefined elsewhere, or where they are no prose.
 */
export function workOrderText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json' || !isRecord(body.value) || !workOrderToVendor(path, body)) return undefined;
  const parts: string[] = [];
  let field: string | undefined;
  for (const key in body.value) {
    const v = body.value[key];
    if (typeof v !== 'string' || v.trim() === '' || key.length > SEGMENT_EXAMINED || !WORK_ORDER_TEXT_FIELD.test(key)) continue;
    const text = asPlainText(key, v);
    if (parts.includes(text)) continue;
    parts.push(text);
    field ??= key;
  }
  if (field === undefined) return undefined;
  const text = parts.join('\n\n');
  return isFreeText(text, min) ? { text, field } : undefined;
}

/**
 * A note on a property-management record whose id the general rules do not see as one (Propexo's
 * /v1/applicants/rentmanager/{applicant_id}/notes with a word id after the PMS's name), or a flat notes or history
 * collection named for such a record, the record named by a field (Propexo's /v1/service-request-history/rentmanager/
 * with `service_request_id` and `notes`): a comment on the record. A bare tenant or unit counts only beside a
 * property-management sign (pt1 review M2).
 */
function recordNote(path: string, body: ParsedBody, found: FreeText): boolean {
  if (!NOTE_FIELD.test(found.field)) return false;
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at];
  if (last === undefined) return false;
  if (last.length <= SEGMENT_EXAMINED && NOTES_COLLECTION.test(last)) {
    for (let i = Math.max(0, at - 3); i < at; i++) if (pmRecord(segments[i]!, segments, i, body)) return true;
    return false;
  }
  // The flat collection last, or before one more word (Propexo's PMS name: …/service-request-history/rentmanager/).
  for (let i = at; i >= Math.max(0, at - 1); i--) {
    const seg = segments[i]!;
    const flat = seg.length <= SEGMENT_EXAMINED ? FLAT_NOTES_COLLECTION.exec(seg) : null;
    if (flat !== null && pmRecord(flat[1]!, segments, i, body)) return hasKeyDeep(body, RECORD_ID_FIELD);
  }
  return false;
}

/** The kind of a property manager's words that the general rules misread (kind.ts asks it after hospitality's). */
export function propertyManagementKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  const thread = requestThreadKind(path, found);
  if (thread !== undefined) return thread;
  if (callLogNote(path, found)) return 'comment';
  if (serviceHistoryNote(path, found)) return 'comment';
  if (WORK_ORDER_TEXT_FIELD.test(found.field) && workOrderToVendor(path, body)) return 'message';
  if (recordNote(path, body, found)) return 'comment';
  return undefined;
}

/**
 * Bookkeeping (pt1 review D1): a line, or the body, holding a general ledger account id beside a non-zero amount
 * (Buildium's bills, general journal entries, vendor credits, checks, lease charges: `Lines` of `GLAccountId` and
 * `Amount`).
 */
function bookkeepingLines(body: ParsedBody): boolean {
  return hasKeyDeep(body, GL_ACCOUNT_KEY, (v, holder) => {
    if (!present(v)) return false;
    if (holder === undefined) return hasKeyDeep(body, LEDGER_AMOUNT_KEY, nonZeroAmount);
    for (const key in holder) if (key.length <= SEGMENT_EXAMINED && LEDGER_AMOUNT_KEY.test(key) && nonZeroAmount(holder[key])) return true;
    return false;
  });
}

/**
 * Bookkeeping, quiet whatever its memo says (refuses.ts): lines of general ledger accounts and amounts anywhere
 * (bookkeepingLines), or a charge, credit, refund, applied deposit, deposit withholding, assessment, ledger entry or
 * late fee posted to the ledger of a lease, resident, rental, ownership account or ledger by id (a bare tenant or unit
 * only beside a property-management sign) with a non-zero amount.
 */
export function ledgerEntryQuiet(body: ParsedBody, path: string): boolean {
  if (bookkeepingLines(body)) return true;
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at]!;
  if (last.length > SEGMENT_EXAMINED || !LEDGER_COLLECTION.test(last)) return false;
  const holders = segments.slice(0, at);
  const holder = collectionById(holders, LEDGER_HOLDER, SEGMENT_EXAMINED);
  if (holder < 0) {
    const bare = collectionById(holders, BARE_RECORD, SEGMENT_EXAMINED);
    if (bare < 0 || !pmSign(segments, bare, body)) return false;
  }
  return hasKeyDeep(body, LEDGER_AMOUNT_KEY, nonZeroAmount);
}
