/**
 * Payment and expense apps whose notes other people read (round pm1, mended after its review: pm1rev). Money
 * sent with words is not an order (transactions.ts): a person pays a person, and the words go with the money.
 * One rule (the lead's, review J2): a payment to a person or counterparty (a payee, recipient, beneficiary,
 * counterparty, or an account number beside its bank's code) is a message; a payment to a merchant, or for an
 * order, invoice, plan, subscription, payroll or domain, publishes nothing, as transactions.ts says of orders.
 * - A payment or a request for money (an amount and a payee, on a path whose operation names payments,
 *   transfers or payouts: Venmo's POST /v1/payments and account.venmo.com/api/payments, PayPal's
 *   /v1/payments/payouts, Wise's /v1/transfers, Revolut Business's /api/1.0/pay, Flutterwave's /v3/transfers,
 *   Razorpay's /v1/payouts, Mercury's /account/{id}/transactions sent with a payment method) is a message to the
 *   payee, unless the body gives it an audience: Venmo's `audience: public|friends`, or a set `public` flag, makes
 *   the note a story on a feed, a post. A bare `user_id` is often the payer, so it names a payee only beside
 *   Venmo's signals (`audience`, a funding source) or on a root payments collection (Venmo's legacy form API).
 *   Its `note` or `memo` is written to the payee, not kept to oneself (a note is a private field elsewhere:
 *   unread-fields.ts), so it is read before an e-mail's subject line (longest-field.ts asks paymentNoteField);
 *   Mercury's `note` is the sender's own and stays unread; its `externalMemo` is the payee's.
 * - A payment request or link (Tikkie's /paymentrequests, Swish's, bunq's request-inquiry, Revolut's payout
 *   links) names no payee: its description is a message to whoever pays it.
 * - An expense in a shared ledger (Splitwise's create_expense, Settle Up's /transactions/{group}.json) is read
 *   by everyone on it, a post as ever; words on a comment path beside the expense's or payment's id (Splitwise's
 *   create_comment `expense_id`) are a comment under it, or a reply when they name the comment answered.
 * - A donation to a fundraiser names no payee and is not read here: its message is shown on the page, a post
 *   (as rounds w1 and f1 decided for words under a petition).
 * Near-misses (paymentQuiet, asked by refuses.ts): a payment's pre-check sent with its note (Venmo's
 * /api/eligibility, fees, validation), a sentence parsed into an expense with saving turned off (Splitwise's
 * parse_sentence `autosave: false`), one's own note on a bank transaction or feed item by id (Monzo's PATCH
 * /transactions/{id} `metadata[notes]`, Starling's …/{feedItemUid}/user-note, Firefly III's split beside its
 * `transaction_journal_id`), a budget's own transactions (YNAB's /budgets/{id}/transactions), a send-money
 * request waiting for an admin's approval (Mercury's /request-send-money), a move between one's own accounts
 * (Revolut's /transfer with a source and a target account and no counterparty, Mercury's /internal-transfer),
 * a payment for an order, invoice, plan, subscription, payroll or domain, and a shop's own charge through a
 * merchant API (Mollie's and Vipps' /payments with the shop's return URL, Square's and GoCardless' with the
 * customer or mandate charged, and no payee). Open Banking's /pisp/domestic-payments stays an order's path
 * (transactions.ts, round q3, whose rule is for orders and checkouts): a payment initiation provider sends it
 * for a merchant's checkout, with its consent's words, never a person's window. A reference that is only an
 * invoice number or digits is no prose and is not read at all (free-text.ts).
 * Round r17: a payment's note, memo, reference or message is read however short when it has three words with
 * letters (shortPaymentWords, asked by longest-field.ts): payment notes are short ("Thanks for covering my shifts,
 * Ana"); a description stays under the prose minimum. An order's transfer group (Stripe Connect's
 * `transfer_group: ORDER_…`) or an order id in a nested form field (`metadata[order_id]`) makes a transfer a
 * merchant's; an invoice created with its own fields (Square's POST /v2/invoices, a draft) is quiet.
 * Cross-round review x3 (J2, the lead's call): a payment naming a person payee (a recipient, payee or beneficiary)
 * is a message even when it names or pays an invoice (a freelancer paid against their invoice reads the note); the
 * invoice's quiet holds only with no person payee. Orders, plans, subscriptions, payrolls and domains stay quiet.
 */
