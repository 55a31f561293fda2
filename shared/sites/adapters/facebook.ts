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
 * Comments are `comment`; a reply to a comment (CometUFIReplyCreateMutation,
 * or an input naming a parent comment) is `reply`.
 *
 * The Graph API on graph.facebook.com (developers.facebook.com/docs/graph-api:
 * reference/page/feed "Publishing", reference/object/comments "Creating",
 * reference/page/photos, the Messenger Platform's Send API; Instagram's
 * reference/ig-comment/replies), with parameters in the body (form or JSON)
 * or in the query string:
 * - POST /<version>/<page-or-user>/feed `message`, `link`, `published`,
 *   `scheduled_publish_time` (a post);
 * - POST /<version>/<object>/comments `message`, `attachment_url` (a comment);
 *   POST /<version>/<ig-comment>/replies `message` (a reply);
 * - POST /<version>/<page>/photos `caption` or `message`; `published=false`
 *   uploads a photo for a later post and publishes nothing;
 * - POST /<version>/me/messages (or <page>/messages)
 *   `{ recipient: { id }, message: { text } }`, `message` a JSON string in forms.
 * Page videos (graph-video.facebook.com), Instagram content publishing and
 * edits of a post or comment: see graph-publishing.ts.
 *
 * Recheck round r3 (tests/fixtures/requests/facebook/r3-*), from sources the
 * above did not use:
 * - The basic site's forms (mbasic.facebook.com, m.facebook.com), sent by the
 *   comment, group-posting and message scripts in the code index: POST
 *   /a/comment.php?ft_ent_identifier=<post>&av=<account> with `comment_text`
 *   (a comment); POST /composer/mbasic/?av=…&c_src=feed|group&target=… with
 *   `xc_message` and the `view_post` button (a post; an empty `xc_message` is
 *   a plain share, and the composer's other steps, `view_photo`,
 *   `view_privacy`…, publish nothing); POST /messages/send/ with `body` (a message).
 * - Graph API batch requests (developers.facebook.com "Batch Requests", as
 *   quoted by a Graph reference, facebook-php-sdk's batch README and a
 *   python-facebook example in the code index): POST to the root
 *   (/<version>/ or /) with `batch=[{ method, relative_url, body }]`; each
 *   POST inside is read by the endpoint it names, reads are not posts.
 * - The WhatsApp Cloud API on the same host and path (/<version>/<phone-number-id>/messages
 *   with `messaging_product: 'whatsapp'`, the WhatsApp Business bots in the code
 *   index): a message on whatsapp.com, its words in `text.body` or a media
 *   `caption`; read receipts and reactions are not posts.
 *
 * Recheck round r5 (tests/fixtures/requests/facebook/r5-*): Messenger
 * templates (Yoctol/messaging-apis sendButtonTemplate; developers.facebook.com
 * "Button Template", "Generic Template"): the words of
 * `message.attachment.payload` (`text`, and each element's title and
 * subtitle) are the message; a Page feed post with `published=false` and no
 * `scheduled_publish_time` (an unpublished post for ads, mobolic/facebook-sdk
 * put_object) is not a post. Page videos and stories sent by a scheduler
 * (gitroomhq/postiz-app facebook.provider.ts: /<page>/videos on
 * graph.facebook.com, photo_stories, video_stories) were already read right.
 *
 * Round f1 (facebook/f1-*): the comments plugin that news and blog pages
 * embed (its iframe on www.facebook.com; a comments-plugin client in the
 * code index): POST /plugins/comments/async/createComment/{target}/ and
 * /createReply/{comment}/ with `text` (a comment, a reply; the comment
 * by its own id or as Facebook's usual {post}_{comment}, round f1 review), /edit/ with
 * `text` and `comment_id` (the comment's new words), the account in `__user`
 * or the `av` of the query string; its likes and comment pages publish nothing.
 *
 * Round p1 (professional identities, facebook/p1-*): a Page's private reply
 * to a visitor's post (developers.facebook.com Messenger Platform "Private
 * Replies": `recipient.post_id` with a button template) and hiding a comment
 * (POST /{comment-id} `{ is_hidden: true }`, Graph API Comment reference) were
 * read right the first time; nothing changed here.
 *
 * Recheck round r7 (tests/fixtures/requests/facebook/r7*-): the apps' GraphQL
 * transport, POST graph.facebook.com/graphql and b-graph.facebook.com/graphql
 * (a group-posting guide and Android-transport scripts in the code index):
 * the web's Relay fields (`doc_id`, `variables`, `fb_api_req_friendly_name`,
 * `method=post`) in a form body or the query string, the body's winning;
 * mutations whose name says they create a comment (`CommentCreateMutation`);
 * and operations sent by `doc_id` alone, with no friendly name (meta.ts:
 * read by their composer or comment input).
 *
 * Round r9 (tests/fixtures/requests/facebook/r9-*): mautrix/meta
 * (pkg/messagix/socket TaskLabels and task payloads, httpclient/graphql.go's
 * HTTP Lightspeed request) and KanzuXHorizon/Fca-Horizon-Remastered (an
 * fca-unofficial fork: editMessage, shareLink, createPoll, setTitle,
 * changeBio, createNewGroup). Lightspeed task 742 (a message edit: its new
 * `text`) and 163 (a chat poll: `question_text` and `options`) are messages
 * beside 46; the legacy poll form POST /messaging/group_polling/create_poll/
 * (`question_text`, `option_text_array[n]`) is a message. Renames, reactions,
 * bios without a feed story and new group chats were already not posts.
 * Review of round r9 (facebook/r9rev-*): task 164 (UpdatePollTask) with
 * `added_options` is a message, the options' words read from that list's map
 * keys (mautrix/meta types it []map[string]int: an inference); a vote alone
 * is not a post.
 *
 * Round r11 (tests/fixtures/requests/facebook/r11-*): a Facebook interaction
 * tool in the code index (useCometUFICreateCommentMutation on the dedicated
 * commenting surface, a Page recommendation through the composer sent by
 * doc_id alone, a share with words through ComposerStoryCreateMutation,
 * FBScrapingWarningMutation): all read right the first time.
 */
import { asJson, at, field, GRAPH_VERSION, hidesParams, isRecord, joinParts, MAX_FIELDS, nonEmpty, param, parseBody, str } from '../body';
import type { Endpoint, EndpointContext, EndpointResult, ParsedBody, PostKind, SiteAdapter } from '../types';
import { facebookGraphPublishing } from './graph-publishing';
import { friendlyName, genericMetaMutation, isFormLike, metaAccount, unreadableBody } from './meta';

const POST_OPS = new Set(['ComposerStoryCreateMutation', 'ComposerStoryEditMutation']);
const COMMENT_OPS = /^(?:use)?CometUFICreateCommentMutation$|^CometUFIReplyCreateMutation$/;

function commentKind(name: string, input: unknown): PostKind {
  if (/Reply/.test(name)) return 'reply';
  return nonEmpty(at(input, 'reply_comment_parent_fbid')) ?? nonEmpty(at(input, 'parent_comment_id')) ? 'reply' : 'comment';
}
const LIGHTSPEED = /^LSPlatformGraphQLLightspeedRequest\w*Query$/;

/**
 * Lightspeed tasks that say something to the thread: 46 sends a message, 742 edits one (its new `text`), 163
 * opens a poll (its question and options go to everyone in the chat), 164 updates one (options it adds are
 * shown to the chat; a vote is not a post). Labels from mautrix/meta's TaskLabels (round r9 and its review);
 * every other task (read marks, reactions, renames, deletes) says nothing new.
 */
function lightspeedTaskText(label: string, payload: unknown): string | undefined | null {
  if (label === '46' || label === '742') return str(at(payload, 'text'));
  if (label === '163') {
    const question = str(at(payload, 'question_text'));
    const options = at(payload, 'options');
    if (question === undefined && !Array.isArray(options)) return undefined;
    const opts = Array.isArray(options) ? options.slice(0, 20).filter((o): o is string => typeof o === 'string') : [];
    return joinParts([question, ...opts]);
  }
  if (label === '164') {
    // UpdatePollTask: `added_options` is []map[string]int in mautrix/meta, the only strings its keys, so the new
    // options' words are read there (review of r9; an inference from the type). A vote alone adds nothing.
    const added = at(payload, 'added_options');
    if (!Array.isArray(added) || added.length === 0) return null;
    const words: string[] = [];
    for (const option of added.slice(0, 20)) {
      if (!isRecord(option)) return undefined;
      words.push(...Object.keys(option).slice(0, 5));
    }
    return joinParts(words);
  }
  return null;
}

function lightspeedSend(ctx: EndpointContext, vars: unknown): EndpointResult {
  const payload = asJson(at(vars, 'requestPayload'));
  const tasks = at(payload, 'tasks');
  if (!Array.isArray(tasks)) return { post: false };
  const texts: string[] = [];
  let sends = 0;
  let unknown = false;
  for (const task of tasks.slice(0, 100)) {
    const text = lightspeedTaskText(String(at(task, 'label')), asJson(at(task, 'payload')) ?? at(task, 'payload'));
    if (text === null) continue;
    sends++;
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
    if (COMMENT_OPS.test(name)) return { post: true, kind: commentKind(name, undefined), text: null };
    return unreadableBody(ctx) ? { post: true, kind: 'post', text: null } : { post: false };
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
    const input = at(vars, 'input');
    return { post: true, kind: commentKind(name, input), text: unreadableVars ? null : (str(at(input, 'message', 'text')) ?? null), accountHint: metaAccount(ctx, vars) };
  }
  if (CREATES_COMMENT.test(name) && !/Delete|Remove|Draft|React|Like|Report|Hide/i.test(name)) {
    const input = at(vars, 'input');
    const text = str(at(input, 'message', 'text'));
    if (text !== undefined || unreadableVars) return { post: true, kind: commentKind(name, input), text: text ?? null, accountHint: metaAccount(ctx, vars) };
  }
  if (LIGHTSPEED.test(name)) return lightspeedSend(ctx, vars);
  return genericMetaMutation(ctx, name, vars);
}

/** Mutations whose name says they create a comment: the apps name them otherwise than the web (`CommentCreateMutation`). */
const CREATES_COMMENT = /^\w*(?:Comment\w*Create|Create\w*Comment|Add\w*Comment)\w*Mutation$/;

/**
 * The apps' GraphQL transport (graph.facebook.com/graphql, b-graph.facebook.com/graphql): the web's
 * Relay fields (`fb_api_req_friendly_name`, `variables`, `doc_id`, `method=post`) in a form body or,
 * as the Graph API takes any parameter, in the query string. The body's fields win.
 */
function parseAppGraphql(ctx: EndpointContext): EndpointResult {
  return parseGraphql({ ...ctx, body: withQueryFields(ctx) });
}

function withQueryFields(ctx: EndpointContext): ParsedBody {
  const { body, url } = ctx;
  if (body.type !== 'none' && body.type !== 'form' && body.type !== 'multipart') return body;
  const fields = new Map<string, string>();
  let count = 0;
  for (const [name, value] of url.searchParams) {
    if (++count > MAX_FIELDS) break;
    if (!fields.has(name)) fields.set(name, value);
  }
  if (body.type !== 'none') for (const [name, value] of body.fields) fields.set(name, value);
  return { type: 'form', fields };
}

function parseMessagingSend(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: str(field(ctx.body, 'body')) ?? null, accountHint: metaAccount(ctx) };
}

