/**
 * Veterinary practice software (round vt1): a vet's or vet nurse's words about a named animal and its owner, written
 * into a practice-management system's records or sent to the owner from it. The owner is an identifiable client (a
 * name, an address, an overdue bill beside the animal's history), so these words are held with the kind a reader
 * would give them. Kinds follow hc1, hc2 and sw1:
 * - a note on the animal's or owner's record that colleagues read is a **comment**: a consult's description, an
 *   exam's comments, a plan's notes (HeyDonto's Animal Health Data Store: PATCH …/consult/{id}, …/physical-exam/{id},
 *   POST …/plan with `animalId`; a consultation, encounter, assessment or plan only beside an animal's, patient's or
 *   consult's id, for elsewhere they are a council's consultation or a school's quiz), a note, alert or history
 *   entry under an animal's record by id (…/pets/{id}/alerts, …/animals/{id}/history), an encounter's SOAP words
 *   written by GraphQL (Vetspire's `updateEncounter`), an alert or remarks saved on a client or patient by id
 *   (Provet Cloud's PATCH …/client/{id}/ `critical_notes`,
 *   …/patient/{id}/ `remarks`), and a communication logged after it happened (ezyVet's POST /v1/communication with
 *   `contact_detail_type_id` 5, a phone call log, or 6, in-person notes; an INCOMING one in HeyDonto's store);
 * - words to the owner, or to another practice, are a **message**: an SMS, email or letter created as a
 *   communication record with its channel coded (ezyVet's `contact_detail_type_id` 1 or 4, a referral letter
 *   emailed to a specialist; HeyDonto's `contactDetailTypeId` with `direction: OUTGOING`), and a consultation's
 *   discharge instructions, written for the owner and printed or handed over (Provet Cloud's
 *   …/consultation/{id}/consultationdischargeinstruction/), and a reminder written to an owner about an animal (Provet
 *   Cloud's POST …/reminder/ with `client`, `patient` and its `sms_text`; vt1b). A reminders collection so named is
 *   one's own in refuses.ts (personalCollection) unless its body names an owner and an animal (ownerReminderPath).
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
import { hasField } from './body-fields';
import type { FreeText } from './longest-field';
import { graphqlOperation } from './graphql';
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
/** The direction of a communication relative to the practice (HeyDonto's `direction`). */
const DIRECTION_FIELD = /^direction$/i;

/**
 * A clinical record of a visit, written by its collection or by id, named in veterinary and clinical words only
 * (HeyDonto's `consult`, `physical-exam`; a clinical record; a history entry).
 */
const CLINICAL_RECORD_SEGMENT = /^(?:consults?|physical[-_]?exams?|clinical[-_]?records?|history[-_]?entr(?:y|ies))$/i;
/**
 * Collections that are clinical only beside an animal's, patient's or consult's id: a consultation, an encounter,
 * an assessment or a plan is a council's public consultation, a school's quiz or a billing plan elsewhere (vt1fix
 * guards).
 */
const CONTEXT_RECORD_SEGMENT = /^(?:consultations?|encounters?|assessments?|(?:treatment[-_]?)?plans?)$/i;
/** What a clinical record hangs on: an animal's, patient's, consult's or encounter's id (or a consultation's patients). */
const ANIMAL_OR_CONSULT_FIELD = /^(?:(?:animal|patient|pet|consult|consultation|encounter)[-_]?ids?|patients)$/i;
/** An animal's record by id, a note, alert or history written under it (…/pets/{id}/alerts, …/animals/{id}/history). */
const ANIMAL_SEGMENT = /^(?:animals?|pets?)$/i;
const ANIMAL_NOTE_SEGMENT = /^(?:(?:clinical|medical|patient)[-_]?)?(?:notes?|alerts?|warnings?|histor(?:y|ies)|history[-_]?entr(?:y|ies))$/i;
/** A reminders collection (Provet Cloud's …/api/0.1/reminder/), or one reminder by id. */
const REMINDER_SEGMENT = /^reminders?$/i;
/** Whom a reminder is about and for: the owner's and the animal's ids or links (Provet's `client`, `patient`). */
const OWNER_FIELD = /^(?:client|contact|owner|customer)(?:[-_]?id)?$/i;
const ANIMAL_FIELD = /^(?:patient|animal|pet)(?:[-_]?id)?$/i;
/** A consultation's discharge instructions, written for the owner (Provet Cloud's `consultationdischargeinstruction`). */
const DISCHARGE_SEGMENT = /^(?:consultation[-_]?)?discharge[-_]?instructions?$/i;
/** A client's or animal's record by id (Provet Cloud's …/client/{id}/, …/patient/{id}/). */
const OWNER_OR_ANIMAL_SEGMENT = /^(?:clients?|owners?|patients?|animals?|pets?)$/i;
/**
 * A client's or animal's field that holds staff's words about them: critical notes (shown as an alert when the
 * record opens), accounting notes, remarks, alerts and warnings (Provet Cloud's `critical_notes`,
 * `critical_accounting_notes`, `remarks`).
 */
