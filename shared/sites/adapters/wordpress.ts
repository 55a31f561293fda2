/**
 * WordPress, self-hosted (any host) and WordPress.com.
 *
 * Request shapes:
 * - REST API (developer.wordpress.org/rest-api/reference/posts, /pages,
 *   /comments, /post-revisions; "Routes": `?rest_route=` when a site has
 *   plain permalinks, `/wp-json/` after the site's path when it lives in a
 *   subdirectory): POST /wp-json/wp/v2/posts and /pages `{ title, content,
 *   excerpt, status }`, POST (or PUT, PATCH) …/posts/{id} to update. `status`
 *   is publish, future (scheduled), draft, pending (awaiting review) or
 *   private; a post created without one is a draft. The block editor
 *   (Gutenberg's api-fetch: PUT sent as POST with `X-HTTP-Method-Override`,
 *   `?_locale=user`; its savePost sends only the edited attributes) saves a
 *   draft with `status: 'draft'`, publishes with `status: 'publish'`
 *   (with the title and content when they changed since the last save, else
 *   the status alone: the words are in the saved draft, held with the text
 *   unknown as Substack's publishes are), updates a published post with the
 *   changed attributes and no status (an edit of what is live: a post), and
 *   autosaves to …/posts/{id}/autosaves (not a post). Content is the
 *   editor's HTML (block comments and tags), read as a reader sees it.
 *   POST …/comments `{ post, parent?, content, author_name? }` (a reply when
 *   `parent` names a comment), POST …/comments/{id} `{ content }` edits one;
 *   a change of status alone (approving) says nothing.
 * - The theme's comment form (core wp-comments-post.php, comment_form(),
 *   comment-reply.js): `comment`, `comment_post_ID`, `comment_parent` (0 or
 *   the comment answered), `author`, `email`, `url`; any length.
 * - The dashboard: admin-ajax.php `action=replyto-comment` (wp-admin/js/
 *   edit-comments.js, wp_ajax_replyto_comment: `comment_ID` answered,
 *   `comment_post_ID`, `content`) and `action=edit-comment`; the classic
 *   editor's form to wp-admin/post.php (`action=editpost`, `post_title`,
 *   `content`, `excerpt`; the button pressed names the field: `publish`
 *   publishes, `save` saves a draft, or updates a post whose
 *   `original_post_status` is publish or future; `wp-preview=dopreview` is
 *   a preview). Other admin-ajax actions (the heartbeat's autosave…) are left
 *   to the heuristic's rules, except the dashboard's own quiet ones (round q1,
 *   tests/fixtures/requests/wordpress/q1*-: `sample-permalink`, which
 *   wp-admin/js/post.js sends with the post's whole `new_title` after an
 *   autosave, box layouts, post locks, link searches, pointers), claimed as
 *   not posts.
 * - WordPress.com (developer.wordpress.com/docs/api/1.1; Automattic's
 *   wpcom.js; WordPress-iOS and WordPress-Android comment and reblog
 *   services): on public-api.wordpress.com, /rest/v1.1/sites/{site}/posts/new
 *   `{ title, content, excerpt, status }` (status defaults to publish there),
 *   …/posts/{id} updates, …/posts/{id}/replies/new `{ content }` (a comment),
 *   …/comments/{id}/replies/new (a reply), …/comments/{id} (an edit),
 *   …/posts/{id}/reblogs/new `{ destination_site_id, note? }` (a quote with a
 *   note, a plain reblog without); form or JSON. The block editor on
 *   WordPress.com sends the REST shapes above to /wp/v2/sites/{site}/….
 *   `{site}` is reported when it is a domain (myblog.wordpress.com), else
 *   wordpress.com.
 * - XML-RPC (POST /xmlrpc.php, text/xml; WordPress core
 *   class-wp-xmlrpc-server.php, used by desktop and scripting clients such as
 *   rubypress and python-wordpress-xmlrpc): wp.newPost and wp.editPost
 *   (`content_struct`: post_title, post_content, post_excerpt, post_status;
 *   a new post without a status is a draft), metaWeblog.newPost and
 *   metaWeblog.editPost (struct: title, description, mt_text_more,
 *   mt_excerpt; the last parameter says publish or keep as a draft),
 *   blogger.newPost / blogger.editPost (the content as a string and the
 *   publish flag), wp.newComment (`comment_parent`, `content`) and
 *   wp.editComment. Only those fields are read: the call also carries the
 *   account's password. Other methods are not posts.
 * Not posts: drafts, pending and private posts, autosaves, previews, likes
 * (…/likes/new), follows, plain reblogs, and the REST API's routes that
 * carry prose without publishing a post: settings (the site's tagline),
 * media (captions, alt text), users (the profile's biography), templates,
 * template parts, patterns (wp_block), navigation, widgets and global styles.
 * Self-hosted sites have any host: what is recognised is WordPress's own
 * paths (`/wp-json/wp/v2/…`, `?rest_route=/wp/v2/…`, wp-comments-post.php,
 * wp-admin/…) with WordPress's fields; a body without them is left to the
 * other adapters and the heuristic (`notMine`), as Lemmy's are.
 *
 * Recheck round r6 (node-wpapi, headless comment forms, Gutenberg core-data,
 * blogger API clients over XML-RPC): categories and tags (a `description`)
 * are settings like the other quiet routes: not posts.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md: the
 * heartbeat with autosave data inside, wp-includes/js/heartbeat.js and
 * wp-admin/js/autosave.js; post-lock checks; server-side block previews;
 * Jetpack Stats' and Tracks' pixels): all were already not posts (the
 * heartbeat's autosave through the heuristic's rules). Jetpack Social's
 * reshare of a published post to the site's connected social accounts
 * (Automattic/jetpack: POST wpcom/v2/publicize/share-post/{postId} with
 * `message`, `skipped_connections`, `async`; the older jetpack/v4/publicize/
 * {postId}; under /wp-json/, `?rest_route=` or WordPress.com's
 * /wpcom/v2/sites/{site}/) publishes `message` on those networks: a post,
 * with the text unknown when no message is given (the shares then carry the
 * post's own words). The heuristic held it before, under its own name.
 *
 * Round r12 (n8n-io/n8n's WordPress node: block markup published through
 * REST, a post submitted for review, a user's description): read right; no
 * change.
 */
