/**
 * Zulip, any server (chat.zulip.org, <org>.zulipchat.com, a self-hosted
 * server on a company's own host), from the web and desktop app (which call
 * /json/…) or any API client (/api/v1/…).
 *
 * Request shapes, from the web client (zulip/zulip web/src/transmit.ts
 * send_message: POST /json/messages, jQuery form data `{ type, to, topic,
 * content, sender_id, queue_id, local_id }`) and the API documentation
 * (zulip.com/api/send-message, update-message, create-scheduled-message,
 * set-typing-status, render-message, update-status, report-message), all
 * form-encoded, parameters also taken from the query string:
 * - POST …/messages with `type` `stream` or `channel` (Zulip 9.0) and a
 *   topic (`topic`, or `subject` before 2.0), or `private` or `direct` (7.0)
 *   for direct messages; the words are `content`. Every one is a chat
 *   message: Zulip's topics are where a message goes, not replies to it.
 *   A channel message's topic is published with it, above the words (as a
 *   Discourse topic's title above its body): the text is topic, a blank
 *   line, content.
 * - PATCH …/messages/{id} with `content`: an edit. With `topic` (or
 *   `subject`) it renames the topic: new words too, the new topic (above
 *   the new content, if any). With only `stream_id` or `propagate_mode` it
 *   moves messages to another channel: no new words.
 * - POST …/scheduled_messages (and PATCH …/scheduled_messages/{id} with
 *   `content`): a message the server sends later; held now.
 * The web client's `sender_id` is the poster: the account hint.
 * Not posts: /json/typing, /json/messages/render (the preview: the heuristic
 * skips render paths), /messages/{id}/reactions, /messages/flags (read
 * marks), /drafts, /messages/{id}/report, /users/me/presence, and
 * /users/me/status (`status_text`, a status line) and /json/report/{kind}
 * (the web client's error and timing reports, web/src/blueslip.ts: an
 * error's `message` reads like prose), both claimed here as not posts, as
 * the heuristic would read them as posts; so are saved snippets (Zulip 10:
 * POST …/saved_snippets `{ title, content }`, text kept to insert later,
 * zulip.com/api/create-saved-snippet) and a channel's description (PATCH
 * …/streams/{id} `description`, zulip.com/api/update-stream: a setting). A body without Zulip's fields is
 * left to the other adapters and the heuristic.
 *
 * Recheck round r4 (senders the rules had not cited: alerting scripts and
 * webhook proxies in the code index; zulip.com/integrations/doc/slack_incoming):
 * Zulip's Slack-compatible incoming webhook, POST
 * /api/v1/external/slack_incoming?api_key=…&stream=…&topic=…, with Slack's
 * `{ text, attachments? }` as JSON or as a form's `payload` field: a message
 * (an attachment's pretext, title and text when there is no `text`).
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md):
 * /json/report/send_times (web/src/sent_messages and the server's report
 * tests), draft edits (PATCH /json/drafts/{id}), user_topics, subscription
 * properties, /json/zcommand, typing in direct messages, presence pings: not
 * posts; the drafted words sent with queue_id and local_id: a post. All were
 * read as expected the first time; nothing changed here.
 *
 * Round sm1 (short chat messages, UNKNOWN-SITES.md): a one-word direct message
 * (`content: ok`, zulip.com/api/send-message) is read and typing is not; both
 * passed the first time, nothing changed here.
 *
 * Round r13 (zulip/r13-*; zulip/zulip's quote-and-reply, zulip/zulip-terminal's sends with uploads,
 * zulip.com/api create-message-reminder and set-typing-status-for-message-edit, mark_topic_as_read):
 * read right the first time; a quoted message is part of the content the sender can edit, so it is shown.
 */
import { asJson, field, isRecord, nonEmpty, param, quietWhen, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };
const MESSAGE_TYPES = new Set(['stream', 'channel', 'private', 'direct']);

function parseSend(ctx: EndpointContext): EndpointResult {
  const type = str(param(ctx, 'type'));
  if (type === undefined || !MESSAGE_TYPES.has(type)) {
    // A body too large or malformed to read may hold Zulip's fields: held, the text unknown.
    return ctx.body.type === 'unreadable' ? { post: true, kind: 'message', text: null } : NOT_MINE;
  }
  const content = str(param(ctx, 'content'));
  // Direct messages have no topic; a channel message's is shown above it.
  const topic = type === 'stream' || type === 'channel' ? topicOf(ctx) : undefined;
  return { post: true, kind: 'message', text: content === undefined ? null : withTopic(topic, content), accountHint: nonEmpty(param(ctx, 'sender_id')) };
}

