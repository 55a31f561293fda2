/**
 * Substack (substack.com and publications on {name}.substack.com).
 *
 * Request shapes, from the Substack clients in the code index (notes
 * schedulers and CLIs that POST to the web client's endpoints, python-substack
 * and its JavaScript ports for drafts, a comment userscript):
 * - Notes: POST substack.com/api/v1/comment/feed with `bodyJson` (a
 *   ProseMirror document: one paragraph per line) and `tabId`,
 *   `replyMinimumRole`, `attachmentIds`; older clients send `body` as plain
 *   text with `type: 'feed'`. With a `parent_id` and words it answers that
 *   note (a reply); a `parent_id` without words restacks it (a boost, not
 *   a post).
 * - Comments: POST /api/v1/post/{post}/comment `{ body, token, parent_id? }`
 *   on the publication's host or substack.com; a `parent_id` is the comment
 *   answered (a reply).
 * - Articles: written as a draft (POST /api/v1/drafts, PUT /api/v1/drafts/{id},
 *   autosaved: not posts), then published by POST or PUT
 *   /api/v1/drafts/{id}/publish `{ send, share_automatically }` or scheduled by
 *   POST /api/v1/drafts/{id}/scheduled_release. That request carries no words:
 *   it is a post whose text is unknown (saved earlier in the draft), held and
 *   asked about rather than passed because its path says "draft".
 * Not posts: POST /api/v1/comment/{id}/reaction (a like),
 * /api/v1/comment/attachment (a link card prepared for a note),
 * drafts and their autosaves, prepublish checks. Publications on their own
 * domains are left to the unknown-site heuristic.
 *
 * Round q1 (quiet traffic, tests/fixtures/requests/substack/q1*-): the
 * reader's event sink, POST /api/v1/firehose and /api/v1/firehose/batch (a
 * publication-page telemetry list and a Substack endpoint survey in the code
 * index; its events can name a post's title), is claimed as not a post, as
 * are post reactions (POST /api/v1/post/{id}/reaction). On a publication's
 * own domain the heuristic still decides.
 *
 * Round r8b (a Ruby client's create_note with `tabId`, note scripts' empty
 * paragraphs and markdown marks, substack_client's comments, a notes
 * publisher's post-card attachments, python-substack's image upload, the
 * subscribe form): read right, no change.
 *
 * Round r12 (jakub-k-slys/substack-api's later note bodies with bullet and
 * ordered lists; OrelsProjects/writeroom-extension, a notes extension): list
 * items are lines, reactions are not posts. Read right; no change.
 */
import { field, isStructured, nonEmpty, str } from '../body';
import { proseMirrorText } from '../rich-text';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function noteText(ctx: EndpointContext): string | null | undefined {
  const rich = field(ctx.body, 'bodyJson') ?? field(ctx.body, 'body_json');
  if (rich !== undefined && rich !== null) {
    const extracted = proseMirrorText(rich);
    if (extracted) return extracted.complete ? extracted.text : null;
  }
  return str(field(ctx.body, 'body'));
}

function parseNote(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  const parent = nonEmpty(String(field(ctx.body, 'parent_id') ?? field(ctx.body, 'parentId') ?? '')) !== undefined;
  const text = noteText(ctx);
  const empty = text === undefined || (text !== null && text.trim() === '');
  if (parent) return empty ? { post: false } : { post: true, kind: 'reply', text };
  if (empty) {
    const attachments = field(ctx.body, 'attachmentIds');
    return Array.isArray(attachments) && attachments.length > 0 ? { post: true, kind: 'post', text: '' } : { post: true, kind: 'post', text: null };
  }
  return { post: true, kind: 'post', text };
}

function parseComment(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'comment', text: null };
  const parent = field(ctx.body, 'parent_id');
  const kind = parent !== undefined && parent !== null && parent !== '' ? 'reply' : 'comment';
  return { post: true, kind, text: str(field(ctx.body, 'body')) ?? null };
}

function parsePublish(): EndpointResult {
  return {
    post: true,
    kind: 'post',
    text: null,
    textUnknownBecause: 'this request publishes a draft saved earlier: its words are in the draft, not in the request',
  };
}

export const substack: SiteAdapter = {
  id: 'substack',
  hosts: ['substack.com'],
  siteFor: (host) => (host === 'substack.com' || host === 'www.substack.com' ? 'substack.com' : host),
  heuristicFallback: true,
  endpoints: [
    { name: 'substack.note', methods: ['POST'], path: /^\/api\/v1\/comment\/feed\/?$/, parse: parseNote },
    { name: 'substack.comment', methods: ['POST'], path: /^\/api\/v1\/post\/\d+\/comment\/?$/, parse: parseComment },
    { name: 'substack.publish', methods: ['POST', 'PUT'], path: /^\/api\/v1\/(?:drafts|posts)\/\d+\/(?:publish|scheduled_release)\/?$/, parse: parsePublish },
    {
      name: 'substack.quiet',
      methods: ['POST', 'PUT'],
      // Reactions, link cards, and the reader's event sink (firehose and its batches): never a post, whatever the body.
      path: /^\/api\/v1\/(?:comment\/(?:\d+\/reaction|attachment)|post\/\d+\/reaction|firehose(?:\/batch)?)\/?$/,
      publishes: 'never',
      parse: () => ({ post: false }),
    },
  ],
};
