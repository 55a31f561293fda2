import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/warnings';
import { tokenize } from '../../../shared/warnings/text';
import { sentenceLanguages } from '../../../shared/warnings/understand/lexicon';
import { featureNames } from './feature-names';

/*
 * The vocabulary is one list for four languages, and some of its words are
 * another language's function words: English "die" (negative) is the German
 * article, English "son" (a relation) is French "his", English "sin" is
 * Spanish "without", German "Quelle" (a source) is French "which". Such a
 * word counts only in a sentence of its own language.
 */
const profile: ProfileInput = { identities: [{ id: 'firm', name: 'Kanzlei', role: 'lawyer' }, { id: 'me', name: 'Me', role: 'personal' }] };
const features = (text: string) => featureNames(profile, 'firm', text);
const languageOf = (text: string) => sentenceLanguages(tokenize(text), new Int32Array(tokenize(text).length), 1)[0];

describe('the language of a sentence, by its function words', () => {
  it.each([
    ['The hearing was moved to Friday and nobody told the client.', 'en'],
    ['La vista se ha aplazado al viernes y nadie se lo ha dicho al cliente.', 'es'],
    ['Die Verhandlung wurde auf Freitag verschoben und niemand hat es dem Mandanten gesagt.', 'de'],
    ["L'audience a été reportée à vendredi et personne ne l'a dit au client.", 'fr'],
  ])('%s is %s', (text, lang) => {
    expect(languageOf(text)).toBe(lang);
  });

  it('a sentence too short to tell has no language, and then every word counts', () => {
    expect(languageOf('Brexit!')).toBeNull();
  });
});

describe('a word that is another language\u2019s function word', () => {
  it('German "die" is an article, English "die" is negative', () => {
    expect(features('Frau Lenz hat heute die Präsentation für die Mandanten gehalten.')).not.toContain('cat.sentimentNegative');
    expect(features('I could die of boredom in these meetings, honestly.')).toContain('cat.sentimentNegative');
  });

  it('French "son" is "his", English "son" is a relation', () => {
    expect(features('Le juge Marchetti a rendu son jugement ce matin.')).not.toContain('cat.family');
    expect(features('Her son was in court with her again this morning.')).toContain('cat.family');
  });

  it('Spanish "sin" is "without", English "sin" is negative', () => {
    expect(features('La Sra. Ferrán llegó sin el expediente y sin el abogado.')).not.toContain('cat.sentimentNegative');
  });
});

describe('telling the language when words are shared (found in review)', () => {
  it('"I will die" is English: German shares "will", and only the English side has "I"', () => {
    expect(languageOf('I will die.')).not.toBe('de');
    expect(features('I will die.')).toContain('cat.sentimentNegative');
    expect(languageOf('i will not flinch.')).toBe('en');
  });

  it('a tie is told again without the words being decided: "El mes que viene" is Spanish, and "mes" is a month', () => {
    expect(languageOf('El mes que viene operan a la paciente de cáncer.')).toBe('es');
    expect(features('El mes que viene operan a la paciente de cáncer.')).not.toContain('me.first');
    expect(features('Mes enfants sont malades, je reste à la maison.')).toContain('me.first');
  });

  it('first-person words count in their own language only: English "war" is no German "was"', () => {
    expect(features('The war in the north has closed the road to the court again.')).not.toContain('cat.firstPerson');
  });

  it('a title stays a title before a name, in any sentence ("Me Lucie Bédard")', () => {
    expect(features('Huge respect to Me Lucie Bédard for her work on the appeal.')).toContain('cat.title');
  });

  it('possessive and elided forms are checked too ("war\u2019s")', () => {
    expect(features('Das war\u2019s für heute, danke an alle!')).not.toContain('cat.sentimentNegative');
  });

  it('French and Spanish have children in the family vocabulary ("son fils", "su hija")', () => {
    expect(features('Son fils est à l\u2019hôpital depuis hier.')).toContain('cat.family');
    expect(features('Su hija está en el hospital desde ayer.')).toContain('cat.family');
  });
});

