/**
 * Newsrooms and live blogs (round jn1): a journalist's or editor's words leaving through newsroom software.
 *
 * - A live blog's entry written through a create/read/update/delete action field (Automattic's Liveblog plugin
 *   for WordPress: POST {base}crud/ with `crud_action` insert, update, delete or delete_key beside `content`, the
 *   base being /wp-json/liveblog/v1/{post}/, /?rest_route=/liveblog/v1/{post}/ or, without the REST API, the post's
 *   permalink + liveblog/): an insert or update goes on the live page at once, a post, whatever the post's slug says
 *   (a French or Italian `…-direct` slug is a live blog's word, not a direct message's); a delete, even one that
 *   sends the entry's content back (delete_key takes an entry off the key events), publishes nothing. Read as a
 *   family: any `…_action` / `action` field whose value is create, insert, add, update or edit names a write; one
 *   whose value is delete, remove, trash or destroy (with a suffix: `delete_key`) a deletion.
 * - A newsroom item saved in its working store (Superdesk: PATCH /api/archive/{item id} on save, POST /api/archive
 *   to create a story in a personal space or on a desk's stage) is a revision kept in the newsroom, not published:
 *   the path ends at an `archive` store or one item of it, and the body carries a news item's fields (body_html,
 *   abstract, ednote, slugline, anpa_take_key, as NINJS and IPTC name them). Publishing goes through an action
 *   segment between the store and the item (PATCH /api/archive/publish|correct|kill|takedown/{id}) and is read as
 *   before (a post); comments on an item (/api/item_comments, /api/archive/{id}/comments) are comments as before.
 *   Superdesk Planning's store (POST /api/planning, PATCH /api/planning/{id}) is read the same way: a planning item
 *   is posted to subscribers by a later call with no words (planning_post).
 * - A note for colleagues saved alone on a stored item (an editor's note, `ednote`/`ed_note`, or an internal or desk
 *   note) with no story words beside it: read by the desk that opens or previews the item, never by readers until
 *   it is published, a comment. Beside a story's words the save stays quiet; on a publishing action's path the
 *   note goes out with the story (a post).
 * Read already by the older rules, and left to them: Sourcefabric Live Blog's items and readers' comments, Edit
 * Flow's and PublishPress's editorial comments (admin-ajax `…_insert_comment`, `parent` making a reply), Arc XP's
 * Draft API (its paths say draft; a publish carries no words).
 * Sources: Automattic/liveblog src/react/services/api.js, classes/class-wpcom-liveblog-rest-api.php, liveblog.php;
 * superdesk/superdesk-client-core scripts/apps/authoring/authoring/services/AuthoringService.ts and
 * article-widgets/comments; superdesk/superdesk-core apps/publish/content/common.py, apps/archive/*.py;
 * liveblog/liveblog client/app/scripts/liveblog-edit/posts.service.ts; tests/fixtures/requests/UNKNOWN-SITES.md,
 * round jn1.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import type { FreeText } from './longest-field';
import { hasIdSegment, pathSegments } from './paths';

/** A field naming the write an endpoint does (`crud_action`, `entry_action`, `action`). */
const WRITE_ACTION_FIELD = /^(?:[a-z]+_)?action$/i;
/** A write's value that creates or changes what is shown. */
const WRITE_VALUE = /^(?:create|insert|add|update|edit)$/i;
/** A write's value that deletes (`delete`, `delete_key`, `remove`, `trash`). */
const DELETE_VALUE = /^(?:delete|remove|trash|destroy)(?:[_-][a-z]+)?$/i;
/** A create/read/update/delete action named as such (`crud_action`): the field alone says the endpoint writes entries. */
const CRUD_ACTION_FIELD = /^crud_?action$/i;

/** A live blog's entry inserted or updated through its crud action: a post, whatever the path's slug says. */
export function newsroomKind(path: string, body: ParsedBody, found: FreeText): PostKind | undefined {
  if (hasField(body, CRUD_ACTION_FIELD, WRITE_VALUE)) return 'post';
  // A note for colleagues saved alone on an item of a newsroom store (not on a publishing action's path).
  if (COLLEAGUE_NOTE_FIELD.test(found.field) && newsroomStore(path)) return 'comment';
  // The plugin's own path without the REST API (…/{slug}/liveblog/crud/) with a generic action field.
  if (/(?:^|\/)live[-_]?blog\/crud\/?$/i.test(path) && hasField(body, WRITE_ACTION_FIELD, WRITE_VALUE)) return 'post';
  return undefined;
}

/** A news item's own fields (NINJS, IPTC, Superdesk): one of them beside the words says the body is a story. */
const NEWS_ITEM_FIELD = /^(?:body_html|abstract|ed_?note|internal_note|slugline|anpa_take_key|description_text|planning_date)$/i;
/** A note written for colleagues on a stored item: an editor's note, an internal or a desk's note. */
const COLLEAGUE_NOTE_FIELD = /^(?:ed_?note|editor(?:ial)?_?note|internal_?note|desk_?note)$/i;
/** A story's or planning item's own words (never a note about it, nor a headline or slugline alone). */
const STORY_WORDS_FIELD = /^(?:body_html|body_text|abstract|description_text|definition_(?:long|short))$/i;
const nonEmptyString = (v: unknown) => typeof v === 'string' && v.trim() !== '';
/** An item's id in a newsroom store: a GUID as a URN or tag URI (`urn:newsml:…`, `tag:…`), or any id segment. */
function itemIdSegment(seg: string): boolean {
  return /^(?:urn|tag):/i.test(seg) || hasIdSegment(seg);
}
/** A newsroom's store of items: Superdesk's `archive` (stories) and `planning`. */
const STORE_SEGMENT = /^(?:archive|planning)$/i;
/** Whether a path ends at a newsroom's store or at one item of it (no action segment between them). */
function newsroomStore(path: string): boolean {
  const segments = pathSegments(path);
  const n = segments.length;
  if (STORE_SEGMENT.test(segments[n - 1] ?? '')) return true;
  return n >= 2 && STORE_SEGMENT.test(segments[n - 2]!) && itemIdSegment(segments[n - 1]!);
}

/**
 * What a newsroom sends that publishes nothing: a deletion by an action field (even with the entry's content beside
 * it), and a story or planning item saved or created in the newsroom's store, unless a colleague's note stands alone.
 */
export function newsroomQuiet(body: ParsedBody, path: string): boolean {
  if (hasFieldWhere(body, (name, v) => WRITE_ACTION_FIELD.test(name) && typeof v === 'string' && DELETE_VALUE.test(v))) return true;
  if (!newsroomStore(path) || !hasField(body, NEWS_ITEM_FIELD)) return false;
  // A note for colleagues saved alone is read by them (newsroomKind: a comment); beside the story's words it is a save.
  const noteAlone = hasKeyDeep(body, COLLEAGUE_NOTE_FIELD, nonEmptyString) && !hasKeyDeep(body, STORY_WORDS_FIELD, nonEmptyString);
  return !noteAlone;
}
