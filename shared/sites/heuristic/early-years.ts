/**
 * Early years: what nursery practitioners, childminders and kindergarten staff write about a named small child
 * (round ey1). kind.ts asks earlyYearsKind after the care-visit rule (hh1) and before the message signs, so a
 * group bulletin's recipients list does not make it a message.
 * - Words on one child's record are read by the room's staff and, mostly, by the child's own parents: the day's
 *   note (naps, meals, nappies, an accident), a staff-only sticky note, a learning-journal observation. Kind by
 *   precedent (ed2, sis1: a note on a pupil's record): a comment, not a post to a feed. Known by structure:
 *   - a note collection under a child by id (eVaka's POST …/children/{id}/child-daily-notes and
 *     …/child-sticky-notes), or a child's note edited by its own id (PUT …/child-daily-notes/{id});
 *   - a note collection under a daycare or nursery group by id (eVaka's …/daycare-groups/{id}/group-notes): a
 *     note the group's staff read;
 *   - a body keyed by the child (`child`, `childId`, `child_id` holding an id) whose words are in a note field
 *     (`note`, `notes`, `description`): Baby Buddy's notes, nappy changes, sleeps and feedings with notes,
 *     eVaka's pedagogical documents. Not when the body names recipients: that is a message's (messages.ts); nor
 *     when written to a children collection or one child by id: there the record is the child (an HR tool's
 *     dependant, kept a post by the x2 review's probe).
 * - A one-way bulletin (a `type` of `BULLETIN`) sent only to groups, units or areas (no child or person among
 *   its recipients) goes to every family of a room or a whole nursery, who cannot answer: a post, as sis1 and u3
 *   held a post to a class's feed. A bulletin to one child's family stays a message.
 * Ticks with no words (a nap's minutes, a meal level, a nappy reminder code) carry no text, so never reach here.
 * Cost: path segments are read only when the path names children or a daycare; the body is read for a child key
 * only when the words' own field is a note field.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';

/** A collection of children (never `child` alone in the path: a tree's child nodes use that). */
const CHILD_COLLECTION = /^(?:children|kids|infants|toddlers)$/i;
/** A setting for small children, as a path segment's word (`daycare-groups`, `nursery_rooms`, `kita`). */
const EARLY_SETTING = /^(?:daycare|day-?care|nursery|kindergarten|preschool|kita|childcare|creche)(?:[-_][a-z]+)?$/i;
/** A note collection (`child-daily-notes`, `group-notes`, `notes`, `observations`, `daily-reports`). */
const NOTE_COLLECTION = /^(?:[a-z]+[-_])*(?:notes?|observations?|daily[-_]?reports?)$/i;
/** A child's own note collection, for an edit by the note's id (`child-daily-notes/{id}`). */
const CHILD_NOTE_COLLECTION = /^child[-_](?:[a-z]+[-_])*notes?$/i;
/** What holds a carer's words beside the child's key. */
const NOTE_FIELD = /^(?:note|notes|description|observation|remark)$/i;
/** The child a record belongs to, by its whole name. */
const CHILD_KEY = /^(?:child|child_?id)$/i;
/** Recipients that are a whole group, room, unit or area (never a child or a person). */
const GROUP_RECIPIENT_TYPE = /^(?:group|unit|area|unit_in_area|class|room|daycare)$/i;

/** Whether a value is an id: a positive integer or an id-like string. */
function idValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && v.length <= 64 && hasIdSegment(v);
}

/**
 * A note collection under a child or an early-years group by id, or a child's note by its own id. The path is
 * tested for its words first, so most requests cost one regex test.
 */
function childNotePath(path: string): boolean {
  if (!/child|daycare|day-care|nursery|kindergarten|preschool|kita|creche/i.test(path)) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  for (let i = 0; i + 2 < n && i < 12; i++) {
    const s = segments[i]!;
    if ((CHILD_COLLECTION.test(s) || EARLY_SETTING.test(s)) && hasIdSegment(segments[i + 1]!) && NOTE_COLLECTION.test(segments[n - 1]!)) return true;
  }
  return n >= 2 && CHILD_NOTE_COLLECTION.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!);
}

/** A JSON body keyed by its child (`child: 2`, `childId: '…'`), with no recipients named. */
function keyedByChild(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  let child = false;
  for (const key in body.value) {
    if (/^recipients?$/i.test(key)) return false;
    if (CHILD_KEY.test(key) && idValue(body.value[key])) child = true;
  }
  return child;
}

/**
 * A write to a collection of children, or to one child by id (an HR tool's …/employees/4/children with a
 * `child_id`, a roster's child): the record is the child itself, a dependant or an enrolment, and its notes
 * describe that entry; not a carer's note on the child (x2 review's probe, kept a post).
 */
function writesChildItself(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  const isChildren = (s: string | undefined): boolean => s !== undefined && (CHILD_COLLECTION.test(s) || /^child$/i.test(s));
  return isChildren(segments[n - 1]) || (isChildren(segments[n - 2]) && hasIdSegment(segments[n - 1]!));
}

/** A bulletin sent only to whole groups, units or areas: every family of a room reads it and none can answer. */
function groupBulletin(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const { type, recipients } = body.value;
  if (typeof type !== 'string' || !/^bulletin$/i.test(type) || !Array.isArray(recipients) || recipients.length === 0) return false;
  return recipients.every((r) => isRecord(r) && typeof r.type === 'string' && GROUP_RECIPIENT_TYPE.test(r.type));
}

/** The kind of a practitioner's words about a small child or to a room's families, when the request says so. */
export function earlyYearsKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (groupBulletin(body)) return 'post';
  if (childNotePath(path)) return 'comment';
  if (NOTE_FIELD.test(fieldLeaf(found.field)) && keyedByChild(body) && !writesChildItself(path)) return 'comment';
  return undefined;
}
