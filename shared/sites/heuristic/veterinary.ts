/**
 * Veterinary practice software (round vt1): a vet's or vet nurse's words about a named animal and its owner, written
 * into a practice-management system's records or sent to the owner from it. The owner is an identifiable client (a
 * name, an address, an overdue bill beside the animal's history), so these words are held with the kind a reader
 * would give them. Kinds follow hc1, hc2 and sw1:
 * - a note on the animal's or owner's record that colleagues read is a **comment**: a consult's description, an
 *   exam's comments, a plan's notes (HeyDonto's Animal Health Data Store: PATCH …/consult/{id}, …/physical-exam/{id},
 *   POST …/plan with `animalId`; a consultation, encounter, assessment, plan, history or health status (ezyVet's
 *   /v1/history, /v1/healthstatus; vt1rev D6) only beside an animal's, patient's or pet's id or a consult's id, never
 *   the collection's own id (`consultation_id` on consultations; vt1rev D2), for elsewhere they are a council's
 *   consultation, a game's encounter or a school's quiz), a note, alert or history entry under an animal's record by
 *   id (…/pets/{id}/alerts, …/animals/{id}/history; a visit recorded there, round r23: TheDogAPI's …/pets/{id}/visits
 *   with a note item, since the rv22 review (J1, D4) only with its clinical items (`items[].item_type`), several
 *   notes joined, a sitter's visit report naming the owner a message, other visits left; a `caption` under history is a pet app's published moment, left to
 *   the older rules: vt1rev J4), an encounter's SOAP words written by GraphQL (Vetspire's `updateEncounter`, named
 *   or not, read by its first field as well as its name: vt1rev D4; a consultation's mutation only beside an
 *   animal's or patient's id: vt1rev D3), an alert or remarks saved on a client, owner, patient, animal or pet by id
 *   on any host (Provet Cloud's PATCH …/client/{id}/ `critical_notes`, …/patient/{id}/ `remarks`; an invoicing app's
 *   client remarks or a dental patient's medical alert too, by design: vt1rev M3), or with the record's creation when
 *   the field is critical notes or remarks (POST …/client/; vt1rev D8), and a communication logged after it
 *   happened (ezyVet's POST /v1/communication with `contact_detail_type_id` 5, a phone call log, or 6, in-person
 *   notes, or with `status: Done`, a record of what was sent or received: vt1rev J2; an INCOMING one in HeyDonto's
 *   store);
 * - words to the owner, or to another practice, are a **message**: an SMS, email or letter created as a
 *   communication record with its channel coded (ezyVet's `contact_detail_type_id` 1 or 4, a referral letter
 *   emailed to a specialist; HeyDonto's `contactDetailTypeId` with `direction: OUTGOING`), and a consultation's
 *   discharge instructions, written for the owner and printed or handed over (Provet Cloud's
 *   …/consultation/{id}/consultationdischargeinstruction/; instructions only, not a clinician's discharge summary:
 *   vt1rev J1), a communication's words amended by id before it goes (PATCH /v1/communication/{id} with `message`;
 *   vt1rev D7), a question, reason or symptoms put on a consult(ation)s collection about a named animal or patient,
 *   words to the clinician who takes it (a tele-vet question, an eConsult, a telemedicine booking; vt1rev D5, J3;
 *   with no animal or patient named it is left to the older rules), and a reminder written to an owner about an
 *   animal and sent (Provet Cloud's POST …/reminder/ with `client`, `patient` and a send sign: `send_method`, a typed
 *   `sms_text`, `email_text` or `post_text`, or `text_manually: true`; vt1b, vt1rev D1). A reminders collection so
 *   named is one's own in refuses.ts (personalCollection) unless it is such a reminder (ownerReminderPath).
 * Not read here, and left quiet by the older rules: bookings (ezyVet's /ezycab/booking, Provet's /appointment/),
 * status changes, a patient registered with its name and codes, vaccinations with dates only.
 *
 * Why a module: the older rules read all of these as plain posts. A communication record names no recipient by a
 * field the message rules know (its channel is a coded id) and a clinical record's collection (`consult`,
 * `physical-exam`) is no comment path.
 *
 * Cost: only POST, PUT and PATCH; the path's last segments are tested first, the body's few top-level fields only
 * after a segment matched, and a GraphQL operation's name only for a JSON POST to a `graphql` path. The words' field
 * comes from longestFreeField (`found.field`).
 *
 * Sources (facts only): developers.ezyvet.com guides/communications.html (v1/communication, contact_detail_type_id
 * 1–9, format, status); EmCousin/provet-client (consultationdischargeinstruction, client and patient fields) and
 * developers.provetcloud.com/restapi; docs.heydonto.com/apis/animal-health (AHDS Store API: consult, plan,
 * physical-exam, communication); EmCousin/provet-client's reminder fixture; api-evangelist/vetspire's modeled GraphQL
 * schema (createEncounter, updateEncounter, a weak source).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere } from './body-fields';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { graphqlOperation, topLevelFields } from './graphql';
import { hasIdSegment, pathSegments } from './paths';

/** Segments looked at from the path's end; a longer one is no collection's name. */
const SEGMENTS_EXAMINED = 4;
const SEGMENT_LENGTH = 48;

