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
 *   for the writer (refuses.ts).
 * - A Farcaster cast: a `parent` object naming the cast answered by its
 *   `hash` (Warpcast's client API) makes a reply, another cast embedded by id
 *   (`embeds: [{cast_id: {fid, hash}}]`, Neynar's) a quote; a `channel_id`
 *   beside a signer (`signer_uuid`, Neynar's) names a public channel, FIP-2's
 *   feed, not a chat (kind.ts).
 * - A status message (diaspora*'s POST /status_messages, its
 *   `status_message.text`) is a status update shared with aspects or the
 *   public, not a private message (kind.ts).
 * - Lens keeps a post's words in a metadata document uploaded before the post
 *   mutation (which then carries only its `lens://` URI): a document whose
 *   `$schema` is one of Lens's post schemas is the post (kind `post`: a comment's
 *   metadata looks the same); one under another Lens schema (an account's
 *   name and bio, a group's or an app's) is not a post (refuses.ts).
 * - Clients on any host send these to shared public nodes: Hive's and Steem's
 *   JSON-RPC nodes, the Hivesigner signer and the Grove storage Lens uploads to.
 *   On those hosts a request from another site's page is watched (watches.ts)
 *   and stands only when it is one of the writes above (cross-site.ts).
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
function lensSchemaKind(body: ParsedBody): string | undefined {
  if (body.type !== 'json' || body.value === null || typeof body.value !== 'object') return undefined;
  const schema = (body.value as Record<string, unknown>).$schema;
  return typeof schema === 'string' ? LENS_SCHEMA.exec(schema)?.[1]?.toLowerCase() : undefined;
}

/** A Micropub property or form field: `name`, `name[]`, or `properties[name][0]` of an h-entry. */
function micropubValue(body: ParsedBody, name: string): string | undefined {
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
    return id !== null && typeof id === 'object' && typeof (id as Record<string, unknown>).hash === 'string';
  });
}

function hasKey(body: ParsedBody, key: string): boolean {
  return body.type === 'json' && body.value !== null && typeof body.value === 'object' && !Array.isArray(body.value) && key in (body.value as object);
}

/** The kind an open protocol's write says it is, or undefined to leave it to the other rules. */
export function openProtocolKind(path: string, body: ParsedBody, container: string | undefined): PostKind | undefined {
  const op = chainComment(body);
  if (op) return op.parent_author === '' ? 'post' : 'comment';
  const inReplyTo = micropubValue(body, 'in-reply-to');
  if (inReplyTo !== undefined && /^https?:\/\//i.test(inReplyTo)) return 'reply';
  if (body.type === 'json' && body.value !== null && typeof body.value === 'object') {
    const o = body.value as Record<string, unknown>;
    const parent = o.parent;
    if (parent !== null && typeof parent === 'object' && typeof (parent as Record<string, unknown>).hash === 'string' && typeof o.text === 'string') return 'reply';
    if (typeof o.text === 'string' && embedsCast(o.embeds)) return 'quote';
    if (hasKey(body, 'signer_uuid') && hasKey(body, 'channel_id') && typeof o.text === 'string') return typeof o.parent === 'string' && o.parent !== '' ? 'reply' : 'post';
  }
  if (/(?:^|\/)status_messages\/?$/i.test(path) || container === 'status_message') return 'post';
  return undefined;
}

/** Whether an open protocol's request keeps its words from anyone else: a Micropub draft, Lens metadata that is not a post. */
export function openProtocolQuiet(body: ParsedBody): boolean {
  if (micropubValue(body, 'post-status')?.toLowerCase() === 'draft') return true;
  const lens = lensSchemaKind(body);
  return lens !== undefined && lens !== 'posts';
}

/** Whether a request from another site's page to an open protocol's shared node is one of the writes above. */
export function openProtocolWrite(host: string, body: ParsedBody): boolean {
  return openProtocolHost(host) && (chainComment(body) !== undefined || lensSchemaKind(body) === 'posts');
}
