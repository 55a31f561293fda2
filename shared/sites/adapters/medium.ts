/**
 * Medium (medium.com, writers' subdomains such as {name}.medium.com, and the
 * official API on api.medium.com).
 *
 * Request shapes:
 * - The web client's GraphQL: POST /_/graphql with `{ operationName,
 *   variables, query }`, or an array of such operations (batched), the full
 *   query text sent each time (Medium tools in the code index: a bot's
 *   operation list, a capture harness that records what the page sends, a
 *   publisher that drives the editor's mutations).
 *   - A response (Medium's comments) under a story or a highlighted passage:
 *     `publishPostThreadedResponse(inResponseToPostId, deltas,
 *     inResponseToQuoteId)`, the words in `deltas[].paragraph.text` (one
 *     paragraph per delta), in older clients `deltas[].insert`.
 *   - A story: written as a draft (`createPost` with an empty input, then
 *     `updatePostResponse(responseId, latestRev, deltas)` as the editor
 *     saves, `setPostTags`), then published by `publishPost(postId)`. That
 *     request carries no words: a post whose text is unknown (the words are
 *     in the draft), as Substack's publishes are.
 *   Not posts: `clap` (also undoing claps), follows and newsletter
 *   subscriptions, highlights (`createQuote`), deletions, the draft's saves
 *   above, and queries. Mutations this adapter does not know are left to the
 *   unknown-site heuristic (`notMine`).
 * - The official API (Medium/medium-api-docs, used by the publishing tools in
 *   the code index): POST /v1/users/{authorId}/posts and
 *   /v1/publications/{publicationId}/posts `{ title, contentFormat: 'html' |
 *   'markdown', content, tags, canonicalUrl, publishStatus: 'public' |
 *   'draft' | 'unlisted' }` (public by default; unlisted is published, only
 *   not listed); HTML is read as a reader sees it, Markdown as written. The
 *   author id in the path is the account hint. A draft is not a post.
 * Publications on their own domains are left to the unknown-site heuristic.
 *
 * Recheck round r8a (tests/fixtures/requests/medium/r8a-*), from the Android
 * app's GraphQL schema types in the code index
 * (com.medium.android.graphql.type.Mutation): `repost(targetPostId, note)`
 * with a note is a quote (without one, not a post); `publishCatalogResponse(
 * inResponseToCatalogId, deltas)` is a response under a reading list (a
 * comment); `setPostPublished(input)` publishes a draft (text unknown).
 * `submitToPublication` (a draft for editors), reading lists
 * (`createCatalog`, `updateCatalog`), `userCompleteProfile` (a bio), reports
 * and `logClientEvents` are not posts.
 *
 * Round r12 (n8n-io/n8n's Medium node: `notifyFollowers`, `license`, drafts):
 * read right; no change.
 */
import { at, field, isRecord, isStructured, str } from '../body';
import { markupText } from '../rich-text';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

/** Mutation fields that publish, that save or react without publishing, in the query text. */
const PUBLISHING = new Set(['publishPostThreadedResponse', 'publishPost', 'publishCatalogResponse', 'setPostPublished', 'repost']);
const QUIET = new Set([
  'clap',
  'createPost',
  'updatePostResponse',
  'updatePost',
  'setPostTags',
  'deletePost',
  'createQuote',
  'deleteQuote',
  'followUser',
  'unfollowUser',
  'followCollection',
  'unfollowCollection',
  'subscribeNewsletterV3',
  'unsubscribeNewsletterV3',
  // Round r8a (the Android app's schema): a draft offered to a publication's editors, reading lists (a collection's
  // title and description, as boards are), a list item's note, profile lines, reports and the client's event log.
  'submitToPublication',
  'updateSubmissionStatus',
  'createCatalog',
  'updateCatalog',
  'deleteCatalog',
  'editCatalogItems',
  'userCompleteProfile',
  'reportStoryAndMaybeBlockAuthor',
  'reportAndMaybeBlockUser',
  'logClientEvents',
]);
/** The first field of a selection set, after an optional alias: `{ field(` or `{ alias: field(`. */
const FIRST_FIELD = /^\s*(?:\w+\s*:\s*)?(\w+)/;

/**
 * The field a mutation document calls first, found by index (the first
 * `mutation` keyword, the `{` after it), then one anchored match on a short
 * slice: a regex searching for the whole shape retried every `mutation` word
 * of a long document.
 */
