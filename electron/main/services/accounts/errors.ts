import { AppError } from '../../../../shared/result';

/**
 * Whether a failed post may nevertheless have gone out. 'not-posted' is
 * only claimed when the site answered and refused; after a dropped
 * connection or a server error nobody knows, and the UI must say so.
 */
export type PostOutcome = 'not-posted' | 'unknown';

export class AccountError extends AppError {
  constructor(
    code: string,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; outcome?: PostOutcome } = {},
  ) {
    super(code, message);
    this.name = 'AccountError';
  }
}

/** Removes every known secret from text that may come back from a server. */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join('[hidden]');
  }
  return out;
}

/**
 * Seconds until a rate limit lifts, from whichever header the site sends:
 * `Retry-After` (seconds or HTTP date), Mastodon's `X-RateLimit-Reset`
 * (ISO 8601) or the AT Protocol PDS's `ratelimit-reset` (Unix seconds).
 */
export function retryAfterSeconds(headers: Headers, nowMs: number = Date.now()): number | undefined {
  const fromDate = (ms: number) => (Number.isFinite(ms) ? Math.max(0, Math.ceil((ms - nowMs) / 1000)) : undefined);
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
    const s = fromDate(Date.parse(retryAfter));
    if (s !== undefined) return s;
  }
  const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  if (reset) {
    if (/^\d+$/.test(reset.trim())) return fromDate(Number(reset.trim()) * 1000);
    return fromDate(Date.parse(reset));
  }
  return undefined;
}

export function describeWait(seconds: number | undefined): string {
  if (seconds === undefined) return 'in a few minutes';
  if (seconds < 60) return `in about ${Math.max(1, seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `in about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `in about ${Math.ceil(minutes / 60)} hours`;
}

/** Sentences appended to a posting error so the person knows what state they are in. */
export const POST_NOT_SENT = 'Nothing was posted; your draft is kept.';
// Mastodon keeps an Idempotency-Key for one hour; a Bluesky record key is
// permanent. "Within the hour" is therefore the promise both can keep.
export const POST_MAYBE_SENT =
  'Hatstand cannot tell whether the post went out. Your draft is kept; posting it again unchanged within the hour is safe, because Hatstand sends it with the same key and the site will not publish it twice.';
