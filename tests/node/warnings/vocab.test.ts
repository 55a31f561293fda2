import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjectiveForms, buildVocab, OUTPUT, renderVocab } from '../../../scripts/vocab/build';
import { VOCAB } from '../../../shared/warnings/understand/vocab.generated';

describe('category vocabularies (scripts/vocab/build.ts)', () => {
  it('the committed file is what the build makes from WordNet and the seeds', async () => {
    const built = renderVocab(await buildVocab());
    expect(readFileSync(OUTPUT, 'utf8') === built, 'run `npx tsx scripts/vocab/build.ts` and commit the result').toBe(true);
  }, 120_000);

  it('derives categories from WordNet hyponyms, not from hand lists', () => {
    // None of these is in seeds.ts: they come from WordNet's trees under illness, alcohol, politician, religion, merger ...
    for (const w of ['pneumonia', 'appendectomy', 'tonsillitis']) expect(VOCAB.health, w).toContain(w);
    for (const w of ['anisette', 'amaretto', 'applejack']) expect(VOCAB.alcohol, w).toContain(w);
    for (const w of ['congressman', 'state senator']) expect(VOCAB.politics, w).toContain(w);
    for (const w of ['synagogue', 'imam', 'buddhism']) expect(VOCAB.religion, w).toContain(w);
    for (const w of ['amalgamation', 'leveraged buyout']) expect(VOCAB.businessEvent, w).toContain(w);
    for (const w of ['nitwit', 'dunderhead', 'lunkhead']) expect(VOCAB.insultNoun, w).toContain(w);
  });

  it('keeps everyday senses out ("party", "minister" as clergy, "will", "date", "coke")', () => {
    expect(VOCAB.politics).not.toContain('party');
    expect(VOCAB.religion).not.toContain('minister');
    expect(VOCAB.legal).not.toContain('will');
    expect(VOCAB.partner).not.toContain('date');
    expect(VOCAB.drugs).not.toContain('coke');
    expect(VOCAB.health).not.toContain('cold');
  });

  it('inflects lemmas with compromise and its Spanish, German and French packs', () => {
    for (const w of ['vote', 'votes', 'voted', 'voting', 'votaron', 'votamos', 'gewählt', 'wählte', 'voté', 'votons']) expect(VOCAB.politics, w).toContain(w);
    for (const w of ['diagnosed', 'diagnosing', 'diagnosticado', 'diagnostiqué']) expect(VOCAB.health, w).toContain(w);
    expect(VOCAB.health).toContain('migraines');
  });

  it('puts a phrase in the plural by its head noun, not as compromise reads the whole phrase', () => {
    // Compromise made "sheep rot" into "sheep" (a health word), "family man" into "family mans", "head of state" into
    // "head of states".
    for (const w of ['sheep rots', 'tummy tucks', 'cardiac arrests']) expect(VOCAB.health, w).toContain(w);
    for (const w of ['family men', 'love children']) expect(VOCAB.family, w).toContain(w);
    for (const w of ['chiefs of state', 'party men']) expect(VOCAB.publicRole, w).toContain(w);
    for (const w of ['sheep', 'liver', 'stomachs upset', 'hepatitis bs', 'hepatitis as']) expect(VOCAB.health, w).not.toContain(w);
    expect(VOCAB.workRole).toContain('chairmen of the board');
    for (const w of ['family mans', 'love childs']) expect(VOCAB.family, w).not.toContain(w);
    expect(VOCAB.religion).not.toContain('version');
  });

  it('puts a seeded English noun phrase in the plural whose last word alone reads as a verb', () => {
    // Compromise reads a lone "attack" or "test" as a verb, with no plural; in "panic attack" it is a noun.
    for (const w of ['panic attacks', 'heart attacks', 'blood tests', 'smear tests', 'sick notes']) expect(VOCAB.health, w).toContain(w);
    expect(VOCAB.businessEvent).toContain('product launches');
    // Not a phrase with a function word, a verb or a gerund ("went bust", "by text", "day drinking").
    expect(VOCAB.hardship).not.toContain('went busts');
    expect(VOCAB.businessEvent).not.toContain('going busts');
    expect(VOCAB.breakup).not.toContain('by texts');
    expect(VOCAB.alcohol).not.toContain('day drinkings');
  });

  it('knows injuries, comas and conditions told about someone, in four languages (seventh round)', () => {
    for (const w of ['broke her hip', 'fractured', 'heart condition', 'in a coma', 'se rompió la cadera', 'künstlichen koma', 'hüftbruch', 'col du fémur', "s'est cassé la jambe"]) expect(VOCAB.health, w).toContain(w);
    // "ACL" is an access list and "disability" a service as often as a diagnosis; a lone "coma" is a food coma, Spanish
    // "coma" a verb: only their plain medical forms.
    for (const w of ['acl', 'disability', 'discapacidad', 'coma', 'koma']) expect(VOCAB.health, w).not.toContain(w);
    // Out of work is a hardship that makes a claimant recognisable beside a name and an age.
    for (const w of ['unemployed', 'en el paro', 'arbeitslos', 'chômage', 'au chômage']) expect(VOCAB.hardship, w).toContain(w);
    // "parado" stands still, RSA encrypts, "out of work" is a time of day.
    for (const w of ['parado', 'rsa', 'out of work']) expect(VOCAB.hardship, w).not.toContain(w);
  });

  it("knows medicines from WordNet's tree, without its everyday words for a dose or a remedy (eighth round)", () => {
    for (const w of ['sertraline', 'ibuprofen', 'antibiotics', 'metformin', 'lisinopril']) expect(VOCAB.health, w).toContain(w);
    for (const w of ['dose', 'refill', 'acoustic', 'cure', 'tonic', 'placebo', 'pharmaceutical']) expect(VOCAB.health, w).not.toContain(w);
  });

  it('knows recovery, procedures, fertility treatment, drinks and drugs in Spanish, German and French (eighth round)', () => {
    for (const w of ['vesícula', 'esguince', 'antibióticos', 'ibuprofeno', 'bandscheibe', 'in der reha', 'kinderwunschbehandlung', 'je suis en arrêt', 'canal carpien', 'doliprane']) expect(VOCAB.health, w).toContain(w);
    for (const w of ['cañitas', 'bierchen', 'pils', 'pintes', 'génépi', 'mezcal']) expect(VOCAB.alcohol, w).toContain(w);
    for (const w of ['porrito', 'media pirula', 'space cake', 'bédo']) expect(VOCAB.drugs, w).toContain(w);
    // Another sense as often (review): German "Lager" (a store), "Radler" (cyclists), "Pilsen", "Spritze"; Spanish "calva"
    // (bald), "valía" (worth), "cañita de pescar"; French "genièvre" (juniper), "quelques verres d'eau"; apple cider
    // vinegar, a Guinness World Record, party poppers.
    for (const w of ['lager', 'calva', 'radler', 'pilsen', 'spritze', 'spritzen', 'cañita', 'genièvre', 'quelques verres', 'cider', 'guinness']) expect(VOCAB.alcohol, w).not.toContain(w);
    for (const w of ['taz', 'edible', 'champis', 'poppers', 'valia', 'pirula', 'sedative', 'red devils']) expect(VOCAB.drugs, w).not.toContain(w);
    // "benign neglect", "Excel on steroids", "das bereitet mir Kopfschmerzen", "une entorse au règlement", "en arrêt
    // devant un tableau", "le débat sur la PMA", "bajo la férula", "a booster shot of coffee", "oddly cathartic", "high fives".
    for (const w of ['schiene', 'benign', 'steroids', 'kopfschmerzen', 'corona', 'gastro', 'entorse', 'en arrêt', 'arrêt de travail', 'pma', 'férula', 'quirófano', 'herzrasen', 'kreuzband', 'reha', 'mrt', 'crutches', 'splint', 'booster shot', 'cathartic', 'anodyne', 'magic bullet', 'fives', 'valia', 'antibacterial', 'castor oil']) expect(VOCAB.health, w).not.toContain(w);
    // The workplace in general words, as people complain of it: "die Geschäftsführung", "RRHH", "la hiérarchie".
    for (const w of ['die geschäftsführung', 'der vorstand', 'rrhh', 'la gerencia', 'la hiérarchie', 'le rectorat']) expect(VOCAB.employerGeneric, w).toContain(w);
  });

  it('puts a Spanish, French or German phrase in the plural by the noun before its preposition', () => {
    expect(VOCAB.health).toContain('ataques de pánico');
    expect(VOCAB.legal).toContain('titres de séjour');
    expect(VOCAB.workRole).toContain('cadres de santé');
    expect(VOCAB.workRole).toContain('avocats adverses');
    expect(VOCAB.health).not.toContain('ataque de pánicos');
    expect(VOCAB.workRole).not.toContain('cadre de santés');
    expect(VOCAB.health).toContain("crises d'angoisse");
    // A determiner takes no plural ("mon boulot" is not "mons boulots"), nor does a verb ("que no salga de aquí", "pide cita").
    expect(VOCAB.employerGeneric).not.toContain('mons boulots');
    expect(VOCAB.secrecy).not.toContain('que no salgas de aquí');
    expect(VOCAB.promotion).not.toContain('pides citas');
  });

  it('an excluded word takes its plural with it, unless a seed makes the plural', () => {
    expect(VOCAB.insultNoun).not.toContain('bores');
    expect(VOCAB.health).toContain('stitches');
    expect(VOCAB.drugs).toContain('joints');
  });

  it('a hyphenated phrase is found written with spaces too', () => {
    for (const w of ['sickle-cell anemia', 'sickle cell anemia']) expect(VOCAB.health, w).toContain(w);
  });

  it("inflects the translated sentiment words' adjectives, and makes no form that is another language's word", () => {
    // AFINN's translations list "bueno", "merveilleux", "schlecht" and "tolle" alone.
    for (const w of ['buena', 'buenas', 'buenísima', 'riquísimo', 'merveilleuse', 'excellente', 'großartige', 'tollen', 'schöne']) expect(VOCAB.sentimentPositive, w).toContain(w);
    for (const w of ['mala', 'malísimo', 'pésima', 'inútiles', 'mauvaise', 'idiote', 'schlechte', 'dummen', 'peinliche']) expect(VOCAB.sentimentNegative, w).toContain(w);
    // French "sale" (dirty) is no English "sales", "mal" no "male", German "tot" (dead) no "tote"; Spanish "bonita" stays.
    for (const w of ['sales', 'male', 'tote', 'aides']) expect([...VOCAB.sentimentNegative, ...VOCAB.sentimentPositive], w).not.toContain(w);
    expect(VOCAB.sentimentPositive).toContain('bonita');
    expect(adjectiveForms('agressif', 'fr')).toEqual(['agressive', 'agressives', 'agressifs']);
    // A German noun or verb gets no endings: only what reads as an adjective.
    expect(adjectiveForms('lieben', 'de')).toEqual([]);
  });

  it("keeps out a rare English sense of another language's everyday word", () => {
    // German "Welt" (world) and "bunt" (colourful), French "singe" (monkey), "taxis".
    for (const w of ['welt', 'bunt', 'singe', 'taxis']) expect(VOCAB.health, w).not.toContain(w);
  });
});
