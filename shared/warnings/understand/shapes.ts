/**
 * Shapes: constructions found by their form, in English, Spanish, German and
 * French, that the learned model weighs together with the other signals.
 * None is a phrase of any post: each is a grammatical shape that many posts
 * by many people share.
 *
 * - sarcastic praise: a short sentence of praise after criticism ("Ein Genie.",
 *   "Bravo la gestion.", "Un don, vraiment.");
 * - a wish that someone act on a person ("someone take his microphone",
 *   "que alguien le cierre la cuenta", "quelqu'un peut débrancher ce micro");
 * - a person addressed in the second person ("Sir, you ...", "Hija, cierra ...");
 * - "X thinks / se cree / pense / glaubt ..." and "has never done a single ...";
 * - quantity comparisons ("so viel Ahnung von X wie", "as much sense as");
 * - ages in more forms ("19 year old", "in his 70s", "a lad, 34,"), someone
 *   placed by where they are from ("from Mayfield", "aus der Annenstraße"),
 *   by family name ("Familie Url", "the Url kids") or by relation ("el hijo de
 *   la frutera", "their mam");
 * - a break-up told as a story: a sentence that is only a length of time
 *   ("Acht Jahre.", "Onze ans.") and someone who left or took their things.
 */
import type { Token } from '../text';
import type { Signal } from './signals';

interface Span {
  from: number;
  to: number;
}

export const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const set = (words: string) => new Set(words.split(' ').map(fold));
/** A set of folded words from one space-separated string, for the other rule modules. */
export { set as wordSet };
/** Whether the folded phrase `p` starts at token i. */
export const phraseAt = (tokens: readonly Token[], i: number, p: readonly string[]) => p.every((w, d) => tokens[i + d]?.norm === w);

/** Words of praise that, alone in a short sentence after criticism, read as sarcasm. */
const PRAISE = set(
  'genius genie genio genial génie brilliant brillant brillante brilliantly bravo brava chapeau respect respekt respeto talent talento ' +
    'legend legende leyenda hero held heldin héroe héros masterpiece masterclass impressive beeindruckend impresionante impressionnant ' +
    'visionary visionar visionario visionnaire generous generosidad généreux großzügig gift don arte olé ole classy stellar inspiring ' +
    'superb super great fantastic fantastisch fantastico fantastique wonderful wunderbar maravilla merveilleux priorities prioritäten prioridades priorités ' +
    'congratulations congrats gratuliere enhorabuena félicitations well-done ' +
    // (In the readable posts a pioneer is always a sarcastic one: "truly a pioneer of the modern age".)
    'pioneer pionero pionera pionnier pionnière pionier pionierin',
);
/** The writer's certainty said last ("well deserved I'm sure"): folded word sequences. */
const SURE_LAST = [["i'm", 'sure'], ['im', 'sure'], ['i', 'am', 'sure'], ['seguro'], ['seguro', 'que', 'si'], ['bestimmt'], ['sicher'], ['en', 'suis', 'sur'], ['en', 'suis', 'sure'], ['surement']].map((p) => p.map((x) => x.normalize('NFD').replace(/\p{M}/gu, '')));
/** A prize or a post earned: "deserved", "merecido", "verdient", "mérité". */
const DESERVED = set('deserved deserves earned merecido merecida merecidisimo merecidisima verdient hochverdient verdiente merite meritee');
/** Adjectives of faint praise, ironic after a pause: "bold", "interesting", "audacieuse", "valiente", "mutig". */
const FAINT_PRAISE = set('bold brave interesting creative innovative original audacieux audacieuse interessant interessante courageux courageuse creatif creative innovant innovante interesante valiente creativo creativa innovador innovadora mutig kreativ originell innovativ spannend');
/** "Really" said of praise ("Un don, vraiment."); Spanish "de verdad" is checked as a pair ("de" alone is any "of"). */
const SARCASM_TAIL = set('really vraiment echt wirklich truly real');
/** Qualities of someone in charge, praised in a short exclamation after criticism ("Quel leader.", "Qué liderazgo."). */
const LEADER_PRAISE = set(
  'leader leadership liderazgo lider führung führungsstärke chef vision hingabe dedication dévouement entrega professionalism profesionalidad ' +
    'professionnalisme professionalität master maestro maestra fenómeno phenomenon crack artiste artista künstler timing planning planung ' +
    'logic lógica logique logik efficiency eficiencia efficacité effizienz class classe clase klasse hire fichaje recrue perspicacité perspicacia',
);
const EXCLAIM = set('what quel quelle qué que was welch welche vaya menudo menuda');

/** "... and it shows", "ça se voit", "se nota", "merkt man": a failing said to be plain to see. */
const SHOWS = [['and', 'it', 'shows'], ['it', 'shows'], ['ca', 'se', 'voit'], ['se', 'nota'], ['merkt', 'man'], ["merkt's"], ['man', 'merkt'], ['sieht', 'man'], ['et', 'ca', 'se', 'voit']].map((p) => p.map(fold));
/** "never ... in his life", "jamais ... de sa vie", "nunca ... en su vida", "nie ... in seinem Leben". */
const LIFE = set('life lives vida vie leben');
/** Surprise at a consequence of one's own doing: "and wonders why", "y luego se extraña", "et s'étonne", "und wundert sich". */
const WONDERS = set('wonders wondering wonder extraña extrañan sorprende sorprenden pregunta preguntan étonne étonnent wundert wundern');
const AND_THEN = set('and then y luego después et puis und dann');
const REFLEXIVE = set('se sich');
/** Asking a person to go: resign, retire, be banned or taken off the air. */
const DISMISS = set(
  'resign resignation retire quit sacked fired banned sack jubílate jubilate retírate retirate dimite dimisión vete lárgate largate ' +
    'démission démissionne demissionne dégage degage virez rücktritt zurücktreten abtreten abdanken verschwinde gefeuert feuert abdrehen abschalten ' +
    'rente ruhestand retraite jubilarse',
);
/** Handing an office back ("rende son portefeuille", "hand in his badge", "devuelva el acta") and what is handed. */
const HAND_BACK = set('rende rendre rendent devuelva devuelvan devolver entregue entreguen');
const OFFICE = set('portfolio badge seat mandate portefeuille tablier mandat écharpe siège acta escaño cargo placa mandato amt parteibuch');
const LAY_DOWN = set('abgeben zurückgeben niederlegen hinlegen');
/** Of those, the forms that can only be an order ("¡Jubílate!", "Dégage", "Verschwinde"): the rest are news as often ("will retire in May", "el ministro dimite"). */
const DISMISS_ORDER = set('jubílate retírate vete lárgate dégage virez verschwinde');
/** What makes going a wish: a modal or a call before it ("should resign", "tiene que dimitir", "muss zurücktreten", "doit démissionner"), or a demand after it ("Rücktritt jetzt!", "dimisión ya"). */
const WISH = set("should must please pls deserves deserve debería deberia tiene tienen que ya sollte sollten soll muss müsste endlich bitte doit devrait faut qu'il qu'elle");
/** "has to go", "needs to resign": a modal with "to" (not "has been sacked", "has decided to retire"). */
const MUST_TO = set('has have needs need ought');
const NOW = set('now already ya jetzt endlich sofort maintenant immédiatement immediately today');
/** Gone already, as a headline tells it ("Coach Smith fired!"): asked for only with a modal ("needs to be sacked"). */
const DISMISSED = set('fired sacked banned gefeuert');
/** Retiring as a noun ("in Rente", "à la retraite"): told as news unless a modal or an order asks for it. */
const RETIREMENT = set('rente ruhestand retraite jubilarse');
/** Leaving after a working life: what a short "Legend." after it praises. */
const FAREWELL = set('retired retires retiring retirement farewell jubilado jubilada jubila jubilación ruhestand rente verabschieden verabschiedet retraite retraité retraitée');
/** Tributes paid on leaving ("paid tribute to her", "rindió homenaje", "a rendu hommage", "würdigte"). */
const TRIBUTE = set('tribute tributes homenaje hommage würdigte gewürdigt');
/**
 * A sentence that tells of someone leaving after a working life, as news: a farewell word ("retires this Friday",
 * "se jubila", "geht in Rente"), "will stand down" / "to step down" announced, or a tribute paid.
 */
export function farewellAt(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (FAREWELL.has(norm) || TRIBUTE.has(norm)) return true;
  // (Or hangs up the tools of the trade: "hangs up her scaler on Friday", "hung up his whistle".)
  if (/^(hang|hangs|hung|hanging)$/.test(norm) && tokens[i + 1]?.norm === 'up' && ['her', 'his', 'their', 'my'].includes(tokens[i + 2]?.norm ?? '')) return true;
  return (norm === 'stand' || norm === 'step') && tokens[i + 1]?.norm === 'down' && ['will', 'to', "she'll", "he'll", "they'll"].includes(tokens[i - 1]?.norm ?? '');
}
/** Mourning words: a death told, or condolences ("RIP", "DEP", "Beileid", "condoléances", "trauern um", "falleció"). */
const MOURNING = set('rip r.i.p dep d.e.p condolences condolence condolencias pésame beileid condoléances trauern trauer verstorben verstarb gestorben murió fallecido fallecida falleció décédé décédée décès obituary nachruf esquela mourn mourning luto deuil');
/** The same told in a phrase: "passed away", "the passing of", "the death of", "died on Sunday", "rest in peace", "nos ha dejado", "nous a quittés". */
const MOURNING_PHRASES = ['passed away', 'passing of', 'death of', 'has died', 'died on', 'died peacefully', 'died yesterday', 'died last', 'died this', 'muerte de', 'tod von', 'rest in peace', 'ruhe in frieden', 'descanse en paz', 'descansa en paz', 'repose en paix', 'ruhe sanft', 'nos ha dejado', 'nos dejó', 'nous a quittés', 'nous a quitté', 'nous a quittée', 'in memoriam', 'ist gestorben', 'ha muerto', 'est mort', 'est morte'].map((p) => p.split(' ').map(fold));
/** Whether a death is mourned at this token (a mourning word, or the first word of a mourning phrase). */
export function mourningAt(tokens: readonly Token[], i: number): boolean {
  if (MOURNING.has(tokens[i]!.norm)) return true;
  return MOURNING_PHRASES.some((p) => phraseAt(tokens, i, p));
}
/**
 * A person met, visited, interviewed or heard at an event, as news or an agenda ("Hoy nos visita la ministra",
 * "Culture Minister X dropped by", "Entrevista con la concejala", "Bürgermeister X bei uns im Studio", "X's keynote").
 */
const AGENDA = set(
  'visit visits visited visiting visitó visita visitado visitan visitará visitarán visitar besucht besuchte besuch besuchen visite visité visitera visiteront visiter keynote keynotes interview interviews interviewed interviewing ' +
    'entrevista entrevistamos entrevistado entrevistada entrevisté interviewt studio estudio plató gespräch entretien inauguration inauguró inaugura inauguré eröffnet eröffnete ponencia vortrag conférence conference',
);
const AGENDA_PHRASES = ['chat with', 'dropped by', 'stopped by', 'popped in', 'joins us', 'joined us', 'zu gast', 'à la rencontre', 'de visite', 'de visita'].map((p) => p.split(' ').map(fold));
/**
 * The nouns of an award in each language, shared by the award told as news (below) and the mock award (mockery.ts), which
 * each add their own words. "Preis" and "prix" are prices too: each user says when they are awards.
 */