/** The topic (`topic`, or `subject` before Zulip 2.0). */
function topicOf(ctx: EndpointContext): string | undefined {
  return str(param(ctx, 'topic')) ?? str(param(ctx, 'subject'));
}

function withTopic(topic: string | undefined, content: string): string {
  return topic !== undefined && topic.trim() !== '' ? `${topic}\n\n${content}` : content;
}

/** An edit: new words in `content` and in a renamed topic; a channel or time alone moves or reschedules. */
function parseEdit(ctx: EndpointContext): EndpointResult {
  const content = str(param(ctx, 'content'));
  const topic = topicOf(ctx);
  if (content !== undefined) return { post: true, kind: 'message', text: withTopic(topic, content) };
  if (topic !== undefined) return { post: true, kind: 'message', text: topic };
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  for (const name of ['stream_id', 'propagate_mode', 'scheduled_delivery_timestamp']) {
    if (param(ctx, name) !== undefined) return { post: false };
  }
  return NOT_MINE;
}

/** A status line (`status_text`, `away`, an emoji): shown next to one's name, not a post. */
function parseStatus(ctx: EndpointContext): EndpointResult {
  for (const name of ['status_text', 'away', 'emoji_name']) if (param(ctx, name) !== undefined) return { post: false };
  return NOT_MINE;
}

/** The web client's error and timing reports (`message`, `stacktrace`, `ui_message`; `rendered_content_disparity`…). */
function parseClientReport(ctx: EndpointContext): EndpointResult {
  for (const name of ['stacktrace', 'ui_message', 'more_info', 'log', 'time']) if (param(ctx, name) !== undefined) return { post: false };
  return NOT_MINE;
}

/** Saved snippets and channel settings: prose kept or shown, not a message. */
/** The Slack-compatible incoming webhook: Slack's payload, as JSON or in a form's `payload`. */
function parseSlackIncoming(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  const payload = ctx.body.type === 'json' ? ctx.body.value : asJson(field(ctx.body, 'payload'));
  if (!isRecord(payload)) return NOT_MINE;
  const text = str(payload['text']);
  if (text !== undefined && text.trim() !== '') return { post: true, kind: 'message', text };
  const attachments = payload['attachments'];
  if (!Array.isArray(attachments)) return text !== undefined ? { post: true, kind: 'message', text } : NOT_MINE;
  const parts = attachments
    .slice(0, 20)
    .flatMap((a) => (isRecord(a) ? [str(a['pretext']), str(a['title']), str(a['text'])] : []))
    .filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: 'message', text: parts.length > 0 ? parts.join('\n\n') : null };
}

const BASE = '^\\/(?:json|api\\/v1)';

export const zulip: SiteAdapter = {
  id: 'zulip',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'zulip.messages.send', methods: ['POST'], path: new RegExp(`${BASE}\\/messages\\/?$`), parse: parseSend },
    { name: 'zulip.messages.edit', methods: ['PATCH'], path: new RegExp(`${BASE}\\/messages\\/\\d{1,20}\\/?$`), parse: parseEdit },
    { name: 'zulip.scheduled.create', methods: ['POST'], path: new RegExp(`${BASE}\\/scheduled_messages\\/?$`), parse: parseSend },
    { name: 'zulip.scheduled.edit', methods: ['PATCH'], path: new RegExp(`${BASE}\\/scheduled_messages\\/\\d{1,20}\\/?$`), parse: parseEdit },
    { name: 'zulip.report', methods: ['POST'], path: /^\/json\/report\/[a-z_]{1,40}\/?$/, parse: parseClientReport, publishes: false },
    { name: 'zulip.saved_snippets', methods: ['POST', 'PATCH'], path: new RegExp(`${BASE}\\/saved_snippets(?:\\/\\d{1,20})?\\/?$`), parse: quietWhen(['content', 'title'], 'body-or-query'), publishes: false },
    { name: 'zulip.streams.update', methods: ['PATCH'], path: new RegExp(`${BASE}\\/streams\\/\\d{1,20}\\/?$`), parse: quietWhen(['description', 'new_name'], 'body-or-query'), publishes: false },
    { name: 'zulip.webhook.slack_incoming', methods: ['POST'], path: /^\/api\/v1\/external\/slack_incoming\/?$/, parse: parseSlackIncoming },
    { name: 'zulip.status', methods: ['POST'], path: new RegExp(`${BASE}\\/users\\/me\\/status\\/?$`), parse: parseStatus, publishes: false },
  ],
};
