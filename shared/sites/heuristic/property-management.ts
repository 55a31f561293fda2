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
 * same kind of thread). What this module reads that the general rules did not:
 *
 * - A request's update message (requestThreadReply): words in a `message`, `reply` or `response` field sent to a
 *   request collection by id (Buildium's PUT /v1/tasks/residentrequests/{id}, …/rentalownerrequests/{id},
 *   …/contactrequests/{id}, …/todorequests/{id} with `Message`; maintenance, service, repair, work-order and
 *   tenant requests named alike), or to a task's or request's history or updates by id (Buildium's
 *   PUT /v1/tasks/{id}/history/{historyId} `Message`): a reply. A status, priority or assignee change without a
 *   message has no words and stays quiet, as before.
 * - A call logged on a record (callLogNote): a phone or call log collection (Buildium's
 *   POST /v1/communications/phonelogs, PUT …/phonelogs/{id}, with `Participant`, `Subject`, `Description`): the
 *   manager's record of what was said, read by staff, a comment (as a CRM's logged call is, round cr1's review x3).
 * - A note on a record the general rules did not see as a record (recordNote): a notes collection within three
 *   segments of a resident, tenant, lease, unit, owner, vendor, applicant or request collection, whatever its id
 *   looks like (Propexo's /v1/applicants/rentmanager/{applicant_id}/notes, the PMS's name between), or a flat notes
 *   or history collection named for such a record that names it by an id field (Propexo's
 *   POST /v1/service-request-history/rentmanager/ with `service_request_id`, `notes`): a comment. A note is a
 *   comment, a message in the same request's thread a reply: the field decides.
 * - Quiet (ledgerEntryQuiet): a charge, credit, refund, deposit withholding, assessment or recurring charge posted to
 *   a lease's, tenant's, unit's or ownership account's ledger (Buildium's POST /v1/leases/{id}/charges,
 *   …/credits, …/recurringcharges, /v1/associations/ownershipaccounts/{id}/charges, each with a `Memo` and lines of
 *   amounts): bookkeeping, whatever its memo says.
 *
 * Left to the general rules: announcements (a post), notes collections under a record by id (a comment), rent
 * payments, unit listings, email sent from a stored template named by id (no words in the request), reads.
 *
 * Sources (facts only): LeadSimple/buildium, the Ruby client generated from the Buildium Open API (CommunicationsApi:
 * announcements, emails, phone logs; LeasesApi, RentalTenantsApi, RentalOwnersApi, VendorsApi, AssociationUnitsApi,
 * ApplicantsApi notes; ResidentRequestsApi, RentalOwnerRequestsApi, ContactRequestsApi, ToDoRequestsApi, TasksApi
 * history; lease charges, credits and payments; listings); docs.propexo.com (Rent Manager resident, unit and
 * applicant notes, service request history, residents); api-evangelist/arthur-online (tenancy and task notes,
 * conversation messages) and CubeSmart's notes API, which the general rules already read (guards only).
 */
