/**
 * An alternative to compromise + VADER for the bench's comparison: wink-nlp
 * with its English lite model. People are runs of proper nouns (PROPN) that
 * are not places or organisations the tagger cannot tell apart; sentiment is
 * wink's own (-1..1). Only the bench uses this (wink is a dev dependency).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { LanguageTools } from '../../shared/warnings';

export function winkTools(): LanguageTools {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'wink-nlp (PROPN runs + wink sentiment)',
    people(text) {
      const doc = nlp.readDoc(text);
      const out: Array<{ start: number; end: number }> = [];
      let at = 0;
      let run: { start: number; end: number } | null = null;
      doc.tokens().each((t: { out(f?: unknown): string }) => {
        const value = t.out();
        const start = text.indexOf(value, at);
        if (start < 0) return;
        at = start + value.length;
        if (t.out(its.pos) === 'PROPN') {
          if (run) run.end = at;
          else run = { start, end: at };
        } else if (run) {
          out.push(run);
          run = null;
        }
      });
      if (run) out.push(run);
      return out;
    },
    sentiment(text) {
      return nlp.readDoc(text).out(its.sentiment) as unknown as number;
    },
  };
}
