/**
 * Employee-advocacy and internal-communications platforms (round ea1): an employee writing for or about the employer
 * on the intranet's feed, under a leadership update, in a community or a chat. Most of these platforms' requests are
 * read by the general rules as they stand (Beekeeper's posts, comments and conversations, Haiilo's timeline items and
 * chat messages, Staffbase's channel posts and comments). This module reads what they do not:
 *
 * - LumApps names every write of its Google Cloud Endpoints API `…/save` (`/_ah/api/lumsites/v1/comment/save`,
 *   `…/community/post/save`; lumapps/lumapps-sdk's guides), and `save` is on watches.ts's skip list, where an
 *   editor's autosave belongs. A save under the Endpoints prefix (`/_ah/api/{api}/v{n}/`) of a `comment` or a
 *   `post` is a comment or post being published, so it is watched (endpointsPublishSave). Pages' and other contents'
 *   saves (`content/save`) stay skipped: an editor saving a page publishes nothing by that call.
 * - Such a comment names the post it hangs on in `content` and, when it answers another comment, that comment in
 *   `parentComment` (endpointsCommentKind): a comment, or a reply in the thread. A community post is a post.
 *
 * Kinds follow rounds o1 and hr1: the company feed everyone reads and a community's feed are a post, a comment under an
 * announcement a comment, an answer to a comment a reply, a chat a message.
 */
import type { ParsedBody, PostKind } from '../types';
import { hasFieldWhere } from './body-fields';
import { pathSegments } from './paths';

/** The Google Cloud Endpoints prefix: `/_ah/api/{api}/v{n}`. */
function endpointsPrefix(segments: string[]): boolean {
  return segments.length > 5 && segments[1] === '_ah' && segments[2] === 'api' && /^v\d+$/.test(segments[4]!);
}

/** The published things whose `save` publishes them (LumApps' comments and community posts). */
const PUBLISHED_ENTITY = /^(?:comment|post)$/i;

/**
 * A save of a comment or a post through a Google Cloud Endpoints API (LumApps' `…/comment/save`,
 * `…/community/post/save`): watched despite the skip list's `save`.
 */
export function endpointsPublishSave(path: string): boolean {
  if (!path.includes('/_ah/api/')) return false;
  const segments = pathSegments(path);
  const n = segments.length;
  return endpointsPrefix(segments) && /^save$/i.test(segments[n - 1]!) && PUBLISHED_ENTITY.test(segments[n - 2]!);
}

/** The comment a LumApps comment answers (`parentComment`), when it answers one. */
const PARENT_COMMENT_FIELD = /^parent[-_]?comment(?:[-_]?id)?$/i;

/**
 * The kind of a comment saved through a Google Cloud Endpoints API (LumApps' `…/comment/save`): it hangs on the post
 * or page named in `content`, so a comment; a reply when it names the comment it answers. Anything else is left to
 * the later rules (a community post is their plain post). Only the path is tested before the body.
 */
export function employeeAdvocacyKind(path: string, body: ParsedBody): PostKind | undefined {
  if (!endpointsPublishSave(path) || !/^comment$/i.test(pathSegments(path).at(-2)!)) return undefined;
  return hasFieldWhere(body, (name, v) => PARENT_COMMENT_FIELD.test(name) && typeof v === 'string' && v !== '') ? 'reply' : 'comment';
}
