/**
 * Clubs, teams, volunteers and congregations (round sp1): the group apps where a coach, a parent, a church's staff or
 * a charity's volunteers write about children, health, family matters and faith. Their words go out in three shapes
 * the older rules did not read:
 * - Collection+JSON writes (TeamSnap's apiv3 and any other `application/vnd.collection+json` API): the item's fields
 *   arrive as a `template.data` list of `{ name, value }` pairs, so no field is seen by its name. collectionJsonAsBody
 *   reads such a body as the record it describes, so every rule (recipients, draft flags, comment fields, topics)
 *   sees `recipient_ids`, `is_draft`, `comment` or `forum_topic_id` as it would in plain JSON. Only when the request
 *   says it is Collection+JSON in its content type or accept header (TeamSnap's client sends both), so a generic
 *   `template` object elsewhere (a mail template's data) is read as it is;
 * - notes on a person's record named generically, by an entity and its type (Rock RMS's POST /api/Notes with
 *   `EntityId` beside `NoteTypeId`; CiviCRM's Note with `entity_table` and `entity_id`): read by staff on the
 *   record, a comment, as crm-streams.ts reads a CRM's notes; a note naming the note it answers (`ParentNoteId`) a
 *   reply. This holds for any tool's notes collection with an entity-typed note (`entity_type: project` beside
 *   `entity_id`): a note on a record is read by whoever works on the record, not published. Entity-action APIs put
 *   the entity in the path before the action (CiviCRM APIv4's /civicrm/ajax/api4/Note/create; on WordPress and
 *   Joomla the same route rides in the query's `q` or `task`), in `entity` and `action` fields (APIv3), or in a
 *   batch's `calls` of `[entity, action, params]` (CRM.api4 with several calls); their `values` (create) or first
 *   of `records` (save) are read;
 * - a church or charity CRM's activity logged on a contact (CiviCRM's Activity with `target_contact_id`), whatever
 *   its type: the API logs an activity and sends nothing (an Email activity, by name or number, records mail sent
 *   elsewhere), a comment, as crm-streams.ts reads an activity on a record;
 * - a note editor's form under a person or family (ChurchCRM's NoteEditor.php?PersonID=…, its `NoteTextInput`):
 *   a comment on that record.
 * A prayer request posted to a congregation's prayer list (Rock's /api/PrayerRequests) is left a post: the
 * congregation reads it; one not made public (`IsPublic: false`) is read only by the prayer team, a message to
 * them (as people-feedback.ts reads private recognition). A board post edited by PUT or PATCH is read as its
 * creation is. RSVPs, availability and a "prayed" count carry no words and are quiet as before.
 *
 * Round r18 (a recheck against BAND, ChurchSuite and Elvanto, which sp1 never cited): a group app may name the post a
 * comment is under by a key or a number rather than an id (BAND's Open API POST /v2/band/post/comment/create with
 * `band_key`, `post_key`, `body`; its web client's `band_no`, `post_no`), which the general rules' target fields
 * (`post_id`, `item_id`) do not read, so the comment was a post. On a path naming comments, a body naming a post, photo
 * or other item by `*_key`, `*_no`, `*_number`, `*_uuid` or `*_guid` is a comment under it (sources: developers.band.us
 * write_comment; kanghouchao/band-mcp-server src/writeComment/tool.ts; Beta5051/naverbandgo CreateComment).
 * Mend of r18 after its review (r18rev J2, the lead's call): the keyed-comment rule steps aside when a comment's id or
 * `replies` follows the comments segment (…/posts/{id}/comments/{id}/replies): words there answer that comment, a reply
 * by the general rules, whatever names the post. Its helpers reuse shared-rules.ts's COMMENTS_LAST and threads.ts's idLike (M2).
 */
