import type { PostPolicy } from './types';

/**
 * Defaults from the issue: Professional confirms every post, Personal only
 * when there are warnings. Any other identity confirms always until the user
 * says otherwise: the safe default.
 */
export function defaultPolicyFor(identityName: string): PostPolicy {
  const name = identityName.trim().toLowerCase();
  if (name === 'personal') return { confirm: 'on-warnings', coolingOffSeconds: 0 };
  return { confirm: 'always', coolingOffSeconds: 0 };
}

/** Cooling-off in whole milliseconds, bounded to an hour; bad values mean none. */
export function coolingOffMs(policy: PostPolicy): number {
  const s = policy.coolingOffSeconds ?? 0;
  if (!Number.isFinite(s) || s <= 0) return 0;
  return Math.round(Math.min(s, 3600) * 1000);
}
