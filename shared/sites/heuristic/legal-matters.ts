/**
 * Legal practice management and e-signature sends (round lg1, mended on review lg1rev): where a family lawyer (or any
 * professional) writes about a client outside e-mail. Kinds as in rounds u4, hd1 and cr1: words colleagues read on a
 * client's record are a comment, words mailed to the client a message.
 * - A note, memo or logged communication on a matter (Clio's POST /api/v4/communications.json with `data.matter`,
 *   Docketwise's POST /notes with `matter_id` or `client_id`, a memo POSTed under /matters/{id}/memos, Clio's note
 *   edited by id) is a comment, unless it names recipients (then the mail rules read it) or sets a send flag (then it
 *   is mailed from the matter: a message). crm-streams.ts reads CRM notes by their record links (deal, lead, person …)
 *   and by a Rails polymorphic pair (Lawmatics' `notable_type`/`notable_id`, round r16); a matter or case file is the
 *   legal twin, read here so that module stays its owner's.
 * - An e-signature send mails its words to the signers with the documents: a message. It is known by its path (a
 *   send, distribute or remind action, or a reminders collection, on an envelope, document, agreement or signature
 *   request: PandaDoc's /documents/{id}/send, Dropbox Sign's /signature_request/send, Documenso's
 *   /document/distribute, BoldSign's /template/send and /document/remind, Acrobat Sign's /agreements/{id}/reminders
 *   and its v5 /reminders naming an `agreementId`) or by its body (signers named beside the mail's words: DocuSign's
 *   `templateRoles`, `emailBlurb` or a recipient's `emailNotification` with its `emailBody`, Dropbox Sign's `signers`
 *   with `message`, DocuSeal's `submitters` with `message { subject, body }`, Acrobat Sign's `participantSetsInfo`,
 *   Box Sign's `email_message`, Yousign's `email_custom_note`, recipients typed SIGNER or actions typed SIGN beside a
 *   message or notes: Documenso v1's create, Zoho Sign's submit, whose JSON comes in a form field). A create that
 *   carries the words whose send comes later (Documenso v1, Yousign's activate) is held at the create, as a message:
 *   the send carries none (review J3).
 * - A void or cancel of what was sent, when the service mails its reason to the signers (DocuSign's `voidedReason`,
 *   Acrobat Sign's cancellation comment with `notifyOthers` on), is a message carrying the reason (review J1).
 * - What publishes nothing: such a request kept as a draft (a top-level `status`/`state` created, draft or
 *   authoring), sent with its mail turned off (PandaDoc's `silent`, Documenso's `sendEmail: false` or
 *   `distributionMethod: NONE`, DocuSeal's `send_email: false`, Box Sign's `suppress_notifications` on every signer,
 *   Dropbox Sign's `create_embedded…`), a cancel that notifies no one; a matter's own record created or edited (Clio's
 *   /matters.json with its record fields: its description is a field, not a post); a time or expense entry on a
 *   matter (Clio's activities typed TimeEntry).
 * - Round r17 (recheck against uncited clients): signers listed as `signatures` entries that name an address
 *   (Skribble), hyphenated collections (/signature-requests), a draft flag (`is_draft`, `isDraft`: eversign / Xodo
 *   Sign) keeping a request unsent; a note's matter named in its `links` or JSON:API `relationships` (Actionstep's
 *   `links.action`), and a file note edited by id, whose collection says it is on a client's file; a record's own
 *   fields (name, reference, priority) in a body wrapped in its collection's name at its record by id (Actionstep's
 *   PUT /actions/{id}) are quiet.
 * - Round r29 (recheck against uncited clients): Signaturit's form naming `recipients[n][email]` beside its `body`
 *   on its signs or signatures collection is a message; a note edited by id under a matter by id (vcita's
 *   /matters/{uid}/notes/{uid}) is a comment; a court case's own record (a cases collection with a court's field)
 *   and a calling campaign over a case list (its texts stored for later) are quiet.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, flagOff, flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { jsonObject } from './field-values';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { ANY_RECIPIENT_KEY, MAIL_NOTE_FLAG } from './words';

/**
 * Who signs, named in the body: Dropbox Sign's and Box Sign's `signers`, DocuSign's `templateRoles`, Acrobat Sign's
 * `participantSetsInfo`, DocuSeal's `submitters`.
 */
