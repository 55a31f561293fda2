/**
 * A post into a thread that already exists is a reply, as a forum's are
 * (kind.ts): told by a topic's id in the path, a thread's id in the body, or
 * a JSON:API relationship.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { hasFieldWhere } from './body-fields';

/**
 * Whether a post goes into a thread that already exists: a path ending in
 * threads, topics or discussions and an id, posted to (NodeBB's POST
 * /api/v3/topics/{tid}; a PUT there edits the topic),
 * or in posts under one (POST /topics/{id}/posts),
 * or a `posts` endpoint whose body names the thread, topic or discussion by id
 * (XenForo's POST /api/posts/ `thread_id`, Invision's /api/forums/posts
 * `topic`; a post added under a posts word by a verb, Baidu Tieba's
 * /f/commit/post/add `tid`, round a1) or in a JSON:API relationship (Flarum's
 * `relationships.discussion`). Such a post is a reply, as a forum's are.
 */
export function intoThread(path: string, body: ParsedBody, method: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const last = segments[segments.length - 1] ?? '';
  const before = segments[segments.length - 2] ?? '';
  // A PUT or PATCH of a topic by id edits the topic itself, its first post (Canvas's PUT …/discussion_topics/{id}).
  if (TOPIC_COLLECTION.test(before) && /^\d+$/.test(last)) return method !== 'PUT' && method !== 'PATCH';
  // Entries or posts into a topic by id (Canvas's …/discussion_topics/{id}/entries), or one of them by id (an edit).
  if (/^(?:entries|posts)(?:\.json)?$/i.test(last) && /^\d+$/.test(before) && TOPIC_COLLECTION.test(segments[segments.length - 3] ?? '')) return true;
  if (/^\d+$/.test(last) && /^(?:entries|posts)$/i.test(before) && /^\d+$/.test(segments[segments.length - 3] ?? '') && TOPIC_COLLECTION.test(segments[segments.length - 4] ?? '')) return true;
  // A posts collection, or a post created under it by a verb (Baidu Tieba's and Discuz!-style /f/commit/post/add with `tid`, round a1).
  if (!/^posts(?:\.json)?$/i.test(last) && !(/^(?:add|create|new|submit)$/i.test(last) && /^posts?$/i.test(before))) return false;
  if (hasFieldWhere(body, (name, v) => THREAD_FIELD.test(name) && idLike(v))) return true;
  // JSON:API: { data: { relationships: { discussion: { data: { type, id } } } } }.
  const data = body.type === 'json' && isRecord(body.value) ? body.value['data'] : undefined;
  const relationships = isRecord(data) ? data['relationships'] : undefined;
  if (!isRecord(relationships)) return false;
  for (const key of ['discussion', 'thread', 'topic']) {
    const rel = relationships[key];
    if (isRecord(rel) && isRecord(rel['data']) && idLike(rel['data']['id'])) return true;
  }
  return false;
}
export const THREAD_FIELD = /^(?:thread|topic|discussion)(?:_?id)?$|^tid$/i;
const TOPIC_COLLECTION = /^(?:threads|topics|discussions|discussion[-_]topics)$/i;
/** A field naming a forum topic by id (jeuxvideo.com's `topicId`): what is posted with it goes into the topic. */
export const TOPIC_ID_FIELD = /^topic_?id$/i;
export function idLike(v: unknown): boolean {
  return (typeof v === 'number' && v > 0) || (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) && /\d/.test(v));
}
