/**
 * What Facebook and Threads (both Meta web stacks) have in common: a Relay
 * GraphQL endpoint taking a form (or FormData) body with
 * `fb_api_req_friendly_name`, `variables` (a JSON string), `doc_id`, and the
 * acting account in `av` / `__user`. Shapes: see facebook.ts and threads.ts.
 * Operations sent by `doc_id` alone, with no friendly name (recheck round
 * r7c), are read by their variables' composer or comment input only.
 */
import { asJson, at, field, headerValue, looksBinary, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind } from '../types';

export function friendlyName(ctx: EndpointContext): string {
  return str(field(ctx.body, 'fb_api_req_friendly_name')) ?? headerValue(ctx.headers, 'x-fb-friendly-name') ?? '';
}

export function metaAccount(ctx: EndpointContext, vars?: unknown): string | undefined {
  return (
    nonEmpty(field(ctx.body, 'av')) ??
    nonEmpty(field(ctx.body, '__user')) ??
    nonEmpty(at(vars, 'input', 'actor_id')) ??
    nonEmpty(field(ctx.body, '_uid'))
  );
}

/** Mutations that carry text but publish nothing new. */
const NOT_PUBLISHING = /React|Reaction|Like|Follow|Unfollow|Delete|Remove|Draft|Save|Seen|Read|Typing|Search|Hide|Report|Block|Mute|Translate|Preview/i;
const PUBLISHING = /Create|Send|Post|Publish|Reply|Comment|Compose/i;

/** A mutation whose name says it publishes (creates, sends, posts, comments…) and not that it only reacts, saves or reads. */
export function isPublishingMutation(name: string): boolean {
  return /Mutation$/.test(name) && !NOT_PUBLISHING.test(name) && PUBLISHING.test(name);
}

/** The text of a Meta mutation's input, wherever the known shapes keep it. */
export function metaText(vars: unknown): string | undefined {
  return (
    str(at(vars, 'input', 'message', 'text')) ??
    str(at(vars, 'input', 'text')) ??
    str(at(vars, 'input', 'caption')) ??
    str(at(vars, 'input', 'body', 'text')) ??
    str(at(vars, 'message', 'text')) ??
    str(at(vars, 'text')) ??
    // Instagram's web client (PolarisPostCommentInputRevampedMutation): `request_data.comment_text`.
    str(at(vars, 'request_data', 'comment_text')) ??
    str(at(vars, 'comment_text'))
  );
}

/**
 * A mutation we have no explicit shape for: a post only when its name says it
 * publishes and its input carries text. Conservative on purpose: Meta sends
 * many POSTed queries (searches among them) that carry text.
 */
export function genericMetaMutation(ctx: EndpointContext, name: string, vars: unknown): EndpointResult {
  if (name === '' && field(ctx.body, 'doc_id') !== undefined) return namelessOperation(ctx, vars);
  if (!isPublishingMutation(name)) return { post: false };
  const text = metaText(vars);
  if (text === undefined) return { post: false };
  const kind: PostKind = /Comment|Reply/i.test(name) ? 'reply' : /Message|Send/i.test(name) ? 'message' : 'post';
  return { post: true, kind, text, accountHint: metaAccount(ctx, vars) };
}

export function isFormLike(ctx: EndpointContext): boolean {
  return ctx.body.type === 'form' || ctx.body.type === 'multipart';
}

/**
 * A body that cannot be read at all (compressed or binary bytes, or malformed):
 * on a GraphQL endpoint that publishes it may be any mutation, so it is held
 * with the text unknown, as every other adapter's post endpoint holds one
 * (round r7's review: gzip to /api/graphql/ used to pass as not a post).
 */
export function unreadableBody(ctx: EndpointContext): boolean {
  if (ctx.body.type === 'unreadable') return true;
  return ctx.body.type === 'text' && looksBinary(ctx.body.text);
}

const SIGNED_PREFIX = 'SIGNATURE.';

/**
 * The fields of a body sent by Instagram's private API (and Threads' app,
 * which uses it): a JSON body, a flat form, or a form whose `signed_body` is
 * `SIGNATURE.<urlencoded JSON>` (junhoyeo/threads-api, subzeroid/instagrapi).
 * Null when the body cannot be read.
 */
export function signedFields(ctx: EndpointContext): ((name: string) => unknown) | null {
  if (ctx.body.type === 'json') {
    const v = ctx.body.value;
    return (name) => at(v, name);
  }
  if (!isFormLike(ctx)) return null;
  const signed = str(field(ctx.body, 'signed_body'));
  if (signed !== undefined) {
    const json = asJson(signed.startsWith(SIGNED_PREFIX) ? signed.slice(SIGNED_PREFIX.length) : signed);
    if (json === undefined || typeof json === 'string') return null;
    return (name) => at(json, name);
  }
  return (name) => field(ctx.body, name);
}

/**
 * A persisted operation sent by its `doc_id` alone, with no friendly name in the form or a header (scripts
 * leave the name out: the server runs the document by id). Read by what its variables carry: the input
 * shapes of the composer, comments and Instagram's web comment, and nothing else (a search's `text` is not
 * among them). A message when the input names a listing or a thread, a comment when it names the feedback or
 * media it goes under, else a post; a composer's draft (`is_draft`) is none.
 */
function namelessOperation(ctx: EndpointContext, vars: unknown): EndpointResult {
  const input = at(vars, 'input');
  const composed = str(at(input, 'message', 'text'));
  const comment = composed === undefined ? (str(at(vars, 'request_data', 'comment_text')) ?? str(at(vars, 'comment_text'))) : undefined;
  const text = composed ?? comment;
  if (text === undefined || text.trim() === '') return { post: false };
  // A draft the composer keeps (`is_draft: true`) is not published yet.
  const draft = at(input, 'is_draft');
  if (draft === true || draft === 'true') return { post: false };
  const parent = nonEmpty(at(input, 'reply_comment_parent_fbid')) ?? nonEmpty(at(input, 'parent_comment_id')) ?? nonEmpty(at(vars, 'request_data', 'replied_to_comment_id'));
  const under = comment !== undefined || nonEmpty(at(input, 'feedback_id')) !== undefined;
  // Words to a seller about a listing, or into a message thread, go to people, not to a feed.
  const toPeople = ['listing_id', 'thread_id', 'thread_fbid', 'other_user_id', 'recipient_id'].some((k) => nonEmpty(at(input, k)) !== undefined);
  const kind: PostKind = toPeople ? 'message' : parent ? 'reply' : under ? 'comment' : 'post';
  return { post: true, kind, text, accountHint: metaAccount(ctx, vars) };
}
