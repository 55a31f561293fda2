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
 * - An event created on one's own calendar that names nobody is one's own diary: nobody else reads it, so it is not
 *   held. "Own" (review of ca1, J1) is only Google's `primary` or an address-shaped calendar id that is not a group's
 *   (`…@group.calendar.google.com`), Graph's `/me/events` and `/me/calendar/events`, a CalDAV calendar path that is
 *   not shared with the user (Nextcloud's `{uri}_shared_by_{owner}`), and a JMAP CalendarEvent/set that sends no
 *   scheduling messages; and only a creation with a calendar API's structured start (`{ dateTime }`): a change to an
 *   event by id may be sent to its guests (review D1). An event without attendees written to a group, shared or
 *   another person's calendar (Graph's `/users/{upn}/events`) is a post: its readers see it. So is one that says its
 *   details are public (Google's `visibility: public`); an events collection that is not a calendar's (a community
 *   site's listing) is read as before.
 * - An iCalendar body (CalDAV's PUT of text/calendar) is read as the fields it holds, its lines unfolded and its
 *   TEXT escapes undone, so that the words are the ones a person reads; a CalDAV PUT of such a body is watched
 *   though other WebDAV writes (files) are not.
 * - One policy for bookings (review of ca1, J3): a booker's notes and answers (Cal.com's `responses.notes`,
 *   Calendly's `questions_and_answers`) go to whoever serves the booking, like an order's note (round q3,
 *   transactions.ts), and are not held; a cancellation's or rescheduling's reason (Cal.com's `cancellationReason` on
 *   /api/cancel and on API v2's /bookings/{uid}/cancel, `reschedulingReason`, Calendly's `…/cancellation { reason }`,
 *   Graph's event `cancel { Comment }`, Bookings' `cancellationMessage`) is mailed to the other side: a message, as a
 *   refusal's words are (kind.ts, round p1). Only with a calendar's or booking's context: a CI job's `cancelReason`
 *   is not one.
 * - A CRM's log of a meeting (a body linking records: Attio's `linked_records`, HubSpot's `associations`,
 *   Salesforce's `WhoId`/`WhatId`) is a record, not an invitation: left to the CRM rules (review of ca1, D5), by
 *   crm-streams.ts's own record test (linksCrmRecord, x3 review), which reads it as a comment on the record.
 * - Housekeeping rewrites of a whole event are not held (review of ca1, J4): a reminder acknowledged or snoozed
 *   (Thunderbird's `X-MOZ-LASTACK`, `X-MOZ-SNOOZE-TIME`; a kept LASTACK under change stamps minutes or days later is
 *   an edit, lead fix of stop 71), an attendee's copy of someone else's event where every
 *   attendee has answered; Google's full rewrite by a guest (the organizer someone else) is read for the guest's
 *   own response comment alone.
 * - A comment on a scheduling poll (Rallly's `polls.comments.add` with `pollId`, Framadate's `comment` form on a
 *   poll's page) is shown to everyone on the poll: a comment.
 * Free/busy queries, RSVPs without words, colour and reminder changes carry no prose and stay unread.
 * - Round r17: an event sent as JSON in a form field (Zoho Calendar's `eventdata`) is read as the JSON body it
 *   stands for, so its attendees invite as a JSON body's do.
 */
import type { ParsedBody } from '../types';
import { isRecord } from '../body';
import { hasField, hasKeyDeep } from './body-fields';
import { jsonObject } from './field-values';
import { EMAIL_ADDRESS } from './words';
import { lastSegment, pathSegments, pathTokens } from './paths';
import { linksCrmRecord } from './crm-streams';

/** Where the people invited to an event are named. */
const ATTENDEES_KEY = /^(?:attendees|required_?attendees|optional_?attendees|invitees|meeting_?invitees|event_?guests|participants)$/i;
/** A start of an event, which makes a record an event (`start`, iCalendar's `dtstart`, Zoom's `start_time`, Mobilizon's `beginsOn`). */
const START_KEY = /^(?:start|dtstart|start_?time|start_?date_?time|begins_?on)$/i;
/** A path naming events, meetings or a calendar (…/calendars/primary/events/{id}, /v2/users/me/meetings). */
const EVENT_PATH_TOKEN = /^(?:events?|meetings?|calendars?|appointments?)$/i;
/** A start's value that makes a record an event: a date or date-time (ISO 8601, iCalendar's basic form), or a record (Google's `{ dateTime }`); paging's `start: 0` is not one (review M2). */
function startValue(v: unknown): boolean {
  return isRecord(v) || (typeof v === 'string' && /^\d{4}-?\d{2}-?\d{2}/.test(v));
}
/** scanEvents' bounds: an event list's nesting, well under limits.ts's MAX_NODES and MAX_DEPTH for a whole body. */
const EVENT_SCAN_NODES = 500;
const EVENT_SCAN_DEPTH = 7;

/**
 * Whether a value names someone: an address (chat-sends.ts's, `mailto:` or `Name <a@b.c>` allowed), or a record
 * holding one (Graph's `emailAddress.address`). A handle (`@simon`, a Matrix id) is not an invitee (review M1).
 */
function namesSomeone(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return EMAIL_ADDRESS.test(v.replace(/^mailto:/i, '').replace(/^.*<|>$/g, '').trim());
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
  // One's own entry (Google's `self: true`) invites nobody, unless it carries a response comment for the organizer.
  if (Array.isArray(v)) return v.slice(0, 50).some((item) => namesSomeone(item) && !(isRecord(item) && item['self'] === true && !item['comment']));
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
    if (++nodes > EVENT_SCAN_NODES || depth > EVENT_SCAN_DEPTH || out.invites) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1, false);
      return;
    }
    if (!isRecord(v)) return;
    const keys = Object.keys(v);
    const isEvent = keys.some((k) => START_KEY.test(k) && startValue(v[k]));
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
const CANCELLATION_REASON = /^(?:cancel(?:l?ation)?|re_?schedul(?:e|ing))_?reason$/i;
const CANCEL_SEGMENT = /^(?:cancel|cancellation)$/i;
/** The words sent with a cancellation on an event's path (Calendly's `reason`, Graph's `Comment`, Bookings' `cancellationMessage`). */
const CANCEL_WORDS = /^(?:reason|comment|cancel(?:l?ation)?_?message)$/i;
/** A booking's or reservation's path token: a cancellation there has the other side of a booking to reach. */
const BOOKING_TOKEN = /^(?:bookings?|reservations?)$/i;
/** JMAP's flag that sends a CalendarEvent/set's changes to the participants (draft-ietf-jmap-calendars). */
const SEND_SCHEDULING = /^send_?scheduling_?messages$/i;

/**
 * Whether a cancellation's reason has a calendar's or booking's other side to reach: an event, meeting, calendar,
 * appointment, booking or reservation path, or a bare cancel operation that names no other object (Cal.com's
 * /api/cancel). A CI pipeline's /pipelines/{id}/cancel is none (review M7).
 */
function cancelContext(path: string): boolean {
  if (eventPath(path) || pathTokens(path).some((t) => BOOKING_TOKEN.test(t))) return true;
  const named = pathSegments(path).filter((seg) => seg !== '' && !/^(?:api|v\d+(?:\.\d+)?)$/i.test(seg));
  return named.length === 1 && CANCEL_SEGMENT.test(named[0]!);
}
/** A poll named by id in a field or in the query string (Rallly's `pollId`, Framadate's studs.php?poll=…). */
const POLL_ID_FIELD = /^poll_?id$/i;
const POLL_QUERY = /[?&]poll(?:_?id)?=/i;
/** A comment named by the path (`polls.comments.add`) or by a form's field or button (Framadate's `comment`, `add_comment`). */
const COMMENT_TOKEN = /^comments?$/i;
const COMMENT_FORM_FIELD = /^(?:comment|add_comment)$/i;

/**
 * The event a body holds: a JSON body's value, or the JSON object a form sends in one field (Zoho Calendar's
 * `eventdata`, round r17), read as the JSON body it stands for.
 */
function eventJson(body: ParsedBody): unknown {
  if (body.type === 'json') return body.value;
  if (body.type !== 'form' && body.type !== 'multipart') return undefined;
  for (const [, v] of body.fields) {
    if (!v.startsWith('{')) continue;
    const value = jsonObject(v);
    if (value) return value;
  }
  return undefined;
}

/**
 * The kind of a calendar's, booking's or scheduling poll's words, undefined elsewhere: a message to the people an
 * event invites (or to the organizer, an attendee's response comment), or to the other side of a cancelled booking;
 * a comment on a poll.
 */
export function calendarKind(url: URL, path: string, body: ParsedBody): 'message' | 'comment' | undefined {
  // A CRM's logged meeting links its records: the CRM rules (and the later ones) decide, not its participants (review D5).
  // crm-streams' own record test (Attio's `linked_records`, HubSpot's `associations`, Salesforce's and Zoho's
  // WhoId/WhatId, Close's `lead_id`, a deal's or opportunity's id), so the two never disagree (x3 review M2, J1).
  // Asked only of what the calendar rules would answer (the costlier test, and both are pure).
  const kind = calendarWordsKind(url, path, body);
  return kind !== undefined && !linksCrmRecord(body) ? kind : undefined;
}
function calendarWordsKind(url: URL, path: string, body: ParsedBody): 'message' | 'comment' | undefined {
  const event = eventJson(body);
  if (event !== undefined && body.type !== 'json' && scanEvents(event, eventPath(path)).invites) return 'message';
  if (body.type === 'json') {
    const onEventPath = eventPath(path);
    if (scanEvents(body.value, onEventPath).invites) return 'message';
    if (onEventPath && notifiesGuests(url)) return 'message';
    if (onEventPath && INVITATIONS_SEGMENT.test(lastSegment(path))) return 'message';
    // JMAP's changes sent to the participants, the analogue of Google's sendUpdates=all (review M5).
    if (hasKeyDeep(body, SEND_SCHEDULING, (v) => v === true) && jmapCalendarSet(body.value)) return 'message';
  }
  if (hasField(body, SEND_MEETING_FIELD, SENDS_TO_SOMEONE)) return 'message';
  // A cancellation's or rescheduling's words go to the other side of the booking or meeting (Calendly's
  // …/cancellation `reason`, Graph's …/events/{id}/cancel `Comment`), only where there is such a side (review M7).
  if (cancelContext(path) && (hasField(body, CANCELLATION_REASON) || (CANCEL_SEGMENT.test(lastSegment(path)) && hasField(body, CANCEL_WORDS)))) return 'message';
  // The poll's id may ride inside a tRPC batch's envelope (`{ "0": { json: { pollId } } }`).
  const poll = hasKeyDeep(body, POLL_ID_FIELD, (v) => (typeof v === 'string' || typeof v === 'number') && v !== '') || POLL_QUERY.test(url.search);
  if (poll && (pathTokens(path).some((t) => COMMENT_TOKEN.test(t)) || hasField(body, COMMENT_FORM_FIELD))) return 'comment';
  return undefined;
}

/**
 * One's own calendar's events collection, where an event is created (review J1, D1): Google's /calendars/{id}/events
 * with `primary` or an address-shaped id that is not a group's, resource's or import's (`…@group.calendar.google.com`),
 * Graph's /me/events and /me/calendar/events. Never an event by id (a change may reach its guests) nor another
 * person's (/users/{upn}/events, a delegate's write).
 */
const OWN_CALENDAR_EVENTS = /(?:^|\/)(?:calendars\/(?:primary|[^/@%]+(?:@|%40)(?![^/]*calendar\.google\.com)[^/]+)|me(?:\/calendar)?)\/events\/?$/i;
/** A calendar shared with the user by its owner (Nextcloud's CalDavBackend names it `{uri}_shared_by_{owner}`). */
const SHARED_CALENDAR = /_shared_by_/i;
/**
 * What icalendarAsBody read, by the record it made (a JSON body cannot carry it, review M6): the attendees' answers,
 * the organizer, whether a reminder's housekeeping property was there, whether the line cap cut the body.
 */
interface ICalendarRead {
  partstats: string[];
  organizer: string | undefined;
  attendees: string[];
  alarmHousekeeping: boolean;
  truncated: boolean;
}
const ICALENDAR_READ = new WeakMap<object, ICalendarRead>();
/** A JMAP CalendarEvent/set method call in an RFC 8620 envelope. */
function jmapCalendarSet(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value['methodCalls'])) return false;
  return value['methodCalls'].slice(0, 20).some((call) => Array.isArray(call) && typeof call[0] === 'string' && /^CalendarEvent\/set$/i.test(call[0]));
}
/** A CalDAV calendar object's path (review D2): a `calendars` or `caldav` segment (Google's /caldav/v2, mailbox.org, Synology) or an `events` collection, never one's files. */
function calendarObjectPath(path: string): boolean {
  return (/\/calendars?\//i.test(path) || /(?:^|\/)caldav\//i.test(path) || /\/events\//i.test(path)) && !/\/dav\/files\//i.test(path);
}
/** An address without `mailto:`, in small letters. */
function bareAddress(v: string): string {
  return v.replace(/^mailto:/i, '').trim().toLowerCase();
}
/** Whether a path names this address as its principal (a segment equal to it, or to its local part: /calendars/steve/, /caldav/v2/steve%40x.org/). */
function principalOf(path: string, address: string): boolean {
  const local = address.split('@', 1)[0]!;
  return pathSegments(path).some((seg) => {
    let s = seg;
    try {
      s = decodeURIComponent(seg);
    } catch {
      // a malformed escape stays as sent
    }
    s = s.toLowerCase();
    return s === address || s === local;
  });
}
/**
 * Housekeeping in an iCalendar rewrite (review D3, J4): a reminder acknowledged or snoozed, or an attendee's copy of
 * someone else's event (the path's principal is an attendee, not the organizer) where every attendee has answered.
 */
function icalendarHousekeeping(read: ICalendarRead, path: string): boolean {
  if (read.alarmHousekeeping) return true;
  if (read.organizer === undefined || read.attendees.length === 0 || read.truncated) return false;
  const organizer = bareAddress(read.organizer);
  const someoneElse = !principalOf(path, organizer) && read.attendees.some((a) => principalOf(path, bareAddress(a)));
  return someoneElse && read.partstats.every((p) => /^(?:ACCEPTED|DECLINED|TENTATIVE|DELEGATED)$/i.test(p));
}

/**
 * Google's whole event written back by a guest (gdata-provider's PUT of the full event, events.import of an
 * invitation): the organizer is someone else (`organizer.self` not true) and the user is the `self` attendee. Only
 * the guest's own response comment is the user's (review D3, M7): the body is read as that comment alone, or as
 * nothing. Other bodies are returned as they are.
 */
export function guestOwnWords(body: ParsedBody, path: string): ParsedBody {
  if (body.type !== 'json' || !isRecord(body.value) || !/\/events(?:\/|$)/i.test(path)) return body;
  const organizer = body.value['organizer'];
  const attendees = body.value['attendees'];
  if (!isRecord(organizer) || organizer['self'] === true || !Array.isArray(attendees)) return body;
  const self = attendees.slice(0, 200).find((a) => isRecord(a) && a['self'] === true);
  if (!isRecord(self)) return body;
  return { type: 'json', value: typeof self['comment'] === 'string' ? { comment: self['comment'] } : {} };
}

/**
 * Whether a body is an event on one's own calendar that invites nobody: an iCalendar object with no ATTENDEE, or
 * an event with a calendar API's structured start written to a calendar's events collection naming no attendees.
 * Nobody else reads it. A patch with no start (Google's description alone) is not told here: its guests may still be told.
 */
export function ownCalendarEvent(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const read = ICALENDAR_READ.get(body.value);
  if (read !== undefined) {
    // Only where a calendar object is stored (a calendar path, or an `.ics` resource as Radicale's /{user}/{cal}/{uid}.ics):
    // an import POSTed to a community site's listing is published (review M6).
    if (!(calendarObjectPath(path) || /\.ics$/i.test(path)) || /\/dav\/files\//i.test(path)) return false;
    if (icalendarHousekeeping(read, path)) return true;
    // No ATTENDEE but the organizer (Thunderbird and Nextcloud list the organizer as its CHAIR): one's diary, unless the
    // cap cut the body before the others (review M3) or the calendar is shared with the user (J1).
    const organizer = read.organizer === undefined ? undefined : bareAddress(read.organizer);
    return read.attendees.every((a) => bareAddress(a) === organizer) && !read.truncated && !SHARED_CALENDAR.test(path);
  }
  // A JMAP CalendarEvent/set that sends no scheduling messages and invites nobody (review M5).
  if (jmapCalendarSet(body.value)) {
    const scan = scanEvents(body.value, true);
    return scan.event && !scan.invites && !hasKeyDeep(body, SEND_SCHEDULING, (v) => v === true);
  }
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
/** Thunderbird's property for a reminder snoozed (X-MOZ-SNOOZE-TIME-{recurrence} on a series); removed once dismissed. */
const ALARM_SNOOZED = /^X-MOZ-SNOOZE-TIME/;
/**
 * How long after a reminder's dismissal (X-MOZ-LASTACK) the item's own change stamps may be for the PUT to be that
 * dismissal. Thunderbird keeps X-MOZ-LASTACK on the item for good, and stamps LAST-MODIFIED and DTSTAMP with the time of
 * every change, the acknowledgement's too (calItemBase's ensureNotDirty): stamps well after the last dismissal are a
 * later edit (the organiser's new words), not housekeeping.
 */
const ACK_STAMP_SLACK_MS = 120_000;
/** An iCalendar UTC DATE-TIME (`20270307T140012Z`) in milliseconds, or undefined for any other form. */
function utcStamp(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}
/** A reminder's dismissal: X-MOZ-LASTACK, with no change stamp (LAST-MODIFIED, DTSTAMP) well after it. */
function dismissalOnly(lastAck: string, stamps: string[]): boolean {
  const ack = utcStamp(lastAck);
  if (ack === undefined) return true;
  return stamps.every((s) => {
    const at = utcStamp(s);
    return at === undefined || at - ack <= ACK_STAMP_SLACK_MS;
  });
}
/** Properties kept, by the field each becomes. */
const KEPT: Record<string, string> = { SUMMARY: 'summary', DESCRIPTION: 'description', LOCATION: 'location', COMMENT: 'comment', DTSTART: 'dtstart', ORGANIZER: 'organizer' };
const MAX_LINES = 2000;

/** A TEXT value as a person reads it (RFC 5545 3.3.11: `\n`, `\,`, `\;`, `\\`; any other `\x` as x, Outlook's `\:` among them, review M4). */
function unescapeText(s: string): string {
  return s.replace(/\\([\s\S])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
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
 * `description`, `location`, `comment`, `dtstart`, `organizer` and `attendees` (each ATTENDEE's address); what the
 * fields cannot say (answers, a reminder's housekeeping, a cut) is kept beside the record, in ICALENDAR_READ. Folded lines are joined (a CRLF or LF and one space or tab) and
 * TEXT escapes undone. Other bodies are returned as they are.
 */
export function icalendarAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'text' || !VCALENDAR.test(body.text)) return body;
  // The cap counts content lines once unfolded: a long folded inline ATTACH before the ATTENDEEs is read past
  // (review M3); the body itself is bounded by HEURISTIC_MAX_BODY.
  const raw = body.text.split(/\r?\n/);
  const lines: string[] = [];
  let truncated = false;
  for (const line of raw) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else if (lines.length >= MAX_LINES) {
      truncated = true;
      break;
    } else lines.push(line);
  }
  const stack: string[] = [];
  let component: string | undefined;
  let done = false;
  const fields: Record<string, unknown> = {};
  const attendees: string[] = [];
  const partstats: string[] = [];
  let snoozed = false;
  let lastAck: string | undefined;
  const changeStamps: string[] = [];
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
    if (name === 'ATTENDEE') {
      attendees.push(value);
      // An ATTENDEE without PARTSTAT has not answered (RFC 5545 3.2.12: NEEDS-ACTION by default).
      partstats.push(/;PARTSTAT=([\w-]+)/i.exec(line.slice(0, at - 1))?.[1] ?? 'NEEDS-ACTION');
    } else if (ALARM_SNOOZED.test(name)) snoozed = true;
    else if (name === 'X-MOZ-LASTACK') lastAck = value;
    else if (name === 'LAST-MODIFIED' || name === 'DTSTAMP') changeStamps.push(value);
    else if (KEPT[name] !== undefined && fields[KEPT[name]!] === undefined) fields[KEPT[name]!] = name === 'DTSTART' || name === 'ORGANIZER' ? value : unescapeText(value);
  }
  if (component === undefined) return body;
  const alarmHousekeeping = snoozed || (lastAck !== undefined && dismissalOnly(lastAck, changeStamps));
  const value = { ...fields, ...(attendees.length > 0 ? { attendees } : {}) };
  ICALENDAR_READ.set(value, { partstats, organizer: typeof fields['organizer'] === 'string' ? fields['organizer'] : undefined, attendees, alarmHousekeeping, truncated: truncated || !done });
  return { type: 'json', value };
}

/**
 * A calendar object written through CalDAV: a PUT of text/calendar or of an `.ics` resource into a calendar
 * collection (Nextcloud's and Fastmail's `calendars`, SOGo's `Calendar`), read though other WebDAV writes are not.
 * An `.ics` file put among one's files (`…/dav/files/{user}/…`) is a file stored, not an invitation.
 */
export function calendarObjectPut(path: string, contentType: string | undefined): boolean {
  return (/^text\/calendar\b/i.test(contentType ?? '') || /\.ics$/i.test(path)) && calendarObjectPath(path);
}
