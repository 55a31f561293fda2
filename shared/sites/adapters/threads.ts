/**
 * Threads (threads.net, threads.com).
 *
 * Request shapes, from open-source clients:
 * - junhoyeo/threads-api threads-api/src/mutations/publish.ts: POST
 *   /api/v1/media/configure_text_only_post/ (text), configure_text_post_app_feed/
 *   (one image), configure_text_post_app_sidecar/ (several), body
 *   `{ publish_mode: 'text_post', caption, text_post_app_info: { reply_control,
 *   reply_id?, quoted_post_id?, link_attachment_url? }, _uid, device_id, upload_id }`,
 *   sent as `signed_body=SIGNATURE.<urlencoded JSON>` by the app's private API;
 *   the web client sends the same fields as a flat form with
 *   `text_post_app_info` as a JSON string (web captures quoted in the code index).
 * - The web client's Relay endpoint (/api/graphql, /graphql/query): same
 *   envelope as Facebook's (see meta.ts); mutations that publish are matched
 *   conservatively by name and text.
 *   A request with only `doc_id` and `variables` (no friendly name) that
 *   names the post it answers (`reply_to_media_id`) and carries `text` is a
 *   reply (a chat bridge's Threads adapter in the code index, graphql.ts
 *   postReplyGraphQL; recheck round r3).
 * Not posts: /api/v1/media/<id>/like/, /api/v1/repost/create_repost/ (a repost
 * has no text), /api/v1/friendships/create/<id>/, searches.
 * The official API on graph.threads.net / graph.threads.com: see threads-graph.ts.
 *
 * Recheck round r7 (tests/fixtures/requests/threads/r7*-), read right the
 * first time: Threads API quotes (JSON with a charset), topic tags, replies
 * in the query string, reposts (not posts), and the Android app's quote with
 * text_post_app_info as JSON text inside the signed JSON.
 *
 * Round r11 (tests/fixtures/requests/threads/r11b-*): a Threads web client
 * library in the code index (configure_text_only_post and
 * configure_text_post_app_sidecar on www.threads.net, `text_post_app_info`
 * as a JSON string with `reply_id` or `quoted_post_id`; reposts and mutes by
 * doc_id alone): read right the first time.
 */
import { asJson, at, field, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';
import { friendlyName, genericMetaMutation, isFormLike, metaAccount, signedFields, unreadableBody } from './meta';
import { threadsGraphEndpoints } from './threads-graph';

/** A Threads post through the configure endpoints (on threads.net, or on Instagram's private API). */
export function parseConfigure(ctx: EndpointContext): EndpointResult {
  const get = signedFields(ctx);
  if (!get) return { post: true, kind: 'post', text: null, accountHint: isFormLike(ctx) ? metaAccount(ctx) : undefined };
  const info = asJson(get('text_post_app_info'));
  const kind: PostKind = nonEmpty(at(info, 'quoted_post_id')) ? 'quote' : nonEmpty(at(info, 'reply_id')) ? 'reply' : 'post';
  const account = nonEmpty(get('_uid')) ?? (isFormLike(ctx) ? metaAccount(ctx) : undefined);
  return { post: true, kind, text: str(get('caption')) ?? null, accountHint: account };
}

/** Fields that name the post a Relay request without a name answers (or quotes). */
const REPLY_VARS = ['reply_to_media_id', 'reply_to_id', 'replyToMediaID'] as const;

function parseGraphql(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return unreadableBody(ctx) ? { post: true, kind: 'post', text: null } : { post: false };
  const name = friendlyName(ctx);
  const vars = asJson(field(ctx.body, 'variables'));
  if (name === '') {
    // Relay sends only `doc_id` and `variables` when the page (or a tool replaying
    // its request) leaves the friendly name out: a reply is still told by the post
    // it answers and its text. Reads (profile, thread) name no such post.
    const text = str(at(vars, 'text'));
    if (text !== undefined && REPLY_VARS.some((k) => nonEmpty(at(vars, k)) !== undefined)) {
      return { post: true, kind: 'reply', text, accountHint: metaAccount(ctx) };
    }
    return { post: false };
  }
  return genericMetaMutation(ctx, name, vars);
}

export const threads: SiteAdapter = {
  id: 'threads',
  hosts: ['threads.net', 'threads.com'],
  siteFor: () => 'threads.net',
  endpoints: [
    {
      name: 'threads.configure',
      methods: ['POST'],
      path: /^\/api\/v1\/media\/configure_text_(?:only_post|post_app_feed|post_app_sidecar)\/?$/,
      parse: parseConfigure,
    },
    { name: 'threads.graphql', methods: ['POST'], path: /^\/(?:api\/graphql|graphql\/query)\/?$/, parse: parseGraphql },
    ...threadsGraphEndpoints,
  ],
};