import type { ParsedBody, PostKind } from '../types';
import { flagOff, flagOn, hasField, hasFieldWhere, hasKeyDeep, hasParentField } from './body-fields';
import { fieldLeaf } from './names';
import { pathKind } from './path-kind';
import { hasIdSegment, lastSegment, pathSegments } from './paths';
import { CAMEL_REPLY_TO_FIELD, EXPLICIT_PARENT_FIELD } from './words';

/**
 * The operation of a payment: the path's last segment that is not an id or a version (a payout link, Revolut's
 * /payout-links; a request for money, bunq's /request-inquiry, round pm1b).
 */
const PAYMENT_SEGMENT =
  /^(?:payments?|pay|payouts?|payout[-_]?links?|payment[-_]?links?|transfers?|payment[-_]?requests?|money[-_]?requests?|request[-_]?inquir(?:y|ies)|remittances?|send[-_]?money|request[-_]?money|p2p)$/i;
/** A request for money or a link to pay (Tikkie's /paymentrequests, bunq's request-inquiry): whoever pays it reads it, no payee named. */
const REQUEST_SEGMENT = /^(?:payout[-_]?links?|payment[-_]?links?|payment[-_]?requests?|money[-_]?requests?|request[-_]?inquir(?:y|ies)|request[-_]?money)$/i;
/** An account's transactions collection, a payment when the body sends money (Mercury's createTransaction: `paymentMethod`, `idempotencyKey`). */
const TRANSACTIONS_SEGMENT = /^transactions$/i;
const SEND_SIGNAL = /^(?:payment_?method|idempotency_?key)$/i;
/**
 * What is paid: an amount (Venmo's `amount`, `amountInCents`; PayPal's item `amount`; bunq's `amount_inquired`) or a
 * priced quote (Wise's `quoteUuid`).
 */
const AMOUNT_KEY = /^(?:amount(?:_?in_?cents|_?cents|_?minor|_?inquired)?|quote_?(?:uuid|id))$/i;
/**
 * Who is paid: a target user or account (Venmo's `targetUserDetails`, Wise's `targetAccount`), a receiver or
 * recipient (PayPal's item `receiver`, Revolut's `receiver.counterparty_id`, Mercury's `recipientId`), a payee
 * (Swish's `payeeAlias`), a beneficiary by id or name (Flutterwave's `beneficiary_name`), a fund account
 * (Razorpay's `fund_account_id`) or a counterparty (by id, by name for a payout link, by alias: bunq's
 * `counterparty_alias`). Not a bare `user_id`, often the payer (review J2): see VENMO_USER.
 */
const PAYEE_KEY =
  /^(?:target_?(?:user(?:_?(?:id|details))?|account(?:_?id)?)|receivers?(?:_?id)?|recipients?(?:_?id)?|payee(?:_?(?:alias|id|account))?|beneficiary(?:_?(?:id|name))?|fund_?account_?id|counterparty(?:_?(?:id|name|alias))?)$/i;
/** A payee's bank account by number, beside its bank's code (Flutterwave's `account_bank` and `account_number`). */
const ACCOUNT_NUMBER_KEY = /^account_?number$/i;
const BANK_CODE_KEY = /^(?:account_?bank|bank_?code|sort_?code|routing_?number|ifsc(?:_?code)?)$/i;
/** Venmo's payee by user id, known beside its audience or funding source (mmohades' send_money). */
const VENMO_USER = /^user_?id$/i;
const VENMO_SIGNAL = /^(?:audience|funding_?source_?id)$/i;
/** Who sees a payment's note: Venmo's `audience`, a privacy or visibility setting, or a public flag. */
const AUDIENCE_KEY = /^(?:audience|privacy(?:_?setting)?|visibility)$/i;
const SHOWN_AUDIENCE = /^(?:public|friends|everyone|followers|contacts|network)$/i;
const PUBLIC_FLAG = /^(?:is_?)?public$/i;
/** The words written to the payee (Mercury's `externalMemo`; its `note` is then the sender's own). */
const PAYMENT_NOTE = /^(?:notes?|memo|external_?memo)$/i;
const EXTERNAL_MEMO = /^external_?memo$/i;

