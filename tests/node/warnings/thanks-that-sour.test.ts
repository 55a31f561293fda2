import { describe, expect, it } from 'vitest';
import { evaluate, type ProfileInput } from '../../../shared/warnings';
import { featureNames } from './feature-names';

/*
 * Issue 9, nineteenth round: thanks, congratulations or awe for a named person that sour in the sentences after them
 * (the largest family of missed attacks on named people), against sincere thanks that also tell of a hard day. Every
 * example is written for this test; none is a corpus post.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'ward', name: 'Ward 7', role: 'clinician', names: ['Nurse Ilse Varga'] },
    { id: 'firm', name: 'Firm', role: 'lawyer', names: ['Corvin Family Law'] },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};
const features = (id: string, text: string) => featureNames(profile, id, text);
const warnedAttack = (id: string, text: string) => evaluate({ text, identityId: id }, profile).some((w) => w.family === 'named-attack' && w.severity !== 'info');

describe('thanks that sour', () => {
  it.each([
    ['ward', 'Many thanks to Mr Ostrowe for moving the clinic to Saturdays. The waiting list is still 14 months long. Genius.', 'irony.still'],
    ['firm', 'Danke an Richterin Dr. Kestler für den Termin um 7:30. Die Akte hatte sie noch nicht gelesen.', 'irony.still'],
    ['me', 'Bravo à l’adjoint Fabrègue pour ses nouvelles affiches. Dommage que la piscine ferme la même semaine.', 'irony.samePeriod'],
    ['ward', 'Enhorabuena al Dr. Lisarde por su charla sobre calidad asistencial. Un genio, de verdad.', 'irony.overpraise'],
    ['me', 'huge congrats to Cllr Dunmore on the new roundabout. it still has no exits, a genius', 'irony.still'],
    ['firm', 'Merci à Maître Aubriot pour son mémoire reçu à minuit. Zéro pièce jointe.', 'irony.zero'],
    ['me', 'Genuinely in awe of Tobias Wrenfield, who booked the accessibility talk upstairs with no lift.', 'irony.overpraise'],
    // Twentieth round: a feat that is none, "not one" counted, and signs inside the thanks' own sentence.
    ['ward', 'Congrats to Dr Feld, who managed a whole ward round without speaking to a single nurse. Personal best, surely.', 'irony.managed'],
    ['ward', 'Congrats to Dr Feld, who managed a whole ward round without speaking to a single nurse. Personal best, surely.', 'irony.zero'],
    ['firm', 'Glückwunsch an Kollege Dr. Brenner, der es geschafft hat, 40 Minuten über den Drucker zu reden, ohne ein einziges Mal zur Sache zu kommen.', 'irony.managed'],
    ['firm', 'Merci à Me Vautrin d’avoir ouvert le dossier pour la première fois à l’audience. Quelle préparation 👏', 'irony.firstTime'],
    ['firm', 'Merci à Me Vautrin d’avoir ouvert le dossier pour la première fois à l’audience. Quelle préparation 👏', 'irony.exclaim'],
    // (A laugh counts though the sentiment scorer reads it as joy.)
    ['ward', 'Thanks Dr Pike for the new rota lol. Still nobody on nights.', 'irony.laugh'],
  ])('%s: "%s" sours (%s)', (id, text, cue) => {
    const names = features(id, text);
    expect(names).toContain(cue);
    expect(names).toContain('irony.soured');
  });

  it.each([
    ['ward', 'Massive thank you to Sister Abiola, who stayed an hour past handover with me. Brutal night, lost a lovely patient.'],
    ['ward', 'Gracias a mi compañera Itziar, que me cubrió media hora después de una parada. Día durísimo.'],
    ['firm', 'Danke an Frau Lühr aus dem Sekretariat, die um 19 Uhr noch drei Anlagen gescannt hat. Langer Tag.'],
    ['firm', 'Merci au Dr Sarrazin, resté deux heures après sa garde. Nuit dure, mais on n’était pas seuls.'],
    ['me', "Thanks Councillor Pryde for opening the food bank's new hall. Still a long way to go, but what a start."],
    // (One sign alone, or a sign in a sentence of praise, is often sincere: found in review.)
    ['ward', "Thank you Dr Ruiz for staying late. We'd all still be here without you!"],
    ['ward', 'Many thanks to Dr Holm for her talk. Truly inspiring for all of us.'],
    ['ward', 'Huge thanks to Dr Lind for the teaching! jajaja we laughed so much 😂'],
    ['ward', "Thanks Dr Ames! As she says, 'never skip the handover'."],
    ['ward', 'Congrats to Dr Amara, who managed to finish her thesis while working nights. So proud of her.'],
    ['ward', 'Thanks Dr Lind for covering my shift lol, you are a star'],
    ['ward', 'Massive thanks to Precious, who stayed 40 mins past handover. What a nightmare shift.'],
    ['ward', 'Merci au Dr Sarrazin, de garde avec moi pour la première fois. Quel plaisir.'],
  ])('%s: sincere thanks on a hard day do not sour: "%s"', (id, text) => {
    expect(features(id, text)).not.toContain('irony.soured');
  });

  it.each([
    ['ward', 'Many thanks to Mr Ostrowe for moving the clinic to Saturdays. The waiting list is still 14 months long. Genius.'],
    ['firm', 'Merci à Maître Aubriot pour son mémoire reçu à minuit. Zéro pièce jointe. Un génie.'],
  ])('%s: the soured thanks warn as an attack: "%s"', (id, text) => {
    expect(warnedAttack(id, text)).toBe(true);
  });

  it.each([
    ['ward', 'Massive thank you to Sister Abiola, who stayed an hour past handover with me. Brutal night, lost a lovely patient.'],
    ['firm', 'Merci au Dr Sarrazin, resté deux heures après sa garde. Nuit dure, mais on n’était pas seuls.'],
  ])('%s: the sincere thanks do not: "%s"', (id, text) => {
    expect(warnedAttack(id, text)).toBe(false);
  });
});
