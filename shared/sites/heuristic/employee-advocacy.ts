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
  return lastSegment(path) === 'notifications' && (topLevelString(body, 'receiverId') ?? '') !== '';
}

/**
 * Bitrix24's News Feed methods (bitrix24/b24restdocs: `log.blogpost.add` with POST_MESSAGE and DEST, its `update`,
 * `log.blogcomment.add` with POST_ID and TEXT), called at `/rest/{method}[.json]` or through an inbound webhook
 * `/rest/{user}/{code}/{method}` (round r25). The `log.` namespace reads as a logger's path to watches.ts's skip list,
 * so bitrixFeedWrite lets these methods through before it; reads (`log.blogpost.get`) stay skipped.
 */
const BITRIX_FEED_METHOD = /^\/rest\/(?:\d+\/[^/]+\/)?log\.blog(post|comment)\.(?:add|update)(?:\.json)?\/?$/i;

/** A Bitrix24 News Feed post or comment written through REST (round r25): watched despite the skip list's `log`. */
export function bitrixFeedWrite(path: string): boolean {
  return path.startsWith('/rest/') && BITRIX_FEED_METHOD.test(path);
}

/** A feed post (to all employees, a workgroup or named people: the feed, as ea1 decided) is a post, a comment under one a comment. */
function bitrixFeedKind(path: string): PostKind | undefined {
  if (!path.startsWith('/rest/')) return undefined;
  const m = BITRIX_FEED_METHOD.exec(path);
  return m ? (m[1]!.toLowerCase() === 'comment' ? 'comment' : 'post') : undefined;
}

/** Jive's v3 core API (jivesoftware/jive-ios-sdk): a discussion's messages resource, and contents created in a place. */
const JIVE_DISCUSSION_MESSAGES = /\/api\/core\/v3\/messages\/contents\/\d+\/?$/;
const JIVE_CONTENTS = /\/api\/core\/v3\/contents\/?$/;
/** Jive's content types that publish to a place or the author's followers (a `dm` goes to `/dms`, comments to `/comments`). */
const JIVE_PUBLISHED_TYPE = /^(?:discussion|document|update|post|idea|poll|question|file|event|video)$/i;

/**
 * Jive (round r25): an answer POSTed to a discussion's messages resource is a reply in its thread, not a private
 * message (the path says `messages`); a discussion, document or update created at `/contents` is a post, though its
 * `parent` names the place it is published in (not a comment or message it answers). Paths first.
 */
function jiveKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!path.includes('/api/core/v3/')) return undefined;
  if (JIVE_DISCUSSION_MESSAGES.test(path)) return 'reply';
  if (JIVE_CONTENTS.test(path) && JIVE_PUBLISHED_TYPE.test(topLevelString(body, 'type') ?? '')) return 'post';
  return undefined;
}

/**
 * A titled post's title and words, a blank line between them, as a JSON post's title and body are shown elsewhere
 * (round r25): Bitrix24's `POST_TITLE` beside `POST_MESSAGE` (upper-case names the general reader does not join), and
 * a Jive content's `subject` beside its HTML `content.text` (in another object, which the general reader never joins).
 * Undefined for any other request, or with no title: the general reader then decides. Paths first.
 */
export function intranetTitledText(body: ParsedBody, min: number, path: string | undefined): FreeText | undefined {
  if (path === undefined || body.type !== 'json' || !isRecord(body.value)) return undefined;
  let title: string | undefined;
  let words: string | undefined;
  if (path.startsWith('/rest/') && BITRIX_FEED_METHOD.test(path)) {
    title = topLevelString(body, 'POST_TITLE');
    words = topLevelString(body, 'POST_MESSAGE');
  } else if (path.includes('/api/core/v3/') && JIVE_CONTENTS.test(path)) {
    title = topLevelString(body, 'subject');
    const content = body.value['content'];
    words = isRecord(content) && typeof content['text'] === 'string' ? asPlainText('html', content['text']) : undefined;
  } else return undefined;
  if (title === undefined || title.trim() === '' || words === undefined || !isFreeText(words, min)) return undefined;
  return { text: `${title.trim()}\n\n${words.trim()}`, field: 'message' };
}

/** A link preview's fields a client fills from the linked page (the Graph API's link overrides on `/{id}/feed`). */
const PREVIEW_FIELDS = ['name', 'caption', 'description', 'title', 'picture'];

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
