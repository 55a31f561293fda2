/**
 * Kinds of what developer and work tools and mailing lists send, where the
 * general rules of kind.ts read them as posts or private messages (round d2):
 * - a mailing list named by its posting address in the path, before its
 *   messages or threads (`/list/{name}@{domain}/message/…`, Mailman 3's
 *   HyperKitty archive): its mail goes to every subscriber and to the public
 *   archive, not to one inbox; a reply (`…/message/{id}/reply`) answers a
 *   thread unless its `newthread` box is checked, anything else starts one;
 * - a code review of a change or revision by id (Gerrit's
 *   `/changes/{id}/revisions/{rev}/review`, the singular last segment; a
 *   product's `/reviews` collection is not one): its words are comments on
 *   the change, a reply where they name the comment answered (`in_reply_to`);
 * - an edit's transaction typed as a comment (Phabricator's and Phorge's
 *   Conduit `transactions: [{ type: 'comment', value }]`, bracketed in a form
 *   or JSON in `params`), a JSON Patch operation on a work item's discussion
 *   field (Azure DevOps' `/fields/System.History`), a `comment` sent with the
 *   issues or tickets a command applies to (YouTrack's POST /api/commands):
 *   comments under the work items;
 * - a task added to a pull request by id (Bitbucket's …/pullrequests/{id}/tasks),
 *   a change's state action with a message (Gerrit's …/changes/{id}/abandon,
 *   /restore, /revert, /move), a remote method named for creating a comment
 *   (Conduit's `differential.createcomment`) and an issue's journal notes
 *   (Redmine's PUT /journals/{id}.json): comments on what they name (round d2b);
 * - a chat path written in camelCase (Gitter's `/rooms/{id}/chatMessages`,
 *   a `channelMessages` or `sendMessage`), which the separator-bound message
 *   path words do not see: split into its words, a message where the last
 *   one names messages (d2 review); so is what a chat send's shape carries
 *   (chat-sends.ts, round sm1: a chat robot's webhook into a group);
 * - words forwarded by id to addresses named (Freshdesk's
 *   `/tickets/{id}/forward` with `to_emails`): a message to them.
 * Each rule looks only at the path, at the object holding the words, or at a
 * field named for what it is about; none of them makes a post of what the
 * heuristic would not read as one.
 */
import type { ParsedBody, PostKind } from '../types';
import type { FreeText } from './longest-field';
import { chatSendShape } from './chat-sends';
import { fieldLeaf } from './names';
import { hasIdSegment, lastSegment } from './paths';
import { MESSAGE_PATH } from './words';

/**
 * A mailing list's posting address as a path segment, followed by its messages or threads
 * (`/list/python-dev@python.org/message/new`): a path naming a person's address elsewhere is not a list's. The `@`
 * may come percent-encoded (`python-dev%40python.org`) from clients that escape each segment.
 */