import type { ParsedBody, PostKind } from '../types';
import { hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { hasIdSegment, pathSegments } from './paths';

/** A collection of requests someone opened with the manager (Buildium's residentrequests, rentalownerrequests, contactrequests, todorequests). */
const REQUEST_COLLECTION =
  /^(?:resident|tenant|(?:rental|association)?[-_]?owner|contact|to[-_]?do|maintenance|service|repair|work[-_]?order)[-_]?requests?$/i;
/** A task's or request's collection whose history is a thread (…/tasks/{id}/history). */
const TASK_COLLECTION = /^(?:tasks?|requests?|work[-_]?orders?|maintenance(?:[-_]?requests?)?|service[-_]?requests?)$/i;
/** A thread of a task's updates under it. */
const HISTORY_SEGMENT = /^(?:history|histories|updates)$/i;
/** The field a request's update says its words in. */
const UPDATE_MESSAGE_FIELD = /^(?:message|update[-_]?message|reply|response)$/i;
/** A collection of calls logged on records. */
const CALL_LOG_COLLECTION = /^(?:phone|call)[-_]?logs?$/i;
/** The field a logged call's account is in. */
const CALL_LOG_FIELD = /^(?:description|notes?|summary|details|body)$/i;
/** A record property management keeps notes on: a resident, tenant, lease, unit, owner, vendor, applicant, request. */
const PM_RECORD =
  /^(?:residents?|tenants?|leases?|units?|(?:rental|association)?[-_]?owners?|vendors?|propert(?:y|ies)|applicants?|prospects?|tenanc(?:y|ies)|(?:service|maintenance)[-_]?requests?|work[-_]?orders?|ownership[-_]?accounts?|associations?)$/i;
/** A notes collection (Rent Manager's HistoryNotes named alike). */
const NOTES_COLLECTION = /^(?:notes?|history[-_]?notes?)$/i;
/** A flat notes or history collection named for a record (Propexo's service-request-history). */
const FLAT_NOTES_COLLECTION = /^([a-z_-]{2,30}?)[-_](?:history|notes?|history[-_]?notes?)$/i;
/** A field naming the record a flat note is on (`service_request_id`, `residentId`; not `paid` or `void`). */
const RECORD_ID_FIELD = /^[a-z][a-zA-Z_]{1,28}(?:_id|Id|ID)$/;
/** The field a note's words are in. */
const NOTE_FIELD = /^(?:notes?|note[-_]?text|content|body|text)$/i;
/** A ledger's transaction collection. */
const LEDGER_COLLECTION =
  /^(?:(?:recurring[-_]?)?(?:charges?|credits?)|refunds?|applied[-_]?deposits|deposit[-_]?withholdings?|assessments?|ledger[-_]?entries|late[-_]?fees?)$/i;
/** What holds a ledger in property management: a lease, a tenant, a unit, an ownership account. */
const LEDGER_HOLDER = /^(?:leases?|tenants?|residents?|units?|rentals?|ownership[-_]?accounts?|ledgers?)$/i;
/** An amount on a ledger line. */
const AMOUNT_KEY = /^(?:amount|total[-_]?amount)$/i;
/** A segment examined is short: a long one is no collection's name. */
const SEGMENT_EXAMINED = 40;

/** A segment's index of a collection matching `name` followed by an id, from the end; -1 when there is none. */
function collectionById(segments: string[], name: RegExp): number {
  for (let i = segments.length - 2; i >= 0; i--) {
    const seg = segments[i]!;
    if (seg.length <= SEGMENT_EXAMINED && name.test(seg) && hasIdSegment(segments[i + 1]!)) return i;
  }
  return -1;
}

/** A request's update message (a request collection by id) or a task's history entry: a reply in the requester's thread. */
function requestThreadReply(path: string, found: FreeText): boolean {
  if (!UPDATE_MESSAGE_FIELD.test(found.field)) return false;
  const segments = pathSegments(path);
  const request = collectionById(segments, REQUEST_COLLECTION);
  if (request >= 0 && request + 2 >= segments.length - 1) return true;
  const task = collectionById(segments, TASK_COLLECTION);
  return task >= 0 && task + 2 < segments.length && HISTORY_SEGMENT.test(segments[task + 2]!);
}

/** A call logged in a phone or call log collection, its account in a description or notes: a comment on the record. */
function callLogNote(path: string, found: FreeText): boolean {
  if (!CALL_LOG_FIELD.test(found.field)) return false;
  return pathSegments(path).some((seg) => seg.length <= SEGMENT_EXAMINED && CALL_LOG_COLLECTION.test(seg));
}

/**
 * A note on a property-management record whose id the general rules do not see as one (Propexo's
 * /v1/applicants/rentmanager/{applicant_id}/notes with a word id after the PMS's name), or a flat notes or history
 * collection named for such a record, the record named by a field (Propexo's /v1/service-request-history/rentmanager/
 * with `service_request_id` and `notes`): a comment on the record.
 */
function recordNote(path: string, body: ParsedBody, found: FreeText): boolean {
  if (!NOTE_FIELD.test(found.field)) return false;
  const segments = pathSegments(path).filter((seg) => seg !== '');
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at];
  if (last === undefined) return false;
  if (last.length <= SEGMENT_EXAMINED && NOTES_COLLECTION.test(last)) {
    for (let i = Math.max(0, at - 3); i < at; i++) if (segments[i]!.length <= SEGMENT_EXAMINED && PM_RECORD.test(segments[i]!)) return true;
    return false;
  }
  // The flat collection last, or before one more word (Propexo's PMS name: …/service-request-history/rentmanager/).
  for (let i = at; i >= Math.max(0, at - 1); i--) {
    const seg = segments[i]!;
    const flat = seg.length <= SEGMENT_EXAMINED ? FLAT_NOTES_COLLECTION.exec(seg) : null;
    if (flat !== null && PM_RECORD.test(flat[1]!)) return hasKeyDeep(body, RECORD_ID_FIELD);
  }
  return false;
}

/** The kind of a property manager's words that the general rules misread (kind.ts asks it after hospitality's). */
export function propertyManagementKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  if (requestThreadReply(path, found)) return 'reply';
  if (callLogNote(path, found)) return 'comment';
  if (recordNote(path, body, found)) return 'comment';
  return undefined;
}

/**
 * A charge, credit, refund or assessment posted to a lease's, tenant's, unit's or ownership account's ledger, with
 * amounts: bookkeeping, quiet whatever its memo says (refuses.ts).
 */
export function ledgerEntryQuiet(body: ParsedBody, path: string): boolean {
  const segments = pathSegments(path);
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!)) at--;
  const last = segments[at]!;
  if (last.length > SEGMENT_EXAMINED || !LEDGER_COLLECTION.test(last)) return false;
  if (collectionById(segments.slice(0, at), LEDGER_HOLDER) < 0) return false;
  return hasKeyDeep(body, AMOUNT_KEY);
}
