/**
 * Salons, spas, fitness studios, coaches and personal trainers: their words about a named client written into
 * booking and client-management software (round sw1). Clients' health and personal details (an allergy, a
 * pregnancy, an injury, a complaint) make them identifiable third parties, so these words are held and checked.
 * Kinds follow the earlier rounds (hc2, cm1, fa1): a note on the client's record or on an existing appointment,
 * which colleagues read, is a `comment`; a cancellation's note mailed to the client is a `message` (ca1). A coach's
 * message to a client (Trainerize's message/send and message/reply) was already a message before this round.
 *
 * What the older rules read as a plain post, or never saw:
 * - a note named for a client, guest, customer or trainer, or a client's formula note, as a path segment or a
 *   GraphQL mutation's name: Mindbody's POST …/client/addclientformulanote, Trainerize's POST
 *   /v03/trainerNote/add and /trainerNote/set, Boulevard's `createClientNote`;
 * - a note or contact log written under a client's, guest's, appointment's or booking's record: Zenoti's PUT
 *   /v1/guests/{id}/notes/{noteId}, Phorest's POST …/booking/{id}/appendnote, Mindbody's POST
 *   …/client/addcontactlog;
 * - a client's or an existing appointment's note field written by an update of that record: Mindbody's POST
 *   …/client/updateclient with `Client.RedAlert` or `Notes`, POST …/appointment/updateappointment with `Notes`,
 *   Acuity's PUT /api/v1/appointments/{id}?admin=true with `notes`;
 * - the words sent with an appointment's cancellation (Acuity's PUT /appointments/{id}/cancel `cancelNote`).
 * A booking's creation with notes (Mindbody's addappointment) stays a transaction, as rounds q3, ca1 and r17
 * decided for booking notes (transactions.ts); only words written on an existing record are read here.
 *
 * Watching: bookings' paths are transactions, not watched (transactions.ts). `clientAppointmentWatched` lets two of
 * them through, before that test: an appointment by id written as the business (Acuity's `admin=true` query flag;
 * its docs say only admins may set `notes`), and an appointment's cancellation by id (its words go to the client, as
 * a booking's cancel does in transactions.ts since ca1's review).
 *
 * Cost: the path's segments are tested first; the body is never walked here (the words' field comes from
 * longestFreeField). Sources (facts only): the Mindbody Public API v6 SDK generated from its OpenAPI document
 * (sufyankhanrao/generated-sdk, python/mindbody-NO_DOCS); Trainerize API v03 reference pages dumped in
 * RoelofvHeeren/barn-community-onboarding; Acuity's OpenAPI in DEXSinc/acuityscheduling-api-client and
 * AcuityScheduling/acuity-js; docs.zenoti.com guest notes; developer.phorest.com changelog 1.13.1; Boulevard's
 * createClientNote from a third party's tool summary.
 */
import type { ParsedBody, PostKind } from '../types';
import type { FreeText } from './longest-field';
import { graphqlOperation } from './graphql';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/** The record a client-services note hangs on: a client's, guest's, customer's, appointment's or booking's. */
const CLIENT_RECORD_SEGMENT = /^(?:clients?|guests?|customers?|appointments?|bookings?)$/i;
/**
 * A note named for the person it is about or the one who keeps it: Mindbody's `addclientformulanote` (also named
 * AddFormulaNote), Trainerize's `trainerNote`, Boulevard's `createClientNote`. A verb may lead.
 */
const PERSON_NOTE_NAME = /^(?:(?:add|append|create|new|set|update|edit)[-_]?)?(?:(?:client|guest|customer|trainer|coach)[-_]?)?(?:formula[-_]?)?notes?$/i;
/** Whether PERSON_NOTE_NAME matched a name that says whose note it is (not a bare `notes`, `add_note`). */
const PERSON_NAMED = /(?:client|guest|customer|trainer|coach|formula)/i;
/** A note or contact log written under a record (Zenoti's `notes`, Phorest's `appendnote`, Mindbody's `addcontactlog`). */
const RECORD_NOTE_SEGMENT = /^(?:(?:add|append|create|update)[-_]?)?(?:notes?|contact[-_]?logs?)$/i;
/** A client's or appointment's record updated by a remote method (Mindbody's `updateclient`, `updateappointment`). */
const RECORD_UPDATE_METHOD = /^(?:update|edit|set)[-_]?(?:client|guest|customer|appointment)$/i;
/**
 * The field of a record that holds staff's words about the client: its notes (Mindbody's `Notes`, Acuity's `notes`,
 * a service or formula note) and its alerts (Mindbody's `RedAlert`, `YellowAlert`).
 */
