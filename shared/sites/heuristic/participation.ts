/**
 * Civic participation, public consultations, freedom-of-information requests and street reports (round cv1): where
 * a professional's words, posted under their own name, are read by the public. The kinds (participationKind, from
 * kind.ts) and what publishes nothing there (participationQuiet, from refuses.ts):
 *
 * - A comment that names what it is under by a polymorphic type (Rails' `commentable_type`, Decidim's GraphQL
 *   `commentableType`, Loomio's `parent_type`) is a reply when that type is a comment (a comment is itself
 *   commentable), and otherwise a comment under that thing: CONSUL's comment form adds `parent_id` for the comment
 *   answered, Loomio's `parent_id` beside `parent_type: 'Discussion'` is the thread's, not a comment's.
 * - A vote's reason (Loomio's stance `reason` beside its `poll_id`) is shown under the poll to every member: a comment.
 * - A statement sent to a comments collection with the public conversation it belongs to (Polis's POST
 *   /api/v3/comments `conversation_id`) is a comment in that conversation, not a chat message.
 * - A follow-up under a published request or question by name (Alaveteli's /request/{slug}/followups) is a reply in
 *   its thread; a CRM's follow-ups under a contact stay what they were.
 * - An update to a street report (FixMyStreet's /report/update `update` with the problem's `id`) is a comment under it.
 * - Words sent with what they comment on by a `commentOn…Id` (Regulations.gov's POST /v4/comments
 *   `commentOnDocumentId`, in JSON:API attributes) are a comment under that document.
 * - A new discussion or debate created in its own collection, its words wrapped in the record's name (Loomio's
 *   POST /api/v1/discussions `{ discussion: { title, description } }`), is a new post, though a discussions path reads
 *   as a comment path.
 * - A review's response whose words sit in a `reply` or `response` field is a public reply beside the review's id
 *   (Ayrshare's `{ reviewId, reply }`), and a message to the reviewer alone when flagged private (Birdeye's
 *   `isPrivateResponse: 'true'`; 'false' is the public reply).
 * - Quiet: a Rails form's `commit` button whose label says preview (Alaveteli's "Preview your annotation", "Next Step:
 *   Preview your public request"), and an idea saved with `publication_status: 'draft'` (Go Vocal, CitizenLab).
 */
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField, hasFieldWhere } from './body-fields';
import { graphqlOperation } from './graphql';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { lastSegment } from './paths';
import { isDraftState } from './unpublished-objects';
import { MESSAGE_PATH } from './words';

/** A polymorphic type naming what a comment is under (`commentable_type`, `commentableType`, `parent_type`). */
const POLY_TYPE_FIELD = /^(?:commentable|parent)_?type$/i;
/** A type naming a comment: `Comment`, `Decidim::Comments::Comment`, `comments`. */
const COMMENT_TYPE = /(?:^|::|\.|_)comments?$/i;
/** A parent comment by id in a form group or object (CONSUL's `comment[parent_id]`). */
const PARENT_ID_LEAF = /^parent_?id$/i;
function isCommentText(path: string, body: ParsedBody, found: FreeText): boolean {
  if (/^comments?$/i.test(lastSegment(path))) return true;
  if (found.container !== undefined && /^comments?$/i.test(found.container)) return true;
  return /comment/i.test(graphqlOperation(body)?.name ?? '');
}
function polymorphicKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (!isCommentText(path, body, found)) return undefined;
  let type: string | undefined;
  let commentable = false;
  hasFieldWhere(body, (name, v) => {
    const leaf = fieldLeaf(name);
    if (typeof v !== 'string' || v === '' || v.length > 80 || !POLY_TYPE_FIELD.test(leaf)) return false;
    type = v;
    commentable = /^commentable/i.test(leaf);
    return true;
  });
  if (type === undefined) return undefined;
  if (COMMENT_TYPE.test(type)) return 'reply';
  // Beside a commentable's type, a parent names the comment answered; beside a parent's type, the parent is that thing.
  if (commentable) return hasFieldWhere(body, (name, v) => PARENT_ID_LEAF.test(fieldLeaf(name)) && (typeof v === 'number' ? v > 0 : typeof v === 'string' && /^[\w-]{1,40}$/.test(v) && !/^(?:0|-1|null|root)$/.test(v))) ? 'reply' : 'comment';
  return 'comment';
}

