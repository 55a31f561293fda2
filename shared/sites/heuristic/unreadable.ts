/**
 * A body that cannot be read (compressed or binary) on a watched request is
 * undecided, never passed silently, unless a telemetry path or a binary RPC
 * that names no publishing carries it (unreadableIsQuiet).
 */
import { headerValue, looksBinary } from '../body';
import type { OutgoingRequest } from '../types';
import { isCrossSite } from './cross-site';
import { HEURISTIC_MAX_BODY } from './limits';
import { nameWords } from './names';
import { openProtocolHost } from './open-protocols';
import { examinedPath, lastSegment } from './paths';
import { telemetryTransport } from './telemetry';
import { PUBLISHED_NOUNS, PUBLISHING_VERBS } from './words';

/**
 * Words in a path's segments or a host's labels that name a telemetry
 * service or its purpose, as their SDKs' same-site proxies keep them
 * (PostHog's /ingest/e/, Sentry's tunnel /monitoring, OTLP's /v1/traces,
 * Amplitude's /2/httpapi, Mixpanel's /mp/engage and /mp/record, LogRocket's
 * /lr/i, Highlight's /highlight/public, Datadog's proxy, Grafana Faro).
 * Their batches are compressed (gzip-js, deflate, protobuf), so nothing in
 * them can be read: such a path with an unreadable body is not held.
 */
const TELEMETRY_WORDS = new Set([
  'posthog', 'ph', 'sentry', 'monitoring', 'envelope', 'highlight', 'logrocket', 'lr', 'datadog', 'dd', 'amplitude', 'amp',
  'httpapi', 'mixpanel', 'mp', 'engage', 'segment', 'faro', 'otel', 'otlp', 'traces', 'spans', 'metrics', 'logs', 'rum',
  'replay', 'recording', 'recordings', 'ingest', 'telemetry', 'analytics', 'insights', 'vitals', 'beacon', 'collect',
]);
/**
 * Query parameters a telemetry SDK sends (Datadog's proxy `ddforward`, Sentry's `sentry_key` and `sentry_version`);
 * PostHog's `compression` counts only with its own values (telemetryTransport): a bare `compression=gzip` beside a
 * comment path is no SDK's mark.
 */
const TELEMETRY_QUERY = /^(?:ddforward|sentry_key|sentry_version)$/i;
/** A binary RPC's content type (gRPC-web, Connect's and others' protobuf). */
const BINARY_RPC_TYPE = /^application\/(?:grpc(?:-web)?(?:\+proto)?|connect\+proto|proto|protobuf|x-protobuf|vnd\.google\.protobuf)\b/i;
/** A binary RPC method's first word that only reads (the Google API design guide's standard Get and List methods). */
const READ_VERBS = new Set(['get', 'list', 'fetch', 'read', 'search', 'lookup', 'describe', 'count', 'find', 'query']);
/** A gRPC or Connect method's path: `/package.Service/Method` (`/acme.user.v1.UserService/GetUser`). */
const RPC_PATH = /\/[a-z][\w]*(?:\.[\w]+)*\.[A-Z]\w*\/([A-Z]\w*)$/;

/**
 * Whether the path is a gRPC or Connect method's (`/package.Service/Method`): a body there that is not JSON is the
 * protocol's binary protobuf, or gRPC-web-text's base64 of it (round t1), whose bytes may all happen to be printable;
 * either way its words cannot be read as text.
 */
export function rpcMethodPath(url: URL): boolean {
  return RPC_PATH.test(examinedPath(url));
}

/**
 * Whether a body that cannot be read (compressed or binary) on this watched
 * request is a telemetry batch or a binary RPC that names no publishing, and
 * so is not held: a telemetry service or purpose named in the host or path
 * (TELEMETRY_WORDS), a one-letter last segment (PostHog's /e/ and /s/,
 * LogRocket's /i), a telemetry SDK's query parameter, a Sentry tunnel's
 * `?o={org}&p={project}`; or a gRPC-web or Connect call (by its content
 * type or its `/package.Service/Method` path) whose method's name neither
 * sends nor publishes (`GetUser`, `ListModules`; `SendMessage`,
 * `CreatePost` stay undecided), or starts by reading (`ListMessages`). Anything else unreadable stays undecided.
 */
export function unreadableIsQuiet(url: URL, request: Pick<OutgoingRequest, 'headers'>): boolean {
  // A file stored on an open protocol's shared node from another site's page (a Lens image to Grove) is none of its writes (open-protocols.ts).
  if (openProtocolHost(url.hostname) && isCrossSite(request as OutgoingRequest, url.hostname)) return true;
  const path = examinedPath(url);
  const rpc = RPC_PATH.exec(path);
  const contentType = headerValue(request.headers, 'content-type') ?? '';
  if (rpc || BINARY_RPC_TYPE.test(contentType)) {
    const words = nameWords(rpc ? rpc[1]! : lastSegment(path));
    // A method that reads first (`ListMessages`, `GetComments`: round t1) publishes nothing whatever it reads, unless
    // its name joins a second action to the read (`GetOrCreateChatMessage`, `ReadAndComment`).
    const joined = words.some((w) => w === 'or' || w === 'and' || w === 'then');
    if (words.length > 0 && READ_VERBS.has(words[0]!) && !joined && !words.some((w) => PUBLISHING_VERBS.has(w))) return true;
    return !words.some((w) => PUBLISHING_VERBS.has(w) || PUBLISHED_NOUNS.has(w) || w === 'reply' || w === 'chat');
  }
  const segments = path.split('/').filter((seg) => seg !== '');
  if (segments.length > 0 && /^[a-z]$/i.test(segments[segments.length - 1]!)) return true;
  const words = [...segments.flatMap((seg) => seg.toLowerCase().split(/[-_.]/)), ...url.hostname.toLowerCase().split(/[-.]/)];
  if (words.some((w) => TELEMETRY_WORDS.has(w)) || telemetryTransport(url)) return true;
  let n = 0;
  for (const key of url.searchParams.keys()) {
    if (++n > 20) break;
    if (TELEMETRY_QUERY.test(key)) return true;
  }
  return /^\d{1,12}$/.test(url.searchParams.get('o') ?? '') && /^\d{1,12}$/.test(url.searchParams.get('p') ?? '');
}

/**
 * Whether a request's body, once known, cannot be read by the heuristic: a gap the hook reports (a stream, a file,
 * a Blob, past the cap), a body over HEURISTIC_MAX_BODY, or bytes (not multipart, whose parts are read). Where a
 * watch exists only for a flag in a readable body (a drafts collection's send flag, watches.ts), such a body is
 * not watched: index.ts would answer undecided. False before the body is known (bodyNeed).
 */
export function bodyUnreadable(request: Partial<Pick<OutgoingRequest, 'headers' | 'body' | 'bodyGap'>>): boolean {
  if (request.bodyGap !== undefined) return true;
  if (request.body === undefined) return false;
  if (request.body.length > HEURISTIC_MAX_BODY) return true;
  const contentType = request.headers ? (headerValue(request.headers, 'content-type') ?? '') : '';
  return !/^multipart\//i.test(contentType) && looksBinary(request.body);
}
