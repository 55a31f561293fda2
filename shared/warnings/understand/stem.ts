/**
 * Word stems for the learned model's word features, by the Snowball stemmer of the sentence's language (nlp.js's
 * generated ports: "denegado"/"denegar" -> "deneg", "votes"/"voting" -> "vote", "peinlicher" -> "peinlich"). Why: a
 * word feature must be seen in posts of three people to be learned, and people who write inflected languages rarely
 * share the same form; the stem is what they share.
 */
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import type { Lang } from './vocab.generated';

interface Stemmer {
  stemWord(word: string): string;
}

let stemmers: Record<Lang, Stemmer> | null = null;
const cache = new Map<string, string>();

/** The stem of a folded word in a language; the word itself when the language is not known. */
export function stemOf(word: string, language: Lang | null): string {
  if (language === null) return word;
  const key = `${language}:${word}`;
  let s = cache.get(key);
  if (s === undefined) {
    stemmers ??= { en: new StemmerEn(), es: new StemmerEs(), de: new StemmerDe(), fr: new StemmerFr() } as Record<Lang, Stemmer>;
    s = stemmers[language].stemWord(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, s);
  }
  return s;
}
