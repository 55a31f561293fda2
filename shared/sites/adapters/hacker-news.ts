/**
 * Hacker News (news.ycombinator.com).
 *
 * Request shape, from the Hacker News clients in the code index that post
 * the site's own comment form (an HN MCP server's write client and its
 * tests, a quick-reply browser extension that sends the form as FormData,
 * Go and Python reply bots, an iOS client): POST /comment with `parent`
 * (the item answered), `goto` (the page to return to), `hmac` (the form's
 * token) and `text`, as a form or multipart. Comments are often a few
 * words: every one is held, whatever its length.
 * On a story's page the form's `goto` is that story (`item?id={parent}`);
 * the reply page's `goto` names the story the thread belongs to, not the
 * comment answered: a `goto` naming another item than `parent` is a reply.
 * Votes, flags and hides are GET links: never posts. The site's other forms
 * (submissions, edits) are left to the unknown-site heuristic.
 */
import { field, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function parseComment(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'comment', text: null };
  const parent = str(field(ctx.body, 'parent'));
  const gotoItem = /(?:^|[?&])id=(\d+)/.exec(str(field(ctx.body, 'goto')) ?? '')?.[1];
  const kind: PostKind = parent !== undefined && gotoItem !== undefined && gotoItem !== parent ? 'reply' : 'comment';
  const text = str(field(ctx.body, 'text'));
  return { post: true, kind, text: text ?? null };
}

export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  hosts: ['news.ycombinator.com'],
  siteFor: () => 'news.ycombinator.com',
  heuristicFallback: true,
  endpoints: [{ name: 'hn.comment', methods: ['POST'], path: /^\/comment\/?$/, parse: parseComment }],
};
