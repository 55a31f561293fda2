/**
 * Payment and expense apps whose notes other people read (round pm1). Money
 * sent with words is not an order (transactions.ts): a person pays a person,
 * and the words go with the money.
 * - A payment or a request for money (an amount and a payee, on a path whose
 *   operation names payments, transfers or payouts: Venmo's POST /v1/payments
 *   and account.venmo.com/api/payments, PayPal's /v1/payments/payouts,
 *   Wise's /v1/transfers, Revolut Business's /api/1.0/pay, Swish's
 *   /api/v2/paymentrequests/{id}) is a message to the payee, unless the body
 *   gives it an audience: Venmo's `audience: public|friends` makes the note a
 *   story on a feed, a post. Its `note` or `memo` is written to the payee,
 *   not kept to oneself (a note is a private field elsewhere: unread-fields.ts),
 *   so it is read before an e-mail's subject line (longest-field.ts asks
 *   paymentNoteField).
 * - An expense in a shared ledger (Splitwise's create_expense, Settle Up's
 *   /transactions/{group}.json) is read by everyone on it, a post as ever;
 *   words on a comment path beside the expense's or payment's id (Splitwise's
 *   create_comment `expense_id`) are a comment under it.
 * Near-misses (paymentQuiet, asked by refuses.ts): a payment's pre-check sent
 * with its note (Venmo's /api/eligibility, fees, validation), a sentence
 * parsed into an expense with saving turned off (Splitwise's parse_sentence
 * `autosave: false`), and one's own note on a bank transaction by id (Monzo's
 * PATCH /transactions/{id} `metadata[notes]`), which only the account's
 * holders read. A reference that is only an invoice number or digits is no
 * prose and is not read at all (free-text.ts).
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOff, hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { fieldLeaf } from './names';
import { pathKind } from './path-kind';
import { hasIdSegment, lastSegment, pathSegments } from './paths';

/**
 * The operation of a payment: the path's last segment that is not an id or a version (a payout link, Revolut's
 * /payout-links; a request for money, bunq's /request-inquiry, round pm1b).
 */
const PAYMENT_SEGMENT =
  /^(?:payments?|pay|payouts?|payout[-_]?links?|transfers?|payment[-_]?requests?|money[-_]?requests?|request[-_]?inquir(?:y|ies)|remittances?|send[-_]?money|request[-_]?money|p2p)$/i;
/**
 * What is paid: an amount (Venmo's `amount`, `amountInCents`; PayPal's item `amount`; bunq's `amount_inquired`) or a
 * priced quote (Wise's `quoteUuid`).
 */
const AMOUNT_KEY = /^(?:amount(?:_?in_?cents|_?cents|_?minor|_?inquired)?|quote_?(?:uuid|id))$/i;
/**
 * Who is paid: a user or target (Venmo's `user_id`, `targetUserDetails`), a receiver or recipient (PayPal's item
 * `receiver`, Revolut's `receiver.counterparty_id`), a payee (Swish's `payeeAlias`), a target account (Wise's
 * `targetAccount`), a beneficiary or counterparty (by id, by name for a payout link, by alias: bunq's
 * `counterparty_alias`).
 */
const PAYEE_KEY =
  /^(?:user_?id|target_?(?:user(?:_?(?:id|details))?|account(?:_?id)?)|receivers?(?:_?id)?|recipients?(?:_?id)?|payee(?:_?(?:alias|id|account))?|beneficiary(?:_?id)?|counterparty(?:_?(?:id|name|alias))?)$/i;
/** Who sees a payment's note: Venmo's `audience`, a privacy or visibility setting. */
const AUDIENCE_KEY = /^(?:audience|privacy(?:_?setting)?|visibility)$/i;
const SHOWN_AUDIENCE = /^(?:public|friends|everyone|followers|contacts|network)$/i;
/** The words written to the payee. */
const PAYMENT_NOTE = /^(?:notes?|memo)$/i;

