/**
 * Short-term rental and hospitality hosts (round st1): a host's or property manager's words about and to guests,
 * written through channel managers and property management systems — the guest being the identifiable third party
 * ("Herr Okafor reported the balcony lock sticks, do not rebook flat 3"). Kinds as earlier rounds decided them: a
 * message to a guest is a `message` (the general message rules read them already: Hostaway's, Guesty's, Hospitable's,
 * Smoobu's, Beds24's, Booking.com's and BookingSync's sends); a public answer to a guest's review is a `reply` under
 * it, as a business's review reply is (rounds p1, cv1); a host's published review of a guest is a `post`, as reviews
 * are (round r10), and so is its edit at its own address (PUT host_reviews/{id}); a note on a reservation or a guest's profile, read by the host's staff, is a `comment` on that
 * record (rounds u4, hd1, cr1, at1). What this module reads that the general rules did not:
 *
 * - An internal note on a stay's message thread (stayInternalNote): a message path under a reservation, booking,
 *   stay, guest or inquiry whose body flags the words internal or an internal or private note (Smoobu's
 *   /reservations/{id}/messages/send-message-to-host with `internal: true`; a bare `private` is no such flag: J1) or names an internal note as the message's
 *   source or type (Beds24's POST /bookings/messages `[{ bookingId, message, source: "internalNote" }]`): a comment.
 *   Without the flag the words reach the guest, a message as before.
 * - A note written on a stay's record (stayNote): a remote method or segment naming a note on a reservation, booking,
 *   guest, stay, room or folio (Cloudbeds' POST /api/v1.2/postReservationNote `reservationNote`, postGuestNote
 *   `guestNote`, an `addReservationNote`), a notes collection under a stay's record by id (…/reservations/{id}/notes,
 *   Tokeet's /guest/{id}/note), a host's, staff's or internal note field on a stay's record
 *   (Hostaway's PUT /v1/reservations/{id} `hostNote`), a JSON Patch of a reservation's staff comment (Apaleo's PATCH
 *   /booking/v1/reservations/{id} `[{ op, path: "/comment", value }]`), or a `notes` field beside the stay's own id
 *   in the same top-level record, sent to the stays' own collection or a method writing a stay rather than the
 *   booking's own address by id or an action under it (Beds24's POST /bookings `[{ id, notes }]`, its JSON API v1's
 *   /json/setBooking `{ bookId, notes }`; a guest's /bookings/confirm with `booking_id` and `notes` is no host's
 *   note: review x4 J3; an OData key, /Bookings(123), is the booking's own address as /Bookings/123 is: x4 D3): a comment, its words
 *   the host's note, never a guest's longer note sent back beside it (`guestNote`, `comments`; longest-field.ts asks
 *   stayHostNoteText first). Bookings' paths are transactions (transactions.ts: a guest's notes go with the order),
 *   so watches.ts asks stayNoteWatched first: only a body that fills such a host's note is read. An id nested in
 *   another object (`service: { id }`) names no stay, and a booking's plain `notes` sent to its own address by id
 *   may be the guest's own amendment: neither is watched, nor a guest's booking with its `comments` (review D2, J3).
 * - A reply to a review by the review's own path (reviewReplyByPath): words in a `reply` or `response` field sent to
 *   …/reviews/{id} (Booking.com's Review API, POST …/review-api/properties/{p}/reviews/{review_id} `{ reply }`).
 * - A host's review of a guest (guestReviewPublished): a reviews collection under a booking, reservation or stay by id
 *   (BookingSync's POST bookings/{id}/host_reviews with `comment` and criteria ratings), or a draft host review's own
 *   submit action (PUT host_reviews/draft/{id}/submit): a post. A draft saved or edited (…/host_reviews/draft,
 *   …/host_reviews/draft/{id}) and a dismissal publish nothing, as refuses.ts and the draft rules had them.
 * - Quiet (ratesCalendarQuiet): a rates or availability calendar's update — a calendar, rates, availability, pricing
 *   or inventory path whose body sets availability, a price or a stay length for days or a range of dates
 *   (Hostaway's PUT /listings/{id}/calendar with `isAvailable`, `price`, `minimumStay` and the host's own day `note`,
 *   or the day note alone; Beds24's …/inventory/rooms/calendar; Smoobu's /api/rates): the host's own calendar, no
 *   one's post, whatever its note says. A bare calendars path needs a price and availability, a stay's length or a
 *   closure (an event posted under a calendar with a price stays a post: review D4).
 *
 * - Notes by remote method (round r20, Mews' Connector API): a `<record>Notes` segment naming a stay's or a guest's
 *   record, then a write verb (POST …/serviceOrderNotes/add and /update, Mews' name for a reservation's notes;
 *   …/accountNotes/add), is a comment; so is a guest profile's `Notes` changed by …/customers/update beside a
 *   `CustomerId` (its "internal notes about the customer"). A reads' POST (…/getAll) or a delete carries no words.
 *   Since its review (r20rev D5, J5): a profile's notes also on …/customers/add and a company's on …/companies/add
 *   and /update (`Notes: { Value }`), a stay's closing reason on …/reservations/process and a task added on a stay
 *   (…/tasks/add with `ServiceOrderId`) are comments too.
 *
 * Left to the general rules and quiet there: reservation status changes and dates, guest profile fields, rates,
 * read acknowledgements (Booking.com's …/messages/latest/confirm), a host review's dismissal. A message rendered from
 * a template (a check-in code's instructions) is the host's message when its words are in the request and long
 * enough to be prose; a template named by id alone carries no words and is not held.
 *
 * Sources (facts only): Hostaway/api (sendConversationMessage, updateReservation, updateCalendar, review object);
 * Guesty Open API reference (communication/conversations/{id}/send-message, reviews/{id}/reply); Hospitable Public API
 * v2 (reservations/{uuid}/messages, reviews/{id}/respond); Smoobu API (send-message-to-guest, send-message-to-host with
 * `internal`, rates); Beds24 API v2 (bookings/messages with `source`, bookings, inventory/rooms/calendar); Booking.com
 * connectivity Messaging and Review APIs; Cloudbeds API v1.2 (postReservationNote, postGuestNote);
 * BookingSync/bookingsync-api (inbox/messages, host_reviews, review_replies); Beds24 JSON API v1 (setBooking);
 * apaleo/n8n-nodes-apaleo (BookingReservationsByIdPatch: Comment and GuestComment patched).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { flagOn, nonEmptyString } from './body-fields';
import { odataPath } from './documents';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { withoutKeys } from './secrets';
import { nameWords } from './shared-rules';

/** A segment naming a stay's record collection. */
const STAY_SEGMENT = /^(?:reservations?|bookings?|stays?|guests?|inquir(?:y|ies))$/i;
/** A word of a method or segment naming a stay's record (Cloudbeds' postReservationNote, postGuestNote). */
const STAY_WORD = /^(?:reservations?|bookings?|stays?|guests?|rooms?|folios?|inquir(?:y|ies))$/i;
/**
 * A field or flag saying the words are for the host's team only: `internal`, or a private or internal note. A bare
 * `private` is no such flag (a marketplace's direct message to the guest is `private`; st1 review J1).
 */
