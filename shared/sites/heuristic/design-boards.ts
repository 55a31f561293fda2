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
 * - Penpot's web app sends its commands as transit (`application/transit+json`:
 *   a map as `["^ ", key, value, …]`, keywords `~:name`, uuids `~u…`, tagged
 *   values `["~#point", …]`, repeated keys and keywords cached as `^0`, `^1`…):
 *   read as the JSON object it stands for, its kebab-case keys as snake_case
 *   (`file-id` → `file_id`; transitAsBody, index.ts), so that the rules above
 *   and the generic ones read its fields as any JSON client's.
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
const THREAD_ID = /^thread[-_]?id$/i;
/** What a new comment thread is placed on: a thread id beside one of these is the client's own for a new thread. */
const PLACED_ON = /^(?:file|page|frame|post|design|board|item|document|asset|object|target|node)[-_]?id$/i;

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

/** Transit's cache codes are `^` and one or two characters from '0' (44 to a place); `^ ` marks a map. */
const CACHE_BASE = 44;
const MAX_TRANSIT_NODES = 5000;
function cacheable(s: string, asKey: boolean): boolean {
  return s.length > 3 && (asKey || (s[0] === '~' && (s[1] === ':' || s[1] === '$' || s[1] === '#')));
}
/**
 * A transit JSON value read as plain JSON: maps as objects (keywords' names as keys), keywords and symbols as their
 * names, uuids as strings, tagged values as their representation, sets and lists as arrays; undefined when it is not
 * transit as written (a cache code never written, too many nodes).
 */
function readTransit(value: unknown): unknown {
  const cache: string[] = [];
  let nodes = 0;
  const str = (s: string, asKey: boolean): string | undefined => {
    if (s.length >= 2 && s.length <= 3 && s[0] === '^' && s !== '^ ') {
      const i = s.length === 2 ? s.charCodeAt(1) - 48 : (s.charCodeAt(1) - 48) * CACHE_BASE + (s.charCodeAt(2) - 48);
      return cache[i];
    }
    if (cacheable(s, asKey)) cache.push(s);
    return s;
  };
  const scalar = (s: string): unknown => (s[0] === '~' && s.length >= 2 ? (s[1] === '~' || s[1] === '^' || s[1] === '`' ? s.slice(1) : s[1] === '#' ? s : s.slice(2)) : s);
  const read = (v: unknown, asKey = false): unknown => {
    if (++nodes > MAX_TRANSIT_NODES) throw new Error('transit too large');
    if (typeof v === 'string') {
      const s = str(v, asKey);
      if (s === undefined) throw new Error('transit cache');
      return scalar(s);
    }
    if (!Array.isArray(v)) return v;
    if (v[0] === '^ ') {
      const out: Record<string, unknown> = {};
      for (let i = 1; i + 1 < v.length; i += 2) {
        const k = read(v[i], true);
        // Clojure's keys are kebab-case (`file-id`): read as snake_case, the spelling the shared field tables know.
        out[String(k).replace(/-/g, '_')] = read(v[i + 1]);
      }
      return out;
    }
    // A tagged value: its tag (`~#point`, `~#set`, or a cache code standing for one) and its representation.
    if (v.length === 2 && typeof v[0] === 'string') {
      const tag = str(v[0], false);
      if (tag === undefined) throw new Error('transit cache');
      if (tag.startsWith('~#')) return read(v[1]);
      const rest = read(v[1]);
      return [scalar(tag), rest];
    }
    return v.map((x) => read(x));
  };
  try {
    return read(value);
  } catch {
    return undefined;
  }
}
/** A transit map (`["^ ", …]`) sent as JSON, read as the object it stands for; any other body as it is. */
export function transitAsBody(body: ParsedBody): ParsedBody {
  if (body.type !== 'json' || !Array.isArray(body.value) || body.value[0] !== '^ ') return body;
  const value = readTransit(body.value);
  return isRecord(value) ? { type: 'json', value } : body;
}
