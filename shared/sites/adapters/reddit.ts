/**
 * Reddit (www, old, new and oauth.reddit.com).
 *
 * Request shapes, from PRAW (praw-dev/praw praw/endpoints.py and the models
 * that call them) and Reddit's API reference (reddit.com/dev/api), all
 * form-urlencoded unless said otherwise:
 * - Submit a post: POST /api/submit `{ sr, title, kind: 'self' | 'link' |
 *   'image' | 'video', text?, richtext_json?, url? }`
 *   (praw/models/reddit/subreddit/subreddit.py submit); galleries and polls:
 *   POST /api/submit_gallery_post.json and /api/submit_poll_post as JSON with
 *   `title`, `text`, `items[].caption` / `options`.
 * - Comment: POST /api/comment `{ thing_id, text | richtext_json }`
 *   (praw/models/reddit/mixins/replyable.py reply): `thing_id` t3_ is a post
 *   (a comment on it), t1_ a comment (a reply), t4_ a private message (a
 *   message).
 * - Edit: POST /api/editusertext `{ thing_id, text | richtext_json }`
 *   (praw/models/reddit/mixins/editable.py, submission.py _edit_experimental).
 * - Private message: POST /api/compose `{ to, subject, text }`
 *   (praw/models/reddit/mixins/messageable.py message).
 * - Crossposts: POST /api/submit with `kind: 'crosspost'`, `crosspost_fullname`
 *   (the shared post) and a title of one's own (reddit-archive/reddit wiki
 *   "API: submit"; submitCrosspost of the TypeScript clients in the code
 *   index): a quote of another post.
 * - Reddit's web client (www.reddit.com/api/comment?rtj=only&redditWebClient=...)
 *   sends `richtext_json` with an empty `text` (linksAndComments.submitComment
 *   of the TypeScript SDKs in the code index: `return_rtjson`, `richtext_json`):
 *   an empty `text` does not hide the rich-text document.
 * Recheck round r3 (tests/fixtures/requests/reddit/r3-*), from clients the
 * above did not use: vartanbeno/go-reddit reddit/comment.go sends
 * /api/comment with `parent` instead of `thing_id` (same meaning); its
 * live-thread.go posts a live thread update, POST /api/live/<thread>/update
 * `body` (a post; strike_update and delete_update carry only an id); new
 * modmail (reddit.com/dev/api, a modmail gateway in the code index): POST
 * /api/mod/conversations `{ srName, to, subject, body, isAuthorHidden }` and
 * POST /api/mod/conversations/<id> `{ body, isInternal }` (messages; the
 * conversation's /archive, /read… are not).
 * What goes out for a submission is its title, its body and its link: the
 * text shown is all three, one per paragraph.
 * Not posts: /api/vote (`dir`, `id`), /api/subscribe, /api/save, /api/del,
 * /api/v1/draft (drafts), searches.
 * Reddit's newer web client sends requests no public source describes; the
 * unknown-site heuristic looks at the rest of reddit.com (heuristicFallback)
 * rather than calling everything else "not a post".
 * Recheck round r5 (tests/fixtures/requests/reddit/r5-*): the new web
 * client's comment form, POST /svc/shreddit/<t3_ or t1_ fullname>/create-comment
 * with `content` (a rich-text document with `mode=richText`) and `csrf_token`
 * (a comment bot in the code index); not posts, claimed so the heuristic does
 * not read their prose: /api/selectflair and the other flair calls,
 * /api/site_admin (a community's title and sidebar), widgets, stylesheets and
 * reports (reddit.com/dev/api; praw SubredditFlair.set,
 * SubredditModeration.update).
 *
 * Recheck round r7 (tests/fixtures/requests/reddit/r7*-), read right the
 * first time: a comment sent as FormData (multipart) on oauth.reddit.com, a
 * self post over 10,000 characters with a Hebrew title, an OCaml client's
 * reply; votes and saves are not posts.
 *
 * Round q1 (quiet traffic, tests/fixtures/requests/reddit/q1-*): Reddit's own
 * telemetry, named by a Reddit tracking blocker, a body-mangling extension
 * and a scraper's endpoint notes in the code index, is claimed as not a
 * post so the heuristic never reads it: POST /svc/shreddit/events (text/plain
 * JSON whose `info` can carry a post's title and the first words of its
 * body), /svc/shreddit/perfMetrics, and the telemetry hosts events.reddit.com,
 * w3-reporting*.reddit.com (Reporting API), error-tracking.reddit.com (Sentry
 * envelopes), alb.reddit.com and pixel.reddit.com, whatever they carry.
 *
 * Round r9 (tests/fixtures/requests/reddit/r9-*): redditwarp (an async Python
 * client in the code index): its crossposts (kind=crosspost,
 * `crosspost_fullname`) were read right; moderators' removal reasons through POST
 * /api/v1/modactions/removal_link_message are a comment (`type: public`, the
 * `message` under the item) or a message to the author (`private`,
 * `private_exposed`: title and message); /api/v1/modactions/removal_reasons
 * (a `mod_note` moderators alone see) is claimed as not a post.
 * Review of round r9 (reddit/r9rev-*): `public_as_subreddit` (redditwarp's
 * default) is a comment too, the title ignored (PRAW's send_removal_message);
 * removal_comment_message, for removed comments, is read the same way; PRAW
 * sends the object inside a `json` form field; a community's saved removal
 * reasons (POST /api/v1/<sr>/removal_reasons, PUT …/<id>: templates) are not
 * posts. The round r9 rule reading `crosspost_parent` as a crosspost is
 * dropped: that name is a listing's field, which no client sends. new.reddit's
 * JSON poll and gallery composers (`submit_poll_post.json?resubmit=true`,
 * items with `caption`, `outbound_url`, `media_id`), edits with
 * `return_rtjson`, snoozed reports, event times and the new web client's
 * shreddit GraphQL hides, deletes and read marks were read right.
 *
 * Round r11 (tests/fixtures/requests/reddit/r11-*, r11fix-*):
 * toolbox-team/reddit-moderator-toolbox (tbapi.ts): POST /api/friend is read
 * (a ban shows the `ban_message` Reddit sends the user as a message; other
 * relationships and a ban without a message are not posts); POST
 * [/r/<sr>]/api/wiki/edit shows the page `content` as a post (`config/`
 * pages, Toolbox's `toolbox` and `usernotes` data pages and JSON content are
 * not posts); POST /api/mod/notes is not a post.
 * Review of round r11 (reddit/r11rev-*): bots' settings pages are not posts
 * either: a page named `…config` or under a `…config/` folder (ContextMod's
 * `botconfig/…`, contextmod.dev; ModReplyBot's `modreplybot-config`), content
 * that is a JSON array or a YAML mapping document. `config/sidebar`,
 * `config/description` and `config/submit_text` are read by every visitor yet
 * are not posts, as /api/site_admin's `description` is not (a community's
 * settings, the heuristic's "container descriptions").
 */
