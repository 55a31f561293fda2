/**
 * Office suites, intranets and comments on shared documents (round o1): what
 * colleagues read in SharePoint, Confluence, Google Drive, Box and Figma, and
 * what only saves a document.
 *
 * - OData paths (SharePoint's REST API, `/_api/…`): a key in parentheses
 *   (`items(14)`, `GetItemById(14)`, `Comments(3)`, a quoted or `guid'…'`
 *   key, a server-relative URL) names the item as a path segment of its own would, and an empty call (`Comments()`) names the
 *   collection: read so (odataPath) before the kind is told, so that a comment
 *   under a page item is a comment and one under a comment a reply.
 * - Comments that say by their body where they hang (documentKind):
 *   Confluence's content API (`type: 'comment'` with a `container`, a reply
 *   naming its parent comment in `ancestors`; without one at a content id, an
 *   update), Box's `item: { type: 'comment' }`
 *   (a reply) or `{ type: 'file' }` (a comment), Figma's `comment_id` beside a
 *   comment's words (a reply), and a comment created under a comment by id
 *   (Confluence Data Center's editor: …/comments/{parent}/comment); and a page
 *   placed under a parent page (`parentPageString`, `parent_page_id`, Confluence
 *   Data Center's create form), a post where a parent would make a reply, or a
 *   comment under that page when a comment is named (a reply beside a parent,
 *   an operation's own kind kept).
 * - SharePoint's `@mention{n}` placeholders read as the names in the body's
 *   `mentions` list (withMentionNames).
 * - A Microsoft 365 group's conversations through Graph, in Graph's body shapes (groupConversationKind):
 *   every member reads them, as a mailing list's archive is read (work-tools.ts):
 *   a new conversation or thread is a post, a reply in a thread (…/threads/{id}/reply,
 *   also under …/conversations/{id}/, and a reply to one of its posts) a reply;
 *   the `conversations` in the path does not make them private messages.
 * - The document's own text quoted beside a comment (quotedFromDocument):
 *   Drive's `quotedFileContent`, Confluence's inline comment `textSelection`,
 *   a `selectedText`: the words commented on, not the commenter's, and often
 *   longer than the comment; the comment's own words beside it are read at
 *   any length, as a comment (quotesDocument, wordsBesideQuote).
 * - A document in Atlassian Document Format sent as a JSON string (Confluence
 *   REST v2's `body: { representation: 'atlas_doc_format', value: '{…}' }`):
 *   read as the text it holds (serialisedDocumentText), as an ADF object is.
 * - Saving a document publishes nothing (documentSaved): Google Docs', Slides'
 *   and Sheets' batchUpdate and values writes, a Drive file's metadata (its
 *   name and description, as a folder's description is a setting), a
 *   SharePoint site page created or changed through Microsoft Graph (a draft
 *   until published: its publish carries no words and is held by saved-sends.ts),
 *   a OneNote page created or appended to, and Quip's edit-document.
 */
import { isRecord } from '../body';
import { proseMirrorText } from '../rich-text';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasKeyDeep, hasParentField } from './body-fields';
import { HEURISTIC_MAX_BODY } from './limits';
import { GENERIC_PARENT_FIELD } from './words';

/** An OData service's path: SharePoint's `/_api/`, a WCF data service's `.svc/`, an `/odata/` root. */
const ODATA_ROOT = /\/_api\/|\.svc\/|\/odata\//i;
/**
 * A segment calling an entity set or function with a key or nothing: `items(14)`, `lists('Site Pages')`,
 * `GetItemByUniqueId('5a1b…')`, `lists(guid'…')`, `GetFileByServerRelativeUrl('/sites/hr/SitePages/News.aspx')`,
 * `Comments()`. A quoted key may hold slashes (a server-relative URL).
 */
