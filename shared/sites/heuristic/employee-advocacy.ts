/**
 * Employee-advocacy and internal-communications platforms (round ea1, mended in ea1rev): an employee writing for or about the employer
 * on the intranet's feed, under a leadership update, in a community or a chat. Most of these platforms' requests are
 * read by the general rules as they stand (Beekeeper's posts, comments and conversations, Haiilo's timeline items and
 * chat messages, Staffbase's channel posts and comments). This module reads what they do not:
 *
 * - LumApps names every write of its Google Cloud Endpoints API `…/save` (`/_ah/api/lumsites/v1/comment/save`,
 *   `…/community/post/save`; lumapps/lumapps-sdk's guides), and `save` is on watches.ts's skip list, where an
 *   editor's autosave belongs. A save under the Endpoints prefix (`/_ah/api/{api}/v{n}/`) of a `comment` or a
 *   `post` is a comment or post being published, so it is watched (endpointsPublishSave). Pages' and other contents'
 *   saves (`content/save`) stay skipped: an editor saving a page publishes nothing by that call; but a news item
 *   saved with `status: LIVE` is published to everyone by it (lumappsNewsPublishWatched, ea1rev J1; its text is the
 *   general reader's, its kind the later rules' post). The scope is deliberate (ea1rev M5): any Cloud Endpoints app's
 *   `comment/save` or `post/save` is read so, for one prefix test on other traffic. Such saves are watched from
 *   other sites' pages only on LumApps' own hosts (`*.lumapps.com`: its API cells are called from customers' own
 *   intranet domains; ea1rev D2); elsewhere the cross-site exclusion stays.
 * - Such a comment names the post it hangs on in `content` and, when it answers another comment, that comment in
 *   `parentComment` (employeeAdvocacyKind): a comment, or a reply in the thread (the parent given as a string, a
 *   number or an object with its `uid` or `id`, ea1rev M2). A community post is a post.
 * - Haiilo's notification to one colleague (`POST …/notifications` with a `receiverId`; haiilo/n8n-node's
 *   sendNotification) carries her note in `excerpt`: a message (ea1rev D3).
 * - A share of the company's content (ea1rev D1): beside a shared `link` on a `…/feed` write (Workplace's Graph API)
 *   with the link preview's override fields, or a filled `webPreviews` map (Haiilo's timeline items), the preview's
 *   `name`, `caption`, `description`, `title` and `picture` are the company's copy, never the person's words: only her
 *   caption (`message`, Haiilo's `data.message`) is shown, and a share with no caption of hers is not held
 *   (shareCaptionText, asked first by longest-field.ts).
 *
 * Since round r25 (clients the round did not cite):
 * - Bitrix24's News Feed through REST (`/rest/log.blogpost.add`, `log.blogcomment.add`, also by an inbound webhook's
 *   `/rest/{user}/{code}/…`): the `log.` namespace reads as a logger's path to the skip list, so bitrixFeedWrite is
 *   watched before it; a feed post is a post, a comment under one a comment (employeeAdvocacyKind).
 * - Jive's v3 core API: an answer to a discussion's messages resource (`/api/core/v3/messages/contents/{id}`) is a
 *   reply, not a private message; a discussion, document or update created at `/api/core/v3/contents` is a post,
 *   though its `parent` names the place (not something it answers).
 * - Both show a titled post's title and words together (intranetTitledText, asked by longest-field.ts after the
 *   share caption).
 *
 * Since its review (r25rev):
 * - Bitrix24's BBCode is read (a mention shows the person's name, a link its label, bold and the like drop their tags)
 *   in feed posts and comments, task and CRM timeline comments and `im.message.add` chats (D1, J4): a text opening
 *   with `[` was otherwise taken for non-prose. Task comments (`task.commentitem.add`, `{TASKID, FIELDS}` or a form's
 *   `arFields[POST_MESSAGE]`) and CRM timeline comments (`crm.timeline.comment.add`, `fields.COMMENT`) are comments
 *   (D5); a form post keeps its `POST_TITLE` (D6); a title and short words are shown together (D7). One method pattern
 *   serves every Bitrix rule (M4). The feed's watch past the skip list holds on Bitrix24's hosts or the webhook path
 *   only (M1), and Bitrix24's writes on its own hosts stand when sent from an app's iframe on another origin (J1).
 * - Jive: every message write (`/messages`, `/messages/{id}`, `/messages/{id}/messages`) is a reply (D2); a content
 *   edited by id (`PUT /contents/{id}`) answers as its creation, title shown (D3); a share to named `participants`
 *   is a message (D10); `content.text` is read as HTML only when `content.type` says so (M2); a private favourite holds
 *   nothing (J2).
 *
 * Kinds follow rounds o1 and hr1: the company feed everyone reads and a community's feed are a post, a comment under an
 * announcement a comment, an answer to a comment a reply, a chat a message.
 */
