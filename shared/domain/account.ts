/** Sites whose accounts can be connected for posting from the composer. */
export const ACCOUNT_SITES = ['mastodon', 'bluesky'] as const;
export type AccountSite = (typeof ACCOUNT_SITES)[number];

/** A connected account, without its secret (the secret lives in the OS keychain only). */
export interface ConnectedAccount {
  identityId: string;
  site: AccountSite;
  /** Lower case, e.g. ada@mastodon.social or ada.bsky.social; also part of the keychain entry name. */
  handle: string;
  /** Mastodon instance origin, or the Bluesky service the account signs in at. */
  serviceUrl: string;
  /** Mastodon account id, or the Bluesky DID. */
  accountId: string;
  displayName: string;
  profileUrl: string;
  /** ISO 8601. */
  connectedAt: string;
}
