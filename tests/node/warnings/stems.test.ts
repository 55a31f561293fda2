import { describe, expect, it } from 'vitest';
import { stemOf } from '../../../shared/warnings/understand/stem';
import { familyFeatureNames, featureSet, wordFeatures, type FeatureSet } from '../../../shared/warnings/understand/model';
import { tokenize } from '../../../shared/warnings/text';
import { featureNames } from './feature-names';
import type { ProfileInput } from '../../../shared/warnings';

/*
 * The learned model reads each word's stem beside the word (model.ts, wordFeatures): people who write "denegado" and
 * "denegaron" share the stem, not the word. Words written for this test, folded as the tokenizer folds them.
 */

describe('stems of words by language', () => {
  it('gives inflected forms one stem in each of the four languages', () => {
    expect(stemOf('votes', 'en')).toBe(stemOf('voting', 'en'));
    expect(stemOf('incompetent', 'en')).toBe(stemOf('incompetence', 'en'));
    expect(stemOf('denegado', 'es')).toBe(stemOf('denegar', 'es'));
    expect(stemOf('presupuestos', 'es')).toBe(stemOf('presupuesto', 'es'));
    expect(stemOf('peinlicher', 'de')).toBe(stemOf('peinlich', 'de'));
    expect(stemOf('kollegen', 'de')).toBe(stemOf('kollege', 'de'));
    expect(stemOf('chaussures', 'fr')).toBe(stemOf('chaussure', 'fr'));
    expect(stemOf('felicitations', 'fr')).toBe(stemOf('feliciter', 'fr'));
  });

  it('keeps apart words that are not one word inflected', () => {
    expect(stemOf('vote', 'en')).not.toBe(stemOf('veto', 'en'));
    expect(stemOf('presupuesto', 'es')).not.toBe(stemOf('puesto', 'es'));
  });

  it('leaves a word as it is where the language is not told, and answers the same word the same way twice', () => {
    expect(stemOf('denegado', null)).toBe('denegado');
    expect(stemOf('voting', 'en')).toBe(stemOf('voting', 'en'));
  });
});

describe('the stem features', () => {
  const features = (text: string, language: 'en' | 'es' | 'de' | 'fr' | null) => {
    const out: FeatureSet = new Map();
    wordFeatures(tokenize(text), out, text, () => language);
    return out;
  };

  it('are read beside the words, on the same words, and not for numbers', () => {
    const f = features('Vacaciones denegadas otra vez, 3 veces', 'es');
    expect(f.has('w:denegadas')).toBe(true);
    expect(f.get(`s:${stemOf('denegadas', 'es')}`)).toEqual(f.get('w:denegadas'));
    expect([...f.keys()].filter((k) => k.startsWith('s:#'))).toEqual([]);
  });

  it('let two forms of a word share a feature that their words do not', () => {
    const a = features('request denied again', 'en');
    const b = features('they keep denying it', 'en');
    const shared = [...a.keys()].filter((k) => b.has(k));
    expect(shared).toContain(`s:${stemOf('denied', 'en')}`);
    expect(shared.filter((k) => k.startsWith('w:'))).toEqual([]);
  });

  it('take each sentence\u2019s own language in a post that changes language', () => {
    const profile: ProfileInput = { identities: [{ id: 'me', name: 'Me', role: 'personal' }] };
    // The German sentence stems "Kollegen" as German, the Spanish one "compañeros" as Spanish.
    const names = featureNames(profile, 'me', 'Die Kollegen sind heute wieder nicht da. Y los compañeros de siempre, igual que siempre.');
    expect(names).toContain(`s:${stemOf('kollegen', 'de')}`);
    expect(names).toContain(`s:${stemOf('companeros', 'es')}`);
  });

  it('are words, not signals: a family that is the role\u2019s job does not read them again as the job', () => {
    const f = featureSet([], tokenize('patients waiting'), 'clinician', 'patients waiting', () => 'en');
    const read = familyFeatureNames(f.keys(), 'job');
    expect(read).toContain(`s:${stemOf('patients', 'en')}`);
    expect(read.filter((n) => n.startsWith('J|'))).toEqual([]);
  });
});
