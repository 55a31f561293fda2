import type { Token } from '../text';
import { AWARD_NOUNS, fold, isQuoteMark, isReporting, phraseAt, sentenceBounds, wordSet } from './shapes';
import type { Signal } from './signals';

/**
 * Sneering forms that carry an attack without a single insult word, in English, Spanish, German and French:
 * - `neg.offAir`: wishing a presenter, pundit or columnist off their microphone, screen or show, asked of someone or
 *   hoped for ("Can someone get her off the telly please", "que alguien le quite el micro", "Maybe it's time you lacked
 *   a microphone", "kann bitte jemand das Mikro abdrehen", "qu'on lui coupe le micro");
 * - `neg.ifThatIs`: "if that's X, I'm Y", the writer's absurd claim as the measure of someone's ("Si eso es
 *   planificación, yo soy seleccionador nacional", "Wenn das Führung ist, bin ich der Papst", "Si ça c'est de la
 *   stratégie, moi je suis astronaute");
 * - `neg.knowsAsI`: knowing about a subject what the writer knows about another ("sabe de medicina lo que yo de pilotar
 *   aviones", "knows about economics what I know about ballet", "versteht von Fußball so viel wie ich von Ballett").
 * - `neg.absurdSimile`: someone likened to a creature trying what it cannot ("es como ver a un gato intentando abrir
 *   una lata", "like watching a pigeon trying to play chess", "so, als würde ein Goldfisch übers Bergsteigen
 *   referieren", "comme regarder une poule qui essaie de conduire").
 * - `neg.mockAssent`: agreeing with what someone said in a word that means the opposite, in the sentence after it
 *   ("… says staffing is 'well sized'. Claro que sí.", "… sein Netz sei 'das beste'. Klar.", "Claro, Paco, claro.",
 *   "Sure, just like a car runs fine without wheels");
 * - `neg.fakeSympathy`: envy or pity that mean scorn ("Must be nice being God", "must be exhausting to be this
 *   confidently wrong every week", "ça doit être épuisant d'avoir toujours tort");
 * - `neg.mannerSimile`: someone doing their job "like a man who once heard about music from a friend", "como quien juega
 *   al Tetris con los ojos vendados", "wie jemand, der …", "comme quelqu'un qui …". Said warmly it is praise ("teaches
 *   like someone who loves the subject"), so it is no contempt in a sentence of praise, and the learned model weighs it.
 * - `neg.mockAward`: a prize made up for a failing ("the award for most slides per finding goes to him", "el premio a la
 *   limpieza más larga del año", "den Goldenen Steckbecken-Award für die dümmste Reform", "la palme du plus long
 *   discours"): an award whose category is a quantity or an unflattering superlative. A real award's category praises
 *   (a word of praise after "most": "most improved", "le plus beau") or counts what is won (goals, votes, steps, books),
 *   and stays plain; "Preis" and "prix" are also prices, so they are awards only where one is handed out.
 * Each is a form of contempt: the attack rule needs a person named beside it.
 */

