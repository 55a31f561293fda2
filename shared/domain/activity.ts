/** One row of the append-only activity log. */
export interface ActivityEvent {
  /** Ordering key: newer events have larger ids. */
  id: number;
  at: number;
  identityId: string | null;
  kind: string;
  site: string | null;
  summary: string;
  details: Record<string, unknown>;
  /** Longer text that search finds (a draft's or post's text); not sent to the log window. */
  text: string | null;
}

/**
 * Every kind of event Hatstand logs, `area.verb`: the store accepts these (and
 * later kinds of the same shape), and the activity log offers each as a filter.
 */
export const ACTIVITY_KINDS = [
  'window.opened',
  'window.closed',
  'site.opened',
  'draft.created',
  'draft.edited',
  'draft.moved',
  'draft.deleted',
  'draft.restored',
  'warning.raised',
  'warning.heeded',
  'warning.overridden',
  /** A value the warning profile had to leave out (one bad value never disables the warnings). */
  'warning.skipped',
  'post.attempted',
  'post.confirmed',
  'post.cancelled',
  'post.delayed',
  'post.sent',
  /** The site accepted a post that was let out. */
  'post.delivered',
  /** A post that was let out did not arrive (network error, abort, or the site refused it). */
  'post.not-delivered',
  /** Another site's page fired a post with no recent gesture: refused without asking. */
  'post.refused',
  /** A request the guard could not hold for checking. */
  'post.not-held',
  'post.failed',
  /** A draft posted from the composer through a connected account. */
  'post.published',
  'post.account-learned',
  'post.account-mismatch',
  'identity.created',
  'identity.updated',
  'identity.removed',
  'settings.changed',
  /** A link went to the identity that owns its site, or stayed here (network branch's link routing). */
  'link.routed',
  /** A site allowed to read the clipboard was refused it: the clipboard held text copied in another identity's window. */
  'clipboard.withheld',
  'log.retention',
] as const;

/** Known kinds; later features may log others of the same `area.verb` shape. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Each kind as the activity log shows it to a person (the code stays in exports and the log's data). */
export const ACTIVITY_KIND_WORDS: Readonly<Record<ActivityKind, string>> = {
  'window.opened': 'Window opened',
  'window.closed': 'Window closed',
  'site.opened': 'Site opened',
  'draft.created': 'Draft created',
  'draft.edited': 'Draft edited',
  'draft.moved': 'Draft moved',
  'draft.deleted': 'Draft deleted',
  'draft.restored': 'Draft restored',
  'warning.raised': 'Warning shown',
  'warning.heeded': 'Warning heeded',
  'warning.overridden': 'Warning overridden',
  'warning.skipped': 'Setting left out',
  'post.attempted': 'Post attempted',
  'post.confirmed': 'Post confirmed',
  'post.cancelled': 'Post cancelled',
  'post.delayed': 'Post delayed',
  'post.sent': 'Post let out',
  'post.delivered': 'Post delivered',
  'post.not-delivered': 'Post not delivered',
  'post.refused': 'Post refused',
  'post.not-held': 'Post not checked',
  'post.failed': 'Post failed',
  'post.published': 'Post published',
  'post.account-learned': 'Account noted',
  'post.account-mismatch': 'Other account',
  'identity.created': 'Identity created',
  'identity.updated': 'Identity changed',
  'identity.removed': 'Identity removed',
  'settings.changed': 'Settings changed',
  'link.routed': 'Link routed',
  'clipboard.withheld': 'Clipboard withheld',
  'log.retention': 'Log retention',
};

/** The kind in words, or the code itself for a kind this version does not know (a row from a newer one). */
export function activityKindInWords(kind: string): string {
  return Object.hasOwn(ACTIVITY_KIND_WORDS, kind) ? ACTIVITY_KIND_WORDS[kind as ActivityKind] : kind;
}