const SIGNER_KEY = /^(?:signers|template_?roles|participant_?sets_?info|submitters)$/i;
/** A recipient or action typed as one who signs (Documenso's `role: SIGNER`, Zoho Sign's `action_type: SIGN`). */
const SIGNER_TYPE_KEY = /^(?:role|action_?type|recipient_?type)$/i;
const SIGNER_TYPE = /^(?:sign|signer)$/i;
/** The words of an envelope's mail, named for it (DocuSign's `emailBlurb`): alone a sign, the word being DocuSign's own. */
const BLURB_KEY = /^email_?blurb$/i;
/** DocuSign's per-recipient mail (`emailNotification` holding `emailBody`), as deep as a composite template puts it. */
const NOTIFICATION_KEY = /^email_?notification$/i;
const NOTIFICATION_BODY_KEY = /^email_?body$/i;
/**
 * Its subject and body under other names (Box Sign's `email_message`, Yousign's `email_custom_note`): signs only
 * beside signers (a newsletter's `email_subject` is no envelope's).
 */
const SIGNING_MAIL_KEY = /^email_?(?:subject|message|body|custom_?note)$/i;
/** Where words beside signers are mailed to them (Dropbox Sign's, PandaDoc's and Acrobat Sign's `message`, Zoho Sign's `notes`). */
const SIGNING_WORDS_KEY = /^(?:message|subject|custom_?message|notes)$/i;
/** What is sent for signing: an envelope, agreement, document or signature request collection. */
const SIGNING_COLLECTION = /^(?:envelopes?|agreements?|documents?|signature[-_]?requests?|signing[-_]?requests?|sign[-_]?requests?)$/i;
/**
 * Signatures asked of people by address (Skribble's `signatures: [{ account_email }]`, round r17): a signer list
 * only when its entries name an address, a mail client's `signatures` (its sign-offs) being held apart by the
 * words-beside test in signingRequest.
 */
const SIGNATURES_KEY = /^(?:signatures|signees|signatories)$/i;
const ADDRESS_KEY = /(?:^|_)e?-?mail(?:_?address)?$|^account_?email$/i;
/** A draft flag (eversign / Xodo Sign's `is_draft`, a camelCase `isDraft`): the request is kept unsent (round r17). */
const DRAFT_FLAG = /^(?:is_?)?draft$/i;
/** A template a document is sent from (BoldSign's /v1/template/send): only before a send action, a template's own edits being quiet. */
const TEMPLATE_SEGMENT = /^templates?$/i;
/**
 * Actions that mail a prepared document to its signers (Dropbox Sign's `send_with_template`, Documenso's
 * `redistribute`), or a reminder to them (BoldSign's /v1/document/remind with its `Message`, Acrobat Sign's
 * /agreements/{id}/reminders with its `note`).
 */
const SEND_ACTION = /^(?:send(?:_with_template)?|distribute|redistribute|resend|remind|send[-_]?reminders?|reminders)$/i;
/** A reminders collection at the API's root, naming what is signed in the body (Acrobat Sign v5's `agreementId`). */
const REMINDERS_SEGMENT = /^reminders$/i;
const SIGNING_ID_FIELD = /^(?:agreement|envelope|signature_?request)_?id$/i;
/** A status or state that keeps a signing request unsent (DocuSign's `created`, Acrobat Sign's AUTHORING). */
const UNSENT_STATE = /^(?:created|draft|authoring)$/i;
/** A signing request embedded in the sender's own page: its signers get no request mail (Dropbox Sign's create_embedded, create_embedded_with_template). */
const EMBEDDED_ACTION = /^create_embedded/i;
/** A status or state that ends what was sent (DocuSign's `voided`, Acrobat Sign's CANCELLED). */
const ENDED_STATE = /^(?:voided|cancell?ed)$/i;
/** Whether the others are told of a cancellation (Acrobat Sign's `notifyOthers`, default off). */
const NOTIFY_FLAG = /^notify(?:_?(?:others|signers?|recipients?|participants?))?$/i;
/** DocuSign's void reason: its recipients, notified of the void, are shown it (VoidEnvelope reference). */
const VOIDED_REASON = /^voided_?reason$/i;
/** A matter or case file the words are written on (Clio's `matter: { id }`, PracticePanther's `matter_ref`, Docketwise's `matter_id`). */
const MATTER_FIELD = /^(?:matter(?:_?(?:id|ref|uuid))?|case_?file(?:_?id)?)$/i;
/**
 * Docketwise's note on a client (`client_id`, a numeric record id): read only on a notes collection and only when the
 * value is all digits, `client_id` being an OAuth client elsewhere (`web`, a hex key; review cr1 M1's notes app).
 */
