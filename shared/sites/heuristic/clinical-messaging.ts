/**
 * Secure clinical messaging and patient engagement (round cl1): a nurse's, doctor's or care coordinator's words to or
 * about a named patient, sent through a hospital messenger (TigerConnect), a patient-engagement hub (Luma Health), a
 * record's staff threads and broadcasts (Elation) or a practice system's patient cases (athenahealth). Most of these
 * were already read right by the older rules (a message to a patient or to named colleagues is a `message`: the
 * recipient fields and the messages paths say so); this module reads the three shapes they did not:
 * - an internal note in a patient's conversation, marked by the message's own `visibility: 'internal'` beside the
 *   patient's id (Luma Health's staff-to-staff note that @mentions a colleague; the patient never sees it): a
 *   **comment**, as Spruce's `internal: true` note is (r21rev) and as a help desk's internal note is (hd1);
 * - a broadcast message shown to every user of a practice, team or ward (Elation's POST /broadcast_messages/ with
 *   `target_practices` and no target users): a **post**, as cr1's J1 read EspoCRM's notes to teams or to all; one
 *   that names users is left to the recipient rules (a message);
 * - words written under a patient's record by id with nothing naming a recipient (athenahealth's
 *   /patients/{id}/documents/patientcase `internalnote`, its /chart/{patientid}/socialhistory `sectionnote`): a note
 *   the care team reads on the chart, a **comment** (hc1: a note on a patient's record). kind.ts asks this last,
 *   after every message rule, so a portal message under /patients/{id}/messages stays a message.
 * Near-misses (read receipts, forwards, assignments, closing a conversation, templates, check-ins) carry no words of
 * the person and were already quiet; fixtures `cl1-not-*` keep them so.
 * After the review (cl1rev): under a patient, a sending collection (`/patients/{id}/sms`, `reminders`, `letters`,
 * `notifications`…) or a recipient field makes the words a **message** to the patient, and a published collection
 * (`posts`, `stories`, `testimonials`, `reviews`) or `public: true` keeps the older answer (D1, M1, J2); `chart` is read
 * only after athenahealth's numeric practice id (M4), and its encounter sections and document action notes below that
 * id are comments too (M5). A broadcast naming phone numbers, contacts, `to` or patients is a
 * message, and an edit by id answers as its create does (D2, M3); GitLab's admin banner stays a post. Elation's patient
 * letter (`/patient_letters/`) and Semble's `sendSms` mutation are messages to the patient (D3, D4). An internal note
 * whose own field names a colleague (`recipient`, `notifyTo`, `to_user`) is a message to that colleague; an @mention
 * only in the text keeps it a comment, as hd1 and r21rev read internal notes (J1).
 *
 * After round r24's recheck: words in a notes, memo or client-report collection (the path's last segment) beside the
 * patient's id at the body's top level, named to no one, are a note on the patient's record, a **comment** (ClinikAPI's
 * POST /v1/notes `patientId` with `content`); a client's id counts as a patient's only where that last segment names
 * clinical or client records (PracSuite's /clinical_note_memo `client_id` with `memo`, PlanCare 2's
 * ClientReports/GoalClientReports `ClientId` with `Description`). Asked last in kind.ts, beside patientRecordNoteKind.
 * Since its review (r24rev): the collection is a whole segment (`keynotes`, `releasenotes` are none, M1); `shared`,
 * `published` and `visibility: public` publish like `public` (M2); a send flag (`send_to_client`…) or a mailed note
 * (messages.ts's mailedNote, the test unlessMailed asks) makes it a message (D3); both patient-note hooks read one
 * field test (readNoteSign, M3); and a clinical note or document edited by id (ClinikAPI's notes and documents on its
 * host, Zoom's `clinical_notes/notes/{id}`) is a comment (clinicalNoteEditKind, D2).
 *
 * Sources (facts only): streamdata-gallery-organizations/tigertext (TigerText v2 Swagger listings: /v2/message/,
 * /v2/message/status/, /v2/message/{token}/forward/); api-evangelist/luma-health (Luma's published Rest-Service v2
 * OpenAPI: messages, chatActivities, patientMessageTemplates); api-evangelist/elation-health (message_threads,
 * broadcast_messages); eleanorhealth/go-athenahealth (documents.go AddPatientCaseDocument, charts.go social history,
 * appointment check-in). Review sources: elation-health patient-letters (BETA) OpenAPI (PatientLetter, send_out);
 * docs.semble.io send-sms and SMS object; th0114nd/uffda uffda_tigertext_sender.erl (the api.tigertext.me host).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasFieldWhere, topLevelString } from './body-fields';
import { PATIENT_FIELD, idLike } from './clinical';
import { graphqlOperation, topLevelFields } from './graphql';
import { mailedNote } from './messages';
import { PATH_EXAMINED, collectionById, hasIdSegment, lastSegment, pathSegments } from './paths';

/** A broadcast collection whose name says messages (Elation's `broadcast_messages`); `broadcasts` alone is a newsletter's (m1). */
const BROADCAST_MESSAGES_SEGMENT = /^broadcast[_-]?messages?$/i;
/** A field naming the people a broadcast goes to (`target_users`, `recipient_ids`, `members`): a named audience is a message's. */
const NAMED_AUDIENCE_FIELD = /^(?:target_?)?(?:users?|user_?ids?|recipients?|recipient_?ids?|members?|member_?ids?|to|phones?|phone_?numbers?|numbers|contacts?|contact_?ids?|patients?|patient_?ids?)$/i;
/**
 * A sending collection under a patient (`/patients/{id}/sms`, `…/reminders`, `…/letters`; cl1rev D1): words that go
 * out to the patient on that channel, a message, not a note on the chart.
 */
