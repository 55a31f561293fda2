/**
 * Quora (www.quora.com, its language sites such as es.quora.com, and Spaces
 * on {space}.quora.com).
 *
 * Request shapes, from the Quora tools in the code index (an automation
 * tool's request builders and constants, scrapers and extensions that watch
 * the web client):
 * - Mutations: POST /graphql/gql_POST?q=<Component>_<mutation>_Mutation
 *   with `{ queryName, variables, extensions: { hash } }` (persisted: no
 *   query text). Words travel as a sections document, a JSON string
 *   `{ sections: [{ type: 'plain', spans: [{ text, modifiers }] }] }`:
 *   - `answerCreate` `{ qid, content, … }`: an answer to a question (a
 *     reply in its thread);
 *   - `questionCreate` `{ titlePlaintext, … }`: a question (a post);
 *   - `postAdd` `{ title, content, tribeId, … }`: a post (in a Space when
 *     `tribeId` names one); with `embeddedOid` it shares another post: a
 *     quote with words of one's own, a plain share without;
 *   - `threadCreate` `{ recipientUid, content }` and `threadReplyAdd`
 *     `{ threadId, content }`: private messages.
 *   Mutations named for answers, comments and messages that add or edit
 *   (`answerEdit`, `commentAdd`…) are read the same way, from `content` or
 *   `comment`: no public source shows their exact names.
 *   Not posts: `voteChange` and the up/downvote mutations, follows and
 *   unfollows, `reportAdd` (its `comment` goes to moderators),
 *   `postDraftSave` (an autosaved draft), sign-ins and sign-ups, blocks,
 *   bookmarks; and every query (POST /graphql/gql_para_POST?q=<Query>).
 *   Another mutation that carries a sections document with words (in
 *   `content`, `comment` or `title`) is held as what its name says (a
 *   comment, an answer, a message, else a post) unless its name says it
 *   saves a draft, reports, previews or edits a profile: the heuristic
 *   cannot read these documents, and a publish Quora renames must not pass
 *   unseen. Mutations without words are left to the heuristic.
 * - The older server calls: POST /webnode2/server_call_POST?…&_m=add_comment,
 *   a form whose `json` field holds `{ args: [], kwargs: { oid, comment:
 *   <sections> } }`: a comment.
 * Recheck round r8a (tests/fixtures/requests/quora/r8a-*): a Space
 * invitation with a personal message, `tribeInviteUsersAndContactsToPermissionLevel`
 * `{ customMsg, searchList }` on {space}.quora.com (a Space invite script in
 * the code index), is a message (without one, not a post; the heuristic had
 * read it as a post on the Space's host). Read right the first time: a
 * shared link with words (AskQuestionStepShareLinkWrapper_postAdd), blocks,
 * downvotes, sign-up emails and image uploads (not posts).
 */
import { asJson, at, field, isRecord, isStructured, joinParts, nonEmpty, str } from '../body';
import { quoraText } from '../rich-text';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const NOT_MINE: EndpointResult = { post: false, notMine: true };

/** `AnswerEditorMutation_answerCreate_Mutation` → `answerCreate`. */
const MUTATION_NAME = /_([a-z][A-Za-z0-9]*)_Mutation$/;
const QUIET = /^(?:vote|answerUpvote|answerDownvote|upvote|downvote|user(?:Un)?[Ff]ollow|(?:un)?follow|report|login|signup|logout|postDraftSave|draft|(?:un)?block|user(?:Un)?[Bb]lock|bookmark|mute|hide|dismiss|markAs|messageMarkRead|threadMarkRead|log)/;

/** A sections document's words: null when it could not be read in full, undefined when absent. */
function docText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  const extracted = quoraText(value);
  if (extracted) return extracted.complete ? extracted.text : null;
  // A plain string where a document is expected is its own words.
  return str(value);
}

function joinKnown(parts: ReadonlyArray<string | null | undefined>): string | null | undefined {
  if (parts.some((p) => p === null)) return null;
  if (parts.every((p) => p === undefined)) return undefined;
  return joinParts(parts as ReadonlyArray<string | undefined>);
}

