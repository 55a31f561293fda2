/**
 * Lemmy, any instance (lemmy.world, lemmy.ml, ...), API versions 3 and 4.
 *
 * Request shapes, from LemmyNet/lemmy-js-client (src/http.ts routes under
 * /api/v4, formerly /api/v3; request types in src/types/), all JSON:
 * - Create a post: POST /api/v{3,4}/post `CreatePost { name, community_id,
 *   url?, body?, alt_text?, nsfw?, scheduled_publish_time_at? }`; edit:
 *   PUT /api/v{3,4}/post `EditPost { post_id, name?, url?, body? }`.
 * - Comment: POST /api/v{3,4}/comment `CreateComment { content, post_id,
 *   parent_id? }` (with `parent_id` it answers a comment: a reply); edit:
 *   PUT ... `EditComment { comment_id, content? }`.
 * - Private message: POST /api/v{3,4}/private_message `CreatePrivateMessage
 *   { content, recipient_id }`; edit: PUT ... `{ private_message_id, content }`.
 * A post publishes its title, body and link: the text shown is all three.
 * Not posts: /post/like, /comment/like (`is_upvote` or `score`),
 * /community/follow, PUT /post/save, /post/mark_as_read, account settings,
 * GET /search. Those paths are not claimed here; the heuristic finds no prose
 * in them. The paths are generic enough that another site could use them: a
 * body without Lemmy's fields is left to the other adapters and the heuristic.
 *
 * Recheck round r4 (clients the rules had not cited): PieFed, a Lemmy-like
 * server, serves a Lemmy-style API under /api/alpha (a Go social
 * publisher's PieFedAdapter in the code index: POST /api/alpha/post
 * `{ title, community_id, body, url }`, POST /api/alpha/comment `{ body,
 * post_id, parent_id }`; LemmyKit's tests: /api/alpha/post/like). Its posts
 * name the title `title` and its comments put the words in `body` where
 * Lemmy says `name` and `content`; both spellings are read on both paths
 * (private messages, whose PieFed shape no source here showed, stay Lemmy's).
 * Votes and reports (/post/like, /post/report) stay unclaimed: no prose.
 *
 * Recheck round r6 (Jerboa, Mlem, LemmyBackwardsCompatibleAPI, pylemmy):
 * a community created or edited (POST/PUT /api/v3/community `name`,
 * `title`, `description`) is a setting, not a post. PieFed's Lemmy-compatible
 * /api/alpha/private_message `{ content, recipient_id }` is a message, as
 * Lemmy's is.
 *
 * Round r8b (Voyager, Photon and plemmy through lemmy-js-client; the Kotlin
 * and Swift Lemmy clients' CreateMultiCommunity): a multi-community created or
 * edited (POST/PUT /api/v4/multi_community) is a setting; moderators' actions
 * on a post or comment (lock, feature, remove, distinguish), whose `reason`
 * goes to the mod log, are not posts.
 *
 * Review of rounds r8a and r8b (lemmy/r8rev-*): a multi-community's fields are
 * `name`, `title`, `summary` and `sidebar` in the current clients
 * (EditMultiCommunity `{ id, title?, summary?, sidebar?, deleted? }` in
 * lemmy_dart_client and the Kotlin client); `description` is an older client's
 * name for the summary and is still read. An edit of the sidebar alone is a
 * setting too. The moderation routes are claimed here rather than left to the
 * heuristic: besides the above, warnings (POST /post/warn and /comment/warn
 * `{ post_id | comment_id, reason }`), admins' purges (POST /admin/purge/{post,
 * comment,person,community} `{ …_id, reason }`), bans (/admin/ban, v3's
 * /user/ban, /community/ban_user) and a community's removal or hiding. Lemmy's
 * server writes each one's reason to the mod log and notifies the person acted
 * on in the same way (create_post_warning, lock, remove and ban all end in
 * Modlog::create and notify_mod_action), so a warning is read as the
 * moderation it is, like a removal's reason, not as a message.
 *
 * Round r12 (db0/pythorhead on 0.19: the token in an Authorization header and
 * no `auth` field; post edits by PUT, saves, reports; martianh/lem.el, an
 * Emacs client: replies, comment edits, private messages, a community's
 * creation and follows): read right; no change.
 */
