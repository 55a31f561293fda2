/**
 * Slack (app.slack.com, <workspace>.slack.com, slack.com).
 *
 * Request shapes, from Slack's Web API specification (slackapi/slack-api-specs
 * web-api/slack_web_openapi_v2.json: chat.postMessage, chat.update,
 * chat.scheduleMessage, chat.meMessage, chat.postEphemeral,
 * files.completeUploadExternal) and its reference (docs.slack.dev
 * reference/methods/chat.postMessage, reference/block-kit/blocks/rich-text-block):
 * - POST /api/chat.postMessage with `channel`, `text`, `blocks` (JSON), and
 *   `thread_ts` for a reply in a thread, as a form, a multipart form (Slack's
 *   own web client, which adds `token`, `xArgs`, `client_msg_id`), a JSON body,
 *   or parameters in the query string. The web client sends the message as
 *   `rich_text` blocks and often no `text`: the text is read from the blocks
 *   (mentions shown as <@U…>, emoji as :name:).
 * - chat.update (an edit), chat.scheduleMessage (sent later), chat.meMessage,
 *   chat.postEphemeral: the same fields.
 * - files.completeUploadExternal `initial_comment`: the words sent with a file.
 * Recheck round r3 (tests/fixtures/requests/slack/r3-*), from clients the
 * above did not use:
 * - `markdown_text` in place of `text` (a Go Slack client's chat.postMessage
 *   tests in the code index) and the streaming methods chat.startStream
 *   (`chunks: [{ type: 'markdown_text', markdown_text }]`, `thread_ts`),
 *   chat.appendStream (`markdown_text`) and chat.stopStream (@slack/web-api's
 *   ChatStreamer, Slack bridges in the code index); a stop or start without
 *   words publishes nothing by itself;
 * - incoming webhooks, POST hooks.slack.com/services/T…/B…/… with the message
 *   as JSON (slack-go/slack PostWebhook, python-slack-sdk WebhookClient), and
 *   response URLs (hooks.slack.com/commands/…, /actions/…) with
 *   `response_type`; `delete_original` is not a post;
 * - legacy `attachments` (slack-go/slack attachments.go: pretext, title, text,
 *   fields), shown after the message's own text: their words are read too;
 * - the web client's chat.command (slash commands; "legacy undocumented" in a
 *   Slack MCP server in the code index): `text` is sent for /me, /shrug, /msg
 *   and apps' commands; /remind, /status, /dnd and the other built-in
 *   commands that set something or navigate are not posts.
 * Not posts: reactions.add, conversations.mark, drafts.create / drafts.update
 * (Slack's drafts), users.prefs.set, search.*, the client's telemetry
 * (/clog/track, /beacon/...). The session token (`token`) is never read.
 *
 * Recheck round r5 (tests/fixtures/requests/slack/r5b-*): a section block's
 * `fields` (docs.slack.dev section-block; alerting integrations) are read
 * under its text, one per line. A scheduler's section and image blocks
 * (gitroomhq/postiz-app slack.provider.ts), the legacy files.upload with
 * `initial_comment`, Bolt's chat.update, matterbridge's thread replies
 * (bridge/slack) and, as not posts, conversations.setTopic, users.profile.set
 * and views.publish were already read right.
 *
 * Recheck round r7 (tests/fixtures/requests/slack/r7*-), read right the
 * first time: the web and desktop client's own multipart sends on the
 * workspace host (`_x_reason=webapp_message_send`, rich_text blocks as JSON
 * text; thread replies), activepieces' files.upload with initial_comment, a
 * webhook's `payload=` form with \u escapes; drafts.update and reactions are
 * not posts.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): the web
 * client's subscriptions.thread.add / .mark (emacs-slack, Slack TUI clients),
 * search.modules.messages, client.counts, pins.add, bookmarks.add,
 * reminders.add, drafts.create with a thread destination and a clog batch:
 * all not posts; a thread reply sent after its synced draft and a saved
 * chat.update edit: posts. All were read as expected the first time; nothing
 * changed here.
 *
 * Round r11 (tests/fixtures/requests/slack/r11-*, r11fix-*):
 * slackapi/python-slack-sdk's canvas methods. conversations.canvases.create,
 * and canvases.create naming a `channel_id`, are messages showing the title
 * and markdown; canvases.edit's insert and replace operations are messages
 * showing their markdown (`changes` as JSON or a form's JSON string); a canvas
 * made without a channel, section deletes, canvases.access.set/.delete,
 * canvases.delete and sections.lookup are not posts.
 * Review of round r11 (slack/r11rev-*): a channel canvas created with no
 * title and no markdown (an empty canvas tab) is not a post. Renaming a
 * canvas (`operation: rename`) is not one, as conversations.rename is not.
 */
