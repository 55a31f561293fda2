/**
 * Fundraising, collectives and supporter updates (round fd1, mended after its review fd1rev): the words a collective,
 * charity or fundraiser sends to its backers, and what backers write back.
 *
 * - Open Collective's GraphQL API (its frontend and API are open source; release tools and governance bots call it
 *   too), told by its own signs, not by generic names:
 *   - `createConversation` opens a thread on a collective's page, read by its community: a `post`, not the chat
 *     message its name would otherwise make it, when its input names the collective or account it belongs to
 *     (`CollectiveId`, `collective`, `account`, `accountId`; a group or community is no such owner) and no people
 *     (words.ts's ANY_RECIPIENT_KEY, or participants, members, users, invitees, each also with an `Id`/`Ids` suffix:
 *     `participantIds`, `recipientIds`). A conversation opened with people named is a `message` (review D2). So any
 *     GraphQL `createConversation` whose input names an account and no people (a support tool's, say) is read as a
 *     post too: no real one was found, and it is kept so (review x4 J5).
 *   - `createComment` answers in a conversation, a `reply`, only with Open Collective's CommentCreateInput shape: the
 *     `comment` argument (a variable or written inline) naming the conversation as `ConversationId` (capitalised, as
 *     only Open Collective writes it), or naming a conversation beside an `html` body. A help desk's
 *     `createComment(input: {conversationId, body})` stays a comment, as the older rules read it (review D3).
 *     `editComment` names no conversation and is read as a comment (review J1, documented: an edit of an answer is
 *     not told from an edit of a comment on an update or expense).
 *   - `editPublicMessage(fromAccount, toAccount, message)`: a contributor's message shown on the collective's
 *     contributors list, public: a `post` (review D4).
 *   - `processExpense(expense, action, message)` with a message (REJECT, MARK_AS_INCOMPLETE, REQUEST_RE_APPROVAL…):
 *     the note goes with the action's activity to the expense's submitter, a `message` (review D5). An expense's
 *     `privateMessage` ("only visible to user and admins") is a note on the record for its admins: a `comment`.
 *   - `createUpdate` is a post by the general rules: it stores the update and a wordless `publishUpdate` mails it to
 *     the backers; since nothing holds that publish with the text unknown, the words are held at createUpdate (lead
 *     decision D1 of the review; round fd1 had made it quiet, as a stored draft). `editUpdate` is a post too.
 * - Progress updates on an updates collection or an update by id (GoFundMe Pro, formerly Classy, and others): a
 *   `visibility` that says the writer alone (`only_me`, `owner`, `self`, `author`) is quiet; `private` is the writer's
 *   own only on GoFundMe Pro/Classy's documented API (its `/2.0/` or `/api/2.0/` version path: "can only be seen by
 *   the Member associated with record"); elsewhere `private` means backers only, an audience: a post (review J2). A
 *   draft is quiet by unpublished-objects.ts. The refusal hook is given the path, not the host, hence the version path.
 * - A donation's dedication or tribute card mailed to one person: a `message`, when an address key names the card's
 *   recipient (`recipient_email`, `honoree_email`, `notify_email`, `ecard_email`), or a bare `email`/`email_address`
 *   on a dedication's own collection (GoFundMe Pro's `/transactions/{id}/dedications`, where the address is the
 *   card's). A bare `email` elsewhere is usually the donor's own (review M4).
 * - JustGiving's page updates (`Message` on …/updates/) and story (`storySupplement`), GoFundMe Pro's comments and
 *   feed items are read by the general rules; nothing here.
 *
 * - A campaign FAQ's entry (round r20: GoFundMe Pro's POST /campaigns/{id}/faqs and PUT /faqs/{id}) is read by
 *   faq-entries.ts, since its review (r20rev M3) a rule for any site's FAQ. A registration question's short answer
 *   (…/fundraising-pages/{id}/answers) stays unread.
 * - Liberapay's statement form (…/{username}/edit/statement; r20rev D6) saves the profile's statement only when its
 *   `action` is `publish` (or, from an older form with no `action`, `save=true`); its other buttons (edit, switch
 *   language, discard, preview) save nothing and are quiet (statementNotPublished). The path is the only sign.
 *
 * Sources (facts only): opencollective/opencollective-frontend (CommentForm, UpdateFormView, PublishUpdate,
 * ContributionFlowPublicMessage); opencollective/opencollective-api (MemberMutations editPublicMessage,
 * ExpenseMutations processExpense, Expense privateMessage); metagov/gateway's Open Collective plugin; goreleaser and
 * jreleaser's Open Collective announcers; MaxGhenis/opencollective-py (reject_expense); the GoFundMe Pro API 2.0
 * OpenAPI (api-evangelist/gofundme) and classy-org/classy-node's resource list; klever/justgiving-api-sdk.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { nonEmptyString, present } from './body-fields';
import { mutationRootField } from './drafts-collections';
import { pathSegments } from './paths';
import { ANY_RECIPIENT_KEY } from './words';

/** A mutation root field that opens a conversation (`createConversation`, `create_conversation`, `startConversation`). */
const CREATE_CONVERSATION = /^(?:create|start|new|add)_?conversation$/i;
/** A mutation root field that creates a comment. */
const CREATE_COMMENT = /^(?:create|add|post)_?comment$/i;
/** A mutation root field that sets a contributor's public message (Open Collective's `editPublicMessage`). */
const PUBLIC_MESSAGE = /^(?:edit|set|update)_?public_?message$/i;
/** A mutation root field that acts on an expense with a note to its submitter (`processExpense`, `rejectExpense`). */
const PROCESS_EXPENSE = /^(?:process|reject|decline|refuse)_?expense$/i;
/** A mutation root field that creates or edits an expense. */
const WRITE_EXPENSE = /^(?:create|edit|update|submit)_?expense$/i;
/** An expense's note for its admins (`privateMessage`, `private_note`). */
const PRIVATE_NOTE = /^private_?(?:message|note)$/i;
/** Open Collective's own key for the conversation a comment answers in (CommentCreateInput), capitalised. */
const OC_CONVERSATION_ID = /^ConversationId$/;
/** A key naming the conversation a comment goes into: `conversationId`, `conversation_id`, `conversation`. */
const CONVERSATION_REF = /^conversation(?:_?id)?$/i;
/** A key naming the collective or account a conversation belongs to (`CollectiveId`, `account`, `accountId`). */
const OWNER_REF = /^(?:collective|account)(?:_?id)?$/i;
/** People nouns not in words.ts's ANY_RECIPIENT_KEY (which has `recip…`, `to`, `cc`, `participants`…). */
const PEOPLE_NOUN = /^(?:participants?|members?|users?|invitees?)$/i;
/** An `Id`/`Ids` suffix (`participantIds`, `recipient_ids`, `userId`), read off before the people tests. */
const ID_SUFFIX = /_?u?ids?$/i;
/** A key holding an object's words. */
const WORDS_KEY = /^(?:html|body|text|content|markdown|message)$/i;
/** How far into a document its inline argument names are read. */
const DOC_EXAMINED = 4096;