import { field, idOf, quietWhen, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

function json(ctx: EndpointContext): ((name: string) => unknown) | null {
  if (ctx.body.type !== 'json') return null;
  return (name) => field(ctx.body, name);
}

function parsePost(ctx: EndpointContext): EndpointResult {
  const get = json(ctx);
  if (!get) return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  if (idOf(get('community_id')) === undefined && idOf(get('post_id')) === undefined) return NOT_MINE;
  const parts = [str(get('name')) ?? str(get('title')), str(get('body')), str(get('url'))].filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: 'post', text: parts.join('\n\n') };
}

function parseComment(ctx: EndpointContext): EndpointResult {
  const get = json(ctx);
  if (!get) return ctx.body.type === 'unreadable' ? { post: true, kind: 'comment', text: null } : NOT_MINE;
  if (idOf(get('post_id')) === undefined && idOf(get('comment_id')) === undefined) return NOT_MINE;
  const kind: PostKind = idOf(get('parent_id')) ? 'reply' : 'comment';
  // PieFed's comments carry their words in `body`.
  const content = str(get('content')) ?? str(get('body'));
  // An edit that changes only the language says nothing new.
  if (content === undefined && idOf(get('comment_id')) !== undefined) return { post: false };
  return { post: true, kind, text: content ?? null };
}

function parsePrivateMessage(ctx: EndpointContext): EndpointResult {
  const get = json(ctx);
  if (!get) return ctx.body.type === 'unreadable' ? { post: true, kind: 'message', text: null } : NOT_MINE;
  if (idOf(get('recipient_id')) === undefined && idOf(get('private_message_id')) === undefined) return NOT_MINE;
  return { post: true, kind: 'message', text: str(get('content')) ?? null };
}

export const lemmy: SiteAdapter = {
  id: 'lemmy',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'lemmy.post', methods: ['POST', 'PUT'], path: /^\/api\/(?:v[34]|alpha)\/post\/?$/, parse: parsePost },
    { name: 'lemmy.comment', methods: ['POST', 'PUT'], path: /^\/api\/(?:v[34]|alpha)\/comment\/?$/, parse: parseComment },
    {
      // A community's own fields (`title`, `description`, the sidebar): its settings, not a post.
      name: 'lemmy.community',
      methods: ['POST', 'PUT'],
      path: /^\/api\/(?:v[34]|alpha)\/community\/?$/,
      parse: quietWhen(['description', 'sidebar', 'title', 'name'], 'json'),
      publishes: false,
    },
    { name: 'lemmy.private_message', methods: ['POST', 'PUT'], path: /^\/api\/(?:v[34]|alpha)\/private_message\/?$/, parse: parsePrivateMessage },
    {
      // A multi-community's words describe the list of communities it gathers (a setting, like a community's own):
      // `summary` and `sidebar` in current clients, `description` in older ones; an edit may carry only one of them.
      name: 'lemmy.multi_community',
      methods: ['POST', 'PUT'],
      path: /^\/api\/(?:v[34]|alpha)\/multi_community\/?$/,
      parse: quietWhen(['summary', 'sidebar', 'description', 'title', 'name'], 'json'),
      publishes: false,
    },
    {
      // Moderators' and admins' actions: their `reason` is written to the mod log, which the server also shows the
      // person acted on (its notify_mod_action), the same for a warning as for a lock, removal, ban or purge. Claimed
      // here rather than left to the heuristic, which would read a long reason as a post.
      name: 'lemmy.moderation',
      methods: ['POST', 'PUT'],
      path: /^\/api\/(?:v[34]|alpha)\/(?:(?:post|comment)\/(?:lock|feature|remove|distinguish|warn)|admin\/(?:purge\/(?:post|comment|person|community)|ban)|user\/ban|community\/(?:ban_user|remove|hide))\/?$/,
      parse: quietWhen(['post_id', 'comment_id', 'person_id', 'community_id'], 'json'),
      publishes: false,
    },
  ],
};
