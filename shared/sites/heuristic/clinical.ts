/**
 * Clinical messaging and health records (round hc1, mended after its review, hc1rev): HL7 FHIR resources written by
 * clinicians' and patients' apps (Medplum, SMART on FHIR apps, HAPI clients) and the chart notes of open-source
 * records (Open Dental, OpenMRS, Elation).
 *
 * A FHIR write goes to [base]/[type] or [base]/[type]/[id] with the body's `resourceType` equal to that type, or to
 * [base] with a transaction or batch Bundle (hl7.org/fhir/R4/http.html). Any API may name a `resourceType` and a
 * PascalCase collection, so it counts as FHIR only with a FHIR signal as well: a FHIR base in the path (`/fhir`,
 * `/baseR4`, Cerner's `/r4/`), or a type from the short list below of real FHIR types that carry words (review D4).
 * The body's content type would be a third signal, but the kind and quiet rules see the parsed body only. Its kind:
 * - a Communication or CommunicationRequest (payload words sent by a sender to receivers) is a message, with or
 *   without a `recipient` (a care-team thread post names none), and so is an answer `inResponseTo` another one:
 *   it is read by the people it is sent to only, as round hd1's reply mailed to one person is;
 * - a Communication created with `received` already set records on the chart what arrived (a phone message, a fax):
 *   a comment, like Open Dental's commlog `SentOrReceived: Received` (review J2);
 * - an Annotation (`note[].text`) on any other resource, an Appointment's `comment`, a questionnaire's answers, or a
 *   Flag's warning (`code.text`), is read by the colleagues who open the record: a comment on it, as rounds u4 and
 *   hd1 read a note for colleagues and ed2 a pupil's record;
 * - a Bundle is the kind of the entry whose words are shown, among the entries that publish (review J4);
 * - a JSON Patch (which has no `resourceType`) of a note or a payload, and an operation on [type] or [type]/{id},
 *   are the kind of the type in the path.
 * It publishes nothing when a Communication or CommunicationRequest is still in preparation or a draft, when a
 * Communication updated by id has `received` set (the recipient's read mark, Medplum's ThreadChat), at an operation
 * known to send nothing (`$validate`, `$everything`, terminology lookups, exports), and for subscriptions and audit
 * records; a Bundle is quiet when every typed entry is. Other operations (servers define their own: `$add-note`,
 * `$send-sms-twilio`) fall through to the ordinary rules, so their words are held.
 *
 * Outside FHIR, words beside a patient's id (Open Dental's `PatNum` on a commlog or procedure note, an OpenMRS
 * encounter's `patient`) that sit in a note field or under a chart-like path, with no one named to receive them and
 * no rating, title or subject beside them, are a note on the patient's chart: a comment.
 *
 * Round r27 (a nurse's records in systems hc1 did not read) added: an openEHR composition committed to a person's EHR
 * (EHRbase's [base]/ehr/{ehr_id}/composition, FLAT or canonical) and a GNU Health patient record written over Tryton's
 * JSON-RPC (`model.gnuhealth.patient.rounding.create`) are notes on the patient's record, comments; a FHIR
 * DocumentReference's plain-text attachment is shown decoded (Oracle Health's clinical notes); a FHIR write whose only
 * strings are codes, coded displays and references (a coded order) publishes nothing; Open Hospital's `patientCode`
 * and Bahmni's `patientUuid` name a patient, and a note field may carry a prefix (`pex_note`, `session_notes`) or be
 * Bahmni's `observations`.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import type { FreeText } from './longest-field';
import { isFreeText } from './free-text';
import { hasField, hasFieldWhere } from './body-fields';
import { htmlText } from '../rich-text';
import { HEURISTIC_MAX_BODY } from './limits';
import { hasIdSegment, lastSegment } from './paths';

/**
 * A FHIR type's spelling (PascalCase). The spelling alone tells nothing (an API's `Message` or `Post` is spelt so):
 * it is read only beside a FHIR signal, a FHIR base path or a type from WORD_RESOURCE_TYPES.
 */
const RESOURCE_TYPE = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;
/**
 * FHIR R4/R5 resource types whose instances carry people's words (Annotation `note`, a `comment`, a `description`,
 * a `conclusion`, answers, payload) or that this module quiets (subscriptions, audit records), named as in the
 * specification's resource-types value set (hl7.org/fhir/R4/valueset-resource-types.html, R5 fhir-types).
 * Bundle, Parameters and the rest are FHIR only under a FHIR base.
 */
