/**
 * Mattermost, any server (self-hosted on a company's own host, also under a
 * sub-path of it, or community.mattermost.com), whatever the client (the web and desktop app,
 * or another speaking API v4).
 *
 * Request shapes, from the web client's API client (mattermost/mattermost
 * webapp/platform/client/src/client4.ts: createPost, updatePost, patchPost,
 * createScheduledPost, upsertDraft, addReaction, viewMyChannel,
 * searchPostsWithParams, updateCustomStatus; mattermost-redux
 * actions/posts.ts, which sends the whole pending post) and the API reference
 * (developers.mattermost.com/api-documentation, "Posts"), all JSON:
 * - POST /api/v4/posts: `{ channel_id, message, root_id, file_ids, props,
 *   pending_post_id, user_id, create_at: 0, … }` from the web client, or just
 *   `{ channel_id, message }` from an API client (`?set_online=` in the query
 *   string). A non-empty `root_id` names the thread: a reply. Direct and group
 *   messages are posts to a DM channel: the request does not tell them apart.
 * - PUT /api/v4/posts/{post_id} (the whole post) and PUT
 *   /api/v4/posts/{post_id}/patch (`{ id, message }`, or only `is_pinned` /
 *   `props`, which change no words): edits.
 * - POST /api/v4/posts/schedule (and PUT …/schedule/{id}): a message the
 *   server sends at `scheduled_at`; held now, as the words leave now.
 * - POST /hooks/{hook_id}: an incoming webhook (developers.mattermost.com
 *   "Incoming webhooks": `{ text, channel?, username?, attachments? }` as
 *   JSON, or a form whose `payload` field holds that JSON), a message.
 * Attachments (Slack's legacy shape: pretext, title, text, fields; in a
 * post's `props.attachments`, at the top of a webhook's payload;
 * developers.mattermost.com "Message attachments") are shown under the
 * message: their words are read after it.
 * The web client's `user_id` in a new post is the poster: the account hint.
 * Not posts: POST /api/v4/drafts (saved as one types; the heuristic skips
 * draft paths), /reactions, /channels/members/{id}/view (read marks),
 * /teams/{id}/posts/search, /users/{id}/typing, /posts/ids (a fetch), and,
 * claimed here as not posts because the heuristic would read their prose:
 * PUT /users/{id}/status/custom (a status line's `text`) and PUT
 * /channels/{id}/patch (a channel's `header` or `purpose`: its settings;
 * client4.ts patchChannel). A body without
 * Mattermost's fields is left to the other adapters and the heuristic.
 *
 * Recheck round r4 (clients the rules had not cited): POST
 * /api/v4/posts/ephemeral `{ user_id, post: { channel_id, message } }`, a
 * post shown to one user in a channel (the API reference "Create a ephemeral
 * post"; the moderation bots and notification plugins in the code index,
 * cedricziel/mattermost-php). Words someone sends, if to one reader: a
 * message. `user_id` is its reader, not its sender: no account hint.
 *
 * Recheck round r6 (matterbridge's matterclient, Apprise's Mattermost
 * plugin, python-mattermost-driver, mattermost-redux executeCommand):
 * - slash commands, POST /api/v4/commands/execute `{ channel_id, command,
 *   root_id, parent_id, team_id }`: `/me`, `/shrug`, `/echo` and any
 *   integration's command send their words on (a reply with a `root_id`),
 *   `/msg` and `/groupmsg` as a message to someone; the text is the command
 *   line as typed. A command with nothing after its name, and the built-in
 *   commands that change a status, a setting or a membership (`/away`,
 *   `/header`, `/purpose`, `/rename`, `/join`, `/invite`, `/search`…), are
 *   not posts (review of r5 and r6: `/shrug` alone posts its shrug, `/msg`
 *   with no words and `/call` other than a titled start are not posts,
 *   `/remind @someone` or `~channel` is, like a scheduled post, and
 *   credential-like arguments are hidden in the line shown);
 * - a profile's fields, PUT /api/v4/users/{id}/patch (`position`,
 *   `nickname`, `first_name`…; python-mattermost-driver users.patch_user):
 *   not posts, claimed as the heuristic would read a position's prose.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md):
 * /api/v4/client_perf (the webapp's sendBeacon), /api/v4/logs, thread
 * following and read state, saved posts (flagged_post preferences), manual
 * status, command autocomplete suggestions (the words typed in the query
 * string) and a thread draft: not posts; the same words sent as a reply and a
 * patch edit: posts. All were read as expected the first time; nothing
 * changed here.
 *
 * Round sm1 (short chat messages, UNKNOWN-SITES.md): a three-letter post
 * (`message: lol`, developers.mattermost.com Create a post) is read and a
 * reaction is not; both passed the first time, nothing changed here.
 *
 * Round r13 (mattermost/r13-*; mattermost/mattermost-mobile's posts client: files with words, acks,
 * pins; client4.ts post reminders, channel bookmarks and createBot / patchBot; mmctl bot create): a bot
 * account registered or changed (POST /api/v4/bots, PUT /api/v4/bots/{id}: `username`, `display_name`,
 * `description`) is a profile, claimed as not a post; the rest was read right.
 * Second batch (mattermost/r13b-*; mattermost/mattermost-plugin-playbooks' client): a run's status update
 * (POST /plugins/playbooks/api/v0/runs/{id}/status with `message`) is a message into the run's channel,
 * which the heuristic held as a post; without a message it is left to the heuristic; checklist ticks are
 * not posts.
 */
