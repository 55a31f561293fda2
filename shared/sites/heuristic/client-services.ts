/**
 * Salons, spas, fitness studios, coaches and personal trainers: their words about a named client written into
 * booking and client-management software (round sw1, mended in sw1rev). Clients' health and personal details (an
 * allergy, a pregnancy, an injury, a complaint) make them identifiable third parties, so these words are held and
 * checked. Kinds follow the earlier rounds (hc2, cm1, fa1): a note on the client's record or on an existing
 * appointment, which colleagues read, is a `comment`; a cancellation's words go to the client and are a `message`
 * (ca1), unless the request says nobody is told (Acuity's `noEmail=true`: a comment on the appointment). A coach's
 * instructions on a client's scheduled workout (Trainerize's dailyWorkout/set) are a `message`: the client reads them.
 *
 * What is read:
 * - a note named for a client, guest, customer or trainer, or a client's formula note, as a path segment, a GraphQL
 *   mutation's name or the field it selects, the verb before or after (Mindbody's …/client/addclientformulanote,
 *   Trainerize's /trainerNote/add, Boulevard's createClientNote, a `ClientNoteCreate`);
 * - a note or contact log written under a client's, guest's, customer's, appointment's or booking's record (Zenoti's
 *   /guests/{id}/notes/{noteId}, Phorest's …/booking/{id}/appendnote, Mindbody's …/client/addcontactlog);
 * - a client record's note and alert fields (Notes, RedAlert, YellowAlert, Square's `note`) written by a method that
 *   creates or updates it (Mindbody's addclient and updateclient), to a bare clients or customers collection
 *   (Acuity's PUT and POST /clients), or by id (Square's PUT /v2/customers/{id}): all of them, joined in body order,
 *   are the words shown (clientRecordText), whichever field is longest;
 * - an appointment's or booking's note written as the business: Mindbody's updateappointment, Acuity's `admin=true`
 *   on an appointment by id or its creation (notes "settable when booking as an admin"), or a field named for the
 *   staff or seller (Square's `seller_note`) on a booking by id or its creation. A plain `notes` on a booking stays a
 *   transaction (q3, r17, st1rev), and so does every other field of an admin update (an intake answer, a title).
 *
 * `customer`, `guest` and `trainer` name the subject of a staff note here; where they name the writer (a shopper's
 * note on an order, an invitee's RSVP note, a team's events) nothing here answers. `coach` is not read: teams use it.
 *
 * Watching: bookings' paths are transactions, not watched (transactions.ts). `clientAppointmentWatched` lets these
 * through before that test: an appointment's or booking's cancellation by id; an appointment written with Acuity's
 * `admin=true` when its body has a note field with prose; an appointment or booking by id or created with a staff- or
 * seller-named note; and Trainerize's profile setter with a client's injury limitations (the setter rule would drop it).
 *
 * Cost: the path's last segments are tested first; a body is read only for a path of this family (and parsed in the
 * watch only when its raw text names a note field). Sources (facts only): the Mindbody Public API v6 SDK generated
 * from its OpenAPI document (sufyankhanrao/generated-sdk, python/mindbody-NO_DOCS); Trainerize API v03 reference
 * pages dumped in RoelofvHeeren/barn-community-onboarding; Acuity's OpenAPI in DEXSinc/acuityscheduling-api-client and
 * AcuityScheduling/acuity-js; docs.zenoti.com guest notes; developer.phorest.com changelog 1.13.1; Square's Customers
 * and Bookings APIs and Boulevard's createClientNote from the review's and a third party's summaries.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import type { FreeText } from './longest-field';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import { graphqlOperation } from './graphql';
import { hasIdSegment, pathSegments } from './paths';

/**
 * The record words, in one place (sw1 review M1). A client's record: clients, guests, customers. A visit's record:
 * appointments and bookings; bookings' paths are transactions (transactions.ts), so a visit is read only when the
 * request is signed as the business (an admin flag, a staff-named field) or a remote method names the update.
 */
