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
 * - An argument for or against a post, proposal or idea by id with its side (Your Priorities' points: `postId`,
 *   `content`, `value: 1 | -1`; round r14) is shown under it: a comment.
 * - A statement sent to a comments collection with the public conversation it belongs to (Polis's POST
 *   /api/v3/comments `conversation_id`) is a comment in that conversation, not a chat message.
 * - A follow-up under a published freedom-of-information request, petition or consultation (Alaveteli's
 *   /request/{url_title}/followups) is a reply in its thread; a support desk's or CRM's follow-ups stay what they were.
 * - An update to a street report (FixMyStreet's /report/update `update` with the problem's `id`, or an `update` beside
 *   Open311's `service_request_id`) is a comment under it.
 * - Words sent with what they comment on by a `commentOn…Id` (Regulations.gov's POST /v4/comments
 *   `commentOnDocumentId`, in JSON:API attributes) are a comment under that document.
 * - A new discussion or debate created in its own collection, its words wrapped in the record's name (Loomio's
 *   POST /api/v1/discussions `{ discussion: { title, description } }`), is a new post, though a discussions path reads
 *   as a comment path; started in no group for the people it names (`recipient_user_ids`, `recipient_emails`), a
 *   message to them (round lo1).
 * - A review's response whose words sit in a `reply` or `response` field is a public reply beside the review's id
 *   (Ayrshare's `{ reviewId, reply }`), and a message to the reviewer alone when flagged private (Birdeye's
 *   `isPrivateResponse: 'true'`; 'false' is the public reply).
 * - None of these takes words addressed to someone (a recipient, a messages path): they stay a message; only a
 *   review's response flagged private is made one here.
 * - Quiet: a Rails form's `commit` button whose whole action is a preview (Alaveteli's "Preview your annotation",
 *   "Next Step: Preview your public request"), and an idea saved with `publication_status: 'draft'` (Go Vocal,
 *   CitizenLab), the status in the object holding the words.
 * - Watched though its path says draft (watches.ts): a Decidim proposal's, collaborative draft's or amendment's
 *   update_draft, and a collaborative draft's creation and update (read by other participants at once). The guard asks wherever
 *   words travel, at the draft's creation and at each update, for the publish that follows carries none: it cannot
 *   show what is published, and a page may hold a draft that is never confirmed with the guard's answer.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasParentField } from './body-fields';
import { graphqlOperation } from './graphql';
import type { FreeText } from './longest-field';
import { fieldLeaf } from './names';
import { lastSegment } from './paths';
import { COMMENTS_LAST, addressed, flagOnWordsHolder, recipientsNamed } from './shared-rules';
import { isDraftState } from './unpublished-objects';
import { CAMEL_REPLY_TO_FIELD, EXPLICIT_PARENT_FIELD, MESSAGE_PATH } from './words';

