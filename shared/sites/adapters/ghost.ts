/**
 * Ghost, any host (self-hosted sites and {name}.ghost.io).
 *
 * Request shapes:
 * - The Admin API (ghost.org/docs/admin-api "Posts": create, update; the
 *   publishing tools in the code index that POST to it): POST
 *   /ghost/api/admin/posts/ (and /pages/), often with `?source=html`, and
 *   PUT /ghost/api/admin/posts/{id}/ with `{ posts: [{ title, html |
 *   lexical | mobiledoc, custom_excerpt, status, tags, … }] }`. `status` is
 *   published, scheduled (published later) or draft, the default; the admin
 *   editor sends the whole post with its status on every save, so a save of
 *   a draft says draft and an update of a published post says published.
 *   The words are the title, the excerpt and the body: HTML read as a reader
 *   sees it; Lexical (a JSON string: `root.children` of paragraphs, headings,
 *   quotes and lists of text nodes) and Mobiledoc (`sections` of markers)
 *   one line per block. A publish that sends no words (a status change
 *   alone) is held with the text unknown: they are in the saved draft.
 * - Members' comments (Ghost's comments-ui, its tests and seeding scripts in
 *   the code index): POST /members/api/comments/ `{ comments: [{ post_id,
 *   parent_id?, in_reply_to_id?, html }] }` (a reply with a parent), PUT
 *   /members/api/comments/{id}/ (an edit). Likes (…/{id}/like/) and the
 *   counts endpoint are not posts.
 * Not posts, claimed here because the heuristic would read their prose: the
 * Admin API's settings and lists (PUT or POST /ghost/api/admin/newsletters,
 * members (a member's `note`), settings (the site's description), tiers,
 * offers, users (a staff bio), snippets (kept to insert later) and labels,
 * each `{ <resource>: [ … ] }`; ghost.org/docs/admin-api) and a member's
 * sign-in link (POST /members/api/send-magic-link/ `{ email, emailType,
 * name? }`, Ghost's portal).
 * The paths are Ghost's own; a body without Ghost's `posts` or `comments`
 * list (or the resource's own list) is left to the other adapters and the heuristic.
 *
 * Recheck round r6 (TryGhost/SDK admin-api, comments-ui): tags (a
 * description), integrations, webhooks, invites and recommendations are
 * Admin API settings like the others above: not posts. Ghost's social web
 * (Ghost 6, its ActivityPub service under /.ghost/activitypub/v1/; Ghost's
 * admin-x-activitypub client and TryGhost/ActivityPub's feature tests):
 * POST …/actions/note `{ content, image? }` is a post, POST
 * …/actions/reply/{object id} `{ content }` a reply; the profile (PUT
 * …/account `{ name, username, bio, … }`) is a setting; follows, likes and
 * reposts carry no words.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): the
 * editor's background save of a draft, oembed bookmark previews and a
 * member's comment report: not posts; the same post published: a post. All
 * were read as expected the first time; nothing changed here.
 *
 * Round r12 (n8n-io/n8n's Ghost node, HTML with ?source=html; the admin
 * editor's Lexical headings and quotes on a scheduled post): read right; no
 * change.
 */
import { asJson, at, isRecord, nonEmpty, quietWhen, str } from '../body';
import { markupText } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };
const MAX_NODES = 5000;
const MAX_DEPTH = 24;
const LEXICAL_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code', 'codeblock', 'aside', 'extended-text', 'extended-heading', 'extended-quote']);