/** What a presenter or pundit speaks or writes through. */
const MEDIUM = wordSet(
  'microphone microphones mic mics micro micros micrófono micrófonos mikro mikrofon mikrofone telly tv tele television télévision télé air airwaves ' +
    'antenne antena screen screens pantalla pantallas bildschirm écran écrans radio show programa programme program sendung émission podcast column columna kolumne chronique ' +
    // (The studio set a pundit sits on: "disparaître des plateaux télé", "aus dem Fernsehen verschwinden".)
    'plateaux fernsehen',
);
/** Taking it away, before the medium: "off the telly", "away from any microphone", "quitarle el micro", "lacked a microphone", "cancel his show". */
const REMOVE_BEFORE = wordSet(
  'off away quitar quite quiten quitarle quitadle quitasen sin retiren retirarle weg ohne couper coupe coupez coupent retirer retire retirez loin lacked lack lacks ' +
    'cancel cancels cancelled canceled cancelen cancele cancelar cancelad unplug pull annuler annule annulez supprimer supprime débrancher débranche ' +
    'disappear vanish desaparecer desaparezca desapareciera disparaître disparaisse disparaitrait',
);
/** Taking, before "… microphone away". */
const TAKE = wordSet('take takes took taking');
/** German puts the verb after the medium: "das Mikro abdrehen", "die Sendung absetzen". */
const REMOVE_AFTER = wordSet('abdrehen abstellen abschalten wegnehmen entziehen absetzen abgesetzt streichen gestrichen verschwinden verschwände verschwinde');
/** A wish or a request in the sentence: someone asked, please, it's time, I hope, a modal. */
const WISHED = wordSet(
  "someone somebody anyone alguien nadie jemand niemand quelqu'un quelqu personne please pls plz porfa bitte svp time hora zeit temps hope hoping ojalá " +
    'hoffentlich espère espérons should must debería deberían sollte sollten muss faut let maybe perhaps quizá quizás igual vielleicht peut-être can could puede pueden kann könnte peut pourrait ' +
    // (Hoped for as "if only he could": "si X pouvait disparaître", "si pudiera desaparecer".)
    'pouvait pudiera',
);
/** The hearer's own microphone or screen ("please mute your mic", "apaga tu micro") is housekeeping, not a wish. */
const YOURS = wordSet('your yours tu tus vuestro vuestra su dein deine deinen ihr ihre euer eure ton ta tes votre vos');

const IF = wordSet('if si wenn falls');
/** "that's", "this is", "eso es", "das ist" / "wenn das … ist", "ça c'est", "c'est ça". */
const THAT_IS = wordSet("that's thats that this eso esto das dies ça ca c'est cela");
/** The writer's claim: "I'm", "yo soy", "bin ich", "je suis". */
const I_AM = [['im'], ["i'm"], ['i', 'am'], ['then', "i'm"], ['yo', 'soy'], ['soy'], ['bin', 'ich'], ['ich', 'bin'], ['je', 'suis'], ['moi', 'je', 'suis'], ["j'suis"]].map((p) => p.map(fold));
/** Conditions that are no measure ("if that's the case, I'm in", "si es así", "wenn das so ist", "si c'est vrai"). */
const PLAIN_CONDITION = wordSet('case caso fall cas so así vrai true cierto verdad richtig wahr ok okay fine bien right real alright correct correcto');
/** Claims that are no absurdity ("I'm in", "I'm happy to", "bin ich dabei", "je suis partant"). */
const PLAIN_CLAIM = wordSet(
  'in out ok okay fine happy glad sure good all down game ready not no going listo lista contento contenta feliz dentro de dabei einverstanden bereit froh nicht ' +
    'partant partante prêt prête content contente heureux heureuse pas',
);

/** Knowing, said of someone else: "knows", "sabe", "weiß", "versteht", "connaît", "sait". */
const KNOWS = wordSet('knows understands sabe entiende weiß weiss versteht kennt connaît sait comprend');
/** The writer as the measure, and the subject after it: "what I (know) about", "lo que yo de", "wie ich von", "que moi en". */
const AS_I = [['what', 'i'], ['as', 'i'], ['lo', 'que', 'yo'], ['como', 'yo'], ['wie', 'ich'], ['que', 'moi'], ['comme', 'moi'], ['que', 'je']].map((p) => p.map(fold));
const ABOUT = wordSet('about of de del von vom en sur über');
/** Or the writer's pet as the measure: "à peu près comme mon chat en solfège", "what my dog knows about calculus". */
const AS_MY = wordSet('as what como lo comme que wie');
const MY = wordSet('my mi mon ma mein meine meiner');
const MEASURE = wordSet('cat dog goldfish hamster budgie parrot gato gata perro perra pez loro chat chatte chien chienne poisson perroquet katze kater hund goldfisch wellensittich');
const FIRST_PERSON = wordSet("i i'm yo ich je j' moi we nosotros wir nous");