import { isRecord, parseBody } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere, topLevelString } from './body-fields';
import { asPlainText } from './field-values';
import { isFreeText } from './free-text';
import type { FreeText } from './longest-field';
import { lastSegment, pathSegments } from './paths';
import { withoutKeys } from './secrets';

/** The Google Cloud Endpoints prefix: `/_ah/api/{api}/v{n}`. */
function endpointsPrefix(segments: string[]): boolean {
  return segments.length > 5 && segments[1] === '_ah' && segments[2] === 'api' && /^v\d+$/.test(segments[4]!);
}

/** The published things whose `save` publishes them (LumApps' comments and community posts). */
const PUBLISHED_ENTITY = /^(?:comment|post)$/i;

/**
 * A save of a comment or a post through a Google Cloud Endpoints API (LumApps' `…/comment/save`,
 * `…/community/post/save`): watched despite the skip list's `save`.
 */
export function endpointsPublishSave(path: string): boolean {
  // `_ah` is the path's first segment (endpointsPrefix): a prefixed deployment is not read (ea1rev M3).
  if (!path.startsWith('/_ah/api/')) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  return endpointsPrefix(segments) && /^save$/i.test(segments[n - 1]!) && PUBLISHED_ENTITY.test(segments[n - 2]!);
}

/**
 * LumApps' own hosts (`sites.lumapps.com`, the API cells `go-cell-005.api.lumapps.com`): a save sent there from a
 * customer's intranet on its own domain is still LumApps' comment or post, so it is watched across sites (ea1rev D2).
 * The host is the only sign: the request names no page of its own.
 */
export function lumappsHost(host: string): boolean {
  return host.endsWith('.lumapps.com');
}

/**
 * A LumApps news item published through `…/content/save` (Wheatfield-STUDIO/mcp-server-lumapps's save_content: the
 * whole content object, `type` and `status` at its top): watched only when `type` is `news` and `status` is `LIVE`
 * (ea1rev J1). A draft, a page's or a layout's save stays skipped. Before the body is known the path is watched.
 */
export function lumappsNewsPublishWatched(path: string, body: string | undefined, contentType: string | undefined): boolean {
  if (!endpointsContentSave(path)) return false;
  if (body === undefined) return true;
  const parsed = parseBody(body, contentType);
  return /^news$/i.test(topLevelString(parsed, 'type') ?? '') && /^live$/i.test(topLevelString(parsed, 'status') ?? '');
}

/** A content's save through a Google Cloud Endpoints API (LumApps' `…/content/save`). */
function endpointsContentSave(path: string): boolean {
  if (!path.startsWith('/_ah/api/')) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  return endpointsPrefix(segments) && /^save$/i.test(segments[n - 1]!) && /^content$/i.test(segments[n - 2]!);
}

/**
 * A comment's, post's or news item's save on LumApps' own hosts stands when sent from another site's page (the
 * customer's intranet domain; ea1rev D2): cross-site.ts asks this before its comment-target tests.
 */
export function lumappsCrossSiteSave(host: string, path: string): boolean {
  return lumappsHost(host) && (endpointsPublishSave(path) || endpointsContentSave(path));
}

/** The comment a LumApps comment answers (`parentComment`), when it answers one. */
const PARENT_COMMENT_FIELD = /^parent[-_]?comment(?:[-_]?id)?$/i;

/** A parent comment named: a non-empty string, a number other than 0, or an object with its `uid` or `id` (ea1rev M2). */
function namesParent(v: unknown): boolean {
  if (typeof v === 'string') return v !== '' && v !== '0';
  if (typeof v === 'number') return v > 0;
  if (!isRecord(v)) return false;
  const id = v['uid'] ?? v['id'];
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && id > 0);
}

/**
 * The kind of a comment saved through a Google Cloud Endpoints API (LumApps' `…/comment/save`): it hangs on the post
 * or page named in `content`, so a comment; a reply when it names the comment it answers. Anything else is left to
 * the later rules (a community post is their plain post). Only the path is tested before the body.
 */
