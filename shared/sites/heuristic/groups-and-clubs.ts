/**
 * Clubs, teams, volunteers and congregations (round sp1): the group apps where a coach, a parent, a church's staff or
 * a charity's volunteers write about children, health, family matters and faith. Their words go out in three shapes
 * the older rules did not read:
 * - Collection+JSON writes (TeamSnap's apiv3 and any other `application/vnd.collection+json` API): the item's fields
 *   arrive as a `template.data` list of `{ name, value }` pairs, so no field is seen by its name. collectionJsonAsBody
 *   reads such a body as the record it describes, so every rule (recipients, draft flags, comment fields, topics)
 *   sees `recipient_ids`, `is_draft`, `comment` or `forum_topic_id` as it would in plain JSON;
 * - notes on a person's record named generically, by an entity and its type (Rock RMS's POST /api/Notes with
 *   `EntityId` beside `NoteTypeId`; CiviCRM's Note with `entity_table` and `entity_id`): read by staff on the
 *   record, a comment, as crm-streams.ts reads a CRM's notes; a note naming the note it answers (`ParentNoteId`) a
 *   reply. Entity-action APIs put the entity in the path before the action (CiviCRM APIv4's
 *   /civicrm/ajax/api4/Note/create) or in `entity` and `action` fields (APIv3), and their `values` are read;
 * - a church or charity CRM's activity logged on a contact (CiviCRM's Activity with `target_contact_id`), unless
 *   its type is mail: a comment, as crm-streams.ts reads an activity on a record;
 * - a note editor's form under a person or family (ChurchCRM's NoteEditor.php?PersonID=…, its `NoteTextInput`):
 *   a comment on that record.
 * A prayer request posted to a congregation's prayer list (Rock's /api/PrayerRequests) is left a post: the
 * congregation or its prayer team reads it. Replies, RSVPs, availability and a "prayed" count carry no words and
 * are quiet as before.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasParentField } from './body-fields';
import { lastSegment, pathSegments } from './paths';
import { idLike } from './threads';

/** A Collection+JSON item field: a `name` and, when set, its `value` (and an optional `prompt`). */
function isTemplateField(v: unknown): v is { name: string; value?: unknown } {
  return isRecord(v) && typeof v.name === 'string' && v.name !== '' && Object.keys(v).every((k) => k === 'name' || k === 'value' || k === 'prompt');
}

/**
 * A Collection+JSON write (`{ template: { data: [ { name, value } … ] } }`, RFC-less but registered as
 * application/vnd.collection+json) read as the record it describes: `{ name: value, … }`. Other bodies, and a
 * template with anything but name/value pairs, are returned as they are.
 */
export function collectionJsonAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'json' || !isRecord(body.value) || Object.keys(body.value).length !== 1) return body;
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
const NOTE_ENTITY = /^notes?$/i;
/** An activity entity (CiviCRM's Activity): something done with a contact and logged on them. */
const ACTIVITY_ENTITY = /^activit(?:y|ies)$/i;
/** The contacts an activity is with or about (CiviCRM's `target_contact_id`, `source_contact_id`). */
const ACTIVITY_CONTACT_FIELD = /^(?:target|source|assignee)_?contact_?ids?$/i;
/** An activity typed as mail or a text is sent, not noted: left to the mail rules. */
const MAIL_ACTIVITY_TYPE = /^(?:e-?mail|sms|text(?:_?message)?|bulk[ _]?e-?mail|mass[ _]?sms)$/i;
const ACTIVITY_TYPE_FIELD = /^activity_?type(?:_?id)?(?::(?:name|label))?$/i;
/** An entity-action API's create (CiviCRM APIv4's …/api4/{Entity}/create, or `save`). */
const CREATE_ACTION = /^(?:create|save)$/i;
/** A note editor page or action (ChurchCRM's NoteEditor.php, an `add_note` or `notes/new` form). */
const NOTE_EDITOR = /^(?:note_?editor|(?:add|edit|new|save)_?note|note_?(?:add|edit|new|save))(?:\.\w{2,5})?$/i;
/** The person, family or member a note editor's form is under (ChurchCRM's `PersonID`, `FamilyID`). */
const PERSON_RECORD_FIELD = /^(?:person|family|member|contact|individual|household)_?id$/i;