function variables(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value['variables'];
  return isRecord(v) ? v : undefined;
}
function hasKey(o: Record<string, unknown>, pattern: RegExp | ((key: string) => boolean), ok: (v: unknown) => boolean = present): boolean {
  const test = typeof pattern === 'function' ? pattern : (key: string) => pattern.test(key);
  for (const key in o) if (test(key) && ok(o[key])) return true;
  return false;
}
/** Whether a key names people a conversation is addressed to (words.ts's recipients, or people nouns, with or without `Id(s)`). */
function isPeopleKey(key: string): boolean {
  if (ANY_RECIPIENT_KEY.test(key) || PEOPLE_NOUN.test(key)) return true;
  const bare = key.replace(ID_SUFFIX, '');
  return bare.length > 0 && bare !== key && (ANY_RECIPIENT_KEY.test(bare) || PEOPLE_NOUN.test(bare));
}
/**
 * The argument names written in a mutation's document (`name:`): withInlineArguments flattens nested input objects
 * and reads no lists, so an inline `account: {slug: …}` or `participantIds: [...]` is found here.
 */
function documentKeys(body: ParsedBody): Set<string> {
  const keys = new Set<string>();
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value['query'] !== 'string') return keys;
  for (const m of body.value['query'].slice(0, DOC_EXAMINED).matchAll(/([A-Za-z_]\w{0,63})\s*:/g)) keys.add(m[1]!);
  return keys;
}
function anyKey(keys: Set<string>, test: (key: string) => boolean): boolean {
  for (const key of keys) if (test(key)) return true;
  return false;
}
/**
 * A mutation's argument by its name in the schema: the variable of that name, or the variable the document passes to
 * it (`message: $m`, `comment: $c`), as GraphQL lets a client name its variables as it likes.
 */
