/**
 * What counts as prose a person wrote (isFreeText): long enough, five words
 * or more and mostly letters, so that ids, tokens, URLs and numbers never
 * count. Scripts that say more per character than the Latin alphabet count
 * for more: a Han character (Chinese, and Japanese kanji) for four
 * characters of length and half a word, a kana for two and half a word
 * (Japanese writes both without spaces), a Hangul syllable for two, a
 * Korean word of three syllables or more for two words (Korean spaces its
 * words but joins particles and endings to them). So "讲得很清楚，谢谢分享！"
 * counts as "Explained very clearly, thanks for sharing!" does (round a1).
 * Korean takes about 2.2 to 2.7 English characters per syllable, spaces
 * included; a weight of three held status lines and acknowledgements whose
 * English is not held ("오늘도 행복한 하루 보내세요 여러분", "Have a happy
 * day again today everyone"), two agrees with the English on all the
 * review's cases but one of 41 English characters (review of round a1).
 * CJK punctuation counts two characters, the mark
 * and the space a Latin text puts after it. Thai, Lao, Khmer and Myanmar, also written without
 * spaces, count three characters and half a word each, as before.
 */

/** Han: a character is roughly a short word's meaning, four Latin characters (round a1). */
const HAN = /\p{Script=Han}/u;
/** Kana: a syllable, roughly two Latin characters; Japanese writes no spaces, so half a word each. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Other scripts written without spaces between words. */
const OTHER_UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A Hangul syllable block: two Latin characters or a little more; Korean spaces its words. */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
/** CJK punctuation (、。「」 and the fullwidth ，！？：；（）): a mark and the space a Latin text puts after it. */
const CJK_PUNCTUATION = /[\u3001-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF1F\uFF5B-\uFF65]/;
const LETTER = /\p{L}/u;

/**
 * Prose: long enough (`min` characters, weighted by script as above), at
 * least five words (whitespace-separated words, a Korean word of three
 * syllables or more counting two, plus half a word per character of a script
 * written without spaces), and mostly letters.
 */
export function isFreeText(value: string, min: number): boolean {
  if (value.length < min / 4) return false;
  const sample = value.length > 4000 ? value.slice(0, 4000) : value;
  // JSON opens with `{` or `[`; a wiki page opening with a template (`{{Infobox …`, round w1) is wikitext.
  if (/^\s*(?:https?:\/\/\S+|\{(?!\{)|\[|data:)/i.test(sample)) return false;
  let letters = 0;
  let visible = 0;
  let unspaced = 0;
  let extra = 0;
  let words = 0;
  let inWord = false;
  // Hangul syllables in the current word: a word of three or more counts twice.
  let syllables = 0;
  for (const ch of sample) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u3000') {
      inWord = false;
      syllables = 0;
      continue;
    }
    visible++;
    const han = HAN.test(ch);
    if (han || KANA.test(ch) || OTHER_UNSPACED.test(ch)) {
      unspaced++;
      letters++;
      extra += han ? 3 : OTHER_UNSPACED.test(ch) ? 2 : 1;
      inWord = false; // an unspaced character is counted on its own below
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    if (HANGUL_SYLLABLE.test(ch)) {
      extra += 1;
      if (++syllables === 3) words++;
    }
    if (LETTER.test(ch)) letters++;
    else if (CJK_PUNCTUATION.test(ch)) extra++;
  }
  const length = value.length + extra;
  if (length < min) return false;
  if (words + unspaced / 2 < 5) return false;
  return visible > 0 && letters / visible >= 0.6;
}
