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
 * (edits, profile) are left to the unknown-site heuristic.
 *
 * Recheck round r4 (a multi-platform poster's Hacker News adapter in the
 * code index, not cited before): a submission is the submit page's form,
 * POST /r with `fnid` (the form's token), `fnop=submit-page`, `title`, `url`
 * and `text` (either may be empty): a post, published with its title, link
 * and text. Other `fnop`s on /r are left to the heuristic.
 *
 * Round r8b (Hacki, the Flutter client, whose forms carry `acct` and `pw`
 * with the fields; Emerge Tools' Android app): an edit is POST /xedit with
 * `hmac`, `id` and `text` (a story's form adds its `title`): the new words
 * replace the published ones, a comment (or a post with its title). Hacki's
 * comments without `goto` or `hmac`, its votes, flags and favourites as POSTs
 * with `acct`/`pw`, the profile form (/xuser `about`) and /xdelete were read
 * right before it.
 *
 * Round r12 (SimonHalvdansson/Harmonic-HN, UserActions.kt: comments,
 * votes and sign-ins carrying `acct` and `pw`, Ask HN submissions with an
 * empty url): read right; no change.
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

function parseSubmit(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: false, notMine: true };
  if (str(field(ctx.body, 'fnop')) !== 'submit-page') return { post: false, notMine: true };
  const parts = ['title', 'url', 'text'].map((k) => str(field(ctx.body, k))).filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: 'post', text: parts.join('\n\n') };
}

/**
 * The edit page's form (POST /xedit: `hmac`, `id`, `text`, and `title` when the item is a story): the new words
 * replace the published ones at once. A story's form carries its title; a comment's only the text.
 */
function parseEdit(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'comment', text: null };
  if (str(field(ctx.body, 'id')) === undefined || field(ctx.body, 'text') === undefined) return { post: false, notMine: true };
  const title = str(field(ctx.body, 'title'));
  const parts = [title, str(field(ctx.body, 'text'))].filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: title !== undefined ? 'post' : 'comment', text: parts.join('\n\n') };
}

export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  hosts: ['news.ycombinator.com'],
  siteFor: () => 'news.ycombinator.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'hn.comment', methods: ['POST'], path: /^\/comment\/?$/, parse: parseComment },
    { name: 'hn.submit', methods: ['POST'], path: /^\/r\/?$/, parse: parseSubmit },
    { name: 'hn.edit', methods: ['POST'], path: /^\/xedit\/?$/, parse: parseEdit },
  ],
};