const RECORD_NOTE_FIELD = /^(?:(?:service|formula|colou?r|client|guest|staff|internal|private|trainer|appointment)[-_]?)?notes?$|^(?:red|yellow)[-_]?alert$/i;
/** A cancellation's words by their own name (Acuity's `cancelNote`). */
const CANCEL_NOTE_FIELD = /^cancel(?:l?ation)?[-_]?(?:note|message)$/i;
/** Segments looked at from the path's end; a longer one is no method's or collection's name. */
const SEGMENTS_EXAMINED = 5;
const SEGMENT_LENGTH = 40;

/** The path's last few segments, ids and overlong ones kept as they are for position tests. */
function tailSegments(path: string): string[] {
  const segments = pathSegments(path).filter((seg) => seg !== '');
  return segments.slice(-SEGMENTS_EXAMINED);
}

/** A note named for a client, guest, customer or trainer, or a formula note: a segment or a mutation's name. */
function personNote(name: string): boolean {
  return name.length <= SEGMENT_LENGTH && PERSON_NOTE_NAME.test(name) && PERSON_NAMED.test(name);
}

/**
 * A note or contact log written under a client's or appointment's record: the record's segment just before it
 * (Mindbody's /client/addcontactlog) or before the record's id (Zenoti's /guests/{id}/notes, Phorest's
 * /booking/{id}/appendnote). A record named further up does not count: /customer/v1/units/{id}/notes is a device's
 * (pt1rev-iot-unit-maintainer-notes).
 */
function noteUnderRecord(tail: string[]): boolean {
  let at = tail.length - 1;
  if (at > 0 && hasIdSegment(tail[at]!) && !RECORD_NOTE_SEGMENT.test(tail[at]!)) at--;
  const note = tail[at];
  if (note === undefined || note.length > SEGMENT_LENGTH || !RECORD_NOTE_SEGMENT.test(note)) return false;
  return [tail[at - 1], tail[at - 2]].some((seg) => seg !== undefined && CLIENT_RECORD_SEGMENT.test(seg));
}

/** A client's or an existing appointment's record updated: by a remote method, or by id (PUT or PATCH). */
function recordUpdated(tail: string[], method: string): boolean {
  const last = tail[tail.length - 1];
  if (last === undefined) return false;
  if (last.length <= SEGMENT_LENGTH && RECORD_UPDATE_METHOD.test(last)) return true;
  return (method === 'PUT' || method === 'PATCH') && tail.length >= 2 && hasIdSegment(last) && /^(?:clients?|guests?|appointments?)$/i.test(tail[tail.length - 2]!);
}

/** An appointment's cancellation by id: …/appointments/{id}/cancel. */
function appointmentCancel(tail: string[]): boolean {
  const n = tail.length;
  return n >= 3 && /^cancel$/i.test(tail[n - 1]!) && hasIdSegment(tail[n - 2]!) && /^appointments?$/i.test(tail[n - 3]!);
}

/**
 * The kind of a salon's, spa's, studio's or coach's words about a client (round sw1), undefined elsewhere: a note
 * on the client's record or an existing appointment is a comment, a cancellation's note a message.
 */
export function clientServicesKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const tail = tailSegments(path);
  if (tail.length === 0) return undefined;
  if (appointmentCancel(tail)) return CANCEL_NOTE_FIELD.test(found.field) ? 'message' : undefined;
  // A note named for the person (a segment, or the one before a verb: Trainerize's /trainerNote/add).
  if (tail.slice(-2).some(personNote)) return 'comment';
  if (noteUnderRecord(tail)) return 'comment';
  if (recordUpdated(tail, m) && RECORD_NOTE_FIELD.test(found.field)) return 'comment';
  // Boulevard's createClientNote: the mutation's name says whose note it is.
  const operation = m === 'POST' && body.type === 'json' ? graphqlOperation(body) : undefined;
  return operation?.name !== undefined && personNote(operation.name) ? 'comment' : undefined;
}

/** Whether a URL's query says it is written as the business (Acuity's `admin=true`). */
function asAdmin(url: URL): boolean {
  const admin = url.searchParams.get('admin');
  return admin !== null && /^(?:true|1)$/i.test(admin);
}

/**
 * Whether an appointment's path is watched though bookings' paths are transactions (round sw1): an appointment by
 * id written as the business (Acuity's PUT /appointments/{id}?admin=true: its notes are the staff's), and an
 * appointment's cancellation by id (its note is mailed to the client). Tested on the path's last segments first.
 */
export function clientAppointmentWatched(url: URL, path: string): boolean {
  const last = lastSegment(path);
  if (/^cancel$/i.test(last)) return appointmentCancel(tailSegments(path));
  if (!hasIdSegment(last) || !/(?:^|\/)appointments?\/[^/]+\/?$/i.test(path)) return false;
  return asAdmin(url);
}
