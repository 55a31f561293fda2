/**
 * Incident and status communications (round ic1): the words an engineer or a support lead sends as the company
 * during an incident, through a status page, an incident tool or an on-call tool. Kinds, as round ic1 decided them:
 *
 * - A status page's incident update, maintenance notice or status report is a `post`: it is shown on the public page
 *   and sent to every subscriber. An update into an incident that already exists stays a `post`, not a `reply` as
 *   threads.ts reads a post into a forum topic: it answers nobody's words, each update is the company's bulletin to
 *   all who follow, and q3rev had already decided …/incidents/{id}/updates so. The general rules read these shapes
 *   (Statuspage, Cachet, Better Stack, Instatus); incidentUpdateKind says so for an updates collection under an
 *   incident by id, so no later rule can make a reply of one.
 * - A note on an incident or alert that responders read is a `comment`: a write to notes, events or a timeline under
 *   an incident or alert by id (PagerDuty's …/incidents/{id}/notes, FireHydrant's …/notes); a note sent with an
 *   action on an alert (Opsgenie's …/alerts/{id}/acknowledge or /close with `note`); a resolution note or postmortem
 *   message on an alert group (Grafana OnCall's /resolution_notes/ and /postmortem_messages/, by the collection's
 *   name, which says what it is on).
 * - Such a note made public is a `post`: a visibility that says public or external, or status pages named to
 *   publish it on (FireHydrant's `visibility: open_to_public` with `status_pages`).
 * - A responder request (PagerDuty's …/incidents/{id}/responder_requests) goes to the people it names: a `message`.
 *   Grafana OnCall's direct paging of named users is read as a message by the older rules already.
 *
 * - An incident's event (Rootly's …/incidents/{id}/events with `visibility`, …/status-page-events) keeps its words in
 *   `event`, a name the general rules never read: incidentEventText reads it there, for longestFreeField; an event is
 *   a comment, or a post when external; a status page event a post.
 *
 * Near-misses with no words (acknowledge, resolve, component statuses, subscribers, metrics, heartbeats, schedule
 * overrides) find no prose and stay quiet without this module.
 *
 * Cost: one regex on the path first (an incident, alert, resolution or postmortem word); the body is asked only after.
 * Hooks: incidentUpdateKind in kind.ts after public-service.ts's; incidentEventText first in longestFreeField.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasKeyDeep } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { collectionById, pathSegments } from './paths';
import { withoutKeys } from './secrets';

/** The cheapest sign, asked first: a path naming an incident, an alert, a resolution note or a postmortem. */
const INCIDENT_WORD = /incident|alert|resolution|postmortem/i;
/** A collection of incidents or alerts, followed by an id (`incidents`, `alerts`, `alert_groups`, `alert-groups`). */
const INCIDENT_COLLECTION = /^(?:incidents?|alerts?|alert[-_]?groups?)$/i;
/** A note collection named for what it is on (Grafana OnCall's `resolution_notes`, `postmortem_messages`). */
const NAMED_NOTE_COLLECTION = /^(?:resolution|postmortem|post[-_]mortem)[-_]?(?:notes?|messages?)$/i;
/** Where responders' notes go under an incident or alert by id. */
const NOTE_CHILD = /^(?:notes?|events|timeline(?:[-_]?(?:events|items|entries))?)$/i;
/**
 * Where status updates go under an incident by id (Cachet's `updates`, Instatus's `incident-updates`, PagerDuty's
 * `status_updates`, Rootly's `status-page-events`).
 */
