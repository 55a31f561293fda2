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
 *   forwards another message. Messages are short ("ok", "lol"): every one is
 *   held, whatever its length.
 * - PATCH /api/v{n}/channels/{channel}/messages/{message} `{ content }` edits one.
 * - POST /api/v{n}/channels/{channel}/threads `{ name, message?: { content } }`
 *   starts a thread or a forum post (a post: its title and first message).
 * Not posts: POST .../typing, PUT .../reactions/..., POST .../messages/{id}/ack,
 * POST /api/v{n}/science (the client's telemetry), PATCH /users/@me/settings-proto,
 * searches (GET).
 */
import { asJson, at, field, idOf, isRecord, str } from '../body';
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

function parseMessage(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'message', text: null };
  const ref = at(v, 'message_reference');
  const forward = isRecord(ref) && at(ref, 'type') === 1;
  const kind: PostKind = isRecord(ref) && !forward && idOf(at(ref, 'message_id')) ? 'reply' : 'message';
  const content = str(at(v, 'content'));
  return { post: true, kind, text: content ?? (hasAttachments(v) || forward ? '' : null) };
}

function parseEdit(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'message', text: null };
  const content = str(at(v, 'content'));
  // Edits that only change flags (suppressing embeds) say nothing new.
  return content === undefined ? { post: false } : { post: true, kind: 'message', text: content };
}

function parseThread(ctx: EndpointContext): EndpointResult {
  const v = payload(ctx);
  if (v === undefined) return { post: true, kind: 'post', text: null };
  const name = str(at(v, 'name'));
  const content = str(at(v, 'message', 'content'));
  if (content === undefined && !isRecord(at(v, 'message'))) return { post: false }; // a thread started from an existing message: a title only
  return { post: true, kind: 'post', text: [name, content].filter((p) => p !== undefined && p !== '').join('\n\n') };
}

const CHANNEL = '^(?:\\/api(?:\\/v\\d+)?)?\\/channels\\/\\d+';

export const discord: SiteAdapter = {
  id: 'discord',
  hosts: ['discord.com', 'discordapp.com'],
  siteFor: () => 'discord.com',
  endpoints: [
    { name: 'discord.message.create', methods: ['POST'], path: new RegExp(`${CHANNEL}\\/messages\\/?$`), parse: parseMessage },
    { name: 'discord.message.edit', methods: ['PATCH'], path: new RegExp(`${CHANNEL}\\/messages\\/\\d+\\/?$`), parse: parseEdit },
    { name: 'discord.thread.create', methods: ['POST'], path: new RegExp(`${CHANNEL}\\/threads\\/?$`), parse: parseThread },
  ],
};
