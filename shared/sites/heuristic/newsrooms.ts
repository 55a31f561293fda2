/**
 * Newsrooms and live blogs (round jn1, mended after its review, jn1rev): a journalist's or editor's words leaving
 * through newsroom software.
 *
 * - A live blog's entry written through a create/read/update/delete action field (Automattic's Liveblog plugin
 *   for WordPress: POST {base}crud/ with `crud_action` insert, update, delete or delete_key beside `content`, the
 *   base being /wp-json/liveblog/v1/{post}/, /?rest_route=/liveblog/v1/{post}/ or, without the REST API, the post's
 *   permalink + liveblog/): an insert or update goes on the live page at once, a post, whatever the post's slug says
 *   (a French or Italian `…-direct` slug is a live blog's word, not a direct message's). Read only where the path or
 *   its `rest_route` names a live blog: `crud_action` (create, insert, add, update, edit) anywhere under it, any
 *   other action field (`action`, `…_action`) only on a `…/liveblog/crud/` path.
 * - A deletion by an action field publishes nothing, even one that sends the entry's content back (delete_key takes
 *   an entry off the key events): a `crud_action` anywhere, or an operation field (words.ts ACTION_FIELD) on a live
 *   blog's path or a newsroom store's, valued delete, remove, trash or destroy (words.ts DELETE_ACTION). Nowhere else.
 * - A newsroom item saved in its working store is a revision kept in the newsroom, not published (Superdesk: PATCH
 *   /api/archive/{item id} on save, POST /api/archive to create a story in a personal space or on a desk's stage;
 *   Superdesk Planning: POST /api/planning, PATCH /api/planning/{id}, posted later by a wordless planning_post). The
 *   store is an `archive` or `planning` segment that does not follow an id (Superdesk's stores are top-level; an
 *   `…/{id}/archive` is an action on some other record), and the body carries a Superdesk item's own field, at any depth
 *   (slugline, anpa_take_key, anpa_category, ednote, internal_note, planning_date, description_text,
 *   definition_short/long, dateline, byline) or NINJS's pair of body_html beside a headline or an abstract.
 *   Planning's events store (`events`, POST /api/events, PATCH /api/events/{id}) is read the same way only with
 *   Planning's sign, which a generic calendar API does not send: `dates` as an object holding `start` and `end`
 *   (Planning's event dates; calendars send start and end at the top) beside one of Planning's fields
 *   (definition_short/long, internal_note, ednote, slugline, occur_status).
 * - Under such a store only Superdesk's publishing actions publish: publish, correct, kill, takedown, unpublish and
 *   resend (archive/{action}/{id} or archive/{id}/{action}; resend carries words only if a client adds them) are
 *   read as before (a post), and item comments (archive/{id}/comments) as comments; any other action segment with a
 *   newsroom item's fields is quiet (archive/correction?remove_correction cancels a correction, archive/{id}/rewrite
 *   associates an unpublished update). A content template applied to an item (POST /api/content_templates_apply
 *   {template_name, item}, the first request of a kill) only returns the filled item: quiet; the kill follows.
 * - A note for colleagues saved alone on a stored item (an internal or desk note, Planning's `internal_note`, on a
 *   planning item, its coverages or an event) with no story words beside it: read by the desk, never by readers, a
 *   comment. An editor's note (`ednote`, `ed_note`) is not one: Superdesk sends it to subscribers with the story, so
 *   a save of it alone is a save (quiet), and on a publishing action's path it goes out with the story (a post).
 * - Newshub (Superdesk's newsroom-core): items or a topic shared with named users and a message (POST
 *   /wire_share?type=…, /topic_share, monitoring/share {items, users, message}) is mail to those users: a message.
 *   Read as a family: a last segment ending `share` with a `users` (or user ids, recipients) list and the words in
 *   `message`/`note`.
 * - Guardian's Pinboard (a newsroom chat on a story, AppSync GraphQL): its SendMessage is a message by its name; an
 *   EditItem / UpdateItem operation with the item's id and its words in `message` edits that chat message: a message.
 * Read already by the older rules, and left to them: Sourcefabric Live Blog's items and readers' comments, Edit
 * Flow's and PublishPress's editorial comments (admin-ajax `…_insert_comment`, `parent` making a reply), Arc XP's
 * Draft API (its paths say draft; a publish carries no words).
 * - Round r21: a Tickaroo ticker entry created or updated (write/event/create.json, write/event/update.json, its words
 *   in `event_info.title`, read as the text by tickerEntryText) and a ScribbleLive post added to an event's stream or
 *   edited by id (its `ThreadId` names the stream, not a message thread; known by its API host only) are posts.
 *   Since its review (r21m): a Tickaroo entry is known by its model type (`Tik::…`), and an image entry's caption
 *   (`media[].title`) is its words when its title is empty; ScribbleLive only on its two API hosts. A reader's video
 *   or audio comment sent by ScribbleLive's comment widget to the same `/event/{id}` path (`Token`, `Auth` and
 *   `Content` as multipart fields) is read as a post too (review J3): nothing but the token's place in the body tells a
 *   reader from an editor, and a comment held as a post is still held. Readers' text comments (/v1/comments) are
 *   comments by the older rules.
 * Sources: Automattic/liveblog src/react/services/api.js, classes/class-wpcom-liveblog-rest-api.php, liveblog.php;
 * superdesk/superdesk-client-core scripts/apps/authoring/authoring/services/AuthoringService.ts and
 * article-widgets/comments, scripts/api/article.ts; superdesk/superdesk-core apps/publish/content/common.py,
 * apps/archive/*.py (archive_correction, archive_rewrite), apps/templates/content_templates.py; superdesk-docs
 * 13-editor-workflow-tools.md (editorial notes go to subscribers); superdesk/superdesk-planning
 * server/planning/events/events_schema.py; superdesk/newsroom-core newsroom/wire/views.py, newsroom/topics/views.py;
 * guardian/pinboard client/gql.ts, shared/graphql/schema.graphql; liveblog/liveblog
 * client/app/scripts/liveblog-edit/posts.service.ts; tests/fixtures/requests/UNKNOWN-SITES.md, round jn1; round r21:
 * Tickaroo/livebridge-tickaroo (target.py, common.py, tests/post_to_expect.json), dpa-newslab/livebridge-scribblelive
 * (target.py, common.py, tests/test_target.py).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField, hasFieldWhere, hasKeyDeep, nonEmptyString } from './body-fields';
import { graphqlOperation } from './graphql';
import type { FreeText } from './longest-field';
import { hasIdSegment, pathSegments } from './paths';
import { ACTION_FIELD, DELETE_ACTION } from './words';

/** A field naming the write an endpoint does (`crud_action`, `entry_action`, `action`). */
const WRITE_ACTION_FIELD = /^(?:[a-z]+_)?action$/i;
/** A write's value that creates or changes what is shown. */
const WRITE_VALUE = /^(?:create|insert|add|update|edit)$/i;
/** A create/read/update/delete action named as such (`crud_action`). */
const CRUD_ACTION_FIELD = /^crud_?action$/i;
/** A live blog named in the path (`/wp-json/liveblog/v1/…`, `…/{slug}/liveblog/crud/`). */
const LIVEBLOG_PATH = /(?:^|\/)live[-_]?blog(?:\/|$)/i;
/** The plugin's own path without the REST API (…/{slug}/liveblog/crud/). */
const LIVEBLOG_CRUD_PATH = /(?:^|\/)live[-_]?blog\/crud\/?$/i;

