import { describe, expect, it } from 'vitest';
import { evaluate, type Family, type ProfileInput, type Warning } from '../../../shared/warnings';
import { tokenize } from '../../../shared/warnings/text';
import { findDisguisedProfanity, mayHideProfanity } from '../../../shared/warnings/understand/profanity';
import { mockeryForms } from '../../../shared/warnings/understand/mockery';
import { plainSecrets, shapeSignals } from '../../../shared/warnings/understand/shapes';
import type { Signal } from '../../../shared/warnings/understand/signals';
import { featureNames } from './feature-names';
import { WARNING_MODEL } from '../../../shared/warnings/understand/model.generated';
import { VOCAB } from '../../../shared/warnings/understand/vocab.generated';

/*
 * The constructions issue 9's second round added, each as a family of forms in
 * English, Spanish, German and French: contempt by form, secrets in plain
 * words, letters spelled out, hardship and families as what makes a third
 * party recognisable, and the dampeners (thanks, reported speech, someone from
 * a town on a personal identity). Every example is written for this test, none
 * is a corpus post; near-misses check each construction does not over-match.
 */
const profile: ProfileInput = {
  identities: [
    { id: 'ward', name: 'Ward 9', role: 'clinician', names: ['Nurse Tomasz Wilk'] },
    { id: 'class', name: 'Classroom', role: 'teacher', names: ['Ms Okoye'] },
    { id: 'firm', name: 'Firm', role: 'lawyer', names: ['Harlow Family Law'] },
    { id: 'brand', name: 'Brand', role: 'company', names: ['Quillby Tea'] },
    { id: 'desk', name: 'Desk', role: 'journalist' },
    { id: 'me', name: 'Me', role: 'personal' },
  ],
};

const rules = (identityId: string, text: string) => evaluate({ text, identityId }, profile, { model: null });
const withModel = (identityId: string, text: string) => evaluate({ text, identityId }, profile);
const families = (ws: Warning[]) => [...new Set(ws.filter((w) => w.severity !== 'info').map((w) => w.family))] as Family[];

/** Sentence index per token, split on . ! ? the way the shapes expect. */
function sentenceOf(text: string) {
  const tokens = tokenize(text);
  const so = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((t, i) => {
    so[i] = s;
    if (t.norm === '.' || t.norm === '!' || t.norm === '?') s++;
  });
  return { tokens, so };
}
function shapes(text: string): string[] {
  const { tokens, so } = sentenceOf(text);
  const out: Signal[] = [];
  shapeSignals(out, text, tokens, so);
  return out.map((x) => x.name);
}

describe('contempt found by its form', () => {
  it.each([
    ['neg.itShows', 'He has run the rota for a year and it shows.'],
    ['neg.itShows', 'Elle a repris le service en septembre, ça se voit.'],
    ['neg.itShows', 'Der Neue macht die Dienstpläne. Merkt man.'],
    ['neg.neverInLife', 'She has never carried a tray in her life.'],
    ['neg.neverInLife', 'Nunca ha pisado un aula en su vida.'],
    ['neg.wondersWhy', 'He cancels every break and wonders why nobody stays.'],
    ['neg.wondersWhy', 'Sie streicht die Fortbildungen und wundert sich, dass alle gehen.'],
    ['neg.wondersWhy', 'Il supprime les primes et s’étonne que personne ne reste.'],
    ['neg.dismiss', 'Dimite ya, hombre.'],
    ['neg.dismiss', 'He needs a long rest. Permanently.'],
    ['neg.epithet', 'Un paraguas con corbata.'],
    ['neg.epithet', 'A parrot with a lanyard.'],
    ['neg.sarcasticPraise', 'She moved the meeting to Friday at six again. Quelle vision.'],
    ['neg.sarcasticPraise', 'Three reorganisations in a year. What leadership.'],
  ])('%s in "%s"', (name, text) => {
    expect(shapes(text)).toContain(name);
  });

  it('leaves praise alone once the post has thanked someone', () => {
    expect(shapes('Huge thanks to Mrs Adeyemi for running the library club. Absolute legend.')).not.toContain('neg.sarcasticPraise');
    expect(shapes('Unsere Kollegin hat bestanden! Gratuliere, du Heldin.')).not.toContain('neg.sarcasticPraise');
  });

  it('near-misses: a life well lived, a doctor with a kind word, a wonder', () => {
    // One's own life is not someone else's ("never been so proud in my life").
    expect(shapes('I have never been so proud in my life of this team.')).not.toContain('neg.neverInLife');
    expect(families(rules('ward', 'I have never been so proud in my life of this team.'))).not.toContain('named-attack');
    expect(shapes('I wonder if the bus is late.')).not.toContain('neg.wondersWhy');
    expect(shapes('We met a doctor with a big heart and a bigger laugh today at the clinic.')).not.toContain('neg.epithet');
  });

  it('makes an attack when said of a person of the work, named by role only', () => {
    for (const [id, text] of [
      ['ward', 'Our new ops manager has never done a single night shift in his life and it shows.'],
      ['class', 'The new deputy head cancels every trip and wonders why the kids are restless.'],
      ['firm', 'La nueva gerente ha vuelto a cambiar los turnos sin avisar. Qué liderazgo.'],
      ['brand', 'Die neue Büroleiterin hat die Ablage umgestellt. Merkt man.'],
    ] as const) {
      const ws = rules(id, text);
      expect(families(ws), text).toContain('named-attack');
    }
  });
});

describe('reported speech is someone else\u2019s words', () => {
  it('does not take a quoted insult for the poster\u2019s own, nor a reported quote for a side taken', () => {
    for (const text of ['"We will not be lectured on waste," the Prime Minister told the Commons.', '"This budget is a disaster for families," the Chancellor told MPs today.']) {
      expect(families(rules('desk', text)), text).not.toContain('named-attack');
      expect(families(rules('desk', text)), text).not.toContain('politics');
      // The learned model may not raise it on its own either: the rules said why it is fine.
      expect(families(withModel('desk', text)), text).not.toContain('named-attack');
    }
  });

  it('still finds mockery in a sentence of one\u2019s own after the quote', () => {
    const text = 'The Transport Minister says the trains are "more reliable than ever". Sure, and I am the Queen of Sheba.';
    expect(families(withModel('brand', text))).toContain('named-attack');
  });

  it('still finds the poster\u2019s own contempt beside a quote', () => {
    const text = 'Minister Varga said "we listened". The man is a clown.';
    expect(families(rules('brand', text))).toContain('named-attack');
  });
});

describe('profanity spelled out or behind symbols', () => {
  it.each(['F u c k, the printer again.', 'Quelle journée de m-e-r-d-e.', 'So ein S c h e i ß Tag.', 'S.H.I.T the lift is broken', 'Me c*go en todo.', 'M€rde, encore en retard.'])(
    'finds "%s"',
    (text) => {
      expect(mayHideProfanity(text)).toBe(true);
      expect(findDisguisedProfanity(text).length).toBeGreaterThan(0);
      expect(families(rules('ward', text))).toContain('profanity');
    },
  );

  it.each(['The U.S.A. and the N.H.S. are both mentioned.', 'Ring 0 8 0 0 for help.', 'Steps a - b - c - d are in the leaflet.', 'A B C D E: the five checks.'])('leaves "%s" alone', (text) => {
    expect(findDisguisedProfanity(text)).toEqual([]);
  });

  it('keeps a disguised swear word even where the learned model would drop the family', () => {
    const text = 'f*ck';
    const ws = withModel('ward', text);
    expect(ws.some((w) => w.ruleId === 'profanity.disguised')).toBe(true);
  });
});

describe('secrets in plain words', () => {
  it.each([
    ['secret.notYet', 'Not out yet, but the two wards merge in spring.'],
    ['secret.notYet', 'Noch nicht offiziell: die Filiale schließt im März.'],
    ['secret.notYet', 'The unreleased tablet from our client is a mess, launch is in May.'],
    ['secret.notYet', "The new timetable isn't released yet but it drops two bus routes."],
    ['secret.dontTell', 'No lo digáis todavía, pero cerramos la sede de Gijón.'],
    ['secret.dontTell', 'Ne partagez pas encore : le cabinet déménage en juin.'],
    ['secret.dontTell', 'El gimnasio de Delicias cierra en abril. No lo compartáis.'],
    ['secret.dontTell', 'Bitte nicht weitersagen: die Bücherei zieht ins Rathaus.'],
    ['secret.keepIt', 'Keep it to yourselves, the clinic is being sold.'],
    ['secret.sayNoMore', 'Mehr kann ich nicht sagen.'],
    ['secret.announceLater', 'They will announce it after the board meets on Monday.'],
    ['secret.announceLater', 'The Otley depot shuts in May, we tell the drivers in April.'],
    ['secret.announceLater', 'Nuevo horario desde marzo, lo comunicamos la semana que viene.'],
    ['secret.announceLater', 'Die Praxis zieht um. Offiziell erst nach den Ferien.'],
    ['secret.announceLater', 'Press release after the board meeting, so mum for now.'],
    ['secret.notKnown', 'The night team is being cut to three and the nurses there still don’t know.'],
    ['secret.notKnown', 'Cerramos la tienda de Teruel y los clientes aún no lo saben.'],
    ['secret.notKnown', 'Die Mitarbeiter wissen es noch nicht, aber die Kantine schließt.'],
    ['secret.notKnown', 'Le labo ferme en juin, les stagiaires ne le savent pas encore.'],
    ['secret.cantSay', "Can't say much, but the Harrogate office is getting a new director."],
    ['secret.cantSay', 'No puedo contar nada todavía, pero fichamos a una portera nueva.'],
    ['secret.cantSay', 'Ich darf noch nichts sagen, aber das Museum bekommt einen Anbau.'],
    ['secret.cantSay', "J'ai pas le droit de dire qui, mais on recrute un chef étoilé."],
  ])('%s in "%s"', (name, text) => {
    const { tokens, so } = sentenceOf(text);
    expect(plainSecrets(tokens, so).map((x) => x.name)).toContain(name);
  });

  it.each([
    // One's own not knowing, or not knowing whether: a doubt, not a secret.
    ["I don't know yet whether the ward reopens in May."],
    ['Nobody knows yet if the match goes ahead on Saturday.'],
    ['No sé qué hacer con el horario nuevo.'],
    ['On ne sait jamais avec la météo de Brest.'],
    ['We told the families in March, and the new wing opened in June.'],
    // Idioms of emphasis, not silence.
    ["I can't tell you how proud I am of this team."],
    ["Can't say enough good things about the new clinic."],
    ["I can't say I'm surprised the bus was late again."],
    // "¡No me digas!" is surprise, not an order to keep quiet.
    ['¡No me digas! El bar de abajo cierra en abril.'],
  ])('finds no held-back news in "%s"', (text) => {
    const { tokens, so } = sentenceOf(text);
    expect(plainSecrets(tokens, so).map((x) => x.name).filter((n) => ['secret.notKnown', 'secret.cantSay', 'secret.announceLater', 'secret.dontTell'].includes(n))).toEqual([]);
  });

  it('warns when the plain secret comes with news, not on its own', () => {
    expect(families(rules('brand', 'No lo digáis todavía, pero cerramos la oficina de Leeds en marzo.'))).toContain('confidential');
    expect(families(rules('brand', 'Not out yet, but the Leeds office closes in March.'))).toContain('confidential');
    expect(families(rules('brand', 'Please never share your password with anyone.'))).not.toContain('confidential');
    expect(families(rules('me', 'Rough week at work. I will say no more.'))).not.toContain('confidential');
  });
});

describe('the writer left out of the sentence, and secrets passed on', () => {
  it('reads English diary style as the writer\u2019s own life', () => {
    expect(families(rules('brand', 'Going through a divorce and barely holding it together in meetings.'))).toContain('private-life');
    expect(families(rules('firm', 'Supporting families through divorce since 1998.'))).not.toContain('private-life');
    expect(families(rules('firm', 'Separating parents: five things to agree before the hearing.'))).not.toContain('private-life');
  });

  it('takes sharing what is marked secret for a leak', () => {
    expect(families(rules('brand', 'Sharing the confidential pricing memo here, people deserve to know.'))).toContain('confidential');
    expect(families(rules('brand', 'Je partage le rapport confidentiel, tant pis.'))).toContain('confidential');
    expect(families(rules('brand', 'Sharing our internal wellbeing tips with everyone!'))).not.toContain('confidential');
  });

  it('keeps a leak in so many words whatever the learned model says: no training post shows one', () => {
    for (const text of ['Sharing the confidential pricing memo here, people deserve to know.', 'Je partage le rapport confidentiel, tant pis.']) {
      const ws = withModel('brand', text);
      expect(ws.find((w) => w.family === 'confidential')?.ruleId, text).toBe('confidential.secret-news');
    }
  });
});

describe('who makes a third party recognisable', () => {
  it('a family name or a relation, with hardship', () => {
    expect(families(rules('firm', 'La famille Moreau ne peut plus payer ses dettes, expulsée lundi.'))).toContain('third-party');
    expect(families(rules('ward', "The Okafor kids were in tears all afternoon, their dad's still in resus."))).toContain('third-party');
    expect(families(rules('firm', 'Das Ehepaar Brandl ist pleite und streitet jetzt um das Haus.'))).toContain('third-party');
  });

  it.each([
    ['firm', 'Mein Mandant Klaus Weber schuldet dem Finanzamt 80.000 Euro.'],
    ['firm', 'M. Lemaire, le garagiste de Lambersart, doit 40 000 € au fisc.'],
    ['firm', 'My client Mr Harding owes 140k in back taxes and keeps buying cars.'],
    ['firm', 'La madre del infantil de Delicias ha vuelto a no pagar la cuota.'],
    ['brand', 'Madame Schnoebelen de Biesheim n\'a toujours pas réglé la facture.'],
  ])('money owed, with its amount or in plain words: %s', (identityId, text) => {
    expect(families(rules(identityId, text))).toContain('third-party');
  });

  it.each([
    'Tom Baker owes nobody an apology for that brilliant logo.',
    'El pueblo le debe mucho a Doña Carmen Vidal, que se jubila hoy.',
    'Herr Weber schuldet uns noch eine Antwort zur Terminplanung.',
    'M. Faure nous doit une revanche au tennis.',
    'Mme Leroy a découvert notre boutique en 2019.',
  ])('a debt of thanks or an answer is no money trouble: %s', (text) => {
    expect(families(rules('firm', text))).not.toContain('third-party');
  });

  it('not praise of a named colleague, unless the sentence says who they are to the work', () => {
    for (const text of ['So proud of Dr Ramos from our team, who passed her fellowship exam today!', 'Dr Osei from our unit passed her membership exam today. So proud of her!']) {
      expect(families(rules('ward', text)), text).not.toContain('third-party');
      expect(families(withModel('ward', text)), text).not.toContain('third-party');
    }
    expect(families(rules('class', 'So proud of Ella in 9B who finally passed her maths resit!'))).toContain('third-party');
    expect(families(withModel('ward', 'Proud of Mrs Bell in bed 4 who walked today after her hip op.'))).toContain('third-party');
  });

  it('not someone from a town on a personal identity', () => {
    expect(families(rules('me', 'Second date with the baker from Lyon. She hates my jokes.'))).not.toContain('third-party');
  });

  it.each([
    ['class', 'La petite Inès de 1ère 4, celle dont le père passe au tribunal pour violences, a encore pleuré en cours.'],
    ['class', 'Petit coup de gueule : Théo M., 2nde 4, ne mange plus à la cantine : la famille n’a pas payé les factures (340 € de retard).'],
    ['class', 'Le fils Benyahia de 4e B a frappé un camarade, conseil de discipline lundi.'],
    ['class', 'Al niño de los Martínez (el de 4º B) lo han expulsado otra vez por pelearse.'],
    ['class', 'Das Mädchen aus der Igelgruppe hat heute zum dritten Mal diese Woche gebissen.'],
  ])('a school year with its group, a Kita group, or a first name with an initial: %s', (identityId, text) => {
    expect(families(rules(identityId, text))).toContain('third-party');
  });

  it.each([
    ['class', 'Le 4e trimestre commence. Rendez-vous en 2nde pour la suite du programme.'],
    ['class', 'Nos élèves de 2nde 4 ont visité le musée, bravo à eux !'],
    ['ward', 'Get vaccinated against Hepatitis B. Clinics every Tuesday at the health centre.'],
  ])('no one recognisable by a year, a group or an initial: %s', (identityId, text) => {
    expect(families(rules(identityId, text))).not.toContain('third-party');
  });
});

describe('a post written all in lower case', () => {
  it('finds the name after a title that has no capital: "oberarzt dr kessenich"', () => {
    expect(featureNames(profile, 'ward', 'kleiner freundlicher hinweis für oberarzt dr kessenich weil ers heute dreimal verwechselt hat')).toContain('ref.official');
  });
  it('takes no ordinary word after the title for a name: "dr appointment"', () => {
    expect(featureNames(profile, 'ward', 'need a dr appointment asap lol')).not.toContain('ref.official');
  });
});

describe('health told through sick leave', () => {
  it('reports the leave beside a health word, and a diagnosis without its subject', () => {
    const seen: string[] = [];
    evaluate({ text: 'Off sick since Monday, the migraine will not quit.', identityId: 'ward' }, profile, { model: null, onFeatures: (f) => seen.push(...f.keys()) });
    expect(seen).toContain('pair.leave+health');
    expect(shapes('Diagnosed with asthma at forty. Fun.')).toContain('health.selfDiagnosis');
    expect(shapes('Broke my wrist at netball.')).toContain('health.injury');
  });
});

describe('a lone name opening a sentence (sixth round)', () => {
  // A signal for the learned model only: no list knows "Pickering", but a capitalised word before "runs", "ist", "est"
  // opens a sentence about someone.
  const signalNames = (text: string) => featureNames(profile, 'me', text);
  it.each([
    'Pickering runs the music service like a man who once heard about music from a friend.',
    'Kuhlmann ist der lebende Beweis, dass man nach oben fallen kann.',
    'Santoni est le seul patron au monde qui compte les trombones.',
    'Gontran nous a fait un discours de 25 minutes.',
  ])('%s opens with someone', (text) => {
    expect(signalNames(text)).toContain('ref.capStart');
  });

  it.each(['Today is a good day.', 'The rota is out.', 'Nobody was hurt.', 'Die Schule ist zu.'])('%s does not', (text) => {
    expect(signalNames(text)).not.toContain('ref.capStart');
  });
});

describe('a drink named as an offence is a case (seventh round)', () => {
  it.each([
    "Je plaide demain un dossier d'alcool au volant, récidive, c'est toujours délicat.",
    'Ich vertrete morgen einen Mandanten wegen Alkohol am Steuer.',
    'Mañana defiendo un caso de alcoholemia al volante.',
    "Aujourd'hui j'ai défendu un client pour conduite sous l'emprise de l'alcool.",
  ])('%s is the lawyer\u2019s work, not her drinking', (text) => {
    expect(families(rules('firm', text))).not.toContain('substances');
  });

  it.each([
    'Honestly I need a gin after that hearing.',
    'Ich brauch nach dem Urteil erstmal einen Schnaps.',
    'Hoy juicio por alcoholemia y yo con una resaca brutal.',
    "J'ai pris trop d'alcool hier soir après l'audience.",
    'Court then wine with the team, I had far too much.',
  ])('%s: a drink of her own beside a case is still hers', (text) => {
    expect(families(rules('firm', text))).toContain('substances');
  });

  it('a teacher\u2019s own offence is his drinking: only cases are the work', () => {
    expect(families(rules('class', 'Ich wurde gestern mit Alkohol am Steuer erwischt.'))).toContain('substances');
  });
});

describe('the workplace a personal identity keeps off itself (seventh round)', () => {
  // The employer is nowhere in the profile but in the personal identity's never-say list, as most people set it up.
  const kept: ProfileInput = {
    identities: [
      { id: 'desk', name: 'Desk', role: 'journalist', names: ['Inés Calloway'] },
      { id: 'me', name: 'Me', role: 'personal', never: ['Radio Talamanca', 'project bluebird'] },
    ],
  };
  const on = (text: string) => families(evaluate({ text, identityId: 'me' }, kept, { model: null }));

  it.each([
    'Radio Talamanca, where the coffee is free because the salary does not stretch to anything else.',
    'Radio Talamanca me paie avec neuf mois de retard. Bravo.',
    'Bei Radio Talamanca gelten Überstunden als Ehrenamt.',
    'Radio Talamanca spart jetzt an den Mikrofonen. An den MIKROFONEN.',
    'Radio Talamanca kürzt mal wieder bei den Freien, aber die Chefetage fährt neue Dienstwagen.',
    'Radio Talamanca no nos paga las horas extra. Cero.',
    'Radio Talamanca wants us to do more with less for the sixth year running. Love it here 🙃',
  ])('%s complains about the employer', (text) => {
    expect(on(text)).toContain('employer');
  });

  it('Radio Talamanca paying for a course is no complaint', () => {
    expect(on('Radio Talamanca nos paga el curso de inglés 🙌 qué bien')).not.toContain('employer');
  });

  it.each([
    ['Biscuit', 'Biscuit chewed my shoes again, naughty boy, I am furious.'],
    ['Labour', 'Labour are useless, what a disgrace.'],
    ['Tom Baxter', 'Tom Baxter is the worst ex in history, useless.'],
    ['Leeds Rhinos', 'Leeds Rhinos were useless tonight, a disgrace.'],
  ])('a never-say "%s" on the personal identity is no workplace: a pet, a party, a person, a team', (never, text) => {
    const p: ProfileInput = { identities: [{ id: 'desk', name: 'Desk', role: 'journalist' }, { id: 'me', name: 'Me', role: 'personal', never: [never] }] };
    expect(families(evaluate({ text, identityId: 'me' }, p, { model: null }))).not.toContain('employer');
  });

  it('a first name kept off the personal identity is a person, not the workplace', () => {
    const friends: ProfileInput = {
      identities: [
        { id: 'desk', name: 'Desk', role: 'journalist' },
        { id: 'me', name: 'Me', role: 'personal', never: ['Sarah', 'Radio Talamanca'] },
      ],
    };
    expect(families(evaluate({ text: 'Sarah was so rude to me at the party.', identityId: 'me' }, friends, { model: null }))).not.toContain('employer');
  });

  it('the same name in good news is never-say, not a complaint', () => {
    const got = on('Radio Talamanca won the regional award tonight, so proud of the team!');
    expect(got).not.toContain('employer');
    expect(got).toContain('other-identity');
  });
});

