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
 * Recheck round r8a (tests/fixtures/requests/threads/r8a-*): a text
 * attachment's `plaintext` (developers.facebook.com create-posts/text-attachments)
 * and a poll's options (create-posts/polls, `poll_attachment`) are published
 * with the text and shown after it. Read right the first time: GIF
 * attachments, ghost posts, a Deno client's image container
 * (@codybrom/denim), threads_publish, manage_reply and manage_pending_reply
 * (not posts), a video carousel item in JSON (not a post), and the web
 * client's configure form on threads.com.
 *
 * Round r11 (tests/fixtures/requests/threads/r11-graph-*): the Threads API
 * reference as rawveg/rawveg-marketplace threads-api/SKILL.md carries it
 * (`auto_publish_text`, `topic_tag`, `location_id`, reply control; repost and
 * manage_reply not posts): read right the first time.
 */
import { GRAPH_VERSION, asJson, at, idOf, isStructured, joinParts, param, str } from '../body';
import type { Endpoint, EndpointContext, EndpointResult, PostKind } from '../types';

export const THREADS_GRAPH_HOST = /^graph\.threads\.(?:net|com)$/;
/**
 * The words published beside `text`: a text attachment's `plaintext` (long-form writing, up to 10,000 characters)
 * and a poll's options (`option_a` … `option_d`), each a JSON object sent as text in a form or the query string, or
 * an object in a JSON body. Poll options follow the text, one part each, as Reddit's do.
 */
function withAttachments(text: string | undefined, attachment: unknown, poll: unknown): string | undefined {
  const long = str(at(asJson(attachment), 'plaintext'));
  const options = ['option_a', 'option_b', 'option_c', 'option_d'].map((k) => str(at(asJson(poll), k)));
  if (long === undefined && options.every((o) => o === undefined)) return text;
  return joinParts([text, long, ...options]);
}

function parseContainer(ctx: EndpointContext): EndpointResult {
  // Parameters may all be in the query string: only a body that is there but unreadable hides them.
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  const carouselItem = param(ctx, 'is_carousel_item');
  if (carouselItem === 'true' || carouselItem === true) return { post: false };
  const kind: PostKind = idOf(param(ctx, 'quote_post_id')) ? 'quote' : idOf(param(ctx, 'reply_to_id')) ? 'reply' : 'post';
  const text = withAttachments(str(param(ctx, 'text')), param(ctx, 'text_attachment'), param(ctx, 'poll_attachment'));
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