/** A communication record's collection (ezyVet's /v1/communication, HeyDonto's …/ahds/v1/communication). */
const COMMUNICATION_SEGMENT = /^communications?$/i;
/**
 * A communication record's channel, coded (ezyVet's `contact_detail_type_id`, HeyDonto's `contactDetailTypeId`): the
 * sign that the record is one of a contact's communications, not a chat's or a CRM's message.
 */
const CHANNEL_TYPE_FIELD = /^contact_?detail_?type_?id$/i;
/** ezyVet's communication types that record what happened rather than send: 5 Phone Call Log, 6 In-Person Notes. */
const LOGGED_CHANNEL = /^[56]$/;
/** A communication's status once it has been sent or actioned (ezyVet's `status: Done`): the record is a log (vt1rev J2). */
const STATUS_FIELD = /^status$/i;
const DONE_STATUS = /^done$/i;
/** The words of a communication amended by id before it goes (ezyVet's `message`, HeyDonto's `content`; vt1rev D7). */
const COMMUNICATION_WORDS_FIELD = /^(?:message|content|body|text)$/i;
/** The direction of a communication relative to the practice (HeyDonto's `direction`). */
const DIRECTION_FIELD = /^direction$/i;

/**
 * A clinical record of a visit, written by its collection or by id, named in veterinary and clinical words only
 * (HeyDonto's `consult`, `physical-exam`; a clinical record; a history entry).
 */
const CLINICAL_RECORD_SEGMENT = /^(?:consults?|physical[-_]?exams?|clinical[-_]?records?|history[-_]?entr(?:y|ies))$/i;
/**
 * Collections that are clinical only beside an animal's, patient's or consult's id: a consultation, an encounter,
 * an assessment, a plan, a history or a health status is a council's public consultation, a game's encounter, a
 * school's quiz, a billing plan or a browser's history beacon elsewhere (vt1fix guards; ezyVet's history and
 * healthstatus, vt1rev D6).
 */
const CONTEXT_RECORD_SEGMENT = /^(?:consultations?|encounters?|assessments?|(?:treatment[-_]?)?plans?|histor(?:y|ies)|health[-_]?status(?:es)?)$/i;
/**
 * What a clinical record hangs on: an animal's, patient's or pet's id (or Provet's consultation `patients`), or a
 * consult's id. Not `consultation_id` or `encounter_id`: on a consultations or encounters collection that is the
 * record's own id, and a council's or a game's carries it too (vt1rev D2).
 */
const ANIMAL_OR_CONSULT_FIELD = /^(?:(?:animal|patient|pet|consult)[-_]?ids?|patients)$/i;
/** An animal's or patient's id: whom a consult's question is about (vt1rev D5, J3). */
const ANIMAL_ID_FIELD = /^(?:animal|patient|pet)[-_]?ids?$/i;
/** A consult's or consultation's collection: where a question is put to a clinician (vt1rev D5, J3). */
const CONSULT_SEGMENT = /^consult(?:ation)?s?$/i;
/** Words put to a clinician, not written by one: a question, a reason for the visit, symptoms, a complaint. */
const ASKED_FIELD = /^(?:questions?|reasons?(?:[-_]?for[-_]?visit)?|symptoms?|(?:chief[-_]?)?complaints?|concerns?)$/i;
/** An animal's record by id, a note, alert or history written under it (…/pets/{id}/alerts, …/animals/{id}/history). */
const ANIMAL_SEGMENT = /^(?:animals?|pets?)$/i;
const ANIMAL_NOTE_SEGMENT = /^(?:(?:clinical|medical|patient)[-_]?)?(?:notes?|alerts?|warnings?|histor(?:y|ies)|history[-_]?entr(?:y|ies)|visits)$/i;
/** A history under an animal whose words are a `caption`: a pet app's published moment, not a clinical entry (vt1rev J4). */
const HISTORY_SEGMENT = /^histor(?:y|ies)$/i;
const CAPTION_FIELD = /^caption$/i;
/** A reminders collection (Provet Cloud's …/api/0.1/reminder/), or one reminder by id. */
const REMINDER_SEGMENT = /^reminders?$/i;
/** Whom a reminder is about and for: the owner's and the animal's ids or links (Provet's `client`, `patient`). */
const OWNER_FIELD = /^(?:client|contact|owner|customer)(?:[-_]?id)?$/i;
const ANIMAL_FIELD = /^(?:patient|animal|pet)(?:[-_]?id)?$/i;
/**
 * What makes a reminder sent rather than one's own (vt1rev D1): a send method or a typed SMS, email or letter text
 * (Provet's `send_method`, `sms_text`, `email_text`, `post_text`); `text_manually: true` is read apart.
 */