describe('the short names people give their workplace (seventh round)', () => {
  it('drops the kind of organisation, a leading article and runs the name together as a hashtag', async () => {
    const { workplaceForms } = await import('../../../shared/warnings/understand/index');
    // A single word left is no short name: a town, a noun or a saint as often as the workplace (review).
    expect(workplaceForms('Klinikum Kranichsbrook')).toEqual(['klinikumkranichsbrook']);
    expect(workplaceForms('Kanzlei Gerechtigkeit')).not.toContain('Gerechtigkeit');
    expect(workplaceForms('Aire and Wharfe Community NHS Trust')).toContain('Aire and Wharfe');
    expect(workplaceForms('Hawksworth Beck MSK Clinic')).toEqual(expect.arrayContaining(['Hawksworth Beck', 'hawksworthbeck']));
    expect(workplaceForms('El Mirador del Túria')).toEqual(expect.arrayContaining(['Mirador del Túria', 'miradordelturia']));
    // A short word left alone would be every bay and every band.
    expect(workplaceForms('Radio Bahía')).not.toContain('Bahía');
    expect(workplaceForms('KKB')).toEqual([]);
    // A club's number is dropped (twelfth round's probes). An article kept with what is left would be a common word as
    // often ("El Sol", "La Fe", "Die Brücke", "Les Tilleuls"), so it is not.
    expect(workplaceForms('SV Rheintal 09')).toContain('SV Rheintal');
    expect(workplaceForms('CEIP Los Almendros')).not.toContain('Los Almendros');
  });

  const staff: ProfileInput = {
    identities: [
      { id: 'icu', name: 'ICU', role: 'clinician', employer: ['Klinikum Kranichsbrook'] },
      { id: 'job', name: 'Job', role: 'public-servant', employer: ['ADEP Lille-Fives', 'ADEP'] },
      { id: 'me', name: 'Me', role: 'personal' },
    ],
  };
  const on = (text: string) => families(evaluate({ text, identityId: 'me' }, staff, { model: null }));

  it.each([
    '#KlinikumKranichsbrook where the night-shift bonus is a thank-you card and a broken coffee machine.',
    "L'ADEP, où la machine à café est remplacée par des bruits de vagues. Sans café. Bravo la direction.",
  ])('%s complains about the employer by a short name', (text) => {
    expect(on(text)).toContain('employer');
  });

  it.each([
    ['Stuttgart ist heute ein einziger Stau, furchtbar.', 'Klinikum Stuttgart'],
    ['El planeta está en crisis y nadie hace nada.', 'Grupo Editorial Planeta'],
    ["J'ai peur de l'avenir, tout est nul.", 'Lycée Avenir'],
    ['En general, el día ha sido horrible.', 'Hospital General'],
  ])('%s: a town or a common word that a workplace is named after is not the workplace', (text, employer) => {
    const p: ProfileInput = { identities: [{ id: 'w', name: 'W', role: 'clinician', employer: [employer] }, { id: 'me', name: 'Me', role: 'personal' }] };
    expect(families(evaluate({ text, identityId: 'me' }, p, { model: null }))).not.toContain('employer');
  });

  it('an elided article is no name when the trie holds words, not names ("je l\u2019associe")', async () => {
    const { TokenTrie } = await import('../../../shared/warnings/trie');
    const { tokenize } = await import('../../../shared/warnings/text');
    const { keysOf } = await import('../../../shared/warnings/trie');
    const trie = new TokenTrie<string>();
    trie.add('associe', 'associe');
    const tokens = tokenize("Franchement je l'associe à un cauchemar.");
    expect(trie.matchAll(tokens, keysOf(tokens))).toEqual([]);
    expect(trie.matchAll(tokens, keysOf(tokens), { elided: true }).length).toBe(1);
  });
});

describe('sincere tributes are no sarcasm (seventh round review)', () => {
  // A reach-back from closing praise to the person a story is about was tried and dropped: tributes are full of
  // negations ("No one else had time. She did not rush them. Absolute hero.").
  it.each([
    'Dr Amira Patel sat with a frightened family for two hours after her shift ended. No one else had time. She did not rush them. Absolute hero.',
    'Unser Stationsleiter Torben Uhl hat den Dienstplan super gemacht. Alle haben Weihnachten frei. Er hört zu. Visionär.',
  ])('%s', (text) => {
    expect(families(rules('ward', text))).not.toContain('named-attack');
  });
});

describe('a clinician moved is no symptom (seventh round)', () => {
  it.each([
    'Thirty-four years of this and I still get a lump in my throat when a frightened patient finally sits down.',
    'Ich hatte heute einen Kloß im Hals, als die Patientin sich bedankt hat.',
    'Me quedé con un nudo en la garganta cuando el paciente me abrazó.',
  ])('%s is not the clinician\u2019s own health', (text) => {
    expect(families(rules('ward', text))).not.toContain('health');
  });

  it('"my diabetes" still is, and "we" with a miscarriage is the writer\u2019s own', () => {
    expect(families(rules('ward', 'My diabetes is playing up again, third hypo this week.'))).toContain('health');
    expect(families(rules('ward', 'We had a miscarriage last week and I am not ok.'))).toContain('health');
  });
});

describe('years in a job are no age (seventh round)', () => {
  it('"lleva 30 años en esto" is a career, and the colleague is praised', () => {
    expect(families(rules('me', 'Mi compañera Mercedes Tolosa lleva 30 años en esto y hoy ha vuelto a emocionar a un juez.'))).not.toContain('third-party');
  });
});

describe('drinking and drugs told by an amount or a verb of taking, and drinks without alcohol (eighth round)', () => {
  it.each([
    ['Nach der Sitzung noch 9 Kölsch und ein Taxi.', 'sub.amount'],
    ['Después de la guardia, tres cañitas y a la cama.', 'sub.amount'],
    ['Réunion finie, quelques verres de trop au café.', 'sub.amount'],
    ['Half a bottle of red before marking, never again.', 'sub.amount'],
    ['At the festival I smoked some weed before the set.', 'pair.consume+substance'],
    ['El sábado me tomé media pirula y sigo flotando.', 'pair.consume+substance'],
    ['Am Wochenende Pilze genommen, heute Konferenz.', 'cat.drugs'],
  ])('%s -> %s', (text, feature) => {
    expect(featureNames(profile, 'class', text)).toContain(feature);
  });

  it('sees no amount where the number is not before the drink', () => {
    expect(featureNames(profile, 'class', 'Class of 30 visited the brewery museum; the beer history talk was great.')).not.toContain('sub.amount');
  });

  it.each([
    'After the match: an alkoholfreies Radler, ich fahre noch.',
    'I had an alcohol-free gin at the staff do.',
    'Cena con el equipo, yo con cerveza sin alcohol.',
    "J'ai pris une bière sans alcool au pot de départ.",
  ])('a drink without alcohol is no drinking: %s', (text) => {
    expect(families(rules('class', text))).not.toContain('substances');
  });

  it.each([
    ['firm', 'Mein Mandant war betrunken am Steuer, ich plädiere auf Bewährung.'],
    ['firm', 'My client was drunk when he signed, so I argued undue influence.'],
    ['firm', 'Mi cliente estaba borracho aquella noche, lo defendí ayer.'],
    ['ward', 'The patient in bay 4 was drunk and abusive, security came.'],
    ['class', 'Heute mit der 10b über Alkohol am Steuer gesprochen.'],
  ])("someone else's drinking, or alcohol as a topic, is not the writer's (rules): %s", (identityId, text) => {
    expect(rules(identityId, text).filter((w) => w.ruleId === 'substances.use')).toEqual([]);
  });

  it.each([
    ['firm', 'Mein Mandant und ich waren betrunken nach dem Urteil.'],
    ['firm', 'My client and I got drunk after the verdict.'],
    ['class', 'Ich wurde mit Alkohol am Steuer erwischt.'],
    ['class', 'Ich habe gestern zu viel Alkohol getrunken.'],
  ])('the writer drinking with a client, or alcohol told of oneself, still is (rules): %s', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.ruleId)).toContain('substances.use');
  });

  it.each([
    ['I had a gin at the staff do and then three more.', 'substances'],
    ['Me operaron de la vesícula el lunes, vuelvo en dos semanas.', 'health'],
    ['Bin ab Montag drei Wochen in der Reha, Bandscheibe.', 'health'],
    ['Six weeks into my IVF and the hormone injections make me cry in the staff room.', 'health'],
  ])('still warns the professional identity: %s', (text, family) => {
    expect(families(rules('class', text))).toContain(family);
  });
});

describe('the eighth round review: work talk, products and drinks without alcohol', () => {
  const pro: ProfileInput = {
    identities: [
      { id: 'physio', name: 'Physio', role: 'clinician', names: ['Kai Example'] },
      { id: 'paper', name: 'Paper', role: 'journalist' },
      { id: 'brewery', name: 'Brewery', role: 'company', names: ['Krugbach Bräu'] },
      { id: 'me', name: 'Me', role: 'personal' },
    ],
  };
  const ruleIds = (identityId: string, text: string) => evaluate({ text, identityId }, pro, { model: null }).map((w) => w.ruleId);

  it.each([
    ['physio', 'I see a sprained ankle every Saturday.'],
    ['physio', 'Je soigne une entorse de cheville tous les lundis.'],
    ['physio', 'Ich behandle jeden Tag Sehnenscheidenentzündungen.'],
    ['paper', 'I covered the norovirus outbreak at the care home.'],
    ['paper', 'I report on the antibiotics shortage for the paper.'],
  ])('the writer at work is not the writer ill: %s', (identityId, text) => {
    expect(ruleIds(identityId, text)).not.toContain('health.own');
  });

  it.each([
    ['physio', 'I sprained my ankle at netball, off for a week.'],
    ['paper', 'I have norovirus and I am writing this from bed.'],
    ['paper', 'Estoy con antibióticos toda la semana, perdón por el retraso.'],
  ])('the writer ill still is: %s', (identityId, text) => {
    expect(ruleIds(identityId, text)).toContain('health.own');
  });

  it.each(['Our Kölsch won silver at the fair.', 'Unser Pils ist zurück!', 'Nuestro vermut de la casa vuelve este viernes.'])("a brand's own drink is its product: %s", (text) => {
    expect(ruleIds('brewery', text)).not.toContain('substances.use');
  });

  it.each(['Wir haben drei neue Biere gebraut und sind sehr stolz.', 'Nous avons brassé une bière de Noël.', 'Hemos embotellado nuestro primer vermut.'])(
    'a drink the brand made is its product, amounts included: %s',
    (text) => {
      expect(ruleIds('brewery', text)).not.toContain('substances.use');
    },
  );

  it('a brand whose staff got drunk is still warned', () => {
    expect(ruleIds('brewery', 'Our staff party: we drank all the Kölsch and I was drunk by nine.')).toContain('substances.use');
    expect(families(evaluate({ text: 'We brewed three beers and I was drunk by nine.', identityId: 'brewery' }, pro, { model: null }))).toContain('substances');
  });

  it.each([
    ['brewery', 'Nuestro programa de salud mental para empleados arranca en enero.'],
    ['brewery', 'This is Mental Health Awareness Week: our first aiders are here for you.'],
    ['paper', 'Notre programme de santé mentale commence lundi.'],
    ['paper', 'Unsere Burnout-Prävention startet im März, ich freue mich.'],
  ])('a health word naming a programme or a week is what an organisation runs: %s', (identityId, text) => {
    expect(families(evaluate({ text, identityId }, pro))).not.toContain('health');
  });

  it.each([
    ['brewery', 'I have depression and our mental health week made me cry.'],
    ['paper', 'Je suis en burn-out depuis mars.'],
    ['paper', 'Semana de baja por una hernia discal.'],
    ['paper', 'Bin diese Woche krankgeschrieben, Burnout-Verdacht.'],
  ])('the writer ill beside such a programme, or for a week, still is: %s', (identityId, text) => {
    expect(families(evaluate({ text, identityId }, pro))).toContain('health');
  });

  it.each([
    'Und wir sollen „modern kommunizieren“.',
    "We're expected to cover two wards with one nurse.",
    'Au centre, on nous demande de « sourire davantage ».',
    'Nos piden que hagamos más con menos.',
  ])('a demand made of the writer\'s side is a grievance by its form: %s', (text) => {
    expect(featureNames(pro, 'paper', text)).toContain('grievance.demand');
  });

  it('a demand is a complaint about the employer only with something missing, quoted or complained of, and no praise', () => {
    const work: ProfileInput = { identities: [{ id: 'ward', name: 'Ward', role: 'clinician', names: ["St Mary's Hospital"] }, { id: 'me', name: 'Me', role: 'personal' }] };
    const on = (text: string) => families(evaluate({ text, identityId: 'ward' }, work, { model: null }));
    expect(on("St Mary's Hospital: we're expected to cover two wards with one nurse and no breaks.")).toContain('employer');
    expect(on("St Mary's Hospital fun run is on Saturday and we're expected to get snow, so wrap up warm!")).not.toContain('employer');
    expect(on("St Mary's Hospital: we're expected to hit 10,000 vaccinations this week, thank you to every volunteer!")).not.toContain('employer');
  });

  it.each(['Heute gebraut, danach noch fünf Bier im Büro.', 'On a brassé toute la journée puis trois bières chacun au comptoir.', "Cold brews with the crew tonight, I've had four already."])(
    'drinking after the brewing, or brews as drinks, is still drinking for a brand: %s',
    (text) => {
      expect(families(evaluate({ text, identityId: 'brewery' }, pro, { model: null }))).toContain('substances');
    },
  );

  it.each(['Hoy empiezo mi programa de quimioterapia, ya os contaré.', 'Je commence lundi mon programme de chimiothérapie.'])('the writer\'s own programme is treatment: %s', (text) => {
    expect(families(evaluate({ text, identityId: 'paper' }, pro, { model: null }))).toContain('health');
  });

  it('making a drink is no product for a writer who is not the brand', () => {
    expect(ruleIds('paper', 'Wir haben drei neue Biere gebraut und sind sehr stolz.')).toContain('substances.use');
  });

  it.each(['I had a 0.0 beer at the staff do.', 'Me tomé una cerveza 0,0 en la cena.', 'I drank a beer, alcohol free, at the party.', 'Ich trinke nur Bier ohne Alkohol.'])(
    'a drink without alcohol gives the learned model no drink either: %s',
    (text) => {
      const names = featureNames(pro, 'paper', text);
      expect(names.filter((n) => n === 'cat.alcohol' || n.startsWith('pair.me+alcohol') || n === 'sub.amount')).toEqual([]);
    },
  );

  it('an amount counts before a drink, not before seals or a seizure', () => {
    expect(featureNames(pro, 'paper', 'Die Polizei hat drei Kilo Koks beschlagnahmt.')).not.toContain('sub.amount');
    expect(featureNames(pro, 'paper', 'Nous avons changé quelques joints du frigo.')).not.toContain('sub.amount');
    expect(featureNames(pro, 'paper', 'Nach dem Spiel noch drei Bier am Kiosk.')).toContain('sub.amount');
  });

  it.each([
    ['paper', 'I have a problem with alcohol, and I am saying it here.'],
    ['paper', 'Still drunk on shift this morning, oops.'],
    ['paper', 'Beim Abiball mit den Schülern Sekt getrunken, und wie.'],
    ['paper', 'Two glasses of wine, then an alcohol-free beer.'],
    ['paper', 'Drei Bier und ein alkoholfreies.'],
    ['brewery', 'Our brewers drank way too much of our own beer at the party.'],
    ['brewery', 'Nuestro equipo se bebió todas nuestras cervezas.'],
  ])('second review: the writer drinking is still told (rules): %s', (identityId, text) => {
    expect(ruleIds(identityId, text)).toContain('substances.use');
  });

  it.each([
    ['paper', 'I was prescribed antibiotics for a chest infection.'],
    ['paper', 'I gave up and took sick leave.'],
    ['paper', 'I saw a specialist about the migraines.'],
    ['paper', 'Ich schreibe diesen Text mit Grippe.'],
    ['physio', 'I see my GP tomorrow about the lump in my neck.'],
  ])('second review: the writer as a patient is no work of theirs (rules): %s', (identityId, text) => {
    expect(ruleIds(identityId, text)).toContain('health.own');
  });

  it('second review: a verb of work before the writer counts too ("erkläre ich"), and the learned model may not overrule it', () => {
    expect(ruleIds('paper', 'Heute erkläre ich der Klasse die Schilddrüse.')).not.toContain('health.own');
    // (Measured on the reviews' sentences, the model raised health on job talk by itself: 73 of 260 fine sentences
    // warned with the model before this, 54 after, at the same 71 of 108 caught.)
    expect(featureNames(pro, 'paper', 'I covered the norovirus outbreak for the evening edition.')).toContain('damp.health');
    expect(featureNames(pro, 'physio', 'Ich behandle jeden Tag Sehnenscheidenentzündungen.')).toContain('damp.health');
    expect(featureNames(pro, 'physio', 'I sprained my ankle at netball, off for a week.')).not.toContain('damp.health');
  });

  it("second review: the board of something named after it is someone else's", () => {
    const personal = (text: string) => evaluate({ text, identityId: 'me' }, pro, { model: null }).map((w) => w.ruleId);
    expect(personal('Der Vorstand des Sportvereins ist eine Katastrophe.')).not.toContain('employer.complaint');
    expect(personal('Los socios del club son unos inútiles.')).not.toContain('employer.complaint');
    expect(personal('Die Geschäftsführung hat die Stellen wieder gestrichen, eine Frechheit.')).toContain('employer.complaint');
  });
});

describe('parties named after everyday words', () => {
  const politics = (id: string, text: string) => featureNames(profile, id, text).includes('cat.politics');
  it.each([
    ['me', 'Aún no podemos contar nada del viaje, ¡paciencia!'],
    ['me', 'Podemos quedar el sábado para el cumple de Lucía.'],
    ['ward', 'Two mums in labour at once and the induced labour room was full.'],
    ['me', 'Endlich Wochenende, ab ins Grünen mit dem Rad.'],
    ['me', 'Seit Montag tut mir das im linken Knie weh.'],
    ['me', 'Spoiler: the cake was better than the film.'],
  ])('reads the word, not the party, in "%s" (%s)', (id, text) => {
    expect(politics(id, text)).toBe(false);
  });
  it.each([
    ['me', 'Voy a votar a Podemos aunque me cueste.'],
    ['me', 'Labour will lose the seat if they keep this up.'],
    ['me', 'Ich wähle die Grünen, ganz klar.'],
  ])('still reads the party in "%s" (%s)', (id, text) => {
    expect(politics(id, text)).toBe(true);
  });
});

describe('one word in quotes', () => {
  it.each([
    "Congrats to Bastian Krollmann on their 'revolutionary' new recall feature 🎉",
    'Die neue Büroleiterin hat die Ablage „optimiert“. Jetzt findet keiner mehr was.',
  ])('is a sign of scare quotes for the learned model: %s', (text) => {
    expect(featureNames(profile, 'brand', text)).toContain('style.scareQuote');
  });
  it("is not an apostrophe: \"We're open 'til 6 on Saturday.\"", () => {
    expect(featureNames(profile, 'brand', "We're open 'til 6 on Saturday.")).not.toContain('style.scareQuote');
  });
});

describe('a goodbye said to a colleague', () => {
  it('is a farewell, not a break-up: "Today we say goodbye to Margaret Ellory, head of conservation for 31 years"', () => {
    expect(families(rules('brand', 'Today we say goodbye to Margaret Ellory, head of conservation for 31 years. We will miss her.'))).not.toContain('private-life');
  });
  it.each(['Three years and he said goodbye by text.', 'Yesterday I said goodbye to my husband after 12 years.'])('a goodbye in a relationship stays one: "%s"', (text) => {
    expect(families(rules('brand', text))).toContain('private-life');
  });
});

