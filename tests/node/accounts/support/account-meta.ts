import type { ConnectedAccountMeta } from '../../../../electron/main/services/accounts';

/** A connected Mastodon account as the store keeps it (no secret), for tests that need one row and not the site. */
export function mastodonAccount(identityId: string): ConnectedAccountMeta {
  return {
    identityId,
    site: 'mastodon',
    handle: 'ada@mastodon.example',
    serviceUrl: 'https://mastodon.example',
    accountId: '1',
    displayName: 'Ada',
    profileUrl: 'https://mastodon.example/@ada',
    connectedAt: new Date().toISOString(),
  };
}
