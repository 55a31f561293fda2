import { describe, expect, it } from 'vitest';
import { evaluate, type Family, type ProfileInput, type Warning } from '../../../shared/warnings';
import { featureNames } from './feature-names';

/*
 * Issue 9, fourth round: contempt said by a form every reader knows, and the
 * things that are not what they look like (a "we" that is not one's own
 * health, an age that is a whole group). Four languages each; every example is
 * written for this test, none is a corpus post, and each form has a near-miss.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'firm', name: 'Firm', role: 'lawyer', names: ['Harlow Family Law'] },
    { id: 'ward', name: 'Ward 9', role: 'clinician', names: ['Nurse Tomasz Wilk'] },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};

const rules = (identityId: string, text: string) => evaluate({ text, identityId }, profile, { model: null });
const families = (ws: Warning[]) => [...new Set(ws.filter((w) => w.severity !== 'info').map((w) => w.family))] as Family[];
const spans = (text: string, ws: Warning[], family: Family) => ws.filter((w) => w.family === family).map((w) => text.slice(w.start, w.end));

describe('telling someone they should be ashamed', () => {
  it.each([
    'Judge Carrow should be ashamed of that ruling.',
    'La jueza Ortal debería darle vergüenza firmar eso.',
    'Richter Albers sollte sich schämen für dieses Urteil.',
    'Le juge Marchetti devrait avoir honte de ce jugement.',
    'Shame on Councillor Prew for the library closures.',
  ])('%s attacks the person named', (text) => {
    const ws = rules('firm', text);
    expect(families(ws)).toContain('named-attack');
    expect(spans(text, ws, 'named-attack')[0]).toMatch(/Carrow|Ortal|Albers|Marchetti|Prew/);
  });

  it('ashamed of oneself, or shame with nobody named, attacks nobody', () => {
    expect(families(rules('firm', 'I should be ashamed of my handwriting on these forms.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'Shame on the weather for cancelling the fun run.'))).not.toContain('named-attack');
  });
});

describe('the rhetorical question', () => {
  it.each([
    'Can someone explain why Mr Dalby still chairs the panel?',
    '¿Alguien me explica por qué la Sra. Ferrán sigue al frente del juzgado?',
    'Kann mir mal jemand erklären, warum Herr Obst immer noch Kammerpräsident ist?',
    "Quelqu'un peut m'expliquer pourquoi Me Vidal plaide encore ?",
    'Mr Dalby has been made head of compliance. Asking for a friend.',
  ])('%s mocks the person named', (text) => {
    expect(families(rules('firm', text))).toContain('named-attack');
  });

  it('a question that asks how to do something mocks nobody', () => {
    expect(families(rules('firm', 'Can someone explain how to renew a parking permit online?'))).not.toContain('named-attack');
    expect(families(rules('firm', '¿Alguien me explica cómo se pide cita en el registro?'))).not.toContain('named-attack');
  });
});

describe('a quality compared to a thing', () => {
  it.each([
    ['Me Corbel a l\u2019éloquence d\u2019un répondeur.', 'Corbel'],
    ['La Sra. Ibarra, con la gracia de un buzón de voz, nos leyó el acta.', 'Ibarra'],
    ['Herr Fink erklärte das Budget mit dem Charme eines Faxgeräts.', 'Fink'],
    ['Dr Hale chaired the audit again. The attention span of a goldfish.', 'Hale'],
  ])('%s attacks %s', (text, who) => {
    const ws = rules('firm', text);
    expect(families(ws)).toContain('named-attack');
    expect(spans(text, ws, 'named-attack')[0]).toContain(who);
  });

  it('the patience of a saint is praise, and the help of a colleague is no comparison', () => {
    expect(families(rules('firm', 'Dr Hale has the patience of a saint with the new trainees.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'Dr Hale finished the audit with the help of a colleague.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'The owner of a bakery in Leith won the appeal.'))).not.toContain('named-attack');
  });
});

describe('a belief or a name for oneself in scare quotes', () => {
  it.each([
    'Herr Obst hält \u201eTeamgeist\u201c für eine Excel-Tabelle.',
    'Mr Dalby calls himself a "people person".',
    'La Sra. Ferrán cree que "conciliar" es irse a las ocho.',
  ])('%s mocks the person named', (text) => {
    expect(families(rules('firm', text))).toContain('named-attack');
  });

  it('a belief said plainly is reported, not mocked', () => {
    expect(families(rules('firm', 'Mr Dalby thinks the portal reopens on Monday.'))).not.toContain('named-attack');
  });
});

describe('explaining the writer\u2019s own job to them', () => {
  it.each([
    ['Our CEO Joost explained my job to me for forty minutes this morning.', 'CEO'],
    ['La jefa nueva, Marisa, me ha explicado hoy cómo hacer mi trabajo.', 'Marisa'],
    ['Mon patron qui m\u2019explique mon métier en réunion, devant tout le monde.', 'patron'],
    ['Unser Chef hat mir heute meinen Beruf erklärt.', 'Chef'],
  ])('%s mocks someone of the work, on the personal identity', (text, who) => {
    const ws = rules('me', text);
    expect(families(ws)).toContain('named-attack');
    expect(spans(text, ws, 'named-attack')[0]).toContain(who);
  });

  it('being shown how something works is not condescension', () => {
    expect(families(rules('me', 'Our CEO Joost explained the new pension scheme to me today.'))).not.toContain('named-attack');
    expect(families(rules('me', 'Unser Chef hat mir heute das neue System erklärt.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'Dr Hale explained the "watch and wait" approach to me, which helped.'))).not.toContain('named-attack');
  });
});

describe('a belief held in earnest, said of someone else', () => {
  it.each([
    ['Mr Dalby genuinely believes compliance can be run from a spreadsheet.', 'Dalby'],
    ['Pickford genuinely believes the panel reads our notes.', 'Pickford'],
    ['Herr Obst glaubt allen Ernstes, dass Akten sich selbst ablegen.', 'Obst'],
    ['La Sra. Ferrán cree de verdad que las vistas empiezan a su hora.', 'Ferrán'],
    ['Me Vidal croit vraiment que le dossier est clos.', 'Vidal'],
  ])('%s mocks %s', (text, who) => {
    const ws = rules('firm', text);
    expect(families(ws)).toContain('named-attack');
    expect(spans(text, ws, 'named-attack')[0]).toContain(who);
  });

  it('one\u2019s own earnest belief, or a plain one, mocks nobody', () => {
    expect(families(rules('firm', 'I genuinely believe Mr Dalby is the best clerk we have had.'))).not.toContain('named-attack');
    expect(families(rules('firm', 'Pickford thinks the hearing is on Friday.'))).not.toContain('named-attack');
  });
});

describe('whose health it is', () => {
  it('"we" and "our" are the team: a clinic talking about its patients is its work', () => {
    expect(families(rules('firm', 'Our story on cancer rates near the old works goes up on Wednesday.'))).not.toContain('health');
    expect(families(rules('firm', 'Tell us about any allergy when you book: reactions can put anyone in hospital.'))).not.toContain('health');
  });

  it('"we" as the subject includes the writer', () => {
    expect(families(rules('firm', 'We are all down with flu, so replies will be slow this week.'))).toContain('health');
  });

  it('a brand account speaks as "we": its people\u2019s flu is its own health', () => {
    const brand: ProfileInput = { identities: [{ id: 'brand', name: 'Brand', role: 'company' }, { id: 'me', name: 'Me', role: 'personal' }] };
    expect(families(evaluate({ text: 'We are all down with flu this week, so orders ship on Monday.', identityId: 'brand' }, brand, { model: null }))).toContain('health');
  });

  it('"I" and "my" are one\u2019s own, ulcers included', () => {
    expect(families(rules('firm', 'My ulcer is back, so I am working from home this week.'))).toContain('health');
    expect(families(rules('firm', 'Me he caído por las escaleras y llevo una semana cojeando.'))).toContain('health');
  });

  it('a French verb is not an English illness, and a founder founded something', () => {
    expect(families(rules('firm', 'Je mange au bureau ce midi, trop de dossiers.'))).not.toContain('health');
    expect(families(rules('firm', 'I met the founder of the legal aid clinic today.'))).not.toContain('health');
    expect(families(rules('firm', 'La plataforma se cae siempre el día del plazo.'))).not.toContain('health');
  });
});

describe('praise that takes two words', () => {
  // What the rules read as thanks (the praise that excuses a simile, damps the model's third-party and attack guesses).
  const thanked = (text: string) => featureNames(profile, 'firm', text).includes('shape.thanks');
  it.each([
    'Big shout out to Mr Okoye, who ran the chess club all term!',
    'Massive shout to the night team on Ward 9.',
    'Big up Gaz and the crew for the charity run.',
    'Hats off to Ms Reyes for the concert.',
    'Hut ab vor Frau Lenz und ihrem Team.',
    'Props to Carla for sorting the rota.',
    'Ein ehrliches Dankeschön an unsere Schulleiterin für den klaren Zeitplan.',
    'Huge respect to Judge Daubignac, who gave both parents a proper hearing.',
    'Je remercie Me Vaubrecourt pour sa première audience en visio.',
    'Agradezco a Maite Urquiola las nuevas ilustraciones.',
  ])('%s thanks someone', (text) => {
    expect(thanked(text)).toBe(true);
  });

  it('a lone "Chapeau." and "dankbar" are not thanks: as often sarcasm, or a hat (found in review)', () => {
    expect(thanked('Mon chef M. Dupont a encore oublié la réunion. Chapeau. Quel leader.')).toBe(false);
    expect(thanked('Lucas Martin a encore volé le chapeau d\u2019un camarade à la récré.')).toBe(false);
    expect(thanked('Kevin hat wieder geschwänzt. Dankbar bin ich ja für jeden Tag ohne ihn.')).toBe(false);
  });

  it('shouting, a big update and hats are not thanks', () => {
    expect(thanked('He shouted at the receptionist again.')).toBe(false);
    expect(thanked('Big update on the rota coming soon.')).toBe(false);
    expect(thanked('Hats and scarves are in the lost property box.')).toBe(false);
  });
});

describe('an age that is a group, not a person', () => {
  it.each([
    'Si tienes más de 75 años y tomas diuréticos, pregunta en tu farmacia.',
    'Wer über 70 Jahre alt ist und Blutverdünner nimmt, bitte melden.',
    'Si vous avez plus de 65 ans, le vaccin contre la grippe est gratuit.',
  ])('%s is advice to readers', (text) => {
    expect(families(rules('ward', text))).not.toContain('third-party');
  });

  it.each([
    'El cribado de colon es para personas de 50 a 69 años, pide cita en tu centro de salud.',
    'Die Grippeimpfung gibt es für alle zwischen 60 und 79 Jahren mit Diabetes.',
    'Flu jabs for anyone aged 65 to 79 with asthma start on Monday.',
  ])('%s is an age range: a group', (text) => {
    expect(families(rules('ward', text))).not.toContain('third-party');
  });

  it('an age with a person is still someone', () => {
    expect(families(rules('ward', 'La señora de la cama 4, de 75 años, se ha caído esta noche.'))).toContain('third-party');
  });
});

describe('ordinary sentences that share a form with contempt (found in review)', () => {
  it.each([
    ['firm', 'Tom Baker met with the CEO of a big bank today.'],
    ['firm', 'Pedro Sánchez habló con el director de una escuela de Vigo.'],
    ['firm', 'Marie Dubois est allée à l\u2019école d\u2019une amie.'],
    ['ward', 'Night shift again. The life of a nurse!'],
    ['firm', 'Frau Lenz geht in Rente. Das Ende einer Ära.'],
    ['firm', 'Dr Hale has the courage of a lioness.'],
    ['firm', 'Can anyone explain how Dr Patel\u2019s new booking system works?'],
    ['firm', 'C\u2019est Marie Dubois qui m\u2019a expliqué comment faire la démarche.'],
    ['firm', 'Pregunto por un amigo que estuvo con el doctor García.'],
    ['firm', 'Asking for a friend who is moving to Leeds: is Dr Patel still taking patients?'],
    ['firm', 'Dr Patel thinks the kids\u2019 party was a great success.'],
    ['firm', 'Tom Baker calls himself "Tommy" at home.'],
    ['firm', 'Mme Dubois pense que « Le Petit Prince » est son livre préféré.'],
    ['firm', 'Niemand sollte sich schämen, Hilfe zu suchen, sagt Olaf Scholz.'],
    ['firm', 'You should never be ashamed of your accent, as Senator Blake said.'],
  ])('%s: %s attacks nobody', (identityId, text) => {
    expect(families(rules(identityId, text))).not.toContain('named-attack');
  });

  it('praise words that run on into a compound are not praise', () => {
    expect(families(rules('firm', 'Big up-front costs: Tom Baker has the strategic depth of a puddle.'))).toContain('named-attack');
  });

  it('a person over an age, or two children by their ages, are still someone', () => {
    expect(families(rules('ward', 'Un señor de más de 90 años en la cama 4 se cayó anoche.'))).toContain('third-party');
  });
});

describe('a break-up told in words, not by an everyday verb', () => {
  const privateLife = (text: string) => families(rules('firm', text)).includes('private-life');
  it.each([
    'Ma sœur a quitté son mari et débarque chez moi avec ses trois gamins.',
    'Quand ton mec te quitte pour le sommelier et que tu dois quand même présenter la carte des vins.',
    'Je crois que mon mari me trompe.',
    'Mi prima ha roto con su pareja justo antes de la boda.',
    'He left his wife for his PA, and now I have to sit next to both of them.',
    'Meine Schwester hat ihren Mann verlassen und wohnt jetzt bei mir.',
    'Sie hat mich nach acht Jahren für einen Jüngeren verlassen.',
  ])('%s', (text) => {
    expect(privateLife(text)).toBe(true);
  });

  it.each([
    'Ahí lo dejo, mañana seguimos con el recurso.',
    'Lo dejo por hoy, mañana más.',
    'Lo hemos dejado para mañana.',
    'Me he dejado la toga en el metro.',
    'Hemos roto la impresora otra vez.',
    'Je me suis trompée de salle d\u2019audience ce matin.',
    'Si je ne me trompe pas, l\u2019audience est à 9h.',
    'Il a rompu le contrat sans préavis.',
    'Je te quitte pour ce soir, à demain.',
    'Bitte trennen Sie den Müll im Büro.',
    'Wir verlassen das Gericht um 16 Uhr.',
    'Der Mut hat sie verlassen.',
    'Die Kollegin hat mich gestern am Bahnhof abgeholt.',
    'Two partners are leaving the firm at Easter.',
    'I left for court at seven.',
    'I left him for five minutes and he ate the crayons.',
    'His wife is leaving for Paris on Monday.',
    'My wife is on maternity leave for six months.',
  ])('not: %s', (text) => {
    expect(privateLife(text)).toBe(false);
  });
});

describe('"just saying": an insinuation that closes a complaint', () => {
  const attack = (text: string) => families(rules('firm', text)).includes('named-attack');
  it.each([
    'Dr Okafor was forty minutes late to rounds again. Just saying.',
    'Herr Dreher hat heute zum dritten Mal die Cloud erklärt bekommen. Ich sag\u2019s nur.',
    'El socio director, el señor Urquijo, ha descubierto el correo electrónico. Ahí lo dejo.',
    'Maître Vidal plaide en lisant ses notes depuis vingt ans. Je dis ça, je dis rien.',
  ])('%s', (text) => {
    expect(attack(text)).toBe(true);
  });

  it.each([
    'As I was just saying to Dr Okafor, the clinic opens at nine.',
    'Great talk by Judge Carrow on mediation yesterday, slides are online. I\u2019ll leave that there.',
    'Entrevista a la jueza Ortal en El País. Os lo dejo por aquí.',
    'Ahí lo dejo, mañana seguimos con el recurso.',
  ])('not: %s', (text) => {
    expect(attack(text)).toBe(false);
  });
});

describe('a thread\u2019s count is no mark', () => {
  const school: ProfileInput = { identities: [{ id: 'class', name: 'Chemistry', role: 'teacher' }, { id: 'me', name: 'Me', role: 'personal' }] };
  const thirdParty = (text: string) =>
    evaluate({ text, identityId: 'class' }, school, { model: null }).some((w) => w.family === 'third-party' && w.severity !== 'info');
  it('"1/8" beside the thread emoji numbers a post of a thread', () => {
    expect(thirdParty('Why does the periodic table look like that? A thread for curious Year 12s 🧵 1/8')).toBe(false);
    expect(thirdParty('Un hilo para los de 2º B sobre la tabla periódica 🧵 1/6')).toBe(false);
  });
  it('a mark is still a mark', () => {
    expect(thirdParty('Marcus in Year 12 got 4/20 on the mock again.')).toBe(true);
  });
});