describe('dying of a feeling', () => {
  it.each([
    'Me muero de risa con el vídeo del perro de mi vecina 😂',
    'Je suis mort de rire devant le sketch de ce soir.',
    "Réunion de trois heures, j'étais mort d'ennui.",
    'Ich sterbe vor Langeweile in diesem Zug.',
    'Honestly dying of embarrassment after that karaoke.',
  ])('is no health in "%s"', (text) => {
    expect(families(rules('desk', text))).not.toContain('health');
  });
  it('leaves real health beside it alone', () => {
    expect(families(rules('desk', 'Mort de fatigue après la chimio de ce matin, je reprends lundi.'))).toContain('health');
  });
});

describe('thanks for nothing', () => {
  it('"Shout-out to" with its hyphen thanks: the praise after it is meant', () => {
    const text = 'Shout-out to Dr. Aisha Bello, our new radiologist, who talked a terrified patient through an angio like it was a chat over coffee. Class act 👏';
    expect(featureNames(profile, 'ward', text)).not.toContain('neg.sarcasticPraise');
    expect(featureNames(profile, 'ward', text)).toContain('shape.thanks');
  });
  it('is a jab, not praise that shields the sentence', () => {
    expect(featureNames(profile, 'me', 'Huge congrats to referee Tom Hallam for absolutely nothing 👏')).toContain('neg.thanksForNothing');
    expect(featureNames(profile, 'me', 'Danke an Herrn Wolff für genau nichts.')).toContain('neg.thanksForNothing');
  });
  it.each([
    ['desk', 'Thank you Coach Harris, for all those losing seasons 👏'],
    ['desk', 'Thanks to Minister Reeve for all the broken promises.'],
    ['desk', 'Thanks, Minister Holt, for all the chaos.'],
  ])('thanks for the harm itself is an attack the learned model may not drop on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.thanksForNothing');
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['desk', 'Thank you Mrs Patel for all the tears and laughter over 20 years ❤️'],
    ['desk', 'Thanks to Dr Ahmed for all the late nights on the ward this winter.'],
    ['desk', 'Thanks to Minister Reeve for the support during the cuts.'],
    ['desk', 'Thank you to Councillor Webb for all the hard questions at committee.'],
  ])('leaves thanks for time, effort or warmth on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.thanksForNothing');
  });
  it('leaves thanks that only mention nothing in another clause', () => {
    expect(featureNames(profile, 'me', 'Thank you Marta, the storm prepared me for nothing but this.')).not.toContain('neg.thanksForNothing');
    expect(featureNames(profile, 'me', 'Thanks for everything, Coach Ray, it meant a lot.')).not.toContain('neg.thanksForNothing');
  });
});

describe("a brand's drinks on its menu", () => {
  it.each([
    'Wine tasting on Friday: four Riojas, cheese and live music. Tickets £20 🍷',
    'Maridaje de vinos gallegos con el menú del chef, sábado a las 21h.',
    'Frisch gezapft 🍺 ab heute auf der Terrasse, dazu Brezn und Obatzda.',
    'Soirée dégustation : trois champagnes et les bouchées du chef, sur réservation 🥂',
  ])('is its product in "%s"', (text) => {
    expect(families(withModel('brand', text))).not.toContain('substances');
    expect(families(rules('brand', text))).not.toContain('substances');
  });
  it('is drinking once someone is drunk or it already happened', () => {
    expect(families(rules('brand', 'Staff wine tasting last night and half the team are hungover today 🍷'))).toContain('substances');
    expect(families(rules('brand', 'Wine tasting on Friday, tickets £20. Our manager was so drunk at the last one 🍷'))).toContain('substances');
  });
});

describe('drinking too much with no drink named', () => {
  it.each([
    'Drank way too much at the leaving do, never again.',
    'Anoche bebí demasiado en la cena de empresa.',
    'Gestern viel zu viel getrunken, heute Meeting um acht.',
    "J'ai trop bu au pot de départ hier soir.",
  ])('is drinking in "%s"', (text) => {
    expect(families(rules('ward', text))).toContain('substances');
  });
  it('is not drinking too much coffee', () => {
    expect(families(rules('ward', 'Drank way too much coffee before the night shift.'))).not.toContain('substances');
  });
});

describe('the question of a belief held in earnest', () => {
  it('mocks a named person with "does ... genuinely believe"', () => {
    expect(featureNames(profile, 'class', 'Does Mr Pritchard genuinely believe shouting at Year 7 counts as pastoral care??')).toContain('neg.mockShape');
    expect(featureNames(profile, 'class', 'Did Ms Lowe really expect us to mark 200 essays by Friday?')).toContain('neg.mockShape');
  });
  it('leaves questions to the reader alone', () => {
    expect(featureNames(profile, 'class', 'Do you really think it will rain on sports day?')).not.toContain('neg.mockShape');
  });
});

describe('praise of a failure', () => {
  it.each(['Cllr Hargreaves, truly a genius at saying nothing for forty minutes.', 'Ten Hag is a genius at losing.'])('is sarcasm in "%s"', (text) => {
    const names = featureNames(profile, 'me', text);
    expect(names).toContain('neg.sarcasticPraise');
    expect(names).not.toContain('secret.sayNoMore');
  });
  it.each(['Coach Reyes is a master at never missing a beat.', 'Dr Mehta is a genius at spotting what everyone else missed.'])('is praise in "%s"', (text) => {
    expect(featureNames(profile, 'me', text)).not.toContain('neg.sarcasticPraise');
  });
});

describe('German swear words opening a compound', () => {
  it.each(['Scheißwetter heute, aber der Ausflug findet statt.', 'Was für ein Drecksding, dieser Drucker.'])('is swearing in "%s"', (text) => {
    expect(families(rules('ward', text))).toContain('profanity');
  });
  it('leaves words that only look alike', () => {
    expect(families(rules('ward', 'Die Arche im Zoo ist heute geöffnet, dazu Kakao für alle.'))).not.toContain('profanity');
  });
});

describe('an organisation speaking for itself', () => {
  const council: ProfileInput = { identities: [{ id: 'city', name: 'City', role: 'public-servant', names: ['Stadt Freiburg'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  it('announces, it does not complain about its employer', () => {
    const text = 'Die Stadt Freiburg gibt bekannt: Der Weihnachtsmarkt öffnet am 23. November. Alle Infos unter freiburg.de';
    expect(families(evaluate({ text, identityId: 'city' }, council))).not.toContain('employer');
  });
  it('still complains when the post complains', () => {
    const text = 'Die Stadt Freiburg gibt bekannt, dass die Heizung im Bürgeramt seit März kaputt ist. Eine Zumutung.';
    expect(families(evaluate({ text, identityId: 'city' }, council, { model: null }))).toContain('employer');
  });
});

describe('an appointment is not a date', () => {
  it('reads "pide cita" and "cita previa" as appointments', () => {
    expect(featureNames(profile, 'class', 'Si necesitáis hablar, pide cita con orientación en secretaría.')).not.toContain('cat.partner');
    expect(featureNames(profile, 'class', 'Atención solo con cita previa durante agosto.')).not.toContain('cat.partner');
    expect(featureNames(profile, 'me', 'Primera cita con Marcos esta noche, qué nervios 🙈')).toContain('cat.partner');
  });
});

describe('third review: the tenth round’s constructions do not over-match', () => {
  it.each([
    ['class', 'No me digan que mañana ya es lunes otra vez, vuelta a la oficina 😩', 'confidential'],
    ['class', "Ne me dites pas que demain c'est déjà lundi, retour au bureau 😩", 'confidential'],
    ['class', "Can't talk now, the new office opens tomorrow and I'm so excited!", 'confidential'],
    ['class', 'No puedo contar cuántas veces cambié de oficina este año, mañana otra mudanza.', 'confidential'],
    ['class', "My kids don't know the difference between a merger and an acquisition, bless them.", 'confidential'],
    ['class', 'Officially on holiday from Monday! See you after the office party.', 'confidential'],
    ['class', 'Le bois est trop humide pour la cheminée ce soir.', 'substances'],
    ['firm', 'Bebimos agua, demasiado calor hoy en la oficina.', 'substances'],
    ['class', "I didn't really expect my boss to approve it, but he did!", 'named-attack'],
    ['class', 'Fickleness is my worst trait, honestly.', 'profanity'],
    ['class', 'Perfekte Arschbombe im Freibad heute!', 'profanity'],
    ['brand', 'Weinprobe hier bei uns am Freitag, Tickets 25 € 🍷', 'substances'],
    ['brand', 'Wir laden Sie zu unserer Weinprobe am Freitag ein, Tickets 25 € 🍷', 'substances'],
  ] as const)('%s: "%s" is no %s', (id, text, family) => {
    expect(families(rules(id, text))).not.toContain(family);
  });

  it('keeps a brand’s own team drinking', () => {
    expect(families(rules('brand', 'Happy Friday! The whole team is off to the pub for pints and we are already tipsy 🍻'))).toContain('substances');
  });

  it('reads thanks for nothing only when nothing is what the thanks is for', () => {
    expect(featureNames(profile, 'me', 'Thank you for being there when I had nothing.')).not.toContain('neg.thanksForNothing');
    expect(featureNames(profile, 'me', 'Danke für genau nichts, liebe Bahn.')).toContain('neg.thanksForNothing');
    expect(featureNames(profile, 'me', 'The ref missed three penalties. What a genius. Thanks for nothing.')).toContain('neg.sarcasticPraise');
  });

  it('ends the object of praise at a comma, and denied nothing is no failure', () => {
    expect(featureNames(profile, 'me', "She's a genius in the kitchen, nothing beats her lasagne.")).not.toContain('neg.sarcasticPraise');
    expect(featureNames(profile, 'me', 'Chapeau pour ne rien lâcher, bravo Marie !')).not.toContain('neg.sarcasticPraise');
  });

  it('still reads a capitalised party anywhere in a sentence', () => {
    for (const text of ['The leader of Labour is a disgrace.', 'Creo que Podemos tiene toda la razón.', 'Labour never learns, they are hopeless.']) {
      expect(featureNames(profile, 'me', text)).toContain('cat.politics');
    }
  });

  it('takes "gibt" as an announcement only with "bekannt"', () => {
    const council: ProfileInput = { identities: [{ id: 'me', name: 'Me', role: 'personal', employer: ['Meine Firma'] }] };
    expect(featureNames(council, 'me', 'Meine Firma gibt uns dieses Jahr wieder kein Weihnachtsgeld.')).not.toContain('damp.employer');
  });
});

describe('someone held up for finding out late', () => {
  it.each([
    ['desk', 'Our editor Mr Hale has discovered the group chat. In 2026. He now replies to every message with a thumbs up.'],
    ['me', 'Mi jefa, la doctora Prieto, acaba de descubrir que tenemos lista de espera. Tras cuatro años en el puesto.'],
    ['class', 'Notre proviseur M. Garnier vient de découvrir que la cantine ferme à 13h. Après six ans en poste.'],
    ['ward', 'Unser Chefarzt Dr. Brandt hat das Diktiergerät „entdeckt“ und hält jetzt Vorträge darüber.'],
    ['firm', 'Judge Collins has finally read the file. Next week he discovers that the children have a mother.'],
  ])('is contempt on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.discoveredLate');
  });
  it('makes an attack of it when said of someone at work', () => {
    expect(families(rules('me', 'Mi jefa, la doctora Prieto, acaba de descubrir que tenemos lista de espera. Tras cuatro años en el puesto.'))).toContain('named-attack');
  });
  it.each([
    ['ward', 'Dr Amara Lee discovered a new variant in 2021 and published it in Nature.'],
    ['class', 'Our pupil Tom discovered fractions after 3 weeks of practice!'],
    ['ward', 'Unser Kollege Tom hat mit 40 Jahren das Klettern entdeckt.'],
    ['me', 'Marie a découvert la poterie il y a trois ans et ne s’arrête plus.'],
    ['firm', 'Mme Garnier est à découvert depuis trois mois, on l’accompagne.'],
    ['brand', 'Descubre nuestra nueva carta. 2026. Te esperamos.'],
    ['me', 'We discovered a tiny bakery in Lyon after 10 years of driving past it.'],
  ])('is a finding, an age, an overdraft or an advert on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.discoveredLate');
  });
});

describe('a word of drink that is another word here', () => {
  it.each([
    ['desk', 'Rovers had 2 shots on target all game and deserved nothing.'],
    ['ward', 'Flu shots are available at the front desk from Monday.'],
    ['brand', 'Great shots from the sunset walk today 📸 thanks for sending them in!'],
    ['ward', 'Wir laufen heute rum und sammeln Müll im Park.'],
    ['ward', 'Mit Einverständnis der Besitzerin: Kater Felix ist nach der OP wieder fit 🐾'],
    ['class', 'Weed the garden beds with the kids this afternoon.'],
  ])('is no drink or drug on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text).filter((n) => n === 'cat.alcohol' || n === 'cat.drugs' || n === 'cat.intoxication')).toEqual([]);
  });
  it.each([
    ['ward', 'did 4 tequila shots last night at the staff party'],
    ['ward', 'Heute mit Kater zur Frühschicht, nie wieder Tequila.'],
    ['ward', 'Wir hängen nur rum und trinken Rum.'],
  ])('is still drink on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).toContain('substances');
  });
});

describe('injuries and self-harm in their everyday forms', () => {
  it.each([
    'had the captain in today with a grade 2 hamstring tear',
    'the girl in 9R who self-harms is back in school',
    'La alumna de 2ºB que se autolesiona ha vuelto hoy a clase',
    'Nuestro cadete se ha roto el cruzado en el entreno',
    'Die Kleine aus der 5b ritzt sich wieder, wir haben die Eltern angerufen',
    'Muskelfaserriss beim Training, drei Wochen Pause',
    'La jeune de 16 ans qui se mutilait l’an passé va mieux',
  ])('is health in "%s"', (text) => {
    expect(featureNames(profile, 'ward', text)).toContain('cat.health');
  });
  it('grades the injury, not a class, in "a grade 2 hamstring tear"', () => {
    expect(featureNames(profile, 'ward', 'had the captain in today with a grade 2 hamstring tear')).not.toContain('cat.school');
    expect(featureNames(profile, 'class', 'Our grade 2 class read their first chapter book today')).toContain('cat.school');
  });
});

describe('the fresh probes of the eleventh round', () => {
  const council: ProfileInput = { identities: [{ id: 'city', name: 'City', role: 'public-servant', names: ['Ashford Borough Council'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  it.each([
    'Ceux qui votent LFI votent pour moins de policiers dans nos rues.',
    'Si votas a Vox, votas contra los niños del barrio.',
  ])('a vote said twice takes a side: "%s"', (text) => {
    expect(families(evaluate({ text, identityId: 'city' }, council, { model: null }))).toContain('politics');
  });
  it.each([
    'Voting opens at 7am; polling stations close at 10pm. Bring photo ID to vote.',
    'Briefwahl bis Freitag beantragen, die Wahllokale öffnen um 8 Uhr.',
    'Vous serez absent dimanche ? Pensez à la procuration, le bureau de vote ouvre à 8h.',
  ])('how to vote is no side taken: "%s"', (text) => {
    expect(featureNames(council, 'city', text)).toContain('damp.politics');
  });
  it('a side taken beside the polling station is still one', () => {
    expect(featureNames(council, 'city', "Polling stations open at 7. Don't let the Tories win, vote Labour!")).not.toContain('damp.politics');
  });
  it.each([
    ["Minister Fenwick called the opposition's plan 'a shambles' during a heated Commons debate today.", 'named-attack'],
    ["Finanzminister Albrecht nannte die Pläne der Opposition heute 'unseriös'.", 'named-attack'],
  ] as const)('words in single quotes after a verb of saying are someone else’s: "%s"', (text, family) => {
    expect(families(rules('desk', text))).not.toContain(family);
  });
  it('a quoted insult of one’s own is still an attack', () => {
    expect(families(rules('desk', "Minister Fenwick, 'a shambles' of a man, is a clown."))).toContain('named-attack');
  });
  it.each(['Piso con unas vistas al mar que te mueres 😍 ¡me muero de ganas de enseñároslo!', 'Je meurs d’envie de vous le faire découvrir !', 'Une réunion ennuyeuse à mourir ce matin.'])(
    'dying of wanting is no health, for the model either: "%s"',
    (text) => {
      expect(featureNames(profile, 'brand', text)).not.toContain('cat.health');
    },
  );
  it.each([
    ['class', "Die Ergebnisse liegen mir schon vor. Offiziell kommt's am Freitag, aber ihr habt's nicht von mir."],
    ['class', "Officiellement c'est vendredi mais vous le tenez pas de moi : beaucoup d'échecs."],
    ['me', "Notre établissement sera vendu en juin. Interdiction d'en parler aux familles pour l'instant."],
  ])('a secret in plain words on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text).some((n) => n === 'cat.secrecy' || n.startsWith('secret.'))).toBe(true);
  });
  it('officially later but had already is a secret; officially retired but missing the team is not', () => {
    expect(featureNames(profile, 'class', 'Las notas salen oficialmente el jueves pero ya las tengo, muchos suspensos.')).toContain('secret.officiallyLater');
    expect(featureNames(profile, 'me', 'Officially retired on Friday but already missing the team.')).not.toContain('secret.officiallyLater');
  });
});

describe('going, asked for or told as news', () => {
  it.each([
    ['class', 'Dr Amara Lee will retire in May after 30 years with us. Thank you for everything.'],
    ['class', 'Our head Mrs Doyle will retire this summer after 22 years.'],
    ['desk', 'Coach Reyes decided to quit after the final, what a career.'],
    ['ward', 'Frau Dr. Meyer geht nach 40 Jahren in Rente. Danke für alles!'],
  ])('a retirement told is no attack on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).not.toContain('named-attack');
  });
  it.each([
    ['desk', 'Senator Vale needs to be sacked.'],
    ['desk', 'Ministro Ortega, dimisión ya.'],
    ['desk', 'Kann Bürgermeister Henning bitte endlich in Rente gehen?'],
    ['desk', 'Rücktritt jetzt, Herr Minister!'],
  ])('a going asked for is an attack on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.dismiss');
  });
});

describe('fourth review: the eleventh round’s constructions do not over-match', () => {
  it.each([
    ['class', 'Wir verabschieden Frau Müller heute in den Ruhestand!'],
    ['class', 'Prof. Dubois prend sa retraite ! Merci pour 30 ans de cours.'],
    ['desk', 'Manager Tom Reid has been sacked after six straight defeats, the club confirmed tonight.'],
    ['desk', 'Coach Smith fired! Breaking: the Bears have parted ways with their head coach.'],
    ['class', 'Mr Okafor retired today after 33 years. Legend.'],
  ])('a farewell or a sacking told is no attack on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).not.toContain('named-attack');
  });
  it.each([
    ['ward', 'Huge congratulations to Dr Amira Khan, who discovered the variant. Ten years of work, finally published!'],
    ['brand', 'Our founder Maya Chen discovered coffee roasting in 2015. Ten years later, we ship to 40 countries.'],
    ['ward', 'Nurse Kelly discovered her vocation on our wards. 35 years later she retires on Friday.'],
    ['brand', 'Prof. Lena Ortiz discovered the comet. In 2019. At just 14 years old!'],
  ])('a finding celebrated is no mockery on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.discoveredLate');
  });
  it('"Dr Lee was brilliant, really." after a hard night is praise, "Es un don, de verdad." after a failing is not', () => {
    expect(featureNames(profile, 'ward', 'Awful night shift, three admissions at 3am. Dr Lee was brilliant, really.')).not.toContain('neg.sarcasticPraise');
    expect(featureNames(profile, 'me', 'Mi jefa, Puri, es capaz de perder una bandeja en un pasillo recto. Es un don, de verdad.')).toContain('neg.sarcasticPraise');
  });
  it('how to vote, and a vote asked for an award, take no side; one’s own vote does', () => {
    const council: ProfileInput = { identities: [{ id: 'city', name: 'City', role: 'public-servant', names: ['Mairie de Nantes'] }, { id: 'me', name: 'Me', role: 'personal' }] };
    expect(families(evaluate({ text: 'Vous pouvez voter au bureau de vote ou voter par procuration.', identityId: 'city' }, council, { model: null }))).not.toContain('politics');
    expect(featureNames(council, 'city', 'Bureau de vote : fait. J’ai voté pour le changement, vous savez pour qui 😉')).not.toContain('damp.politics');
  });
  it.each([
    ['firm', 'Rappel : les jurés n’ont pas le droit d’en parler, même après le verdict.'],
    ['brand', 'Officially we open on Monday the 3rd, but we already have 40 bookings!'],
  ])('a rule or a busy opening is no secret on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).not.toContain('confidential');
  });
  it.each([
    ['ward', 'Der Kater vom Nachbarn sitzt schon wieder auf unserem Auto 😂'],
    ['brand', 'Kater Moritz ist unser neues Bürotier und schläft den ganzen Tag.'],
    ['brand', 'Rum sitzen und warten – das war gestern. Mit unserer App bucht ihr Termine in Sekunden.'],
    ['ward', "À la bourre sur les mails aujourd'hui, réponses demain."],
  ])('a cat, an adverb and running late are no drink on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).not.toContain('substances');
  });
  it.each([
    ['ward', 'Unser Team hat heute einen riesigen Kater nach der Weihnachtsfeier 🙈'],
    ['brand', 'Curled up with a good book and my third glass of red 🍷 Best Sunday.'],
    ['ward', 'Great shots last night after prom, still feeling it.'],
    ['ward', 'Encore bourrée de la soirée d’hier, je vois double.'],
  ])('a hangover, a glass and shots are still drink on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text).some((n) => n === 'cat.alcohol' || n === 'cat.intoxication')).toBe(true);
  });
  it('the writer’s own quotes and a plural possessive are no one else’s words', () => {
    expect(families(rules('brand', "I'm calling it: Councillor Reed is a 'complete clown' and everyone knows it."))).toContain('named-attack');
    expect(featureNames(profile, 'class', "Mr Briggs said the kids' trip was cancelled by that idiot of a head and the parents' evening too.")).not.toContain('style.reported');
  });
});