/** Tickaroo's write API for a ticker's entries (`write/event/create.json`, `write/event/update.json`; round r21). */
const TICKER_EVENT_WRITE = /(?:^|\/)write\/event\/(?:create|update)(?:\.json)?$/i;
/**
 * ScribbleLive's API hosts (round r21). Its stream is an "event" whose posts carry a `ThreadId`, read elsewhere as a
 * message thread's; nothing in the request says live blog, so the host is the only sign, kept to the two API hosts
 * its clients call (api.scribblelive.com/v1, apiv1.scribblelive.com; review M4: a page on www.scribblelive.com is not
 * the API).
 */
const SCRIBBLELIVE_HOST = /^(?:api|apiv1)\.scribblelive\.com$/i;
/** A ScribbleLive entry written into an event's stream or edited by id (`/event/{id}`, `/post/{id}`). */
const SCRIBBLELIVE_ENTRY_PATH = /(?:^|\/)(?:event|post)\/\d{1,20}\/?$/i;

/**
 * A live ticker's entry as Tickaroo's write API takes it: the words in `event_info.title` (its formatting beside them
 * in `attributes_json`), read as the entry's text, for a title is otherwise not read alone (round r21).
 */
export function tickerEntryText(body: ParsedBody, path: string | undefined): string | undefined {
  if (path === undefined || path.length > 400 || !TICKER_EVENT_WRITE.test(path)) return undefined;
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const info = body.value['event_info'];
  // Tickaroo's own model types (`Tik::Model::Event`, `Tik::Model::EventInfo::…`), which its converter always sends:
  // another API's write/event path with a title is a calendar's (review M5).
  if (!TICKAROO_TYPE.test(String(body.value['_type'] ?? '')) && !(isRecord(info) && TICKAROO_TYPE.test(String(info['_type'] ?? '')))) return undefined;
  const title = isRecord(info) ? info['title'] : undefined;
  if (typeof title === 'string' && title.trim() !== '') return title;
  // An image or video entry's words are its caption, `media[].title`, its `event_info.title` left empty (review D6).
  const media = body.value['media'];
  if (!Array.isArray(media)) return undefined;
  for (const item of media.slice(0, 20)) {
    const caption = isRecord(item) ? item['title'] : undefined;
    if (typeof caption === 'string' && caption.trim() !== '') return caption;
  }
  return undefined;
}
/** Tickaroo's model type names (`Tik::Model::Event`). */
const TICKAROO_TYPE = /^Tik::/;

