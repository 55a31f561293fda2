/**
 * Practice-management software of therapists, physiotherapists, dietitians, counsellors and small clinics (round
 * hc2): the notes a practitioner keeps on a patient and the messages sent to one, beside round hc1's FHIR and
 * open-source records (clinical.ts). Patients are identifiable third parties, so what is written about them is
 * held with the kind a reader would give it:
 * - a note on a patient's record, read by the colleagues who open it, is a **comment**: a treatment, clinical, task
 *   or case note collection (Cliniko's POST/PUT /treatment_notes, DrChrono's /task_notes and
 *   /clinical_note_field_values), an alert shown on the patient's file (Cliniko's /medical_alerts, NexHealth's
 *   /patients/{id}/alerts), a communication logged on the patient with its direction (Cliniko's memo: a phone call
 *   received from the patient's mother, `direction_code`, `patient_id`; a vet practice's /notes/{patientId}/phone-call),
 *   a note appended to a record by id
 *   (DrChrono's PATCH /messages/{id} with `message_notes[].text`), and a chart note filled as form answers
 *   (Healthie's createFormAnswerGroup `form_answers`);
 * - a message to the patient (Healthie's createNote or createConversation with its first note) stays a message, as
 *   hc1 read it; an answer in a patient conversation is a message too (hc1: a reply mailed to one person is one).
 * Quiet: form answers the API says are unfinished (Healthie's `finished: false`, documented as saved as a draft),
 * as a `draft: true` treatment note already is (longest-field.ts skips objects that say draft).
 *
 * A treatment note's `content` is sent as a JSON string of sections and questions (Cliniko's content schema:
 * `sections[].questions[]` of `name`, `type` and a text or paragraph `answer`): formAnswersText reads its answers
 * as the words, joined as one note.
 *
 * Sources (facts only): redguava/cliniko-api sections treatment_notes.md, communications.md, medical_alerts.md,
 * patient_cases.md; docs.gethealthie.com guides/filled_out_forms, guides/chat, input objects createFormAnswerGroupInput,
 * createConversationInput, createCommentInput, updateConversationMembershipInput; DrChrono API v4 TaskNote,
 * SoapNoteLineItemFieldValue and DoctorMessage (as mirrored in api-evangelist/drchrono json-schema); NexHealth API
 * docs (patient alerts).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, hasKeyDeep } from './body-fields';
import { asPlainText } from './field-values';
import type { FreeText } from './longest-field';
import { HEURISTIC_MAX_BODY } from './limits';
import { hasIdSegment } from './paths';

/**
 * A collection of notes or alerts on a patient's record, as the last segment or before a record's id:
 * `treatment_notes`, `clinical_notes`, `task_notes`, `case_notes`, `session_notes`, `progress_notes`, `soap_notes`,
 * `clinical_note_field_values`, `medical_alerts`, `patient_alerts`, `chart_alerts`.
 */
const PRACTICE_NOTE_SEGMENT = /^(?:(?:treatment|clinical|chart|visit|session|progress|soap|case|task|encounter|patient|client|therapy|consult(?:ation)?)[_-]?notes?(?:[_-]field[_-]values?)?|(?:medical|patient|chart|clinical|client)[_-]?alerts?)(?:\.json)?$/i;
/** An alert collection under a patient or client by id (NexHealth's /patients/{id}/alerts). */
const PATIENT_ALERTS = /(?:^|\/)(?:patients?|clients?)\/[^/]+\/alerts?(?:\.json)?\/?$/i;
/**
 * A note, call or communication logged under a patient's chart by id (a vet practice's /notes/{patientId}/phone-call
 * and /notes/{patientId}/communication-log, /patients/{id}/call-logs).
 */
const CHART_LOG_PATH = /(?:^|\/)(?:notes|charts?|patients?|clients?)\/[^/]+\/(?:notes?|phone[_-]?calls?|call[_-]?logs?|communication[_-]?logs?|contact[_-]?logs?)(?:\.json)?\/?$/i;
/** A collection of logged communications or memos (Cliniko's /communications). */
const COMMUNICATION_LOG_SEGMENT = /^(?:communications?|comms?|communication[_-]?logs?|contact[_-]?logs?|memos?|call[_-]?logs?)(?:\.json)?$/i;
/** A field naming the patient or client a record is about. */
const PATIENT_ID_FIELD = /^(?:patient|client)(?:[_-]?(?:id|uuid|num(?:ber)?))?$|^(?:patientId|clientId|PatNum)$/;
/** The direction of a communication logged after it happened (Cliniko's `direction_code`, Open Dental's `SentOrReceived`). */
const DIRECTION_FIELD = /^(?:direction(?:[_-]?code)?|sent[_-]?or[_-]?received|inbound|outbound)$/i;
/** A logged communication's coded type, category or direction (Cliniko's `type_code`, `category_code`, `direction_code`). */
const LOG_CODE_FIELD = /^(?:type|category|direction|medium)[_-]?code$/i;
/** A list of notes appended to a record (DrChrono's `message_notes`, `task_notes`, `case_notes`). */
const NOTES_LIST_CONTAINER = /^(?:(?:message|task|case|ticket|internal|staff|patient|client|visit|encounter|order|record|chart|clinical|progress)_)?notes$/i;
/** Filled answers of a form on a client's chart (Healthie's `form_answers`). */
const FORM_ANSWERS_KEY = /^form_?answers$/i;
/** The person a chart's form is filled on (Healthie's `user_id`, a `patient_id` or `client_id`). */
const CHART_PERSON_FIELD = /^(?:user|patient|client)[_-]?id$/i;
/** A form filled but not finished (Healthie's `finished: false`: saved as a draft). */
const FINISHED_FIELD = /^(?:finished|is_?finished|completed|is_?complete)$/i;
/** How many sections and questions of a treatment note are read. */
const SECTIONS_READ = 50;

