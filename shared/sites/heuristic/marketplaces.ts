/**
 * Marketplace sellers and freelancers (round mk1): a seller's or freelancer's words to and about buyers and clients.
 * Messages to a buyer (eBay's Trading AddMemberMessage… calls and Commerce Message sendMessage, Mercado Libre's
 * post-sale and claim messages, Amazon's Selling Partner Messaging, Discogs' order messages, Reverb's conversations)
 * were already read as messages by the general rules; what they got wrong, and why it is decided here:
 *
 * - Feedback left on a named buyer or client (eBay's LeaveFeedback and CompleteSale's FeedbackInfo: `CommentText`
 *   beside a `CommentType` of Positive, Neutral or Negative; Mercado Libre's POST /orders/{id}/feedback with a
 *   rating; Freelancer.com's POST /api/projects/0.1/reviews/ with category ratings) is shown on that person's public
 *   profile to every later trader: a post, as round r10 and review-parts.ts hold reviews of people and places. It
 *   names whom it is about (`TargetUser`, `to_user_id`), which the general rules read as a recipient (a message) or
 *   as something commented on (a comment); neither is its audience.
 * - A response to feedback (eBay's RespondToFeedback, `ResponseType` Reply or FollowUp, and the Commerce Feedback
 *   API's respond_to_feedback; Mercado Libre's POST /orders/{id}/feedback/{sale|purchase} with `reply`) is shown
 *   under that feedback: a reply.
 * - An answer to a buyer's question made public on the listing (eBay's AddMemberMessageRTQ with `DisplayToPublic`
 *   true) is read by every shopper under the listing: a reply. Kept private (`DisplayToPublic` false) it stays a
 *   message to the one buyer, as round u4 read it. Mercado Libre's POST /answers with `question_id` is a reply by the
 *   general rules already.
 * - A counter-offer or an offer's acceptance with a note (Reverb's …/negotiations/{id}/counter, …/{id}/accept,
 *   …/conversations/{id}/offer with `message`) is read by the one buyer: a message, not a post.
 *
 * Near-misses stay as the general rules leave them: listings, stock and prices, shipping and tracking updates
 * (CompleteSale with only its shipment, Reverb's ship), read marks, Amazon's templated requests with no words
 * (negativeFeedbackRemoval) and attachment-only sends, reads over POST (GetFeedback).
 *
 * Sources: eBay's Trading API call reference (LeaveFeedback, RespondToFeedback, CompleteSale, AddMemberMessageRTQ)
 * with the Ruby eBay clients' request classes; eBay's Commerce Message and Feedback API references and the seller
 * tools calling them; Mercado Libre's developer guides (answers, post-sale messages, claims, order feedback);
 * Amazon's SP-API Messaging v1 reference and its generated clients; the Discogs API (order messages); Reverb's API
 * as DataFire's generated client lists it; freelancer/freelancer-sdk-python (post_review). Fixtures `mk1-*`.
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { methodName } from './operation-kind';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/** A remote method that leaves feedback on a trading partner (eBay's `LeaveFeedback`, as its XML root names it). */
const LEAVE_FEEDBACK_METHOD = /^(?:leave|add|give|submit|create|post)_?(?:feedback|review)(?:_?request)?$/i;
/** A remote method or path segment that responds to feedback or a review (eBay's `RespondToFeedback`, `respond_to_feedback`). */
const RESPOND_TO_FEEDBACK = /^(?:respond|reply|response)_?to_?(?:feedback|reviews?|ratings?)(?:_?request)?$/i;
/** A feedback rating written as a word (eBay's `CommentType`, Mercado Libre's `rating`). */
const FEEDBACK_TYPE_FIELD = /^(?:comment_?type|feedback_?type|rating)$/i;
const FEEDBACK_TYPE_VALUE = /^(?:positive|neutral|negative)$/i;
/** The words of feedback left with such a rating (eBay's `CommentText`). */
const FEEDBACK_TEXT_FIELD = /^comment_?text$/i;
/** A response's type naming a reply or follow-up under feedback (eBay's `ResponseType`, REST `responseType`). */
const RESPONSE_TYPE_FIELD = /^response_?type$/i;
const RESPONSE_TYPE_VALUE = /^(?:reply|follow_?up)$/i;
/** Feedback or reviews in a path, and the role segment after an order's feedback (Reverb's …/feedback/buyer, Mercado Libre's …/feedback/sale). */
const FEEDBACK_SEGMENT = /^(?:feedbacks?|reviews?|ratings?)$/i;
const ROLE_SEGMENT = /^(?:buyer|seller|sale|purchase|client|employer|freelancer)$/i;
/** Ratings beside the words: the body rates a person (Freelancer.com's `reputation_data.category_ratings`). */
const RATING_KEY = /^(?:ratings?|stars|star_?rating|overall_?rating|reputation_?data|category_?ratings|comment_?type)$/i;
/** Whom feedback rates, named in its body (Freelancer.com's `to_user_id`, eBay's `TargetUser`). */
const PERSON_RATED = /^(?:to_?user(?:_?id)?|target_?user(?:_?id)?|reviewee(?:_?id)?|ratee(?:_?id)?|rated_?user(?:_?id)?)$/i;
/** What an order's feedback hangs under, by id (Mercado Libre's /orders/{id}/feedback). */
const TRADE_COLLECTION = /^(?:orders?|transactions?|contracts?|sales?|purchases?)$/i;
/** Words written as a response to feedback (Mercado Libre's `reply`). */
const RESPONSE_WORDS_FIELD = /^(?:reply|reply_?text|response|response_?text)$/i;
/** A flag publishing an answer on the listing (eBay's `DisplayToPublic`): never a bare `public`, which desks use for their replies. */
const DISPLAY_PUBLIC_FLAG = /^(?:display_?to_?public|show_?(?:to_?)?public(?:ly)?|make_?public|public_?answer)$/i;
/** What such an answer answers: the buyer's question or message (eBay's `ParentMessageID`). */
const ANSWERED_FIELD = /^(?:parent_?message_?id|question_?id)$/i;
/** An offer's note: a negotiation or an offer by id, countered, accepted or made (Reverb). */
const OFFER_COLLECTION = /^(?:negotiations?|offers?|conversations?|listings?)$/i;
const OFFER_ACTION = /^(?:counter|accept|offer)$/i;

