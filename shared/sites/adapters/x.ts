/**
 * X (x.com, twitter.com and their subdomains).
 *
 * Request shapes, from open-source clients and captures of the web client:
 * - twillot-app/twillot docs/reply.md (a captured x.com request) and
 *   fa0311/TwitterInternalAPIDocument docs/markdown/GraphQL.md:
 *   POST /i/api/graphql/<queryId>/CreateTweet with JSON
 *   `{ variables: { tweet_text, reply?: { in_reply_to_tweet_id }, attachment_url?,
 *   media, ... }, features, queryId }`; `variables` is sometimes itself a JSON
 *   string. The queryId changes with every deploy, so it is never matched.
 *   A quote carries `attachment_url` (the quoted post's URL), see
 *   elizaOS/agent-twitter-client src/tweets.ts (sendQuoteTweet).
 * - CreateNoteTweet: same variables, for long posts (Premium).
 * - CreateScheduledTweet: `variables.post_tweet_request.status`.
 * - Direct messages: POST /i/api/1.1/dm/new2.json with JSON
 *   `{ conversation_id | recipient_ids, text, request_id, ... }`
 *   (elizaOS/agent-twitter-client and several DM clients in the code index).
 * - Legacy form endpoint /i/api/1.1/statuses/update.json (`status=`).
 * Reply, quote and user ids arrive as strings or as JSON numbers (clients
 * that build the variables from numbers: see the numeric `reply_to` of
 * d60/twikit twikit/client/gql.py create_tweet); both are read.
 * DMs sent through GraphQL mutations nest the text at depths that change
 * between client versions: the text is searched for (bounded) under `text`
 * or `message_text` anywhere in the variables.
 *
 * The official API (api.x.com, api.twitter.com), from tweepy/tweepy
 * tweepy/client.py (create_tweet, create_direct_message, create_direct_message_conversation)
 * and tweepy/api.py (update_status sends its parameters in the query string
 * with an empty body):
 * - POST /2/tweets `{ text, reply: { in_reply_to_tweet_id }, quote_tweet_id, media, poll }`;
 * - POST /2/dm_conversations/with/:participant_id/messages and
 *   /2/dm_conversations/:id/messages `{ text }`; POST /2/dm_conversations
 *   `{ conversation_type, participant_ids, message: { text } }`;
 * - POST /1.1/statuses/update.json with `status`, `in_reply_to_status_id`,
 *   `attachment_url` in the body or the query string;
 * - POST /1.1/direct_messages/events/new.json
 *   `{ event: { type: 'message_create', message_create: { message_data: { text } } } }`.
 * Older v1.1 shapes still sent by clients the sources above do not cover
 * (recheck round r3, tests/fixtures/requests/x/r3-*):
 * - POST /1.1/statuses/update_with_media.json, multipart with `status` next to
 *   a `media[]` file (developer.twitter.com v1.1 reference, "POST
 *   statuses/update_with_media", example request);
 * - POST /1.1/direct_messages/new.json, a form with `text` and `screen_name`,
 *   `user_id` or `user` (a node-oauth helper and dabr in the code index,
 *   winterwell's jtwitter sendMessage).
 * - The Ads API's promoted-only Tweets: POST ads-api.x.com/<version>/accounts/<id>/tweet
 *   with `text`, `as_user_id`, `nullcast` (twitter-python-ads-sdk
 *   twitter_ads/creative.py Tweet.create sends them as query parameters; a PHP
 *   Ads API client in the code index): a post, seen by those it is promoted to.
 * Not posts: CreateDraftTweet / EditDraftTweet (drafts saved by the site),
 * CreateRetweet (a repost without text), FavoriteTweet (like),
 * SearchTimeline (GET), DeleteTweet.
 * The acting account is in the `twid` cookie (`u=<user id>`), readable only
 * when the caller supplies request headers.
 *
 * Recheck round r5 (tests/fixtures/requests/x/r5-*), all read right the first
 * time: X Chat's SendMessageMutation on api.x.com/graphql/<hash> (the
 * encrypted `encoded_message_create_event`: a message, text unknown) and, as
 * not posts, DM typing, reactions and renames (mautrix/twitter
 * pkg/twittermeow); Grok questions (grok.x.com/2/grok/add_response.json, Grok
 * clients in the code index); twitter-api-v2's reply, group DM and hideReply;
 * Twitter4J's updateStatus reply.
 *
 * Recheck round r7 (tests/fixtures/requests/x/r7*-), read right the first time:
 * CreateTweet and CreateNoteTweet as the session hands them over (no
 * headers; Arabic and emoji; a long post with variables as a JSON string;
 * JSON with every non-ASCII character \u-escaped), a twice percent-encoded
 * v1.1 status (read once decoded, as the server does), a gzip body (a post,
 * text unknown: "compressed or binary"), API v2 community posts with
 * reply settings (2025 parameters).
 *
 * Round r9 (tests/fixtures/requests/x/r9-*): trevorhobenshield/twitter-api-client
 * (twitter/account.py, constants.py): CreateTweet replies with `batch_compose`,
 * quotes of twitter.com/i/status/<id>, poll cards (`card_uri`), media with tagged
 * users, useSendMessageMutation DMs (`message.text.text`, `message.media.text`),
 * scheduled replies were read right; EditScheduledTweet, which rewrites a
 * scheduled post's `post_tweet_request.status`, is now read as
 * CreateScheduledTweet is (moving it in time alone is not a post). Lists, the
 * v1.1 profile, poll cards on caps.twitter.com, DM deletes and scheduled-post
 * deletes were not posts. Batch r9b, fa0311/twitter-openapi's placeholder
 * variables (`conversation_control` mode Community, `disallowed_reply_options`,
 * GET FetchScheduledTweets, CreateDraftTweet quotes), was read right.
 *
 * Round r11 (tests/fixtures/requests/x/r11-*, r11fix-*): DimensionDev/Mask
 * (Mask Network's createTweet: CreateTweet, CreateNoteTweet past 280
 * characters, and CreateScheduledTweet sent with CreateTweet's own variables,
 * `tweet_text` beside `execute_at` and no `post_tweet_request`, now read as
 * CreateTweet's) and xdevplatform/xdk (TweetCreateRequest: `edit_options`,
 * `community_id`, `share_with_followers`, `poll`; bookmarks and reposts not
 * posts). API v2 poll options are now shown after the question.
 */