import { asJson, at, field, fieldOrQuery, isRecord, isStructured, nonEmpty, str } from '../body';
import { legacyAttachmentsText, slackBlocksText, withAttachments } from '../rich-text';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

/** `markdown_text`, or the `markdown_text` chunks of a streamed message (chat.startStream / appendStream). */
function markdownText(get: (name: string) => unknown): string | undefined {
  const direct = str(get('markdown_text'));
  if (direct !== undefined) return direct;
  const chunks = asJson(get('chunks'));
  if (!Array.isArray(chunks)) return undefined;
  const texts = chunks.slice(0, 100).map((c) => str(at(c, 'markdown_text'))).filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join('') : undefined;
}

function parseChat(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'message', text: null };
  return chatMessage(ctx, (name) => fieldOrQuery(ctx.body, ctx.url, name));
}

/** Streaming: start and stop publish only when they carry words; every append does. */
function parseStream(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'message', text: null };
  const get = (name: string) => fieldOrQuery(ctx.body, ctx.url, name);
  const append = /appendStream\/?$/.test(ctx.url.pathname);
  if (!append && markdownText(get) === undefined && get('blocks') === undefined) return { post: false };
  return chatMessage(ctx, get);
}

function chatMessage(ctx: EndpointContext, get: (name: string) => unknown): EndpointResult {
  const kind = nonEmpty(get('thread_ts')) ? 'reply' : 'message';
  const attachments = legacyAttachmentsText(get('attachments'));
  const blocks = get('blocks');
  if (blocks !== undefined) {
    const extracted = slackBlocksText(blocks);
    if (extracted && extracted.complete && extracted.text !== '') return { post: true, kind, text: withAttachments(extracted.text, attachments)! };
    if (extracted && !extracted.complete) return { post: true, kind, text: null };
  }
  // `markdown_text` (chat.postMessage since 2025, and the streaming methods) instead of `text`.
  const text = str(get('text')) ?? markdownText(get);
  if (text === undefined && blocks === undefined && ctx.body.type === 'none') return { post: true, kind, text: null };
  return { post: true, kind, text: withAttachments(text, attachments) ?? (blocks !== undefined || get('attachments') !== undefined ? '' : null) };
}

function parseFileComment(ctx: EndpointContext): EndpointResult {
  const comment = str(fieldOrQuery(ctx.body, ctx.url, 'initial_comment'));
  const channel = fieldOrQuery(ctx.body, ctx.url, 'channel_id') ?? fieldOrQuery(ctx.body, ctx.url, 'channels');
  // Without a channel the file is only uploaded, not shared.
  if (channel === undefined) return { post: false };
  return { post: true, kind: 'message', text: comment ?? '' };
}

/** The markdown of a canvas document (`{ type: 'markdown', markdown }`), sent as an object or as a JSON string in a form. */
function canvasMarkdown(value: unknown): string | undefined {
  const doc = asJson(value);
  return str(at(doc, 'markdown'));
}

/**
 * Canvases (round r11: python-slack-sdk's canvases_create, canvases_edit, conversations_canvases_create). A channel's
 * canvas (conversations.canvases.create, or canvases.create naming a channel) is read by the channel's members: a
 * message showing its title and markdown. canvases.edit's insert and replace operations add words to a canvas that is
 * usually shared: a message showing them. A canvas made without a channel is seen by its author alone until shared
 * (as a draft is); deleting sections, and sharing or reading settings, say nothing.
 */