const SENDING_COLLECTION = /^(?:sms|texts?|text_?messages?|messages?|reminders?|letters?|notifications?|faxes|fax|emails?|communications?|outreach)$/i;
/** A published collection under a patient (a community's posts, stories, testimonials, reviews; cl1rev J2): not the chart. */
const PUBLISHED_COLLECTION = /^(?:posts?|updates|stor(?:y|ies)|testimonials?|reviews?|journals?|blogs?|articles?)$/i;
/** A flag that the words are published (`public: true`, `is_public`; cl1rev J2). */
const PUBLIC_FLAG = /^(?:is_?)?public$/i;
/** A field naming who a message goes to (cl1rev M1): a recipient, a phone number, an address, users to notify. */
const RECIPIENT_FIELD = /^(?:to|recipients?|recipient_?ids?|phones?|phone_?numbers?|to_?users?|notify_?to)$/i;
/** An internal message's own field naming the colleague it goes to (Luma's `recipient`, `notifyTo`; cl1rev J1). */
const STAFF_RECIPIENT_FIELD = /^(?:recipients?|recipient_?ids?|notify_?to|to_?users?|to_?user_?ids?|to)$/i;
/** Elation's patient letter (`/api/2.0/patient_letters/`), a letter to the one patient through the portal (cl1rev D3). */
const PATIENT_LETTER_SEGMENT = /^patient[_-]?letters?$/i;
/** A GraphQL mutation sending an SMS (Semble's `sendSms(patientId, message)`, "sends an SMS to a patient"; cl1rev D4). */
const SEND_SMS_OPERATION = /^send_?sms$/i;
/** A patient's record as a path's collection (`/patients/{id}/…`). */
const PATIENT_COLLECTION = /^patients?$/i;
/** athenahealth's chart by patient id (`/chart/{patientid}/socialhistory`); plural `charts` is a dashboard's as often. */
const CHART_SEGMENT = /^chart$/i;
/**
 * athenahealth's records below its numeric practice id that name no patient in the path (cl1rev M5): an encounter's
 * sections (`/v1/{practiceid}/chart/encounter/{id}/encounterreasonnote`, `…/hpi`) and a document's action note
 * (`/v1/{practiceid}/documents/labresult/{id}/actions`).
 */
const ATHENA_RECORD_PATH = /\/v1\/\d{1,12}\/(?:chart\/encounter\/\d{1,20}\/[a-z]{1,40}|documents\/[a-z]{1,40}\/\d{1,20}\/actions)\/?$/i;
/** Fields of a public review or rating: words beside them are published, not charted. */
const REVIEW_FIELD = /^(?:rating|stars|score)$/i;