const ODATA_KEY_SEGMENT = /\/([A-Za-z][\w.$]{0,60})\((?:(\d{1,19})|(?:guid)?'([^'()]{0,300})'|)\)(?=\/|$)/gi;
/** A quoted key that is an id as it stands: digits (SAP's `Posts('0001')`) or a GUID. */
const ODATA_ID_KEY = /^(?:\d{1,19}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** The segment standing for a quoted key that is not an id (a title, a URL): it still names one item. */
const ODATA_NAMED_KEY = '0';
/**
 * The path with each OData key as a segment of its own (`items(14)` → `items/14`, `Posts('0001')` → `Posts/0001`, a
 * title or URL as ODATA_NAMED_KEY) and empty calls bare (`Comments()` → `Comments`): a quoted key names an item as a
 * number does (o1 review, M5).
 */
export function odataPath(path: string): string {
  if (!ODATA_ROOT.test(path)) return path;
  return path.replace(ODATA_KEY_SEGMENT, (_m: string, name: string, id: string | undefined, quoted: string | undefined) => {
    if (id !== undefined) return `/${name}/${id}`;
    if (quoted === undefined) return `/${name}`;
    return `/${name}/${ODATA_ID_KEY.test(quoted) ? quoted : ODATA_NAMED_KEY}`;
  });
}

/** The last segment names comments (`/comments`, `/footer-comments`). */
const COMMENTS_END = /(?:^|\/|-)comments\/?$/i;
/** A comment created under a comment by its id: …/comments/{id}/comment (Confluence Data Center's editor). */
const COMMENT_UNDER_COMMENT = /\/comments\/\d+\/comment\/?$/i;
/** Confluence's content API addressing one piece of content by id (Cloud's /wiki/rest/api/content/{id}, Data Center's /rest/api/content/{id}). */
const CONTENT_BY_ID = /\/rest\/api\/content\/\d{1,20}\/?$/i;
/** A parent page's field (Confluence Data Center's `parentPageString`, a `parent_page_id`). */
const PARENT_PAGE_FIELD = /^parent_?page(?:_?[a-z]{1,20})?$/i;
/** A parent comment or what is replied to, which makes a reply whatever page it is on. */
const PARENT_COMMENT_FIELD = /^(?:parent_?comment\w{0,20}|(?:in_?)?reply_?to\w{0,20}|replied_?to\w{0,20})$/i;
/** The kind a comment's body or path says, where the generic rules would read a post or a comment; a page under a parent page a post. */
export function documentKind(path: string, body: ParsedBody, method: string, action?: PostKind): PostKind | undefined {
  const post = method.toUpperCase() === 'POST';
  if (post && COMMENT_UNDER_COMMENT.test(path)) return 'reply';
  // A page under a parent page is a page of its own (as Confluence v2's `parentId` is); words sent to a comment path,
  // under a comment's name or by an operation naming a comment beside the parent page are a comment under that page,
  // or a reply where a parent (`parent_id`, `parent`) is named beside it; an operation's own kind is kept (o1 review,
  // M2: the page's field names no parent comment, so the generic parent rules cannot tell here).
  if (hasField(body, PARENT_PAGE_FIELD) && !hasField(body, PARENT_COMMENT_FIELD)) {
    const commentNamed = /comment/i.test(path) || hasKeyDeep(body, /comment/i) || action === 'comment';
    if (action === 'reply' || (commentNamed && hasParentField(body, GENERIC_PARENT_FIELD))) return 'reply';
    return commentNamed ? 'comment' : action ?? 'post';
  }
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const v = body.value;
  // Confluence's content API: one address for pages, blog posts and comments, the type in the body.
  if (v['type'] === 'comment' && isRecord(v['container'])) return Array.isArray(v['ancestors']) && v['ancestors'].length > 0 ? 'reply' : 'comment';
  // Its update names the comment by id in the path and may leave the container out (an edit, or an inline comment's
  // resolve, which sends the words again): still a comment (o1 review, M7).
  if (v['type'] === 'comment' && CONTENT_BY_ID.test(path)) return 'comment';
  // Words beside the document's text they are anchored to are a comment on it, unless a parent comment is named.
  if (quotesDocument(body) && !hasField(body, PARENT_COMMENT_FIELD)) return 'comment';
  if (!COMMENTS_END.test(path)) return undefined;
  const item = v['item'];
  if (isRecord(item) && typeof item['type'] === 'string' && (typeof item['id'] === 'string' || typeof item['id'] === 'number')) return item['type'] === 'comment' ? 'reply' : 'comment';
  const parent = v['comment_id'];
  // Figma's ids are numbers; a client's own id for the new comment (a UUID) names no parent. Only a POST creates
  // under it: a PUT with a comment's id changes that comment (o1 review, M3).
  if (post && ((typeof parent === 'string' && /^\d{1,20}$/.test(parent)) || typeof parent === 'number')) return 'reply';
  return undefined;
}

/** A group's conversation thread: a reply in it, or to one of its posts. */
const GROUP_THREAD_REPLY = /\/groups\/[^/]+\/(?:conversations\/[^/]+\/)?threads\/[^/]+\/(?:posts\/[^/]+\/)?reply\/?$/i;
/** A group's new conversation, or a new thread in one. */
const GROUP_THREAD_NEW = /\/groups\/[^/]+\/(?:conversations(?:\/[^/]+\/threads)?|threads)\/?$/i;
/** Graph's post: `{ body: { contentType, content } }`. */
function graphPost(v: unknown): boolean {
  return isRecord(v) && isRecord(v['body']) && typeof v['body']['content'] === 'string';
}
function graphPosts(v: unknown): boolean {
  return Array.isArray(v) && v.some(graphPost);
}
/**
 * Only Graph's shapes: a conversation's `threads` of `posts`, a thread's `posts`, a reply's `post`, each post's words
 * in `body.content`. A chat or school-messaging app's `/groups/{id}/conversations` with a plain `text` is a private
 * talk among the group's members, a message (o1 review, M1).
 */
function graphGroupBody(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const v = body.value;
  const threads = v['threads'];
  return graphPosts(v['posts']) || graphPost(v['post']) || (Array.isArray(threads) && threads.some((t) => isRecord(t) && graphPosts(t['posts'])));
}
export function groupConversationKind(path: string, body: ParsedBody): 'post' | 'reply' | undefined {
  if (!graphGroupBody(body)) return undefined;
  if (GROUP_THREAD_REPLY.test(path)) return 'reply';
  return GROUP_THREAD_NEW.test(path) ? 'post' : undefined;
}

/** Fields holding the document's text a comment is anchored to. */
const QUOTED_FROM_DOCUMENT = /^(?:quoted_?file_?content|quoted_?text|text_?selection|selected_?text|selection_?text|highlighted_?text)$/i;
export function quotedFromDocument(key: string): boolean {
  return key.length <= 40 && QUOTED_FROM_DOCUMENT.test(key);
}
/**
 * A body quoting the document it comments on: the quote anchors the words sent beside it to the document, so they
 * are a comment (documentKind), and most such comments are short ("Agreed.", "Please reword this one."): their own
 * words are read at any length (o1 review, D2), where prose elsewhere needs the heuristic's minimum.
 */
export function quotesDocument(body: ParsedBody): boolean {
  return hasKeyDeep(body, QUOTED_FROM_DOCUMENT);
}
/** The fields a comment's own words are sent in beside a quote (Drive's `content`, Confluence's `body.value`). */
const WORDS_BESIDE_QUOTE = /^(?:content|text|body|message|comment|value|html(?:_?content)?)$/i;
/** Words, however few, in a field named for a comment's words: not an id, a URL or JSON. */
export function wordsBesideQuote(name: string, text: string): boolean {
  const t = text.trim();
  if (!WORDS_BESIDE_QUOTE.test(name) || t === '' || /^(?:https?:\/\/\S+$|[{[])/i.test(t)) return false;
  const visible = t.replace(/\s+/g, '').length;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && letters / visible >= 0.6;
}

/** SharePoint's placeholder for the n-th person a comment mentions. */
const MENTION_PLACEHOLDER = /@mention\{(\d{1,3})\}/g;
/**
 * A comment's text with SharePoint's `@mention{n}` placeholders replaced by the names of the people mentioned, as
 * the page shows them, from the `mentions` list beside it (`[{ email, loginName, name }]`): whom the comment notifies
 * is part of what is published (o1 review, M6). A placeholder with no name beside it is kept.
 */
export function withMentionNames(text: string, holder: unknown): string {
  if (!text.includes('@mention{') || !isRecord(holder)) return text;
  const mentions = holder['mentions'];
  if (!Array.isArray(mentions)) return text;
  return text.replace(MENTION_PLACEHOLDER, (m: string, n: string) => {
    const person: unknown = mentions[Number(n)];
    const name = isRecord(person) ? person['name'] : undefined;
    return typeof name === 'string' && name.trim() !== '' && name.length <= 200 ? `@${name.trim()}` : m;
  });
}

/** A ProseMirror or Atlassian document sent as a JSON string: its text, or undefined. */
export function serialisedDocumentText(value: string): string | undefined {
  if (value.length > HEURISTIC_MAX_BODY || !/^\s*\{/.test(value) || !/"type"\s*:\s*"doc"/.test(value)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(doc) || doc['type'] !== 'doc' || !Array.isArray(doc['content'])) return undefined;
  const read = proseMirrorText(doc, { links: true });
  return read !== undefined && read.complete ? read.text : undefined;
}

/** Google Docs', Slides' and Sheets' APIs: a document's edits and a sheet's values. */
const DOCUMENT_EDIT = /\/(?:documents|presentations|spreadsheets)\/[^/]+:batchUpdate\/?$|\/spreadsheets\/[^/]+\/values(?:[/:]|$)/i;
/** A Drive file's metadata (created, renamed, described), not its comments or permissions. */
const DRIVE_FILE = /^(?:\/upload)?\/drive\/v[23]\/files(?:\/[^/]+)?\/?$/i;
/** A SharePoint site page through Microsoft Graph, created or changed (a draft until its publish action). */
const GRAPH_SITE_PAGE = /^\/(?:v1\.0|beta)\/sites\/[^/]+\/pages(?:\/[^/]+(?:\/microsoft\.graph\.sitePage)?)?\/?$/i;
/** A OneNote page created in a section or notebook, or its content changed (Graph's …/onenote/…/pages[/{id}/content]). */
const ONENOTE_PAGE = /\/onenote\/(?:(?:sections|notebooks)\/[^/]+\/)?pages(?:\/[^/]+\/content)?\/?$/i;
/** Quip's Automation API editing a document's text. */
const EDIT_DOCUMENT = /\/threads\/edit-document\/?$/i;
/** Only Graph's own page body says so: its `@odata.type` or its canvas (another API's /v1.0/sites/{id}/pages may publish). */
function graphSitePageBody(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const type = body.value['@odata.type'];
  return (typeof type === 'string' && /sitePage$/i.test(type)) || isRecord(body.value['canvasLayout']);
}
export function documentSaved(path: string, body: ParsedBody): boolean {
  return DOCUMENT_EDIT.test(path) || DRIVE_FILE.test(path) || (GRAPH_SITE_PAGE.test(path) && graphSitePageBody(body)) || ONENOTE_PAGE.test(path) || EDIT_DOCUMENT.test(path);
}