function parseCanvas(ctx: EndpointContext): EndpointResult {
  const method = ctx.url.pathname.replace(/^\/api\//, '').replace(/\/$/, '');
  if (!isStructured(ctx.body)) return method === 'canvases.create' ? { post: false } : { post: true, kind: 'message', text: null };
  const get = (name: string): unknown => fieldOrQuery(ctx.body, ctx.url, name);
  if (method === 'canvases.edit') {
    const changes = asJson(get('changes'));
    if (!Array.isArray(changes)) return { post: false };
    const words = changes
      .filter((c) => /^(?:insert|replace)/.test(str(at(c, 'operation')) ?? ''))
      .map((c) => canvasMarkdown(at(c, 'document_content')))
      .filter((t): t is string => t !== undefined && t.trim() !== '');
    return words.length === 0 ? { post: false } : { post: true, kind: 'message', text: words.join('\n\n') };
  }
  if (method === 'canvases.create' && nonEmpty(get('channel_id')) === undefined) return { post: false };
  const doc = get('document_content');
  const markdown = canvasMarkdown(doc);
  const text = [str(get('title')), markdown].filter((t): t is string => t !== undefined && t.trim() !== '').join('\n\n');
  if (text !== '') return { post: true, kind: 'message', text };
  // An empty canvas tab says nothing, as an edit that only deletes does (r11 review, M3); a document whose words
  // cannot be read is still held.
  return doc === undefined || doc === null || markdown !== undefined ? { post: false } : { post: true, kind: 'message', text: null };
}

/**
 * An incoming webhook or a response_url: the message JSON is the body (or,
 * for incoming webhooks, a form's `payload` field). `delete_original` removes
 * a message and says nothing.
 */
function parseHook(ctx: EndpointContext): EndpointResult {
  let v: unknown;
  if (ctx.body.type === 'json') v = ctx.body.value;
  else if (ctx.body.type === 'form' || ctx.body.type === 'multipart') v = asJson(field(ctx.body, 'payload'));
  if (!isRecord(v)) return { post: true, kind: 'message', text: null };
  const message = v;
  if (message['delete_original'] === true || message['delete_original'] === 'true') return { post: false };
  return chatMessage(ctx, (name) => message[name]);
}

/** Built-in slash commands that post nothing to the conversation (reminders, status, navigation, membership). */
const QUIET_COMMANDS = new Set(['/remind', '/status', '/dnd', '/away', '/active', '/invite', '/kick', '/remove', '/leave', '/join', '/open', '/mute', '/collapse', '/expand', '/feed', '/search', '/who', '/apps', '/shortcuts', '/prefs', '/rename', '/archive', '/topic', '/purpose']);

/**
 * The web client's chat.command (slash commands typed in the composer): /me,
 * /shrug, /msg and the apps' commands send the words that follow; built-in
 * commands that set something or navigate do not.
 */
function parseCommand(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'message', text: null };
  const command = (str(field(ctx.body, 'command')) ?? '').toLowerCase();
  if (QUIET_COMMANDS.has(command)) return { post: false };
  return { post: true, kind: 'message', text: str(field(ctx.body, 'text')) ?? '' };
}

export const slack: SiteAdapter = {
  id: 'slack',
  hosts: ['slack.com'],
  siteFor: () => 'slack.com',
  endpoints: [
    {
      name: 'slack.chat',
      methods: ['POST'],
      path: /^\/api\/chat\.(?:postMessage|update|scheduleMessage|meMessage|postEphemeral)\/?$/,
      parse: parseChat,
    },
    { name: 'slack.files.share', methods: ['POST'], path: /^\/api\/files\.(?:completeUploadExternal|upload)\/?$/, parse: parseFileComment },
    { name: 'slack.canvas', methods: ['POST'], path: /^\/api\/(?:conversations\.canvases\.create|canvases\.create|canvases\.edit)\/?$/, parse: parseCanvas },
    // A canvas's sharing, deletion and section lookups say nothing (round r11).
    { name: 'slack.canvas.quiet', methods: ['POST'], path: /^\/api\/canvases\.(?:access\.set|access\.delete|delete|sections\.lookup)\/?$/, publishes: false, parse: () => ({ post: false }) },
    { name: 'slack.chat.command', methods: ['POST'], path: /^\/api\/chat\.command\/?$/, parse: parseCommand },
    { name: 'slack.chat.stream', methods: ['POST'], path: /^\/api\/chat\.(?:startStream|appendStream|stopStream)\/?$/, parse: parseStream },
    {
      name: 'slack.hooks',
      methods: ['POST'],
      host: /^hooks\.slack\.com$/,
      // Incoming webhooks (/services/T…/B…/secret) and response URLs (/commands/…, /actions/…).
      path: /^\/(?:services|commands|actions)\/[A-Za-z0-9_\/-]{1,300}$/,
      parse: parseHook,
    },
  ],
};