import { asJson, at, field, isRecord, isStructured, joinParts, nonEmpty, str } from '../body';
import { redditRichText } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

/**
 * The body text, from `text` or else from `richtext_json` (also when `text`
 * is sent empty next to it, as Reddit's web client does); null when only an
 * unreadable rich-text document is there.
 */
function bodyText(get: (name: string) => unknown): string | null | undefined {
  const text = str(get('text'));
  const rich = get('richtext_json');
  if (text !== undefined && (text.trim() !== '' || rich === undefined || rich === null || rich === '')) return text;
  if (rich === undefined) return undefined;
  const extracted = redditRichText(rich);
  return extracted && extracted.complete ? extracted.text : null;
}

function getter(ctx: EndpointContext): ((name: string) => unknown) | null {
  if (!isStructured(ctx.body)) return null;
  return (name) => field(ctx.body, name);
}

function parseSubmit(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'post', text: null };
  const body = bodyText(get);
  if (body === null) return { post: true, kind: 'post', text: null };
  const captions: string[] = [];
  const items = get('items');
  if (Array.isArray(items)) for (const item of items.slice(0, 50)) if (nonEmpty(at(item, 'caption'))) captions.push(str(at(item, 'caption'))!);
  const options = get('options');
  const pollOptions = Array.isArray(options) ? options.slice(0, 20).filter((o): o is string => typeof o === 'string') : [];
  const text = joinParts([str(get('title')), body, ...captions, ...pollOptions, nonEmpty(get('url'))]);
  // A crosspost shares another post under a title of one's own: a quote.
  const kind: PostKind = str(get('kind')) === 'crosspost' && nonEmpty(get('crosspost_fullname')) !== undefined ? 'quote' : 'post';
  return { post: true, kind, text };
}