const INTERNAL_FLAG = /^(?:is_?)?(?:internal(?:_?note)?|private_?note)$/i;
/** A message's source, type or visibility naming an internal note (Beds24's `source: internalNote`). */
const SOURCE_FIELD = /^(?:source|type|kind|visibility|message_?type|category)$/i;
const INTERNAL_VALUE = /^(?:internal|private|staff|host)?[-_ ]?notes?$|^internal$/i;
/** A note field written by the host's side (Hostaway's `hostNote`), never a guest's own `guestNote`. */
const HOST_NOTE_FIELD = /^(?:host|internal|staff|private|owner|team|admin|manager)_?notes?$/i;
/** Such a field filled with words in a raw body: a JSON string (never `null`), or a form's value. */
const HOST_NOTE_JSON = /"(?:host|internal|staff|private|owner|team|admin|manager)[-_]?notes?"\s*:\s*"[^"\s]/i;
const HOST_NOTE_FORM = /(?:^|&)(?:host|internal|staff|private|owner|team|admin|manager)[-_]?notes?=[^&\s]/i;
/** A booking's `notes` beside the stay's own id (a change of the booking by id), in a JSON body's first bytes. */
const NOTES_RAW = /"notes?"\s*:\s*"[^"\s]/i;
const ID_RAW = /"(?:id|book(?:ing)?_?id|reservation_?id|stay_?id)"\s*:\s*"?\w/i;
/** The stay's own id, beside its `notes` in the same record (Beds24's `id`, its JSON API v1's `bookId`). */
const STAY_ID_KEY = /^(?:id|book(?:ing)?_?id|reservation_?id|stay_?id)$/i;
const NOTES_KEY = /^notes?$/i;
/** A JSON Patch operation on a reservation's staff comment or a host-side note (Apaleo's `/comment`), never the guest's `/guestComment`. */
const PATCH_NOTE_PATH = /^\/(?:comment|(?:host|internal|staff|private|owner|team|admin|manager)_?notes?)$/i;
const PATCH_NOTE_RAW = /"path"\s*:\s*"\/(?:comment|(?:host|internal|staff|private|owner|team|admin|manager)_?notes?)"/i;
/** The largest body the watch parses to find whose note it is. */
const MAX_PARSED = 100_000;
/** How much of a raw body the watch looks at. */
const RAW_EXAMINED = 20_000;
/** A reply's words to a review named by its path. */
const REVIEW_REPLY_FIELD = /^(?:reply|response|reply_?text|response_?text|reply_?body)$/i;
const REVIEWS_SEGMENT = /^(?:host_?|guest_?)?reviews$/i;
/** A reviews collection under a stay by id, and a draft host review's submit action. */
const STAY_REVIEWS = /(?:^|\/)(?:bookings?|reservations?|stays?)\/[^/]+\/(?:host[-_]?|guest[-_]?)?reviews\/?$/i;
/** A notes collection under a stay's record by id (…/reservations/{id}/notes, Tokeet's /guest/{id}/note). */
const STAY_NOTES = /(?:^|\/)(?:reservations?|bookings?|stays?|guests?|inquir(?:y|ies))\/[^/]+\/notes?\/?$/i;
const DRAFT_REVIEW_SUBMIT = /(?:^|\/)(?:host|guest)[-_]?reviews\/drafts?\/[^/]+\/submit\/?$/i;
/**
 * A rates or availability path's segment (Smoobu's /api/rates, Beds24's …/inventory/rooms/calendar), a calendar's,
 * and the rentable thing whose calendar by id is its availability (Hostaway's /listings/{id}/calendar).
 */
