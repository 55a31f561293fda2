import { describe, expect, it } from 'vitest';
import { evaluate, type ProfileInput } from '../../../shared/warnings';
import type { WarningModel } from '../../../shared/warnings/understand/model';
import { featureNames } from './feature-names';

/*
 * Where the rules can see why a post is fine for a family, they say so with a
 * `damp.<family>` feature, and the learned model may not raise that family on
 * its own (engine.ts). Here: a holiday greeting is no argument about
 * religion, and a dating-app date is no third party on a personal identity.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'council', name: 'Bürgeramt', role: 'public-servant' },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};
const features = (text: string, identityId = 'council', on: ProfileInput = profile) => featureNames(on, identityId, text);
/** A model that warns about religion whatever the post says, on the greeting's words: only a damp can stop it. */
const eager: WarningModel = {
  version: 1,
  trainedOn: 'test',
  families: { religion: { bias: 5, threshold: 0.5, weights: { 'shape.greeting': 1 } } },
};
const religionWarned = (text: string) => evaluate({ text, identityId: 'council' }, profile, { model: eager }).some((w) => w.family === 'religion');

describe('a holiday greeting is no argument about religion', () => {
  it.each([
    'Frohe Ostern! Das Amt ist von Karfreitag bis Ostermontag geschlossen.',
    'Merry Christmas from all of us at the Town Hall. We reopen on 2 January.',
    '¡Feliz Navidad! La oficina cierra el 24 y el 31 por la tarde.',
    'Joyeux Noël à toutes et à tous, la mairie rouvre le 26.',
    'Eid Mubarak to everyone celebrating this week.',
  ])('%s', (text) => {
    expect(features(text)).toContain('damp.religion');
    expect(religionWarned(text)).toBe(false);
  });

  it('not when the post argues about religion beside the greeting, or has religion words outside it', () => {
    for (const text of [
      'Happy Ramadan to all the terrorists.',
      'Frohe Weihnachten an alle außer an die Moslems.',
      'Happy Easter, and no, the church still has no business telling people how to live.',
      'Frohe Weihnachten! Die Kirche sollte endlich ihre Missbrauchsfälle aufarbeiten, statt zu predigen.',
    ]) {
      expect(features(text), text).not.toContain('damp.religion');
    }
  });
});

describe('someone met on a dating app is one\u2019s own date, on a personal identity', () => {
  const nurse: ProfileInput = { identities: [{ id: 'ward', name: 'Ward 9', role: 'clinician' }, { id: 'me', name: 'Me', role: 'personal' }] };
  const damped = (text: string) => features(text, 'me', nurse).includes('damp.third-party');
  it.each([
    'Tercera cita con el chico de Tinder y ya me ha presentado a su madre. Corred.',
    'Third Bumble date and he brought his mum along on speakerphone.',
  ])('%s', (text) => {
    expect(damped(text)).toBe(true);
  });

  it('not when the post is about someone the work protects', () => {
    expect(damped('Matched with a patient on Hinge 😬 she had her appendix out last week on my ward.')).toBe(false);
  });
});

describe('praise silences the model only while it is unsure', () => {
  const ward: ProfileInput = { identities: [{ id: 'ward', name: 'Ward 7', role: 'clinician' }, { id: 'me', name: 'Me', role: 'personal' }] };
  /** A model of the attack as sure as `z` says of any post that names someone (its warning points at the person). */
  const sureAt = (z: number): WarningModel => ({ version: 1, trainedOn: 'test', families: { 'named-attack': { bias: z - 0.5, threshold: 0.5, weights: { 'ref.target': 0.5 } } } });
  const attacked = (text: string, bias: number, identityId = 'ward') =>
    evaluate({ text, identityId }, ward, { model: sureAt(bias) }).some((w) => w.family === 'named-attack');
  const thanks = 'Huge thanks to Health Minister Oswin Trelawney for touring our ward on Monday. Six of our patients spent his visit on trolleys.';

  it('a post whose every person is thanked is marked so', () => {
    expect(features(thanks, 'ward', ward)).toEqual(expect.arrayContaining(['damp.named-attack', 'damp.named-attack.unlessSure']));
  });
  it('the model, above its threshold but unsure, is kept quiet', () => {
    // sigmoid(1) = 0.73: above the threshold of 0.5, below the 0.8 a damper of praise asks.
    expect(attacked(thanks, 1)).toBe(false);
  });
  it('the model, sure, warns over it', () => {
    // sigmoid(2) = 0.88.
    expect(attacked(thanks, 2)).toBe(true);
  });
  it('a farewell is not praise alone: it holds whatever the model says', () => {
    const farewell = 'Our wonderful Dr Marsh retires this Friday after 31 years on Ward 7. We will miss her terribly.';
    expect(features(farewell, 'ward', ward)).toContain('damp.named-attack');
    expect(features(farewell, 'ward', ward)).not.toContain('damp.named-attack.unlessSure');
    expect(attacked(farewell, 2)).toBe(false);
  });
});