function kindOfThing(thingId: string | undefined): PostKind {
  if (thingId?.startsWith('t4_')) return 'message';
  if (thingId?.startsWith('t1_')) return 'reply';
  return 'comment';
}

function parseComment(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'comment', text: null };
  const body = bodyText(get);
  // go-reddit names the thing answered in `parent`, the API's older name for thing_id.
  return { post: true, kind: kindOfThing(str(get('thing_id')) ?? str(get('parent'))), text: body ?? null };
}

function parseEdit(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'post', text: null };
  const thing = str(get('thing_id'));
  const kind: PostKind = thing?.startsWith('t3_') ? 'post' : 'comment';
  return { post: true, kind, text: bodyText(get) ?? null };
}

function parseCompose(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'message', text: null };
  const text = str(get('text'));
  if (text === undefined) return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: joinParts([str(get('subject')), text]) };
}

/** A live thread update: `body` goes out at once to everyone watching the thread. */
function parseLiveUpdate(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'post', text: null };
  return { post: true, kind: 'post', text: str(get('body')) ?? null };
}

/** New modmail: a conversation (subject and body) or a reply in one (body). */
function parseModmail(ctx: EndpointContext): EndpointResult {
  // Collection-wide actions share the path of a conversation id: /read, /unread, /subreddits.
  if (/\/(?:read|unread|subreddits)\/?$/.test(ctx.url.pathname)) return { post: false };
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'message', text: null };
  const body = str(get('body'));
  if (body === undefined) return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: joinParts([str(get('subject')), body]) };
}

/**
 * A removal reason sent by a moderator: POST /api/v1/modactions/removal_link_message for a post,
 * removal_comment_message for a comment (redditwarp's send_removal_comment and send_removal_message, round r9 and
 * its review; PRAW's ThingModerationMixin.send_removal_message). `public` and `public_as_subreddit` (redditwarp's
 * default: the comment is signed by the community's ModTeam account) leave `message` as a stickied comment under
 * the removed item, the title ignored (PRAW: "Ignored if type is public or public_as_subreddit"); `private` and
 * `private_exposed` send `title` and `message` to its author as a message. PRAW sends the object as a form whose
 * one field, `json`, holds it.
 */
function parseRemovalMessage(ctx: EndpointContext): EndpointResult {
  const plain = getter(ctx);
  const wrapped = plain ? asJson(plain('json')) : undefined;
  const get = isRecord(wrapped) ? (name: string): unknown => wrapped[name] : plain;
  const type = get ? str(get('type')) : undefined;
  const kind: PostKind = type === undefined || type.startsWith('public') ? 'comment' : 'message';
  if (!get) return { post: true, kind, text: null };
  const message = str(get('message'));
  if (message === undefined) return { post: true, kind, text: null };
  return { post: true, kind, text: kind === 'comment' ? message : joinParts([str(get('title')), message]) };
}

/**
 * Banning through POST /api/friend (`type=banned`): Reddit sends `ban_message` to the banned user as a message from
 * the community; `note` is the moderators' own reason. Every other relationship (approved users, moderator invites,
 * mutes, wiki bans) and a ban without a message say nothing to anyone (round r11: Toolbox's friendUser).
 */
function parseFriend(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: false };
  const message = str(get('ban_message'));
  if (str(get('type')) !== 'banned' || message === undefined || message.trim() === '') return { post: false };
  return { post: true, kind: 'message', text: message };
}

