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
 *   under that feedback: a reply. A bare `reply` or `response` under a feedback path is one only with a marketplace
 *   sign (a trade's feedback path, a review or rating, a trade, listing, item, shop, seller or buyer in the path or
 *   by id): an agent runner's /execution/{id}/feedback or a site's feedback form is left to the older rules (x4 D2).
 * - An answer to a buyer's question made public on the listing (eBay's AddMemberMessageRTQ with `DisplayToPublic`
 *   true) is read by every shopper under the listing: a reply. Kept private (`DisplayToPublic` false) it stays a
 *   message to the one buyer, as round u4 read it. Mercado Libre's POST /answers with `question_id` is a reply by the
 *   general rules already.
 * - A counter-offer or an offer's acceptance with a note (Reverb's …/negotiations/{id}/counter, …/{id}/accept,
 *   …/conversations/{id}/offer with `message`; eBay's Trading RespondToBestOffer with its `SellerResponse`; eBay's
 *   Negotiation send_offer_to_interested_buyers with its `message`, which reaches each watcher privately) is read by
 *   the buyer it is made to: a message, not a post. Only with a marketplace sign (a price, offered items, a listing,
 *   item or best-offer id, or a negotiation, best-offer or listing in the path or call): an ATS's job offer
 *   (/offers/{id}/accept with a `note`) is left to the older rules (review mk1 M5).
 * - A seller's answer under a buyer's review made by a reply action naming the review or comment by id, on a review's
 *   or a product's path (Shopee's product/reply_comment with `comment_list[{comment_id, comment}]`; a blog's
 *   reply_comment is left to the general rules), or a comment created on a review or feedback
 *   that names it by id (Ozon's /v1/review/comment/create with `review_id`, Yandex Market's
 *   …/goods-feedback/comments/update with `feedbackId`) is shown under that review: a reply. Not on a code review's
 *   path (pulls, merge requests, changes), whose comments stay comments.
 * - Words to the one who pays or is asked (messages): a note to the buyer sent with a shipment's tracking (Etsy's
 *   …/receipts/{id}/tracking `note_to_buyer`, emailed to the buyer; watches.ts asks marketplaceNoteWatched, since
 *   `tracking` paths are skipped as telemetry), a milestone or payment request's description read by the employer
 *   who pays (Freelancer.com's /milestone_requests/ with `amount`), and a rating-removal request's message
 *   (Allegro's PUT …/user-ratings/{id}/removal `{ request: { message } }`: not public).
 * - Booking.com's reply to a review by its own path (…/reviews/{id} `{ reply }`) is read here as a reply, the kind
 *   hospitality.ts's reviewReplyByPath gives it too (review mk1 M3: same kind, whichever rule answers).
 *
 * - A seller's answer written into a shopper's question (round r20: Wildberries' PATCH /api/v1/questions with
 *   `answer: { text }`, published on the product page) is a reply, as Mercado Libre's /answers is; a view mark
 *   (`wasViewed`) carries no words. Wildberries' review answers (/api/v1/feedbacks/answer) and Allegro's rating
 *   answers (…/user-ratings/{id}/answer) were replies by the rules above already.
 * - Since the review of r20 (r20rev): that answer wants a marketplace sign and is never read so on an account's,
 *   security or quiz path (J1), and only when the answer is the words found (M1); a question's rejection with words
 *   (`state: none`, hidden from shoppers) is a message to the asker (J2); an answer on a product's FAQ entry by id is a
 *   reply (J4); Wildberries' older review answer (PATCH /api/v1/feedbacks `{ id, text }`) a reply (D3); a buyer's claim
 *   refused with a comment (PATCH /api/v1/claim, `action: rejectcustom`) a message to that buyer (D4).
 *
 * The family hook runs before recruiting, hospitality and calendars (kind.ts): its offer rule therefore wants a
 * marketplace sign (above), and its rating rules a named person, an XML call or a trade's feedback path (review mk1
 * M1), so those rounds' generic collections (`offers`, `/messages/{id}/feedback`, a contact's activities) are not
 * taken from them. Order feedback with a rating is a post wherever it hangs on an order (/orders/{id}/feedback): a
 * delivery app's private order rating reads as a post too (review mk1 J1, kept).
 *
 * Near-misses stay as the general rules leave them: wordless listing edits, stock and prices, shipping and tracking
 * updates without a note (CompleteSale with only its shipment, Reverb's ship, Etsy's tracking with no
 * `note_to_buyer`), read marks, Amazon's templated requests with no words (negativeFeedbackRemoval) and
 * attachment-only sends, reads over POST (GetFeedback), an offer declined without words. A listing with the seller's
 * words (Discogs' POST /marketplace/listings `comments`) is shown to every shopper: a post, as the general rules read
 * it (review mk1 J2).
 *
 * Sources: eBay's Trading API call reference (LeaveFeedback, RespondToFeedback, CompleteSale, AddMemberMessageRTQ)
 * with the Ruby eBay clients' request classes; eBay's Commerce Message and Feedback API references and the seller
 * tools calling them; Mercado Libre's developer guides (answers, post-sale messages, claims, order feedback);
 * Amazon's SP-API Messaging v1 reference and its generated clients; the Discogs API (order messages); Reverb's API
 * as DataFire's generated client lists it; freelancer/freelancer-sdk-python (post_review, create_milestone_request).
 * Review mend (mk1rev): eBay's Trading RespondToBestOffer and Negotiation API references; the Shopee Open Platform
 * v2 product.reply_comment; Ozon Seller API ReviewAPI_CommentCreate; Yandex Market's GoodsFeedback API; Etsy Open API
 * v3 createReceiptShipment; the Allegro REST API's user-ratings removal. Round r20 and its review: Dakword/WBSeller
 * (Questions.php, Feedbacks.php before 4.25.0, Returns.php). Fixtures `mk1-*`, `mk1fix-*`, `mk1rev-*`, `r20*`.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { flagOn, hasField, hasFieldWhere, hasKeyDeep, nonEmptyString, present } from './body-fields';
import type { FreeText } from './longest-field';
import { methodName } from './operation-kind';
import { isQuestionName } from './secrets';
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
/** A trader's context in a response's path: a trade, a listing, an item, product, shop, seller or buyer (review x4 D2). */
const TRADE_CONTEXT_SEGMENT = /^(?:orders?|transactions?|contracts?|sales?|purchases?|listings?|items?|products?|goods|shops?|stores?|sellers?|buyers?|merchants?)$/i;
/** A review or rating collection (reviews and ratings rate the one answering them; a bare `feedback` need not). */
const REVIEW_OR_RATING_SEGMENT = /^(?:(?:goods|products?|items?|sellers?|customers?|buyers?|orders?)[-_])?(?:reviews?|ratings?)$/i;
/** Such a thing named by id in a response's body (`order_id`, `listingId`, `item_id`, `sellerId`). */
const TRADE_CONTEXT_ID = /^(?:order|transaction|listing|item|product|seller|buyer|review|rating)_?ids?$/i;
/** Words written as a response to feedback (Mercado Libre's `reply`). */
const RESPONSE_WORDS_FIELD = /^(?:reply|reply_?text|response|response_?text)$/i;
/** A flag publishing an answer on the listing (eBay's `DisplayToPublic`): never a bare `public`, which desks use for their replies. */
const DISPLAY_PUBLIC_FLAG = /^(?:display_?to_?public|show_?(?:to_?)?public(?:ly)?|make_?public|public_?answer)$/i;
/** What such an answer answers: the buyer's question or message (eBay's `ParentMessageID`). */
const ANSWERED_FIELD = /^(?:parent_?message_?id|question_?id)$/i;
/** An offer's note: a negotiation or an offer by id, countered, accepted or made (Reverb). */
const OFFER_COLLECTION = /^(?:negotiations?|offers?|conversations?|listings?)$/i;
const OFFER_ACTION = /^(?:counter|accept|offer)$/i;
/** A call or last segment answering or sending an offer (eBay's `RespondToBestOffer`, `send_offer_to_interested_buyers`). */
const OFFER_METHOD = /^(?:respond|reply|send|counter|accept)_?(?:to_?)?(?:best_?|counter_?)?offers?(?:_?to_?[a-z_]+)?(?:_?request)?$/i;
/** The words sent with an offer (Reverb's `message`, eBay's `SellerResponse`). */
const OFFER_WORDS_FIELD = /^(?:message|note|body|seller_?response|comment)$/i;
/** A marketplace sign in an offer's body: its price, offered items, or the listing, item or best offer by id. */
const OFFER_SIGN_KEY = /^(?:\w*_?price|offered_?items|offer_?items|listing_?ids?|item_?ids?|best_?offer_?ids?|sku)$/i;
/** Or in its path or call: a negotiation, a best offer, a listing or an item. */
const OFFER_SIGN_SEGMENT = /^(?:negotiations?|best_?offers?|listings?|items?)$/i;
const OFFER_SIGN_NAME = /best_?offer|negotiation/i;
/** A reply action naming what it answers (Shopee's `reply_comment`). */
const REPLY_ACTION = /^(?:reply|respond|answer)_?(?:to_?)?(?:comments?|reviews?|feedbacks?|ratings?)$/i;
/** What such a reply answers, by id (Shopee's `comment_id`, Ozon's `review_id`, Yandex Market's `feedbackId`). */
const ANSWERED_REVIEW_ID = /^(?:comment|review|feedback|rating)_?ids?$/i;
/** A product, item, goods or shop segment: the comments under it are buyers' reviews (Shopee's /api/v2/product/…). */
const PRODUCT_SEGMENT = /^(?:products?|items?|goods|listings?|shops?)$/i;
/** A review or feedback collection, a shop's own kind of it allowed (Yandex Market's `goods-feedback`). */
const SHOP_REVIEW_SEGMENT = /^(?:(?:goods|products?|items?|sellers?|customers?|buyers?|orders?)[-_])?(?:feedbacks?|reviews?)$/i;
const COMMENTS_SEGMENT = /^comments?$/i;
const COMMENT_VERB = /^(?:create|add|new|update|post|send)$/i;
/** A code review's path: its comments stay comments. */
const CODE_REVIEW_SEGMENT = /^(?:pulls?|pull_?requests|merge_?requests|changes|revisions|commits)$/i;
/** A note to the buyer, customer or client (Etsy's `note_to_buyer`). */
const BUYER_NOTE_FIELD = /^(?:note|message|comment)s?_?(?:to|for)_?(?:the_?)?(?:buyer|customer|client)$/i;
const BUYER_NOTE_RAW = /["']?(?:note|message|comment)s?_?(?:to|for)_?(?:the_?)?(?:buyer|customer|client)["']?\s*[:=]\s*["']?[^"'&\s,}]/i;
/** A shipment's tracking under a trade by id (Etsy's /receipts/{id}/tracking). */
const TRACKING_SEGMENT = /^tracking$/i;
const SHIPPED_TRADE = /^(?:receipts?|orders?|transactions?|sales?|purchases?|shipments?)$/i;
/** A milestone or payment request (Freelancer.com's /milestone_requests/), and its amount. */
const MONEY_REQUEST_SEGMENT = /^(?:milestone|payment|release|funding)[-_]?requests?$/i;
const AMOUNT_KEY = /^(?:amount|price|value|total)$/i;
const REQUEST_WORDS_FIELD = /^(?:description|note|message|reason|comment)$/i;
/** A request to remove or revise a rating (Allegro's …/user-ratings/{id}/removal). */
const REMOVAL_SEGMENT = /^(?:(?:removal|withdrawal|revision)(?:[-_]?requests?)?|request[-_]?(?:removal|withdrawal|revision))$/i;
const RATED_SEGMENT = /(?:^|[-_])(?:feedbacks?|reviews?|ratings?)$/i;
const REMOVAL_WORDS_FIELD = /^(?:message|reason|comment|note)$/i;
/** A product's questions collection (Wildberries' /api/v1/questions), or one question by id. */
const QUESTIONS_SEGMENT = /^questions$/i;
/** A FAQ entry's collection, under a product by id (r20rev J4). */
const FAQ_SEGMENT = /^faqs?$/i;
/** An account's, a security or a quiz's path: an answer there is no seller's (r20rev J1). */
const NOT_A_SHOP_SEGMENT = /^(?:me|accounts?|security|auth|authn|factors|quiz(?:zes)?|attempts?|exams?|tests?)$/i;
/** A buyer's claim, return, refund or dispute, or one by id (Wildberries' /api/v1/claim). */
const CLAIM_SEGMENT = /^(?:claims?|returns?|refunds?|disputes?)$/i;
/** An action refusing it (`reject`, `rejectcustom`, `decline`, `refuse`, `deny`). */
const REFUSAL_VALUE = /^(?:reject|decline|refuse|deny)/i;

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

/**
 * A marketplace sign beside a response under feedback (review x4 D2): feedback on a trade or for a role in it
 * (tradeFeedbackPath), a review or rating collection in the path (a review is a rating of the one answering it), a
 * trade, listing, item, product, shop, seller or buyer segment, or such a thing named by id in the body.
 */
function tradeResponseSign(segments: string[], body: ParsedBody): boolean {
  if (tradeFeedbackPath(segments)) return true;
  if (segments.some((s) => s.length <= 64 && (TRADE_CONTEXT_SEGMENT.test(s) || REVIEW_OR_RATING_SEGMENT.test(s)))) return true;
  return hasField(body, TRADE_CONTEXT_ID);
}

/** A string with words in a field named by `pattern`, at the top level or one level down. */
function wordsIn(body: ParsedBody, pattern: RegExp): boolean {
  return hasFieldWhere(body, (name, v) => pattern.test(name) && nonEmptyString(v));
}

/** An offer's words with a marketplace sign: in its body (price, items, listing or item id) or in its path or call. */
function marketplaceOffer(segments: string[], name: string, body: ParsedBody): boolean {
  if (!wordsIn(body, OFFER_WORDS_FIELD)) return false;
  return OFFER_SIGN_NAME.test(name) || segments.some((s) => OFFER_SIGN_SEGMENT.test(s)) || hasKeyDeep(body, OFFER_SIGN_KEY, present);
}

/** A reply action answers a buyer's review: it names a review, feedback or rating, or a product's comments (Shopee's /product/reply_comment); a blog's reply_comment is left to the general rules. */
function reviewAnswerSign(segments: string[], name: string): boolean {
  return /review|feedback|rating/i.test(name) || segments.some((s) => PRODUCT_SEGMENT.test(s));
}

/** A comment created on a review or feedback it names by id (Ozon's /review/comment/create, Yandex Market's …/goods-feedback/comments/update). */
function commentOnShopReview(segments: string[], body: ParsedBody): boolean {
  const at = segments.findIndex((s) => SHOP_REVIEW_SEGMENT.test(s));
  if (at < 0 || segments.some((s) => CODE_REVIEW_SEGMENT.test(s))) return false;
  const rest = segments.slice(at + 1);
  if (!(rest.length === 1 || (rest.length === 2 && COMMENT_VERB.test(rest[1]!))) || !COMMENTS_SEGMENT.test(rest[0]!)) return false;
  return hasField(body, ANSWERED_REVIEW_ID);
}

/** A request to remove or revise a rating or review, by its path (…/user-ratings/{id}/removal). */
function ratingRemovalPath(segments: string[]): boolean {
  const n = segments.length;
  return n >= 2 && REMOVAL_SEGMENT.test(segments[n - 1]!) && segments.slice(0, n - 1).some((s) => RATED_SEGMENT.test(s));
}

/**
 * A seller's answer written into a shopper's question (round r20: Wildberries' PATCH /api/v1/questions
 * `{ id, answer: { text }, state }`, published on the product page): an `answer` with words, a string or an object's
 * `text`, sent to a questions collection or a question by id, or to a FAQ entry by id under a product or listing by
 * id (r20rev J4), with nothing named for a question beside it (isQuestionName, as the walk's secret rule reads it:
 * `question`, `questionId`; r20rev M2). Since the review (J1): only with a marketplace sign (the answer's `state`, a
 * trade, listing, product, shop or seller segment), never on an account's, a security or a quiz's path, and only
 * when the answer is the words found (M1: a quiz's answer key beside its question and explanation is not). A
 * rejection (`state: none`, the question hidden from shoppers; J2) is a message to the one who asked.
 */
function answerToQuestion(segments: string[], body: ParsedBody, found: FreeText | undefined): PostKind | undefined {
  const n = segments.length;
  const byId = n >= 2 && hasIdSegment(segments[n - 1]!);
  const onQuestions = QUESTIONS_SEGMENT.test(segments[n - 1] ?? '') || (byId && QUESTIONS_SEGMENT.test(segments[n - 2]!));
  const productFaq = byId && n >= 4 && FAQ_SEGMENT.test(segments[n - 2]!) && hasIdSegment(segments[n - 3]!) && PRODUCT_SEGMENT.test(segments[n - 4]!);
  if (!(onQuestions || productFaq) || body.type !== 'json' || !isRecord(body.value)) return undefined;
  if (found === undefined || !(found.field === 'answer' || (found.field === 'text' && found.container === 'answer'))) return undefined;
  const o = body.value;
  if (Object.keys(o).some((k) => isQuestionName(k))) return undefined;
  const answer = o['answer'];
  if (!(nonEmptyString(answer) || (isRecord(answer) && nonEmptyString(answer['text'])))) return undefined;
  if (segments.some((s) => NOT_A_SHOP_SEGMENT.test(s))) return undefined;
  const state = o['state'];
  if (!(typeof state === 'string' || segments.some((s) => s.length <= 64 && TRADE_CONTEXT_SEGMENT.test(s)))) return undefined;
  return typeof state === 'string' && /^none$/i.test(state) ? 'message' : 'reply';
}

/**
 * A seller's answer to a buyer's review by the older call (r20rev D3: Wildberries' PATCH /api/v1/feedbacks
 * `{ id, text }`, WBSeller before 4.25.0), shown under the review: a PATCH of a feedbacks collection whose body is the
 * review's id and the words, nothing else (a view mark sends `wasViewed`; a feedback board's own items are created
 * by POST with a title or rating).
 */
function legacyFeedbackAnswer(segments: string[], body: ParsedBody, method: string): boolean {
  if (method.toUpperCase() !== 'PATCH' || !/^feedbacks$/i.test(segments[segments.length - 1] ?? '')) return false;
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const keys = Object.keys(body.value);
  return keys.length === 2 && nonEmptyString(body.value['id']) && nonEmptyString(body.value['text']);
}

/**
 * A buyer's claim or return refused with the seller's words (r20rev D4: Wildberries' PATCH /api/v1/claim
 * `{ id, action: 'rejectcustom', comment }`): read by the buyer refused, a message, as a refusal's note is (p1rev).
 */
function claimRefused(segments: string[], body: ParsedBody): boolean {
  const n = segments.length;
  const onClaim = CLAIM_SEGMENT.test(segments[n - 1] ?? '') || (n >= 2 && hasIdSegment(segments[n - 1]!) && CLAIM_SEGMENT.test(segments[n - 2]!));
  if (!onClaim || body.type !== 'json' || !isRecord(body.value)) return false;
  const action = body.value['action'];
  return typeof action === 'string' && action.length <= 32 && REFUSAL_VALUE.test(action) && wordsIn(body, REMOVAL_WORDS_FIELD);
}

/** A milestone or payment request by its collection, or one by id. */
function moneyRequestPath(segments: string[]): boolean {
  const n = segments.length;
  return n >= 1 && (MONEY_REQUEST_SEGMENT.test(segments[n - 1]!) || (n >= 2 && hasIdSegment(segments[n - 1]!) && MONEY_REQUEST_SEGMENT.test(segments[n - 2]!)));
}

/**
 * Whether a shipment's tracking path is read for a note to the buyer (watches.ts asks it before the skip list, which
 * skips `tracking` as telemetry): only a tracking segment under a trade by id (Etsy's /receipts/{id}/tracking) whose
 * raw body fills a note to the buyer; a tracker's /v1/track or a tracking update with no note stays unwatched.
 */
export function marketplaceNoteWatched(path: string, body: string | undefined): boolean {
  if (body === undefined || body.length === 0) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  if (n < 3 || !TRACKING_SEGMENT.test(segments[n - 1]!) || !hasIdSegment(segments[n - 2]!) || !SHIPPED_TRADE.test(segments[n - 3]!)) return false;
  return BUYER_NOTE_RAW.test(body.length > 20000 ? body.slice(0, 20000) : body);
}

/** The kind of a seller's or freelancer's words about or to a buyer or client, where the general rules read it wrong. */
export function marketplaceKind(path: string, body: ParsedBody, httpMethod = 'POST', found?: FreeText): PostKind | undefined {
  const segments = pathSegments(path);
  const last = lastSegment(path);
  // The XML reader names the call by its root element (`RespondToFeedbackRequest`); a REST path by its last segment.
  const method = methodName(body) ?? '';
  const responseType = (v: unknown, holder: Record<string, unknown> | undefined) =>
    typeof v === 'string' && RESPONSE_TYPE_VALUE.test(v) && holder !== undefined && Object.keys(holder).some((k) => /^feedback_?id$/i.test(k));
  // A request to remove a rating, in words the rated buyer reads (Allegro's …/user-ratings/{id}/removal): not public.
  if (ratingRemovalPath(segments) && wordsIn(body, REMOVAL_WORDS_FIELD)) return 'message';
  // A seller's answer to a shopper's question on a product (Wildberries), shown under the question (round r20), or
  // its rejection's words to the asker; a review's answer by the older PATCH; a claim refused with words (r20rev).
  const answered = answerToQuestion(segments, body, found);
  if (answered) return answered;
  if (legacyFeedbackAnswer(segments, body, httpMethod)) return 'reply';
  if (claimRefused(segments, body)) return 'message';
  if (RESPOND_TO_FEEDBACK.test(method) || RESPOND_TO_FEEDBACK.test(last) || hasKeyDeep(body, RESPONSE_TYPE_FIELD, responseType)) {
    return 'reply';
  }
  // A seller's answer under a review: a reply action naming what it answers by id, or a comment created on a review.
  if ((REPLY_ACTION.test(last) || REPLY_ACTION.test(method)) && reviewAnswerSign(segments, `${method} ${last}`) && hasKeyDeep(body, ANSWERED_REVIEW_ID, present)) return 'reply';
  if (commentOnShopReview(segments, body)) return 'reply';
  // A response's words under feedback on an order or review, with no rating of its own (Mercado Libre's `reply`),
  // where a marketplace sign says it answers a trader's feedback (review x4 D2): an agent's or a site's feedback
  // form with a `response` is left to the older rules.
  if (feedbackPath(segments) && wordsIn(body, RESPONSE_WORDS_FIELD) && !hasKeyDeep(body, RATING_KEY) && tradeResponseSign(segments, body)) return 'reply';
  // Feedback left on a trading partner: by its method, its rating word beside its words, or a rating on a feedback path.
  if (LEAVE_FEEDBACK_METHOD.test(method)) return 'post';
  // A rating word beside `CommentText` only where it names the person rated, is an XML call (eBay's CompleteSale) or
  // hangs on a trade's feedback path: an answer's thumbs-down or a contact's activity is not feedback on a trader (M1).
  if (
    hasKeyDeep(body, FEEDBACK_TEXT_FIELD, nonEmptyString) &&
    hasKeyDeep(body, FEEDBACK_TYPE_FIELD, (v) => typeof v === 'string' && FEEDBACK_TYPE_VALUE.test(v)) &&
    (hasField(body, PERSON_RATED) || /Request$/.test(method) || tradeFeedbackPath(segments))
  ) {
    return 'post';
  }
  // A rating on a feedback or review path is about a person only where it names one or hangs on a trade: a product's
  // or an app's own feedback form is left as the general rules read it.
  if (feedbackPath(segments) && hasKeyDeep(body, RATING_KEY) && (hasField(body, PERSON_RATED) || tradeFeedbackPath(segments))) return 'post';
  // An answer published on the listing, answering a question or message by id.
  if (hasKeyDeep(body, DISPLAY_PUBLIC_FLAG, (v) => flagOn(v)) && hasKeyDeep(body, ANSWERED_FIELD, present)) return 'reply';
  // An offer's note to the buyer it is made to (not a decline: kind.ts reads a refusal as a message already), by a
  // negotiation's or offer's path or by an offer call; a marketplace sign is wanted, as this hook runs before
  // recruiting's (a job offer's note) and the other families' (review mk1 M5).
  const n = segments.length;
  const offerByPath = n >= 3 && OFFER_ACTION.test(last) && OFFER_COLLECTION.test(segments[n - 3]!) && hasIdSegment(segments[n - 2]!);
  if ((offerByPath || OFFER_METHOD.test(method) || OFFER_METHOD.test(last)) && marketplaceOffer(segments, `${method} ${last}`, body)) return 'message';
  // A note to the buyer sent with a shipment (Etsy's `note_to_buyer`), a milestone or payment request's description
  // read by the one who pays (Freelancer.com's /milestone_requests/ with `amount`).
  if (wordsIn(body, BUYER_NOTE_FIELD)) return 'message';
  if (moneyRequestPath(segments) && hasField(body, AMOUNT_KEY) && wordsIn(body, REQUEST_WORDS_FIELD)) return 'message';
  return undefined;
}
