import nlp from 'compromise';
import vader from 'vader-sentiment';

/**
 * The language libraries behind the engine's heavier rules, behind one small
 * interface so that the bench can measure alternatives on the same rules:
 * - people: named people, with their honorifics ("Senator Blake", "Dr.
 *   Okafor", "@laura"), from compromise (a rule-based English tagger with a
 *   lexicon of first names and honorifics);
 * - sentiment: VADER's compound score (-1..1), tuned for social media, with
 *   negation and emphasis ("not good", "SO bad!!").
 */
export interface LanguageTools {
  readonly name: string;
  /** UTF-16 spans of named people in the text. */
  people(text: string): Array<{ start: number; end: number }>;
  /** -1 (very negative) .. 1 (very positive). */
  sentiment(text: string): number;
}

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

export const compromiseVader: LanguageTools = {
  name: 'compromise + vader-sentiment',
  people(text) {
    const found = nlp(text).people().json({ offset: true }) as CompromiseMatch[];
    const out: Array<{ start: number; end: number }> = [];
    for (const p of found) if (p.offset) out.push({ start: p.offset.start, end: p.offset.start + p.offset.length });
    return out;
  },
  sentiment(text) {
    return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  },
};

/** No library: the rules work from the vocabularies alone (the keystroke path). */
export const noTools: LanguageTools = {
  name: 'vocabularies only',
  people: () => [],
  sentiment: () => 0,
};
