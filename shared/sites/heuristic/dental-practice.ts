/**
 * Dental practice management (round dn1): the words a dentist, hygienist or front desk writes about a named patient
 * on the practice's own record, where the older rules saw a booking or a plain post.
 *
 * Read here:
 * - an appointment's note written by the practice: Open Dental's POST /appointments and PUT /appointments/{AptNum}
 *   with `Note`, NexHealth's POST /appointments and PATCH /appointments/{id} with `appt.note`. Appointments' paths
 *   are bookings (transactions.ts: a customer's note goes to those who fulfil the order), so the request must show
 *   the practice's side: a practice-management API's host whose keys are issued to practices' integrations only
 *   (PRACTICE_API_HOST; a host list because nothing in a PATCH of `{appt: {note}}` says who wrote it), or a body that
 *   places a chart's patient on a chair or with a provider by the chart's own keys (Open Dental's `PatNum` beside
 *   `Op` or `ProvNum`, from any host: the Local API and API Service run on the practice's machines). A comment:
 *   colleagues read it on the schedule, nothing goes to the patient.
 * - a task attached to a patient or an appointment (Open Dental's POST /tasks with `ObjectType` Patient or Appointment
 *   and its `KeyNum`), or a task edited by id on a practice API's host (its PUT sends only `Descript`; dn1fix):
 *   intra-office words about the patient on a colleagues' task list, a comment (as hc2 read DrChrono's task note).
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

/** Practice-management APIs whose keys are issued for practices' own integrations (Open Dental's remote API, NexHealth). */
const PRACTICE_API_HOST = /^(?:api\.opendental\.com|nexhealth\.info)$/i;
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

/** An appointment's note written by the practice: the practice's API host, or a chart booking. */
function practiceAppointmentNote(host: string, path: string, value: unknown): boolean {
  if (!appointmentPath(path)) return false;
  const fields = appointmentFields(value);
  if (fields === undefined || !proseNote(fields)) return false;
  return PRACTICE_API_HOST.test(host) || chartBooking(fields);
}

/**
 * Whether an appointment's note written by the practice is watched though appointments' paths are bookings
 * (transactions.ts). The path is tested first; a body is parsed only when its raw text shows a note field.
 */
export function dentalAppointmentWatched(url: URL, path: string, method: string | undefined, body: string | undefined): boolean {
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
  return practiceAppointmentNote(url.hostname, path, value);
}

/**
 * A task attached to a patient or an appointment by Open Dental's ObjectType and KeyNum, or a task edited by id on a
 * practice API's host (PUT /tasks/{TaskNum} sends only the fields that change: its Descript, not its ObjectType).
 */
function patientTask(host: string, path: string, value: unknown): boolean {
  const segs = pathSegments(path).filter((s) => s !== '');
  const n = segs.length;
  if (n === 0 || !isRecord(value)) return false;
  const byId = n >= 2 && hasIdSegment(segs[n - 1]!) && TASK_SEGMENT.test(segs[n - 2]!);
  if (!byId && !TASK_SEGMENT.test(segs[n - 1]!)) return false;
  if (byId && PRACTICE_API_HOST.test(host)) return true;
  const type = value['ObjectType'];
  return typeof type === 'string' && /^(?:patient|appointment)$/i.test(type) && 'KeyNum' in value;
}

/** The kind of a dental practice's note: an appointment's note or a patient's task, a comment (round dn1). */
export function dentalPracticeKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  if (body.type !== 'json') return undefined;
  if (practiceAppointmentNote(url.hostname, path, body.value)) return 'comment';
  if (patientTask(url.hostname, path, body.value)) return 'comment';
  return undefined;
}
