/**
 * Early years: what nursery practitioners, childminders and kindergarten staff write about a named small child
 * (round ey1, mended by its review ey1rev). kind.ts asks earlyYearsKind after the care-visit rule (hh1) and before
 * the message signs, through messages.ts's unlessMailed as its neighbours (review M1): a note naming `to`, `cc`,
 * `bcc` or `recipients` is left to the mail rules. A group bulletin's recipients list does not make it a message.
 * - Words on one child's record are read by the room's staff and, mostly, by the child's own parents: the day's
 *   note (naps, meals, nappies, an accident), a staff-only sticky note, a learning-journal observation. Kind by
 *   precedent (ed2, sis1: a note on a pupil's record): a comment, not a post to a feed. Known by structure:
 *   - a note collection under a child by id (eVaka's POST …/children/{id}/child-daily-notes and
 *     …/child-sticky-notes), or a child's note edited by its own id (PUT …/child-daily-notes/{id});
 *   - a note collection under a daycare or nursery group by id (eVaka's …/daycare-groups/{id}/group-notes), and
 *     such a note edited by id in eVaka's shape (…/group-notes/{id} with `expires`): a note the group's staff read;
 *   - a body keyed by the child (`child`, `childId`, `child_id` holding an id; JSON or a web form) whose words are
 *     in a note field (`note`, `notes`, `description`, `content`, `milestone`…), only on a path with an early-years
 *     sign (review D2): a setting word (daycare, nursery, kita as a whole word, preschool…), a record kind of the
 *     family's (pedagogical-document, observations, daily notes, learning journal) or one of Baby Buddy's
 *     collections (notes, changes, feedings, sleep…, its web forms' `add/` and `{id}/` too). Baby Buddy's notes and
 *     nappy changes, eVaka's pedagogical documents, a nursery's observations. Named guardians or parents beside the
 *     child (`guardianIds`, `guardians`) make it a message to them; a parent's id beside it (a family tree's
 *     relation), `recipients` or a message or conversation path leave it to the other rules; a write to a
 *     children collection or one child by id is the child itself (x2 review's HR dependant, kept a post; a
 *     `dependants` path has no early-years sign, so it is kept a post too).
 * - A one-way bulletin (a `type` of `BULLETIN`) in eVaka's shape (`recipientNames`, an `urgent` flag; review J1)
 *   sent only to groups, units or areas goes to every family of a room or a whole nursery, who cannot answer: a
 *   post, as sis1 and u3 held a post to a class's feed. A bulletin to one child's family stays a message, and so
 *   does a team chat's or an ops tool's "bulletin".
 * - One of those record kinds edited by its own id (`…/observations/{id}`) with the words at the body's top level and
 *   nobody named: a comment too, though the edit names no child (round r24's recheck); since its review (r24rev D1)
 *   only with an early-years sign on the host (`hoiku`, `nursery`… as a host word) or a setting before the record, and
 *   never with a public flag (`public`, `shared`, `visibility: public`): a lab notebook's, a citizen-science app's, a
 *   stand-up tool's or iNaturalist's edit keeps the older answer.
 * Paediatric visits and co-parenting tools keyed by a child carry no early-years sign and keep the older rules'
 * answers (review J5).
 * Ticks with no words (a nap's minutes, a meal level, a nappy reminder code) carry no text, so never reach here.
 * Cost: path segments are read only when the path names children or a setting, or when the words' own field is a
 * note field and the body holds a child key.
 */
import type { ParsedBody, PostKind } from '../types';
import { isRecord } from '../body';
import { flagOn } from './body-fields';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { hasIdSegment, pathSegments } from './paths';

/**
 * A collection of children. `child` alone is no collection here (a tree's child nodes use that word); a write to
 * `…/child/{id}` is still read as written to the child itself (writesChildItself), never as a note on one.
 */
const CHILD_COLLECTION = /^(?:children|kids|infants|toddlers)$/i;
/**
 * A setting for small children as a whole path segment, alone or with a group word only (`daycare-groups`,
 * `nursery_rooms`, `kita`): never another suffix (`kita-app`, `nursery-beds`; ey1 review D6).
 */
const EARLY_SETTING = /^(?:daycares?|day-?cares?|nurser(?:y|ies)|kindergartens?|preschools?|kitas?|childcare|creches?|childminders?|early[-_]?years)(?:[-_](?:groups?|rooms?|units?|classes))?$/i;
/** A record kind of the family's own, as a whole path segment (eVaka's `pedagogical-document`, an observation, a learning journal). */
const EARLY_RECORD = /^(?:pedagogical[-_]documents?|observations?|daily[-_]?notes|daily[-_]?reports?|learning[-_]?journals?)$/i;
/**
 * Baby Buddy's own collections (babybuddy/babybuddy core/urls.py and its REST routes): the body rule's sign on a
 * self-hosted instance, whose host says nothing. Read as the last segment or before `add` or an entry's id.
 */