import { headerValue, isRecord } from '../body';
import type { OutgoingRequest, ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep, hasParentField, topLevelString } from './body-fields';
import { jsonObject } from './field-values';
import { MAIL_RECIPIENTS_KEY } from './messages';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { COMMENTS_LAST } from './shared-rules';
import { idLike } from './threads';
import { ANY_RECIPIENT_KEY, CAMEL_PARENT_FIELD, CAMEL_REPLY_TO_FIELD, EXPLICIT_PARENT_FIELD, GENERIC_PARENT_FIELD } from './words';

/** The media type a Collection+JSON client declares (TeamSnap's sends it as content type and accept). */
const COLLECTION_JSON_TYPE = /\bapplication\/vnd\.collection\+json\b/i;

/** A Collection+JSON item field: a `name` and, when set, its `value` (and an optional `prompt`). */
function isTemplateField(v: unknown): v is { name: string; value?: unknown } {
  return isRecord(v) && typeof v.name === 'string' && v.name !== '' && Object.keys(v).every((k) => k === 'name' || k === 'value' || k === 'prompt');
}

/**
 * A Collection+JSON write (`{ template: { data: [ { name, value } … ] } }`, RFC-less but registered as
 * application/vnd.collection+json) read as the record it describes: `{ name: value, … }`. Other bodies, and a
 * template with anything but name/value pairs, are returned as they are.
 */
export function collectionJsonAsBody(body: ParsedBody, headers?: OutgoingRequest['headers']): ParsedBody {
  if (body.type !== 'json' || !isRecord(body.value) || Object.keys(body.value).length !== 1) return body;
  const declared = `${headerValue(headers ?? {}, 'content-type') ?? ''} ${headerValue(headers ?? {}, 'accept') ?? ''}`;
  if (!COLLECTION_JSON_TYPE.test(declared)) return body;
  const template = body.value.template;
  if (!isRecord(template) || !Array.isArray(template.data) || template.data.length === 0) return body;
  const fields: Record<string, unknown> = {};
  for (const item of template.data) {
    if (!isTemplateField(item)) return body;
    if (item.value !== undefined && !(item.name in fields)) fields[item.name] = item.value;
  }
  return { type: 'json', value: fields };
}

/** A record named generically by its entity (Rock's `EntityId`, CiviCRM's `entity_id`). */
const ENTITY_ID_FIELD = /^entity_?id$/i;
/** What says which kind of record the entity is: its type or table, or a note type that implies it (Rock's `NoteTypeId`). */
const ENTITY_TYPE_FIELD = /^(?:entity_?(?:type(?:_?id)?|table|name)|note_?type(?:_?id)?)$/i;
/** The note a note answers (Rock's `ParentNoteId`). */
const PARENT_NOTE_FIELD = /^parent_?note_?id$/i;
/** A notes collection or entity (Rock's /api/Notes, CiviCRM's Note). */
export const NOTE_ENTITY = /^notes?$/i;
/** An activity entity (CiviCRM's Activity): something done with a contact and logged on them. */
const ACTIVITY_ENTITY = /^activit(?:y|ies)$/i;
/** The contacts an activity is with or about (CiviCRM's `target_contact_id`, `source_contact_id`). */
const ACTIVITY_CONTACT_FIELD = /^(?:target|source|assignee)_?contact_?ids?$/i;
/** An entity-action API's create (CiviCRM APIv4's …/api4/{Entity}/create, or `save` with its `records`). */
const CREATE_ACTION = /^(?:create|save)$/i;
/** A note editor page or action (ChurchCRM's NoteEditor.php, an `add_note` or `notes/new` form). */
const NOTE_EDITOR = /^(?:note_?editor|(?:add|edit|new|save)_?note|note_?(?:add|edit|new|save))(?:\.\w{2,5})?$/i;
/** The person, family or member a note editor's form is under (ChurchCRM's `PersonID`, `FamilyID`). */
const PERSON_RECORD_FIELD = /^(?:person|family|member|contact|individual|household)_?id$/i;

/** An entity-action route carried in the query by a CMS (WordPress's `q=civicrm/…`, Joomla's `task=civicrm/…`). */
const ROUTE_IN_QUERY = /^civicrm\//i;
/** A batch of entity-action calls (CRM.api4 with several calls posts them in one `calls` form field). */
const CALLS_FIELD = 'calls';

