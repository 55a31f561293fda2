/**
 * The Webex web client (web.webex.com) and the apps built on its SDK send
 * their messages to the conversation service on conv-{cluster}.wbx2.com, not
 * through the public REST API at webexapis.com (which the heuristic reads,
 * round d2). The d2 review (d2rev-*) found them passing unseen. Source:
 * webex/webex-js-sdk's internal-plugin-conversation:
 * - `post(conversation, message)` prepares an activity with `verb: 'post'`
 *   and `object: { objectType: 'comment', displayName, content }` (the plain
 *   text and its HTML) and submits it with POST to the conversation's URL
 *   plus `/activities` (…/conversation/api/v1/conversations/{id}/activities;
 *   older clients submitted to …/conversation/api/v1/activities). Replies in
 *   a thread and edits are the same `post`, naming the activity they answer
 *   or replace in `parent: { type: 'reply' | 'edit', id }`.
 * - `share(conversation, files, activity)` submits `verb: 'share'` with
 *   `object: { objectType: 'content', displayName, content, files }` to the
 *   conversation's `/content`: files sent with words beside them.
 * - `create(params)` with a `comment` sends POST …/conversations whose
 *   `activities.items` include that `post` of a comment: the first message
 *   of a new space or one-to-one conversation.
 * - The encryption plugin encrypts `displayName` and `content` (JWE) under
 *   the conversation's key (`encryptionKeyUrl`, kms://…) before the request,
 *   so the words cannot be read: a `message` held with the text unknown, as
 *   Matrix's `m.room.encrypted` and adapters/encrypted-mail.ts are. A text
 *   that is not JWE (an unencrypted space) is read as the person sees it.
 * Not posts: `acknowledge` (read receipts), typing status (…/status/typing),
 * reactions (`add` of a `reaction2`), `delete`, `update` (a space's title:
 * its `displayName` names the space, it says nothing to anyone), `cardAction`,
 * `add`/`leave` of people, `updateKey`, and a share of files with no words
 * (left to the heuristic, as everything else on these hosts is).
 *
 * Round r13 (webex/r13-*; webex-js-sdk's favorite and hide activities): not posts, read right.
 */
import { at, isRecord } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const ENCRYPTED = 'the message is end-to-end encrypted in the page before it leaves, so its words cannot be read';
/** A JWE in compact form (five base64url parts, the header starting `{"`): ciphertext, not words. */
const JWE = /^eyJ[\w-]*\.[\w-]*\.[\w-]*\.[\w-]*\.[\w-]*$/;

/** What a comment or content object says, or null when its words are encrypted; undefined when it carries none. */
function words(object: unknown): string | null | undefined {
  if (!isRecord(object)) return undefined;
  const said = [object['displayName'], object['content']].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (said.length === 0) return undefined;
  if (said.some((v) => JWE.test(v.trim()))) return null;
  // The plain text first: `content` is its HTML rendering.
  return said[0]!;
}

/** An activity that sends words to the conversation: a comment posted (new, reply or edit) or content shared with words. */
function sentWords(activity: unknown): { text: string | null } | undefined {
  if (!isRecord(activity)) return undefined;
  const verb = activity['verb'];
  const object = activity['object'];
  const type = isRecord(object) ? object['objectType'] : undefined;
  if (!((verb === 'post' && type === 'comment') || (verb === 'share' && type === 'content'))) return undefined;
  const text = words(object);
  return text === undefined ? undefined : { text };
}

function held(text: string | null): EndpointResult {
  return text === null ? { post: true, kind: 'message', text: null, textUnknownBecause: ENCRYPTED } : { post: true, kind: 'message', text };
}

function parseActivity(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  const sent = sentWords(ctx.body.value);
  return sent ? held(sent.text) : { post: false, notMine: true };
}

function parseCreate(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  const items = at(ctx.body.value, 'activities', 'items');
  if (!Array.isArray(items)) return { post: false, notMine: true };
  for (const item of items.slice(0, 50)) {
    const sent = sentWords(item);
    if (sent) return held(sent.text);
  }
  return { post: false, notMine: true };
}

/** The conversation service's clusters (conv-a, conv-r, conv-k, …). */
const CONVERSATION_HOST = /^conv-[a-z0-9]+\.wbx2\.com$/;

export const webex: SiteAdapter = {
  id: 'webex',
  hosts: ['wbx2.com'],
  siteFor: () => 'webex.com',
  endpoints: [
    {
      name: 'webex.activities',
      methods: ['POST'],
      host: CONVERSATION_HOST,
      path: /^\/conversation\/api\/v1\/(?:conversations\/[^/]+\/)?(?:activities|content)\/?$/,
      parse: parseActivity,
    },
    {
      name: 'webex.conversations.create',
      methods: ['POST'],
      host: CONVERSATION_HOST,
      path: /^\/conversation\/api\/v1\/conversations\/?$/,
      parse: parseCreate,
    },
  ],
  // Receipts, typing, reactions and settings carry no words or ciphertext: the heuristic reads them as it did.
  heuristicFallback: true,
};
