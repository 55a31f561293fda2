/**
 * Post length limits per site, counted the way people see characters
 * (grapheme clusters: an emoji with modifiers counts once).
 */
const LIMITS: Array<[test: RegExp, site: string, limit: number]> = [
  [/(^|\.)(x|twitter)\.com$/i, 'X', 280],
  [/(^|\.)bsky\.(app|social)$/i, 'Bluesky', 300],
  [/(^|\.)linkedin\.com$/i, 'LinkedIn', 3000],
  [/(^|\.)threads\.(net|com)$/i, 'Threads', 500],
  [/(^|\.)facebook\.com$/i, 'Facebook', 63206],
];
/** Mastodon's default; instances may raise it. Unknown hosts are assumed to be Mastodon-like. */
const MASTODON_DEFAULT = 500;

export function charLimitFor(host: string | null): { site: string; limit: number } {
  if (host) {
    for (const [test, site, limit] of LIMITS) if (test.test(host)) return { site, limit };
  }
  return { site: host ? `Mastodon (${host})` : 'Mastodon', limit: MASTODON_DEFAULT };
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
export function visibleLength(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
