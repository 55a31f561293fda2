/**
 * Threads' official API (graph.threads.net, graph.threads.com), used by
 * scheduling tools and the apps people connect to their Threads account.
 *
 * Request shapes, from Meta's Threads API documentation
 * (developers.facebook.com/documentation/threads: "Create Posts",
 * "Create Replies", "Quote Posts") and a client's worked examples
 * (kgnvsk/Threads API_EXAMPLES.md):
 * - POST /<version>/<threads-user-id | me>/threads creates a media container:
 *   `media_type` (TEXT, IMAGE, VIDEO, CAROUSEL), `text`, `image_url` /
 *   `video_url`, `reply_to_id` (a reply), `quote_post_id` (a quote),
 *   `auto_publish_text=true` (a text post published at once), sent as a form,
 *   multipart (curl -F) or in the query string, in any mix.
 * - POST /<version>/<user>/threads_publish `creation_id` publishes a container.
 * The words go out with the container, so the container is the post held;
 * threads_publish carries only the container's id and is not a second post.
 * Not posts: carousel items (`is_carousel_item=true`: an image or video that
 * a CAROUSEL container then groups and captions), threads_publish,
 * /<reply-id>/manage_reply (hiding a reply), reposts (no text).
 * Recheck round r5 (tests/fixtures/requests/threads/r5-*), read right the
 * first time: a scheduler's multipart reply (gitroomhq/postiz-app
 * threads.provider.ts), a text post with `topic_tag` on graph.threads.com,
 * and POST /<media-id>/repost (not a post).
 */
import { GRAPH_VERSION, idOf, isStructured, param, str } from '../body';
import type { Endpoint, EndpointContext, EndpointResult, PostKind } from '../types';

export const THREADS_GRAPH_HOST = /^graph\.threads\.(?:net|com)$/;
function parseContainer(ctx: EndpointContext): EndpointResult {
  // Parameters may all be in the query string: only a body that is there but unreadable hides them.
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  const carouselItem = param(ctx, 'is_carousel_item');
  if (carouselItem === 'true' || carouselItem === true) return { post: false };
  const kind: PostKind = idOf(param(ctx, 'quote_post_id')) ? 'quote' : idOf(param(ctx, 'reply_to_id')) ? 'reply' : 'post';
  const text = str(param(ctx, 'text'));
  // An image, video or carousel post may have no text: still a post, its text is ''.
  const media = str(param(ctx, 'media_type'));
  return { post: true, kind, text: text ?? (media && media.toUpperCase() !== 'TEXT' ? '' : null) };
}

export const threadsGraphEndpoints: readonly Endpoint[] = [
  {
    name: 'threads.api.container',
    methods: ['POST'],
    host: THREADS_GRAPH_HOST,
    path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/threads\\/?$`),
    parse: parseContainer,
  },
];
