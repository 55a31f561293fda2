/**
 * Discourse, any forum (meta.discourse.org, a community's or company's own
 * host, also a subfolder install such as example.org/forum), from the web
 * client or API clients, and its chat.
 *
 * Request shapes:
 * - The web composer (discourse/discourse app/assets/javascripts/discourse/app/
 *   models/composer.js `_create_serializer`, adapters/post.js createRecord)
 *   sends POST /posts as a form: `raw`, and `title`, `category`, `archetype`,
 *   `target_recipients` for a new topic or personal message, `topic_id` and
 *   `reply_to_post_number` for a reply, with `nested_post`, `draft_key` and
 *   the composer's timings. API clients send the same fields as JSON to
 *   /posts.json (docs.discourse.org "Creates a new topic, a new post, or a
 *   private message"). A new topic publishes its title and its body; a
 *   personal message (`archetype: private_message` or `target_recipients`)
 *   is a message; anything in an existing topic is a reply.
 * - Edits: PUT /posts/{id} with the fields under `post[…]` (composer.js
 *   `_update_serializer`, adapters/rest.js update) or `{ post: { raw,
 *   edit_reason } }` as JSON on /posts/{id}.json; PUT /t/{slug}/{id} with a
 *   new `title` (models/topic.js update; a category or tags alone say nothing).
 * - Flags (models/action-summary.js act: POST /post_actions `id`,
 *   `post_action_type_id`, `message`): type 6 (notify_user) sends its
 *   message to the post's author as a personal message; every other type is
 *   a like or a report to staff, not a post.
 * - Chat (plugins/chat/assets/javascripts/discourse/services/chat-api.js):
 *   POST /chat/{channel_id} `{ message, staged_id, upload_ids, thread_id?,
 *   in_reply_to_id? }` (a thread or a replied-to message: a reply), as JSON
 *   or as the web client's form; edits PUT /chat/{channel_id}/edit/{message_id}
 *   `{ new_message }` in older versions, PUT /chat/api/channels/{id}/messages/{id}
 *   `{ message }` in later ones. Checked in recheck round r6 against
 *   plugins/chat/config/routes.rb: sending has no /chat/api path (the route
 *   recalled earlier, POST /chat/api/channels/{id}/messages, does not exist
 *   and was dropped). Topic renames also come as
 *   PUT /t/-/{id}.json or /t/{id}.json from API clients, the fields nested
 *   under `topic` (docs.discourse.org "Update a topic"). `/t/{id}` is a
 *   common path: a rename is Discourse's only with the `.json` suffix or a
 *   Discourse field beside the title (`category_id`, `tags`,
 *   `featured_link`, which the composer sends with it); a task tracker's
 *   `{ title }` is left to the heuristic.
 * Recheck round r6 (discourse/discourse_api, bennylope/pydiscourse, and the
 * chat plugin's routes.rb and incoming_webhooks_controller.rb):
 * - chat incoming webhooks, POST /chat/hooks/{key} `{ text }` and the
 *   Slack-compatible /chat/hooks/{key}/slack (`text`, or Slack's legacy
 *   `attachments`, also inside a `payload` JSON string): a chat message
 *   (review of r5 and r6: also at `{key}.json`, with `text` in the query
 *   string, and of the attachments only the first one's `fallback`, which
 *   is all Discourse posts);
 * - pydiscourse's update_topic sends PUT /t/{slug}/{id} with only `title`:
 *   a path with a slug (not `-`, not a number) is Discourse's topic URL, so
 *   it renames the topic with or without `.json` (since the review of r5
 *   and r6: a bare title there only as a form or with `Api-Key`);
 * - chat channel settings, POST /chat/api/channels `{ channel: { name,
 *   description } }` and PUT /chat/api/channels/{id} (as JSON or the form's
 *   `channel[…]`): not posts;
 * - chat flags (POST /chat/api/channels/{id}/messages/{id}/flags, and the
 *   older POST /chat/{channel}/{message}/flag and PUT /chat/flag with
 *   `chat_message_id`): as for posts, notify_user (type 6) with a
 *   `message` sends that message to the author as a personal message
 *   (plugins/chat/lib/chat/review_queue.rb); the other types, notify_moderators
 *   with its note among them, are reports, not posts.
 * Not posts: POST /drafts.json and /chat/drafts (the heuristic skips draft
 * paths), /presence/update ("is replying"), /topics/timings (read marks),
 * PUT /chat/{id}/react/{id}, PUT /chat/api/channels/{id}/read/{id}, and,
 * claimed here because the heuristic would read their prose: bookmarks
 * (`name`, a note to oneself), PUT /user-status.json (`description`) and
 * PUT /u/{username}.json (the profile's `bio_raw`), a category's settings
 * (PUT /categories/{id} and POST /categories.json: `name`, `description`
 * with `color`, `text_color`, `permissions`…; docs.discourse.org "Update a
 * category") and the admin pages' settings and texts (PUT
 * /admin/site_settings/{name} `{ <name>: value }`, /admin/customize/…,
 * /admin/config/…, /admin/badges/…: forum settings, not posts). A body without
 * Discourse's fields is left to the other adapters and the heuristic.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): a new
 * topic's draft (/drafts.json), bookmarks with a reminder name,
 * presence/update with present_channels (PresenceController), inline-onebox
 * lookups, logster's report_js_error and read timings: not posts; the drafted
 * topic created and a saved post edit: posts. All were read as expected the
 * first time; nothing changed here.
 *
 * Round r12 (n8n-io/n8n's Discourse node: JSON topics, post updates with an
 * `edit_reason`, categories, admin groups, with Api-Key headers; then
 * discourse/discourse-mcp, the official MCP server, with User API Key headers:
 * replies, private messages for an acting user, drafts, profile bios, all
 * read right): an invitation's `custom_message` (POST /t/{id}/invite, and
 * the forum's invitations, POST /invites, docs.discourse.org) reaches the
 * person invited: a message. The heuristic had held it as a post; an
 * invitation without one is left to it (it finds nothing).
 *
 * Review of round r12 (discourse/r12rev-*): the web client saves an existing
 * invitation with PUT /invites/{id} (app/models/invite.js save; POST /invites
 * only for a new one), the create-invite modal's form with `email`,
 * `custom_message`, `send_email` or `skip_email`, `max_redemptions_allowed`,
 * `expires_at`, `topic_id`: read as POST /invites is. A link invitation's
 * save blanks `email` and `custom_message` and is left to the heuristic.
 */