/** Whether a value names someone: a non-empty string, a number, or a non-empty list. */
function named(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

/** Whether the body names the patient it is about by id (Luma's `patient`, `patient_id`). */
function namesPatient(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => PATIENT_FIELD.test(name) && idLike(v));
}

/** An internal note in a patient's conversation: the message's own `visibility: 'internal'` beside the patient's id. */
function internalPatientNote(body: ParsedBody): boolean {
  return topLevelString(body, 'visibility')?.toLowerCase() === 'internal' && namesPatient(body);
}

/**
 * An internal message's own top-level field naming a colleague (Luma's `recipient` with `recipientType`, `notifyTo`;
 * cl1rev J1): the words go to that colleague, a message. An @mention only inside the text (`mentions`) is not one: the
 * note stays on the conversation for the team, as hd1 read help desks' internal notes and r21rev Spruce's.
 */
function namesStaffRecipient(body: ParsedBody): boolean {
  if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, v] of body.fields) if (STAFF_RECIPIENT_FIELD.test(name) && named(v)) return true;
    return false;
  }
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  for (const name in body.value) if (STAFF_RECIPIENT_FIELD.test(name) && named(body.value[name])) return true;
  return false;
}

/**
 * The collection a path writes to: its last segment, or the one before a trailing id (an edit by id,
 * `/broadcast_messages/1234/`; cl1rev M3), so that an edit answers as its create does.
 */