const RATES_SEGMENT = /^(?:rates?|availabilit(?:y|ies)|pricing|prices|inventory)$/i;
const CALENDAR_SEGMENT = /^calendars?$/i;
const RENTABLE_SEGMENT = /^(?:listings?|propert(?:y|ies)|units?|rooms?|rentals?|apartments?|accommodations?|room_?types?|unit_?types?)$/i;
/** A day's price, and what else a rates calendar sets for it: availability, a stay's length, closures. */
const PRICE_KEY = /^(?:price\d?|daily_?price|base_?price)$/i;
const AVAILABILITY_KEY =
  /^(?:is_?available|available|availability|num_?avail|units?_?available|desired_?units_?to_?sell|min(?:imum)?_?stay|max(?:imum)?_?stay|min_?length_?of_?stay|closed_?on_?(?:arrival|departure)|stop_?sell)$/i;
/** A day or a range of days the rates are set for: without one, a `price` is no calendar's (a product's rating). */
const DATE_KEY = /^(?:(?:start|end)_?dates?|dates?|date_?(?:from|to)|from|to|days?|period|nights?)$/i;
const MAX_RECORDS = 20;
/** A write verb closing a remote-method path (Mews' …/serviceOrderNotes/add, …/customers/update). */
const RPC_WRITE_VERB = /^(?:add|update|create|set|edit)$/i;
/**
 * What a `…Notes` collection's notes hang on: a stay, a guest's account or profile (Mews' `serviceOrderNotes`, its
 * name for a reservation's or a product order's notes, and `accountNotes`; round r20).
 */