/** A polymorphic type naming what a comment is under (`commentable_type`, `commentableType`, `parent_type`). */
const POLY_TYPE_FIELD = /^(?:commentable|parent)_?type$/i;
/** A type naming a comment: `Comment`, `Decidim::Comments::Comment`, `comments`. */
const COMMENT_TYPE = /(?:^|::|\.|_)comments?$/i;
/** A parent comment by id in a form group or object (CONSUL's `comment[parent_id]`). */
const PARENT_ID_LEAF = /^parent_?id$/i;
function isCommentText(path: string, body: ParsedBody, found: FreeText): boolean {
  if (COMMENTS_LAST.test(lastSegment(path))) return true;
  if (found.container !== undefined && COMMENTS_LAST.test(found.container)) return true;
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
/**
 * What a comment is on, by id (`commentOnDocumentId`, `comment_on_id`, `comment_on_document_id`): `on` is a word of
 * its own, never the start of another (`comment_only_id`, cv1 review m5).
 */
const COMMENT_ON_FIELD = /^(?:comment_on(?:_[a-z][a-z0-9_]{0,30})?_id|commentOn(?:[A-Z][A-Za-z0-9]{0,30})?Id)$/;
function commentsOn(body: ParsedBody): boolean {
  const ok = (name: string, v: unknown) => COMMENT_ON_FIELD.test(name) && ((typeof v === 'string' && /^[\w.:-]{1,80}$/.test(v)) || typeof v === 'number');
  if (hasFieldWhere(body, ok)) return true;
  const attributes = jsonApiAttributes(body);
  return attributes !== undefined && Object.entries(attributes).some(([k, v]) => ok(k, v));
}

/**
 * A street report's update as FixMyStreet sends it (POST /report/update with the problem's `id`), or as an Open311
 * or FixMyStreet-style API names the report (`service_request_id`, `problem_id`) beside an `update`: not any
 * `…/update` with an `id`, where an analytics report or a support request is changed (cv1 review m3).
 */
const STREET_REPORT_UPDATE_PATH = /(?:^|\/)report\/update\/?$/i;
const STREET_REPORT_ID_FIELD = /^(?:service_?request_?id|problem_?id)$/i;
function streetReportUpdate(path: string, body: ParsedBody, found: FreeText): boolean {
  if (!/^update$/i.test(fieldLeaf(found.field))) return false;
  return (STREET_REPORT_UPDATE_PATH.test(path) && hasField(body, /^id$/i)) || hasField(body, STREET_REPORT_ID_FIELD);
}
/**
 * A follow-up collection under a published freedom-of-information request, petition or consultation
 * (Alaveteli's /request/{url_title}/followups, the request named by its title's words): not a support desk's
 * `requests/{id}/followups` or an HR tool's `requests/leave-991/followups`, which, like a ticket's replies
 * (kind.ts's WORK_ITEM_REPLY), are written under a work item, nor a CRM's follow-ups under a contact (cv1 review m4).
 */
const FOLLOWUP_PATH = /(?:^|\/)(?:request\/[a-z0-9]*[a-z]{2,}[a-z0-9]*(?:[_-]+[a-z0-9]+)*[_-]+[a-z0-9]*[a-z]{2,}[a-z0-9_-]*|foi[-_]?requests?\/[^/]+|petitions?\/[^/]+|consultations?\/[^/]+)\/follow[-_]?ups?\/?$/i;
/** What a new thread would answer: a parent or a message replied to (`reply_to_id`, `in_reply_to`, `replyToId`). */
function answersSomething(body: ParsedBody): boolean {
  return hasField(body, /^(?:discussion|debate|thread|parent)_?id$/i) || hasParentField(body, EXPLICIT_PARENT_FIELD) || hasParentField(body, CAMEL_REPLY_TO_FIELD);
}
/** A new discussion or debate in its own collection, the words wrapped in the record's name. */
const NEW_THREAD_COLLECTION = /^(?:discussions|debates)$/i;
const NEW_THREAD_CONTAINER = /^(?:discussion|debate)$/i;
/** Whom a new thread is started for, by account or address (Loomio's `recipient_user_ids`, `recipient_emails`). */
const THREAD_RECIPIENT_FIELD = /^recipient_?(?:user_?ids|emails)$/i;
/** The group a thread is started in (`group_id`), a real id: not null, empty or 0. */
function groupNamed(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => /^group_?id$/i.test(fieldLeaf(name)) && ((typeof v === 'number' && v > 0) || (typeof v === 'string' && v !== '' && !/^(?:0|null)$/i.test(v))));
}

/** A flag saying a review's response goes to the reviewer alone (Birdeye's `isPrivateResponse`). */
const PRIVATE_RESPONSE_FLAG = /^(?:is_?)?private_?(?:response|reply)$/i;
/**
 * A response to a review by id: to the reviewer alone when flagged private (a message), else a public reply when its
 * words sit in a `reply` or `response` field beside the review's id (Ayrshare's `{ reviewId, reply }`).
 */