describe('a resignation asked for in its other forms', () => {
  it.each([
    ['desk', 'Why hasn’t Minister Fenwick resigned yet?'],
    ['desk', 'Why is Senator Blake still in office?'],
    ['desk', 'Time for Justice Secretary Colin Marsh to go. Every week another prison at 99%.'],
    ['desk', '¿Para cuándo la dimisión del ministro Pérez?'],
    ['desk', '¿Cuándo va a dimitir el consejero Ruiz? Tres años de recortes.'],
    ['desk', 'Wann tritt Minister Albrecht endlich zurück?'],
    ['desk', 'Quand va-t-il démissionner, le ministre Dupont ?'],
    ['desk', 'Minister Fenwick must step down.'],
  ])('is an attack the learned model may not drop on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.askedToGo');
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['desk', 'Tom Reid still hasn’t stepped down. Unbelievable.'],
    ['desk', 'Minister Kurz ist immer noch nicht zurückgetreten. Unfassbar.'],
    ['desk', 'Le ministre Dubois n’a toujours pas démissionné. Scandaleux.'],
  ])('told with a verdict of outrage after it, asks as plainly on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.askedToGo');
  });
  it('told with news after it, stays news: "Tom Reid still hasn’t stepped down. The inquiry reports on Monday."', () => {
    expect(featureNames(profile, 'desk', 'Tom Reid still hasn’t stepped down. The inquiry reports on Monday.')).not.toContain('neg.askedToGo');
  });
  it('reaches a person named in the sentence before: "… Graham Tate. Why is he still in post?"', () => {
    const text = 'Six months of chaos in Planning and still no word from the Chief Exec on Graham Tate. Why is he still in post?';
    const attack = withModel('brand', text).find((w) => w.family === 'named-attack');
    expect(text.slice(attack!.start, attack!.end)).toContain('Why is he still in post');
  });
  it.each([
    ['desk', 'Minister Fenwick hasn’t resigned yet, but the pressure is mounting, sources say.'],
    ['desk', 'Minister Fenwick resigned yesterday. Still no replacement named.'],
    ['class', 'Time for me to go, the bell has rung.'],
    ['class', 'We must go now, the bus is here.'],
    ['desk', 'Dr Lee has not retired yet and still sees patients at 84.'],
    // (Fourth review of the round: plans after "to go" or "step down", and someone else's question or demand.)
    ['ward', 'Time for Sister Adams to go on maternity leave! Good luck, we’ll miss you ❤️'],
    ['ward', 'Time for Dr Reyes to go home and sleep after a 14-hour shift 😴'],
    ['class', 'Coach Ellis has to step down for family reasons. We wish him all the best.'],
    ['desk', '“Why hasn’t Minister Fenwick resigned yet?” asked the opposition leader in the Commons today.'],
    ['desk', 'Opposition leader Kemi Lane said Minister Fenwick must step down.'],
    ['desk', '« Quand va-t-il démissionner ? » a demandé la députée Martin au ministre Dupont.'],
  ])('news, plans, one’s own going and someone else’s question are no request on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.askedToGo');
  });
});

describe('the twelfth round’s fresh probes: farewells, reported speech, other senses', () => {
  it.each([
    ['ward', 'After 32 years, our wonderful Dr Helen Marsh retires this Friday. Come say goodbye at the open afternoon — cake provided 🎂'],
    ['desk', 'After 22 years on the council, Cllr Margaret Olu has announced she will stand down at the May elections. The Mayor paid tribute to her ‘tireless work for Eastgate’.'],
    ['desk', 'At last night’s council meeting, Cllr Banerjee described the budget as ‘a shambles’. The Mayor responded that the figures had been independently audited.'],
  ])('a fond farewell or a report is no attack on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
  it('reported speech is the speaker’s only when someone else speaks', () => {
    expect(families(withModel('desk', 'Dr Sharma explained that the delays were caused by staff shortages, not by the trust’s failures. The Mayor denied that he had misled anyone.'))).not.toContain('named-attack');
    expect(families(rules('ward', 'I have always said that Dr Sharma is a useless surgeon.'))).toContain('named-attack');
  });
  it('a farewell followed by a jab is still an attack', () => {
    expect(families(withModel('ward', 'Dr Lee retires on Friday. About time, the man hasn’t read a paper since 1998.'))).toContain('named-attack');
  });
  it('"HHJ" is a judge’s title, not an organisation to complain about', () => {
    const council: ProfileInput = { identities: [{ id: 'probation', name: 'Probation', role: 'public-servant', employer: ['Probation Service Cardiff'] }, { id: 'me', name: 'Me', role: 'personal' }] };
    const text = 'Thank you to HHJ Pritchard for speaking at our community sentencing event — a thoughtful talk on why unpaid work matters.';
    expect(families(evaluate({ text, identityId: 'probation' }, council))).toEqual([]);
    expect(featureNames(council, 'probation', 'HHJ Pritchard handing out suspended sentences like sweets again.')).toContain('cat.title');
  });
  it.each([
    ['ward', 'Ayer vino mi hermana a comer y luego se fue.'],
    ['ward', 'La chica que vino esta mañana con su madre estaba bien.'],
    ['ward', 'Pablo vino, comió y se fue sin decir nada.'],
    ['ward', 'Mi madre vino de Sevilla para ver la función.'],
    ['ward', 'No vino nadie a la reunión.'],
    ['ward', 'Hoy vino Yolanda a la consulta con su madre.'],
    ['brand', 'Shots fired 🔥 our rivals launched a tea subscription.'],
    ['desk', '14 shots, 6 on target and still lost.'],
    ['brand', 'Nach dem Abpfiff Freibier für alle Dauerkarteninhaber im Vereinsheim 🍻'],
    ['brand', 'Nach 14 Jahren geht unsere Tresen-Seele Gabi in Rente 🥹 Freitag 18 Uhr Sekt im Foyer!'],
    ['brand', 'Sommerfest am Samstag ab 15 Uhr: Bier, Wein und Grillwurst für alle Mitglieder!'],
  ])('is no drink on %s: "%s"', (id, text) => {
    expect(families(rules(id, text))).not.toContain('substances');
  });
  it.each([
    ['ward', 'Una copa de vino y a dormir, que mañana madrugo.'],
    ['ward', 'Vino tinto, queso y sofá. Lunes superado.'],
    ['ward', 'Three shots of tequila and I’m done.'],
    ['ward', 'Anoche tomamos vino con la cena y acabé fatal.'],
    ['ward', 'Noche de viernes: vino Rioja, queso y sofá.'],
  ])('is still a drink on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text).some((n) => n === 'cat.alcohol' || n === 'cat.intoxication')).toBe(true);
  });
  it('a brand’s own night out at an hour is still drinking: "Gestern um 23 Uhr noch drei Bier mit dem Team"', () => {
    expect(families(rules('brand', 'Gestern um 23 Uhr noch drei Bier mit dem Team, heute tut der Kopf weh.'))).toContain('substances');
  });
  it('"nos hemos muerto de risa" and "en la despedida" are no death and no dismissal', () => {
    const text = '‘Me muero de risa’, decía siempre nuestra compañera Rocío. Hoy se jubila tras 30 años y en la despedida nos hemos muerto de risa con ella 😂';
    expect(families(withModel('brand', text))).toEqual([]);
  });
  it('German "wieder" is "again", and "back" only before where one is back', () => {
    expect(shapes('Heute hat ein kleiner Patient nach langer Therapie zum ersten Mal wieder gelacht.')).not.toContain('health.leave');
    expect(shapes('Nach drei Wochen Krankschreibung bin ich wieder im Dienst.')).toContain('health.leave');
  });
});

describe('sneering forms with no insult word (mockery.ts)', () => {
  // (Words of praise as the engine finds them: the sentiment vocabulary, one word at a time here.)
  const praise = new Set<string>(VOCAB.sentimentPositive);
  const forms = (text: string) => {
    const { tokens, so } = sentenceOf(text);
    return mockeryForms(tokens, so, () => false, (i) => praise.has(tokens[i]!.norm)).map((x) => x.name);
  };
  it.each([
    ['neg.offAir', 'Can somebody take Vince Harlow off the radio please'],
    ['neg.offAir', 'Ojalá alguien le quite el micrófono a Tomás Breña de una vez.'],
    ['neg.offAir', 'Kann bitte jemand Herrn Albers das Mikro abdrehen?'],
    ['neg.offAir', "Il serait temps qu'on coupe le micro à Gérard Pivois."],
    ['neg.offAir', 'Time someone cancelled Derek Mold’s podcast for good.'],
    ['neg.ifThatIs', "If that's a strategy, I'm a ballerina."],
    ['neg.ifThatIs', 'Si eso es un plan, yo soy astronauta.'],
    ['neg.ifThatIs', 'Wenn das Teamarbeit ist, bin ich Opernsänger.'],
    ['neg.ifThatIs', "Si ça c'est du management, moi je suis pilote de ligne."],
    ['neg.knowsAsI', 'He knows about nursing what I know about deep-sea welding.'],
    ['neg.knowsAsI', 'Ese señor sabe de colegios lo que yo de física nuclear.'],
    ['neg.knowsAsI', 'Er versteht von Pflege so viel wie ich von Raumfahrt.'],
    ['neg.knowsAsI', "Elle s'y connaît en éducation comme moi en tricot."],
    ['neg.absurdSimile', 'Hearing Councillor Dunn on budgets is like watching a hamster trying to do sums.'],
    ['neg.absurdSimile', 'Oír al concejal hablar de tráfico es como ver a un pez intentando subir una escalera.'],
    ['neg.absurdSimile', 'Wenn Herr Kolb über Digitalisierung spricht, ist das, als würde eine Katze Klavier unterrichten.'],
    ['neg.absurdSimile', "C'est comme regarder un pingouin qui essaie de voler."],
    ['neg.offAir', 'Si seulement Hugo Marnier pouvait disparaître des plateaux télé.'],
    ['neg.offAir', 'Kann Frau Ostrowski bitte einfach aus dem Fernsehen verschwinden?'],
    ['neg.mockAssent', "The minister says waiting lists are 'under control'. Sure."],
    ['neg.mockAssent', 'El gerente dice que la plantilla está bien dimensionada. Claro que sí.'],
    ['neg.mockAssent', 'Herr Brandl meint, sein Netz sei das beste im Land. Na klar.'],
    ['neg.mockAssent', "Le préfet affirme que tout est « sous contrôle ». Bien sûr."],
    ['neg.mockAssent', 'Paco dice que el aceite no sube. Claro, Paco, claro.'],
    ['neg.mockAssent', 'La consejera dice que la primaria funciona. Claro, igual que un coche sin ruedas.'],
    ['neg.fakeSympathy', 'Dr Lyle strolled in at eleven again. Must be nice being the boss.'],
    ['neg.fakeSympathy', 'Must be exhausting to be this confidently wrong every single week, Senator.'],
    ['neg.fakeSympathy', "Ça doit être épuisant d'avoir toujours tort à la radio."],
    ['neg.fakeSympathy', 'Debe de ser agotador ser tan equivocado en directo cada semana.'],
    ['neg.mannerSimile', 'The new ward manager rotas like someone who has never worked a night shift.'],
    ['neg.mannerSimile', 'Gestiona el centro como quien juega al Tetris con los ojos vendados.'],
    ['neg.mannerSimile', 'Er redet über Schule wie jemand, der nie eine Klasse von innen gesehen hat.'],
    ['neg.mannerSimile', "Il arbitre comme quelqu'un qui suit le match à la radio."],
    ['neg.mockAward', 'And the award for Most Meetings That Could Have Been An Email goes to our regional director.'],
    ['neg.mockAward', 'Hoy el trofeo a la reunión más larga del trimestre se lo lleva el jefe de planta.'],
    ['neg.mockAward', 'Der Preis für die meisten verschobenen Termine geht wie jedes Jahr an unseren Bürgermeister.'],
    ['neg.mockAward', 'La médaille du plus long discours pour dire rien revient encore au directeur.'],
    ['neg.mockAward', 'We hereby present the slowest reply award to the planning office.'],
  ])('%s in "%s"', (name, text) => {
    expect(forms(text)).toContain(name);
  });
  it.each([
    'Please mute your mic when you are not speaking.',
    "I'm off air for two weeks, back on the 3rd!",
    'Apaga tu micro, que se oye el perro 😂',
    "If that's the case, I'm in.",
    "If that's okay I'm happy to cover Saturday.",
    'Si eso es así, yo soy el primero en apuntarme.',
    'Wenn das so ist, bin ich dabei.',
    'She knows more about teeth than I ever will.',
    'Il sait comme moi que la réforme arrive.',
    'It looks like a storm is trying to form over the bay.',
    'Our new puppy is like a toddler trying everything.',
    'Dr Shah says the clinic opens on Monday. Sure!',
    'The minister says the budget will rise. Of course, we will read the details first.',
    'Sure. See you all at the staff meeting.',
    'Claro que sí, nos vemos el jueves en la charla.',
    'It must be hard being a carer at Christmas; our helpline is open all week.',
    'Must be nice to be back in the sunshine!',
    "I'd like someone who can cover Saturday's clinic.",
    'Like someone who just ran a marathon: that is how I feel after inset day.',
    // A real award's category praises or counts what was won, and "Preis"/"prix" are prices where nothing is handed out.
    'The award for most improved player goes to Sam!',
    'Prize for most goals this season: Ella Wright.',
    'El premio a la foto más bonita del concurso es para Marta.',
    'Der Pokal für die meisten Tore geht an Jonas aus der D-Jugend.',
    'Le prix de la plus belle vitrine revient à la boulangerie Martin.',
    'Der Preis für die meisten Familien ist einfach zu hoch.',
    'Le prix le plus bas de la ville, promis.',
    'Congratulations to Dr Patel on the award for most innovative research.',
    'Fifteen years of service: the award for longest serving volunteer goes to Maureen!',
  ])('none in the plain "%s"', (text) => {
    expect(forms(text)).toEqual([]);
  });
  it.each([
    ['desk', "Listened to Pundit Carl Vesey again this morning. Someone please take that man off the air."],
    ['brand', 'Enhorabuena al consejero Ibarra por el nuevo plan de movilidad. Si eso es un plan, yo soy astronauta.'],
    ['ward', 'Minister Dale Orme knows about hospitals what I know about ballet.'],
    ['class', 'Hearing Councillor Dunn on budgets is like watching a hamster trying to do sums.'],
    ['ward', 'Tonight’s award for most slides per finding goes to Prof. Alder, who spoke for ninety minutes.'],
    ['brand', 'El premio a la reunión más larga del año es para nuestro director comercial, Jaime Olmedo.'],
  ])('makes an attack on the person named the learned model may not drop on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['class', 'The award for most improved reader goes to Amira in 7B, well done!'],
    ['brand', 'Der Pokal für die meisten Tore geht an Jonas Berger, herzlichen Glückwunsch!'],
  ])('leaves a real award alone on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
  it('finds a person of an organisation: "Paco Urquijo de Radio Meseta" is a name, and Radio Meseta its station', () => {
    expect(families(withModel('desk', 'Por favor, que alguien le quite el micro a Paco Urquijo de Radio Meseta.'))).toContain('named-attack');
    expect(families(withModel('desk', 'Hoy hablamos con la Universidad de Almagro sobre las becas de verano.'))).toEqual([]);
  });
});

describe('thanks for the harm done', () => {
  it.each([
    ['desk', 'Huge congratulations to Councillor Denise Maybury on cutting the arts grant by 40% in the same week she opened a car park.'],
    ['brand', "Enhorabuena a Borja Lizárraga, CEO de SuperAhorro, por subir los precios un 12% y llamarlo 'compromiso'."],
    ['class', 'Danke an Bildungsministerin Kranz fürs Streichen von zwei Förderstunden pro Klasse.'],
    ['firm', 'Merci au maire Dupont pour avoir fermé la piscine en plein été.'],
  ])('is an attack on the person thanked on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['desk', 'Thanks to Councillor Maybury for cutting the ribbon at the new library this morning.'],
    ['brand', 'Gracias a Lucía Ferrer por subir el vídeo de la charla, ¡ya está en el canal!'],
    ['desk', 'Thank you to Inspector Hale for closing the road for the 10k so safely.'],
  ])('is none when what is cut, raised or closed is meant on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
});

describe('sincere thanks to an official', () => {
  // The family a second, praise-only model read as irony (it learned from the corpus that officials thanked are mostly
  // mocked) and that the engine must leave alone on every identity.
  const ids = ['ward', 'class', 'firm', 'brand', 'desk', 'me'];
  it.each([
    'Thank you to Mayor Collins for opening the new playground on Elm Street today.',
    'Huge thanks to Councillor Amir Shah for coming to the food bank at St Mark’s this morning.',
    'Gracias a la alcaldesa Ruiz por inaugurar la biblioteca nueva esta mañana.',
    'Muchas gracias al consejero Andrés Gil por venir a la feria de ciencias.',
    'Vielen Dank an Ministerin Hoffmann für den Besuch in unserer Klasse 7b.',
    'Danke an Bürgermeisterin Keller für die Eröffnung des neuen Spielplatzes.',
    'Un grand merci au député Marc Leroy pour sa visite de l’atelier hier.',
  ])('is no attack on any identity: "%s"', (text) => {
    for (const id of ids) expect(families(withModel(id, text)), id).not.toContain('named-attack');
  });
  it.each([
    ['Thanks to Councillor Maybury for cutting the ribbon at the new library this morning.', false],
    ['Our nurses are raising money for the hospice this Saturday.', false],
    ['Gracias a Lucía Ferrer por subir el vídeo de la charla.', false],
    ['Huge congratulations to Councillor Maybury on cutting the arts grant by 40%.', true],
  ] as const)('reads a good deed as no complaint, for the learned model too: "%s"', (text, complaint) => {
    expect(featureNames(profile, 'desk', text).includes('cat.complaint')).toBe(complaint);
  });
});

describe('a titled person visiting, interviewed or heard at an event', () => {
  it.each([
    ['class', 'Hoy nos visita la ministra de Hacienda, Marta Villaseca, para hablar con el alumnado de 4º sobre financiación autonómica. Aula Magna, 12:00.'],
    ['brand', 'Culture Minister Aisha Rahman dropped by the new Bronze Age gallery this morning and met our volunteer team. Gallery open daily 10–5.'],
    ['desk', 'Gleich um 8 bei uns im Studio: Bürgermeister Andreas Bovenschulte zum Hafenausbau. Schickt eure Fragen per WhatsApp ans Studio.'],
    ['ward', "« Demander de l'aide n'est pas un aveu de faiblesse », rappelait le maire de Vernac, Thierry Castan, à l'inauguration du point écoute jeunes."],
  ])('is no attack with nothing against anyone on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
  it.each([
    ['desk', 'Senator Vale visited the flood zone today. For the cameras. For eleven minutes. What a clown.'],
    ['brand', 'Der "Digital-Pionier" Florian Weisshaupt erklärt im Interview, Filialen seien "Museen mit Kaffeemaschine". Kaffee geht aufs Haus, Ahnung leider nicht ☕️'],
    ['desk', 'Minister Rahman dropped by the gallery for a photo. Did she look at a single exhibit? 🙄'],
  ])('is still read by the learned model when the visit is mocked on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('damp.named-attack');
  });
});