const NOTED_RECORD_WORD = /^(?:reservations?|bookings?|stays?|guests?|rooms?|folios?|accounts?|customers?)$/i;
/** A guest's or a company's profile collection (Mews' customers and companies; r20rev D5). */
const PROFILE_COLLECTION = /^(?:customers|guests|companies)$/i;
/** A stay processed or closed by a remote method (Mews' …/reservations/process). */
const STAY_CLOSE_VERB = /^(?:process|close|check_?out)$/i;
/** A remote method adding something (Mews' …/tasks/add). */
const RPC_ADD_VERB = /^(?:add|create)$/i;
/** A stay named by id (Mews' `ServiceOrderId`, its name for a reservation or a product order). */
const STAY_ID = /^(?:service_?order|reservation|booking|stay)_?id$/i;

/**
 * The records a body's fields sit in: a form's fields, a JSON object and the objects one level down, or an array's
 * objects (Beds24's bodies are top-level arrays, which body-fields.ts's field lists do not read: so this list stays,
 * rather than body-fields' hasFieldWhere, which would miss an internal note flagged in such an array; review x4 M2).
 * Built once a body.
 */
const RECORDS = new WeakMap<object, Array<Record<string, unknown>>>();
function records(body: ParsedBody): Array<Record<string, unknown>> {
  const key = body.type === 'form' || body.type === 'multipart' ? body.fields : body.type === 'json' && typeof body.value === 'object' && body.value !== null ? body.value : undefined;
  if (key === undefined) return [];
  let out = RECORDS.get(key);
  if (out === undefined) {
    out = buildRecords(body);
    RECORDS.set(key, out);
  }
  return out;
}
function buildRecords(body: ParsedBody): Array<Record<string, unknown>> {
  if (body.type === 'form' || body.type === 'multipart') return [Object.fromEntries([...body.fields].slice(0, 200))];
  if (body.type !== 'json') return [];
  const out: Array<Record<string, unknown>> = [];
  const add = (v: unknown): void => {
    if (out.length >= MAX_RECORDS) return;
    if (isRecord(v)) out.push(v);
    else if (Array.isArray(v)) for (const item of v.slice(0, MAX_RECORDS)) if (isRecord(item) && out.length < MAX_RECORDS) out.push(item);
  };
  add(body.value);
  for (const top of out.slice()) for (const key in top) add(top[key]);
  return out;
}

function anyRecord(body: ParsedBody, test: (key: string, v: unknown) => boolean): boolean {
  return records(body).some((r) => Object.keys(r).some((k) => test(k, r[k])));
}

/**
 * Whether a path names a stay's record collection in one of its segments, or a remote method on one as its last
 * (Beds24's JSON API v1 /json/setBooking).
 */
function underStay(path: string): boolean {
  if (pathSegments(path).some((seg) => seg.length <= 32 && STAY_SEGMENT.test(seg))) return true;
  const last = lastSegment(path);
  return last.length <= 64 && nameWords(last).some((w) => STAY_SEGMENT.test(w));
}

/** A host's note found on a stay's record: the field it is in and its words. */
interface HostNote {
  field: string;
  text: string;
}
/** A method writing a stay (Beds24's JSON API v1 `setBooking`): a verb, then a stay's name. */
const STAY_WRITE_VERB = /^(?:set|update|modify|save|edit|put|post|create|add|new)$/i;

/**
 * Whether a path's last segment is a stay's own collection (Beds24's POST /bookings) or a method writing a stay
 * (`/json/setBooking`), where a plain `notes` beside the stay's id is the host's: not the booking's own address by id
 * (st1 J3: as likely a guest amending it), an OData key (`/Bookings(123)`, the same address; review x4 D3) or an
 * action under a booking (`/bookings/confirm`: the guest's own step; review x4 J3).
 */
function stayAddress(path: string): boolean {
  const last = lastSegment(odataPath(path));
  if (last.length > 64 || hasIdSegment(last)) return false;
  if (STAY_SEGMENT.test(last)) return true;
  const words = nameWords(last);
  return words.length >= 2 && STAY_WRITE_VERB.test(words[0]!) && words.slice(1).some((w) => STAY_SEGMENT.test(w));
}

