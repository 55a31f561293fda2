/**
 * Fundraising, collectives and supporter updates (round fd1): the words a collective, charity or fundraiser sends to
 * its backers, and what backers write back.
 *
 * - Open Collective's GraphQL API (its frontend and API are open source; release tools and governance bots call it
 *   too): `createConversation` opens a thread on a collective's page, read by its community, so it is a `post`, not
 *   the chat message its name would otherwise make it; a `createComment` whose comment input names a conversation
 *   (`ConversationId`, or a `conversation` reference) answers in that thread, a `reply` (on an update or an expense it
 *   stays a comment, as the general rules read it). `createUpdate` stores the update unpublished (the dashboard's
 *   button says "Save Draft"; a separate `publishUpdate` with no words publishes it), so it is a draft kept, as a
 *   mail campaign created and not sent (round m1): quiet. Told from monday.com's `create_update(item_id, body)`,
 *   which writes at once, by its `update` input naming the account or collective it belongs to.
 * - Progress updates on a fundraising page or team (GoFundMe Pro, formerly Classy: `status` draft or published,
 *   `visibility` private or public): a `visibility: private` update "can only be seen by the Member associated with
 *   record", the writer's own note: quiet. A published public one is a post by the general rules; a draft is quiet
 *   by unpublished-objects.ts. Only where the body has the update's shape (a status beside the visibility) on an
 *   updates collection or an update by id: elsewhere a private post is still published to someone.
 * - A donation's dedication or tribute card (GoFundMe Pro's `ecard_message` mailed to `email_address`): a message
 *   to the one person it is mailed to.
 * - JustGiving's page updates (`Message` on …/updates/) and story (`storySupplement`), GoFundMe Pro's comments and
 *   feed items are read by the general rules; nothing here.
 *
 * Sources (facts only): opencollective/opencollective-frontend (CommentForm, UpdateFormView, PublishUpdate);
 * metagov/gateway's Open Collective plugin; goreleaser and jreleaser's Open Collective announcers; the GoFundMe Pro
 * API 2.0 OpenAPI (api-evangelist/gofundme) and classy-org/classy-node's resource list; klever/justgiving-api-sdk.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { mutationRootField } from './drafts-collections';
import { pathSegments } from './paths';

/** A mutation root field that opens a conversation (`createConversation`, `create_conversation`, `startConversation`). */
const CREATE_CONVERSATION = /^(?:create|start|new|add)_?conversation$/i;
/** A mutation root field that creates a comment. */
const CREATE_COMMENT = /^(?:create|add|post)_?comment$/i;
/** A mutation root field that creates an update (the noun). */
const CREATE_UPDATE = /^(?:create|add|new)_?update$/i;
/** A key naming the conversation a comment goes into: `ConversationId`, `conversationId`, `conversation_id`, `conversation`. */
const CONVERSATION_REF = /^conversation(?:_?id)?$/i;
/** A key naming the account, collective or community a conversation or update belongs to. */
const OWNER_REF = /^(?:collective|account|community|group|host)(?:_?id)?$/i;
/** Keys that address a conversation to people: then it is a message, not a thread on a page. */
const PEOPLE_REF = /^(?:participants?|recipients?|members?|to|users?|user_?ids?|invitees?)$/i;
/** A key holding an object's words. */
const WORDS_KEY = /^(?:html|body|text|content|markdown|message)$/i;

function variables(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value['variables'];
  return isRecord(v) ? v : undefined;
}
function hasKey(o: Record<string, unknown>, pattern: RegExp, ok: (v: unknown) => boolean = (v) => v !== null && v !== undefined && v !== ''): boolean {
  for (const key in o) if (pattern.test(key) && ok(o[key])) return true;
  return false;
}
/** The input object of a mutation: the variable named like the noun (`comment`, `update`), or `input`. */
function inputObject(vars: Record<string, unknown>, noun: string): Record<string, unknown> | undefined {
  for (const key of [noun, 'input']) {
    const v = vars[key];
    if (isRecord(v)) return v;
  }
  return undefined;
}

/**
 * The kind of a collective's conversation words (kind.ts, before the message signs): a conversation opened on a
 * collective's page is a post; a comment into a conversation a reply.
 */
export function fundraisingKind(body: ParsedBody): PostKind | undefined {
  if (cardMailed(body)) return 'message';
  const vars = variables(body);
  if (vars === undefined) return undefined;
  const root = mutationRootField(body);
  if (root === undefined) return undefined;
  if (CREATE_CONVERSATION.test(root)) {
    const input = inputObject(vars, 'conversation') ?? vars;
    if (hasKey(input, OWNER_REF) && hasKey(input, WORDS_KEY) && !hasKey(input, PEOPLE_REF)) return 'post';
    return undefined;
  }
  if (CREATE_COMMENT.test(root)) {
    const input = inputObject(vars, 'comment');
    if (input !== undefined && hasKey(input, WORDS_KEY) && hasKey(input, CONVERSATION_REF)) return 'reply';
  }
  return undefined;
}

/** A card's words sent with a gift: `ecard_message`, `card_message`, `tribute_message`, `dedication_message`. */
const CARD_MESSAGE = /^(?:e_?card|card|tribute|dedication|gift)_?message$/i;
/** The address a card is mailed to: `email_address`, `email`, `recipient_email`, `honoree_email`, `notify_email`. */
const CARD_EMAIL = /^(?:(?:recipient|honou?ree|notify|notification)_?)?email(?:_?address)?$/i;
/**
 * A donation's dedication or tribute card with its words and the address it is mailed to (GoFundMe Pro's
 * dedications: `ecard_message` beside `email_address`): a card to one person, a message. Top-level keys only.
 */
function cardMailed(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const o = body.value;
  return hasKey(o, CARD_MESSAGE, (v) => typeof v === 'string' && v.trim().length > 0) && hasKey(o, CARD_EMAIL, (v) => typeof v === 'string' && v.includes('@'));
}

/** Where a progress update lives: an updates collection, or an update by id. */
function onUpdates(path: string): boolean {
  const segs = pathSegments(path);
  const n = segs.length;
  return /^updates?$/i.test(segs[n - 1] ?? '') || /^updates?$/i.test(segs[n - 2] ?? '');
}

/**
 * What publishes nothing (refuses.ts): an update created unpublished under an account or collective (Open
 * Collective's createUpdate), and a progress update kept private to its writer.
 */
export function fundraisingQuiet(body: ParsedBody, path: string): boolean {
  const vars = variables(body);
  if (vars !== undefined) {
    const root = mutationRootField(body);
    if (root === undefined || !CREATE_UPDATE.test(root)) return false;
    const input = inputObject(vars, 'update');
    return input !== undefined && hasKey(input, OWNER_REF, isRecord) && hasKey(input, WORDS_KEY);
  }
  if (body.type !== 'json' || !isRecord(body.value) || !onUpdates(path)) return false;
  const o = body.value;
  const visibility = o['visibility'];
  const status = o['status'];
  return typeof visibility === 'string' && /^(?:private|only_?me)$/i.test(visibility) && typeof status === 'string' && status.length <= 16 && hasKey(o, WORDS_KEY);
}
