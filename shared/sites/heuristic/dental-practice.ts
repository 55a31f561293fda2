/**
 * Dental practice management (round dn1): the words a dentist, hygienist or front desk writes about a named patient
 * on the practice's own record, where the older rules saw a booking or a plain post.
 *
 * Read here:
 * - an appointment's note written by the practice: Open Dental's POST /appointments and PUT /appointments/{AptNum}
 *   with `Note`, NexHealth's POST /appointments and PATCH /appointments/{id} with `appt.note`. Appointments' paths
 *   are bookings (transactions.ts: a customer's note goes to those who fulfil the order), so the request must show
 *   the practice's side: a practice-management API's host whose keys are issued to practices' integrations only
 *   (PRACTICE_API_HOST; a host list because nothing in a PATCH of `{appt: {note}}` says who wrote it; Kolla's Unify
 *   API since dn1rev, Sikka's ONE API since r31), Open Dental's own authorization scheme on any host (`Authorization: ODFHIR {DeveloperKey}/
 *   {CustomerKey}`, sent to the remote API, the Local API and the API Service alike: an edit by id sends only its
 *   `Note`; dn1rev, review D1), or a body that places a chart's patient on a chair or with a provider by the chart's
 *   own keys (Open Dental's `PatNum` beside `Op` or `ProvNum`, from any host). The note is read in the `appt` wrapper
 *   or, when the wrapper holds none, at the body's top level (dn1rev, M1). A comment: colleagues read it on the
 *   schedule, nothing goes to the patient.
 * - a task (Open Dental's POST /tasks, PUT /tasks/{TaskNum}): on the practice's side (its API's host or ODFHIR key) any
 *   task with words, with or without a patient (Open Dental calls tasks intra-office communication; dn1rev, D2 and D5),
 *   and on any host a task whose `ObjectType` Patient or Appointment and `KeyNum` attach it to a patient (these keys
 *   are Open Dental's, but the rule does not ask for its host). Words on a colleagues' task list: a comment (as hc2
 *   read DrChrono's task note).
 * - a treatment plan edited by its id with a note (ClinicFlow's PATCH /api/dental/treatment-plans/{id} `notes`; round
 *   r24's recheck): a comment, as the plan's creation beside the patient's id already was (clinical.ts); since its
 *   review (r24rev M5) also wrapped in `treatment_plan`, and a message when a recipient or a send flag sends it out
 *   (clinical-messaging.ts's noteSentOut).
 * - the practice's side also lets an appointment's note through the cross-site gates (watches.ts, cross-site.ts): the
 *   practice's own key or its API's host, which has no pages of its own, says more than the calling page's origin
 *   (dn1rev, review J2, taken narrowly: other paths on those hosts keep the gates).
 *
 * - a review request to one patient with the practice's own words (Weave's POST /review_requests, `patient_phone`,
 *   `custom_message`): a message; and an answer in a review's conversation on Trustpilot's API (POST
 *   /v1/private/conversations/{id}/comments): a reply (round r31; a one-host rule, as other conversations' comments
 *   are internal notes).
 *
 * Left to the older rules, which already answer as this family wants: commlogs, procedure notes, popups, patient
 * notes and task notes (practice-notes.ts, hc1, hc2), NexHealth's patient alerts (hc2), messages to a patient through
 * Podium's /v4/messages (a message by the messages rules). Quiet, as before: appointments booked, moved, confirmed or
 * cancelled with no note, procedures charted by code, appointment fields, task statuses.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { isFreeText } from './free-text';
import { hasIdSegment, pathSegments } from './paths';
import { noteSentOut } from './clinical-messaging';

/**
 * Practice-management APIs whose keys are issued for practices' own integrations (Open Dental's remote API,
 * NexHealth, Kolla's Unify API from docs.kolla.dev; dn1rev; Sikka's ONE API, whose request keys are issued per authorized
 * practice, from WORKWAY's Sikka client; r31). A host list: nothing in their bodies says who wrote it.
 */
