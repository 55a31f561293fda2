/**
 * Research records: what a research nurse, coordinator, investigator or monitor writes about a study participant in
 * electronic data capture software (round rc1). A participant is a third party known by a record id, a site, a visit
 * and a condition; words on that record are read by the study team and the sponsor's monitors. Kinds by precedent
 * (cm1, hd1: a note on a case, and an answer on it, are comments):
 * - REDCap's Data Resolution Workflow and Field Comment Log: one popup save (`action=save` to
 *   `data_resolution_popup.php`) whose form names the record, the field and the event beside the words in `comment`, whether it opens a query, answers it (a response
 *   code beside the words), closes or reopens it, or is a field comment. A comment on the participant's field. The
 *   assignee's e-mail notice (`assigned_user_id_notify_email`) only points to the words on the record, so the rule is
 *   not left to the mail rules (unlessMailed). The save says `action=save`, which refuses.ts would take for a draft:
 *   researchNoteSaved tells it apart. A field comment edited by its id (`action=edit`, `res_id`, `form_name`, to
 *   `field_comment_log_edit_delete_ajax.php`) is a comment too. Known by REDCap's two page names and the record,
 *   field and event named beside `comment`, not by host: the keys alone are common in CRMs and admin forms (rc1rev D2).
 *   A REDCap API import by token (`content=record`, `metadata`, `file`, `repeatingFormsEvents`, in JSON, CSV or XML)
 *   is a bulk data load, not words for others: quiet (rc1rev D4).
 * - OpenClinica's and LibreClinica's discrepancy notes (a query, an annotation, a child note answering one, all
 *   posted to `CreateDiscrepancyNote` or `AddDiscrepancyNote`, and OpenClinica 3.x's thread form to
 *   `CreateOneDiscrepancyNote`, whose fields carry the parent note's id as a suffix, `description{parentId}`): a
 *   comment, read however short. The shown words are the description and the detailed note joined: the description is
 *   the note's required headline in the thread and often its only words (rc1rev J2, D1).
 * - Medidata Rave Web Services' ODM (`<ODM>` with `<ClinicalData>` and `<SubjectData>`): an `mdsol:Query`'s `Value`
 *   when it opens one (`QueryRepeatKey="new"`) or its `Response` (an answer), an `mdsol:ProtocolDeviation`'s `Value`,
 *   or the core `Annotation`'s `Comment`, on the participant's data point: a comment. Their words are read however
 *   short ("Please verify."), as a query's words are. A query closed or cancelled re-sending its old `Value`, and item
 *   values (`ItemData/@Value`, a data import), carry no words: such an ODM post is quiet (rc1rev D3, M1, M2).
 * - Castor EDC's survey package sent to a participant with the nurse's own invitation text (`package_invitation`
 *   beside `email_address`): a message to that one person, read however short; its subject is not shown. A package
 *   with no address is not sent by this request (no public source shows it is): quiet (rc1rev M3, J3).
 * kind.ts asks researchRecordKind after the early-years rule; refuses.ts asks researchNoteSaved early (before the
 * quiet actions); longest-field.ts asks researchNoteText with the family texts (null: quiet). Cost: each test starts from the
 * cheapest sign (a form's `comment` and `record` fields, a path's last segment, an XML root named ODM).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { nonEmptyString } from './body-fields';
import type { FreeText } from './longest-field';
import { lastSegment } from './paths';

/** OpenClinica's and LibreClinica's servlets for a new discrepancy note, a thread's note (3.x) and the older page. */
const DISCREPANCY_NOTE_PATH = /^(?:Create(?:One)?|Add)DiscrepancyNote(?:Servlet)?$/i;
/** REDCap's Data Resolution Workflow popup, the only page that saves a query, a response or a field comment. */
const DATA_RESOLUTION_PAGE = /^data_resolution_popup\.php$/i;
/** REDCap's page that edits or deletes a field comment by its id. */
const FIELD_COMMENT_PAGE = /^field_comment_log_edit_delete_ajax\.php$/i;
/** What a REDCap API token imports in bulk: records, the data dictionary, a file, the repeating setup. */
const REDCAP_API_IMPORT = /^(?:record|metadata|file|repeatingFormsEvents)$/;
/** The field name the ODM notes are given, so the kind rule knows the words are a query's, never an item's value. */
const ODM_NOTE_FIELD = 'odmNote';
/** How deep into an ODM document a query or deviation is looked for (ODM > ClinicalData > … > ItemData > Query). */
const MAX_ODM_DEPTH = 10;
/** At most this many objects of an ODM document are visited. */
const MAX_ODM_NODES = 400;

function formFields(body: ParsedBody): ReadonlyMap<string, string> | undefined {
  return body.type === 'form' || body.type === 'multipart' ? body.fields : undefined;
}

/** REDCap's data resolution save (`action=save`): the record, field and event named beside `comment`. */
function dataResolutionSave(fields: ReadonlyMap<string, string>): boolean {
  return fields.get('action') === 'save' && nonEmptyString(fields.get('record')) && nonEmptyString(fields.get('field_name')) && fields.has('event_id');
}

/** REDCap's field comment edited by its id (`action=edit`, `res_id`, `form_name`); a delete names no words. */
function fieldCommentEdit(fields: ReadonlyMap<string, string>): boolean {
  return fields.get('action') === 'edit' && nonEmptyString(fields.get('res_id')) && nonEmptyString(fields.get('form_name'));
}

/**
 * A save on a participant's field carrying words, on REDCap's own page: published to the study team, never a draft
 * (refuses.ts). The page name is tested first; an empty comment (a status alone, a bulk verify) is no words.
 */