const CLIENT_WORD = 'client|guest|customer';
const CLIENT_SEGMENT = /^(?:clients?|guests?|customers?)$/i;
const VISIT_SEGMENT = /^(?:appointments?|bookings?)$/i;
/** A cancellation by id: appointments, bookings, reservations. */
const CANCELLED_SEGMENT = /^(?:appointments?|bookings?|reservations?)$/i;
/**
 * A bare collection a client record is created or updated on (Acuity's PUT and POST /clients). Not `customers`: a
 * shop's customer note on Square's POST /v2/customers stays a post, as fa1's review (J6) pinned it.
 */
const CLIENT_COLLECTION = /^clients$/i;
/** Verbs that write a note, before or after its noun (`addClientNote`, `ClientNoteCreate`). */
const NOTE_VERB = '(?:add|append|create|new|set|update|edit)';
/**
 * A note named for the person it is about or the one who keeps it, or a formula note: Mindbody's
 * `addclientformulanote`, Trainerize's `trainerNote`, Boulevard's `createClientNote`, a Relay `clientNoteCreate`.
 */
const PERSON_NOTE_NAME = new RegExp(`^(?:${NOTE_VERB}[-_]?)?(?:(?:${CLIENT_WORD}|trainer)[-_]?(?:formula[-_]?)?|formula[-_]?)notes?(?:[-_]?${NOTE_VERB})?$`, 'i');
/** A note or contact log written under a record (Zenoti's `notes`, Phorest's `appendnote`, Mindbody's `addcontactlog`). */
const RECORD_NOTE_SEGMENT = /^(?:(?:add|append|create|update)[-_]?)?(?:notes?|contact[-_]?logs?)$/i;
/** A client's record created or updated by a remote method (Mindbody's `addclient`, `updateclient`), or an appointment's updated. */
const RECORD_WRITE_METHOD = new RegExp(`^(?:(?:add|create|new)[-_]?(?:${CLIENT_WORD})|(?:update|edit|set)[-_]?(?:${CLIENT_WORD}|appointment))$`, 'i');
/**
 * The fields of a record that hold staff's words about the client: its notes (Mindbody's `Notes`, Acuity's `notes`,
 * Square's `note`, a service or formula note) and its alerts (Mindbody's `RedAlert`, `YellowAlert`).
 */
const RECORD_NOTE_FIELD =
  /^(?:(?:service|formula|colou?r|client|guest|staff|internal|private|trainer|appointment|seller|manager|admin)[-_]?)?notes?$|^(?:red|yellow)[-_]?alert$/i;
/** A note field named for the business's side: the only sign on a booking (Square's `seller_note`, "not visible to customers"). */
const STAFF_NOTE_FIELD = /^(?:seller|staff|internal|private|manager|admin)[-_]?notes?$/i;
/** Trainerize's profile field a trainer writes about a client's injuries (/user/setProfile `user.injuryLimitations`). */
const INJURY_FIELD = /^injury[-_]?limitations?$/i;
/** A client's scheduled workout written by the coach (Trainerize's /dailyWorkout/set `dailyWorkouts[].instructions`). */
const WORKOUT_SEGMENT = /^daily[-_]?workouts?$/i;
const WORKOUT_FIELD = /^instructions$/i;
/**
 * Where a person word names the writer, not a client: a shop's orders and carts (a shopper's note), an event's
 * guests (an invitee's RSVP), a team's events (sw1 review J3).
 */
