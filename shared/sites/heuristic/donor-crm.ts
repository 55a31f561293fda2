/**
 * Nonprofit donor and volunteer CRMs (round np1): a fundraiser's or volunteer coordinator's words about a named
 * supporter, logged on the supporter's record — Blackbaud SKY API's constituent notes and actions (Raiser's Edge NXT),
 * Bloomerang's notes and interactions, Little Green Light's notes and contact reports, Neon CRM's activities, Virtuous'
 * contact notes. Colleagues read them on the record, so each is a `comment`, as crm-streams.ts reads a salesperson's note
 * on a client (round cr1). A logged interaction of channel Email or Mail (a thank-you letter, an acknowledgement) is
 * still a log: these APIs mail nothing, so it stays a comment; a body naming recipients or setting a send flag is left
 * to the mail rules.
 *
 * crm-streams.ts did not read the family: the record is named `constituent_id` (SKY), `AccountId` (Bloomerang),
 * `clientId` (Neon) or only by the path (LGL's /constituents/{id}/notes.json, an edit by the note's id), and the
 * collections are named `actions`, `interaction`, `ContactNote` or `contact_reports`, none of them its signs.
 *
 * The rule: a POST, PUT or PATCH to a note-like collection (notes, interactions, actions, activities, contact notes,
 * contact reports; singular or plural, prefixed by the record they hang on (`ContactNote`, `giftnotes`,
 * `participant_notes`), `.json` ended), or to one of its members by id, with a supporter sign: a supporter-record field (`constituent_id`,
 * `donorId`, `supporter_id`, `volunteer_id`, `household_id`), a supporter collection in the path (`/constituents/`,
 * `/donors/`, `/constituent/v1/`), or a donor CRM's API host (the named services'). Gifts, pledges, codes, addresses,
 * receipts and acknowledgements by template are not note-like collections, and carry no words: quiet elsewhere.
 *
 * Sources (facts only): Burger-Digital/Blackbaud-Php-Sdk docs/Model (NoteAdd, NoteEdit, ActionAdd, ActionEdit),
 * developer.sky.blackbaud.com; the bloomerang_api gem (lib/bloomerang/note.rb, interaction.rb); Pipedream's Bloomerang
 * "Add Interaction"; api.littlegreenlight.com/api-docs; Neon CRM API v2 and Virtuous API tool listings (glama.ai).
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { hasIdSegment, pathSegments } from './paths';
import { MAIL_NOTE_FLAG } from './words';
import { MAIL_RECIPIENTS_KEY } from './messages';

/** A note-like collection of a supporter record (`notes`, `interaction`, `actions`, `ContactNote`, `contact_reports.json`). */
const NOTE_COLLECTION =
  /^(?:(?:contact|constituent|donor|supporter|volunteer|participant|gift|opportunity|household|prospect)[-_]?)?(?:notes?|interactions?|actions?|activit(?:y|ies)|contact[-_]?reports?)(?:\.json)?$/i;
/** A field naming a supporter's record. */
const SUPPORTER_FIELD = /^(?:constituent|donor|supporter|volunteer|household)_?ids?$/i;
/** A supporter collection in the path (LGL's /constituents/{id}/notes.json, SKY's /constituent/v1/notes). */
const SUPPORTER_SEGMENT = /^(?:constituents?|donors?|supporters?|volunteers?)$/i;
/** The API hosts of the donor and volunteer CRMs this round read. */
const DONOR_CRM_HOST =
  /(?:^|\.)(?:sky\.blackbaud\.com|bloomerang\.co|littlegreenlight\.com|neoncrm\.com|virtuoussoftware\.com|donorperfect\.net|kindful\.com|volunteerhub\.com|betterimpact\.com|galaxydigital\.com)$/i;
/** Segments read; a longer one is no collection name. */
const SEGMENT_EXAMINED = 40;

/** Whether the path ends in a note-like collection or one of its members by id. */
function noteCollection(segments: string[]): boolean {
  let at = segments.length - 1;
  if (at > 0 && hasIdSegment(segments[at]!.replace(/\.json$/i, ''))) at--;
  const last = segments[at];
  return last !== undefined && last.length <= SEGMENT_EXAMINED && NOTE_COLLECTION.test(last);
}

/** A note or interaction logged on a supporter's record in a donor or volunteer CRM: a comment (round np1). */
export function donorCrmKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PUT' && m !== 'PATCH') return undefined;
  const segments = pathSegments(path);
  if (!noteCollection(segments)) return undefined;
  const supporter =
    DONOR_CRM_HOST.test(url.hostname) ||
    hasField(body, SUPPORTER_FIELD) ||
    segments.some((s) => s.length <= SEGMENT_EXAMINED && SUPPORTER_SEGMENT.test(s));
  if (!supporter) return undefined;
  if (hasKeyDeep(body, MAIL_RECIPIENTS_KEY) || hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && flagOn(v))) return undefined;
  return 'comment';
}
