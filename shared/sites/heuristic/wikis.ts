/**
 * Wikis, annotations and forum topics (round w1).
 *
 * Wikis: MediaWiki's Action API (`…/api.php` with `action` in the
 * form or the query string, as mw.Api, mwclient and pywikibot send it) and
 * Fandom's Nirvana controllers (`controller` and `method` in the query string).
 *
 * What publishes nothing (wikiPublishesNothing): a parse of a draft (`action=parse`,
 * the preview the source editor and DiscussionTools ask for), the edit stash
 * (`action=stashedit`, sent while the person is still typing), template
 * expansion and comparisons, and VisualEditor's calls other than its save
 * (`visualeditoredit` with `paction` diff, serialize or serializeforcache),
 * and (round w1c) actions whose only words are a log entry's reason: moves,
 * deletions, blocks, protections, tags and rights, page and account
 * maintenance, as moderators' actions with a reason are elsewhere. Also, for
 * game communities: a group's own description set at its own path
 * (`…/groups/{id}/description`), as a channel's description is no post, and
 * a post sent with `live` false beside its title at a blog editor's path or
 * beside the draft form's `intro`/`markdown` (lila's blog draft). Action
 * names another site's `api.php` could use (`parse`, `move`, `delete`…) are
 * refused only beside a MediaWiki parameter, token or `/w/api.php` (w1
 * review); Flow's moderation reasons, rollback, an upload to the stash,
 * REST `transform` previews and DokuWiki's `do[preview]` publish nothing.
 *
 * What kind a post is (wikiKind): DiscussionTools' `addcomment` answers the
 * comment it names (a reply) and `addtopic` opens a section (a post);
 * StructuredDiscussions' (Flow's) `reply` and `new-topic` likewise;
 * `emailuser` is mail to one user (a message); a page's edit or a
 * VisualEditor save is a post, whatever a recipient-like field beside it says.
 * A Nirvana method named for a reply (`createReply`, `postNewCommentReply`)
 * is a reply, and a comments controller's other methods are comments under
 * the page (`ArticleCommentsController`).
 *
 * A page's edit is shown as the wikitext (or HTML) the request sends, the
 * page as it will read: the words the person changed cannot be told from it
 * without the revision it replaces, and its edit summary alone would hide
 * what goes out under the account.
 *
 * Annotations: words written over someone else's page, as the
 * Hypothesis API (`POST /api/annotations`, W3C Web Annotation selectors) and
 * Genius's (`POST /annotations` with a `referent`) take them.
 *
 * What is not the writer's (annotatedSource): the annotated page's words the
 * request carries to anchor the note, never read as prose: a `target` whose
 * `selector` holds W3C selectors, any `selector`/`selectors` holding
 * selectors (`TextQuoteSelector`'s `exact`, `prefix` and `suffix`), a
 * Genius-style `referent` (its `fragment` and `context_for_display`), and
 * the page's metadata beside them (`document` beside a `target`, `web_page`
 * beside a `referent`). A highlight, an annotation with no text of its own,
 * is then no post.
 *
 * What kind (annotationKind): an annotation is a comment under the page it is
 * written on; one naming the annotations it answers (`references`, non-empty)
 * is a reply. Only on an `annotations` collection or one annotation by id.
 *
 * Forum topics by path (forumTopicReply): words POSTed to `new`, `reply` or
 * `post` under a topic named in a forum's category (lila's
 * POST /forum/{category}/{topic}/new) go into that topic: a reply. A topic's
 * collection word in the topic's place (`/forum/{category}/topics/new`) is a
 * new topic, and left as it was, as is a body with the topic's own title.
 *
 * Joins by path (round w1b): a note sent with a request to join a team,
 * club or group named by slug (`…/team/{slug}/join`) goes to its leaders, a
 * message. (A petition signature's reason stays a post, as round f1's review
 * decided.) The classic source editor's form (EditPage: `wpTextbox1`) saves
 * a post with `wpSave` and nothing with `wpPreview` or `wpDiff` alone.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, topLevelString } from './body-fields';
import { CONTAINER_TEXT } from './unread-fields';
import { hasIdSegment, lastSegment } from './paths';

const API_SCRIPT = /^api\.php$/i;
const NIRVANA_SCRIPT = /^wikia\.php$/i;
/** Actions that only render, stash, expand or compare what is written. */
const PREVIEW_ACTION = /^(?:parse|stashedit|expandtemplates|compare|discussiontoolspreview|visualeditor|templatedata)$/i;
/**
 * Actions whose only words are a log entry's reason (a move, a deletion, a block, a protection, tags, rights): page
 * and account maintenance, as moderators' actions with a reason are elsewhere, and a reason is a log line as an
 * edit summary is. Only names no other site's `api.php` would use for publishing: not `review`, `tag` or `import`.
 */