function privateReviewResponse(body: ParsedBody, found: FreeText): boolean {
  return /^(?:reply|response)$/i.test(fieldLeaf(found.field)) && hasFieldWhere(body, (name, v) => PRIVATE_RESPONSE_FLAG.test(fieldLeaf(name)) && (v === true || v === 'true'));
}
function reviewResponseKind(body: ParsedBody, found: FreeText): PostKind | undefined {
  if (!/^(?:reply|response)$/i.test(fieldLeaf(found.field))) return undefined;
  return hasField(body, /^review_?id$/i) || hasField(body, PRIVATE_RESPONSE_FLAG) ? 'reply' : undefined;
}

/** What an argument is for or against, by id: a post, proposal or idea (Your Priorities' `postId`). */
const ARGUED_ITEM_FIELD = /^(?:post|proposal|idea|initiative)_?id$/i;
/** The side an argument takes: a signed value (Your Priorities' `value: 1 | -1`). */
// Only the sourced signed `value`: `is_pro`, `side`, `stance` and `position` had no client sending them, and
// `position` is a job's role or a list's place as often (review D3).
const SIDE_VALUE_FIELD = /^value$/i;
/** Collections of answers, responses, votes and ratings: a `value` there is the answer's or the vote's, no side (review J4). */
const NO_SIDE_COLLECTION = /^(?:answers?|responses?|votes?|ratings?)$/i;
/**
 * An argument for or against a post, proposal or idea named by id, its side given (round r14: Your Priorities' POST
 * /api/points/{groupId} `{ postId, content, value: 1 | -1 }`, its points listed under the idea in two columns): a
 * comment under that item, though the collection (`points`, `arguments`) names no comment. Only with both the item's id
 * and a side: a bare `value` beside words is a form's answer or a rating, not an argument; nor on a collection of
 * answers, responses, votes or ratings (a survey's answer about an idea, a poll's vote: review J4).
 */
function sideTaken(body: ParsedBody, path: string): boolean {
  if (NO_SIDE_COLLECTION.test(lastSegment(path))) return false;
  // One walk for both fields, and a field's leaf taken only from a grouped or dotted name (`point[value]`, `Point.value`): the two walks
  // calling fieldLeaf on every name cost most of this rule on a large body (x2 review, Cost).
  let item = false;
  let side = false;
  return hasFieldWhere(body, (name, v) => {
    const leaf = name.includes('[') || name.includes('.') ? fieldLeaf(name) : name;
    if (!item && ARGUED_ITEM_FIELD.test(leaf) && ((typeof v === 'number' && v > 0) || (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) && /\d/.test(v)))) item = true;
    else if (!side && SIDE_VALUE_FIELD.test(leaf) && (v === 1 || v === -1 || v === '1' || v === '-1')) side = true;
    return item && side;
  });
}

export function participationKind(path: string, body: ParsedBody, found: FreeText, method: string): PostKind | undefined {
  // A review's response flagged private is a message to the reviewer, whatever path it takes.
  if (privateReviewResponse(body, found)) return 'message';
  // Words addressed to someone are a message (kind.ts's recipient and message rules say so), not a reply or comment.
  if (addressed(path, body)) return undefined;
  const review = reviewResponseKind(body, found);
  if (review) return review;
  if (method.toUpperCase() !== 'POST') return undefined;
  const poly = polymorphicKind(path, body, found);
  if (poly) return poly;
  // An argument for or against a post by id, shown under it on its side (Your Priorities' points, round r14).
  if (sideTaken(body, path)) return 'comment';
  // A vote's reason, shown under the poll (Loomio's stance).
  if (/^reason$/i.test(fieldLeaf(found.field)) && hasField(body, /^poll_?id$/i)) return 'comment';
  // A statement in a public conversation sent to a comments collection (Polis), with no one addressed.
  if (/^comments$/i.test(lastSegment(path)) && !MESSAGE_PATH.test(path) && hasField(body, /^conversation_?id$/i) && !hasField(body, /^(?:to|recipients?|recipient_ids?)$/i)) return 'comment';
  if (FOLLOWUP_PATH.test(path)) return 'reply';
  if (streetReportUpdate(path, body, found)) return 'comment';
  if (commentsOn(body)) return 'comment';
  if (NEW_THREAD_COLLECTION.test(lastSegment(path)) && found.container !== undefined && NEW_THREAD_CONTAINER.test(found.container) && !answersSomething(body)) {
    // Started in no group for the people it names (Loomio's `recipient_user_ids` / `recipient_emails` with no
    // `group_id`): only they read it. In a group those fields only notify members of a thread the group reads.
    return !groupNamed(body) && recipientsNamed(body, (leaf) => THREAD_RECIPIENT_FIELD.test(leaf)) ? 'message' : 'post';
  }
  return undefined;
}

