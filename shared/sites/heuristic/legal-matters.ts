/**
 * Legal practice management and e-signature sends (round lg1): where a family lawyer (or any professional) writes
 * about a client outside e-mail. Kinds as in rounds u4, hd1 and cr1: words colleagues read on a client's record are a
 * comment, words mailed to the client a message.
 * - A note, memo or logged communication on a matter (Clio's POST /api/v4/communications.json with `data.matter`,
 *   Docketwise's POST /notes with `matter_id`, Lawmatics' `notable_type` and `notable_id`, a memo POSTed under
 *   /matters/{id}/memos) is a comment, unless it names
 *   recipients or sets a send flag (then the mail rules read it). crm-streams.ts reads CRM notes by their record
 *   links (deal, lead, person …); a matter or case file is the legal twin, read here so that module stays its owner's.
 * - An e-signature send mails its words to the signers with the documents: a message. It is known by its path (a
 *   send or distribute action on an envelope, document, agreement or signature request: PandaDoc's
 *   /documents/{id}/send, Dropbox Sign's /signature_request/send, Documenso's /document/distribute, BoldSign's /template/send and
 *   /document/remind) or by its body
 *   (signers named beside the mail's words: DocuSign's `templateRoles` or `emailBlurb`, Dropbox Sign's `signers`
 *   with `message`, Acrobat Sign's `participantSetsInfo` with `message`).
 * - What publishes nothing: such a request kept as a draft (DocuSign's `status: created`; `draft` and DRAFT are told
 *   elsewhere), sent with its notification mail turned off (PandaDoc's `silent: true`, Documenso's `sendEmail:
 *   false`), an envelope voided; a matter's own record created or edited (Clio's /matters.json: its description is
 *   a field, not a post); a time or expense entry (Clio's activities typed TimeEntry).
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOff, flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { ANY_RECIPIENT_KEY } from './words';

/** Who signs, named in the body: Dropbox Sign's `signers`, DocuSign's `templateRoles`, Acrobat Sign's `participantSetsInfo`. */
const SIGNER_KEY = /^(?:signers|template_?roles|participant_?sets_?info)$/i;
/** The words of an envelope's mail, named for it (DocuSign's `emailBlurb`): alone a sign, the word being DocuSign's own. */
const BLURB_KEY = /^email_?blurb$/i;
/** Its subject and body under other names: signs only beside signers (a newsletter's `email_subject` is no envelope's). */
const SIGNING_MAIL_KEY = /^(?:email_?subject|email_?message|email_?body)$/i;
/** Where words beside signers are mailed to them (Dropbox Sign's, PandaDoc's and Acrobat Sign's `message`). */
const SIGNING_WORDS_KEY = /^(?:message|subject|custom_?message)$/i;
/** What is sent for signing: an envelope, agreement, document or signature request collection. */
const SIGNING_COLLECTION = /^(?:envelopes?|agreements?|documents?|signature_?requests?|signing_?requests?)$/i;
/** A template a document is sent from (BoldSign's /v1/template/send): only before a send action, a template's own edits being quiet. */
const TEMPLATE_SEGMENT = /^templates?$/i;
/**
 * Actions that mail a prepared document to its signers (Dropbox Sign's `send_with_template`, Documenso's
 * `redistribute`), or a reminder to them (BoldSign's /v1/document/remind with its `Message`).
 */
const SEND_ACTION = /^(?:send(?:_with_template)?|distribute|redistribute|resend|remind|send[-_]?reminders?)$/i;
/** A status or state that keeps a signing request unsent (DocuSign's `created`, Acrobat Sign's AUTHORING). */
const UNSENT_STATE = /^(?:created|draft|authoring)$/i;
/** A matter or case file the words are written on (Clio's `matter: { id }`, PracticePanther's `matter_ref`, Docketwise's `matter_id`). */
const MATTER_FIELD = /^(?:matter(?:_?(?:id|ref|uuid))?|case_?file(?:_?id)?)$/i;
/** A record's notes, memos or logged communications. */
const NOTE_COLLECTION = /^(?:notes?|memos?|file_?notes?|communications?)$/i;
const MATTER_COLLECTION = /^(?:matters?|case_?files?)$/i;
/** A note flagged to be mailed from the matter is left to the mail rules, as crm-streams.ts does with CRM notes. */
const SEND_FLAG = /^(?:send_?e?mail|notify_?(?:client|contact)s?)$/i;
/** Billing entries on a matter (Clio's activities typed TimeEntry or ExpenseEntry). */
const BILLING_TYPE = /^(?:time|expense)_?entry$/i;
const BILLING_COLLECTION = /^(?:time_?entries|timeentries|expense_?entries)$/i;