/**
 * Whether a value is set (not empty, null or false): hasField's own test, kept for hasKeyDeep's walks, which
 * go deeper than hasField's two levels (PayPal's payee is in `items[].receiver`).
 */
function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && v !== false;
}
/** The path's segments that are neither ids nor API versions (/api/v2/paymentrequests/{id} → api, paymentrequests). */
function operationSegments(path: string): string[] {
  if (path !== operationsOf.path) {
    operationsOf.segments = pathSegments(path).filter((seg) => seg !== '' && !hasIdSegment(seg) && !/^v?\d+(?:\.\d+)*$/i.test(seg));
    operationsOf.last = lastSegment(operationsOf.segments.join('/'));
    operationsOf.path = path;
  }
  return operationsOf.segments.slice();
}
/** The last path read by operationSegments, its segments and its operation (asked of one request many times). */
const operationsOf = { path: undefined as string | undefined, segments: [] as string[], last: '' };
/** The last segment of a path that is neither an id nor an API version (/api/v2/paymentrequests/{id} → paymentrequests). */
function operationSegment(path: string): string {
  operationSegments(path);
  return operationsOf.last;
}

/** A fundraiser's page that a donation is paid on (/fundraisers/{id}/pay, /campaigns/{id}/payments). */
const FUNDRAISER_SEGMENT = /^(?:fundraisers?|campaigns?|appeals?|causes?|crowdfunds?|donations?)$/i;

/** Whether a body names whom it pays. */
function namesPayee(body: ParsedBody, path: string): boolean {
  if (hasKeyDeep(body, PAYEE_KEY, present)) return true;
  if (hasKeyDeep(body, ACCOUNT_NUMBER_KEY, present) && hasKeyDeep(body, BANK_CODE_KEY, present)) return true;
  if (!hasField(body, VENMO_USER)) return false;
  // A root payments collection (Venmo's legacy form POST /payments, review J3): nothing names a payer's order there.
  return hasField(body, VENMO_SIGNAL) || operationSegments(path).filter((seg) => !/^api$/i.test(seg)).length === 1;
}

/** Whether a body sends money with it: a payment's path, an amount and a payee (a request or link names none). */
export function paymentBody(body: ParsedBody, path: string): boolean {
  // A donation to a fundraiser or campaign is shown on its page (rounds w1 and f1): not a payment to a person.
  if (operationSegments(path).some((seg) => FUNDRAISER_SEGMENT.test(seg))) return false;
  const op = operationSegment(path);
  const sends = PAYMENT_SEGMENT.test(op) || (TRANSACTIONS_SEGMENT.test(op) && hasField(body, SEND_SIGNAL));
  if (!sends || !hasKeyDeep(body, AMOUNT_KEY, present)) return false;
  return REQUEST_SEGMENT.test(op) || namesPayee(body, path);
}

/** Whether a field holds a payment's note for the payee (read as published words, not as a note kept to oneself). */
export function paymentNoteField(name: string, body: ParsedBody, path: string | undefined): boolean {
  const leaf = fieldLeaf(name);
  if (path === undefined || !PAYMENT_NOTE.test(leaf) || !paymentBody(body, path)) return false;
  // Mercury's `note` is the sender's own; only its `externalMemo` reaches the recipient (an account's /transactions).
  if (EXTERNAL_MEMO.test(leaf)) return true;
  return !hasField(body, EXTERNAL_MEMO) && !TRANSACTIONS_SEGMENT.test(operationSegment(path));
}

/**
 * The words a payment carries to its payee under its own names: a note or memo (paymentNoteField), a bank
 * transfer's reference (Wise's `details.reference`, Revolut's `reference`) or a message. Not a `description`,
 * often the payer's own label (Stripe's, Square's) and, short, left to the prose minimum as round pm1's review left
 * Tikkie's (pm1rev-tikkie-payment-request-description).
 */
