/**
 * Incident and status communications (round ic1, mended after its review, ic1rev): the words an engineer or a
 * support lead sends as the company during an incident, through a status page, an incident tool or an on-call tool.
 * Kinds, as round ic1 and its review decided them:
 *
 * - A status page's incident update, maintenance notice or status report is a `post`: it is shown on the public page
 *   and sent to every subscriber. An update into an incident that already exists stays a `post`, not a `reply` as
 *   threads.ts reads a post into a forum topic: it answers nobody's words, each update is the company's bulletin to
 *   all who follow, and q3rev had already decided …/incidents/{id}/updates so. The general rules read these shapes
 *   (Statuspage, Cachet, Better Stack, Instatus); incidentUpdateKind says so for an updates collection under an
 *   incident by id, so no later rule can make a reply of one. Doubt (review J3, kept): an HR, EHS or school incident
 *   log's …/incidents/{id}/updates is a note colleagues read, and is read as a post by this rule too.
 * - A note on an incident or alert that responders read is a `comment`: a write to notes, events, a timeline or a
 *   timeline chat under an incident or alert by id (PagerDuty's …/incidents/{id}/notes, FireHydrant's …/notes and
 *   …/generic_chat_messages, Squadcast's …/warroom since round r30); a `note` sent with anything else written under an alert or incident (Opsgenie's
 *   acknowledge, unacknowledge, close, snooze, escalate, assign, teams, tags, details, responders and
 *   actions/{name}; FireHydrant's impact change); a message sent with a state change (a `resolution` or
 *   `resolution_message`, `mitigation_message`, `cancellation_message`; PagerDuty's resolve, Rootly's resolve,
 *   mitigate and cancel, Splunk On-Call's …/incidents/ack and /resolve with `message`); an alert's own headline or
 *   description edited (Opsgenie's …/message and …/description); a resolution note or postmortem message on an alert
 *   group (Grafana OnCall's /resolution_notes/ and /postmortem_messages/, by the collection's name, which says what it
 *   is on: that name alone decides, wherever it stands, so the INCIDENT_WORD pre-check is what gates it); an internal
 *   note by its collection's name (OneUptime's /api/incident-internal-note); a Grafana IRM activity (its
 *   ActivityService's AddActivity and UpdateActivityBody beside an `incidentID`); a GitLab incident's timeline event
 *   (the GraphQL timelineEventCreate and timelineEventUpdate mutations).
 * - Such a note made public is a `post`: a visibility in the note's own object (or a JSON:API `data.attributes`) that
 *   says public, external or internal status page (a bulletin to the whole company, review J2), or status pages named
 *   to publish it on (FireHydrant's `visibility: open_to_public` with `status_pages`); OneUptime's public notes.
 *   `everyone` means the whole organisation in school and HR logs, not the public: it publishes nothing (review M2).
 * - A responder request (PagerDuty's …/incidents/{id}/responder_requests) goes to the people it names: a `message`.
 *   Grafana OnCall's direct paging of named users is read as a message by the older rules already. An incident
 *   opened by hand that pages named users (round r23: Splunk On-Call's POST /api-public/v1/incidents with `targets`
 *   of type `User`, only in Splunk's target shape with a `slug`, rv22 review D3; rv22 review D2: PagerDuty's POST
 *   /incidents with users in `assignments`, Opsgenie's POST /v1/incidents/create with user `responders`) is a message
 *   too; one routed only to an escalation policy or a team is left to the older rules.
 *
 * - An incident's event (Rootly's …/incidents/{id}/events with `visibility`, …/status-page-events, and both edited by
 *   their own id at /v1/events/{id} and /v1/status-page-events/{id}, known there by the JSON:API `data.type`) keeps
 *   its words in `event`, a name the general rules never read: incidentText reads it there, for longestFreeField; an
 *   event is a comment, or a post when external; a status page event a post. Only under incidents: Rootly's alert
 *   events keep their words in `details` (review M5).
 * - A status update sent with both a plain `message` (the SMS, push and plain-text version) and an `html_message`
 *   that says something else shows both, the plain message first (review M3).
 *
 * An alert or incident is found by id (hasIdSegment) or, when the query string says `identifierType`, by whatever
 * follows `alerts`/`incidents` (Opsgenie's aliases, review D2). Near-misses with no words (acknowledge, resolve,
 * component statuses, subscribers, metrics, heartbeats, schedule overrides, a postmortem's wordless publish) find no
 * prose and stay quiet without this module; a saved incident template is refused by refuses.ts (review D11).
 *
 * Cost: one regex on the path first (an incident, alert, resolution or postmortem word, or Grafana IRM's
 * ActivityService), or two property reads for a JSON:API incident event, or a GraphQL path; the body is asked only
 * after. Hooks: incidentUpdateKind in kind.ts after client-services.ts's; incidentText first in longestFreeField
 * after the FAQ hook.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, nonEmptyString } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import { graphqlOperation } from './graphql';
import type { FreeText } from './longest-field';
import { collectionById, hasIdSegment, pathSegments } from './paths';
import { withoutKeys } from './secrets';

/** The cheapest sign, asked first: a path naming an incident, an alert, a resolution note, a postmortem, or Grafana IRM's activity service. */
const INCIDENT_WORD = /incident|alert|resolution|postmortem|activityservice/i;
/** A collection of incidents or alerts, followed by an id (`incidents`, `alerts`, `alert_groups`, `alert-groups`). */
const INCIDENT_COLLECTION = /^(?:incidents?|alerts?|alert[-_]?groups?)$/i;
/** Only incidents (an event's words are read under these alone, review M5). */
const INCIDENTS_ONLY = /^incidents?$/i;
/** A note collection named for what it is on (Grafana OnCall's `resolution_notes`, `postmortem_messages`). */
const NAMED_NOTE_COLLECTION = /^(?:resolution|postmortem|post[-_]mortem)[-_]?(?:notes?|messages?)$/i;
/** A note collection named for its record and audience (OneUptime's `incident-internal-note`, `alert-public-note`). */
const AUDIENCE_NOTE_COLLECTION = /^(?:incident|alert|scheduled[-_]?maintenance)[-_](internal|private|public)[-_]notes?$/i;
/**
 * Where responders' notes go under an incident or alert by id (FireHydrant's timeline `generic_chat_messages` too;
 * Squadcast's `warroom`, the incident's responders' chat, round r30).
 */
