import { describe, expect, it } from 'vitest';
import { evaluate, type Family, type ProfileInput, type Warning } from '../../../shared/warnings';

/*
 * Issue 9, third round: who is a person of the work, and when praise is
 * praise. A personal identity is warned about attacks on the people of its
 * work, so the engine has to see that "Marc Delvaux, le patron" or "Gavin from
 * work" is one, in English, Spanish, German and French, without knowing the
 * name. Every example is written for this test, none is a corpus post; each
 * construction has a near-miss beside it.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'firm', name: 'Firm', role: 'lawyer', names: ['Harlow Family Law'] },
    { id: 'ward', name: 'Ward 9', role: 'clinician', names: ['Nurse Tomasz Wilk'] },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};

const rules = (identityId: string, text: string) => evaluate({ text, identityId }, profile, { model: null });
const withModel = (identityId: string, text: string) => evaluate({ text, identityId }, profile);
const families = (ws: Warning[]) => [...new Set(ws.filter((w) => w.severity !== 'info').map((w) => w.family))] as Family[];
const attackOn = (text: string, ws: Warning[]) => ws.filter((w) => w.family === 'named-attack').map((w) => text.slice(w.start, w.end));

describe('the boss, where the determiner says the language', () => {
  it.each([
    'Mon patron pense que « motivation » veut dire « heures sup non payées ».',
    'Unser Chef glaubt, „agil" bedeutet „mehr Meetings".',
    'Mi jefa cree que "conciliar" significa contestar correos a las once.',
  ])('%s is an attack on someone of the work, on the personal identity', (text) => {
    expect(families(rules('me', text))).toContain('named-attack');
  });

  it('an English chef cooks and an English patron is a customer', () => {
    expect(families(rules('me', 'The chef thinks "al dente" means "raw". Honestly.'))).not.toContain('named-attack');
    expect(families(rules('me', 'The patron at table 4 thinks "rare" means "raw". Honestly.'))).not.toContain('named-attack');
  });
});

describe('a name bound to a role of the work', () => {
  it.each([
    ['Marc Delvaux, le patron, pense que « motivation » veut dire « heures sup non payées ».', 'Marc Delvaux'],
    ['Sander, our new CTO, thinks "localisation" means a bigger font.', 'Sander'],
    ['Our CEO Joost thinks "work-life balance" means answering email at the beach.', 'CEO'],
    ['Gavin from work couldn\u2019t organise a brew in a tea factory.', 'Gavin'],
  ])('%s: the attack starts at the person', (text, start) => {
    const spans = attackOn(text, rules('me', text));
    expect(spans.length).toBe(1);
    expect(spans[0]!.startsWith(start)).toBe(true);
  });

  it('the same sentences about a neighbour or a friend are the personal identity\u2019s own business', () => {
    expect(families(rules('me', 'Sander, my neighbour, thinks "localisation" means a bigger font.'))).not.toContain('named-attack');
    expect(families(rules('me', 'Gavin from the pub couldn\u2019t organise a brew in a tea factory.'))).not.toContain('named-attack');
  });
});

describe('a name that opens a sentence', () => {
  it('"Íñigo Urquijo tiene la empatía de una fotocopiadora" names him', () => {
    const text = 'Íñigo Urquijo tiene la empatía de una fotocopiadora.';
    const spans = attackOn(text, rules('firm', text));
    expect(spans.length).toBe(1);
    expect(spans[0]!.startsWith('Íñigo Urquijo')).toBe(true);
  });

  it('a greeting or a city that opens a sentence is not a person', () => {
    expect(families(rules('firm', 'Good Morning, the printer has the personality of a brick again.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'Buenos Aires tiene la humedad de una sauna.'))).not.toContain('named-attack');
  });
});

describe('praise meant as praise', () => {
  it('a simile in a congratulation is a compliment', () => {
    const text = 'Chapeau bas à ma consœur Maître Inès Taddeï, qui a plaidé comme Zizou en 98 hier. Bravo 👏';
    expect(families(rules('firm', text))).not.toContain('named-attack');
    expect(families(withModel('firm', text))).not.toContain('named-attack');
  });

  it('the same simile with an eye-roll, or an insult, is an attack', () => {
    expect(families(rules('firm', 'Maître Inès Taddeï a plaidé comme un répondeur hier 🙄'))).toContain('named-attack');
    expect(families(rules('firm', 'Bravo à Maître Taddeï, cette incompétente, qui a plaidé comme un répondeur.'))).toContain('named-attack');
  });

  it('"Bravo" to a colleague named beside an organisation is not a complaint about the employer', () => {
    const text = 'Bravo à ma consœur Inès Marchal, primée au World Press Photo !';
    expect(families(rules('firm', text))).not.toContain('employer');
  });
});

describe('one\u2019s own family on the personal identity', () => {
  it('a grandmother\u2019s birthday is not a third party the work protects', () => {
    const text = 'My grandmother turned ninety today. She got a cake and a long lecture from her sister about the 1957 wedding.';
    expect(families(withModel('me', text))).not.toContain('third-party');
  });

  it('a patient in the same words still is', () => {
    const text = 'The patient in bay 3 turned ninety today. She is still confused after the fall and tried to discharge herself twice.';
    expect(families(rules('me', text))).toContain('third-party');
  });
});