/** An entity-action API's create: its entity and the parameters it was sent with (undefined: read them from the body). */
interface CreateCall {
  entity: string;
  params?: Record<string, unknown>;
}

/** The first create or save in a `calls` batch (`{ "0": [entity, action, params] }` or a list of such triples). */
function createInCalls(body: ParsedBody): CreateCall | undefined {
  const raw = topLevelString(body, CALLS_FIELD);
  if (raw === undefined || raw.length > PARAMS_EXAMINED) return undefined;
  // Wrapped so one parser reads the object form and the list form alike.
  const calls = jsonObject(`{"calls":${raw}}`)?.calls;
  const list: unknown[] = Array.isArray(calls) ? calls : isRecord(calls) ? Object.values(calls) : [];
  for (const call of list) {
    if (!Array.isArray(call) || typeof call[0] !== 'string' || typeof call[1] !== 'string' || !CREATE_ACTION.test(call[1])) continue;
    return { entity: call[0], params: isRecord(call[2]) ? call[2] : {} };
  }
  return undefined;
}

/** The entity an entity-action API creates: the route's segment before `create`, its `entity` field with `action: create`, or a batch's first create. */
function createdEntity(url: URL, path: string, body: ParsedBody): CreateCall | undefined {
  const routed = [...url.searchParams.entries()].find(([k, v]) => (k === 'q' || k === 'task') && ROUTE_IN_QUERY.test(v))?.[1];
  const segments = pathSegments(routed ?? path);
  if (segments.length >= 2 && CREATE_ACTION.test(segments[segments.length - 1]!)) return { entity: segments[segments.length - 2]! };
  // APIv3 names the call at the top of its form or query; a record's own `action` deeper down is no call.
  const field = (name: string): string | undefined => topLevelString(body, name) ?? url.searchParams.get(name) ?? undefined;
  const action = field('action');
  const entity = action !== undefined && CREATE_ACTION.test(action) ? field('entity') : undefined;
  return entity !== undefined ? { entity } : createInCalls(body);
}

/** The longest JSON text read from one form field (an entity-action API's `params`, `json` or `calls`). */
const PARAMS_EXAMINED = 65536;

/** A form field holding the call's parameters as JSON (CiviCRM's AJAX `params`, APIv3's `json`), parsed. */
function paramsObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type === 'json') return isRecord(body.value) ? body.value : undefined;
  if (body.type !== 'form') return undefined;
  for (const [name, v] of body.fields) {
    if ((name !== 'params' && name !== 'json') || v.length > PARAMS_EXAMINED || !v.trimStart().startsWith('{')) continue;
    const parsed = jsonObject(v);
    if (parsed) return parsed;
  }
  return undefined;
}

/** An entity-action API's record: APIv4's `values` or first of `records` (save), else the parameters themselves (APIv3), else the body. */
function createdValues(body: ParsedBody, sent?: Record<string, unknown>): ParsedBody {
  const params = sent ?? paramsObject(body);
  if (!params) return body;
  const first = Array.isArray(params.records) && isRecord(params.records[0]) ? params.records[0] : undefined;
  return { type: 'json', value: isRecord(params.values) ? params.values : (first ?? params) };
}

/** A note on a record named by an entity and its type: a comment, or a reply when it names the note it answers. */
function entityNoteKind(body: ParsedBody): PostKind | undefined {
  if (!hasField(body, ENTITY_ID_FIELD) || !hasField(body, ENTITY_TYPE_FIELD)) return undefined;
  return hasParentField(body, PARENT_NOTE_FIELD) ? 'reply' : 'comment';
}

/**
 * A collection of comments named for what they are under (TeamSnap's team_medium_comments, an event_comments or
 * photoComments): words posted there are a comment, whatever the item's id is called.
 */
