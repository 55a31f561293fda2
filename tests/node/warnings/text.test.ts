import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../../shared/warnings/text';

const spans = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps UTF-16 spans of the original text and normalises case and accents', () => {
    const text = 'Café CRÈME, naïve Ünïcödé!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['cafe', 'creme', ',', 'naive', 'unicode', '!']);
    expect(spans(text)).toEqual(['Café', 'CRÈME', ',', 'naïve', 'Ünïcödé', '!']);
  });

  it('treats a combining accent as part of the word and drops it from the normalised form', () => {
    const text = 'Cafe\u0301 ok';
    const tokens = tokenize(text);
    expect(tokens[0]).toMatchObject({ norm: 'cafe', start: 0, end: 5 });
  });

  it('folds compatibility forms (full-width letters, ligatures)', () => {
    expect(tokenize('ＡＢＣ ﬁle').map((t) => t.norm)).toEqual(['abc', 'file']);
  });

  it('keeps an apostrophe between letters in the word, curly or straight', () => {
    expect(tokenize("client’s don't 'quoted'").map((t) => t.norm)).toEqual(["client's", "don't", "'", 'quoted', "'"]);
  });

  it('gives punctuation its own glued tokens so handles match literally', () => {
    const tokens = tokenize('hi @ada@hci.social!');
    expect(tokens.map((t) => t.norm)).toEqual(['hi', '@', 'ada', '@', 'hci', '.', 'social', '!']);
    expect(tokens.map((t) => t.glued)).toEqual([false, false, true, true, true, true, true, true]);
  });

  it('keeps an emoji with its skin tone and ZWJ parts as one token, matched without the modifiers', () => {
    const text = 'ok 👍🏽 👩‍💻!';
    const tokens = tokenize(text);
    expect(spans(text)).toEqual(['ok', '👍🏽', '👩‍💻', '!']);
    expect(tokens[1]!.norm).toBe('👍');
    expect(tokens[1]!.kind).toBe('emoji');
  });

  it('splits scripts written without spaces into characters and keeps other scripts as words', () => {
    expect(spans('明日の会議')).toEqual(['明', '日', 'の', '会', '議']);
    expect(tokenize('Привет мир').map((t) => t.norm)).toEqual(['привет', 'мир']);
    expect(tokenize('مرحبا بالعالم').length).toBe(2);
  });

  it('survives lone surrogates and control characters', () => {
    const text = 'a\ud800b \udc00 c\u0000d';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('foldText normalises like the tokenizer', () => {
    expect(foldText('Ärzte’S')).toBe("arzte's");
  });
});