export const AWARD_NOUNS = 'award prize premio galardón preis auszeichnung prix médaille medal';
/** An award won or given, as news: "won the teaching award", "recibe el premio", "erhält den Preis", "remporte le prix". */
const AWARD = set(
  `${AWARD_NOUNS} awards awarded prizes premios premiado premiada galardon galardonado galardonada preise ausgezeichnet distinction medaille récompensé récompensée primé primée`,
);
/** Whether a word or phrase of meeting, visiting or interviewing (or an award, told as news) starts at this token. */
export function agendaAt(tokens: readonly Token[], i: number): boolean {
  // (With the French article elided onto it: "à l'inauguration", "d'interview".)
  const norm = tokens[i]!.norm.replace(/^[ld]'/, '');
  if (AGENDA.has(norm) || AWARD.has(norm)) return true;
  return AGENDA_PHRASES.some((p) => phraseAt(tokens, i, p));
}
/**
 * A step of a career told as news: a qualification, a promotion, an appointment, a welcome to the team ("qualified as a
 * specialist", "fraîchement diplômée", "hat die Facharztprüfung bestanden", "joins us"). Not the words with an everyday
 * sense beside it ("titulada", "aprobado", "reçu", "bestand", "certified").
 */
const ACHIEVEMENT = set(
  'qualified qualifies graduated graduates promoted appointed welcome welcoming onboard aboard ' +
    'graduado graduada ascendido ascendida nombrado nombrada incorpora incorporó bienvenido bienvenida bienvenidos ' +
    'bestanden befördert ernannt approbiert approbation willkommen begrüßen begrüßt ' +
    'diplômé diplômée diplômés promu promue nommé nommée titularisé titularisée rejoint bienvenue',
);
const ACHIEVEMENT_PHRASES = ['joins the team', 'joined the team', 'joining the team', 'joins us', 'new recruit', 'se incorpora', 'se une al equipo', 'verstärkt unser team', 'neu im team', "rejoint l'équipe", 'nouvelle recrue', 'nouveau venu'].map((p) => p.split(' ').map(fold));
/**
 * Whether the word at `i` says a prize or a post was earned ("Richly deserved", "Más que merecido", "Hochverdient",
 * "Amplement mérité"). Not when the writer's certainty closes it, "well deserved I'm sure", which shapeSignals reads
 * as contempt (neg.deservedSure); callers check that sentence is not soured.
 */
export function deservedAt(tokens: readonly Token[], i: number): boolean {
  return DESERVED.has(tokens[i]!.norm);
}
/** Whether a step of a career (a qualification, a promotion, a welcome) is told at this token. */
export function achievementAt(tokens: readonly Token[], i: number): boolean {
  if (ACHIEVEMENT.has(tokens[i]!.norm)) return true;
  return ACHIEVEMENT_PHRASES.some((p) => phraseAt(tokens, i, p));
}
/**
 * Agreeing with someone, recommending what they said or made, or respect paid for a deed: "Couldn't agree more", "I
 * agree with him on that", "worth a listen", "fair play to him", "tiene toda la razón", "lectura obligada", "se
 * agradece", "hörenswert", "da hat sie recht", "je suis d'accord avec elle", "à écouter". Not the words that open
 * irony as often as praise ("genius", "legend", "da gusto", a lone "chapeau"), which PRAISE in the sarcasm forms keeps.
 */
const ENDORSEMENT = set('hörenswert horenswert lesenswert sehenswert must-read must-listen incontournable recomendable imprescindible');
const ENDORSEMENT_PHRASES = [
  "couldn't agree more", 'could not agree more', "can't agree more", 'cannot agree more', 'agree with him', 'agree with her', 'agree with them', 'i agree', 'totally agree', 'fully agree', 'completely agree',
  'well said', 'spot on', 'worth a listen', 'worth a read', 'worth reading', 'worth watching', 'worth listening', 'must read', 'fair play to', 'respect to', 'proud to work',
  'estoy de acuerdo', 'de acuerdo con', 'toda la razón', 'tiene razón', 'lectura obligada', 'merece la pena', 'vale la pena', 'se agradece', 'muy recomendable',
  'volle zustimmung', 'stimme ihm', 'stimme ihr', 'stimme zu', 'hat recht', 'recht hat', 'völlig recht', 'absolut recht',
  "d'accord avec", "tout a fait d'accord", 'a raison', 'a tout a fait raison', 'a ecouter', 'a lire absolument', 'a voir absolument',
].map((p) => p.split(' ').map(fold));
/** Denials and doubts before agreement: "don't agree", "no estoy de acuerdo", "hat nicht recht", "n'a pas raison", "not worth a listen". */
const ENDORSEMENT_DENIED = set("not no nicht kein keine pas ne n' never nie nunca jamais hardly barely");
/** Whether agreement, a recommendation or respect for someone's deed starts at this token (not denied just before it). */
export function endorsementAt(tokens: readonly Token[], i: number): boolean {
  if (!ENDORSEMENT.has(tokens[i]!.norm) && !ENDORSEMENT_PHRASES.some((p) => phraseAt(tokens, i, p))) return false;
  const before = [tokens[i - 1], tokens[i - 2]];
  return !before.some((t) => t && (ENDORSEMENT_DENIED.has(t.norm) || t.norm.endsWith("n't")));
}
/** Gone, not yet, as a grievance: "why hasn't X resigned yet", "still hasn't stepped down", "todavía no ha dimitido", "immer noch nicht zurückgetreten", "toujours pas démissionné". */
const RESIGNED = set('resigned stepped stood dimitido dimitió zurückgetreten abgetreten démissionné');
/** Retired or gone, asked about only with a why ("Why hasn't X retired yet?"): otherwise as often admiration ("hasn't retired yet at 82!"). */
const RETIRED = set('retired gone left quit jubilado jubilada jubilé pensioniert');
const GONE_NOT = set("hasn't haven't hasnt isn't not no nicht pas n'a n'est ne");
const NOT_YET = set('yet still todavía todavia aún aun immer noch toujours encore');
/** Going away, with "time for X to ..." or a modal and nothing after ("Fenwick must go."). */
const GO_AWAY = set('go leave resign retire quit step stand pack gehen partir irse');
/** The other words an asked-for going turns on: "time for", the German "zurück", a resignation asked about. */
const GOING_WORDS = set('time zurück dimisión resign démission rücktritt dimitir démissionner');
/** Subjects that are the writer or everyone, not someone asked to go ("We must go", "Everyone has to leave"). */
/** A one-word verdict of outrage ("Unbelievable.", "Vergonzoso.", "Unfassbar.", "Scandaleux."). */
const OUTRAGE = set('unbelievable incredible disgraceful shameful ridiculous outrageous scandalous pathetic unreal shocking disgrace shame increible vergonzoso vergonzosa indignante lamentable verguenza unglaublich unfassbar skandalos peinlich schande incroyable honteux honteuse scandaleux scandaleuse lamentable inadmissible honte');
const NOT_THEM = set("i we you everyone everybody all y'all ich wir du ihr alle yo nosotros todos je nous vous tous on me us");
const FOREVER = set('permanently forever permanentemente siempre définitivement definitivement immer dauerhaft');
/** "a cactus in a suit", "un clown avec un stylo", "un carajote con micrófono", "ein Papagei mit WLAN": a person as a thing with an attribute. */
const WITH = set('with in en avec con mit im');

/** A praise word's subject ("genius at", "masterclass in", "génie pour", "Meister im"), and failing as that subject. */
const PRAISE_AT = set('at in of en pour para im beim');
const FAILING = set('losing failing missing ignoring wasting dodging avoiding delaying postponing perder perdiendo ignorar retrasar verlieren verschieben ignorieren perdre rater ignorer repousser');

/** What thanks is for, and nothing as its object. */
const THANKS_FOR = set('for por pour für');
const NOTHING = set('nothing nada nichts nix rien');
const FILLER = set('absolutely exactly literally precisely genau absolut rein absolument exactement absolutamente');

/** Secrets said in plain words, by construction rather than by phrase. */
const NOT = set("not no nicht noch pas ne n't aun aún todavía todavia encore nobody nadie niemand personne");
const PUBLIC = set('public out official announced released launched öffentlich offiziell raus bekannt veröffentlicht público publico oficial anunciado publicado publique officiel annoncé officielle publié');
/** "Not public" in one word: "the unreleased app", "die unveröffentlichten Zahlen". */
const UNRELEASED = set('unreleased unpublished unlaunched unveröffentlicht unveröffentlichte unveröffentlichten unveröffentlichtes');
const YET = set('yet till until noch aún aun todavía todavia encore avant antes bis');
const TELL = set(
  'say tell share repeat post spread digáis digas digan contéis cuentes compartáis compartas comentéis sagt sagen erzählt erzählen teilt verratet weitersagen weitererzählen dites dis partagez répétez racontez',
);
const DONT = set("don't dont do no nicht ne n' never nunca nie jamais");
/**
 * Forms of telling that are only ever an order to the readers ("no lo compartáis", "nicht weitersagen", "ne répétez
 * pas"): negated, they ask for silence with nothing after them. (English "don't tell" needs "anyone" or "yet" after it:
 * "don't tell me" is banter.)
 */
const TELL_ORDER = set('digáis contéis compartáis compartas comentéis weitersagen weitererzählen verratet partagez répétez');
/** "No me digáis que ...", "ne me répétez pas que ...": banter about oneself, not an order to keep quiet. */
const TO_ME = set("me moi mir mich m'");
const MORE = set('more else mehr más mas plus nothing nada nichts rien');
const SAYING = set('say saying tell sagen sag sage decir digo diré dire dis dirai');
/** Telling people later: "they'll announce it after Easter", "lo comunicamos en julio", "on le dira en mai", "erfahren's im November". */
const ANNOUNCE = set(
  'announce announced announcing announcement tell told inform informed anuncian anunciamos anunciará comunicamos comunican comunicará contamos decimos ' +
    'dira dirons annonce annoncera annoncerons annonçons informerons erfahren erfahrens erfährt verkünden verkündet bekanntgeben bekanntgegeben informieren sagen ' +
    // Learning it later is being told later ("les élèves le sauront après l'été"), and the channel it will come by is the telling.
    'sauront saura release pressemitteilung pressemeldung communiqué comunicado officially offiziell officiellement oficialmente',
);
const OFFICIALLY = set('officially offiziell officiellement oficialmente');
const CONTRAST = set('but pero aber mais');
const ALREADY = set('already ya schon bereits déjà');
/** Knowing or seeing it, or having it: what "already" must be about ("I've already seen them", "ya las tengo", "hab sie schon"). */
const SEEN = set('seen know knew sé sabemos visto gesehen weiß wissen vu sais savons');
const HAVE = set("have i've got tengo tenemos hab habe haben ai avons");
/** What is had must be "it" or "them", the news itself (not "we already have 40 bookings"). */
const THEM = set('them it las los la lo sie es les');
/** An announcement already made is not one held back: only the forms above that look ahead count with a bare date. */
const ANNOUNCED = set('announced told informed bekanntgegeben anunciado annoncé');
const LATER = set('after después despues tras après apres nach then luego later más tarde plus tard später spater when cuando quand wenn erst');
/** "next month", "nächsten Monat", "el mes que viene", "la semaine prochaine". */
const NEXT = set('next nächsten nächste nächster nachsten nachste proximo próximo proxima próxima prochain prochaine viene');
/**
 * Others not knowing yet: "staff there don't even know yet", "ni los pacientes lo saben", "die wissen es noch nicht",
 * "elles le savent pas encore". Not one's own not knowing ("I don't know", "we don't know yet whether…").
 */
const KNOW = set('know knows aware saben sabe sabían sabian wissen weiß weiss wusste wussten ahnen ahnt savent sait savaient');
const NOT_KNOWING = set("not no nicht pas ne n't ni nobody nadie niemand personne don't dont doesn't doesnt aren't arent isn't");
/** What makes it "not yet" or "about it": an object pronoun, "yet", or "nothing" ("no lo saben", "don't know yet", "n'en savent rien"). */
const KNOWN_WHAT = set('it lo la le les es en yet still todavía todavia aún aun encore noch nada nothing rien nichts nix anything');
/** No one as the subject: "nobody outside the team knows", "Offiziell weiß es noch keiner", "personne le sait". */
const NO_ONE = set('nobody noone nadie niemand keiner personne');
/**
 * Nothing known, or no one knowing, after the verb: "die Studis wissen nix", "n'en savent rien", "no saben nada", "weiß es
 * noch keiner" (not English "know nothing about football", which is contempt).
 */
const KNOW_NOTHING = set('nix nichts rien nada keiner');
/** Small words between the verb and its negation: "wissen es selber noch nicht", "don't even know". */
const KNOWN_SKIP = set('selber selbst even même meme');
const KNOWER_SELF = set("i i'm im yo je ich you tu du we wir nous nosotros on man who god gott dios dieu lord");
/** What follows a doubt, not a secret: "don't know yet whether", "ne savent pas encore si", "wissen noch nicht, ob". */
const WHETHER = set('if whether what when who how where why which ob wie was wann wer wo warum si qué que cuándo cuando quién quien cómo como dónde donde qui quoi quand comment où');
/**
 * Not being free to say: "can't say much but", "can't name names", "no puedo decir quién", "je peux pas trop en parler",
 * "darf ich eigentlich noch gar nicht sagen". Not the idioms of emphasis: "can't tell you how proud", "can't say enough".
 */
const MAY_SAY = set("can't cant cannot shouldn't mustn't allowed droit permiso erlaubt darf dürfen durfen kann puedo podemos debería deberia debo peux pouvons dois devrais");
const SAY_IT = set('say tell name names sagen verraten erzählen erzahlen decir contar hablar dire parler raconter');
/**
 * What follows the idioms of emphasis, doubt and the moment: "can't say enough", "can't say if", "can't tell you how", "no
 * puedo contar cuántas veces", "je ne peux pas dire non". (Not "who": "can't say who till Thursday" keeps a name back;
 * "couldn't tell who won" is no modal of ours.)
 */
const NOT_SILENCE = set("enough how wie cuánto cuanto cuántas cuantas cuántos cuantos combien lo that que dass i i'm je ich yo if whether ob si the when wann no non nein now jetzt ahora maintenant");
/** What "family" names when it is a place or a service: "family court", "family practice", "family law firm". */
const FAMILY_PLACE = set('court courts practice law lawyers firm doctor doctors medicine clinic centre center services service support hub room planning liaison business restaurant');
/** Whether the words after a verb of saying make an idiom, not silence ("can't tell you how proud", "can't say if"). */
export function notSilenceAfter(tokens: readonly Token[], i: number, end: number): boolean {
  return tokens.slice(i + 1, Math.min(end, i + 3)).some((t) => NOT_SILENCE.has(t.norm));
}
const TO_SELF = set('yourself yourselves yourselfs vosotros ustedes euch vous nous nosotros uns');
const KEEP = set('keep keeping queda quede bleibt reste restez garde gardez');
/** Passing on what is marked secret: "sharing the confidential findings", "leaking the internal memo", "je partage le rapport confidentiel". */
const DISCLOSE = set('sharing share shared leak leaking leaked posting forwarding revealing publishing compartiendo comparto filtrando filtro teile teilen geleakt veröffentliche partage partager fuiter');
const MARKED = set('confidential secret nda confidencial confidenciales secreto secreta vertraulich vertrauliche vertraulichen geheim geheime confidentiel confidentielle confidentiels');

/** Time off work, or back at it: with a health word, someone's sick leave told to everyone. */
const LEAVE = set(
  'sick off-sick leave signed recovering recovery convalescence back return returns returning vuelvo vuelve vuelta baja reincorporo reincorpora regreso recuperándome ' +
    'arrêt arret reprends reprend reprise retour krankgeschrieben krank krankschreibung raus zurück wieder genesung auszeit',
);
/** After "wieder", what makes it "back" (at work, on one's feet, well) rather than "again": "wieder da", "wieder im Dienst", "wieder fit". */
const BACK_AFTER_WIEDER = set('da fit im zur gesund arbeiten zurück auf an dabei arbeitsfähig unterwegs');
/** A diagnosis told with the subject left out: "Diagnosed with ...", "Diagnostiquée ...". */
const DIAGNOSED = set('diagnosed diagnosticado diagnosticada diagnostiqué diagnostiquée diagnostiziert diagnose diagnóstico diagnostic');
/** Injuries: "broke my wrist", "me rompí", "je me suis cassé", "gerissen". */
const INJURY = set('broke broken break tore torn sprained fractured rompí rompi roto rota rompió esguince fractura cassé casse cassée fracturé gebrochen gerissen verstaucht');

/** Words for "someone" / "somebody" that open a wish that a person be stopped. */
const SOMEONE = set('someone somebody anyone alguien jemand quelqu’un quelqu');
/** Short forms of address: "Sir, you ...", "Hija, ...", "Buddy, ...". */
const ADDRESS = set(
  'sir madam mate pal buddy dude mister bro babe love hun sweetie honey chief boss señor señora hija hijo illo tio tia chaval ' +
    'macho guapa guapo mann alter junge digga frau herr monsieur madame mec cheri chérie ma mon',
);
const SECOND_PERSON = set('you your you’re youre tu tú te ti usted du dich dir dein deine sie vous tu toi ton ta');
const THINKS = set('thinks reckons believes assumes imagines cree piensa supone pense croit imagine glaubt denkt meint findet');
const SELF_BEFORE = set('se sich');
const NEVER = set('never nie niemals nunca jamais');
/** The perfect negated, before "in his life": "hasn't", "no ha", "n'a pas". */
const NOT_PERFECT = set("hasn't hadn't haven't");
const HABER = set('ha han había habia habían habian');
/** Not failing, all one's life, is praise: "hasn't missed a shift in his life", "n'a jamais raté un match de sa vie". */
const MISSED = set('miss missed skipped skip lost lose failed fail dropped faltado fallado perdido faltó falto manque manqué rate raté loupe loupé perdu verpasst versaumt versäumt gefehlt verloren');
const NE_AVOIR = set("n'a n'ont n'avait n'avaient");
const SINGLE = set('single one einzigen einzige einen una un une seul seule solo sola');
const QUANTITY = set('much many so tanto tanta tantos tantas autant viel wenig little less more más plus mehr');
const AS = set('as wie como que als');
const SAME = set('same misma mismo mismas mismos dieselbe denselben dasselbe derselbe gleiche gleichen même mêmes');
const MY = set('my mi mis mein meine meinem meinen meiner ma mon mes');

const AGE_WORDS = set('year years yr yrs y/o yo old año años ano anos jahre jahren jährig ans an');
const DECADE = /^(?:[1-9]0)'?s$|^(?:[1-9]0)ern?$|^(?:[1-9]0)aine$/;
const POSSESSIVE_3 = set('his her their its su sus sein seine seinem seinen ihr ihre ihrem ihren son sa ses leur leurs');
/** Words for one's kin (a child, a parent, a spouse): family news, where nothing else is said of them. */
export const KIN = set(
  'son daughter mum mom mam mammy mother dad father parents kids kid children child wife husband brother sister granny grandad nan ' +
    'hijo hija madre padre padres hijos hermano hermana abuela abuelo mujer marido ' +
    'sohn tochter mutter mama vater papa eltern kinder kind bruder schwester oma opa frau mann ' +
    'fils fille mère mere maman père pere papa parents enfants enfant frère frere sœur soeur mamie papi femme mari',
);
const OF = set('of de del des du von vom der');
const ARTICLE_1 = set('a an un una une ein eine einen');
const FROM = set('from in at aus von vom bei de del du des en');
const FAMILY = set('family familie familia famille');
const PLURAL_KIN = set('kids children boys girls family lot hijos niños kinder enfants gamins');
const LEFT = set(
  'left gone taken took moved packed walked quit dumped ghosted ' +
    'dejó dejo fue marchó marcho llevó llevo ' +
    'verlassen gegangen ausgezogen abgeholt weg mitgenommen ' +
    'parti partie quitté quitte pris emporté emporte',
);
const PRONOUN_3 = set('he she they him her himself herself él ella er sie il elle');
const TIME_UNITS = set('years year months weeks años meses semanas jahre jahren monate wochen ans mois semaines');
/** Doubt that the deed told was done at all (see the main loop). */
const IF_AT_ALL = [['if', 'at', 'all'], ['wenn', 'uberhaupt'], ['falls', 'uberhaupt'], ['si', 'es', 'que', 'lo'], ['si', 'es', 'que', 'la'], ['si', 'tant', 'est']].map((p) => p.map(fold));
/** "only", and French "que" after "ne ... fallu" ("il ne lui a fallu que trois ans"). */
const ONLY = set('only solo sólo nur bloß seulement que');
/** Taking a time: "took", "ha costado", "ha llevado", "tardó", "gedauert", "gebraucht", "a fallu", "a pris". */
const TOOK = set('took taken costado costó llevado llevó tardado tardó gedauert gebraucht brauchte fallu pris');
/** Long stretches of a public life: terms, elections, legislatures. */
const TERMS = set('terms elections decades decade legislaturas legislatura elecciones décadas legislaturperioden wahlperioden jahrzehnte mandats décennies élections quinquennats');
const NUMBER_WORDS = set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty ' +
    'dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte ' +
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig ' +
    'deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt',
);

/** Holidays: "Frohe Ostern", "Merry Christmas", "Eid Mubarak" are greetings, not arguments about religion. */
const HOLIDAYS = set(
  'christmas xmas easter eid diwali hanukkah chanukah ramadan passover holi vesak navidad navidades pascua reyes ' +
    'weihnachten ostern pfingsten noel noël paques pâques aid aïd nouvel jul',
);
const GREETING = set('happy merry feliz felices frohe frohes frohen fröhliche schöne joyeux joyeuses bonne bonnes buen buenas mubarak');
/** Thanks and congratulations: a person named with these is praised. */
const THANKS = set(
  'congrats congratulations thanks thank proud kudos shoutout grateful well-done gracias enhorabuena felicidades orgulloso orgullosa agradecido agradecida ' +
    'danke dank glückwunsch gluckwunsch gratuliere gratulation stolz merci félicitations felicitations bravo fier fière fiere reconnaissant reconnaissante ' +
    // (added from a new writer's posts: "Ein ehrliches Dankeschön an unsere Schulleiterin", "je remercie", "agradezco"; not a lone
    // "Chapeau." or "dankbar", which are as often sarcasm or a hat)
    'dankeschön gratulieren appreciate appreciation gratitude remercie remercions remerciements agradezco agradecemos felicito felicitamos',
);

