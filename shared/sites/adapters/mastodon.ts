/**
 * Mastodon, any instance (and servers with the same client API: Pleroma,
 * Akkoma, GoToSocial).
 *
 * Request shapes, from Mastodon's own API documentation
 * (docs.joinmastodon.org/methods/statuses/, "Post a new status" and "Edit a
 * status") and its web client (mastodon/mastodon app/javascript/mastodon/actions/compose.js,
 * which sends JSON):
 * - POST /api/v1/statuses with `status`, optional `in_reply_to_id`,
 *   `visibility` ('direct' is a private mention, i.e. a message),
 *   `quoted_status_id` (quote posts, Mastodon 4.5), `scheduled_at`; as JSON,
 *   form-urlencoded or multipart (third-party clients use forms; array fields
 *   arrive as `media_ids[]`).
 * - PUT /api/v1/statuses/:id edits a published status (the new text goes out).
 * Not posts: POST /api/v1/statuses/:id/favourite, /reblog (a boost has no
 * text), /bookmark, /pin, /translate; GET /api/v2/search.
 */
import { field, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function parseStatus(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (body.type === 'unreadable' || body.type === 'none' || body.type === 'text') {
    return { post: true, kind: 'post', text: null };
  }
  const text = str(field(body, 'status'));
  const replyTo = nonEmpty(field(body, 'in_reply_to_id'));
  const quoted = nonEmpty(field(body, 'quoted_status_id'));
  const visibility = str(field(body, 'visibility'));
  const kind = visibility === 'direct' ? 'message' : quoted ? 'quote' : replyTo ? 'reply' : 'post';
  // A status with media only has an empty `status`: still a post, its text is ''.
  return { post: true, kind, text: text ?? (field(body, 'media_ids') || field(body, 'media_ids[]') ? '' : null) };
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'mastodon.status.create', methods: ['POST'], path: /^\/api\/v1\/statuses\/?$/, parse: parseStatus },
    { name: 'mastodon.status.edit', methods: ['PUT'], path: /^\/api\/v1\/statuses\/[A-Za-z0-9_-]+\/?$/, parse: parseStatus },
  ],
};
