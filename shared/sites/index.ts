/**
 * Post recognition: does this outgoing request publish something, and what?
 *
 * `recognisePost(request, options?)` answers `null` for anything that is not
 * a post, else `{ site, kind, text, accountHint?, adapter }`. Known sites are
 * described by adapters (data plus small parsers, one file per site under
 * ./adapters); other sites fall back to a conservative heuristic that can be
 * switched per host. Pure: no Node, DOM or Electron.
 */
import { field, headerValue, looksBinary, parseBody, parseHttpBatch } from './body';
import { bluesky } from './adapters/bluesky';
import { discord } from './adapters/discord';
import { discourse } from './adapters/discourse';
import { facebook } from './adapters/facebook';
import { github } from './adapters/github';
import { googleChat } from './adapters/google-chat';
import { hackerNews } from './adapters/hacker-news';
import { instagram } from './adapters/instagram';
import { lemmy } from './adapters/lemmy';
import { linkedin } from './adapters/linkedin';
import { mastodon } from './adapters/mastodon';
import { pinterest } from './adapters/pinterest';
import { matrix } from './adapters/matrix';
import { mattermost } from './adapters/mattermost';
import { misskey } from './adapters/misskey';
import { nextcloudTalk } from './adapters/nextcloud-talk';
import { reddit } from './adapters/reddit';
import { rocketchat } from './adapters/rocketchat';
import { slack } from './adapters/slack';
import { stackExchange } from './adapters/stack-exchange';
import { substack } from './adapters/substack';
import { teams } from './adapters/teams';
import { threads } from './adapters/threads';
import { tiktok } from './adapters/tiktok';
import { tumblr } from './adapters/tumblr';
import { vk } from './adapters/vk';
import { weibo } from './adapters/weibo';
import { x } from './adapters/x';
import { youtube } from './adapters/youtube';
import { yammer } from './adapters/yammer';
import { zulip } from './adapters/zulip';
// Mail that encrypts in the page, and sends of words saved earlier (round m1m).
import { encryptedMail } from './adapters/encrypted-mail';
import { savedSends } from './adapters/saved-sends';
// The Webex web client's encrypted messages (d2 review).
import { webex } from './adapters/webex';
// Publishing and professional-network sites.
import { blogger } from './adapters/blogger';
import { ghost } from './adapters/ghost';
import { medium } from './adapters/medium';
import { nextdoor } from './adapters/nextdoor';
import { quora } from './adapters/quora';
import { wordpress } from './adapters/wordpress';
import { xing } from './adapters/xing';
import { HEURISTIC_MAX_BODY, collectionJsonAsBody, commandScope, commandSyncOversizeNamesNotes, commandSyncUnreadIsQuiet, examinedPath, heuristicCrossSiteAllowed, heuristicKind, heuristicRefuses, heuristicScope, heuristicWatches, icalendarAsBody, longestFreeField, queryAsBody, rpcMethodPath, telemetryEnvelope, transitAsBody, unreadableIsQuiet, withInlineArguments, xmlAsBody } from './heuristic';
import { MAX_PARSE_CHARS } from './body';
import { batchedOperations } from './heuristic/batches';
import type {
  BodyGap,
  BodyNeed,
  Endpoint,
  EndpointContext,
  EndpointResult,
  OutgoingRequest,
  ParsedBody,
  RecognisedPost,
  Recognition,
  RecogniseOptions,
  SiteAdapter,
} from './types';

export type {
  BodyGap,
  BodyNeed,
  Endpoint,
  EndpointResult,
  OutgoingRequest,
  ParsedBody,
  PostKind,
  RecognisedPost,
  Recognition,
  RecogniseOptions,
  SiteAdapter,
} from './types';
export { MAX_PARSE_CHARS } from './body';
export { HEURISTIC_MAX_BODY, siteOf } from './heuristic';