/** Praise that takes two words: "shout out to", "big up", "hats off", "Hut ab", "chapeau bas", "props to". */
const THANKS_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['shout', 'out'],
  ['big', 'up'],
  ['hats', 'off'],
  ['hut', 'ab'],
  ['chapeau', 'bas'],
  ['props', 'to'],
  ['huge', 'respect'],
  ['big', 'respect'],
  ['mucho', 'respeto'],
];
/** "Massive shout to", "big shout to": a shout that is praise by its size. */
const SHOUT_SIZE = set('massive big huge special quick');

/**
 * Wishes for what lies ahead, said to someone ("Good luck tomorrow, Dr Shah", "Bonne chance demain, Dr Martin", "Viel
 * Glück, Frau Keller", "Mucha suerte, doctora Ruiz", "break a leg", "happy birthday"): goodwill, as thanks are. (Folded:
 * "glück" is "gluck".) A lone "suerte" or "luck" is not one ("Qué suerte la del número uno", "no luck with the ward").
 */
const WISHES: ReadonlyArray<readonly string[]> = [
  ['good', 'luck'],
  ['best', 'of', 'luck'],
  ['the', 'best', 'of', 'luck'],
  ['break', 'a', 'leg'],
  ['fingers', 'crossed', 'for'],
  ['bonne', 'chance'],
  ['bon', 'courage'],
  ['viel', 'gluck'],
  ['viel', 'erfolg'],
  ['mucha', 'suerte'],
  ['muchisima', 'suerte'],
  ['buena', 'suerte'],
  ['toda', 'la', 'suerte'],
  // The occasion wished well: a birthday, a retirement ("Happy birthday to Dr Shah", "Feliz cumpleaños, doctora Ruiz",
  // "Alles Gute zum Geburtstag", "Joyeux anniversaire", "Bonne retraite, Monsieur Martin").
  ['happy', 'birthday'],
  ['happy', 'retirement'],
  ['feliz', 'cumpleanos'],
  ['feliz', 'jubilacion'],
  ['alles', 'gute'],
  ['joyeux', 'anniversaire'],
  ['bon', 'anniversaire'],
  ['bonne', 'retraite'],
];
/**
 * Encouragement in the second person, for what is ahead: "You will do brilliantly", "you'll be great", "you've got
 * this", "tu vas assurer", "vous allez cartonner", "du schaffst das", "lo vas a hacer genial". The subject, a word of the
 * future, then within five words a word that says it will go well. (Not the past, which thanks for a deed and is where
 * irony lives: "You did a brilliant job of closing our ward, Minister". Said of someone else it is a prediction, which
 * irony uses too: "he'll do brilliantly, I'm sure".)
 */
const YOU = set("you you'll youll you're tu du vous usted ustedes lo");
const YOU_WILL = set("you'll youll");
const FUTURE = set('will gonna going allez vas va wirst werden werdet haras');
/** Managing it, said to someone, is the wish itself: "du schaffst das", "Sie schaffen das". */
const MANAGE = set('schaffst schaffen');
const GOES_WELL = set(
  'brilliantly brilliant great amazing amazingly fantastic fab fabulous wonderful wonderfully superbly smash nail ace rock shine ' +
    'assurer cartonner briller genial genialmente fenomenal estupendamente brillar rocken glanzen',
);
function encouragedAt(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  // "you've got this", "you got this"
  if ((norm === "you've" || norm === 'you') && tokens[i + 1]?.norm === 'got' && tokens[i + 2]?.norm === 'this') return true;
  if (!YOU.has(norm)) return false;
  let future = YOU_WILL.has(norm);
  for (let k = i + 1, words = 0; k < tokens.length && words < 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    words++;
    if (words === 1 && MANAGE.has(t.norm) && tokens[k + 1]?.norm === 'das') return true;
    if (FUTURE.has(t.norm)) future = true;
    else if (future && GOES_WELL.has(t.norm)) return true;
  }
  return false;
}
/** Needing it, said after a wish: "he'll need it", "das wirst du brauchen", "il en aura besoin", "le hará falta". */
const NEEDS = set('need needs needed brauchen braucht brauchst besoin necesitar necesita necesitara necesitaras falta');
/** Luck wished "with that", closing its sentence: "Good luck with that", "Viel Glück damit", "Bonne chance avec ça", "Suerte con eso". */
const WITH_THAT: ReadonlyArray<readonly string[]> = [['with', 'that'], ['damit'], ['avec', 'ca'], ['con', 'eso']];
/**
 * (Not NOT: "noch", "encore" and "aún" wish more of the same in a greeting, "noch viele Jahre".)
 * A lack or a wait said after a wish: "Happy birthday to Senator Blake, 70 years and not one original idea", "… still
 * waiting for that bus lane", "Another year of doing absolutely nothing". Goodwill says what is wished, not what is missing.
 */
const WISH_SOURED = set('not no never nothing nobody none still nicht nie nichts kein keine keinen niemand pas jamais rien personne nunca nada nadie ningun ninguna todavia');
/**
 * Where a wish turns into a jab (NEEDS, WITH_THAT: thanks for nothing, as sure as contempt gets) or only sours (WISH_SOURED:
 * no goodwill, and the learned model decides; "Good luck tomorrow, don't let the nerves win" is meant), in its sentence or
 * the next; null when it does neither.
 */
function wishStung(tokens: readonly Token[], w: readonly number[], wishAt: number, next: readonly number[]): { at: number; jab: boolean } | null {
  const after = [...w.slice(wishAt + 1), ...next];
  const need = after.find((i) => NEEDS.has(tokens[i]!.norm));
  if (need !== undefined) return { at: need, jab: true };
  const last = w.slice(-2).map((i) => tokens[i]!.norm);
  for (const p of WITH_THAT) if (w.length - wishAt > p.length && p.every((x, k) => last[last.length - p.length + k] === x)) return { at: w[w.length - 1]!, jab: true };
  const lack = after.find((i) => WISH_SOURED.has(tokens[i]!.norm) || tokens[i]!.norm.endsWith("n't"));
  return lack === undefined ? null : { at: lack, jab: false };
}

/** Whether a wish or encouragement to someone begins at `i` (see WISHES and encouragedAt). */
export function isWish(tokens: readonly Token[], i: number): boolean {
  return WISHES.some((w) => phraseAt(tokens, i, w)) || encouragedAt(tokens, i);
}

/** Whether the word at `i` thanks, congratulates or is proud of someone, or wishes them well: praise meant as praise. */
export function isThanks(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (THANKS.has(norm)) return true;
  if (isWish(tokens, i)) return true;
  const next = tokens[i + 1];
  if (!next) return false;
  // "Big up-front costs" is no praise: the second word must not run on into a compound.
  if (THANKS_PAIRS.some(([a, b]) => a === norm && b === next.norm) && !(tokens[i + 2]?.norm === '-' && tokens[i + 2]!.start === next.end)) return true;
  // "Shout-out to" with its hyphen.
  if (norm === 'shout' && next.norm === '-' && next.start === tokens[i]!.end && (tokens[i + 2]?.norm === 'out' || tokens[i + 2]?.norm === 'outs')) return true;
  return norm === 'shout' && next.norm === 'to' && SHOUT_SIZE.has(tokens[i - 1]?.norm ?? '');
}

/** Verbs and markers that report what someone else said ("told the Commons", "según", "a déclaré", "sagte"). */
const REPORTING = set(
  'said says told tells called calls calling claimed claims insisted added warned according described branded dubbed replied responded ' +
    'dijo dice afirmó afirma declaró declara aseguró asegura según señaló calificado calificó calificó tachó tachado respondido respondió ' +
    'sagte sagt erklärte erklärt betonte meinte laut behauptete nannte nennt bezeichnete bezeichnet kritisierte kritisierten antwortete ' +
    'dit déclaré declare affirmé affirme estime selon assuré qualifié qualifie traité répondu répond ' +
    // (The past told in the imperfect: "rappelait le maire", "recordaba la alcaldesa", "erinnerte die Ministerin".)
    'rappelait rappelle rappelé soulignait souligne souligné disait déclarait expliquait recordaba recordó subrayó decía explicaba erinnerte reminded noted stressed ' +
    // Asking, denying and explaining report too ("asked the opposition leader", "fragte die Opposition", "a demandé la députée").
    'asked asks denied denies explained explains preguntó pregunta negó niega explicó explica fragte fragt bestritt bestreitet demandé nié expliqué ' +
    // Insulting someone in so many words is reporting them: "A customer called our barista 'a thick …'", "als 'dumme
    // Quotenfrau' beschimpft", "ha llamado 'inútil' a una compañera", "a traité notre collègue de « … »".
    'insulted abused llamado llamó llamaron llamándola llamándole insultó insultado beschimpft beschimpfte beleidigt beleidigte traitée traités insulté insultée',
);
export function isReporting(norm: string): boolean {
  return REPORTING.has(norm);
}

function isCap(text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const ch = String.fromCodePoint(text.codePointAt(t.start)!);
  return ch !== ch.toLowerCase();
}

export function isNumber(t: Token | undefined): boolean {
  return !!t && (/^\d{1,3}$/.test(t.norm) || NUMBER_WORDS.has(t.norm));
}

// ---- Thanks that sour: the forms irony takes after thanks, congratulations or awe for someone ("Huge thanks to Mr X
// for booking nine cases on the day we're four nurses down. Sterling planning as always."). Sincere thanks that tell
// of a hard day ("Massive thank you to Precious, who stayed 40 mins past handover. Brutal night.") seldom show two of
// them, or one in a sentence against something. These are signals for the learned model, and they take the thanks out of
// "praise meant as praise" (index.ts), which otherwise keeps the model, and the attack rule's sentence test, from reading
// them.
/** What was promised is still not there: "still", "toujours", "sigue(n)", "immer noch", "noch nicht", "not yet", "aún no". */
const STILL_NOW = set('still sigue siguen seguimos todavía aún');
const STILL_PAIRS: readonly (readonly string[])[] = [['immer', 'noch'], ['noch', 'immer'], ['noch', 'nicht'], ['not', 'yet'], ['pas', 'encore'], ['aun', 'no'], ['toujours', 'pas'], ['toujours', 'en']];
/** The same week or month as the thing thanked for: "the same month the grant got axed", "la même semaine". */
const SAME_PERIOD = set('same même misma mismo gleichen selben derselben demselben');
const PERIOD = set('week month day year weekend semaine mois jour année semana mes día año woche monat tag jahr');
/** Praise beyond belief: "un genio", "the Nobel", "in awe", "takes talent", "ça force le respect", "Top Arbeit". */
const OVERPRAISE = set('genius genio génie genie nobel crack referente sterling élégance eleganz elegancia');
const OVERPRAISE_PAIRS: readonly (readonly string[])[] = [
  ['in', 'awe'], ['takes', 'talent'], ['qué', 'talento'], ['quel', 'talent'], ['force', 'le', 'respect'], ['top', 'arbeit'],
  ['großartiger', 'plan'], ['what', 'a', 'plan'], ['qué', 'nivel'], ['quel', 'niveau'], ['could', 'never'], ['bold', 'new'],
  ['ser', 'como', 'él'], ['ser', 'como', 'ella'], ['en', 'redemanderait'],
].map((p) => p.map(fold));
/** A laugh or a skull after the thanks: "lol", "jajaja", "mdr", "😂", "💀". */
const LAUGH = /^(lol|lmao|lmfao|rofl|(ja){2,}j?|(ha){2,}h?|(je){2,}|mdr|ptdr|xd|😂|🤣|💀)$/u;
/** A pity spoken after the thanks: "dommage que", "shame that", "lástima que", "schade, dass", "pena que". */
const PITY = set('dommage shame pity lástima pena schade');
const PITY_THAT = set("that que qu' dass daß");
/** "Truly", "honestly", "wirklich", "vraiment", "de verdad" well after the thanks: "… 94 pages. Truly a craftsman." */
const TRULY = set('truly honestly wirklich vraiment sinceramente');
/** A measly amount of time, stressed: "a whole eleven minutes", "solo veinte minutos", "ganze zehn Minuten", "à peine quatre minutes". */
const MEASLY = set('whole entire mere only just solo sólo apenas nur ganze ganzen gerade seulement pile');
const TIME_UNIT = set('min mins minute minutes minuto minutos minuten seconds segundos sekunden secondes hour hours hora horas stunde stunden heure heures');
/** "Ours since 2019", "We shipped that in 2019", "depuis 2020 chez nous": the thanked rival is years behind. */
const WE_OURS = set("we ours we've us nosotros nuestro nuestra nuestros nuestras wir unser unsere unseres nous nôtre notre");
const SINCE_IN = set('since in desde en seit seitdem depuis');
/** Nothing at all, counted: "zéro regard", "zero follow-up", "cero", "null Ahnung". */
const ZERO = set('zero zéro cero null');
/** Not one, counted: "without asking a single small business", "sin mirar a una sola enfermera", "kein einziges Mal", "pas un seul". */
const NOT_ONE_PAIRS: readonly (readonly string[])[] = [
  ['a', 'single'], ['una', 'sola'], ['un', 'solo'], ['ni', 'uno'], ['ni', 'una'], ['kein', 'einziges'], ['keine', 'einzige'], ['keinen', 'einzigen'], ['kein', 'einziger'], ['un', 'seul'], ['une', 'seule'],
].map((p) => p.map(fold));
const NOT_ONE_FIRST = new Set(NOT_ONE_PAIRS.map((p) => p[0]!));
/** What "not one" follows when it counts a lack: "without (asking) a single", "sin (mirar a) una sola", "ohne ein einziges". */
const LACK_BEFORE = set('without not no sin ni ohne kein sans pas never nunca nie jamais');
/** The first time for what should be routine: "read our brief for the first time at the bar", "por primera vez", "zum ersten Mal". */
const FIRST_TIME: readonly (readonly string[])[] = [['for', 'the', 'first', 'time'], ['pour', 'la', 'premiere', 'fois'], ['por', 'primera', 'vez'], ['zum', 'ersten', 'mal'], ['per', 'la', 'prima', 'volta']].map((p) => p.map(fold));
const FIRST_TIME_FIRST = new Set(FIRST_TIME.map((p) => p[0]!));
/** An exclamation of a quality, alone after the thanks: "Quelle spontanéité 👏", "What vision.", "Qué rapidez", "Was für ein Timing". */
const EXCLAIM_OPENERS: readonly (readonly string[])[] = [['what', 'a'], ['what'], ['quelle'], ['quel'], ['que'], ['was', 'fur', 'ein'], ['was', 'fur', 'eine'], ['welch']].map((p) => p.map(fold));
/** A feat that is none, congratulated: "has managed to", "ha conseguido", "es geschafft hat", "a réussi à", with a lack or a time after it. */
const MANAGED = set('managed conseguido logrado geschafft réussi reussi');

