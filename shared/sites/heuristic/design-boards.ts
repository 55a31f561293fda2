/**
 * Whiteboards, design files and media review (round wb1): the words
 * colleagues and clients read on a shared canvas, and the canvas's own edit
 * traffic.
 *
 * - Comments are comments, replies replies (designCommentKind, read by
 *   kind.ts beside documents.ts's documentKind). Design and review tools name
 *   the file commented on by an opaque key in the path, under its collection
 *   (Canva's POST /rest/v1/designs/{designId}/comments, Figma's
 *   /v1/files/{key}/comments, Frame.io's /v2/assets/{id}/comments): a key of
 *   letters and digits such as Canva's `DAFVztcvd9z` names the design as an id
 *   does, though the generic id test (paths.ts) does not take it for one. A
 *   comment path's body naming the design it hangs on (Canva's older POST
 *   /v1/comments with `attached_to: { design_id, type: 'design' }`) places it
 *   too. A parent named in the body still makes a reply.
 * - A comment added to an existing thread by the thread's id, nothing else
 *   named (Penpot's RPC command create-comment: `threadId`, `content`), is a
 *   reply in that thread, as Penpot's and Canva's threads show it; a new
 *   thread (create-comment-thread, with the file, page and position) is a
 *   comment. With a page or file named beside a thread id, the id is the
 *   client's own for a new thread: a comment.
 * - What is drawn or written on the board itself is saved as the board is
 *   edited, as a document's text is (round o1: documents.ts, editor
 *   transactions): sticky notes, text items, shapes and other widgets created
 *   or changed on a board (Miro's REST v2 /v2/boards/{id}/sticky_notes, texts,
 *   shapes; Mural's /murals/{id}/widgets/sticky-note and textbox) and a design
 *   file's change list (Penpot's update-file `changes`). Colleagues read a
 *   sticky note, but as they read a shared document's paragraphs: only
 *   comments, replies and mentions in them, sent on their own, are held
 *   (boardContentSaved, read by refuses.ts). Moving, resizing and resolving
 *   carry no words and were quiet before this round.
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { hasField, hasFieldWhere } from './body-fields';
import { lastSegment } from './paths';
import { idLike } from './threads';

/** A comments collection under a design, file, board or review asset by its key. */
const DESIGN_COMMENTS = /\/(?:designs?|files?|boards?|murals?|whiteboards?|diagrams?|assets?|proofs?|artboards?|prototypes?)\/([A-Za-z0-9][\w:.-]{3,80})\/comments\/?$/i;
/** A bare comments collection (Canva's older /v1/comments). */
const COMMENTS_COLLECTION = /\/comments\/?$/i;
/** A body's own name for the design or file a comment hangs on. */
const DESIGN_OBJECT_ID = /^(?:design|file|board|mural|asset|proof|artboard)_?id$/i;
/** Canva's `attached_to: { design_id, type }`: what the comment is attached to. */
function attachedToDesign(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const to = body.value['attached_to'] ?? body.value['attachedTo'];
  return isRecord(to) && typeof to['type'] === 'string' && Object.keys(to).some((k) => DESIGN_OBJECT_ID.test(k) && idLike(to[k]));
}

/** A command or operation creating one comment (Penpot's create-comment, an add-comment). */
const CREATE_COMMENT = /^(?:create|add|post|new)[-_]?comment$/i;
const THREAD_ID = /^thread_?id$/i;
/** What a new comment thread is placed on: a thread id beside one of these is the client's own for a new thread. */
const PLACED_ON = /^(?:file|page|frame|post|design|board|item|document|asset|object|target|node)_?id$/i;

/**
 * The kind of a comment on a design, board or review asset, where the generic rules would read a post or a comment
 * in a thread; undefined where they decide. `parentNamed`: kind.ts's reading of a parent comment in the body.
 */
export function designCommentKind(path: string, body: ParsedBody, method: string, parentNamed: boolean): PostKind | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const key = DESIGN_COMMENTS.exec(path)?.[1];
  if ((key !== undefined && /\d/.test(key)) || (COMMENTS_COLLECTION.test(path) && attachedToDesign(body))) return parentNamed ? 'reply' : 'comment';
  if (CREATE_COMMENT.test(lastSegment(path)) && hasFieldWhere(body, (name, v) => THREAD_ID.test(name) && idLike(v)) && !hasField(body, PLACED_ON)) return 'reply';
  return undefined;
}

/** A whiteboard's items by type, created (the collection) or changed (one item by id). */
const BOARD_ITEM = /\/(?:boards?|murals?|whiteboards?)\/[^/]+\/(?:widgets\/)?(?:sticky[-_]?notes?|stickies|texts?|text[-_]?box(?:es)?|shapes?|connectors?|arrows?|frames|areas|mindmap[-_]nodes|images|embeds)(?:\/[^/]+)?\/?$/i;
/** A design file's save of its change list (Penpot's update-file). */
const FILE_UPDATE = /^(?:update|save|persist)[-_]?(?:file|design|board|drawing|diagram)$/i;
function changeList(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const changes = body.value['changes'];
  return Array.isArray(changes) && changes.length > 0 && changes.every((c) => isRecord(c) && typeof c['type'] === 'string' && !/comment/i.test(c['type']));
}
/** Board content and a design file's edits, saved as the canvas is edited: nothing published (refuses.ts). */
export function boardContentSaved(path: string, body: ParsedBody): boolean {
  return BOARD_ITEM.test(path) || (FILE_UPDATE.test(lastSegment(path)) && changeList(body));
}