/**
 * Every site adapter, in the order they are tried. Adapters that own hosts
 * are looked up by host; the others (software anyone can host: Mastodon and
 * its relatives, Bluesky PDSes, Lemmy, Misskey, Matrix homeservers, and the
 * self-hosted team chats and forums: Mattermost, Zulip, Rocket.Chat,
 * Discourse, Nextcloud Talk) are tried in this order on every other host.
 * Each of those says `notMine` for a body that is not its software's shape,
 * so that a generic path (`/posts`, `/api/v1/messages`) on another site is
 * left to the next adapter and the heuristic.
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  linkedin,
  facebook,
  threads,
  instagram,
  reddit,
  discord,
  slack,
  teams,
  googleChat,
  yammer,
  github,
  tiktok,
  pinterest,
  hackerNews,
  stackExchange,
  substack,
  weibo,
  vk,
  tumblr,
  youtube,
  mastodon,
  bluesky,
  lemmy,
  misskey,
  matrix,
  mattermost,
  zulip,
  rocketchat,
  discourse,
  nextcloudTalk,
  // Publishing and professional-network sites (WordPress answers on any host, after the others).
  medium,
  quora,
  blogger,
  nextdoor,
  xing,
  wordpress,
  ghost,
  encryptedMail,
  webex,
  // Last of the any-host adapters: it claims only sends that carry no words, and leaves the rest to the heuristic.
  savedSends,
];
export const ADAPTER_IDS = ADAPTERS.map((a) => a.id);

const HOST_ADAPTERS = ADAPTERS.filter((a) => a.hosts !== null);
const ANY_HOST_ADAPTERS = ADAPTERS.filter((a) => a.hosts === null);

/** Methods that can publish; every other request is answered at once. */
export function mayPublish(method: string): boolean {
  const m = method.length <= 5 ? method.toUpperCase() : '';
  return m === 'POST' || m === 'PUT' || m === 'PATCH';
}

/**
 * The owned hosts, by host, each with the index of the first adapter (in HOST_ADAPTERS' order) that owns it, and the
 * hosts owned by path: adapterForHost looks a host's suffixes up instead of testing every owned host.
 */
const OWNED_HOSTS = new Map<string, number>();
const OWNED_BY_PATH: Array<{ host: string; path: string; index: number }> = [];
HOST_ADAPTERS.forEach((adapter, index) => {
  for (const owned of adapter.hosts!) {
    // A host that many services share (www.googleapis.com serves YouTube, Blogger, Gmail, …) is owned by path:
    // "www.googleapis.com/youtube/" is YouTube's part of it only, and the rest is left to other adapters and the heuristic.
    const slash = owned.indexOf('/');
    if (slash >= 0) OWNED_BY_PATH.push({ host: owned.slice(0, slash), path: owned.slice(slash), index });
    else if (!OWNED_HOSTS.has(owned)) OWNED_HOSTS.set(owned, index);
  }
});

/** The adapter that owns `host` (x.com owns api.x.com and mobile.x.com), if any: the first in ADAPTERS' order. */
export function adapterForHost(host: string, path = '/'): SiteAdapter | undefined {
  let first = HOST_ADAPTERS.length;
  // The host itself and every part of it after a dot (api.x.com: api.x.com, x.com, com).
  for (let at = 0; ; ) {
    const owner = OWNED_HOSTS.get(at === 0 ? host : host.slice(at));
    if (owner !== undefined && owner < first) first = owner;
    const dot = host.indexOf('.', at);
    if (dot === -1) break;
    at = dot + 1;
  }
  for (const owned of OWNED_BY_PATH) if (owned.index < first && host === owned.host && path.startsWith(owned.path)) first = owned.index;
  return HOST_ADAPTERS[first];
}

/** A few words a person can read, for a post whose text is unknown. */
const GAP_WORDS: Record<BodyGap, string> = {
  'too-large': 'the request is larger than Hatstand reads',
  'blob-unreadable': 'part of the request could not be read from the page',
  'blob-skipped': 'the page sent its data as a Blob, which Hatstand reads only for sites it knows',
  stream: 'the page streams the request, which Hatstand cannot read without breaking it',
  file: 'the request sends a file Hatstand does not open',
  'parse-failed': 'Hatstand could not finish reading the request in time',
};

export function describeGap(gap: BodyGap): string {
  return GAP_WORDS[gap];
}

const BINARY_WORDS = 'the request body is compressed or binary, which Hatstand cannot read';