const COMPOUND_COMMENTS = /^(?:[a-z]+_)+comments?$|^[a-z]+(?:[A-Z][a-z]+)*Comments?$/;
/**
 * A command named verb first (`add_comment`, `createComment`, `replyToComment`): not a collection but an action,
 * left to the rules for comment commands (design-boards.ts reads one naming only a thread as a reply).
 */
const COMMAND_VERB = /^(?:add|create|post|new|reply|edit|update|delete|remove|save|submit|send|get|list|fetch|like|react)(?:_|[A-Z])/;
/** An item typed as a comment on something (TeamSnap's `type: team_medium_comment`). */
const COMPOUND_COMMENT_TYPE = /^(?:[a-z]+_){2,}comment$/i;
/**
 * Whether a comment names what it answers, by the general reply rules' own field names (`parent_comment`,
 * `replyTo`, `in_reply_to`, `parent_id`, Aha!'s `parent_idea_comment_id`): then it is left to those rules.
 */
function namesAnswered(body: ParsedBody): boolean {
  return [EXPLICIT_PARENT_FIELD, CAMEL_REPLY_TO_FIELD, CAMEL_PARENT_FIELD, GENERIC_PARENT_FIELD].some((pattern) => hasParentField(body, pattern));
}
/** A message board's topic the words go into (TeamSnap's forum_posts `forum_topic_id`): a reply in that topic. */
const FORUM_TOPIC_FIELD = /^(?:forum|board|message_?board|discussion)_?topic_?id$/i;

/**
 * An item a comment is under named by a key or a number, not an id (BAND's `post_key`, `photo_key`, its web client's
 * `post_no`; round r18): the general rules' target fields read `post_id` and `item_id` only.
 */
const KEYED_ITEM_FIELD = /^(?:post|photo|album|item|media|event|schedule|article|entry)_?(?:key|no|num(?:ber)?|uuid|guid)$/i;

/**
 * A key's or a number's value: any id threads.ts's idLike knows (a positive number, a token with a digit), or a longer
 * token of letters alone (a BAND key may hold no digit).
 */
function keyLike(v: unknown): boolean {
  return idLike(v) || (typeof v === 'string' && /^[A-Za-z_-]{8,64}$/.test(v));
}

/**
 * A path naming comments (BAND's /v2/band/post/comment/create, a `…/comments` collection; shared-rules.ts's
 * COMMENTS_LAST); not a discussion's, whose posts go into a topic (a reply, clubBoardKind's topic rule), nor one where
 * a comment's id or `replies` is one of the two segments after the comments segment: an answer to that comment, left to
 * the reply rules (r18rev J2).
 */
function commentPath(path: string): boolean {
  const segments = pathSegments(path);
  const at = segments.findIndex((s) => COMMENTS_LAST.test(s));
  return at >= 0 && !segments.slice(at + 1, at + 3).some((s) => REPLIES_SEGMENT.test(s) || hasIdSegment(s));
}

/** A replies collection or action after a comment (…/comments/{id}/replies). */
const REPLIES_SEGMENT = /^repl(?:y|ies)$/i;

/** What a club's comment under an item, or a post into a message board's topic, is. */
function clubBoardKind(path: string, body: ParsedBody): PostKind | undefined {
  // Words to named people are a message, whatever they are filed under: left to the recipient rules (as crm-streams.ts).
  if (hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasKeyDeep(body, ANY_RECIPIENT_KEY)) return undefined;
  const last = lastSegment(path);
  // The item's own type is at the top of the record (TeamSnap's `type: team_medium_comment`).
  if ((COMPOUND_COMMENTS.test(last) && !COMMAND_VERB.test(last)) || COMPOUND_COMMENT_TYPE.test(topLevelString(body, 'type') ?? '')) {
    return namesAnswered(body) ? undefined : 'comment';
  }
  // A comment under a post or photo named by its key or number (BAND's `post_key`, round r18).
  if (commentPath(path) && hasFieldWhere(body, (name, v) => KEYED_ITEM_FIELD.test(name) && keyLike(v))) {
    return namesAnswered(body) ? undefined : 'comment';
  }
  return hasFieldWhere(body, (name, v) => FORUM_TOPIC_FIELD.test(name) && idLike(v)) ? 'reply' : undefined;
}