const PAYMENT_WORDS = /^(?:notes?|memo|external_?memo|reference|message|remittance_?information)$/i;
/** Letters words: a payment's short words are a person's when there are three or more of them (round r17). */
const LETTER_WORD = /\p{L}{2,}/u;

/**
 * Whether a short text in a payment's words field is still a message to the payee (round r17): payment notes are
 * short ("Thanks for covering my shifts, Ana"), shorter than prose (free-text.ts), as chat lines are; three words
 * or more with letters, so that a bank reference ("Invoice 4471", "Rent Dec") stays unread.
 */
export function shortPaymentWords(name: string, text: string, body: ParsedBody, path: string | undefined): boolean {
  const leaf = fieldLeaf(name);
  if (path === undefined || !PAYMENT_WORDS.test(leaf) || text.length > 400 || !paymentBody(body, path)) return false;
  // Mercury's own `note` beside an `externalMemo`, or on an account's transactions: the sender's, as paymentNoteField says.
  if (/^notes?$/i.test(leaf) && !paymentNoteField(name, body, path)) return false;
  return text.trim().split(/\s+/).filter((w) => LETTER_WORD.test(w)).length >= 3;
}

/** The id of an expense, bill or payment that a comment is written under (Splitwise's `expense_id`). */
const LEDGER_ID_FIELD = /^(?:expense|bill|payment|transaction|transfer)_?id$/i;

/**
 * The kind of words sent with money or under an expense: a payment's note is a message to the payee, or a post when
 * its audience is public or friends (or a public flag is set); words on a comment path beside an expense's or
 * payment's id are a comment, unless they name the comment they answer (then the reply rules decide, review M1).
 */
export function paymentKind(path: string, body: ParsedBody): PostKind | undefined {
  if (pathKind(path) === 'comment' && hasField(body, LEDGER_ID_FIELD)) {
    const replies = hasParentField(body, EXPLICIT_PARENT_FIELD) || hasParentField(body, CAMEL_REPLY_TO_FIELD);
    return replies ? undefined : 'comment';
  }
  if (!paymentBody(body, path) || pathKind(path) !== undefined) return undefined;
  const shown =
    hasField(body, AUDIENCE_KEY, SHOWN_AUDIENCE) || hasFieldWhere(body, (name, v) => PUBLIC_FLAG.test(name) && flagOn(v));
  return shown ? 'post' : 'message';
}

/**
 * A check made before paying (Venmo's /api/eligibility): fees and limits, nothing sent. Any such path with an amount
 * is let through, a payment's or not: a validation or simulation publishes nothing whatever it checks (review M5).
 */