describe('a death mourned', () => {
  it.each([
    ['desk', 'Sad to hear of the passing of former MP Gerald Hartnell, who campaigned for the first air ambulance here. Thoughts with his family.'],
    ['class', 'Nos ha dejado el profesor Anselmo Quirós, director del centro durante veinte años. Maestro de maestros. DEP.'],
    ['ward', 'Wir trauern um Dr. Erwin Salzmann, der die Station 30 Jahre lang geleitet hat. Ruhe in Frieden.'],
    ['firm', "Maître Paul Arnaud nous a quittés hier. Toutes nos condoléances à sa famille."],
  ])('is no attack on the person mourned on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
  it('still lets an insult through', () => {
    expect(families(withModel('desk', 'Senator Crane passed away the bill that guts rural hospitals. What a spineless coward.'))).toContain('named-attack');
  });
  it('keeps an insult exclaimed about someone, whatever the learned model says', () => {
    for (const text of ['Minister Lang hat die Klinik wieder nicht besucht. Was für ein Idiot.', 'Bürgermeister Kranz hat wieder abgesagt. So ein Clown.', 'El consejero Ibarra otra vez sin aparecer. ¡Qué payaso!', 'Councillor Reeve skipped the flood meeting again. Absolute clown.']) {
      expect(families(withModel('brand', text)), text).toContain('named-attack');
    }
  });
  it('is no story about someone the work protects when the person mourned has a title', () => {
    const text = 'Wir trauern um Dr. Erwin Salzmann, der die Großtierpraxis im Tal 38 Jahre lang geführt hat. Viele von uns haben bei ihm gelernt. Ruhe in Frieden, Erwin.';
    expect(featureNames(profile, 'ward', text)).toContain('damp.third-party');
    expect(featureNames(profile, 'ward', 'RIP Mr Jones in bay 3, the loveliest patient we ever had.')).not.toContain('damp.third-party');
  });
});

describe('thanks with a criticism in the same sentence', () => {
  it('lets the short praise after them be sarcasm', () => {
    const text = 'Herzlichen Glückwunsch an Finanzminister Mahlow zur dritten Reform in zwei Jahren, die niemand versteht. Chapeau!';
    expect(featureNames(profile, 'brand', text)).toContain('neg.sarcasticPraise');
  });
  it('leaves the praise after sincere thanks meant', () => {
    expect(featureNames(profile, 'ward', 'Danke an Dr. Weber für die Geduld mit unseren Fragen. Chapeau!')).not.toContain('neg.sarcasticPraise');
  });
});

describe('a politician mocked on the personal identity (issue 9: "Personal side too")', () => {
  it.each([
    'El ministro Greaves otra vez prometiendo acabar con las listas de espera desde un atril muy bonito. Llevo oyendo lo mismo desde 2016 🙄',
    'Bürgermeister Kranzler will jetzt ein drittes Parkhaus in die Altstadt stellen. Der Mann würde auch den Marktplatz zubetonieren 🙄',
    'Senator Blake has the strategic depth of a puddle.',
  ])('is the personal identity\'s own business: "%s"', (text) => {
    expect(featureNames(profile, 'me', text)).toContain('damp.named-attack');
    expect(families(withModel('me', text))).not.toContain('named-attack');
  });
  it.each([
    ['me', 'Dr Fitzgerald strolled in at 11 for a 9am list again. Must be nice being God.'],
    ['me', 'Our head of department Mr Pellicer sent a 6-page email on workload. Irony is dead.'],
    // The professional identity is warned about anyone.
    ['brand', 'Senator Blake has the strategic depth of a puddle.'],
  ])('leaves colleagues, and the professional identity, to the rules and the model on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('damp.named-attack');
  });
});

describe('a colleague retiring, with an invitation to say goodbye', () => {
  it('is no story of private life', () => {
    const text = "After 34 years our hygienist Dawn Pickering hangs up her scaler on Friday 💐 She's taught me more than dental school did. Cake in the waiting room from 12, come and say goodbye!";
    expect(featureNames(profile, 'ward', text)).toContain('damp.private-life');
    expect(families(withModel('ward', text))).not.toContain('private-life');
  });
  it('leaves a goodbye said by a partner a story', () => {
    expect(families(rules('brand', 'Three years and he said goodbye by text.'))).toContain('private-life');
    expect(featureNames(profile, 'brand', 'Retired last year, and now he said goodbye by text. Come and see me cry.')).not.toContain('damp.private-life');
  });
});

