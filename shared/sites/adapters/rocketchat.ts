/**
 * Rocket.Chat, any server (open.rocket.chat, a self-hosted workspace on a
 * company's own host, also under a sub-path of it), from the web and desktop app or any REST client.
 *
 * Request shapes:
 * - The web client calls Meteor methods over HTTP ("DDP over REST"): POST
 *   /api/v1/method.call/{method} (method.callAnon for guests) with
 *   `{ message: "<JSON of { msg: 'method', id, method, params }>" }`
 *   (RocketChat/Rocket.Chat apps/meteor tests' methodCall(),
 *   Rocket.Chat.ReactNative methodCallWrapper, ddp-client
 *   parseMeteorRequestArguments). `sendMessage` and `updateMessage` take the
 *   message as their first parameter, `{ _id, rid, msg, tmid? }`
 *   (developer.rocket.chat send-message-realtime); `sendMessageLivechat`
 *   the same with the visitor's token. `sendFileMessage` (roomId, store,
 *   file, `{ msg, description, tmid }`: apps/meteor
 *   app/file-upload/server/methods/sendFileMessage.ts) sends a file with
 *   words; `createDiscussion` (`{ prid, pmid, t_name, reply }`:
 *   app/discussion/server/methods/createDiscussion.ts) opens a discussion
 *   with its name and first message. Methods known to publish nothing
 *   (reactions, read marks, history, searches, stars, pins, deletions: see
 *   QUIET_METHODS) are not posts; any other method is left to the heuristic,
 *   as its parameters may hold words.
 * - REST (developer.rocket.chat/apidocs: Post Message, Send Message, Update
 *   Message, Create Discussion; JSON, forms from some clients):
 *   POST /api/v1/chat.sendMessage `{ message: { rid, msg, tmid? } }`;
 *   chat.postMessage `{ roomId | channel, text, alias?, attachments? }`;
 *   chat.update `{ roomId, msgId, text }`; rooms.createDiscussion
 *   `{ prid, t_name, reply? }` (a new discussion and its first message);
 *   livechat/message `{ token, rid, msg }` (a site's chat widget); a file
 *   sent with words: POST /api/v1/rooms.mediaConfirm/{rid}/{fileId} `{ msg,
 *   description?, tmid? }` after the upload to rooms.media/{rid}
 *   (developer.rocket.chat "Confirm Uploaded File"), or the older one-step
 *   multipart POST /api/v1/rooms.upload/{rid} (`file`, `msg`, `description`,
 *   `tmid`; "Upload File to a Room"). The words are the message and the
 *   file's description; a file without words is a message of ''.
 * - Incoming webhooks: POST /hooks/{integrationId}/{token} with Slack-style
 *   `{ text, alias?, emoji?, attachments? }` (docs.rocket.chat
 *   "Integrations: Incoming WebHook"): a message.
 * Attachments (`attachments`, Slack's legacy shape: title, text, fields;
 * developer.rocket.chat "Post Message" attachments) are shown under the
 * message: their words are read after it.
 * A `tmid` names the thread: a reply. A message of an end-to-end encrypted
 * room (`t: 'e2e'` with ciphertext in `msg`, or `content: { algorithm,
 * ciphertext }` in later versions; Rocket.Chat apps/meteor client/lib/e2ee)
 * is held with its text unknown. Everything else is a chat message.
 * Not posts: chat.react, subscriptions.read, chat.starMessage,
 * chat.reportMessage (the heuristic skips report methods), and
 * users.setStatus and users.updateOwnBasicInfo (a status line, a profile's
 * `bio` and `statusText`: claimed here as not posts, as the heuristic would
 * read them as prose). A body without Rocket.Chat's
 * fields is left to the other adapters and the heuristic.
 *
 * What it cannot see (round ws1): the web client sends methods over REST
 * only while the server's `API_Use_REST_For_DDP_Calls` setting is on (its
 * default; apps/meteor ddpOverREST.ts, and the current client wraps every
 * method but login-resume, logout, setUserStatus, UserPresence:* and
 * stream-* unconditionally). With it off, on older servers, `sendMessage`
 * and the rest go as DDP `method` frames on the page's `/websocket` (or
 * SockJS) socket, which the guard never reads; no host names a Rocket.Chat
 * server, and `/websocket` is every Meteor app's path, so it is not
 * reported either. Typing (`stream-notify-room`) always goes on the socket.
 *
 * Recheck round r4 (a Rocket.Chat import script in the code index;
 * developer.rocket.chat channels.setTopic / setDescription / setPurpose and
 * their groups.* twins): a room's topic, description or purpose is a
 * setting, not a message; claimed so that the heuristic does not read it
 * as prose (a body with a `roomId` or `roomName`).
 *
 * Recheck round r6 (jadolg/rocketchat_API; Rocket.Chat.Go.SDK as vendored by
 * matterbridge; Apprise): chat.postMessage with a `tmid` among its fields is
 * a reply in that thread, as chat.sendMessage's is; a room's announcement
 * (channels.setAnnouncement, groups.setAnnouncement) is a setting like its
 * topic.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md):
 * method.call pinMessage and starMessage (which carry the whole message with
 * its words), followMessage, saveNotificationSettings, spotlight,
 * UserPresence:away, and REST subscriptions.read: not posts; updateMessage: a
 * post. All were read as expected the first time; nothing changed here.
 *
 * Round sm1 (short chat messages, UNKNOWN-SITES.md): a one-word
 * chat.sendMessage (`msg: ok`, developer.rocket.chat) is read and chat.react is
 * not; both passed the first time, nothing changed here.
 *
 * Round r13 (rocketchat/r13-*; RocketChat/Rocket.Chat.ReactNative's sendMessage, quotes, pins and
 * deletes; developer.rocket.chat integrations.create): a quote or a forward with a comment starts `msg`
 * with one blank-label permalink per quoted message (`[ ](…?msg={id}) words`), shown as the quoted
 * message's card: the words are read after them (a labelled link the sender typed is kept). An
 * integration created or updated (`type: 'webhook-…'`, with a name, alias and channel) is a setting,
 * claimed as not a post.
 * Its review (rocketchat/r13rev-*): only permalinks to the host called, or relative ones, are taken for
 * quote cards; a blank-label link elsewhere is kept. A quote or forward with no comment reads as '' (the
 * sender wrote no words; the card is shown in the room).
 */