function mutationField(query: string): string | undefined {
  const keyword = /\bmutation\b/.exec(query);
  if (!keyword) return undefined;
  const open = query.indexOf('{', keyword.index);
  if (open === -1) return undefined;
  return FIRST_FIELD.exec(query.slice(open + 1, open + 300))?.[1];
}

function deltasText(deltas: unknown): string | null | undefined {
  if (!Array.isArray(deltas)) return undefined;
  if (deltas.length > 2000) return null;
  const lines: string[] = [];
  for (const d of deltas) {
    const text = str(at(d, 'paragraph', 'text')) ?? str(at(d, 'insert'));
    if (text !== undefined) lines.push(text);
  }
  return lines.join('\n');
}

type OpAnswer = EndpointResult | 'unknown';

function operation(op: unknown): OpAnswer {
  if (!isRecord(op)) return { post: false };
  const query = str(op['query']) ?? '';
  const name = str(op['operationName']) ?? '';
  const fieldName = mutationField(query.replace(/#[^\n\r]*/g, ''));
  const isMutation = fieldName !== undefined || /Mutation$/.test(name);
  if (!isMutation) return { post: false };
  const variables = op['variables'];
  if (fieldName === 'publishPostThreadedResponse' || (fieldName === undefined && name === 'PublishPostThreadedResponse')) {
    const text = deltasText(at(variables, 'deltas'));
    return { post: true, kind: 'comment', text: text ?? null };
  }
  if (fieldName === 'publishCatalogResponse') {
    // A response under a reading list: deltas, as a story's responses.
    const text = deltasText(at(variables, 'deltas'));
    return { post: true, kind: 'comment', text: text ?? null };
  }
  if (fieldName === 'repost') {
    // A repost with a note of one's own quotes the story; without one it only shares it.
    const note = str(at(variables, 'note'));
    return note === undefined || note.trim() === '' ? { post: false } : { post: true, kind: 'quote', text: note };
  }
  if (fieldName === 'setPostPublished') {
    return { post: true, kind: 'post', text: null, textUnknownBecause: 'this request publishes a draft saved earlier: its words are in the draft, not in the request' };
  }
  if (fieldName === 'publishPost' || (fieldName === undefined && name === 'PublishPost')) {
    return { post: true, kind: 'post', text: null, textUnknownBecause: 'this request publishes a draft saved earlier: its words are in the draft, not in the request' };
  }
  if (fieldName !== undefined && (QUIET.has(fieldName) || PUBLISHING.has(fieldName))) return { post: false };
  if (/^(?:Clap|(?:Un)?[Ff]ollow|(?:Un)?[Ss]ubscribe|Delete|QuoteCreate|CreatePost|UpdatePost|SetTags)/.test(name)) return { post: false };
  return 'unknown';
}

function parseGraphql(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return ctx.body.type === 'unreadable' ? { post: true, kind: 'comment', text: null } : { post: false, notMine: true };
  const ops = Array.isArray(ctx.body.value) ? ctx.body.value.slice(0, 20) : [ctx.body.value];
  let unknown = false;
  for (const op of ops) {
    const answer = operation(op);
    if (answer === 'unknown') unknown = true;
    else if (answer.post) return answer;
  }
  return unknown ? { post: false, notMine: true } : { post: false };
}

const API_POSTS = /^\/v1\/(users|publications)\/([^/]+)\/posts\/?$/;

function parseApiPost(ctx: EndpointContext): EndpointResult {
  const m = API_POSTS.exec(ctx.url.pathname);
  const accountHint = m?.[1] === 'users' && m[2] !== 'me' ? m[2] : undefined;
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null, accountHint };
  const get = (name: string) => field(ctx.body, name);
  if (str(get('publishStatus')) === 'draft') return { post: false };
  const title = str(get('title'));
  const content = str(get('content'));
  const html = (str(get('contentFormat')) ?? 'html').toLowerCase() === 'html';
  const body = content === undefined ? undefined : html ? markupText(content) : content;
  if (body === null) return { post: true, kind: 'post', text: null, accountHint };
  const text = [title, body].filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
  return { post: true, kind: 'post', text, accountHint };
}

export const medium: SiteAdapter = {
  id: 'medium',
  hosts: ['medium.com'],
  siteFor: () => 'medium.com',
  // The web client's other mutations change often and are described nowhere public: the heuristic looks at them.
  heuristicFallback: true,
  endpoints: [
    { name: 'medium.graphql', methods: ['POST'], path: /^\/_\/graphql\/?$/, parse: parseGraphql },
    { name: 'medium.api.posts', methods: ['POST'], host: /^api\.medium\.com$/, path: API_POSTS, parse: parseApiPost },
  ],
};