const SEND_SIGN_FIELD = /^(?:send[-_]?method|(?:sms|email|post)[-_]?text)$/i;
const TYPED_TEXT_FIELD = /^text[-_]?manually$/i;
/** A consultation's discharge instructions, written for the owner (Provet Cloud's `consultationdischargeinstruction`). */
const DISCHARGE_SEGMENT = /^(?:consultation[-_]?)?discharge[-_]?instructions?$/i;
/** A client's or animal's record by id (Provet Cloud's …/client/{id}/, …/patient/{id}/). */
const OWNER_OR_ANIMAL_SEGMENT = /^(?:clients?|owners?|patients?|animals?|pets?)$/i;
/** The fields that may hold staff's words when a client or patient is created (Provet's POST …/client/; vt1rev D8). */
const RECORD_CREATE_ALERT_FIELD = /^(?:critical[-_]?(?:accounting[-_]?)?notes?|remarks?)$/i;
/**
 * A client's or animal's field that holds staff's words about them: critical notes (shown as an alert when the
 * record opens), accounting notes, remarks, alerts and warnings (Provet Cloud's `critical_notes`,
 * `critical_accounting_notes`, `remarks`).
 */
const RECORD_ALERT_FIELD = /^(?:critical[-_]?(?:accounting[-_]?)?notes?|remarks?|(?:medical[-_]?|clinical[-_]?|behaviou?r[-_]?)?(?:alerts?|warnings?))$/i;
/**
 * A GraphQL mutation that writes a visit's clinical words (Vetspire's `createEncounter`, `updateEncounter`; a SOAP
 * note's): its name says it is a record, not a send.
 */
const CLINICAL_MUTATION = /^(?:create|update|amend|add|save)[-_]?(?:encounter|soap[-_]?note|clinical[-_]?note|medical[-_]?note)s?$/i;
/** A consult's or consultation's mutation: clinical only beside an animal's or patient's id (a council's elsewhere; vt1rev D3). */
const CONSULT_MUTATION = /^(?:create|update|amend|add|save)[-_]?consult(?:ation)?s?$/i;

/** The path's last few segments, empty ones dropped. */
function tailSegments(path: string): string[] {
  return pathSegments(path).filter((seg) => seg !== '').slice(-SEGMENTS_EXAMINED);
}

/** The collection a write goes to: the last segment, or the one before a record's id. */
function collectionOf(tail: string[]): { name: string; byId: boolean } | undefined {
  const last = tail[tail.length - 1];
  if (last === undefined || last.length > SEGMENT_LENGTH) return undefined;
  if (tail.length >= 2 && hasIdSegment(last)) {
    const before = tail[tail.length - 2]!;
    return before.length > SEGMENT_LENGTH ? undefined : { name: before, byId: true };
  }
  return { name: last, byId: false };
}

/**
 * A communication record's kind: logged (a call or an in-person talk, or one received) is a comment on the record;
 * any other channel is words to the owner or another practice, a message. Undefined where no coded channel says it
 * is a contact's communication record.
 */
function communicationKind(body: ParsedBody, found: FreeText, byId: boolean): PostKind | undefined {
  // Words amended by id with no channel: an unsent SMS or email corrected before it goes (vt1rev D7).
  if (!hasField(body, CHANNEL_TYPE_FIELD)) return byId && COMMUNICATION_WORDS_FIELD.test(found.field) ? 'message' : undefined;
  if (hasFieldWhere(body, loggedChannel)) return 'comment';
  if (hasField(body, DIRECTION_FIELD, /^(?:incoming|inbound|in)$/i)) return 'comment';
  if (hasField(body, STATUS_FIELD, DONE_STATUS)) return 'comment';
  return 'message';
}