const WRITER_PLACE = /^(?:orders?|carts?|checkouts?|baskets?|events?|rsvps?|invitations?|teams?)$/i;
const ORDER_ID_FIELD = /^order[-_]?id$/i;
/** Segments looked at from the path's end; a longer one is no method's or collection's name. */
const SEGMENTS_EXAMINED = 5;
const SEGMENT_LENGTH = 40;
/** Nested objects looked into for a record's note fields (Mindbody's `Client`, Square's `booking`): one level. */
const FIELDS_EXAMINED = 60;
/** Raw-body signs, tested before a watch parses a body. */
const NOTE_FIELD_RAW = /"(?:[a-z_]{0,12}notes?|(?:red|yellow)[-_]?alert)"\s*:\s*"/i;
const STAFF_NOTE_RAW = /"(?:seller|staff|internal|private|manager|admin)[-_]?notes?"\s*:\s*"/i;
const INJURY_RAW = /"injury[-_]?limitations?"\s*:\s*"/i;
const MAX_WATCHED_BODY = 65_536;

/** The path's last few segments, ids and overlong ones kept as they are for position tests. */
function tailSegments(path: string): string[] {
  return pathSegments(path).filter((seg) => seg !== '').slice(-SEGMENTS_EXAMINED);
}

/** A note named for a client, guest, customer or trainer, or a formula note: a segment or a mutation's name. */
function personNote(name: string): boolean {
  return name.length <= SEGMENT_LENGTH && PERSON_NOTE_NAME.test(name);
}

/**
 * A note or contact log written under a client's or visit's record: the record's segment just before it (Mindbody's
 * /client/addcontactlog) or before the record's id (Zenoti's /guests/{id}/notes, Phorest's /booking/{id}/appendnote).
 * A record named further up does not count: /customer/v1/units/{id}/notes is a device's (pt1rev-iot-unit-maintainer-notes).
 */
function noteUnderRecord(tail: string[]): boolean {
  let at = tail.length - 1;
  if (at > 0 && hasIdSegment(tail[at]!) && !RECORD_NOTE_SEGMENT.test(tail[at]!)) at--;
  const note = tail[at];
  if (note === undefined || note.length > SEGMENT_LENGTH || !RECORD_NOTE_SEGMENT.test(note)) return false;
  return [tail[at - 1], tail[at - 2]].some((seg) => seg !== undefined && (CLIENT_SEGMENT.test(seg) || VISIT_SEGMENT.test(seg)));
}

/** How a request writes a client's or visit's record, or undefined. */
type RecordWrite = 'client' | 'visit';

/**
 * A client's record written: by a remote method (Mindbody's addclient, updateclient; updateappointment is a visit's),
 * to a bare clients or customers collection (PUT or POST), or by id (PUT or PATCH). A visit's: by id (PUT or PATCH)
 * or to its collection (POST), read only with a staff sign (visitSigned).
 */
function recordWrite(tail: string[], method: string): RecordWrite | undefined {
  const n = tail.length;
  const last = tail[n - 1]!;
  if (last.length > SEGMENT_LENGTH) return undefined;
  if (RECORD_WRITE_METHOD.test(last)) return /appointment$/i.test(last) ? 'visit' : 'client';
  if (CLIENT_COLLECTION.test(last)) return method === 'PUT' || method === 'POST' ? 'client' : undefined;
  if (VISIT_SEGMENT.test(last)) return method === 'POST' ? 'visit' : undefined;
  if (n < 2 || (method !== 'PUT' && method !== 'PATCH') || !hasIdSegment(last)) return undefined;
  if (CLIENT_SEGMENT.test(tail[n - 2]!)) return 'client';
  return VISIT_SEGMENT.test(tail[n - 2]!) ? 'visit' : undefined;
}

/** A cancellation by id: …/appointments/{id}/cancel, …/bookings/{id}/cancel, …/reservations/{id}/cancel. */
function cancelById(tail: string[]): boolean {
  const n = tail.length;
  return n >= 3 && /^cancel$/i.test(tail[n - 1]!) && hasIdSegment(tail[n - 2]!) && CANCELLED_SEGMENT.test(tail[n - 3]!);
}

/** Whether a URL's query says a flag is on (Acuity's `admin=true`, `noEmail=true`). */
function queryFlag(url: URL, name: string): boolean {
  const value = url.searchParams.get(name);
  return value !== null && /^(?:true|1)$/i.test(value);
}