const PRACTICE_API_HOST = /^(?:api\.opendental\.com|nexhealth\.info|unify\.kolla\.dev|api\.sikkasoft\.com)$/i;
/** Open Dental's authorization scheme (`ODFHIR {DeveloperKey}/{CustomerKey}`, its API Specification), on any host. */
const OPEN_DENTAL_AUTH = /^\s*ODFHIR\s+\S+\/\S+/i;
const APPOINTMENT_SEGMENT = /^appointments?$/i;
const TASK_SEGMENT = /^tasks$/i;
/** The appointment's note: Open Dental's `Note`, NexHealth's `note`. */
const NOTE_FIELD = /^notes?$/i;
/** The wrapper an appointment's fields are sent in (NexHealth's `appt`). */
const APPOINTMENT_WRAPPER = /^(?:appt|appointment)$/i;
/** Raw-body sign tested before a watch parses a body. */
const NOTE_RAW = /"notes?"\s*:\s*"/i;
const MAX_WATCHED_BODY = 65_536;
/** Words, not a code or a flag: the same floor the record-note rules use. */
const MIN_NOTE = 8;

/** The request shows the practice's side: a practice API's host or Open Dental's own authorization scheme. */
export function practiceSide(host: string, authorization: string | undefined): boolean {
  return PRACTICE_API_HOST.test(host) || (authorization !== undefined && OPEN_DENTAL_AUTH.test(authorization));
}

/** The path's last segment is an appointments collection, or an appointment's id just after one. */
function appointmentPath(path: string): boolean {
  const segs = pathSegments(path).filter((s) => s !== '');
  const n = segs.length;
  if (n === 0) return false;
  if (APPOINTMENT_SEGMENT.test(segs[n - 1]!)) return true;
  return n >= 2 && hasIdSegment(segs[n - 1]!) && APPOINTMENT_SEGMENT.test(segs[n - 2]!);
}

/** The object holding the appointment's fields: the body itself or its `appt` wrapper. */
function appointmentFields(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  for (const [k, v] of Object.entries(value)) if (APPOINTMENT_WRAPPER.test(k) && isRecord(v)) return v;
  return value;
}

/** A note with prose in the appointment's fields. */
function proseNote(fields: Record<string, unknown>): boolean {
  return Object.entries(fields).some(([k, v]) => NOTE_FIELD.test(k) && typeof v === 'string' && isFreeText(v, MIN_NOTE));
}

/** A chart's patient placed on a chair or with a provider by the chart's own keys (Open Dental's PatNum with Op or ProvNum). */
function chartBooking(fields: Record<string, unknown>): boolean {
  return 'PatNum' in fields && ('Op' in fields || 'ProvNum' in fields);
}

/**
 * An appointment's note written by the practice: on the practice's side (host or key), or a chart booking. The note is
 * the wrapper's or, when the wrapper has none, the body's own (review M1).
 */
function practiceAppointmentNote(host: string, path: string, value: unknown, authorization: string | undefined): boolean {
  if (!appointmentPath(path)) return false;
  const fields = appointmentFields(value);
  if (fields === undefined) return false;
  if (!proseNote(fields) && (fields === value || !proseNote(value as Record<string, unknown>))) return false;
  return practiceSide(host, authorization) || chartBooking(fields);
}

/**
 * Whether an appointment's note written by the practice is watched though appointments' paths are bookings
 * (transactions.ts). The path is tested first; a body is parsed only when its raw text shows a note field.
 */
export function dentalAppointmentWatched(url: URL, path: string, method: string | undefined, body: string | undefined, authorization: string | undefined): boolean {
  const m = (method ?? '').toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return false;
  if (!appointmentPath(path)) return false;
  if (body === undefined || body.length === 0 || body.length > MAX_WATCHED_BODY || !NOTE_RAW.test(body)) return false;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    return false;
  }
  return practiceAppointmentNote(url.hostname, path, value, authorization);
}

/**
 * A task on the practice's side (host or ODFHIR key): new or edited by id (PUT /tasks/{TaskNum} sends only the fields
 * that change, its Descript), with or without a patient. On any host: a task attached to a patient or an appointment
 * by Open Dental's ObjectType and KeyNum.
 */
function practiceTask(host: string, path: string, value: unknown, authorization: string | undefined): boolean {
  const segs = pathSegments(path).filter((s) => s !== '');
  const n = segs.length;
  if (n === 0 || !isRecord(value)) return false;
  const byId = n >= 2 && hasIdSegment(segs[n - 1]!) && TASK_SEGMENT.test(segs[n - 2]!);
  if (!byId && !TASK_SEGMENT.test(segs[n - 1]!)) return false;
  if (practiceSide(host, authorization) && (byId || 'Descript' in value)) return true;
  const type = value['ObjectType'];
  return typeof type === 'string' && /^(?:patient|appointment)$/i.test(type) && 'KeyNum' in value;
}