/** Does the path name feedback, a review collection, or an order's feedback for a role? */
function feedbackPath(segments: string[]): boolean {
  const n = segments.length;
  if (n === 0) return false;
  if (FEEDBACK_SEGMENT.test(segments[n - 1]!)) return true;
  return n >= 2 && FEEDBACK_SEGMENT.test(segments[n - 2]!) && (ROLE_SEGMENT.test(segments[n - 1]!) || hasIdSegment(segments[n - 1]!));
}
/** Feedback on a trade by id or for a role in it (/orders/{id}/feedback, …/feedback/buyer): about the other party. */
function tradeFeedbackPath(segments: string[]): boolean {
  const at = segments.findIndex((s) => FEEDBACK_SEGMENT.test(s));
  if (at < 0) return false;
  if (ROLE_SEGMENT.test(segments[at + 1] ?? '')) return true;
  return at >= 2 && hasIdSegment(segments[at - 1]!) && TRADE_COLLECTION.test(segments[at - 2]!);
}

/** A string with words in a field named by `pattern`, at the top level or one level down. */
function wordsIn(body: ParsedBody, pattern: RegExp): boolean {
  return hasFieldWhere(body, (name, v) => pattern.test(name) && typeof v === 'string' && v.trim() !== '');
}

/** The kind of a seller's or freelancer's words about or to a buyer or client, where the general rules read it wrong. */
export function marketplaceKind(path: string, body: ParsedBody): PostKind | undefined {
  const segments = pathSegments(path);
  const last = lastSegment(path);
  // The XML reader names the call by its root element (`RespondToFeedbackRequest`); a REST path by its last segment.
  const method = methodName(body) ?? '';
  const responseType = (v: unknown, holder: Record<string, unknown> | undefined) =>
    typeof v === 'string' && RESPONSE_TYPE_VALUE.test(v) && holder !== undefined && Object.keys(holder).some((k) => /^feedback_?id$/i.test(k));
  if (RESPOND_TO_FEEDBACK.test(method) || RESPOND_TO_FEEDBACK.test(last) || hasKeyDeep(body, RESPONSE_TYPE_FIELD, responseType)) {
    return 'reply';
  }
  // A response's words under feedback on an order or review, with no rating of its own (Mercado Libre's `reply`).
  if (feedbackPath(segments) && wordsIn(body, RESPONSE_WORDS_FIELD) && !hasKeyDeep(body, RATING_KEY)) return 'reply';
  // Feedback left on a trading partner: by its method, its rating word beside its words, or a rating on a feedback path.
  if (LEAVE_FEEDBACK_METHOD.test(method)) return 'post';
  if (hasKeyDeep(body, FEEDBACK_TEXT_FIELD, (v) => typeof v === 'string' && v.trim() !== '') && hasKeyDeep(body, FEEDBACK_TYPE_FIELD, (v) => typeof v === 'string' && FEEDBACK_TYPE_VALUE.test(v))) {
    return 'post';
  }
  // A rating on a feedback or review path is about a person only where it names one or hangs on a trade: a product's
  // or an app's own feedback form is left as the general rules read it.
  if (feedbackPath(segments) && hasKeyDeep(body, RATING_KEY) && (hasField(body, PERSON_RATED) || tradeFeedbackPath(segments))) return 'post';
  // An answer published on the listing, answering a question or message by id.
  if (hasKeyDeep(body, DISPLAY_PUBLIC_FLAG, (v) => flagOn(v)) && hasKeyDeep(body, ANSWERED_FIELD, (v) => v !== null && v !== undefined && v !== '')) return 'reply';
  // An offer's note to the one buyer (not a decline: kind.ts reads a refusal as a message already).
  const n = segments.length;
  if (n >= 3 && OFFER_ACTION.test(last) && OFFER_COLLECTION.test(segments[n - 3]!) && hasIdSegment(segments[n - 2]!) && hasField(body, /^(?:message|note|body)$/i)) return 'message';
  return undefined;
}
