/**
 * What counts as prose a person wrote (isFreeText): long enough, five words
 * or more and mostly letters, so that ids, tokens, URLs and numbers never
 * count. A character of a script written without spaces counts as half a
 * word and three characters.
 */

/**
 * Characters of scripts written without spaces between words (Han, Hiragana,
 * Katakana, Thai, Lao, Khmer, Myanmar): each carries roughly the meaning of a
 * short word, so each counts as half a word and as three characters of length.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;

/**
 * Prose: long enough (`min` characters, where a character of an unspaced
 * script counts three), at least five words (whitespace-separated words plus
 * half a word per unspaced character), and mostly letters.
 */
export function isFreeText(value: string, min: number): boolean {
  if (value.length < min / 3) return false;
  const sample = value.length > 4000 ? value.slice(0, 4000) : value;
  // JSON opens with `{` or `[`; a wiki page opening with a template (`{{Infobox …`, round w1) is wikitext.
  if (/^\s*(?:https?:\/\/\S+|\{(?!\{)|\[|data:)/i.test(sample)) return false;
  let letters = 0;
  let visible = 0;
  let unspaced = 0;
  let words = 0;
  let inWord = false;
  for (const ch of sample) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u3000') {
      inWord = false;
      continue;
    }
    visible++;
    if (UNSPACED.test(ch)) {
      unspaced++;
      letters++;
      inWord = false; // an unspaced character is counted on its own below
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    if (LETTER.test(ch)) letters++;
  }
  const length = value.length + 2 * unspaced;
  if (length < min) return false;
  if (words + unspaced / 2 < 5) return false;
  return visible > 0 && letters / visible >= 0.6;
}
