/**
 * Turns what a person typed into an FTS5 query that can never be a syntax
 * error: every word becomes a quoted string (quotes doubled), so AND, OR, NOT,
 * NEAR, *, ^, :, (, ), - and quotes are searched as text, never as operators.
 * Words are ANDed. With `prefixLast` the last word also matches as a prefix,
 * so results follow typing; only for small tables (drafts): on a big one a
 * prefix query gathers every matching term's whole list first (17 ms for a
 * common prefix in a million events), where a whole word takes 0.1 ms.
 *
 * Returns '' for an empty search (no filter) and null when the search holds no
 * letter or digit at all (the word index cannot find punctuation).
 */
export function ftsQuery(search: string, options: { prefixLast?: boolean } = {}): string | null {
  if (typeof search !== 'string') return '';
  const words = search.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  const useful = words.filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (useful.length === 0) return null;
  const prefix = options.prefixLast === true && !/\s$/.test(search);
  return useful.map((w, i) => `"${w.replace(/"/g, '""')}"${prefix && i === useful.length - 1 ? '*' : ''}`).join(' ');
}
