import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher,
} from 'obscenity';
import { foldText } from '../text';
import { VOCAB } from './vocab.generated';

/**
 * Swearing, including disguised swearing: the `obscenity` library matches
 * its English dataset through look-alike characters, leetspeak, symbols and
 * repeated letters ("f*ck", "sh1t", "fμck", "a$$hole"). Mild English words
 * and Spanish, German and French swear words (the `profanity` vocabulary)
 * are added to the same matcher, so they are found behind the same disguises.
 */
export interface ProfanityHit {
  start: number;
  end: number;
  /** The text differs from a plain spelling of the word (symbols, digits, look-alikes). */
  disguised: boolean;
}

let matcher: RegExpMatcher | null = null;

function build(): RegExpMatcher {
  const data = new DataSet<{ originalWord: string }>().addAll(englishDataset);
  for (const word of VOCAB.profanity) {
    const folded = foldText(word);
    // Single plain words only: obscenity patterns are letter sequences; phrases stay with the token rules.
    if (!/^[a-z]{3,}$/.test(folded)) continue;
    // The plain word, and each vowel hidden behind a symbol ("p*tain", "m3rde").
    data.addPhrase((p) => {
      p.setMetadata({ originalWord: folded }).addPattern(parseRawPattern(`|${folded}|`));
      for (let i = 1; i < folded.length; i++) {
        if ('aeiou'.includes(folded[i]!)) p.addPattern(parseRawPattern(`|${folded.slice(0, i)}?${folded.slice(i + 1)}|`));
      }
      return p;
    });
  }
  return new RegExpMatcher({ ...data.build(), ...englishRecommendedTransformers });
}

const WORD_CHAR = /[\p{L}\p{N}*@$!#%_'’.-]/u;

/** Characters that only a disguised word has: symbols or digits inside a word, or a letter run of three. */
const DISGUISE = /\p{L}[*@$!#%€£0-9]+\p{L}|(?<![\p{L}-])\p{L}{1,2}-\p{L}{1,2}(?![\p{L}-])|\p{L}[*@$#%]+(?:[\s,.!?]|$)|\p{L}!+\p{L}|(\p{L})\1\1|\p{Script=Latin}[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{Script=Latin}/u;

/**
 * Letters spelled out one by one with the same separator between them: "F u c k", "m-e-r-d-e", "F.U.C.K.I.N.G",
 * "S c h e i ß". At least four letters, so initials ("U.S.") and lists ("a, b") are left alone.
 */
const SPACED = /(?<![\p{L}\p{N}])\p{L}([ .\-_·*/])\p{L}(?:\1\p{L}){2,}(?![\p{L}\p{N}])/gu;
const SPACED_ONE = new RegExp(SPACED.source, 'u');

/** Whether a text may hide a disguised word (cheap check before the full matcher on the keystroke path). */
export function mayHideProfanity(text: string): boolean {
  return DISGUISE.test(text) || SPACED_ONE.test(text);
}

/** Swear words spelled out letter by letter: the letters joined must spell a word of the vocabulary (with a common ending). */
export function findSpacedProfanity(text: string): ProfanityHit[] {
  const out: ProfanityHit[] = [];
  candidates ??= buildCandidates();
  spelled ??= new Set(candidates);
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const word = foldText(m[0].replace(/[^\p{L}]/gu, '')).replace(/ß/g, 'ss');
    if (spelled.has(word)) out.push({ start: m.index, end: m.index + m[0].length, disguised: true });
  }
  return out;
}

/** Profanity in `text`, each span widened to the whole word it sits in ("f*cking", not "f*ck"). */
export function findProfanity(text: string): ProfanityHit[] {
  matcher ??= build();
  const folded = foldText(text);
  // foldText keeps one character per code unit for the scripts that matter here; fall back to the raw text if not.
  const source = folded.length === text.length ? folded : text;
  const out: ProfanityHit[] = [];
  for (const m of matcher.getAllMatches(source, true)) {
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!) && text[start - 1] !== '.') start--;
    while (end < text.length && WORD_CHAR.test(text[end]!) && !(text[end] === '.' && !/\p{L}/u.test(text[end + 1] ?? ''))) end++;
    if (out.length > 0 && start < out[out.length - 1]!.end) continue;
    const word = text.slice(start, end);
    const disguised = /[^\p{L}'’-]/u.test(word) || word !== word.normalize('NFKC') || /(.)\1\1/.test(word) || /[^\u0000-\u024f]/u.test(word);
    // A plain word is the vocabulary's to judge ("Rappel" is not "rape", "got" is not "git"); codes like "P5s" are not disguises.
    if (!disguised) continue;
    if (/^[a-z]{0,2}\d+[a-z]{0,2}$/i.test(word) || /\s/.test(text.slice(m.startIndex, m.endIndex + 1))) continue;
    out.push({ start, end, disguised });
  }
  return out;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '€': 'e', '|': 'il' };
