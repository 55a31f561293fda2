/**
 * Nextcloud Talk (spreed), on any Nextcloud server (a company's or a
 * family's own host, perhaps under a sub-path such as /nextcloud), from the
 * web app or any client of its OCS API.
 *
 * Request shapes, from the Talk API documentation (nextcloud/spreed
 * docs/chat.md, docs/poll.md) and the generated Dart client
 * (pub.dev nextcloud spreed ChatClient.sendMessage, PollClient), under
 * /ocs/v2.php/apps/spreed/api/v1 (or /ocs/v1.php), as JSON, a form or the
 * query string:
 * - POST /chat/{token} `{ message, actorDisplayName?, referenceId?,
 *   replyTo?, silent? }`: a chat message; a `replyTo` other than 0 makes it
 *   a reply. PUT /chat/{token}/{messageId} `{ message }`: an edit. Bots
 *   post the same fields to POST /bot/{token}/message (docs/bots.md).
 * - POST /poll/{token} `{ question, options[], resultMode, maxVotes,
 *   draft? }`: a poll, published as its question and answers (a draft poll,
 *   Talk 20, is kept for later: not a post).
 * - A file shared into a conversation with a caption: POST
 *   /ocs/v2.php/apps/files_sharing/api/v1/shares with `shareType` 10 (a
 *   Talk room) and `talkMetaData` (JSON: `caption`, `replyTo`), the caption
 *   published under the file.
 * Not posts: POST /chat/{token}/read (read marker), POST
 *   /reaction/{token}/{messageId}, a conversation's description (PUT
 *   /api/v4/room/{token}/description, docs/conversation.md: a setting), and
 *   the user status line (PUT
 *   /ocs/v2.php/apps/user_status/api/v1/user_status/message/custom
 *   `{ message, statusIcon, clearAt }`: claimed here as not a post, as the
 *   heuristic would read it as prose). A body without Talk's fields is left
 *   to the other adapters and the heuristic.
 *
 * Recheck round r6 (nc-talk as vendored by matterbridge, which puts
 * `message`, `actorDisplayName` and `replyTo=0` in the query string of a
 * body-less POST; Apprise; Talk for Android's form-encoded sends and edits):
 * a conversation renamed (PUT room/{token} `roomName`) is a setting.
 *
 * Round r8b (the Talk web client's messagesService, Talk for iOS's form
 * sends, the OCS v1 root; the server's dav OutOfOfficeController): an
 * absence set with a message (POST /ocs/v2.php/apps/dav/api/v1/outOfOffice/
 * {userId} `firstDay`, `lastDay`, `status`, `message`), shown in Talk beside
 * one's name, is a status, not a post. Poll votes and uploads before a share
 * were read right before it.
 *
 * Round r13 (nextcloud-talk/r13-*; cloud-py-api/nc_py_api's send_message on the OCS v1 root;
 * docs/chat.md's rich-object share and chat summary; docs/ban.md): a ban with an `internalNote` for the
 * moderators (POST …/ban/{token}) is claimed as not a post; a Deck card shared as a rich object and the
 * assistant's summary request were already not posts.
 */