import { at, field, idOf, isRecord, isStructured, joinParts, nonEmpty, str } from '../body';
import { decodeEntities, markupText } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };
const PUBLISH_DRAFT_WORDS = 'this request publishes a draft saved earlier: its words are in the draft, not in the request';

/** A REST route's collection, item id and sub-resource: `/wp/v2/posts/97/autosaves`. */
const ROUTE = /^\/wp\/v2\/(posts|pages|comments)(?:\/(\d+))?(?:\/(autosaves))?\/?$/;
/** WordPress.com's wp/v2 routes name the site: `/wp/v2/sites/{site}/posts/97`. */
const WPCOM_ROUTE = /^\/wp\/v2\/sites\/[^/]+(\/.*)$/;

interface Route {
  collection: 'posts' | 'pages' | 'comments';
  id: string | undefined;
  autosave: boolean;
}

/** The REST route a request names: after `/wp-json`, in WordPress.com's site routes, or in `?rest_route=`. */
function rawRoute(ctx: EndpointContext): string | undefined {
  const path = ctx.url.pathname;
  const marker = path.indexOf('/wp-json/');
  if (marker !== -1) return path.slice(marker + 8);
  if (ctx.host === 'public-api.wordpress.com') {
    const rest = WPCOM_ROUTE.exec(path)?.[1];
    return rest === undefined ? undefined : `/wp/v2${rest}`;
  }
  return ctx.url.searchParams.get('rest_route') ?? undefined;
}

function routeOf(route: string | undefined): Route | undefined {
  const m = route === undefined || route.length > 200 ? null : ROUTE.exec(route);
  if (!m) return undefined;
  return { collection: m[1] as Route['collection'], id: m[2], autosave: m[3] !== undefined };
}

/** Routes whose prose is not a post (the site's tagline, captions, a biography, templates…). */
const QUIET_ROUTE = /^\/wp\/v2\/(?:settings|media|users|categories|tags|templates|template-parts|global-styles|navigation|menu-items|menus|widgets|sidebars|blocks|block-renderer|font-families)(?:\/[^/]*){0,3}$/;

