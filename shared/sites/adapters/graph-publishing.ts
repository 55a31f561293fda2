/**
 * Publishing through Meta's Graph API beyond a Page's feed (see facebook.ts
 * for feed, comments, photos and messages): Page videos, Instagram content
 * publishing, and edits of an existing post or comment.
 *
 * Request shapes, from Meta's developer documentation (parameters in the
 * body, as a form or JSON, or in the query string):
 * - Video API, "Publishing" and reference/page/videos: POST
 *   graph-video.facebook.com/<version>/<page-id>/videos with `description`
 *   (the post's text), `title`, `file_url` or an upload; `published=false`
 *   without `scheduled_publish_time` uploads a video that no one sees.
 * - Instagram Platform, "Content Publishing": POST /<version>/<ig-user-id>/media
 *   `image_url` | `video_url`, `caption`, `media_type` (REELS, STORIES,
 *   CAROUSEL), `children`; then POST /<ig-user-id>/media_publish `creation_id`.
 *   The caption goes out with the container, so the container is the post
 *   held; media_publish carries only its id. A carousel item
 *   (`is_carousel_item=true`) has no caption of its own: not a post. The same
 *   calls go to graph.facebook.com (Instagram API with Facebook Login) and to
 *   graph.instagram.com (Instagram API with Instagram Login).
 * - reference/page-post "Updating" and reference/comment "Updating": POST
 *   /<version>/<page-post-id | comment-id> `message` edits the post or the
 *   comment (ids of both look like `<digits>_<digits>`, so the request does
 *   not say which: reported as a post). The same path without `message`
 *   changes something else (`is_hidden=true` hides a comment or post, per the
 *   Graph API v2.2 changelog): not a post.
 * - Reels Publishing API (developers.facebook.com, and the Reels publishers in
 *   the code index; recheck round r3): POST /<version>/<page-id>/video_reels
 *   `upload_phase=start` (not a post), then, after the bytes went to
 *   rupload.facebook.com, `upload_phase=finish&video_state=PUBLISHED&description=…`
 *   (the post), parameters usually in the query string.
 * - Instagram mentions (reference ig-user/mentions; recheck round r8a): POST
 *   /<version>/<ig-user-id>/mentions `comment_id`, `media_id`, `message`
 *   replies, as the business, to a comment that mentioned it (instagram.com).
 */
import { GRAPH_VERSION, hidesParams, nonEmpty, param, str } from '../body';
import type { Endpoint, EndpointContext, EndpointResult } from '../types';

function isFalse(v: unknown): boolean {
  return v === 'false' || v === false;
}

function parseVideo(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null };
  if (isFalse(param(ctx, 'published')) && param(ctx, 'scheduled_publish_time') === undefined) return { post: false };
  return { post: true, kind: 'post', text: str(param(ctx, 'description')) ?? '' };
}

function parseIgContainer(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null, site: 'instagram.com' };
  const item = param(ctx, 'is_carousel_item');
  if (item === 'true' || item === true) return { post: false };
  // A photo or reel without a caption is still a post; its text is ''.
  return { post: true, kind: 'post', text: str(param(ctx, 'caption')) ?? '', site: 'instagram.com' };
}

function parseObjectEdit(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null };
  const message = str(param(ctx, 'message'));
  if (message === undefined) return { post: false };
  return { post: true, kind: 'post', text: message, accountHint: nonEmpty(param(ctx, 'actor_id')) };
}

/**
 * Page Reels: `upload_phase=start` opens an upload, `finish` with
 * `video_state=PUBLISHED` (or SCHEDULED) publishes it with its `description`,
 * most often all in the query string with no body; a finish that keeps the
 * reel a draft publishes nothing.
 */
/**
 * Instagram mentions (Instagram Graph API with Facebook Login, reference
 * ig-user/mentions): POST /<version>/<ig-user-id>/mentions `comment_id`,
 * `media_id`, `message` replies, as the business, to a comment that mentioned
 * it (recheck round r8a). Without `message` it says nothing.
 */
function parseIgMentionReply(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'reply', text: null, site: 'instagram.com' };
  const message = str(param(ctx, 'message'));
  if (message === undefined) return { post: false };
  return { post: true, kind: param(ctx, 'comment_id') !== undefined ? 'reply' : 'comment', text: message, site: 'instagram.com' };
}

function parseReel(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null };
  const phase = str(param(ctx, 'upload_phase'))?.toLowerCase();
  const state = str(param(ctx, 'video_state'))?.toUpperCase();
  if (phase !== 'finish' || (state !== 'PUBLISHED' && state !== 'SCHEDULED')) return { post: false };
  return { post: true, kind: 'post', text: str(param(ctx, 'description')) ?? '' };
}

/** Endpoints for the Facebook adapter (graph.facebook.com and graph-video.facebook.com). */
export function facebookGraphPublishing(host: RegExp): readonly Endpoint[] {
  return [
    { name: 'facebook.graph.videos', methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/videos\\/?$`), parse: parseVideo },
    { name: 'facebook.graph.reels', methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/video_reels\\/?$`), parse: parseReel },
    { name: 'facebook.graph.igMentions', methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/\\d+\\/mentions\\/?$`), parse: parseIgMentionReply },
    { name: 'facebook.graph.igMedia', methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/\\d+\\/media\\/?$`), parse: parseIgContainer },
    { name: 'facebook.graph.objectEdit', methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/\\d+(?:_\\d+)?\\/?$`), parse: parseObjectEdit },
  ];
}

/** The Instagram API with Instagram Login (graph.instagram.com), for the Instagram adapter. */
export const instagramGraphPublishing: readonly Endpoint[] = [
  {
    name: 'instagram.graph.media',
    methods: ['POST'],
    host: /^graph\.instagram\.com$/,
    path: new RegExp(`^${GRAPH_VERSION}\\/(?:\\d+|me)\\/media\\/?$`),
    parse: parseIgContainer,
  },
];