/** A logged channel's id, as a string or as the number ezyVet sends (5, 6; vt1rev M1). */
function loggedChannel(name: string, v: unknown): boolean {
  return CHANNEL_TYPE_FIELD.test(name) && (typeof v === 'number' || typeof v === 'string') && LOGGED_CHANNEL.test(String(v));
}

/** An alert or remarks on a client's or animal's record: by id (not POST), or with its creation for the narrower fields. */
function alertOnRecord(byId: boolean, method: string, found: FreeText): boolean {
  if (byId) return method !== 'POST' && RECORD_ALERT_FIELD.test(found.field);
  return method === 'POST' && RECORD_CREATE_ALERT_FIELD.test(found.field);
}

/** A note, alert or history entry written just under an animal's record by id (…/pets/{id}/alerts). */
function animalNote(tail: string[]): boolean {
  const n = tail.length;
  return n >= 3 && ANIMAL_NOTE_SEGMENT.test(tail[n - 1]!) && animalId(tail[n - 2]!) && ANIMAL_SEGMENT.test(tail[n - 3]!);
}

/**
 * An animal's id: any id hasIdSegment knows, or a prefixed id (`pet_8HkQ2mZr`, round r23) with a digit and a capital
 * in its tail wherever they sit (`pet_AbCdEfGh12`), so a pet's name slug (`max_buddy2`) is no id (rv22 review M6).
 * The animal collection before it is sign enough, so this is looser than prefixed-ids.ts's shape (id1 review D1).
 */
const PREFIXED_ID = /^[a-z]{2,12}_(?=[A-Za-z0-9]{0,39}\d)(?=[A-Za-z0-9]{0,39}[A-Z])[A-Za-z0-9]{6,40}$/;
function animalId(segment: string): boolean {
  return hasIdSegment(segment) || PREFIXED_ID.test(segment);
}

/** Visits under an animal by id (TheDogAPI's …/pets/{id}/visits): a word pet-sitters', owners' and games' apps use too. */
const VISITS_SEGMENT = /^visits$/i;
/** A visit's clinical items (TheDogAPI's `items[]` with `item_type` note, diagnosis, vaccination …) and a note's words. */
const VISIT_ITEMS_FIELD = 'items';
const ITEM_TYPE_FIELD = 'item_type';
const NOTE_ITEM_TYPE = /^note$/i;

/** A visit's items when the body is TheDogAPI's clinical record (an `items` list whose entries say their `item_type`). */
function clinicalVisitItems(body: ParsedBody): Record<string, unknown>[] | undefined {
  const items = body.type === 'json' && isRecord(body.value) ? body.value[VISIT_ITEMS_FIELD] : undefined;
  if (!Array.isArray(items)) return undefined;
  const typed = items.slice(0, 50).filter((i): i is Record<string, unknown> => isRecord(i) && typeof i[ITEM_TYPE_FIELD] === 'string');
  return typed.length > 0 ? typed : undefined;
}

/**
 * A visit under an animal by id (rv22 review J1): a note on the animal's record (a comment) only with clinical items in
 * the body (TheDogAPI's `items[].item_type`); without them, one naming the owner (`owner_id`, a pet-sitter's report to
 * the owner) is words to that one person, a message; anything else (an owner's booking, a pet game's visit) is left to
 * the older rules.
 */
function visitKind(body: ParsedBody): PostKind | undefined {
  if (clinicalVisitItems(body) !== undefined) return 'comment';
  return hasField(body, OWNER_FIELD) ? 'message' : undefined;
}

/**
 * A clinical visit's several note items, shown joined with a blank line (rv22 review D4; a record's several notes are
 * joined elsewhere too): asked first by longest-field.ts, only for a visits collection under an animal by id with two
 * or more note items holding words. Undefined otherwise, so the general reading stands.
 */
export function visitNotesText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json' || !path.endsWith('visits')) return undefined;
  const tail = tailSegments(path);
  if (!VISITS_SEGMENT.test(tail[tail.length - 1] ?? '') || !animalNote(tail)) return undefined;
  const notes = (clinicalVisitItems(body) ?? []).filter((i) => NOTE_ITEM_TYPE.test(String(i[ITEM_TYPE_FIELD])) && typeof i['body'] === 'string');
  const parts = [...new Set(notes.map((i) => String(i['body']).trim()).filter((t) => t !== ''))];
  if (parts.length < 2) return undefined;
  const text = parts.join('\n\n');
  return isFreeText(text, min) ? { text, field: 'body' } : undefined;
}