import { asJson, at, field, isRecord, isStructured, nonEmpty, str, underSubPath } from '../body';
import { legacyAttachmentsText, withAttachments } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };
const UNREADABLE: EndpointResult = { post: true, kind: 'message', text: null };

function unreadable(ctx: EndpointContext): boolean {
  return ctx.body.type === 'unreadable';
}

/**
 * A quote or a forward with a comment: the clients put each quoted message's permalink first, as a
 * markdown link with a blank label (`[ ](https://host/channel/general?msg={id}) words`), which Rocket.Chat
 * shows as the quoted message's card, not as words (round r13: Rocket.Chat.ReactNative and the web client).
 * Only its own server's permalinks become cards: a link to the host the request goes to, or a relative one;
 * a blank-label link to another site stays a clickable link whose URL goes out, and is kept (round r13's
 * review). A server whose Site_Url names another host keeps its quote links shown, the safe direction.
 */
const QUOTE_LINK = /^\[\s*\]\(([^\s)]{0,2000}[?&]msg=[^)\s]{1,200})\)\s*/;
function withoutQuoteLinks(msg: string | undefined, host: string): string | undefined {
  if (msg === undefined) return undefined;
  let rest = msg;
  for (let i = 0; i < 50; i++) {
    const m = QUOTE_LINK.exec(rest);
    if (m === null || !ownPermalink(m[1]!, host)) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}
function ownPermalink(target: string, host: string): boolean {
  if (/^\/(?!\/)/.test(target)) return true;
  try {
    return new URL(target).hostname.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/** A message object (`{ rid, msg, tmid }`): its words, and a reply when it names a thread. */
function fromMessage(message: unknown, host: string): EndpointResult {
  if (!isRecord(message) || nonEmpty(message['rid']) === undefined) return NOT_MINE;
  const kind: PostKind = nonEmpty(message['tmid']) ? 'reply' : 'message';
  // End-to-end encrypted rooms send ciphertext in `msg` (t: 'e2e') or in `content` (algorithm, ciphertext).
  if (message['t'] === 'e2e' || isRecord(message['content'])) {
    return { post: true, kind, text: null, textUnknownBecause: 'the message is end-to-end encrypted before it leaves the page' };
  }
  const msg = withAttachments(withoutQuoteLinks(str(message['msg']), host), legacyAttachmentsText(message['attachments']));
  // Attachments or a file without words: still a message, its own words ''.
  return { post: true, kind, text: msg ?? (message['attachments'] !== undefined || message['file'] !== undefined ? '' : null) };
}

/** The words of a discussion: its name, then its first message. */
function discussionText(name: unknown, reply: unknown): string {
  return [str(name), str(reply)].filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

/** A file's message and description (`{ msg, description, tmid }`), published with it. */
function fileText(msg: unknown, description: unknown): string {
  return [str(msg), str(description)].filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

/**
 * DDP over REST: the method call is a JSON string in `message`. sendMessage,
 * updateMessage and sendMessageLivechat take the message first;
 * sendFileMessage its words fourth; createDiscussion the discussion first.
 */
function parseMethodCall(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body) || typeof field(ctx.body, 'message') !== 'string') return NOT_MINE;
  const call = asJson(field(ctx.body, 'message'));
  if (!isRecord(call)) return { post: true, kind: 'message', text: null };
  const method = /\/([^/]{1,100})\/?$/.exec(ctx.url.pathname)?.[1];
  if (method === 'sendFileMessage') {
    const data = at(call, 'params', 3);
    if (nonEmpty(at(call, 'params', 0)) === undefined) return NOT_MINE;
    return { post: true, kind: nonEmpty(at(data, 'tmid')) ? 'reply' : 'message', text: fileText(at(data, 'msg'), at(data, 'description')) };
  }
  if (method === 'createDiscussion') {
    const discussion = at(call, 'params', 0);
    if (nonEmpty(at(discussion, 'prid')) === undefined) return NOT_MINE;
    return { post: true, kind: 'message', text: discussionText(at(discussion, 't_name'), at(discussion, 'reply')) };
  }
  return fromMessage(at(call, 'params', 0), ctx.url.hostname);
}

/**
 * Meteor methods the web client calls that publish nothing (apps/meteor
 * server/methods and the apps' server/methods: reactions, read marks, history
 * and searches, stars, pins, deletions, typing, room settings reads).
 */
const QUIET_METHODS = new Set([
  'setReaction',
  'readMessages',
  'readThreads',
  'unreadMessages',
  'loadHistory',
  'loadNextMessages',
  'loadSurroundingMessages',
  'loadMissedMessages',
  'messageSearch',
  'getMessages',
  'getSingleMessage',
  'getThreadMessages',
  'getThreadsList',
  'getReadReceipts',
  'getUsersOfRoom',
  'getRoomRoles',
  'starMessage',
  'pinMessage',
  'unpinMessage',
  'deleteMessage',
  'followMessage',
  'unfollowMessage',
  'openRoom',
  'hideRoom',
  'toggleFavorite',
  'spotlight',
  'listCustomUserStatus',
  'UserPresence:online',
  'UserPresence:away',
  'UserPresence:setDefaultStatus',
]);

/** Another method called over REST: not a post when it is known to publish nothing; otherwise the heuristic looks. */
function parseOtherMethod(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) || typeof field(ctx.body, 'message') !== 'string') return NOT_MINE;
  const method = /\/([^/]{1,100})\/?$/.exec(ctx.url.pathname)?.[1];
  return method !== undefined && QUIET_METHODS.has(decodeURIComponentSafe(method)) ? { post: false } : NOT_MINE;
}

/** A method name from the path (`UserPresence%3Aaway`), or the raw segment when its escapes are malformed. */
function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parseSendMessage(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body)) return NOT_MINE;
  return fromMessage(asJson(field(ctx.body, 'message')), ctx.url.hostname);
}