/** A REST field sent as a string, or as `{ raw }` (the shape the API returns in the edit context). */
function restText(v: unknown): string | undefined {
  return str(v) ?? str(at(v, 'raw'));
}

/** The parts joined, or null when one could not be read (its text is unknown, so the whole is). */
function joinKnown(parts: ReadonlyArray<string | null | undefined>): string | null {
  return parts.some((p) => p === null) ? null : joinParts(parts as ReadonlyArray<string | undefined>);
}

/** Title, content and excerpt as they will read, or undefined when none is sent. */
function postWords(get: (name: string) => unknown, names: { title: string; content: string; excerpt: string }): string | null | undefined {
  const title = restText(get(names.title));
  const content = restText(get(names.content));
  const excerpt = restText(get(names.excerpt));
  if (title === undefined && content === undefined && excerpt === undefined) return undefined;
  return joinKnown([title, content === undefined ? undefined : markupText(content), excerpt === undefined ? undefined : markupText(excerpt)]);
}

const UNPUBLISHED = new Set(['draft', 'pending', 'private', 'auto-draft', 'trash', 'inherit']);

/**
 * A post, page or post update. `created` is a new post (no id): without a
 * status it stays a draft (the REST API's default) unless `defaultPublish`
 * (WordPress.com's posts/new publishes by default).
 */
function postResult(
  get: (name: string) => unknown,
  created: boolean,
  defaultPublish: boolean,
  names: { title: string; content: string; excerpt: string; status: string } = { title: 'title', content: 'content', excerpt: 'excerpt', status: 'status' },
): EndpointResult {
  const status = str(get(names.status));
  const words = postWords(get, names);
  if (status !== undefined && UNPUBLISHED.has(status)) return { post: false };
  if (status === undefined && created && !defaultPublish) return { post: false };
  if (words === undefined) {
    // Publishing or scheduling a saved draft names only the status; an update without words changes settings.
    return status === undefined ? { post: false } : { post: true, kind: 'post', text: null, textUnknownBecause: PUBLISH_DRAFT_WORDS };
  }
  return { post: true, kind: 'post', text: words };
}

function getter(ctx: EndpointContext): ((name: string) => unknown) | null {
  if (ctx.body.type === 'json' && isRecord(ctx.body.value)) return (name) => (ctx.body.type === 'json' ? at(ctx.body.value, name) : undefined);
  if (ctx.body.type === 'form' || ctx.body.type === 'multipart') return (name) => field(ctx.body, name);
  return null;
}

function commentResult(get: (name: string) => unknown, editing: boolean): EndpointResult {
  const content = restText(get('content'));
  const parent = idOf(get('parent'));
  const kind: PostKind = parent !== undefined && parent !== '0' ? 'reply' : 'comment';
  if (content === undefined) return editing ? { post: false } : { post: true, kind, text: null };
  return { post: true, kind, text: markupText(content) };
}

function parseRest(ctx: EndpointContext): EndpointResult {
  const raw = rawRoute(ctx);
  if (raw !== undefined && raw.length <= 200 && QUIET_ROUTE.test(raw)) return { post: false };
  const route = routeOf(raw);
  if (!route) return NOT_MINE;
  if (route.autosave) return { post: false };
  const get = getter(ctx);
  if (!get) {
    if (ctx.body.type === 'unreadable') return { post: true, kind: route.collection === 'comments' ? 'comment' : 'post', text: null };
    return { post: false };
  }
  if (route.collection === 'comments') return commentResult(get, route.id !== undefined);
  return postResult(get, route.id === undefined, false);
}

// ------------------------------------------------------------ WordPress.com v1

const WPCOM_V1 = /^\/rest\/v1(?:\.\d)?\/sites\/([^/]+)\/(posts\/new|posts\/\d+|posts\/\d+\/replies\/new|comments\/\d+\/replies\/new|comments\/\d+|posts\/\d+\/reblogs\/new)\/?$/;

function wpcomSite(segment: string): string | undefined {
  let site = segment;
  try {
    site = decodeURIComponent(segment);
  } catch {
    /* keep as sent */
  }
  return site.includes('.') ? site.toLowerCase() : undefined;
}

