/**
 * Blogger, through the Blogger API v3 on blogger.googleapis.com (the root
 * of its current discovery document; content-blogger.googleapis.com is the
 * same API as the APIs Explorer calls it).
 *
 * Request shapes (developers.google.com/blogger/docs/3.0/reference/posts and
 * /pages; the Blogger publishing scripts in the code index that POST
 * `{ kind: 'blogger#post', title, content }`):
 * - POST /v3/blogs/{blogId}/posts (and /pages) `{ title, content, labels }`
 *   publishes at once, unless `?isDraft=true` (a draft, not a post);
 * - PUT or PATCH /v3/blogs/{blogId}/posts/{postId} updates a post (what it
 *   changes is published when the post is; a patch without words changes
 *   settings, not a post);
 * - POST …/posts/{postId}/publish publishes a draft (or schedules it with
 *   `publishDate`): the words are in the draft, held with the text unknown;
 * - POST …/posts/{postId}/revert turns a post back into a draft (not a post).
 * Content is HTML, read as a reader sees it; the title is published with it.
 * The blog id in the path is the blog that posts: the account hint. The API
 * creates no comments (it only moderates them): its other calls are not posts.
 * The same API is at www.googleapis.com/blogger/v3 (its older root, still in
 * its discovery document's rootUrl for older clients): that shared host is
 * owned by path, /blogger/ here.
 *
 * Round r8b (google.golang.org/api/blogger/v3, whose paths end in a slash
 * (`v3/blogs/{blogId}/posts/`); pages.update with `publish=true`; a patch of
 * the title alone; draft pages and comment moderation): read right, no change.
 *
 * Round t1 (blogger/t1-*, transports): posts.insert inside an API batch
 * (multipart/mixed to www.googleapis.com/batch/blogger/v3) is read here, each
 * request of the batch decided as if sent alone (index.ts); a draft inside one
 * is still no post. Blogger's own web client (www.blogger.com, batchexecute)
 * is the heuristic's.
 *
 * Round r12 (google-api-python-client blogger v3: posts.insert with
 * `isDraft=false&fetchImages=true`, comments.approve): read right; no change.
 */
import { field, isStructured, str } from '../body';
import { markupText } from '../rich-text';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const ITEM = /^(?:\/blogger)?\/v3\/blogs\/([^/]+)\/(?:posts|pages)(?:\/([^/]+))?(?:\/(publish|revert))?\/?$/;

function parse(ctx: EndpointContext): EndpointResult {
  const m = ITEM.exec(ctx.url.pathname);
  if (!m) return { post: false };
  const accountHint = m[1];
  const id = m[2];
  const action = m[3];
  if (action === 'revert') return { post: false };
  if (action === 'publish') {
    return { post: true, kind: 'post', text: null, accountHint, textUnknownBecause: 'this request publishes a draft saved earlier: its words are in the draft, not in the request' };
  }
  if (id === undefined && ctx.url.searchParams.get('isDraft') === 'true') return { post: false };
  if (!isStructured(ctx.body)) return ctx.body.type === 'none' && id !== undefined ? { post: false } : { post: true, kind: 'post', text: null, accountHint };
  const title = str(field(ctx.body, 'title'));
  const content = str(field(ctx.body, 'content'));
  if (title === undefined && content === undefined) return id === undefined ? { post: true, kind: 'post', text: null, accountHint } : { post: false };
  const body = content === undefined ? undefined : markupText(content);
  if (body === null) return { post: true, kind: 'post', text: null, accountHint };
  const text = [title, body].filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
  return { post: true, kind: 'post', text, accountHint };
}

export const blogger: SiteAdapter = {
  id: 'blogger',
  hosts: ['blogger.googleapis.com', 'content-blogger.googleapis.com', 'www.googleapis.com/blogger/'],
  siteFor: () => 'blogger.com',
  endpoints: [
    { name: 'blogger.insert', methods: ['POST'], path: /^(?:\/blogger)?\/v3\/blogs\/[^/]+\/(?:posts|pages)\/?$/, parse },
    { name: 'blogger.update', methods: ['PUT', 'PATCH'], path: /^(?:\/blogger)?\/v3\/blogs\/[^/]+\/(?:posts|pages)\/[^/]+\/?$/, parse },
    { name: 'blogger.publish', methods: ['POST'], path: /^(?:\/blogger)?\/v3\/blogs\/[^/]+\/(?:posts|pages)\/[^/]+\/(?:publish|revert)\/?$/, parse },
  ],
};