/**
 * The host's note a stay's body fills (st1 review D1, D2, D5, D6, J3), in a top-level record (the body, an item of a
 * top-level array, or an object one level down): a host-side note field (`hostNote`, `internal_notes`, `staffNote`);
 * a JSON Patch adding or replacing the staff comment or such a note (Apaleo's `{ op, path: "/comment", value }`); or a
 * plain `notes` beside the stay's own id in the same record (Beds24's `[{ id, notes }]`, its v1 `{ bookId, notes }`),
 * when `notesById` (the path is the stays' collection or a method writing one: stayAddress): an id nested in another object (`service: { id }`) names no stay, and a
 * booking's notes sent to the booking's own address with its id echoed are as likely a guest amending it (J3).
 */
function hostNoteIn(value: unknown, notesById: boolean): HostNote | undefined {
  const tops = Array.isArray(value) ? value.slice(0, MAX_RECORDS) : [value];
  for (const top of tops) {
    if (!isRecord(top)) continue;
    if (typeof top.op === 'string' && typeof top.path === 'string') {
      if (/^(?:add|replace)$/i.test(top.op) && PATCH_NOTE_PATH.test(top.path) && nonEmptyString(top.value)) return { field: top.path.slice(1), text: top.value };
      continue;
    }
    const held: Array<Record<string, unknown>> = [top];
    for (const key in top) if (isRecord(top[key]) && held.length < MAX_RECORDS) held.push(top[key] as Record<string, unknown>);
    for (const r of held) {
      let notes: string | undefined;
      let id = false;
      for (const key in r) {
        const v = r[key];
        if (HOST_NOTE_FIELD.test(key) && nonEmptyString(v)) return { field: key, text: v };
        if (NOTES_KEY.test(key) && nonEmptyString(v)) notes = key;
        else if (STAY_ID_KEY.test(key) && ((typeof v === 'number' && v > 0) || nonEmptyString(v))) id = true;
      }
      if (notesById && notes !== undefined && id) return { field: notes, text: r[notes] as string };
    }
  }
  return undefined;
}

/**
 * The host's note of a parsed body on a stay's path, found once a body and path shape: the answer depends on the
 * body and on whether the path takes a plain `notes` beside a stay's id (stayAddress), so it is kept per body for
 * each of the two (review x4 D3: index.ts asks with the examined path and with its OData form).
 */
const HOST_NOTES = new WeakMap<object, { byId?: HostNote | null; plain?: HostNote | null }>();
function hostNote(body: ParsedBody, path: string): HostNote | undefined {
  if (!underStay(path)) return undefined;
  const key = body.type === 'form' || body.type === 'multipart' ? body.fields : body.type === 'json' && typeof body.value === 'object' && body.value !== null ? body.value : undefined;
  if (key === undefined) return undefined;
  const notesById = stayAddress(path);
  let held = HOST_NOTES.get(key);
  if (held === undefined) {
    held = {};
    HOST_NOTES.set(key, held);
  }
  let note = notesById ? held.byId : held.plain;
  if (note === undefined) {
    note = hostNoteIn(body.type === 'json' ? body.value : records(body)[0], notesById) ?? null;
    if (notesById) held.byId = note;
    else held.plain = note;
  }
  return note ?? undefined;
}

/**
 * The words shown for a host's note on a stay (longest-field.ts asks it first): the note itself, never a guest's
 * longer note sent back beside it (Hostaway's `guestNote`, Beds24's `comments`; st1 review D1). Null when the note is
 * too short to be prose (`hostNote: "VIP"`): then nothing is read. Undefined when the body fills no host's note.
 */
export function stayHostNoteText(body: ParsedBody, min: number, path: string | undefined): FreeText | null | undefined {
  if (path === undefined) return undefined;
  const note = hostNote(body, path);
  if (note === undefined) return undefined;
  const text = asPlainText(note.field, note.text);
  const keyless = withoutKeys(text);
  if (keyless !== undefined) return { text: keyless, field: note.field };
  return isFreeText(text, min) ? { text, field: note.field } : null;
}