function argument(body: ParsedBody, vars: Record<string, unknown>, name: string): unknown {
  if (name in vars) return vars[name];
  if (body.type !== 'json' || !isRecord(body.value) || typeof body.value['query'] !== 'string') return undefined;
  const m = new RegExp(`\\b${name}\\s*:\\s*\\$([A-Za-z_]\\w{0,63})`).exec(body.value['query'].slice(0, DOC_EXAMINED));
  return m ? vars[m[1]!] : undefined;
}
/** The input object of a mutation: the argument named like the noun (`comment`, `conversation`), or `input`. */
function inputObject(body: ParsedBody, vars: Record<string, unknown>, nouns: readonly string[]): Record<string, unknown> | undefined {
  for (const key of nouns) {
    const v = argument(body, vars, key);
    if (isRecord(v)) return v;
  }
  return undefined;
}

/** The kind of Open Collective's conversation words, a public message or an expense note (GraphQL mutations). */
function collectiveKind(body: ParsedBody): PostKind | undefined {
  const vars = variables(body);
  if (vars === undefined) return undefined;
  const root = mutationRootField(body);
  if (root === undefined) return undefined;
  if (CREATE_CONVERSATION.test(root)) {
    const input = inputObject(body, vars, ['conversation', 'input']) ?? vars;
    const doc = documentKeys(body);
    const owned = hasKey(input, OWNER_REF) || anyKey(doc, (k) => OWNER_REF.test(k));
    const addressed = hasKey(input, isPeopleKey) || anyKey(doc, isPeopleKey);
    if (!hasKey(input, WORDS_KEY, nonEmptyString)) return undefined;
    // Opened with people named: a message to them, whatever it belongs to (review D2).
    if (addressed) return 'message';
    return owned ? 'post' : undefined;
  }
  if (CREATE_COMMENT.test(root)) {
    // The `comment` argument, sent as a variable or written inline (then its fields are among the variables).
    const input = inputObject(body, vars, ['comment']) ?? (documentKeys(body).has('comment') ? vars : undefined);
    if (input === undefined || !hasKey(input, WORDS_KEY, nonEmptyString)) return undefined;
    const ocShaped = hasKey(input, OC_CONVERSATION_ID) || (hasKey(input, CONVERSATION_REF) && nonEmptyString(input['html']));
    return ocShaped ? 'reply' : undefined;
  }
  if (PUBLIC_MESSAGE.test(root)) return nonEmptyString(argument(body, vars, 'message')) || nonEmptyString(argument(body, vars, 'publicMessage')) ? 'post' : undefined;
  if (PROCESS_EXPENSE.test(root)) return nonEmptyString(argument(body, vars, 'message')) ? 'message' : undefined;
  if (WRITE_EXPENSE.test(root)) {
    const expense = inputObject(body, vars, ['expense', 'input']) ?? vars;
    return hasKey(expense, PRIVATE_NOTE, nonEmptyString) ? 'comment' : undefined;
  }
  return undefined;
}

/**
 * The kind of a collective's or fundraiser's words (kind.ts, before the message signs): a conversation opened on a
 * collective's page a post, a comment into it a reply, a public message a post, an expense's note a message or a
 * comment, a tribute card mailed to one person a message.
 */