/**
 * The legacy group poll form (POST /messaging/group_polling/create_poll/, an fca-unofficial fork's createPoll,
 * round r9): `question_text` and `option_text_array[n]`, posted into the chat `target_id` for everyone in it.
 */
function parseGroupPoll(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return { post: true, kind: 'message', text: null };
  const question = str(field(ctx.body, 'question_text'));
  const options: string[] = [];
  for (let i = 0; i < 20; i++) {
    const option = str(field(ctx.body, `option_text_array[${i}]`));
    if (option === undefined) break;
    options.push(option);
  }
  if (question === undefined && options.length === 0) return { post: true, kind: 'message', text: null, accountHint: metaAccount(ctx) };
  return { post: true, kind: 'message', text: joinParts([question, ...options]), accountHint: metaAccount(ctx) };
}

// ------------------------------------------------------------ mbasic / m.facebook.com forms

/** The acting account: the form's `av` / `__user`, else the `av` the form's action URL carries. */
function formAccount(ctx: EndpointContext): string | undefined {
  return metaAccount(ctx) ?? nonEmpty(ctx.url.searchParams.get('av'));
}

/**
 * The comments plugin's form (round f1): `text`, sent to createComment (a comment under the page's target),
 * createReply (a reply to a comment) or edit (the comment's new words).
 */
