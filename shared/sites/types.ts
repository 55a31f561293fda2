/**
 * Types of post recognition. A request the guard sees is described by what
 * every layer can supply (method, URL, headers, body as UTF-8 text); the answer
 * says whether it publishes something, what, where and, when the request
 * itself tells, as whom.
 */

/**
 * What is being published: a post of one's own (`post`), a post that quotes
 * another (`quote`), an answer in a thread of posts (`reply`), a comment under
 * someone's post or video (`comment`), or a private or chat message (`message`).
 */
export type PostKind = 'post' | 'reply' | 'quote' | 'comment' | 'message';

/** Why the body of a request could not be read in full. */
export type BodyGap =
  /** Larger than the guard reads (the cap the hook or the parser applies). */
  | 'too-large'
  /** A Blob part the session could not hand over. */
  | 'blob-unreadable'
  /** A Blob part that was not read: Blobs are read only for known endpoints that can publish. */
  | 'blob-skipped'
  /** A streamed body (ReadableStream upload): reading it would consume it. */
  | 'stream'
  /** A file from disk sent as the whole body. */
  | 'file'
  /** The parse did not finish in time (off-thread recogniser) or failed. */
  | 'parse-failed';

export interface OutgoingRequest {
  method: string;
  url: string;
  /** Header names in any case. Electron's onBeforeRequest has none, so `{}` is normal. */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The request body decoded as UTF-8, or absent when there is none or it could not be read. */
  body?: string;
  /**
   * Set when the body could not be read in full (the hook says why). A known
   * post endpoint is then a post whose text is unknown; an unknown site is
   * `undecided`, never silently "not a post".
   */
  bodyGap?: BodyGap;
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
  /** When `text` is null: why, in a few words a person can read ("the body is larger than Hatstand reads"). */
  textUnknownBecause?: string;
}

/**
 * The full answer about a request: a post, not a post, or a request that may
 * publish but could not be told (an unknown site's oversized or unreadable
 * body, or a known site's action its adapter has no rule for). `undecided`
 * must be reported, never passed over silently.
 */
export type Recognition =
  | { type: 'post'; post: RecognisedPost }
  | { type: 'not-post' }
  | { type: 'undecided'; site: string; reason: string };

/**
 * What the hook must read of a body before the request can be decided,
 * known from the method and URL alone: `none` (a known site's request that
 * publishes nothing, or a method that cannot publish: answer at once),
 * `all` (a known endpoint that can publish: read the text parts and the Blob
 * parts that are not file uploads, up to `maxChars`), `text` (an unknown site
 * the heuristic looks at, or a known endpoint that cannot publish: read the
 * bytes the page gave, never a Blob or a file, up to `maxChars`).
 */
export type BodyNeed = { need: 'none' } | { need: 'all' | 'text'; maxChars: number };

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
  /**
   * `fields` holds each name's first value (as most servers read a name sent
   * once); `repeated`, when a name is sent more than once (`options[]=a&options[]=b`),
   * all its values in order: read them with `fieldAll`.
   */
  | { type: 'form'; fields: ReadonlyMap<string, string>; repeated?: ReadonlyMap<string, readonly string[]> }
  | { type: 'multipart'; fields: ReadonlyMap<string, string>; repeated?: ReadonlyMap<string, readonly string[]> }
  | { type: 'text'; text: string }
  /** Too large to parse or malformed for its declared type. */
  | { type: 'unreadable'; reason: 'too-large' | 'malformed' };

/** What an endpoint's parser found. */
export type EndpointResult =
  /**
   * Not a post. `notMine` says the body is not this adapter's shape at all
   * (an any-host adapter's path on a site that is not that software): the
   * other adapters and the heuristic still get their turn. `undecided` says
   * the adapter does not know what the request is (an action it has no rule
   * for, in a part of its site that publishes), in words a person can read:
   * the answer is then `undecided` with that reason, as the heuristic's is
   * for what it cannot read, rather than a post guessed with its text unknown.
   * A request the adapter knows publishes, whose text it cannot read, is
   * still a post with `text: null`.
   */
  | { post: false; notMine?: boolean; undecided?: string }
  | {
      post: true;
      kind: PostKind;
      text: string | null;
      accountHint?: string | undefined;
      /** Overrides the adapter's `siteFor` (Threads posts sent through Instagram's API). */
      site?: string;
      /** When `text` is null and the parser knows why (an end-to-end encrypted message). */
      textUnknownBecause?: string;
    };

export interface EndpointContext {
  url: URL;
  host: string;
  headers: OutgoingRequest['headers'];
  body: ParsedBody;
  /** The caller's `RecogniseOptions.minFreeTextLength`, for a parse that leaves words to the heuristic. */
  minFreeTextLength?: number;
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
  /** Only on hosts this matches (an adapter owning facebook.com whose Graph API lives on graph.facebook.com). */
  host?: RegExp;
  /**
   * False for endpoints described only to say they are not posts (a media
   * upload that carries alt text): their Blob parts are never read, and a
   * body that cannot be read is left to the heuristic's rules, since their
   * parse may still hand a body it does not know on (`notMine`).
   * 'never' for endpoints whose every request is not a post whatever its body
   * (a site's own telemetry, an assistant's chat): the body is never read,
   * `parse` is not called, and a Blob or too large a body changes nothing.
   */
  publishes?: boolean | 'never';
  parse: (ctx: EndpointContext) => EndpointResult;
}

export interface SiteAdapter {
  id: string;
  /**
   * Hosts this adapter owns (with their subdomains), or `null` when it recognises its endpoints on any host (Mastodon,
   * AT Protocol PDS). An entry with a path ("www.googleapis.com/youtube/") owns only that part of a host many services share.
   */
  hosts: readonly string[] | null;
  /** The `site` reported for a request to `host`. */
  siteFor: (host: string) => string;
  endpoints: readonly Endpoint[];
  /**
   * A host-owning adapter normally says "not a post" for every request of its
   * site that no endpoint matches. With this set, such requests still go to
   * the unknown-site heuristic: for sites whose web client changes faster than
   * any public description of it (Reddit's new web client).
   */
  heuristicFallback?: boolean;
  /**
   * For an any-host adapter that recognises a path shape rather than a known
   * piece of software (saved-sends): it is switched off wherever the
   * unknown-site heuristic is (`RecogniseOptions.heuristic`), as it guesses as
   * the heuristic does.
   */
  followsHeuristicSwitch?: boolean;
}