/** A send action on what is signed (…/documents/{id}/send, /signature_request/send, /document/distribute). */
function signingSendPath(path: string): boolean {
  if (!SEND_ACTION.test(lastSegment(path))) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  const before = segments[n - 2] ?? '';
  return SIGNING_COLLECTION.test(before) || TEMPLATE_SEGMENT.test(before) || (SIGNING_COLLECTION.test(segments[n - 3] ?? '') && hasIdSegment(before));
}

/** A body that asks for signatures and carries the words mailed with it. */
function signingRequest(body: ParsedBody): boolean {
  if (hasField(body, BLURB_KEY)) return true;
  return hasKeyDeep(body, SIGNER_KEY) && (hasField(body, SIGNING_WORDS_KEY) || hasField(body, SIGNING_MAIL_KEY));
}

/** Whether the path names a matter's record itself: the matters collection or one matter by id. */
function matterRecordPath(path: string): boolean {
  const segments = pathSegments(path);
  const last = lastSegment(path);
  if (MATTER_COLLECTION.test(last)) return true;
  return MATTER_COLLECTION.test(segments[segments.length - 2] ?? '') && hasIdSegment(last);
}

/**
 * A polymorphic link to the client record a note is on, Rails style (Lawmatics' `notable_type: Prospect` with
 * `notable_id`, a prospect being its matter): the twin of crm-streams.ts's `parent_type` beside `parent_id`. Only a
 * client's record by its type's value: a work item's (GitLab's `noteable_type: Issue`) is left to the older rules.
 */
const POLYMORPHIC_TYPE = /^[a-z]+able_?type$/i;
const CLIENT_RECORD_TYPE = /^(?:prospects?|matters?|clients?|contacts?|leads?|cases?|people|persons?)$/i;
const POLYMORPHIC_ID = /^[a-z]+able_?id$/i;

/** A notes, memos or communications collection under a matter by id (/matters/{id}/memos). */
function underMatter(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  return n >= 3 && MATTER_COLLECTION.test(segments[n - 3]!) && hasIdSegment(segments[n - 2]!);
}

/** What a practice-management note or an e-signature send is, or undefined when the request is neither. */
export function legalMatterKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (signingSendPath(path) || signingRequest(body)) return 'message';
  if (method.toUpperCase() !== 'POST' || !NOTE_COLLECTION.test(lastSegment(path))) return undefined;
  const polymorphic = hasField(body, POLYMORPHIC_TYPE, CLIENT_RECORD_TYPE) && hasField(body, POLYMORPHIC_ID);
  if (!underMatter(path) && !hasField(body, MATTER_FIELD) && !polymorphic) return undefined;
  if (hasKeyDeep(body, ANY_RECIPIENT_KEY) || hasFieldWhere(body, (name, v) => SEND_FLAG.test(name) && flagOn(v))) return undefined;
  return 'comment';
}

/** Whether a legal or e-signature request publishes nothing though it carries words. */
export function legalMatterQuiet(body: ParsedBody, path: string): boolean {
  const signing = signingSendPath(path) || signingRequest(body);
  if (signing && hasField(body, /^(?:status|state)$/i, UNSENT_STATE)) return true;
  // The notification mail turned off: the document is shared by link or embedded, its message mailed to no one.
  if (signing && hasFieldWhere(body, (name, v) => /^silent$/i.test(name) && flagOn(v))) return true;
  if (signing && hasFieldWhere(body, (name, v) => /^send_?e?mails?$/i.test(name) && flagOff(v))) return true;
  // A voided envelope or agreement: a status change of what was sent before.
  if (hasField(body, /^status$/i, /^voided$/i) && pathSegments(path).some((s) => SIGNING_COLLECTION.test(s))) return true;
  if (matterRecordPath(path)) return true;
  if (hasField(body, /^type$/i, BILLING_TYPE)) return true;
  return BILLING_COLLECTION.test(lastSegment(path)) && hasField(body, MATTER_FIELD);
}
