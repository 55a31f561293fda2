/**
 * Post recognition: does this outgoing request publish something, and what?
 *
 * `recognisePost(request, options?)` answers `null` for anything that is not
 * a post, else `{ site, kind, text, accountHint?, adapter }`. Known sites are
 * described by adapters (data plus small parsers, one file per site under
 * ./adapters); other sites fall back to a conservative heuristic that can be
 * switched per host. Pure: no Node, DOM or Electron.
 */
import { field, headerValue, parseBody } from './body';
import { bluesky } from './adapters/bluesky';
import { facebook } from './adapters/facebook';
import { linkedin } from './adapters/linkedin';
import { mastodon } from './adapters/mastodon';
import { threads } from './adapters/threads';
import { x } from './adapters/x';
import { heuristicApplies, longestFreeText } from './heuristic';
import type { EndpointContext, OutgoingRequest, ParsedBody, RecognisedPost, RecogniseOptions, SiteAdapter } from './types';

export type {
  Endpoint,
  EndpointResult,
  OutgoingRequest,
  ParsedBody,
  PostKind,
  RecognisedPost,
  RecogniseOptions,
  SiteAdapter,
} from './types';
export { MAX_PARSE_CHARS } from './body';
export { HEURISTIC_MAX_BODY } from './heuristic';

/** Every site adapter, in the order they are tried. */
export const ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook, threads, mastodon, bluesky];
export const ADAPTER_IDS = ADAPTERS.map((a) => a.id);

const HOST_ADAPTERS = ADAPTERS.filter((a) => a.hosts !== null);
const ANY_HOST_ADAPTERS = ADAPTERS.filter((a) => a.hosts === null);

/** Methods that can publish; every other request is answered at once. */
export function mayPublish(method: string): boolean {
  const m = method.length <= 5 ? method.toUpperCase() : '';
  return m === 'POST' || m === 'PUT' || m === 'PATCH';
}

/** The adapter that owns `host` (x.com owns api.x.com and mobile.x.com), if any. */
export function adapterForHost(host: string): SiteAdapter | undefined {
  for (const adapter of HOST_ADAPTERS) {
    for (const owned of adapter.hosts!) {
      if (host === owned || host.endsWith(`.${owned}`)) return adapter;
    }
  }
  return undefined;
}

export function recognisePost(request: OutgoingRequest, options: RecogniseOptions = {}): RecognisedPost | null {
  if (!mayPublish(request.method)) return null;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const method = request.method.toUpperCase();
  const owner = adapterForHost(host);
  const adapters = owner ? [owner] : ANY_HOST_ADAPTERS;

  let parsed: ParsedBody | undefined;
  const body = (): ParsedBody => (parsed ??= parseBody(request.body, headerValue(request.headers, 'content-type')));

  for (const adapter of adapters) {
    for (const endpoint of adapter.endpoints) {
      if (!endpoint.methods.includes(method) || !endpoint.path.test(url.pathname)) continue;
      if (endpoint.query && !endpoint.query(url)) continue;
      const site = adapter.siteFor(host);
      let result;
      try {
        const ctx: EndpointContext = { url, host, headers: request.headers, body: body() };
        result = endpoint.parse(ctx);
      } catch {
        // A parser bug on a known post endpoint must not let the post through unseen.
        return { site, kind: 'post', text: null, adapter: adapter.id };
      }
      if (!result.post) return null;
      const post: RecognisedPost = { site, kind: result.kind, text: result.text, adapter: adapter.id };
      if (result.accountHint !== undefined) post.accountHint = result.accountHint;
      return post;
    }
  }
  if (owner) return null; // A known site's other requests are not posts.
  return heuristic(request, url, host, options, body);
}

function heuristicEnabled(options: RecogniseOptions, host: string): boolean {
  const h = options.heuristic ?? true;
  return typeof h === 'function' ? h(host) : h;
}

function heuristic(
  request: OutgoingRequest,
  url: URL,
  host: string,
  options: RecogniseOptions,
  body: () => ParsedBody,
): RecognisedPost | null {
  if (!heuristicEnabled(options, host)) return null;
  if (!heuristicApplies(url, request, request.body?.length ?? 0)) return null;
  const parsed = body();
  if (parsed.type === 'form' || parsed.type === 'multipart' || parsed.type === 'json') {
    if (field(parsed, 'draft') === 'true' || field(parsed, 'draft') === '1') return null;
  }
  const text = longestFreeText(parsed, options.minFreeTextLength ?? 40);
  if (text === undefined) return null;
  return { site: host.replace(/^www\./, ''), kind: 'post', text, adapter: 'heuristic' };
}

/**
 * WebSocket endpoints that known sites publish through (Messenger sends chat
 * messages as MQTT frames on these). webRequest sees the connection but not
 * the frames, so the guard cannot hold what goes through them: the session
 * glue reports them instead of pretending they are guarded.
 */
const UNGUARDED_SOCKETS: ReadonlyArray<{ host: RegExp; what: string }> = [
  { host: /^edge-chat\.(?:facebook|messenger)\.com$/, what: 'Messenger chat messages' },
  { host: /^gateway\.(?:facebook|messenger)\.com$/, what: 'Messenger chat messages' },
];

/** What a WebSocket connection to `url` can publish unseen, or null. */
export function unguardedSocket(url: string): string | null {
  const m = /^wss?:\/\/([^/:?#]+)/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  for (const s of UNGUARDED_SOCKETS) if (s.host.test(host)) return s.what;
  return null;
}
