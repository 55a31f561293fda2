/**
 * Types of post recognition. A request the guard sees is described by what
 * every layer can supply (method, URL, headers, body as UTF-8 text); the answer
 * says whether it publishes something, what, where and, when the request
 * itself tells, as whom.
 */

export type PostKind = 'post' | 'reply' | 'quote' | 'message';

export interface OutgoingRequest {
  method: string;
  url: string;
  /** Header names in any case. Electron's onBeforeRequest has none, so `{}` is normal. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The request body decoded as UTF-8, or absent when there is none or it could not be read. */
  body?: string;
}

export interface RecognisedPost {
  /**
   * The site the post goes to, as a person would name it: `x.com`, `bsky.app`,
   * `linkedin.com`, `facebook.com`, `threads.net`, the Mastodon instance's host
   * (`mastodon.social`), or the host of an unknown site.
   */
  site: string;
  kind: PostKind;
  /**
   * The exact text that will be published, or `null` when this is a known post
   * endpoint whose body could not be read (still a post: never silently allowed).
   */
  text: string | null;
  /** Who is posting, when the request says so (a DID, a user id, a mailbox URN...). */
  accountHint?: string;
  /** Which adapter recognised it: one of ADAPTER_IDS, or `heuristic`. */
  adapter: string;
}

export interface RecogniseOptions {
  /**
   * The unknown-site heuristic (same-site POST carrying a long free-text
   * field). `true` (default) or `false` for all sites, or a predicate on the
   * request's host (lower case, no port) to switch it per site.
   */
  heuristic?: boolean | ((host: string) => boolean);
  /** Minimum length of a free-text field for the heuristic (default 40 characters). */
  minFreeTextLength?: number;
}

/** A parsed request body. Parsing is bounded: see MAX_PARSE_CHARS. */
export type ParsedBody =
  | { type: 'none' }
  | { type: 'json'; value: unknown }
  | { type: 'form'; fields: ReadonlyMap<string, string> }
  | { type: 'multipart'; fields: ReadonlyMap<string, string> }
  | { type: 'text'; text: string }
  /** Too large to parse or malformed for its declared type. */
  | { type: 'unreadable'; reason: 'too-large' | 'malformed' };

/** What an endpoint's parser found. */
export type EndpointResult =
  | { post: false }
  | { post: true; kind: PostKind; text: string | null; accountHint?: string | undefined };

export interface EndpointContext {
  url: URL;
  host: string;
  headers: OutgoingRequest['headers'];
  body: ParsedBody;
}

/** One request shape a site sends when it publishes something. */
export interface Endpoint {
  /** Name for tests, logs and benchmarks. */
  name: string;
  methods: readonly string[];
  /** Tested against the URL's pathname. */
  path: RegExp;
  /** Optional extra test on the whole URL (query string, for example). */
  query?: (url: URL) => boolean;
  parse: (ctx: EndpointContext) => EndpointResult;
}

export interface SiteAdapter {
  id: string;
  /** Hosts this adapter owns, or `null` when it recognises its endpoints on any host (Mastodon, AT Protocol PDS). */
  hosts: readonly string[] | null;
  /** The `site` reported for a request to `host`. */
  siteFor: (host: string) => string;
  endpoints: readonly Endpoint[];
}