import { asJson, at, field, isRecord, isStructured, nonEmpty, quietWhen, str, underSubPath } from '../body';
import { legacyAttachmentsText, withAttachments } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

function kindOf(ctx: EndpointContext): PostKind {
  return nonEmpty(field(ctx.body, 'root_id')) ? 'reply' : 'message';
}

/**
 * A new post, a scheduled one, or a whole-post update: `message` next to
 * `channel_id` (or the post's `id`). The `user_id` of a new post is its
 * poster; that of an updated post is its author, who may not be the one
 * editing it (an admin), so it is no hint there.
 */
function postParser(isNew: boolean) {
  return (ctx: EndpointContext): EndpointResult => {
    if (ctx.body.type !== 'json') return isStructured(ctx.body) || ctx.body.type === 'none' ? NOT_MINE : { post: true, kind: 'message', text: null };
    const channel = nonEmpty(field(ctx.body, 'channel_id')) ?? nonEmpty(field(ctx.body, 'id'));
    const message = str(field(ctx.body, 'message'));
    if (channel === undefined || message === undefined) return NOT_MINE;
    return { post: true, kind: kindOf(ctx), text: withPropsAttachments(ctx, message), accountHint: isNew ? nonEmpty(field(ctx.body, 'user_id')) : undefined };
  };
}

/** An ephemeral post: the post object sits under `post`, beside the one `user_id` who will see it. */
function parseEphemeral(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return isStructured(ctx.body) || ctx.body.type === 'none' ? NOT_MINE : { post: true, kind: 'message', text: null };
  const post = field(ctx.body, 'post');
  const channel = isRecord(post) ? nonEmpty(post['channel_id']) : undefined;
  const message = isRecord(post) ? str(post['message']) : undefined;
  if (channel === undefined || message === undefined) return NOT_MINE;
  return { post: true, kind: nonEmpty(isRecord(post) ? post['root_id'] : undefined) ? 'reply' : 'message', text: message };
}

/**
 * A Playbooks run's status update (mattermost-plugin-playbooks' updateRunStatus: `{ message, reminder,
 * finishRun? }`), posted into the run's channel and broadcast to the channels it names: a message.
 */
function parsePlaybooksStatus(ctx: EndpointContext): EndpointResult {
  const message = str(field(ctx.body, 'message'));
  return message === undefined ? NOT_MINE : { post: true, kind: 'message', text: message };
}

/** The message, then the words of the post's `props.attachments`. */
function withPropsAttachments(ctx: EndpointContext, message: string): string {
  return withAttachments(message, legacyAttachmentsText(at(field(ctx.body, 'props'), 'attachments')))!;
}