/** A live blog named by the path or, with plain permalinks, by the `rest_route` query parameter. */
function liveBlogUrl(url: URL, path: string): boolean {
  if (LIVEBLOG_PATH.test(path)) return true;
  const route = url.search === '' ? null : url.searchParams.get('rest_route');
  return route !== null && LIVEBLOG_PATH.test(route);
}

/**
 * The kind of what a newsroom sends: a live blog's entry inserted or updated (a post), a note for colleagues saved
 * alone on a stored item (a comment), a Newshub share to named users or a Pinboard chat message edited (a message).
 */
export function newsroomKind(url: URL, path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (liveBlogUrl(url, path)) {
    if (hasField(body, CRUD_ACTION_FIELD, WRITE_VALUE)) return 'post';
    if (LIVEBLOG_CRUD_PATH.test(path) && hasField(body, WRITE_ACTION_FIELD, WRITE_VALUE)) return 'post';
  }
  // A ticker entry created or updated (Tickaroo) and a ScribbleLive post added or edited go on the live page (r21).
  if (tickerEntryText(body, path) !== undefined) return 'post';
  if (SCRIBBLELIVE_HOST.test(url.hostname) && SCRIBBLELIVE_ENTRY_PATH.test(path)) return 'post';
  // A note for colleagues saved alone on an item of a newsroom store (not on an action's path).
  if (COLLEAGUE_NOTE_FIELD.test(found.field)) {
    const store = newsroomStore(path, body);
    if (store !== undefined && store.rest.length <= 1 && (store.rest.length === 0 || itemIdSegment(store.rest[0]!))) return 'comment';
  }
  if (shareToUsers(path, body, found)) return 'message';
  if (chatItemEdited(body, found)) return 'message';
  return undefined;
}

/** A share endpoint's last segment (`wire_share`, `topic_share`, `monitoring/share`). */
const SHARE_SEGMENT = /(?:^|[_-])share$/i;
/** A list of the users shared with. */
const SHARED_USERS_FIELD = /^(?:users|user_?ids|recipients)$/i;
/** Words sent with a share. */
const SHARE_WORDS_FIELD = /^(?:message|note)$/i;
/** Items or a topic shared with named users and a message, mailed to each (Newshub's /wire_share, /topic_share). */
function shareToUsers(path: string, body: ParsedBody, found: FreeText): boolean {
  if (!SHARE_WORDS_FIELD.test(found.field)) return false;
  const segments = pathSegments(path);
  if (!SHARE_SEGMENT.test(segments[segments.length - 1] ?? '')) return false;
  return hasFieldWhere(body, (name, v) => SHARED_USERS_FIELD.test(name) && Array.isArray(v) && v.length > 0);
}

/** An operation editing an item (Pinboard's EditItem). */
const EDIT_ITEM_OPERATION = /^(?:edit|update)_?item$/i;
/** A chat item's message edited by its id (Pinboard's EditItem {itemId, input:{message, type}}): the same kind as its send. */
function chatItemEdited(body: ParsedBody, found: FreeText): boolean {
  if (found.field !== 'message') return false;
  const name = graphqlOperation(body)?.name;
  return name !== undefined && EDIT_ITEM_OPERATION.test(name) && hasField(body, /^item_?id$/i);
}