/**
 * A wiki page saved through POST [/r/<sr>]/api/wiki/edit `{ page, content, reason }`: the page's words are
 * published to its readers, so it is a post showing `content` (not the edit `reason`). A community's configuration
 * pages (`config/…`: AutoModerator's rules, the sidebar, the submit text) are settings, as widgets and stylesheets
 * are, and tools' data pages (Toolbox's `toolbox` and `usernotes`, or any page whose content is a JSON object) hold
 * data, not prose (round r11: Toolbox's wiki saves). Moderators' bots keep their settings the same way (r11 review,
 * M2): ContextMod under `botconfig/…`, ModReplyBot in `modreplybot-config`, others as a JSON array or a YAML mapping,
 * so a page named `…config` or under such a path, and content that is a JSON array or a YAML mapping document, are
 * not posts either. An empty page (a blanked one) stays a post with `""`.
 */
function parseWikiEdit(ctx: EndpointContext): EndpointResult {
  const get = getter(ctx);
  if (!get) return { post: true, kind: 'post', text: null };
  const page = (str(get('page')) ?? '').trim().toLowerCase().replace(/^\/+/, '');
  if (CONFIG_PAGE.test(page) || page === 'toolbox' || page === 'usernotes') return { post: false };
  const content = str(get('content'));
  if (content === undefined) return { post: false };
  const trimmed = content.trim();
  if (trimmed.startsWith('{') && isRecord(asJson(trimmed))) return { post: false };
  if (trimmed.startsWith('[') && Array.isArray(asJson(trimmed))) return { post: false };
  if (isYamlMapping(trimmed)) return { post: false };
  return { post: true, kind: 'post', text: content };
}

/** A page whose name, or one of its folders, ends in `config`: `config/sidebar`, `botconfig/…`, `modreplybot-config`. */
const CONFIG_PAGE = /(?:^|\/)[^/]*config(?:\/|$)/;
/**
 * A YAML mapping's top-level key with a value on its line (`threshold: 5`, `message: |`): one word starting in lower
 * case, as bots' settings are named; a capitalised `Question:` or `Note:` starts a line of prose as often.
 */
const YAML_KEY_VALUE = /^[a-z_][\w.-]{0,60}:[ \t]+\S/;
const YAML_KEY = /^[a-z_][\w.-]{0,60}:[ \t]*$/;

/**
 * Content that is a YAML mapping document, a bot's settings rather than prose: after an optional `---` opener,
 * every line that is not blank is a top-level `key:` (one word), a `# comment`, a `- ` item or indented under a key,
 * and at least two keys hold a value on their own line. Markdown is not caught: a page of `Rules:` over lists has no
 * key with a value on its line, `Q: …` / `A: …` lines are capitalised, and a prose line (`Rule 1: be kind`, a
 * paragraph, a table row) is none of these.
 */
function isYamlMapping(text: string): boolean {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() === '---') lines.shift();
  let values = 0;
  let keys = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.trim() === '...') continue;
    if (YAML_KEY_VALUE.test(line)) {
      values++;
      keys++;
    } else if (YAML_KEY.test(line)) keys++;
    else if (line.startsWith('#')) continue;
    else if ((line.startsWith(' ') || line.startsWith('\t') || line.startsWith('- ')) && keys > 0) continue;
    else return false;
  }
  return values >= 2;
}

const SHREDDIT_COMMENT = /^\/svc\/shreddit\/(t[13]_[a-z0-9]+)\/create-comment\/?$/i;

/**
 * The new web client's comment form (POST /svc/shreddit/<fullname>/create-comment):
 * `content` is a rich-text document when `mode` is `richText`, else markdown.
 * A post's fullname (t3_) takes a comment, a comment's (t1_) a reply.
 */
function parseShredditComment(ctx: EndpointContext): EndpointResult {
  const kind = kindOfThing(SHREDDIT_COMMENT.exec(ctx.url.pathname)?.[1]?.toLowerCase());
  const get = getter(ctx);
  if (!get) return { post: true, kind, text: null };
  const content = get('content');
  if (str(get('mode'))?.toLowerCase() === 'richtext' || (str(content)?.trimStart().startsWith('{') ?? false)) {
    const extracted = redditRichText(content);
    if (extracted) return { post: true, kind, text: extracted.complete ? extracted.text : null };
  }
  return { post: true, kind, text: str(content) ?? null };
}

