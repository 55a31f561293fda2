/**
 * The kind a path names (kind.ts, and a parent in the query string in
 * operation-kind.ts): the last of comment and reply, notes under an object's
 * id, what is written under a work item; and whether an id stands before the
 * comments segment, where a bare `parent` names a parent comment.
 */
import { hasIdSegment } from './paths';
import { COMMENT_TOKEN } from './words';

const REPLY_TOKEN = /^(?:repl(?:y|ies)|answers?|respond)$/i;
/**
 * `notes` under an object with an id: /projects/42/issues/7/notes (GitLab's notes are comments), or one of them by
 * its id, as an edit sends it (round t1: PUT …/issues/7/notes/345).
 */
function scopedNotesPath(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  let end = segments.length - 1;
  const byId = /^\d+$/.test(segments[end]!) && end >= 3 && /^notes?$/i.test(segments[end - 1]!);
  if (byId) end--;
  // An API version before a notes collection (POST /v3/Notes) is no object's id (fa1rev M1: Karbon's and a notes app's
  // /v2/notes were read as scoped by it); a note edited by its own id (PUT /v1/notes/{id}) still is one.
  const version = !byId && /^v\d+(?:\.\d+)?$/i.test(segments[end - 1] ?? '');
  return end >= 2 && /^notes?(?:\.json)?$/i.test(segments[end]!) && /\d/.test(segments[end - 1]!) && !version;
}
/**
 * Whether the path names what is commented on by an id just before its last
 * comments segment (/reviews/918273645/comments, Yext's responses to a
 * review): a `parent` in the body then names a parent comment, not the page.
 */
export function idBeforeComments(path: string): boolean {
  const segments = path.split('/');
  for (let i = segments.length - 1; i > 0; i--) {
    const seg = segments[i]!;
    if (COMMENT_TOKEN.test(seg.endsWith('.json') ? seg.slice(0, -5) : seg)) return hasIdSegment(segments[i - 1]!);
  }
  return false;
}
/** The last of "comment" and "reply" that the path names, if either. */
export function pathKind(path: string): 'comment' | 'reply' | undefined {
  let kind: 'comment' | 'reply' | undefined;
  // A discussion's topics (Canvas's /courses/{id}/discussion_topics) are threads, not comments: their words are the
  // thread's first post, and what is posted into one by id is a reply (intoThread).
  path = path.replace(DISCUSSION_TOPICS, '/topics');
  // A discussion section holding threads, topics or forums (edX's /api/discussion/v1/threads/ and in-course
  // /discussion/{topic}/threads/create, Brightspace's /discussions/forums/{id}/topics/{id}/posts/) names where the
  // forum is, not something commented on: its threads are posts and what goes into one is a reply (round pr2).
  if (DISCUSSION_THREAD_SECTION.test(path)) path = path.replace(DISCUSSION_WORD, '/');
  // `:` too: Google's custom methods (…/questions/{id}/answers:upsert, the Business Profile Q&A API).
  for (const token of path.split(/[/_.?:-]/)) {
    if (COMMENT_TOKEN.test(token)) kind = 'comment';
    else if (REPLY_TOKEN.test(token)) kind = 'reply';
  }
  // A response to a review named in one word (App Store Connect's /v1/customerReviewResponses, `review_replies`):
  // the owner's answer under a review, a reply as Business Profile's …/reviews/{id}/reply is (round p1).
  if (kind === undefined && REVIEW_RESPONSE.test(path)) kind = 'reply';
  if (kind === undefined && scopedNotesPath(path)) kind = 'comment';
  if (kind === undefined && WORK_ITEM_CHILD.test(path)) kind = 'comment';
  return kind;
}
const DISCUSSION_TOPICS = /\/discussion[-_]topics(?=\/|$)/gi;
const DISCUSSION_THREAD_SECTION = /\/discussions?\/(?:[^/]+\/){0,3}(?:threads?|topics?|forums?)(?:\/|$)/i;
const DISCUSSION_WORD = /\/discussions?(?=\/)/gi;
// Also named in two segments around the review's id (…/reviews/{id}/response), as …/reviews/{id}/reply is.
const REVIEW_RESPONSE = /reviews?(?:[-_]?|\/[^/]+\/)(?:responses?|repl(?:y|ies))(?=$|[/?.:])/i;
/**
 * What is written under a task, card, ticket or item by id: Asana's
 * POST /tasks/{gid}/stories (a comment on a task is a "story"), updates and
 * activities under an item.
 */
const WORK_ITEM_CHILD = /\/(?:tasks?|cards?|tickets?|items?)\/[^/]+\/(?:stories|updates|activities)\/?$/i;
