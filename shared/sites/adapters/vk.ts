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
 * (notes.add, photos.edit, market.add, execute…) go to the unknown-site
 * heuristic, as they did before VK had an adapter.
 */
import { fieldOrQuery, isStructured, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function get(ctx: EndpointContext, name: string): string | undefined {
  const v = fieldOrQuery(ctx.body, ctx.url, name);
  return typeof v === 'number' ? String(v) : str(v);
}

function joinParts(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
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
const QUIET = /^(?:messages\.(?:setActivity|markAsRead|markAsImportant|getHistory|getConversations)|likes\.\w+|status\.set|\w+\.report\w*|\w+\.search\w*|\w+\.get\w*)$/;

function parseApi(ctx: EndpointContext): EndpointResult {
  const method = /^\/method\/([A-Za-z]+\.[A-Za-z]+)\/?$/.exec(ctx.url.pathname)![1]!;
  let kind = POSTING[method];
  if (kind === undefined) return QUIET.test(method) ? { post: false } : { post: false, notMine: true };
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind, text: null };
  const message = get(ctx, 'message');
  if (method === 'wall.repost') return message === undefined || message.trim() === '' ? { post: false } : { post: true, kind, text: message };
  if (method === 'board.addTopic') return { post: true, kind, text: joinParts([get(ctx, 'title'), get(ctx, 'text')]) };
  if (kind === 'comment' && nonEmpty(get(ctx, 'reply_to_comment')) !== undefined) kind = 'reply';
  if (message !== undefined) return { post: true, kind, text: message };
  const attachments = get(ctx, 'attachments') ?? get(ctx, 'attachment') ?? get(ctx, 'sticker_id') ?? get(ctx, 'forward_messages');
  return { post: true, kind, text: attachments !== undefined && attachments !== '' ? '' : null };
}

function parseWebForm(ctx: EndpointContext): EndpointResult {
  const act = get(ctx, 'act');
  const mail = /al_mail\.php$/.test(ctx.url.pathname);
  if (act !== 'a_send' && act !== 'a_send_box') return { post: false };
  if (!isStructured(ctx.body)) return { post: true, kind: 'message', text: null };
  const text = mail || act === 'a_send_box' ? joinParts([get(ctx, 'title'), get(ctx, 'message')]) : get(ctx, 'msg');
  return { post: true, kind: 'message', text: text ?? null };
}

export const vk: SiteAdapter = {
  id: 'vk',
  hosts: ['vk.com', 'vk.ru', 'vkontakte.ru'],
  siteFor: () => 'vk.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'vk.api', methods: ['POST'], host: /^api\.vk\.(?:com|ru)$/, path: /^\/method\/[A-Za-z]+\.[A-Za-z]+\/?$/, parse: parseApi },
    { name: 'vk.web', methods: ['POST'], path: /^\/al_(?:im|mail)\.php$/, parse: parseWebForm },
  ],
};