/**
 * A Decidim proposal draft's update (PATCH, or POST with `_method=patch`, to
 * …/f/{component}/proposals/{id}/update_draft, the edit_draft form): the path's `draft` would leave it unwatched,
 * yet the words it carries are the ones the later, wordless …/publish makes public (cv1 review D3).
 */
const DRAFT_UPDATE_PATH = /(?:^|\/)f\/\d{1,12}\/(?:proposals|collaborative_drafts)\/\d{1,12}\/update_draft\/?$/i;
/**
 * Decidim's collaborative drafts (round lo1): created at …/f/{component}/collaborative_drafts and changed at
 * …/collaborative_drafts/{id} (`collaborative_draft[title]`, `[body]`), read and edited by other participants from
 * creation, so published then though named drafts. Their member actions (request_access, publish, withdraw) are not
 * these paths.
 */
const COLLABORATIVE_DRAFT_PATH = /(?:^|\/)f\/\d{1,12}\/collaborative_drafts(?:\/\d{1,12})?\/?$/i;
/**
 * An amendment's draft update in Decidim's core routes (PATCH /amends/{id}/update_draft, `amendment[emendation_params]`):
 * its publish_draft carries no words, as a proposal's publish carries none (round lo1). An amendment's creation
 * (POST /amends) names no draft and is watched already.
 */
const AMENDMENT_DRAFT_UPDATE_PATH = /(?:^|\/)amends\/\d{1,12}\/update_draft\/?$/i;
export function participationWatched(path: string): boolean {
  return DRAFT_UPDATE_PATH.test(path) || COLLABORATIVE_DRAFT_PATH.test(path) || AMENDMENT_DRAFT_UPDATE_PATH.test(path);
}

/**
 * The label of a Rails form's clicked submit button (`submit_tag` sends its label as `commit`, form-encoded) when
 * the whole action is a preview: "Preview", Alaveteli's "Preview your annotation" and "Next Step: Preview your public
 * request". Not a label that only mentions one ("Skip preview", "Save and preview", "Preview & Comment", "Preview and
 * publish"), nor a JSON `commit` (a version-control commit's message), cv1 review D1.
 */
const PREVIEW_LABEL = /^(?:next\s+step\s*:\s*|step\s+\d{1,2}\s*:\s*)?preview\b/i;
const ANOTHER_ACTION = /&|\+|\b(?:and|then|post|publish|send|submit|save|skip|without|no)\b/i;
function previewCommit(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  const label = body.fields.get('commit')?.trim();
  return label !== undefined && label.length <= 64 && PREVIEW_LABEL.test(label) && !ANOTHER_ACTION.test(label);
}
const PUBLICATION_STATUS = /^publication_?status$/i;
/**
 * A draft status of the record whose words are sent (Go Vocal's `{ idea: { body_multiloc, publication_status: 'draft'
 * } }`): in a form, at the top or in the group holding the body's longest words (shared-rules.ts flagOnWordsHolder,
 * the check pr2's published flag makes too). A draft beside the words, the post a published comment sits on
 * (`{ comment: { body }, post: { publication_status: 'draft' } }`), says nothing of them (cv1 review D2). A JSON
 * object with that status is skipped by the walk for prose (longest-field.ts), as one with a draft `status` is.
 */
function savedAsDraft(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  return flagOnWordsHolder(body, (entries) => entries.some(([k, v]) => PUBLICATION_STATUS.test(k) && isDraftState(v)));
}
export function participationQuiet(body: ParsedBody): boolean {
  return previewCommit(body) || savedAsDraft(body);
}