/** A partial update: only a new `message` says new words (pinning and props do not). */
function parsePatch(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return isStructured(ctx.body) || ctx.body.type === 'none' ? NOT_MINE : { post: true, kind: 'message', text: null };
  const message = str(field(ctx.body, 'message'));
  if (message !== undefined) return { post: true, kind: kindOf(ctx), text: withPropsAttachments(ctx, message) };
  // New attachments' words are new words too.
  const attachments = legacyAttachmentsText(at(field(ctx.body, 'props'), 'attachments'));
  if (attachments !== undefined && attachments !== '') return { post: true, kind: kindOf(ctx), text: attachments };
  return field(ctx.body, 'is_pinned') !== undefined || field(ctx.body, 'props') !== undefined || field(ctx.body, 'file_ids') !== undefined ? { post: false } : NOT_MINE;
}

/** An incoming webhook: Slack-style `text` and `attachments`, as JSON or inside a form's `payload`. */
function parseWebhook(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  if (!isStructured(ctx.body)) return NOT_MINE;
  const payload = ctx.body.type === 'json' ? ctx.body.value : asJson(field(ctx.body, 'payload'));
  if (!isRecord(payload)) return NOT_MINE;
  const text = withAttachments(str(payload['text']), legacyAttachmentsText(payload['attachments']));
  if (text !== undefined) return { post: true, kind: 'message', text };
  return payload['attachments'] !== undefined || payload['props'] !== undefined ? { post: true, kind: 'message', text: '' } : NOT_MINE;
}

/**
 * Commands whose words change a status, a setting, a membership or a view
 * and publish nothing: the built-in ones and those of the plugins Mattermost
 * ships (Jitsi, Calls, Recaps, the Marketplace, channel export).
 */
const NON_POSTING_COMMANDS = new Set([
  'away', 'online', 'offline', 'dnd', 'status', 'join', 'open', 'leave', 'kick', 'remove', 'invite', 'invite_people', 'header', 'purpose',
  'rename', 'mute', 'search', 'settings', 'help', 'logout', 'shortcuts', 'collapse', 'expand', 'expand_all', 'collapse_all', 'jitsi',
  'custom-status', 'recap', 'marketplace', 'export', 'archive', 'unarchive',
]);
/** Built-in commands that send their words to someone: a direct or group message. */
const MESSAGE_COMMANDS = new Set(['msg', 'groupmsg']);
/** What `/shrug` alone posts. */
const SHRUG = '¯\\_(ツ)_/¯';

/**
 * Arguments that look like credentials (`token=…`, `password=…`, `api_key=…`,
 * a Bearer token): the command line is shown with them hidden, since an
 * integration's set-up command (`/jira instance connect … token=…`) may carry
 * one and the text shown is kept and displayed.
 */
const SECRET_ARGUMENT = /\b((?:[a-z_-]*(?:token|secret|password|passwd|api[_-]?key|apikey))\s*[=:]\s*|bearer\s+)("[^"]*"|\S+)/gi;

function shownCommand(command: string): string {
  return command.replace(SECRET_ARGUMENT, '$1[hidden]');
}

/**
 * A slash command: its words are published unless the command only changes
 * something (see the header). `/msg @bob` and `/groupmsg @a, @b` with no words
 * after the names only open the conversation; `/remind` publishes later, and
 * to others only when aimed at `@someone` or `~channel` (`/remind me …` is a
 * note to oneself); `/call` publishes only a started call's title.
 */
