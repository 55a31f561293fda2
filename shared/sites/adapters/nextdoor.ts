/**
 * Nextdoor (nextdoor.com and its regional hosts: ca.nextdoor.com,
 * au.nextdoor.com, api.uk.nextdoor.com…).
 *
 * Request shapes:
 * - The Publish API (developer.nextdoor.com "Publish API" data types; the
 *   Nextdoor Share API collection; the publishing tools in the code index
 *   that call it): POST /external/api/partner/v1/post/create/ with JSON
 *   `{ body_text, media_attachments?, smartlink_url?, hashtag?, lat?, lon?,
 *   group_ids?, secure_profile_id?, event?: { title, description, … } }`.
 *   `body_text` is the post; an event's title and description are published
 *   with it. `secure_profile_id` names the profile that posts: the account
 *   hint. POST …/post/fsf/ creates a For Sale & Free listing (a post: its
 *   fields are not described publicly, so `body_text`, `title` and
 *   `description` are read when present, else the text is unknown); PUT on
 *   it marks the item sold (not a post).
 * - The web client's GraphQL (Nextdoor tools in the code index): POST
 *   /api/gql/<operationName> with `{ operationName, variables, extensions:
 *   { persistedQuery: { sha256Hash } } }` (no query text). The operations
 *   seen in public sources read (PersonalizedFeed, FeedItem, getMe,
 *   dashboardBadges, getDynamicSearchBarSuggestions, searchPost, CityQuery,
 *   UserGroupsSections, ModerationChoicePage) or record a community
 *   reviewer's vote (SubmitModerationChoice, whose `notes` go to
 *   moderators): not posts. No public source shows the operations that
 *   publish posts, comments or messages from the web client: they, and any
 *   other operation, are left to the unknown-site heuristic, which reads
 *   the prose in `variables`.
 *
 * Round r8b (the Publish API's hashtag, smartlink and place fields, For Sale &
 * Free listings; a Nextdoor CLI's getMe and a moderation extension's
 * ModerationFeed queries): read right, no change.
 */
import { at, field, isStructured, joinParts, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

function parsePublish(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  const get = (name: string) => field(ctx.body, name);
  const accountHint = nonEmpty(get('secure_profile_id'));
  const body = str(get('body_text'));
  const event = get('event');
  const text = joinParts([body, str(at(event, 'title')), str(at(event, 'description'))]);
  if (body === undefined && text === '') return { post: true, kind: 'post', text: null, accountHint };
  return { post: true, kind: 'post', text, accountHint };
}

function parseListing(ctx: EndpointContext): EndpointResult {
  if (!isStructured(ctx.body)) return { post: true, kind: 'post', text: null };
  const get = (name: string) => str(field(ctx.body, name));
  const text = joinParts([get('title'), get('body_text'), get('description')]);
  return { post: true, kind: 'post', text: text === '' ? null : text, accountHint: nonEmpty(field(ctx.body, 'secure_profile_id')) };
}

/** Operations public sources show reading or moderating: nothing of them is published. */
const QUIET_OPERATIONS = new Set([
  'PersonalizedFeed',
  'FeedItem',
  'getMe',
  'dashboardBadges',
  'getDynamicSearchBarSuggestions',
  'searchPost',
  'CityQuery',
  'UserGroupsSections',
  'ModerationChoicePage',
  'SubmitModerationChoice',
]);

function parseWebGraphql(ctx: EndpointContext): EndpointResult {
  const fromPath = /^\/api\/gql\/(\w+)\/?$/.exec(ctx.url.pathname)?.[1];
  const name = fromPath ?? (ctx.body.type === 'json' ? str(at(ctx.body.value, 'operationName')) : undefined) ?? '';
  // Queries by their names (`…Query`, `get…`, searches) read; the rest goes to the heuristic.
  if (QUIET_OPERATIONS.has(name) || /Query$|^get[A-Z]|^search[A-Z]/.test(name)) return { post: false };
  return { post: false, notMine: true };
}

export const nextdoor: SiteAdapter = {
  id: 'nextdoor',
  hosts: ['nextdoor.com'],
  siteFor: () => 'nextdoor.com',
  // The web client's publishing operations are described nowhere public: the heuristic looks at them.
  heuristicFallback: true,
  endpoints: [
    { name: 'nextdoor.publish.post', methods: ['POST'], path: /^\/external\/api\/partner\/v1\/post\/create\/?$/, parse: parsePublish },
    { name: 'nextdoor.publish.listing', methods: ['POST'], path: /^\/external\/api\/partner\/v1\/post\/fsf\/?$/, parse: parseListing },
    { name: 'nextdoor.publish.listing-sold', methods: ['PUT'], path: /^\/external\/api\/partner\/v1\/post\/fsf\/?$/, publishes: false, parse: () => ({ post: false }) },
    { name: 'nextdoor.web.graphql', methods: ['POST'], path: /^\/api\/gql\/\w+\/?$/, publishes: false, parse: parseWebGraphql },
  ],
};
