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
 * searches and timelines (GET). The rest of weibo.com is left to the
 * heuristic.
 *
 * Recheck round r4 (clients the rules had not cited): m.weibo.cn's compose
 * page, as the Weibo bots in the code index send it: POST
 * m.weibo.cn/api/statuses/update with `content`, `st` (its XSRF token),
 * `_spr`, `picId`, `visible` (1: only its author), as a form or, from some
 * scripts, in the query string of a body-less POST. Read as weibo.com's
 * update. m.weibo.cn's other requests are left to the heuristic.
 *
 * Round r8b (Weibo open API v2 as Weibo SDKs and apps in the code index call
 * it: iOS clients, an Android publisher, Python and Ruby comment bots): on
 * api.weibo.com, POST /2/statuses/update.json, share.json and upload.json
 * `status` (a post; `visible=1` only its author: not a post),
 * /2/comments/create.json `id`, `comment` (a comment), /2/comments/reply.json
 * `cid`, `id`, `comment` (a reply), /2/statuses/repost.json `id`, `status` (a
 * quote; without words a plain repost), each as a form or in the query string
 * of a body-less POST; m.weibo.cn's POST /api/comments/create (and /reply)
 * `content`, `mid`, `st`: a comment. The open API's favourites and follows
 * stay the heuristic's (no prose).
 *
 * Review of rounds r8a and r8b (weibo/r8rev-*): the open API is also served
 * from upload.api.weibo.com (statuses/upload.json as the SDKs send it: a
 * feinno Java SDK's UploadInput, weigo) and c.api.weibo.com (the business
 * API's `…/biz.json` methods, as a PHP publisher and a Weibo bot in the code
 * index call them); statuses/upload_url_text.json (`status` with a picture's
 * `url` or `pic_id`: the Weibo PHP SDK, iOS and Android sharers) publishes
 * like update; m.weibo.cn's POST /api/statuses/repost `{ id, mid, content,
 * st }` (repost bots in the code index) is read like the web client's repost;
 * the open API's direct_messages/new.json `{ text, uid }` (also under the web
 * chat's /webim/ and /chat/ prefixes, as Weibo chat bots send it) is a
 * message. A repost whose only words are 转发微博 ("repost"), the text Weibo
 * shows for a repost without words and the bots' default, is a plain repost
 * on every repost endpoint.
 *
 * Round a1 (Weibo's older V6 web client, as the Weibo bots in the code index
 * still call it: a PHP Weibo client's comment(), Python comment-and-forward
 * scripts, a Go comment sender): POST weibo.com/aj/v6/comment/add?ajwvr=6
 * `{ act: 'post', mid, uid, forward, isroot, content, location, module }` (a
 * form) is a comment on the status `mid`, read like the web client's
 * comments; POST /aj/mblog/add?ajwvr=6 `{ location, text, style_type,
 * pic_id, module: 'stissue', pub_type, isPri, … }` (posting scripts, a Node
 * sender, a PHP poster) is a status with its words in `text`; POST
 * /aj/v6/mblog/forward `{ mid, reason, … }` a repost, with words of one's own
 * in `reason` a quote, without them a plain repost. Its likes (/aj/v6/like/add) and follows (/aj/f/followed, with the
 * followed account's name in `fnick`) stay the heuristic's, which finds no
 * post in them.
 */
import { field, fieldOrQuery, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function get(ctx: EndpointContext, name: string): string | undefined {
  const v = field(ctx.body, name);
  return typeof v === 'number' ? String(v) : str(v);
}

/** A field of the body, or of the query string (scripts that POST with no body). */
function param(ctx: EndpointContext, name: string): string | undefined {
  const v = fieldOrQuery(ctx.body, ctx.url, name);
  return typeof v === 'number' ? String(v) : str(v);
}

function parseUpdate(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  if (get(ctx, 'visible') === '1') return { post: false }; // only its author sees it
  const content = get(ctx, 'content');
  return { post: true, kind: 'post', text: content ?? null };
}

/** m.weibo.cn's update: a form, or the same fields in the query string of a body-less POST. */
function parseMobileUpdate(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  const q = (name: string) => str(fieldOrQuery(ctx.body, ctx.url, name));
  if (q('visible') === '1') return { post: false }; // only its author sees it
  return { post: true, kind: 'post', text: q('content') ?? null };
}

function parseComment(ctx: EndpointContext): EndpointResult {
  const reply = /\/reply(?:\.json)?\/?$/.test(ctx.url.pathname);
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: reply ? 'reply' : 'comment', text: null };
  const text = param(ctx, 'comment') ?? param(ctx, 'content');
  return { post: true, kind: reply ? 'reply' : 'comment', text: text ?? null };
}

/** The V6 web client's status (/aj/mblog/add): its words in `text`. */
function parseV6Update(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  return { post: true, kind: 'post', text: get(ctx, 'text') ?? null };
}

/**
 * "转发微博" ("repost") is what Weibo itself shows for a repost made without words, and what repost bots send as
 * their default: words the person did not write, so a repost carrying only them is a plain repost (a boost).
 */
const DEFAULT_REPOST_WORDS = '转发微博';

function parseRepost(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'quote', text: null };
  // The V6 web client's forward sends its words as `reason` (round a1).
  const words = param(ctx, 'comment') ?? param(ctx, 'content') ?? param(ctx, 'status') ?? param(ctx, 'reason') ?? '';
  if (param(ctx, 'is_fast') === '1' || words.trim() === '' || words.trim() === DEFAULT_REPOST_WORDS) return { post: false };
  return { post: true, kind: 'quote', text: words };
}

/**
 * The open API's ways of publishing a status (update, share, upload with a picture, upload_url_text with a picture
 * by URL or id) all carry the words in `status`, sent by SDKs as a form, a multipart upload or, from some scripts, the
 * query string of a body-less POST; `visible` means what it means on the web client's update.
 */
function parseOpenUpdate(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  if (param(ctx, 'visible') === '1') return { post: false }; // only its author sees it
  return { post: true, kind: 'post', text: param(ctx, 'status') ?? null };
}

/** The open API's direct message (also under the web chat's /webim and /chat prefixes): `text` to the user `uid`. */
function parseOpenMessage(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'message', text: null };
  return { post: true, kind: 'message', text: param(ctx, 'text') ?? null };
}

/**
 * The open API's hosts: api.weibo.com, upload.api.weibo.com (where the SDKs send uploads with a picture) and
 * c.api.weibo.com (the business API, the same methods under /biz.json).
 */
const OPEN_HOST = /^(?:upload\.|c\.)?api\.weibo\.com$/;

export const weibo: SiteAdapter = {
  id: 'weibo',
  hosts: ['weibo.com', 'm.weibo.cn'],
  siteFor: () => 'weibo.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'weibo.status.update', methods: ['POST'], path: /^\/ajax\/statuses\/update\/?$/, parse: parseUpdate },
    { name: 'weibo.mobile.update', methods: ['POST'], host: /^m\.weibo\.cn$/, path: /^\/api\/statuses\/update\/?$/, parse: parseMobileUpdate },
    { name: 'weibo.comment', methods: ['POST'], path: /^\/ajax\/comments\/(?:create|reply)\/?$/, parse: parseComment },
    { name: 'weibo.v6.update', methods: ['POST'], host: /^(?:www\.)?weibo\.com$/, path: /^\/aj\/mblog\/add\/?$/, parse: parseV6Update },
    { name: 'weibo.v6.repost', methods: ['POST'], host: /^(?:www\.)?weibo\.com$/, path: /^\/aj\/v6\/mblog\/forward\/?$/, parse: parseRepost },
    { name: 'weibo.v6.comment', methods: ['POST'], host: /^(?:www\.)?weibo\.com$/, path: /^\/aj\/v6\/comment\/add\/?$/, parse: parseComment },
    { name: 'weibo.mobile.comment', methods: ['POST'], host: /^m\.weibo\.cn$/, path: /^\/api\/comments\/(?:create|reply)\/?$/, parse: parseComment },
    {
      name: 'weibo.open.update',
      methods: ['POST'],
      host: OPEN_HOST,
      path: /^\/2\/statuses\/(?:update|share|upload|upload_url_text)(?:\/biz)?\.json$/,
      parse: parseOpenUpdate,
    },
    { name: 'weibo.open.comment', methods: ['POST'], host: OPEN_HOST, path: /^\/2\/comments\/(?:create|reply)(?:\/biz)?\.json$/, parse: parseComment },
    { name: 'weibo.open.repost', methods: ['POST'], host: OPEN_HOST, path: /^\/2\/statuses\/repost(?:\/biz)?\.json$/, parse: parseRepost },
    { name: 'weibo.open.message', methods: ['POST'], host: OPEN_HOST, path: /^\/(?:webim\/|chat\/)?2\/direct_messages\/new\.json$/, parse: parseOpenMessage },
    { name: 'weibo.repost', methods: ['POST'], path: /^\/ajax\/statuses\/(?:normal_)?repost\/?$/, parse: parseRepost },
    { name: 'weibo.mobile.repost', methods: ['POST'], host: /^m\.weibo\.cn$/, path: /^\/api\/statuses\/repost\/?$/, parse: parseRepost },
    {
      name: 'weibo.quiet',
      methods: ['POST'],
      path: /^\/ajax\/statuses\/(?:updateLike|like|destroyLike|destroy)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