const LOG_ACTION = /^(?:move|delete|undelete|block|unblock|protect|rollback|mergehistory|changecontentmodel|changeauthenticationdata|managetags|revisiondelete|userrights|setpagelanguage|stabilize|pagetriageaction)$/i;
/**
 * Action names another site's one-file `api.php` could use for its own publishing (a tracker's `move` with a note, a
 * shop's `compare`): refused only beside a sign the call is MediaWiki's (w1 review, M2).
 */
const COMMON_ACTION = /^(?:parse|compare|move|delete|undelete|block|unblock|protect|rollback|upload)$/i;
/** Parameters every MediaWiki client sends (mw.Api's `format`, a page named by `title` or `pageid`). */
const MEDIAWIKI_PARAM = /^(?:format|formatversion|pageid|title|errorformat|assert)$/i;
/** A wiki's own script path (Wikimedia's and many wikis' `/w/api.php`, `/wiki/api.php`). */
const WIKI_PATH = /(?:^|\/)(?:w|wiki|mediawiki)\/api\.php$/i;
/** Flow's moderation of a post or topic (`mpreason`, `mtreason`): a reason on a log line, as LOG_ACTION's. */
const FLOW_MODERATION = /^moderate-(?:post|topic)$/i;
/** VisualEditor's calls on the way to a save: only `save` publishes. */
const VE_NON_SAVE = /^(?:diff|serialize|serializeforcache|preview)$/i;

function param(url: URL | undefined, body: ParsedBody, name: string): string | undefined {
  return topLevelString(body, name) ?? url?.searchParams.get(name) ?? undefined;
}

/**
 * Whether an `api.php` call is MediaWiki's: its own parameters, a CSRF token ending in `+\\` (every MediaWiki
 * token does), or a wiki's script path. The refusal sees the body and path only, not the host or query string.
 */
function mediaWikiCall(path: string, body: ParsedBody): boolean {
  return hasField(body, MEDIAWIKI_PARAM) || hasField(body, /token$/i, /\+\\$/) || WIKI_PATH.test(path);
}

/** A blog or article editor's path (lila's `/ublog/{id}/edit`, `/@/{user}/blog/new`). */
const BLOG_EDITOR_PATH = /(?:^|\/)(?:u?blogs?|articles?)(?:\/|$)/i;
/** The draft form's own fields beside its title (lila's UblogForm: `intro`, `markdown`). */
const DRAFT_FORM_FIELD = /^(?:intro|markdown)$/i;
/** MediaWiki's REST previews (Parsoid's `…/rest.php/v1/transform/wikitext/to/html/{title}`, RESTBase's `…/transform/…`). */
const REST_TRANSFORM = /(?:^|\/)(?:rest\.php\/v1|api\/rest_v1)\/transform\//i;

/** A group's, team's or community's own description at its own path (Roblox's PATCH /v1/groups/{id}/description). */
const CONTAINER_DESCRIPTION_PATH = /(?:^|\/)(?:groups?|teams?|clubs?|communit(?:y|ies)|channels?|servers?|guilds?)\/[^/]+\/(?:description|about|rules|purpose|summary)\/?$/i;

/**
 * Whether a call publishes nothing: a MediaWiki API call that only previews, stashes, serialises or logs, the
 * classic editor's preview, a group's own description set at its own path, or a post kept off the site
 * (`live` false beside its title: lila's blog form saves a draft so).
 */