function writtenCollection(path: string): string {
  const segments = pathSegments(path.replace(/[?#].*$/, ''));
  const n = segments.length;
  if (n >= 2 && hasIdSegment(segments[n - 1]!)) return segments[n - 2]!;
  return segments[n - 1] ?? '';
}

/** A broadcast message to whole practices, teams or wards: a broadcast_messages collection naming no user, number or contact. */
function broadcastToEveryone(path: string, body: ParsedBody): boolean {
  if (!/broadcast/i.test(path) || !BROADCAST_MESSAGES_SEGMENT.test(writtenCollection(path))) return false;
  return !hasFieldWhere(body, (name, v) => NAMED_AUDIENCE_FIELD.test(name) && named(v));
}

/** Elation's patient letter created or edited (`/patient_letters/`, `/patient_letters/{id}/`; cl1rev D3); its comments are not. */
function patientLetter(path: string): boolean {
  return /letter/i.test(path) && PATIENT_LETTER_SEGMENT.test(writtenCollection(path));
}

/** A GraphQL mutation that sends an SMS to a patient it names (Semble's sendSms; cl1rev D4): by its name or its top-level field. */
function patientSmsMutation(body: ParsedBody): boolean {
  const op = graphqlOperation(body);
  if (op === undefined || op.type === 'query' || body.type !== 'json' || !isRecord(body.value)) return false;
  const doc = body.value['query'];
  const fields = typeof doc === 'string' ? (topLevelFields(doc)?.fields ?? []) : [];
  const names = op.name !== undefined ? [op.name, ...fields] : fields;
  return names.some((name) => SEND_SMS_OPERATION.test(name)) && namesPatient(body);
}

/**
 * The kind of a clinical messenger's internal note or team broadcast, asked among the family hooks (before the
 * message path makes either a message); undefined for anything else.
 */
export function clinicalMessagingKind(path: string, body: ParsedBody): PostKind | undefined {
  if (body.type !== 'json' && body.type !== 'form' && body.type !== 'multipart') return undefined;
  if (internalPatientNote(body)) return namesStaffRecipient(body) ? 'message' : 'comment';
  if (broadcastToEveryone(path, body)) return 'post';
  if (patientLetter(path)) return 'message';
  if (patientSmsMutation(body)) return 'message';
  return undefined;
}

/**
 * Words written under a patient's record by id, below it (`/patients/{id}/documents/patientcase`,
 * `/v1/{practiceid}/chart/{id}/socialhistory`), with nothing of a review beside them: a note on the chart. Asked last
 * in kind.ts, where the words would otherwise be a plain post; a path alone (`/patients/{id}`, the record's own fields)
 * is not. After the review (cl1rev): words under a sending collection (`…/sms`, `…/reminders`, `…/letters`) or beside
 * a recipient field go to the patient, a message (D1, M1); a published collection (`…/posts`, `…/testimonials`,
 * `…/reviews`) or `public: true` keeps the older answer (J2); `chart` counts only after athenahealth's practice id
 * (M4), so a dashboard's `/api/chart/{n}/data` is not read; athenahealth's encounter sections and document action
 * notes below its practice id are chart notes too (M5).
 */
export function patientRecordNoteKind(path: string, body: ParsedBody): PostKind | undefined {
  const bare = path.replace(/[?#].*$/, '');
  if (bare.length > PATH_EXAMINED || !/\/(?:patients?|chart|documents)\//i.test(bare)) return undefined;
  if (ATHENA_RECORD_PATH.test(bare)) return hasFieldWhere(body, (name) => REVIEW_FIELD.test(name)) ? undefined : 'comment';
  const segments = pathSegments(bare);
  const n = segments.length;
  const patient = collectionById(segments, PATIENT_COLLECTION);
  const chart = collectionById(segments, CHART_SEGMENT);
  const under = (i: number): boolean => i >= 0 && i + 2 < n;
  const onChart = under(chart) && chart > 0 && /^\d+$/.test(segments[chart - 1]!) && /^\d+$/.test(segments[chart + 1]!);
  const record = under(patient) ? patient : onChart ? chart : -1;
  if (record < 0) return undefined;
  const below = segments[record + 2]!;
  const last = segments[n - 1]!;
  if (PUBLISHED_COLLECTION.test(below) || PUBLISHED_COLLECTION.test(last)) return undefined;
  if (SENDING_COLLECTION.test(below) || SENDING_COLLECTION.test(last)) return 'message';
  const signs = noSigns();
  hasFieldWhere(body, (name, v) => {
    readNoteSign(name, v, signs);
    return false;
  });
  return noteAnswer(signs, body);
}

/**
 * A collection of notes, memos or client reports as the path's whole last segment (`notes`, `clinical_note_memo`,
 * `GoalClientReports`; r24): words before the note joined by `_`, `-` or camel case only, so `keynotes`,
 * `releasenotes` or `footnotes` are none (r24rev M1).
 */
const NOTE_RECORD_SEGMENT = /^(?:[A-Za-z][a-z]*[_-]|[A-Za-z][a-z]*(?=[A-Z]))*(?:[Nn]otes?|NOTES?|[Mm]emos?|MEMOS?|[Cc]lient_?[Rr]eports?)$/;
/** A client's id (`client_id`, `ClientId`): a patient's only on a clinical or client-report collection (r24). */
const CLIENT_ID_FIELD = /^client_?id$/i;
/** A last segment naming clinical or client records (`clinical_note_memo`, `ClientReports`). */
const CLINICAL_RECORD_SEGMENT = /clinical|client_?reports?/i;

/**
 * Words beside a patient's id (or a client's, on a clinical collection) at the body's top level, posted to a notes,
 * memo or client-report collection and named to no one: a note on the patient's record (round r24). A recipient
 * field makes it a message; a public flag or a rating leaves the older answer. Asked last in kind.ts; the path's last
 * segment is tested before the body.
 */
export function patientKeyedNoteKind(path: string, body: ParsedBody): PostKind | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const bare = path.replace(/[?#].*$/, '');
  if (bare.length > PATH_EXAMINED) return undefined;
  const last = lastSegment(bare);
  if (!NOTE_RECORD_SEGMENT.test(last)) return undefined;
  const clinical = CLINICAL_RECORD_SEGMENT.test(last);
  let keyed = false;
  const signs = noSigns();
  for (const [name, v] of Object.entries(body.value)) {
    if ((PATIENT_FIELD.test(name) || (clinical && CLIENT_ID_FIELD.test(name))) && idLike(v)) keyed = true;
    else readNoteSign(name, v, signs);
  }
  if (!keyed) return undefined;
  return noteAnswer(signs, body);
}

/**
 * A flag that sends the note out to the patient, client or owner (`send_to_client`, `send_to_patient`, `notify_owner`,
 * `send_sms`; r24rev D3, M5). The names are the review's probes; messages.ts's mailedNote adds the mail flags.
 */
const SEND_OUT_FLAG = /^(?:send_?to_?(?:client|patient|owner|customer)s?|notify_?(?:client|patient|owner)s?|send_?(?:sms|texts?|e?mail))$/i;
/** A flag that publishes the words (`public`, `is_public`, `shared`, `published`; r24rev M2); `visibility: public` too. */
const PUBLISHED_FLAG = /^(?:is_?)?(?:shared|published)$/i;

/** What a note's fields say about where its words go (r24rev M3: the one test both patient-note hooks ask). */
interface NoteSigns { published: boolean; review: boolean; recipient: boolean }
function noSigns(): NoteSigns {
  return { published: false, review: false, recipient: false };
}
/** One field's sign: published (a public flag, `visibility: public`), a review's rating, or a recipient or send flag. */
function readNoteSign(name: string, v: unknown, signs: NoteSigns): void {
  if (((PUBLIC_FLAG.test(name) || PUBLISHED_FLAG.test(name)) && flagOn(v)) || (/^visibility$/i.test(name) && typeof v === 'string' && /^public$/i.test(v))) signs.published = true;
  else if (REVIEW_FIELD.test(name)) signs.review = true;
  else if ((RECIPIENT_FIELD.test(name) && named(v)) || (SEND_OUT_FLAG.test(name) && flagOn(v))) signs.recipient = true;
}
/**
 * A patient's note: published or rated, the older answer (undefined); named to someone, sent out by a flag, or mailed
 * as messages.ts's mailedNote reads it (the test unlessMailed asks; r24rev D3), a message; otherwise a comment.
 */
function noteAnswer(signs: NoteSigns, body: ParsedBody): PostKind | undefined {
  if (signs.published || signs.review) return undefined;
  return signs.recipient || mailedNote(body) ? 'message' : 'comment';
}

/** Whether a note is sent out to the patient or client (a recipient, a send flag, mailed): dental-practice.ts's treatment plan asks (r24rev M5). */
export function noteSentOut(body: ParsedBody): boolean {
  const signs = noSigns();
  hasFieldWhere(body, (name, v) => {
    readNoteSign(name, v, signs);
    return false;
  });
  return signs.recipient || mailedNote(body);
}

/** A clinical notes collection by name (Zoom's `/v2/clinical_notes/notes/{id}`, Omniloy's `clinical-notes`; r24rev D2). */
const CLINICAL_NOTES_SEGMENT = /^clinical[_-]?notes$/i;
/** ClinikAPI's API host, whose notes and documents are a patient's record (r24rev D2): a host list of one, its paths say nothing clinical. */
const CLINICAL_API_HOST = /^api\.clinikapi\.com$/i;

/**
 * A clinical note or document edited by its id (r24rev D2): ClinikAPI's PATCH /v1/notes/{note_…} and its document
 * addendum (PATCH /v1/documents/{doc_…}), Zoom's PATCH /v2/clinical_notes/notes/{id}. Words on a patient's record: a
 * comment, as the note's creation is, unless published, sent or mailed (the same signs as the note hooks). Asked last
 * in kind.ts; the path's word is tested before anything else.
 */
export function clinicalNoteEditKind(host: string, path: string, body: ParsedBody): PostKind | undefined {
  if (!/note|document/i.test(path)) return undefined;
  const bare = path.replace(/[?#].*$/, '');
  if (bare.length > PATH_EXAMINED) return undefined;
  const segments = pathSegments(bare);
  const n = segments.length;
  if (n < 2 || !hasIdSegment(segments[n - 1]!)) return undefined;
  const collection = segments[n - 2]!;
  const clinical = CLINICAL_API_HOST.test(host)
    ? /^(?:notes|documents)$/i.test(collection)
    : CLINICAL_NOTES_SEGMENT.test(collection) || (/^notes$/i.test(collection) && segments.slice(0, n - 2).some((s) => CLINICAL_NOTES_SEGMENT.test(s)));
  if (!clinical) return undefined;
  const signs = noSigns();
  hasFieldWhere(body, (name, v) => {
    readNoteSign(name, v, signs);
    return false;
  });
  return noteAnswer(signs, body);
}
