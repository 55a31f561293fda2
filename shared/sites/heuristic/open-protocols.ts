/**
 * Open social protocols (round n1): people publishing under their name over
 * Micropub, Farcaster, Hive and Steem, Lens and diaspora*, from web clients on
 * any host. What their requests name differently from the rules before:
 *
 * - A chain's `comment` operation (Hive and Steem: `['comment', {parent_author,
 *   parent_permlink, author, permlink, title, body, json_metadata}]`, or the
 *   typed `{type: 'comment_operation', value}`) in a broadcast: a root post when
 *   `parent_author` is empty, a comment under the post it names otherwise
 *   (hooked in kind.ts).
 * - Micropub's `in-reply-to` (a form field or an h-entry property) names the
 *   post answered: a reply (kind.ts). Its `post-status: draft` keeps the entry
 *   for the writer (refuses.ts). Both are read only beside Micropub's own
 *   signs (a form's `h=entry`, a JSON `type: ["h-entry"]`, a `micropub` path
 *   segment): a contact or chat form's `in-reply-to` names a page, not a post
 *   answered (review of n1, M3).
 * - A Farcaster cast: a `parent` object naming the cast answered by its
 *   `hash` (Warpcast's client API) makes a reply, another cast embedded by id
 *   (`embeds: [{cast_id: {fid, hash}}]`, Neynar's) a quote; a `channel_id`
 *   beside a signer (`signer_uuid`, Neynar's) names a public channel, FIP-2's
 *   feed, not a chat (kind.ts). Only a cast hash (0x and 40 hex digits) names a
 *   cast: Neynar's string `parent` may be a channel's URL (a post in it), and a
 *   commit's `parent.hash` is no cast; the signer is a UUID (review of n1).
 * - A status message (diaspora*'s POST /status_messages, its
 *   `status_message.text` or its `aspect_ids`) is a status update shared with
 *   aspects or the public, not a private message (kind.ts). A path alone says
 *   nothing: a chat's …/status_messages are its system notices.
 * - Lens keeps a post's words in a metadata document uploaded before the post
 *   mutation (which then carries only its `lens://` URI): a document whose
 *   `$schema` is one of Lens's post schemas (v3's `posts/…`, v2's
 *   `publications/…`) is the post (kind `post`: a comment's metadata looks the
 *   same); one under a Lens schema known to be something else (an account's
 *   name and bio, a group's, an app's, a feed's) is not a post (refuses.ts).
 *   A schema word not known either way is left to the other rules.
 * - Clients on any host send these to shared public nodes: Hive's and Steem's
 *   JSON-RPC nodes, the Hivesigner signer and the Grove storage Lens uploads to.
 *   On those hosts a request from another site's page is watched (watches.ts)
 *   and stands only when it is one of the writes above (cross-site.ts); what
 *   cannot be read there (a file Grove stores: an image, a video) is no write
 *   of theirs and is not held (unreadable.ts). Reads (`condenser_api.get_*`,
 *   `bridge.*`) go to the same URL as writes, so only the body tells them
 *   apart: they are read, and let out as not posts.
 */
import type { ParsedBody, PostKind } from '../types';

/** Public nodes and services that web clients on other hosts write through. */
const OPEN_PROTOCOL_HOST =
  /^(?:api\.hive\.blog|api\.deathwing\.me|rpc\.ecency\.com|api\.openhive\.network|anyx\.io|rpc\.mahdiyari\.info|techcoderx\.com|hive-api\.arcange\.eu|api\.syncad\.com|hived\.emre\.sh|hive-api\.3speak\.tv|api\.steemit\.com|api\.steemitdev\.com|(?:api\.)?hivesigner\.com|api\.grove\.storage)$/i;

export function openProtocolHost(host: string): boolean {
  return OPEN_PROTOCOL_HOST.test(host);
}

const MAX_NODES = 400;

/** The first chain `comment` operation in a broadcast, searched breadth-first within a bound. */
function chainComment(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.type !== 'json') return undefined;
  const queue: unknown[] = [body.value];
  for (let n = 0; queue.length > 0 && n < MAX_NODES; n++) {
    const v = queue.shift();
    if (Array.isArray(v)) {
      if (v.length === 2 && v[0] === 'comment' && isCommentOp(v[1])) return v[1] as Record<string, unknown>;
      queue.push(...v);
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'comment_operation' && isCommentOp(o.value)) return o.value as Record<string, unknown>;
      for (const key in o) queue.push(o[key]);
    }
  }
  return undefined;
}
function isCommentOp(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.parent_author === 'string' && typeof o.permlink === 'string' && typeof o.body === 'string';
}