import { asJson, at, field, headerValue, idOf, isRecord, isStructured, joinParts, nonEmpty, param, quietWhen, str, underSubPath } from '../body';
import { decodeEntities } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

/** Fields only Discourse's composer and API send next to `raw`. */
const CREATE_FIELDS = ['topic_id', 'title', 'archetype', 'category', 'target_recipients', 'target_usernames', 'nested_post', 'reply_to_post_number', 'draft_key'];

function parseCreate(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (body.type === 'unreadable') return { post: true, kind: 'post', text: null };
  if (!isStructured(body)) return NOT_MINE;
  const raw = str(field(body, 'raw'));
  if (raw === undefined || !CREATE_FIELDS.some((name) => field(body, name) !== undefined)) return NOT_MINE;
  const recipients = nonEmpty(field(body, 'target_recipients')) ?? nonEmpty(field(body, 'target_usernames'));
  // In a topic (`topic_id`), or answering a post by its number: a reply.
  const inTopic = idOf(field(body, 'topic_id')) !== undefined || idOf(field(body, 'reply_to_post_number')) !== undefined;
  const kind: PostKind = str(field(body, 'archetype')) === 'private_message' || recipients !== undefined ? 'message' : inTopic ? 'reply' : 'post';
  // A reply has no title of its own; a new topic or message publishes both.
  return { post: true, kind, text: kind === 'reply' ? raw : joinParts([str(field(body, 'title')), raw]) };
}

