/**
 * GitHub (github.com's web client, and the REST and GraphQL APIs on
 * api.github.com).
 *
 * Request shapes:
 * - REST (docs.github.com/rest issues/issues, issues/comments, pulls/pulls,
 *   pulls/comments, pulls/reviews, commits/comments; the many clients in the
 *   code index that POST `{ body }` to /repos/{owner}/{repo}/issues/{n}/comments):
 *   POST /repos/{o}/{r}/issues and /pulls `{ title, body }` (a post: both are
 *   published); PATCH /repos/{o}/{r}/issues/{n} and /pulls/{n} (an edit when
 *   it changes the title or body; closing, labelling or assigning says nothing);
 *   POST …/issues/{n}/comments, /commits/{sha}/comments `{ body }` (a
 *   comment); POST …/pulls/{n}/comments `{ body, path, line, in_reply_to? }`
 *   and …/pulls/{n}/comments/{id}/replies (review comments, replies);
 *   PATCH …/issues/comments/{id} and …/pulls/comments/{id} (edits); POST
 *   …/pulls/{n}/reviews `{ body?, event?, comments?[] }`: without `event`
 *   the review stays pending (a draft only its author sees, not a post);
 *   POST …/reviews/{id}/events submits it.
 * - GraphQL (docs.github.com/graphql/reference/mutations): mutations
 *   addComment, addDiscussionComment (a reply with `replyToId`),
 *   createIssue, createDiscussion, createPullRequest, updateIssue,
 *   updateIssueComment, updatePullRequest, updateDiscussion(Comment),
 *   addPullRequestReview(Comment|Thread), submitPullRequestReview, with the
 *   words in `variables.input` or written inline in the query (strings,
 *   block strings, `$variable`s); addPullRequestReview with an `event`
 *   (cli/cli's `gh pr review`: api/queries_pr_review.go AddReview) is a
 *   submitted review, without one a pending review. Other mutations and
 *   persisted operations are left to the unknown-site heuristic.
 * - The web client: POST github.com/_graphql `{ persistedQueryName, query:
 *   <hash>, variables: { input: { body, subjectId } } }` (sent as text/plain;
 *   `addCommentMutation` in the GitHub tools of the code index); the older
 *   forms POST /{o}/{r}/issue_comments and /{o}/{r}/pull/{n}/comment with
 *   `comment[body]` (a close without words sends it empty: not a post).
 * Not posts: addReaction / POST …/reactions, POST /markdown and the web
 *   client's /preview (renders of a draft), subscriptions, searches.
 * github.com's other forms (wikis, releases, gists) are left to the
 * unknown-site heuristic.
 *
 * Recheck round r4 (clients the rules had not cited: google/go-github,
 * PyGithub): gist comments (POST /gists/{id}/comments, PATCH
 * …/comments/{id}: GistsService.CreateComment / EditComment), commit comment
 * edits (PATCH /repos/{o}/{r}/comments/{id}: RepositoriesService.UpdateComment),
 * team discussions and their comments (POST /orgs/{org}/teams/{slug}/discussions
 * `{ title, body }` and …/discussions/{n}/comments, or /teams/{id}/…; PATCH
 * edits them: TeamsService.CreateDiscussionBySlug, CreateCommentBySlug), and
 * the GraphQL updatePullRequestReview (a review's summary edited). These
 * reached the heuristic, which named the site api.github.com. Locks
 * (`lock_reason`) and addUpvote stay not posts.
 *
 * Recheck round r6 (cli/cli, gh: release create, repo edit, label create):
 * releases, POST /repos/{o}/{r}/releases `{ tag_name, name, body, draft,
 * prerelease, generate_release_notes }` and PATCH …/releases/{id}: the
 * release's name and notes are published with it (a post); `draft: true`
 * keeps them unpublished; a release whose notes GitHub writes
 * (`generate_release_notes` without a body) or a draft published by a PATCH
 * of `draft: false` alone is held with the text unknown. A repository's
 * settings (PATCH /repos/{o}/{r}: `description`, `homepage`…), labels and
 * milestones (`description`) and topics are not posts: claimed, as the
 * heuristic read their descriptions as prose. GraphQL mutations whose words
 * are a commit's or a merge's message, or a setting (mergePullRequest with
 * `commitBody`, enablePullRequestAutoMerge, createCommitOnBranch,
 * updateRepository, createLabel…), and the state changes (closeIssue,
 * markPullRequestReadyForReview…) are not posts either.
 * Review of rounds r5 and r6 (github/r56rev-*): the REST merge (PUT
 * /repos/{o}/{r}/pulls/{n}/merge `{ commit_title, commit_message }`, and
 * POST …/merges) is quiet too, as its GraphQL twin is; the heuristic had held
 * its message.
 *
 * Round q1 (quiet traffic, tests/fixtures/requests/github/q1-*): the page's
 * own telemetry, named in a blocker's audit in the code index and in the
 * octolytics-url meta tag of github.com's pages, is claimed as not a post:
 * collector.github.com (octolytics `collect` beacons, with a page's title),
 * and /_private/browser/stats and /_private/browser/errors on github.com and
 * api.github.com (timings, and error reports whose `error.value` reads like
 * prose). Reactions, subscriptions and other unclaimed requests stay as before.
 * Copilot Chat on github.com posts its questions to another host,
 * api.individual.githubcopilot.com/github/chat/threads/{id}/messages
 * (`content`, `intent`, `model`, `streaming`: clients and capture notes in the
 * code index); the heuristic read it as a message on a chat path. The adapter
 * now owns githubcopilot.com and claims /github/chat/ there as not a post.
 * github.com's page sends its GraphQL as persisted operations (POST
 * /_graphql `{ query: <hash>, variables: { input } }`, the name not sent):
 * these were all called "not a post", a comment among them. They are now read
 * by the shape of their input as the mutation it fits (see persistedWeb):
 * `body` with a non-empty `replyToId` a reply, with a subject's, issue's or
 * discussion's id a comment, with a pull request's a review (pending without
 * an `event`), a `title` beside `repositoryId` with an issue's body or fields
 * or a discussion's category a new issue or discussion; an input of any other
 * shape (merges, commits, status lines, saved replies, projects, labels,
 * settings) is not a post.
 *
 * Round q2 (quiet traffic, tests/fixtures/requests/QUIET-TRAFFIC.md): the
 * comment form's Preview (POST /preview?markdown_unsupported=…, as saved
 * pages show data-preview-url), the REST /markdown render, notifications
 * marked read (/notifications/beta/mark), hydro events and browser stats
 * carrying a page title: not posts; the previewed words posted and a saved
 * comment edit: posts. All were read as expected the first time; nothing
 * changed here.
 *
 * Round f1 (embedded comment systems, github/f1-*): the comment widgets that
 * blogs embed from giscus.app and utteranc.es (giscus/giscus services/github:
 * addDiscussionComment with its variables at the top level, a reply sent as
 * the alias `addDiscussionReply: addDiscussionComment(…replyToId…)`, reactions
 * under the alias `toggleReaction`, POST /markdown renders;
 * utterance/utterances src/github.ts: issue comments with the HTML media type)
 * were read right the first time; nothing changed here.
 */