/** A congregation's prayer requests (Rock's /api/PrayerRequests, a `prayer_requests` or `prayers` collection). */
const PRAYER_REQUESTS = /^prayer_?requests?$|^prayers$/i;
/** Whether a request is shared beyond the prayer team (Rock's `IsPublic`). */
const PUBLIC_FLAG = /^is_?public$/i;

/** A prayer request not made public: only the prayer team reads it, a message to them. */
function privatePrayerKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!PRAYER_REQUESTS.test(lastSegment(path))) return undefined;
  return hasFieldWhere(body, (name, v) => PUBLIC_FLAG.test(name) && (v === false || v === 'false' || v === 0 || v === '0')) ? 'message' : undefined;
}

/** What a group app's note, logged activity, note form, comment under an item or board post is, or undefined. */
export function groupAppKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const verb = method.toUpperCase();
  // An edit of a board post or comment (TeamSnap saves an item by PUT to its href) is what its creation was.
  if (verb === 'PUT' || verb === 'PATCH') return clubBoardKind(path, body);
  if (verb !== 'POST') return undefined;
  const board = clubBoardKind(path, body) ?? privatePrayerKind(path, body);
  if (board) return board;
  const last = lastSegment(path);
  // A notes collection (Rock's /api/Notes) naming the record by entity.
  if (NOTE_ENTITY.test(last)) return entityNoteKind(body);
  const call = createdEntity(url, path, body);
  if (call !== undefined) {
    const values = createdValues(body, call.params);
    if (NOTE_ENTITY.test(call.entity)) return entityNoteKind(values);
    if (ACTIVITY_ENTITY.test(call.entity) && hasField(values, ACTIVITY_CONTACT_FIELD)) return 'comment';
    return undefined;
  }
  // A note editor's form under a person or family, named in the query or the form.
  if (NOTE_EDITOR.test(last)) {
    const underRecord = [...url.searchParams.keys()].some((k) => PERSON_RECORD_FIELD.test(k) && /^\d+$/.test(url.searchParams.get(k) ?? ''));
    const inForm = hasFieldWhere(body, (name, v) => PERSON_RECORD_FIELD.test(name) && (typeof v === 'number' ? v > 0 : typeof v === 'string' && /^[1-9]\d*$/.test(v)));
    return underRecord || inForm ? 'comment' : undefined;
  }
  return undefined;
}

/** A message board's topics collection (TeamSnap's forum_topics, a `board_topics` or `discussion_topics`). */
const BOARD_TOPICS = /^(?:(?:forum|board|message_?board|discussion)_?)?topics$/i;

/**
 * A board topic's title, when a topic is created with no other words (TeamSnap's POST /forum_topics with `team_id`
 * and `title`; its first post follows as a forum post): the team reads it, so longest-field.ts reads it though a
 * title is otherwise ignored. Undefined when the body holds any other string as long as the title.
 */
export function boardTopicTitle(body: ParsedBody, path: string | undefined, method: string | undefined): string | undefined {
  if (path === undefined || method?.toUpperCase() !== 'POST' || !BOARD_TOPICS.test(lastSegment(path))) return undefined;
  const title = topLevelString(body, 'title');
  if (title === undefined || body.type !== 'json' || !isRecord(body.value)) return undefined;
  const others = Object.entries(body.value).filter(([k, v]) => k !== 'title' && typeof v === 'string' && v.length >= title.length);
  return others.length === 0 ? title : undefined;
}

/**
 * An entity-action API's save of a note or activity (CiviCRM APIv4's …/api4/Note/save with `records`): watched,
 * though a path ending in `save` is otherwise an editor's autosave.
 */
export function entityActionSaveWatched(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  return n >= 3 && /^save$/i.test(segments[n - 1]!) && (NOTE_ENTITY.test(segments[n - 2]!) || ACTIVITY_ENTITY.test(segments[n - 2]!)) && /^api4$/i.test(segments[n - 3]!);
}