const CLIENT_FIELD = /^client_?id$/i;
/**
 * A matter named by a note's links (Actionstep's `filenotes: { text, links: { action } }`, its matters being
 * "actions"; JSON:API's `relationships: { matter: { data: { id } } }`), round r17. Only inside a links or
 * relationships object and with an id: `action` alone is too common a key to name a matter.
 */
const LINKS_KEY = /^(?:links|relationships)$/i;
const LINKED_MATTER_KEY = /^(?:matters?|actions?|cases?|case_?files?)$/i;
/** A file note, the legal word for a note on a client's file (Actionstep's, LEAP's and Smokeball's file notes). */
const FILE_NOTE_COLLECTION = /^file[-_]?notes?$/i;
/** A record's notes, memos or logged communications. */
const NOTE_COLLECTION = /^(?:notes?|memos?|file[-_]?notes?|communications?)$/i;
const MATTER_COLLECTION = /^(?:matters?|case_?files?)$/i;
/** A matter record's own fields (Clio's matter: `client`, `practice_area`, `status`, `description`, …). */
const MATTER_RECORD_KEY =
  /^(?:client(?:_?id)?|practice_?area(?:_?id)?|description|status|display_?number|open_?date|close_?date|pending_?date|responsible_?(?:attorney|staff)(?:_?id)?|originating_?attorney(?:_?id)?|billable|client_?reference)$/i;
/** Words of a post or topic: a body holding them under a matters path is no matter's record (review M5). */
const POST_WORDS_KEY = /^(?:title|body|raw|content|text|message|comment|post)$/i;
/** Billing entries on a matter (Clio's activities typed TimeEntry or ExpenseEntry). */
const BILLING_TYPE = /^(?:time|expense)_?entry$/i;
const BILLING_COLLECTION = /^(?:time_?entries|timeentries|expense_?entries|activities)$/i;

/** A body read for signing signs: a JSON body, or the JSON object a form sends in one field (Zoho Sign's `data`). */
function signingBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'form' && body.type !== 'multipart') return body;
  for (const [, v] of body.fields) {
    if (!v.startsWith('{')) continue;
    const value = jsonObject(v);
    if (value) return { type: 'json', value };
  }
  return body;
}

/** holdsDeep's bounds: a composite template's nesting, well under limits.ts's walk of a whole body. */
const TEMPLATE_WALK_NODES = 500;
const TEMPLATE_WALK_DEPTH = 10;

/** A key holding an object with a key of its own, as deep as a composite template nests it (bounded: TEMPLATE_WALK_*). */
function holdsDeep(value: unknown, key: RegExp, inner: RegExp): boolean {
  let nodes = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > TEMPLATE_WALK_NODES || depth > TEMPLATE_WALK_DEPTH) return false;
    if (Array.isArray(v)) return v.some((item) => walk(item, depth + 1));
    if (!isRecord(v)) return false;
    for (const k in v) {
      const child = v[k];
      if (key.test(k) && isRecord(child) && Object.keys(child).some((c) => inner.test(c) && typeof child[c] === 'string' && child[c] !== '')) return true;
      if (walk(child, depth + 1)) return true;
    }
    return false;
  };
  return walk(value, 0);
}

/** A send action on what is signed (…/documents/{id}/send, /signature_request/send, /document/distribute, /agreements/{id}/reminders). */
function signingSendPath(path: string): boolean {
  if (!SEND_ACTION.test(lastSegment(path))) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  const before = segments[n - 2] ?? '';
  if (REMINDERS_SEGMENT.test(lastSegment(path))) return SIGNING_COLLECTION.test(segments[n - 3] ?? '') && hasIdSegment(before);
  return SIGNING_COLLECTION.test(before) || TEMPLATE_SEGMENT.test(before) || (SIGNING_COLLECTION.test(segments[n - 3] ?? '') && hasIdSegment(before));
}