function parseEdit(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (body.type === 'unreadable') return { post: true, kind: 'post', text: null };
  if (!isStructured(body)) return NOT_MINE;
  const nested = asJson(field(body, 'post'));
  const raw = str(field(body, 'post[raw]')) ?? (isRecord(nested) ? str(nested['raw']) : undefined) ?? str(field(body, 'raw'));
  // Without new words (a wiki or lock toggle), or another software's shape: the heuristic finds no prose in the first.
  return raw !== undefined ? { post: true, kind: 'post', text: raw } : NOT_MINE;
}

/**
 * A topic's own URL, `/t/{slug}/{id}`, with a slug of words (not `-`, not a
 * number): Discourse's, as pydiscourse sends renames. Other programs use the same shape (`/t/project-x/42`, a task): on it a
 * bare title is Discourse's only when sent as pydiscourse sends it (a form,
 * or with Discourse's `Api-Key` header); a JSON `{ title }` is left to the
 * heuristic, as before round r6.
 */
const TOPIC_SLUG_URL = /\/t\/(?=[^/]*[a-z])[a-z0-9][a-z0-9-]{0,254}\/\d{1,20}\/?$/;

function parseTopicUpdate(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (body.type === 'unreadable') return { post: true, kind: 'post', text: null };
  if (!isStructured(body)) return NOT_MINE;
  // The web client sends the fields at the top; the API documentation nests them under `topic`.
  const nested = asJson(field(body, 'topic'));
  const get = (name: string): unknown => field(body, name) ?? field(body, `topic[${name}]`) ?? (isRecord(nested) ? nested[name] : undefined);
  const title = str(get('title'));
  // A category or tags alone say nothing new: left to the heuristic, which finds no prose there.
  if (title === undefined) return NOT_MINE;
  // Another program's `/t/{id}` (a task's `{ title }`): Discourse's only with the suffix or a field of its own.
  const discourseShaped =
    /\.json\/?$/.test(ctx.url.pathname) ||
    (TOPIC_SLUG_URL.test(ctx.url.pathname) && (body.type === 'form' || headerValue(ctx.headers, 'api-key') !== undefined)) ||
    ['category_id', 'tags', 'tags[]', 'featured_link'].some((name) => get(name) !== undefined) ||
    isRecord(nested);
  return discourseShaped ? { post: true, kind: 'post', text: title } : NOT_MINE;
}

/**
 * A chat incoming webhook (the chat plugin's incoming_webhooks_controller.rb):
 * `text` from the body or the query string (Rails merges both into params).
 * On the Slack-compatible path, without `text`, Discourse posts only the
 * first legacy attachment's `fallback` (SlackCompatibility
 * process_legacy_attachments, HTML entities unescaped), so that is what is
 * shown: not the titles and texts Slack would show (rich-text.ts's
 * legacyAttachmentsText), which Discourse drops.
 */
