/**
 * TikTok (www.tiktok.com's web client).
 *
 * Request shapes, from the browser tools in the code index that watch the
 * web client's own requests (a TikTok engagement extension's network
 * interceptor, TikTok reply automation notes):
 * - POST /api/comment/publish/?aweme_id={video}&text={comment}&text_extra=[…]
 *   &reply_id={comment}&reply_to_reply_id=… with the signing parameters
 *   (X-Bogus, _signature, msToken). The words travel in the query string,
 *   not the body (some clients send the same fields as a form): the
 *   unknown-site heuristic, which reads bodies, never sees them. A
 *   non-zero `reply_id` makes it a reply to that comment.
 * Not posts: POST /api/commit/item/digg/ (a like), /api/comment/digg/
 * (liking a comment), /api/commit/follow/user/ (a follow), searches (GET).
 * TikTok's other requests (uploads through the creator tools, direct
 * messages on its own messaging service) are left to the heuristic.
 */
import { field, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function param(ctx: EndpointContext, name: string): string | undefined {
  return ctx.url.searchParams.get(name) ?? (isStructured(ctx.body) ? str(field(ctx.body, name)) : undefined);
}

function parseComment(ctx: EndpointContext): EndpointResult {
  const reply = param(ctx, 'reply_id');
  const kind: PostKind = reply !== undefined && reply !== '' && reply !== '0' ? 'reply' : 'comment';
  const text = param(ctx, 'text');
  return { post: true, kind, text: text ?? null };
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  siteFor: () => 'tiktok.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'tiktok.comment.publish', methods: ['POST'], path: /^\/api\/comment\/publish\/?$/, parse: parseComment },
    {
      name: 'tiktok.quiet',
      methods: ['POST'],
      path: /^\/api\/(?:commit\/item\/digg|comment\/digg|commit\/follow\/user)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