/** Reddit's telemetry hosts: nothing sent to them is published, whatever the body. */
const TELEMETRY_HOST = /^(?:events|w3-reporting(?:-nel|-csp)?|error-tracking|alb|pixel)\.reddit\.com$/;

const API = (name: string) => new RegExp(`^\\/api\\/${name}(?:\\.json)?\\/?$`);

export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: ['reddit.com'],
  siteFor: () => 'reddit.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'reddit.submit', methods: ['POST'], path: API('(?:submit|submit_gallery_post|submit_poll_post)'), parse: parseSubmit },
    { name: 'reddit.comment', methods: ['POST'], path: API('comment'), parse: parseComment },
    { name: 'reddit.edit', methods: ['POST'], path: API('editusertext'), parse: parseEdit },
    { name: 'reddit.compose', methods: ['POST'], path: API('compose'), parse: parseCompose },
    { name: 'reddit.live.update', methods: ['POST'], path: /^\/api\/live\/[A-Za-z0-9_]+\/update\/?$/, parse: parseLiveUpdate },
    // The conversation itself or one of its ids; /archive, /mute, /read and the like are not matched.
    { name: 'reddit.modmail', methods: ['POST'], path: /^\/api\/mod\/conversations(?:\/[A-Za-z0-9_]+)?\/?$/, parse: parseModmail },
    { name: 'reddit.shreddit.comment', methods: ['POST'], path: SHREDDIT_COMMENT, parse: parseShredditComment },
    { name: 'reddit.friend', methods: ['POST'], path: /^(?:\/r\/[^/]+)?\/api\/friend(?:\.json)?\/?$/, parse: parseFriend },
    { name: 'reddit.wiki.edit', methods: ['POST'], path: /^(?:\/r\/[^/]+)?\/api\/wiki\/edit(?:\.json)?\/?$/, parse: parseWikiEdit },
    // Moderators' notes on a user (PRAW's ModNote, Toolbox's createModNote): seen by moderators only (round r11).
    { name: 'reddit.mod.notes', methods: ['POST'], path: /^\/api\/mod\/notes\/?$/, publishes: false, parse: () => ({ post: false }) },
    { name: 'reddit.removal.message', methods: ['POST'], path: /^\/api\/v1\/modactions\/removal_(?:link|comment)_message\/?$/, parse: parseRemovalMessage },
    {
      // A removal reason applied to items, with a note only moderators see (/modactions/, redditwarp's apply_removal_reason,
      // round r9), and a community's saved removal reasons, templates added or reworded (/<sr>/, redditwarp's moderation
      // procedures, PRAW's SubredditRemovalReasons.add and RemovalReason.update; review of r9).
      name: 'reddit.removal.reason',
      methods: ['POST', 'PUT', 'PATCH'],
      path: /^\/api\/v1\/[^/]+\/removal_reasons(?:\/[^/]+)?\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
    {
      // Flair (a user's or a post's label), a community's settings, sidebar widgets and styles, reports: free text that is not a post.
      name: 'reddit.settings',
      methods: ['POST', 'PUT', 'PATCH'],
      path: /^(?:\/r\/[^/]+)?\/api\/(?:selectflair|flair|flairconfig|flairtemplate(?:_v2)?|setflairenabled|site_admin|subreddit_stylesheet|widget(?:s|_order\/[^/]+)?|widget\/[^/]+|report|report_user)(?:\.json)?\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
    {
      // Reddit's own telemetry: events, performance metrics, error and Reporting API batches, never a post (often sent as a Blob).
      name: 'reddit.telemetry.path',
      methods: ['POST', 'PUT'],
      path: /^\/svc\/shreddit\/(?:events|perfMetrics)\/?$/,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
    {
      name: 'reddit.telemetry.host',
      methods: ['POST', 'PUT', 'PATCH'],
      host: TELEMETRY_HOST,
      path: /^\//,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
  ],
};
