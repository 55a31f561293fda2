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

describe('a grievance about the employer told by its form', () => {
  // Harlow Family Law is the lawyer identity's firm (an organisation by its name), so every identity knows it.
  it.each([
    ['what has lasted, with something missing', 'Harlow Family Law: the printer hasn\u2019t worked since March.'],
    ['"X, where ..." with something missing', 'Harlow Family Law, where the heating is a rumour and nobody gets a lunch break.'],
    ['something given and something missing', 'Harlow Family Law bought a new logo and zero chairs for the waiting room.'],
    ['a comparison', 'At Harlow Family Law the coffee machine is newer than the computers.'],
    ['a comparison, in Spanish', 'En Harlow Family Law la impresora tiene más días de descanso que los asociados.'],
    ['what has lasted, in German', 'Bei Harlow Family Law läuft die Software seit 2009, und nichts passiert.'],
    ['what has lasted, in French', 'Chez Harlow Family Law, on attend les nouveaux ordinateurs depuis 2021 et toujours rien.'],
    ['still, with a quote', 'The Harlow Family Law "wellbeing hub" is still a cupboard.'],
  ])('%s is a complaint about the employer', (_what, text) => {
    expect(families(rules('me', text))).toContain('employer');
  });

  it.each([
    'Harlow Family Law: helping families since 1998.',
    'Harlow Family Law, where every family is heard.',
    'Harlow Family Law: new logo and new chairs for the waiting room!',
    'At Harlow Family Law we have helped more than 500 families.',
    'Harlow Family Law is still open on Saturday mornings.',
  ])('the firm\u2019s own news in the same forms is not: %s', (text) => {
    expect(families(rules('firm', text))).not.toContain('employer');
    expect(families(rules('me', text))).not.toContain('employer');
  });

  it('an advert in the firm\u2019s own voice is not a complaint, though what is missing is named', () => {
    expect(families(rules('firm', 'Harlow Family Law: fixed fees and no hidden costs, since 1998.'))).not.toContain('employer');
    expect(families(rules('firm', 'Harlow Family Law: we got a new logo and zero chairs for the waiting room.'))).toContain('employer');
  });

  it('the learned model sees a workplace complained of without its name', () => {
    let features: string[] = [];
    evaluate({ text: 'We have been short-staffed since January and management still says the rota is fine.', identityId: 'ward' }, profile, {
      model: null,
      onFeatures: (f) => {
        features = [...f.keys()];
      },
    });
    expect(features).toEqual(expect.arrayContaining(['grievance.since', 'grievance.still', 'pair.we+complaint']));
  });
});

describe('who a third party is not', () => {
  it('a campaign or a place in capitals is not a patient by name', () => {
    expect(families(rules('ward', 'It\u2019s Mouth Cancer Action Month! Check your mouth for ulcers that don\u2019t heal.'))).not.toContain('third-party');
    expect(families(rules('ward', 'The diabetes clinic moves to Ladypool Road from Monday, same times.'))).not.toContain('third-party');
  });

  it('an account tagged in a reply is not a patient, a patient by name still is', () => {
    expect(families(rules('ward', '@riverside_neighbours Good question! The shingles vaccine is offered from 65.'))).not.toContain('third-party');
    expect(families(rules('ward', 'Mrs Okafor in bay 3 has shingles again and nobody told her daughter.'))).toContain('third-party');
  });

  it('a public figure by role and name is attacked, not recognised as a patient', () => {
    const text = 'Podcast host Ryan Fletcher says diabetes is a choice. What a clown.';
    const fams = families(rules('ward', text));
    expect(fams).toContain('named-attack');
    expect(fams).not.toContain('third-party');
  });
});

describe('where relationships are the job', () => {
  it('a family lawyer explaining divorce is the job, for the rules and the learned model', () => {
    const text = 'Divorce by mutual consent: the notary registers the agreement, nobody "judges" anyone. A short thread on custody and separation 🧵 1/5';
    expect(families(rules('firm', text))).not.toContain('private-life');
    expect(families(withModel('firm', text))).not.toContain('private-life');
  });

  it('the lawyer\u2019s own divorce is private life', () => {
    expect(families(withModel('firm', 'My own divorce came through today. Twelve years, and he kept the dog.'))).toContain('private-life');
  });
});

