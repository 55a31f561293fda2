/**
 * Calendar invitations, bookings' cancellations and scheduling polls (round ca1): words sent to other people as
 * calendar events. A lawyer's invitation titled for a client, a teacher's parent meeting, a nurse's shift swap
 * reach the people invited, by mail or on their own calendars, so the family's shapes decide whether they are
 * held and as what. Sources: the Google Calendar API v3, Microsoft Graph's events, CalDAV (RFC 4791, 6638) with
 * iCalendar (RFC 5545) as Nextcloud, SOGo and Radicale take it, JMAP Calendars with JSCalendar (RFC 8984), Zoom's
 * meetings API, Cal.com (calcom/cal.com), Calendly's API, Rallly (lukevella/rallly) and Framadate
 * (framasoft/framadate); see tests/fixtures/requests/UNKNOWN-SITES.md, round ca1.
 * - An event that names people to invite (Google's and Graph's `attendees`, JSCalendar's `participants`, Zoom's
 *   `settings.meeting_invitees`, Webex's `invitees`, an iCalendar ATTENDEE), an attendee's own response comment, a
 *   change to an event sent with `sendUpdates=all` or Exchange's `SendToAllAndSaveCopy`, or a note to an event's
 *   invitations collection is a message to them: they read it, as mail or on their calendar.
 * - An event on one's own calendar that names nobody (an iCalendar object with no ATTENDEE, or a calendar API's
 *   event in a calendar's events collection, its start structured as Google's and Graph's `{ dateTime }`) is one's
 *   own diary: nobody else reads it, so it is not held, unless it says its details are public
 *   (Google's `visibility: public`). A calendar shared by other means cannot be told from the request; an events
 *   collection that is not a calendar's (a community site's listing) is read as before.
 * - An iCalendar body (CalDAV's PUT of text/calendar) is read as the fields it holds, its lines unfolded and its
 *   TEXT escapes undone, so that the words are the ones a person reads; a CalDAV PUT of such a body is watched
 *   though other WebDAV writes (files) are not.
 * - A cancellation's reason (Cal.com's `cancellationReason`, Calendly's `…/cancellation { reason }`) is mailed to
 *   the other side of the booking: a message, as a refusal's words are (kind.ts, round p1).
 * - A comment on a scheduling poll (Rallly's `polls.comments.add` with `pollId`, Framadate's `comment` form on a
 *   poll's page) is shown to everyone on the poll: a comment.
 * Free/busy queries, RSVPs without words, colour and reminder changes carry no prose and stay unread.
 */
import type { ParsedBody } from '../types';
import { isRecord } from '../body';
import { hasField, hasKeyDeep } from './body-fields';
import { lastSegment, pathTokens } from './paths';

/** Where the people invited to an event are named. */
const ATTENDEES_KEY = /^(?:attendees|required_?attendees|optional_?attendees|invitees|meeting_?invitees|event_?guests|participants)$/i;
/** A start of an event, which makes a record an event (`start`, iCalendar's `dtstart`, Zoom's `start_time`, Mobilizon's `beginsOn`). */
const START_KEY = /^(?:start|dtstart|start_?time|start_?date_?time|begins_?on)$/i;
/** A path naming events, meetings or a calendar (…/calendars/primary/events/{id}, /v2/users/me/meetings). */
const EVENT_PATH_TOKEN = /^(?:events?|meetings?|calendars?|appointments?)$/i;
const MAX_NODES = 500;
const MAX_DEPTH = 7;

/** Whether a value names someone: an address-like string, or a record holding one (Graph's `emailAddress.address`). */
function namesSomeone(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return /@|^mailto:/i.test(v);
  if (!isRecord(v) || depth > 2) return false;
  for (const key in v) if (namesSomeone(v[key], depth + 1)) return true;
  return false;
}
/**
 * Whether an attendee list names someone to invite: a list with an entry naming someone (one's own entry with a
 * response comment included: the comment goes to the organizer), or JSCalendar's map of participants with one who
 * is not the owner (the organizer alone invites nobody).
 */
function invitesSomeone(v: unknown): boolean {
  if (Array.isArray(v)) return v.slice(0, 50).some((item) => namesSomeone(item));
  if (!isRecord(v)) return false;
  return Object.values(v)
    .slice(0, 50)
    .some((p) => namesSomeone(p) && !(isRecord(p) && isRecord(p['roles']) && p['roles']['owner'] === true));
}

