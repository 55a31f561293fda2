/**
 * Whiteboards, design files and media review (round wb1): the words
 * colleagues and clients read on a shared canvas, and the canvas's own edit
 * traffic.
 *
 * - Comments are comments, replies replies (designCommentKind, read by
 *   kind.ts beside documents.ts's documentKind). Design and review tools name
 *   the file commented on by an opaque key in the path, under its collection
 *   (Canva's POST /rest/v1/designs/{designId}/comments, Figma's
 *   /v1/files/{key}/comments, Frame.io's /v2/assets/{id}/comments): a key
 *   such as Canva's `DAFVztcvd9z` names the design as an id does, though the
 *   generic id test (paths.ts) does not take it for one. About one Canva key in
 *   five has no digit (`DAHaKPDSZSI`): letters alone are a key when capitals
 *   and small letters mix as no words do (designKey), so that a collection
 *   named by a word or CamelCase words (`/boards/SpringCampaign/comments`)
 *   stays the generic rules' to read. A comment path's body naming the design
 *   it hangs on (Canva's older POST /v1/comments with `attached_to:
 *   { design_id, type: 'design' }`) places it too. A parent named in the body
 *   still makes a reply, and so does a comment on a note pinned to a screen or
 *   design (Zeplin's /screens/{id}/notes/{id}/comments: "screen notes are
 *   comments added to a screen", the note is the thread).
 * - A comment added to an existing thread by the thread's id, nothing else
 *   named (Penpot's RPC command create-comment: `threadId`, `content`; an
 *   add-, post- or new-comment command alike), is a reply in that thread, as
 *   Penpot's and Canva's threads show it; a new thread
 *   (create-comment-thread, with the file, page and position) is a comment.
 *   With a page or file named beside a thread id, the id is the client's own
 *   for a new thread: a comment. A comment edited by its id (Penpot's
 *   update-comment: `id`, `content`) is a comment, as Frame.io's PUT
 *   /v2/comments/{id} reads.
 * - What is drawn or written on the board itself is saved as the board is
 *   edited, as a document's text is (round o1: documents.ts, editor
 *   transactions): sticky notes, text items, shapes, titles, tags and other
 *   widgets created or changed on a board (Miro's REST v2
 *   /v2/boards/{id}/sticky_notes, texts, shapes and items/bulk; Mural's
 *   /murals/{id}/widgets/sticky-note, textbox, title, area and its tags) and
 *   a design file's change list (Penpot's update-file `changes`). Colleagues
 *   read a sticky note, but as they read a shared document's paragraphs: only
 *   comments, replies and mentions in them, sent on their own, are held
 *   (boardContentSaved, read by refuses.ts). Items named by a common word
 *   (texts, images, frames, titles…) are taken only with a place on the
 *   canvas (position, geometry, x and y…) or by the item's id, so that a text
 *   or a captioned image sent to some other service's /boards/{id}/ is still
 *   read. Cards (Miro's cards and app cards, a kanban board's tasks) are not
 *   board content here: they stay held. Moving, resizing and resolving carry
 *   no words and were quiet before this round.
 * - Penpot's web app sends its commands as transit: transit-body.ts reads them
 *   as JSON (index.ts), so that the rules above read them as any JSON client's.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere, hasKeyDeep } from './body-fields';
import { lastSegment } from './paths';
import { THREAD_FIELD, idLike } from './threads';

/** What a design, board or review tool comments on, by key: one word list for the path, the body's id and a thread's place. */
const DESIGN_OBJECTS = 'design|file|board|mural|whiteboard|diagram|asset|proof|artboard|prototype';
/** A comments collection under a design, file, board or review asset by its key. */
const DESIGN_COMMENTS = new RegExp(`/(?:${DESIGN_OBJECTS})s?/([A-Za-z0-9][\\w:.-]{3,80})/comments/?$`, 'i');
/** Comments on a note pinned to a screen or design (Zeplin's /screens/{id}/notes/{id}/comments): the note is the thread. */
const NOTE_COMMENTS = new RegExp(`/(?:${DESIGN_OBJECTS}|screen|component)s?/[^/]+/(?:notes|annotations)/[^/]+/comments/?$`, 'i');
/** A bare comments collection (Canva's older /v1/comments). */
const COMMENTS_COLLECTION = /\/comments\/?$/i;
/** A body's own name for the design or file a comment hangs on. */
const DESIGN_OBJECT_ID = new RegExp(`^(?:${DESIGN_OBJECTS})_?id$`, 'i');
/** An opaque key or id as written in a path or a field. */
const TOKEN = /^[\w-]{4,64}$/;

