/** Post requests as a site's page sends them, for the browser tests that ask the guard. */

/** A status posted through Mastodon's API (POST /api/v1/statuses). */
export const mastodonPost = (identityId: string, text: string) => ({
  identityId,
  method: 'POST',
  url: 'https://mastodon.social/api/v1/statuses',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status: text, visibility: 'public' }),
});