export function fundraisingKind(body: ParsedBody, path: string): PostKind | undefined {
  if (cardMailed(body, path)) return 'message';
  return collectiveKind(body);
}

/** A card's words sent with a gift: `ecard_message`, `card_message`, `tribute_message`, `dedication_message`. */
const CARD_MESSAGE = /^(?:e_?card|card|tribute|dedication|gift)_?message$/i;
/** The address a card is mailed to, named as the recipient's: `recipient_email`, `honoree_email`, `notify_email`. */
const CARD_EMAIL = /^(?:recipient|honou?ree|notify|notification|e_?card|card)_?email(?:_?address)?$/i;
/** A bare address key: the card's own only on a dedication's collection. */
const BARE_EMAIL = /^email(?:_?address)?$/i;
/** A dedication's, tribute's or eCard's own collection (GoFundMe Pro's `/transactions/{id}/dedications`). */
const CARD_SEGMENT = /^(?:dedications?|tributes?|e_?cards?)$/i;
/**
 * A donation's dedication or tribute card with its words and the address it is mailed to: a card to one person, a
 * message. Top-level keys only.
 */
function cardMailed(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const o = body.value;
  if (!hasKey(o, CARD_MESSAGE, nonEmptyString)) return false;
  const address = (v: unknown): boolean => typeof v === 'string' && v.includes('@');
  if (hasKey(o, CARD_EMAIL, address)) return true;
  const segs = pathSegments(path);
  return CARD_SEGMENT.test(segs[segs.length - 1] ?? '') && hasKey(o, BARE_EMAIL, address);
}

/** Where a progress update lives: an updates collection, or an update by id. */
function onUpdates(segs: readonly string[]): boolean {
  const n = segs.length;
  return /^updates?$/i.test(segs[n - 1] ?? '') || /^updates?$/i.test(segs[n - 2] ?? '');
}
/** A visibility that says the writer alone reads it. */
const WRITER_ONLY = /^(?:only_?me|just_?me|me|owner|self|author|private_?to_?(?:me|owner|author))$/i;
/** GoFundMe Pro/Classy's documented API: its `2.0` version segment first (`/2.0/…`, `/api/2.0/…`). */
function classyApi(segs: readonly string[]): boolean {
  const at = segs[0] === '' ? 1 : 0;
  return segs[at] === '2.0' || (/^api$/i.test(segs[at] ?? '') && segs[at + 1] === '2.0');
}

/**
 * What publishes nothing (refuses.ts): a progress update kept to its writer, by a visibility that says so or by
 * GoFundMe Pro/Classy's `private`; a button of Liberapay's statement form that saves nothing (r20rev D6).
 */
export function fundraisingQuiet(body: ParsedBody, path: string): boolean {
  if (statementNotPublished(body, path)) return true;
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const visibility = body.value['visibility'];
  if (typeof visibility !== 'string' || visibility.length > 24) return false;
  const segs = pathSegments(path);
  if (!onUpdates(segs) || !hasKey(body.value, WORDS_KEY)) return false;
  return WRITER_ONLY.test(visibility) || (/^private$/i.test(visibility) && classyApi(segs));
}

/**
 * A button of Liberapay's statement form that saves nothing (r20rev D6; www/%username/edit/statement.spt): only
 * `action=publish` upserts the statement; `edit` re-renders the form, `switch` changes language or asks to discard,
 * `preview` renders it back. With no `action` (an older form), `save=true` publishes and anything else edits. Only
 * on a path ending in `edit/statement`, the form's own address: elsewhere `action=edit` may save an edit (MediaWiki's).
 */
function statementNotPublished(body: ParsedBody, path: string): boolean {
  if (body.type !== 'form' || !/\/edit\/statement\/?$/i.test(path) || !body.fields.has('statement')) return false;
  const action = body.fields.get('action');
  return action === undefined ? body.fields.get('save') !== 'true' : action.toLowerCase() !== 'publish';
}