/** The prose fields a test names, at the top or in one object below it, in body order. */
function noteFields(value: unknown, named: RegExp, min: number): FreeText[] {
  if (!isRecord(value)) return [];
  const found: FreeText[] = [];
  let seen = 0;
  const visit = (obj: Record<string, unknown>, nested: boolean): void => {
    for (const [key, v] of Object.entries(obj)) {
      if (++seen > FIELDS_EXAMINED) return;
      if (typeof v === 'string') {
        if (key.length <= SEGMENT_LENGTH && named.test(key)) {
          const text = asPlainText(key, v);
          if (isFreeText(text, min) && !found.some((f) => f.text === text)) found.push({ text, field: key });
        }
      } else if (!nested && isRecord(v)) visit(v, true);
    }
  };
  visit(value, false);
  return found;
}

/** The words of a JSON body's record note fields joined, or undefined when it has none. */
function joined(fields: FreeText[]): FreeText | undefined {
  if (fields.length === 0) return undefined;
  return { text: fields.map((f) => f.text).join('\n\n'), field: fields[0]!.field };
}

/** Whether the path names a shop's order, an event's guest or a team: a person word there names the writer. */
function writerPlace(tail: string[], body: ParsedBody): boolean {
  if (tail.some((seg) => WRITER_PLACE.test(seg))) return true;
  return body.type === 'json' && isRecord(body.value) && Object.keys(body.value).some((k) => ORDER_ID_FIELD.test(k));
}

/** The note fields to read for a record write: every note field on a client's, staff-named ones on a visit's unless signed. */
function fieldsFor(write: RecordWrite, adminFlag: boolean, last: string): RegExp {
  return write === 'client' || adminFlag || RECORD_WRITE_METHOD.test(last) ? RECORD_NOTE_FIELD : STAFF_NOTE_FIELD;
}

/**
 * A client record's or visit's note fields, joined in body order (sw1 review D2): the words shown whichever field is
 * longest. Read by longestFreeField for a record write's path; undefined elsewhere or when the body has none.
 */
export function clientRecordText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json') return undefined;
  const tail = tailSegments(path);
  if (tail.length === 0) return undefined;
  // Every write shape, whatever the method (longestFreeField may not be told it): the kind decides whether it is held.
  const write = recordWrite(tail, 'PUT') ?? recordWrite(tail, 'POST');
  if (write === undefined || writerPlace(tail, body)) return undefined;
  return joined(noteFields(body.value, RECORD_NOTE_FIELD, min));
}

/** The fields a mutation's document selects first (`createClientNote` in `mutation ClientProfileAddNote(…) { createClientNote(…) }`). */
function selectedField(body: ParsedBody): string | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value['query'] !== 'string') return undefined;
  return /^\s*mutation\b[^{]{0,300}\{\s*([A-Za-z_][A-Za-z0-9_]{0,99})/.exec(body.value['query'].slice(0, 600))?.[1];
}

/** A note mutation named for a client or trainer: by its operation's name or the field it selects (sw1 review D6). */
function personNoteMutation(body: ParsedBody): boolean {
  const operation = graphqlOperation(body);
  if (operation === undefined) return false;
  if (operation.name !== undefined && personNote(operation.name)) return true;
  const field = selectedField(body);
  return field !== undefined && personNote(field);
}

/**
 * The kind of a salon's, spa's, studio's or coach's words about a client (round sw1, sw1rev), undefined elsewhere: a
 * note on the client's record or an existing appointment is a comment, a cancellation's words a message (a comment
 * when nobody is told), a coach's workout instructions a message.
 */
export function clientServicesKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const tail = tailSegments(path);
  if (tail.length === 0) return undefined;
  if (cancelById(tail)) return queryFlag(url, 'noEmail') ? 'comment' : 'message';
  // A note named for the person (a segment, or the one before a verb: Trainerize's /trainerNote/add), or under a record.
  const named = tail.slice(-2).some(personNote) || noteUnderRecord(tail);
  const write = named ? undefined : recordWrite(tail, m);
  if (named || write !== undefined) {
    // The body is looked at only for a path of this family: a shop's order id says the customer wrote it.
    if (writerPlace(tail, body)) return undefined;
    if (named) return 'comment';
    if (body.type !== 'json') return undefined;
    const fields = fieldsFor(write!, queryFlag(url, 'admin'), tail[tail.length - 1]!);
    return noteFields(body.value, fields, 1).length > 0 ? 'comment' : undefined;
  }
  if (body.type !== 'json' || m !== 'POST') return undefined;
  if (profileInjury(tail, body.value)) return 'comment';
  if (workoutInstructions(tail, body.value)) return 'message';
  return personNoteMutation(body) ? 'comment' : undefined;
}