const MASK = /[*#%_.]/;
const SUFFIXES = ['', 's', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'e', 'es', 'show', 'head', 'hole', 'ty', 'bag', 'face'];
let candidates: string[] | null = null;
let spelled: Set<string> | null = null;

/**
 * Words whose letters are hidden behind symbols in a way look-alike tables
 * cannot undo ("f***ing", "sh*tshow", "Sch31ße"): each symbol run stands for
 * as many letters, digits and signs for their look-alike letters, and the
 * result must spell a swear word of the vocabulary (with a common ending).
 */
export function findMaskedProfanity(text: string): ProfanityHit[] {
  const out: ProfanityHit[] = [];
  const runs = /[\p{L}\p{N}*#%@$!€|_.'’-]+/gu;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    let word = m[0];
    let start = m.index;
    while (/^[.!'’_-]/.test(word)) {
      word = word.slice(1);
      start++;
    }
    word = word.replace(/[.!?'’_-]+$/, '');
    const letters = (word.match(/\p{L}/gu) ?? []).length;
    // A hyphen hides a letter only in a short word of two short halves ("sh-t", "cr-p"), never in "e-mail" or "co-op".
    const hyphened = /^\p{L}{1,2}-\p{L}{1,2}$/u.test(word);
    if (word.length < 3 || (!/[*#%@$!€|0-9]/.test(word) && !hyphened) || letters === 0 || (letters === 1 && !/^\p{L}[*#%]{2,}/u.test(word))) continue;
    if (/^[a-z]?\d+[a-z]?s?$/i.test(word) || /^\d/.test(word) || /@\p{L}+\./u.test(word) || /^@/.test(word)) continue;
    const folded = foldText(word).replace(/ß/g, 'ss');
    candidates ??= buildCandidates();
    const re = new RegExp(`^${maskedPattern(folded, hyphened)}$`);
    if (candidates.some((c) => re.test(c)) || maskedCompound(folded)) out.push({ start, end: start + word.length, disguised: true });
  }
  return out;
}

/** A regular expression for the letters a masked word may hide: each symbol run stands for as many letters, digits for their look-alikes. */
function maskedPattern(folded: string, hyphened = false): string {
  let pattern = '';
  for (let i = 0; i < folded.length; ) {
    const ch = folded[i]!;
    if (MASK.test(ch) || (hyphened && ch === '-')) {
      let k = i;
      while (k < folded.length && (MASK.test(folded[k]!) || (hyphened && folded[k] === '-'))) k++;
      pattern += `[a-z]{1,${k - i + 1}}`;
      i = k;
      continue;
    }
    if (LEET[ch]) pattern += `[${LEET[ch]}]`;
    else if (/[a-z]/.test(ch)) pattern += ch;
    else pattern += '.';
    i++;
  }
  return pattern;
}

/**
 * German swear words that open compounds: "Scheißwetter", "Drecksding", "Kackjob", "arschkalt" (index.ts's
 * swearCompounds), and masked ones here ("Sch***tag").
 */
export const SWEAR_STEMS = ['scheiß', 'scheiss', 'drecks', 'kack', 'arsch'];

/**
 * A masked German swear compound: the mask sits in the swear word and plain letters follow it ("Sch***tag",
 * "Schei$$wetter", "Dr*cksding"): some head of the word, masked, spells a compound stem, and the rest is a word of its own.
 */
function maskedCompound(folded: string): boolean {
  const lastMask = Math.max(...[...folded].map((ch, i) => (MASK.test(ch) || LEET[ch] ? i : -1)));
  if (lastMask < 1) return false;
  for (let k = lastMask + 1; k <= folded.length - 3; k++) {
    if (!/^[a-z]{3,}$/.test(folded.slice(k))) continue;
    const re = new RegExp(`^${maskedPattern(folded.slice(0, k))}$`);
    if (SWEAR_STEMS.some((stem) => re.test(stem))) return true;
  }
  return false;
}

function buildCandidates(): string[] {
  const out = new Set<string>();
  for (const w of VOCAB.profanity) {
    const f = foldText(w).replace(/ß/g, 'ss');
    if (!/^[a-z]{3,}$/.test(f)) continue;
    for (const s of SUFFIXES) out.add(f + s);
  }
  return [...out];
}

/**
 * Disguised swearing in a text: the look-alike matcher and the masked-word
 * matcher run only on the stretches that could hide a word (a symbol or digit
 * between letters, a run of one letter, mixed scripts), so a long text costs
 * what its suspicious words cost.
 */
export function findDisguisedProfanity(text: string): ProfanityHit[] {
  const out: ProfanityHit[] = SPACED_ONE.test(text) ? findSpacedProfanity(text) : [];
  const words = /\S+/g;
  let lastEnd = -1;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (!DISGUISE.test(m[0]) && !DISGUISE.test(`${m[0]} `)) continue;
    // The word with its neighbours: "f u c k" and "sh1t happens" need a little context.
    const from = Math.max(0, m.index - 12, lastEnd);
    const to = Math.min(text.length, m.index + m[0].length + 12);
    lastEnd = to;
    const slice = text.slice(from, to);
    for (const h of [...findProfanity(slice), ...findMaskedProfanity(slice)]) {
      const hit = { start: h.start + from, end: h.end + from, disguised: h.disguised };
      if (!out.some((o) => o.start < hit.end && o.end > hit.start)) out.push(hit);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
