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
 * /booking/register_appointment, Mindbody's /appointment/addappointment (round sw1; any case, never after a calendar's segment since its review), Cal.com's /api/book/event. The segment must
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
 * no cart. An order on a route that names none is known by its body instead
 * (orderBody, read by refuses.ts).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { hasField } from './body-fields';
import { namesCommentOrMessage } from './cross-site';
import { hasIdSegment } from './paths';

const TRANSACTION_SEGMENT =
  /^(?:carts?|guest-carts|baskets?|checkouts?|payment[-_]information|shipping[-_]information|payment[-_]intents|(?:domestic|international)(?:[-_]scheduled|[-_]standing)?[-_]payment(?:s|[-_]consents)|(?:(?:register|create|new|confirm|make)[-_])?(?:bookings?|reservations?|appointments?))(?:\.js(?:on)?)?$/i;
/** A booking's creation by a remote method, in any case (Mindbody's addappointment, an `addAppointment`; not a calendar's: sw1 review M4). */
const ADD_BOOKING = /^add[-_]?(?:bookings?|reservations?|appointments?)$/i;
/**
 * An insurance quote for a line of cover (/motor/quotes, /home/quote): the car's modifications, the home's
 * extensions, described in free text for the insurer. Only after a line of cover: a quotations site's
 * /authors/{id}/quotes is still watched, and so is a forum's /topics/life/quotes (a place named first).
 */
const INSURANCE_QUOTE = /(?:^|\/)(?:motor|car|van|home|contents|buildings|travel|pet|life|health|bike|motorbike|landlord)\/quotes?(?:\/|$)/i;
/** Cal.com's booking routes (/api/book/event, /api/book/recurring-event, /api/book/instant-event). */
const BOOK_EVENT = /(?:^|\/)book\/[\w-]{0,40}event\/?$/i;
/**
 * A booking's cancellation by id (Cal.com API v2's /v2/bookings/{uid}/cancel): its reason is mailed to the other
 * side, as on Cal.com's /api/cancel (review of round ca1, D4 and J3: one policy, in calendars.ts), so it is watched;
 * without words it publishes nothing.
 */
const BOOKING_CANCEL = /(?:^|\/)bookings\/[^/]+\/cancel\/?$/;
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
  if (BOOKING_CANCEL.test(path)) return false;
  // An appointment's note by id (athenahealth's /appointments/{id}/notes) is a note on the schedule (hc2 review D7, practice-notes.ts).
  if (/(?:^|\/)appointments?\/[^/]+\/notes?\/?$/i.test(path)) return false;
  const segments = path.replace(/\/$/, '').split('/');
  const quote = INSURANCE_QUOTE.exec(path);
  if (quote && !path.slice(0, quote.index).split('/').some((seg) => PLACE_SEGMENT.test(seg))) return true;
  return segments.some(
    (segment, i) => segment.length <= 64 && ((segment === segment.toLowerCase() && TRANSACTION_SEGMENT.test(segment)) || (ADD_BOOKING.test(segment) && !/^calendars?$/i.test(segments[i - 1] ?? ''))) && namesOperation(segments, i),
  );
}

/**
 * An order or checkout known by its body on a route that names none (round s10: /api/order, /orders, a shop's own
 * `placeOrder` endpoint): line items, each with a quantity (`items: [{ productName, quantity, price }]`,
 * `line_items`, `products`), beside a delivery address or a payment field, at the top or one object down
 * (`order: {…}`, `delivery: { deliveryAddress, notes }`, `customer: { shippingAddress }`). Its note for the courier
 * goes with the order, as on a cart's path. Only JSON; items without quantities (a list of ids, a post's linked
 * products) or an address without items do not make an order, and a text alone on /api/order is read as ever.
 */
const LINE_ITEMS = /^(?:items|line_?items|order_?items|cart_?items|products|lines)$/i;
const QUANTITY = /^(?:quantity|qty)$/i;
const ADDRESS_OR_PAYMENT =
  /^(?:(?:delivery|shipping|billing|postal)_?address|address|shipping_?info|billing_?info|post_?code|postal_?code|zip_?code|payment(?:_?(?:method|type|token|info|intent(?:_?id)?))?|card_?token)$/i;
/** A quantity as a number or a string of digits (`qty: "2"` from a form turned into JSON). */
function isQuantity(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^\d{1,6}$/.test(v));
}
function lineItems(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  return v.slice(0, 50).every((item) => isRecord(item) && Object.keys(item).some((k) => QUANTITY.test(k) && isQuantity(item[k])));
}
export function orderBody(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const top = body.value;
  const scopes = [top, ...Object.values(top).filter(isRecord)];
  const hasItems = scopes.some((scope) => Object.keys(scope).some((k) => LINE_ITEMS.test(k) && lineItems(scope[k])));
  return hasItems && hasField(body, ADDRESS_OR_PAYMENT);
}