const NOTE_CHILD = /^(?:notes?|events|timeline(?:[-_]?(?:events|items|entries))?|generic[-_]?chat[-_]?messages|war[-_]?room)$/i;
/**
 * Where status updates go under an incident by id (Cachet's `updates`, Instatus's `incident-updates`, PagerDuty's
 * `status_updates`, Rootly's `status-page-events`).
 */
const UPDATE_CHILD = /^(?:updates|(?:incident|status)[-_]?updates|status[-_]?page[-_]?events)$/i;
/** Where an incident's events are written with their words in an `event` field (Rootly's `events`, `status-page-events`). */
const EVENT_CHILD = /^(?:events|status[-_]?page[-_]?events)$/i;
/** Rootly's events edited by their own id (/v1/events/{id}, /v1/status-page-events/{id}), known by the JSON:API type. */
const EVENT_COLLECTION = /^(?:events|status[-_]?page[-_]?events)$/i;
const INCIDENT_EVENT_TYPE = /^incident[-_](?:status[-_]page[-_])?events$/i;
const STATUS_PAGE_EVENT = /status[-_]?page/i;
/** A request that named responders join (PagerDuty's `responder_requests`). */
const RESPONDER_CHILD = /^responder[-_]?requests$/i;
/**
 * A state change on an alert or incident that may carry a message (Rootly's resolve, mitigate and cancel; Opsgenie's
 * acknowledge, close, snooze and the rest, which also carry a `note`): the path words public clients write.
 */
