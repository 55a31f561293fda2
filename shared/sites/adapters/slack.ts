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
 * Not posts: reactions.add, conversations.mark, drafts.create / drafts.update
 * (Slack's drafts), users.prefs.set, search.*, the client's telemetry
 * (/clog/track, /beacon/...). The session token (`token`) is never read.
 */
import { fieldOrQuery, isStructured, nonEmpty, str } from '../body';
import { slackBlocksText } from '../rich-text';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function parseChat(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'message', text: null };
  const get = (name: string) => fieldOrQuery(ctx.body, ctx.url, name);
  const kind = nonEmpty(get('thread_ts')) ? 'reply' : 'message';
  const blocks = get('blocks');
  if (blocks !== undefined) {
    const extracted = slackBlocksText(blocks);
    if (extracted && extracted.complete && extracted.text !== '') return { post: true, kind, text: extracted.text };
    if (extracted && !extracted.complete) return { post: true, kind, text: null };
  }
  const text = str(get('text'));
  if (text === undefined && blocks === undefined && ctx.body.type === 'none') return { post: true, kind, text: null };
  return { post: true, kind, text: text ?? (blocks !== undefined || get('attachments') !== undefined ? '' : null) };
}

function parseFileComment(ctx: EndpointContext): EndpointResult {
  const comment = str(fieldOrQuery(ctx.body, ctx.url, 'initial_comment'));
  const channel = fieldOrQuery(ctx.body, ctx.url, 'channel_id') ?? fieldOrQuery(ctx.body, ctx.url, 'channels');
  // Without a channel the file is only uploaded, not shared.
  if (channel === undefined) return { post: false };
  return { post: true, kind: 'message', text: comment ?? '' };
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
  ],
};