/** What each WordPress.com v1 route publishes. */
function wpcomKind(action: string): PostKind {
  if (action.endsWith('/reblogs/new')) return 'quote';
  if (action.endsWith('/replies/new')) return action.startsWith('comments/') ? 'reply' : 'comment';
  return action.startsWith('comments/') ? 'comment' : 'post';
}

function parseWpcomV1(ctx: EndpointContext): EndpointResult {
  const m = WPCOM_V1.exec(ctx.url.pathname);
  if (!m) return { post: false };
  const site = wpcomSite(m[1]!);
  const action = m[2]!;
  const kind = wpcomKind(action);
  const inSite = (r: EndpointResult): EndpointResult => (r.post && site !== undefined ? { ...r, site } : r);
  const get = getter(ctx);
  if (!get) return ctx.body.type === 'unreadable' ? inSite({ post: true, kind, text: null }) : { post: false };
  if (kind === 'post') return inSite(postResult(get, action === 'posts/new', action === 'posts/new'));
  if (kind === 'quote') {
    const note = str(get('note'));
    return note === undefined || note.trim() === '' ? { post: false } : inSite({ post: true, kind, text: note });
  }
  const content = str(get('content'));
  // Editing a comment's status (approving, spamming) says nothing; a new comment without a readable content is held.
  if (content === undefined) return action.endsWith('/replies/new') ? inSite({ post: true, kind, text: null }) : { post: false };
  return inSite({ post: true, kind, text: markupText(content) });
}

// ------------------------------------------------------------ forms

function parseCommentForm(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return ctx.body.type === 'none' ? NOT_MINE : { post: true, kind: 'comment', text: null };
  const comment = str(field(ctx.body, 'comment'));
  if (comment === undefined) return NOT_MINE;
  const parent = nonEmpty(str(field(ctx.body, 'comment_parent')));
  // The theme shows the comment as HTML (the tags WordPress allows in comments): read as a reader sees it.
  return { post: true, kind: parent !== undefined && parent !== '0' ? 'reply' : 'comment', text: markupText(comment) };
}

/**
 * The dashboard's own admin-ajax actions that never publish (wp-admin/js/post.js, postbox.js, common.js,
 * wplink.js, media-views.js): a long title sent to ask for its permalink (`sample-permalink` after an
 * autosave), box layouts, post locks, link, post and media searches (`find_posts`, `query-attachments`),
 * dismissed pointers.
 */
const QUIET_ADMIN_AJAX = new Set([
  'sample-permalink',
  'get-permalink',
  'closed-postboxes',
  'hidden-columns',
  'meta-box-order',
  'wp-remove-post-lock',
  'wp-link-ajax',
  'find_posts',
  'query-attachments',
  'dismiss-wp-pointer',
]);

function parseAdminAjax(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return NOT_MINE;
  const action = str(field(ctx.body, 'action'));
  if (action !== undefined && QUIET_ADMIN_AJAX.has(action)) return { post: false };
  const content = str(field(ctx.body, 'content'));
  if ((action === 'replyto-comment' || action === 'edit-comment') && content !== undefined) {
    return { post: true, kind: action === 'replyto-comment' ? 'reply' : 'comment', text: markupText(content) };
  }
  return NOT_MINE;
}

const LIVE = new Set(['publish', 'future']);

function parseClassicEditor(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  const get = (name: string) => field(ctx.body, name);
  const action = str(get('action'));
  if (action !== 'editpost' && action !== 'post') return NOT_MINE;
  if (str(get('wp-preview')) === 'dopreview') return { post: false };
  const publishing = get('publish') !== undefined;
  const updatingLive = get('save') !== undefined && LIVE.has(str(get('original_post_status')) ?? '');
  if (!publishing && !updatingLive) return { post: false };
  if (str(get('visibility')) === 'private' || str(get('post_status')) === 'private') return { post: false };
  const words = postWords(get, { title: 'post_title', content: 'content', excerpt: 'excerpt' });
  return words === undefined ? { post: true, kind: 'post', text: null, textUnknownBecause: PUBLISH_DRAFT_WORDS } : { post: true, kind: 'post', text: words };
}