const STRONG_SIGN = new Set(['irony.overpraise']);
/** Gold, the attribute of praise: "en or", "de oro", "of gold", "aus Gold". */
const GOLD = set('or oro gold golden');
const STILL_FIRST = new Set(STILL_PAIRS.map((p) => p[0]!));
const OVERPRAISE_FIRST = new Set(OVERPRAISE_PAIRS.map((p) => p[0]!));
function soured(add: (name: string, s: Span) => void, tokens: readonly Token[], sentenceOf: Int32Array, thanks: Int8Array, sentences: number, starts: Int32Array, ends: Int32Array, tone: SentenceTone): void {
  const sentenceAt = (k: number) => sentenceOf[k]!;
  const sentenceHas = (k: number, test: (t: Token) => boolean) => {
    for (let i = Math.max(0, starts[k]!); i < ends[k]!; i++) if (test(tokens[i]!)) return true;
    return false;
  };
  const at = (i: number, p: readonly string[]) => p.every((w, d) => tokens[i + d]?.norm === w);
  // (A phrase is tried only where its first word stands: this runs on every word after each thanks.)
  const pairAt = (i: number, pairs: readonly (readonly string[])[], firsts: ReadonlySet<string>) => firsts.has(tokens[i]!.norm) && pairs.some((p) => at(i, p));
  for (let s = 0; s < sentences; s++) {
    if (starts[s]! < 0) continue;
    // Thanks meant (1), or awe: a sentence that opens on over-praise ("Qué nivel @x explicando …", "Genuinely in awe of …").
    let opens = thanks[s] === 1;
    for (let i = starts[s]!; !opens && i < Math.min(ends[s]!, starts[s]! + 4); i++) if (pairAt(i, OVERPRAISE_PAIRS, OVERPRAISE_FIRST)) opens = true;
    if (!opens) continue;
    // Within the thanks and the three sentences after them.
    const end = ends[Math.min(sentences - 1, s + 3)]!;
    const butAfter = (i: number) => {
      for (let k = i + 1; k < tokens.length && sentenceAt(k) === sentenceAt(i); k++) if (CONTRAST.has(tokens[k]!.norm)) return true;
      return false;
    };
    // One sign alone is often sincere ("we'd all still be here without you", "jajaja we laughed so much"): the thanks sour
    // with signs of two kinds, with one in a sentence against something, or with a strong one; never with a sign in a
    // sentence of praise ("Truly inspiring").
    const found: Signal[] = [];
    // (A laugh is exempt: the sentiment scorer reads "lol" and "😂" as joy, so the laugh would make its own sentence one
    // of praise. It still needs a second kind of sign, or a sentence against something.)
    // (The thanks' own sentence is praise by its thanks, so a sign there is judged by its word alone, after the thanks
    // word: "Congrats to X on launching a plan without asking a single small business".)
    const cue = (name: string, from: number, to = from + 1) => {
      const own = sentenceAt(from) === s;
      if (name === 'irony.laugh' || (!tone.warm(from) && (own || !tone.praised(sentenceAt(from))))) found.push({ name, from, to });
    };
    for (let i = starts[s]!; i < end; i++) {
      const n = tokens[i]!.norm;
      // ("Still a long way to go, but what a start" is hope: not with a "but" after it in its sentence.)
      if ((STILL_NOW.has(n) || pairAt(i, STILL_PAIRS, STILL_FIRST)) && !butAfter(i)) cue('irony.still', i);
      else if (SAME_PERIOD.has(n) && PERIOD.has(tokens[i + 1]?.norm ?? '')) cue('irony.samePeriod', i, i + 2);
      else if (OVERPRAISE.has(n) || pairAt(i, OVERPRAISE_PAIRS, OVERPRAISE_FIRST)) cue('irony.overpraise', i);
      else if (LAUGH.test(n)) cue('irony.laugh', i);
      else if (PITY.has(n) && (PITY_THAT.has(tokens[i + 1]?.norm ?? '') || PITY_THAT.has(tokens[i + 2]?.norm ?? ''))) cue('irony.pity', i, i + 2);
      else if (ZERO.has(n)) cue('irony.zero', i);
      else if (pairAt(i, NOT_ONE_PAIRS, NOT_ONE_FIRST) && [1, 2, 3].some((d) => i - d >= starts[sentenceAt(i)]! && LACK_BEFORE.has(tokens[i - d]!.norm))) cue('irony.zero', i, i + 2);
      else if (pairAt(i, FIRST_TIME, FIRST_TIME_FIRST)) cue('irony.firstTime', i, i + 4);
      // (A sentence of its own, of at most four words, after the thanks; "qué" opening a question is no exclamation, and
      // an exclamation against something is the hard day itself: "What a nightmare of a shift".)
      else if (sentenceAt(i) > s && i === starts[sentenceAt(i)]! && ends[sentenceAt(i)]! - i <= 5 && EXCLAIM_OPENERS.some((p) => at(i, p)) && tokens[ends[sentenceAt(i)]! - 1]?.norm !== '?' && !tone.criticised(sentenceAt(i)))
        cue('irony.exclaim', i, ends[sentenceAt(i)]!);
      else if (MANAGED.has(n) && i > starts[s]! && [1, 2, 3, 4, 5, 6, 7, 8].some((d) => sentenceAt(i + d) === sentenceAt(i) && (LACK_BEFORE.has(tokens[i + d]?.norm ?? '') || TIME_UNIT.has(tokens[i + d]?.norm ?? '')))) cue('irony.managed', i);
      // (Not in the thanks' own first words: "Truly grateful to …", "Honestly, thank you Dr X"; nor in a sentence against
      // something, where it stresses the hard day the thanks are for: "Honestly brutal shift", "Vraiment une journée horrible".)
      else if (TRULY.has(n) && (sentenceAt(i) > s || i - starts[s]! >= 6) && !(tokens[i - 1]?.norm === 'de' && n === 'sinceramente') && !tone.criticised(sentenceAt(i))) cue('irony.truly', i);
      else if (n === 'de' && tokens[i + 1]?.norm === 'verdad' && (sentenceAt(i) > s || i - starts[s]! >= 6)) cue('irony.truly', i, i + 2);
      else if (MEASLY.has(n) && isNumber(tokens[i + 1]) && TIME_UNIT.has(tokens[i + 2]?.norm ?? '')) cue('irony.measly', i, i + 3);
      else if (sentenceAt(i) > s && /^(19|20)\d\d$/.test(n) && SINCE_IN.has(tokens[i - 1]?.norm ?? '') && sentenceHas(sentenceAt(i), (t) => WE_OURS.has(t.norm))) cue('irony.weHadIt', i - 1, i + 1);
    }
    const kinds = new Set(found.map((x) => x.name)).size;
    // (Over-praise is a sign enough alone: no sincere thanks in the readable posts shows it outside a sentence of praise.)
    if (kinds >= 2 || found.some((x) => STRONG_SIGN.has(x.name) || tone.criticised(sentenceAt(x.from)))) {
      for (const x of found) add(x.name, x);
      // The thanks themselves, marked as soured (index.ts takes them out of praise meant as praise).
      add('irony.soured', { from: starts[s]!, to: ends[s]! });
    }
  }
}

/** Where each sentence starts and ends (token indices, end exclusive; -1 for a sentence without tokens). */
export function sentenceBounds(sentenceOf: Int32Array): { sentences: number; starts: Int32Array; ends: Int32Array } {
  const n = sentenceOf.length;
  const sentences = n === 0 ? 0 : sentenceOf[n - 1]! + 1;
  const starts = new Int32Array(sentences).fill(-1);
  const ends = new Int32Array(sentences);
  for (let i = 0; i < n; i++) {
    const k = sentenceOf[i]!;
    if (starts[k] === -1) starts[k] = i;
    ends[k] = i + 1;
  }
  return { sentences, starts, ends };
}

/** The token indices of sentence `s`'s words, from `sentenceBounds`' starts and ends (none for a sentence with no token). */
export function sentenceWords(tokens: readonly Token[], starts: Int32Array, ends: Int32Array, s: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, starts[s]!); i < ends[s]!; i++) if (tokens[i]!.kind === 'word') out.push(i);
  return out;
}

const SINCE = set('since desde seit depuis');
const EVERY = set('every each cada chaque jeden jedes jede jeder tous toutes');
const STILL = set('still todavia sigue siguen toujours');
/** Months, seasons, weekdays and years: what a grievance has lasted since ('since March', 'cada julio', 'chaque janvier'). */
const CALENDAR = set(
  'january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'spring summer autumn winter primavera verano otoño invierno frühling sommer herbst winter printemps été automne hiver ' +
    'monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche year año jahr année',
);
const WHERE = set('where donde dónde où wo');
const PLACE_WHERE = set("place sitio lugar endroit ort l'endroit le lieu");
/** Words that say something is missing: "zero piano tunings", "sin pausa", "kein Geld", "pas de chauffage". */
export const LACK = set("no zero none without nothing never not n't nobody sin nadie niemand cero ningún ninguna ningun nada nunca kein keine keinen keiner nicht nichts nie ohne null pas zéro zero aucun aucune rien jamais sans");
const BUT = set('and but while whereas y pero mientras e und aber während waehrend et mais pendant tandis');
const COMPARATIVE = set('more less fewer older newer worse longer slower más mas menos peor peores mehr weniger älter neuer schlechter länger langsamer plus moins pire');
const THAN = set('than que als');
/** Demands made of the writer's side (folded, word by word). */
const DEMANDS = [
  "we're supposed to", 'we are supposed to', "we're expected to", 'we are expected to', 'we are told to', "we've been told to", 'we have been told to',
  'wir sollen', 'wir müssen jetzt', 'von uns wird erwartet',
  'on nous demande', 'nous demande de', 'on doit maintenant',
  'nos piden', 'nos pide', 'nos exigen', 'nos exige', 'nos obligan a', 'nos obliga a',
].map((p) => p.split(' ').map(fold));

/** A promise, in the word forms a broken one is told with ("we were promised", "nos prometieron", "versprochen war"). */
const PROMISED = set(
  'promised promise promises prometieron prometio prometido prometida prometidos prometidas promesa promesas ' +
    'promis promesse promesses versprochen versprach versprachen versprechen zugesagt',
);
/** Who a promise was made to, when it is the writer's side: "us", "me", "nos", "nous", "m'ont", "uns", "mir". */
const PROMISED_TO = set("us me nos nous m'ont m'avait m'a m'avaient uns mir mich");
/** A promise told in the passive with no one named: "were promised", "war versprochen", "wurde versprochen", "era prometido". */
const PROMISED_PASSIVE = set('was were been war wurde wurden ist sind fue fueron era estaba');

/**
 * A grievance told by its form rather than by its words: what has lasted ("since 2021", "cada julio", "seit Monaten",
 * "still"), "X, where ..." ("Radio Bahía, donde el café es gratis"), something given and something missing in one
 * breath ("30 iPads and zero piano tunings", "zwei Erzieherinnen, aber neue Logos"), and comparisons ("newer than the
 * radios", "plus de kilomètres que"). None is a complaint alone: the employer rule needs the employer beside them,
 * and what has lasted needs something missing or quoted with it.
 */
export function grievanceShapes(tokens: readonly Token[], sentenceOf: Int32Array): Signal[] {
  const out: Signal[] = [];
  const n = tokens.length;
  const add = (name: string, from: number, to: number) => out.push({ name, from, to: Math.min(n, to) });
  const isYear = (t: Token | undefined) => !!t && /^(19|20)\d\d$/.test(t.norm);
  for (let i = 0; i < n; i++) {
    const norm = tokens[i]!.norm;
    const s = sentenceOf[i]!;
    const next = tokens[i + 1];
    const same = (k: number) => k < n && sentenceOf[k] === s;
    if (SINCE.has(norm) && same(i + 1)) {
      const a = next!;
      const b = tokens[i + 2];
      if (isYear(a) || CALENDAR.has(a.norm) || (isNumber(a) && b && TIME_UNITS.has(b.norm)) || ((a.norm === 'last' || a.norm === 'el' || a.norm === 'le' || a.norm === 'der') && b && (CALENDAR.has(b.norm) || isYear(b)))) add('grievance.since', i, i + 3);
    }
    if (EVERY.has(norm) && next && same(i + 1) && CALENDAR.has(next.norm)) add('grievance.since', i, i + 2);
    if (STILL.has(norm) || (norm === 'immer' && next?.norm === 'noch') || (norm === 'noch' && next?.norm === 'immer')) add('grievance.still', i, i + 2);
    // "llevamos tres meses", "it's been three years"
    if ((norm === 'llevamos' || norm === 'llevan' || norm === 'lleva') && isNumber(next) && TIME_UNITS.has(tokens[i + 2]?.norm ?? '')) add('grievance.since', i, i + 3);
    // "X, where ..." / "X: where ..." / "l'endroit où", "the place where"
    if (WHERE.has(norm) && i > 0 && (tokens[i - 1]!.norm === ',' || tokens[i - 1]!.norm === ':' || PLACE_WHERE.has(tokens[i - 1]!.norm))) add('grievance.where', i, Math.min(n, i + 6));
    // What the writer's side is told to do: "und wir sollen ...", "we're expected to ...", "on nous demande de ...", "nos piden que ...".
    for (const p of DEMANDS) {
      if (p[0] !== norm || !p.every((w, j) => tokens[i + j]?.norm === w)) continue;
      add('grievance.demand', i, i + p.length + 2);
      break;
    }
    // A promise made to the writer's side ("we were promised a TA", "on nous a promis un renfort", "me prometieron la
    // plaza", "uns wurde versprochen", "versprochen war 'bis nach den Ferien'"): how staff tell a promise that was broken.
    // (Not "as promised" or "I promise": nobody on the writer's side is its object.)
    if (PROMISED.has(norm)) {
      let toUs = false;
      for (let k = Math.max(0, i - 3); k <= Math.min(n - 1, i + 1) && !toUs; k++) if (k !== i && same(k) && PROMISED_TO.has(tokens[k]!.norm)) toUs = true;
      const passive = (i > 0 && same(i - 1) && PROMISED_PASSIVE.has(tokens[i - 1]!.norm)) || (same(i + 1) && PROMISED_PASSIVE.has(next!.norm));
      if (toUs || passive) add('grievance.promised', Math.max(0, i - 3), i + 2);
    }
    // Something given, then something missing: "... and zero piano tunings", "... aber kein Geld".
    if (BUT.has(norm) && i > 2) {
      for (let k = i + 1; k < Math.min(n, i + 4) && same(k); k++) {
        if (LACK.has(tokens[k]!.norm)) {
          add('grievance.lack', i, k + 2);
          break;
        }
      }
    }
    // Comparisons: "older than", "más días de descanso que", "plus de kilomètres que", "neuer ist als"; not "more than 500".
    if (COMPARATIVE.has(norm) && !(norm === 'menos' && next?.norm === 'mal')) {
      for (let k = i + 1; k < Math.min(n, i + 7) && same(k); k++) {
        if (!THAN.has(tokens[k]!.norm)) continue;
        if (isNumber(tokens[k + 1]) || /^\d/.test(tokens[k + 1]?.norm ?? '')) break;
        if (tokens[k]!.norm === 'que' && k === i + 1) break;
        add('grievance.comparison', i, k + 2);
        break;
      }
    }
  }
  return out;
}

/** "should be ashamed", "debería darle vergüenza", "sollte sich schämen", "devrait avoir honte", "shame on him". */
const SHAME = set('ashamed verguenza schamen schame honte');
const SHAME_MODAL = set('should ought must needs deberia debe deberian tendria sollte sollten soll muss musste devrait devraient doit avoir');
/** "Nobody should be ashamed", "You should never be ashamed", "Niemand sollte sich schämen": encouragement, not contempt. */
const SHAME_NEGATOR = set("nobody noone no-one never not n't niemand nie nicht nadie nunca no personne jamais ne pas");
const SELF_OBJECT = set('me myself us moi mir mich uns nous');
/** "asking for a friend", "pregunto para un amigo", "je demande pour un ami", "ich frage für einen Freund": said last. */
const ASKING = set('asking ask pregunto preguntando demande frage frag');
const FOR_A = set('for para por pour fur');
const FRIEND = set('friend amigo amiga ami amie freund freundin');
/** The many a pointed question is asked for: "every", "all", "the 400 staff", "todos los", "alle", "tous les". */
const MANY = set('every all the everyone everybody todos todas los las cada tous toutes les chaque alle allen jeden jede die');
/** What may come before "asking" at the start of its sentence: "just asking for", "only asking", "ich frage für", "lo pregunto por". */
const ASKING_OPENER = set('just only ich je lo');
/** "can someone explain (to me) why", "alguien me explica por qué", "kann mir jemand erklären, warum", "quelqu'un peut m'expliquer pourquoi". */
const EXPLAIN = set("explain explica explique explicar explicarme expliquer m'expliquer erklaren erklart");
const EXPLAINER = set("someone somebody anyone alguien jemand quelqu'un");
const WHY = set('why warum wieso weshalb weswegen pourquoi porque');
/** "how" asks why when something has lasted: "cómo el Sr. Arrieta sigue colegiado", "how he still has a job". */
const HOW = set('how como wie comment');
const POR = set('por');
const SENTENCE_END = set('. ! ? …');
/**
 * "Just saying", "Ich sag's nur", "Ahí lo dejo", "Je dis ça, je dis rien": an insinuation that closes what came before
 * it. Folded words; commas are skipped. Only as the whole of its sentence, after another one: "as I was just saying to
 * Dr Okafor" and "ahí lo dejo, mañana seguimos" are not it.
 */
const JUST_SAYING: readonly (readonly string[])[] = [
  ['just', 'saying'], ['just', 'sayin'], ["i'm", 'just', 'saying'], ['im', 'just', 'saying'],
  ['ich', "sag's", 'nur'], ['ich', 'sag', 'ja', 'nur'], ['ich', 'sage', 'ja', 'nur'], ['ich', 'sag', 'ja', 'bloss'],
  ['ahi', 'lo', 'dejo'], ['y', 'ahi', 'lo', 'dejo'], ['lo', 'dejo', 'ahi'], ['y', 'lo', 'dejo', 'ahi'],
  ['je', 'dis', 'ca', 'je', 'dis', 'rien'], ['je', 'dis', 'ca', 'comme', 'ca'],
];
const STILL_AFTER = set('still even sigue siguen todavia aun encore toujours noch immer');
/** A question announced as earnest, and to whom it is put. */
const QUESTION_NOUN = set('question pregunta frage');
const EARNEST = set('serious genuine seria sincera serieuse sincere ernste ernstgemeinte ernsthafte');
const QUESTION_TO = set('for para pour an');

/**
 * Contempt said by a form every reader knows, in four languages: telling someone
 * they should be ashamed, and the rhetorical question ("can someone explain why",
 * "how ... still ...", a closing "asking for a friend"). A genuine question asks
 * how to do something; these ask why someone is as they are. Said of a person of
 * the work, the attack rule counts them as contempt.
 */