import { asJson, at, idOf, isRecord, param, paramAll, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

/** A reply when `replyTo` names a message (0 or absent does not). */
function kindOf(replyTo: unknown): PostKind {
  const id = idOf(replyTo);
  return id !== undefined && id !== '0' ? 'reply' : 'message';
}

function parseChat(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  const message = str(param(ctx, 'message'));
  if (message === undefined) return NOT_MINE;
  return { post: true, kind: kindOf(param(ctx, 'replyTo')), text: message };
}

function truthy(v: unknown): boolean {
  return v === true || v === 'true' || v === '1' || v === 1;
}

function parsePoll(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  const question = str(param(ctx, 'question'));
  if (question === undefined) return NOT_MINE;
  if (truthy(param(ctx, 'draft'))) return { post: false };
  // A JSON array (or one encoded in a string), else every `options[]` (or `options`) of a form or query string.
  const raw = asJson(param(ctx, 'options'));
  const options = Array.isArray(raw)
    ? raw.slice(0, 50).filter((o): o is string => typeof o === 'string')
    : paramAll(ctx, raw === undefined ? 'options[]' : 'options').slice(0, 50);
  return { post: true, kind: 'message', text: [question, ...options].filter((t) => t.trim() !== '').join('\n') };
}

/** Talk's room share type in the files_sharing API. */
const ROOM_SHARE = '10';

function parseShare(ctx: EndpointContext): EndpointResult {
  if (idOf(param(ctx, 'shareType')) !== ROOM_SHARE) return NOT_MINE;
  const meta = asJson(param(ctx, 'talkMetaData'));
  const caption = isRecord(meta) ? str(at(meta, 'caption')) : undefined;
  // A file shared without a caption is still a message in the conversation, its words ''.
  return { post: true, kind: kindOf(isRecord(meta) ? meta['replyTo'] : undefined), text: caption ?? '' };
}

function parseStatusMessage(ctx: EndpointContext): EndpointResult {
  return param(ctx, 'message') !== undefined || param(ctx, 'statusIcon') !== undefined ? { post: false } : NOT_MINE;
}

/** Nextcloud may live under one sub-path of its host (https://example.org/nextcloud/ocs/…). */
const OCS = '^(?:\\/[\\w.-]{1,64})?\\/ocs\\/v[12]\\.php';
const SPREED = `${OCS}\\/apps\\/spreed\\/api\\/v\\d`;
const TOKEN = '[A-Za-z0-9]{1,64}';

export const nextcloudTalk: SiteAdapter = {
  id: 'nextcloud-talk',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'nextcloud-talk.chat.send', methods: ['POST'], path: new RegExp(`${SPREED}\\/chat\\/${TOKEN}\\/?$`), parse: parseChat },
    { name: 'nextcloud-talk.chat.edit', methods: ['PUT'], path: new RegExp(`${SPREED}\\/chat\\/${TOKEN}\\/\\d{1,20}\\/?$`), parse: parseChat },
    { name: 'nextcloud-talk.bot.message', methods: ['POST'], path: new RegExp(`${SPREED}\\/bot\\/${TOKEN}\\/message\\/?$`), parse: parseChat },
    { name: 'nextcloud-talk.poll.create', methods: ['POST'], path: new RegExp(`${SPREED}\\/poll\\/${TOKEN}\\/?$`), parse: parsePoll },
    { name: 'nextcloud-talk.share', methods: ['POST'], path: new RegExp(`${OCS}\\/apps\\/files_sharing\\/api\\/v1\\/shares\\/?$`), parse: parseShare },
    {
      name: 'nextcloud-talk.room.rename',
      methods: ['PUT'],
      path: new RegExp(`${SPREED}\\/room\\/${TOKEN}\\/?$`),
      parse: (ctx) => (param(ctx, 'roomName') !== undefined ? { post: false } : NOT_MINE),
      publishes: false,
    },
    {
      name: 'nextcloud-talk.room.description',
      methods: ['PUT'],
      path: new RegExp(`${SPREED}\\/room\\/${TOKEN}\\/description\\/?$`),
      parse: (ctx) => (param(ctx, 'description') !== undefined ? { post: false } : NOT_MINE),
      publishes: false,
    },
    {
      // A ban (Talk 20, docs/ban.md: `actorType`, `actorId`, `internalNote`): the note is for the moderators only.
      name: 'nextcloud-talk.ban',
      methods: ['POST'],
      path: new RegExp(`${SPREED}\\/ban\\/${TOKEN}\\/?$`),
      parse: (ctx) => (param(ctx, 'actorId') !== undefined || param(ctx, 'internalNote') !== undefined ? { post: false } : NOT_MINE),
      publishes: false,
    },
    {
      name: 'nextcloud.user_status.message',
      methods: ['PUT'],
      path: new RegExp(`${OCS}\\/apps\\/user_status\\/api\\/v1\\/user_status\\/message\\/(?:custom|predefined)\\/?$`),
      parse: parseStatusMessage,
      publishes: false,
    },
    {
      // An absence (the dav app's out-of-office: `firstDay`, `lastDay`, `status`, `message`), shown in Talk beside
      // one's name and as an automatic answer: a status, not a post.
      name: 'nextcloud.out_of_office',
      methods: ['POST'],
      path: new RegExp(`${OCS}\\/apps\\/dav\\/api\\/v1\\/outOfOffice\\/[^/]{1,200}\\/?$`),
      parse: (ctx) => (param(ctx, 'firstDay') !== undefined || param(ctx, 'lastDay') !== undefined ? { post: false } : NOT_MINE),
      publishes: false,
    },
  ],
};