function mutationResult(mutation: string, variables: unknown): EndpointResult | undefined {
  const get = (name: string) => at(variables, name);
  if (QUIET.test(mutation)) return { post: false };
  if (/^answer(?:Create|Add|Edit|Update)/.test(mutation)) return { post: true, kind: 'reply', text: docText(get('content')) ?? null };
  if (/^question(?:Create|Add)/.test(mutation)) {
    const text = str(get('titlePlaintext')) ?? docText(get('title'));
    return { post: true, kind: 'post', text: text ?? null };
  }
  if (/^post(?:Add|Create|Edit|Update|Publish)/.test(mutation)) {
    const text = joinKnown([docText(get('title')), docText(get('content'))]);
    const shares = nonEmpty(String(get('embeddedOid') ?? '')) !== undefined;
    if (shares) return text === '' || text === undefined ? { post: false } : { post: true, kind: 'quote', text };
    return { post: true, kind: 'post', text: text ?? null };
  }
  if (/^tribeInvite/.test(mutation)) {
    // An invitation to follow a Space: its personal message (`customMsg`) reaches the people invited; without one
    // it is only an invitation.
    const note = str(get('customMsg'));
    return note === undefined || note.trim() === '' ? { post: false } : { post: true, kind: 'message', text: note };
  }
  const kind: PostKind | undefined = /^(?:thread(?:Create|ReplyAdd|Reply)|message(?:Add|Send|Create))/.test(mutation)
    ? 'message'
    : /^comment(?:Add|Create|Edit|Update)/.test(mutation)
      ? 'comment'
      : undefined;
  if (kind === undefined) return undefined;
  return { post: true, kind, text: docText(get('content')) ?? docText(get('comment')) ?? null };
}

/** Names of mutations whose words are not published: drafts, reports, previews, profile lines. */
const UNPUBLISHED_NAME = /[Dd]raft|[Rr]eport|[Ff]lag|[Pp]review|[Ss]ave|[Ss]etting|[Pp]rofile|[Cc]redential|[Bb]io(?:$|[A-Z])/;

/** A mutation this adapter does not describe, held when it carries a document with words. */
function unknownMutation(mutation: string, variables: unknown): EndpointResult | undefined {
  if (UNPUBLISHED_NAME.test(mutation)) return { post: false };
  let text: string | null | undefined;
  for (const key of ['content', 'comment', 'title']) {
    const value = at(variables, key);
    if (quoraText(value) === undefined) continue;
    text = docText(value);
    if (text === null || (text !== undefined && text.trim() !== '')) break;
  }
  if (text === undefined || (text !== null && text.trim() === '')) return undefined;
  const kind: PostKind = /[Cc]omment/.test(mutation) ? 'comment' : /[Aa]nswer/.test(mutation) ? 'reply' : /[Mm]essage|[Tt]hread/.test(mutation) ? 'message' : 'post';
  return { post: true, kind, text };
}

function parseMutation(ctx: EndpointContext): EndpointResult {
  const body = ctx.body.type === 'json' && isRecord(ctx.body.value) ? ctx.body.value : undefined;
  const name = ctx.url.searchParams.get('q') ?? str(body?.['queryName']) ?? '';
  const mutation = MUTATION_NAME.exec(name)?.[1];
  if (mutation === undefined) return NOT_MINE;
  if (!body) {
    if (ctx.body.type !== 'unreadable' || QUIET.test(mutation)) return { post: false };
    // A publishing mutation whose body cannot be read: held with the text unknown.
    const probe = mutationResult(mutation, {});
    return probe && probe.post ? { ...probe, text: null } : NOT_MINE;
  }
  return mutationResult(mutation, body['variables']) ?? unknownMutation(mutation, body['variables']) ?? NOT_MINE;
}

function parseServerCall(ctx: EndpointContext): EndpointResult {
  if (ctx.url.searchParams.get('_m') !== 'add_comment') return NOT_MINE;
  if (!isStructured(ctx.body)) return { post: true, kind: 'comment', text: null };
  const json = asJson(field(ctx.body, 'json'));
  const comment = at(json, 'kwargs', 'comment');
  return { post: true, kind: 'comment', text: docText(comment) ?? null };
}

export const quora: SiteAdapter = {
  id: 'quora',
  hosts: ['quora.com'],
  siteFor: () => 'quora.com',
  // Quora renames its persisted operations with each release: mutations not described here go to the heuristic.
  heuristicFallback: true,
  endpoints: [
    { name: 'quora.graphql.mutation', methods: ['POST'], path: /^\/graphql\/gql_POST\/?$/, parse: parseMutation },
    { name: 'quora.graphql.query', methods: ['POST'], path: /^\/graphql\/gql_para_POST\/?$/, publishes: false, parse: () => ({ post: false }) },
    { name: 'quora.server-call', methods: ['POST'], path: /^\/webnode2\/server_call_POST\/?$/, parse: parseServerCall },
  ],
};