const BABY_BUDDY_COLLECTION = /^(?:notes|changes|feedings|sleep|temperature|tummy-times?|weight|height|pumping|head-circumference)$/i;
/**
 * A note collection under a child or a group by id: only the family's names (`child-daily-notes`, `group-notes`,
 * `notes`, `observations`, `daily-reports`), never any `…-notes` (`release-notes`, `meeting-notes`; ey1 review D6).
 */
const NOTE_COLLECTION = /^(?:notes?|child[-_](?:[a-z]+[-_])*notes?|group[-_]notes|daily[-_]?notes|observations?|daily[-_]?reports?)$/i;
/** A child's own note collection, for an edit by the note's id (`child-daily-notes/{id}`). */
const CHILD_NOTE_COLLECTION = /^child[-_](?:[a-z]+[-_])*notes?$/i;
/** A group's staff notes, for an edit by id: eVaka's `group-notes/{id}`, only with its body's `expires` (ey1 review D4). */
const GROUP_NOTE_COLLECTION = /^group[-_]notes$/i;
/** What holds a carer's words beside the child's key (`content`: review D5; Baby Buddy's `milestone`: review J4). */
const NOTE_FIELD = /^(?:note|notes|description|observation|remark|content|milestone)$/i;
/** The child a record belongs to, by its whole name. */
const CHILD_KEY = /^(?:child|child_?id)$/i;
/**
 * People the words are sent to beside the child's key: the child's guardians or parents as a list, or named
 * recipients (ey1 review D1). `to`, `cc`, `bcc` and `recipients` are messages.ts's (unlessMailed in kind.ts).
 */
const GUARDIANS_KEY = /^(?:guardians|guardian_?ids|parents|parent_?ids|recipient_?ids|participants|participant_?ids)$/i;
/** A parent named beside the child: a relation between two entries (a family tree's), not a record about a child (review D2). */
const PARENT_KEY = /^parent(?:_?id)?$/i;
/** A path that sends words to people: the message rules decide, never the body rule (review D1). */
const MESSAGE_COLLECTION = /^(?:messages?|conversations?|threads?|chats?)$/i;
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
  if (!/child|daycare|day-care|nurser|kindergarten|preschool|kita|creche|minder|early/i.test(path)) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  for (let i = 0; i + 2 < n && i < 12; i++) {
    const s = segments[i]!;
    if ((CHILD_COLLECTION.test(s) || EARLY_SETTING.test(s)) && hasIdSegment(segments[i + 1]!) && NOTE_COLLECTION.test(segments[n - 1]!)) return true;
  }
  return n >= 2 && CHILD_NOTE_COLLECTION.test(segments[n - 2]!) && hasIdSegment(segments[n - 1]!);
}

/** A group's staff note edited by id in eVaka's shape (PUT …/group-notes/{id} with `note` and `expires`; review D4). */
function groupNoteEdit(path: string, body: ParsedBody): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 2 || !GROUP_NOTE_COLLECTION.test(segments[n - 2]!) || !hasIdSegment(segments[n - 1]!)) return false;
  return body.type === 'json' && isRecord(body.value) && 'expires' in body.value;
}

/** A body's top-level entries: a JSON object's, or a web form's fields (Baby Buddy's Django forms; review D3). */
function topLevel(body: ParsedBody): Iterable<[string, unknown]> | undefined {
  if (body.type === 'json') return isRecord(body.value) ? Object.entries(body.value) : undefined;
  if (body.type === 'form' || body.type === 'multipart') return body.fields.entries();
  return undefined;
}

/**
 * A body keyed by its child (`child: 2`, `childId: '…'`, a form's `child=2`): 'message' when it names the guardians
 * or other people it is sent to, 'note' when it names nobody; undefined when no child key, or a parent sits beside
 * the child (a relation), or it names `recipients`.
 */
function childKeyed(body: ParsedBody): 'note' | 'message' | undefined {
  const entries = topLevel(body);
  if (!entries) return undefined;
  let child = false;
  let sent = false;
  for (const [key, value] of entries) {
    if (/^recipients?$/i.test(key) || PARENT_KEY.test(key)) return undefined;
    if (GUARDIANS_KEY.test(key)) sent = true;
    else if (CHILD_KEY.test(key) && idValue(value)) child = true;
  }
  if (!child) return undefined;
  return sent ? 'message' : 'note';
}

/**
 * An early-years sign in the path, besides the child's key (ey1 review D2): a setting (`daycare`, `kita` as a whole
 * word), a record kind of the family's (`pedagogical-document`, `observations`), a child's note collection, or one of
 * Baby Buddy's collections last or before `add` or an entry's id. Not a message path.
 */