/** A trainer's note on a client's injuries in the client's profile (Trainerize's /user/setProfile, `user` with an id; J4). */
function profileInjury(tail: string[], value: unknown): boolean {
  if (!/^set[-_]?profile$/i.test(tail[tail.length - 1]!) || !isRecord(value) || !isRecord(value['user'])) return false;
  const user = value['user'];
  return user['id'] !== undefined && noteFields(user, INJURY_FIELD, 1).length > 0;
}

/** A coach's instructions on a client's scheduled workout (Trainerize's /dailyWorkout/set; sw1 review D7). */
function workoutInstructions(tail: string[], value: unknown): boolean {
  const n = tail.length;
  if (n < 2 || !/^(?:set|add|update)$/i.test(tail[n - 1]!) || !WORKOUT_SEGMENT.test(tail[n - 2]!) || !isRecord(value)) return false;
  const items = value['dailyWorkouts'] ?? value['dailyWorkout'];
  const list = Array.isArray(items) ? items.slice(0, 20) : [items];
  return list.some((item) => noteFields(item, WORKOUT_FIELD, 1).length > 0);
}

/** A raw JSON body parsed, when small enough and its text shows the sign; undefined otherwise. */
function parsedWhen(body: string | undefined, sign: RegExp): unknown {
  if (body === undefined || body.length === 0 || body.length > MAX_WATCHED_BODY || !sign.test(body)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether a visit's or a profile's path is watched though bookings' paths are transactions and setters are skipped
 * (round sw1, sw1rev): a cancellation by id (its words go to the client); an appointment written with `admin=true`
 * whose body has a note field with prose (sw1 review D3: nothing else of an admin update); an appointment or booking
 * by id or created with a staff- or seller-named note (D5, J1); Trainerize's profile setter with injury limitations
 * (J4). Tested on the path's last segments first; a body is parsed only when its raw text shows a note field.
 */
export function clientAppointmentWatched(url: URL, path: string, method: string | undefined, body: string | undefined): boolean {
  const tail = tailSegments(path);
  const n = tail.length;
  if (n === 0) return false;
  const last = tail[n - 1]!;
  if (/^cancel$/i.test(last)) return cancelById(tail);
  if (/^set[-_]?profile$/i.test(last)) return profileInjury(tail, parsedWhen(body, INJURY_RAW));
  const visit = VISIT_SEGMENT.test(last) || (n >= 2 && hasIdSegment(last) && VISIT_SEGMENT.test(tail[n - 2]!));
  if (!visit) return false;
  const m = (method ?? '').toUpperCase();
  if (recordWrite(tail, m) !== 'visit') return false;
  const admin = queryFlag(url, 'admin') && /^appointments?$/i.test(VISIT_SEGMENT.test(last) ? last : tail[n - 2]!);
  const value = parsedWhen(body, admin ? NOTE_FIELD_RAW : STAFF_NOTE_RAW);
  return value !== undefined && noteFields(value, admin ? RECORD_NOTE_FIELD : STAFF_NOTE_FIELD, 1).length > 0;
}