interface EventScan {
  /** A record with a start (an event) was seen. */
  event: boolean;
  /** An attendee list naming someone, beside a start or on an event path. */
  invites: boolean;
}
/** A bounded walk of a JSON body for event records and attendee lists (JMAP's method calls hold them six levels down). */
function scanEvents(value: unknown, eventPath: boolean): EventScan {
  const out: EventScan = { event: false, invites: false };
  let nodes = 0;
  const walk = (v: unknown, depth: number, parentIsEvent: boolean): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || out.invites) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1, false);
      return;
    }
    if (!isRecord(v)) return;
    const keys = Object.keys(v);
    const isEvent = keys.some((k) => START_KEY.test(k) && v[k] !== null && v[k] !== undefined && v[k] !== '');
    if (isEvent) out.event = true;
    for (const key of keys) {
      // The invitees of an event: beside its start, one level under it (Zoom's `settings.meeting_invitees`), or on
      // an event's own path (Google's PATCH of `attendees` alone).
      if (ATTENDEES_KEY.test(key) && (isEvent || parentIsEvent || eventPath) && invitesSomeone(v[key])) {
        out.invites = true;
        return;
      }
    }
    for (const key of keys) walk(v[key], depth + 1, isEvent);
  };
  walk(value, 0, false);
  return out;
}

/** Whether a path names events, meetings or a calendar by one of its tokens. */
function eventPath(path: string): boolean {
  return pathTokens(path).some((t) => EVENT_PATH_TOKEN.test(t));
}
/** Google's notice to guests of a change (`sendUpdates=all`, `externalOnly`; the older `sendNotifications=true`). */
function notifiesGuests(url: URL): boolean {
  const updates = url.searchParams.get('sendUpdates');
  return (updates !== null && /^(?:all|externalOnly)$/i.test(updates)) || url.searchParams.get('sendNotifications') === 'true';
}

/**
 * Exchange's choice to send a meeting's invitation or update (Outlook on the web's CreateItem and UpdateItem:
 * `SendMeetingInvitations`, `SendMeetingInvitationsOrCancellations`): SendOnlyToAll, SendToChangedAndSaveCopy and the
 * like send it; SendToNone is refuses.ts's.
 */
const SEND_MEETING_FIELD = /^send_?meeting_?(?:invitations|cancellations|invitations_?or_?cancellations)$/i;
const SENDS_TO_SOMEONE = /^send(?:only)?to(?:all|changed)/i;
/** An invitations collection under an event (Cal.com's /v2/events/{uuid}/invitations: `emails`, `hostNote`). */
const INVITATIONS_SEGMENT = /^(?:invitations?|invites?)$/i;
/** A cancellation's reason by its own name (Cal.com's `cancellationReason`). */
const CANCELLATION_REASON = /^cancel(?:l?ation)?_?reason$/i;
const CANCEL_SEGMENT = /^(?:cancel|cancellation)$/i;
/** A poll named by id in a field or in the query string (Rallly's `pollId`, Framadate's studs.php?poll=…). */
const POLL_ID_FIELD = /^poll_?id$/i;
const POLL_QUERY = /[?&]poll(?:_?id)?=/i;
/** A comment named by the path (`polls.comments.add`) or by a form's field or button (Framadate's `comment`, `add_comment`). */
const COMMENT_TOKEN = /^comments?$/i;
const COMMENT_FORM_FIELD = /^(?:comment|add_comment)$/i;

/**
 * The kind of a calendar's, booking's or scheduling poll's words, undefined elsewhere: a message to the people an
 * event invites (or to the organizer, an attendee's response comment), or to the other side of a cancelled booking;
 * a comment on a poll.
 */
export function calendarKind(url: URL, path: string, body: ParsedBody): 'message' | 'comment' | undefined {
  if (body.type === 'json') {
    const onEventPath = eventPath(path);
    if (scanEvents(body.value, onEventPath).invites) return 'message';
    if (onEventPath && notifiesGuests(url)) return 'message';
    if (onEventPath && INVITATIONS_SEGMENT.test(lastSegment(path))) return 'message';
  }
  if (hasField(body, SEND_MEETING_FIELD, SENDS_TO_SOMEONE)) return 'message';
  // A cancellation's words go to the other side of the booking or meeting (Calendly's …/cancellation `reason`).
  if (hasField(body, CANCELLATION_REASON) || (CANCEL_SEGMENT.test(lastSegment(path)) && eventPath(path) && hasField(body, /^reason$/i))) return 'message';
  // The poll's id may ride inside a tRPC batch's envelope (`{ "0": { json: { pollId } } }`).
  const poll = hasKeyDeep(body, POLL_ID_FIELD, (v) => (typeof v === 'string' || typeof v === 'number') && v !== '') || POLL_QUERY.test(url.search);
  if (poll && (pathTokens(path).some((t) => COMMENT_TOKEN.test(t)) || hasField(body, COMMENT_FORM_FIELD))) return 'comment';
  return undefined;
}

