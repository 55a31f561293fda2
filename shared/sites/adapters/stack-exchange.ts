/**
 * Stack Exchange's API (api.stackexchange.com: Stack Overflow, Server Fault,
 * Super User and the other Q&A sites, named by the `site` parameter).
 *
 * Request shapes, from the API's own documentation (api.stackexchange.com/docs
 * "Write Access", create-answer, create-comment, create-question, edit-answer,
 * edit-question, edit-comment, render-answer, render-question; the method
 * list at openapi.city/providers/stack-exchange), all form-urlencoded with
 * `key`, `access_token` and `site`:
 * - POST /{version}/questions/add `{ title, body, tags }`: a question (a post:
 *   its title and body are published).
 * - POST /{version}/questions/{id}/answers/add `{ body }`: an answer, a reply
 *   in the question's thread (as the heuristic reads "answers" in a path).
 * - POST /{version}/posts/{id}/comments/add `{ body }`: a comment.
 * - POST …/questions/{id}/edit, …/answers/{id}/edit, …/comments/{id}/edit: edits.
 * - `preview=true` on any of them validates without creating anything: not a post.
 * The site reported is the one `site` names (its API name or its domain:
 * `stackoverflow` is stackoverflow.com, `math` math.stackexchange.com).
 * Not posts: …/render (a preview of a draft), upvote, downvote, favorite,
 * accept, flags (prose for moderators), deletes. The sites' own web forms
 * (stackoverflow.com) are left to the unknown-site heuristic: no public
 * source describes them.
 *
 * Recheck round r4: Stack Exchange chat (chat.stackoverflow.com,
 * chat.stackexchange.com, chat.meta.stackexchange.com), as its bots send it
 * (Manishearth/ChatExchange Browser.send_message / edit_message; the chat
 * bots in the code index that post `{ fkey, text }`): POST
 * /chats/{room}/messages/new (a message) and POST /messages/{id} (an edit),
 * form-encoded with `text` and `fkey`. Reported as the site the chat belongs
 * to (chat.stackoverflow.com is stackoverflow.com). Chat's other requests
 * (stars, flags, reading a room's events, the socket's auth) are not posts:
 * the chat hosts are owned here like the API's, which keeps its other
 * requests away from the heuristic.
 */
import { fieldOrQuery, isStructured, joinParts, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const VERSION = '^\\/\\d+(?:\\.\\d+)?';

/** Sites whose API name is not their own domain's first label under stackexchange.com. */
const OWN_DOMAINS: Readonly<Record<string, string>> = {
  stackoverflow: 'stackoverflow.com',
  serverfault: 'serverfault.com',
  superuser: 'superuser.com',
  askubuntu: 'askubuntu.com',
  mathoverflow: 'mathoverflow.net',
  'mathoverflow.net': 'mathoverflow.net',
  stackapps: 'stackapps.com',
};

function siteNamed(name: string | undefined): string | undefined {
  if (name === undefined || !/^[a-z0-9.-]{1,60}$/i.test(name)) return undefined;
  const lower = name.toLowerCase();
  return OWN_DOMAINS[lower] ?? (lower.includes('.') ? lower : `${lower}.stackexchange.com`);
}

function parseWrite(ctx: EndpointContext): EndpointResult {
  const path = ctx.url.pathname;
  const kind: PostKind = /\/answers\/(?:add|\d+\/edit)\/?$/.test(path) ? 'reply' : /\/comments\/(?:add|\d+\/edit)\/?$/.test(path) ? 'comment' : 'post';
  if (!isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind, text: null };
  const get = (name: string) => str(fieldOrQuery(ctx.body, ctx.url, name));
  if ((get('preview') ?? '').toLowerCase() === 'true') return { post: false };
  const body = get('body');
  const title = kind === 'post' ? get('title') : undefined;
  const site = siteNamed(get('site'));
  const text = body === undefined && title === undefined ? null : joinParts([title, body]);
  return site === undefined ? { post: true, kind, text } : { post: true, kind, text, site };
}

function parseChat(ctx: EndpointContext): EndpointResult {
  const site = ctx.url.hostname.replace(/^chat\./, '');
  if (!isStructured(ctx.body)) return { post: true, kind: 'message', text: null, site };
  const text = str(fieldOrQuery(ctx.body, ctx.url, 'text'));
  return { post: true, kind: 'message', text: text ?? null, site };
}

export const stackExchange: SiteAdapter = {
  id: 'stack-exchange',
  hosts: ['api.stackexchange.com', 'chat.stackoverflow.com', 'chat.stackexchange.com', 'chat.meta.stackexchange.com'],
  siteFor: () => 'stackexchange.com',
  endpoints: [
    {
      name: 'stackexchange.write',
      methods: ['POST'],
      host: /^api\.stackexchange\.com$/,
      path: new RegExp(`${VERSION}\\/(?:questions\\/add|questions\\/\\d+\\/answers\\/add|posts\\/\\d+\\/comments\\/add|(?:questions|answers|comments)\\/\\d+\\/edit)\\/?$`),
      parse: parseWrite,
    },
    {
      name: 'stackexchange.chat.message',
      methods: ['POST'],
      host: /^chat\.(?:meta\.)?stack(?:overflow|exchange)\.com$/,
      path: /^\/(?:chats\/\d+\/messages\/new|messages\/\d+)\/?$/,
      parse: parseChat,
    },
  ],
};
