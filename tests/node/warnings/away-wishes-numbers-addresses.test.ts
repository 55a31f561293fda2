import { describe, expect, it } from 'vitest';
import { evaluate, type ProfileInput } from '../../../shared/warnings';
import { featureNames } from './feature-names';

/*
 * Issue 9, twentieth round: forms found missing in a training review (every example here is written for this test).
 * A partner away for a while is no break-up; a wish to see someone of the work sent away is contempt; a school grade
 * written with a degree sign, or a participant's number in a study, identifies someone; a brand's public address to a
 * customer tells their account.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'school', name: 'School', role: 'teacher', employer: ['Colegio Altamira'] },
    { id: 'ward', name: 'Ward', role: 'clinician' },
    { id: 'brand', name: 'Brand', role: 'company', employer: ['Tallyhop'], handles: ['@tallyhop'] },
    { id: 'me', name: 'Me', role: 'personal', never: ['Colegio Altamira'] },
  ],
};
const families = (id: string, text: string) => [...new Set(evaluate({ text, identityId: id }, profile).filter((w) => w.severity !== 'info').map((w) => w.family))];

describe('a partner away for a while', () => {
  it.each([
    ['ward', 'Mein Mann ist weg, auf Dienstreise bis Freitag. Endlich Ruhe auf dem Sofa.'],
    ['ward', "wife's gone to her mum's till Sunday, so it's pizza for one and the match"],
    ['ward', 'Mi marido se fue de viaje hasta el lunes, la casa para mí sola.'],
  ])('%s: is no private-life story: "%s"', (id, text) => {
    expect(families(id, text)).not.toContain('private-life');
  });
  it.each([
    ['ward', 'Mein Mann ist weg. Nach zwölf Jahren hat er einfach seine Sachen gepackt.'],
    ['ward', 'my wife left me after nine years, by text'],
  ])('%s: a partner who left is still one: "%s"', (id, text) => {
    expect(families(id, text)).toContain('private-life');
  });
});

describe('a wish to see someone of the work sent away', () => {
  it.each([
    ['me', 'el rector Quiceno otra vez con sus discursos de 40 minutos. ojalá lo trasladen pa otro municipio'],
    ['me', 'Hoffentlich wird unser Schulleiter Herr Dambeck bald versetzt.'],
    ['me', 'our head of year Mr Tolland cancelled the trip again. I hope they transfer him to the other site'],
  ])('%s: is an attack: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.dismiss');
    expect(families(id, text)).toContain('named-attack');
  });
  it.each([
    ['me', 'ojalá me trasladen a la costa el año que viene'],
    ['me', 'I hope they transfer the money before Friday'],
  ])('%s: the writer\'s own plans are not: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.dismiss');
  });
});

describe('a school grade with a degree sign', () => {
  // (The rule's finding; the learned model weighs it with the rest of the post.)
  it('identifies a pupil with what happened to them', () => {
    const names = featureNames(profile, 'school', 'Hoy Valentina de 8°A llegó otra vez con moretones y sin desayunar.');
    expect(names).toContain('id.class');
    expect(names).toContain('rule.third-party.identifiable');
  });
  it('is no grade as a temperature', () => {
    expect(featureNames(profile, 'school', 'Hoy 30° a la sombra en el patio, llevad agua.')).not.toContain('id.class');
  });
});

describe("a brand's public address to a customer", () => {
  it("tells the customer's account in public", () => {
    expect(families('brand', 'Public note to Harbour Lane Bakery: your account is paused because of 3 unpaid invoices. Please call billing.')).toContain('third-party');
  });
  it('an address to a group of customers does not', () => {
    expect(families('brand', 'To our Amsterdam users: your dashboards are back after the outage.')).not.toContain('third-party');
  });
});

describe('someone by their number in a study', () => {
  const research: ProfileInput = { identities: [{ id: 'lab', name: 'Lab', role: 'clinician' }] };
  it('identifies them with what happened to them', () => {
    const names = featureNames(research, 'lab', 'Participant 12 told the interviewer about her overdose last spring, and we changed the consent form.');
    expect(names).toContain('id.place');
    expect(names).toContain('rule.third-party.identifiable');
  });
  it('a count of studies is nobody', () => {
    expect(featureNames(research, 'lab', 'Our participant in 3 studies said the form was too long.')).not.toContain('id.place');
  });
});

describe('a first name at an organisation', () => {
  const dentist: ProfileInput = { identities: [{ id: 'clinic', name: 'Clinic', role: 'clinician' }] };
  it('is a person of it', () => {
    expect(featureNames(dentist, 'clinic', 'Shout out to Ronan at Kestrel Dental Supplies for the fourth late delivery this month.')).toContain('ref.named');
  });
  it('a meal at a café is nobody', () => {
    let named: Array<{ from: number }> = [];
    evaluate({ text: 'Lunch at Kestrel Dental Supplies with the team after the audit.', identityId: 'clinic' }, dentist, { model: null, onFeatures: (f) => (named = f.get('ref.named') ?? []) });
    // ("Lunch", the first word, is no name.)
    expect(named.filter((s) => s.from === 0)).toEqual([]);
  });
});

describe('a square or a street in capitals', () => {
  const lawyer: ProfileInput = { identities: [{ id: 'firm', name: 'Bufete', role: 'lawyer' }, { id: 'me', name: 'Personal', role: 'personal' }] };
  it('is nobody', () => {
    let named: Array<{ from: number; to: number }> = [];
    evaluate({ text: 'Cruzar la Plaza Nueva a las cinco de la tarde en agosto es un deporte de riesgo.', identityId: 'me' }, lawyer, { model: null, onFeatures: (f) => (named = f.get('ref.named') ?? []) });
    expect(named).toEqual([]);
  });
  it('a person is still one', () => {
    expect(featureNames(lawyer, 'me', 'Hoy he visto a Benigno Tornay en la radio.')).toContain('ref.named');
  });
});

describe('someone from a desk or a supplier of the work', () => {
  const dentist: ProfileInput = { identities: [{ id: 'clinic', name: 'Cabinet', role: 'clinician' }, { id: 'me', name: 'Personal', role: 'personal' }] };
  it.each([
    "Joris du labo, si tu me lis: tes couronnes arrivent encore en retard. t'es un branquignol fini.",
    'Sam from the lab sent the wrong shade again, the man is a muppet.',
    'Petra vom Labor hat schon wieder die falsche Farbe geschickt, so eine Pfeife.',
  ])('is a person of the work: %s', (text) => {
    expect(featureNames(dentist, 'me', text)).toContain('ref.work');
  });
  it('the lab itself is nobody', () => {
    expect(featureNames(dentist, 'me', 'Results from the lab came back fine, relieved.')).not.toContain('ref.work');
  });
});

describe('ages as wards write them', () => {
  const ward: ProfileInput = { identities: [{ id: 'ward', name: 'Ward 9', role: 'clinician' }, { id: 'me', name: 'Personal', role: 'personal' }] };
  it('after a name in a post all in lower case', () => {
    expect(featureNames(ward, 'ward', "bed 9, mr jarvis thwaite, 91, ex-miner, day 2 post hip op, sang all night")).toContain('id.age');
  });
  it('not a count in a lower-case list', () => {
    expect(featureNames(ward, 'ward', 'obs at 2, 4, 6 and 8 tonight, all fine')).not.toContain('id.age');
  });
  it('German "34 J."', () => {
    expect(featureNames(ward, 'ward', 'Bett 7. 34 J., Mopedunfall am Samstag, heute extubiert.')).toContain('id.age');
  });
  it('operations and ventilation are health words', () => {
    expect(featureNames(ward, 'ward', 'Bett 7. 34 J., Mopedunfall am Samstag, heute extubiert.')).toContain('cat.health');
    expect(featureNames(ward, 'ward', 'bed 9 is day 2 post hip op and doing well')).toContain('cat.health');
  });
});

describe('a mayor is a public office, not a colleague', () => {
  const dentist: ProfileInput = { identities: [{ id: 'clinic', name: 'Clínica', role: 'clinician' }, { id: 'me', name: 'Personal', role: 'personal' }] };
  it('mocked on a personal identity free to talk politics, the model may not make it an attack', () => {
    expect(featureNames(dentist, 'me', 'el alcalde Vicent Mollà cortando la cinta de una rotonda con banda de música, como si hubiera inaugurado un hospital')).toContain('damp.named-attack');
  });
  it('so is an office with no name on it, in any language', () => {
    expect(featureNames(dentist, 'me', "le ministre de l'Agriculture qui pose en bottes neuves devant une vache au Salon. la vache a l'air plus à l'aise devant les caméras que lui")).toContain('damp.named-attack');
    expect(featureNames(dentist, 'me', 'el presidente del Sevilla diciendo en rueda de prensa que la plantilla es «ilusionante». ilusionante es lo mío')).toContain('damp.named-attack');
  });
  it('but not a colleague named beside the office', () => {
    expect(featureNames(dentist, 'me', 'mi jefa y el consejero de Sanidad posando juntos en la inauguración, qué par')).not.toContain('damp.named-attack');
  });
});