/**
 * A word of a CamelCase identifier, split at its case changes (`HTMLTemplates` → `HTML`, `Templates`): read as a word
 * when it has a vowel and no run of four consonants, or as an acronym of up to five capitals.
 */
function wordLike(part: string): boolean {
  if (/^[A-Z]+$/.test(part)) return part.length <= 5;
  const lower = part.toLowerCase();
  return /[aeiouy]/.test(lower) && !/[^aeiouy]{4}/.test(lower);
}
/**
 * A design's key: with a digit, as Canva's `DAFVztcvd9z`, or of letters alone mixing capitals and small letters as no
 * words do (Canva's `DAHaKPDSZSI`; about one Canva key in five has no digit). A word, CamelCase words or an acronym
 * before words (`SpringCampaign`, `sharedWithMe`, `HTMLTemplates`) is a collection's own name, not a key: at most three
 * short words (`My`, `To`, `Do`) as identifiers have them. Misses some digitless keys that read as words, by design.
 */
function designKey(key: string): boolean {
  if (/\d/.test(key)) return true;
  if (key.length < 8 || !/[A-Z]/.test(key) || !/[a-z]/.test(key)) return false;
  const parts = key.split(/[-_.:]/).flatMap((chunk) => chunk.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)).filter((p) => p !== '');
  return !parts.every(wordLike) || parts.filter((p) => /^[A-Z]?[a-z]$/.test(p)).length > 3;
}
/** Canva's `attached_to: { design_id, type }`: what the comment is attached to, by any key beside its type. */
function attachedToDesign(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const to = body.value['attached_to'] ?? body.value['attachedTo'];
  return isRecord(to) && typeof to['type'] === 'string' && Object.keys(to).some((k) => DESIGN_OBJECT_ID.test(k) && typeof to[k] === 'string' && TOKEN.test(to[k]));
}

/** A command or operation creating one comment (Penpot's create-comment, an add-comment). */
const CREATE_COMMENT = /^(?:create|add|post|new)[-_]?comment$/i;
/**
 * A command opening a new comment thread placed on a design (Penpot's create-comment-thread). Penpot's RPC kebab-cases
 * every JSON key it reads, so `file-id` and `fileId` are one request: placed on a design by either spelling (x3 review M3).
 */
const CREATE_THREAD = /^(?:create|add|new)[-_]?comment[-_]?thread$/i;
/** A command editing one comment by its id (Penpot's update-comment: `id`, `content`). */
const UPDATE_COMMENT = /^(?:update|edit)[-_]?comment$/i;
/** What a new comment thread is placed on: a thread id beside one of these is the client's own for a new thread. */
const PLACED_ON = new RegExp(`^(?:${DESIGN_OBJECTS}|page|frame|post|item|document|object|target|node)[-_]?id$`, 'i');

/**
 * The kind of a comment on a design, board or review asset, where the generic rules would read a post or a comment
 * in a thread; undefined where they decide. `parentNamed`: kind.ts's reading of a parent comment in the body.
 */