const STATE_ACTION = /^(?:un)?(?:acknowledge|ack|close|resolve|reopen|snooze|escalate|assign|mitigate|cancel)$/i;
/** The note written with anything under an alert or incident (Opsgenie, FireHydrant's impact). */
const NOTE_FIELD = /^note$/i;
/** The message written with a state change (PagerDuty's `resolution`, Rootly's `…_message`, Splunk On-Call's `message`). */
const ACTION_MESSAGE_FIELD = /^(?:note|message|resolution|(?:resolution|mitigation|cancellation)[-_]?message)$/i;
/** Mail recipients beside a note: words to those people, not the alert's log. */
const RECIPIENTS_FIELD = /^(?:to|cc|bcc|recipients?|emails?)$/i;
/** An alert's or incident's own headline or description, edited at its own path (Opsgenie's …/message, …/description). */
const OWN_FIELD_CHILD = /^(?:message|description)$/i;
/** Splunk On-Call's actions on incidents named in the body (…/incidents/ack, …/incidents/byUser/resolve). */
const BODY_NAMED_ACTION = /^(?:ack|resolve)$/i;
const INCIDENT_NAMES_FIELD = /^(?:incidentNames|incidentNumbers?)$/;
/** Targets an incident is opened for (Splunk On-Call's `targets: [{ type: 'User', slug }]`): a named user is a person paged. */
const TARGETS_FIELD = 'targets';
const USER_TARGET = /^users?$/i;

/** Whether a new incident's body pages named users (round r23), the first ten targets asked. */
function pagesUsers(body: ParsedBody): boolean {
  const targets = topRecord(body)?.[TARGETS_FIELD];
  return Array.isArray(targets) && targets.slice(0, 10).some(splunkUserTarget);
}

/**
 * A user target in Splunk On-Call's own shape, `{ type: 'User', slug }` (rv22 review D3): elsewhere (security,
 * moderation, school incident tools) a target of type user is the person the incident is about, not one paged.
 */
function splunkUserTarget(t: unknown): boolean {
  return isRecord(t) && typeof t['type'] === 'string' && USER_TARGET.test(t['type']) && typeof t['slug'] === 'string';
}

/** Opsgenie's incident creation path (POST /v1/incidents/create; rv22 review D2). */
const CREATE_SEGMENT = /^create$/i;
/** PagerDuty's assignee reference to a user (`user_reference`) and Opsgenie's user responder (`user`). */
const USER_REFERENCE = /^user(?:_reference)?$/i;

/**
 * Whether an incident opened by hand names users to page (rv22 review D2, as ic1 decided a direct page): PagerDuty's
 * POST /incidents with `incident.assignments[].assignee` of type `user_reference`, Opsgenie's POST
 * /v1/incidents/create with `responders` of type `user`. An escalation policy or a team alone is left to the older
 * rules. The first ten entries asked.
 */
function opensForUsers(last: string, before: string, body: ParsedBody): boolean {
  const top = topRecord(body);
  if (top === undefined) return false;
  if (INCIDENTS_ONLY.test(last)) {
    const incident = top['incident'];
    const assignments = isRecord(incident) ? incident['assignments'] : undefined;
    return Array.isArray(assignments) && assignments.slice(0, 10).some((a) => isRecord(a) && isRecord(a['assignee']) && typeof a['assignee']['type'] === 'string' && USER_REFERENCE.test(a['assignee']['type']));
  }
  const responders = CREATE_SEGMENT.test(last) && INCIDENTS_ONLY.test(before) ? top['responders'] : undefined;
  return Array.isArray(responders) && responders.slice(0, 10).some((r) => isRecord(r) && typeof r['type'] === 'string' && USER_REFERENCE.test(r['type']));
}