/** A calendar's events collection or an event in it (Google's /calendars/{id}/events, Graph's /me/events, /me/calendar/events). */
const OWN_CALENDAR_EVENTS = /(?:^|\/)(?:calendars?(?:\/[^/]+)?|me|users\/[^/]+)\/events(?:\/[^/]+)?\/?$/i;
/** The marker icalendarAsBody leaves on what it read. */
const ICALENDAR_COMPONENT = 'calendar_component';

/**
 * Whether a body is an event on one's own calendar that invites nobody: an iCalendar object with no ATTENDEE, or
 * an event with a calendar API's structured start written to a calendar's events collection naming no attendees.
 * Nobody else reads it. A patch with no start (Google's description alone) is not told here: its guests may still be told.
 */
export function ownCalendarEvent(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  if (typeof body.value[ICALENDAR_COMPONENT] === 'string') return !Array.isArray(body.value['attendees']);
  if (!OWN_CALENDAR_EVENTS.test(path)) return false;
  // An event whose details are shown to the calendar's readers (Google's `visibility: public`) is not one's diary alone.
  if (hasField(body, /^visibility$/i, /^public$/i)) return false;
  // A calendar API's own start, structured (Google's and Graph's `start { dateTime | date }`): a site's event listing
  // under a user or a public calendar sends a plain string and is read as before (a post).
  const start = body.value['start'];
  if (!isRecord(start) || !(typeof start['dateTime'] === 'string' || typeof start['date'] === 'string')) return false;
  return !scanEvents(body.value, true).invites;
}

/** An iCalendar object (CalDAV's PUT, a schedule outbox's POST): the body starts with BEGIN:VCALENDAR. */
const VCALENDAR = /^\uFEFF?\s*BEGIN:VCALENDAR\r?\n/i;
/** Components whose own properties are read; an alarm's (VALARM) are not. */
const READ_COMPONENTS = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY']);
/** Properties kept, by the field each becomes. */
const KEPT: Record<string, string> = { SUMMARY: 'summary', DESCRIPTION: 'description', LOCATION: 'location', COMMENT: 'comment', DTSTART: 'dtstart', ORGANIZER: 'organizer' };
const MAX_LINES = 2000;

/** A TEXT value as a person reads it (RFC 5545 3.3.11: `\n`, `\,`, `\;`, `\\`). */
function unescapeText(s: string): string {
  return s.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
/** Where a content line's value starts: after the first colon outside a quoted parameter (`CN="Dr. Reyes: Physio"`). */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i + 1;
  }
  return -1;
}

/**
 * An iCalendar body read as the fields of its first event, to-do, journal or free/busy component: `summary`,
 * `description`, `location`, `comment`, `dtstart`, `organizer` and `attendees` (each ATTENDEE's address), with
 * `calendar_component` naming the component. Folded lines are joined (a CRLF or LF and one space or tab) and
 * TEXT escapes undone. Other bodies are returned as they are.
 */
export function icalendarAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'text' || !VCALENDAR.test(body.text)) return body;
  const raw = body.text.split(/\r?\n/, MAX_LINES);
  const lines: string[] = [];
  for (const line of raw) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: string[] = [];
  let component: string | undefined;
  let done = false;
  const fields: Record<string, unknown> = {};
  const attendees: string[] = [];
  for (const line of lines) {
    const at = valueStart(line);
    if (at < 0) continue;
    const name = line.slice(0, at - 1).split(';', 1)[0]!.toUpperCase();
    const value = line.slice(at);
    if (name === 'BEGIN') {
      stack.push(value.toUpperCase());
      if (component === undefined && !done && READ_COMPONENTS.has(value.toUpperCase())) component = value.toUpperCase();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() === component && component !== undefined && stack.indexOf(component) < 0) done = true;
      continue;
    }
    // Only the first component's own properties: not an alarm's inside it, nor a later override's.
    if (component === undefined || done || stack[stack.length - 1] !== component) continue;
    if (name === 'ATTENDEE') attendees.push(value);
    else if (KEPT[name] !== undefined && fields[KEPT[name]!] === undefined) fields[KEPT[name]!] = name === 'DTSTART' || name === 'ORGANIZER' ? value : unescapeText(value);
  }
  if (component === undefined) return body;
  return { type: 'json', value: { [ICALENDAR_COMPONENT]: component, ...fields, ...(attendees.length > 0 ? { attendees } : {}) } };
}

/**
 * A calendar object written through CalDAV: a PUT of text/calendar or of an `.ics` resource into a calendar
 * collection (Nextcloud's and Fastmail's `calendars`, SOGo's `Calendar`), read though other WebDAV writes are not.
 * An `.ics` file put among one's files (`…/dav/files/{user}/…`) is a file stored, not an invitation.
 */
export function calendarObjectPut(path: string, contentType: string | undefined): boolean {
  return (/^text\/calendar\b/i.test(contentType ?? '') || /\.ics$/i.test(path)) && /\/calendars?\//i.test(path);
}