const WORD_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'Communication', 'CommunicationRequest', 'Task', 'Flag', 'Condition', 'Observation', 'AllergyIntolerance',
  'Procedure', 'CarePlan', 'CareTeam', 'ServiceRequest', 'MedicationRequest', 'MedicationStatement', 'Immunization',
  'DiagnosticReport', 'ClinicalImpression', 'DocumentReference', 'Goal', 'Appointment', 'QuestionnaireResponse',
  'DetectedIssue', 'RiskAssessment', 'FamilyMemberHistory', 'AdverseEvent',
  'Subscription', 'SubscriptionTopic', 'SubscriptionStatus', 'AuditEvent', 'Provenance',
]);
/** Resources whose words go to their recipients. */
const MESSAGE_RESOURCE = /^Communication(?:Request)?$/;
/** Records of the server's own traffic: a subscription's reason or an audit record's description is read by no one. */
const INFRASTRUCTURE_RESOURCE = /^(?:Subscription|SubscriptionTopic|SubscriptionStatus|AuditEvent|Provenance)$/;
/** Event and request statuses before anything is sent (event-status `preparation`, request-status `draft`). */
const UNSENT_STATUS = /^(?:preparation|draft)$/;
/**
 * Operations of the specification known to send nothing: validation, reads of a record, metadata, terminology
 * lookups, matching, statistics, bulk export and GraphQL reads (review D5). Any other operation is held.
 */
const QUIET_OPERATION = /^\$(?:validate|everything|meta(?:-add|-delete)?|expand|lookup|translate|validate-code|subsumes|match|lastn|stats|export|graphql)$/i;
/** A base path of a FHIR server (Medplum's /fhir/R4, HAPI's /baseR4, the SMART sandbox's /v/r4/fhir, Cerner's /r4/{tenant}). */
const FHIR_BASE = /(?:^|\/)(?:fhir|base(?:R[2-6]B?|Dstu[23])|R[2-6]B?|STU3|DSTU2)(?:\/|$)/i;
/** A JSON Patch pointer into the words of a resource (an Annotation, a payload, a comment, a description). */
const WORDS_POINTER = /^\/(?:note|payload|comment|patientInstruction|description|conclusion|summary|detail)(?:\/|$)/;
/** How many entries of a Bundle are read. */
const BUNDLE_ENTRIES_READ = 50;

type Resource = Record<string, unknown> & { resourceType: string };

/** Whether a type named in this path (or body) is FHIR's: a FHIR base path, or a listed type. */
function fhirType(type: string, path: string): boolean {
  return WORD_RESOURCE_TYPES.has(type) || (RESOURCE_TYPE.test(type) && FHIR_BASE.test(path));
}

/** The body's top-level FHIR resource, when its `resourceType` is a FHIR type by fhirType. */
function fhirBody(body: ParsedBody, path: string): Resource | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const type = body.value.resourceType;
  return typeof type === 'string' && fhirType(type, path) ? (body.value as Resource) : undefined;
}

