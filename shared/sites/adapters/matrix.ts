/**
 * Matrix, any homeserver (matrix.org's matrix-client.matrix.org, a
 * self-hosted Synapse, Conduit or Dendrite), whatever the client (Element on
 * app.element.io, or another).
 *
 * Request shapes, from the Matrix specification (matrix-org/matrix-spec
 * data/api/client-server/room_send.yaml, content/client-server-api/modules/
 * instant_messaging.md, rich_replies.md, event_replacements.md, threading.md,
 * end_to_end_encryption.md):
 * - PUT /_matrix/client/{v3,r0}/rooms/{roomId}/send/{eventType}/{txnId} with
 *   the event content as JSON (older clients POST without the txnId).
 * - `m.room.message` with `msgtype` `m.text`, `m.notice` or `m.emote` carries
 *   `body` (and optionally `formatted_body`); media messages (`m.image`,
 *   `m.file`, `m.video`, `m.audio`) carry a caption in `body` only when it
 *   differs from `filename`. An edit (`m.relates_to.rel_type: 'm.replace'`)
 *   puts the new text in `m.new_content.body`.
 * - `m.room.encrypted` (end-to-end encrypted rooms, Element's default for
 *   private chats) carries only ciphertext: a message whose text Hatstand
 *   cannot read, held and asked about with the text shown as unknown.
 * - `m.poll.start` and its unstable `org.matrix.msc3381.poll.start` carry
 *   the question and answers.
 * Everything sent here is a chat message (`message`), replies and threads too.
 * Reddit Chat is Matrix on matrix.redditspace.com (server name reddit.com:
 * a Reddit Chat bot, a Reddit-to-Telegram bridge and a Go client in the code
 * index; recheck round r3): reported as reddit.com. Gitter is Matrix on
 * Element's hosted homeserver, its client API at gitter.ems.host for rooms
 * on gitter.im (Gitter bots, notifiers and chat trackers in the code index;
 * round d2): reported as gitter.im.
 * Not posts: `m.reaction`, `m.room.redaction`, receipts, typing, read
 * markers, state events, POST /search. PUT /rooms/{roomId}/redact/{eventId}/{txnId}
 * removes a message; its `reason` is not a message of its own (mautrix/go
 * client.go RedactEvent; room_redact in the spec's client-server API): claimed
 * here as not a post so that the unknown-site heuristic does not read the
 * reason as prose.
 *
 * Recheck round r4 (clients the rules had not cited): mautrix-python's
 * appservice sends (`?user_id=` puppets, HTML notices) and matrix-nio thread
 * replies were already read. matrix-js-sdk's in-room key verification
 * (requestVerificationDM; Element Android's ReferencesAggregatedContent and
 * Element Web's MKeyVerificationRequest render it) is an `m.room.message`
 * with msgtype `m.key.verification.request` whose `body` is the SDK's
 * fallback sentence, not words of the user: not a post. State events
 * (PUT /rooms/{roomId}/state/{type}/{stateKey}: a room's topic, name,
 * pinned events; matrix-js-sdk setRoomTopic, a Rust appservice's
 * set_room_topic in the code index) are room settings, and
 * POST /rooms/{roomId}/report/{eventId} (matrix-js-sdk reportEvent) sends a
 * reason to the server's admins: both claimed as not posts, so that the
 * unknown-site heuristic does not read a topic or a reason as prose.
 *
 * Recheck round r6 (matterbridge's gomatrix on /_matrix/client/r0: m.emote,
 * edits whose body lacks the "* " prefix, m.in_reply_to replies; Apprise's
 * Matrix plugin): one's profile (PUT /profile/{user}/displayname,
 * avatar_url) and account data are settings, claimed as not posts.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md; the
 * spec's receipts with `thread_id`, presence with `status_msg`, push rules,
 * `m.marked_unread`, URL previews, Element's PostHog analytics): all were
 * already not posts. Element's bug reports (matrix-org/rageshake's
 * POST /api/submit, multipart with the person's `text`, `app`, `version`,
 * `user_agent`, logs; Element Web's default `bug_report_endpoint_url`
 * element.io/bugreports/submit) were held as posts by the heuristic: that
 * endpoint and rageshake servers' `/api/submit` (hosts named rageshake or
 * rageshakes) are claimed as never publishing. A message in a thread stays a
 * `message`, as every message here is.
 *
 * Round r13 (matrix/r13-*; element-hq/element-web thread replies and edits with m.mentions,
 * matrix-org/matrix-rust-sdk's media caption edits, to-device key sharing and media upload, ruma's and
 * famedly/matrix-dart-sdk's MSC4140 delayed events, matrix-js-sdk's MatrixRTC call membership, mautrix/go's
 * com.beeper.message_send_status, poll responses): read right the first time; a scheduled message is the
 * ordinary send with `org.matrix.msc4140.delay` in the query string, held now.
 * Second batch (matrix/r13b-*; famedly/matrix-dart-sdk's replies as FluffyChat sends them, mautrix/go
 * puppets with `ts`): a reply that still carries the rich-reply fallback (`> <@user:server> …` lines, then
 * a blank line, at the start of `body`) is read without it, as the spec tells clients to strip it; only on
 * a reply (`m.in_reply_to`) and only that shape, so a quote typed by hand stays.
 * Its review (matrix/r13rev-*): only when the event marks the lines as a fallback (`formatted_body` starting
 * `<mx-reply>`, or no `formatted_body` and the quoted sender in `m.mentions`), and only a Matrix user id
 * (`<@localpart:server>`) as the quoted sender: a log pasted into a reply is the sender's words and is kept.
 */