/** Lexical's JSON: one line per block, text nodes joined, `linebreak` as a line break; null when too large to read. */
function lexicalText(value: unknown): string | null | undefined {
  const doc = asJson(value);
  const root = at(doc, 'root');
  if (!isRecord(root)) return undefined;
  let nodes = 0;
  // Set when a node lies deeper than the walk goes: its words would be missing, so the text is unknown.
  let tooDeep = false;
  const lines: string[] = [];
  const inline = (node: unknown, out: string[], depth: number): void => {
    if (depth > MAX_DEPTH) tooDeep = true;
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || !isRecord(node)) return;
    if (node['type'] === 'linebreak') out.push('\n');
    else if (typeof node['text'] === 'string') out.push(node['text']);
    const children = node['children'];
    if (Array.isArray(children)) for (const c of children) inline(c, out, depth + 1);
  };
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) tooDeep = true;
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || !isRecord(node)) return;
    const children = node['children'];
    if (LEXICAL_BLOCKS.has(str(node['type']) ?? '') && !(Array.isArray(children) && children.some((c) => isRecord(c) && c['type'] === 'listitem'))) {
      const out: string[] = [];
      inline(node, out, depth);
      lines.push(out.join(''));
    } else if (Array.isArray(children)) for (const c of children) walk(c, depth + 1);
  };
  walk(root, 0);
  return nodes > MAX_NODES || tooDeep ? null : lines.join('\n');
}

/** Mobiledoc: markup sections' markers (`[0, opened, closed, text]`, atoms by their text), list items, one line each. */
function mobiledocText(value: unknown): string | null | undefined {
  const doc = asJson(value);
  const sections = at(doc, 'sections');
  if (!Array.isArray(sections)) return undefined;
  if (sections.length > MAX_NODES) return null;
  const atoms = at(doc, 'atoms');
  const markersText = (markers: unknown): string =>
    Array.isArray(markers)
      ? markers
          .slice(0, MAX_NODES)
          .map((m) => (Array.isArray(m) ? (m[0] === 1 ? (str(at(atoms, Number(m[3]), 1)) ?? '') : (str(m[3]) ?? '')) : ''))
          .join('')
      : '';
  const lines: string[] = [];
  for (const section of sections) {
    if (!Array.isArray(section)) continue;
    if (section[0] === 1) lines.push(markersText(section[2]));
    else if (section[0] === 3 && Array.isArray(section[2])) for (const item of section[2].slice(0, MAX_NODES)) lines.push(markersText(item));
  }
  return lines.join('\n');
}

function bodyText(post: Record<string, unknown>): string | null | undefined {
  const html = str(post['html']);
  if (html !== undefined) return markupText(html);
  // Not `??`: null (a document too large or deep to read) must stay null, not fall through to Mobiledoc.
  const lexical = lexicalText(post['lexical']);
  return lexical !== undefined ? lexical : mobiledocText(post['mobiledoc']);
}

function parsePost(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  const list = at(ctx.body.value, 'posts') ?? at(ctx.body.value, 'pages');
  if (!Array.isArray(list) || !isRecord(list[0])) return NOT_MINE;
  const post = list[0];
  const status = str(post['status']);
  const body = bodyText(post);
  const title = str(post['title']);
  const excerpt = str(post['custom_excerpt']);
  // Created without a status, a post is a draft; an update without one (an API script's edit) changes what it changes.
  const editsWords = status === undefined && /[0-9a-f]{24}\/?$/.test(ctx.url.pathname) && (body !== undefined || title !== undefined || excerpt !== undefined);
  if (status !== 'published' && status !== 'scheduled' && !editsWords) return { post: false };
  if (body === null) return { post: true, kind: 'post', text: null };
  if (body === undefined && title === undefined && excerpt === undefined) {
    return { post: true, kind: 'post', text: null, textUnknownBecause: 'this request publishes a draft saved earlier: its words are in the draft, not in the request' };
  }
  const text = [title, excerpt, body].filter((p): p is string => p !== undefined && p !== null && p.trim() !== '').join('\n\n');
  return { post: true, kind: 'post', text };
}

