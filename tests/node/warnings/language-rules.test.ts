import { describe, expect, it } from 'vitest';
import { evaluate, type Family, type ProfileInput, type Warning } from '../../../shared/warnings';

/*
 * The language rules, family by family, on examples written for this test
 * (not taken from the corpus): each warning must name its family, keep a span
 * on the words that caused it, and explain itself in one sentence.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'ward', name: 'Ward 9', role: 'clinician', names: ['Nurse Tomasz Wilk'], employer: ['St Aldhelm Hospital'] },
    { id: 'class', name: 'Classroom', role: 'teacher', names: ['Ms Okoye'] },
    { id: 'firm', name: 'Firm', role: 'lawyer', names: ['Harlow Family Law'] },
    { id: 'brand', name: 'Brand', role: 'company', names: ['Quillby Tea'] },
    { id: 'council', name: 'Council', role: 'public-servant' },
    { id: 'desk', name: 'Desk', role: 'journalist' },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};

// The rules alone: the learned model that weighs their findings with other signals is tested in model.test.ts.
const check = (identityId: string, text: string, p: ProfileInput = profile) => evaluate({ text, identityId }, p, { model: null });
const families = (ws: Warning[]) => [...new Set(ws.filter((w) => w.severity !== 'info').map((w) => w.family))];
const span = (text: string, ws: Warning[], family: Family) => {
  const w = ws.find((x) => x.family === family);
  return w ? text.slice(w.start, w.end) : null;
};

function expectOneSentence(ws: Warning[]): void {
  for (const w of ws) {
    expect(w.message.length).toBeLessThanOrEqual(300);
    expect(w.message.trim()).toMatch(/[.!?]$/);
    expect(w.message.replace(/'[^']*'/g, "'…'").replace(/\b(Dr|Mr|Mrs|Ms|St)\./g, '$1').split(/[.!?](\s|$)/).filter((x) => x && x.trim()).length).toBe(1);
  }
}

describe('language rules: attacks on named people', () => {
  it('finds mockery of a named or titled person without swear words or party names', () => {
    for (const text of [
      'Councillor Pemberton has the vision of a mole in a tunnel.',
      'Watched Dr Hallam present the audit again. What a clown.',
      'Commentator Jo Briggs could not organise a queue at a bus stop.',
      'Minister Varga thinks "resilience" means cutting the night bus. Incredible.',
    ]) {
      const ws = check('brand', text);
      expect(families(ws), text).toContain('named-attack');
      expect(ws.find((w) => w.family === 'named-attack')!.severity).toBe('stop');
      expectOneSentence(ws);
    }
  });

  it('puts the span on the person and the mocking words', () => {
    const text = 'Senator Rourke has the charisma of a wet paper bag.';
    const s = span(text, check('brand', text), 'named-attack');
    expect(s).toContain('Rourke');
    expect(s).toContain('paper bag');
  });

  it('works in Spanish, German and French', () => {
    expect(families(check('brand', 'La ministra Ibáñez tiene la memoria de un pez, qué vergüenza.'))).toContain('named-attack');
    expect(families(check('brand', 'Herr Dr. Brandt ist ein unfähiger Trottel.'))).toContain('named-attack');
    expect(families(check('brand', 'Le député Marchal est un guignol, il devrait démissionner.'))).toContain('named-attack');
  });

  it('leaves admiration and plain reporting alone', () => {
    for (const text of ['Congratulations to Dr Hallam on her retirement after 30 years on the ward.', 'Minister Varga opened the new bus depot this morning.']) {
      expect(families(check('brand', text)), text).toEqual([]);
    }
  });

  it('on a personal identity: people of the work, not public figures (unless politics is switched on)', () => {
    expect(families(check('me', 'Senator Rourke has the charisma of a wet paper bag.'))).toEqual([]);
    expect(families(check('me', 'My manager Gareth is a useless clown.'))).toContain('named-attack');
    const neutral = { identities: profile.identities.map((i) => (i.id === 'me' ? { ...i, families: { politics: true } } : i)) };
    expect(families(check('me', 'Senator Rourke has the charisma of a wet paper bag.', neutral))).toContain('named-attack');
  });
});

describe('language rules: identifiable third parties', () => {
  it('a patient by title, bed or age with what happened to them', () => {
    for (const text of [
      'Mrs Feeney in bed 6 fell twice overnight and is refusing her meds.',
      'The gentleman in bay 4 pulled his drip out again at 3am.',
      'Our 91-year-old lady with dementia tried to walk home in her nightie.',
    ]) {
      const ws = check('ward', text);
      expect(families(ws), text).toContain('third-party');
      expectOneSentence(ws);
    }
  });

  it('a student by name and class with grades, behaviour or home life', () => {
    const text = 'Tyler in 8C failed every mock and his dad has just gone to prison.';
    const ws = check('class', text);
    expect(families(ws)).toContain('third-party');
    expect(span(text, ws, 'third-party')).toMatch(/Tyler|8C/);
  });

  it('a client by name with the outcome of their case', () => {
    expect(families(check('firm', 'Huge win for Mr Adeyemi today: the judge gave him full custody of both girls.'))).toContain('third-party');
  });

  it('the job in general terms is fine', () => {
    expect(families(check('ward', 'Falls prevention week: every patient gets a risk assessment on admission.'))).toEqual([]);
    expect(families(check('class', 'Reports for all pupils go home next Friday.'))).toEqual([]);
    expect(families(check('firm', 'Thinking about divorce? Our first consultation is free and confidential.'))).toEqual([]);
  });

  it('on a personal identity, stories about the patients of the other identity', () => {
    expect(families(check('me', 'lol the man in bed 3 called me an angel then bit my hand'))).toContain('third-party');
    expect(families(check('me', 'Cama 5: la señora de 88 años se ha vuelto a caer, pobrecita.'))).toContain('third-party');
    expect(families(check('me', 'My nan fell over at the weekend, she is fine now.'))).toEqual([]);
  });
});

describe('language rules: secrets, employer, swearing', () => {
  it('secrets in plain words, with a date or a secrecy cue', () => {
    for (const text of [
      'The Bristol depot closes in May, staff find out Monday, so shh for now.',
      'Zwischen uns: die Übernahme ist durch, offiziell erst nächste Woche. Psst!',
      'Entre nous, le rachat sera annoncé jeudi, personne ne le sait encore.',
    ]) {
      expect(families(check('brand', text)), text).toContain('confidential');
    }
    expect(families(check('me', "We're being taken over in March, announcement next week."))).toContain('confidential');
  });

  it('a confidential service is not a secret', () => {
    expect(families(check('ward', 'Our confidential staff support line is open day and night.'))).toEqual([]);
  });

  it('the employer named in a complaint, from either identity', () => {
    expect(families(check('me', 'St Aldhelm Hospital has cancelled our breaks again, understaffed every single shift.'))).toContain('employer');
    expect(families(check('ward', 'St Aldhelm Hospital is short-staffed again and management does not care.'))).toContain('employer');
  });

  it('disguised and mild swearing on a strict identity, not on the personal one', () => {
    for (const text of ['This rollout is a total sh!tshow', 'what the f*** happened to the printer', 'damn, another delay', 'Was für eine Sch3iße']) {
      const ws = check('brand', text);
      expect(families(ws), text).toContain('profanity');
    }
    expect(span('This rollout is a total sh!tshow', check('brand', 'This rollout is a total sh!tshow'), 'profanity')).toBe('sh!tshow');
    expect(families(check('me', 'This rollout is a total sh!tshow'))).toEqual([]);
  });

  it('swearing with the vowel dropped, a hyphen for a letter, a masked German compound, and mild German phrases', () => {
    for (const text of ['who the fck schedules a meeting at 7am', 'this rota is fcked up', 'that patient portal is a piece of sh-t', 'Screw this rota honestly', 'So ein Sch***tag heute', 'So ein Mist, der Drucker ist wieder kaputt']) {
      expect(families(check('brand', text)), text).toContain('profanity');
    }
    expect(span('So ein Sch***tag heute', check('brand', 'So ein Sch***tag heute'), 'profanity')).toBe('Sch***tag');
    // Other words spelled alike: a cocktail, hyphenated words, manure, a screw.
    for (const text of ['Bloody Marys at brunch with the team', 'The e-mail went out, the co-op is open, x-ray results are in', 'Mist auf der Straße nach der Ernte, fahrt vorsichtig', 'Tighten the screw on the chair before the next patient']) {
      expect(families(check('brand', text)), text).not.toContain('profanity');
    }
  });
});

describe('language rules: politics, religion, private life, health, substances', () => {
  it('a side taken in politics, inflections found without listing them', () => {
    for (const text of ['Anyone still voting Reform deserves what they get.', 'Wer die AfD gewählt hat, sollte sich schämen.', 'Los que votaron a Vox nunca más.']) {
      expect(families(check('council', text)), text).toContain('politics');
    }
    expect(families(check('desk', 'Polls open at 7am; here is how the count works tonight.'))).toEqual([]);
  });

  it('religion arguments, not greetings', () => {
    expect(families(check('brand', 'Believers who think prayer fixes climate change need to grow up.'))).toContain('religion');
    expect(families(check('brand', 'Eid Mubarak to everyone celebrating this week!'))).toEqual([]);
  });

  it('relationship drama told as a story', () => {
    expect(families(check('brand', 'Five years together and she ended it over WhatsApp.'))).toContain('private-life');
    expect(families(check('firm', 'Divorce and custody can be handled calmly: here is how mediation works.'))).toEqual([]);
    expect(families(check('firm', 'My husband walked out last night, still in court at nine.'))).toContain('private-life');
  });

  it('own health, but a clinician talking about health is the job', () => {
    expect(families(check('brand', 'Back at my desk after my chemotherapy, thanks for the patience.'))).toContain('health');
    expect(families(check('ward', 'Flu vaccines for over-65s are available at the front desk from Monday.'))).toEqual([]);
    expect(families(check('ward', 'I have been diagnosed with diabetes myself, so this one is personal.'))).toContain('health');
  });

  it('drinking with someone doing it', () => {
    expect(families(check('class', 'Still hungover from Friday, six pints too many.'))).toContain('substances');
    expect(families(check('me', 'Still hungover from Friday, six pints too many.'))).toEqual([]);
  });
});