function parsePluginComment(ctx: EndpointContext): EndpointResult {
  const kind: PostKind = /\/createReply\//.test(ctx.url.pathname) ? 'reply' : 'comment';
  if (!isFormLike(ctx)) return { post: true, kind, text: null };
  return { post: true, kind, text: str(field(ctx.body, 'text')) ?? null, accountHint: formAccount(ctx) };
}

function parseMbasicComment(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return { post: true, kind: 'comment', text: null };
  return { post: true, kind: 'comment', text: str(field(ctx.body, 'comment_text')) ?? null, accountHint: formAccount(ctx) };
}

/**
 * The basic composer posts one form per step: only the `view_post` button (or
 * a form naming no other step) publishes; `view_photo`, `view_privacy`,
 * `view_overview` and the like move between the composer's pages.
 */
function parseMbasicComposer(ctx: EndpointContext): EndpointResult {
  if (!isFormLike(ctx)) return { post: true, kind: 'post', text: null };
  if (ctx.body.type === 'form' || ctx.body.type === 'multipart') {
    let otherStep = false;
    for (const name of ctx.body.fields.keys()) if (name.startsWith('view_') && name !== 'view_post') otherStep = true;
    if (otherStep && field(ctx.body, 'view_post') === undefined) return { post: false };
  }
  const text = str(field(ctx.body, 'xc_message'));
  // A share with no words of one's own (`xc_message` empty) is a plain repost.
  if (text === undefined || text.trim() === '') return { post: false };
  return { post: true, kind: 'post', text, accountHint: formAccount(ctx) };
}