/** Grafana IRM's activity methods (grafana/incident-go: ActivityService.AddActivity, .UpdateActivityBody). */
const IRM_ACTIVITY = /^ActivityService\.(?:AddActivity|UpdateActivityBody)$/;
const IRM_INCIDENT_FIELD = /^incidentID$/;
/** GitLab's incident timeline event mutations (CreateTimelineEvent: timelineEventCreate, timelineEventUpdate). */
const TIMELINE_MUTATION = /^(?:(?:create|update)_?timeline_?event|timeline_?event_?(?:create|update))$/i;
const GRAPHQL_PATH = /\/graphql\/?$/i;
const FIRST_MUTATION_FIELD = /^\s*mutation\b[^{]{0,200}\{\s*([A-Za-z_][A-Za-z0-9_]{0,99})/;
/** A visibility that publishes the note beyond the responders (FireHydrant's `open_to_public`, `internal_status_page`). */
const VISIBILITY_FIELD = /^visibility$/i;
const PUBLIC_VISIBILITY = /^(?:open[-_]to[-_]public|public|external|internal[-_]status[-_]page)$/i;
/** Status pages named to publish the note on (FireHydrant's `status_pages`). */
const STATUS_PAGES_FIELD = /^status[-_]?pages?(?:[-_]?ids?)?$/i;
/** The object a note's words sit in, asked for its visibility (PagerDuty's `note`, a status page's `post_update`). */
const NOTE_OBJECT = /^(?:note|event|comment|post[-_]?update|update|incident)$/i;

/** A JSON body's top-level record, or undefined. */
function topRecord(body: ParsedBody): Record<string, unknown> | undefined {
  return body.type === 'json' && isRecord(body.value) ? body.value : undefined;
}

/** A JSON:API body's `data.attributes`, or undefined. */
function jsonApiAttributes(body: ParsedBody): Record<string, unknown> | undefined {
  const data = topRecord(body)?.['data'];
  const attributes = isRecord(data) ? data['attributes'] : undefined;
  return isRecord(attributes) ? attributes : undefined;
}

/**
 * The objects a note's own fields sit in: the top level, a JSON:API `data.attributes`, the note's own object
 * (`note: {content}`), and an incident reference or the first few of a bulk list (PagerDuty's `incident`,
 * `incidents[]`). Never deeper: free key/value details that say `visibility` are not the note's (review M2).
 */
function noteHolders(body: ParsedBody): Record<string, unknown>[] {
  const top = topRecord(body);
  if (top === undefined) return [];
  const holders = [top];
  const attributes = jsonApiAttributes(body);
  if (attributes !== undefined) holders.push(attributes);
  for (const key in top) {
    const v = top[key];
    if (isRecord(v) && NOTE_OBJECT.test(key)) holders.push(v);
    else if (key === 'incidents' && Array.isArray(v)) holders.push(...v.slice(0, 5).filter(isRecord));
  }
  return holders;
}

/** Whether one of the holders has a field named so whose value passes `ok`. */
function holderHas(holders: Record<string, unknown>[], name: RegExp, ok: (v: unknown) => boolean): boolean {
  return holders.some((h) => Object.keys(h).some((k) => name.test(k) && ok(h[k])));
}

/** Whether a note is made public: the note's own visibility says so, or it names status pages to go on. */
function publishedNote(body: ParsedBody): boolean {
  const holders = noteHolders(body);
  if (holderHas(holders, VISIBILITY_FIELD, (v) => typeof v === 'string' && PUBLIC_VISIBILITY.test(v))) return true;
  return holderHas(holders, STATUS_PAGES_FIELD, (v) => Array.isArray(v) && v.length > 0);
}

/**
 * The path's child under an incident or alert, and how many segments follow it; undefined if none. The incident or
 * alert is named by an id, or by anything when the query says how it is named (Opsgenie's `identifierType=alias`).
 */
function incidentChild(path: string, query = ''): { collection: string; child: string; after: number } | undefined {
  const segments = pathSegments(path);
  let at = collectionById(segments, INCIDENT_COLLECTION);
  if (at < 0 && query.includes('identifierType=')) {
    for (let i = segments.length - 3; i >= 0 && at < 0; i--) if (INCIDENT_COLLECTION.test(segments[i]!)) at = i;
  }
  // Only what is written directly under the incident or alert (…/incidents/{id}/{child}, or one of the child's by id).
  if (at < 0 || segments.length < at + 3 || segments.length > at + 4) return undefined;
  return { collection: segments[at]!, child: segments[at + 2]!, after: segments.length - at - 3 };
}

/** The JSON:API type of a Rootly incident event edited by its own id (at /v1/events/{id}), or undefined. */
function eventByIdType(body: ParsedBody, path: string): string | undefined {
  const data = topRecord(body)?.['data'];
  const type = isRecord(data) ? data['type'] : undefined;
  if (typeof type !== 'string' || !INCIDENT_EVENT_TYPE.test(type)) return undefined;
  const segments = pathSegments(path);
  const collection = segments[segments.length - 2] ?? '';
  return EVENT_COLLECTION.test(collection) && hasIdSegment(segments[segments.length - 1]!) ? type : undefined;
}

/** The plain text of a string field, when it is prose. */
function prose(name: string, value: unknown, min: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = asPlainText(name, value);
  return isFreeText(text, min) ? text : undefined;
}

/**
 * The words of an incident's event (Rootly's POST /v1/incidents/{id}/events and …/status-page-events, and their edits
 * by id at /v1/events/{id} and /v1/status-page-events/{id}: a JSON:API body whose `data.attributes.event` is the
 * timeline entry or the status update): `event` names an analytics event elsewhere and is never read
 * (unread-fields.ts), so it is read here, only at such a path and only when it is prose.
 */
function incidentEventText(body: ParsedBody, min: number, path: string): FreeText | undefined {
  const at = INCIDENT_WORD.test(path) ? incidentChild(path) : undefined;
  const underIncident = at !== undefined && at.after === 0 && INCIDENTS_ONLY.test(at.collection) && EVENT_CHILD.test(at.child);
  if (!underIncident && eventByIdType(body, path) === undefined) return undefined;
  const attributes = jsonApiAttributes(body);
  const holder = attributes ?? topRecord(body);
  const text = prose('event', holder?.['event'], min);
  if (text === undefined) return undefined;
  // A key pasted into the words is held with the key withheld, as longestFreeField does.
  return { text: withoutKeys(text) ?? text, field: 'event', container: holder === attributes ? 'attributes' : undefined };
}

/**
 * A status update sent as a plain message and as HTML (PagerDuty's …/incidents/{id}/status_updates with `message`
 * and `html_message`): both go out (the plain one as SMS and push), so both are shown, the plain one first, when
 * they say different things (review M3). Undefined otherwise, for the general rules.
 */
function statusUpdateText(body: ParsedBody, min: number, path: string): FreeText | undefined {
  const top = topRecord(body);
  if (top === undefined || !nonEmptyString(top['html_message']) || !nonEmptyString(top['message'])) return undefined;
  const at = INCIDENT_WORD.test(path) ? incidentChild(path) : undefined;
  if (at === undefined || at.after !== 0 || !UPDATE_CHILD.test(at.child)) return undefined;
  // Each part may be short (an SMS of four words); the two together must read as prose.
  const plain = asPlainText('message', top['message']).trim();
  const html = asPlainText('html_message', top['html_message']).trim();
  if (plain === html) return undefined;
  const text = `${plain}\n\n${html}`;
  if (!isFreeText(text, min)) return undefined;
  return { text: withoutKeys(text) ?? text, field: 'message' };
}

/** The words this family reads where the general rules would not, or read otherwise: asked first by longestFreeField. */
export function incidentText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json') return undefined;
  return incidentEventText(body, min, path) ?? statusUpdateText(body, min, path);
}

/** An event's kind: a status page event is a post; an incident event a comment, or a post when external. */
function eventKind(body: ParsedBody, statusPage: boolean): PostKind {
  return statusPage || publishedNote(body) ? 'post' : 'comment';
}

/** Whether a GraphQL body writes a timeline event (GitLab's CreateTimelineEvent), by its name or first selected field. */
function timelineMutation(body: ParsedBody): boolean {
  const op = graphqlOperation(body);
  if (op === undefined || op.type !== 'mutation') return false;
  const doc = topRecord(body)?.['query'];
  const field = typeof doc === 'string' ? FIRST_MUTATION_FIELD.exec(doc.slice(0, 300))?.[1] : undefined;
  return [op.name, field].some((name) => name !== undefined && TIMELINE_MUTATION.test(name));
}

/** What is written under an alert or incident: its kind by the child's name and the body's note or message. */
function childKind(at: { child: string; after: number }, body: ParsedBody): PostKind | undefined {
  const { child, after } = at;
  if (RESPONDER_CHILD.test(child)) return 'message';
  if (UPDATE_CHILD.test(child)) return 'post';
  if (EVENT_CHILD.test(child) && STATUS_PAGE_EVENT.test(child)) return 'post';
  if (NOTE_CHILD.test(child)) return publishedNote(body) ? 'post' : 'comment';
  const holders = noteHolders(body);
  // A state change with its message (Rootly's resolve with `resolution_message`, Opsgenie's close with `note`).
  if (after === 0 && STATE_ACTION.test(child) && holderHas(holders, ACTION_MESSAGE_FIELD, nonEmptyString)) return 'comment';
  // The alert's own headline or description edited for the team (Opsgenie's PUT …/message; review D9, J5).
  if (after === 0 && OWN_FIELD_CHILD.test(child) && hasField(body, new RegExp(`^${child}$`, 'i'))) return 'comment';
  // A note with anything else written on it (teams, tags, details, responders, actions/{name}, impact); a body that
  // names mail recipients is left to the message rules (a share by mail is words to those people).
  if (holderHas(holders, NOTE_FIELD, nonEmptyString) && !hasField(body, RECIPIENTS_FIELD)) return publishedNote(body) ? 'post' : 'comment';
  return undefined;
}

/** A change written on the incident itself with its resolution (PagerDuty's PUT /incidents/{id} and PUT /incidents). */
function resolvedWithWords(segments: string[], body: ParsedBody): boolean {
  const last = segments[segments.length - 1]!;
  const onIncident = INCIDENTS_ONLY.test(last) || (hasIdSegment(last) && INCIDENTS_ONLY.test(segments[segments.length - 2] ?? ''));
  if (!onIncident) return false;
  const top = topRecord(body);
  const holders = [top?.['incident'], ...(Array.isArray(top?.['incidents']) ? (top['incidents'] as unknown[]).slice(0, 5) : [])].filter(isRecord);
  return holders.some((h) => nonEmptyString(h['resolution']) && nonEmptyString(h['status']));
}

/**
 * The kind of words sent under an incident or an alert, or undefined when this family says nothing: see the header.
 * `url` gives the query string (how an alert is named); `path` is the examined path; only writes reach here, with
 * prose found.
 */
export function incidentUpdateKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  if (!INCIDENT_WORD.test(path)) {
    // Rootly's event edited by its own id, known by its JSON:API type; GitLab's timeline event by its mutation.
    const eventType = body.type === 'json' ? eventByIdType(body, path) : undefined;
    if (eventType !== undefined) return eventKind(body, STATUS_PAGE_EVENT.test(eventType));
    if (GRAPHQL_PATH.test(path) && timelineMutation(body)) return 'comment';
    return undefined;
  }
  const segments = pathSegments(path);
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2] ?? '';
  // A resolution note or postmortem message, created in its collection or edited by id there.
  if (NAMED_NOTE_COLLECTION.test(last) || NAMED_NOTE_COLLECTION.test(before)) return 'comment';
  // A note named for its audience (OneUptime): internal and private are the team's, public is the status page's.
  const audience = AUDIENCE_NOTE_COLLECTION.exec(last) ?? (hasIdSegment(last) ? AUDIENCE_NOTE_COLLECTION.exec(before) : null);
  if (audience) return /^public$/i.test(audience[1]!) ? 'post' : 'comment';
  // A Grafana IRM activity on an incident (a user's note, or its body edited).
  if (IRM_ACTIVITY.test(last)) return hasField(body, IRM_INCIDENT_FIELD) ? 'comment' : undefined;
  // Splunk On-Call's ack or resolve of incidents named in the body, with a message.
  if (BODY_NAMED_ACTION.test(last) && (INCIDENTS_ONLY.test(before) || /^byUser$/i.test(before))) {
    return hasField(body, INCIDENT_NAMES_FIELD) && hasField(body, /^message$/) ? 'comment' : undefined;
  }
  // An incident opened for named users (Splunk On-Call's POST /incidents with user targets): words to them.
  if (INCIDENTS_ONLY.test(last) && pagesUsers(body)) return 'message';
  // An incident opened with named users assigned or as responders (PagerDuty, Opsgenie; rv22 review D2).
  if (opensForUsers(last, before, body)) return 'message';
  if (resolvedWithWords(segments, body)) return 'comment';
  const at = incidentChild(path, url.search);
  return at === undefined ? undefined : childKind(at, body);
}
