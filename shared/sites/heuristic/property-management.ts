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
 * history; lease charges, credits and payments; listings); docs.propexo.com (Rent Manager resident and unit notes,
 * residents).
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

/** The kind of a property manager's words that the general rules misread (kind.ts asks it after hospitality's). */
export function propertyManagementKind(path: string, found: FreeText, method: string): PostKind | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  if (requestThreadReply(path, found)) return 'reply';
  if (callLogNote(path, found)) return 'comment';
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
