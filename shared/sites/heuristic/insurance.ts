/**
 * Insurance agents, brokers and claims adjusters (round in1): their words about a named policyholder, claimant or
 * witness, written into claims or policy software through Guidewire InsuranceSuite's Cloud API (ClaimCenter,
 * PolicyCenter, BillingCenter). The claimant is an identifiable third party (injuries, suspicions of fraud, money
 * troubles), so the words are held with the kind a reader would give them:
 * - a note on a claim, account, policy, job or activity (`POST …/claim/v1/claims/{id}/notes`,
 *   `…/common/v1/activities/{id}/notes`, `…/account/v1/accounts/{id}/notes`, `…/policy/v1/policies/{id}/notes`), a
 *   note's words edited by id (`PATCH …/common/v1/notes/{id}`), and an activity created on a claim, account, policy
 *   or job with the person's own description or subject (`POST …/claim/v1/claims/{id}/activities`): colleagues on the
 *   record read them, so each is a **comment** (as hc2, cm1 and vt1 decided for notes on a record).
 * Guidewire's ids are typed keys with a colon (`cc:102`, `pc:4411`, `demo_sample:20`), which the older id tests do
 * not take for ids, so the older rules read these notes as plain posts. Why a path rule: the API's own shape
 * (`/{api}/v1/{collection}/{key}/{child}`) is the only sign; the body is the generic `data.attributes` envelope.
 * Not read here, and left quiet by the older rules: an activity made from its pattern alone, assignments, completions,
 * reserves, closings, quotes, a note's topic or security type changed with no words.
 * AgencyZoom's notes on leads and customers (numeric ids) are read as comments by the older rules already.
 */
import type { PostKind } from '../types';
import { fieldLeaf } from './names';

/** The record a note or an activity hangs on, by a Guidewire typed key (`cc:102`), then the child collection. */
const GUIDEWIRE_CHILD =
  /\/(?:claim|account|policy|job|common)\/v1\/(?:claims|accounts|policies|jobs|activities)\/[\w-]+:[\w-]+\/(notes|activities)\/?$/;
/** A note by its own typed key in the Common API (edits go there). */
const GUIDEWIRE_NOTE_BY_ID = /\/common\/v1\/notes\/[\w-]+:[\w-]+\/?$/;
/** The words of a note or of an activity: Cloud API's field names. */
const NOTE_WORDS = /^body$/;
const ACTIVITY_WORDS = /^(?:description|subject)$/;

/** Cheapest sign first: a Cloud API version segment and a colon in the path (a typed key). */
function mayBeGuidewire(path: string): boolean {
  return path.includes('/v1/') && path.includes(':');
}

/**
 * A note or an activity's words on an insurance record in Guidewire's Cloud API: a comment. `field` is the leaf name of
 * the field the words were read from, so an activity with no words of its own (its pattern's defaults) is left alone.
 */
export function insuranceKind(path: string, field: string, method: string): PostKind | undefined {
  if (!mayBeGuidewire(path)) return undefined;
  const m = method.toUpperCase();
  if (m !== 'POST' && m !== 'PATCH' && m !== 'PUT') return undefined;
  const leaf = fieldLeaf(field);
  const child = GUIDEWIRE_CHILD.exec(path);
  if (child) return (child[1] === 'notes' ? NOTE_WORDS : ACTIVITY_WORDS).test(leaf) ? 'comment' : undefined;
  return GUIDEWIRE_NOTE_BY_ID.test(path) && NOTE_WORDS.test(leaf) ? 'comment' : undefined;
}
