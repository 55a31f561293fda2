/**
 * Course and workplace forums in round pr2 (learning platforms, whose
 * forums sit in a "discussion" section), and proposals on freelance
 * marketplaces; kind.ts asks forumKind and proposalKind.
 * - A thread started in a forum's topic that says it has no parent post
 *   (Brightspace's CreatePostData `ParentPostId: null` posted to
 *   …/forums/{id}/topics/{id}/posts/) is a post of its own, though it goes
 *   into a topic by id; with a parent post it is a reply. Only where a forum
 *   by id stands above the topic, as Brightspace's topics hold threads: in
 *   forums whose topic is itself the thread (/topics/{id}/posts, or a
 *   `topic_id` or `thread_id` in the body), a post with no parent post is
 *   still a reply in that thread (review of round pr2).
 * - A comment sent into a thread by id under a discussion section (edX's
 *   POST /api/discussion/v1/comments/ with `thread_id`) is a response in that
 *   thread: a reply, as a forum's posts into a thread are (threads.ts).
 * - A bid or proposal with words on a project, job or gig by id (Freelancer.com's
 *   POST /api/projects/0.1/bids/ `description` with `project_id`) is read by
 *   the one who posted the project, as an application's cover letter is: a
 *   message, not a post.
 * - Posts into a thread or topic named by any id, a UUID too (Sakai Conversations' POST
 *   /api/sites/{site}/topics/{uuid}/posts, round r14): a reply in it; threads.ts reads only numeric ids there. Not
 *   when a title or subject of its own is sent beside the words (one not beginning `Re:`): that starts a new thread
 *   in a topic that is a category (review J1).
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere } from './body-fields';
import { lastSegment } from './paths';
import { THREAD_FIELD, idLike } from './threads';

/** A parent post named by a forum's own field (Brightspace's `ParentPostId`), as an id or explicitly none. */
const PARENT_POST_FIELD = /^parent_?post_?id$/i;
const POSTS_SEGMENT = /^posts(?:\.json)?$/i;
/** A topic by id under a forum by id, its posts the last segment (Brightspace's …/forums/{id}/topics/{id}/posts/). */
const FORUM_TOPIC_POSTS = /\/forums?\/[^/]+\/topics?\/[^/]+\/posts(?:\.json)?\/?$/i;
/** Posts under a thread or topic by id (the id any id: a number, or a UUID as Sakai's). */
const TOPIC_BY_ID_POSTS = /\/(?:threads|topics|discussions)\/([^/]+)\/posts(?:\.json)?\/?$/i;
/** A discussion section in the path (edX's /api/discussion/v1/…, /courses/{id}/discussion/…). */
const DISCUSSIONS_IN_PATH = /(?:^|\/)discussions?\//i;
const COMMENTS_SEGMENT = /^comments(?:\.json)?$/i;

export function forumKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  const last = lastSegment(path);
  if (method === 'POST' && POSTS_SEGMENT.test(last)) {
    let parent: 'none' | 'named' | undefined;
    hasFieldWhere(body, (name, v) => {
      if (!PARENT_POST_FIELD.test(name)) return false;
      parent = v === null || v === '' || v === 0 || v === '0' ? 'none' : idLike(v) ? 'named' : undefined;
      return true;
    });
    if (parent === 'none') return FORUM_TOPIC_POSTS.test(path) && !hasFieldWhere(body, (name, v) => THREAD_FIELD.test(name) && idLike(v)) ? 'post' : undefined;
    if (parent === 'named') return 'reply';
    // Posts into a thread or topic named by any id (Sakai Conversations' …/topics/{uuid}/posts, round r14): a reply in
    // it, as threads.ts holds for a numeric id; a forum's topic holding threads said so above by a parent post.
    const topic = TOPIC_BY_ID_POSTS.exec(path);
    if (topic && idLike(topic[1]) && !FORUM_TOPIC_POSTS.test(path) && !ownTitle(body)) return 'reply';
  }
  if (method === 'POST' && DISCUSSIONS_IN_PATH.test(path) && COMMENTS_SEGMENT.test(last) && hasFieldWhere(body, (name, v) => THREAD_FIELD.test(name) && idLike(v))) return 'reply';
  return undefined;
}

/** A title or subject of its own (not the thread's `Re: …`): a new thread's, in a topic that holds threads (review J1). */
function ownTitle(body: ParsedBody): boolean {
  return hasFieldWhere(body, (name, v) => /^(?:title|subject)$/i.test(name) && typeof v === 'string' && v.trim() !== '' && !/^re\s*:/i.test(v.trim()));
}

const PROPOSAL_SEGMENT = /^(?:bids|proposals)(?:\.json)?$/i;
/** What a bid or proposal is made on (`project_id`, `job_id`, `jobPostingId`, `gig_id`). */
const BID_TARGET_FIELD = /^(?:project|job|job_?posting|opening|gig|listing)_?id$/i;

export function proposalKind(path: string, body: ParsedBody, method: string): PostKind | undefined {
  if (method !== 'POST' || !PROPOSAL_SEGMENT.test(lastSegment(path))) return undefined;
  return hasFieldWhere(body, (name, v) => BID_TARGET_FIELD.test(name) && idLike(v)) ? 'message' : undefined;
}