export function employeeAdvocacyKind(path: string, body: ParsedBody): PostKind | undefined {
  if (haiiloNotification(path, body)) return 'message';
  const bitrix = bitrixFeedKind(path); if (bitrix) return bitrix;
  const jive = jiveKind(path, body); if (jive) return jive;
  if (!endpointsPublishSave(path) || !/^comment$/i.test(pathSegments(path).at(-2)!)) return undefined;
  return hasFieldWhere(body, (name, v) => PARENT_COMMENT_FIELD.test(name) && namesParent(v)) ? 'reply' : 'comment';
}

/**
 * Haiilo's notification sent to one colleague (haiilo/n8n-node's sendNotification: `POST {tenant}/api/notifications`
 * with `senderId`, `receiverId` and her note in `excerpt`): words to one named person (ea1rev D3). Path first.
 */
function haiiloNotification(path: string, body: ParsedBody): boolean {
  // Both ids, as the source sends them: a receiver alone is also an app's own generated notice (x6 review J1).
  return lastSegment(path) === 'notifications' && (topLevelString(body, 'receiverId') ?? '') !== '' && (topLevelString(body, 'senderId') ?? '') !== '';
}

/**
 * A Bitrix24 REST call's method (`log.blogpost.add`), from `/rest/{method}[.json]` or an inbound webhook's
 * `/rest/{user}/{code}/{method}` (round r25; one pattern for every Bitrix rule since r25rev M4), lower-cased, with
 * whether the webhook shape was used. Undefined for any other path; only paths under `/rest/` are matched.
 */
const BITRIX_REST = /^\/rest\/(\d+\/[^/]+\/)?([a-z][\w.]*?)(?:\.json)?\/?$/i;
function bitrixMethod(path: string): { method: string; webhook: boolean } | undefined {
  if (!path.startsWith('/rest/')) return undefined;
  const m = BITRIX_REST.exec(path);
  return m ? { method: m[2]!.toLowerCase(), webhook: m[1] !== undefined } : undefined;
}

/** Bitrix24's own hosts (`acme.bitrix24.de`, `acme.bitrix24.com.br`): the host is the only sign (r25rev M1, J1). */
function bitrixHost(host: string): boolean {
  return /\.bitrix24\.[a-z]{2,3}(?:\.[a-z]{2})?$/i.test(host);
}

/** News Feed posts and comments (bitrix24/b24restdocs: `log.blogpost.add` with POST_MESSAGE and DEST, `log.blogcomment.add` with POST_ID and TEXT). */
const BITRIX_FEED = /^log\.blog(post|comment)\.(?:add|update)$/;
/** A comment under a task or on a CRM record's timeline (r25rev D5: `task.commentitem.add`, `crm.timeline.comment.add`). */
const BITRIX_RECORD_COMMENT = /^(?:task\.commentitem|tasks\.task\.comment|crm\.timeline\.comment)\.(?:add|update)$/;
/** A chat message (`im.message.add`, read by older rules for its kind; its words are read here for BBCode, r25rev D1). */
const BITRIX_CHAT = /^im\.message\.(?:add|update)$/;

/**
 * A Bitrix24 News Feed post or comment written through REST (round r25): watched despite the skip list's `log`, on
 * Bitrix24's own hosts or through the webhook path only (r25rev M1: a logger's `/rest/log.blogpost.add` stays skipped).
 */
export function bitrixFeedWrite(host: string, path: string): boolean {
  const m = bitrixMethod(path);
  return m !== undefined && BITRIX_FEED.test(m.method) && (m.webhook || bitrixHost(host));
}

/**
 * A Bitrix24 write with words on Bitrix24's own hosts: it stands when sent from another site's page (a BX24.js app in
 * the portal's iframe on its own origin; r25rev J1). watches.ts and cross-site.ts ask this.
 */
export function bitrixCrossSiteWrite(host: string, path: string): boolean {
  if (!bitrixHost(host)) return false;
  const m = bitrixMethod(path);
  return m !== undefined && (BITRIX_FEED.test(m.method) || BITRIX_RECORD_COMMENT.test(m.method) || BITRIX_CHAT.test(m.method));
}

/** A feed post (to all employees, a workgroup or named people: the feed, as ea1 decided) is a post; a comment under one, a task or a CRM record a comment. */
function bitrixFeedKind(path: string): PostKind | undefined {
  const m = bitrixMethod(path);
  if (m === undefined) return undefined;
  if (BITRIX_RECORD_COMMENT.test(m.method)) return 'comment';
  const feed = BITRIX_FEED.exec(m.method);
  return feed ? (feed[1] === 'comment' ? 'comment' : 'post') : undefined;
}