const LIST_ADDRESS_PATH = /(?:^|\/)lists?\/([^/@%]+(?:@|%40)[^/@%]+\.[^/@%]+)\/(?:messages?|threads?)\//i;
/** HyperKitty's reply form's box for starting a new thread with the reply (`newthread`), checked. */
const NEW_THREAD_FLAG = /^new_?thread$/i;
/** Fields naming whom mail goes to (HyperKitty's own forms name only the `sender`, never a recipient). */
const MAIL_RECIPIENT_FIELD = /^(?:to|cc|bcc|recipients?|to_?(?:address(?:es)?|emails?))$/i;
const ADDRESS = /[^\s"'<>,;:@]+@[^\s"'<>,;:@]+\.[a-z]{2,}/gi;

/**
 * Addresses the body names as recipients (top-level fields, a form's fields by their leaf name): a `to` naming a
 * person says the mail goes to that person, whatever list the path was reached through.
 */
function namedRecipients(body: ParsedBody): string[] {
  const values: unknown[] = [];
  if (body.type === 'json' && isRecord(body.value)) {
    for (const key in body.value) if (MAIL_RECIPIENT_FIELD.test(key)) values.push(body.value[key]);
  } else if (body.type === 'form' || body.type === 'multipart') {
    for (const [name, value] of body.fields) if (MAIL_RECIPIENT_FIELD.test(fieldLeaf(name))) values.push(value);
  }
  const text = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')).join(' ').slice(0, 10_000);
  return (text.match(ADDRESS) ?? []).map((a) => a.toLowerCase());
}

/** The kind of what is sent to a mailing list named in the path, or undefined when the path names none. */
export function listMailKind(path: string, body: ParsedBody): PostKind | undefined {
  const list = LIST_ADDRESS_PATH.exec(path)?.[1]?.replace(/%40/i, '@').toLowerCase();
  if (list === undefined) return undefined;
  // Mail addressed to someone other than the list is theirs, not the list's (the general rules read it).
  if (namedRecipients(body).some((a) => a !== list)) return undefined;
  if (!/^repl(?:y|ies)$/i.test(lastSegment(path))) return 'post';
  const newThread = (body.type === 'form' || body.type === 'multipart') && [...body.fields].some(([name, v]) => NEW_THREAD_FLAG.test(name) && /^(?:on|1|true|yes)$/i.test(v));
  return newThread ? 'post' : 'reply';
}

/** A review of a change, revision, patch set or pull request by id, as the path's singular last segment. */
const CODE_REVIEW_PATH = /\/(?:changes|revisions|patch_?sets|pulls|pull-requests|merge_requests)\/(?:[^/]+\/){1,4}review\/?$/i;
/**
 * What is added to a pull request, merge request or change by id beside its comments (Bitbucket's
 * …/pullrequests/{id}/tasks), or a change's state action whose message is posted on it (Gerrit's
 * …/changes/{id}/abandon, /restore, /revert, /move with `message`).
 */
const CHANGE_TASKS_PATH = /\/(?:pullrequests|pulls|pull-requests|merge_requests)\/[^/]*\d[^/]*\/tasks\/?$/i;
const CHANGE_ACTION_PATH = /\/changes\/(?:[^/]+\/){1,3}(?:abandon|restore|revert|revert_submission|move)\/?$/i;
/** A remote method in the path whose name creates or adds a comment (Conduit's `differential.createcomment`). */
const COMMENT_METHOD_SEGMENT = /^[a-z]+\.(?:create|add|post)_?comments?$/i;
/** An issue's journal (Redmine's PUT /journals/{id}.json `journal[notes]`): the notes history under the issue. */
const JOURNAL_CONTAINER = /^journals?$/i;
/** What an inline comment answers, in its own object (Gerrit's CommentInput `in_reply_to`). */
const ANSWERS_FIELD = /^(?:in_?reply_?to|parent(?:_?id)?)$/i;
/** Lists of an edit's operations (Conduit's `transactions`). */
const OPERATION_LIST = /^(?:transactions|operations)$/i;
/**
 * A JSON Patch path naming a work item's discussion field (Azure DevOps' `/fields/System.History`). A top-level
 * `/notes` or `/history` is a record's own field (a contact's notes, a patient's history), private and published
 * nowhere: read as a discussion only where the request's path names a work item by id (WORK_ITEM_PATH).
 */
const DISCUSSION_PATCH_PATH = /^\/fields\/(?:[\w-]+\.)*(?:history|comments?|discussion|notes?)$/i;
const TOP_DISCUSSION_PATCH_PATH = /^\/(?:history|comments?|discussion|notes?)$/i;
/** A work item, issue or ticket by id in the request's path (`/_apis/wit/workitems/812`, `/issues/PRJ-12`). */
const WORK_ITEM_PATH = /\/(?:work_?items|issues|tickets)\/[^/]*\d[^/]*\/?$/i;
/** What a command's comment is written under (YouTrack's `issues: [{ idReadable }]`). */
const WORK_ITEMS_FIELD = /^(?:issues|tickets|work_?items)$/i;
/**
 * `tasks` names work items only on a pull request or code review (a review's tasks beside its comment): elsewhere a
 * list of tasks is what a time sheet or planner entry is booked against, and its `comment` the entry's own note.
 */
const TASKS_FIELD = /^tasks$/i;
const REVIEW_RESOURCE_PATH = /\/(?:pullrequests|pulls|pull-requests|merge_requests|changes|reviews?|revisions|diffs)(?:\/|$)/i;
/**
 * A camelCase path segment whose last word names messages (`chatMessages`, `channelMessages`, `groupMessages`,
 * `sendMessage`), read by the same words as separated paths (MESSAGE_PATH). The last word only: a segment naming
 * something of a message (`messageReactions`) is not a message.
 */
function camelChatSegment(path: string): boolean {
  for (const segment of path.split('/').slice(-6)) {
    if (segment.length > 60 || !/^[a-z]+(?:[A-Z][a-z]*)+$/.test(segment)) continue;
    const last = /[A-Z][a-z]*$/.exec(segment)![0];
    if (MESSAGE_PATH.test(`/${last.toLowerCase()}`)) return true;
  }
  return false;
}
/** Fields naming the addresses words are forwarded to (`to_emails`, `to`, `recipients`). */
const FORWARD_RECIPIENTS = /^(?:to|to_?emails?|to_?address(?:es)?|recipients?)$/i;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The object holding the words and the name of the list it is an item of, if any: a JSON object (arrays walked, a
 * JSON string in a form field parsed) whose string value is the text, or a form's bracketed group
 * (`transactions[0][value]` beside `transactions[0][type]`) read as an object.
 */
function holderOf(body: ParsedBody, text: string): { holder: Record<string, unknown>; list?: string } | undefined {
  let nodes = 0;
  const walk = (v: unknown, list: string | undefined, depth: number): { holder: Record<string, unknown>; list?: string } | undefined => {
    if (++nodes > 500 || depth > 6) return undefined;
    if (Array.isArray(v)) {
      for (const item of v) {
        const r = walk(item, list, depth + 1);
        if (r) return r;
      }
      return undefined;
    }
    if (!isRecord(v)) return undefined;
    for (const key in v) if (v[key] === text) return list === undefined ? { holder: v } : { holder: v, list };
    for (const key in v) {
      const r = walk(v[key], Array.isArray(v[key]) ? key : undefined, depth + 1);
      if (r) return r;
    }
    return undefined;
  };
  if (body.type === 'json') return walk(body.value, undefined, 0);
  if (body.type !== 'form' && body.type !== 'multipart') return undefined;
  for (const [name, value] of body.fields) {
    if (value === text) {
      const m = /^(\w+)\[(\d+)\]\[\w+\]$/.exec(name);
      if (!m) return undefined;
      const holder: Record<string, unknown> = {};
      const prefix = `${m[1]}[${m[2]}][`;
      for (const [n, v] of body.fields) if (n.startsWith(prefix) && n.endsWith(']')) holder[n.slice(prefix.length, -1)] = v;
      return { holder, list: m[1] };
    }
    // A JSON object sent as one form field's value (arcanist's `params={…}`).
    if (value.length < 100_000 && value.startsWith('{') && value.includes(text.slice(0, 40).replace(/["\\]/g, ''))) {
      try {
        const r = walk(JSON.parse(value), undefined, 0);
        if (r) return r;
      } catch {
        // Not JSON: nothing to read.
      }
    }
  }
  return undefined;
}

function hasWorkItems(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const review = REVIEW_RESOURCE_PATH.test(path);
  for (const key in body.value) {
    const v = body.value[key];
    if ((WORK_ITEMS_FIELD.test(key) || (review && TASKS_FIELD.test(key))) && ((Array.isArray(v) && v.length > 0) || isRecord(v))) return true;
  }
  return false;
}

/**
 * The kind of words a work or developer tool sends that kind.ts's general rules leave a post, or undefined when no
 * rule here applies. `reply` says the body names what it answers (a parent or `in_reply_to`).
 */
export function workToolKind(path: string, body: ParsedBody, found: FreeText, reply: boolean): PostKind | undefined {
  const held = holderOf(body, found.text);
  if (CODE_REVIEW_PATH.test(path) && /\d/.test(path)) {
    const answers = held !== undefined && Object.keys(held.holder).some((k) => ANSWERS_FIELD.test(k) && typeof held.holder[k] === 'string' && held.holder[k] !== '');
    return reply || answers ? 'reply' : 'comment';
  }
  if (CHANGE_TASKS_PATH.test(path) || (CHANGE_ACTION_PATH.test(path) && /\d/.test(path)) || COMMENT_METHOD_SEGMENT.test(lastSegment(path))) return 'comment';
  if (/^notes?$/i.test(fieldLeaf(found.field)) && found.container !== undefined && JOURNAL_CONTAINER.test(found.container)) return 'comment';
  // A chat send's shape (round sm1, chat-sends.ts: a chat robot's `/robot/send` with `msgtype: text`) is a message.
  if (camelChatSegment(path) || chatSendShape(body, path, 'POST')) return 'message';
  if (/^forward$/i.test(lastSegment(path)) && hasIdSegment(path) && recipientsNamed(body)) return 'message';
  if (/^comment$/i.test(fieldLeaf(found.field)) && hasWorkItems(body, path)) return 'comment';
  if (held === undefined) return undefined;
  const { holder, list } = held;
  if (list !== undefined && OPERATION_LIST.test(list) && typeof holder['type'] === 'string' && /^comment$/i.test(holder['type'])) return reply ? 'reply' : 'comment';
  if (typeof holder['op'] === 'string' && /^(?:add|replace)$/i.test(holder['op']) && typeof holder['path'] === 'string') {
    if (DISCUSSION_PATCH_PATH.test(holder['path']) || (TOP_DISCUSSION_PATCH_PATH.test(holder['path']) && WORK_ITEM_PATH.test(path))) return 'comment';
  }
  return undefined;
}

function recipientsNamed(body: ParsedBody): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  for (const key in body.value) {
    const v = body.value[key];
    if (FORWARD_RECIPIENTS.test(key) && ((Array.isArray(v) && v.length > 0) || (typeof v === 'string' && v.includes('@')))) return true;
  }
  return false;
}