import { at, isRecord, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const SEND_PATH = /^\/_matrix\/client\/(?:v3|r0|unstable)\/rooms\/[^/]+\/send\/([^/]+)(?:\/[^/]+)?\/?$/;

function eventType(ctx: EndpointContext): string {
  const raw = SEND_PATH.exec(ctx.url.pathname)?.[1] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function messageText(content: unknown): string | undefined {
  const msgtype = str(at(content, 'msgtype'));
  const body = str(at(content, 'body'));
  if (msgtype === 'm.image' || msgtype === 'm.file' || msgtype === 'm.video' || msgtype === 'm.audio') {
    const filename = str(at(content, 'filename'));
    // Without a separate filename, `body` is the file's name: no words of the sender's.
    return filename !== undefined && body !== undefined && body !== filename ? body : '';
  }
  if (msgtype === 'm.location') return body ?? '';
  return body;
}

function pollText(content: unknown): string | undefined {
  const start = at(content, 'm.poll') ?? at(content, 'org.matrix.msc3381.poll.start');
  if (!isRecord(start)) return undefined;
  const question = str(at(start, 'question', 'body')) ?? str(at(start, 'question', 'm.text')) ?? str(at(start, 'question', 'org.matrix.msc1767.text'));
  const answers = at(start, 'answers');
  const texts = Array.isArray(answers)
    ? answers.slice(0, 20).map((a) => str(at(a, 'm.text')) ?? str(at(a, 'org.matrix.msc1767.text')) ?? str(at(a, 'body'))).filter((t): t is string => t !== undefined)
    : [];
  return [question ?? '', ...texts].filter((t) => t !== '').join('\n');
}

function parseSend(ctx: EndpointContext): EndpointResult {
  const type = eventType(ctx);
  const isMessage = type === 'm.room.message';
  const isPoll = type === 'm.poll.start' || type === 'org.matrix.msc3381.poll.start';
  if (type === 'm.room.encrypted') {
    return { post: true, kind: 'message', text: null, textUnknownBecause: 'the message is end-to-end encrypted before it leaves the page' };
  }
  if (!isMessage && !isPoll && type !== 'm.sticker') return { post: false };
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const content = ctx.body.value;
  if (type === 'm.sticker') return { post: true, kind: 'message', text: '' };
  if (isPoll) return { post: true, kind: 'message', text: pollText(content) ?? null };
  const replaced = str(at(content, 'm.relates_to', 'rel_type')) === 'm.replace' ? at(content, 'm.new_content') : undefined;
  // The SDK's fallback sentence for clients without in-room verification: not the user's words.
  if (str(at(content, 'msgtype')) === 'm.key.verification.request') return { post: false };
  const text = messageText(replaced ?? content);
  const replyTo = replaced === undefined ? nonEmpty(at(content, 'm.relates_to', 'm.in_reply_to', 'event_id')) : undefined;
  return { post: true, kind: 'message', text: text !== undefined && replyTo !== undefined ? withoutReplyFallback(text, content) : (text ?? null) };
}

/**
 * A rich reply's fallback (older clients and SDKs still send it, famedly/matrix-dart-sdk for one): the quoted
 * message as `> ` lines at the start of `body`, the first naming its sender (`> <@user:server> …`, or
 * `> * <@user:server> …` for an emote), then a blank line, then the reply. The spec tells clients to strip it: the
 * quote is shown as the message replied to, not as the sender's words. Only on a reply, and only when the event
 * says the lines are a fallback: its `formatted_body` starts with `<mx-reply>` (every sender of HTML fallbacks
 * wraps them so), or, with no `formatted_body`, the quoted sender is in `m.mentions` (the spec has a reply
 * mention the replied-to event's sender). A person's own pasted `> <@bob:server> …` log on a reply sent
 * without a fallback (Element since MSC2781, rendered as a `<blockquote>`) goes out to the room and stays on
 * the sheet (round r13's review).
 */
const REPLY_FALLBACK = /^> (?:\* )?<(@[^:\s>]{1,255}:[^\s>]{1,255})> [^\n]*\n(?:>[^\n]*\n)*\n/;
function withoutReplyFallback(body: string, content: unknown): string {
  const m = REPLY_FALLBACK.exec(body);
  if (m === null) return body;
  const formatted = str(at(content, 'formatted_body'));
  const mentioned = at(content, 'm.mentions', 'user_ids');
  const marked = formatted !== undefined ? /^\s*<mx-reply>/i.test(formatted) : Array.isArray(mentioned) && mentioned.includes(m[1]);
  return marked ? body.slice(m[0].length) : body;
}

/** Homeservers whose client API is served under another name than the service people know. */
const HOMESERVER_SITES: ReadonlyMap<string, string> = new Map([['matrix.redditspace.com', 'reddit.com'], ['gitter.ems.host', 'gitter.im']]);

export const matrix: SiteAdapter = {
  id: 'matrix',
  hosts: null,
  // Reddit Chat runs on Reddit's own homeserver: its messages are Reddit's (server name reddit.com). Gitter runs on
  // Element's hosted homeserver gitter.ems.host for rooms on gitter.im (round d2): its messages are Gitter's.
  siteFor: (host) => HOMESERVER_SITES.get(host) ?? host.replace(/^www\./, ''),
  endpoints: [
    { name: 'matrix.room.send', methods: ['PUT', 'POST'], path: SEND_PATH, parse: parseSend },
    {
      name: 'matrix.room.redact',
      methods: ['PUT', 'POST'],
      path: /^\/_matrix\/client\/(?:v3|r0|unstable)\/rooms\/[^/]+\/redact\/[^/]+(?:\/[^/]+)?\/?$/,
      parse: () => ({ post: false }),
      publishes: false,
    },
    {
      // Room state (topic, name, pinned events…) and reports to the server's admins: not messages.
      name: 'matrix.room.state-or-report',
      methods: ['PUT', 'POST'],
      path: /^\/_matrix\/client\/(?:v3|r0|unstable)\/rooms\/[^/]+\/(?:state\/[^/]+(?:\/[^/]*)?|report\/[^/]+)\/?$/,
      parse: () => ({ post: false }),
      publishes: false,
    },
    {
      // Element's bug reports (rageshakes): the person's description and logs go to the app's developers, never to a room.
      name: 'matrix.element.bug-report',
      methods: ['POST', 'PUT'],
      host: /^(?:element\.io|rageshakes?\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/,
      path: /^\/(?:bugreports\/submit|api\/submit)\/?$/,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
    {
      // One's own profile (display name, avatar) and account data: settings, not messages.
      name: 'matrix.profile',
      methods: ['PUT', 'POST'],
      path: /^\/_matrix\/client\/(?:v3|r0|unstable)\/(?:profile\/[^/]+\/(?:displayname|avatar_url|[\w.-]{1,100})|user\/[^/]+\/(?:rooms\/[^/]+\/)?account_data\/[^/]+)\/?$/,
      parse: () => ({ post: false }),
      publishes: false,
    },
  ],
};

