/**
 * Carts, checkouts, payments and bookings (round q3): what a person writes
 * there (a note for the courier, an engraving, a payment's reference for the
 * payee, a booking's notes for whoever serves it) goes with an order or an
 * appointment to those who fulfil it and is not published. Told by whole
 * path segments, never a word inside a title's slug: Shopify's /cart/add.js
 * and /cart/update.js, Magento's /guest-carts/{id}/payment-information,
 * WooCommerce's Store API /wc/store/v1/checkout and its classic
 * `?wc-ajax=checkout`, Open Banking's /pisp/domestic-payment-consents,
 * Stripe's /payment_intents/{id}/confirm, insurers' /motor/quotes, Easy!Appointments'
 * /booking/register_appointment, Cal.com's /api/book/event. The segment must
 * be the operation itself (review of round q3): the last segment, or followed
 * only by ids, verbs and the order's steps (/cart/add.js, /bookings/B-22871,
 * /payment_intents/{id}/confirm, /checkout/shipping, /cart/note), in small letters (a wiki's /wiki/Booking is
 * a page's title), and never after a segment that names a forum, repository,
 * category or board (Vanilla's /post/discussion/checkout, Gitea's
 * /repos/acme/booking, a forum's /topics/life/quotes): there it names a place
 * people publish in. What follows a booking and names a conversation or
 * something published (/bookings/55/messages, /reservations/55/chat,
 * /bookings/55/guest-message, /bookings/55/questions, /acme/booking/issues,
 * /bookings/55/reviews) is watched, and so are a shop's reviews, which name
 * no cart.
 */
import { namesCommentOrMessage } from './cross-site';
import { hasIdSegment } from './paths';

const TRANSACTION_SEGMENT =
  /^(?:carts?|guest-carts|baskets?|checkouts?|payment[-_]information|shipping[-_]information|payment[-_]intents|(?:domestic|international)(?:[-_]scheduled|[-_]standing)?[-_]payment(?:s|[-_]consents)|(?:(?:register|create|new|confirm|make)[-_])?(?:bookings?|reservations?|appointments?))(?:\.js(?:on)?)?$/i;
/**
 * An insurance quote for a line of cover (/motor/quotes, /home/quote): the car's modifications, the home's
 * extensions, described in free text for the insurer. Only after a line of cover: a quotations site's
 * /authors/{id}/quotes is still watched, and so is a forum's /topics/life/quotes (a place named first).
 */
const INSURANCE_QUOTE = /(?:^|\/)(?:motor|car|van|home|contents|buildings|travel|pet|life|health|bike|motorbike|landlord)\/quotes?(?:\/|$)/i;
/** Cal.com's booking routes (/api/book/event, /api/book/recurring-event, /api/book/instant-event). */
const BOOK_EVENT = /(?:^|\/)book\/[\w-]{0,40}event\/?$/i;
/**
 * What is published under a booking or an order, or in a forum or repository named after one, as the last
 * segment: a review of a stay, a forum's posts and discussions, a repository's issues and pulls, a question,
 * and a conversation with a host (chat, conversation, guest-message, thread; a gift message goes with the order).
 */
const PUBLISHED_LAST =
  /\/(?:posts?|topics?|threads?|reviews?|ratings?|issues?|pulls?|discussions?|questions?|chats?|conversations?|(?!gift)[a-z]+[-_]messages?)(?:\.json)?\/?$/i;
/** Segments that name a place people publish in: a transaction's word after one is that place's name. */
const PLACE_SEGMENT = /^(?:repos|forums?|categor(?:y|ies)|topics?|t|c|boards?|board-id|discussions?|posts?|groups?|tags?|wiki|communit(?:y|ies)|projects?|r)$/i;
/**
 * What may follow a transaction's segment when it names the operation: ids, verbs (/cart/add.js,
 * /payment_intents/{id}/confirm) and the order's own steps (/checkout/shipping, /cart/note, /bookings/{id}/extras).
 */
const TRANSACTION_VERB = /^(?:add|update|change|clear|confirm|create|new|submit|register|book|cancel|complete|capture|apply|remove|pay|place[-_]order)(?:\.js(?:on)?)?$/i;
const TRANSACTION_STEP =
  /^(?:notes?|shipping|billing|address(?:es)?|delivery|items|lines|coupons?|discounts?|gift(?:[-_]?(?:message|note|wrap))?|instructions|payments?|totals?|estimate|customer|contact|details|extras|attributes|shipping[-_](?:methods?|address|rates))(?:\.js(?:on)?)?$/i;
/** WooCommerce's classic checkout and cart actions (`?wc-ajax=…`, woocommerce/assets/js/frontend/checkout.js). */
const WC_AJAX_TRANSACTION = /^(?:checkout|update_order_review|add_to_cart|apply_coupon|remove_coupon|update_shipping_method)$/i;

/** An id after a transaction's segment: any id the heuristic knows, or a prefixed one (Stripe's `pi_…`). */
function isTransactionId(seg: string): boolean {
  return hasIdSegment(seg) || (/^[\w-]{6,80}$/.test(seg) && /\d/.test(seg));
}
/** Whether segments[i] is the operation: followed only by ids, verbs and steps, and after no place's segment. */
function namesOperation(segments: readonly string[], i: number): boolean {
  const tail = segments.slice(i + 1);
  if (tail.length > 3 || !tail.every((seg) => isTransactionId(seg) || TRANSACTION_VERB.test(seg) || TRANSACTION_STEP.test(seg))) return false;
  return !segments.slice(0, i).some((seg) => PLACE_SEGMENT.test(seg));
}

/** Whether a request's path or WooCommerce action is a cart's, a checkout's, a payment's or a booking's. */
export function transactionPath(url: URL, path: string): boolean {
  const wcAjax = url.searchParams.get('wc-ajax');
  if (wcAjax !== null && WC_AJAX_TRANSACTION.test(wcAjax)) return true;
  if (namesCommentOrMessage(path) || PUBLISHED_LAST.test(path)) return false;
  if (BOOK_EVENT.test(path)) return true;
  const segments = path.replace(/\/$/, '').split('/');
  const quote = INSURANCE_QUOTE.exec(path);
  if (quote && !path.slice(0, quote.index).split('/').some((seg) => PLACE_SEGMENT.test(seg))) return true;
  return segments.some(
    (segment, i) => segment.length <= 64 && segment === segment.toLowerCase() && TRANSACTION_SEGMENT.test(segment) && namesOperation(segments, i),
  );
}