// ------------------------------------------------------------ Graph API

// Video uploads go to graph-video.facebook.com (Video API, "Publishing").
const GRAPH = /^graph(?:-video)?\.facebook\.com$/;
function graphMessage(ctx: EndpointContext, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = str(param(ctx, name));
    if (v !== undefined) return v;
  }
  return undefined;
}

function parseGraphFeed(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null };
  // An unpublished Page post (published=false with no schedule) is shown to no one on the Page: a dark post for ads.
  const published = param(ctx, 'published');
  if ((published === 'false' || published === false) && param(ctx, 'scheduled_publish_time') === undefined) return { post: false };
  const message = graphMessage(ctx, 'message');
  const link = nonEmpty(param(ctx, 'link'));
  return { post: true, kind: 'post', text: message ?? (link ? '' : null) };
}

function parseGraphComment(kind: PostKind) {
  return (ctx: EndpointContext): EndpointResult => {
    if (hidesParams(ctx.body)) return { post: true, kind, text: null };
    const message = graphMessage(ctx, 'message');
    const attachment = nonEmpty(param(ctx, 'attachment_url')) ?? nonEmpty(param(ctx, 'attachment_id'));
    return { post: true, kind, text: message ?? (attachment ? '' : null) };
  };
}

function parseGraphPhoto(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable' || ctx.body.type === 'text') return { post: true, kind: 'post', text: null };
  const published = param(ctx, 'published');
  const scheduled = param(ctx, 'scheduled_publish_time');
  if ((published === 'false' || published === false) && scheduled === undefined) return { post: false };
  return { post: true, kind: 'post', text: graphMessage(ctx, 'caption', 'message') ?? '' };
}