export function contemptForms(tokens: readonly Token[], sentenceOf: Int32Array): Signal[] {
  const out: Signal[] = [];
  const n = tokens.length;
  const add = (name: string, from: number, to: number) => out.push({ name, from: Math.max(0, from), to: Math.min(n, to) });
  const same = (k: number, i: number) => k >= 0 && k < n && sentenceOf[k] === sentenceOf[i];
  const within = (i: number, d: number, words: ReadonlySet<string>, dir: 1 | -1 = 1): number => {
    for (let k = i + dir; dir > 0 ? k <= i + d : k >= i - d; k += dir) {
      if (!same(k, i)) return -1;
      if (words.has(tokens[k]!.norm)) return k;
    }
    return -1;
  };
  const negatedBefore = (k: number, i: number) => {
    for (let j = Math.max(0, k - 3); j < i; j++) if (same(j, i) && (SHAME_NEGATOR.has(tokens[j]!.norm) || tokens[j]!.norm.endsWith("n't"))) return true;
    return false;
  };
  // "... Just saying." / "... Ich sag's nur." as a sentence of its own after another one (emoji and punctuation aside).
  {
    const { sentences, starts, ends } = sentenceBounds(sentenceOf);
    for (let k = 1; k < sentences; k++) {
      if (starts[k]! < 0) continue;
      const words: number[] = [];
      for (let i = starts[k]!; i < ends[k]!; i++) if (tokens[i]!.kind === 'word') words.push(i);
      const said = words.map((i) => tokens[i]!.norm);
      if (JUST_SAYING.some((p) => p.length === said.length && p.every((w, j) => w === said[j]))) add('neg.justSaying', words[0]!, words[words.length - 1]! + 1);
    }
  }
  for (let i = 0; i < n; i++) {
    const norm = tokens[i]!.norm;
    // "should be ashamed", "sollte sich schämen", "devrait avoir honte", "debería darle vergüenza"; "shame on him", "honte à lui".
    if (SHAME.has(norm)) {
      const modal = within(i, 3, SHAME_MODAL, -1);
      const modalAfter = within(i, 2, SHAME_MODAL);
      if (modal >= 0 && !negatedBefore(modal, i)) add('neg.ashamed', modal, i + 1);
      else if (modal < 0 && modalAfter >= 0 && norm !== 'honte' && !negatedBefore(i, modalAfter + 1)) add('neg.ashamed', i, modalAfter + 1);
      else if (norm === 'honte' && tokens[i + 1]?.norm === 'a' && tokens[i + 2]?.kind === 'word' && !SELF_OBJECT.has(tokens[i + 2]!.norm)) add('neg.ashamed', i, i + 3);
    }
    if (norm.startsWith('scham') && ['sie', 'dich', 'euch'].includes(tokens[i + 1]?.norm ?? '')) add('neg.ashamed', i, i + 2);
    if (norm === 'shame' && tokens[i + 1]?.norm === 'on' && tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.norm !== 'the' && !SELF_OBJECT.has(tokens[i + 2]!.norm)) add('neg.ashamed', i, i + 3);
    // "... Asking for a friend." at the end of its sentence (not "asking for a friend who is moving: is Dr Patel taking patients?").
    if (ASKING.has(norm)) {
      const f = within(i, 1, FOR_A);
      const friend = f >= 0 && ARTICLE_1.has(tokens[f + 1]?.norm ?? '') ? f + 2 : -1;
      const last = friend > 0 && (!same(friend + 1, i) || SENTENCE_END.has(tokens[friend + 1]!.norm));
      if (last && same(friend, i) && FRIEND.has(tokens[friend]!.norm)) add('neg.rhetorical', i, friend + 1);
      // Or for the many a pointed question speaks for, opening its sentence after the question: "… before calling fluoride
      // poison? asking for every 6 year old I've had to treat", "Asking for the 12k people who bought it", "pregunto por
      // todos los que", "je demande pour tous les parents". (Not "asking for help is brave", with no question before it.)
      const opens = !same(i - 1, i) || (ASKING_OPENER.has(tokens[i - 1]!.norm) && !same(i - 2, i));
      const asked = tokens.slice(0, i).some((t) => t.norm === '?');
      if (f === i + 1 && opens && asked && MANY.has(tokens[f + 1]?.norm ?? '')) add('neg.askingForMany', i, f + 2);
    }
    // "Serious question for @clemence.vidor: which dental faculty taught you …?", "genuine question for Kyle at PixelVerdict",
    // "pregunta seria para", "question sérieuse pour", "ernst gemeinte Frage an": a question announced as earnest, put to
    // someone, often answers itself, and as often asks ("Genuine question for Dr Patel: is the flu clinic walk-in?"). So it
    // is a signal for the learned model alone, not a form of contempt the rules act on.
    if (QUESTION_NOUN.has(norm)) {
      const before = tokens[i - 1]?.norm ?? '';
      const earnest = EARNEST.has(before) && same(i - 1, i) ? i - 1 : before === 'gemeinte' && tokens[i - 2]?.norm === 'ernst' && same(i - 2, i) ? i - 2 : EARNEST.has(tokens[i + 1]?.norm ?? '') && same(i + 1, i) ? i + 1 : -1;
      const to = earnest < 0 ? -1 : within(Math.max(i, earnest), 2, QUESTION_TO);
      const s = sentenceOf[i]!;
      if (to >= 0 && tokens.slice(to + 1).some((t, d) => t.norm === '?' && sentenceOf[to + 1 + d]! <= s + 1)) add('shape.earnestQuestion', Math.min(i, earnest), to + 1);
    }
    // "can someone explain why", "kann mir mal jemand erklären, warum", "alguien me explica por qué"; "how" only with "still".
    if (EXPLAIN.has(norm)) {
      const who = within(i, 4, EXPLAINER, -1);
      let why = within(i, 3, WHY);
      const por = within(i, 3, POR);
      if (why < 0 && por >= 0 && tokens[por + 1]?.norm === 'que') why = por + 1;
      if (why < 0) {
        const how = within(i, 3, HOW);
        if (how >= 0 && within(how, 8, STILL_AFTER) >= 0) why = how;
      }
      if (who >= 0 && why >= 0) add('neg.rhetorical', who, why + 1);
    }
  }
  return out;
}

/**
 * Secrets said in plain words, found by construction: "not out yet", "noch nicht offiziell", "pas encore public";
 * "don't say owt yet", "no lo digáis todavía", "ne partagez pas encore"; "keep it to yourselves"; "mehr sag ich nicht",
 * "no digo más"; "they'll announce it after Easter". The rules use them as weak secrecy cues, the model as signals.
 */
