/** How long ago something happened, for a sentence a person reads (pure). */

const MINUTE = 60_000;

/**
 * "a moment ago", "12 minutes ago" within the hour; then "earlier today", "yesterday", "3 days ago", counted in calendar
 * days of the local time zone, not in 24 h spans. Within the hour minutes say it better than days: ten minutes after
 * midnight, a post cancelled at 23:55 was not cancelled "yesterday" as a person means it.
 */
export function daysAgoInWords(then: number, now: number): string {
  const minutes = Math.floor((now - then) / MINUTE);
  if (minutes < 1) return 'a moment ago';
  if (minutes < 60) return minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`;
  const days = Math.round(localDay(now) - localDay(then));
  if (days <= 0) return 'earlier today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** The local calendar day as a whole number (a day of 23 or 25 hours still counts as one). */
function localDay(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
}