/** An internal note on a stay's message thread: flagged internal or private, or an internal note as its source. */
function stayInternalNote(path: string, body: ParsedBody): boolean {
  if (!underStay(path) || !pathSegments(path).some((seg) => seg.length <= 64 && nameWords(seg).some((w) => /^messages?$/i.test(w)))) return false;
  return anyRecord(body, (k, v) => (INTERNAL_FLAG.test(k) && flagOn(v)) || (SOURCE_FIELD.test(k) && typeof v === 'string' && v.length <= 32 && INTERNAL_VALUE.test(v)));
}

/** A method or last segment naming a note on a stay's record (`postReservationNote`, `addGuestNote`). */
function stayNoteMethod(path: string): boolean {
  const last = lastSegment(path);
  if (last.length > 64) return false;
  const words = nameWords(last);
  return words.some((w) => /^notes?$/i.test(w)) && words.some((w) => STAY_WORD.test(w));
}

/** A note written on a stay's record: by a note method, a host-side note field, or the host's note hostNoteIn finds. */
function stayNote(path: string, body: ParsedBody, found: FreeText): boolean {
  if (stayNoteMethod(path) || STAY_NOTES.test(path)) return true;
  if (!underStay(path)) return false;
  if (HOST_NOTE_FIELD.test(found.field)) return true;
  return hostNote(body, path)?.field === found.field;
}

/**
 * A note added to or changed on a stay's or a guest's record by a remote method (round r20: Mews' POST
 * …/serviceOrderNotes/add and /update, …/accountNotes/add): a `<record>Notes` segment, then a write verb.
 */
function recordNotesCall(segments: string[]): boolean {
  const n = segments.length;
  if (n < 2 || !RPC_WRITE_VERB.test(segments[n - 1]!) || segments[n - 2]!.length > 64) return false;
  const words = nameWords(segments[n - 2]!);
  if (words.length < 2 || !/^notes$/i.test(words[words.length - 1]!)) return false;
  const head = words.slice(0, -1);
  return head.some((w) => NOTED_RECORD_WORD.test(w)) || head.join(' ').toLowerCase() === 'service order';
}

/**
 * A guest's or a company's profile notes written by a remote method (round r20: Mews' POST …/customers/update with
 * `Notes`, "internal notes about the customer"; since its review, r20rev D5, also …/customers/add, documented alike,
 * and …/companies/add and /update, "notes of the company", whose update sends a String update value
 * `Notes: { Value }`), when those notes are the words found. A profile's contact fields alone carry no words.
 */
function guestProfileNotes(segments: string[], found: FreeText): boolean {
  const n = segments.length;
  return n >= 2 && RPC_WRITE_VERB.test(segments[n - 1]!) && PROFILE_COLLECTION.test(segments[n - 2]!) && notesFound(found);
}

/** The words found are a `Notes` field, or the `Value` of a `Notes` update value (Mews' String update value). */
function notesFound(found: FreeText): boolean {
  return NOTES_KEY.test(found.field) || (/^value$/i.test(found.field) && found.container !== undefined && NOTES_KEY.test(found.container));
}

/**
 * Staff's words on a stay by a remote method (r20rev D5, J5): the reason given when a stay is processed, closed with
 * an open balance (Mews' …/reservations/process `Notes`, "reason for closing with unbalanced bill"), and a task added
 * on a stay for a department (Mews' …/tasks/add with `ServiceOrderId`, its `Description`): notes for colleagues on
 * the stay's record, comments, as round u4 made task replies. A reservation added with notes stays quiet by the
 * bookings rule (J5).
 */
function stayStaffWords(segments: string[], body: ParsedBody, found: FreeText): boolean {
  const n = segments.length;
  if (n < 2) return false;
  const verb = segments[n - 1]!;
  const collection = segments[n - 2]!;
  if (STAY_CLOSE_VERB.test(verb) && /^(?:reservations|bookings|stays)$/i.test(collection)) return notesFound(found);
  return RPC_ADD_VERB.test(verb) && /^tasks$/i.test(collection) && anyRecord(body, (k, v) => STAY_ID.test(k) && nonEmptyString(v));
}

/** A reply sent to a review by its own path (…/reviews/{id}) in a reply or response field. */
function reviewReplyByPath(path: string, found: FreeText): boolean {
  const [id, reviews] = pathSegments(path).reverse();
  return reviews !== undefined && id !== undefined && REVIEWS_SEGMENT.test(reviews) && hasIdSegment(id) && REVIEW_REPLY_FIELD.test(found.field);
}