export function plainSecrets(tokens: readonly Token[], sentenceOf: Int32Array): Signal[] {
  const out: Signal[] = [];
  const n = tokens.length;
  if (n === 0) return out;
  const add = (name: string, sp: Span) => out.push({ name, from: sp.from, to: Math.min(n, sp.to) });
  const { starts, ends } = sentenceBounds(sentenceOf);
  for (let i = 0; i < n; i++) {
    const norm = tokens[i]!.norm;
    const s = sentenceOf[i]!;
    if (UNRELEASED.has(norm)) add('secret.notYet', { from: i, to: i + 1 });
    if (NOT.has(norm) || norm.endsWith("n't")) {
      for (let k = i + 1; k < Math.min(n, i + 4) && sentenceOf[k] === s; k++) {
        if (PUBLIC.has(tokens[k]!.norm) && [k - 1, k + 1, k + 2, i - 1].some((j) => YET.has(tokens[j]?.norm ?? '') || NOT.has(tokens[j]?.norm ?? ''))) {
          add('secret.notYet', { from: i, to: k + 1 });
          break;
        }
      }
    }
    if (DONT.has(norm) || norm.endsWith("n't")) {
      for (let k = i + 1; k < Math.min(n, i + 4) && sentenceOf[k] === s; k++) {
        if (TELL.has(tokens[k]!.norm.replace(/'s$/, ''))) {
          const tail = tokens.slice(k + 1, Math.min(ends[s]!, k + 5)).map((t) => t.norm);
          const order = TELL_ORDER.has(tokens[k]!.norm) && !TO_ME.has(tokens[k - 1]?.norm ?? '') && !['que', 'dass'].includes(tokens[k + 1]?.norm ?? '');
          if (order || tail.some((t) => YET.has(t) || t === 'anyone' || t === 'anybody' || t === 'nadie' || t === 'niemandem' || t === 'personne' || t === 'weiter' || t === 'owt')) add('secret.dontTell', { from: i, to: k + 1 });
          break;
        }
      }
    }
    if (KEEP.has(norm)) {
      const tail = tokens.slice(i + 1, Math.min(ends[s]!, i + 5)).map((t) => t.norm);
      if (tail.some((t) => TO_SELF.has(t)) && tail.some((t) => ['to', 'entre', 'unter', 'aqui', 'aquí', 'pour', 'para', 'under'].includes(t))) add('secret.keepIt', { from: i, to: Math.min(ends[s]!, i + 5) });
    }
    if (MORE.has(norm)) {
      const near = tokens.slice(Math.max(starts[s]!, i - 3), Math.min(ends[s]!, i + 5)).map((t) => t.norm);
      // Not when saying nothing is what someone is praised for: "a genius at saying nothing".
      const saidAt = near.findIndex((t) => SAYING.has(t));
      const praisedFor = saidAt > 1 && PRAISE_AT.has(near[saidAt - 1]!) && near.slice(Math.max(0, saidAt - 4), saidAt - 1).some((t) => PRAISE.has(t));
      if (saidAt >= 0 && !praisedFor && near.some((t) => NOT.has(t) || DONT.has(t) || t === 'nothing' || t === 'nada' || t === 'nichts' || t === 'kann' || t === "can't" || t === 'cannot')) {
        add('secret.sayNoMore', { from: Math.max(starts[s]!, i - 3), to: Math.min(ends[s]!, i + 5) });
      }
    }
    if (DISCLOSE.has(norm)) {
      for (let k = i + 1; k < Math.min(n, i + 5) && sentenceOf[k] === s; k++) {
        if (MARKED.has(tokens[k]!.norm)) {
          add('secret.disclosed', { from: i, to: k + 2 });
          break;
        }
      }
    }
    if (ANNOUNCE.has(norm.replace(/'s$/, ''))) {
      const after = tokens.slice(i + 1, Math.min(ends[s]!, i + 5)).map((t) => t.norm);
      // (A bare date after "officially" is the date of something else: "Officially on holiday from Monday!")
      const ahead = !ANNOUNCED.has(norm) && !OFFICIALLY.has(norm) && after.some((t) => NEXT.has(t) || CALENDAR.has(t));
      if (ahead || after.some((t) => LATER.has(t))) add('secret.announceLater', { from: i, to: Math.min(ends[s]!, i + 5) });
    }
    // Officially later, but had or known already: "salen oficialmente el jueves pero ya las tengo", "Offiziell kommt's am
    // Freitag, aber ich hab sie schon", "officially out on the 28th but I've already seen them". A day or date must come
    // first, and "already" must be about having or knowing, so that "officially retired on Friday but already missing the
    // team" is not it.
    if (OFFICIALLY.has(norm)) {
      const near = tokens.slice(Math.max(starts[s]!, i - 4), Math.min(ends[s]!, i + 16)).map((t) => t.norm);
      const at = i - Math.max(starts[s]!, i - 4);
      const but = near.findIndex((t, k) => k > at && CONTRAST.has(t));
      const dated = but > 0 && near.slice(0, but).some((t) => CALENDAR.has(t) || NEXT.has(t) || /^\d{1,2}(st|nd|rd|th|er|º)?$/.test(t));
      const had = near.slice(but + 1, but + 7);
      if (dated && had.some((t) => ALREADY.has(t)) && (had.some((t) => SEEN.has(t)) || (had.some((t) => HAVE.has(t)) && had.some((t) => THEM.has(t))))) add('secret.officiallyLater', { from: i, to: Math.min(ends[s]!, i + but - at + 4) });
    }
    if (KNOW.has(norm)) {
      const before = tokens.slice(Math.max(starts[s]!, i - 4), i).map((t) => t.norm);
      const after = tokens.slice(i + 1, Math.min(ends[s]!, i + 5)).map((t) => t.norm);
      // The negation before the verb, or after it over pronouns, "yet" and small words ("wissen es selber noch nicht",
      // "savent pas"); and what is not known.
      let negatedAfter = false;
      let nothingAfter = false;
      for (const t of after) {
        if (KNOW_NOTHING.has(t)) nothingAfter = true;
        if (NOT_KNOWING.has(t) || KNOW_NOTHING.has(t)) negatedAfter = true;
        if (!KNOWN_WHAT.has(t) && !KNOWN_SKIP.has(t)) break;
      }
      const noOne = before.some((t) => NO_ONE.has(t)) || nothingAfter;
      const negated = noOne || negatedAfter || before.some((t) => NOT_KNOWING.has(t));
      const what = noOne || [...before.slice(-2), ...after].some((t) => KNOWN_WHAT.has(t));
      // The writer's own not knowing: a first person, or no subject at all ("Don't know yet", "Keine Ahnung, weiß nicht").
      const subjectless = (norm === 'know' || norm === 'weiss' || norm === 'weiß') && before.every((t) => NOT_KNOWING.has(t) || !/\p{L}/u.test(t));
      const mine = before.slice(-3).some((t) => KNOWER_SELF.has(t)) || subjectless;
      // "Esta sopa no sabe a nada" tastes of nothing.
      const tastes = norm === 'sabe' && after[0] === 'a';
      if (negated && what && !mine && !tastes && !after.some((t) => WHETHER.has(t))) add('secret.notKnown', { from: Math.max(starts[s]!, i - 4), to: Math.min(ends[s]!, i + 4) });
    }
    if (SAY_IT.has(norm)) {
      // The negation sits on the modal: in it ("can't"), just before it ("no puedo", "je ne peux"), or between it and the
      // verb ("darf ich noch nicht sagen", "je peux pas trop en parler").
      let modal = -1;
      for (let k = i - 1; k >= Math.max(starts[s]!, i - 6); k--) if (MAY_SAY.has(tokens[k]!.norm)) modal = k;
      const negatedAt = (k: number) => {
        const t = tokens[k]?.norm ?? '';
        return NOT.has(t) || DONT.has(t) || t.endsWith("n't") || t === 'cannot' || t === 'cant' || t === 'gar';
      };
      let negated = modal >= 0 && (negatedAt(modal) || negatedAt(modal - 1) || negatedAt(modal - 2));
      for (let k = modal + 1; modal >= 0 && k < i && !negated; k++) negated = negatedAt(k);
      if (negated && !notSilenceAfter(tokens, i, ends[s]!)) add('secret.cantSay', { from: Math.max(starts[s]!, modal - 2), to: i + 1 });
    }
  }
  return out;
}

/** Words that may stand before the harm thanked for: "all", "those", "the", "your", "todos los", "toutes ces", "die ganzen". */
const HARM_LEAD = set('all the those these your his her their its so many todos todas los las esos esas estos estas sus tous toutes les ces ses vos leurs die diese ganzen all alle seine ihre eure');

/** Effort given, thanked for sincerely whatever its adjective ("all the hard work", "the extra shifts"). */
const GIVEN = set('work effort efforts shifts shift overtime sacrifices sacrifice nights hours days weekends noches horas días dias nuits heures jours nächte nachte stunden tage wochenenden trabajo esfuerzo esfuerzos guardias turnos travail efforts sacrifices gardes arbeit einsatz mühe dienste schichten');

/** The harm a thanks is for, as the first word after its determiners (its token), or -1. */
function harmThanked(tokens: readonly Token[], object: readonly number[], tone: SentenceTone): number {
  let k = 0;
  while (k < 3 && k < object.length - 1 && HARM_LEAD.has(tokens[object[k]!]!.norm)) k++;
  // The harm itself, or its adjective before a noun ("broken promises", "losing seasons").
  const at = object[k];
  // (Not with warmth beside it, "for all the tears and laughter", "for all the tough but fair sessions", nor for time
  // given, "for all the late nights", "por todas las horas extra".)
  if (at === undefined || k === 0 || object.some((i) => tone.warm(i) || TIME_UNITS.has(tokens[i]!.norm) || GIVEN.has(tokens[i]!.norm))) return -1;
  return tone.against(at) || FAILING.has(tokens[at]!.norm) ? at : -1;
}

/** Harm done, in a verb after the thanks: cutting, closing, raising, scrapping ("on cutting the arts grant", "por subir los precios", "fürs Streichen der Stellen", "pour avoir fermé"). */
const HARM_DONE = set(
  'cutting slashing scrapping axing closing shutting raising hiking doubling tripling banning cancelling canceling delaying postponing freezing ' +
    'recortar cerrar subir suprimir eliminar quitar retrasar cancelar congelar duplicar triplicar despedir ' +
    'kürzen streichen schließen schliessen erhöhen verdoppeln absagen verschieben einfrieren kürzung schließung schliessung streichung erhöhung ' +
    'couper supprimer fermer augmenter doubler annuler reporter geler licencier coupé supprimé fermé augmenté doublé annulé reporté gelé licencié',
);
/** Besides "for": "congratulations on", "Glückwunsch zur", "fürs", "felicidades para". */
const THANKS_ON = set('on fürs zur zum para');
/** Raising a sum of money: a currency's sign or name (`CURRENCY`) right after the verb or its figure. */
const RAISE = set('raising raised');
/** A currency by its sign or name ("£", "euros", "quid"), and "k" for thousands. */
export const CURRENCY = new Set(['€', '£', '$', 'eur', 'euro', 'euros', 'pounds', 'quid', 'dollars', 'francs', 'pesos', 'k']);
/** What is cut, closed or raised in thanks meant: a ribbon, money, awareness, a road for a race, a video put up ("por subir el vídeo"). */
const SINCERE_OBJECT = set('ribbon cinta band ruban money funds awareness dinero fondos geld spenden fonds video videos vídeo foto fotos photo photos road roads calle straße strasse route bar listón niveau level');

/**
 * A verb of harm whose object is what good deeds cut, raise or close: "cutting the ribbon", "raising money", "closing the
 * road for the 10k", "subir el vídeo". No complaint, for the rules or the learned model.
 */
export function sincereDeed(tokens: readonly Token[], from: number): boolean {
  if (!HARM_DONE.has(tokens[from]!.norm)) return false;
  // Raising a sum is fundraising: "for raising £2,000 for the library", "raising 500 € for the food bank".
  if (RAISE.has(tokens[from]!.norm) && (CURRENCY.has(tokens[from + 1]?.norm ?? '') || (/^\d/.test(tokens[from + 1]?.norm ?? '') && [2, 3, 4].some((d) => CURRENCY.has(tokens[from + d]?.norm ?? ''))))) return true;
  let seen = 0;
  for (let i = from + 1; i < tokens.length && seen < 3; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    seen++;
    if (SINCERE_OBJECT.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** Words that deny what follows: "no idiot", "not stupid", "kein Idiot", "nicht dumm", "pas un guignol", "no es tonto". */
export const DENY = set('no not never hardly kein keine keiner keinen nicht nie pas jamais nunca jamás');
/** What may stand between the denial and the insult: an article or "to be" ("isn't a clown", "no es un inútil"). */
const DENIAL_FILLER = set('a an the is be es un una une ein eine einen einer ist est sein ser être');

/**
 * An insult word denied: "Gerry is no idiot", "she's not stupid", "der Mann ist kein Idiot", "il n'est pas un guignol",
 * "no es un inútil". It says nothing against anyone, for the rules or the learned model. (Not "couldn't be more useless",
 * "no wonder he's useless": only an article or "to be" between.)
 */
export function deniedInsult(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1, fillers = 0; k >= 0 && fillers <= 2; k--, fillers++) {
    const n = tokens[k]!.norm;
    if (DENY.has(n) || (n.endsWith("n't") && tokens[k]!.kind === 'word')) return true;
    if (!DENIAL_FILLER.has(n)) return false;
  }
  return false;
}

/** The harm done after thanks, in a verb within two words of its "for"/"on" ("on cutting the arts grant by 40%"): its token, or -1. */
function harmDone(tokens: readonly Token[], w: readonly number[], thanksAt: number): number {
  for (let k = thanksAt + 1; k < Math.min(w.length, thanksAt + 10); k++) {
    const f = tokens[w[k]!]!.norm;
    if (!THANKS_FOR.has(f) && !THANKS_ON.has(f)) continue;
    for (const j of [k + 1, k + 2]) {
      if (j >= w.length || !HARM_DONE.has(tokens[w[j]!]!.norm)) continue;
      return sincereDeed(tokens, w[j]!) ? -1 : w[j]!;
    }
    return -1;
  }
  return -1;
}

/** Verbs of saying or naming before words quoted back: "calling X 'a disgrace'", "telling us that …", "als", "comme". */
const SAYING_BEFORE_QUOTE = set(
  'calling called call telling told saying said explaining explained describing described labelling labeling branding announcing claiming insisting as ' +
    'llamar llamando llamado llamada decir diciendo dijo explicar explicando calificar calificando como ' +
    'als nennen nannte bezeichnen bezeichnet erklären erklärt erklaren sagen sagte behaupten behauptet ' +
    'dire disant dit expliquer expliquant qualifier qualifiant traiter traitant affirmer affirmant comme',
);
/** Titles quoted as titles, not words thrown back: "for her talk 'Sleep and the teenage brain'". */
const TITLED_WORK = set('talk talks session workshop lecture keynote book article paper podcast episode webinar show course seminar presentation charla ponencia libro curso taller vortrag buch kurs artikel conférence conference livre cours atelier');
/** Words that make quoted words small: "'solo acompañamos'", "'just eat less sugar'" (not a negation: "'never skip the handover'"). */
const BELITTLING = set('just only merely solo sólo nur bloß seulement juste less menos weniger moins');
/**
 * Whether the words quoted at tokens [from, to) in or after thanks are irony: not the title of a talk or a book, not warm
 * words ("calling our clinic 'the kindest place in town'"), and not words said to help ("for saying 'we've got this'")
 * unless they belittle or are against something.
 */
export function ironicQuote(tokens: readonly Token[], from: number, to: number, sentenceStart: number, tone: SentenceTone): boolean {
  const inside: number[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') inside.push(k);
  if (inside.length === 0) return false;
  if (inside.some((k) => tone.warm(k) || PRAISE.has(tokens[k]!.norm))) return false;
  for (let k = Math.max(sentenceStart, from - 4); k < from; k++) if (TITLED_WORK.has(tokens[k]!.norm)) return false;
  if (inside.some((k) => tone.against(k))) return true;
  let said = false;
  for (let k = Math.max(sentenceStart, from - 6); k < from; k++) if (SAYING_BEFORE_QUOTE.has(tokens[k]!.norm)) said = true;
  // Words said, quoted back small ("explaining that midwives 'only keep them company'"); or a word or three in scare
  // quotes ("their 'revolutionary' feature"), not a motto quoted whole ("'never skip the handover'").
  return said ? inside.some((k) => BELITTLING.has(tokens[k]!.norm)) : inside.length <= 3;
}

/** The closing quote of words quoted back in thanks, after their "for" or "on" (`forAt`, in `w`): its token, or -1. */
function thanksQuoted(tokens: readonly Token[], w: readonly number[], forAt: number, end: number, tone: SentenceTone): number {
  let saying = false;
  for (let i = w[forAt]! + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      if (SAYING_BEFORE_QUOTE.has(t.norm)) saying = true;
      if (TITLED_WORK.has(t.norm)) return -1;
      continue;
    }
    if (!QUOTE_MARK.test(t.norm) || tokens[i + 1]?.kind !== 'word' || (tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.end === t.start)) continue;
    let close = i + 2;
    while (close < Math.min(end, i + 12) && !(tokens[close]!.kind === 'punct' && QUOTE_MARK.test(tokens[close]!.norm))) close++;
    if (close >= Math.min(end, i + 12)) return -1;
    // (Said words against something, not warm ones: "for calling our clinic 'the kindest place in town'" is thanks.)
    const inside: number[] = [];
    for (let k = i + 1; k < close; k++) if (tokens[k]!.kind === 'word') inside.push(k);
    const warm = inside.some((k) => tone.warm(k) || PRAISE.has(tokens[k]!.norm));
    if (saying && !warm && inside.some((k) => tone.against(k))) return close;
    if (!saying && inside.length <= 2 && warm) return close;
    i = close;
  }
  return -1;
}

/** What the caller knows of a sentence's tone: a short sentence of praise after praise is meant, after criticism it is sarcasm. */
export interface SentenceTone {
  praised(sentence: number): boolean;
  criticised(sentence: number): boolean;
  /** Whether the sentence offers something (a promotion, a job, an open day): praise after it is the offer's. */
  offered(sentence: number): boolean;
  /** Whether the token is a word against something (a negative, insulting, mocking or complaining word). */
  against(token: number): boolean;
  /** Whether the token is a word of praise or warmth. */
  warm(token: number): boolean;
}
const NO_TONE: SentenceTone = { praised: () => false, criticised: () => false, offered: () => false, against: () => false, warm: () => false };

/** Appends the shape signals of a text. */
export function shapeSignals(out: Signal[], text: string, tokens: readonly Token[], sentenceOf: Int32Array, tone: SentenceTone = NO_TONE): void {
  const add = (name: string, s: Span) => out.push({ name, from: s.from, to: Math.min(tokens.length, s.to) });
  const n = tokens.length;
  if (n === 0) return;
  const { sentences, starts, ends } = sentenceBounds(sentenceOf);
  const words = (s: number) => sentenceWords(tokens, starts, ends, s);

  // Praise meant as praise ("Massive thanks to Mrs Kaur ... Legend") is not sarcasm: no sarcastic praise after thanks, or
  // just before them ("Legend. Thank you sir"). Thanks for nothing ("congrats to the ref for absolutely nothing", "danke
  // für nichts", "merci pour rien du tout") is a jab, and thanks no longer.
  const thanks = new Int8Array(sentences); // 1: thanks, 2: thanks for nothing
  for (let s = 0; s < sentences; s++) {
    if (starts[s]! < 0) continue;
    const w = words(s);
    const thanksAt = w.findIndex((i) => isThanks(tokens, i));
    if (thanksAt < 0) continue;
    // A wish that says the person will need it, or wishes luck "with that" ("Good luck to Senator Blake with the budget,
    // he'll need it", "Viel Glück damit"), is a jab, as thanks for nothing are; one followed by a lack or a wait only
    // sours, and the learned model decides (wishStung).
    if (isWish(tokens, w[thanksAt]!)) {
      const sting = wishStung(tokens, w, thanksAt, s + 1 < sentences ? words(s + 1) : []);
      if (sting) {
        thanks[s] = 2;
        add(sting.jab ? 'neg.thanksForNothing' : 'irony.soured', sting.jab ? { from: w[thanksAt]!, to: sting.at + 1 } : { from: starts[s]!, to: ends[s]! });
        continue;
      }
    }
    const forAt = w.findIndex((i, k) => k > thanksAt && THANKS_FOR.has(tokens[i]!.norm));
    // "for nothing", "für genau nichts", "for absolutely nothing": nothing is what the thanks is for.
    const nothingAt = forAt < 0 || forAt - thanksAt > 6 ? -1 : w.findIndex((i, k) => k > forAt && k - forAt <= 2 && NOTHING.has(tokens[i]!.norm) && w.slice(forAt + 1, k).every((j) => FILLER.has(tokens[j]!.norm)));
    // Thanks for the harm itself: "for all those losing seasons", "for all the broken promises", "por todos los
    // retrasos". The harm opens what the thanks are for (a word of time or help first, "for the support during the
    // cuts", "for your patience with the delays", is thanks).
    const harmAt = forAt < 0 || forAt - thanksAt > 6 || nothingAt >= 0 ? -1 : harmThanked(tokens, w.slice(forAt + 1, forAt + 9), tone);
    // Thanks for the harm done, in a verb: "Huge congratulations to Councillor X on cutting the arts grant", "Enhorabuena a
    // X por subir los precios un 12%", "merci au maire pour avoir fermé la piscine" (not "for cutting the ribbon").
    const doneAt = nothingAt >= 0 || harmAt >= 0 ? -1 : harmDone(tokens, w, thanksAt);
    // Thanks for words quoted back at their speaker: "for calling our flat white 'an insult to milk'", "for telling a
    // packed room that payroll is 'a solved problem'", or for a word of praise in scare quotes ("for his 'brilliant' new
    // plan to close three wards").
    const aboutAt = w.findIndex((i, k) => k > thanksAt && k - thanksAt <= 12 && (THANKS_FOR.has(tokens[i]!.norm) || THANKS_ON.has(tokens[i]!.norm)));
    const quotedAt = nothingAt >= 0 || harmAt >= 0 || doneAt >= 0 || aboutAt < 0 ? -1 : thanksQuoted(tokens, w, aboutAt, ends[s]!, tone);
    thanks[s] = nothingAt >= 0 || harmAt >= 0 || doneAt >= 0 || quotedAt >= 0 ? 2 : 1;
    if (quotedAt >= 0) add('neg.thanksQuoted', { from: w[thanksAt]!, to: quotedAt + 1 });
    if (nothingAt >= 0) add('neg.thanksForNothing', { from: w[thanksAt]!, to: w[nothingAt]! + 1 });
    // (The span takes the noun after an adjective of harm: "losing seasons", "broken promises".)
    else if (harmAt >= 0) add('neg.thanksForNothing', { from: w[thanksAt]!, to: w.includes(harmAt + 1) ? harmAt + 2 : harmAt + 1 });
    else if (doneAt >= 0) add('neg.thanksForNothing', { from: w[thanksAt]!, to: doneAt + 1 });
  }
  soured(add, tokens, sentenceOf, thanks, sentences, starts, ends, tone);
  let thankedBefore = false;
  for (let s = 0; s < sentences; s++) {
    if (starts[s]! < 0) continue;
    const w = words(s);
    // (Thanks for what nobody wants are no sincere thanks: "Herzlichen Glückwunsch an Minister X zur dritten Reform, die
    // niemand versteht. Chapeau!". Not a sad word in them: "who talked a terrified patient through an angio" thanks.)
    if (thanks[s] === 1 && !w.some((i) => NO_ONE.has(tokens[i]!.norm))) thankedBefore = true;
    const thanked = thankedBefore || (s + 1 < sentences && thanks[s + 1] === 1);
    // Sarcastic praise: a short sentence of praise after an earlier one ("Ein Genie.", "Quel leader.", "What a hire."),
    // or praise with "really" ("Un don, vraiment."); not once the post has thanked or congratulated someone, where it is meant.
    const has = (words: ReadonlySet<string>) => w.some((i) => words.has(tokens[i]!.norm));
    // (A farewell is praise too: "Mr Okafor retired today after 33 years. Legend.", and so is mourning: "Nos ha dejado el
    // profesor Quirós. Maestro de maestros.")
    // (Grief reads as criticism to the sentiment scorer: "so sad to hear of the death of Prof. X. A generous teacher.")
    // (An advert's praise follows its offer: "X is hiring a paralegal. Great team, flexible hours.")
    const praiseBefore = s > 0 && (tone.praised(s - 1) || tone.offered(s - 1) || (words(s - 1).some((i) => PRAISE.has(tokens[i]!.norm) || FAREWELL.has(tokens[i]!.norm)) && !tone.criticised(s - 1)) || words(s - 1).some((i) => mourningAt(tokens, i)));
    const afterCriticism = s > 0 && !praiseBefore;
    const tail = has(SARCASM_TAIL) || w.some((i) => tokens[i]!.norm === 'verdad' && tokens[i - 1]?.norm === 'de');
    const praise =
      (afterCriticism && w.length > 0 && w.length <= 4 && has(PRAISE)) ||
      (w.length > 0 && w.length <= 6 && PRAISE.has(tokens[w[0]!]!.norm) && tail) ||
      // ("Es un don, de verdad." after the failing it praises: a bare epithet after criticism, not "Dr Lee was brilliant, really.")
      (s > 0 && tone.criticised(s - 1) && w.length <= 5 && w.slice(0, 3).some((i) => PRAISE.has(tokens[i]!.norm)) && !w.some((i) => isCap(text, tokens[i]) && i !== w[0]) && tail) ||
      (afterCriticism && w.length >= 2 && w.length <= 4 && EXCLAIM.has(tokens[w[0]!]!.norm) && has(LEADER_PRAISE)) ||
      (afterCriticism && w.length > 0 && w.length <= 3 && has(LEADER_PRAISE));
    if (praise && !thanked) add('neg.sarcasticPraise', { from: starts[s]!, to: ends[s]! });
    // "well deserved I'm sure", "merecidísimo, seguro", "hochverdient, bestimmt", "bien mérité, j'en suis sûr": a prize
    // said to be earned, with the writer's certainty added last. And faint praise after a pause, closing its sentence:
    // "Une approche… audacieuse.", "A strategy... bold.", "Una decisión… valiente."
    const lastWords = w.slice(-4).map((i) => tokens[i]!.norm);
    const sureLast = SURE_LAST.some((p) => p.length <= lastWords.length && p.every((x, j) => lastWords[lastWords.length - p.length + j] === x));
    const deserved = w.some((i) => DESERVED.has(tokens[i]!.norm));
    const paused = w.find((i, k) => k >= w.length - 2 && FAINT_PRAISE.has(tokens[i]!.norm) && (tokens[i - 1]?.norm === '...' || (tokens[i - 1]?.norm === '.' && tokens[i - 2]?.norm === '.')));
    if (sureLast && deserved) add('neg.deservedSure', { from: starts[s]!, to: ends[s]! });
    else if (paused !== undefined) add('neg.pausedPraise', { from: Math.max(starts[s]!, paused - 3), to: paused + 1 });
    // Praise whose subject is a failure: "a genius at saying nothing", "a masterclass in missing deadlines", "un génie pour
    // ne rien faire", "ein Meister im Verschieben" (with a failure or nothing after it).
    for (let k = 0; k + 2 < w.length; k++) {
      if (!PRAISE.has(tokens[w[k]!]!.norm) || !PRAISE_AT.has(tokens[w[k + 1]!]!.norm)) continue;
      // Its object, up to a comma ("a genius in the kitchen, nothing beats her lasagne" praises); not failing that is
      // itself denied ("a master at never missing a beat", "chapeau pour ne rien lâcher").
      const object: number[] = [];
      for (const i of w.slice(k + 2, k + 7)) {
        if (tokens.slice(w[k + 1]!, i).some((t) => t.norm === ',' || t.norm === ';' || t.norm === ':')) break;
        object.push(i);
      }
      const failing = object.find((i) => (NOTHING.has(tokens[i]!.norm) || FAILING.has(tokens[i]!.norm)) && !LACK.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1]?.norm !== 'ne');
      if (failing !== undefined) {
        add('neg.sarcasticPraise', { from: w[k]!, to: failing + 1 });
        break;
      }
    }
    // "Permanently." / "Para siempre." alone after a sentence: the wish made final.
    // ("Immer noch." is "still", not "for ever".)
    if (s > 0 && w.length > 0 && w.length <= 2 && w.some((i) => FOREVER.has(tokens[i]!.norm) && tokens[i + 1]?.norm !== 'noch')) add('neg.dismiss', { from: starts[s]!, to: ends[s]! });
    // A diagnosis with the subject left out, at the start of a sentence: one's own.
    if (w.length > 1 && DIAGNOSED.has(tokens[w[0]!]!.norm)) add('health.selfDiagnosis', { from: w[0]!, to: Math.min(ends[s]!, w[0]! + 4) });
    // A person as a thing with an attribute, in a short sentence: "Un cactus en costume." "A clown with a pen."
    if (w.length >= 3 && w.length <= 8) {
      for (let k = 0; k + 2 < w.length; k++) {
        const a = tokens[w[k]!]!.norm;
        if (!ARTICLE_1.has(a) || !WITH.has(tokens[w[k + 2]!]!.norm) || w[k + 2]! !== w[k + 1]! + 1 || w[k + 1]! !== w[k]! + 1) continue;
        const after = tokens[w[k + 2]! + 1];
        // (Of gold, or of anything praised, it is praise: "Une consœur en or", "una compañera de oro", "a heart of gold".)
        if (!after || after.kind !== 'word' || GOLD.has(after.norm) || PRAISE.has(after.norm)) continue;
        add('neg.epithet', { from: w[k]!, to: Math.min(ends[s]!, w[k + 2]! + 3) });
        break;
      }
    }
    // A length of time alone: "Acht Jahre." "Fifteen years." "Onze ans."
    if (w.length === 2 && isNumber(tokens[w[0]!]) && TIME_UNITS.has(tokens[w[1]!]!.norm)) add('story.timeAlone', { from: starts[s]!, to: ends[s]! });
    // Address: "Sir, you ...", "Hija, cierra la cuenta".
    const first = tokens[starts[s]!]!;
    if (ADDRESS.has(first.norm) && tokens[starts[s]! + 1]?.norm === ',') {
      const rest = w.slice(1, 6);
      if (rest.some((i) => SECOND_PERSON.has(tokens[i]!.norm)) || rest.length > 0) add('neg.address', { from: starts[s]!, to: Math.min(ends[s]!, starts[s]! + 6) });
    }
  }

  out.push(...plainSecrets(tokens, sentenceOf));
  out.push(...contemptForms(tokens, sentenceOf));
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const norm = t.norm;
    const s = sentenceOf[i]!;
    if (HOLIDAYS.has(norm) && (GREETING.has(tokens[i - 1]?.norm ?? '') || GREETING.has(tokens[i + 1]?.norm ?? '') || GREETING.has(tokens[i - 2]?.norm ?? ''))) add('shape.greeting', { from: Math.max(0, i - 1), to: i + 2 });
    if (isThanks(tokens, i)) add('shape.thanks', { from: i, to: i + 1 });
    // "someone (should|can|please) take/unplug/close ..." / "que alguien le cierre" / "quelqu'un peut débrancher".
    if (SOMEONE.has(norm) || (norm === "quelqu'un")) {
      let k = i + 1;
      while (k < n && k < i + 4 && sentenceOf[k] === s) k++;
      if (k > i + 1 && tokens[i + 1]?.kind === 'word') add('neg.someoneShould', { from: i, to: Math.min(ends[s]!, i + 6) });
    }
    // "X thinks ...", "se cree que", "glaubt, dass".
    if (THINKS.has(norm) && i > 0) add(SELF_BEFORE.has(tokens[i - 1]!.norm) ? 'neg.believesSelf' : 'shape.thinks', { from: Math.max(0, i - 1), to: Math.min(ends[s]!, i + 4) });
    // "has never done a single shift", "nie einen einzigen".
    if (NEVER.has(norm)) {
      for (let k = i + 1; k < Math.min(n, i + 5) && sentenceOf[k] === s; k++) {
        if (SINGLE.has(tokens[k]!.norm) && (tokens[k]!.norm === 'single' || tokens[k]!.norm.startsWith('einzig') || tokens[k]!.norm.startsWith('seul') || tokens[k]!.norm === 'solo' || tokens[k]!.norm === 'sola')) {
          add('neg.neverSingle', { from: i, to: k + 2 });
          break;
        }
      }
    }
    // "never held a tray in his life", "jamais porté un plateau de sa vie"; or a plain negation of the perfect, "no ha
    // mirado una boca en su vida", "hasn't held a scalpel in her life", "n'a pas mis les pieds dans une classe de sa vie".
    if (NEVER.has(norm) || NOT_PERFECT.has(norm) || (norm === 'no' && HABER.has(tokens[i + 1]?.norm ?? '')) || (norm === 'pas' && NE_AVOIR.has(tokens[i - 1]?.norm ?? ''))) {
      for (let k = i + 1; k < Math.min(n, i + 12) && sentenceOf[k] === s; k++) {
        if (MISSED.has(tokens[k]!.norm)) break;
        if (k === i + 1) continue;
        if (LIFE.has(tokens[k]!.norm) && POSSESSIVE_3.has(tokens[k - 1]!.norm)) {
          add('neg.neverInLife', { from: i, to: k + 1 });
          break;
        }
      }
    }
    // A deed doubted as it is told: "clearly read the bundle on the bus, if at all", "hat die Akte gelesen, wenn
    // überhaupt", "ha leído el informe, si es que lo ha leído", "a lu le dossier, si tant est qu'il l'ait ouvert".
    // (With its sentence closed after it in English and German: "if at all possible" is a plain wish.)
    for (const p of IF_AT_ALL) {
      if (norm !== p[0] || !phraseAt(tokens, i, p)) continue;
      const next = tokens[i + p.length];
      const closes = !next || sentenceOf[i + p.length] !== sentenceOf[i] || !/^[\p{L}\d]/u.test(next.norm);
      if (closes || !['if', 'wenn', 'falls'].includes(p[0]!)) add('neg.ifAtAll', { from: i, to: i + p.length });
      break;
    }
    // A long time belittled as short, for what should have been quick: "Only took him four years and an election", "solo
    // le ha costado dos legislaturas", "hat ja nur sechs Jahre gedauert", "il ne lui a fallu que trois ans".
    // (The count and its unit first: French "que" is on every line, and the sentence is searched for a verb of taking
    // only when they are there.)
    if (ONLY.has(norm)) {
      for (let k = i + 1; k <= i + 4 && sentenceOf[k] === sentenceOf[i]; k++) {
        const unit = tokens[k + 1]?.norm ?? '';
        if (!(isNumber(tokens[k]) || tokens[k]!.norm === 'a' || tokens[k]!.norm === 'an') || !(TIME_UNITS.has(unit) || TERMS.has(unit))) continue;
        if (words(sentenceOf[i]!).some((j) => TOOK.has(tokens[j]!.norm))) add('neg.tookOnly', { from: i, to: k + 2 });
        break;
      }
    }
    for (const p of SHOWS) {
      if (norm === p[0] && p.every((w, k) => tokens[i + k]?.norm === w) && !(p[0] === 'it' && tokens[i - 1]?.norm === 'and')) {
        add('neg.itShows', { from: i, to: i + p.length });
        break;
      }
    }
    // "... and wonders why", "y luego se extraña", "et s'étonne que", "und wundert sich".
    const bare = norm.replace(/^s'/, '');
    if (WONDERS.has(bare)) {
      const reflexive = norm.startsWith("s'") || REFLEXIVE.has(tokens[i - 1]?.norm ?? '') || REFLEXIVE.has(tokens[i + 1]?.norm ?? '');
      const joined = [1, 2, 3].some((d) => AND_THEN.has(tokens[i - d]?.norm ?? '') && sentenceOf[i - d] === s);
      if (joined && (reflexive || bare.endsWith('s') || bare === 'wundert' || bare === 'wondering')) add('neg.wondersWhy', { from: Math.max(starts[s]!, i - 2), to: Math.min(ends[s]!, i + 3) });
    }
    // Going, asked for: not a retirement or a resignation told as news ("Dr Lee will retire in May after 30 years").
    if (DISMISS.has(norm)) {
      const wished = [1, 2, 3].some((d) => sentenceOf[i - d] === s && WISH.has(tokens[i - d]!.norm)) || (tokens[i - 1]?.norm === 'to' && MUST_TO.has(tokens[i - 2]?.norm ?? '')) || (tokens[i - 1]?.norm === 'be' && tokens[i - 2]?.norm === 'to' && MUST_TO.has(tokens[i - 3]?.norm ?? ''));
      const words = tokens.slice(starts[s]!, ends[s]!).filter((t) => t.kind === 'word').length;
      const asked = DISMISS_ORDER.has(norm) || wished || (!RETIREMENT.has(norm) && !DISMISSED.has(norm) && (NOW.has(tokens[i + 1]?.norm ?? '') || (words <= 4 && tokens.slice(i + 1, ends[s]!).every((t) => t.kind !== 'word'))));
      if (asked) add('neg.dismiss', { from: i, to: i + 1 });
    }
    // Handing back the office, wished: "qu'elle rende son portefeuille", "he should hand in his badge", "que devuelva el
    // acta", "soll sein Mandat niederlegen". (Not told as news: "rendra son écharpe en mai" has no wish before it.)
    const handBack = HAND_BACK.has(norm) || (norm === 'hand' && (tokens[i + 1]?.norm === 'in' || tokens[i + 1]?.norm === 'back'));
    const office = handBack ? [1, 2, 3].map((d) => i + d).find((k) => OFFICE.has(tokens[k]?.norm ?? '') && POSSESSIVE_3.has(tokens[k - 1]?.norm ?? '') && sentenceOf[k] === s) : OFFICE.has(norm) && POSSESSIVE_3.has(tokens[i - 1]?.norm ?? '') && [1, 2].some((d) => LAY_DOWN.has(tokens[i + d]?.norm ?? '')) ? i : undefined;
    if (office !== undefined) {
      const verb = handBack ? i : i - 1;
      const wishedBack = [1, 2, 3, 4].some((d) => sentenceOf[verb - d] === s && (WISH.has(tokens[verb - d]!.norm) || (tokens[verb - d]!.norm === 'que' && d === 1)));
      if (wishedBack) add('neg.dismiss', { from: Math.min(i, office - 1), to: office + 1 });
    }
    // (Not someone else's question or demand: a quote in the sentence, a verb of saying in it or opening the next one —
    // "said Minister Fenwick must step down", "« Quand va-t-il démissionner ? » a demandé la députée".)
    const gone = askedToGo(text, tokens, i, starts[s]!, ends[s]!);
    if (gone) {
      const saidBy = (k: number) => k < n && (REPORTING.has(tokens[k]!.norm) || QUOTE_MARK.test(tokens[k]!.norm));
      let othersWords = [0, 1, 2, 3].some((d) => sentenceOf[ends[s]! + d] === s + 1 && saidBy(ends[s]! + d));
      for (let k = starts[s]!; k < ends[s]! && !othersWords; k++) othersWords = saidBy(k);
      // Told, not asked, with a verdict of outrage after it, it asks as plainly: "Tom Reid still hasn't stepped down.
      // Unbelievable." (Told alone it is news: "… hasn't resigned yet, but the pressure is mounting".)
      const next = s + 1 < sentences && starts[s + 1]! >= 0 ? words(s + 1) : [];
      const outraged = RESIGNED.has(norm) && next.length > 0 && next.length <= 3 && next.some((k) => OUTRAGE.has(tokens[k]!.norm)) && next.every((k) => OUTRAGE.has(tokens[k]!.norm) || FILLER.has(tokens[k]!.norm) || tokens[k]!.norm === 'just');
      if (!othersWords) add(gone.plain || outraged ? 'neg.askedToGo' : 'neg.dismiss', gone);
    }
    const away = wishedAway(text, tokens, i, starts[s]!, ends[s]!);
    if (away) add('neg.dismiss', away);
    // Time off work or back at it, and a diagnosis or an injury: health told to everyone.
    if (LEAVE.has(norm) && (norm !== 'wieder' || BACK_AFTER_WIEDER.has(tokens[i + 1]?.norm ?? ''))) add('health.leave', { from: i, to: i + 1 });
    if (INJURY.has(norm)) add('health.injury', { from: i, to: i + 1 });
    // The same measure as the writer's pet or kettle: "has the same dental training as my cat", "tiene la misma formación
    // en odontología que mi gata", "hat dieselbe Ausbildung wie mein Hund", "la même formation que mon chat". (Only with
    // "my" after it: "the same rules as last year" compares nothing with anyone.)
    if (SAME.has(norm)) {
      for (let k = i + 2; k < Math.min(n, i + 8) && sentenceOf[k] === s; k++) {
        if (AS.has(tokens[k]!.norm) && MY.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'word' && sentenceOf[k + 2] === s) {
          add('neg.quantityComparison', { from: i, to: k + 3 });
          break;
        }
      }
    }
    // Quantity comparison: "so viel Ahnung von Hunden wie mein Kaktus", "as much sense as a", "tanto ... como".
    if (QUANTITY.has(norm)) {
      for (let k = i + 2; k < Math.min(n, i + 7) && sentenceOf[k] === s; k++) {
        if (AS.has(tokens[k]!.norm) && tokens[k + 1]?.kind === 'word') {
          add('neg.quantityComparison', { from: i, to: Math.min(ends[s]!, k + 3) });
          break;
        }
      }
    }
    // Ages: "19 year old", "92-year-old", "in his 70s", "a lad, 34,".
    if (/^\d{1,3}$/.test(norm)) {
      const v = Number(norm);
      const a = tokens[i + 1]?.norm === '-' ? tokens[i + 2] : tokens[i + 1];
      const b = a && (tokens[i + 1]?.norm === '-' ? tokens[i + 3]?.norm === '-' ? tokens[i + 4] : tokens[i + 3] : tokens[i + 2]);
      if (v < 110 && a && AGE_WORDS.has(a.norm) && (a.norm !== 'year' && a.norm !== 'years' ? true : b?.norm === 'old')) add('id.age2', { from: i, to: i + 3 });
      else if (v < 110 && tokens[i - 1]?.norm === ',' && tokens[i + 1] && [',', ')', '.'].includes(tokens[i + 1]!.norm) && tokens[i - 2]?.kind === 'word') add('id.age2', { from: Math.max(0, i - 2), to: i + 1 });
    }
    if (DECADE.test(norm) && POSSESSIVE_3.has(tokens[i - 1]?.norm ?? '')) add('id.age2', { from: i - 1, to: i + 1 });
    // Someone placed by where they are from: "from Mayfield", "aus der Annenstraße", "del Colegio San José".
    if (FROM.has(norm)) {
      let k = i + 1;
      if (['der', 'dem', 'la', 'el', 'le', 'the'].includes(tokens[k]?.norm ?? '')) k++;
      const place = tokens[k];
      if (place && isCap(text, place) && place.norm.length >= 3 && sentenceOf[k] === s && k > starts[s]!) add('id.from', { from: i, to: k + 1 });
    }
    // By family name: "Familie Url", "the Url kids", "los Martínez".
    if (FAMILY.has(norm) && isCap(text, tokens[i + 1])) add('ref.familyName', { from: i, to: i + 2 });
    // (Not a place named for its town: "the Falkenried family court", "the Elm Street family practice".)
    if (norm === 'the' && isCap(text, tokens[i + 1]) && PLURAL_KIN.has(tokens[i + 2]?.norm ?? '') && !(tokens[i + 2]!.norm === 'family' && FAMILY_PLACE.has(tokens[i + 3]?.norm ?? ''))) add('ref.familyName', { from: i, to: i + 3 });
    if ((norm === 'los' || norm === 'les') && isCap(text, tokens[i + 1]) && i > starts[s]!) add('ref.familyName', { from: i, to: i + 2 });
    // By relation: "el hijo de la frutera", "the son of", "their mam", "his parents".
    if (KIN.has(norm)) {
      if (OF.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.kind === 'word') add('ref.relation', { from: i, to: i + 3 });
      else if (POSSESSIVE_3.has(tokens[i - 1]?.norm ?? '')) add('ref.relation', { from: i - 1, to: i + 1 });
    }
    // Someone left, taking things: "She's taken the kids", "Il est parti", "Sie hat ihre Sachen abgeholt".
    if (LEFT.has(norm)) {
      for (let k = Math.max(starts[s]!, i - 4); k < i; k++) {
        if (PRONOUN_3.has(tokens[k]!.norm) || tokens[k]!.norm === "she's" || tokens[k]!.norm === "he's") {
          add('story.someoneLeft', { from: k, to: i + 1 });
          break;
        }
      }
    }
  }
}

/** Finding out, in the forms that have a third person as their subject ("has discovered", "vient de découvrir", "acaba de descubrir", "hat entdeckt"). */
const DISCOVERS = set('discovered discovers descubre descubren descubrió descubrieron descubierto découvre découvrent découvert entdeckt entdeckte');
/** Infinitives that need "just" before them to be a finding-out ("acaba de descubrir", "vient de découvrir"). */
const DISCOVER_INFINITIVE = set('descubrir découvrir');
/** Finding out in other words, for the next finding foretold: "finds out", "learns", "se entera", "erfährt", "apprend". */
const FINDS_OUT = set('finds learns realises realizes entera aprende erfährt merkt apprend comprend');
const JUST_DID = set('acaba acaban vient viennent');
/** Before a length of time, what makes it a time ago or an age ("hace tres años", "vor drei Jahren", "mit 40 Jahren", "à 40 ans", "il y a trois ans"). */
const AGO_BEFORE = set('hace vor mit con a at aged');
const AGO_AFTER = set('ago plus-tot');
const WEEK = set('week month semaine mois woche monat semana mes');
const SHE_HE = set('he she il elle er sie él ella');
/** Lengths of time long enough to have known better (weeks are learning: "discovered fractions after 3 weeks"). */
const LONG_TIME = set('years year months años año meses jahre jahren jahr monate monaten ans mois');
/** Being in post, what a length of time must be said of ("trois ans en poste", "three years in the job", "seit vier Jahren im Amt"). */
const IN_POST = set('post poste job role office cargo puesto amt ministère ministerio ministry charge fonction');
const QUOTE_MARK = /^["“”'‘’«»„]$/;
/** Whether a token is a quotation mark, straight or curly, single or double, or a guillemet. */
export function isQuoteMark(norm: string): boolean {
  return QUOTE_MARK.test(norm);
}
/** Pride and congratulation, which make a finding news to celebrate. */
const PROUD = set('proud orgullo orgullosa orgulloso orgullosos stolz fier fière fiers congratulations congrats felicidades félicitations glückwunsch gratulation bravo published publicado publié veröffentlicht');
/**
 * A person held up for finding out late what everyone knew: "has discovered the intraoral scanner. In 2025.", "vient de
 * découvrir qu'on a des listes d'attente. Après trois ans en poste.", "acaba de descubrir los stories. En 2025.",
 * "hat die Funktion „Allen antworten" entdeckt. Im Jahr 2025.", "Next week he discovers fire". Finding out is praise as
 * often as not ("Dr Lee discovered a new variant in 2021"), so the lateness must be said: a recent year standing alone
 * straight after ("In 2025."), how long they have been in post ("après trois ans en poste"; not how long ago, nor an age,
 * nor years of research), the verb in scare quotes or repeated alone ("Discovered."), or the
 * next discovery foretold ("next week he discovers"). `personBefore` says whether a person is named before a token in its
 * sentence: the finder is someone else, not the writer ("we discovered", "j'ai découvert").
 */
export function discoveredLate(text: string, tokens: readonly Token[], sentenceOf: Int32Array, personBefore: (i: number) => boolean): Signal[] {
  const out: Signal[] = [];
  const { sentences, starts, ends } = sentenceBounds(sentenceOf);
  const wordsOf = (s: number) => sentenceWords(tokens, starts, ends, s);
  const year = (t: Token | undefined) => !!t && /^20\d\d$/.test(t.norm);
  const praised = tokens.some((t, k) => isThanks(tokens, k) || PROUD.has(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const infinitive = DISCOVER_INFINITIVE.has(norm) && tokens[i - 1]?.norm === 'de' && JUST_DID.has(tokens[i - 2]?.norm ?? '');
    if (!DISCOVERS.has(norm) && !infinitive) continue;
    // "à découvert" is overdrawn, not found out.
    if (norm === 'decouvert' && text.slice(tokens[i - 1]?.start ?? 0, tokens[i - 1]?.end ?? 0) === 'à') continue;
    const s = sentenceOf[i]!;
    const pronoun = SHE_HE.has(tokens[i - 1]?.norm ?? '') || SHE_HE.has(tokens[i + 1]?.norm ?? '');
    if (!personBefore(i) && !pronoun) continue;
    const w = wordsOf(s);
    const after = w.filter((k) => k > i);
    const quoted = QUOTE_MARK.test(tokens[i - 1]?.norm ?? '') && QUOTE_MARK.test(tokens[i + 1]?.norm ?? '');
    const foretold = w.some((k) => k < i && NEXT.has(tokens[k]!.norm) && (WEEK.has(tokens[k + 1]?.norm ?? '') || WEEK.has(tokens[k - 1]?.norm ?? '') || WEEK.has(tokens[k - 2]?.norm ?? '')));
    // The next two sentences: a year alone ("In 2025.", "Im Jahr 2025."), the verb alone ("Discovered."), or a length of
    // time that is not "ago" ("Après trois ans en poste.", "Trois ans au ministère", not "il y a trois ans").
    let later = false;
    for (let t = s; t <= Math.min(sentences - 1, s + 2) && !later; t++) {
      const ws = t === s ? after : wordsOf(t);
      // A year alone, straight after, and a recent one ("In 2025."; not "In 2019. At just 14!"); the verb alone ("Discovered.").
      if (t === s + 1 && ws.length <= 3 && ws.some((k) => year(tokens[k]) && Number(tokens[k]!.norm) >= 2020)) later = true;
      if (t > s && ws.length <= 2 && ws.some((k) => DISCOVERS.has(tokens[k]!.norm))) later = true;
      // The next finding foretold in a sentence after ("… has discovered spreadsheets. Next week he finds out patients aren't rows").
      if (t > s && ws.some((k) => NEXT.has(tokens[k]!.norm) && [k - 2, k - 1, k + 1].some((j) => WEEK.has(tokens[j]?.norm ?? ''))) && ws.some((k) => DISCOVERS.has(tokens[k]!.norm) || FINDS_OUT.has(tokens[k]!.norm))) later = true;
      for (const k of ws) {
        if (!LONG_TIME.has(tokens[k]!.norm) || !isNumber(tokens[k - 1])) continue;
        const ago = AGO_BEFORE.has(tokens[k - 2]?.norm ?? '') || AGO_AFTER.has(tokens[k + 1]?.norm ?? '');
        const inPost = [1, 2, 3].some((d) => IN_POST.has(tokens[k + d]?.norm ?? '') && sentenceOf[k + d] === t);
        if (!ago && inPost) later = true;
      }
    }
    // Finding out that is praised or thanked for ("has discovered a biomarker… finally published, so proud") is no mockery.
    if (praised) continue;
    if (quoted || foretold || later) out.push({ name: 'neg.discoveredLate', from: Math.max(starts[s]!, i - 1), to: Math.min(ends[s]!, i + 3) });
  }
  return out;
}

/** Openers of a wish: "ojalá", "hoffentlich", "pourvu que", "vivement que", "(I) hope", "espero que". */
const WISH_OPENERS = set('ojalá hoffentlich pourvu vivement hope hoping espero esperemos');
/** Someone sent away by others: transferred, fired, moved on, retired early ("ojalá lo trasladen", "hoffentlich wird er versetzt"). */
const SENT_AWAY = set(
  'transfer transferred transfers sack sacked fire fired boot booted axe axed reassign reassigned redeploy redeployed ' +
    'trasladen traslade trasladan trasladaran echen eche despidan despida jubilen jubile destituyan destituya manden larguen cesen cese ' +
    'versetzt gefeuert rausgeworfen rausgeschmissen entlassen abberufen abgesetzt pensioniert versetzen feuern ' +
    'mute mutée mutee mutent vire virée viree virent renvoie renvoient renvoyé renvoyee parte partent dégage degage',
);
/** Someone else, singled out: "him", "lo", "ihn", "elle" (not "they": "I hope they transfer the money"). */
const THIRD_PERSON = set('him her he she lo la le er sie ihn il elle');
const THEM_AFTER = set('him her them');
/**
 * A wish to see someone of the work sent away, in the writer's own voice: "ojalá lo trasladen pa otro municipio", "I hope
 * they transfer him", "hoffentlich wird er bald versetzt", "vivement qu'elle soit mutée". Someone must be there to send:
 * a pronoun or a capitalised word between the wish and the verb.
 */
function wishedAway(text: string, tokens: readonly Token[], i: number, from: number, to: number): Span | null {
  const norm = tokens[i]!.norm;
  if (!WISH_OPENERS.has(norm)) return null;
  // ("Hope" is a wish only as a verb of the writer's: "I hope", "hoping", "just hope"; not "our hope is ...".)
  if (norm === 'hope' && !['i', 'we', 'just', 'really', 'so', 'only'].includes(tokens[i - 1]?.norm ?? '') && i !== from) return null;
  for (let k = i + 1; k < Math.min(to, i + 8); k++) {
    if (!SENT_AWAY.has(tokens[k]!.norm)) continue;
    const between = tokens.slice(i + 1, k);
    if (between.some((t) => THIRD_PERSON.has(t.norm) || isCap(text, t))) return { from: i, to: k + 1 };
    if (k + 1 < to && THEM_AFTER.has(tokens[k + 1]!.norm)) return { from: i, to: k + 2 };
    return null;
  }
  return null;
}

/**
 * Going asked for in other forms than a modal before "resign": not gone yet ("Why hasn't X resigned yet?", "X still
 * hasn't stepped down", "todavía no ha dimitido", "immer noch nicht zurückgetreten", "toujours pas démissionné", "Why is
 * X still in office?"); "time for X to go"; a modal with going and nothing after ("Fenwick must go.", "X has to go
 * now"); the German separable "tritt … endlich zurück" and "Wann tritt X zurück?"; "¿Para cuándo la dimisión?".
 * The span covers the words that ask. `plain` when the words can mean nothing else (a resignation not yet made, "time
 * for X to go", "still in office"); a retirement asked about, or "must go", could be fond or be someone's plans.
 */
function askedToGo(text: string, tokens: readonly Token[], i: number, from: number, to: number): (Span & { plain: boolean }) | null {
  const norm = tokens[i]!.norm;
  if (!GOING_WORDS.has(norm) && !RESIGNED.has(norm) && !RETIRED.has(norm) && !WHY.has(norm) && !GO_AWAY.has(norm)) return null;
  const at = (k: number) => (k >= from && k < to ? tokens[k]!.norm : '');
  const inSentence = (pred: (w: string) => boolean, a = from, b = to) => {
    for (let k = Math.max(from, a); k < Math.min(to, b); k++) if (pred(tokens[k]!.norm)) return k;
    return -1;
  };
  const negated = [1, 2, 3].some((d) => GONE_NOT.has(at(i - d)) || at(i - d).endsWith("n't"));
  const why = inSentence((w) => WHY.has(w));
  // Not gone yet: a resignation with a negation before it and "still"/"yet" in the sentence.
  if ((RESIGNED.has(norm) && ((norm !== 'stepped' && norm !== 'stood') || at(i + 1) === 'down')) || (RETIRED.has(norm) && why >= 0 && why < i)) {
    const still = inSentence((w) => NOT_YET.has(w));
    // (Plain only as a question. Told, "not yet" is news: "hasn't resigned yet, but the pressure is mounting"; "still"
    // after a failing is not, and stays for the model.)
    const asked = why >= 0 || tokens[to - 1]?.norm === '?';
    if (negated && still >= 0 && (asked || tokens[still]!.norm !== 'yet')) return { from: Math.min(still, i - 1), to: Math.max(still, i + (at(i + 1) === 'down' ? 1 : 0)) + 1, plain: asked && !RETIRED.has(norm) };
  }
  // "Why is X still in office?"
  if (WHY.has(norm)) {
    const still = inSentence((w) => w === 'still' || w === 'noch' || w === 'sigue' || w === 'toujours', i + 1);
    // ("In post" as IN_POST says it, and "on air".)
    if (still >= 0 && (IN_POST.has(at(still + 2)) || at(still + 2) === 'air') && ['in', 'on', 'en', 'im'].includes(at(still + 1))) return { from: i, to: still + 3, plain: true };
    if (still >= 0 && at(still + 1) === 'employed') return { from: i, to: still + 2, plain: true };
  }
  // "Time for X to go": someone named between "for" and "to".
  // (Going and nothing after it: "to go on maternity leave", "to go home and sleep", "to go for gold" are plans.)
  const nothingAfter = (k: number) => tokens.slice(k, to).every((t) => t.kind !== 'word') || (NOW.has(at(k)) && at(k + 1) !== 'that' && tokens.slice(k + 1, to).every((t) => t.kind !== 'word'));
  if (norm === 'time' && at(i + 1) === 'for') {
    for (let k = i + 3; k < Math.min(to, i + 8); k++) {
      if (at(k) !== 'to' || !GO_AWAY.has(at(k + 1))) continue;
      const who = tokens.slice(i + 2, k);
      const end = at(k + 1) === 'step' || at(k + 1) === 'stand' ? (at(k + 2) === 'down' ? k + 3 : -1) : k + 2;
      if (end < 0 || !nothingAfter(end) || who.some((t) => NOT_THEM.has(t.norm)) || !who.some((t) => isCap(text, t))) break;
      return { from: i, to: end, plain: at(k + 1) !== 'retire' && at(k + 1) !== 'leave' };
    }
  }
  // "Fenwick must go." / "X has to go now": a modal, going, and nothing more in the sentence but "now".
  if (GO_AWAY.has(norm) && norm !== 'step' && norm !== 'stand' && norm !== 'pack') {
    const modal = ['must', 'should'].includes(at(i - 1)) ? i - 1 : at(i - 1) === 'to' && MUST_TO.has(at(i - 2)) ? i - 2 : -1;
    const rest = tokens.slice(i + 1, to).filter((t) => t.kind === 'word');
    const subject = modal > from ? tokens.slice(from, modal).filter((t) => t.kind === 'word') : [];
    if (modal > from && (rest.length === 0 || (rest.length === 1 && NOW.has(rest[0]!.norm))) && subject.length > 0 && subject.length <= 4 && !subject.some((t) => NOT_THEM.has(t.norm)) && subject.some((t) => isCap(text, t))) {
      return { from, to: i + 1, plain: false };
    }
  }
  // "step down" / "stand down" after a modal: "must step down", "needs to stand down", "should step down now".
  // (Nothing after it: "needs to step down from the rota for a few weeks", "will step down now that her term is over" are plans.)
  if ((norm === 'step' || norm === 'stand') && at(i + 1) === 'down' && nothingAfter(i + 2)) {
    if (WISH.has(at(i - 1)) || (at(i - 1) === 'to' && MUST_TO.has(at(i - 2))) || NOW.has(at(i + 2))) return { from: Math.max(from, i - 1), to: i + 2, plain: true };
  }
  // German separable: "Wann tritt X endlich zurück?", "X soll endlich zurücktreten" is a DISMISS word already.
  if (norm === 'zuruck') {
    const verb = inSentence((w) => w === 'tritt' || w === 'treten' || w === 'trittst', i - 6, i);
    const ask = inSentence((w) => w === 'endlich' || w === 'wann' || w === 'warum' || w === 'sofort' || w === 'bitte', from, i);
    if (verb >= 0 && ask >= 0) return { from: Math.min(verb, ask), to: i + 1, plain: true };
  }
  // "¿Para cuándo la dimisión de X?", "When will X resign?"
  if ((norm === 'dimision' || norm === 'resign' || norm === 'demission' || norm === 'rucktritt') && ((at(i - 2) === 'cuando' && at(i - 3) === 'para') || (at(i - 1) === 'cuando' && at(i - 2) === 'para'))) return { from: Math.max(from, i - 3), to: i + 1, plain: true };
  // "When will X resign?", "¿Cuándo va a dimitir X?", "Quand va-t-il démissionner ?": asked about the future.
  const when = inSentence((w) => w === 'when' || w === 'cuando' || w === 'quand', from, i);
  if (when >= 0 && tokens[to - 1]?.norm === '?' && ((norm === 'resign' && inSentence((w) => w === 'will', when, i) >= 0) || ((norm === 'dimitir' || norm === 'demissionner') && inSentence((w) => w === 'va' || w === 'vas' || w === 'van' || w.startsWith('va-t'), when, i) >= 0))) return { from: when, to: i + 1, plain: true };
  return null;
}