function parseComment(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return ctx.body.type === 'unreadable' ? { post: true, kind: 'comment', text: null } : NOT_MINE;
  const list = at(ctx.body.value, 'comments');
  if (!Array.isArray(list) || !isRecord(list[0])) return NOT_MINE;
  const comment = list[0];
  const kind: PostKind = nonEmpty(comment['parent_id']) !== undefined ? 'reply' : 'comment';
  const html = str(comment['html']);
  // An edit that changes only the status (hiding, deleting) says nothing new.
  if (html === undefined) return /\/comments\/?$/.test(ctx.url.pathname) ? { post: true, kind, text: null } : { post: false };
  return { post: true, kind, text: markupText(html) };
}

/** The Admin API's other resources: not posts when the body is that resource's list (`{ newsletters: [ … ] }`). */
function parseAdminResource(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return NOT_MINE;
  const resource = /admin\/([a-z]{1,20})/.exec(ctx.url.pathname)?.[1];
  return resource !== undefined && at(ctx.body.value, resource) !== undefined ? { post: false } : NOT_MINE;
}

/** The social web (Ghost's ActivityPub service): a note or a reply, `{ content, image? }`; the words are `content`. */
function parseSocialWeb(kind: PostKind) {
  return (ctx: EndpointContext): EndpointResult => {
    if (ctx.body.type === 'unreadable') return { post: true, kind, text: null };
    if (ctx.body.type !== 'json') return NOT_MINE;
    const content = str(at(ctx.body.value, 'content'));
    return content === undefined ? NOT_MINE : { post: true, kind, text: content };
  };
}

const SOCIAL_WEB = '\\/\\.ghost\\/activitypub(?:\\/v\\d+)?';

/** A member asks for a sign-in link: an address, not a post. */
function parseMagicLink(ctx: EndpointContext): EndpointResult {
  return ctx.body.type === 'json' && str(at(ctx.body.value, 'email')) !== undefined ? { post: false } : NOT_MINE;
}

export const ghost: SiteAdapter = {
  id: 'ghost',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    {
      name: 'ghost.admin.posts',
      methods: ['POST', 'PUT'],
      // Current and versioned Admin API paths (/ghost/api/admin/, /ghost/api/v3/admin/, /ghost/api/canary/admin/).
      path: /\/ghost\/api\/(?:v\d+(?:\.\d+)?\/|canary\/)?admin\/(?:posts|pages)(?:\/[0-9a-f]{24})?\/?$/,
      parse: parsePost,
    },
    { name: 'ghost.members.comments', methods: ['POST', 'PUT'], path: /\/members\/api\/comments(?:\/[0-9a-f]{24})?\/?$/, parse: parseComment },
    {
      name: 'ghost.admin.settings',
      methods: ['POST', 'PUT'],
      path: /\/ghost\/api\/(?:v\d+(?:\.\d+)?\/|canary\/)?admin\/(?:newsletters|members|settings|tiers|offers|users|snippets|labels|tags|integrations|webhooks|invites|recommendations)(?:\/[\w.-]{1,64}){0,2}\/?$/,
      parse: parseAdminResource,
      publishes: false,
    },
    { name: 'ghost.activitypub.note', methods: ['POST'], path: new RegExp(`${SOCIAL_WEB}\\/actions\\/note\\/?$`), parse: parseSocialWeb('post') },
    { name: 'ghost.activitypub.reply', methods: ['POST'], path: new RegExp(`${SOCIAL_WEB}\\/actions\\/reply\\/[^/]{1,2000}\\/?$`), parse: parseSocialWeb('reply') },
    {
      // The social web's profile (`name`, `username`, `bio`…): a setting.
      name: 'ghost.activitypub.account',
      methods: ['PUT'],
      path: new RegExp(`${SOCIAL_WEB}\\/account\\/?$`),
      parse: quietWhen(['bio', 'name', 'username', 'avatarUrl', 'bannerImageUrl'], 'json'),
      publishes: false,
    },
    { name: 'ghost.members.magic_link', methods: ['POST'], path: /\/members\/api\/send-magic-link\/?$/, parse: parseMagicLink, publishes: false },
  ],
};