function earlyYearsPath(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  if (n > 0 && MESSAGE_COLLECTION.test(segments[n - 1]!)) return false;
  for (let i = 0; i < n && i < 12; i++) {
    const s = segments[i]!;
    if (EARLY_SETTING.test(s) || EARLY_RECORD.test(s) || CHILD_NOTE_COLLECTION.test(s)) return true;
  }
  const last = segments[n - 1];
  const collection = last !== undefined && (/^add$/i.test(last) || hasIdSegment(last)) ? segments[n - 2] : last;
  return collection !== undefined && BABY_BUDDY_COLLECTION.test(collection);
}

/**
 * A write to a collection of children, or to one child by id (an HR tool's …/employees/4/children with a
 * `child_id`, a roster's child, `…/child/{id}`): the record is the child itself, a dependant or an enrolment, and
 * its notes describe that entry; not a carer's note on the child (x2 review's probe, kept a post).
 */
function writesChildItself(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  const isChildren = (s: string | undefined): boolean => s !== undefined && (CHILD_COLLECTION.test(s) || /^child$/i.test(s));
  return isChildren(segments[n - 1]) || (isChildren(segments[n - 2]) && hasIdSegment(segments[n - 1]!));
}

/**
 * One of the family's own records edited by its id (…/observations/{id}, …/pedagogical-documents/{id}) with the
 * carer's words at the body's top level and nobody named to send them to (round r24: a Japanese nursery app's
 * PUT /api/observations/{id} `content`, which carries no child key because the record already hangs on the child).
 * Words nested under another object (iNaturalist's public `observation.description`) are not read here.
 */
function earlyRecordEdit(host: string, path: string, body: ParsedBody, found: FreeText): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 2 || !EARLY_RECORD.test(segments[n - 2]!) || !hasIdSegment(segments[n - 1]!)) return false;
  // The record kind alone is a lab notebook's, a citizen-science app's or a stand-up tool's too (r24 review D1).
  if (!earlySettingSign(host, segments.slice(0, n - 2))) return false;
  const entries = topLevel(body);
  if (!entries) return false;
  let words = false;
  for (const [key, value] of entries) {
    if (/^recipients?$/i.test(key) || GUARDIANS_KEY.test(key) || PARENT_KEY.test(key)) return false;
    if (publishedFlag(key, value)) return false;
    if (key === found.field && typeof value === 'string') words = true;
  }
  return words;
}

/**
 * A word of the family's on the host (a label or a hyphenated part of one: `hoiku-kiroku`, `nursery-diary`) or a
 * setting or a child's note collection as a path segment before the record (r24 review D1, as ey1rev's child-key
 * rule asks for a sign). The host words are a small list: a nursery app's host is often its only sign.
 */
const EARLY_HOST_WORD = /^(?:hoiku|hoikuen|youchien|daycares?|nurser(?:y|ies)|kindergartens?|preschools?|kitas?|childcare|creches?|childminders?|earlyyears)$/i;
function earlySettingSign(host: string, before: string[]): boolean {
  if (host.split(/[.-]/).some((w) => EARLY_HOST_WORD.test(w))) return true;
  return before.some((s) => EARLY_SETTING.test(s) || CHILD_NOTE_COLLECTION.test(s) || CHILD_COLLECTION.test(s));
}

/** A flag that the words are published (`public`, `is_public`, `shared`, `published` on; `visibility: public`): not a record's note (r24 review D1, M2). */
function publishedFlag(key: string, value: unknown): boolean {
  if (/^(?:is_?)?(?:public|shared|published)$/i.test(key)) return flagOn(value);
  return /^visibility$/i.test(key) && typeof value === 'string' && /^public$/i.test(value);
}

/** A bulletin sent only to whole groups, units or areas: every family of a room reads it and none can answer. */
function groupBulletin(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const { type, recipients } = body.value;
  if (typeof type !== 'string' || !/^bulletin$/i.test(type) || !Array.isArray(recipients) || recipients.length === 0) return false;
  // eVaka's shape only (ey1 review J1): the names shown to families and the urgent flag beside the typed recipients.
  if (!Array.isArray(body.value.recipientNames) || typeof body.value.urgent !== 'boolean') return false;
  return recipients.every((r) => isRecord(r) && typeof r.type === 'string' && GROUP_RECIPIENT_TYPE.test(r.type));
}

/** The kind of a practitioner's words about a small child or to a room's families, when the request says so. */
export function earlyYearsKind(path: string, body: ParsedBody, found: FreeText, host = ''): PostKind | undefined {
  if (groupBulletin(body)) return 'post';
  if (childNotePath(path) || groupNoteEdit(path, body)) return 'comment';
  if (!NOTE_FIELD.test(fieldLeaf(found.field))) return undefined;
  if (earlyRecordEdit(host, path, body, found)) return 'comment';
  const keyed = childKeyed(body);
  if (!keyed || writesChildItself(path) || !earlyYearsPath(path)) return undefined;
  return keyed === 'message' ? 'message' : 'comment';
}