/** A Superdesk item's own fields (Superdesk, IPTC, Planning): one of them says the body is a newsroom item. */
const NEWSROOM_ITEM_FIELD = /^(?:slugline|anpa_take_key|anpa_category|ed_?note|internal_note|planning_date|description_text|definition_(?:short|long)|dateline|byline)$/i;
/** A note written for colleagues on a stored item: an internal or a desk's note (never an editor's note, `ednote`). */
const COLLEAGUE_NOTE_FIELD = /^(?:editor(?:ial)?_?note|internal_?note|desk_?note)$/i;
/** A story's or planning item's own words (never a note about it, nor a headline or slugline alone). */
const STORY_WORDS_FIELD = /^(?:body_html|body_text|abstract|description_text|definition_(?:long|short))$/i;
/** Whether a body is a newsroom item: a Superdesk item's own field (at any depth), or NINJS's body_html beside a headline or abstract. */
function newsroomItemBody(body: ParsedBody): boolean {
  if (hasField(body, NEWSROOM_ITEM_FIELD)) return true;
  // Planning's coverages carry their own fields a level deeper (coverages[].planning.internal_note).
  if (hasKeyDeep(body, NEWSROOM_ITEM_FIELD, nonEmptyString)) return true;
  return hasField(body, /^body_html$/i) && hasField(body, /^(?:headline|abstract)$/i);
}
/** Planning's event sign: `dates` an object with start and end, beside a Planning field. */
const PLANNING_EVENT_FIELD = /^(?:definition_(?:short|long)|internal_note|ed_?note|slugline|occur_status)$/i;
function planningEventBody(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => name === 'dates' && isRecord(v) && v['start'] != null && v['end'] != null) && hasField(body, PLANNING_EVENT_FIELD);
}
/** An item's id in a newsroom store: a GUID as a URN or tag URI (`urn:newsml:…`, `tag:…`), or any id segment. */
function itemIdSegment(seg: string): boolean {
  return /^(?:urn|tag):/i.test(seg) || hasIdSegment(seg);
}
/** A newsroom's store of items: Superdesk's `archive` (stories) and `planning`; Planning's `events` with its sign. */
const STORE_SEGMENT = /^(?:archive|planning)$/i;
/**
 * The newsroom store a path is under, with the segments after it: the store's last `archive`/`planning` (or, with
 * Planning's event sign, `events`) segment not following an id, and a body that is a newsroom item's.
 */
function newsroomStore(path: string, body: ParsedBody): { rest: string[] } | undefined {
  const segments = pathSegments(path);
  for (let i = segments.length - 1; i >= 0 && i >= segments.length - 3; i--) {
    const seg = segments[i]!;
    const events = /^events$/i.test(seg);
    if (!events && !STORE_SEGMENT.test(seg)) continue;
    if (i > 0 && itemIdSegment(segments[i - 1]!)) return undefined;
    if (events ? !planningEventBody(body) : !newsroomItemBody(body)) return undefined;
    return { rest: segments.slice(i + 1) };
  }
  return undefined;
}
/** Superdesk's publishing actions (apps/publish/content/common.py) and its resend to subscribers. */
const PUBLISH_ACTION = /^(?:publish|correct|kill|takedown|unpublish|resend)$/i;
/** What is read under a store item and not here: its comments (archive/{id}/comments). */
const ITEM_COMMENTS = /^(?:item_)?comments$/i;
/** A content template applied to an item (`content_templates_apply`, `templates/apply`). */
const TEMPLATE_APPLY = /(?:^|_)templates?_?apply$/i;

/**
 * What a newsroom sends that publishes nothing: a deletion by a `crud_action` of delete on any path (even with the
 * entry's content beside it; review x4 M4: so a forum plugin's admin-ajax call with `crud_action: delete` is quiet
 * too), or by a generic action field on a live blog's crud endpoint or a newsroom store; a newsroom item saved or created in its store, or sent
 * to any action under it but publishing and comments, unless a colleague's note stands alone; a content template
 * applied to an item.
 */
export function newsroomQuiet(body: ParsedBody, path: string): boolean {
  if (hasField(body, CRUD_ACTION_FIELD, DELETE_ACTION)) return true;
  const segments = pathSegments(path);
  const last = segments[segments.length - 1] ?? '';
  if (TEMPLATE_APPLY.test(last) || (/^apply$/i.test(last) && /^templates?$/i.test(segments[segments.length - 2] ?? ''))) {
    return hasField(body, /^template(?:_?name|_?id)?$/i) && hasFieldWhere(body, (name, v) => /^item$/i.test(name) && isRecord(v)) && newsroomItemBody(body);
  }
  const liveBlog = LIVEBLOG_PATH.test(path);
  const store = liveBlog ? undefined : newsroomStore(path, body);
  if (liveBlog || store !== undefined) {
    const action = fieldValue(body, ACTION_FIELD) ?? fieldValue(body, WRITE_ACTION_FIELD);
    if (action !== undefined && DELETE_ACTION.test(action)) return true;
  }
  if (store === undefined) return false;
  const actions = store.rest.filter((seg) => !itemIdSegment(seg));
  if (actions.some((seg) => PUBLISH_ACTION.test(seg) || ITEM_COMMENTS.test(seg))) return false;
  if (actions.length > 0) return true;
  // A note for colleagues saved alone is read by them (newsroomKind: a comment); beside the story's words it is a save.
  const noteAlone = hasKeyDeep(body, COLLEAGUE_NOTE_FIELD, nonEmptyString) && !hasKeyDeep(body, STORY_WORDS_FIELD, nonEmptyString);
  return !noteAlone;
}