describe('Spanish verbs the function-word list lacked', () => {
  it('"he" is "I have" in a Spanish sentence, not an English pronoun', () => {
    expect(languageOf('Me he dejado las gafas en casa y no veo nada.')).toBe('es');
    // (As a feature the English pronoun is `cat.partnerPronoun`, apart from the words of a partner.)
    expect(features('Me he dejado las gafas en casa y no veo nada.')).not.toContain('cat.partnerPronoun');
    expect(features('He said goodbye by text after three years.')).toContain('cat.partnerPronoun');
  });

  it('short English sentences stay English ("He has a point.")', () => {
    expect(languageOf('He has a point.')).toBe('en');
    expect(features('He has cancer.')).not.toContain('cat.firstPerson');
  });
});

describe('swearing that is also a place', () => {
  it('"hostia" and "cagüen" swear; Ostia is a town', () => {
    expect(features('Cagüen la mar, me he dejado la toga en el metro.')).toContain('cat.profanity');
    expect(features('We visited Ostia Antica on Sunday.')).not.toContain('cat.profanity');
  });
});

describe('French words behind an elided article (found in a new writer\u2019s posts)', () => {
  // "l'avocat", "d'alcool", "l'église" are one token; their noun was never matched against the vocabularies.
  it.each([
    ["Il a vu l'avocat adverse ce matin.", 'cat.workRole'],
    ["Trop d'alcool hier soir, pas fière.", 'cat.alcohol'],
    ["Elle parle de l'église tous les dimanches.", 'cat.religion'],
    ["L'infirmière de nuit est partie.", 'cat.workRole'],
  ])('%s has %s', (text, feature) => {
    expect(features(text)).toContain(feature);
  });

  it("a colleague behind an elided article is a person of the work, as after any other article", () => {
    expect(features("Aujourd'hui l'associé nous a encore fait attendre.")).toContain('ref.work');
    expect(features("Aujourd'hui mon associé nous a encore fait attendre.")).toContain('ref.work');
  });

  it("a verb behind an elided pronoun is not a noun: \"qu'il\", \"c'est\", \"j'ai\" are left as they are", () => {
    expect(features("C'est l'heure, j'ai fini.")).not.toContain('cat.workRole');
  });
});

describe('people named by their post at work', () => {
  it.each([
    'Today the clinical lead made everyone wait again.',
    'Today the managing partner made everyone wait again.',
    'Heute hat uns der Rektor wieder alle warten lassen.',
    'Heute hat uns der Seniorpartner wieder alle warten lassen.',
    'Hoy el jefe de estudios nos ha hecho esperar otra vez.',
    "Aujourd'hui le bâtonnier nous a encore fait attendre.",
    "Aujourd'hui mon confrère nous a encore fait attendre.",
  ])('%s names someone of the work', (text) => {
    expect(features(text)).toContain('ref.work');
  });
});

describe('a Spanish wound that heals is no priest (found in a new writer\u2019s posts)', () => {
  it('"cura" is a priest only with the article of a man: "el cura", "los curas"', () => {
    expect(features('Una herida que no cura en una semana es para el médico.')).not.toContain('cat.religion');
    expect(features('Hoy toca hacer la cura de la úlcera.')).not.toContain('cat.religion');
    expect(features('El cura de mi pueblo dice misa en latín.')).toContain('cat.religion');
  });
});

describe('words of the sixth round that mean something else too (found in review)', () => {
  it.each([
    ["Franchement je l'associe à un cauchemar.", 'cat.workRole'],
    ["J'ai changé un joint du robinet ce week-end.", 'cat.drugs'],
    ['Die Partei des Klägers hat schon wieder Fristverlängerung beantragt.', 'cat.politics'],
    ['Corrige esta oración: el sujeto no concuerda con el verbo.', 'cat.religion'],
    ['Die Taufe des neuen Schiffs war heute im Hafen.', 'cat.religion'],
    ["L'interne de garde était génial cette nuit.", 'cat.secrecy'],
  ])('%s has no %s', (text, feature) => {
    expect(features(text)).not.toContain(feature);
  });

  it.each([
    ['Hier soir on a fumé un joint sur le balcon.', 'cat.drugs'],
    ['Ese cura es un impresentable.', 'cat.religion'],
    ['Das ist nur für den internen Gebrauch.', 'cat.secrecy'],
    ["Je trouve que l'avocat adverse est un incompétent.", 'cat.workRole'],
    ["Il paraît que l'église du quartier est pleine.", 'cat.religion'],
  ])('%s has %s', (text, feature) => {
    expect(features(text)).toContain(feature);
  });
});