/** "like", "como", "comme", "als", "wie" opening a comparison; "watching" and its kin may follow. */
const LIKE = wordSet('like como comme als wie');
const WATCHING = wordSet('watching seeing ver mirar regarder voir zuzusehen zusehen');
const A = wordSet('a an un una une ein eine einen einem');
const SEEMS = wordSet('looks look seems seem sounds sound feels feel');
const BEING = wordSet('is was are es está esta ist est');
/** Trying, or the German "als würde" of a thing imagined. */
const TRYING = wordSet('trying tries try intentando intenta intentar tratando essaie essayer essayant tente tenter versucht versuchen');

/** Agreement, alone or doubled: "Sure.", "Claro que sí.", "Klar.", "Na klar.", "Bien sûr.", "Of course.", "Yeah, right." */
const ASSENT = wordSet('sure course claro supuesto klar natürlich logisch évidemment evidemment sûr');
/** What may stand beside it in a sentence of mere assent. */
const ASSENT_FILL = wordSet("of yeah yes oh aye right que sí si por na ja aber doch bien mais oui c'est ça ca so");
/** "just like", "igual que", "genau wie", "comme": the assent made into an absurd likeness ("Claro, igual que el Titanic …"). */
const ASSENT_LIKE = wordSet('like igual como genau wie comme');
/** Believing and finding, which report a claim as "says" does: "trouve que", "thinks", "findet", "cree que". */
const CLAIMS = wordSet('thinks reckons believes insists trouve pense croit prétend findet meint glaubt behauptet cree piensa opina sostiene');

/** "must be", "debe (de) ser", "muss … sein", "doit être" opening an envy or a pity. */
const MUST = wordSet('must debe muss doit');
/** Envy: "nice", "lovely", "bonito", "schön", "agréable"; pity: "exhausting", "tiring", "agotador", "anstrengend", "épuisant". */
const ENVIED = wordSet('nice lovely great handy bonito genial cómodo comodo schön schon praktisch agréable agreable sympa pratique');
const PITIED = wordSet('exhausting tiring agotador agotadora cansado cansadísimo anstrengend ermüdend épuisant epuisant fatigant');
/** What the pity is for: being wrong ("this confidently wrong", "immer falsch liegen", "avoir toujours tort"). */
const WRONG = wordSet('wrong clueless falsch daneben ahnungslos tort faux equivocado equivocada equivocarse');
/** Being, after the envy: "being God", "to be", "ser", "zu sein", "d'être", "to have", "tener". */
const BEING_AS = wordSet("being be have having ser tener sein haben d'être d'avoir etre avoir");

/** "like a man who", "like someone who", "como quien", "como alguien que", "wie jemand, der", "comme quelqu'un qui". */
const MANNER = [
  ['like', 'a', 'man', 'who'], ['like', 'a', 'woman', 'who'], ['like', 'someone', 'who'], ['like', 'somebody', 'who'], ['like', 'a', 'person', 'who'], ['like', 'a', 'guy', 'who'],
  ['like', 'someone', "who's"], ['like', "he's"], ['like', "she's"],
  ['como', 'quien'], ['como', 'alguien', 'que'], ['como', 'un', 'señor', 'que'], ['wie', 'jemand', ','], ['wie', 'jemand', 'der'], ['wie', 'einer', ','], ['wie', 'einer', 'der'],
  ["comme", "quelqu'un", 'qui'], ['comme', 'un', 'homme', 'qui'], ['comme', 'une', 'femme', 'qui'], ['comme', 'un', 'mec', 'qui'],
].map((p) => p.map(fold));

/**
 * Awards in every language; "preis" and "prix" (also prices) only with a handing-out in their sentence (HANDED), and so
 * German "goldene …", a made-up trophy ("verleiht ihm den goldenen Piepser für die meisten Anrufe").
 */