/** A patient's treatment plan by id (`…/treatment-plans/{id}`, ClinicFlow's dental API; round r24). */
const TREATMENT_PLAN_SEGMENT = /^treatment[-_]?plans?$/i;

/**
 * A treatment plan edited by its id with a note at the body's top level (ClinicFlow's PATCH
 * /api/dental/treatment-plans/{id} `notes`; round r24): a plan hangs on one patient's record, so its note is read by
 * the practice, as its creation (`patient_id` with `notes`, clinical.ts) already was.
 */
function treatmentPlanNote(path: string, value: unknown): boolean {
  if (!isRecord(value)) return false;
  const segs = pathSegments(path).filter((s) => s !== '');
  const n = segs.length;
  if (n < 2 || !TREATMENT_PLAN_SEGMENT.test(segs[n - 2]!) || !hasIdSegment(segs[n - 1]!)) return false;
  // A Rails-style body wraps the plan's fields in `treatment_plan` (r24rev M5).
  const wrapped = Object.entries(value).find(([k, v]) => /^treatment_?plan$/i.test(k) && isRecord(v))?.[1];
  const fields = isRecord(wrapped) ? wrapped : value;
  return Object.entries(fields).some(([k, v]) => NOTE_FIELD.test(k) && typeof v === 'string' && isFreeText(v, MIN_NOTE));
}

/** A review request's collection (Weave's POST /review_requests; round r31). */
const REVIEW_REQUEST_SEGMENT = /^review[-_]?requests?$/i;
/** The one patient a review request goes to: a phone or an email field (Weave's `patient_phone`). */
const RECIPIENT_FIELD = /(?:^|_)(?:phone(?:_?number)?|email)$/i;
/** The practice's own words in a review request (Weave's `custom_message`); without them the service's template is sent. */
const CUSTOM_MESSAGE_FIELD = /^custom_?message$/i;

/**
 * A review request to one patient with the practice's own words (Weave's POST /review_requests with `patient_phone` and
 * `custom_message`; round r31): the words go to that patient by text, a message. Without a custom message (the
 * template) it stays quiet, as Trustpilot's email invitation does (p1b).
 */
function reviewRequestMessage(path: string, value: unknown): boolean {
  if (!isRecord(value)) return false;
  const segs = pathSegments(path).filter((s) => s !== '');
  const last = segs[segs.length - 1];
  if (last === undefined || !REVIEW_REQUEST_SEGMENT.test(last)) return false;
  const keys = Object.keys(value);
  if (!keys.some((k) => RECIPIENT_FIELD.test(k))) return false;
  return keys.some((k) => CUSTOM_MESSAGE_FIELD.test(k) && typeof value[k] === 'string' && isFreeText(value[k], MIN_NOTE));
}

/**
 * A business's answer in a review's conversation on Trustpilot's API (POST /v1/private/conversations/{id}/comments,
 * how Pipedream's Trustpilot client replies to a product review; round r31): a reply. A one-host rule, because other
 * services' comments on a conversation are internal notes (Front's, id1m).
 */
function reviewConversationReply(host: string, path: string): boolean {
  if (host.toLowerCase() !== 'api.trustpilot.com') return false;
  return /\/private\/conversations\/[^/]+\/comments\/?$/i.test(path);
}

/**
 * The kind of a dental practice's note: an appointment's note, a task or a treatment plan's note, a comment (round dn1,
 * dn1rev, r24); a review request with the practice's own words, a message, and an answer in a Trustpilot review's
 * conversation, a reply (r31).
 */
export function dentalPracticeKind(url: URL, path: string, body: ParsedBody, authorization?: string): PostKind | undefined {
  if (body.type !== 'json') return undefined;
  if (practiceAppointmentNote(url.hostname, path, body.value, authorization)) return 'comment';
  if (practiceTask(url.hostname, path, body.value, authorization)) return 'comment';
  if (treatmentPlanNote(path, body.value)) return noteSentOut(body) ? 'message' : 'comment';
  if (reviewRequestMessage(path, body.value)) return 'message';
  if (reviewConversationReply(url.hostname, path)) return 'reply';
  return undefined;
}
