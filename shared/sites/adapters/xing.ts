/**
 * XING (www.xing.com's web client and the REST API on api.xing.com).
 *
 * Request shapes:
 * - The REST API v1, from XING's own Ruby client (xing/xing_api: each call's
 *   parameters are put in the query string; its request_with_body sends
 *   JSON; form bodies are read too):
 *   - POST /v1/users/me/status_message `message`: a post;
 *   - POST /v1/users/me/share/link `uri`: a link shared to one's network (a
 *     post whose text is the link);
 *   - POST /v1/activities/{id}/share, with `text` a quote (words of one's own
 *     on someone's activity), without it a plain reshare (a boost, not a post);
 *   - POST /v1/activities/{id}/comments `text`, /v1/groups/forums/posts/{id}/
 *     comments `content`, /v1/companies/updates/{id}/comments `content`:
 *     comments;
 *   - POST /v1/groups/forums/{id}/posts `title`, `content`: a forum post;
 *   - POST /v1/users/me/conversations `recipient_ids`, `subject`, `content`
 *     and /v1/users/me/conversations/{id}/messages `content`: messages (the
 *     subject reaches the recipients with the words).
 *   Not posts: PUT /v1/users/me/profile_message (the profile's line, as a
 *   bio), PUT …/likes, PUT …/read, and the API's other calls.
 * - The web client's GraphQL (POST www.xing.com/xing-one/api `{ operationName,
 *   variables, query }`, XING scrapers in the code index): the documents
 *   public sources show are queries (EntitySubpage, contactsNetwork,
 *   JobSearchByQuery, getXingId): not posts. No public source shows the web
 *   client's publishing mutations: mutations are left to the unknown-site
 *   heuristic.
 *
 * Recheck round r6 (xing/XNGAPIClient, which sends its parameters as a form
 * body; a Java publisher; a Ruby XING gem): the profile's own fields (PUT
 * /v1/users/me: `interests`, `haves`, `wants`…) are not posts, as the
 * profile message is not.
 *
 * Round r8b (dev.xing.com's contact request, geo location and attachment
 * calls; xing_api's contact_request.rb for the paths): a contact request
 * with a note (POST /v1/users/{id}/contact_requests `message`) reaches the
 * person asked: a message; without a note it is not a post.
 */
import { at, hidesParams, isRecord, param, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

/** A parameter the API takes in the query string or the body. */
function text(ctx: EndpointContext, name: string): string | undefined {
  return str(param(ctx, name));
}

/** What a call publishes, from the parameters that hold its words; unknown when the body hides them. */
function words(ctx: EndpointContext, kind: PostKind, names: readonly string[]): EndpointResult {
  const parts = names.map((n) => text(ctx, n));
  if (parts.every((p) => p === undefined)) return { post: true, kind, text: null };
  return { post: true, kind, text: parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n') };
}

function nonEmptyText(ctx: EndpointContext, name: string): string | undefined {
  const t = text(ctx, name);
  return t !== undefined && t.trim() !== '' ? t : undefined;
}

function parseShare(ctx: EndpointContext): EndpointResult {
  const own = text(ctx, 'text');
  if (own === undefined || own.trim() === '') return hidesParams(ctx.body) ? { post: true, kind: 'quote', text: null } : { post: false };
  return { post: true, kind: 'quote', text: own };
}

/** A GraphQL body: the documents that are not mutations read; mutations go to the heuristic. */
function parseXingOne(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  const ops = Array.isArray(ctx.body.value) ? ctx.body.value.slice(0, 20) : [ctx.body.value];
  for (const op of ops) {
    const query = isRecord(op) ? (str(op['query']) ?? '') : '';
    if (/(?:^|\})\s*mutation\b/.test(query.replace(/#[^\n\r]*/g, '')) || (query === '' && /Mutation$/.test(str(at(op, 'operationName')) ?? ''))) {
      return { post: false, notMine: true };
    }
  }
  return { post: false };
}

const API = /^api\.xing\.com$/;

export const xing: SiteAdapter = {
  id: 'xing',
  hosts: ['xing.com'],
  siteFor: () => 'xing.com',
  // The web client's mutations are described nowhere public: the heuristic looks at them.
  heuristicFallback: true,
  endpoints: [
    { name: 'xing.api.status', methods: ['POST'], host: API, path: /^\/v1\/users\/me\/status_message\/?$/, parse: (ctx) => words(ctx, 'post', ['message']) },
    { name: 'xing.api.share-link', methods: ['POST'], host: API, path: /^\/v1\/users\/me\/share\/link\/?$/, parse: (ctx) => words(ctx, 'post', ['uri']) },
    { name: 'xing.api.activity-share', methods: ['POST'], host: API, path: /^\/v1\/activities\/[^/]+\/share\/?$/, parse: parseShare },
    { name: 'xing.api.activity-comment', methods: ['POST'], host: API, path: /^\/v1\/activities\/[^/]+\/comments\/?$/, parse: (ctx) => words(ctx, 'comment', ['text']) },
    {
      name: 'xing.api.comment',
      methods: ['POST'],
      host: API,
      path: /^\/v1\/(?:groups\/forums\/posts|companies\/updates)\/[^/]+\/comments\/?$/,
      parse: (ctx) => words(ctx, 'comment', ['content']),
    },
    { name: 'xing.api.forum-post', methods: ['POST'], host: API, path: /^\/v1\/groups\/forums\/[^/]+\/posts\/?$/, parse: (ctx) => words(ctx, 'post', ['title', 'content']) },
    { name: 'xing.api.conversation', methods: ['POST'], host: API, path: /^\/v1\/users\/me\/conversations\/?$/, parse: (ctx) => words(ctx, 'message', ['subject', 'content']) },
    { name: 'xing.api.message', methods: ['POST'], host: API, path: /^\/v1\/users\/me\/conversations\/[^/]+\/messages\/?$/, parse: (ctx) => words(ctx, 'message', ['content']) },
    {
      // A contact request with a personal note: the note reaches the person asked (a message); without one, not a post.
      name: 'xing.api.contact-request',
      methods: ['POST'],
      host: API,
      path: /^\/v1\/users\/[^/]+\/contact_requests\/?$/,
      parse: (ctx) => (nonEmptyText(ctx, 'message') !== undefined ? words(ctx, 'message', ['message']) : { post: false }),
    },
    {
      name: 'xing.api.quiet',
      methods: ['PUT'],
      host: API,
      path: /^\/v1\/(?:users\/me(?:\/profile_message)?|activities\/[^/]+\/likes|users\/me\/conversations\/[^/]+(?:\/messages\/[^/]+)?\/read)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
    { name: 'xing.web.graphql', methods: ['POST'], path: /^\/xing-one\/api\/?$/, publishes: false, parse: parseXingOne },
  ],
};