import { at, field, fieldOrQuery, findText, headerValue, idOf, isRecord, isStructured, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function accountFromCookie(ctx: EndpointContext): string | undefined {
  const cookie = headerValue(ctx.headers, 'cookie');
  const m = cookie ? /(?:^|;\s*)twid=("?)u(?:%3D|=)(\d+)\1/i.exec(cookie) : null;
  return m?.[2];
}

const TWEET_OPS = new Set(['CreateTweet', 'CreateNoteTweet']);
/**
 * A scheduled post, made or rewritten: either way its `post_tweet_request.status` will be published at
 * `execute_at` without another request (round r9: EditScheduledTweet, named beside CreateScheduledTweet in
 * twitter-api-client's operation list). DeleteScheduledTweet carries no status and stays no post.
 */
const SCHEDULED_OPS = /^(?:Create|Edit)ScheduledTweet$/;
/** Operations that carry text but publish nothing. */
const NOT_POSTS = /^(?:CreateDraftTweet|EditDraftTweet|DeleteDraftTweet|CreateRetweet|DeleteRetweet|FavoriteTweet|UnfavoriteTweet|DeleteTweet|CreateBookmark|DeleteBookmark)$/;
const DM_OP = /(?:Send|Create|New)\w*(?:Message|Dm)(?:Mutation)?$|^Dm\w*(?:Send|New)/i;

function tweetKind(vars: unknown): PostKind {
  if (nonEmpty(at(vars, 'attachment_url')) || idOf(at(vars, 'quote_tweet_id'))) return 'quote';
  if (idOf(at(vars, 'reply', 'in_reply_to_tweet_id'))) return 'reply';
  return 'post';
}

const DM_TEXT_KEYS = new Set(['text', 'message_text']);

function parseGraphql(ctx: EndpointContext): EndpointResult {
  const op = ctx.url.pathname.split('/').pop() ?? '';
  if (NOT_POSTS.test(op)) return { post: false };
  const account = accountFromCookie(ctx);
  const known = TWEET_OPS.has(op) || SCHEDULED_OPS.test(op);
  const isDm = DM_OP.test(op);
  if (ctx.body.type !== 'json' && ctx.body.type !== 'form') {
    // An unreadable body on a known post operation is still a post.
    return known || isDm ? { post: true, kind: isDm ? 'message' : 'post', text: null, accountHint: account } : { post: false };
  }
  const vars = field(ctx.body, 'variables');
  if (TWEET_OPS.has(op)) {
    return { post: true, kind: tweetKind(vars), text: str(at(vars, 'tweet_text')) ?? null, accountHint: account };
  }
  if (SCHEDULED_OPS.test(op)) {
    const req = at(vars, 'post_tweet_request');
    // Some clients schedule with CreateTweet's own variables, `tweet_text` beside `execute_at` and no
    // `post_tweet_request` (round r11: Mask Network's createTweet): read them as CreateTweet's.
    if (req === undefined && at(vars, 'tweet_text') !== undefined) {
      return { post: true, kind: tweetKind(vars), text: str(at(vars, 'tweet_text')) ?? null, accountHint: account };
    }
    // Moving a scheduled post in time says nothing new (as Mastodon's scheduled_statuses update).
    if (op.startsWith('Edit') && at(req, 'status') === undefined) return { post: false };
    const kind: PostKind = nonEmpty(at(req, 'attachment_url')) ? 'quote' : idOf(at(req, 'in_reply_to_status_id')) ? 'reply' : 'post';
    return { post: true, kind, text: str(at(req, 'status')) ?? null, accountHint: account };
  }
  if (isDm) {
    const text = str(at(vars, 'text')) ?? str(at(vars, 'message', 'text')) ?? str(at(vars, 'message_text')) ?? findText(vars, DM_TEXT_KEYS);
    return { post: true, kind: 'message', text: text ?? null, accountHint: account };
  }
  // A renamed or new posting operation still carries `tweet_text`.
  if (isRecord(vars) || typeof vars === 'string') {
    const text = str(at(vars, 'tweet_text'));
    if (text !== undefined) return { post: true, kind: tweetKind(vars), text, accountHint: account };
  }
  return { post: false };
}

function parseDm(ctx: EndpointContext): EndpointResult {
  const account = accountFromCookie(ctx);
  if (ctx.body.type !== 'json' && ctx.body.type !== 'form' && ctx.body.type !== 'multipart') {
    return { post: true, kind: 'message', text: null, accountHint: account };
  }
  return { post: true, kind: 'message', text: str(field(ctx.body, 'text')) ?? null, accountHint: account };
}

function parseStatusUpdate(ctx: EndpointContext): EndpointResult {
  const account = accountFromCookie(ctx);
  // tweepy's update_status sends every parameter in the query string and no body.
  const status = str(fieldOrQuery(ctx.body, ctx.url, 'status'));
  if (status === undefined && !isStructured(ctx.body)) return { post: true, kind: 'post', text: null, accountHint: account };
  const reply = idOf(fieldOrQuery(ctx.body, ctx.url, 'in_reply_to_status_id'));
  const quote = nonEmpty(fieldOrQuery(ctx.body, ctx.url, 'attachment_url'));
  return { post: true, kind: quote ? 'quote' : reply ? 'reply' : 'post', text: status ?? null, accountHint: account };
}

function pollOptions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((o) => str(o)?.trim() ?? '').filter((o) => o !== '');
}

/** POST /2/tweets (official API v2). */
function parseV2Tweet(ctx: EndpointContext): EndpointResult {
  const account = accountFromCookie(ctx);
  if (ctx.body.type !== 'json') return { post: true, kind: 'post', text: null, accountHint: account };
  const v = ctx.body.value;
  // A Tweet with only media or a poll has no text: still a post, its text is ''.
  const text = str(at(v, 'text')) ?? (isRecord(at(v, 'media')) || isRecord(at(v, 'poll')) ? '' : null);
  // A poll's options are published words too: shown after the question, as Bluesky's, Threads' and
  // Reddit's polls show theirs (round r11: xdk's TweetCreateRequest.poll.options).
  const options = pollOptions(at(v, 'poll', 'options'));
  const shown = text !== null && options.length > 0 ? [text, ...options].filter((t) => t !== '').join('\n\n') : text;
  return { post: true, kind: tweetKind(v), text: shown, accountHint: account };
}

/** POST /2/dm_conversations[/...]/messages and /1.1/direct_messages/events/new.json. */
function parseApiDm(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const v = ctx.body.value;
  const text =
    str(at(v, 'text')) ??
    str(at(v, 'message', 'text')) ??
    str(at(v, 'event', 'message_create', 'message_data', 'text'));
  return { post: true, kind: 'message', text: text ?? null };
}

/** Ads API promoted-only Tweets: `text` in the query string (the SDK's params) or the body. */
function parseAdsTweet(ctx: EndpointContext): EndpointResult {
  const text = str(fieldOrQuery(ctx.body, ctx.url, 'text'));
  if (text === undefined && !isStructured(ctx.body) && ctx.body.type !== 'none') return { post: true, kind: 'post', text: null };
  return { post: true, kind: 'post', text: text ?? null };
}

export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  siteFor: () => 'x.com',
  endpoints: [
    {
      name: 'x.graphql',
      methods: ['POST'],
      path: /^(?:\/i\/api)?\/graphql\/[A-Za-z0-9_-]+\/[A-Za-z0-9_]+$/,
      // Operations known to publish nothing are decided from the URL alone: their bodies are never read.
      query: (url) => !NOT_POSTS.test(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)),
      parse: parseGraphql,
    },
    { name: 'x.dm.new', methods: ['POST'], path: /^(?:\/i\/api)?\/1\.1\/dm\/new2?\.json$/, parse: parseDm },
    // update_with_media.json is the same post as multipart, the status next to a `media[]` file.
    { name: 'x.statuses.update', methods: ['POST'], path: /^(?:\/i\/api)?\/1\.1\/statuses\/update(?:_with_media)?\.json$/, parse: parseStatusUpdate },
    { name: 'x.v2.tweets', methods: ['POST'], path: /^\/2\/tweets\/?$/, parse: parseV2Tweet },
    { name: 'x.v2.dm', methods: ['POST'], path: /^\/2\/dm_conversations(?:\/with\/\d+\/messages|\/[\w-]+\/messages)?\/?$/, parse: parseApiDm },
    { name: 'x.v1.dm', methods: ['POST'], path: /^\/1\.1\/direct_messages\/events\/new\.json$/, parse: parseApiDm },
    // The retired form endpoint (`text` with `screen_name`, `user_id` or `user`) that older clients still send.
    {
      name: 'x.ads.tweet',
      methods: ['POST'],
      host: /^ads-api\.(?:x|twitter)\.com$/,
      path: /^\/\d+\/accounts\/[A-Za-z0-9]+\/tweet\/?$/,
      parse: parseAdsTweet,
    },
    { name: 'x.v1.dm.legacy', methods: ['POST'], path: /^(?:\/i\/api)?\/1\.1\/direct_messages\/new\.json$/, parse: parseDm },
  ],
};