/**
 * A reminder created at a reminders collection naming what is signed by id (Acrobat Sign v5's POST /reminders with
 * `agreementId`, its `comment` sent to the recipients): mail to the signers, not one's own reminder (refuses.ts's
 * personal collections; review D3).
 */
export function signingReminder(body: ParsedBody, path: string): boolean {
  return REMINDERS_SEGMENT.test(lastSegment(path)) && hasField(body, SIGNING_ID_FIELD);
}

/** A list whose entries each name someone by an address field (Skribble's `signatures: [{ account_email }]`). */
function addressedEntries(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.slice(0, 50).every((item) => isRecord(item) && Object.keys(item).some((k) => ADDRESS_KEY.test(k) && typeof item[k] === 'string' && item[k] !== ''));
}

/**
 * Signaturit's signature request (round r29): a form POSTed to its signs or signatures collection naming recipients
 * by address (`recipients[0][email]`) beside the mail's `body`. Only on that collection: recipients beside a body
 * elsewhere are the mail rules' to read.
 */
const SIGNS_COLLECTION = /^(?:signs|signatures)$/i;
const FORM_RECIPIENT_ADDRESS = /^(?:recipients|signers)\[\d+\]\[e-?mail\]$/i;
function formSignatureRequest(body: ParsedBody, path: string): boolean {
  if ((body.type !== 'form' && body.type !== 'multipart') || !SIGNS_COLLECTION.test(lastSegment(path))) return false;
  if (!hasField(body, /^(?:body|message)$/i)) return false;
  for (const [name, v] of body.fields) if (FORM_RECIPIENT_ADDRESS.test(name) && v !== '') return true;
  return false;
}

/** A body that asks for signatures and carries the words mailed with it. */
function signingRequest(raw: ParsedBody): boolean {
  const body = signingBody(raw);
  if (hasField(body, BLURB_KEY)) return true;
  if (body.type === 'json' && holdsDeep(body.value, NOTIFICATION_KEY, NOTIFICATION_BODY_KEY)) return true;
  // The words' fields first: they are looked up in a few top fields, the signers in a walk of the whole body.
  if (!hasField(body, SIGNING_WORDS_KEY) && !hasField(body, SIGNING_MAIL_KEY)) return false;
  return (
    hasKeyDeep(body, SIGNER_KEY) ||
    hasKeyDeep(body, SIGNER_TYPE_KEY, (v) => typeof v === 'string' && SIGNER_TYPE.test(v)) ||
    hasKeyDeep(body, SIGNATURES_KEY, addressedEntries)
  );
}

/** Whether every signer named has its notifications suppressed (Box Sign's `suppress_notifications`): the mail goes to no one. */
function everySignerSilent(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const signers = body.value['signers'];
  if (!Array.isArray(signers) || signers.length === 0) return false;
  return signers.every((s) => isRecord(s) && flagOn(s['suppress_notifications']));
}

/**
 * A void or cancel of what was sent for signing (a top-level status or state voided or cancelled, on a path naming
 * a signing collection): a message when the service mails its reason (a notify flag on, or DocuSign's
 * `voidedReason`, which recipients are always shown), quiet when no one is told.
 */
function endedSigning(body: ParsedBody, path: string): 'message' | 'quiet' | undefined {
  const state = fieldValue(body, /^(?:status|state)$/i);
  if (state === undefined || !ENDED_STATE.test(state) || !pathSegments(path).some((s) => SIGNING_COLLECTION.test(s))) return undefined;
  let notify: boolean | undefined;
  hasFieldWhere(body, (name, v) => {
    if (NOTIFY_FLAG.test(name) && (flagOn(v) || flagOff(v))) notify = flagOn(v);
    return notify !== undefined;
  });
  if (notify !== undefined) return notify ? 'message' : 'quiet';
  return hasField(body, VOIDED_REASON) ? 'message' : 'quiet';
}

/**
 * A record's own fields (a matter's name, reference, priority, status, dates, people by id) in a body wrapped in
 * its collection's name, at that collection's record by id: Actionstep's PUT /actions/{id} with `actions: { name,
 * reference, priority }`, its matters being "actions" (round r17). Any record renamed in such an envelope
 * publishes nothing; a body with a post's words (`title`, `body`, …) is not one.
 */