const UPDATE_CHILD = /^(?:updates|(?:incident|status)[-_]?updates|status[-_]?page[-_]?events)$/i;
/** Where an incident's events are written with their words in an `event` field (Rootly's `events`, `status-page-events`). */
const EVENT_CHILD = /^(?:events|status[-_]?page[-_]?events)$/i;
/** A request that named responders join (PagerDuty's `responder_requests`). */
const RESPONDER_CHILD = /^responder[-_]?requests$/i;
/** An action on an alert or incident that may carry a note (Opsgenie's acknowledge, close, snooze, escalate, assign...). */
const ALERT_ACTION = /^(?:un)?(?:acknowledge|ack|close|resolve|reopen|snooze|escalate|assign|silence|mute)(?:[-_][a-z]+)*$|^add[-_][a-z]+$/i;
/** The note written with such an action. */
const NOTE_FIELD = /^note$/i;
/** A visibility that publishes the note beyond the responders (FireHydrant's `open_to_public`). */
const VISIBILITY_FIELD = /^visibility$/i;
const PUBLIC_VISIBILITY = /^(?:open[-_]to[-_]public|public|external|everyone)$/i;
/** Status pages named to publish the note on (FireHydrant's `status_pages`). */
const STATUS_PAGES_FIELD = /^status[-_]?pages?(?:[-_]?ids?)?$/i;

/**
 * Whether a note is made public: its visibility says so, or it names status pages to go on. Asked deep, as a
 * JSON:API body keeps its attributes two levels down (Rootly's `data.attributes.visibility`).
 */
function publishedNote(body: ParsedBody): boolean {
  if (hasKeyDeep(body, VISIBILITY_FIELD, (v) => typeof v === 'string' && PUBLIC_VISIBILITY.test(v))) return true;
  return hasKeyDeep(body, STATUS_PAGES_FIELD, (v) => Array.isArray(v) && v.length > 0);
}

/** The path's child under an incident or alert by id, and whether it is the path's last segment; undefined if none. */
function incidentChild(path: string): { child: string; last: boolean } | undefined {
  const segments = pathSegments(path);
  const at = collectionById(segments, INCIDENT_COLLECTION);
  // Only what is written directly under the incident or alert (…/incidents/{id}/{child}, or one of the child's by id).
  if (at < 0 || segments.length < at + 3 || segments.length > at + 4) return undefined;
  return { child: segments[at + 2]!, last: segments.length === at + 3 };
}

/**
 * The words of an incident's event (Rootly's POST /v1/incidents/{id}/events and …/status-page-events, a JSON:API
 * body whose `data.attributes.event` is the timeline entry or the status update): `event` names an analytics event
 * elsewhere and is never read (unread-fields.ts), so it is read here, only at such a path and only when it is prose.
 * Asked first by longestFreeField.
 */
export function incidentEventText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json' || !INCIDENT_WORD.test(path)) return undefined;
  const at = incidentChild(path);
  if (at === undefined || !at.last || !EVENT_CHILD.test(at.child)) return undefined;
  const data = isRecord(body.value) ? body.value['data'] : undefined;
  const attributes = isRecord(data) ? data['attributes'] : undefined;
  const holder = isRecord(attributes) ? attributes : isRecord(body.value) ? body.value : undefined;
  const value = holder?.['event'];
  if (typeof value !== 'string') return undefined;
  const text = asPlainText('event', value);
  if (!isFreeText(text, min)) return undefined;
  // A key pasted into the words is held with the key withheld, as longestFreeField does.
  return { text: withoutKeys(text) ?? text, field: 'event', container: holder === attributes ? 'attributes' : undefined };
}

/**
 * The kind of words sent under an incident or an alert, or undefined when this family says nothing: see the header.
 * `body` is the request's parsed body; only writes reach here, with prose found.
 */
export function incidentUpdateKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!INCIDENT_WORD.test(path)) return undefined;
  const segments = pathSegments(path);
  // A resolution note or postmortem message, created in its collection or edited by id there.
  const last = segments[segments.length - 1]!;
  if (NAMED_NOTE_COLLECTION.test(last) || NAMED_NOTE_COLLECTION.test(segments[segments.length - 2] ?? '')) return 'comment';
  const at = incidentChild(path);
  if (at === undefined) return undefined;
  const { child } = at;
  if (RESPONDER_CHILD.test(child)) return 'message';
  if (UPDATE_CHILD.test(child)) return 'post';
  if (NOTE_CHILD.test(child)) return publishedNote(body) ? 'post' : 'comment';
  if (at.last && ALERT_ACTION.test(child) && hasField(body, NOTE_FIELD)) return 'comment';
  return undefined;
}
