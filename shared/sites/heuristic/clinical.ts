/**
 * Clinical messaging and health records (round hc1): HL7 FHIR resources written by clinicians' and patients' apps
 * (Medplum, SMART on FHIR apps, HAPI clients) and the chart notes of open-source records (Open Dental, OpenMRS).
 *
 * A FHIR write goes to [base]/[type] or [base]/[type]/[id] with the body's `resourceType` equal to that type, or to
 * [base] with a transaction or batch Bundle (hl7.org/fhir/R4/http.html); that match is what tells a FHIR resource
 * from any API's `resourceType` field. Its kind:
 * - a Communication or CommunicationRequest (payload words for its recipients) is a message, an answer
 *   `inResponseTo` another one too: it is read by the people it is sent to only, as round hd1's reply mailed to one
 *   person is;
 * - an Annotation (`note[].text`) on any other resource, or a Flag's warning (`code.text`), is read by the colleagues
 *   who open the record: a comment on it, as rounds u4 and hd1 read a note for colleagues and ed2 a pupil's record;
 * - a Bundle is what its entries' resources are.
 * It publishes nothing when a Communication or CommunicationRequest is still in preparation or a draft (unless an
 * operation sends it: Medplum's `$send-sms-twilio` posts one in preparation and sends it), when a Communication has
 * `received` set (the recipient's receipt, or a record of what arrived), at an operation that sends nothing
 * (`$validate`, `$everything`), and for subscriptions and audit records.
 *
 * Outside FHIR, words beside a patient's id (Open Dental's `PatNum` on a commlog or procedure note, an OpenMRS
 * encounter's `patient`) with no one named to receive them are a note on the patient's chart: a comment.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere } from './body-fields';
import { hasIdSegment, lastSegment } from './paths';

/** A FHIR resource type: PascalCase, as every type in the specification is spelt. */
const RESOURCE_TYPE = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;
/** Resources whose words go to their recipients. */
const MESSAGE_RESOURCE = /^Communication(?:Request)?$/;
/** Records of the server's own traffic: a subscription's reason or an audit record's description is read by no one. */
const INFRASTRUCTURE_RESOURCE = /^(?:Subscription|SubscriptionTopic|SubscriptionStatus|AuditEvent|Provenance)$/;
/** Event and request statuses before anything is sent (event-status `preparation`, request-status `draft`). */
const UNSENT_STATUS = /^(?:preparation|draft)$/;
/** An operation whose name says it sends or delivers (Medplum's `$send-sms-twilio`, `$send-email`, `$process-message`). */
const SENDING_OPERATION = /^\$(?:[\w-]*[-_])?(?:send|notify|process-message|submit)(?:[-_][\w-]*)?$/i;
/** A base path of a FHIR server (Medplum's /fhir/R4, HAPI's /baseR4, the SMART sandbox's /v/r4/fhir). */
const FHIR_BASE = /(?:^|\/)(?:fhir|base(?:R[2-6]B?|Dstu[23]))(?:\/|$)/i;
/** How many entries of a Bundle are read. */
const BUNDLE_ENTRIES_READ = 50;

type Resource = Record<string, unknown> & { resourceType: string };

/** The body's top-level FHIR resource, when its `resourceType` is spelt as a FHIR type. */
function fhirBody(body: ParsedBody): Resource | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const type = body.value.resourceType;
  return typeof type === 'string' && RESOURCE_TYPE.test(type) ? (body.value as Resource) : undefined;
}

/** The resource written, when the path names its type ([type] or [type]/[id]) or a Bundle goes to the base. */
function fhirWrite(path: string, body: ParsedBody): Resource | undefined {
  const resource = fhirBody(body);
  if (!resource) return undefined;
  const segments = path.replace(/\/$/, '').split('/');
  const n = segments.length;
  if (segments[n - 1] === resource.resourceType) return resource;
  if (n >= 2 && segments[n - 2] === resource.resourceType && hasIdSegment(segments[n - 1]!)) return resource;
  // A transaction or batch goes to the base itself, whose last segment names no type.
  if (resource.resourceType === 'Bundle' && !RESOURCE_TYPE.test(segments[n - 1]!)) return resource;
  return undefined;
}

function resourceKind(resource: Resource): PostKind | undefined {
  if (MESSAGE_RESOURCE.test(resource.resourceType)) return 'message';
  if (resource.resourceType !== 'Bundle') return 'comment';
  const entries = Array.isArray(resource.entry) ? resource.entry.slice(0, BUNDLE_ENTRIES_READ) : [];
  let kind: PostKind | undefined;
  for (const entry of entries) {
    const inner = isRecord(entry) ? entry.resource : undefined;
    if (!isRecord(inner) || typeof inner.resourceType !== 'string' || !RESOURCE_TYPE.test(inner.resourceType) || inner.resourceType === 'Bundle') continue;
    const k = resourceKind(inner as Resource);
    // A message anywhere in the Bundle is what goes out to someone; the rest are records beside it.
    if (k === 'message') return k;
    kind ??= k;
  }
  return kind;
}

/** The kind of a FHIR write's words (a message or a comment on the record), or undefined for anything else. */
export function clinicalKind(path: string, body: ParsedBody): PostKind | undefined {
  const resource = fhirWrite(path, body);
  return resource ? resourceKind(resource) : undefined;
}

/** Whether a FHIR request publishes nothing: an operation that sends nothing, a server record, an unsent or received message. */
export function clinicalQuiet(body: ParsedBody, path: string): boolean {
  const resource = fhirBody(body);
  if (!resource) return false;
  const last = lastSegment(path);
  if (last.startsWith('$')) return !SENDING_OPERATION.test(last);
  if (!fhirWrite(path, body)) return false;
  if (INFRASTRUCTURE_RESOURCE.test(resource.resourceType)) return true;
  if (!MESSAGE_RESOURCE.test(resource.resourceType)) return false;
  const status = resource.status;
  if (typeof status === 'string' && UNSENT_STATUS.test(status)) return true;
  return typeof resource.received === 'string' && resource.received !== '';
}

/**
 * A FHIR Flag written to a FHIR server's base (POST [base]/Flag, PUT [base]/Flag/{id}): a warning shown to clinicians,
 * though a `/flag` path elsewhere reports content and is not watched. The type's capital and the base say FHIR.
 */
export function fhirFlagPath(path: string): boolean {
  if (!FHIR_BASE.test(path)) return false;
  const segments = path.replace(/\/$/, '').split('/');
  const n = segments.length;
  return segments[n - 1] === 'Flag' || (n >= 2 && segments[n - 2] === 'Flag' && hasIdSegment(segments[n - 1]!));
}

/** A field naming the patient a record is about (Open Dental's `PatNum`, OpenMRS's `patient`, `patient_id`). */
const PATIENT_FIELD = /^(?:pat_?num|patient(?:_?(?:id|uuid|num(?:ber)?))?)$/i;

/** Words beside a patient's id, named to no one (kind.ts asks after every recipient rule): a note on the chart. */
export function chartNoteKind(body: ParsedBody): PostKind | undefined {
  return hasFieldWhere(body, (name, v) => PATIENT_FIELD.test(name) && (typeof v === 'number' || (typeof v === 'string' && v.trim() !== ''))) ? 'comment' : undefined;
}