const AWARD = wordSet(`${AWARD_NOUNS} trophy gong plaque rosette medalla trofeo pokal trophee palme goldene goldenen goldener goldenes`);
const PRICE_TOO = wordSet('preis prix goldene goldenen goldener goldenes');
/** German compounds end in their award ("Faulpelzpokal"; "Steckbecken-Award" is split at its hyphen, and "award" is an award). */
const AWARD_COMPOUND = /.(award|medaille|pokal)$/;
/** Handing out a prize: "geht an", "verliehen", "kriegt", "revient à", "est décerné", "remis". */
const HANDED = wordSet('geht verleiht verleihen verliehen kriegt bekommt erhalt gewinnt revient decerne decernons decernee remis remet attribue va');
/** Quantity superlatives opening an award's category: "most", "least", "fewest", "meisten", "wenigsten". */
const MOST = wordSet('most least fewest meisten wenigsten');
/** Superlatives against someone whatever follows: "longest", "slowest", "dümmste", "peor", "pire". */
const UNFLATTERING = wordSet(
  'longest slowest latest worst dumbest laziest messiest loudest peor peores dummste dummsten langste langsten langsamste langsamsten schlechteste schlechtesten faulste faulsten lauteste lautesten pire pires',
);
/** What a real award counts, or a category that praises without a word of praise: "most goals", "más votado", "le plus original". */
const WON = wordSet(
  'goals tries points wickets runs assists saves steps miles km kilometres kilometers laps books pages merits stars votes donations signatures appearances caps wins matches games races medals money funds ' +
    'serving service improved original consistent reliable sporting colourful colorful spirited ' +
    'goles puntos votos votado votada votados libros pasos kilometros carreras partidos victorias participativo participativa constante trabajador trabajadora ' +
    'tore toren punkte punkten stimmen bucher buchern schritte schritten kilometer kilometern siege siegen spiele spielen einsatze einsatzen ' +
    'buts voix livres pas kilometres victoires matchs assidu assidue ' +
    // (Praise the sentiment vocabulary has in another gender or not at all: "la foto más bonita", "la plus belle vitrine".)
    'bonita bella bello valioso valiosa innovadora creativa belle belles jolie joli originale originales creative meilleure',
);
/** Before Spanish "más" and French "plus" (or a word before), what makes them a superlative: "la limpieza más larga", "du plus long". */
const SUPERLATIVE_BEFORE = wordSet('el la los las lo le les du des');