/** Jive's v3 core API (jivesoftware/jive-ios-sdk): messages (discussion replies), contents (created or edited by id), shares. */
const JIVE_MESSAGES = /\/api\/core\/v3\/messages(?:\/contents\/\d+|\/\d+(?:\/messages)?)?\/?$/;
const JIVE_CONTENTS = /\/api\/core\/v3\/contents(?:\/\d+)?\/?$/;
const JIVE_SHARES = /\/api\/core\/v3\/shares\/?$/;
/** Jive's content types that publish to a place or the author's followers (a `dm` goes to `/dms`, comments to `/comments`). */
const JIVE_PUBLISHED_TYPE = /^(?:discussion|document|update|post|idea|poll|question|file|event|video)$/i;

/**
 * Jive (round r25, r25rev): a message is a reply in a discussion (Jive's DMs are `/dms`): created in the collection,
 * under a discussion or an answer, or edited by id (D2); a discussion, document or update created or edited at
 * `/contents` is a post, though its `parent` names the place it is published in (D3); a share to named
 * `participants` is a message to them (D10). Paths first.
 */
function jiveKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!path.includes('/api/core/v3/')) return undefined;
  if (JIVE_MESSAGES.test(path)) return 'reply';
  if (JIVE_SHARES.test(path)) return 'message';
  if (JIVE_CONTENTS.test(path) && JIVE_PUBLISHED_TYPE.test(topLevelString(body, 'type') ?? '')) return 'post';
  return undefined;
}

/** Bitrix24's containers of a record's fields (`FIELDS` of task.commentitem.add, `fields` of crm.timeline.comment.add, a form's `arFields[…]`). */
const BITRIX_CONTAINERS = ['FIELDS', 'fields', 'arFields'];
/** Where Bitrix24's methods carry the person's words: a post's message, a comment's text, a chat's message, a timeline note. */
const BITRIX_WORD_FIELDS = ['POST_MESSAGE', 'TEXT', 'MESSAGE', 'COMMENT'];

/** A Bitrix24 field at the top level or in a fields container, in a JSON or form body. */
function bitrixField(body: ParsedBody, name: string): string | undefined {
  const top = topLevelString(body, name); if (top !== undefined) return top;
  for (const c of BITRIX_CONTAINERS) {
    if (body.type === 'json' && isRecord(body.value)) {
      const inner = body.value[c];
      if (isRecord(inner) && typeof inner[name] === 'string') return inner[name];
    } else if (body.type === 'form' || body.type === 'multipart') {
      const v = body.fields.get(`${c}[${name}]`); if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** Bitrix24's BBCode tags that wrap or format words; a mention or link keeps its name or label (r25rev D1, J4). */
const BB_LABELLED = /\[(USER|URL)=[^\]]*\]([\s\S]*?)\[\/\1\]/gi;
const BB_TAG = /\[\/?(?:B|I|U|S|QUOTE|CODE|COLOR|SIZE|FONT|URL|LIST|\*|LEFT|RIGHT|CENTER|JUSTIFY|USER)(?:=[^\]]*)?\]|\[DISK FILE ID=[^\]]*\]/gi;
function withoutBbcode(text: string): string {
  return text.indexOf('[') === -1 ? text : text.replace(BB_LABELLED, '$2').replace(BB_TAG, '');
}

/** A Bitrix24 post's, comment's or message's words (BBCode read), with its title when it has one; undefined when not prose. */
function bitrixText(body: ParsedBody, min: number, path: string): FreeText | undefined {
  const m = bitrixMethod(path);
  if (m === undefined || !(BITRIX_FEED.test(m.method) || BITRIX_RECORD_COMMENT.test(m.method) || BITRIX_CHAT.test(m.method))) return undefined;
  let words: string | undefined;
  for (const name of BITRIX_WORD_FIELDS) if ((words = bitrixField(body, name)) !== undefined) break;
  if (words === undefined) return undefined;
  const title = BITRIX_FEED.test(m.method) ? topLevelString(body, 'POST_TITLE') : undefined;
  return titledText(title, withoutBbcode(asPlainText('message', words)), min);
}

