/**
 * Weibo (weibo.com's web client).
 *
 * Request shapes, from the Weibo clients in the code index that call the
 * web client's AJAX endpoints with its XSRF token (publishing bots,
 * comment bots and userscripts, a Weibo service wrapper listing the
 * /ajax/statuses/* methods):
 * - POST /ajax/statuses/update, a form: `content`, `visible` (0 public,
 *   1 only me, 6 friends), `pic_id`, `media`, `vote`…: a post. One visible
 *   only to its author publishes nothing to anyone else: not a post.
 * - POST /ajax/comments/create `{ id, comment, pic_id, is_repost,
 *   comment_ori, is_comment }` (a form; some clients send JSON with
 *   `content`): a comment on the post `id`.
 * - POST /ajax/comments/reply `{ id, cid, comment }`: a reply to comment `cid`.
 * - POST /ajax/statuses/repost and /normal_repost `{ id, comment, is_comment }`:
 *   a repost with words of one's own is a quote; `is_fast=1` or no words is
 *   a plain repost (a boost, not a post).
 * Weibo is mostly written in Chinese: a short comment is a handful of
 * characters, which the unknown-site heuristic does not hold.
 * Not posts: /ajax/statuses/updateLike, /like, /destroyLike, /destroy,
 * searches and timelines (GET). m.weibo.cn and the rest of weibo.com are
 * left to the heuristic.
 */
import { field, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function get(ctx: EndpointContext, name: string): string | undefined {
  const v = field(ctx.body, name);
  return typeof v === 'number' ? String(v) : str(v);
}

function parseUpdate(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  if (get(ctx, 'visible') === '1') return { post: false }; // only its author sees it
  const content = get(ctx, 'content');
  return { post: true, kind: 'post', text: content ?? null };
}

function parseComment(ctx: EndpointContext): EndpointResult {
  const reply = /\/reply\/?$/.test(ctx.url.pathname);
  if (!isStructured(ctx.body)) return { post: true, kind: reply ? 'reply' : 'comment', text: null };
  const text = get(ctx, 'comment') ?? get(ctx, 'content');
  return { post: true, kind: reply ? 'reply' : 'comment', text: text ?? null };
}

function parseRepost(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'quote', text: null };
  const words = get(ctx, 'comment') ?? get(ctx, 'content') ?? '';
  if (get(ctx, 'is_fast') === '1' || words.trim() === '') return { post: false };
  return { post: true, kind: 'quote', text: words };
}

export const weibo: SiteAdapter = {
  id: 'weibo',
  hosts: ['weibo.com'],
  siteFor: () => 'weibo.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'weibo.status.update', methods: ['POST'], path: /^\/ajax\/statuses\/update\/?$/, parse: parseUpdate },
    { name: 'weibo.comment', methods: ['POST'], path: /^\/ajax\/comments\/(?:create|reply)\/?$/, parse: parseComment },
    { name: 'weibo.repost', methods: ['POST'], path: /^\/ajax\/statuses\/(?:normal_)?repost\/?$/, parse: parseRepost },
    {
      name: 'weibo.quiet',
      methods: ['POST'],
      path: /^\/ajax\/statuses\/(?:updateLike|like|destroyLike|destroy)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