const LENS_SCHEMA = /^https:\/\/json-schemas\.lens\.dev\/([a-z-]+)\//i;
/** Lens schema folders of posts: v3's (@lens-protocol/metadata 2.x) and v2's (1.x, `PublicationSchemaId`). */
const LENS_POST_SCHEMA = /^(?:posts|publications)$/;
/** Lens schema folders of what is not a post: profiles (v2), accounts, groups, apps, feeds, graphs, usernames, rules. */
const LENS_OTHER_SCHEMA = /^(?:profiles?|accounts?|groups?|apps?|feeds?|graphs?|usernames?|sponsorships?|rules?|actions?)$/;
function lensSchemaKind(body: ParsedBody): string | undefined {
  if (body.type !== 'json' || body.value === null || typeof body.value !== 'object') return undefined;
  const schema = (body.value as Record<string, unknown>).$schema;
  return typeof schema === 'string' ? LENS_SCHEMA.exec(schema)?.[1]?.toLowerCase() : undefined;
}

/** Micropub's own signs: a `micropub` path segment, a form's `h=entry`, a JSON h-entry's `type`. */
function micropubRequest(path: string, body: ParsedBody): boolean {
  if (/(?:^|\/)micropub(?:\/|$)/i.test(path)) return true;
  if (body.type === 'form' || body.type === 'multipart') return body.fields.get('h')?.toLowerCase() === 'entry';
  if (body.type !== 'json' || body.value === null || typeof body.value !== 'object') return false;
  const type = (body.value as Record<string, unknown>).type;
  return Array.isArray(type) && type.includes('h-entry');
}
/** A Micropub property or form field: `name`, `name[]`, or `properties[name][0]` of an h-entry, on a Micropub request. */
function micropubValue(path: string, body: ParsedBody, name: string): string | undefined {
  if (!micropubRequest(path, body)) return undefined;
  if (body.type === 'form' || body.type === 'multipart') return body.fields.get(name) ?? body.fields.get(`${name}[]`);
  if (body.type !== 'json' || body.value === null || typeof body.value !== 'object') return undefined;
  const props = (body.value as Record<string, unknown>).properties;
  if (props === null || typeof props !== 'object') return undefined;
  const v = (props as Record<string, unknown>)[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

/** Whether a cast's embeds hold another cast by id (`{cast_id: {fid, hash}}`, `castId`): a quote of it. */
function embedsCast(embeds: unknown): boolean {
  if (!Array.isArray(embeds)) return false;
  return embeds.slice(0, 8).some((e) => {
    if (e === null || typeof e !== 'object') return false;
    const id = (e as Record<string, unknown>).cast_id ?? (e as Record<string, unknown>).castId;
    return id !== null && typeof id === 'object' && castHash((id as Record<string, unknown>).hash);
  });
}
/** A Farcaster cast's hash (0x and 40 hex digits): a commit's or a file's hash names no cast. */
function castHash(v: unknown): boolean {
  return typeof v === 'string' && /^0x[0-9a-f]{40}$/i.test(v);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function hasKey(body: ParsedBody, key: string): boolean {
  return body.type === 'json' && body.value !== null && typeof body.value === 'object' && !Array.isArray(body.value) && key in (body.value as object);
}

/** The kind an open protocol's write says it is, or undefined to leave it to the other rules. */
export function openProtocolKind(path: string, body: ParsedBody, container: string | undefined): PostKind | undefined {
  const op = chainComment(body);
  if (op) return op.parent_author === '' ? 'post' : 'comment';
  const inReplyTo = micropubValue(path, body, 'in-reply-to');
  if (inReplyTo !== undefined && /^https?:\/\//i.test(inReplyTo)) return 'reply';
  if (body.type === 'json' && body.value !== null && typeof body.value === 'object') {
    const o = body.value as Record<string, unknown>;
    const parent = o.parent;
    if (parent !== null && typeof parent === 'object' && castHash((parent as Record<string, unknown>).hash) && typeof o.text === 'string') return 'reply';
    if (typeof o.text === 'string' && embedsCast(o.embeds)) return 'quote';
    // Neynar's `parent` is the cast answered (by hash) or the channel's parent URL (a post in that channel).
    if (typeof o.signer_uuid === 'string' && UUID.test(o.signer_uuid) && hasKey(body, 'channel_id') && typeof o.text === 'string') return castHash(o.parent) ? 'reply' : 'post';
  }
  if (container === 'status_message' || (/(?:^|\/)status_messages\/?$/i.test(path) && hasKey(body, 'aspect_ids'))) return 'post';
  return undefined;
}

/** Whether an open protocol's request keeps its words from anyone else: a Micropub draft, Lens metadata that is not a post. */
export function openProtocolQuiet(body: ParsedBody, path = ''): boolean {
  if (micropubValue(path, body, 'post-status')?.toLowerCase() === 'draft') return true;
  const lens = lensSchemaKind(body);
  return lens !== undefined && LENS_OTHER_SCHEMA.test(lens);
}

/** Whether a request from another site's page to an open protocol's shared node is one of the writes above. */
export function openProtocolWrite(host: string, body: ParsedBody): boolean {
  const lens = lensSchemaKind(body);
  return openProtocolHost(host) && (chainComment(body) !== undefined || (lens !== undefined && LENS_POST_SCHEMA.test(lens)));
}
