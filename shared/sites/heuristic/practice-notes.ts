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
 * - after the review (hc2rev): a patient form saved with its answers (Cliniko's /patient_forms), a care alert created
 *   by GraphQL on a patient (Healthie's createCareAlert), a popup on a patient (Open Dental's /popups with `PatNum`),
 *   a chart record edited by id (Elation's PUT /non_visit_notes/{id}, Open Dental's commlogs: clinical.ts's list), an
 *   appointment's note (athenahealth's /appointments/{id}/notes), a patient record's note fields saved by id (Cliniko's
 *   PUT /patients/{id} `appointment_notes`) and a memo edited by id with `content` its only words (Cliniko's PUT
 *   /communications/{id}) are comments too. An alert under `clients/{id}` is a patient's only beside a patient field
 *   or word: a restaurant site's popup for its visitors is published (a post).
 * - after round r21: a memo, note or alert written on a patient's record by a GraphQL mutation named so by the operation
 *   or the field it selects (Semble's createPatientMemo and updatePatientMemo, the memo highlighted on the record for
 *   the practice's staff) is a comment as well.
 * - after r21's review (r21m): the same mutations sent as a persisted operation (named only), with an alias or a
 *   comment line before them, or as a later field of the document (graphql.ts's topLevelFields); never one named
 *   for sending (`sendPatientNote`), which is words to the patient: a message. A memo whose visibility is `private`
 *   (Semble: seen only by its writer) is still held as a comment (review J4): holding it costs one confirmation, a
 *   wrong quiet a leak, and `private` means a direct message elsewhere. An internal note in a patient's conversation
 *   (Spruce's `internal: true` on …/conversations/{id}/messages or scheduledmessages, beside its body of typed
 *   elements: hd1rev kept a chat app's bare flag a message) is a comment; an invitation sent
 *   to one person with words (Spruce's /contacts/{id}/invite `customMessage` beside `destinationId`) is a message.
 * - a message to the patient (Healthie's createNote or createConversation with its first note) stays a message, as
 *   hc1 read it; an answer in a patient conversation is a message too (hc1: a reply mailed to one person is one).
 * Quiet: form answers the API says are unfinished (Healthie's `finished: false`, documented as saved as a draft;
 * Cliniko's patient form with `completed: false`), said by the object holding the answers, as a `draft: true`
 * treatment note already is (longest-field.ts skips objects that say draft). A note or form template (Cliniko's
 * /treatment_note_templates, /patient_form_templates) names no patient and is kept for later: refuses.ts's template
 * collections.
 *
 * A treatment note's `content` is sent as a JSON string of sections and questions (Cliniko's content schema:
 * `sections[].questions[]` of `name`, `type` and a text or paragraph `answer`), or as an object of the same shape:
 * formAnswersText and formSectionsText read its answers as the words, joined as one note, only on a path that writes
 * a note or a form (a template's default answers are not a patient's). A note sent in parts (Elation's `bullets[]` of
 * `category` and `text`) is shown whole, its parts joined (notePartsText), so that the person confirms all that is sent.
 *
 * Sources (facts only): redguava/cliniko-api sections treatment_notes.md, communications.md, medical_alerts.md,
 * patient_cases.md; docs.gethealthie.com guides/filled_out_forms, guides/chat, input objects createFormAnswerGroupInput,
 * createConversationInput, createCommentInput, updateConversationMembershipInput; DrChrono API v4 TaskNote,
 * SoapNoteLineItemFieldValue and DoctorMessage (as mirrored in api-evangelist/drchrono json-schema); NexHealth API
 * docs (patient alerts); review sources: cliniko-api patient_forms.md, patient_form_templates.md,
 * treatment_note_templates.md, patients.md; docs.gethealthie.com CreateCareAlertInput, UpdateCareAlertInput, CareAlert;
 * OpenDental.com API Popups; api-evangelist/elation-health VisitNoteCreate and non-visit notes; athenahealth's
 * appointment notes (`notetext`, `displayonschedule`); round r21: docs.semble.io (createPatientMemo, updatePatientMemo,
 * their input objects); its review: api-evangelist/spruce-health openapi/_original/spruce-health-openapi.json
 * (conversation_messagePost's `internal`, ScheduleConversationMessage, sendInvite).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, hasKeyDeep, present } from './body-fields';
import { CHART_RECORD_SEGMENT, PATIENT_FIELD, idLike } from './clinical';
import { asPlainText } from './field-values';
import { graphqlOperation, topLevelFields } from './graphql';
import type { FreeText } from './longest-field';
import { HEURISTIC_MAX_BODY } from './limits';
import { hasIdSegment, pathSegments } from './paths';

/**
 * A collection of notes, alerts or patient forms on a patient's record, as the last segment or before a record's id,
 * after any prefix (`treatment_notes`, `clinical_notes`, `task_notes`, `case_notes`, `session_notes`, `progress_notes`,
 * `soap_notes`, Elation's `non_visit_notes`, `clinical_note_field_values`, `medical_alerts`, `patient_alerts`,
 * `care_alerts`, Cliniko's `patient_forms`).
 */
const PRACTICE_NOTE_SEGMENT = /(?:^|[_-])(?:(?:treatment|clinical|chart|visit|session|progress|soap|case|task|encounter|patient|client|therapy|consult(?:ation)?)[_-]?notes?(?:[_-]field[_-]values?)?|(?:medical|patient|chart|clinical|client|care)[_-]?alerts?)(?:\.json)?$/i;
/**
 * A collection of patient forms (Cliniko's `patient_forms`, an `intake_forms`): a patient's only where the body names
 * the patient or carries a filled form (its answers' sections, a `completed` flag); a form's definition names nobody
 * (review x4 J2).
 */
const PRACTICE_FORM_SEGMENT = /(?:^|[_-])(?:patient|client|intake|medical|health)[_-]?forms?(?:\.json)?$/i;
/** An alert collection under a patient by id (NexHealth's /patients/{id}/alerts). */
const PATIENT_ALERTS = /(?:^|\/)patients?\/[^/]+\/alerts?(?:\.json)?\/?$/i;
/** The same under a client, a patient's only beside a patient field or word (a website's /clients/{id}/alerts is a popup for its visitors; review D5). */
const CLIENT_ALERTS = /(?:^|\/)clients?\/[^/]+\/alerts?(?:\.json)?\/?$/i;
/** A key that says patient (NexHealth's `patient_alert`, a `patient_id`). */
const PATIENT_WORD_KEY = /patient/i;
/**
 * A note, call or communication logged under a patient's chart or an appointment by id (a vet practice's
 * /notes/{patientId}/phone-call and /notes/{patientId}/communication-log, /patients/{id}/call-logs, athenahealth's
 * /appointments/{id}/notes).
 */
const CHART_LOG_PATH = /(?:^|\/)(?:notes|charts?|patients?|clients?|appointments?)\/[^/]+\/(?:notes?|phone[_-]?calls?|call[_-]?logs?|communication[_-]?logs?|contact[_-]?logs?)(?:\.json)?\/?$/i;
/** A collection of logged communications or memos (Cliniko's /communications, Open Dental's commlogs). */
const COMMUNICATION_LOG_SEGMENT = /^(?:communications?|comms?|commlogs?|communication[_-]?logs?|contact[_-]?logs?|memos?|call[_-]?logs?)(?:\.json)?$/i;
/** Memos: a notes app's too (a self-hosted memo app's PATCH /api/v1/memos/{id}), a patient's only beside a patient field or a coded log field (review x4 D1). */
const MEMO_SEGMENT = /^memos?(?:\.json)?$/i;
/** Popups shown on a record when it is opened (Open Dental's /popups, with `PatNum` a patient alert). */
const POPUP_SEGMENT = /^popups?(?:\.json)?$/i;
/** A field naming a client a record is about, beside clinical.ts's patient fields. */
const CLIENT_ID_FIELD = /^client(?:[_-]?(?:id|uuid|num(?:ber)?))?$/i;
/**
 * The direction of a communication logged after it happened (Cliniko's `direction_code`, Open Dental's
 * `SentOrReceived`), or `inbound`/`outbound` said true (review M3).
 */
const DIRECTION_FIELD = /^(?:direction(?:[_-]?code)?|sent[_-]?or[_-]?received)$/i;
const DIRECTION_FLAG = /^(?:inbound|outbound)$/i;
/** A logged communication's coded type, category or direction (Cliniko's `type_code`, `category_code`, `direction_code`). */
const LOG_CODE_FIELD = /^(?:type|category|direction|medium)[_-]?code$/i;
/** A list of notes appended to a record (DrChrono's `message_notes`, `task_notes`, `case_notes`). */
const NOTES_LIST_CONTAINER = /^(?:(?:message|task|case|ticket|internal|staff|patient|client|visit|encounter|order|record|chart|clinical|progress)_)?notes$/i;
/** A patient record's note fields (Cliniko's `appointment_notes`, a `notes` or `medical_notes` field; lead J2). */
const RECORD_NOTE_FIELD = /^(?:(?:appointment|medical|clinical|patient|general|internal)[_-]?)?notes?$/i;
/** A patient record by id. */
const PATIENT_RECORD_SEGMENT = /^patients?$/i;
/** Filled answers of a form on a client's chart (Healthie's `form_answers`). */
const FORM_ANSWERS_KEY = /^form_?answers$/i;
/** The person a chart's form is filled on (Healthie's `user_id`, a `patient_id` or `client_id`). */
const CHART_PERSON_FIELD = /^(?:user|patient|client)[_-]?id$/i;
/** A form filled but not finished (Healthie's `finished: false`: saved as a draft; Cliniko's `completed: false`). */
const FINISHED_FIELD = /^(?:finished|is_?finished|completed|is_?complete)$/i;
/** A GraphQL mutation on an alert about a patient (Healthie's createCareAlert, updateCareAlert). */
const CARE_ALERT_OPERATION = /(?:care|patient|medical|clinical|chart)_?alerts?/i;
const ALERT_OPERATION = /alert/i;
/**
 * A mutation writing a memo, note or alert on a patient's record, by its operation's name or the field it selects
 * (Semble's createPatientMemo and updatePatientMemo; round r21).
 */
const PATIENT_RECORD_OPERATION = /patient_?(?:memos?|notes?|alerts?)$/i;
/** A mutation that removes or reads rather than writes. */
const NOT_WRITING_OPERATION = /^(?:delete|remove|archive|dismiss|destroy|get|list|fetch)/i;
/** A mutation named for sending (`sendPatientNote`, `notifyPatient…`): words to the patient, not a note (review J5). */
const SENDING_OPERATION = /^(?:send|notify|deliver)/i;
/** A patient's note or message sent to the patient (`sendPatientNote`, `sendPatientMessage`; review J5). */
const PATIENT_SEND_OPERATION = /^(?:send|deliver)_?patient_?(?:notes?|messages?|memos?)$/i;
/** A message posted into a patient's conversation, or scheduled there (Spruce's …/conversations/{id}/messages, …/scheduledmessages). */
const CONVERSATION_MESSAGES = /(?:^|\/)conversations?\/[^/]{1,64}\/(?:scheduled[_-]?)?messages\/?$/i;
/** An invitation sent to someone named by the request (Spruce's POST /contacts/{id}/invite). */
const INVITE_SEGMENT = /^invit(?:es?|ations?)$/i;
/** Where the invitation goes (Spruce's `destinationId`, an email or phone). */
const INVITE_DESTINATION_FIELD = /^(?:destination(?:_?id)?|email|phone(?:_?number)?|to|recipient(?:_?id)?)$/i;
/** The invitation's own words (Spruce's `customMessage`). */
const INVITE_WORDS_FIELD = /^(?:custom|personal)?_?(?:message|note)$/i;
/** A path that writes a note or a form (where a form's answers are read): a segment ending in note(s) or form(s). */
const NOTE_OR_FORM_SEGMENT = /(?:^|[_-])(?:notes?|forms?)(?:\.json)?$/i;
/** A template's segment: its default answers are no patient's (review D1). */
const TEMPLATE_SEGMENT = /templates?(?:\.json)?$/i;
/** A list of a note's parts (Elation's `bullets[]`), joined as one note. */
const NOTE_PARTS_KEY = /^(?:bullets|note_?(?:parts|sections|bullets))$/i;
/** A note part's words. */
const PART_TEXT_KEY = /^(?:text|content|body)$/;
/** How many sections and questions of a treatment note, or parts of a note, are read. */
const SECTIONS_READ = 50;

/** Whether the body names the patient (or client) by an id (clinical.ts's fields and id test, review M1). */
function namesPatient(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => (PATIENT_FIELD.test(name) || CLIENT_ID_FIELD.test(name)) && idLike(v));
}

/** Whether the body names a patient by a patient field, not a bare client's (a CRM's `client_id` on an SMS sent; review x4 J1). */
function namesPatientStrictly(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => PATIENT_FIELD.test(name) && idLike(v));
}

/** Whether a body carries a filled form: its answers' sections, or a `completed`/`finished` flag (Cliniko's PUT /patient_forms/{id}). */
function filledForm(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => (FINISHED_FIELD.test(name) && typeof v === 'boolean') || (name === 'content' && sectionsContent(v)));
}

/** The longest segment the unanchored tests read (a hostile path's 250 KB segment is no collection's name). */
const SEGMENT_READ = 120;
/** Whether `test` passes on a segment no longer than SEGMENT_READ. */
function segmentIs(test: RegExp, seg: string | undefined): boolean {
  return seg !== undefined && seg.length <= SEGMENT_READ && test.test(seg);
}

/** Whether a segment, or the one before a last id, passes `test`. */
function collectionOrItem(segments: readonly string[], test: RegExp): boolean {
  const n = segments.length;
  if (n === 0) return false;
  if (segmentIs(test, segments[n - 1])) return true;
  return n >= 2 && segmentIs(test, segments[n - 2]) && hasIdSegment(segments[n - 1]!);
}

/** Whether the path is a practice note collection, a note in one by id, or a chart record's collection (clinical.ts's list). */
function practiceNotePath(path: string, body: ParsedBody): boolean {
  const bare = path.replace(/[?#].*$/, '');
  if (PATIENT_ALERTS.test(bare) || CHART_LOG_PATH.test(bare)) return true;
  if (CLIENT_ALERTS.test(bare) && (namesPatient(body) || hasKeyDeep(body, PATIENT_WORD_KEY))) return true;
  const segments = pathSegments(bare);
  if (collectionOrItem(segments, PRACTICE_FORM_SEGMENT)) return namesPatient(body) || filledForm(body);
  return collectionOrItem(segments, PRACTICE_NOTE_SEGMENT) || collectionOrItem(segments, CHART_RECORD_SEGMENT);
}


/** A GraphQL mutation writing an alert on a patient: named so, or naming the patient (review D3). */
function careAlertMutation(body: ParsedBody): boolean {
  const op = graphqlOperation(body);
  if (op === undefined || op.name === undefined || op.type === 'query' || NOT_WRITING_OPERATION.test(op.name)) return false;
  return CARE_ALERT_OPERATION.test(op.name) || (ALERT_OPERATION.test(op.name) && namesPatient(body) && !/client/i.test(op.name));
}

/**
 * A GraphQL mutation writing a memo, note or alert on a patient's record (round r21: Semble's createPatientMemo and
 * updatePatientMemo, the memo highlighted on the record for the practice's staff), named so by the operation or by
 * the field it selects (a document sent without an operation name, or named for something else).
 */
function patientRecordMutation(body: ParsedBody): boolean {
  const names = mutationNames(body);
  return names.some((name) => !NOT_WRITING_OPERATION.test(name) && !SENDING_OPERATION.test(name) && PATIENT_RECORD_OPERATION.test(name));
}

/**
 * The names a GraphQL write goes by: a persisted operation's name (its document on the server; review D5), or a
 * mutation's name and every field it selects at its top level, after a comment line or an alias (graphql.ts's
 * topLevelFields, review D5 and M8). Empty for a query or a body that is not GraphQL.
 */
function mutationNames(body: ParsedBody): string[] {
  const op = graphqlOperation(body);
  if (op === undefined || body.type !== 'json' || !isRecord(body.value)) return [];
  if (op.type === 'persisted') return op.name !== undefined ? [op.name] : [];
  const doc = body.value['query'];
  const head = typeof doc === 'string' ? topLevelFields(doc) : undefined;
  if (head?.type !== 'mutation') return [];
  return op.name !== undefined ? [op.name, ...head.fields] : head.fields;
}

/** A mutation named for sending a note or message to the patient (`sendPatientNote` with `deliverVia: sms`; review J5): a message. */
function patientSendMutation(body: ParsedBody): boolean {
  return mutationNames(body).some((name) => PATIENT_SEND_OPERATION.test(name));
}

/**
 * An internal note in a patient's conversation (Spruce's POST …/conversations/{id}/messages or …/scheduledmessages
 * with `internal: true`, on the message or its `message` object; review D1): seen only by the practice's team, a note
 * on the patient's record, a comment, as a help desk's internal note is (hd1). Without the flag it is the message
 * to the patient the older rules read.
 */
function internalConversationNote(path: string, body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || path.length > 400 || !CONVERSATION_MESSAGES.test(path)) return false;
  const message = isRecord(body.value['message']) ? body.value['message'] : body.value;
  return message['internal'] === true && bodyElements(message['body']);
}

/**
 * A message body of typed elements (Spruce's `body: [{ type: 'text' | 'page', value }]`, a page naming a teammate).
 * The bare `internal: true` on a chat app's conversation keeps its kind (hd1rev J1 (a): read only under a ticket);
 * the practice messenger's structured body is what tells its internal note.
 */
function bodyElements(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.length <= 50 && v.every((e) => isRecord(e) && typeof e['type'] === 'string' && typeof e['value'] === 'string');
}

/**
 * An invitation with words sent to someone named (Spruce's POST /contacts/{id}/invite with `customMessage` and
 * `destinationId`; review D2): the words go to that one person, a message, as f1rev read requests to join with a note.
 */
function inviteWithWords(path: string, body: ParsedBody, found: FreeText): boolean {
  if (!INVITE_WORDS_FIELD.test(found.field)) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 3 || !segmentIs(INVITE_SEGMENT, segments[n - 1]) || !hasIdSegment(segments[n - 2]!)) return false;
  return hasFieldWhere(body, (name, v) => INVITE_DESTINATION_FIELD.test(name) && present(v));
}

/** Whether a body's words, other than `content` and coded fields, are none (a memo edited with its content only; lead J3). */
function contentOnly(body: ParsedBody, found: FreeText): boolean {
  return found.field === 'content' && !hasFieldWhere(body, (name, v) => name !== 'content' && typeof v === 'string' && /\s/.test(v.trim()));
}

/**
 * The kind of a practice's note or logged communication on a patient, or undefined for anything else.
 * `found` is where the words shown were read, whose container tells a note list appended to a record.
 */
export function practiceNoteKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (body.type !== 'json' && body.type !== 'form' && body.type !== 'multipart') return undefined;
  // A note, alert or patient form on the patient's record.
  if (practiceNotePath(path, body)) return 'comment';
  // A care alert created or edited on a patient by GraphQL (Healthie's createCareAlert).
  if (careAlertMutation(body)) return 'comment';
  // A note or message sent to the patient by a mutation named for sending it: a message (review J5).
  if (patientSendMutation(body)) return 'message';
  // A memo, note or alert written on a patient's record by GraphQL (Semble's createPatientMemo; round r21).
  if (patientRecordMutation(body)) return 'comment';
  // An internal note in a patient's conversation (Spruce's `internal: true`): a comment (review D1).
  if (internalConversationNote(path, body)) return 'comment';
  // An invitation to one person with words of its own (Spruce's `customMessage`): a message (review D2).
  if (inviteWithWords(path, body, found)) return 'message';
  const segments = pathSegments(path.replace(/[?#].*$/, ''));
  const last = segments[segments.length - 1] ?? '';
  const before = segments[segments.length - 2];
  // A popup on a patient (Open Dental's POST /popups with `PatNum`): an alert shown on the file (review D4).
  if (collectionOrItem(segments, POPUP_SEGMENT) && namesPatient(body)) return 'comment';
  // A communication logged on the patient after it happened (a call received, a letter sent): a record on the file.
  // `direction` counts beside a patient field only: a bare `client_id` is a CRM's client as often (review x4 J1).
  if (COMMUNICATION_LOG_SEGMENT.test(last) && namesPatientStrictly(body) && hasFieldWhere(body, (name, v) => (DIRECTION_FIELD.test(name) && present(v)) || (DIRECTION_FLAG.test(name) && v === true))) return 'comment';
  // The same log entry edited by id, its type or category coded as the log's (Cliniko's PUT /communications/{id} with
  // `type_code`), or with its `content` as its only words (lead J3): the memo on the file, not a message edited. A
  // memos collection is a notes app's as often (PATCH /api/v1/memos/{id} with `content`): a patient's only with a
  // patient field or a coded log field (review x4 D1); the rest is left to the older rules.
  if (before !== undefined && COMMUNICATION_LOG_SEGMENT.test(before) && hasIdSegment(last)) {
    const coded = hasFieldWhere(body, (name, v) => LOG_CODE_FIELD.test(name) && present(v));
    if (coded || (MEMO_SEGMENT.test(before) ? namesPatient(body) : contentOnly(body, found))) return 'comment';
  }
  // A patient record's note field saved by id (Cliniko's PUT /patients/{id} `appointment_notes`; lead J2).
  if (before !== undefined && PATIENT_RECORD_SEGMENT.test(before) && hasIdSegment(last) && RECORD_NOTE_FIELD.test(found.field)) return 'comment';
  // Notes appended to a record by id (`message_notes: [{ text }]` on PATCH /messages/{id}).
  if (found.container !== undefined && NOTES_LIST_CONTAINER.test(found.container) && segments.length >= 2 && hasIdSegment(last) && hasKeyDeep(body, NOTES_LIST_CONTAINER, Array.isArray)) return 'comment';
  // A chart note filled as a form's answers on the client named by id (Healthie's `user_id` is the patient's): a form
  // builder's response sent to the form's owner, naming no one, stays feedback-tools.ts's message.
  if (hasKeyDeep(body, FORM_ANSWERS_KEY, Array.isArray) && hasFieldWhere(body, (name, v) => CHART_PERSON_FIELD.test(name) && present(v))) return 'comment';
  return undefined;
}

/** Whether an object says it is not finished (`finished: false`, `completed: false`). */
function saysUnfinished(holder: Record<string, unknown> | undefined): boolean {
  return holder !== undefined && Object.keys(holder).some((k) => FINISHED_FIELD.test(k) && holder[k] === false);
}

/** Whether a value is a form's content of sections (a JSON string or an object). */
function sectionsContent(v: unknown): boolean {
  return (typeof v === 'string' && /^\s*\{\s*"sections"/.test(v)) || (isRecord(v) && Array.isArray(v.sections));
}

/**
 * Whether a form's answers are sent unfinished, said by the object holding them (review M3): Healthie's
 * `form_answers` beside `finished: false` (saved as a draft), Cliniko's `content` beside `completed: false` (lead D2).
 */
export function practiceNoteQuiet(body: ParsedBody): boolean {
  if (body.type !== 'json') return false;
  return hasKeyDeep(body, FORM_ANSWERS_KEY, (v, holder) => Array.isArray(v) && saysUnfinished(holder)) || hasKeyDeep(body, /^content$/, (v, holder) => sectionsContent(v) && saysUnfinished(holder));
}

/** Whether a path writes a note or a form, not a template (where a form's answers are a patient's; review D1). */
function writesNoteOrForm(path: string | undefined): boolean {
  if (path === undefined) return false;
  const segments = pathSegments(path.replace(/[?#].*$/, ''));
  if (segments.some((seg) => segmentIs(TEMPLATE_SEGMENT, seg))) return false;
  return collectionOrItem(segments, NOTE_OR_FORM_SEGMENT);
}

/** A content object's text and paragraph answers, a blank line between them, or undefined when it has none. */
function sectionsAnswers(doc: Record<string, unknown>): string | undefined {
  if (!Array.isArray(doc.sections)) return undefined;
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

/**
 * A treatment note's or patient form's content sent as a JSON string of sections and questions, on a path that
 * writes a note or a form: its text and paragraph answers, a blank line between them, or undefined otherwise.
 */
export function formAnswersText(value: string, path: string | undefined): string | undefined {
  if (value.length > HEURISTIC_MAX_BODY || !/^\s*\{\s*"sections"/.test(value) || !writesNoteOrForm(path)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return undefined;
  }
  return isRecord(doc) ? sectionsAnswers(doc) : undefined;
}

/** The same content sent as an object (review D6): its answers joined, on a path that writes a note or a form. */
export function formSectionsText(value: Record<string, unknown>, path: string | undefined): string | undefined {
  return Array.isArray(value.sections) && writesNoteOrForm(path) ? sectionsAnswers(value) : undefined;
}

/**
 * A note sent in parts (Elation's `bullets: [{ category, text }, …]`): the parts' words joined, a blank line between
 * them, when there are two or more, so that all that is sent is shown (review D6); undefined otherwise.
 */
export function notePartsText(leaf: string, items: unknown[]): string | undefined {
  if (!NOTE_PARTS_KEY.test(leaf)) return undefined;
  const parts: string[] = [];
  for (const item of items.slice(0, SECTIONS_READ)) {
    if (!isRecord(item)) return undefined;
    const key = Object.keys(item).find((k) => PART_TEXT_KEY.test(k) && typeof item[k] === 'string');
    if (key !== undefined && (item[key] as string).trim() !== '') parts.push(asPlainText(key, item[key] as string));
  }
  return parts.length >= 2 ? parts.join('\n\n') : undefined;
}