/**
 * A reminder's body naming an owner and an animal and sent (a send method or a typed text): words for the owner about
 * the animal. Without a send sign it is one's own reminder or a practice's to-do (vt1rev D1).
 */
function ownerReminder(body: ParsedBody): boolean {
  return hasField(body, OWNER_FIELD) && hasField(body, ANIMAL_FIELD) && (hasField(body, SEND_SIGN_FIELD) || hasFieldWhere(body, (n, v) => v === true && TYPED_TEXT_FIELD.test(n)));
}

/** Whether a write goes to a reminders collection or one reminder by id (one test for both callers; vt1rev M5). */
function reminderCollection(path: string): boolean {
  const collection = collectionOf(tailSegments(path));
  return collection !== undefined && REMINDER_SEGMENT.test(collection.name);
}

/**
 * Whether a reminders collection's write is a reminder sent to an owner about an animal (round vt1): refuses.ts's own
 * reminders (personalCollection) step aside for it, as they do for a reminder `to` someone.
 */
export function ownerReminderPath(path: string, body: ParsedBody): boolean {
  return reminderCollection(path) && ownerReminder(body);
}

/**
 * A GraphQL mutation writing a visit's clinical words (Vetspire's updateEncounter): a comment. Read by the
 * operation's name and by its first field, for real clients send it unnamed (`mutation($i: …){ updateEncounter(…) }`)
 * or under a name of their own (vt1rev D4); a consultation's only beside an animal's or patient's id (vt1rev D3).
 */
function clinicalMutation(path: string, body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value) || !/graphql/i.test(path)) return false;
  const operation = graphqlOperation(body);
  if (operation?.type !== 'mutation') return false;
  const doc = body.value['query'];
  const field = typeof doc === 'string' ? topLevelFields(doc)?.fields[0] : undefined;
  const names = [operation.name, field].filter((n): n is string => n !== undefined);
  if (names.some((n) => CLINICAL_MUTATION.test(n))) return true;
  return names.some((n) => CONSULT_MUTATION.test(n)) && hasField(body, ANIMAL_ID_FIELD);
}

/**
 * A consult's or consultation's words put to a clinician (a question, a reason, symptoms): a message when they are
 * about a named animal or patient, else left to the older rules (vt1rev D5, J3). Undefined when the words are a
 * clinician's own (a description, notes, comments).
 */
function askedKind(name: string, body: ParsedBody, found: FreeText): PostKind | 'left' | undefined {
  if (!CONSULT_SEGMENT.test(name) || !ASKED_FIELD.test(found.field)) return undefined;
  return hasField(body, ANIMAL_ID_FIELD) ? 'message' : 'left';
}

/**
 * The kind of a vet's or vet nurse's words on a veterinary practice's records (round vt1), undefined elsewhere: a
 * note on an animal's or owner's record a comment, words to the owner or another practice a message.
 */
export function veterinaryKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const tail = tailSegments(path);
  const collection = collectionOf(tail);
  if (collection === undefined) return undefined;
  const { name, byId } = collection;
  if (COMMUNICATION_SEGMENT.test(name)) return communicationKind(body, found, byId);
  if (DISCHARGE_SEGMENT.test(name)) return 'message';
  // A reminder written for an owner about an animal and sent (Provet's reminder with a send method or a typed text).
  if (REMINDER_SEGMENT.test(name)) return ownerReminder(body) ? 'message' : undefined;
  const asked = askedKind(name, body, found);
  if (asked !== undefined) return asked === 'left' ? undefined : asked;
  if (CLINICAL_RECORD_SEGMENT.test(name)) return 'comment';
  if (CONTEXT_RECORD_SEGMENT.test(name) && hasField(body, ANIMAL_OR_CONSULT_FIELD)) return 'comment';
  if (VISITS_SEGMENT.test(name) && animalNote(tail)) return visitKind(body);
  if (animalNote(tail)) return HISTORY_SEGMENT.test(name) && CAPTION_FIELD.test(found.field) ? undefined : 'comment';
  // An alert or remarks saved on the owner's or animal's record by id (Provet Cloud's critical_notes, remarks), or
  // critical notes or remarks given when the record is created (POST …/client/; vt1rev D8).
  if (OWNER_OR_ANIMAL_SEGMENT.test(name) && alertOnRecord(byId, m, found)) return 'comment';
  return m === 'POST' && clinicalMutation(path, body) ? 'comment' : undefined;
}
