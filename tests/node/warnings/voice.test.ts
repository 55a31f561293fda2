import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/warnings/text';
import { postLanguage } from '../../../shared/warnings/understand/lexicon';
import { announces, belongsSeverity, speaksForWork } from '../../../shared/warnings/voice';

const speaks = (text: string) => {
  const tokens = tokenize(text);
  return speaksForWork(tokens, text, postLanguage(tokens));
};

describe('voice: whose voice a post is in (for another identity\'s belongs words)', () => {
  it('hears the organisation and its public in four languages', () => {
    for (const text of [
      "we've added evening slots",
      'greyhound owners: keep your elbow bent',
      'Os preparamos bandejas para vuestras reuniones',
      'Nuestro horno abre a las 7',
      'Unsere neue Kollegin startet am Montag',
      'Fragen Sie uns vorher',
      'Rappel : envoyez votre photo',
      'Nos CE2 ont terminé le rallye',
    ]) expect(speaks(text), text).toBe(true);
  });

  it('does not hear it in a person\'s own day', () => {
    for (const text of ['Bouldering tonight, my fingers are shredded', 'Mistigri a dormi sur mon pull', 'Ich stehe in der Innenverteidigung', '¡Me tiene enganchadísima!']) {
      expect(speaks(text), text).toBe(false);
    }
  });

  it('hears a Spanish verb that carries the person without a pronoun, and not the nouns that end like one', () => {
    for (const text of [
      '¡Este sábado estamos en el avituallamiento del Trail!',
      'Barritas pensadas para los que salís a hacer trail el finde',
      '¡Traed a hijos, sobrinos y nietos a la fiesta!',
      'Plazas limitadas para el taller, apuntaos en la tienda',
      'Si la veis detrás del mostrador, preguntadle por el Sintrom',
      'Cuando abríamos a las siete había cola',
    ]) expect(speaks(text), text).toBe(true);
    for (const text of [
      'Comida con los primos en la sierra, los próximos días sin móvil',
      'Doscientos gramos de harina y a dormir que mañana es otro día',
      'Los últimos kilómetros del trail por el país de las nubes',
      '¡Vamos, que se acaba la cuesta!',
      'Madrid de noche con la mitad de la familia',
      // Written without their accents, superlatives, numbers, plurals of nouns in -í, names opening a line.
      'Senderismo con los primos y unos churros riquisimos, los proximos findes mas',
      'Ya tengo los decimos de la loteria y los esquis para el puente',
      'Cumple dieciséis años la pequeña y lo celebramos en casa', // (celebramos: the family is a "we" too, but not this word)
      'Ingrid y yo en el trail de la sierra con la pared de niebla',
      '¡Pared nueva en el rocódromo!',
    ]) expect(speaks(text), text).toBe(text.startsWith('Cumple'));
    // Other languages that end the same way, and posts whose language is not told: only a Spanish post is read so.
    for (const text of [
      'Finished the demos, total chaos',
      'Unpaid overtime again',
      'Braid done, off to the ceilidh',
      'New knitting needles and a cradle for the baby',
      'Rehab em Lisboa, hotéis cheios e irmãos também',
      'Le chien a trouvé un os dans le jardin et il est tout fier', // (French "os", a bone: Spanish pronouns count in a post told as Spanish, or untold)
      'Qué ganas tenéis todos', // (short: no function words tell it, and no "¡" or "¿")
    ]) expect(speaks(text), text).toBe(false);
    expect(speaks('¿Qué tal, ya tenéis plan?')).toBe(true); // ("¿" tells a short post's Spanish)
    // Accents composed or not, the word is the same.
    expect(speaks('Para los que salís a correr el domingo'.normalize('NFD'))).toBe(true);
  });

  it('tells the polite German "Sie", "Ihr", "Ihnen" from "sie", "ihr", "ihnen" by the capital inside a sentence', () => {
    expect(speaks('Dann rufen Sie an')).toBe(true);
    expect(speaks('Gerne, Sie erreichen die Praxis ab 8 Uhr')).toBe(true);
    expect(speaks('Bringen Sie Ihre Belege mit')).toBe(true);
    expect(speaks('Wir melden uns bei Ihnen')).toBe(true); // (wir, too)
    // Opening a question with a plural verb, "Sie" asks the public; with a singular one it is she.
    expect(speaks('Sie trainieren ehrenamtlich die Jugend im Verein? Die Pauschale bleibt steuerfrei.')).toBe(true);
    expect(speaks('Sie haben Fragen zur Steuer?')).toBe(true);
    expect(speaks('Sie kommt morgen?')).toBe(false);
    // "They", told in a statement whose question is another clause or line.
    expect(speaks('Meine Eltern kommen. Sie bleiben bis Sonntag, wer hat einen Tipp?')).toBe(false);
    expect(speaks('Sie haben gewonnen 🎉\nWer kommt am Samstag mit?')).toBe(false);
    expect(speaks('Sie haben gewonnen. Was für ein Spiel?')).toBe(false); // (the question is another sentence)
    expect(speaks('Dann ruft sie an')).toBe(false);
    expect(speaks('Mistigri hat ihr Spielzeug verloren')).toBe(false);
    expect(speaks('Ich habe ihnen geholfen')).toBe(false);
    // A capital that only opens a sentence, a line or a list, after any mark.
    for (const text of ['Sie hat heute Geburtstag', 'Heute… Sie hat Geburtstag', '🎉 Sie hat Geburtstag', '- Sie hat gewonnen', '„Sie kommt morgen"', 'Toll.\nIhr Kuchen war super']) {
      expect(speaks(text), text).toBe(false);
    }
  });

  it('does not take set phrases and look-alike words for the public addressed', () => {
    for (const text of ['thank you all', 'see you at the wall', 'rendez-vous chez le kiné', "s'il vous plaît", 'back from the US', 'cassé un ours en peluche']) {
      expect(speaks(text), text).toBe(false);
    }
    expect(speaks('we miss you all')).toBe(true);
    expect(announces(tokenize("j'ai terminé ma garde"))).toBe(false);
    expect(announces(tokenize('Termine ab sofort online'))).toBe(false); // (left out for that: the French and Spanish forms)
  });

  it('hears announcements, with accents folded, and not advice asked for', () => {
    expect(announces(tokenize('Recordatorio: cerramos el lunes'))).toBe(true);
    expect(announces(tokenize('Öffnungszeiten über Ostern'))).toBe(true);
    expect(announces(tokenize('Bienvenue à Chloé !'))).toBe(true);
    expect(announces(tokenize('any tips for a long run?'))).toBe(false);
    expect(announces(tokenize('des conseils de lecture ?'))).toBe(false);
  });

  it("decides the severity by the voice of the word's owner", () => {
    // `workWord`: the word belongs to a work identity (true) or to a personal one (false).
    const s = (workWord: boolean, text: string, ownWords = false) => belongsSeverity({ ownerIsPersonal: !workWord, ownWords, language: postLanguage(tokenize(text)) }, tokenize(text), text);
    expect(s(true, 'long day at the clinic')).toBe('info');
    expect(s(true, 'Reminder: the clinic is closed on Monday')).toBe('caution');
    expect(s(false, 'bouldering tonight, fingers shredded')).toBe('caution');
    expect(s(false, 'bouldering injuries we see most')).toBe('info');
    // The acting identity's own words mark the post as its own.
    expect(s(false, 'grip testing with the rehab group at a bouldering centre', true)).toBe('info');
    expect(s(true, 'Reminder: the clinic is closed on Monday', true)).toBe('info');
  });
});
