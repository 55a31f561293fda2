/**
 * Discord (discord.com and its ptb/canary builds, discordapp.com).
 *
 * Request shapes, from Discord's API documentation as mirrored by
 * discord-api-types (discord.js.org, RESTPostAPIChannelMessageJSONBody:
 * "Create Message") and the user-client documentation at docs.discord.food
 * (resources/message, resources/channel, the client's own endpoints):
 * - POST /api/v{n}/channels/{channel}/messages with JSON `{ content, nonce,
 *   tts, flags, message_reference?, sticker_ids?, attachments? }`, or a
 *   multipart body whose `payload_json` part holds the same JSON next to the
 *   files. A `message_reference` of type 0 (or none) makes it a reply; type 1
 *   forwards another message (with nothing of one's own, not a post: round r11). Messages are short ("ok", "lol"): every one is
 *   held, whatever its length.
 * - PATCH /api/v{n}/channels/{channel}/messages/{message} `{ content }` edits one.
 * - POST /api/v{n}/channels/{channel}/threads `{ name, message?: { content } }`
 *   starts a thread or a forum post (a post: its title and first message).
 * Recheck round r3 (tests/fixtures/requests/discord/r3-*), from discord.py
 * (discord/webhook/async_.py: execute_webhook, edit_webhook_message,
 * create_interaction_response; discord/http.py send_message) and discordgo:
 * - POST /api/v{n}/webhooks/{id}/{token}[?wait&thread_id] `{ content, username,
 *   embeds }` (Execute Webhook, also an interaction's follow-ups) and PATCH
 *   .../webhooks/{id}/{token}/messages/{message | @original} (an edit);
 * - POST /api/v{n}/interactions/{id}/{token}/callback `{ type: 4 | 7, data:
 *   { content, embeds } }` (a bot's answer, or the update of its message);
 * - embeds: bots and webhooks often send no `content`, only embeds whose
 *   title, description, fields and footer are what the channel reads; they are
 *   read after the content, and so are a poll's question and answers
 *   (discord.py discord/poll.py Poll._to_dict);
 * - the Slack-compatible webhook, POST .../webhooks/{id}/{token}/slack with
 *   Slack's `text` (a C# Discord library's endpoint list in the code index).
 * Not posts: POST .../typing, PUT .../reactions/..., POST .../messages/{id}/ack,
 * POST .../messages/{id}/crosspost (an announcement re-sent as it is), deferred
 * interaction responses (types 5 and 6), POST /users/@me/channels (opening a DM),
 * POST /api/v{n}/science (the client's telemetry), PATCH /users/@me/settings-proto,
 * searches (GET).
 *
 * Recheck round r5 (tests/fixtures/requests/discord/r5b-*): Components V2
 * messages (flags 1 << 15; discord-api-types ComponentType, discord.js
 * TextDisplayBuilder / ContainerBuilder) carry their words in Text Display
 * components (type 10), alone or inside Containers (17) and Sections (9):
 * read after the content, one paragraph each; buttons' labels are not read.
 * A scheduler's multipart upload (gitroomhq/postiz-app discord.provider.ts),
 * matterbridge's webhook (bridge/discord/webhook.go), discord.js forum posts,
 * a channel topic and a profile bio were already read right.
 *
 * Review of rounds r5 and r6 (discord/r56rev-*): a forum or thread start's
 * `message` is read as a message (embeds, polls, Text Displays), not only
 * its `content`.
 *
 * Recheck round r7 (tests/fixtures/requests/discord/r7*-): `payload_json`
 * appended to a FormData as a typed Blob (`application/json`, filename
 * "blob"; Discord webhook posters and a TypeScript client in the code index)
 * is read as a field (body.ts); an untyped Blob (octet-stream) is dropped
 * with the files by the session glue, and the message is held with its text
 * unknown.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): pins,
 * guild notification settings, slash-command search
 * (application-commands/search, as Discord self-bots and command tools call
 * it), message search, a slash command whose option is picked from a list:
 * not posts; a saved edit and a silent message (flags 4096): posts. All were
 * read as expected the first time; nothing changed here.
 *
 * Round r11 (tests/fixtures/requests/discord/r11-*, r11fix-*):
 * Systemad/Dovecord-React doc.md, LoliPain/discordo-bustero devlogs, a
 * Discord client reimplementation's API notes and discord-api-types: a
 * forward (`message_reference.type` 1) with no words, files or components of
 * its own is not a post (a message re-sent as it is, as a crosspost); with
 * words it is a message.
 * Review of round r11 (discord/r11rev-*): a forward whose `content` is only
 * spaces has no words of its own (Discord trims it): not a post.
 */
