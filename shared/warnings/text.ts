/**
 * Tokenising with spans: every token keeps its UTF-16 span in the original
 * text, and its normalised form (NFKD, accents stripped, lower case) is used
 * for matching. One pass over the text, no regular expression per term.
 *
 * Token kinds: 'word' (letters, digits, marks, connector punctuation, and an
 * apostrophe between letters), 'emoji' (one pictograph with its modifiers,
 * joiners and variation selectors), 'punct' (any other visible character, one
 * token each, so "C++" or "@ada" can be matched literally). Han, kana, Thai and
 * similar scripts written without spaces give one token per character.
 */

export type TokenKind = 'word' | 'emoji' | 'punct';

export interface Token {
  /** Normalised form used for matching. */
  norm: string;
  kind: TokenKind;
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** No whitespace between the previous token and this one. */
  glued: boolean;
}

const enum C {
  Space = 0,
  Word = 1,
  Emoji = 2,
  EmojiPart = 3, // modifier, joiner, variation selector: attaches to an emoji
  Punct = 4,
  Single = 5, // letter of a script written without spaces
  Apostrophe = 6,
}

const classCache = new Map<number, C>();
const WORD = /[\p{L}\p{N}\p{M}\p{Pc}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const EMOJI_PART = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u20e3]/u;
const SPACE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
const SINGLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function classify(cp: number): C {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95) return C.Word;
    if (cp <= 32 || cp === 127) return C.Space;
    if (cp === 39) return C.Apostrophe;
    return C.Punct;
  }
  const cached = classCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let c: C;
  if (cp === 0x2019 || cp === 0x02bc) c = C.Apostrophe;
  else if (EMOJI_PART.test(ch)) c = C.EmojiPart;
  else if (EMOJI.test(ch)) c = C.Emoji;
  else if (SINGLE.test(ch)) c = C.Single;
  else if (WORD.test(ch)) c = C.Word;
  else if (SPACE.test(ch)) c = C.Space;
  else c = C.Punct;
  classCache.set(cp, c);
  return c;
}

const foldCache = new Map<number, string>();
const DIACRITICS = /[\u0300-\u036f]/g;

/** Normalised form of one code point (may be empty for a combining accent). */
function fold(cp: number): string {
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  let f = foldCache.get(cp);
  if (f === undefined) {
    if (cp >= 0xd800 && cp <= 0xdfff) f = '';
    else f = String.fromCodePoint(cp).normalize('NFKD').replace(DIACRITICS, '').toLowerCase().normalize('NFKD').replace(DIACRITICS, '');
    if (cp === 0x2019 || cp === 0x02bc) f = "'";
    foldCache.set(cp, f);
  }
  return f;
}

/** A French elided article glued to the word after it in one token ("l'avocat", "d'alcool", "l'ADEP"). */
export const ELIDED_ARTICLE = /^[ld]'(?=\p{L}{2})/u;

/** Normalises a whole string the same way tokens are normalised. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    out += fold(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = classify(text.codePointAt(i)!);
  return c === C.Word;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let glued = false;
  let emojiOpen = false;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const c = classify(cp);
    if (c === C.Space) {
      glued = false;
      emojiOpen = false;
      i += size;
      continue;
    }
    if (c === C.Word) {
      const start = i;
      let norm = '';
      while (i < n) {
        const cp2 = text.codePointAt(i)!;
        const s2 = cp2 > 0xffff ? 2 : 1;
        const c2 = classify(cp2);
        if (c2 === C.Word) {
          norm += fold(cp2);
          i += s2;
        } else if (c2 === C.Apostrophe && isWordAt(text, i + 1) && norm.length > 0) {
          norm += "'";
          i += s2;
        } else break;
      }
      tokens.push({ norm, kind: 'word', start, end: i, glued: glued && tokens.length > 0 });
      glued = true;
      emojiOpen = false;
      continue;
    }
    if (c === C.Emoji || c === C.EmojiPart) {
      const last = tokens[tokens.length - 1];
      // A modifier, joiner or variation selector continues the current emoji;
      // a pictograph right after a joiner (ZWJ sequence) does too.
      const continues =
        emojiOpen && last !== undefined && (c === C.EmojiPart || text.charCodeAt(i - 1) === 0x200d);
      if (continues) {
        last.end = i + size;
        if (c === C.Emoji) last.norm += fold(cp);
      } else if (c === C.Emoji) {
        tokens.push({ norm: fold(cp), kind: 'emoji', start: i, end: i + size, glued: glued && tokens.length > 0 });
        emojiOpen = true;
      } else {
        // A stray modifier or joiner: ignore, like whitespace but glued.
      }
      glued = true;
      i += size;
      continue;
    }
    // Punct, Single, or an apostrophe not between letters.
    const norm = fold(cp);
    tokens.push({ norm, kind: c === C.Single ? 'word' : 'punct', start: i, end: i + size, glued: glued && tokens.length > 0 });
    glued = true;
    emojiOpen = false;
    i += size;
  }
  return tokens;
}

/**
 * The key a token is matched under when it follows another token of the same
 * term. Whether there was whitespace in between only matters next to
 * punctuation ("@ada" is not "@ ada"; "coffee ☕" is "coffee☕").
 */
export function continuationKey(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  if (i === 0) return t.norm;
  const prev = tokens[i - 1]!;
  if (t.glued && (t.kind === 'punct' || prev.kind === 'punct')) return '\u0001' + t.norm;
  return t.norm;
}
