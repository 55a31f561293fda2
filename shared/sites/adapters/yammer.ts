/**
 * Viva Engage, formerly Yammer (www.yammer.com, api.yammer.com,
 * web.yammer.com, engage.cloud.microsoft).
 *
 * Request shapes, from the REST API v1 reference (learn.microsoft.com
 * rest/api/yammer/messages-json-post: POST https://www.yammer.com/api/v1/
 * messages.json `body`, `group_id`, `replied_to_id`, `direct_to_user_ids`,
 * `network_id`; the Ruby clients in the docs corpus, yammer and yammer_api,
 * which also send `direct_to_id`, `title` with `message_type`
 * `announcement`, `topic1`…; PowerShell and Power Automate scripts send JSON
 * with `is_rich_text` and `message_type`), as a form, JSON or the query
 * string:
 * - a new conversation in a community or the All Company feed: a post
 *   (its `title`, for announcements and questions, published above it);
 * - `replied_to_id`: a reply in a thread;
 * - `direct_to_user_ids` / `direct_to_id`: a private message.
 * Not posts: PUT /api/v1/users/{id}.json (the profile's `summary` and the
 * like: claimed here, as the heuristic would read them as prose); likes,
 * follows and memberships carry no prose. The new web client speaks GraphQL,
 * whose operations no public source describes: everything this adapter does
 * not know goes to the heuristic (`heuristicFallback`).
 *
 * Recheck round r6 (CLI for Microsoft 365's yammer message add, JSON with
 * `direct_to_user_ids` as a string and a numeric `replied_to_id`; a Faraday
 * script whose params go to the query string; a PHP client): creating or
 * changing a community (POST /api/v1/groups.json `name`, `description`) is
 * a setting.
 *
 * Round r8b (the REST reference's share, link preview and upload parameters,
 * Yammer .NET and Node clients; Microsoft Graph's Viva Engage API): a
 * conversation shared with words of one's own (`shared_message_id` beside
 * `body`) is a quote (shared privately, a message). Creating a community
 * through Graph (POST graph.microsoft.com/v1.0/employeeExperience/communities
 * `displayName`, `description`) is a setting: claimed by the Teams adapter,
 * which owns the Graph host, beside team and channel settings.
 *
 * Round r12 (yammer/yam-python, yampy: messages.create with topics, og_*
 * link fields and `broadcast`; likes and emailing a message to oneself): read
 * right; no change.
 */
import { fieldOrQuery, hidesParams, idOf, joinParts, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function parseMessage(ctx: EndpointContext): EndpointResult {
  const get = (name: string) => fieldOrQuery(ctx.body, ctx.url, name);
  const body = str(get('body'));
  if (body === undefined) {
    // A body the parser cannot look into may hold the message: held with its text unknown.
    return hidesParams(ctx.body) ? { post: true, kind: 'post', text: null } : { post: false, notMine: true };
  }
  const direct = get('direct_to_user_ids') ?? get('direct_to_user_ids[]') ?? get('direct_to_id');
  // A conversation shared into a community or someone's inbox (`shared_message_id`) with words of one's own: a quote
  // (the REST reference's share; a private share stays a message).
  const shared = idOf(get('shared_message_id')) !== undefined;
  const kind: PostKind =
    idOf(get('replied_to_id')) !== undefined ? 'reply' : direct !== undefined && direct !== '' ? 'message' : shared ? 'quote' : 'post';
  return { post: true, kind, text: kind === 'post' ? joinParts([nonEmpty(get('title')), body]) : body };
}

export const yammer: SiteAdapter = {
  id: 'yammer',
  hosts: ['yammer.com', 'engage.cloud.microsoft'],
  siteFor: (host) => (host === 'engage.cloud.microsoft' || host.endsWith('.engage.cloud.microsoft') ? 'engage.cloud.microsoft' : 'yammer.com'),
  heuristicFallback: true,
  endpoints: [
    { name: 'yammer.messages.create', methods: ['POST'], path: /^\/api\/v1\/messages(?:\.json)?\/?$/, parse: parseMessage },
    { name: 'yammer.groups', methods: ['POST', 'PUT'], path: /^\/api\/v1\/groups(?:\/\d{1,20})?(?:\.json)?\/?$/, parse: () => ({ post: false }), publishes: false },
    { name: 'yammer.users.update', methods: ['PUT', 'POST'], path: /^\/api\/v1\/users\/(?:current|\d{1,20})(?:\.json)?\/?$/, parse: () => ({ post: false }), publishes: false },
  ],
};