function parsePostMessage(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body)) return NOT_MINE;
  if (nonEmpty(field(ctx.body, 'roomId')) === undefined && nonEmpty(field(ctx.body, 'channel')) === undefined) return NOT_MINE;
  const text = withAttachments(str(field(ctx.body, 'text')), legacyAttachmentsText(field(ctx.body, 'attachments')));
  // Attachments without words: still a message, its own words ''.
  const kind: PostKind = nonEmpty(field(ctx.body, 'tmid')) !== undefined ? 'reply' : 'message';
  return { post: true, kind, text: text ?? (field(ctx.body, 'attachments') !== undefined ? '' : null) };
}

function parseUpdate(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body) || nonEmpty(field(ctx.body, 'msgId')) === undefined) return NOT_MINE;
  return { post: true, kind: 'message', text: str(field(ctx.body, 'text')) ?? null };
}

/** A new discussion: its name and first message are both published. */
function parseDiscussion(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body) || nonEmpty(field(ctx.body, 'prid')) === undefined) return NOT_MINE;
  return { post: true, kind: 'message', text: discussionText(field(ctx.body, 't_name'), field(ctx.body, 'reply')) };
}

function parseLivechat(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body) || nonEmpty(field(ctx.body, 'token')) === undefined) return NOT_MINE;
  return { post: true, kind: 'message', text: str(field(ctx.body, 'msg')) ?? null };
}

/** A file sent to a room: its message and description are published with it. */
function parseFileMessage(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return NOT_MINE;
  return { post: true, kind: nonEmpty(field(ctx.body, 'tmid')) ? 'reply' : 'message', text: fileText(field(ctx.body, 'msg'), field(ctx.body, 'description')) };
}

function parseWebhook(ctx: EndpointContext): EndpointResult {
  if (unreadable(ctx)) return UNREADABLE;
  if (!isStructured(ctx.body)) return NOT_MINE;
  const payload = ctx.body.type === 'json' ? ctx.body.value : asJson(field(ctx.body, 'payload'));
  if (!isRecord(payload)) return NOT_MINE;
  const text = withAttachments(str(payload['text']), legacyAttachmentsText(payload['attachments']));
  if (text !== undefined) return { post: true, kind: 'message', text };
  return payload['attachments'] !== undefined ? { post: true, kind: 'message', text: '' } : NOT_MINE;
}