/** A host's review of a guest published: under a stay by id, or a draft's submit action. */
function guestReviewPublished(path: string, method: string): boolean {
  return (method === 'POST' || method === 'PUT') && (STAY_REVIEWS.test(path) || DRAFT_REVIEW_SUBMIT.test(path));
}

/** A published host review edited at its own address (PUT host_reviews/{id}; st1 review J2): the review changes, a post. */
function publishedReviewEdited(path: string, method: string): boolean {
  if (method !== 'PUT' && method !== 'PATCH') return false;
  const [id, reviews] = pathSegments(path).reverse();
  return reviews !== undefined && id !== undefined && /^(?:host|guest)[-_]?reviews$/i.test(reviews) && hasIdSegment(id);
}

/** The kind of a host's words about or to a guest (kind.ts asks it among the family hooks). */
export function hospitalityKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  if (stayInternalNote(path, body)) return 'comment';
  if (stayNote(path, body, found)) return 'comment';
  const segments = pathSegments(path);
  if (recordNotesCall(segments) || guestProfileNotes(segments, found) || stayStaffWords(segments, body, found)) return 'comment';
  if (reviewReplyByPath(path, found)) return 'reply';
  if (guestReviewPublished(path, method) || publishedReviewEdited(path, method)) return 'post';
  return undefined;
}

/**
 * Whether a stay's path is read though bookings' paths are transactions (watches.ts asks it first): a draft host
 * review's submit action, a notes collection under a stay by id, or a body that fills a host's note as hostNoteIn
 * reads it (its first bytes tested first, then the body parsed).
 */
export function stayNoteWatched(path: string, body: string | undefined): boolean {
  if (DRAFT_REVIEW_SUBMIT.test(path) || STAY_NOTES.test(path)) return true;
  if (body === undefined || body.length === 0 || body.length > MAX_PARSED || !underStay(path)) return false;
  const raw = body.length > RAW_EXAMINED ? body.slice(0, RAW_EXAMINED) : body;
  const json = /^\s*[[{]/.test(raw);
  if (!json) return HOST_NOTE_FORM.test(raw) && hostNoteIn(Object.fromEntries(new URLSearchParams(body)), stayAddress(path)) !== undefined;
  if (!HOST_NOTE_JSON.test(raw) && !PATCH_NOTE_RAW.test(raw) && !(NOTES_RAW.test(raw) && ID_RAW.test(raw))) return false;
  try {
    return hostNoteIn(JSON.parse(body), stayAddress(path)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A rates or availability calendar's update: the host's own calendar, quiet whatever its note says (refuses.ts). For
 * days or a range of dates, on a rates, availability or inventory path, or a rentable's calendar by id (Hostaway's
 * /listings/{id}/calendar, its day note alone included: st1 review D3); on another calendars path only with a price
 * AND availability, a stay's length or a closure (D4: an event under a calendar with a price is no rates calendar).
 */
export function ratesCalendarQuiet(body: ParsedBody, path: string): boolean {
  const segments = pathSegments(path);
  const calendarAt = segments.findIndex((seg) => seg.length <= 32 && CALENDAR_SEGMENT.test(seg));
  const ratesPath = segments.some((seg) => seg.length <= 32 && RATES_SEGMENT.test(seg));
  if (!ratesPath && calendarAt < 0) return false;
  if (!anyRecord(body, (k) => DATE_KEY.test(k))) return false;
  const rentableCalendar = calendarAt >= 2 && calendarAt === segments.length - 1 && hasIdSegment(segments[calendarAt - 1]!) && RENTABLE_SEGMENT.test(segments[calendarAt - 2]!);
  if (rentableCalendar) return true;
  const set = (key: RegExp) => (k: string, v: unknown): boolean => key.test(k) && v !== null && v !== undefined && v !== '';
  const price = anyRecord(body, set(PRICE_KEY));
  const availability = anyRecord(body, set(AVAILABILITY_KEY));
  return ratesPath ? price || availability : price && availability;
}