/** Media types of the WhatsApp Cloud API whose words are a caption. */
const WHATSAPP_MEDIA = new Set(['image', 'video', 'document', 'audio', 'sticker']);

/**
 * The WhatsApp Cloud API shares the Graph host and the `/<phone-number-id>/messages`
 * path: `{ messaging_product: 'whatsapp', to, type, text: { body } | image: { caption } | … }`.
 * Read receipts (`status: 'read'`, with or without a typing indicator) and
 * reactions say nothing; a template's words are stored at WhatsApp, not sent.
 */
function whatsappSend(ctx: EndpointContext): EndpointResult {
  const site = 'whatsapp.com';
  if (param(ctx, 'status') !== undefined) return { post: false };
  const type = str(param(ctx, 'type')) ?? 'text';
  if (type === 'reaction') return { post: false };
  const part = asJson(param(ctx, type));
  if (type === 'text') return { post: true, kind: 'message', text: str(at(part, 'body')) ?? null, site };
  if (WHATSAPP_MEDIA.has(type)) return { post: true, kind: 'message', text: str(at(part, 'caption')) ?? '', site };
  if (type === 'interactive') return { post: true, kind: 'message', text: str(at(part, 'body', 'text')) ?? null, site };
  if (type === 'template') return { post: true, kind: 'message', text: null, site, textUnknownBecause: 'a WhatsApp template sends words stored at WhatsApp' };
  return { post: true, kind: 'message', text: '', site };
}

function parseGraphSend(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'message', text: null };
  if (param(ctx, 'messaging_product') === 'whatsapp') return whatsappSend(ctx);
  const message = asJson(param(ctx, 'message'));
  const text = str(at(message, 'text'));
  if (text !== undefined) return { post: true, kind: 'message', text };
  // Sender actions (typing_on, mark_seen) carry no message.
  if (message === undefined && param(ctx, 'sender_action') !== undefined) return { post: false };
  const template = templateText(at(message, 'attachment'));
  if (template !== undefined) return { post: true, kind: 'message', text: template };
  return { post: true, kind: 'message', text: isRecord(at(message, 'attachment')) ? '' : null };
}

/**
 * A structured message's words (Messenger Platform templates: a button
 * template's `payload.text`, a generic template's elements' title and
 * subtitle); undefined when the attachment is no template or carries none.
 */
function templateText(attachment: unknown): string | undefined {
  if (str(at(attachment, 'type')) !== 'template') return undefined;
  const payload = at(attachment, 'payload');
  const parts = [str(at(payload, 'text'))];
  const elements = at(payload, 'elements');
  if (Array.isArray(elements)) for (const e of elements.slice(0, 10)) parts.push(str(at(e, 'title')), str(at(e, 'subtitle')));
  const words = joinParts(parts);
  return words !== '' ? words : undefined;
}

/**
 * Comments, replies and messages through a Graph host: Facebook's, and
 * graph.instagram.com for the Instagram API with Instagram Login, which takes
 * the same `/<comment>/replies`, `/<media>/comments` and `/me/messages` calls.
 */
