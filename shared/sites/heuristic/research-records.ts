/**
 * Research records: what a research nurse, coordinator, investigator or monitor writes about a study participant in
 * electronic data capture software (round rc1). A participant is a third party known by a record id, a site, a visit
 * and a condition; words on that record are read by the study team and the sponsor's monitors. Kinds by precedent
 * (cm1, hd1: a note on a case, and an answer on it, are comments):
 * - REDCap's Data Resolution Workflow and Field Comment Log: one popup save (`action=save`) whose form names the
 *   record, the field and the event beside the words in `comment`, whether it opens a query, answers it (a response
 *   code beside the words), closes or reopens it, or is a field comment. A comment on the participant's field. The
 *   assignee's e-mail notice (`assigned_user_id_notify_email`) only points to the words on the record, so the rule is
 *   not left to the mail rules (unlessMailed). The save says `action=save`, which refuses.ts would take for a draft:
 *   researchNoteSaved tells it apart. A field comment edited by its id (`action=edit`, `res_id`, `form_name`) is a
 *   comment too. Known by structure (the record, field and event named beside `comment`), not by host.
 * - OpenClinica's and LibreClinica's discrepancy notes (a query, an annotation, a child note answering one, all
 *   posted to `CreateDiscrepancyNote` or `AddDiscrepancyNote`): a comment. The shown words are the detailed note
 *   (`detailedDes`), its short description only when no detailed note is given: a note's subject line is not shown
 *   (cr1, lg1).
 * - Medidata Rave Web Services' ODM (`<ODM>` with `<SubjectData>`): an `mdsol:Query`'s `Value` (a new query) or
 *   `Response` (an answer), or an `mdsol:ProtocolDeviation`'s `Value`, on the participant's data point: a comment.
 *   Their words are read however short ("Please verify."), as a query's words are; a query cancelled or closed by
 *   its status alone, or item values, carry no words.
 * - Castor EDC's survey package sent to a participant with the nurse's own invitation text (`package_invitation`
 *   beside `email_address`): a message to that one person; its subject is not shown.
 * kind.ts asks researchRecordKind after the early-years rule; refuses.ts asks researchNoteSaved early (before the
 * quiet actions); longest-field.ts asks researchNoteText with the family texts. Cost: each test starts from the
 * cheapest sign (a form's `comment` and `record` fields, a path's last segment, an XML root named ODM).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { nonEmptyString } from './body-fields';
import type { FreeText } from './longest-field';
import { lastSegment } from './paths';

/** OpenClinica's and LibreClinica's servlet for a new discrepancy note (and its older AddDiscrepancyNote page). */
const DISCREPANCY_NOTE_PATH = /^(?:Create|Add)DiscrepancyNote(?:Servlet)?$/i;
/** How deep into an ODM document a query or deviation is looked for (ODM > ClinicalData > … > ItemData > Query). */
const MAX_ODM_DEPTH = 10;
/** At most this many objects of an ODM document are visited. */
const MAX_ODM_NODES = 400;

function formFields(body: ParsedBody): ReadonlyMap<string, string> | undefined {
  return body.type === 'form' || body.type === 'multipart' ? body.fields : undefined;
}

/** REDCap's data resolution save: the record, field and event named beside `comment` (an empty comment saves a status alone). */
function dataResolutionSave(fields: ReadonlyMap<string, string>): boolean {
  return fields.has('comment') && nonEmptyString(fields.get('record')) && nonEmptyString(fields.get('field_name')) && fields.has('event_id');
}

/** REDCap's field comment edited by its id (`action=edit`, `res_id`, `form_name`). */
function fieldCommentEdit(fields: ReadonlyMap<string, string>): boolean {
  return fields.get('action') === 'edit' && fields.has('comment') && nonEmptyString(fields.get('res_id')) && nonEmptyString(fields.get('form_name'));
}

/** A save on a participant's field carrying words: published to the study team, never a draft (refuses.ts). */
export function researchNoteSaved(body: ParsedBody): boolean {
  const fields = formFields(body);
  if (fields === undefined || !nonEmptyString(fields.get('comment'))) return false;
  return dataResolutionSave(fields) || fieldCommentEdit(fields);
}

/** A discrepancy note's words: the detailed note, or its description when it is the only words given. */
function discrepancyNoteWords(fields: ReadonlyMap<string, string>): FreeText | undefined {
  const detailed = fields.get('detailedDes');
  if (nonEmptyString(detailed)) return { text: detailed, field: 'detailedDes' };
  const description = fields.get('description');
  return nonEmptyString(description) ? { text: description, field: 'description' } : undefined;
}

/** The ODM document of a Rave post (xml-body.ts names its root `methodname`), when it carries a participant's data. */
function odmClinicalData(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || body.value.methodname !== 'ODM') return undefined;
  const odm = body.value.ODM;
  return isRecord(odm) && odm.ClinicalData !== undefined ? odm : undefined;
}

/** Words of each `Query` (its `Response`, else its `Value`) and `ProtocolDeviation` (its `Value`) in an ODM document. */
function odmNoteWords(odm: Record<string, unknown>): string[] {
  const words: string[] = [];
  let nodes = 0;
  const visit = (v: unknown, key: string, depth: number): void => {
    if (depth > MAX_ODM_DEPTH || nodes >= MAX_ODM_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, key, depth);
      return;
    }
    if (!isRecord(v)) return;
    nodes++;
    if (key === 'Query' || key === 'ProtocolDeviation') {
      const said = key === 'Query' && nonEmptyString(v.Response) ? v.Response : v.Value;
      if (nonEmptyString(said)) words.push(said);
      return;
    }
    for (const child in v) visit(v[child], child, depth + 1);
  };
  visit(odm, 'ODM', 0);
  return words;
}

/**
 * The words of a research record's note, read however short and before the general walk: REDCap's `comment`, a
 * discrepancy note's detailed note, an ODM query's or deviation's words (several joined by a blank line).
 * Undefined when the body is none of these.
 */
export function researchNoteText(body: ParsedBody, path: string | undefined): FreeText | undefined {
  const fields = formFields(body);
  if (fields !== undefined) {
    if (researchNoteSaved(body)) return { text: fields.get('comment')!, field: 'comment' };
    if (path !== undefined && DISCREPANCY_NOTE_PATH.test(lastSegment(path))) return discrepancyNoteWords(fields);
    return undefined;
  }
  const odm = odmClinicalData(body);
  if (odm === undefined) return undefined;
  const words = odmNoteWords(odm);
  return words.length > 0 ? { text: words.join('\n\n'), field: 'Value' } : undefined;
}

/** Castor's survey package sent with the nurse's own invitation to one participant's address. */
function surveyInvitation(body: ParsedBody, found: FreeText): boolean {
  if (found.field !== 'package_invitation' || body.type !== 'json' || !isRecord(body.value)) return false;
  return nonEmptyString(body.value.email_address);
}

/** The kind of a research record's words: comments on the participant's record, a survey invitation a message. */
export function researchRecordKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (found.field === 'comment') return researchNoteSaved(body) ? 'comment' : undefined;
  if (found.field === 'detailedDes' || found.field === 'description') return DISCREPANCY_NOTE_PATH.test(lastSegment(path)) ? 'comment' : undefined;
  if (found.field === 'Value') return odmClinicalData(body) !== undefined ? 'comment' : undefined;
  return surveyInvitation(body, found) ? 'message' : undefined;
}