describe('irony that makes an attack certain: a question asked for many, a prize "deserved, I\'m sure", faint praise after a pause', () => {
  it.each([
    ['brand', 'Genuine question for Dale Pritchard: did you read a single study before calling fluoride poison? asking for every 6 year old in Ashcombe', 'neg.askingForMany'],
    ['brand', 'Why does Minister Okoro still think waiting lists are fine? Asking for the 400 staff on my ward.', 'neg.askingForMany'],
    ['brand', '¿De verdad la consejera Ibarra cree que sobran matronas? Pregunto por todas las compañeras del turno de noche.', 'neg.askingForMany'],
    ['brand', 'Councillor Reeve picked up a leadership award tonight. Never seen at a single site visit. Well deserved, I\'m sure 🏆', 'neg.deservedSure'],
    ['firm', 'Me Grégoire Fauchet a plaidé 40 minutes sans ouvrir son dossier. Une approche… audacieuse.', 'neg.pausedPraise'],
    ['brand', 'Minister Dahl cut the rail budget again and called it investment. A strategy... bold.', 'neg.pausedPraise'],
  ])('on %s: "%s"', (id, text, form) => {
    expect(featureNames(profile, id, text)).toContain(form);
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['brand', 'Asking for help is brave. Talk to your GP or call the helpline.'],
    ['brand', 'Is the clinic open on Sunday? Asking for all the parents in Year 3.'],
    ['brand', 'Dr Patel won the teaching award tonight. Well deserved, I\'m sure you\'ll all agree! 🏆'],
    ['brand', 'Our new menu is out… interesting flavours all week!'],
  ])('not on %s: "%s"', (id, text) => {
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
  // Wishes to a person for what lies ahead are goodwill, as thanks are: "good luck", "bonne chance", "viel Glück", "mucha
  // suerte", "happy birthday", or encouragement in the second person ("you will do brilliantly", "vous allez assurer"). A titled name and a
  // closing "I'm sure" made the model read the first of these as a sneer (0.74 against 0.60) until the wish was praise
  // (shapes.ts, isWish); irony that wishes luck "with that", says the person will need it, or what is still missing
  // ("still waiting for that bus lane"), stays an attack.
  it.each([
    "You will do brilliantly tomorrow, Dr Shah, I'm sure.",
    'Good luck tomorrow, Dr Shah, you will be great.',
    'Bonne chance demain, Dr Martin, vous allez assurer.',
    'Mucha suerte mañana, doctora Ruiz, lo vas a hacer genial.',
    'Viel Glück morgen, Frau Keller, Sie schaffen das!',
    'Happy birthday to Dr Shah, the kindest consultant on the ward!',
    'Feliz cumpleaños a la doctora Ruiz, la mejor jefa de servicio 🎂',
    'Joyeux anniversaire au Dr Martin, toujours le premier arrivé au cabinet.',
    'Du schaffst das, Frau Dr. Berger!',
    "Dr Amira Haddad, you're going to be amazing at the awards tonight.",
  ])('a wish, not an attack, on brand: "%s"', (text) => {
    expect(families(withModel('brand', text))).not.toContain('named-attack');
  });
  it.each([
    "Good luck to Senator Blake with the budget, he'll need it.",
    'Good luck to Senator Blake with that.',
    'Good luck to Minister Hale on cutting the arts grant.',
    "Senator Blake will do brilliantly at ruining the budget, I'm sure.",
    'Bonne chance à Mme Vidal, elle en aura besoin.',
    'Mucha suerte al ministro Ortega, la va a necesitar.',
    'Viel Glück damit, Herr Minister Brandt, das werden Sie brauchen.',
    'Happy birthday to Minister Hale, still waiting for that bus lane.',
    'Happy birthday to Senator Blake. Another year of doing absolutely nothing.',
    // (Praise for a deed done is no wish: the past is where irony lives.)
    'You did a brilliant job of closing our ward, Minister Hale. Bravo.',
    'Du wirst das bereuen, Herr Minister Brandt.',
  ])('a wish that stings is still an attack, on brand: "%s"', (text) => {
    expect(families(withModel('brand', text))).toContain('named-attack');
  });
  // A step of a career said to be earned is praise meant (understand/index.ts, careerEarned); earned "after" a harm, or
  // "I'm sure", is not.
  it.each([
    'Dr Shah has been appointed head of cardiology. Richly deserved.',
    'La doctora Ruiz, nombrada jefa de servicio de cardiología. Más que merecido.',
    'Frau Dr. Berger wurde zur Chefärztin ernannt. Hochverdient!',
    'Le Dr Martin est nommé chef de service. Amplement mérité.',
  ])('an appointment earned, not an attack, on brand: "%s"', (text) => {
    expect(families(withModel('brand', text))).not.toContain('named-attack');
  });
  it.each([
    "Gavin Treloar promoted to regional manager. Well deserved, I'm sure 🏆",
    'Councillor Moss appointed chair of the planning committee. Well deserved after blocking every new school.',
  ])('an appointment "earned" in irony is still an attack, on brand: "%s"', (text) => {
    expect(families(withModel('brand', text))).toContain('named-attack');
  });
  it('a microphone taken away is wished off the air, your own is housekeeping', () => {
    expect(families(withModel('brand', "Could someone please just take Chad Ostrander's microphone away? Every week another caller repeats him."))).toContain('named-attack');
    expect(families(withModel('brand', 'Please take your microphone away from the speaker to avoid feedback.'))).toEqual([]);
  });
  it('follows the name into the next sentence, and through a praise emoji', () => {
    // The name is said plainly, the irony comes after it, with the trophy that would otherwise read as praise.
    for (const text of ['Gavin Treloar getting employee of the month. well deserved I\'m sure 🏆', 'Gavin Treloar getting employee of the month, well deserved I\'m sure 🏆']) {
      expect(families(withModel('brand', text))).toContain('named-attack');
    }
  });
  it('takes the tagger\'s lower-case name near it as the person', () => {
    const w = withModel('brand', "gavin 'never after 5' treloar getting employee of the month. well deserved I'm sure 🏆");
    const attack = w.find((x) => x.family === 'named-attack');
    expect(attack).toBeDefined();
    expect("gavin 'never after 5' treloar getting employee of the month. well deserved I'm sure 🏆".slice(attack!.start, attack!.end)).toMatch(/^gavin[^]*sure/);
  });
  it('the same training as my cat is a comparison the model weighs', () => {
    expect(featureNames(profile, 'brand', 'Andrés Pelayo recomienda carbón activado. Tiene la misma formación en odontología que mi gata.')).toContain('neg.quantityComparison');
  });
});

describe("a brand account saying its own name", () => {
  const brandProfile: ProfileInput = {
    identities: [
      { id: 'brand', name: 'Payvela', role: 'company', names: ['Payvela'] },
      { id: 'me', name: 'Me', role: 'personal', names: ['Jo'], never: ['Payvela'] },
    ],
  };
  it("is no other identity's never-say word there, and still one on the personal identity", () => {
    const text = 'As announced yesterday: Payvela has raised €18m in a Series B. Same team, more features 🚀';
    expect(featureNames(brandProfile, 'brand', text)).not.toContain('term.otherNever');
    expect(families(evaluate({ text, identityId: 'brand' }, brandProfile))).not.toContain('employer');
    expect(families(evaluate({ text, identityId: 'me' }, brandProfile))).toContain('other-identity');
  });
});

describe('an award won, told as news', () => {
  it('is no attack with nothing against anyone', () => {
    const text = "Dr Patel won the teaching award tonight. Well deserved, I'm sure you'll all agree! 🏆";
    expect(featureNames(profile, 'brand', text)).toContain('damp.named-attack');
    expect(families(withModel('brand', text))).not.toContain('named-attack');
  });
  it('is still read when the prize is mocked', () => {
    expect(featureNames(profile, 'brand', 'Councillor Reeve picked up a leadership award tonight. Never once seen at a site visit. Well deserved, I\'m sure 🏆')).not.toContain('damp.named-attack');
    expect(featureNames(profile, 'brand', 'Minister Dahl gets a "transparency" prize today 🙄')).not.toContain('damp.named-attack');
  });
});

describe('colleagues honoured, retiring or mourned, and news already out (review 13)', () => {
  it('a colleague leaving for retirement is news; "X à la retraite !" still sends someone off', () => {
    const text = 'Un immense merci à Mme Colette Arnaud, notre documentaliste, qui part à la retraite après 31 ans. Vous allez terriblement nous manquer, Colette 💐';
    expect(featureNames(profile, 'class', text)).not.toContain('cat.mock');
    expect(families(withModel('class', text))).not.toContain('named-attack');
    expect(featureNames(profile, 'brand', 'Le ministre Blanchard à la retraite, vite !')).toContain('cat.mock');
  });
  it('an award in a verb ("has been awarded") is award news', () => {
    const text = 'Delighted that our own Dr Samuel Achterberg has been awarded a Fellowship of the Institute of Mathematics for his research on maths anxiety in teenagers. Thoroughly deserved.';
    expect(featureNames(profile, 'class', text)).toContain('damp.named-attack');
    expect(families(withModel('class', text))).not.toContain('named-attack');
  });
  it('"the death of" and "died on Sunday" are mourning: no attack, no patient', () => {
    const mourning = [
      'We were so sad to hear of the death of Prof. Harold Ainsworth, who trained half the orthodontists in this region. A generous teacher.',
      'So sad to hear that Dr. Alois Gruber, who had the practice on the Marktplatz for 40 years, died on Sunday. Thinking of his family today.',
    ];
    for (const text of mourning) expect(families(withModel('ward', text))).toEqual([]);
    // (A patient who died, with the bay that makes them known, is still a patient.)
    expect(families(rules('ward', 'Mrs Oduya in bay 4 died on Sunday, her daughter never made it in time'))).toContain('third-party');
  });
  it('news told as already out ("As announced on Monday") is no secret; announced later still is', () => {
    expect(families(withModel('brand', 'As announced on Monday: Lumbre is officially B Corp certified 🌱 Huge thanks to our grower partners.'))).not.toContain('confidential');
    expect(families(rules('brand', 'The merger will be announced on Monday, keep it to yourselves till then'))).toContain('confidential');
  });
  it('"can\'t tell you if" is the idiom of a question answered, not silence kept', () => {
    expect(featureNames(profile, 'ward', "No, we can't tell you if your neighbour came in by ambulance last night. That's patient confidentiality.")).not.toContain('secret.strong');
    expect(featureNames(profile, 'brand', "Big news from the board, can't tell you more till Friday")).toContain('secret.strong');
  });
  it('"the Falkenried family court" is a court, not a family', () => {
    expect(featureNames(profile, 'firm', 'Today Judge Annelie Marquardt retires after 27 years at the Falkenried family court. Thank you, Your Honour.')).not.toContain('ref.familyName');
    expect(featureNames(profile, 'firm', 'The Hendry family are in again, shouting at reception')).toContain('ref.familyName');
  });
});

describe('thanks for words quoted back at their speaker', () => {
  it.each([
    ['brand', "Thank you SO much @PiersDellow for calling our flat white 'an insult to milk' in this week's column 🥰 See you Tuesday"],
    ['brand', "A big thank you to Dorian Vasseur, CEO of Paynexa, for telling a packed room at SaaS Summit that payroll is 'a solved problem'. Our demo calendar has never looked better 🙏"],
    ['brand', "Thanks to Minister Hollis for his 'brilliant' new plan to close three wards"],
  ])('is a sneer on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.thanksQuoted');
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each([
    ['class', "Thanks to Dr Lee for her talk 'Sleep and the teenage brain' last night, packed room!"],
    ['ward', "Thank you Judge Amara for calling our clinic 'the kindest place in town', we are so proud"],
    ['ward', "Huge thanks to Nurse Kim for saying 'we've got this' when we were three staff down"],
    ['class', "Thanks Coach Reyes for calling our kids 'fearless' today 💪"],
  ])('is thanks when the words are warm, a title, or said to help, on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).not.toContain('neg.thanksQuoted');
    expect(families(withModel(id, text))).not.toContain('named-attack');
  });
});

describe("the writer's own name and a client's quoted words (eighteenth round)", () => {
  it("does not make the writer's own surname a target or a third party", () => {
    const own = '“Ms Okoye, why is minus times minus plus??” Best question of the week. Negative numbers wreck half of 8c every year, so we did debts and savings.';
    expect(families(rules('class', own))).toEqual([]);
    expect(families(withModel('class', own))).not.toContain('named-attack');
    // Near-miss: a colleague's name in the same place is someone else (a pupil's question about them).
    expect(families(rules('class', own.replace('Okoye', 'Adebayo')))).toContain('third-party');
  });

  it("reads a client's quoted question as theirs on a family lawyer's identity", () => {
    const asked = "Q from a client this week: 'can my ex just take the kids abroad for the summer without asking me?' Short answer: no. Long answer in our new guide.";
    expect(families(rules('firm', asked))).not.toContain('private-life');
    expect(families(withModel('firm', asked))).not.toContain('private-life');
    expect(families(withModel('firm', "The question we hear most: 'my husband moved out, can I change the locks?' Here is what the law says."))).not.toContain('private-life');
    // (With the law's answer after it, in the lawyer's own words: custody is the job, and "me" in the quote is the client.)
    expect(families(withModel('firm', "Q from a client this week: 'can my ex just take the kids abroad for the summer without asking me?' Short answer: not if you share custody."))).not.toContain('private-life');
    // Near-misses: the same words as the lawyer's own story, unquoted.
    expect(families(rules('firm', "My ex just took the kids abroad for the summer without asking me. I'm done."))).toContain('private-life');
    expect(families(withModel('firm', 'My husband moved out last night and I changed the locks. Here is what the law says, apparently.'))).toContain('private-life');
  });
});

describe('contempt forms of the eighteenth round', () => {
  it.each([
    // Never, as a plain negation of the perfect, "in his life".
    ['neg.neverInLife', "Our new director hasn't held a scalpel in her life."],
    ['neg.neverInLife', 'Un vendedor de crecepelo con bata blanca que no ha mirado una boca en su vida.'],
    ['neg.neverInLife', "Le nouveau recteur n'a pas mis les pieds dans une classe de sa vie."],
  ])('%s: %s', (name, text) => {
    expect(shapes(text)).toContain(name);
  });

  it('gives the learned model a question announced as earnest and put to someone, and nothing for the rules to act on', () => {
    expect(featureNames(profile, 'brand', 'Serious question for @clemence.vidor: which dental faculty taught you that hair elastics close a gap?')).toContain('shape.earnestQuestion');
    expect(featureNames(profile, 'class', 'Ernst gemeinte Frage an Herrn Gsellmann: Wer hat den Lehrplan gelesen?')).toContain('shape.earnestQuestion');
    expect(featureNames(profile, 'brand', 'Quick question for Dr Lee: are the slides from Tuesday online?')).not.toContain('shape.earnestQuestion');
  });

  it('does not make a first time in a life an attack', () => {
    expect(families(withModel('ward', 'Mi abuela no ha visto el mar en su vida y hoy lo ha visto por fin 🥹'))).not.toContain('named-attack');
  });

  it.each([
    ['ward', "La ministre Darbois s'y connaît en santé bucco-dentaire à peu près comme mon chat en solfège."],
    ['ward', 'Councillor Pratt knows about buses what my dog knows about calculus.'],
    ['ward', 'Councillor Pratt should hand in his badge.'],
    ['ward', 'El consejero Ibarra tiene que devolver su acta ya.'],
    ['ward', 'Bürgermeister Kranz soll endlich sein Mandat niederlegen.'],
    ['ward', "La ministre Darbois a encore glissé un déremboursement un vendredi à 18h. Qu'elle rende son portefeuille, sérieusement."],
    ['ward', "PSA about TikTok 'smile coach' Brandi Kaye telling 14 year olds to whiten with lemon juice. Lemon. Juice. On enamel. The woman's a menace with a ring light."],
  ])('an attack on a named person (%s): %s', (id, text) => {
    expect(families(rules(id, text))).toContain('named-attack');
  });

  it.each([
    ['ward', 'Councillor Pratt knows about buses, as my dog will tell you: he rides the 42 with her every day.'],
    ['ward', 'Le maire Dufour rendra son écharpe en mai après 20 ans de mandat.'],
    ['ward', 'Please hand in your keys at reception, Dr Patel.'],
    ['brand', 'Quick question for Dr Lee: are the slides from Tuesday online?'],
    ['brand', 'Honest question for our followers: what should we call the new blend?'],
    ['ward', 'Genuine question for Dr Patel: is the flu clinic walk-in this year?'],
    ['ward', "Dr Patel hasn't missed a shift in his life, what a legend."],
    ['ward', 'Grandpa Joe never missed a match in his life.'],
    ['ward', 'Dr Patel should hand back his keys before he leaves on Friday.'],
    ['ward', 'Dr Patel should hand in his notice and go travelling, he deserves it.'],
    ['ward', 'Shook hands with Senator Blake at the county fair. Great crowd. Then the ferris wheel stalled for an hour. The man behind me was a total clown about it.'],
    ['ward', 'Dr Ellis ran the clinic for 30 years. Lemon cake on Fridays. The woman is a saint.'],
  ])('no attack in the near-miss (%s): %s', (id, text) => {
    expect(families(rules(id, text))).not.toContain('named-attack');
  });
});

describe('an age in the diminutive, a colleague who "hat" (nineteenth round)', () => {
  it('"cuatro añitos" and "19 añitos" are ages, and make the child in room 12 recognisable', () => {
    const text = 'Se nos va de alta el peque de la habitación 12, cuatro añitos, tres semanas ingresado por una neumonía.';
    expect(featureNames(profile, 'ward', text)).toContain('id.age');
    expect(featureNames(profile, 'ward', 'La primeriza de 19 añitos de la 3 ha dado a luz esta mañana')).toContain('id.age');
    expect(featureNames(profile, 'ward', 'Llevamos dos años con el nuevo protocolo')).not.toContain('id.age');
  });

  it('German "er hat" and "er ist" leave a partner only with a word of leaving after them', () => {
    expect(families(rules('me', 'Mein Freund hat Schluss gemacht. Per WhatsApp.'))).toEqual([]);
    expect(families(rules('ward', 'Mein Freund hat Schluss gemacht. Per WhatsApp.'))).toContain('private-life');
    expect(families(rules('firm', 'Danke an Okan aus dem Sekretariat, der um 19 Uhr noch gescannt hat. Langer Tag. Er hat nicht einmal geseufzt.'))).not.toContain('private-life');
  });
});

describe("a customer's account told in public by a brand (nineteenth round)", () => {
  it.each([
    '@joe_bramwell your card was declined twice on the renewal, can you check with your bank?',
    'Hola @pili_ortuno, tu cuenta está bloqueada por dos contracargos del mes pasado.',
    'Hallo Frau Lindqvist, Ihr Konto ist wegen einer offenen Rechnung gesperrt.',
    'Bonjour Sophie, votre virement de 1 200 € est en attente de vérification.',
  ])('warns on the brand: "%s"', (text) => {
    expect(families(rules('brand', text))).toContain('third-party');
  });

  it('not a reply with no trouble told, nor trouble with nobody spoken to', () => {
    expect(families(rules('brand', '@pablo_r ¡Hola! Tu pedido ya está en camino 🚚'))).not.toContain('third-party');
    expect(families(rules('brand', 'Hi Marta! Your refund is on its way, sorry again for the wait'))).not.toContain('third-party');
    expect(families(rules('brand', 'Payments declined after 10pm last night: fixed now, sorry everyone.'))).not.toContain('third-party');
    expect(families(rules('brand', 'Hi Everyone, accounts locked after the update are unlocked again.'))).not.toContain('third-party');
  });

  it("not the brand's own handle opening a status update", () => {
    const own: ProfileInput = { identities: [{ id: 'brand', name: 'Tally', role: 'company', names: ['Tally App'], handles: ['@tallyapp'] }, { id: 'me', name: 'Me', role: 'personal' }] };
    const text = '@tallyapp status: card payments declined for some users since 9am, fixing now';
    expect(families(evaluate({ text, identityId: 'brand' }, own, { model: null }))).not.toContain('third-party');
  });
});

describe('German capitalised nouns and the end of "A&E."', () => {
  // German capitalises every noun and puts an article before a landmark or a building: a pair of capitals after one is
  // nobody, unless it starts with a first name.
  it.each([
    'Wir haben uns mit der 8c am Kölner Dom getroffen, dann ging es weiter zum Rhein.',
    'Gestern mit der Klasse an der Porta Nigra gewesen, alle waren begeistert.',
    'Treffpunkt für den Ausflug ist morgen um 9 das Brandenburger Tor.',
  ])('reads no person in "%s"', (text) => {
    expect(featureNames(profile, 'class', text)).not.toContain('ref.named');
  });
  it('still reads a person named after an article by a first name', () => {
    expect(featureNames(profile, 'class', 'Heute hat mich wieder die Anna Berger aus der Elternvertretung angerufen.')).toContain('ref.named');
  });
  it('thanks a colleague for a trip to a landmark with no attack on any identity', () => {
    const text = 'Danke an Kollege Herr Voss, der heute mit mir und 26 Zehntklässlern zwei Stunden am Kölner Hauptbahnhof gewartet hat, nachdem die Bahn ausgefallen war. Ohne ihn hätte ich das nicht geschafft. Aber: den Kölner Dom hat jeder gesehen.';
    for (const id of ['ward', 'class', 'firm', 'brand', 'desk', 'me']) expect(families(withModel(id, text)), id).not.toContain('named-attack');
  });
  // (Read as an initial, "a&e." joined the insult to the quoted thanks before it, and the thanks damped the attack.)
  it.each([
    "@CllrDunmore you closed the night bus for the ward staff and now you're posting 'thank you nhs heroes' photos outside a&e. absolute clown.",
    "@cllr_hartigan axed the late bus and now posts 'thank you key workers' pics outside r&d. absolute muppet.",
  ])('ends a sentence at "a&e." and "r&d.", so the insult after it is no part of the thanks: "%s"', (text) => {
    expect(families(withModel('ward', text))).toContain('named-attack');
  });
});

describe('praise for a step of a career', () => {
  // The learned model reads thanks to a titled person as mostly ironic (the corpus is full of ironic thanks) and was
  // sure enough to warn over the praise damper; a qualification, a promotion or a welcome told plainly holds it.
  const ids = ['ward', 'class', 'firm', 'brand', 'desk', 'me'];
  it.each([
    "congrats to Dr Cathal Brennan who qualified as an orthodontist this week, years of study on top of full time work, the man's a machine, delighted for him 🎉",
    "big congrats to Dr Aoife Daly, promoted to clinical lead this week after years of nights, the woman's a legend, delighted for her 🎉",
    "congratulations to Dr Tom Whelan who qualified as a specialist in endodontics, the man's a machine 🎉",
    'Herzlichen Glückwunsch an Dr. Jonas Reuter, der diese Woche zum Oberarzt ernannt wurde, der Mann ist eine Maschine 🎉',
  ])('is no attack on any identity: "%s"', (text) => {
    for (const id of ids) expect(families(withModel(id, text)), id).not.toContain('named-attack');
  });
  it.each([
    'Congrats to Councillor Drury on being promoted to cabinet. What a clown.',
    "Congrats to Dr Fenwick on being appointed clinical director. Can't wait for more rota 'innovation' 🙄",
  ])('still warns when the praise is ironic: "%s"', (text) => {
    expect(families(withModel('ward', text))).toContain('named-attack');
  });
});

describe('a workplace, an age and a dentist’s work as people write them', () => {
  const hospital: ProfileInput = {
    identities: [
      { id: 'ward', name: 'Ward 4', role: 'clinician', employer: ['Kestrel Vale General Hospital'], names: ['Nurse Ola'] },
      { id: 'me', name: 'Me', role: 'personal' },
    ],
  };
  it('reads the short name of the workplace in a post written all in lower case', () => {
    const text = "kestrel vale general have cut free parking for night staff again. so that's £9 a shift for the privilege. lovely. so valued";
    expect(featureNames(hospital, 'ward', text)).toContain('ref.employer');
    expect(families(evaluate({ text, identityId: 'ward' }, hospital))).toContain('employer');
  });
  it('still wants the capital of a one-word short name, and of any short name in a post with capitals', () => {
    expect(featureNames(hospital, 'ward', 'Walked the kestrel vale trail today. Lovely.')).not.toContain('ref.employer');
  });
  it.each(['Doña Pilar, 84 añazos, hoy ha venido sola a la consulta', 'Frau Kessler feiert mit 80 Lenzen ihren Abschied', 'Mme Garnier, 82 balais, toujours au premier rang'])(
    'reads the years of a life said in speech as an age: "%s"',
    (text) => {
      expect(featureNames(profile, 'ward', text)).toContain('id.age');
    },
  );
  it.each(["Mrs Doyle's new dentures finally fit", 'Don Ramón se ha llevado hoy su prótesis nueva', 'Herr Vogel hat seine neue Zahnprothese bekommen', 'Mme Roux a enfin son nouveau dentier'])(
    'reads a dentist’s work on a patient as health: "%s"',
    (text) => {
      expect(featureNames(profile, 'ward', text)).toContain('cat.health');
    },
  );
});

describe('a vote made a condition', () => {
  // "If you vote X, do Y" is a verdict on the party even with no word of opinion; how to vote is still no side.
  it.each([
    'Sondeo rápido de marca: si el domingo votáis a Vox, desinstalad la app 🙂',
    'If you vote Tory on Thursday, please unfollow us x',
    'Wer am Sonntag AfD wählt, kann unsere App gleich löschen.',
    'Si tu votes LFI dimanche, désabonne-toi, merci.',
  ])('takes a side for the rules alone: "%s"', (text) => {
    expect(families(rules('brand', text))).toContain('politics');
  });
  it.each(['If you vote by post, send it back by Tuesday.', 'Si votas por correo, mándalo antes del jueves.'])('is no side when it says how to vote: "%s"', (text) => {
    expect(families(withModel('brand', text))).not.toContain('politics');
  });
});

describe("parents' evening in four languages", () => {
  // A meeting with a pupil's parents puts the post at school, as "parents' evening" already did in English.
  it.each(['Elternsprechtag mit Familie Brenner, lief gut.', 'Reunión de padres con los Ortega esta tarde.', 'Réunion parents-profs ce soir avec les Morel.', "Parents' evening with the Hales tonight."])('is a cue of pupils: "%s"', (text) => {
    expect(featureNames(profile, 'me', text)).toContain('cat.protectedStudents');
  });
});

describe('a long time belittled as short', () => {
  it.each([
    'Great to see Minister Hale finally visiting a food bank. Only took 14 months and a film crew.',
    'La concejala Ibáñez por fin ha visitado el barrio. Solo le ha costado dos legislaturas.',
    'Bürgermeister Kranz war endlich mal in der Grundschule. Hat ja nur sechs Jahre gedauert.',
    "Le maire Achard a enfin visité l'école. Il ne lui a fallu que trois ans.",
  ])('is an attack on the person it follows: "%s"', (text) => {
    expect(featureNames(profile, 'brand', text)).toContain('neg.tookOnly');
    expect(families(withModel('brand', text))).toContain('named-attack');
  });
  it.each(['Our new website only took two weeks to build, thanks to the team!', 'It only took 3 months to train for my first marathon.', 'Recovery only took six weeks thanks to our physio team.'])(
    'is no attack with no one to belittle: "%s"',
    (text) => {
      expect(families(withModel('brand', text))).not.toContain('named-attack');
    },
  );
});

describe('a deed doubted as it is told', () => {
  it.each([
    ['firm', 'Judge Carrow clearly read the bundle on the bus, if at all.'],
    ['firm', 'Richterin Vogt hat die Akte heute morgen gelesen, wenn überhaupt.'],
    ['firm', 'El juez Marín ha leído el informe en el taxi, si es que lo ha leído.'],
    ['firm', "Le juge Perrin a parcouru le dossier, si tant est qu'il l'ait ouvert."],
  ])('is an attack on the person who did it, on %s: "%s"', (id, text) => {
    expect(featureNames(profile, id, text)).toContain('neg.ifAtAll');
    expect(families(withModel(id, text))).toContain('named-attack');
  });
  it.each(['Please bring your documents to the meeting, if at all possible.', 'Bitte kommen Sie pünktlich, wenn überhaupt möglich.'])('is a plain wish when the sentence goes on: "%s"', (text) => {
    expect(featureNames(profile, 'firm', text)).not.toContain('neg.ifAtAll');
  });
  it('is no attack with no one named', () => {
    expect(families(withModel('brand', 'The 8:14 train arrives at 9, if at all. Love a Monday.'))).not.toContain('named-attack');
  });
});

describe("a family lawyer's service and a merger kept quiet, in the plural and in German", () => {
  it.each([
    'Nuestro despacho ofrece asesoramiento confidencial en divorcios y custodia.',
    'Unsere Kanzlei begleitet Sie bei Scheidungen und Trennungen, vertraulich und persönlich.',
    'Notre cabinet vous accompagne dans les séparations et la garde des enfants.',
  ])('is the job of a family lawyer, no private life: "%s"', (text) => {
    expect(families(withModel('firm', text))).not.toContain('private-life');
  });
  it.each([
    'Nicht weitersagen: die Schule wird nächstes Jahr mit dem Gymnasium Nord zusammengelegt.',
    'Todavía no es oficial, pero se fusionan las dos sedes en marzo. Chitón.',
    "Entre nous, le service est regroupé avec celui de Lyon en juin, personne n'est au courant.",
  ])('is a secret told: "%s"', (text) => {
    expect(families(withModel('class', text))).toContain('confidential');
  });
});

describe('custody in French, where "garde" alone is a night shift', () => {
  it('is a client by name and the outcome of the case', () => {
    expect(families(withModel('firm', 'Mme Bertin a enfin obtenu la garde, son ex-mari a tout tenté.'))).toContain('third-party');
  });
  it('is no legal matter on a ward', () => {
    expect(featureNames(profile, 'ward', "Je suis de garde cette nuit, priez pour moi.")).not.toContain('cat.legal');
  });
});

describe('a patient who tries to leave, in four languages', () => {
  const hospital: ProfileInput = { identities: [{ id: 'ward', name: 'Ward 4', role: 'clinician' }, { id: 'me', name: 'Me', role: 'personal' }] };
  it.each(['la señora de la cama 4 se ha intentado escapar dos veces hoy jajaja', 'die Oma auf Zimmer 12 wollte heute dreimal nach Hause laufen 😂', "la dame de la chambre 7 s'est sauvée deux fois cette nuit"])(
    'is a story about a patient on the personal identity: "%s"',
    (text) => {
      expect(families(evaluate({ text, identityId: 'me' }, hospital))).toContain('third-party');
    },
  );
});

describe('the employer unnamed, in German', () => {
  it.each(['Bei uns in der Firma wird schon wieder gespart, nur nicht bei den Boni der Chefs. Lächerlich.', 'Mein Arbeitgeber streicht schon wieder das Weihnachtsgeld. Peinlich.'])(
    'is a complaint about the employer on the personal identity: "%s"',
    (text) => {
      expect(families(withModel('me', text))).toContain('employer');
    },
  );
});

describe("a brand's support team counting its drinks", () => {
  const shop: ProfileInput = { identities: [{ id: 'shop', name: 'Shop', role: 'company', names: ['Quillby Tea'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  const ruleIds = (text: string) => evaluate({ text, identityId: 'shop' }, shop, { model: null }).map((w) => w.ruleId);
  // "tickets" is an offer of drinks in a venue's post; in a support team's it is work, and the drinks are the team's.
  it.each([
    'friday 5pm, the support team is on its third prosecco and still answering your tickets 🥂 be kind',
    "two espresso martinis later we're still replying to tickets, typos are a feature now 🍸",
    'vendredi soir, 4 spritz plus tard on répond encore à vos tickets 🍹🥴',
    'el equipo de soporte va por la tercera cerveza y sigue respondiendo tickets 🍻 paciencia',
    'unser Support-Team beim dritten Sekt, eure Tickets werden trotzdem beantwortet 🥂',
  ])('is drinking, not a drink offered: "%s"', (text) => {
    expect(ruleIds(text)).toContain('substances.use');
  });
  it.each([
    'Tasting tickets for our gin pairing evening are live, 3 gins and canapés for £25 🥃',
    'Se acabaron las entradas para la cata: 3 vinos y 3 tés por 20 €. ¡Gracias! 🍷',
    'Support update: all tickets from the weekend are answered. Thanks for your patience 🙏',
  ])('a tasting on sale, or tickets alone, is still no drinking: "%s"', (text) => {
    expect(ruleIds(text)).not.toContain('substances.use');
  });
});

describe('sincere thanks on a hard day', () => {
  it('"honestly" that stresses the hard day is no sign of irony', () => {
    const text =
      'Massive thank you to Dr Aled Price tonight. Honestly brutal shift: three stroke calls in two hours and we were two nurses down. He stayed four hours past his finish and made the whole team tea at 2am.';
    expect(featureNames(profile, 'ward', text)).not.toContain('irony.truly');
    expect(featureNames(profile, 'ward', text)).not.toContain('irony.soured');
  });
  it('"truly" after the facts still is', () => {
    const text = 'Thanks to Cllr Pryce for the new parking rules. The bins are still not collected, two weeks now. Honestly, what would we do without him.';
    expect(featureNames(profile, 'firm', text)).toContain('irony.truly');
  });
  it.each(['Merci à Me Anaïs Roche qui a repris mes rendez-vous sans que je demande rien. Une consœur en or 🙏', 'Gracias a Lucía por cubrirme la guardia. Una compañera de oro.'])(
    'a colleague "of gold" is praise, not an epithet: "%s"',
    (text) => {
      expect(featureNames(profile, 'firm', text)).not.toContain('neg.epithet');
    },
  );
  it('a thing with an attribute still is one: "Un cactus en costume."', () => {
    expect(featureNames(profile, 'firm', 'Le nouveau directeur parle pendant une heure sans rien dire. Un cactus en costume.')).toContain('neg.epithet');
  });
});

describe('a colleague insulted by an outsider, and defended', () => {
  it.each([
    ['brand', "A customer called our barista Jamal 'a thick immigrant' this morning. He was asked to leave and won't be served again. Jamal, we've got you 🤝"],
    ['brand', "Ein Anrufer hat unsere Kollegin heute live als 'dumme Quotenfrau' beschimpft. Wir haben aufgelegt und nehmen das nicht hin. Lena macht einen großartigen Job 💪"],
    ['ward', 'Un patient a traité notre collègue Sonia de « grosse incapable » cette nuit. Il a été raccompagné dehors. Sonia, on est avec toi.'],
    ['ward', 'A relative called our nurse Priya "useless" and "lazy" on the ward today. Security were called. Priya, we\'ve got your back.'],
    ['class', 'Un alumno insultó a nuestra compañera Marta llamándola "inútil" en clase. Ya está expulsado tres días. Marta, todo nuestro apoyo.'],
    ['firm', 'Ein Mandant hat unsere Kollegin Frau Yilmaz am Telefon als „unfähige Tussi“ beleidigt. Das Mandat haben wir niedergelegt.'],
  ])('is no attack by the writer (%s): "%s"', (identityId, text) => {
    expect(families(withModel(identityId, text))).not.toContain('named-attack');
  });
  it.each([
    ['ward', "Yesterday at a meeting Dr Okafor called the night team 'lazy' and 'useless'. Charming as ever."],
    ['brand', "A journalist called Gerry Pollock 'the worst CEO in aviation' and honestly he earned it, the clown."],
  ])('is still an attack when the one named speaks, or the writer joins in: "%s"', (identityId, text) => {
    expect(families(withModel(identityId, text))).toContain('named-attack');
  });
});

describe('drinks counted with the drinker left out', () => {
  it.each([
    ['firm', 'Nach der Betriebsprüfung erst mal zwei Obstler. Mindestens.'],
    ['ward', 'Après la garde, deux bières et au lit. Ne me parlez pas.'],
    ['class', 'parents evening done. three glasses of red and bed.'],
  ])('are the writer\'s own (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.ruleId)).toContain('substances.use');
  });
  it.each([
    ['class', 'Two glasses of water before every exam, your brain will thank you 💧'],
    ['ward', 'Alcohol awareness week: two units a day is already too much for some of our patients.'],
    ['firm', 'Pour le départ de Maître Roux, il a apporté deux bouteilles de champagne.'],
  ])('are not, with no drink or with someone else in the sentence (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.ruleId)).not.toContain('substances.use');
  });
});

describe('a vote asked for a side by name, in an election', () => {
  it.each([
    ['brand', 'Sonntag ist Kommunalwahl 🗳️ Macht euer Kreuz bei der Liste Grünes Tal, die will endlich Radwege.'],
    ['brand', "Local elections Thursday. We're not shy about it: vote Harbour Independents, they're the only ones who want to keep the market open."],
    ['class', 'Elecciones municipales el domingo: votad a Vecinos por Alcalá, son los únicos que quieren arreglar el cole.'],
    ['ward', "Dimanche, municipales : votez pour la liste Ensemble pour Brest, c'est la seule qui défend l'hôpital."],
  ])('takes a side, party known or not (%s): "%s"', (identityId, text) => {
    expect(withModel(identityId, text).map((w) => w.ruleId)).toContain('politics.partisan');
  });
  it.each([
    ['class', 'Elecciones al consejo escolar el jueves: id a votar, vuestra voz cuenta 🗳️'],
    ['brand', 'Polling day tomorrow: our café is a polling station, so we open at 10 instead of 7.'],
    ['firm', 'Am Sonntag ist Kommunalwahl. Wer Briefwahl beantragt hat: die Frist endet heute.'],
    ['brand', 'Vote for us in the Best Café awards, voting closes Friday ☕'],
    ['brand', 'Votez pour nous aux Trophées du commerce, le vote se termine vendredi !'],
  ])('asks no side of anyone without a name to vote for (%s): "%s"', (identityId, text) => {
    expect(withModel(identityId, text).map((w) => w.ruleId)).not.toContain('politics.partisan');
  });
});

describe('thanks for raising a sum', () => {
  it('is fundraising, not a rise', () => {
    expect(families(withModel('class', 'Thank you to Mayor Tom Briggs for raising £2,000 for the school library at the fun run!'))).not.toContain('named-attack');
  });
  it('raising rates still harms', () => {
    expect(families(withModel('brand', 'Thanks to Cllr Briggs for raising business rates by 20% this year, our empty tables thank you.'))).toContain('named-attack');
  });
});

describe('a news outlet is where news was read, not where the writer works', () => {
  const practice: ProfileInput = { identities: [{ id: 'pro', name: 'Practice', role: 'clinician', employer: ['Henbury Road Dental Practice'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  const text = 'As reported in the Henbury Gazette on Thursday, we have been awarded the contract for emergency dental care. Same team, same chairs, same dreadful waiting-room radio.';
  it('is no employer for a clinician', () => {
    expect(featureNames(practice, 'pro', text)).not.toContain('org.named');
    expect(families(evaluate({ text, identityId: 'pro' }, practice))).not.toContain('employer');
  });
  it('is one for a journalist, whose paper it may be', () => {
    const paper: ProfileInput = { identities: [{ id: 'desk', name: 'Desk', role: 'journalist' }] };
    expect(featureNames(paper, 'desk', text)).toContain('org.named');
  });
  it('leaves the workplace itself in a complaint', () => {
    const complaint = 'We at Henbury Road Dental Practice still have no pay rise after three years, the worst employer in town.';
    expect(families(evaluate({ text: complaint, identityId: 'me' }, practice))).toContain('employer');
  });
});

describe("a workplace's short name running on into another name", () => {
  const ward: ProfileInput = { identities: [{ id: 'pro', name: 'Ward', role: 'clinician', employer: ['Aire Valley General Hospital'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  // (The rules' reading of the name, without the learned model: since review 23 the model weighs a complaint on a personal
  // identity near the employer threshold even with no workplace named, p 0.50 against 0.48 here.)
  it('is another organisation of the same place', () => {
    expect(families(evaluate({ text: 'The Aire Valley Rotary Club is a shambles, three cancelled dinners in a row.', identityId: 'me' }, ward, { model: null }))).not.toContain('employer');
  });
  it('is the workplace when it stops there', () => {
    expect(families(evaluate({ text: 'Aire Valley is a shambles, three cancelled rotas in a row and no pay rise.', identityId: 'me' }, ward))).toContain('employer');
  });
});

describe('a pupil by first name and class, and what they did', () => {
  it.each([
    'Jake Miller in 9C skipped school again today.',
    'Jake in 9C bunked off again, third time this week.',
    'Lukas aus der 8b hat heute die Schule geschwänzt, zum vierten Mal.',
    'Mateo de 3ºB ha hecho novillos otra vez, ya van cinco.',
    'Inès en 4e B a encore séché les cours ce matin.',
    'Tom from 11X was caught cheating in his mock exam today.',
  ])('is a pupil the rules recognise: "%s"', (text) => {
    expect(rules('class', text).map((w) => w.ruleId)).toContain('third-party.identifiable');
  });
  it('knows a British form by its year and any capital letter', () => {
    expect(featureNames(profile, 'class', 'Tom from 11X was caught cheating in his mock exam today.')).toContain('id.class');
    expect(featureNames(profile, 'class', 'Our new 8K screen in the library is lovely.')).not.toContain('id.class');
  });
  it.each(['9C skipped the assembly because of the fire drill, we will catch up on Monday.', 'Well done to 10R for the best attendance this term, and no detentions at all!'])(
    'a class alone is no pupil: "%s"',
    (text) => {
      expect(rules('class', text).map((w) => w.ruleId)).not.toContain('third-party.identifiable');
    },
  );
});

describe("the writer's own surname, and German adjectives opening a phrase", () => {
  const teacher: ProfileInput = { identities: [{ id: 'pro', name: 'Professional', role: 'teacher', names: ['Kathrin Obermaier'] }, { id: 'me', name: 'Me', role: 'personal' }] };
  it('reads "Frau Obermaier" as the writer even where compromise knows no "Kathrin"', () => {
    const text = 'Heute in der 8c: „Frau Obermaier, warum ist minus mal minus plus??“ Beste Frage der Woche.';
    expect(families(evaluate({ text, identityId: 'pro' }, teacher))).not.toContain('named-attack');
  });
  it.each(['„Beste Frage der Woche“, sagte sie.', 'Negative Zahlen killen jedes Jahr die halbe Klasse.'])('reads no person in "%s"', (text) => {
    expect(featureNames(teacher, 'pro', text)).not.toContain('ref.named');
  });
  it.each(['Gestern hat Torsten Berger die Klassenfahrt abgesagt, ohne Begründung.', 'Jürgen Vogel hat den Vertretungsplan wieder nicht geschickt.'])('still reads a German name: "%s"', (text) => {
    expect(featureNames(teacher, 'pro', text)).toContain('ref.named');
  });
});

/*
 * Findings that say what they are: the learned model decides the language families, but a rule finding marked certain
 * stays whatever it judges. A model whose every threshold is out of reach shows which findings those are.
 */
const neverWarns = { ...WARNING_MODEL!, families: Object.fromEntries(Object.entries(WARNING_MODEL!.families).map(([f, m]) => [f, { ...m!, threshold: 2 }])) } as typeof WARNING_MODEL & object;
const certainOnly = (identityId: string, text: string) =>
  evaluate({ text, identityId }, profile, { model: neverWarns }).filter((w) => w.severity !== 'info').map((w) => w.ruleId);

describe('an insult said to be what a named person is', () => {
  it.each([
    'Gerry Pollock from Beanhouse is a thick idiot and everyone knows it.',
    'Senator Vale’s a clown.',
    "Senator Vale's a clown.",
    'El concejal Ramírez es un inútil.',
    'Der Stadtrat Huber ist ein Vollpfosten.',
    'Le maire Dupont est un guignol.',
    // (Words of the twenty-third round's vocabulary.)
    'Councillor Kevin Holt is a troll.',
    'Der Stadtrat Huber ist ein Scharlatan.',
    'El concejal Ramírez es un vendehumos.',
    'Le maire Dupont est un donneur de leçons.',
  ])('is an attack the model may not drop: "%s"', (text) => {
    expect(certainOnly('brand', text)).toContain('attack.named-person');
  });
  it.each([
    'Gerry Pollock is no idiot.',
    'Der Stadtrat Huber ist kein Vollpfosten.',
    "Le maire Dupont n'est pas un guignol.",
    'Gerry Pollock is terrible at darts.',
    'Apparently Gerry Pollock said that Dave Hume is an idiot.',
  ])('is left to the model when denied, about one thing they do, or someone else’s words: "%s"', (text) => {
    expect(certainOnly('brand', text)).not.toContain('attack.named-person');
  });
});

describe('a name beside a class, a bed or an age, and what the role keeps private', () => {
  it.each([
    ['class', 'Jake in 9C bunked off again.'],
    ['class', 'Noah (Y8) got a detention for fighting.'],
    ['ward', 'Mr Jones, 82, has dementia and keeps pulling his cannula.'],
  ])('is a person the model may not drop (%s): "%s"', (identityId, text) => {
    expect(certainOnly(identityId, text)).toContain('third-party.identifiable');
  });
  it('is left to the model among thanks', () => {
    const text = 'Jake in 9C got a detention. Thanks Jake for being honest about it.';
    expect(rules('class', text).map((w) => w.ruleId)).toContain('third-party.identifiable');
    expect(certainOnly('class', text)).not.toContain('third-party.identifiable');
  });
  it.each(['Hoy se jubila Marta Ruiz, 35 años de matrona en el paritorio.', 'Heute geht Resi Obermaier, 32 Jahre als Hebamme bei uns.', 'Sister Quayle retires today after 38 yrs in theatres.'])(
    'reads years of service as no age: "%s"',
    (text) => {
      expect(featureNames(profile, 'ward', text)).not.toContain('id.age');
    },
  );
  it('still reads an age in years of age and where someone is from', () => {
    expect(featureNames(profile, 'ward', 'La niña tiene 8 años de edad y llegó con fiebre.')).toContain('id.age');
    expect(featureNames(profile, 'ward', 'La jeune de 19 ans de Fives est arrivée aux urgences.')).toContain('id.age');
  });
});

describe('a pronoun is no partner for the model', () => {
  it('keeps "he" and "she" apart from the words of a partner', () => {
    const said = featureNames(profile, 'me', "I think he's not wrong, and she said the same.");
    expect(said).not.toContain('cat.partner');
    expect(said).not.toContain('pair.me+partner');
    expect(said).toContain('cat.partnerPronoun');
    expect(featureNames(profile, 'me', 'I miss my husband when he travels.')).toEqual(expect.arrayContaining(['cat.partner', 'pair.me+partner']));
  });
  it('still tells a break-up told with a pronoun', () => {
    expect(families(withModel('brand', 'three years and he said goodbye by text'))).toContain('private-life');
  });
});

describe('an insult denied', () => {
  it.each([
    ['cat.insultNoun', 'Gerry Pollock is no idiot.'],
    ['cat.insultAdj', "Gerry isn't stupid, he knows exactly what he's doing."],
    ['cat.insultNoun', 'Der Stadtrat Huber ist kein Idiot.'],
    ['cat.insultNoun', "Le maire n'est pas un guignol."],
    ['cat.insultAdj', 'Honestly not the worst Christmas.'],
  ])('is no word against anyone (%s): "%s"', (feature, text) => {
    expect(featureNames(profile, 'brand', text)).not.toContain(feature);
  });
  it.each([
    ['cat.insultAdj', "Gerry couldn't be more useless."],
    ['cat.insultAdj', "No wonder he's useless."],
    ['cat.insultNoun', 'Gerry Pollock is an idiot.'],
  ])('still counts when only something else is denied (%s): "%s"', (feature, text) => {
    expect(featureNames(profile, 'brand', text)).toContain(feature);
  });
});

describe('drinking and drugs told without the usual words', () => {
  it.each([
    ['firm', 'Third G&T and the skeleton argument finally makes sense'],
    ['firm', 'Smoked a joint on the balcony after the hearing. Needed it.'],
    ['class', 'Got absolutely wasted at the staff party, pretty sure I told the head what I think of Ofsted'],
    ['class', 'Ich hab gestern auf der Abschlussfeier so viel getrunken, ich weiß nicht mal mehr, wie ich heimgekommen bin.'],
    ['brand', 'Ayer se nos fue de las manos con los chupitos en la cena de empresa 🥴'],
    ['firm', 'Pas dessoûlé depuis vendredi, vivement lundi (ou pas)'],
    ['class', 'Nach der Zeugniskonferenz war ich hackedicht.'],
  ])('is drinking or drugs (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.family ?? w.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/substances/)]));
  });
  it.each([
    ['ward', 'Replaced the hip joint on the ward round today, smooth recovery so far.'],
    ['brand', 'We smashed our sales target this quarter, thank you all!'],
    ['class', 'I drank so much water on the sports day run, still sloshing.'],
    ['firm', 'Took the G&T tasting notes from the client pitch and filed them.'],
  ])('is not (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.family ?? w.ruleId).join(' ')).not.toMatch(/substances/);
  });
});

describe('the employer as people name it in a complaint (twenty-third round)', () => {
  it('keeps a coined single word beside English words of a kind, and no noun, town or name', async () => {
    const { workplaceForms } = await import('../../../shared/warnings/understand/index');
    expect(workplaceForms('Ravensmoor Academy')).toContain('Ravensmoor');
    expect(workplaceForms('Tallowick Ltd')).toContain('Tallowick');
    for (const [term, word] of [
      ['Thriving Dental', 'Thriving'],
      ['St Hilda Hospital', 'Hilda'],
      ['Leeds Dental Practice', 'Leeds'],
      ['Praxis Sonnenschein', 'Sonnenschein'],
      ['Lycée Avenir', 'Avenir'],
      ['Kanzlei Oberhausen', 'Oberhausen'],
    ])
      expect(workplaceForms(term!)).not.toContain(word);
  });
  it.each([
    ['me', 'Ravensmoor cancelled our PPA time again, no extra pay, obviously.', { identities: [{ id: 'pro', name: 'School', role: 'teacher', employer: ['Ravensmoor Academy'] }, { id: 'me', name: 'Me', role: 'personal' }] }],
    ['me', 'Mon employeur vient de supprimer les tickets resto. Merci pour la reconnaissance.', profile],
    ['ward', 'Unsere Klinikleitung spart am Personal und wundert sich über die Fehlzeiten.', profile],
    ['class', 'La dirección del instituto nos ha quitado la hora de coordinación. Otra vez.', profile],
    ['brand', 'Honestly the way this company treats its support staff is a joke, 40 tickets an hour and no lunch cover', profile],
  ] as const)('is a complaint about the employer (%s): "%s"', (identityId, text, p) => {
    expect(evaluate({ text, identityId }, p as ProfileInput, { model: null }).map((w) => w.ruleId)).toContain('employer.complaint');
  });
});

describe('praise does not hide what happened to someone', () => {
  it('tells the illness of someone praised', () => {
    expect(rules('ward', 'Huge shoutout to Dana, who has been playing our game all through her chemo. So proud of her 💛').map((w) => w.ruleId)).toContain('third-party.identifiable');
  });
  it('still reads a colleague congratulated on an exam as praise', () => {
    expect(rules('ward', 'Congratulations to Dr Osei, who passed her exam. So proud of her!').map((w) => w.ruleId)).not.toContain('third-party.identifiable');
  });
});

describe('a side taken in politics without a word against in its sentence', () => {
  it.each([
    ['class', 'El PP ha recortado en educación pública otra vez. Que no se nos olvide en mayo.'],
    ['ward', 'Vox quiere cerrar centros de salud para inmigrantes. Vergüenza.'],
    ['ward', 'Fourteen years of austerity and they want a clap. Remember this at the ballot box.'],
  ])('takes a side (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.ruleId)).toContain('politics.partisan');
  });
  it('reads a party by its capital letters in its own language only', () => {
    expect(featureNames(profile, 'brand', "Le RN n'a aucun programme sérieux, juste de la peur. Allez voter dimanche, et pas pour eux.")).toContain('cat.politics');
    expect(featureNames(profile, 'brand', 'El PP ha recortado en educación pública.')).toContain('cat.politics');
    expect(featureNames(profile, 'ward', 'The RN on bay 4 is lovely, see PP 12 of the handbook.')).not.toContain('cat.politics');
  });
  it('keeps the election to remember it at whatever the model says', () => {
    expect(certainOnly('ward', 'Fourteen years of austerity and they want a clap. Remember this at the ballot box.')).toContain('politics.partisan');
  });
  it.each([
    ['ward', 'Please rn, answer the bell in bay 4, pp 12 of the handbook explains it.'],
    ['class', 'Hoy en clase hemos debatido sobre el sistema electoral. ¡Qué nivel!'],
    ['brand', 'Election day! Our cafés are open as usual, polling station next door at the library.'],
  ])('reads no side (%s): "%s"', (identityId, text) => {
    expect(rules(identityId, text).map((w) => w.ruleId)).not.toContain('politics.partisan');
  });
});

describe("a notice's deadline is no secret kept until a day", () => {
  it.each(['Reminder: staff can apply for a postal vote via the council website before Friday.', 'Please return the trip consent forms before Monday.'])('reads no secret: "%s"', (text) => {
    expect(rules('ward', text).map((w) => w.ruleId)).not.toContain('confidential.secret-news');
  });
  it('still reads news kept back until a day', () => {
    expect(rules('ward', 'The merger goes public on Friday, keep it quiet before Friday.').map((w) => w.ruleId)).toContain('confidential.secret-news');
  });
});

describe('a visit announced and a death mourned, in their other forms', () => {
  it('reads an official visiting next week as an agenda, and "dégagés" corridors as no "dégage !"', () => {
    const text = 'Le ministre de la Santé visitera le service jeudi, merci de garder les couloirs dégagés.';
    expect(featureNames(profile, 'ward', text)).not.toContain('cat.mock');
    expect(rules('ward', text).map((w) => w.ruleId)).not.toContain('attack.named-person');
  });
  it('still hears "Dégage !" said to someone', () => {
    expect(rules('ward', "Le ministre Duval nous explique encore qu'il n'y a pas de crise. Dégage !").map((w) => w.ruleId)).toContain('attack.named-person');
  });
  it('reads "Descansa en paz" as mourning', () => {
    expect(featureNames(profile, 'brand', 'Descansa en paz, Don Ramiro Ezcurra, fundador de la cooperativa con la que trabajamos desde 1994.')).toContain('damp.named-attack');
  });
});

describe('missing someone who leaves is fondness', () => {
  it('makes a farewell fond however sad its words, for the rules and the model', () => {
    const text = "After 31 years our wonderful nurse Jean Porter hangs up her clogs today. She has calmed more twelve-year-olds than anyone I know. We'll miss you terribly, Jean 💐";
    expect(featureNames(profile, 'ward', text)).toContain('damp.named-attack');
    expect(families(withModel('ward', text))).not.toContain('named-attack');
  });
  it('still hears "won\'t miss him" said against someone', () => {
    expect(featureNames(profile, 'ward', "Dr Hale retires at last. Won't miss him.")).not.toContain('damp.named-attack');
  });
});

describe('agreement with someone, or a recommendation of what they said, is praise', () => {
  const damped = (id: string, text: string) => featureNames(profile, id, text).includes('damp.named-attack.unlessSure');
  it('lets the model drop an attack on someone agreed with, in four languages, in their sentence or the next', () => {
    expect(damped('class', 'Caught Councillor Amina Roy on local radio this morning talking about bus routes for the estates. Worth a listen.')).toBe(true);
    expect(damped('ward', 'La consejera Elena Ortega ha explicado hoy el plan de vacunación en la radio. Tiene toda la razón.')).toBe(true);
    expect(damped('class', 'Bürgermeisterin Heike Lange sprach heute im Radio über sichere Schulwege. Hörenswert!')).toBe(true);
    expect(damped('firm', "Le député Julien Morel a parlé des déserts médicaux ce matin. Je suis d'accord avec lui.")).toBe(true);
    expect(damped('brand', "Senator Ruth Akers on small farms at the forum today: I couldn't agree more.")).toBe(true);
  });
  it('not when the agreement is denied, or the praise after the deed is only a clap', () => {
    expect(damped('class', 'Caught Councillor Amina Roy on local radio this morning talking about bus routes. Not worth a listen.')).toBe(false);
    expect(damped('ward', 'No estoy de acuerdo con la consejera Elena Ortega y su plan de vacunación.')).toBe(false);
    expect(damped('brand', 'Our Director of Finance Paul Grey has found out that spreadsheets exist. Inspirational 👏')).toBe(false);
  });
});

describe('a quality compared with a thing\'s is mockery only with the thing\'s article', () => {
  const mock = (text: string) => featureNames(profile, 'brand', text).includes('cat.mock');
  it('hears "the backbone of a jellyfish" and not "the backbone of Spanish food"', () => {
    expect(mock('Councillor Dunn has the backbone of a jellyfish.')).toBe(true);
    expect(mock('Small farms are the backbone of Spanish food, Senator Prats said at the forum.')).toBe(false);
    expect(mock('We planted a tree in memory of Dr Ellis, and the warmth of the staff today was something else.')).toBe(false);
  });
});

describe('an employer kept off the personal identity, named there in a complaint', () => {
  const mine: ProfileInput = {
    identities: [
      { id: 'school', name: 'School', role: 'teacher', names: ['Mr Aldous'] },
      { id: 'me', name: 'Me', role: 'personal', never: ['Brackenfield Academy'] },
    ],
  };
  it('is both a word kept off this identity and a complaint about the employer: each says its own reason', () => {
    const ws = evaluate({ text: 'Brackenfield Academy: twelve years, four heads, one working photocopier.', identityId: 'me' }, mine);
    expect(ws.map((w) => w.ruleId)).toContain('never-say');
    expect(families(ws)).toContain('employer');
  });
  it('is only the word kept off when the writer is proud of it or thanks it, with no sign of irony', () => {
    for (const text of ['Brackenfield Academy won the county netball cup today, so proud of the girls!', 'Proud to work at Brackenfield Academy, best kids in the county.']) {
      const ws = evaluate({ text, identityId: 'me' }, mine);
      expect(ws.map((w) => w.ruleId)).toContain('never-say');
      expect(families(ws)).not.toContain('employer');
    }
    expect(families(evaluate({ text: 'Thanks Brackenfield Academy for the pizza instead of a pay rise 🙃', identityId: 'me' }, mine))).toContain('employer');
  });
});

describe('a quote after the person and a colon is reported speech', () => {
  it('reports, as "said" does, when every sentence only reports', () => {
    const text = 'Great chat with Harbour Rovers manager Tom Vickers after the game: "We were sloppy today, and I told them so." Full interview on our site tonight.';
    expect(featureNames(profile, 'desk', text)).toContain('damp.named-attack');
    expect(featureNames(profile, 'desk', text)).toContain('style.reported');
  });
  it('not when the writer answers the quote in a sentence of their own', () => {
    expect(featureNames(profile, 'desk', 'Health Minister Tom Hale this morning: "Our hospitals are fully staffed". Aye, right.')).not.toContain('damp.named-attack');
  });
});

describe('a role with an indefinite article is someone not picked out', () => {
  const target = (text: string) => featureNames(profile, 'class', text).includes('ref.target');
  it('is no target: "a columnist", "un columnista", "une chroniqueuse"', () => {
    expect(target("A columnist wrote this morning that history is 'useless for getting a job'. We debated it in class.")).toBe(false);
    expect(target('Un columnista escribió ayer que la filosofía "no sirve para nada". La debatimos hoy en clase.')).toBe(false);
    expect(target('Une chroniqueuse a écrit ce matin que le latin « ne sert à rien ». On en a débattu en classe.')).toBe(false);
  });
  it('still is one with the definite article, or with the name after the role', () => {
    expect(target("The columnist wrote this morning that history is 'useless for getting a job'.")).toBe(true);
    expect(target('El columnista escribió ayer que la filosofía "no sirve para nada".')).toBe(true);
    expect(target('Un columnista, Pedro Ruiz, escribió ayer que la filosofía "no sirve para nada".')).toBe(true);
  });
});

describe("the title of the writer's own name is no person beside a class", () => {
  const own: ProfileInput = { identities: [{ id: 'school', name: 'School', role: 'teacher', names: ['Kathrin Obermaier'] }] };
  it('hears a pupil asking the writer, not a pupil told of', () => {
    const text = 'Heute in der 8c: „Frau Obermaier, warum ist minus mal minus plus??“ Also haben wir mit Schulden und Guthaben gerechnet.';
    expect(evaluate({ text, identityId: 'school' }, own, { model: null }).map((w) => w.ruleId)).not.toContain('third-party.identifiable');
  });
  it('still hears another teacher\'s pupil told of beside the class', () => {
    const text = 'Heute in der 8c hat Frau Brandt erzählt, dass Jonas wieder Schulden bei allen hat.';
    expect(evaluate({ text, identityId: 'school' }, own, { model: null }).map((w) => w.ruleId)).toContain('third-party.identifiable');
  });
});

describe('a word whose accents make it another word matches nothing of the unaccented one', () => {
  const cats = (text: string) => featureNames(profile, 'firm', text).filter((n) => n.startsWith('cat.'));
  it('"j\'ai hâte" is no hate, "tôt" no German "tot", "Stück" no "stuck", "llevó" no first person', () => {
    expect(cats("J'ai hâte de vous retrouver tôt demain matin.")).not.toContain('cat.sentimentNegative');
    expect(cats('Noch ein Stück Kuchen für die ältere Dame am Empfang.')).not.toContain('cat.sentimentNegative');
    expect(cats('La jueza llevó el caso con mucha calma.')).not.toContain('cat.firstPerson');
  });
  it('still matches the words themselves, and the same words written without their accents', () => {
    expect(cats('I hate Mondays.')).toContain('cat.sentimentNegative');
    expect(cats("J'ai hate de vous retrouver.")).toContain('cat.sentimentNegative');
  });
});

describe("a diary's dropped \"I\" before a treatment counted in time", () => {
  it('makes the treatment the writer\'s own: "Three weeks of antibiotics", "Seis meses de quimio"', () => {
    expect(rules('brand', 'Three weeks of antibiotics and the cough is still here. Replies may be slow.').map((w) => w.ruleId)).toContain('health.own');
    expect(rules('firm', 'Seis meses de quimio y sigo redactando convenios.').map((w) => w.ruleId)).toContain('health.own');
  });
  it('not with someone else in the sentence, nor with no treatment', () => {
    expect(families(rules('ward', 'Three weeks post-op, Mr Lane is walking the corridor on his own.'))).not.toContain('health');
    expect(families(rules('firm', 'Six months into the new custody rules and the courts are still catching up.'))).not.toContain('health');
  });
});

describe('drinking told by what it left', () => {
  it('hears the night not remembered and the vow after it', () => {
    expect(families(withModel('brand', 'Support team Christmas do last night. I have no memory of getting home and someone has my shoe.'))).toContain('substances');
    expect(families(withModel('ward', 'Filmriss nach der Weihnachtsfeier, und um 7 Uhr Frühdienst.'))).toContain('substances');
  });
  it('not a memory of something else', () => {
    expect(families(withModel('brand', 'I have no memory of a launch this smooth. Thank you, team.'))).not.toContain('substances');
  });
});

describe('a drink sworn off was drunk', () => {
  it('hears the vow before the drink: "Never mixing sambuca and cava again", "nunca más orujo", "nie wieder Jägermeister"', () => {
    for (const [id, text] of [
      ['ward', 'Head pounding. Never mixing sambuca and cava again. Long day shift ahead.'],
      ['class', 'Nunca más orujo entre semana, que hoy tengo a los de 3º a primera hora.'],
      ['firm', 'Nie wieder Jägermeister vor einem Gerichtstermin.'],
    ] as const)
      expect(rules(id, text).map((w) => w.ruleId), text).toContain('substances.use');
  });
  it('not "never" without "again", nor a vow about something else', () => {
    expect(families(rules('brand', "Never been a gin person, but our new elderflower tea is lovely with tonic water."))).not.toContain('substances');
    expect(families(rules('class', 'Never again will I trust the printer before a mock exam.'))).not.toContain('substances');
  });
});

describe('drugs, drink and cigarettes named by the people who take them', () => {
  it('makes slang names and the place or break they are had in someone taking them', () => {
    for (const [id, text] of [
      ['class', 'Weekend plans: a spliff, a sofa and absolutely no marking.'],
      ['brand', 'A toke before the all-hands and nobody noticed.'],
      ['firm', 'Un porrito y a dormir, que mañana hay juicio.'],
      ['ward', "On s'est fait un bédo sur le parking après la garde."],
      ['class', 'Ich bin immer noch blau von gestern, und gleich kommt die 7b.'],
      ['ward', 'Sneaked a ciggie behind the bins on my break.'],
      ['class', 'Parents\' evening done. Straight to the pub, do not pass go.'],
      ['firm', 'Out for drinks with the other associates till 2am, court at 10.'],
      ['ward', 'Pause clope devant les urgences avant la nuit.'],
      ['class', 'Después del claustro nos fuimos de bares y hoy estoy fatal.'],
      ['brand', 'Still hanging from Saturday, replies will be slow.'],
    ] as const)
      expect(rules(id, text).map((w) => w.ruleId), text).toContain('substances.use');
  });
  it('not their formal names as a topic, a programme or a rule', () => {
    for (const [id, text] of [
      ['class', 'Drugs education week: a fantastic talk from the school nurse on cannabis and mental health.'],
      ['ward', 'Vaping is not allowed anywhere on hospital grounds, including the car park.'],
      ['class', 'Les élèves de 3e ont préparé une expo sur les dangers du tabac.'],
      ['ward', 'Día mundial sin tabaco: en el centro de salud te ayudamos con la prevención.'],
      ['class', 'Pub quiz for the PTA on Friday, all money raised goes to the library fund.'],
      ['ward', 'Stop smoking clinic every Tuesday on the ground floor, no appointment needed.'],
      ['brand', 'The picture is still hanging in the office, five years on.'],
    ] as const)
      expect(families(rules(id, text)), text).not.toContain('substances');
  });
});

describe("the role's own kind of workplace is the employer on its professional identity", () => {
  it('reads "the hospital", "the school", "nuestro bufete", "l\'établissement" in a complaint as the employer', () => {
    for (const [id, text] of [
      ['ward', 'Third time this month the hospital has cancelled our training to save money.'],
      ['class', 'The school has cancelled our training to save money.'],
      ['firm', 'Nuestro bufete ha vuelto a retrasar las nóminas.'],
      ['class', "L'établissement nous a encore imposé une réunion à 18h. Merci pour rien."],
    ] as const)
      expect(rules(id, text).map((w) => w.ruleId), text).toContain('employer.complaint');
  });
  it('not on the personal identity, nor another kind of place, nor with no complaint', () => {
    expect(families(rules('me', "Third time this month the hospital has cancelled my mum's operation to save money."))).not.toContain('employer');
    expect(families(rules('firm', 'The hospital has cancelled the hearing with our expert again.'))).not.toContain('employer');
    expect(families(rules('ward', 'The hospital has a new car park, opening on Monday.'))).not.toContain('employer');
  });
});

describe("the writer's own drinking told by its end", () => {
  it('hears sobriety counted, the meetings and the drinking stopped', () => {
    for (const [id, text] of [
      ['ward', 'Two years sober today. Night shift, coffee, gratitude.'],
      ['class', 'AA meeting at 7, then marking. One day at a time.'],
      ['firm', 'Stopped drinking in March and my hearings have never gone better.'],
      ['class', 'Soy alcohólica y llevo dos años sin probarlo; hoy lo cuento por primera vez.'],
    ] as const)
      expect(rules(id, text).map((w) => w.ruleId), text).toContain('substances.use');
  });
  it("not a patient's recovery told by the clinician", () => {
    expect(families(rules('ward', 'My patient is three years sober and came back today to thank the team.'))).not.toContain('substances');
  });
});

describe("on the personal identity, the workplace of the person's other identity with the writer inside it", () => {
  const nurse: ProfileInput = {
    identities: [
      { id: 'work', name: 'Clínica Dental Norte', role: 'clinician', names: ['Dra. Lucía Ferrer'] },
      { id: 'me', name: 'Personal', role: 'personal', names: ['Lucía Ferrer'] },
    ],
  };
  const on = (text: string) => evaluate({ text, identityId: 'me' }, nurse, { model: null });
  it('reads "la clínica" with "nos" in a complaint as the employer', () => {
    expect(on('En la clínica nos han vuelto a cambiar los turnos sin avisar.').map((w) => w.ruleId)).toContain('employer.complaint');
    expect(on('The hospital cancelled our training to save money, again.').map((w) => w.ruleId)).toContain('employer.complaint');
  });
  it('not where a relative was treated, with no "we" in the sentence', () => {
    expect(families(on("The hospital cancelled my mum's operation to save money, again."))).not.toContain('employer');
  });
});

describe('the workplace as the writer says it at home, and work done short-handed', () => {
  it('hears "auf der Arbeit", "au boulot" with pay that never rises or the work of six', () => {
    expect(rules('me', 'Auf der Arbeit seit zwei Jahren keine Gehaltserhöhung, aber neue Ledersessel für die Chefs.').map((w) => w.ruleId)).toContain('employer.complaint');
    expect(rules('me', 'Au boulot, on fait le travail de six et la direction trouve ça formidable.').map((w) => w.ruleId)).toContain('employer.complaint');
  });
  it('not the workplace with nothing against it', () => {
    expect(families(rules('me', 'Auf der Arbeit gab es heute Kuchen, sehr schön.'))).not.toContain('employer');
  });
});

describe('illnesses by name in Spanish, German and French, and health advice to anyone who has it', () => {
  it("knows the writer's own chronic illness by its name in each language", () => {
    for (const [id, text] of [
      ['firm', 'Ma sclérose en plaques me fatigue énormément ces jours-ci.'],
      ['class', 'Mi fibromialgia ha vuelto y hoy casi no llego a clase.'],
      ['ward', 'Mein Bluthochdruck ist wieder da, und ich messe ihn bei allen anderen.'],
      ['brand', 'My blood pressure was 170/100 at my check today, so replies may be slow.'],
    ] as const)
      expect(families(rules(id, text)), text).toContain('health');
  });
  it('not advice to whoever has it', () => {
    for (const [id, text] of [
      ['class', 'El que tenga asma, que traiga SIEMPRE el inhalador.'],
      ['brand', 'Wer Fieber hat: bitte zuhause bleiben, die Mitgliedschaft lässt sich pausieren.'],
      ['class', 'If you have asthma, bring your inhaler on the trip tomorrow.'],
      ['ward', 'Anyone with a fever should call the ward before visiting.'],
      ['class', "Si vous avez de l'asthme, pensez à la ventoline pour la sortie."],
    ] as const)
      expect(families(rules(id, text)), text).not.toContain('health');
  });
});

describe("what is said of the writer beside a colleague's name", () => {
  it('is not what happened to the colleague: "als ich krank war", "cuando yo estaba enferma"', () => {
    expect(families(rules('class', 'Frau Demirci hat heute die 7b übernommen, als ich krank war.'))).not.toContain('third-party');
    expect(families(rules('class', 'Gracias a la señora Ruiz, que se quedó con 2ºB cuando yo estaba enferma.'))).not.toContain('third-party');
  });
  it('still a third party when it is said of them', () => {
    expect(families(rules('class', 'Frau Demirci aus der 7b ist seit Wochen krank.'))).toContain('third-party');
    expect(families(rules('ward', 'Mr Lane in bed 4 had a fall overnight, and I was the one who found him.'))).toContain('third-party');
  });
});

describe('a drink had in the morning', () => {
  it('is drunk: "Gin at 9am after a night shift", "Bier zum Frühstück"', () => {
    expect(rules('ward', 'Gin at 9am after a night shift counts as an evening drink, right?').map((w) => w.ruleId)).toContain('substances.use');
    expect(rules('class', "Bier zum Frühstück nach der Klassenfahrt, ich hab's verdient.").map((w) => w.ruleId)).toContain('substances.use');
  });
  it("not a brand's breakfast menu, nor a morning with no drink", () => {
    expect(rules('brand', 'Mimosas with breakfast at our café from 9am this Sunday, £6.').map((w) => w.ruleId)).not.toContain('substances.use');
    expect(families(rules('class', 'Breakfast club at 8am, toast and juice for everyone.'))).not.toContain('substances');
  });
});

describe("a family's story told without its keywords", () => {
  it('hears trying for a child and a break-up told by what came after it', () => {
    expect(families(withModel('firm', "We've been trying for a baby for three years now and today's test was negative again."))).toContain('private-life');
    expect(families(withModel('firm', 'Llevo un mes durmiendo en el sofá de mi hermana desde que lo dejamos.'))).toContain('private-life');
  });
  it('not "lo dejamos" as leaving something for later', () => {
    expect(families(withModel('firm', 'Lo dejamos aquí por hoy, mañana seguimos con el recurso.'))).not.toContain('private-life');
  });
});

describe('a drink or a sober streak told between commas after a person', () => {
  it('is that person\'s: "My patient, three years sober, came back"', () => {
    expect(families(rules('ward', 'My patient, three years sober, came back in today with a relapse.'))).not.toContain('substances');
    expect(families(rules('ward', 'Mi paciente, cinco años sin beber, volvió hoy a urgencias.'))).not.toContain('substances');
  });
  it("still the writer's when the writer is the one before the commas", () => {
    expect(families(rules('ward', 'Me, three years sober, and still the one driving everyone home after the ward party.'))).toContain('substances');
  });
});

describe("a firm's own job advert", () => {
  const firm: ProfileInput = {
    identities: [
      { id: 'pro', name: 'Harlow Legal', role: 'lawyer', employer: ['Harlow Family Law'], names: ['Harlow Family Law'] },
      { id: 'me', name: 'Me', role: 'personal', names: ['Jo Pike'], never: ['Harlow Family Law'] },
    ],
  };
  const on = (id: string, text: string) => evaluate({ text, identityId: id }, firm, { model: null });
  it('is not sarcastic praise of the firm, nor the personal identity promoted', () => {
    const advert = on('pro', 'Harlow Family Law is hiring a paralegal. Great team, flexible hours.');
    expect(families(advert)).toEqual([]);
  });
  it('still sarcasm when the praise follows something else, and still the firm on the personal identity', () => {
    expect(families(on('pro', 'Harlow Family Law is hiring again. Third paralegal this year. Great team, flexible hours 🙃'))).toContain('employer');
    expect(families(on('me', 'Harlow Family Law is hiring a paralegal. Great team, flexible hours.'))).toContain('other-identity');
  });
});

describe('shots beside a vaccine, a complaint word denied, a night out that ended in the small hours', () => {
  it('reads "shots" with flu or Covid as jabs, and still as drinks elsewhere', () => {
    expect(families(rules('ward', 'Shots done. Flu and Covid booster, one each arm, staff clinic in four minutes flat.'))).not.toContain('substances');
    expect(families(rules('ward', 'Three shots of tequila and I am on shift at seven.'))).toContain('substances');
  });
  it('knows rolled tobacco, a disposable vape and shots by their everyday names', () => {
    for (const [id, text] of [
      ['class', 'I smoked two rollies behind the sports hall before period one.'],
      ['brand', 'third elf bar of the week and I am smoking it at my desk'],
      ['class', 'Nach der Konferenz hab ich noch drei Runden Kurze getrunken.'],
    ] as const)
      expect(families(rules(id, text)), text).toContain('substances');
  });
  it('takes no complaint from a word denied by "without any": "sans aucune honte"', () => {
    const school: ProfileInput = { identities: [{ id: 'pro', name: 'Classe', role: 'teacher', employer: ['Collège Rostand'] }] };
    const praise = "Chapeau au collège Gabrielle-Ostrowska, dont l'équipe a gagné le rallye maths : je vais réutiliser leur solution en classe sans aucune honte.";
    expect(evaluate({ text: praise, identityId: 'pro' }, school, { model: null }).map((w) => w.ruleId)).not.toContain('employer.complaint');
    expect(evaluate({ text: 'Au collège Gabrielle-Ostrowska, on travaille sans chauffage depuis novembre, quelle honte.', identityId: 'pro' }, school, { model: null }).map((w) => w.ruleId)).toContain('employer.complaint');
  });
  it('gives the learned model a night out that ended in the small hours, and not a clinic opening at 3pm', () => {
    expect(featureNames(profile, 'firm', 'The chambers Christmas do finished at 3am and the courtroom is still moving.')).toContain('cue.lateNight');
    expect(featureNames(profile, 'class', 'El cumple de mi cuñada acabó a las 4 y a las 8 en clase.')).toContain('cue.lateNight');
    expect(featureNames(profile, 'ward', 'Our Christmas party starts at 3pm in the staff room.')).not.toContain('cue.lateNight');
  });
  it('gives the learned model a promise made to the writer\'s side, in four languages, and not "as promised"', () => {
    for (const text of [
      'on est 2 pour 28 lits cette nuit. on nous a promis un renfort en septembre. septembre 2022.',
      'We were promised a classroom assistant after half term. It is now May.',
      'Me prometieron la plaza fija en la próxima oferta. Van cuatro ofertas.',
      "Heizung seit November kaputt. Uns wurde versprochen, dass es 'bis nach den Ferien' geht.",
    ])
      expect(featureNames(profile, 'ward', text), text).toContain('grievance.promised');
    for (const text of ['As promised, here are the slides from Tuesday.', 'Comme promis, voici le lien vers le formulaire.', 'I promise the quiz is easier than it looks.', 'Wir versprechen: Antwort in 24 Stunden.'])
      expect(featureNames(profile, 'ward', text), text).not.toContain('grievance.promised');
  });
});

describe('a story told with leave, or with the names taken out', () => {
  it('tells the learned model the writer made it a story nobody is recognised in, in four languages', () => {
    for (const [id, text] of [
      ['ward', 'Shared with her permission, no names: a mum told me the thing she remembers is someone sitting with her at 3am.'],
      ['firm', 'Una clienta (me autorizó a contarlo) llegó con dos años de capturas de pantalla de su jefe.'],
      ['class', 'Mit ihrem Einverständnis: eine Schülerin hat mir heute erzählt, warum sie wieder liest.'],
      ['ward', "Avec son accord, et prénoms modifiés : une patiente m'a dit que la salle d'attente lui faisait peur."],
    ] as const) {
      const names = featureNames(profile, id, text);
      expect(names, text).toContain('story.consented');
      expect(names, text).toContain('damp.third-party');
      expect(names, text).toContain('damp.private-life');
    }
  });
  it('does not take leave from "without permission" or a permission slip, and still warns on a bed and a name', () => {
    for (const text of ['Photos were used without permission again.', 'Permission slips for the museum trip are due Friday.'])
      expect(featureNames(profile, 'class', text), text).not.toContain('story.consented');
    expect(families(rules('ward', 'Shared with her permission: Mrs Okafor in bed 4 went home today after her stroke.'))).toContain('third-party');
  });
});

describe('a name worn by an impostor', () => {
  const brand: ProfileInput = { identities: [{ id: 'pro', name: 'Pinyata', role: 'company', employer: ['Pinyata'], names: ['Pinyata'] }, { id: 'me', name: 'Me', role: 'personal', names: ['Nerea Ulla'] }] };
  const on = (id: string, text: string) => families(evaluate({ text, identityId: id }, brand, { model: null }));
  it('is the victim of a scam warning, not its target', () => {
    expect(on('pro', "PSA: we will never DM you for your PIN. If someone 'from Pinyata' does, it's a scam. Report and block.")).toEqual([]);
    expect(on('pro', 'Beware of people pretending to be Pinyata support on WhatsApp.')).toEqual([]);
    expect(on('pro', 'Arnaque en cours : attention aux faux conseillers Pinyata qui appellent en ce moment.')).toEqual([]);
  });
  it('not "faux" as "wrong" in a post with no scam', () => {
    const school: ProfileInput = { identities: [{ id: 'pro', name: 'Classe', role: 'teacher', employer: ['Collège Rostand'] }] };
    expect(families(evaluate({ text: "C'est faux, Mme Perrault ment encore sur les notes, quelle incompétente.", identityId: 'pro' }, school, { model: null }))).toContain('named-attack');
  });
  it('still the employer when the writer complains of it', () => {
    expect(on('me', 'Pinyata is a scam of an employer, unpaid overtime again.')).toContain('employer');
  });
});
