import unhomoglyph from 'unhomoglyph';
export { hasHiddenCharacters, showsSomething } from './hidden-characters';

/**
 * What makes two identities impossible to tell apart, and names that hide
 * what they say. An identity's name and colour are how a person knows whose
 * window this is; they must be unmistakable.
 */

/**
 * The forms under which two names look the same: Unicode's confusable
 * skeleton (UTS #39: NFD, map each character to its prototype with the
 * confusables table, NFD again), taken of the name with and without case
 * folding and folded again, after NFKC (which also maps full-width letters).
 * The mapping table is the `unhomoglyph` package (Unicode's confusables.txt).
 */
export function confusableKeys(name: string): [string, string] {
  const skeleton = (s: string) => unhomoglyph(s.normalize('NFD')).normalize('NFD');
  const base = name.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return [skeleton(base.toLocaleLowerCase('und')).toLocaleLowerCase('und'), skeleton(base).toLocaleLowerCase('und')];
}

export function looksAlike(a: string, b: string): boolean {
  const [a1, a2] = confusableKeys(a);
  const [b1, b2] = confusableKeys(b);
  return a1 === b1 || a2 === b2;
}

/** CIE 1976 colour difference in L*a*b* (sRGB, D65): about 2 is barely noticeable side by side. */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Below this, two frames in these colours cannot be told apart at a glance. */
export const MIN_COLOUR_DISTANCE = 6;

function lab(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * Why `candidate` cannot sit next to `others` (another identity with a name
 * that looks the same, or a colour that cannot be told apart), as a sentence
 * that says what to do; null when it can.
 */
export function clashWithOthers(
  candidate: { name?: string; color?: string },
  others: ReadonlyArray<{ name: string; color: string }>,
): string | null {
  for (const other of others) {
    if (candidate.name !== undefined && looksAlike(candidate.name, other.name)) {
      return `That name looks the same as the identity \u201c${other.name}\u201d, so the two windows could be mistaken for each other; choose a clearly different name.`;
    }
  }
  for (const other of others) {
    if (candidate.color !== undefined && colourDistance(candidate.color, other.color) < MIN_COLOUR_DISTANCE) {
      return `That colour is ${candidate.color.toLowerCase() === other.color.toLowerCase() ? 'the same as' : 'too close to'} ${other.name}\u2019s, so the two windows could be mistaken for each other; choose a clearly different colour.`;
    }
  }
  return null;
}
