/**
 * LinkedIn (www.linkedin.com), through its "Voyager" web API.
 *
 * Request shapes, from open-source clients of the web API:
 * - Posts: POST /voyager/api/graphql?action=execute&queryId=voyagerContentcreationDashShares.<hash>
 *   with `{ variables: { post: { commentary: { text, attributesV2 },
 *   intendedShareLifeCycleState: 'PUBLISHED' | 'SCHEDULED' | 'DRAFT', origin,
 *   visibilityDataUnion, allowedCommentersScope } }, queryId, includeWebMetadata }`
 *   (captured bytes in a LinkedIn CLI's tests found in the code index, and
 *   Michaelrecycle/linkedin-mcp, codyrobertson/linkedin-cli). The same
 *   operation deletes a post (`variables.updateUrn`, no `post`): not a post.
 *   A share of another post with commentary is a quote; without text it is a plain repost.
 * - Older posts endpoint: POST /voyager/api/contentcreation/normShares with
 *   `commentaryV2.text` (tomquirk/linkedin-api, linkedin_api/linkedin.py era).
 * - Comments: POST /voyager/api/voyagerSocialDashNormComments with
 *   `{ commentary: { text, attributesV2 }, threadUrn }`, or a GraphQL
 *   `voyagerSocialDash...Comments` execute with the same `commentary`.
 * - Messages: POST /voyager/api/messaging/conversations?action=create with
 *   `conversationCreate.eventCreate.value["com.linkedin.voyager.messaging.create.MessageCreate"]
 *   .attributedBody.text` (or `.body`), /messaging/conversations/<id>/events?action=create,
 *   and the newer POST /voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage
 *   with `{ message: { body: { text } }, mailboxUrn, ... }` (mailboxUrn is the
 *   sender's own profile URN: the account hint).
 * Not posts: drafts (`intendedShareLifeCycleState: 'DRAFT'`), reactions
 * (voyagerSocialDashReactions), searches (GET), typing indicators.
 */
import { at, isRecord, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const MESSAGE_CREATE = 'com.linkedin.voyager.messaging.create.MessageCreate';

function queryId(ctx: EndpointContext): string {
  const fromUrl = ctx.url.searchParams.get('queryId');
  if (fromUrl) return fromUrl;
  return (ctx.body.type === 'json' && str(at(ctx.body.value, 'queryId'))) || '';
}

function commentaryText(v: unknown): string | undefined {
  return str(at(v, 'commentary', 'text')) ?? str(at(v, 'commentaryV2', 'text')) ?? str(at(v, 'commentary'));
}

function parseGraphql(ctx: EndpointContext): EndpointResult {
  const qid = queryId(ctx);
  const isShare = /^voyagerContentcreationDashShares(?:\.|$)/.test(qid);
  const isComment = /^voyagerSocialDash\w*Comments(?:\.|$)/.test(qid);
  if (!isShare && !isComment) return { post: false };
  if (ctx.body.type !== 'json') return { post: true, kind: isComment ? 'reply' : 'post', text: null };
  const vars = at(ctx.body.value, 'variables');
  if (isComment) {
    const c = at(vars, 'comment') ?? vars;
    return { post: true, kind: 'reply', text: commentaryText(c) ?? null };
  }
  const post = at(vars, 'post');
  if (!isRecord(post)) {
    // Delete / edit-by-urn without content: nothing new is said.
    if (at(vars, 'updateUrn') !== undefined && at(vars, 'post') === undefined) return { post: false };
    return { post: true, kind: 'post', text: null };
  }
  const state = str(post['intendedShareLifeCycleState']);
  if (state === 'DRAFT') return { post: false };
  const text = commentaryText(post);
  const reshares = nonEmpty(post['parentUrn']) ?? nonEmpty(at(post, 'reshareContext', 'parentUrn')) ?? nonEmpty(post['resharedUpdateUrn']);
  if (reshares && (text === undefined || text.trim() === '')) return { post: false };
  return { post: true, kind: reshares ? 'quote' : 'post', text: text ?? null };
}

function parseNormShares(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'post', text: null };
  const v = ctx.body.value;
  if (str(at(v, 'lifecycleState')) === 'DRAFT' || str(at(v, 'postState')) === 'DRAFT') return { post: false };
  return { post: true, kind: nonEmpty(at(v, 'parentUrn')) ? 'quote' : 'post', text: commentaryText(v) ?? null };
}

function parseNormComment(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'reply', text: null };
  return { post: true, kind: 'reply', text: commentaryText(ctx.body.value) ?? null };
}

function legacyMessageText(v: unknown): string | undefined {
  const create = at(v, 'eventCreate', 'value', MESSAGE_CREATE) ?? at(v, 'conversationCreate', 'eventCreate', 'value', MESSAGE_CREATE);
  return str(at(create, 'attributedBody', 'text')) ?? str(at(create, 'body')) ?? str(at(v, 'body'));
}

function parseLegacyMessage(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: legacyMessageText(ctx.body.value) ?? null };
}

function parseDashMessage(ctx: EndpointContext): EndpointResult {
  const action = ctx.url.searchParams.get('action');
  if (action !== null && action !== 'createMessage') return { post: false };
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const v = ctx.body.value;
  return {
    post: true,
    kind: 'message',
    text: str(at(v, 'message', 'body', 'text')) ?? null,
    accountHint: nonEmpty(at(v, 'mailboxUrn')),
  };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  siteFor: () => 'linkedin.com',
  endpoints: [
    {
      name: 'linkedin.graphql.execute',
      methods: ['POST'],
      path: /^\/voyager\/api\/graphql\/?$/,
      parse: parseGraphql,
    },
    { name: 'linkedin.normShares', methods: ['POST'], path: /^\/voyager\/api\/contentcreation\/normShares\/?$/, parse: parseNormShares },
    { name: 'linkedin.comment', methods: ['POST'], path: /^\/voyager\/api\/voyagerSocialDashNormComments\/?$/, parse: parseNormComment },
    {
      name: 'linkedin.messaging.legacy',
      methods: ['POST'],
      path: /^\/voyager\/api\/messaging\/conversations(?:\/[^/]+\/events)?\/?$/,
      query: (url) => url.searchParams.get('action') === 'create',
      parse: parseLegacyMessage,
    },
    {
      name: 'linkedin.messaging.dash',
      methods: ['POST'],
      path: /^\/voyager\/api\/voyagerMessagingDashMessengerMessages\/?$/,
      parse: parseDashMessage,
    },
  ],
};