const PRECHECK_SEGMENT = /^(?:eligibility|fees?|fee[-_]?estimates?|pre[-_]?checks?|validate|validation|simulate|simulation)$/i;
/** A sentence parsed into an expense (Splitwise's /parse_sentence), and the flag that keeps the result unsaved. */
const PARSE_SEGMENT = /^parse(?:[-_][a-z]+)?$/i;
const SAVE_FLAG = /^(?:auto_?save|save|persist)$/i;
/** A bank transaction by id (Monzo's /transactions/{id}, Mercury's /transaction/{id}), annotated by its holder. */
const TRANSACTION_BY_ID = /\/transactions?\/[^/]+\/?$/i;
/** A note on a feed item or transaction by id, as its own leaf (Starling's …/feed/account/{id}/category/{id}/{id}/user-note). */
const OWN_NOTE_LEAF = /\/(?:feed|feed[-_]?items?|transactions?)\/.*\/(?:user[-_]?notes?|notes?)\/?$/i;
const OWN_NOTE = /^(?:notes?|memo|user_?notes?)$/i;
/** Words others would read, beside which a transaction's note is not the only thing written. */
const PUBLISHED_WORDS_FIELD = /^(?:comment|message|content|body|text|title|description)$/i;
/** A split of one's own transaction (Firefly III's `transaction_journal_id`): its description is one's own label. */
const OWN_SPLIT_FIELD = /^transaction_?journal_?id$/i;
const SPLIT_PUBLISHED_FIELD = /^(?:comment|message|content|body|text|title)$/i;
/** A budget's own transactions (YNAB's /budgets/{id}/transactions and /transactions/{id}). */
const BUDGET_TRANSACTIONS = /\/budgets\/[^/]+\/transactions(?:\/[^/]+)?\/?$/i;
/** A send-money request waiting for an admin's approval (Mercury's /request-send-money): nothing is sent yet. */
const APPROVAL_SEGMENT = /^request[-_]send[-_]money$/i;
/** A move between one's own accounts: Mercury's /internal-transfer, or a source and a target account by id (Revolut's /transfer). */
const INTERNAL_SEGMENT = /^internal[-_]?transfers?$/i;
const SOURCE_ACCOUNT = /^(?:source|from)_?account_?id$/i;
const TARGET_ACCOUNT = /^(?:target|to|destination)_?account_?id$/i;
const COUNTERPARTY_KEY = /^(?:receivers?|recipients?|payees?|beneficiar(?:y|ies)|counterpart(?:y|ies))(?:_?\w+)?$/i;
/** What a payment is for when it is a merchant's: an order, invoice, plan, subscription, payroll or domain (review J2). */
const MERCHANT_SEGMENT = /^(?:orders?|invoices?|subscriptions?|plans?|payrolls?|pay[-_]?runs?|domains?)$/i;
const MERCHANT_FIELD = /^(?:plan(?:_?id)?|price_?id|order_?id|invoice_?id|subscription_?id)$/i;
/** A marketplace's group of an order's payments (Stripe Connect's `transfer_group: ORDER_95`), round r17. */
const ORDER_GROUP_FIELD = /^transfer_?group$/i;
const ORDER_GROUP_VALUE = /^(?:order|invoice|purchase)/i;
/**
 * An invoice created (Square's POST /v2/invoices, a DRAFT until published; an invoicing app's /invoices): for an
 * invoice, so it publishes nothing (review pm1 J2), known by an invoice's own fields (round r17).
 */
const INVOICES_SEGMENT = /^invoices?$/i;
const INVOICE_ID_FIELD = /^invoice_?id$/i;
/** A person paid by name or id (a recipient, payee or beneficiary): the one who reads a payment's note (x3 review J2). */
const PERSON_PAYEE_KEY = /^(?:recipients?|payees?|beneficiar(?:y|ies))(?:_?(?:id|alias|name|account|details))?$/i;
const INVOICE_RECORD_KEY = /^(?:primary_?recipient|payment_?requests|line_?items|invoice_?number|due_?date|order_?id)$/i;
/** A shop's own return or notification address: a charge made through a merchant API (Mollie's `redirectUrl`, Vipps' `returnUrl`). */
const SHOP_URL_FIELD = /^(?:redirect|return|cancel|webhook)_?url$/i;
/** A shop's customer or mandate charged (Square's `customer_id`, Vipps' `customer`, GoCardless' `links.mandate`). */
const MERCHANT_CUSTOMER = /^(?:customer(?:_?id)?|mandate)$/i;

/** Whether a body writes words that only the account's holder reads, on a transaction, feed item or budget. */
function ownNote(body: ParsedBody, path: string): boolean {
  if (BUDGET_TRANSACTIONS.test(path)) return hasKeyDeep(body, OWN_NOTE, present);
  const byId = (TRANSACTION_BY_ID.test(path) && hasIdSegment(lastSegment(path))) || OWN_NOTE_LEAF.test(path);
  if (!byId) return false;
  // Firefly III's splits sit in an array (`transactions[]`), below hasFieldWhere's reach: read them deep.
  if (hasKeyDeep(body, OWN_SPLIT_FIELD, present)) return hasKeyDeep(body, OWN_NOTE, present) && !hasKeyDeep(body, SPLIT_PUBLISHED_FIELD, present);
  if (!hasFieldWhere(body, (name, v) => OWN_NOTE.test(fieldLeaf(name)) && present(v))) return false;
  return !hasFieldWhere(body, (name, v) => PUBLISHED_WORDS_FIELD.test(fieldLeaf(name)) && present(v));
}