export function graphConversationEndpoints(prefix: string, host: RegExp): readonly Endpoint[] {
  return [
    { name: `${prefix}.comments`, methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/comments\\/?$`), parse: parseGraphComment('comment') },
    { name: `${prefix}.replies`, methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/replies\\/?$`), parse: parseGraphComment('reply') },
    { name: `${prefix}.messages`, methods: ['POST'], host, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/messages\\/?$`), parse: parseGraphSend },
  ];
}

/**
 * A batch request (POST to the Graph API's root with `batch`, a JSON array of
 * `{ method, relative_url, body }`): each POST inside is read as if it had
 * been sent on its own, by the Graph endpoints above.
 */
function parseGraphBatch(ctx: EndpointContext): EndpointResult {
  if (hidesParams(ctx.body)) return { post: true, kind: 'post', text: null };
  const batch = asJson(param(ctx, 'batch'));
  if (!Array.isArray(batch)) return { post: false };
  const texts: string[] = [];
  let kind: PostKind | undefined;
  let unknown = false;
  for (const item of batch.slice(0, 50)) {
    const method = (str(at(item, 'method')) ?? 'GET').toUpperCase();
    const relative = str(at(item, 'relative_url'));
    if (method !== 'POST' || relative === undefined || relative.length > 2048) continue;
    let url: URL;
    try {
      url = new URL(relative.startsWith('/') ? relative : `/${relative}`, `https://${ctx.host}`);
    } catch {
      continue;
    }
    const raw = at(item, 'body');
    const inner: EndpointContext = {
      url,
      host: ctx.host,
      headers: {},
      body: typeof raw === 'string' ? parseBody(raw, 'application/x-www-form-urlencoded') : { type: 'none' },
    };
    const endpoint = GRAPH_ENDPOINTS().find((e) => e.methods.includes('POST') && e.path.test(url.pathname) && e !== BATCH_ENDPOINT);
    if (!endpoint) continue;
    const r = endpoint.parse(inner);
    if (!r.post) continue;
    kind ??= r.kind;
    if (r.text === null) unknown = true;
    else if (r.text !== '') texts.push(r.text);
  }
  if (kind === undefined) return { post: false };
  return { post: true, kind, text: unknown ? null : texts.join('\n\n') };
}

const BATCH_ENDPOINT: Endpoint = {
  name: 'facebook.graph.batch',
  methods: ['POST'],
  host: GRAPH,
  path: new RegExp(`^${GRAPH_VERSION}\\/?$`),
  parse: parseGraphBatch,
};
const GRAPH_ENDPOINTS = (): readonly Endpoint[] => facebook.endpoints.filter((e) => e.host === GRAPH);

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com', 'messenger.com'],
  siteFor: (host) => (host.endsWith('messenger.com') ? 'messenger.com' : 'facebook.com'),
  endpoints: [
    { name: 'facebook.graphql', methods: ['POST'], path: /^\/api\/graphql\/?$/, parse: parseGraphql },
    { name: 'facebook.app.graphql', methods: ['POST'], host: /^(?:b-)?graph\.facebook\.com$/, path: /^\/graphql\/?$/, parse: parseAppGraphql },
    // messages/send is the basic site's form (mbasic / m.facebook.com), with the same `body` field.
    { name: 'facebook.messaging.send', methods: ['POST'], path: /^\/messag(?:ing|es)\/send\/?$/, parse: parseMessagingSend },
    { name: 'facebook.messaging.poll', methods: ['POST'], path: /^\/messaging\/group_polling\/create_poll\/?$/, parse: parseGroupPoll },
    { name: 'facebook.plugin.comment', methods: ['POST'], path: /^\/plugins\/comments\/async\/(?:createComment|createReply)\/\d+(?:_\d+)?\/?$|^\/plugins\/comments\/async\/edit\/?$/, parse: parsePluginComment },
    { name: 'facebook.mbasic.comment', methods: ['POST'], path: /^\/a\/comment\.php$/, parse: parseMbasicComment },
    { name: 'facebook.mbasic.composer', methods: ['POST'], path: /^\/composer\/mbasic\/?$/, parse: parseMbasicComposer },
    { name: 'facebook.graph.feed', methods: ['POST'], host: GRAPH, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/feed\\/?$`), parse: parseGraphFeed },
    ...graphConversationEndpoints('facebook.graph', GRAPH),
    { name: 'facebook.graph.photos', methods: ['POST'], host: GRAPH, path: new RegExp(`^${GRAPH_VERSION}\\/[^/]+\\/photos\\/?$`), parse: parseGraphPhoto },
    ...facebookGraphPublishing(GRAPH),
    BATCH_ENDPOINT,
  ],
};