import { at, field, isRecord, isStructured, joinParts, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const REPO = '^\\/repos\\/[^/]+\\/[^/]+';

function restBody(ctx: EndpointContext): Record<string, unknown> | null {
  return ctx.body.type === 'json' && isRecord(ctx.body.value) ? ctx.body.value : null;
}

function parseRestCreate(ctx: EndpointContext): EndpointResult {
  const v = restBody(ctx);
  if (!v) return { post: true, kind: 'post', text: null };
  return { post: true, kind: 'post', text: joinParts([str(v['title']), str(v['body'])]) };
}

function parseRestEdit(ctx: EndpointContext): EndpointResult {
  const v = restBody(ctx);
  if (!v) return { post: true, kind: 'post', text: null };
  const title = str(v['title']);
  const body = str(v['body']);
  // Closing, labelling, assigning: nothing is written.
  if (title === undefined && body === undefined) return { post: false };
  return { post: true, kind: 'post', text: joinParts([title, body]) };
}

function parseRestComment(ctx: EndpointContext): EndpointResult {
  const replies = /\/replies\/?$/.test(ctx.url.pathname);
  const v = restBody(ctx);
  if (!v) return { post: true, kind: replies ? 'reply' : 'comment', text: null };
  const kind: PostKind = replies || v['in_reply_to'] !== undefined ? 'reply' : 'comment';
  const body = str(v['body']);
  return { post: true, kind, text: body ?? null };
}

function reviewText(v: Record<string, unknown>): string {
  const comments = v['comments'];
  const inline = Array.isArray(comments) ? comments.slice(0, 100).map((c) => str(at(c, 'body'))) : [];
  return joinParts([str(v['body']), ...inline]);
}

function parseRestReview(ctx: EndpointContext): EndpointResult {
  const v = restBody(ctx);
  if (!v) return { post: true, kind: 'comment', text: null };
  const submits = /\/events\/?$/.test(ctx.url.pathname);
  // A review created without an event stays pending: its author's draft.
  if (!submits && nonEmpty(v['event']) === undefined) return { post: false };
  const text = reviewText(v);
  // An approval without words publishes no text of one's own.
  return text === '' && str(v['event']) === 'APPROVE' ? { post: false } : { post: true, kind: 'comment', text };
}

/** GraphQL mutations that publish words, and what they publish. */
const MUTATIONS: Readonly<Record<string, PostKind>> = {
  addComment: 'comment',
  addDiscussionComment: 'comment',
  addPullRequestReviewComment: 'comment',
  addPullRequestReviewThreadReply: 'reply',
  addPullRequestReviewThread: 'comment',
  // With an `event` (what `gh pr review` sends) the review is submitted; without one it stays pending.
  addPullRequestReview: 'comment',
  submitPullRequestReview: 'comment',
  updateIssueComment: 'comment',
  updateDiscussionComment: 'comment',
  updatePullRequestReviewComment: 'comment',
  // After updatePullRequestReviewComment: the persisted-name test takes the first name that fits.
  updatePullRequestReview: 'comment',
  createIssue: 'post',
  createDiscussion: 'post',
  createPullRequest: 'post',
  updateIssue: 'post',
  updateDiscussion: 'post',
  updatePullRequest: 'post',
};
const MUTATION_FIELD = new RegExp(`\\b(${Object.keys(MUTATIONS).join('|')})\\s*\\(`);
/**
 * Mutations whose words are not a post: a merge's or a commit's message
 * (`commitBody`, `message`), a repository's, label's or ref's settings, and
 * state changes (gh pr merge, gh repo edit, gh label create).
 */
const QUIET_MUTATION_FIELD =
  /\b(?:mergePullRequest|enablePullRequestAutoMerge|createCommitOnBranch|updateRepository|createRepository|createLabel|updateLabel|createRef|updateRef|closeIssue|reopenIssue|closePullRequest|reopenPullRequest|markPullRequestReadyForReview|convertPullRequestToDraft|lockLockable|unlockLockable)\s*\(/;
/** The web client's persisted operations: `addCommentMutation`, `updateIssueCommentMutation`… */
const PERSISTED = new RegExp(`^(${Object.keys(MUTATIONS).join('|')})\\w*Mutation$`, 'i');
/** A mutation operation in a document, after any fragments (comments removed first). */
const MUTATION_OPERATION = /(?:^|\})\s*mutation\b/;

/**
 * A GraphQL block string's value (spec "BlockStringValue"): the common
 * indentation of its lines after the first removed, blank first and last
 * lines dropped, `\"""` unescaped.
 */
function blockStringValue(raw: string): string {
  const lines = raw.replace(/\\"""/g, '"""').split(/\r\n|\r|\n/);
  let common: number | undefined;
  for (const line of lines.slice(1)) {
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    if (indent < line.length && (common === undefined || indent < common)) common = indent;
  }
  const out = common === undefined ? lines : [lines[0]!, ...lines.slice(1).map((l) => l.slice(common))];
  const blank = (l: string) => l.trim() === '';
  while (out.length > 0 && blank(out[0]!)) out.shift();
  while (out.length > 0 && blank(out[out.length - 1]!)) out.pop();
  return out.join('\n');
}

/**
 * A string argument written inline in a GraphQL document: a string (`body:
 * "…"`, JSON escapes decoded), a block string (`body: """…"""`) or a
 * variable (`body: $b`, read from `variables`). Only the first occurrence is
 * read, by scans that stop at its end: linear whatever the document.
 */
function inlineArgument(query: string, name: string, variables: unknown): string | undefined {
  const start = new RegExp(`\\b${name}\\s*:\\s*(?:"|\\$(\\w+))`).exec(query);
  if (!start) return undefined;
  if (start[1] !== undefined) return str(at(variables, start[1]));
  const from = start.index + start[0].length;
  if (query.startsWith('""', from)) {
    // A block string: raw up to the first `"""` not escaped as `\"""`.
    let end = query.indexOf('"""', from + 2);
    while (end !== -1 && query[end - 1] === '\\') end = query.indexOf('"""', end + 3);
    return end === -1 ? undefined : blockStringValue(query.slice(from + 2, end));
  }
  let i = from;
  while (i < query.length) {
    const c = query.charCodeAt(i);
    if (c === 92 /* \\ */) i += 2;
    else if (c === 34 /* " */) break;
    else i++;
  }
  if (i >= query.length) return undefined;
  try {
    return JSON.parse(`"${query.slice(from, i)}"`) as string;
  } catch {
    return undefined;
  }
}

/** An enum argument written inline (`event: COMMENT`) or as a variable (`event: $e`). */
function inlineEnum(query: string, name: string, variables: unknown): string | undefined {
  const m = new RegExp(`\\b${name}\\s*:\\s*(\\$?)(\\w+)`).exec(query);
  if (!m) return undefined;
  return m[1] === '$' ? str(at(variables, m[2]!)) : m[2];
}

function graphqlPost(mutation: string, query: string, variables: unknown): EndpointResult {
  let kind = MUTATIONS[mutation] ?? 'comment';
  const input = isRecord(at(variables, 'input')) ? at(variables, 'input') : variables;
  const fromVars = (name: string) => str(at(input, name));
  const get = (name: string) => fromVars(name) ?? inlineArgument(query, name, variables);
  if (mutation === 'addDiscussionComment' && (nonEmpty(at(input, 'replyToId')) !== undefined || /\breplyToId\s*:/.test(query))) kind = 'reply';
  if (mutation === 'addPullRequestReview') {
    // A review added without an event stays pending: its author's draft.
    const event = fromVars('event') ?? inlineEnum(query, 'event', variables);
    if (event === undefined || event === '') return { post: false };
    const inline = ['comments', 'threads'].flatMap((k) => {
      const list = at(input, k);
      return Array.isArray(list) ? list.slice(0, 100).map((c) => str(at(c, 'body'))) : [];
    });
    const text = joinParts([get('body'), ...inline]);
    return text === '' && event.toUpperCase() === 'APPROVE' ? { post: false } : { post: true, kind, text };
  }
  if (mutation === 'submitPullRequestReview' || mutation === 'addPullRequestReviewThread') {
    const body = get('body');
    return body === undefined || body === '' ? { post: false } : { post: true, kind, text: body };
  }
  const title = kind === 'post' ? get('title') : undefined;
  const body = get('body');
  if (title === undefined && body === undefined) return mutation.startsWith('update') ? { post: false } : { post: true, kind, text: null };
  return { post: true, kind, text: joinParts([title, body]) };
}

/** A persisted operation's id sent as `query` (github.com's web client: 32 to 64 hexadecimal digits). */
const PERSISTED_HASH = /^[0-9a-f]{32,64}$/i;

/** Keys only an issue's input carries (createIssue), beside `repositoryId` and `title`. */
const ISSUE_ONLY_KEYS = ['assigneeIds', 'labelIds', 'milestoneId', 'projectIds', 'issueTemplate', 'issueTypeId', 'parentIssueId'];

/**
 * Which of MUTATIONS a persisted operation's input has the shape of, or undefined: words in `body` with a
 * reply's parent, a review thread, a pull request (a review, pending without an `event`), a review, a
 * discussion or another subject; a `title` beside a repository with an issue's body or fields or a
 * discussion's category; an edit's `id` with a title or body. Quiet mutations (QUIET_MUTATION_FIELD: merges' `commitHeadline`, commits'
 * `message`, status lines, saved replies, labels, repository settings) have none of these shapes.
 */
function persistedMutation(input: Record<string, unknown>): keyof typeof MUTATIONS | undefined {
  const has = (k: string) => typeof input[k] === 'string';
  if (has('title') && has('repositoryId')) {
    if (has('categoryId')) return 'createDiscussion';
    if (has('body') || ISSUE_ONLY_KEYS.some((k) => input[k] !== undefined)) return 'createIssue';
    return undefined;
  }
  // An edit names what it edits by `id` (updateIssue, updatePullRequest, updateIssueComment) or `commentId`.
  if (has('id') && has('title')) return 'updateIssue';
  if (!has('body')) return undefined;
  if (has('id')) return 'updateIssueComment';
  if (has('commentId')) return 'updateDiscussionComment';
  if (nonEmpty(input['replyToId']) !== undefined || has('discussionId')) return 'addDiscussionComment';
  if (has('pullRequestReviewThreadId')) return 'addPullRequestReviewThreadReply';
  if (has('path') && (has('pullRequestId') || has('pullRequestReviewId'))) return 'addPullRequestReviewThread';
  if (has('pullRequestReviewId')) return input['event'] !== undefined ? 'submitPullRequestReview' : 'addPullRequestReviewComment';
  if (has('pullRequestId')) return 'addPullRequestReview';
  if (['subjectId', 'issueId', 'commitId'].some(has)) return 'addComment';
  return undefined;
}

/**
 * A persisted operation from github.com's page, whose name is not sent: read by the shape of its input
 * (persistedMutation) as the named mutation it has the shape of (graphqlPost: pending reviews, replies).
 * An input with none of the publishing shapes is not a post, as every persisted operation was before they
 * were read: the heuristic would hold the words of merges, commits, status lines and settings. The
 * trade-off: a publishing operation GitHub adds with a new input shape passes unheld until it is added here.
 */
function persistedWeb(variables: unknown): EndpointResult {
  const input = at(variables, 'input');
  if (!isRecord(input)) return { post: false };
  const mutation = persistedMutation(input);
  if (mutation === undefined) return { post: false };
  const result = graphqlPost(mutation, '', variables);
  // A comment or reply without words says nothing; a new issue without a body still publishes its title.
  return result.post && result.text !== null && result.text.trim() === '' ? { post: false } : result;
}

/**
 * GraphQL on api.github.com and the web client's /_graphql. A document with
 * no mutation is a query: not a post. A mutation this adapter does not know
 * is left to the unknown-site heuristic (`notMine`), as it was before GitHub
 * had an adapter, rather than passed unseen; persisted operations are read
 * by their input (persistedWeb).
 */
function parseGraphql(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json' || !isRecord(ctx.body.value)) return { post: false, notMine: true };
  const v = ctx.body.value;
  const query = str(v['query']) ?? '';
  const persisted = str(v['persistedQueryName']);
  if (persisted !== undefined) {
    const m = PERSISTED.exec(persisted);
    if (!m) return { post: false, notMine: true };
    const name = Object.keys(MUTATIONS).find((k) => k.toLowerCase() === m[1]!.toLowerCase())!;
    return graphqlPost(name, '', v['variables']);
  }
  // github.com's own page sends persisted operations: `query` is the operation's hash, its name not sent.
  if (PERSISTED_HASH.test(query)) return persistedWeb(v['variables']);
  // Comments (`# …` to the end of a line) may stand before the operation, fragments too.
  if (!MUTATION_OPERATION.test(query.replace(/#[^\n\r]*/g, ''))) return { post: false };
  const m = MUTATION_FIELD.exec(query);
  if (m) return graphqlPost(m[1]!, query, v['variables']);
  return QUIET_MUTATION_FIELD.test(query) ? { post: false } : { post: false, notMine: true };
}

function parseWebComment(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'comment', text: null };
  const body = str(field(ctx.body, 'comment[body]'));
  if (body === undefined) return { post: true, kind: 'comment', text: null };
  // "Close with comment" with nothing written closes the issue or pull request: no words published.
  return body.trim() === '' ? { post: false } : { post: true, kind: 'comment', text: body };
}

/** A release: its name and notes are published, unless it stays a draft. */
function parseRelease(ctx: EndpointContext): EndpointResult {
  const v = restBody(ctx);
  if (!v) return { post: true, kind: 'post', text: null };
  if (v['draft'] === true || v['draft'] === 'true') return { post: false };
  const body = str(v['body']);
  const name = str(v['name']);
  if (body !== undefined && body.trim() !== '') return { post: true, kind: 'post', text: joinParts([name, body]) };
  if (v['generate_release_notes'] === true || v['draft'] === false || v['draft'] === 'false') return { post: true, kind: 'post', text: null };
  const creates = /\/releases\/?$/.test(ctx.url.pathname);
  if (creates && v['tag_name'] !== undefined) return { post: true, kind: 'post', text: name ?? '' };
  return name !== undefined && !creates ? { post: true, kind: 'post', text: name } : { post: false };
}

const API_HOST = /^api\.github\.com$/;
/** A team's discussions, by org and slug or by the team's numeric id (go-github's *BySlug and *ByID). */
const TEAM_DISCUSSIONS = '^\\/(?:orgs\\/[^/]+\\/teams\\/[^/]+|teams\\/\\d+)\\/discussions';
const WEB_HOST = /^github\.com$/;

export const github: SiteAdapter = {
  id: 'github',
  // githubcopilot.com: Copilot Chat's API, which github.com's page calls (api.individual.githubcopilot.com).
  hosts: ['github.com', 'githubcopilot.com'],
  siteFor: () => 'github.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'github.rest.create', methods: ['POST'], host: API_HOST, path: new RegExp(`${REPO}\\/(?:issues|pulls)\\/?$`), parse: parseRestCreate },
    { name: 'github.rest.edit', methods: ['PATCH'], host: API_HOST, path: new RegExp(`${REPO}\\/(?:issues|pulls)\\/\\d+\\/?$`), parse: parseRestEdit },
    {
      name: 'github.rest.comment',
      methods: ['POST'],
      host: API_HOST,
      path: new RegExp(`${REPO}\\/(?:issues\\/\\d+\\/comments|commits\\/[0-9a-f]+\\/comments|pulls\\/\\d+\\/comments(?:\\/\\d+\\/replies)?)\\/?$`),
      parse: parseRestComment,
    },
    { name: 'github.rest.comment.edit', methods: ['PATCH'], host: API_HOST, path: new RegExp(`${REPO}\\/(?:issues\\/|pulls\\/)?comments\\/\\d+\\/?$`), parse: parseRestComment },
    { name: 'github.rest.gist.comment', methods: ['POST', 'PATCH'], host: API_HOST, path: /^\/gists\/[0-9a-f]+\/comments(?:\/\d+)?\/?$/, parse: parseRestComment },
    { name: 'github.rest.team.discussion', methods: ['POST', 'PATCH'], host: API_HOST, path: new RegExp(`${TEAM_DISCUSSIONS}(?:\\/\\d+)?\\/?$`), parse: parseRestEdit },
    {
      name: 'github.rest.team.discussion.comment',
      methods: ['POST', 'PATCH'],
      host: API_HOST,
      path: new RegExp(`${TEAM_DISCUSSIONS}\\/\\d+\\/comments(?:\\/\\d+)?\\/?$`),
      parse: parseRestComment,
    },
    {
      name: 'github.rest.review',
      methods: ['POST'],
      host: API_HOST,
      path: new RegExp(`${REPO}\\/pulls\\/\\d+\\/reviews(?:\\/\\d+\\/events)?\\/?$`),
      parse: parseRestReview,
    },
    { name: 'github.rest.release', methods: ['POST', 'PATCH'], host: API_HOST, path: new RegExp(`${REPO}\\/releases(?:\\/\\d+)?\\/?$`), parse: parseRelease },
    {
      name: 'github.rest.repo.settings',
      methods: ['PATCH', 'POST', 'PUT'],
      host: API_HOST,
      path: new RegExp(`${REPO}(?:\\/(?:labels|milestones)(?:\\/[^/]+)?|\\/topics)?\\/?$`),
      parse: () => ({ post: false }),
      publishes: false,
    },
    {
      // A merge's commit title and message (PUT …/pulls/{n}/merge, POST …/merges): quiet, as GraphQL mergePullRequest's commitBody is.
      name: 'github.rest.merge',
      methods: ['PUT', 'POST'],
      host: API_HOST,
      path: new RegExp(`${REPO}\\/(?:pulls\\/\\d+\\/merge|merges)\\/?$`),
      parse: () => ({ post: false }),
      publishes: false,
    },
    {
      // The page's own telemetry: octolytics beacons, browser timings and error reports, never a post (often a Blob).
      name: 'github.telemetry',
      methods: ['POST', 'PUT'],
      path: /^\/(?:_private\/browser\/(?:stats|errors)|github\/collect)\/?$/,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
    {
      // Copilot Chat on github.com: questions to an assistant and its threads, read by no person.
      name: 'github.copilot.chat',
      methods: ['POST', 'PUT', 'PATCH'],
      host: /(?:^|\.)githubcopilot\.com$/,
      path: /^\/github\/chat\//,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
    { name: 'github.graphql', methods: ['POST'], path: /^\/(?:graphql|_graphql)\/?$/, parse: parseGraphql },
    { name: 'github.web.comment', methods: ['POST'], host: WEB_HOST, path: /^\/[^/]+\/[^/]+\/(?:issue_comments|pull\/\d+\/comment)\/?$/, parse: parseWebComment },
  ],
};