function unreadableBecause(body: ParsedBody, raw?: string): string {
  if (body.type !== 'json' && body.type !== 'multipart' && looksBinary(raw)) return BINARY_WORDS;
  if (body.type === 'unreadable') return body.reason === 'too-large' ? GAP_WORDS['too-large'] : 'the request body is malformed';
  if (body.type === 'none') return 'the request has no body Hatstand can see';
  return 'the request does not say its text where Hatstand looks for it';
}

interface Target {
  url: URL;
  host: string;
  method: string;
  /** url.pathname, read once (every endpoint's path is tested against it). */
  path: string;
}

function target(request: Pick<OutgoingRequest, 'method' | 'url'>): Target | null {
  if (!mayPublish(request.method)) return null;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return { url, host: url.hostname.toLowerCase(), method: request.method.toUpperCase(), path: url.pathname };
}

/** Does `endpoint` match `t`, its method aside (endpointsFor lists only the endpoints for the method)? */
function matchesBesidesMethod(endpoint: Endpoint, t: Target): boolean {
  if (!endpoint.path.test(t.path)) return false;
  if (endpoint.host && !endpoint.host.test(t.host)) return false;
  return !endpoint.query || endpoint.query(t.url);
}

/** An endpoint with the adapter it belongs to. */
interface Listed {
  adapter: SiteAdapter;
  endpoint: Endpoint;
}
/**
 * The any-host adapters' endpoints (136 path regexes in round hk2), indexed by method, with a sieve: one regex per
 * set of flags, the alternation of the paths of the endpoints that test nothing else (no host, no query). A path that
 * no alternative matches matches none of those endpoints, so only the endpoints with a host or query test (the
 * catch-alls among them: Bluesky's PDS hosts, saved sends' query) are tried, in the table's order; a path the sieve
 * matches tries every endpoint, as before. Exact because the paths have no `g` or `y` flag (test keeps no state), no
 * backreference and no named group (checked here: an alternation of them would renumber or clash), and the table is
 * fixed when the modules load. Round hk2: the table's scan was a third of an unknown site's non-post.
 */
