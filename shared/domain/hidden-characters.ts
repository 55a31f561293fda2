/**
 * Names and handles are how a person knows whose window and account this is:
 * characters that show nothing, or reorder what is shown, have no place in them.
 */

/**
 * Characters a name or handle never needs and that hide or reorder what it
 * shows: controls (Cc), format characters (Cf: zero-width spaces, bidi
 * overrides and isolates, soft hyphen ...), line and paragraph separators,
 * private-use characters and lone surrogates.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;
/** A zero-width joiner inside an emoji sequence (👩‍💻) is what it is for, and stays. */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?)\u200D(?=\p{Extended_Pictographic})/gu;
/** Tag characters spell out subdivision flags (🏴 + tags); allowed right after a black flag only. */
const FLAG_TAGS = /(?<=\u{1F3F4})[\u{E0020}-\u{E007F}]+/gu;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text.replace(EMOJI_JOINER, '').replace(FLAG_TAGS, ''));
}

/** At least one letter, digit or symbol: a name of combining marks or spaces alone shows nothing. */
export function showsSomething(text: string): boolean {
  return /[\p{L}\p{N}\p{S}]/u.test(text);
}