export function mockeryForms(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  praised: (sentence: number) => boolean = () => false,
  /** Whether a token is a word of praise (the vocabulary's sentimentPositive): "most improved" is no mockery. */
  warm: (i: number) => boolean = () => false,
): Signal[] {
  const out: Signal[] = [];
  const n = tokens.length;
  const norm = (k: number) => (k >= 0 && k < n ? tokens[k]!.norm : '');
  const { starts, ends } = sentenceBounds(sentenceOf);
  // The first word of a token's sentence (punctuation and emoji before it skipped).
  const firstWord = (i: number) => {
    let k = starts[sentenceOf[i]!]!;
    while (k < i && tokens[k]!.kind !== 'word') k++;
    return k;
  };
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.norm;
    if (MEDIUM.has(w)) {
      const a = starts[sentenceOf[i]!]!;
      const b = ends[sentenceOf[i]!]!;
      let removed = -1;
      for (let k = Math.max(a, i - 3); k < i; k++) if (REMOVE_BEFORE.has(norm(k))) removed = k;
      for (let k = i + 1; k < Math.min(b, i + 3); k++) if (REMOVE_AFTER.has(norm(k))) removed = k;
      // ("Away from" needs its "from": "away from any microphone"; "off" its medium close: "off the telly", "off air".)
      if (removed >= 0 && norm(removed) === 'away' && norm(removed + 1) !== 'from') removed = -1;
      // ("Take his microphone away": the taking before, "away" right after the medium.)
      if (removed < 0 && norm(i + 1) === 'away' && [1, 2, 3, 4].some((d) => i - d >= a && TAKE.has(norm(i - d)))) removed = i + 1;
      const yours = [1, 2].some((d) => YOURS.has(norm(i - d)) && i - d > removed);
      let wished = tokens[b - 1]?.norm === '?';
      for (let k = a; k < b && !wished; k++) wished = WISHED.has(norm(k));
      if (removed >= 0 && !yours && wished) out.push({ name: 'neg.offAir', from: Math.min(removed, i), to: Math.max(removed, i) + 1 });
    }
    if (IF.has(w)) {
      const b = ends[sentenceOf[i]!]!;
      // The condition: "that's"/"eso es"/"das … ist"/"ça c'est" within two words of "if", and something measured in it.
      const that = [1, 2].map((d) => i + d).find((k) => k < b && THAT_IS.has(norm(k)));
      if (that === undefined) continue;
      for (let k = that + 2; k < Math.min(b, that + 12); k++) {
        const claim = I_AM.find((p) => phraseAt(tokens, k, p));
        if (!claim) continue;
        const condition = tokens.slice(that + 1, k).filter((t) => t.kind === 'word').map((t) => t.norm);
        const next = norm(k + claim.length);
        if (condition.length > 0 && !condition.some((c) => PLAIN_CONDITION.has(c)) && next !== '' && !PLAIN_CLAIM.has(next)) out.push({ name: 'neg.ifThatIs', from: i, to: Math.min(b, k + claim.length + 2) });
        break;
      }
    }
    if (LIKE.has(w)) {
      const b = ends[sentenceOf[i]!]!;
      let k = i + 1;
      // "so, als würde ein Goldfisch … referieren": the hypothetical stands for the trying.
      const imagined = w === 'als' && norm(k) === 'wurde';
      if (imagined) k++;
      else if (WATCHING.has(norm(k))) k++;
      // (Not "looks like a storm is trying to form": a likeness of things, not of a person.)
      if (A.has(norm(k)) && k < b && !SEEMS.has(norm(i - 1))) {
        // The creature and its trying: "un gato intentando", "a pigeon trying to", "une poule qui essaie".
        const trying = imagined || [2, 3].some((d) => k + d < b && TRYING.has(norm(k + d)) && !BEING.has(norm(k + d - 1)) && (norm(k + d) !== 'trying' || norm(k + d + 1) === 'to'));
        if (trying) out.push({ name: 'neg.absurdSimile', from: i, to: Math.min(b, k + 5) });
      }
    }
    if (KNOWS.has(w) && !FIRST_PERSON.has(norm(i - 1))) {
      const b = ends[sentenceOf[i]!]!;
      for (let k = i + 2; k < Math.min(b, i + 12); k++) {
        // (The writer as the measure within 9 tokens, as before; their pet, a little further: "à peu près comme mon chat".)
        const pet = AS_MY.has(norm(k)) && MY.has(norm(k + 1)) && MEASURE.has(norm(k + 2));
        const asI = k < i + 9 ? (AS_I.find((p) => phraseAt(tokens, k, p)) ?? (pet ? [norm(k), norm(k + 1), norm(k + 2)] : undefined)) : pet ? [norm(k), norm(k + 1), norm(k + 2)] : undefined;
        if (!asI) continue;
        // The second subject after the writer, maybe after their own "know"/"do": "what I know about", "lo que yo de".
        const after = k + asI.length;
        const subject = [0, 1, 2].some((d) => ABOUT.has(norm(after + d)) && after + d < b);
        if (subject) out.push({ name: 'neg.knowsAsI', from: i, to: Math.min(b, after + 3) });
        break;
      }
    }
    // (After fillers only: "Na klar.", "Bien sûr.", "Oh, of course."; "sûr" is "sur", "on", unless "bien" comes first.)
    if (ASSENT.has(w) && tokens.slice(firstWord(i), i).every((t) => t.kind !== 'word' || ASSENT_FILL.has(t.norm)) && (w !== 'sur' || norm(i - 1) === 'bien')) {
      const s = sentenceOf[i]!;
      const a = starts[s]!;
      const b = ends[s]!;
      const words = tokens.slice(a, b).filter((t) => t.kind === 'word').map((t) => t.norm);
      // The sentence before reports a claim: a verb of saying or believing, or words in quotes.
      const prev = s > 0 && starts[s - 1]! >= 0 ? tokens.slice(starts[s - 1]!, ends[s - 1]!) : [];
      const claimed = prev.some((t) => isReporting(t.norm) || CLAIMS.has(t.norm) || isQuoteMark(t.norm));
      // (Not cheered: "Dr Shah says the clinic opens Monday. Sure!" agrees.)
      const alone = words.length <= 4 && words.every((x) => ASSENT.has(x) || ASSENT_FILL.has(x)) && tokens[b - 1]?.norm !== '!';
      const doubled = words.length <= 5 && words.filter((x) => x === w).length >= 2;
      const likened = [1, 2, 3].some((d) => i + d < b && ASSENT_LIKE.has(norm(i + d)) && (norm(i + d) !== 'como' || norm(i + d + 1) !== 'siempre'));
      if (claimed && (alone || doubled || likened)) out.push({ name: 'neg.mockAssent', from: a, to: b });
    }
    if (MUST.has(w)) {
      const b = ends[sentenceOf[i]!]!;
      // "must be nice being", "debe de ser agotador ser", "muss anstrengend sein, …", "ça doit être épuisant d'être".
      let k = i + 1;
      if (norm(k) === 'be' || norm(k) === 'de' || norm(k) === 'etre') k++;
      if (norm(k) === 'ser') k++;
      const feelingWord = norm(k);
      const envy = ENVIED.has(feelingWord);
      const pity = PITIED.has(feelingWord);
      if ((envy || pity) && k < b) {
        const rest = tokens.slice(k + 1, Math.min(b, k + 12)).map((t) => t.norm);
        const being = rest.slice(0, 3).some((x) => BEING_AS.has(x)) || (w === 'muss' && rest.includes('sein'));
        // (Envy cheered is friendly: "Must be nice to be back in the sunshine!".)
        const cheered = tokens[b - 1]?.norm === '!';
        if (being && ((envy && !cheered) || rest.some((x) => WRONG.has(x)))) out.push({ name: 'neg.fakeSympathy', from: i, to: Math.min(b, k + 4) });
      }
    }
    if (w === 'like' || w === 'como' || w === 'wie' || w === 'comme') {
      const manner = MANNER.find((p) => phraseAt(tokens, i, p));
      // (After a verb of doing, not a likeness of looks or a wish: "runs the service like a man who", not "I'd like someone who".)
      if (manner && i > starts[sentenceOf[i]!]! && !praised(sentenceOf[i]!) && !['would', "i'd", 'd', 'looks', 'look', 'feel', 'feels'].includes(norm(i - 1))) {
        out.push({ name: 'neg.mannerSimile', from: i, to: Math.min(ends[sentenceOf[i]!]!, i + manner.length + 4) });
      }
    }
    if (AWARD.has(w) || AWARD_COMPOUND.test(w)) {
      const a = starts[sentenceOf[i]!]!;
      const b = ends[sentenceOf[i]!]!;
      const handed = !PRICE_TOO.has(w) || tokens.slice(a, b).some((t) => HANDED.has(t.norm));
      // The category: a few words before the award ("the Most Tickets award") or after it ("award for most slides").
      const marker = handed ? mockCategory(tokens, Math.max(a, i - 4), Math.min(b, i + 10), warm) : -1;
      if (marker >= 0) out.push({ name: 'neg.mockAward', from: Math.min(i, marker), to: Math.max(i, marker) + 2 });
    }
  }
  return out;
}

/** Where an award's category turns it into mockery, between from and to (-1 when it does not). */
function mockCategory(tokens: readonly Token[], from: number, to: number, warm: (i: number) => boolean): number {
  const norm = (k: number) => (k < to ? tokens[k]!.norm : '');
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (UNFLATTERING.has(w) && !WON.has(norm(k + 1))) return k;
    // "most slides", "die meisten Anrufe", "más larga", "du plus long", "le plus de réunions": not "most of", not praise or a count.
    const superlative = (w === 'mas' || w === 'plus') && [1, 2].some((d) => k - d >= from && SUPERLATIVE_BEFORE.has(tokens[k - d]!.norm));
    const most = MOST.has(w) || superlative || (w === 'plus' && norm(k + 1) === 'de');
    if (!most) continue;
    let next = k + 1;
    if (norm(next) === 'de' || norm(next) === 'die' || norm(next) === 'der') next++;
    const word = norm(next);
    if (word !== '' && tokens[next]!.kind === 'word' && word !== 'of' && !WON.has(word) && !warm(next)) return k;
  }
  return -1;
}