export function wikiPublishesNothing(body: ParsedBody, path: string): boolean {
  if (CONTAINER_DESCRIPTION_PATH.test(path) && hasField(body, CONTAINER_TEXT)) return true;
  const live = body.type === 'json' && isRecord(body.value) ? body.value['live'] : topLevelString(body, 'live');
  // Only a blog editor's draft: `live` false beside a title on a live blog's entry or a stream tool's update is
  // no draft flag, and its words go out (w1 review, D1).
  if ((live === false || live === 'false') && topLevelString(body, 'title') !== undefined && (BLOG_EDITOR_PATH.test(path) || hasField(body, DRAFT_FORM_FIELD))) return true;
  // The classic source editor's form (EditPage) names the button clicked: Show preview or Show changes saves nothing.
  if (topLevelString(body, 'wpTextbox1') !== undefined && topLevelString(body, 'wpSave') === undefined && (topLevelString(body, 'wpPreview') !== undefined || topLevelString(body, 'wpDiff') !== undefined)) return true;
  // DokuWiki's editor form likewise: `do[preview]` without `do[save]`.
  if (topLevelString(body, 'wikitext') !== undefined && topLevelString(body, 'do[save]') === undefined && topLevelString(body, 'do[preview]') !== undefined) return true;
  if (REST_TRANSFORM.test(path)) return true;
  if (!API_SCRIPT.test(lastSegment(path))) return false;
  const action = topLevelString(body, 'action');
  if (action === undefined) return false;
  if (COMMON_ACTION.test(action) && !mediaWikiCall(path, body)) return false;
  // An upload to the stash (`stash=1`, UploadWizard's first step) publishes nothing until its file is published.
  if (/^upload$/i.test(action)) return /^(?:1|true)$/i.test(topLevelString(body, 'stash') ?? '');
  if (PREVIEW_ACTION.test(action) || LOG_ACTION.test(action)) return true;
  if (/^flow$/i.test(action) && FLOW_MODERATION.test(topLevelString(body, 'submodule') ?? '')) return true;
  return /^visualeditoredit$/i.test(action) && VE_NON_SAVE.test(topLevelString(body, 'paction') ?? '');
}

const SIGNED_INDENTED_REPLY = /^\s*:+[^\n]*~{3,5}\s*$/;

/** The kind of a MediaWiki API or Nirvana call's post, when the call says it. */
export function wikiKind(url: URL, path: string, body: ParsedBody): PostKind | undefined {
  const script = lastSegment(path);
  // The classic source editor's save (EditPage's wpTextbox1): a page or section as it will read, or a new section.
  if (topLevelString(body, 'wpTextbox1') !== undefined) return 'post';
  if (API_SCRIPT.test(script)) {
    const action = (param(url, body, 'action') ?? '').toLowerCase();
    if (action === 'discussiontoolsedit') {
      const paction = (param(url, body, 'paction') ?? '').toLowerCase();
      if (paction === 'addcomment') return 'reply';
      if (paction === 'addtopic') return 'post';
      return undefined;
    }
    if (action === 'flow') {
      const sub = (param(url, body, 'submodule') ?? '').toLowerCase();
      // A post in a topic is a reply in it, and so is its edit (`edit-post`).
      if (sub === 'reply' || sub === 'edit-post') return 'reply';
      if (sub === 'new-topic') return 'post';
      return undefined;
    }
    if (action === 'emailuser') return 'message';
    // Words appended to a page indented by `:` and signed (`~~~~`) answer the comment above them, by talk-page
    // convention: a reply, as DiscussionTools' addcomment (w1 review, J4).
    if (action === 'edit' && SIGNED_INDENTED_REPLY.test(param(url, body, 'appendtext') ?? '')) return 'reply';
    if (action === 'edit' || action === 'visualeditoredit') return 'post';
    return undefined;
  }
  if (NIRVANA_SCRIPT.test(script)) {
    const controller = url.searchParams.get('controller') ?? '';
    const method = url.searchParams.get('method') ?? '';
    if (/reply$/i.test(method)) return 'reply';
    if (/comments?(?:controller)?$/i.test(controller)) return 'comment';
  }
  return undefined;
}