const RECORD_FIELD = /^(?:name|reference|priority|status|(?:open|close|due|start|end)_?(?:date|timestamp)?|[a-z]+_?id|links)$/i;
function recordEnvelopeEdit(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const keys = Object.keys(body.value);
  const segments = pathSegments(path);
  const collection = segments[segments.length - 2] ?? '';
  if (keys.length !== 1 || keys[0]!.toLowerCase() !== collection.toLowerCase() || !hasIdSegment(lastSegment(path))) return false;
  const record = body.value[keys[0]!];
  return isRecord(record) && Object.keys(record).length > 0 && Object.keys(record).every((k) => RECORD_FIELD.test(k) && !POST_WORDS_KEY.test(k));
}

/**
 * A court case created or edited as a record (round r29: Kayse's POST /v1/cases with `court_name`, `jurisdiction`,
 * `court_date`, `description`, `status`): a cases collection is too common a word alone (a support desk's case with
 * its description is a post to the desk), so a court's field must name it, and no post's words may ride along.
 */
const COURT_KEY = /^(?:court(?:_?(?:name|id|date))?|jurisdiction|docket(?:_?number)?)$/i;
function courtCaseRecord(body: ParsedBody, path: string): boolean {
  const segments = pathSegments(path);
  const last = lastSegment(path);
  const onCases = /^cases$/i.test(last) || (/^cases$/i.test(segments[segments.length - 2] ?? '') && hasIdSegment(`cases/${last}`));
  return onCases && hasField(body, COURT_KEY) && !hasField(body, POST_WORDS_KEY) && onlyCaseRecordFields(body);
}

/**
 * Kayse's documented case fields (POST and PUT /v1/cases): a body of these alone is the record. Any other field
 * (`notes`, `summary`, `details`, a nested object, a requester's `email`) may carry a lawyer's or a client's words,
 * so the record rule steps aside and the older rules decide (r29 review D1, D2).
 */
const CASE_RECORD_FIELD = /^(?:case_?number|external_?source(?:_?id)?|name|court(?:_?(?:name|id|date))?|jurisdiction|docket(?:_?number)?|description|status|type|is_?obo|(?:created|updated|open|close)_?date|client_?id)$/i;
function onlyCaseRecordFields(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  return Object.entries(body.value).every(([k, v]) => CASE_RECORD_FIELD.test(k) && !isRecord(v) && !Array.isArray(v));
}

/** Whether the path names a matter's record itself: the matters collection or one matter by id. */
function matterRecordPath(path: string): boolean {
  const segments = pathSegments(path);
  const last = lastSegment(path);
  if (MATTER_COLLECTION.test(last)) return true;
  return MATTER_COLLECTION.test(segments[segments.length - 2] ?? '') && hasIdSegment(last);
}

/** A notes, memos or communications collection under a matter by id (/matters/{id}/memos). */
function underMatter(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  return n >= 3 && MATTER_COLLECTION.test(segments[n - 3]!) && hasIdSegment(segments[n - 2]!);
}

/** An id as a link gives it: digits, an id-shaped string, or JSON:API's `{ data: { id } }`. */
function linkedId(v: unknown): boolean {
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return /^\d+$/.test(v) || hasIdSegment(v);
  return isRecord(v) && isRecord(v['data']) && linkedId(v['data']['id']);
}
/** Whether a note's links name the matter it is written on (see LINKS_KEY). */
function linksMatter(body: ParsedBody): boolean {
  return hasKeyDeep(body, LINKS_KEY, (v) => isRecord(v) && Object.keys(v).some((k) => LINKED_MATTER_KEY.test(k) && linkedId(v[k])));
}

/**
 * A note edited by id (Clio's PATCH /api/v4/notes/{id}.json): its words in Clio's `detail`, or a matter named; a
 * file note by id is on a client's file whatever its body names (Actionstep's PUT /filenotes/{id}, round r17).
 */