// ------------------------------------------------------------ XML-RPC

const MAX_XML_ITEMS = 500;

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * Where `tag` closes at or after `from`, skipping CDATA sections (clients
 * wrap HTML in `<![CDATA[…]]>`, which may itself hold `</value>`); -1 when it
 * does not. Each search starts where the last ended: linear.
 */
function closeOutsideCdata(xml: string, from: number, tag: string): number {
  let pos = from;
  for (;;) {
    const close = xml.indexOf(tag, pos);
    if (close === -1) return -1;
    // CDATA is looked for only before that close (a search to the document's end would cost that much per value).
    const before = xml.slice(pos, close);
    let at = 0;
    for (;;) {
      const cdata = before.indexOf(CDATA_OPEN, at);
      if (cdata === -1) return close;
      const cdataEnd = xml.indexOf(CDATA_CLOSE, pos + cdata + CDATA_OPEN.length);
      if (cdataEnd === -1) return -1;
      const after = cdataEnd + CDATA_CLOSE.length;
      if (after > close) {
        // The close found was inside the CDATA: look again after it.
        pos = after;
        break;
      }
      at = after - pos;
    }
  }
}

/** Character data: entities decoded outside CDATA sections, a CDATA section's content kept as it is (XML does not decode inside). */
function xmlCharData(s: string): string {
  if (!s.includes(CDATA_OPEN)) return decodeEntities(s);
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    const cdata = s.indexOf(CDATA_OPEN, pos);
    if (cdata === -1) break;
    const end = s.indexOf(CDATA_CLOSE, cdata + CDATA_OPEN.length);
    if (end === -1) break;
    parts.push(decodeEntities(s.slice(pos, cdata)), s.slice(cdata + CDATA_OPEN.length, end));
    pos = end + CDATA_CLOSE.length;
  }
  parts.push(decodeEntities(s.slice(pos)));
  return parts.join('');
}

/** The text of a `<value>`: its typed child's content (`<string>…</string>`) or its bare content, entities decoded and CDATA unwrapped. */
function xmlScalar(inner: string): string {
  const open = /^\s*<(string|int|i4|boolean|double|base64|dateTime\.iso8601)>/.exec(inner);
  if (!open) {
    const bare = inner.trim();
    return bare.startsWith('<') && !bare.startsWith(CDATA_OPEN) ? '' : xmlCharData(inner);
  }
  const start = open[0].length;
  const end = closeOutsideCdata(inner, start, `</${open[1]}>`);
  return end === -1 ? '' : xmlCharData(inner.slice(start, end));
}

/** Where a `<value>` opened at `open` holds a struct or an array rather than a scalar. */
function opensComposite(xml: string, open: number): boolean {
  return /^\s*<(?:struct|array)>/.test(xml.slice(open + 7, open + 7 + 64));
}

/** The scalar `<value>` at `open` (scalars do not nest: it ends at the next `</value>`). */
function scalarAt(xml: string, open: number): { text: string; end: number } | undefined {
  const close = closeOutsideCdata(xml, open + 7, '</value>');
  return close === -1 ? undefined : { text: xmlScalar(xml.slice(open + 7, close)), end: close + 8 };
}

interface XmlRpcCall {
  method: string;
  /** The top-level parameters' scalar texts (a struct or array parameter is ''). */
  params: string[];
  /** Scalar struct members anywhere in the call, by name (the first of each name). */
  members: Map<string, string>;
}

/**
 * A WordPress XML-RPC call, read by forward index scans (each search starts
 * where the last ended: linear in the document), at most MAX_XML_ITEMS
 * parameters and members.
 */
