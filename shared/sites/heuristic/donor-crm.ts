/**
 * Nonprofit donor and volunteer CRMs (round np1): a fundraiser's or volunteer coordinator's words about a named
 * supporter, logged on the supporter's record — Blackbaud SKY API's constituent notes and actions (Raiser's Edge NXT),
 * Bloomerang's notes and interactions, Little Green Light's notes and contact reports, Neon CRM's activities, Virtuous'
 * contact notes. Colleagues read them on the record, so each is a `comment`, as crm-streams.ts reads a salesperson's note
 * on a client (round cr1). A logged interaction of channel Email or Mail (a thank-you letter, an acknowledgement) is
 * still a log: these APIs mail nothing, so it stays a comment; a body naming recipients (`to`, `cc`, `bcc`,
 * `recipients`, as crm-streams.ts reads them, or `to_recipients` and attendees) or setting a send flag is left to the
 * mail rules. A task logged on a supporter (Bloomerang's /v2/task with its Note) is a comment too, as Neon's activities
 * are; a task completed with no words stays quiet (np1 review D1, J2). NationBuilder's contacts, interactions logged
 * on a person (POST /api/v1/people/{id}/contacts with `contact.note`), are comments as well (review D2).
 *
 * crm-streams.ts did not read the family: the record is named `constituent_id` (SKY), `AccountId` (Bloomerang),
 * `clientId` (Neon) or only by the path (LGL's /constituents/{id}/notes.json, an edit by the note's id), and the
 * collections are named `actions`, `interaction`, `ContactNote` or `contact_reports`, none of them its signs.
 *
 * The rule: a POST, PUT or PATCH to a note-like collection (notes, interactions, actions, activities, contact notes,
 * contact reports; singular or plural, prefixed by the record they hang on (`ContactNote`, `giftnotes`,
 * `participant_notes`), `.json` ended), or to one of its members by id, with a supporter sign: a supporter-record field (`constituent_id`,
 * `donorId`, `supporter_id`, `volunteer_id`, `household_id`), a supporter collection in the path (`/constituents/`,
 * `/donors/`, `/constituent/v1/`), or a donor CRM's API host. The host sign covers any note-like collection on those
 * hosts, so other Blackbaud SKY APIs' notes (Financial Edge NXT accounts, event participants) read as comments too
 * (review M3; harmless, their paths unconfirmed). The generic collections `actions` and `tasks` count only with the
 * host or a supporter field, not with a path segment alone (review J1). Gifts, pledges, codes, addresses, receipts
 * and acknowledgements by template are not note-like collections, and carry no words: quiet elsewhere.
 *
 * Sources (facts only): Burger-Digital/Blackbaud-Php-Sdk docs/Model (NoteAdd, NoteEdit, ActionAdd, ActionEdit),
 * developer.sky.blackbaud.com; the bloomerang_api gem (lib/bloomerang/note.rb, interaction.rb); Pipedream's Bloomerang
 * "Add Interaction"; api.littlegreenlight.com/api-docs; Neon CRM API v2 and Virtuous API tool listings (glama.ai);
 * glama.ai usefulapi Bloomerang bloomerang_create_task (POST /task); NationBuilder's v1 Contacts API docs (mirrored in
 * github tlshaheen/api_docs doc/contacts_api.md) and a NationBuilder Python wrapper's contacts.py (log_contact).
 *
 * Round r21: NGP VAN / EveryAction's notes on a person (POST /v4/people/{vanId}/notes with `text`, move-coop/parsons
 * contact_notes.py) are read as comments by the older rules; its canvass responses (activist codes applied, a result
 * code) carry no words. GitHub's Actions variables and workflow dispatches, which r21 quieted here, were never this
 * module's (donorCrmKind did not read `variables` or `dispatches`; the general rules held them): since r21's review
 * they are quiet-operations.ts's ciSettingQuiet, with other CI and hosting tools' settings.
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { hasIdSegment, pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { MAIL_RECIPIENTS_KEY, NOTE_RECIPIENTS_FIELD } from './messages';

/** A note-like collection of a supporter record (`notes`, `interaction`, `actions`, `ContactNote`, `contact_reports.json`). */
const NOTE_COLLECTION =
  /^(?:(?:contact|constituent|donor|supporter|volunteer|participant|gift|opportunity|household|prospect)[-_]?)?(?:notes?|interactions?|actions?|tasks?|activit(?:y|ies)|contact[-_]?reports?)(?:\.json)?$/i;