/** A Jive content's words as its `content.type` says (`text/html` read as HTML, plain text kept as written; r25rev M2). */
function jiveWords(payload: Record<string, unknown>): string | undefined {
  const content = payload['content'];
  if (!isRecord(content) || typeof content['text'] !== 'string') return undefined;
  return /html/i.test(typeof content['type'] === 'string' ? content['type'] : 'text/html') ? asPlainText('html', content['text']) : content['text'];
}

/**
 * A titled post's title and words, a blank line between them (round r25): what goes out is both, so both are shown
 * when together they are prose, however short the words (r25rev D7). No title: the words alone.
 */
function titledText(title: string | undefined, words: string, min: number): FreeText | undefined {
  const text = title === undefined || title.trim() === '' ? words.trim() : words.trim() === '' ? title.trim() : `${title.trim()}\n\n${words.trim()}`;
  return isFreeText(text, min) ? { text, field: 'message' } : undefined;
}

/**
 * The words of a Bitrix24 feed post, comment, task or timeline comment or chat message (JSON or form; BBCode read,
 * the title joined: r25, r25rev D1, D6), or of a Jive content (its `subject` beside its `content.text`, in another
 * object, which the general reader never joins); null for a private Jive favourite, which publishes nothing (r25rev
 * J2). Undefined for any other request: the general reader then decides. Paths first.
 */
export function intranetTitledText(body: ParsedBody, min: number, path: string | undefined): FreeText | null | undefined {
  if (path === undefined) return undefined;
  if (path.startsWith('/rest/')) return bitrixText(body, min, path);
  if (!path.includes('/api/core/v3/') || !JIVE_CONTENTS.test(path) || body.type !== 'json' || !isRecord(body.value)) return undefined;
  if (/^favou?rite$/i.test(topLevelString(body, 'type') ?? '') && body.value['private'] === true) return null;
  const title = topLevelString(body, 'subject');
  const words = jiveWords(body.value);
  if (title === undefined || title.trim() === '' || words === undefined) return undefined;
  return titledText(title, words, min);
}

/** A link preview's fields a client fills from the linked page (the Graph API's link overrides on `/{id}/feed`). */
const PREVIEW_FIELDS = ['name', 'caption', 'description', 'title', 'picture'];

/** Whether a top-level field other than the link, the preview's and `message` holds prose (x6 review D3). */
function wordsOutsideShare(body: ParsedBody, min: number): boolean {
  let entries: [string, unknown][];
  if (body.type === 'form' || body.type === 'multipart') entries = [...body.fields.entries()];
  else if (body.type === 'json' && isRecord(body.value)) entries = Object.entries(body.value);
  else return false;
  for (const [key, value] of entries) {
    if (key === 'link' || key === 'message' || PREVIEW_FIELDS.includes(key)) continue;
    if (typeof value === 'string' && isFreeText(value, min)) return true;
  }
  return false;
}

/**
 * Her caption on a share of company content (ea1rev D1), or null when she wrote none; undefined for any other
 * request. Two shapes only: a `…/feed` write with a shared `link` beside a preview field (Workplace's Graph API),
 * and a body with a filled `webPreviews` map (Haiilo's timeline items, her words in `data.message`). The preview's
 * words are the company's copy and are never shown as hers. The path (or the map's key) is tested first.
 */
export function shareCaptionText(body: ParsedBody, min: number, path: string | undefined): FreeText | null | undefined {
  let caption: string | undefined;
  let container: string | undefined;
  if (path !== undefined && lastSegment(path) === 'feed') {
    if ((topLevelString(body, 'link') ?? '') === '' || !PREVIEW_FIELDS.some((f) => (topLevelString(body, f) ?? '') !== '')) return undefined;
    caption = topLevelString(body, 'message');
    // Words in a field of her own other than Graph's `message` (`text`, `body`, `content`): not this shape, so the
    // general reader decides rather than this answering "nothing" (x6 review D3).
    if (caption === undefined && wordsOutsideShare(body, min)) return undefined;
  } else {
    if (body.type !== 'json' || !isRecord(body.value)) return undefined;
    const previews = body.value['webPreviews'];
    if (!isRecord(previews) || Object.keys(previews).length === 0) return undefined;
    const data = body.value['data'];
    caption = isRecord(data) && typeof data['message'] === 'string' ? data['message'] : undefined;
    container = 'data';
  }
  if (caption === undefined) return null;
  const text = asPlainText('message', caption);
  const keyless = withoutKeys(text);
  if (keyless === undefined && !isFreeText(text, min)) return null;
  return container === undefined ? { text: keyless ?? text, field: 'message' } : { text: keyless ?? text, field: 'message', container };
}