export function researchNoteSaved(body: ParsedBody, path: string | undefined): boolean {
  if (path === undefined) return false;
  const page = lastSegment(path);
  const saved = DATA_RESOLUTION_PAGE.test(page) ? dataResolutionSave : FIELD_COMMENT_PAGE.test(page) ? fieldCommentEdit : undefined;
  if (saved === undefined) return false;
  const fields = formFields(body);
  return fields !== undefined && nonEmptyString(fields.get('comment')) && saved(fields);
}

/** A REDCap API import by token (records in JSON, CSV or XML, the dictionary, a file): a bulk load, no one's words. */
function redcapApiImport(fields: ReadonlyMap<string, string>, path: string | undefined): boolean {
  const content = fields.get('content');
  if (content === undefined || !REDCAP_API_IMPORT.test(content) || !fields.has('token')) return false;
  return path !== undefined && lastSegment(path) === 'api' && fields.get('action') !== 'export';
}

/**
 * A discrepancy note's words: its description and detailed note joined, either alone when the other is empty.
 * OpenClinica 3.x's thread form suffixes them with the parent note's id (`description88`); the older page does not.
 */
function discrepancyNoteWords(fields: ReadonlyMap<string, string>): FreeText | undefined {
  const suffix = fields.get('parentId') ?? '';
  const read = (name: string): string | undefined => fields.get(name + suffix) ?? fields.get(name);
  const words = [read('description'), read('detailedDes')].filter(nonEmptyString).map((w) => w.trim());
  if (words.length === 2 && words[0] === words[1]) words.pop();
  return words.length > 0 ? { text: words.join('\n\n'), field: 'detailedDes' } : undefined;
}

/** Whether one ClinicalData element (or any of several) names a participant (`SubjectData`). */
function namesSubject(clinical: unknown): boolean {
  if (Array.isArray(clinical)) return clinical.some(namesSubject);
  return isRecord(clinical) && clinical.SubjectData !== undefined;
}

/** The ODM document of a Rave post (xml-body.ts names its root `methodname`), when it carries a participant's data. */
function odmClinicalData(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json' || !isRecord(body.value) || body.value.methodname !== 'ODM') return undefined;
  const odm = body.value.ODM;
  return isRecord(odm) && namesSubject(odm.ClinicalData) ? odm : undefined;
}

/** A query's new words: its answer (`Response`), or its `Value` only when it opens one; a close re-sending it says nothing. */
function queryWords(query: Record<string, unknown>): unknown {
  if (nonEmptyString(query.Response)) return query.Response;
  return typeof query.QueryRepeatKey === 'string' && query.QueryRepeatKey.toLowerCase() === 'new' ? query.Value : undefined;
}

/** An Annotation's `Comment` texts (xml-body.ts gives a leaf with text as its string, several as an array). */
function annotationWords(annotation: Record<string, unknown>): unknown[] {
  const comment = annotation.Comment;
  return Array.isArray(comment) ? comment : [comment];
}

/** Words of each new `Query`, `ProtocolDeviation` (its `Value`) and core `Annotation` (its `Comment`) in an ODM document. */
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
    if (key === 'Query' || key === 'ProtocolDeviation' || key === 'Annotation') {
      const said = key === 'Query' ? [queryWords(v)] : key === 'Annotation' ? annotationWords(v) : [v.Value];
      for (const w of said) if (nonEmptyString(w)) words.push(w);
      return;
    }
    for (const child in v) visit(v[child], child, depth + 1);
  };
  visit(odm, 'ODM', 0);
  return words;
}

/** Castor's survey package invitation: read when it goes to the participant's address; null (quiet) without one. */
function surveyInvitationText(body: ParsedBody): FreeText | null | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const { package_invitation: invitation, survey_package_id: packageId, email_address: address } = body.value;
  if (!nonEmptyString(invitation) || packageId === undefined) return undefined;
  return nonEmptyString(address) ? { text: invitation, field: 'package_invitation' } : null;
}

/**
 * The words of a research record's note, read however short and before the general walk: REDCap's `comment`, a
 * discrepancy note's description and detailed note, an ODM query's, deviation's or annotation's words (several
 * joined by a blank line), a survey invitation. Null (quiet) for a REDCap API import, an ODM post with no such words
 * (item values) and an invitation with no address. Undefined when the body is none of these.
 */
export function researchNoteText(body: ParsedBody, path: string | undefined): FreeText | null | undefined {
  const fields = formFields(body);
  if (fields !== undefined) {
    if (researchNoteSaved(body, path)) return { text: fields.get('comment')!, field: 'comment' };
    if (path !== undefined && DISCREPANCY_NOTE_PATH.test(lastSegment(path))) return discrepancyNoteWords(fields);
    return redcapApiImport(fields, path) ? null : undefined;
  }
  const odm = odmClinicalData(body);
  if (odm === undefined) return surveyInvitationText(body);
  const words = odmNoteWords(odm);
  return words.length > 0 ? { text: words.join('\n\n'), field: ODM_NOTE_FIELD } : null;
}

/** Castor's survey package sent with the nurse's own invitation to one participant's address. */
function surveyInvitation(body: ParsedBody, found: FreeText): boolean {
  if (found.field !== 'package_invitation' || body.type !== 'json' || !isRecord(body.value)) return false;
  return nonEmptyString(body.value.email_address);
}

/** The kind of a research record's words: comments on the participant's record, a survey invitation a message. */
export function researchRecordKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (found.field === 'comment') return researchNoteSaved(body, path) ? 'comment' : undefined;
  if (found.field === 'detailedDes') return DISCREPANCY_NOTE_PATH.test(lastSegment(path)) ? 'comment' : undefined;
  if (found.field === ODM_NOTE_FIELD) return odmClinicalData(body) !== undefined ? 'comment' : undefined;
  return surveyInvitation(body, found) ? 'message' : undefined;
}