function xmlRpcCall(xml: string): XmlRpcCall | undefined {
  const method = /<methodName>\s*([\w.]{1,100})\s*<\/methodName>/.exec(xml.slice(0, 2000))?.[1];
  if (method === undefined) return undefined;
  const params: string[] = [];
  let pos = xml.indexOf('<params>');
  while (pos !== -1 && params.length < MAX_XML_ITEMS) {
    const param = xml.indexOf('<param>', pos);
    const end = param === -1 ? -1 : closeOutsideCdata(xml, param, '</param>');
    if (end === -1) break;
    // Looked for inside this parameter only: a search past its end would cost the rest of the document per parameter.
    const own = xml.slice(param, end);
    const open = own.indexOf('<value>');
    params.push(open === -1 || opensComposite(own, open) ? '' : (scalarAt(own, open)?.text ?? ''));
    pos = end + 8;
  }
  const members = new Map<string, string>();
  pos = 0;
  for (let n = 0; n < MAX_XML_ITEMS; n++) {
    const name = xml.indexOf('<name>', pos);
    const nameEnd = name === -1 ? -1 : xml.indexOf('</name>', name);
    const open = nameEnd === -1 ? -1 : xml.indexOf('<value>', nameEnd);
    if (open === -1) break;
    const key = xml.slice(name + 6, Math.min(nameEnd, name + 6 + 100)).trim();
    // A struct or array member: its own members are read next.
    if (opensComposite(xml, open)) {
      pos = open + 7;
      continue;
    }
    const value = scalarAt(xml, open);
    if (!value) break;
    if (!members.has(key)) members.set(key, value.text);
    pos = value.end;
  }
  return { method, params, members };
}

const TRUE = new Set(['1', 'true']);

function parseXmlRpc(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'text') return ctx.body.type === 'unreadable' ? { post: true, kind: 'post', text: null } : NOT_MINE;
  const call = xmlRpcCall(ctx.body.text);
  if (!call) return NOT_MINE;
  const m = (name: string) => call.members.get(name);
  const param = (i: number) => call.params[i];
  switch (call.method) {
    case 'wp.newPost':
    case 'wp.editPost':
      return postResult(m, call.method === 'wp.newPost', false, { title: 'post_title', content: 'post_content', excerpt: 'post_excerpt', status: 'post_status' });
    case 'metaWeblog.newPost':
    case 'metaWeblog.editPost': {
      const publish = TRUE.has((param(4) ?? '').trim());
      const status = m('post_status') ?? (publish ? 'publish' : 'draft');
      const get = (name: string) => (name === 'status' ? status : m(name));
      const more = m('mt_text_more');
      const withMore = (name: string) => (name === 'description' && more !== undefined && more.trim() !== '' ? `${m('description') ?? ''}\n${more}` : get(name));
      return postResult(withMore, true, false, { title: 'title', content: 'description', excerpt: 'mt_excerpt', status: 'status' });
    }
    case 'blogger.newPost':
    case 'blogger.editPost': {
      if (!TRUE.has((param(5) ?? '').trim())) return { post: false };
      const content = param(4);
      return { post: true, kind: 'post', text: content === undefined ? null : markupText(content) };
    }
    case 'wp.newComment':
    case 'wp.editComment': {
      const content = m('content');
      const parent = m('comment_parent');
      if (content === undefined) return call.method === 'wp.editComment' ? { post: false } : { post: true, kind: 'comment', text: null };
      return { post: true, kind: parent !== undefined && parent.trim() !== '' && parent.trim() !== '0' ? 'reply' : 'comment', text: markupText(content) };
    }
    default:
      return { post: false };
  }
}

const WPCOM_HOST = /^public-api\.wordpress\.com$/;

// ------------------------------------------------------------ Jetpack Social

/**
 * Jetpack Social's reshare of a published post to the site's connected social
 * accounts: `wpcom/v2/publicize/share-post/{postId}` (self-hosted under
 * `/wp-json/` or `?rest_route=`, WordPress.com under `/wpcom/v2/sites/{site}/`;
 * the older `jetpack/v4/publicize/{postId}`). `message` is what the shares
 * say; without one they carry the post's own words, which are not in the request.
 */
const SOCIAL_SHARE = /^\/(?:wpcom\/v2\/(?:sites\/([^/]+)\/)?publicize\/share-post|jetpack\/v4\/publicize)\/\d+\/?$/;
const SHARE_DEFAULT_WORDS = "this request shares a published post to social accounts with the post's own words, which are not in the request";

function socialShareRoute(ctx: EndpointContext): RegExpExecArray | null {
  const path = ctx.url.pathname;
  const marker = path.indexOf('/wp-json/');
  const route = marker !== -1 ? path.slice(marker + 8) : ctx.host === 'public-api.wordpress.com' ? path : (ctx.url.searchParams.get('rest_route') ?? '');
  return route.length <= 200 ? SOCIAL_SHARE.exec(route) : null;
}

