/**
 * Facebook (www/web/m.facebook.com) and Messenger on the web (messenger.com).
 *
 * Request shapes, from open-source clients of the web API:
 * - Posts: POST /api/graphql/ with a form (or FormData) body,
 *   `fb_api_req_friendly_name=ComposerStoryCreateMutation`, `doc_id`, `av`,
 *   and `variables={"input":{"message":{"text":...,"ranges":[]},"actor_id":...,
 *   "audience":...,"attachments":[...]}}` (Useful-Scripts-Extension/useful-script
 *   scripts/backup/fb-graphql.js for the form envelope; the createPost commands of
 *   Messenger bot frameworks, e.g. TeacherMada/GOATBOTV2-BYclif scripts/cmds/postfb.js,
 *   for `variables.input`). ComposerStoryEditMutation edits a post (same input).
 * - Comments and replies: CometUFICreateCommentMutation /
 *   useCometUFICreateCommentMutation with `input.message.text` and `input.feedback_id`.
 * - Messages: Messenger's Lightspeed transport, friendly name
 *   LSPlatformGraphQLLightspeedRequestQuery, `variables.requestPayload` (a JSON
 *   string) with `tasks[]`; task label "46" is "send message" and its
 *   `payload` (another JSON string) carries `text`, `thread_id`, `otid`
 *   (fca-unofficial style Messenger clients in the code index build exactly
 *   these tasks). Those clients, like messenger.com itself, mostly send the
 *   tasks over an MQTT WebSocket (topic /ls_req) that webRequest cannot read:
 *   only the HTTP GraphQL variant can be held here (see the report on
 *   unheld paths). The legacy form endpoint /messaging/send/ carries `body`.
 * Not posts: reactions (CometUFIFeedbackReactMutation), searches (POSTed
 * queries), Lightspeed syncs and read receipts (no label-46 task).
 * The acting account (a person or a page) is `av` / `__user` / `input.actor_id`.
 */
import { asJson, at, field, isRecord, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';
import { friendlyName, genericMetaMutation, isFormLike, metaAccount } from './meta';

const POST_OPS = new Set(['ComposerStoryCreateMutation', 'ComposerStoryEditMutation']);
const COMMENT_OPS = /^(?:use)?CometUFICreateCommentMutation$|^CometUFIReplyCreateMutation$/;
const LIGHTSPEED = /^LSPlatformGraphQLLightspeedRequest\w*Query$/;

function lightspeedSend(ctx: EndpointContext, vars: unknown): EndpointResult {
  const payload = asJson(at(vars, 'requestPayload'));
  const tasks = at(payload, 'tasks');
  if (!Array.isArray(tasks)) return { post: false };
  const texts: string[] = [];
  let sends = 0;
  let unknown = false;
  for (const task of tasks.slice(0, 100)) {
    if (String(at(task, 'label')) !== '46') continue;
    sends++;
    const text = str(at(task, 'payload', 'text'));
    if (text === undefined) unknown = true;
    else texts.push(text);
  }
  if (sends === 0) return { post: false };
  return { post: true, kind: 'message', text: unknown ? null : texts.join('\n\n'), accountHint: metaAccount(ctx) };
}

function postKind(input: unknown): PostKind {
  // A share of someone's post with your own words is a quote. The shape is
  // inferred from composer inputs in the clients above (`attachments[].link`
  // pointing at a shared story, or an explicit reshare field).
  if (isRecord(input) && (input['reshare_original_post'] !== undefined || input['shared_story_id'] !== undefined)) return 'quote';
  return 'post';
}

function parseGraphql(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx) && ctx.body.type !== 'json') {
    // Without a body we cannot know the operation; a header may still say it.
    const name = friendlyName(ctx);
    if (POST_OPS.has(name)) return { post: true, kind: 'post', text: null };
    if (COMMENT_OPS.test(name)) return { post: true, kind: 'reply', text: null };
    return { post: false };
  }
  const name = friendlyName(ctx);
  const varsRaw = field(ctx.body, 'variables');
  const vars = asJson(varsRaw);
  const unreadableVars = varsRaw !== undefined && vars === undefined;
  if (POST_OPS.has(name)) {
    const input = at(vars, 'input');
    return { post: true, kind: postKind(input), text: unreadableVars ? null : (str(at(input, 'message', 'text')) ?? null), accountHint: metaAccount(ctx, vars) };
  }
  if (COMMENT_OPS.test(name)) {
    return { post: true, kind: 'reply', text: unreadableVars ? null : (str(at(vars, 'input', 'message', 'text')) ?? null), accountHint: metaAccount(ctx, vars) };
  }
  if (LIGHTSPEED.test(name)) return lightspeedSend(ctx, vars);
  return genericMetaMutation(ctx, name, vars);
}

function parseMessagingSend(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: str(field(ctx.body, 'body')) ?? null, accountHint: metaAccount(ctx) };
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com', 'messenger.com'],
  siteFor: (host) => (host.endsWith('messenger.com') ? 'messenger.com' : 'facebook.com'),
  endpoints: [
    { name: 'facebook.graphql', methods: ['POST'], path: /^\/api\/graphql\/?$/, parse: parseGraphql },
    { name: 'facebook.messaging.send', methods: ['POST'], path: /^\/messaging\/send\/?$/, parse: parseMessagingSend },
  ],
};