const RECORD_ALERT_FIELD = /^(?:critical[-_]?(?:accounting[-_]?)?notes?|remarks?|(?:medical[-_]?|clinical[-_]?|behaviou?r[-_]?)?(?:alerts?|warnings?))$/i;
/**
 * A GraphQL mutation that writes a visit's clinical words (Vetspire's `createEncounter`, `updateEncounter`; a consult's
 * or SOAP note's): its name says it is a record, not a send.
 */
const CLINICAL_MUTATION = /^(?:create|update|amend|add|save)[-_]?(?:encounter|consult(?:ation)?|soap[-_]?note|clinical[-_]?note|medical[-_]?note)s?$/i;

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
function communicationKind(body: ParsedBody): PostKind | undefined {
  if (!hasField(body, CHANNEL_TYPE_FIELD)) return undefined;
  if (hasField(body, CHANNEL_TYPE_FIELD, LOGGED_CHANNEL) || isLoggedNumber(body)) return 'comment';
  if (hasField(body, DIRECTION_FIELD, /^(?:incoming|inbound|in)$/i)) return 'comment';
  return 'message';
}

/** ezyVet sends the channel's id as a number (5, 6); hasField's value test reads strings only. */
function isLoggedNumber(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  for (const [name, v] of Object.entries(body.value)) {
    if (CHANNEL_TYPE_FIELD.test(name) && (v === 5 || v === 6)) return true;
  }
  return false;
}

/** A note, alert or history entry written just under an animal's record by id (…/pets/{id}/alerts). */
function animalNote(tail: string[]): boolean {
  const n = tail.length;
  return n >= 3 && ANIMAL_NOTE_SEGMENT.test(tail[n - 1]!) && hasIdSegment(tail[n - 2]!) && ANIMAL_SEGMENT.test(tail[n - 3]!);
}

/** A reminder's body naming both an owner and an animal: words for the owner about the animal, not one's own reminder. */
function ownerReminder(body: ParsedBody): boolean {
  return hasField(body, OWNER_FIELD) && hasField(body, ANIMAL_FIELD);
}

/**
 * Whether a reminders collection's write is a reminder to an owner about an animal (round vt1): refuses.ts's own
 * reminders (personalCollection) step aside for it, as they do for a reminder `to` someone.
 */
export function ownerReminderPath(path: string, body: ParsedBody): boolean {
  const last = tailSegments(path).pop();
  return last !== undefined && REMINDER_SEGMENT.test(last) && ownerReminder(body);
}

/** A GraphQL mutation writing a visit's clinical words (Vetspire's updateEncounter): a comment. */
function clinicalMutation(path: string, body: ParsedBody): boolean {
  if (body.type !== 'json' || !/graphql/i.test(path)) return false;
  const operation = graphqlOperation(body);
  return operation?.type === 'mutation' && operation.name !== undefined && CLINICAL_MUTATION.test(operation.name);
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
  if (COMMUNICATION_SEGMENT.test(name)) return communicationKind(body);
  if (DISCHARGE_SEGMENT.test(name)) return 'message';
  // A reminder written for an owner about an animal (Provet's reminder with `text_manually` and its SMS or email text).
  if (REMINDER_SEGMENT.test(name)) return ownerReminder(body) ? 'message' : undefined;
  if (CLINICAL_RECORD_SEGMENT.test(name)) return 'comment';
  if (CONTEXT_RECORD_SEGMENT.test(name)) return hasField(body, ANIMAL_OR_CONSULT_FIELD) ? 'comment' : undefined;
  if (animalNote(tail)) return 'comment';
  // An alert or remarks saved on the owner's or animal's record by id (Provet Cloud's critical_notes, remarks).
  if (byId && m !== 'POST' && OWNER_OR_ANIMAL_SEGMENT.test(name) && RECORD_ALERT_FIELD.test(found.field)) return 'comment';
  return m === 'POST' && clinicalMutation(path, body) ? 'comment' : undefined;
}