/** One's own profile (`{ data: { name, bio, statusText, … } }`): not a post. */
function parseProfile(ctx: EndpointContext): EndpointResult {
  return isRecord(asJson(field(ctx.body, 'data'))) ? { post: false } : NOT_MINE;
}

/** A status line (`{ message, status }`): shown next to one's name, not a post. */
function parseSetStatus(ctx: EndpointContext): EndpointResult {
  return field(ctx.body, 'status') !== undefined || field(ctx.body, 'message') !== undefined ? { post: false } : NOT_MINE;
}

/** An integration's settings (`type: 'webhook-incoming' | 'webhook-outgoing'`): not a post. */
function parseIntegration(ctx: EndpointContext): EndpointResult {
  return /^webhook-/.test(str(field(ctx.body, 'type')) ?? '') ? { post: false } : NOT_MINE;
}

/** A room's topic, description or purpose: not a post. */
function parseRoomSetting(ctx: EndpointContext): EndpointResult {
  return field(ctx.body, 'roomId') !== undefined || field(ctx.body, 'roomName') !== undefined ? { post: false } : NOT_MINE;
}

const METHOD = '^\\/api\\/v1\\/method\\.call(?:Anon)?\\/';

export const rocketchat: SiteAdapter = {
  id: 'rocketchat',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    {
      name: 'rocketchat.method.send',
      methods: ['POST'],
      path: underSubPath(new RegExp(`${METHOD}(?:sendMessage|updateMessage|sendMessageLivechat|sendFileMessage|createDiscussion)\\/?$`)),
      parse: parseMethodCall,
    },
    // Quiet methods (QUIET_METHODS) are not posts; any other answers notMine, so the heuristic looks at its words.
    { name: 'rocketchat.method.other', methods: ['POST'], path: underSubPath(new RegExp(`${METHOD}[^/]{1,100}\\/?$`)), parse: parseOtherMethod, publishes: false },
    { name: 'rocketchat.chat.sendMessage', methods: ['POST'], path: underSubPath(/^\/api\/v1\/chat\.sendMessage\/?$/), parse: parseSendMessage },
    { name: 'rocketchat.chat.postMessage', methods: ['POST'], path: underSubPath(/^\/api\/v1\/chat\.postMessage\/?$/), parse: parsePostMessage },
    { name: 'rocketchat.chat.update', methods: ['POST'], path: underSubPath(/^\/api\/v1\/chat\.update\/?$/), parse: parseUpdate },
    { name: 'rocketchat.rooms.createDiscussion', methods: ['POST'], path: underSubPath(/^\/api\/v1\/rooms\.createDiscussion\/?$/), parse: parseDiscussion },
    { name: 'rocketchat.rooms.mediaConfirm', methods: ['POST'], path: underSubPath(/^\/api\/v1\/rooms\.mediaConfirm\/[^/]{1,64}\/[^/]{1,64}\/?$/), parse: parseFileMessage },
    { name: 'rocketchat.rooms.upload', methods: ['POST'], path: underSubPath(/^\/api\/v1\/rooms\.upload\/[^/]{1,64}\/?$/), parse: parseFileMessage },
    { name: 'rocketchat.livechat.message', methods: ['POST'], path: underSubPath(/^\/api\/v1\/livechat\/message\/?$/), parse: parseLivechat },
    { name: 'rocketchat.hook', methods: ['POST'], path: underSubPath(/^\/hooks\/[A-Za-z0-9]{10,32}\/[A-Za-z0-9]{10,80}\/?$/), parse: parseWebhook },
    { name: 'rocketchat.users.updateOwnBasicInfo', methods: ['POST'], path: underSubPath(/^\/api\/v1\/users\.updateOwnBasicInfo\/?$/), parse: parseProfile, publishes: false },
    {
      name: 'rocketchat.room.settings',
      methods: ['POST'],
      path: underSubPath(/^\/api\/v1\/(?:channels|groups)\.set(?:Topic|Description|Purpose|Announcement)\/?$/),
      parse: parseRoomSetting,
      publishes: false,
    },
    // An integration (incoming or outgoing webhook) registered or changed: its name, alias and script are settings.
    { name: 'rocketchat.integrations', methods: ['POST', 'PUT'], path: underSubPath(/^\/api\/v1\/integrations\.(?:create|update)\/?$/), parse: parseIntegration, publishes: false },
    { name: 'rocketchat.users.setStatus', methods: ['POST'], path: underSubPath(/^\/api\/v1\/users\.setStatus\/?$/), parse: parseSetStatus, publishes: false },
  ],
};