function parseCommand(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  const command = str(field(ctx.body, 'command'));
  if (command === undefined || field(ctx.body, 'channel_id') === undefined) return NOT_MINE;
  const m = /^\s*\/([\w.-]{1,64})(?:\s+([\s\S]*))?$/.exec(command);
  if (!m) return NOT_MINE;
  const name = m[1]!.toLowerCase();
  const args = (m[2] ?? '').trim();
  const kind: PostKind = nonEmpty(field(ctx.body, 'root_id')) !== undefined ? 'reply' : 'message';
  if (name === 'shrug' && args === '') return { post: true, kind, text: SHRUG };
  if (args === '' || NON_POSTING_COMMANDS.has(name)) return { post: false };
  if (MESSAGE_COMMANDS.has(name)) {
    // The recipients (`@bob`, `@a, @b`) come first; without words after them nothing is sent.
    const words = args.replace(/^(?:@?[\w.-]+\s*,\s*)*@?[\w.-]+/, '').trim();
    return words === '' ? { post: false } : { post: true, kind: 'message', text: shownCommand(command) };
  }
  if (name === 'remind') return /^[@~]/.test(args) && !/^@me\b/i.test(args) ? { post: true, kind: 'message', text: shownCommand(command) } : { post: false };
  if (name === 'call') return /^start\s+\S/i.test(args) ? { post: true, kind, text: shownCommand(command) } : { post: false };
  return { post: true, kind, text: shownCommand(command) };
}

/** Mattermost ids: 26 lower-case letters and digits. */
const ID = '[a-z0-9]{26}';

export const mattermost: SiteAdapter = {
  id: 'mattermost',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'mattermost.post.create', methods: ['POST'], path: underSubPath(/^\/api\/v4\/posts\/?$/), parse: postParser(true) },
    { name: 'mattermost.playbooks.status', methods: ['POST'], path: underSubPath(new RegExp(`^\\/plugins\\/playbooks\\/api\\/v0\\/runs\\/${ID}\\/status\\/?$`)), parse: parsePlaybooksStatus },
    { name: 'mattermost.post.ephemeral', methods: ['POST'], path: underSubPath(/^\/api\/v4\/posts\/ephemeral\/?$/), parse: parseEphemeral },
    { name: 'mattermost.post.schedule', methods: ['POST', 'PUT'], path: underSubPath(new RegExp(`^\\/api\\/v4\\/posts\\/schedule(?:\\/${ID})?\\/?$`)), parse: postParser(true) },
    { name: 'mattermost.post.update', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/api\\/v4\\/posts\\/${ID}\\/?$`)), parse: postParser(false) },
    { name: 'mattermost.post.patch', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/api\\/v4\\/posts\\/${ID}\\/patch\\/?$`)), parse: parsePatch },
    { name: 'mattermost.hook', methods: ['POST'], path: underSubPath(new RegExp(`^\\/hooks\\/${ID}\\/?$`)), parse: parseWebhook },
    {
      // A channel's settings (`header`, `purpose`, `display_name`): not a post.
      name: 'mattermost.channel.patch',
      methods: ['PUT'],
      path: underSubPath(new RegExp(`^\\/api\\/v4\\/channels\\/${ID}\\/patch\\/?$`)),
      parse: quietWhen(['header', 'purpose', 'display_name', 'name']),
      publishes: false,
    },
    { name: 'mattermost.command.execute', methods: ['POST'], path: underSubPath(/^\/api\/v4\/commands\/execute\/?$/), parse: parseCommand },
    {
      // A profile's fields: not a post.
      name: 'mattermost.user.patch',
      methods: ['PUT'],
      path: underSubPath(new RegExp(`^\\/api\\/v4\\/users\\/(?:me|${ID})\\/patch\\/?$`)),
      parse: quietWhen(['position', 'nickname', 'first_name', 'last_name', 'username', 'props', 'notify_props', 'locale', 'timezone']),
      publishes: false,
    },
    {
      // A bot account registered or changed (`{ username, display_name, description }`, client4 createBot /
      // patchBot, mmctl bot create): a profile, not a post (round r13).
      name: 'mattermost.bot',
      methods: ['POST', 'PUT'],
      path: underSubPath(new RegExp(`^\\/api\\/v4\\/bots(?:\\/${ID})?\\/?$`)),
      parse: quietWhen(['username', 'display_name', 'description']),
      publishes: false,
    },
    {
      // A custom status line (`{ emoji, text, duration }`): seen by others, but not a post.
      name: 'mattermost.status.custom',
      methods: ['PUT'],
      path: underSubPath(/^\/api\/v4\/users\/[a-z0-9]{1,26}\/status\/custom\/?$/),
      parse: quietWhen(['text', 'emoji']),
      publishes: false,
    },
  ],
};
