/**
 * VK (vk.com's web client and the VK API on api.vk.com, which VK's newer
 * web interface also calls).
 *
 * Request shapes:
 * - The API (dev.vk.com/method: wall.post, wall.repost, wall.createComment,
 *   wall.edit, wall.editComment, messages.send, messages.edit,
 *   board.addTopic, board.createComment, photos.createComment,
 *   video.createComment, market.createComment; the VK libraries in the code
 *   index): POST /method/{name} with its parameters as a form or in the
 *   query string (`access_token`, `v`). The words are `message` (or `text`
 *   and `title` for a board topic). `reply_to_comment` makes a comment a
 *   reply; a repost with a `message` is a quote, without one a boost.
 * - The older web client: POST /al_im.php `act=a_send` with `msg`, `to`,
 *   `hash`, `media` (a chat message), `act=a_send_box` and /al_mail.php
 *   `act=a_send` with `message`, `title`, `to_ids` (the VK clients in the
 *   code index that drive the web client's forms).
 * Not posts: messages.setActivity (typing), messages.markAsRead,
 * likes.add, wall.reportPost and other reports (prose for moderators),
 * status.set (the line under one's name), searches, reads; the web client's
 * other al_im.php acts (read marks, activity, logs). Other API methods
 * (notes.add, photos.edit, market.add…) go to the unknown-site
 * heuristic, as they did before VK had an adapter.
 *
 * Recheck round r4 (clients the rules had not cited):
 * - negezor/vk-io batches calls into `execute`, whose `code` is VKScript
 *   written by its helpers getExecuteMethod / getChainReturn:
 *   `return [API.messages.send({...JSON...}),…];`. Each `API.<method>(`
 *   call's argument is read as JSON (up to 25 calls, VK's limit) and the
 *   calls that publish are read as above; several are held together (their
 *   words joined, the first one's kind). A call whose argument is not plain
 *   JSON (other VKScript) leaves the text unknown. A batch with no
 *   publishing call is left as before: no call that publishes, not a post.
 * - groups.edit (python273/vk_api; a community's description) is a setting.
 *
 * Round r8b (a VK wall-posting bot in the code index that drives the web
 * client; python273/vk_api bots; VK's web client scripts): the web client's
 * wall form, POST /al_wall.php `act=post` with `to_id`, `hash` and `Message`,
 * is a post (a `reply_to` makes it a comment); its other acts (get_wall,
 * a_pretty_cards_check_url, delete) are left to the heuristic. polls.create
 * (and votes) prepares a poll that a post attaches later: not a post by
 * itself.
 *
 * Review of rounds r8a and r8b (vk/r8rev-*): polls.edit (`owner_id`,
 * `poll_id`, `question`, `add_answers`, `edit_answers`, `delete_answers`; the
 * VK libraries in the code index) changes a poll that may already be attached
 * to a public wall post, so it is read like wall.edit: a post whose words are
 * the question and the answers added or reworded (an edit with none of them,
 * only an end date or deletions, is not a post). Inside an `execute` batch it
 * is not read (only the methods in POSTING are).
 *
 * Round r12 (vkbottle/vkbottle: messages.send with `forward` as a reply and
 * random_id, messages.sendMessageEventAnswer's snackbar, setActivity): read
 * right; no change.
 */
