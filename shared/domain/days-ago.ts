/** How long ago something happened, in the local calendar's days, for a sentence a person reads (pure). */

/** "earlier today", "yesterday", "3 days ago": counted in calendar days of the local time zone, not in 24 h spans. */
export function daysAgoInWords(then: number, now: number): string {
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