/** The attributes of a JSON:API resource (`{ data: { type, attributes } }`). */
function jsonApiAttributes(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json' || typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) return undefined;
  const data = (body.value as Record<string, unknown>)['data'];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const attributes = (data as Record<string, unknown>)['attributes'];
  return typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : undefined;
}
/** What a comment is on, by id (`commentOnDocumentId`, `comment_on_id`). */
const COMMENT_ON_FIELD = /^comment_?on_?\w{0,30}?_?id$/i;
function commentsOn(body: ParsedBody): boolean {
  const ok = (name: string, v: unknown) => COMMENT_ON_FIELD.test(name) && ((typeof v === 'string' && /^[\w.:-]{1,80}$/.test(v)) || typeof v === 'number');
  if (hasFieldWhere(body, ok)) return true;
  const attributes = jsonApiAttributes(body);
  return attributes !== undefined && Object.entries(attributes).some(([k, v]) => ok(k, v));
}

/** A report's or request's update path (`/report/update`, `/problems/update`). */
const REPORT_UPDATE_PATH = /(?:^|\/)(?:reports?|problems?|issues?|requests?)\/update\/?$/i;
/**
 * A follow-up collection under a published request or question by name (`/request/{slug}/followups`): not a CRM's
 * follow-ups under a contact, which are its owner's notes.
 */
const FOLLOWUP_PATH = /(?:^|\/)(?:requests?|questions?|petitions?|consultations?)\/[^/]+\/follow[-_]?ups?\/?$/i;
/** A new discussion or debate in its own collection, the words wrapped in the record's name. */
const NEW_THREAD_COLLECTION = /^(?:discussions|debates)$/i;
const NEW_THREAD_CONTAINER = /^(?:discussion|debate)$/i;

/** A flag saying a review's response goes to the reviewer alone (Birdeye's `isPrivateResponse`). */
const PRIVATE_RESPONSE_FLAG = /^(?:is_?)?private_?(?:response|reply)$/i;
/**
 * A response to a review by id: to the reviewer alone when flagged private (a message), else a public reply when its
 * words sit in a `reply` or `response` field beside the review's id (Ayrshare's `{ reviewId, reply }`).
 */
function reviewResponseKind(body: ParsedBody, found: FreeText): PostKind | undefined {
  if (!/^(?:reply|response)$/i.test(fieldLeaf(found.field))) return undefined;
  if (hasFieldWhere(body, (name, v) => PRIVATE_RESPONSE_FLAG.test(fieldLeaf(name)) && (v === true || v === 'true'))) return 'message';
  return hasField(body, /^review_?id$/i) || hasField(body, PRIVATE_RESPONSE_FLAG) ? 'reply' : undefined;
}

export function participationKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  const review = reviewResponseKind(body, found);
  if (review) return review;
  if (method.toUpperCase() !== 'POST') return undefined;
  const poly = polymorphicKind(path, body, found);
  if (poly) return poly;
  // A vote's reason, shown under the poll (Loomio's stance).
  if (/^reason$/i.test(fieldLeaf(found.field)) && hasField(body, /^poll_?id$/i)) return 'comment';
  // A statement in a public conversation sent to a comments collection (Polis), with no one addressed.
  if (/^comments$/i.test(lastSegment(path)) && !MESSAGE_PATH.test(path) && hasField(body, /^conversation_?id$/i) && !hasField(body, /^(?:to|recipients?|recipient_ids?)$/i)) return 'comment';
  if (FOLLOWUP_PATH.test(path) && !MESSAGE_PATH.test(path)) return 'reply';
  if (REPORT_UPDATE_PATH.test(path) && /^update$/i.test(fieldLeaf(found.field)) && hasField(body, /^id$/i)) return 'comment';
  if (commentsOn(body)) return 'comment';
  if (NEW_THREAD_COLLECTION.test(lastSegment(path)) && found.container !== undefined && NEW_THREAD_CONTAINER.test(found.container) && !hasField(body, /^(?:discussion|debate|thread|parent)_?id$/i)) return 'post';
  return undefined;
}

/** A Rails submit button's label saying preview, and not publishing. */
function previewCommit(body: ParsedBody): boolean {
  const label = fieldValue(body, /^commit$/);
  return label !== undefined && label.length <= 64 && /\bpreview\b/i.test(label) && !/\b(?:post|publish|send|submit)\b/i.test(label);
}
export function participationQuiet(body: ParsedBody): boolean {
  if (previewCommit(body)) return true;
  return hasFieldWhere(body, (name, v) => /^publication_?status$/i.test(fieldLeaf(name)) && isDraftState(v));
}
