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
 * /booking/register_appointment, Cal.com's /api/book/event. A path that ends
 * in comments, messages, replies, posts, topics, threads or reviews (a
 * message to a host about a booking, a review of a stay, a forum named
 * bookings) is still watched; so are a shop's reviews, which name no cart.
 */
import { namesCommentOrMessage } from './cross-site';

const TRANSACTION_SEGMENT =
  /^(?:carts?|guest-carts|baskets?|checkouts?|payment[-_]information|shipping[-_]information|payment[-_]intents|(?:domestic|international)(?:[-_]scheduled|[-_]standing)?[-_]payment(?:s|[-_]consents)|(?:(?:register|create|new|confirm|make)[-_])?(?:bookings?|reservations?|appointments?))(?:\.js(?:on)?)?$/i;
/**
 * An insurance quote for a line of cover (/motor/quotes, /home/quote): the car's modifications, the home's
 * extensions, described in free text for the insurer. Only after a line of cover: a quotations site's
 * /authors/{id}/quotes is still watched.
 */
const INSURANCE_QUOTE = /(?:^|\/)(?:motor|car|van|home|contents|buildings|travel|pet|life|health|bike|motorbike|landlord)\/quotes?(?:\/|$)/i;
/** Cal.com's booking routes (/api/book/event, /api/book/recurring-event, /api/book/instant-event). */
const BOOK_EVENT = /(?:^|\/)book\/[\w-]{0,40}event\/?$/i;
/** What is published under a booking or an order, or in a forum named after one, as the last segment: a review of a stay, a forum's posts. */
const PUBLISHED_LAST = /\/(?:posts?|topics?|threads?|reviews?|ratings?)(?:\.json)?\/?$/i;
/** WooCommerce's classic checkout and cart actions (`?wc-ajax=…`, woocommerce/assets/js/frontend/checkout.js). */
const WC_AJAX_TRANSACTION = /^(?:checkout|update_order_review|add_to_cart|apply_coupon|remove_coupon|update_shipping_method)$/i;

/** Whether a request's path or WooCommerce action is a cart's, a checkout's, a payment's or a booking's. */
export function transactionPath(url: URL, path: string): boolean {
  const wcAjax = url.searchParams.get('wc-ajax');
  if (wcAjax !== null && WC_AJAX_TRANSACTION.test(wcAjax)) return true;
  if (namesCommentOrMessage(path) || PUBLISHED_LAST.test(path)) return false;
  if (BOOK_EVENT.test(path) || INSURANCE_QUOTE.test(path)) return true;
  return path.split('/').some((segment) => segment.length <= 64 && TRANSACTION_SEGMENT.test(segment));
}