import { fieldOrQuery, isRecord, isStructured, joinParts, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function get(ctx: EndpointContext, name: string): string | undefined {
  const v = fieldOrQuery(ctx.body, ctx.url, name);
  return typeof v === 'number' ? String(v) : str(v);
}

const POSTING: Readonly<Record<string, PostKind>> = {
  'wall.post': 'post',
  'wall.edit': 'post',
  'wall.repost': 'quote',
  'wall.createComment': 'comment',
  'wall.editComment': 'comment',
  'board.addTopic': 'post',
  'board.createComment': 'comment',
  'board.editComment': 'comment',
  'photos.createComment': 'comment',
  'video.createComment': 'comment',
  'market.createComment': 'comment',
  'messages.send': 'message',
  'messages.edit': 'message',
};

/**
 * Methods known to publish nothing, prose or not: the typing indicator, read
 * marks, likes, the status line under one's name, reports to moderators,
 * searches. Every other method the adapter does not know (notes.add,
 * photos.edit, market.add…) is left to the unknown-site heuristic.
 */
const QUIET = /^(?:messages\.(?:setActivity|markAsRead|markAsImportant|getHistory|getConversations)|polls\.(?:create|addVote|deleteVote)|likes\.\w+|status\.set|groups\.edit|\w+\.report\w*|\w+\.search\w*|\w+\.get\w*)$/;

type Param = (name: string) => string | undefined;

/** One API call's meaning from its method and parameters. */
function readCall(method: string, get: Param): EndpointResult {
  let kind = POSTING[method]!;
  const message = get('message');
  if (method === 'wall.repost') return message === undefined || message.trim() === '' ? { post: false } : { post: true, kind, text: message };
  if (method === 'board.addTopic') return { post: true, kind, text: joinParts([get('title'), get('text')]) };
  if (kind === 'comment' && nonEmpty(get('reply_to_comment')) !== undefined) kind = 'reply';
  if (message !== undefined) return { post: true, kind, text: message };
  const attachments = get('attachments') ?? get('attachment') ?? get('sticker_id') ?? get('forward_messages');
  return { post: true, kind, text: attachments !== undefined && attachments !== '' ? '' : null };
}

/** The end of a JSON object starting at `from` (a `{`): strings skipped, braces counted; -1 if it does not close. */
function objectEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      i++;
      while (i < code.length && code[i] !== '"') i += code[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** An `execute` request's VKScript: its publishing `API.<method>({json})` calls. */
function parseExecute(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'message', text: null };
  const code = get(ctx, 'code') ?? '';
  const call = /\bAPI\.([A-Za-z]+\.[A-Za-z]+)\s*\(/g;
  const results: Array<EndpointResult & { post: true }> = [];
  let unread = false;
  let publishing = false;
  for (let n = 0; n < 25; n++) {
    const m = call.exec(code);
    if (!m) break;
    if (POSTING[m[1]!] === undefined) continue;
    publishing = true;
    const open = m.index + m[0].length;
    const end = code[open] === '{' ? objectEnd(code, open) : -1;
    let params: unknown;
    try {
      params = end === -1 ? undefined : (JSON.parse(code.slice(open, end + 1)) as unknown);
    } catch {
      params = undefined;
    }
    if (!isRecord(params)) {
      unread = true;
      results.push({ post: true, kind: POSTING[m[1]!]!, text: null });
      continue;
    }
    const r = readCall(m[1]!, (name) => {
      const v = params[name];
      return typeof v === 'number' ? String(v) : str(v);
    });
    if (r.post) results.push(r);
  }
  // Only plain reposts: nothing of one's own. No publishing call at all: left to the heuristic, as before.
  if (results.length === 0) return publishing ? { post: false } : { post: false, notMine: true };
  const kind = results[0]!.kind;
  if (unread || results.some((r) => r.text === null)) return { post: true, kind, text: null, textUnknownBecause: 'a batched VK call (execute) does not spell out its words as data' };
  return { post: true, kind, text: results.map((r) => r.text).filter((t) => t !== '').join('\n\n') };
}

/** The answers of a poll edit: `add_answers` a JSON array of strings, `edit_answers` a JSON object of id to text. */
function pollAnswers(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  let v: unknown;
  try {
    v = JSON.parse(raw) as unknown;
  } catch {
    return [raw];
  }
  const values = Array.isArray(v) ? v : isRecord(v) ? Object.values(v) : [];
  return values.slice(0, 50).filter((a): a is string => typeof a === 'string');
}

/**
 * polls.edit changes a poll that may already hang under a live wall post, where everyone sees its new question and
 * answers: read like wall.edit (a post), its words the question then the answers added or reworded. An edit that
 * brings no words (an end date, answers deleted) says nothing new.
 */
function parsePollEdit(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  const text = joinParts([get(ctx, 'question'), ...pollAnswers(get(ctx, 'add_answers')), ...pollAnswers(get(ctx, 'edit_answers'))]);
  return text === '' ? { post: false } : { post: true, kind: 'post', text };
}

function parseApi(ctx: EndpointContext): EndpointResult {
  const method = /^\/method\/([A-Za-z]+(?:\.[A-Za-z]+)?)\/?$/.exec(ctx.url.pathname)![1]!;
  if (method === 'execute') return parseExecute(ctx);
  if (method === 'polls.edit') return parsePollEdit(ctx);
  const kind = POSTING[method];
  if (kind === undefined) return QUIET.test(method) ? { post: false } : { post: false, notMine: true };
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind, text: null };
  return readCall(method, (name) => get(ctx, name));
}

function parseWebForm(ctx: EndpointContext): EndpointResult {
  const act = get(ctx, 'act');
  const mail = /al_mail\.php$/.test(ctx.url.pathname);
  if (act !== 'a_send' && act !== 'a_send_box') return { post: false };
  if (!isStructured(ctx.body)) return { post: true, kind: 'message', text: null };
  const text = mail || act === 'a_send_box' ? joinParts([get(ctx, 'title'), get(ctx, 'message')]) : get(ctx, 'msg');
  return { post: true, kind: 'message', text: text ?? null };
}

/**
 * The web client's wall form (POST /al_wall.php, `act=post` in the body or the query string): `Message` (as the page
 * names it; `message` read too) posted to the wall `to_id`; a `reply_to` makes it a comment under that post. Its
 * other acts (loading a wall, checking a link for a card) are left to the heuristic.
 */
function parseWebWall(ctx: EndpointContext): EndpointResult {
  const act = get(ctx, 'act') ?? ctx.url.searchParams.get('act') ?? undefined;
  if (act !== 'post') return { post: false, notMine: true };
  const kind: PostKind = nonEmpty(get(ctx, 'reply_to')) !== undefined ? 'comment' : 'post';
  if (!isStructured(ctx.body)) return { post: true, kind, text: null };
  return { post: true, kind, text: get(ctx, 'Message') ?? get(ctx, 'message') ?? null };
}

export const vk: SiteAdapter = {
  id: 'vk',
  hosts: ['vk.com', 'vk.ru', 'vkontakte.ru'],
  siteFor: () => 'vk.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'vk.api', methods: ['POST'], host: /^api\.vk\.(?:com|ru)$/, path: /^\/method\/(?:[A-Za-z]+\.[A-Za-z]+|execute)\/?$/, parse: parseApi },
    { name: 'vk.web', methods: ['POST'], path: /^\/al_(?:im|mail)\.php$/, parse: parseWebForm },
    { name: 'vk.web.wall', methods: ['POST'], path: /^\/al_wall\.php$/, parse: parseWebWall },
  ],
};