import { asJson, at, field, idOf, isRecord, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

/** The message JSON: the body itself, or the `payload_json` part of a multipart upload. */
function payload(ctx: EndpointContext): unknown {
  if (ctx.body.type === 'json') return ctx.body.value;
  if (ctx.body.type === 'multipart' || ctx.body.type === 'form') {
    const json = asJson(field(ctx.body, 'payload_json'));
    if (isRecord(json)) return json;
    const content = field(ctx.body, 'content');
    return content === undefined ? undefined : { content };
  }
  return undefined;
}

function hasAttachments(v: unknown): boolean {
  const a = at(v, 'attachments');
  const s = at(v, 'sticker_ids');
  return (Array.isArray(a) && a.length > 0) || (Array.isArray(s) && s.length > 0) || isRecord(at(v, 'poll'));
}

/**
 * The words of a message's embeds (bots and webhooks post embeds, often with
 * no `content`): each embed's title, description, fields and footer, in order.
 * Undefined when there are no embeds.
 */
function embedsText(v: unknown): string | undefined {
  const embeds = at(v, 'embeds');
  if (!Array.isArray(embeds) || embeds.length === 0) return undefined;
  const parts: string[] = [];
  for (const e of embeds.slice(0, 10)) {
    parts.push(str(at(e, 'author', 'name')) ?? '', str(at(e, 'title')) ?? '', str(at(e, 'description')) ?? '');
    const fields = at(e, 'fields');
    if (Array.isArray(fields)) for (const f of fields.slice(0, 25)) parts.push(str(at(f, 'name')) ?? '', str(at(f, 'value')) ?? '');
    parts.push(str(at(e, 'footer', 'text')) ?? '');
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** A poll's question and answers (discord.py Poll._to_dict), or undefined. */
function pollText(v: unknown): string | undefined {
  const poll = at(v, 'poll');
  if (!isRecord(poll)) return undefined;
  const parts = [str(at(poll, 'question', 'text')) ?? ''];
  const answers = at(poll, 'answers');
  if (Array.isArray(answers)) for (const a of answers.slice(0, 10)) parts.push(str(at(a, 'poll_media', 'text')) ?? '');
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/**
 * Components V2 (flag 1 << 15; discord-api-types ComponentType): a message
 * with no `content` whose words are in Text Display components (type 10),
 * alone or inside Containers (17) and Sections (9). Undefined when there are none.
 */
function displayText(v: unknown): string | undefined {
  const components = at(v, 'components');
  if (!Array.isArray(components)) return undefined;
  const parts: string[] = [];
  let nodes = 0;
  const walk = (node: unknown, depth: number): void => {
    if (++nodes > 200 || depth > 4 || !isRecord(node)) return;
    const text = node['type'] === 10 ? str(node['content']) : undefined;
    if (text !== undefined && text.trim() !== '') parts.push(text);
    const inner = node['components'];
    if (Array.isArray(inner)) for (const c of inner.slice(0, 40)) walk(c, depth + 1);
  };
  for (const c of components.slice(0, 40)) walk(c, 1);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** `content`, the embeds', a poll's and Text Displays' words, as they appear; undefined when none is there. */
function messageText(v: unknown): string | undefined {
  const content = str(at(v, 'content'));
  const extra = [embedsText(v), pollText(v), displayText(v)].filter((p): p is string => p !== undefined && p !== '');
  if (extra.length === 0) return content;
  return [content, ...extra].filter((p) => p !== undefined && p !== '').join('\n\n');
}

/** A Slack-compatible webhook (/webhooks/{id}/{token}/slack): Slack's `text`. */
function parseSlackWebhook(ctx: EndpointContext): EndpointResult {
  const v = ctx.body.type === 'json' ? ctx.body.value : isStructured(ctx.body) ? asJson(field(ctx.body, 'payload')) : undefined;
  if (!isRecord(v)) return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: str(v['text']) ?? null };
}

function parseMessage(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'message', text: null };
  const ref = at(v, 'message_reference');
  const forward = isRecord(ref) && at(ref, 'type') === 1;
  const kind: PostKind = isRecord(ref) && !forward && idOf(at(ref, 'message_id')) ? 'reply' : 'message';
  const text = messageText(v);
  // A forward with no words, files or components of its own re-sends another message as it is, as a
  // crosspost does, an X repost or a Facebook share without words: not a post (round r11,
  // discord-api-types MessageReferenceType.Forward). With words of its own it is a message.
  // Discord trims `content`, so spaces alone are no words of one's own either (r11 review, M1).
  if (forward && (text === undefined || text.trim() === '') && !hasAttachments(v)) return { post: false };
  return { post: true, kind, text: text ?? (hasAttachments(v) ? '' : null) };
}

function parseEdit(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'message', text: null };
  const text = messageText(v);
  // Edits that only change flags (suppressing embeds) say nothing new.
  return text === undefined ? { post: false } : { post: true, kind: 'message', text };
}

/**
 * An interaction response: type 4 (CHANNEL_MESSAGE_WITH_SOURCE) posts
 * `data` as a message, type 7 (UPDATE_MESSAGE) edits the message the
 * component is on. Deferrals (5, 6), autocomplete choices (8) and modals (9)
 * say nothing in the channel.
 */
function parseInteractionCallback(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'message', text: null };
  const type = at(v, 'type');
  if (type !== 4 && type !== 7) return { post: false };
  const data = at(v, 'data');
  const text = messageText(data);
  if (text === undefined) return type === 7 ? { post: false } : { post: true, kind: 'message', text: hasAttachments(data) ? '' : null };
  return { post: true, kind: 'message', text };
}

function parseThread(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'post', text: null };
  const name = str(at(v, 'name'));
  const message = asJson(at(v, 'message'));
  if (!isRecord(message)) return { post: false }; // a thread started from an existing message: a title only
  // A forum or media channel's starter message is a message like any other: embeds, polls and Components V2 too.
  return { post: true, kind: 'post', text: [name, messageText(message)].filter((p) => p !== undefined && p !== '').join('\n\n') };
}

