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
 *
 * Recheck round r4 (clients the rules had not cited): the Content Posting
 * API on open.tiktokapis.com (the TikTok publishers in the code index;
 * developers.tiktok.com content-posting-api-reference-direct-post and
 * -photo-post): POST /v2/post/publish/video/init/ and /content/init/ with
 * `post_info: { title, description?, privacy_level }`. A direct post is
 * published with its title (a video's caption) and description. Not posts:
 * `privacy_level: 'SELF_ONLY'` (only its author sees it), a photo sent with
 * `post_mode: 'MEDIA_UPLOAD'` and /inbox/video/init/ (drafts the creator
 * finishes in the app), creator_info queries.
 */
import { at, field, isStructured, str } from '../body';
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

function parseDirectPost(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'post', text: null };
  const v = ctx.body.value;
  if (str(at(v, 'post_info', 'privacy_level')) === 'SELF_ONLY') return { post: false };
  if (str(at(v, 'post_mode')) === 'MEDIA_UPLOAD') return { post: false }; // to the creator's inbox: a draft
  const parts = [str(at(v, 'post_info', 'title')), str(at(v, 'post_info', 'description'))].filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: 'post', text: parts.join('\n\n') };
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  hosts: ['tiktok.com', 'open.tiktokapis.com'],
  siteFor: () => 'tiktok.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'tiktok.comment.publish', methods: ['POST'], path: /^\/api\/comment\/publish\/?$/, parse: parseComment },
    { name: 'tiktok.api.direct-post', methods: ['POST'], host: /^open\.tiktokapis\.com$/, path: /^\/v2\/post\/publish\/(?:video|content)\/init\/?$/, parse: parseDirectPost },
    {
      name: 'tiktok.api.drafts',
      methods: ['POST'],
      host: /^open\.tiktokapis\.com$/,
      path: /^\/v2\/post\/publish\/(?:inbox\/video\/init|creator_info\/query)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
    {
      name: 'tiktok.quiet',
      methods: ['POST'],
      path: /^\/api\/(?:commit\/item\/digg|comment\/digg|commit\/follow\/user)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