/** Generic collection names that need the host or a supporter field, not a path segment alone (review J1). */
const GENERIC_COLLECTION = /^(?:actions?|tasks?)$/i;
/** A person's record in a campaign or supporter CRM (NationBuilder's /people/{id}), with its logged `contacts`. */
const PERSON_SEGMENT = /^(?:people|persons?|constituents?|supporters?|donors?|volunteers?|members?)$/i;
/** The fields of a logged contact (NationBuilder's `contact`: method, type_id, sender_id, status). */
const CONTACT_LOG_FIELD = /^(?:method|contact_method|type_id|contact_type_id|sender_id|broadcaster_id)$/i;
/** A field naming a supporter's record. */
const SUPPORTER_FIELD = /^(?:constituent|donor|supporter|volunteer|household)_?ids?$/i;
/** A supporter collection in the path (LGL's /constituents/{id}/notes.json, SKY's /constituent/v1/notes). */
const SUPPORTER_SEGMENT = /^(?:constituents?|donors?|supporters?|volunteers?)$/i;
/** The API hosts of the donor and volunteer CRMs this round read. */
const DONOR_CRM_HOST =
  /(?:^|\.)(?:sky\.blackbaud\.com|bloomerang\.co|littlegreenlight\.com|neoncrm\.com|virtuoussoftware\.com|donorperfect\.net|kindful\.com|volunteerhub\.com|betterimpact\.com|galaxydigital\.com)$/i;
/** Segments read; a longer one is no collection name. */
const SEGMENT_EXAMINED = 40;

/** The note-like collection the path ends in (or one of whose members by id it names), if any. */
function noteCollection(segments: string[]): string | undefined {
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!.replace(/\.json$/i, ''))) at--;
  const last = segments[at];
  return last !== undefined && last.length <= SEGMENT_EXAMINED && NOTE_COLLECTION.test(last) ? last : undefined;
}

/** A contact logged on a person: POST …/people/{id}/contacts with a contact's method, type or sender (review D2). */
function contactLog(segments: string[], body: ParsedBody, method: string): boolean {
  const n = segments.length;
  if (method !== 'POST' || n < 3 || !/^contacts?$/i.test(segments[n - 1]!)) return false;
  if (!hasIdSegment(segments[n - 2]!) || segments[n - 3]!.length > SEGMENT_EXAMINED || !PERSON_SEGMENT.test(segments[n - 3]!)) return false;
  return hasKeyDeep(body, CONTACT_LOG_FIELD);
}

/** A note or interaction logged on a supporter's record in a donor or volunteer CRM: a comment (round np1). */
export function donorCrmKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const segments = pathSegments(path);
  const collection = noteCollection(segments);
  if (collection === undefined && !contactLog(segments, body, m)) return undefined;
  const strong = DONOR_CRM_HOST.test(url.hostname) || hasField(body, SUPPORTER_FIELD);
  const byPath =
    collection === undefined ||
    (!GENERIC_COLLECTION.test(collection) && segments.some((s) => s.length <= SEGMENT_EXAMINED && SUPPORTER_SEGMENT.test(s)));
  if (!strong && !byPath) return undefined;
  if (hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasField(body, NOTE_RECIPIENTS_FIELD)) return undefined;
  if (hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && flagOn(v))) return undefined;
  return 'comment';
}