describe('a street identifies', () => {
  it.each([
    'The man on Lister Street with pneumonia tried to discharge himself.',
    'The lady from Albion Road with diabetes has stopped coming in.',
  ])('%s', (text) => {
    expect(families(rules('ward', text))).toContain('third-party');
  });

  it('a street with no one on it is an address', () => {
    expect(families(rules('ward', 'The pneumonia vaccine clinic moves to Lister Street from Monday.'))).not.toContain('third-party');
  });
});

describe('family news on a personal identity (found in a new writer\u2019s posts)', () => {
  // The personal identity protects the people of the work; a child's age in one's own family news is none of them.
  it.each([
    'Papa-Wochenende. Die Tochter (8) hat beschlossen, dass wir ein Backbuch schreiben.',
    "Joyeux noël from a freezing Lyon, Noé's at his dad's this year so it's me and the cat.",
  ])('%s is no third party', (text) => {
    expect(families(rules('me', text))).not.toContain('third-party');
  });

  it('a pupil by age and class is still one, on a teacher\u2019s personal identity', () => {
    const teacher: ProfileInput = { identities: [{ id: 'school', name: 'School', role: 'teacher' }, { id: 'me', name: 'Me', role: 'personal' }] };
    const ws = evaluate({ text: 'Marcus (15) aus der 9b hat heute wieder geschwänzt, die Eltern wissen von nichts.', identityId: 'me' }, teacher, { model: null });
    expect(families(ws)).toContain('third-party');
  });
});

describe('praise after praise is meant (found reading the sarcasm shape against new posts)', () => {
  // "What a leader." after a failing is sarcasm; after a success it is what it says.
  it.each([
    'Our head Mrs Patel led the Ofsted visit brilliantly. What a leader.',
    'Unser Kollege Bernhard hat die Klassenfahrt super organisiert. Such a leader.',
  ])('%s is no attack', (text) => {
    expect(families(rules('firm', text))).not.toContain('named-attack');
  });

  it.each([
    'Our head Mrs Patel cancelled the trip by email. What a leader.',
    'Ma gestionnaire Mme Lapointe vient de découvrir qu\u2019on a des listes d\u2019attente. Quelle perspicacité.',
  ])('%s still is one', (text) => {
    expect(families(rules('firm', text))).toContain('named-attack');
  });
});

describe('found in review of the sixth round', () => {
  it.each([
    "Ma consœur Mme Lapointe plaide demain devant la cour d'appel. Bon courage !",
    'Unser Kollege Herr Brandt hält morgen den Vortrag vor dem Senat. Nur Mut!',
    'The receptionist at the hotel was rude and useless.',
  ])('%s is no attack on someone of the work', (text) => {
    expect(families(rules('firm', text)).concat(families(rules('me', text)))).not.toContain('named-attack');
  });

  it.each([
    'Dr Hale was not helpful at all during the inspection. What a leader.',
    'Dr Hale hat die Weihnachtsfeier per Mail abgesagt, ohne Grund. Was für eine Führung.',
  ])('%s is sarcasm: praise after criticism', (text) => {
    expect(families(rules('firm', text))).toContain('named-attack');
  });

  it.each([
    'Dr Hale led the inspection brilliantly, not a single complaint. What a leader.',
    'Great, Dr Hale got us the funding for the new unit! What a leader.',
    'Genial, la doctora Ruiz ha conseguido la financiación. Qué liderazgo.',
    'Felicito a la doctora Ruiz por su gestión del turno. Qué liderazgo.',
  ])('%s is praise after praise (found in the second review)', (text) => {
    expect(families(rules('firm', text))).not.toContain('named-attack');
  });

  it.each([
    'Jonas (9) ist jetzt beim Jugendamt, der Vater sitzt im Knast.',
    'Tom Baker (7) is in foster care now, domestic violence at home.',
    "Léa (6) a été placée en famille d'accueil, maltraitance à la maison.",
  ])('%s is still a pupil made recognisable, on a teacher\u2019s personal identity', (text) => {
    const teacher: ProfileInput = { identities: [{ id: 'school', name: 'School', role: 'teacher' }, { id: 'me', name: 'Me', role: 'personal' }] };
    expect(families(evaluate({ text, identityId: 'me' }, teacher, { model: null }))).toContain('third-party');
  });
});