const CHANNEL = '^(?:\\/api(?:\\/v\\d+)?)?\\/channels\\/\\d+';
const API = '^(?:\\/api(?:\\/v\\d+)?)?';
/** A webhook's (or an interaction's) token: letters, digits, `_`, `-` and `.`, bounded. */
const TOKEN = '[A-Za-z0-9_.-]{1,500}';

export const discord: SiteAdapter = {
  id: 'discord',
  hosts: ['discord.com', 'discordapp.com'],
  siteFor: () => 'discord.com',
  endpoints: [
    { name: 'discord.message.create', methods: ['POST'], path: new RegExp(`${CHANNEL}\\/messages\\/?$`), parse: parseMessage },
    { name: 'discord.message.edit', methods: ['PATCH'], path: new RegExp(`${CHANNEL}\\/messages\\/\\d+\\/?$`), parse: parseEdit },
    { name: 'discord.thread.create', methods: ['POST'], path: new RegExp(`${CHANNEL}\\/threads\\/?$`), parse: parseThread },
    // Execute Webhook (also an interaction's follow-up messages, /webhooks/<application>/<interaction token>).
    { name: 'discord.webhook.execute', methods: ['POST'], path: new RegExp(`${API}\\/webhooks\\/\\d+\\/${TOKEN}\\/?$`), parse: parseMessage },
    { name: 'discord.webhook.slack', methods: ['POST'], path: new RegExp(`${API}\\/webhooks\\/\\d+\\/${TOKEN}\\/slack\\/?$`), parse: parseSlackWebhook },
    { name: 'discord.webhook.edit', methods: ['PATCH'], path: new RegExp(`${API}\\/webhooks\\/\\d+\\/${TOKEN}\\/messages\\/(?:\\d+|@original)\\/?$`), parse: parseEdit },
    { name: 'discord.interaction.callback', methods: ['POST'], path: new RegExp(`${API}\\/interactions\\/\\d+\\/${TOKEN}\\/callback\\/?$`), parse: parseInteractionCallback },
  ],
};