interface MethodTable {
  all: Listed[];
  /** The endpoints with a host or query test, tried whatever the sieve says. */
  tested: Listed[];
  /** Undefined when the paths cannot be joined (see above): every endpoint is tried. */
  sieve: RegExp[] | undefined;
}
function methodTable(method: string): MethodTable {
  const all: Listed[] = [];
  for (const adapter of ANY_HOST_ADAPTERS) for (const endpoint of adapter.endpoints) if (endpoint.methods.includes(method)) all.push({ adapter, endpoint });
  const tested = all.filter((l) => l.endpoint.host !== undefined || l.endpoint.query !== undefined);
  const byFlags = new Map<string, string[]>();
  let joinable = true;
  for (const { endpoint } of all) {
    if (endpoint.host !== undefined || endpoint.query !== undefined) continue;
    const { source, flags } = endpoint.path;
    if (/[gy]/.test(flags) || /\\[1-9]|\\k<|\(\?<[^=!]/.test(source)) joinable = false;
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${source})`]);
  }
  return { all, tested, sieve: joinable ? [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)) : undefined };
}
/** Only the three methods mayPublish lets through reach the table. */
const ANY_HOST_TABLE = new Map(['POST', 'PUT', 'PATCH'].map((m) => [m, methodTable(m)]));

/** A host-owning adapter's endpoints, by method (no sieve: each adapter has few). */
const OWNER_TABLES = new Map(
  HOST_ADAPTERS.map((adapter) => [adapter, new Map(['POST', 'PUT', 'PATCH'].map((m) => [m, adapter.endpoints.filter((e) => e.methods.includes(m)).map((endpoint) => ({ adapter, endpoint }))]))]),
);

/**
 * The endpoints that may match `t`, in the order the adapters list them: the owner's, or the any-host table's
 * (sieved). Each is still tested (matchesBesidesMethod); those left out cannot match.
 */
function endpointsFor(owner: SiteAdapter | undefined, t: Target): readonly Listed[] {
  if (owner) return OWNER_TABLES.get(owner)?.get(t.method) ?? [];
  const table = ANY_HOST_TABLE.get(t.method);
  if (!table) return [];
  if (table.sieve === undefined || table.sieve.some((r) => r.test(t.path))) return table.all;
  return table.tested;
}

function heuristicEnabled(options: RecogniseOptions, host: string): boolean {
  const h = options.heuristic ?? true;
  return typeof h === 'function' ? h(host) : h;
}

/**
 * What the hook must read of this request's body before it can be decided,
 * from the method, URL and headers alone. Cheap: no body is looked at.
 */
export function bodyNeed(request: Pick<OutgoingRequest, 'method' | 'url' | 'headers'>, options: RecogniseOptions = {}): BodyNeed {
  const t = target(request);
  if (!t) return { need: 'none' };
  const owner = adapterForHost(t.host, t.path);
  let quiet = false;
  for (const { adapter, endpoint } of endpointsFor(owner, t)) {
    if (adapter.followsHeuristicSwitch && !heuristicEnabled(options, t.host)) continue;
    if (!matchesBesidesMethod(endpoint, t)) continue;
    // classify answers here without the body, whatever the heuristic would read.
    if (endpoint.publishes === 'never') return { need: 'none' };
    if (endpoint.publishes !== false) return { need: 'all', maxChars: MAX_PARSE_CHARS };
    quiet = true;
  }
  // A batch's requests may be any site's (httpBatch): read it all.
  if (t.method === 'POST' && HTTP_BATCH_PATH.test(t.path)) return { need: 'all', maxChars: MAX_PARSE_CHARS };
  const watched = (!owner || owner.heuristicFallback) && heuristicEnabled(options, t.host) && heuristicWatches(t.url, request);
  if (watched || quiet) return { need: 'text', maxChars: HEURISTIC_MAX_BODY };
  return { need: 'none' };
}

/**
 * Post recognition, with the third answer a guard needs: `undecided` when the
 * request may publish but its body could not be read far enough to tell, or
 * its adapter does not know what it is.
 */
export function classify(request: OutgoingRequest, options: RecogniseOptions = {}): Recognition {
  return classifyOne(request, options, true);
}

function classifyOne(request: OutgoingRequest, options: RecogniseOptions, unwrap: boolean): Recognition {
  const t = target(request);
  if (!t) return NOT_POST;
  const { url, host } = t;
  const owner = adapterForHost(host, t.path);
  // An endpoint its adapter says never publishes, whatever the body, is not opened as a batch either.
  const never = (): boolean => endpointsFor(owner, t).some(({ endpoint: e }) => e.publishes === 'never' && matchesBesidesMethod(e, t));
  // An HTTP batch may start with a preamble or blank lines (RFC 2046): parseHttpBatch finds its first boundary.
  if (unwrap && t.method === 'POST' && request.body?.includes('--') && !request.bodyGap && !never()) {
    const batched = httpBatch(request, t, options);
    if (batched) return batched;
  }

  let parsed: ParsedBody | undefined;
  const body = (): ParsedBody => (parsed ??= parseBody(request.body, headerValue(request.headers, 'content-type')));

  for (const { adapter, endpoint } of endpointsFor(owner, t)) {
    if (adapter.followsHeuristicSwitch && !heuristicEnabled(options, host)) continue;
    if (!matchesBesidesMethod(endpoint, t)) continue;
    if (endpoint.publishes === 'never') return NOT_POST;
    const site = adapter.siteFor(host);
    if (request.bodyGap && endpoint.publishes === false) continue; // cannot publish: the heuristic's rules decide
    if (request.bodyGap) {
      // A partial body is never parsed: what is missing could change the answer.
      return { type: 'post', post: { site, kind: 'post', text: null, adapter: adapter.id, textUnknownBecause: GAP_WORDS[request.bodyGap] } };
    }
    let result: EndpointResult;
    try {
      const ctx: EndpointContext = { url, host, headers: request.headers, body: body(), minFreeTextLength: options.minFreeTextLength };
      result = endpoint.parse(ctx);
    } catch {
      // A parser bug on a known post endpoint must not let the post through unseen.
      return { type: 'post', post: { site, kind: 'post', text: null, adapter: adapter.id, textUnknownBecause: 'Hatstand could not read this request' } };
    }
    if (!result.post) {
      if (result.notMine) continue;
      return result.undecided !== undefined ? { type: 'undecided', site, reason: result.undecided } : NOT_POST;
    }
    const post: RecognisedPost = { site: result.site ?? site, kind: result.kind, text: result.text, adapter: adapter.id };
    if (result.accountHint !== undefined) post.accountHint = result.accountHint;
    if (result.text === null) post.textUnknownBecause = result.textUnknownBecause ?? unreadableBecause(body(), request.body);
    return { type: 'post', post };
  }
  if (owner && !owner.heuristicFallback) return NOT_POST; // A known site's other requests are not posts.
  return heuristic(request, url, host, options, body, owner !== undefined);
}

/**
 * A multipart/mixed HTTP batch (round t1: Google APIs' /batch/<api>/<version>,
 * OData's `$batch`): each request inside is decided as if sent alone to the
 * batch's host, with the page's referrer. The bytes go to the batch's host
 * whatever origin an inner request line names, so a request naming another
 * origin is decided on the batch's host by its path, and is undecided when
 * that finds no post and it writes (it must not borrow another site's rules).
 * The batch is a post when one of its requests is (the longest text shown,
 * as several publishing operations may ride together), undecided when one
 * of them is or when part of it was not read (a batch inside a batch, a
 * part that is not a request, or past the cap), and not a post otherwise. Undefined when the body is not
 * such a batch.
 */
function httpBatch(request: OutgoingRequest, t: Target, options: RecogniseOptions): Recognition | undefined {
  const batch = parseHttpBatch(request.body, headerValue(request.headers, 'content-type'));
  if (!batch) return undefined;
  const referer = headerValue(request.headers, 'referer');
  const site = t.host.replace(/^www\./, '');
  let held: Recognition = batch.unread !== undefined ? { type: 'undecided', site, reason: batch.unread } : NOT_POST;
  const posts: Recognition[] = [];
  for (const one of batch.requests) {
    let url: URL;
    try {
      url = new URL(one.target, t.url.origin);
    } catch {
      continue;
    }
    const foreign = url.origin !== t.url.origin;
    if (foreign) url = new URL(`${url.pathname}${url.search}`, t.url.origin);
    const headers: Record<string, string> = { ...one.headers };
    if (referer !== undefined) headers['referer'] = referer;
    const sub: OutgoingRequest = { method: one.method, url: url.href, headers };
    if (one.body !== undefined) sub.body = one.body;
    if (parseHttpBatch(one.body, headers['content-type'])) {
      held = { type: 'undecided', site, reason: 'a batch inside a batch is not read' };
      continue;
    }
    const answer = classifyOne(sub, options, false);
    if (answer.type === 'post') posts.push(answer);
    else if (answer.type === 'undecided') held = answer;
    else if (foreign && !/^(?:GET|HEAD|OPTIONS)$/i.test(one.method)) {
      held = { type: 'undecided', site, reason: 'a request in the batch names another site than the one it is sent to' };
    }
  }
  return posts.length > 0 ? longestPost(posts) : held;
}

/** Of several posts in one request, the one with the most text (what the user most needs to see). */
function longestPost(posts: Recognition[]): Recognition {
  const size = (r: Recognition): number => (r.type === 'post' ? (r.post.text?.length ?? -1) : -2);
  return posts.reduce((best, r) => (size(r) > size(best) ? r : best));
}

/** Paths of HTTP batch endpoints (httpBatch): their body must be read whatever the heuristic would watch. */
const HTTP_BATCH_PATH = /\/(?:batch|\$batch)(?:\/[\w.-]{1,64}){0,2}\/?$/;

/** Does this outgoing request publish something, and what? Null when it does not (or cannot be told). */
export function recognisePost(request: OutgoingRequest, options: RecogniseOptions = {}): RecognisedPost | null {
  const r = classify(request, options);
  return r.type === 'post' ? r.post : null;
}

const NOT_POST: Recognition = Object.freeze({ type: 'not-post' }) as Recognition;

function heuristic(
  request: OutgoingRequest,
  url: URL,
  host: string,
  options: RecogniseOptions,
  body: () => ParsedBody,
  owned = false,
): Recognition {
  if (!heuristicEnabled(options, host) || !heuristicWatches(url, request)) return NOT_POST;
  const site = host.replace(/^www\./, '');
  // An error or replay report in a Sentry envelope, through the site's own tunnel: its first line says so, whatever
  // its size (replays run past what is read) and whatever later items are compressed.
  if (telemetryEnvelope(request.body)) return NOT_POST;
  // A sync path publishes only through a readable batch of note commands: what cannot be read there is quiet.
  const syncPath = commandSyncUnreadIsQuiet(url);
  if (request.bodyGap) return syncPath ? NOT_POST : { type: 'undecided', site, reason: GAP_WORDS[request.bodyGap] };
  const length = request.body?.length ?? 0;
  // No body: words may ride in the query string (queryAsBody); with neither, nothing is published.
  if (length === 0 && url.search.length <= 1) return NOT_POST;
  if (length > HEURISTIC_MAX_BODY) {
    if (syncPath && !commandSyncOversizeNamesNotes(request.body ?? '', HEURISTIC_MAX_BODY)) return NOT_POST;
    // On a host an adapter owns (its other requests left to the heuristic, as Graph's mail beside Teams), the site is known.
    const where = owned ? 'for requests of this site it has no rule for' : 'on sites it has no adapter for';
    return { type: 'undecided', site, reason: `the request is larger than Hatstand reads ${where}` };
  }
  // An XML document is read as JSON, a Collection+JSON template as the record it describes (by its content type), an
  // iCalendar object as its event's fields, a Transit document as JSON; then a mutation's inline arguments as variables.
  const parsed = length === 0 ? queryAsBody(url) : withInlineArguments(transitAsBody(icalendarAsBody(collectionJsonAsBody(xmlAsBody(body()), request.headers))));
  // Compressed or binary bytes on a path the heuristic watches: words may be inside, and none can be read. So is a
  // body on a gRPC or Connect method's path that is not JSON (protobuf, or gRPC-web-text's base64 of it).
  // A telemetry SDK's compressed batch or a binary RPC that names no publishing (unreadableIsQuiet) is not held.
  // On a gRPC/Connect method path, a body that is not JSON, multipart or a declared form that parsed is the protocol's bytes.
  const declaredForm = parsed.type === 'form' && /^application\/x-www-form-urlencoded\b/i.test(headerValue(request.headers, 'content-type') ?? '');
  if (parsed.type !== 'json' && parsed.type !== 'multipart' && (looksBinary(request.body) || (length > 0 && !declaredForm && rpcMethodPath(url)))) {
    return syncPath || unreadableIsQuiet(url, request) ? NOT_POST : { type: 'undecided', site, reason: BINARY_WORDS };
  }
  const path = examinedPath(url);
  const decide = (one: ParsedBody): Recognition => {
    if (one.type === 'form' || one.type === 'multipart' || one.type === 'json') {
      const draft = field(one, 'draft');
      if (draft === 'true' || draft === '1' || draft === true) return NOT_POST;
    }
    const budget = { exhausted: false };
    // A command batch on a sync path is read as the notes it adds, and nothing else (commandScope).
    const scoped = commandScope(url, one);
    const found = longestFreeField(heuristicScope(url, scoped), options.minFreeTextLength ?? 40, path, budget, request.method, url.hostname);
    // No prose and nothing left unread: not a post whatever heuristicRefuses would say (asked after, as it is pure).
    if (found === undefined && !budget.exhausted) return NOT_POST;
    if (heuristicRefuses(one, path)) return NOT_POST;
    if (found === undefined) {
      // A body too large in nodes to walk may hold words past where the walk stopped.
      return budget.exhausted ? { type: 'undecided', site, reason: 'the request has more fields than Hatstand reads on sites it has no adapter for' } : NOT_POST;
    }
    if (!heuristicCrossSiteAllowed(request, url, one)) return NOT_POST;
    return { type: 'post', post: { site, kind: heuristicKind(url, scoped, found, request.method.toUpperCase(), headerValue(request.headers, 'authorization')), text: found.text, adapter: 'heuristic' } };
  };
  // A batch of GraphQL operations or JSON-RPC calls publishes what one of them does, each read as if sent alone.
  // Several publishing operations show the one with the most text; past the cap, the words may be in what was not read.
  const batch = batchedOperations(parsed, url);
  if (!batch) return decide(parsed);
  let held: Recognition = batch.cut ? { type: 'undecided', site, reason: 'the batch holds more operations than Hatstand reads' } : NOT_POST;
  const posts: Recognition[] = [];
  for (const one of batch.operations) {
    const answer = decide(withInlineArguments(one));
    if (answer.type === 'post') posts.push(answer);
    else if (answer.type === 'undecided') held = answer;
  }
  return posts.length > 0 ? longestPost(posts) : held;
}

/**
 * WebSocket endpoints that known sites publish through (Messenger sends chat
 * messages as MQTT frames on these). webRequest sees the connection but not
 * the frames, so the guard cannot hold what goes through them: the session
 * glue reports them instead of pretending they are guarded.
 * - Telegram Web (web.telegram.org/k and /a, morethanwords/tweb) speaks
 *   MTProto, encrypted with the session's key, over
 *   wss://{pluto,venus,aurora,vesta,flora}[-1].web.telegram.org/apiws (kws{dc}
 *   and zws{dc} in the WebSocket proxies of the code index). Its HTTP
 *   fallback (POST …/apiw1) carries the same ciphertext: no text to read there either.
 * - Instagram's web client sends direct messages the way Messenger does, as
 *   MQTT frames on wss://edge-chat.instagram.com/chat (?sid=…&cid=…), with
 *   its Lightspeed sockets on wss://gateway.instagram.com/ws/… (Instagram DM
 *   clients and extensions in the code index).
 * - WhatsApp Web sends every message as Noise-encrypted binary frames, the
 *   message itself end-to-end encrypted (Signal protocol), over
 *   wss://web.whatsapp.com/ws/chat (Baileys' DEFAULT_CONNECTION_CONFIG,
 *   whatsmeow's socket; w1…w4.web.whatsapp.com in older clients).
 * - Twitch chat is IRC over a WebSocket: the page sends `PRIVMSG #channel
 *   :words` frames on wss://irc-ws.chat.twitch.tv (port 443, or ws:// on 80;
 *   dev.twitch.tv/docs/irc and the Twitch chat bots of the code index). The
 *   frames are plain text, but webRequest never sees them. The Twitch page
 *   itself sends chat over HTTP (gql.twitch.tv `sendChatMessage`), as Helix
 *   (`POST /helix/chat/messages`) does: the heuristic reads both (round u1).
 * - Jitsi Meet (round ws1): in-call chat, public and private, is XMPP: the
 *   page sends `<message type='groupchat'>` (or `chat`) stanzas with the
 *   words in `<body>` (lib-jitsi-meet modules/xmpp/ChatRoom.ts sendMessage,
 *   sendPrivateMessage) over wss://meet.jit.si/xmpp-websocket?room=…, and
 *   JaaS meetings over wss://8x8.vc/{tenant}/xmpp-websocket (the serviceUrl
 *   of lib-jitsi-meet examples and clients in the code index). meet.jit.si
 *   and 8x8.vc are also the meeting pages, so any request there reports it.
 *   A self-hosted Jitsi (any host, path /xmpp-websocket) cannot be listed:
 *   only hosts name a service here.
 * - Lichess (round ws1): game, study, team and tournament chat are `talk`
 *   frames (lila ui/chat ctrl: pubsub `socket.send`, 'talk', text) and inbox
 *   messages `msgSend` frames `{ dest, text }` (lila ui/msg MessageSocket.post;
 *   lichess-org/mobile does the same) on wss://socket{0-5}.lichess.org (the
 *   page's `data-socket-domains`). Forum, team and blog forms and the HTTP
 *   API go over HTTP and are read (round w1).
 * Checked in round ws1 and not listed, as their web clients send over HTTP
 * or no public source shows a send over a socket (see UNKNOWN-SITES.md,
 * "Round ws1"): Rocket.Chat (methods over REST by default), Discord,
 * Mattermost, Zulip, Slack, Matrix, Kick, Roblox; Crisp, Tawk.to, Zendesk
 * Chat, LiveChat, Zoom, Google Meet and chess.com (not shown); Phoenix
 * channels, LiveView and ActionCable apps (any host, a framework's path).
 */
const UNGUARDED_SOCKETS: ReadonlyArray<{ host: RegExp; what: string }> = [
  { host: /^edge-chat\.(?:facebook|messenger)\.com$/, what: 'Messenger chat messages' },
  { host: /^gateway\.(?:facebook|messenger)\.com$/, what: 'Messenger chat messages' },
  { host: /^(?:edge-chat|gateway)\.instagram\.com$/, what: 'Instagram direct messages' },
  { host: /^[a-z0-9_-]+\.web\.telegram\.org$/, what: 'Telegram messages' },
  { host: /^(?:w\d+\.)?web\.whatsapp\.com$/, what: 'WhatsApp messages' },
  { host: /^irc-ws\.chat\.twitch\.tv$/, what: 'Twitch chat messages' },
  { host: /^(?:meet\.jit\.si|8x8\.vc)$/, what: 'Jitsi Meet chat messages' },
  { host: /^socket\d*\.lichess\.org$/, what: 'Lichess chat and inbox messages' },
];

/** What a WebSocket connection to `url` can publish unseen, or null. */
export function unguardedSocket(url: string): string | null {
  const m = /^wss?:\/\/([^/:?#]+)/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  for (const s of UNGUARDED_SOCKETS) if (s.host.test(host)) return s.what;
  return null;
}

/**
 * The pages of those services. Their sockets may open where webRequest never
 * sees them: Electron proxies a WebSocket handshake only when it has a frame
 * (electron_browser_client.cc:1432-1436, WillInterceptWebSocket), and a
 * SharedWorker's or service worker's socket has none; Telegram Web K runs its
 * MTProto transport in a SharedWorker (or its service worker). So the service
 * is reported when its page is used at all, not on the socket's handshake.
 */
const UNGUARDED_PAGES: ReadonlyArray<{ host: RegExp; what: string }> = [
  { host: /^web[akz]?\.telegram\.org$/, what: 'Telegram messages' },
  // Nostr web clients (round n1): notes, replies, reactions and direct messages are signed events the page sends as
  // `["EVENT", {…}]` frames over WebSockets to relays the person picks (NIP-01; any host can be a relay), so the
  // client's page is what names the service.
  { host: /^(?:www\.)?(?:snort\.social|iris\.to|primal\.net|coracle\.social|nostrudel\.ninja)$/, what: 'Nostr notes and messages' },
];

/**
 * What a request of any kind to `url` (a page, a script, a socket) says the
 * person may publish unseen: one of the services above, or null.
 */
export function unguardedService(url: string): string | null {
  const m = /^(?:https?|wss?):\/\/([^/:?#]+)/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  for (const s of UNGUARDED_PAGES) if (s.host.test(host)) return s.what;
  for (const s of UNGUARDED_SOCKETS) if (s.host.test(host)) return s.what;
  return null;
}

/**
 * HTTP requests that carry what a WebSocket above would (Telegram Web's
 * fallback, POST https://{dc}.web.telegram.org/apiw1, the same MTProto
 * ciphertext): the guard can no more read them than the socket's frames.
 */
const UNGUARDED_HTTP: ReadonlyArray<{ host: RegExp; path: RegExp; what: string }> = [
  { host: /^[a-z0-9_-]+\.web\.telegram\.org$/, path: /^\/apiw1(?:_test)?\/?$/, what: 'Telegram messages' },
];

/** What an HTTP request to `url` can publish unread (encrypted in the page), or null. */
export function unguardedHttp(url: string): string | null {
  const m = /^https?:\/\/([^/:?#]+)(?::\d+)?(\/[^?#]*)?/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  const path = m[2] ?? '/';
  for (const s of UNGUARDED_HTTP) if (s.host.test(host) && s.path.test(path)) return s.what;
  return null;
}