/** The entity an entity-action API creates: the path's segment before `create`, or its `entity` field with `action: create`. */
function createdEntity(url: URL, path: string, body: ParsedBody): string | undefined {
  const segments = pathSegments(path);
  if (segments.length >= 2 && CREATE_ACTION.test(segments[segments.length - 1]!)) return segments[segments.length - 2];
  const field = (name: string): string | undefined => {
    let found: string | undefined;
    hasFieldWhere(body, (n, v) => {
      if (n !== name || typeof v !== 'string') return false;
      found = v;
      return true;
    });
    return found ?? url.searchParams.get(name) ?? undefined;
  };
  const action = field('action');
  return action !== undefined && CREATE_ACTION.test(action) ? field('entity') : undefined;
}

/** The longest JSON text read from one form field (an entity-action API's `params` or `json`). */
const PARAMS_EXAMINED = 65536;

/** A form field holding the call's parameters as JSON (CiviCRM's AJAX `params`, APIv3's `json`), parsed. */
function paramsObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type === 'json') return isRecord(body.value) ? body.value : undefined;
  if (body.type !== 'form') return undefined;
  for (const [name, v] of body.fields) {
    if ((name !== 'params' && name !== 'json') || typeof v !== 'string' || v.length > PARAMS_EXAMINED || !v.trimStart().startsWith('{')) continue;
    try {
      const parsed: unknown = JSON.parse(v);
      if (isRecord(parsed)) return parsed;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** An entity-action API's record: APIv4's `values`, else the parameters themselves (APIv3), else the body. */
function createdValues(body: ParsedBody): ParsedBody {
  const params = paramsObject(body);
  if (!params) return body;
  return { type: 'json', value: isRecord(params.values) ? params.values : params };
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
/** An item typed as a comment on something (TeamSnap's `type: team_medium_comment`). */
const COMPOUND_COMMENT_TYPE = /^(?:[a-z]+_){2,}comment$/i;
/**
 * A comment naming what it answers (`parent_id`, Aha!'s `parent_idea_comment_id`, a `reply_to_id`): left to the
 * general reply rules, which know the family's spellings.
 */
const ANSWERS_FIELD = /^(?:parent|(?:in_?)?reply_?to)(?:_?[a-z]+)*_?id$/i;
/** A message board's topic the words go into (TeamSnap's forum_posts `forum_topic_id`): a reply in that topic. */
const FORUM_TOPIC_FIELD = /^(?:forum|board|message_?board|discussion)_?topic_?id$/i;

/** What a club's comment under an item, or a post into a message board's topic, is. */
function clubBoardKind(path: string, body: ParsedBody): PostKind | undefined {
  if (COMPOUND_COMMENTS.test(lastSegment(path)) || hasField(body, /^type$/, COMPOUND_COMMENT_TYPE)) {
    return hasParentField(body, ANSWERS_FIELD) ? undefined : 'comment';
  }
  return hasFieldWhere(body, (name, v) => FORUM_TOPIC_FIELD.test(name) && idLike(v)) ? 'reply' : undefined;
}

/** What a group app's note, logged activity, note form, comment under an item or board post is, or undefined. */
export function groupAppKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const board = clubBoardKind(path, body);
  if (board) return board;
  const last = lastSegment(path);
  // A notes collection (Rock's /api/Notes) naming the record by entity.
  if (NOTE_ENTITY.test(last)) return entityNoteKind(body);
  const entity = createdEntity(url, path, body);
  if (entity !== undefined) {
    const values = createdValues(body);
    if (NOTE_ENTITY.test(entity)) return entityNoteKind(values);
    if (ACTIVITY_ENTITY.test(entity) && hasField(values, ACTIVITY_CONTACT_FIELD) && !hasField(values, ACTIVITY_TYPE_FIELD, MAIL_ACTIVITY_TYPE)) return 'comment';
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