/**
 * Whether money goes to a merchant or stays with its holder: an order's or plan's payment, a shop's charge, an approval,
 * an own move, a send whose only words are the sender's internal note.
 */
function quietPayment(body: ParsedBody, path: string): boolean {
  const op = operationSegment(path);
  if (APPROVAL_SEGMENT.test(op) || INTERNAL_SEGMENT.test(op)) return hasKeyDeep(body, AMOUNT_KEY, present);
  // A send on an account's transactions (Mercury) with no `externalMemo`: its `note` is the sender's own.
  if (TRANSACTIONS_SEGMENT.test(op)) return paymentBody(body, path) && !hasField(body, EXTERNAL_MEMO) && !hasField(body, PUBLISHED_WORDS_FIELD);
  if (!PAYMENT_SEGMENT.test(op) || REQUEST_SEGMENT.test(op)) return false;
  // A payment naming a person payee is a message to them even for their invoice (x3 review J2, the lead's call: a
  // freelancer paid against an invoice reads the note); only an invoice's payment with no person payee is quiet.
  const personPaid = hasKeyDeep(body, PERSON_PAYEE_KEY, present);
  const merchant = (name: string) => MERCHANT_FIELD.test(name) && !(personPaid && INVOICE_ID_FIELD.test(name));
  if (operationSegments(path).some((seg) => MERCHANT_SEGMENT.test(seg) && !(personPaid && INVOICES_SEGMENT.test(seg)))) return true;
  // An order's id as a field, in a form's nested field (Stripe's `metadata[order_id]`), or an order's transfer group (round r17).
  if (hasFieldWhere(body, (name, v) => merchant(fieldLeaf(name)) && present(v))) return true;
  if (hasFieldWhere(body, (name, v) => ORDER_GROUP_FIELD.test(fieldLeaf(name)) && typeof v === 'string' && ORDER_GROUP_VALUE.test(v))) return true;
  if (hasField(body, SOURCE_ACCOUNT) && hasField(body, TARGET_ACCOUNT) && !hasKeyDeep(body, COUNTERPARTY_KEY, present)) return true;
  const shops = hasField(body, SHOP_URL_FIELD) || hasKeyDeep(body, MERCHANT_CUSTOMER, present);
  return shops && hasKeyDeep(body, AMOUNT_KEY, present) && !namesPayee(body, path);
}

/** Whether a money app's request carries words that go nowhere: a payment's pre-check, an unsaved parse, one's own note, a merchant's or one's own payment. */
export function paymentQuiet(body: ParsedBody, path: string): boolean {
  const last = lastSegment(path);
  if (PRECHECK_SEGMENT.test(last) && hasKeyDeep(body, AMOUNT_KEY, present)) return true;
  if (PARSE_SEGMENT.test(last) && hasFieldWhere(body, (name, v) => SAVE_FLAG.test(name) && flagOff(v))) return true;
  if (INVOICES_SEGMENT.test(last) && hasKeyDeep(body, INVOICE_RECORD_KEY, present)) return true;
  return ownNote(body, path) || quietPayment(body, path) || processorRecordText(body, path);
}

/**
 * A merchant's own record at a card processor, named by the processor's typed id (Stripe's POST /v1/customers/cus_…
 * `description`, POST /v1/disputes/dp_… `evidence[…]`): a customer's description is a private field no one else
 * reads, and dispute evidence goes to the card issuer in a payment process; neither is a post (id1 review D4, J2).
 * The path decides: the collection and its id's own type prefix.
 */
const PROCESSOR_RECORD_PATH = /^\/v1\/(?:customers\/cus|disputes\/(?:dp|du))_[A-Za-z0-9]+\/?$/;
const PROCESSOR_RECORD_TEXT = /^(?:description|evidence\[\w+\])$/;
function processorRecordText(body: ParsedBody, path: string): boolean {
  return PROCESSOR_RECORD_PATH.test(path) && hasFieldWhere(body, (name) => PROCESSOR_RECORD_TEXT.test(name));
}