const SELECTOR_KEY = /^selectors?$/i;
const ANCHOR_KEY = /^(?:target|targets)$/i;

function someItem(v: unknown, ok: (o: Record<string, unknown>) => boolean): boolean {
  if (Array.isArray(v)) return v.slice(0, 20).some((i) => isRecord(i) && ok(i));
  return isRecord(v) && ok(v);
}
function isSelector(o: Record<string, unknown>): boolean {
  return (typeof o['type'] === 'string' && /Selector$/.test(o['type'])) || ['exact', 'prefix', 'suffix'].some((k) => typeof o[k] === 'string');
}
function isReferent(v: unknown): boolean {
  return isRecord(v) && ('fragment' in v || 'raw_annotatable_url' in v || 'context_for_display' in v);
}

/** Whether `holder[key]` is the annotated page's words or metadata, not the annotation's own. */
export function annotatedSource(key: string, holder: Record<string, unknown>): boolean {
  const v = holder[key];
  if (SELECTOR_KEY.test(key)) return someItem(v, isSelector);
  // Only a W3C target, whose `selector` holds selectors: a CSS selector string or a `source` naming a kind of thing
  // beside the person's own words is no anchor (w1 review, D2).
  if (ANCHOR_KEY.test(key)) return someItem(v, (o) => someItem(o['selector'], isSelector));
  if (key === 'referent') return isReferent(v);
  if (key === 'document') return Object.keys(holder).some((k) => ANCHOR_KEY.test(k) && annotatedSource(k, holder));
  if (key === 'web_page') return isReferent(holder['referent']);
  return false;
}

const ANNOTATIONS_PATH = /(?:^|\/)annotations(?:\/([^/]+))?\/?$/i;

/** An annotation's kind: a comment under the page, or a reply when it names the annotations it answers. */
export function annotationKind(path: string, body: ParsedBody): PostKind | undefined {
  const m = ANNOTATIONS_PATH.exec(path);
  if (m === null || (m[1] !== undefined && !hasIdSegment(m[1]))) return undefined;
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const refs = body.value['references'];
  return Array.isArray(refs) && refs.length > 0 ? 'reply' : 'comment';
}

const FORUM_TOPIC_POST = /(?:^|\/)forums?\/[^/]+\/([^/]+)\/(?:new|reply|post)\/?$/i;
const TOPIC_COLLECTION_WORD = /^(?:topics?|threads?|posts?|discussions?|new)$/i;

/** A topic's own title beside its words: a new topic in the sub-forum the path names, not a reply (w1 review, M3). */
const TOPIC_TITLE_FIELD = /^(?:title|subject|name|topic_?title)$/i;

/** Whether words are POSTed into a forum topic named in the path (`/forum/{category}/{topic}/new`). */
export function forumTopicReply(path: string, body: ParsedBody): boolean {
  const m = FORUM_TOPIC_POST.exec(path);
  return m !== null && !TOPIC_COLLECTION_WORD.test(m[1]!) && !hasField(body, TOPIC_TITLE_FIELD);
}

/**
 * A request to join a team, club or group named by its slug (lila's POST /team/{teamId}/join `message`): its
 * note is read by the leaders only, as kind.ts reads a join by id.
 */
const JOIN_BY_SLUG = /(?:^|\/)(?:teams?|clubs?|groups?)\/[^/]+\/join\/?$/i;

/** The kind this round's rules give a post (wikis, annotations, joins and forum topics by path), if any. */
export function communityKind(url: URL, path: string, body: ParsedBody, method: string): PostKind | undefined {
  const kind = wikiKind(url, path, body) ?? annotationKind(path, body);
  if (kind || method !== 'POST') return kind;
  if (JOIN_BY_SLUG.test(path)) return 'message';
  return forumTopicReply(path, body) ? 'reply' : undefined;
}