function parseChatWebhook(ctx: EndpointContext): EndpointResult {
  const { body, url } = ctx;
  if (body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  if (!isStructured(body) && !url.searchParams.has('text') && !url.searchParams.has('payload')) return NOT_MINE;
  const text = str(param(ctx, 'text'));
  if (text !== undefined && text.trim() !== '') return { post: true, kind: 'message', text };
  if (!/\/slack(?:\.json)?\/?$/.test(url.pathname)) return text !== undefined ? { post: true, kind: 'message', text } : NOT_MINE;
  const payload = asJson(param(ctx, 'payload'));
  const attachments = isRecord(payload) ? payload['attachments'] : asJson(param(ctx, 'attachments'));
  if (!Array.isArray(attachments)) return text !== undefined ? { post: true, kind: 'message', text } : NOT_MINE;
  const fallback = str(at(attachments, 0, 'fallback'));
  return { post: true, kind: 'message', text: fallback === undefined ? null : decodeEntities(fallback) };
}

/** Type 6, notify_user: the flag's message goes to the post's author as a personal message. */
const NOTIFY_USER = '6';

function parsePostAction(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (!isStructured(body)) return NOT_MINE;
  const type = idOf(field(body, 'post_action_type_id'));
  if (type === undefined || idOf(field(body, 'id')) === undefined) return NOT_MINE;
  const message = nonEmpty(field(body, 'message'));
  return type === NOTIFY_USER && message !== undefined ? { post: true, kind: 'message', text: message } : { post: false };
}

/** A chat flag: notify_user (6) with a message sends it to the message's author as a personal message; the other types are reports. */
function parseChatFlag(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (!isStructured(body)) return NOT_MINE;
  const type = idOf(field(body, 'flag_type_id'));
  if (type === undefined) return NOT_MINE;
  const message = nonEmpty(field(body, 'message'));
  return type === NOTIFY_USER && message !== undefined ? { post: true, kind: 'message', text: message } : { post: false };
}

function parseChat(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (body.type === 'unreadable') return { post: true, kind: 'message', text: null };
  if (!isStructured(body)) return NOT_MINE;
  const message = str(field(body, 'message'));
  if (message === undefined) return NOT_MINE;
  const kind: PostKind = idOf(field(body, 'thread_id')) !== undefined || idOf(field(body, 'in_reply_to_id')) !== undefined ? 'reply' : 'message';
  return { post: true, kind, text: message };
}

function parseChatEdit(name: 'new_message' | 'message') {
  return (ctx: EndpointContext): EndpointResult => {
    if (ctx.body.type === 'unreadable') return { post: true, kind: 'message', text: null };
    const text = str(field(ctx.body, name));
    return text === undefined ? NOT_MINE : { post: true, kind: 'message', text };
  };
}

/**
 * An invitation into a topic or private message (`/t/{id}/invite`, the MCP server's and the topic's invite modal) or to
 * the forum (`/invites`; the web client's saved invitation, `PUT /invites/{id}`, sent again by email from its edit
 * modal), by `email`, `user` or `topic_id`: its `custom_message` reaches the person invited (by email, or on the
 * invitation's page), a message (round r12, discourse/discourse-mcp; its review, models/invite.js save). Without one
 * (the modal blanks it for a link), or without Discourse's fields beside it, it is left to the heuristic, which finds
 * no prose in an address or a name.
 */
function parseInvite(ctx: EndpointContext): EndpointResult {
  const { body } = ctx;
  if (!isStructured(body)) return NOT_MINE;
  const message = nonEmpty(field(body, 'custom_message'));
  const invitee = ['email', 'user', 'topic_id', 'group_ids', 'group_names'].some((name) => field(body, name) !== undefined);
  return message !== undefined && invitee ? { post: true, kind: 'message', text: message } : NOT_MINE;
}

/** An admin page's save: a site setting (`{ <name>: value }`), a site text, a badge, a theme: forum settings, not posts. */
function parseAdmin(ctx: EndpointContext): EndpointResult {
  return isStructured(ctx.body) ? { post: false } : NOT_MINE;
}

const JSON_SUFFIX = '(?:\\.json)?\\/?$';

export const discourse: SiteAdapter = {
  id: 'discourse',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'discourse.posts.create', methods: ['POST'], path: underSubPath(new RegExp(`^\\/posts${JSON_SUFFIX}`)), parse: parseCreate },
    { name: 'discourse.posts.update', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/posts\\/\\d{1,20}${JSON_SUFFIX}`)), parse: parseEdit },
    { name: 'discourse.topic.update', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/t\\/(?:[^/]{1,255}\\/)?\\d{1,20}${JSON_SUFFIX}`)), parse: parseTopicUpdate },
    { name: 'discourse.post_actions', methods: ['POST'], path: underSubPath(new RegExp(`^\\/post_actions${JSON_SUFFIX}`)), parse: parsePostAction },
    { name: 'discourse.invite', methods: ['POST'], path: underSubPath(new RegExp(`^\\/(?:t\\/\\d{1,20}\\/invite|invites)${JSON_SUFFIX}`)), parse: parseInvite },
    { name: 'discourse.invite.update', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/invites\\/\\d{1,20}${JSON_SUFFIX}`)), parse: parseInvite },
    { name: 'discourse.chat.send', methods: ['POST'], path: underSubPath(new RegExp(`^\\/chat\\/\\d{1,20}${JSON_SUFFIX}`)), parse: parseChat },
    { name: 'discourse.chat.webhook', methods: ['POST'], path: underSubPath(/^\/chat\/hooks\/[A-Za-z0-9_-]{8,100}(?:\/slack)?(?:\.json)?\/?$/), parse: parseChatWebhook },
    {
      name: 'discourse.chat.flag',
      methods: ['POST', 'PUT'],
      path: underSubPath(/^\/chat\/(?:api\/channels\/\d{1,20}\/messages\/\d{1,20}\/flags|\d{1,20}\/\d{1,20}\/flag|flag)\/?$/),
      parse: parseChatFlag,
    },
    { name: 'discourse.chat.edit', methods: ['PUT'], path: underSubPath(/^\/chat\/\d{1,20}\/edit\/\d{1,20}\/?$/), parse: parseChatEdit('new_message') },
    { name: 'discourse.chat.api.edit', methods: ['PUT'], path: underSubPath(/^\/chat\/api\/channels\/\d{1,20}\/messages\/\d{1,20}\/?$/), parse: parseChatEdit('message') },
    {
      name: 'discourse.chat.channels',
      methods: ['POST', 'PUT'],
      path: underSubPath(/^\/chat\/api\/channels(?:\/\d{1,20})?\/?$/),
      parse: quietWhen(['channel', 'channel[name]', 'channel[description]', 'channel[slug]', 'name', 'description']),
      publishes: false,
    },
    {
      name: 'discourse.bookmarks',
      methods: ['POST', 'PUT'],
      path: underSubPath(new RegExp(`^\\/bookmarks(?:\\/\\d{1,20})?${JSON_SUFFIX}`)),
      parse: quietWhen(['bookmarkable_id', 'bookmarkable_type', 'reminder_at']),
      publishes: false,
    },
    {
      name: 'discourse.categories',
      methods: ['POST', 'PUT'],
      path: underSubPath(new RegExp(`^\\/categories(?:\\/\\d{1,20})?${JSON_SUFFIX}`)),
      // The category form sends its colours and permissions with the name and description; API clients send the name at least.
      parse: quietWhen(['name', 'color', 'text_color', 'permissions', 'parent_category_id', 'search_priority', 'style_type']),
      publishes: false,
    },
    {
      name: 'discourse.admin',
      methods: ['POST', 'PUT'],
      path: underSubPath(/^\/admin\/(?:site_settings|site_texts|customize|config|badges)(?:\/[^/]{1,100}){0,4}\/?$/),
      parse: parseAdmin,
      publishes: false,
    },
    { name: 'discourse.user_status', methods: ['PUT'], path: underSubPath(new RegExp(`^\\/user-status${JSON_SUFFIX}`)), parse: quietWhen(['description', 'emoji']), publishes: false },
    {
      name: 'discourse.user.update',
      methods: ['PUT'],
      path: underSubPath(new RegExp(`^\\/u\\/[^/]{1,60}${JSON_SUFFIX}`)),
      parse: quietWhen(['bio_raw', 'user_fields', 'card_background_upload_url', 'profile_background_upload_url']),
      publishes: false,
    },
  ],
};