/** The path's segments without a trailing `/` or query. */
function segmentsOf(path: string): string[] {
  return path.replace(/[?#].*$/, '').replace(/\/$/, '').split('/');
}

/** Whether the path is [type] or [type]/{id} (review M2: one test for writes, entries and the Flag watch). */
function typedPath(path: string, type: string): 'type' | 'id' | undefined {
  const segments = segmentsOf(path);
  const n = segments.length;
  if (segments[n - 1] === type) return 'type';
  return n >= 2 && segments[n - 2] === type && hasIdSegment(segments[n - 1]!) ? 'id' : undefined;
}

/** The resource written, when the path names its type ([type] or [type]/[id]) or a Bundle goes to a FHIR base. */
function fhirWrite(path: string, body: ParsedBody): Resource | undefined {
  const resource = fhirBody(body, path);
  if (!resource) return undefined;
  if (typedPath(path, resource.resourceType)) return resource;
  // A transaction or batch goes to the base itself, whose last segment names no type.
  if (resource.resourceType === 'Bundle' && FHIR_BASE.test(path) && !RESOURCE_TYPE.test(lastSegment(path))) return resource;
  return undefined;
}

/**
 * Whether one resource publishes nothing, written at `path` (the request's, or a Bundle entry's `request.url`):
 * a server record, a message unsent, or a Communication updated by id with `received` set (a read mark; review D1).
 */
function quietResource(resource: Resource, path: string): boolean {
  if (INFRASTRUCTURE_RESOURCE.test(resource.resourceType)) return true;
  if (!MESSAGE_RESOURCE.test(resource.resourceType)) return false;
  const status = resource.status;
  if (typeof status === 'string' && UNSENT_STATUS.test(status)) return true;
  return received(resource) && typedPath(path, resource.resourceType) === 'id';
}

function received(resource: Resource): boolean {
  return typeof resource.received === 'string' && resource.received !== '';
}

/** A Bundle's typed entries (not nested Bundles), each with the path it is written at. */
function bundleEntries(bundle: Resource): { resource: Resource; path: string }[] {
  const entries = Array.isArray(bundle.entry) ? bundle.entry.slice(0, BUNDLE_ENTRIES_READ) : [];
  const typed: { resource: Resource; path: string }[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const inner = entry.resource;
    if (!isRecord(inner) || typeof inner.resourceType !== 'string' || !RESOURCE_TYPE.test(inner.resourceType) || inner.resourceType === 'Bundle') continue;
    const url = isRecord(entry.request) && typeof entry.request.url === 'string' ? entry.request.url : inner.resourceType;
    typed.push({ resource: inner as Resource, path: url });
  }
  return typed;
}

/** Whether a string within `value` (a few levels down) holds the words shown. */
function holdsText(value: unknown, text: string, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (depth > 6) return false;
  if (Array.isArray(value)) return value.some((v) => holdsText(v, text, depth + 1));
  if (isRecord(value)) return Object.values(value).some((v) => holdsText(v, text, depth + 1));
  return false;
}

function typeKind(type: string): PostKind {
  return MESSAGE_RESOURCE.test(type) ? 'message' : 'comment';
}

function resourceKind(resource: Resource, text: string | undefined): PostKind | undefined {
  // A Communication created already received is a record of what arrived, written to the chart (review J2).
  if (resource.resourceType === 'Communication' && received(resource)) return 'comment';
  if (resource.resourceType !== 'Bundle') return typeKind(resource.resourceType);
  const publishing = bundleEntries(resource).filter((e) => !quietResource(e.resource, e.path));
  // The entry whose words are shown gives the kind, so that the warning names what it shows (review J4).
  const shown = text ? publishing.find((e) => holdsText(e.resource, text)) : undefined;
  if (shown) return resourceKind(shown.resource, undefined);
  // Otherwise a message anywhere in the Bundle is what goes out to someone; the rest are records beside it.
  const kinds = publishing.map((e) => resourceKind(e.resource, undefined));
  return kinds.includes('message') ? 'message' : kinds[0];
}

/** A JSON Patch (RFC 6902, FHIR's PATCH) that writes into a resource's words. */
function patchesWords(body: ParsedBody): boolean {
  if (body.type !== 'json' || !Array.isArray(body.value)) return false;
  return body.value.some((op) => isRecord(op) && (op.op === 'add' || op.op === 'replace') && typeof op.path === 'string' && WORDS_POINTER.test(op.path));
}

/** The FHIR type named before the path's last segment ([type]/{id}/x or [type]/x), when it is FHIR's. */
function typeBefore(path: string): string | undefined {
  const segments = segmentsOf(path);
  const n = segments.length;
  const type = n >= 3 && hasIdSegment(segments[n - 2]!) ? segments[n - 3]! : segments[n - 2];
  return type !== undefined && fhirType(type, path) ? type : undefined;
}

/**
 * The kind of a FHIR write's words (a message or a comment on the record), or undefined for anything else.
 * `text` is the words the guard shows, which decide a mixed Bundle's kind.
 */
export function clinicalKind(path: string, body: ParsedBody, text?: string): PostKind | undefined {
  if (healthRecordWrite(path, body)) return 'comment';
  const resource = fhirWrite(path, body);
  if (resource) return resourceKind(resource, text);
  // A JSON Patch of a note or a payload at [type]/{id} (Medplum's patchResource; review D6).
  if (patchesWords(body)) {
    const segments = segmentsOf(path);
    const type = segments[segments.length - 2];
    return type !== undefined && fhirType(type, path) && typedPath(path, type) === 'id' ? typeKind(type) : undefined;
  }
  // An operation on a type or a record, with Parameters or that type's resource (Task/{id}/$add-note, Communication/$send-sms-twilio).
  if (lastSegment(path).startsWith('$')) {
    const type = typeBefore(path);
    const sent = body.type === 'json' && isRecord(body.value) ? body.value.resourceType : undefined;
    if (type && (sent === type || (sent === 'Parameters' && FHIR_BASE.test(path)))) return typeKind(type);
  }
  return undefined;
}

/**
 * An openEHR composition committed to a person's EHR (openEHR ITS-REST, EHRbase; r27): [base]/ehr/{ehr_id}/composition,
 * the same composition committed in a contribution ([base]/ehr/{ehr_id}/contribution), and EHRbase's older ECIS
 * endpoint (/rest/ecis/v1/composition?ehrId=…; r27rev D4). Any host: openEHR servers are self-hosted under the
 * hospital's own name, so no host list could name them (review M1 kept by the lead).
 */
const OPENEHR_COMPOSITION = /\/ehr\/[^/]+\/(?:composition(?:\/[^/]+)?|contribution)$|\/rest\/ecis\/v\d+\/composition(?:\/[^/]+)?$/;
/**
 * A GNU Health record about a patient created or written over Tryton's JSON-RPC (a rounding, an ambulatory-care
 * session, an evaluation; r27), the patient record itself, an admission (`gnuhealth.inpatient.registration`) or an
 * appointment (r27rev D5). The model's namespace is the only sign: Tryton posts every call to the database's root.
 * Tryton's other modules (sales, accounting) are not read here and keep the ordinary rules' answer (r27rev, lead's
 * decision); the Page of Life (`gnuhealth.pol`, the person's own record) is left.
 */
const GNU_HEALTH_PATIENT_METHOD = /^model\.gnuhealth\.(?:patient(?:\.[\w.]+)?|inpatient\.[\w.]+|appointment)\.(?:create|write)$/;

/** Whether words are written to a person's health record by openEHR or GNU Health (a note on it: a comment; r27). */
function healthRecordWrite(path: string, body: ParsedBody): boolean {
  if (OPENEHR_COMPOSITION.test(path.replace(/[?#].*$/, ''))) return true;
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const method = body.value.method;
  return typeof method === 'string' && GNU_HEALTH_PATIENT_METHOD.test(method);
}

/** The values of a GNU Health create (`params[0]`, a list of records) or write (`params[1]`) call (r27). */
function gnuHealthValues(body: ParsedBody): Record<string, unknown>[] {
  if (body.type !== 'json' || !isRecord(body.value) || !Array.isArray(body.value.params)) return [];
  const { method, params } = body.value;
  if (typeof method !== 'string' || !GNU_HEALTH_PATIENT_METHOD.test(method)) return [];
  const values = method.endsWith('.create') ? params[0] : [params[1]];
  return Array.isArray(values) ? values.filter(isRecord) : [];
}

/**
 * The words of a GNU Health record about a patient: its longest prose field (a round summary, session notes). Read
 * before the general walk because GNU Health keeps a record in `state: draft` until it is signed, and a draft
 * rounding is already on the patient's record for the next shift to read (r27; the source, as the r27 review read it:
 * health_nursing's rounding `state` is a Selection of `draft` "In Progress" and `done` "Done", read-only only when
 * done, and no record rule hides a draft from other users; review J1 and M6).
 */
export function gnuHealthRecordText(body: ParsedBody, min: number): FreeText | undefined {
  let best: FreeText | undefined;
  for (const record of gnuHealthValues(body)) {
    for (const [field, v] of Object.entries(record)) {
      if (typeof v === 'string' && isFreeText(v, min) && (!best || v.length > best.text.length)) best = { text: v, field };
    }
  }
  return best;
}

/** Keys whose strings are codes, coded labels or links, never a person's words (r27: a coded order). */
const CODED_KEY = /^(?:coding|display|reference|system|url|id|meta|identifier)$/;

/**
 * The guard's default minimum for prose (index.ts's minFreeTextLength): a space-less string this long by the free-text
 * test's own weighting (a Han character four, Thai three) is words, not a code (r27rev D1).
 */
const CODE_PROSE_MIN = 40;

/**
 * Whether a resource holds no string with a space outside codes and references: nothing a person wrote (r27). A
 * space-less string is a code only when the free-text test says it is not prose: Chinese, Japanese and Thai write
 * no spaces (r27rev D1). An attachment's `data` is words encoded (a plain-text note in base64), so it never counts
 * as a code.
 */
function codedOnly(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !/\s/.test(value.trim()) && !isFreeText(value, CODE_PROSE_MIN);
  if (depth > 8) return false;
  if (Array.isArray(value)) return value.every((v) => codedOnly(v, depth + 1));
  if (isRecord(value)) return Object.entries(value).every(([k, v]) => CODED_KEY.test(k) || (k !== 'data' && codedOnly(v, depth + 1)));
  return true;
}

/** An attachment's text types read (Oracle Health's clinical notes; r27, HTML and XHTML r27rev D2). RTF is left. */
const PLAIN_TEXT_TYPE = /^text\/plain\b/i;
const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;
/**
 * The most base64 decoded (r27rev M2): the heuristic's own body limit (limits.ts, 256 KiB; a larger body is held
 * undecided before this runs), so no note the guard reads is dropped, and a fence that keeps the decode bounded if
 * that limit is ever raised. A nurse's note is a few kilobytes.
 */
const MAX_BASE64 = HEURISTIC_MAX_BODY;

/**
 * The words of a FHIR DocumentReference or Binary written with a plain-text, HTML or XHTML attachment, decoded as the
 * reader sees them (r27; HTML r27rev D2), alone or as a transaction Bundle's entry (IHE MHD, r27rev D3). The
 * description comes first when there is one, as the chart's list shows both (r27rev J2); the decoded words must pass
 * the same free-text test as any FHIR string (r27rev J4).
 */
export function documentReferenceText(body: ParsedBody, path: string | undefined, min: number): FreeText | undefined {
  if (path === undefined || body.type !== 'json' || !isRecord(body.value)) return undefined;
  const type = body.value.resourceType;
  if (type !== 'DocumentReference' && type !== 'Binary' && type !== 'Bundle') return undefined;
  const resource = fhirWrite(path, body);
  if (!resource) return undefined;
  const documents = type === 'Bundle' ? bundleEntries(resource).map((e) => e.resource) : [resource];
  for (const document of documents) {
    const text = documentText(document, min);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** One DocumentReference's or Binary's words (r27rev D2, D3). */
function documentText(document: Resource, min: number): FreeText | undefined {
  const attachments = document.resourceType === 'Binary' ? [document]
    : document.resourceType === 'DocumentReference' && Array.isArray(document.content) ? document.content.map((c) => (isRecord(c) ? c.attachment : undefined))
      : [];
  for (const attachment of attachments) {
    if (!isRecord(attachment) || typeof attachment.data !== 'string' || typeof attachment.contentType !== 'string') continue;
    const html = HTML_TYPE.test(attachment.contentType);
    if (!html && !PLAIN_TEXT_TYPE.test(attachment.contentType)) continue;
    const decoded = decodedBase64(attachment.data);
    const words = decoded !== undefined && html ? htmlText(decoded).text : decoded;
    if (words === undefined || !isFreeText(words, min)) continue;
    const description = typeof document.description === 'string' ? document.description.trim() : '';
    const text = description !== '' && !words.includes(description) ? `${description}\n\n${words.trim()}` : words;
    return { text, field: 'data' };
  }
  return undefined;
}

/** Base64 read as UTF-8 text, or undefined when it is not or is over MAX_BASE64 (web APIs only: shared/ stays pure). */
function decodedBase64(data: string): string | undefined {
  if (data.length > MAX_BASE64) return undefined;
  try {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether a FHIR request publishes nothing: an operation that sends nothing, a server record, an unsent message or a read mark. */
export function clinicalQuiet(body: ParsedBody, path: string): boolean {
  if (privatePatientNote(body)) return true;
  const resource = fhirBody(body, path);
  if (!resource) return false;
  if (QUIET_OPERATION.test(lastSegment(path))) return true;
  if (!fhirWrite(path, body)) return false;
  // A resource of codes and references only (a coded order, a bed move) carries no words; a coded label is not prose (r27).
  if (resource.resourceType !== 'Bundle' && codedOnly(resource)) return true;
  if (resource.resourceType !== 'Bundle') return quietResource(resource, path);
  // A Bundle publishes nothing when each of its typed entries publishes nothing (review D2).
  const entries = bundleEntries(resource);
  return entries.length > 0 && entries.every((e) => quietResource(e.resource, e.path));
}

/**
 * A FHIR Flag written to a FHIR server's base (POST [base]/Flag, PUT [base]/Flag/{id}): a warning shown to clinicians,
 * though a `/flag` path elsewhere reports content and is not watched. The type's capital and the base say FHIR.
 */
export function fhirFlagPath(path: string): boolean {
  return FHIR_BASE.test(path) && typedPath(path, 'Flag') !== undefined;
}

/** A field naming the patient a record is about (Open Dental's `PatNum`, OpenMRS's `patient`, `patient_id`). */
export const PATIENT_FIELD = /^(?:pat_?num|patient(?:_?(?:id|uuid|code|num(?:ber)?))?)$/i;
/**
 * A field holding a chart note's words (Open Dental's `Note`, Elation's `bullets[].text`, OpenMRS's `obs[].value`), with
 * a clinical prefix (Open Hospital's `pex_note`, GNU Health's `session_notes`, and the visit, progress, nursing, SOAP,
 * encounter, examination, treatment, shift and handover notes of the review's list; camelCase too, `sessionNotes`).
 * Any other prefix (`release_notes`, `speaker_notes`, `delivery_note`) is not a chart's (r27rev D6, M5).
 */
const NOTE_FIELD = /^(?:(?:pex|session|visit|progress|nursing|nurse|clinical|soap|encounter|exam|treatment|shift|handover)_?notes?|notes?|note_?text|bullets|obs)$/i;
/** Bahmni's `observations`, a list of `{concept, value}`; a string of that name is an audit's or a survey's (r27rev D6). */
const OBSERVATIONS_FIELD = /^observations$/i;
/** A note kept to its writer (u3's private and personal notes; r27rev J5). */
const OWN_NOTE_FIELD = /^(?:private|personal)_?notes?$/i;
/** A chart record's collection named by an open-source record (Open Dental's commlogs and procnotes, Elation's non_visit_notes). */
const CHART_RECORDS = 'commlogs?|procnotes?|non_visit_notes?';
/** One segment naming such a collection (practice-notes.ts reads a note in one by id, hc2 review D4/M1). */
export const CHART_RECORD_SEGMENT = new RegExp(`^(?:${CHART_RECORDS})$`, 'i');
/** A path naming a chart record (the collections above, a note, OpenMRS's encounter). */
const CHART_PATH = new RegExp(`(?:^|\\/)(?:${CHART_RECORDS}|(?:visit_?|clinical_?|chart_?)?notes?|encounters?|charts?)(?:\\/|$)`, 'i');
/** Fields of a public post, a review or a ticket: a title, a rating, a subject (review D3). */
const NOT_CHART_FIELD = /^(?:title|topic|subject|rating|stars)$/i;

/** An id's value: a number, or a token with no spaces and a digit (a UUID, `PT-00412`), not a user name or "yes" (review M4). */
export function idLike(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^[\w.:-]{1,64}$/.test(v) && /\d/.test(v));
}

/**
 * Words beside a patient's id, named to no one (kind.ts asks after every recipient rule), in a note field or under a
 * chart-like path, with nothing of a review, a topic or a ticket beside them: a note on the chart.
 */
export function chartNoteKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!hasFieldWhere(body, (name, v) => PATIENT_FIELD.test(name) && idLike(v))) return undefined;
  if (!noteField(body) && !CHART_PATH.test(path)) return undefined;
  return hasField(body, NOT_CHART_FIELD) ? undefined : 'comment';
}

/** Whether the body has a chart note's field: a clinical note's name, or Bahmni's list of observations (r27rev D6). */
function noteField(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => NOTE_FIELD.test(name) || (OBSERVATIONS_FIELD.test(name) && Array.isArray(v) && v.some(isRecord)));
}

/**
 * A private or personal note beside a patient's id at the body's top level, with no chart note's field beside it:
 * kept to its writer, nothing published (r27rev J5, as u3's own notes). Top-level keys only: the guard runs on every request.
 */
function privatePatientNote(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const entries = Object.entries(body.value);
  if (!entries.some(([k, v]) => OWN_NOTE_FIELD.test(k) && typeof v === 'string')) return false;
  return entries.some(([k, v]) => PATIENT_FIELD.test(k) && idLike(v)) && !entries.some(([k]) => NOTE_FIELD.test(k));
}