function noteEditedById(path: string, body: ParsedBody, method: string): boolean {
  if (method !== 'PATCH' && method !== 'PUT') return false;
  const segments = pathSegments(path);
  const collection = segments[segments.length - 2] ?? '';
  // The collection word goes with the id: a short type-prefixed id (`nt_3r7t1w5y`) counts only after one (paths.ts).
  if (!NOTE_COLLECTION.test(collection) || !hasIdSegment(`${collection}/${lastSegment(path)}`)) return false;
  return FILE_NOTE_COLLECTION.test(collection) || hasField(body, /^detail$/i) || hasField(body, MATTER_FIELD) || linksMatter(body) || noteUnderMatter(segments);
}

/** A note by id under a matter by id (vcita's PUT /matters/{uid}/notes/{uid}, round r29): the path names the matter. */
function noteUnderMatter(segments: string[]): boolean {
  const n = segments.length;
  return n >= 4 && MATTER_COLLECTION.test(segments[n - 4]!) && hasIdSegment(`${segments[n - 4]!}/${segments[n - 3]!}`);
}

/** What a practice-management note or an e-signature send is, or undefined when the request is neither. */
export function legalMatterKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (signingSendPath(path) || signingReminder(body, path) || signingRequest(body) || formSignatureRequest(body, path)) return 'message';
  if (endedSigning(body, path) === 'message') return 'message';
  const verb = method.toUpperCase();
  if (noteEditedById(path, body, verb)) return 'comment';
  if (verb !== 'POST' || !NOTE_COLLECTION.test(lastSegment(path))) return undefined;
  const onClient = /^notes?$/i.test(lastSegment(path)) && hasFieldWhere(body, (name, v) => CLIENT_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))));
  if (!underMatter(path) && !hasField(body, MATTER_FIELD) && !onClient && !linksMatter(body)) return undefined;
  if (hasKeyDeep(body, ANY_RECIPIENT_KEY)) return undefined;
  if (hasFieldWhere(body, (name, v) => MAIL_NOTE_FLAG.test(name) && flagOn(v))) return 'message';
  return 'comment';
}

/** Whether a legal or e-signature request publishes nothing though it carries words. */
export function legalMatterQuiet(body: ParsedBody, path: string): boolean {
  const signing = signingSendPath(path) || signingRequest(body);
  if (signing) {
    const state = fieldValue(body, /^(?:status|state)$/i);
    if (state !== undefined && UNSENT_STATE.test(state)) return true;
    if (hasFieldWhere(signingBody(body), (name, v) => DRAFT_FLAG.test(name) && flagOn(v))) return true;
    // The notification mail turned off: the document is shared by link or embedded, its message mailed to no one.
    if (hasFieldWhere(body, (name, v) => (/^silent$/i.test(name) && flagOn(v)) || (/^send_?e?mails?$/i.test(name) && flagOff(v)))) return true;
    if (hasField(body, /^distribution_?method$/i, /^none$/i) || everySignerSilent(body) || EMBEDDED_ACTION.test(lastSegment(path))) return true;
  }
  // A void or cancel that tells no one: a status change of what was sent before.
  if (endedSigning(body, path) === 'quiet') return true;
  // A matter's own record, known by its fields: a topic posted under a path that ends in `matters` is not one.
  if (matterRecordPath(path) && hasField(body, MATTER_RECORD_KEY) && !hasField(body, POST_WORDS_KEY)) return true;
  // A court case's own record (Kayse's POST /v1/cases with its court and description), round r29.
  if (courtCaseRecord(body, path)) return true;
  // A calling campaign over a list of cases, storing the texts it will send later (Kayse's `case_list_id`), round r29;
  // not when a post's words or a send-now flag ride along (r29 review D3).
  if (/^campaigns?$/i.test(lastSegment(path)) && hasField(body, /^case_?list_?id$/i) && !hasField(body, POST_WORDS_KEY) && !hasFieldWhere(body, (name, v) => /^send_?now$/i.test(name) && flagOn(v))) return true;
  // A record's own fields in its collection's envelope (Actionstep's matter renamed, round r17).
  if (recordEnvelopeEdit(body, path)) return true;
  // A time or expense entry on a matter.
  if (hasField(body, /^type$/i, BILLING_TYPE) && (hasField(body, MATTER_FIELD) || BILLING_COLLECTION.test(lastSegment(path)))) return true;
  return /^(?:time_?entries|timeentries|expense_?entries)$/i.test(lastSegment(path)) && hasField(body, MATTER_FIELD);
}
