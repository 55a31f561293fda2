import { describe, expect, it } from 'vitest';
import {
  createStyleModel,
  evaluate,
  parseProfile,
  resetStyle,
  styleFeatures,
  trainStyle,
  type ProfileInput,
  type StyleModel,
} from '../../../shared/warnings';

const personalTexts = [
  'Biscuit rolled in mud at the park again, bath time for the dog.',
  'Sourdough loaf number six finally rose, the kids ate half before dinner.',
  'Pub quiz tonight with the usual crew, we came second again.',
  'Lazy Sunday, pancakes, cartoons and the dog snoring on the sofa.',
  'The kids built a fort from every cushion in the house.',
  'Band practice ran late, sorry to the neighbours about the drums.',
  'Allotment is overrun with courgettes, anyone want some?',
  'Birthday cake for the little one, candles everywhere, chaos.',
];
const workTexts = [
  'Ran five usability sessions this week; participants did not trust the progress bar.',
  'Our research repository now has tagged insights from forty customer interviews.',
  'Workshop with the product team on turning research findings into roadmap decisions.',
  'Presented findings to leadership; a customer quote beat every chart.',
  'Hiring a senior researcher for the studio, remote friendly.',
  'Accessibility review of the component library found contrast issues in forms.',
  'Stakeholder interviews this week clarified the scope of the discovery phase.',
  'Synthesis day: affinity mapping the interview notes with the product team.',
];

function trained(): StyleModel {
  let m = createStyleModel();
  for (const t of personalTexts) m = trainStyle(m, 'personal', t);
  for (const t of workTexts) m = trainStyle(m, 'professional', t);
  return m;
}

const base: ProfileInput = {
  identities: [
    { id: 'personal', name: 'Personal' },
    { id: 'professional', name: 'Professional', lexiconSet: 'none' },
  ],
};

describe('learned style (naive Bayes)', () => {
  it('extracts word and character trigram features', () => {
    const f = styleFeatures('Dog park!');
    expect(f).toContain('w:dog');
    expect(f).toContain('c: do');
    expect(f).toContain('c:rk ');
    expect(f.some((x) => x.includes('!'))).toBe(false);
  });

  it('trains incrementally without changing the model it was given', () => {
    const m0 = createStyleModel();
    const m1 = trainStyle(m0, 'personal', 'the dog');
    const m2 = trainStyle(m1, 'personal', 'the dog again');
    expect(m0.classes).toEqual({});
    expect(m1.classes.personal!.docs).toBe(1);
    expect(m2.classes.personal!.docs).toBe(2);
    expect(m2.classes.personal!.counts['w:dog']).toBe(2);
    expect(m1.classes.personal!.counts['w:dog']).toBe(1);
    expect(resetStyle(m2, 'personal').classes).toEqual({});
  });

  it('round-trips through JSON and validates as part of a profile', () => {
    const m = trained();
    const restored = JSON.parse(JSON.stringify(m)) as StyleModel;
    expect(restored).toEqual(m);
    const parsed = parseProfile({ ...base, model: restored });
    expect(parsed.ok).toBe(true);
    const broken = parseProfile({ ...base, model: { version: 2, classes: {} } });
    expect(!broken.ok && broken.error.message).toContain('model.version: Only model version 1 is understood.');
  });

  it('warns when a text clearly reads like another identity, explaining with its strongest words', () => {
    const profile = { ...base, model: trained() };
    const text = 'The kids and the dog made pancakes at the allotment, total chaos.';
    const ws = evaluate({ text, identityId: 'professional' }, profile);
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ ruleId: 'learned-style', severity: 'caution', start: 0, end: 0, otherIdentityId: 'personal' });
    expect(ws[0]!.message).toMatch(/^This reads like a Personal post \(\d+% sure\), mostly because of '[^']+'/);
    expect(ws[0]!.message).toMatch(/'kids'|'dog'|'pancakes'|'allotment'|'chaos'/);
    // The same text written as Personal is in style.
    expect(evaluate({ text, identityId: 'personal' }, profile)).toEqual([]);
  });

  it('stays quiet on short or ambiguous texts and with too little training', () => {
    const profile = { ...base, model: trained() };
    expect(evaluate({ text: 'the kids', identityId: 'professional' }, profile)).toEqual([]);
    expect(evaluate({ text: 'Thanks everyone, see you next week.', identityId: 'professional' }, profile)).toEqual([]);
    let thin = createStyleModel();
    for (const t of personalTexts.slice(0, 3)) thin = trainStyle(thin, 'personal', t);
    for (const t of workTexts.slice(0, 3)) thin = trainStyle(thin, 'professional', t);
    expect(evaluate({ text: 'The kids and the dog made pancakes at the allotment.', identityId: 'professional' }, { ...base, model: thin })).toEqual([]);
  });

  it('can be switched off per identity', () => {
    const profile: ProfileInput = {
      identities: [base.identities[0]!, { ...base.identities[1]!, rules: { 'learned-style': false } }],
      model: trained(),
    };
    expect(evaluate({ text: 'The kids and the dog made pancakes at the allotment.', identityId: 'professional' }, profile)).toEqual([]);
  });
});