export function designCommentKind(path: string, body: ParsedBody, method: string, parentNamed: boolean): PostKind | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const key = DESIGN_COMMENTS.exec(path)?.[1];
  if ((key !== undefined && designKey(key)) || (COMMENTS_COLLECTION.test(path) && attachedToDesign(body))) return parentNamed ? 'reply' : 'comment';
  if (NOTE_COMMENTS.test(path)) return 'reply';
  const command = lastSegment(path);
  if (CREATE_THREAD.test(command) && hasField(body, PLACED_ON)) return 'comment';
  if (CREATE_COMMENT.test(command) && hasFieldWhere(body, (name, v) => THREAD_FIELD.test(name) && idLike(v)) && !hasField(body, PLACED_ON)) return 'reply';
  if (UPDATE_COMMENT.test(command) && hasFieldWhere(body, (name, v) => /^(?:comment_?)?id$/i.test(name) && typeof v === 'string' && TOKEN.test(v)) && hasField(body, /^(?:content|text|message|body)$/i)) return 'comment';
  return undefined;
}

/** Board items named by their own words: taken by the path alone. */
const BOARD_OWN_ITEM = 'sticky[-_]?notes?|stickies|text[-_]?box(?:es)?|mindmap[-_]nodes?|connectors?|tags?';
/** Board items named by common words (a text, an image, a frame): taken with a place on the canvas or by id. */
const BOARD_COMMON_ITEM = 'texts?|shapes?|arrows?|frames?|areas?|images?|embeds?|titles?|documents?';
const BOARD = '/(?:boards?|murals?|whiteboards?)/[^/]+/(?:widgets/)?';
const BOARD_OWN_PATH = new RegExp(`${BOARD}(?:${BOARD_OWN_ITEM})(?:/[^/]+)?/?$`, 'i');
const BOARD_ITEM_BY_ID = new RegExp(`${BOARD}(?:${BOARD_COMMON_ITEM})/[^/]+/?$`, 'i');
const BOARD_COMMON_PATH = new RegExp(`${BOARD}(?:${BOARD_COMMON_ITEM})/?$`, 'i');
/** Miro's /v2/boards/{id}/items/bulk: a list of items, each typed. */
const BOARD_BULK = /\/(?:boards?|whiteboards?)\/[^/]+\/items\/bulk\/?$/i;
const BOARD_OWN_TYPE = new RegExp(`^(?:${BOARD_OWN_ITEM})$`, 'i');
const BOARD_COMMON_TYPE = new RegExp(`^(?:${BOARD_COMMON_ITEM})$`, 'i');
/** A place on the canvas: where an item sits, its size or its look. */
const CANVAS_KEY = /^(?:position|geometry|x|y|width|height|style|shape)$/i;
function onCanvas(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).some((k) => CANVAS_KEY.test(k));
}
function bulkOfBoardItems(body: ParsedBody): boolean {
  if (body.type !== 'json' || !Array.isArray(body.value) || body.value.length === 0) return false;
  return body.value.every((item) => isRecord(item) && typeof item['type'] === 'string' && (BOARD_OWN_TYPE.test(item['type']) || (BOARD_COMMON_TYPE.test(item['type']) && onCanvas(item))));
}
/** A board item created or changed: its own word, a common word with a place on the canvas or by id, or a bulk of them. */
function boardItem(path: string, body: ParsedBody): boolean {
  if (BOARD_OWN_PATH.test(path) || BOARD_ITEM_BY_ID.test(path)) return true;
  if (BOARD_COMMON_PATH.test(path)) return hasKeyDeep(body, CANVAS_KEY);
  return BOARD_BULK.test(path) && bulkOfBoardItems(body);
}
/** A design file's save of its change list (Penpot's update-file). */
const FILE_UPDATE = /^(?:update|save|persist)[-_]?(?:file|design|board|drawing|diagram)$/i;
function changeList(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const changes = body.value['changes'];
  return Array.isArray(changes) && changes.length > 0 && changes.every((c) => isRecord(c) && typeof c['type'] === 'string' && !/comment/i.test(c['type']));
}
/** Board content and a design file's edits, saved as the canvas is edited: nothing published (refuses.ts). */
export function boardContentSaved(path: string, body: ParsedBody): boolean {
  return boardItem(path, body) || (FILE_UPDATE.test(lastSegment(path)) && changeList(body));
}