/** Whether a value is set (not empty, null or false). */
function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && v !== false;
}
/** The last segment of a path that is neither an id nor an API version (/api/v2/paymentrequests/{id} → paymentrequests). */
function operationSegment(path: string): string {
  const segments = pathSegments(path).filter((seg) => seg !== '' && !hasIdSegment(seg) && !/^v?\d+(?:\.\d+)*$/i.test(seg));
  const last = segments[segments.length - 1] ?? '';
  return last.endsWith('.json') ? last.slice(0, -5) : last;
}

/** Whether a body sends money with it: a payment's path, an amount and a payee. */
export function paymentBody(body: ParsedBody, path: string): boolean {
  if (!PAYMENT_SEGMENT.test(operationSegment(path))) return false;
  return hasKeyDeep(body, AMOUNT_KEY, present) && hasKeyDeep(body, PAYEE_KEY, present);
}

/** Whether a field holds a payment's note for the payee (read as published words, not as a note kept to oneself). */
export function paymentNoteField(name: string, body: ParsedBody, path: string | undefined): boolean {
  return path !== undefined && PAYMENT_NOTE.test(fieldLeaf(name)) && paymentBody(body, path);
}

/** The id of an expense, bill or payment that a comment is written under (Splitwise's `expense_id`). */
const LEDGER_ID_FIELD = /^(?:expense|bill|payment|transaction|transfer)_?id$/i;

/**
 * The kind of words sent with money or under an expense: a payment's note is a message to the payee, or a post when
 * its audience is public or friends; words on a comment path beside an expense's or payment's id are a comment.
 */
export function paymentKind(path: string, body: ParsedBody): PostKind | undefined {
  if (pathKind(path) === 'comment' && hasField(body, LEDGER_ID_FIELD)) return 'comment';
  if (!paymentBody(body, path) || pathKind(path) !== undefined) return undefined;
  return hasFieldWhere(body, (name, v) => AUDIENCE_KEY.test(name) && typeof v === 'string' && SHOWN_AUDIENCE.test(v)) ? 'post' : 'message';
}

/** A check made before paying, with the payment's own fields (Venmo's /api/eligibility): fees and limits, nothing sent. */
const PRECHECK_SEGMENT = /^(?:eligibility|fees?|fee[-_]?estimates?|pre[-_]?checks?|validate|validation|simulate|simulation)$/i;
/** A sentence parsed into an expense (Splitwise's /parse_sentence), and the flag that keeps the result unsaved. */
const PARSE_SEGMENT = /^parse(?:[-_][a-z]+)?$/i;
const SAVE_FLAG = /^(?:auto_?save|save|persist)$/i;
/** A bank transaction by id (Monzo's /transactions/{id}, Mercury's /transaction/{id}), annotated by its holder. */
const TRANSACTION_BY_ID = /\/transactions?\/[^/]+\/?$/i;
/** Words others would read, beside which a transaction's note is not the only thing written. */
const PUBLISHED_WORDS_FIELD = /^(?:comment|message|content|body|text|title|description)$/i;

/** Whether a money app's request carries words that go nowhere: a payment's pre-check, an unsaved parse, one's own transaction note. */
export function paymentQuiet(body: ParsedBody, path: string): boolean {
  const last = lastSegment(path);
  if (PRECHECK_SEGMENT.test(last) && hasKeyDeep(body, AMOUNT_KEY, present)) return true;
  if (PARSE_SEGMENT.test(last) && hasFieldWhere(body, (name, v) => SAVE_FLAG.test(name) && flagOff(v))) return true;
  return (
    TRANSACTION_BY_ID.test(path) &&
    hasIdSegment(last) &&
    hasFieldWhere(body, (name, v) => PAYMENT_NOTE.test(fieldLeaf(name)) && present(v)) &&
    !hasFieldWhere(body, (name, v) => PUBLISHED_WORDS_FIELD.test(fieldLeaf(name)) && present(v))
  );
}
