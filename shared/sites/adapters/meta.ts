/**
 * What Facebook and Threads (both Meta web stacks) have in common: a Relay
 * GraphQL endpoint taking a form (or FormData) body with
 * `fb_api_req_friendly_name`, `variables` (a JSON string), `doc_id`, and the
 * acting account in `av` / `__user`. Shapes: see facebook.ts and threads.ts.
 */
import { at, field, headerValue, nonEmpty, str } from '../body';
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

/** The text of a Meta mutation's input, wherever the known shapes keep it. */
export function metaText(vars: unknown): string | undefined {
  return (
    str(at(vars, 'input', 'message', 'text')) ??
    str(at(vars, 'input', 'text')) ??
    str(at(vars, 'input', 'caption')) ??
    str(at(vars, 'input', 'body', 'text')) ??
    str(at(vars, 'message', 'text')) ??
    str(at(vars, 'text'))
  );
}

/**
 * A mutation we have no explicit shape for: a post only when its name says it
 * publishes and its input carries text. Conservative on purpose: Meta sends
 * many POSTed queries (searches among them) that carry text.
 */
export function genericMetaMutation(ctx: EndpointContext, name: string, vars: unknown): EndpointResult {
  if (!/Mutation$/.test(name) || NOT_PUBLISHING.test(name) || !PUBLISHING.test(name)) return { post: false };
  const text = metaText(vars);
  if (text === undefined) return { post: false };
  const kind: PostKind = /Comment|Reply/i.test(name) ? 'reply' : /Message|Send/i.test(name) ? 'message' : 'post';
  return { post: true, kind, text, accountHint: metaAccount(ctx, vars) };
}

export function isFormLike(ctx: EndpointContext): boolean {
  return ctx.body.type === 'form' || ctx.body.type === 'multipart';
}