function parseSocialShare(ctx: EndpointContext): EndpointResult {
  const route = socialShareRoute(ctx);
  if (!route) return NOT_MINE;
  const site = route[1] !== undefined ? wpcomSite(route[1]) : undefined;
  const get = getter(ctx);
  const message = get ? str(get('message')) : undefined;
  const result: EndpointResult =
    message !== undefined && message.trim() !== ''
      ? { post: true, kind: 'post', text: message }
      : { post: true, kind: 'post', text: null, textUnknownBecause: SHARE_DEFAULT_WORDS };
  return site !== undefined ? { ...result, site } : result;
}

export const wordpress: SiteAdapter = {
  id: 'wordpress',
  hosts: null,
  siteFor: (host) => (host === 'public-api.wordpress.com' ? 'wordpress.com' : host.replace(/^www\./, '')),
  endpoints: [
    {
      name: 'wordpress.rest',
      methods: ['POST', 'PUT', 'PATCH'],
      path: /\/wp-json\/wp\/v2\/(?:posts|pages|comments)(?:\/\d+)?(?:\/autosaves)?\/?$/,
      parse: parseRest,
    },
    {
      // Routes whose prose is not a post: answered at once, never handed to the heuristic.
      name: 'wordpress.rest.quiet',
      methods: ['POST', 'PUT', 'PATCH'],
      path: /\/wp-json\/wp\/v2\/(?:settings|media|users|categories|tags|templates|template-parts|global-styles|navigation|menu-items|menus|widgets|sidebars|blocks|block-renderer|font-families)(?:\/[^/]*){0,3}$/,
      publishes: false,
      parse: parseRest,
    },
    {
      name: 'wordpress.rest.plain-permalinks',
      methods: ['POST', 'PUT', 'PATCH'],
      path: /\/(?:index\.php)?$/,
      query: (url) => (url.searchParams.get('rest_route') ?? '').startsWith('/wp/v2/'),
      parse: parseRest,
    },
    {
      name: 'wordpress.com.wp-v2',
      methods: ['POST', 'PUT', 'PATCH'],
      host: WPCOM_HOST,
      path: /^\/wp\/v2\/sites\/[^/]+\/(?:posts|pages|comments)(?:\/\d+)?(?:\/autosaves)?\/?$/,
      parse: parseRest,
    },
    { name: 'wordpress.com.rest-v1', methods: ['POST'], host: WPCOM_HOST, path: /^\/rest\/v1(?:\.\d)?\/sites\/[^/]+\/(?:posts|comments)\//, parse: parseWpcomV1 },
    {
      // Jetpack Social: a published post shared again to the connected social accounts.
      name: 'wordpress.jetpack-social.share',
      methods: ['POST'],
      path: /(?:\/wp-json\/(?:wpcom\/v2\/publicize\/share-post|jetpack\/v4\/publicize)|^\/wpcom\/v2\/sites\/[^/]+\/publicize\/share-post)\/\d+\/?$/,
      parse: parseSocialShare,
    },
    {
      name: 'wordpress.jetpack-social.share.plain-permalinks',
      methods: ['POST'],
      path: /\/(?:index\.php)?$/,
      query: (url) => /^\/(?:wpcom\/v2\/publicize\/share-post|jetpack\/v4\/publicize)\/\d+\/?$/.test(url.searchParams.get('rest_route') ?? ''),
      parse: parseSocialShare,
    },
    { name: 'wordpress.comment-form', methods: ['POST'], path: /\/wp-comments-post\.php$/, parse: parseCommentForm },
    { name: 'wordpress.admin-ajax', methods: ['POST'], path: /\/wp-admin\/admin-ajax\.php$/, publishes: false, parse: parseAdminAjax },
    { name: 'wordpress.classic-editor', methods: ['POST'], path: /\/wp-admin\/post\.php$/, parse: parseClassicEditor },
    { name: 'wordpress.xmlrpc', methods: ['POST'], path: /\/xmlrpc\.php$/, parse: parseXmlRpc },
  ],
};