/** The path's segments without a trailing `/` or query. */
function segmentsOf(path: string): string[] {
  return path.replace(/[?#].*$/, '').replace(/\/$/, '').split('/').filter((s) => s !== '');
}

/** Whether the path is a practice note collection, or a note in one by id. */
function practiceNotePath(path: string): boolean {
  const bare = path.replace(/[?#].*$/, '');
  if (PATIENT_ALERTS.test(bare) || CHART_LOG_PATH.test(bare)) return true;
  const segments = segmentsOf(path);
  const n = segments.length;
  if (n === 0) return false;
  if (PRACTICE_NOTE_SEGMENT.test(segments[n - 1]!)) return true;
  return n >= 2 && PRACTICE_NOTE_SEGMENT.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!);
}

/** Whether the body names the patient or client by an id. */
function namesPatient(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => PATIENT_ID_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && !/\s/.test(v))));
}

/**
 * The kind of a practice's note or logged communication on a patient, or undefined for anything else.
 * `found` is where the words shown were read, whose container tells a note list appended to a record.
 */
export function practiceNoteKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (body.type !== 'json' && body.type !== 'form' && body.type !== 'multipart') return undefined;
  // A note or alert on the patient's record.
  if (practiceNotePath(path)) return 'comment';
  const segments = segmentsOf(path);
  const last = segments[segments.length - 1] ?? '';
  // A communication logged on the patient after it happened (a call received, a letter sent): a record on the file.
  if (COMMUNICATION_LOG_SEGMENT.test(last) && namesPatient(body) && hasFieldWhere(body, (name, v) => DIRECTION_FIELD.test(name) && v !== null && v !== undefined && v !== '')) return 'comment';
  // The same log entry edited by id, its type or category coded as the log's (Cliniko's PUT /communications/{id} with
  // `type_code`): the memo on the file, not a message edited.
  const before = segments[segments.length - 2];
  if (before !== undefined && COMMUNICATION_LOG_SEGMENT.test(before) && hasIdSegment(last) && hasFieldWhere(body, (name, v) => LOG_CODE_FIELD.test(name) && v !== null && v !== undefined && v !== '')) return 'comment';
  // Notes appended to a record by id (`message_notes: [{ text }]` on PATCH /messages/{id}).
  if (found.container !== undefined && NOTES_LIST_CONTAINER.test(found.container) && segments.length >= 2 && hasIdSegment(last) && hasKeyDeep(body, NOTES_LIST_CONTAINER, Array.isArray)) return 'comment';
  // A chart note filled as a form's answers on the client named by id (Healthie's `user_id` is the patient's): a form
  // builder's response sent to the form's owner, naming no one, stays feedback-tools.ts's message.
  if (hasKeyDeep(body, FORM_ANSWERS_KEY, Array.isArray) && hasFieldWhere(body, (name, v) => CHART_PERSON_FIELD.test(name) && v !== null && v !== undefined && v !== '')) return 'comment';
  return undefined;
}

/** Whether a form's answers are sent unfinished (saved as a draft, not on the chart yet). */
export function practiceNoteQuiet(body: ParsedBody): boolean {
  return hasKeyDeep(body, FORM_ANSWERS_KEY, Array.isArray) && hasKeyDeep(body, FINISHED_FIELD, (v) => v === false);
}

/**
 * A treatment note's content sent as a JSON string of sections and questions: its text and paragraph answers,
 * a blank line between them, or undefined for any other string.
 */
export function formAnswersText(value: string): string | undefined {
  if (value.length > HEURISTIC_MAX_BODY || !/^\s*\{\s*"sections"/.test(value)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(doc) || !Array.isArray(doc.sections)) return undefined;
  const answers: string[] = [];
  for (const section of doc.sections.slice(0, SECTIONS_READ)) {
    if (!isRecord(section) || !Array.isArray(section.questions)) continue;
    for (const q of section.questions.slice(0, SECTIONS_READ)) {
      // A paragraph answer may be HTML (`<div>`, `<br>`): read as a reader sees it.
      if (isRecord(q) && typeof q.answer === 'string' && q.answer.trim() !== '') answers.push(asPlainText('answer', q.answer));
    }
  }
  return answers.length > 0 ? answers.join('\n\n') : undefined;
}
