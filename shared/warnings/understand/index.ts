/**
 * The engine's language rules: they combine signals (who is named, what is
 * said about them, which category words appear, who speaks) into warnings a
 * person understands, each with the span of the words that caused it.
 *
 *   named or titled person + mockery, insult or contempt   -> named-attack
 *   the employer + a complaint                             -> employer
 *   someone recognisable + health/grades/behaviour/case/family -> third-party
 *   secrecy cue + business news (or dated news, personally)  -> confidential
 *   party or politician + an opinion                        -> politics
 *   religion + an argument                                  -> religion
 *   a partner or "I" + a break-up or family row             -> private-life
 *   "I"/"my" + an illness, treatment or medication          -> health
 *   drinking or drugs, with someone doing it                -> substances
 *   another identity's names or employer + a promotion      -> other-identity
 *   disguised and mild swearing                              -> profanity
 *
 * The identity's role decides which families are the job and whose identity
 * is protected (see roles.ts). Rules run on the engine's tokens and the
 * category vocabularies (vocab.generated.ts); with `depth: 'full'` they also
 * use the language tools (named people, sentiment; see tools.ts) on the
 * sentences where a cue was found.
 */
import nlp from 'compromise';
import type { Family } from '../families';
import { LEXICON_FAMILY } from '../lexicons';
import type { WarningIdentity } from '../profile';
import { inferRole, ROLE_POLICIES, type Protected, type Role, type Stance } from '../roles';
import { foldText, tokenize, type Token } from '../text';
import { TokenTrie } from '../trie';
import type { Severity } from '../types';
import { categoryHits, countsIn, inCategory, isFunctionWord, sentenceLanguages, type Category, type CategoryHit } from './lexicon';
import { findDisguisedProfanity, mayHideProfanity, SWEAR_STEMS } from './profanity';
import type { LanguageTools } from './tools';
import type { Lang } from './vocab.generated';
import { amountBefore, emitSignals, isConsumeVerb, type Signal } from './signals';
import { achievementAt, agendaAt, deservedAt, endorsementAt, CURRENCY, discoveredLate, grievanceShapes, isNumber, ironicQuote, isQuoteMark, isReporting, isThanks, farewellAt, mourningAt, notSilenceAfter, phraseAt, sentenceWords, sincereDeed, deniedInsult, DENY, KIN, LACK, shapeSignals } from './shapes';
import { mockeryForms } from './mockery';

export type Depth = 'lexical' | 'full';


/** What the language rules found, in token indices (the engine turns it into a Warning). */
export interface Finding {
  ruleId: string;
  family: Family;
  severity: Severity;
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  message: (quote: string) => string;
  /**
   * Not the learned model's to drop: the words say what the post does ("sharing the confidential findings") and no
   * training post shows the construction, so the model has learned nothing about it either way.
   */
  certain?: boolean;
}

/** An identity as the language rules see it: prepared once per compiled profile. */
export interface PreparedIdentity {
  role: Role;
  stances: Record<Family, Stance>;
  /** Cue vocabularies of the people this identity must not make recognisable. */
  protectedCues: readonly Category[];
  protects: readonly Protected[];
  attackTargets: 'anyone' | 'work';
  /** Employer and organisation names of every identity (complaints about them). */
  employers: TokenTrie<string>;
  /** Short names of the workplace ("Kranichsbrook", "#HawksworthBeck"): they count only written with a capital or as a hashtag. */
  employerShort: TokenTrie<string>;
  /** The words of each workplace name, for telling its short name from another name that starts the same. */
  employerWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Other identities' names, employers and own words (promotions of them). */
  others: TokenTrie<string>;
  /** The person's own surnames, folded, from the names of their identities that are people (not a brand's). */
  ownSurnames: ReadonlySet<string>;
  /** Every identity's handles, folded, without the "@": a reply to one of them is to the person, not to a customer. */
  ownHandles: ReadonlySet<string>;
  /**
   * The roles the person works in: a professional identity's own, and on a personal identity those of the person's
   * other identities (a nurse's personal account still works in a hospital). Empty for a brand, which is the employer.
   */
  workRoles: readonly Role[];
}

const ALL_PROTECTED: readonly Protected[] = ['patients', 'students', 'clients'];
const CUES_OF: Record<Protected, Category> = {
  patients: 'protectedPatients',
  students: 'protectedStudents',
  clients: 'protectedClients',
  customers: 'protectedClients',
  'members of the public': 'protectedClients',
  sources: 'protectedClients',
};

/** Roles whose work is other people's cases: an offence named in their posts is someone else's. */
const CASE_ROLES = new Set<Role>(['lawyer', 'journalist', 'public-servant']);

/** Words that name a kind of organisation ("hospital", "kanzlei"): in a profile's names they make it an organisation. */
const ORG_WORDS = [
  'hospital', 'clinic', 'clinics', 'school', 'primary', 'secondary', 'academy', 'college', 'university', 'trust', 'ltd', 'inc', 'llc', 'llp', 'gmbh', 'plc', 'group', 'labs',
  'studio', 'studios', 'dental', 'surgery', 'practice', 'partners', 'associates', 'associés', 'solicitors', 'chambers', 'law', 'legal', 'bank', 'agency', 'council', 'ministry',
  'foundation', 'health', 'healthcare', 'care', 'corp', 'company', 'co', 'sa', 'sl', 'sarl', 'ag', 'media', 'news', 'times', 'press', 'herald', 'gazette', 'chronicle', 'tribune',
  'post', 'centro', 'salud', 'clínica', 'colegio', 'instituto', 'escuela', 'ayuntamiento', 'bufete', 'despacho', 'klinik', 'krankenhaus', 'praxis', 'schule', 'gymnasium',
  'kanzlei', 'stadt', 'stadtverwaltung', 'amt', 'rathaus', 'hôpital', 'clinique', 'école', 'lycée', 'collège', 'cabinet', 'mairie', 'spedition', 'logistik',
  // Spain's state schools by their kind: "CEIP Los Almendros", "IES Cervantes".
  'ceip', 'ies',
];
const ORG_WORD = new RegExp(`(^|[\\s&-])(${ORG_WORDS.join('|')})($|[\\s&-])`, 'i');
/**
 * What a workplace's name drops when people say it short: its kind ("Klinikum", "MSK Clinic", "Community NHS Trust",
 * "Abogados"), a leading article, a trailing "and".
 */
const ORG_GENERIC = new Set([
  ...ORG_WORDS.map((w) => foldText(w)),
  ...['klinikum', 'abogados', 'avocats', 'anwalte', 'rechtsanwalte', 'notaires', 'cite', 'scolaire', 'community', 'nhs', 'msk', 'grupo', 'editorial', 'centre', 'center', 'zentrum', 'universidad', 'universitat', 'universite', 'hochschule', 'chemists', 'pharmacy', 'farmacia', 'pharmacie', 'apotheke', 'opticians'],
  ...['the', 'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'and', 'y', 'et', 'und', '&', 'de', 'del', 'du', 'des', 'von', 'of'],
]);

/** compromise's English lexicon: word -> tag(s). */
function englishLexicon(): Record<string, string | string[]> {
  return (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
}

/** A name of two words or more, capitalised, that compromise reads as no person and that opens with no first name or place ("Radio Bahía", not "Tom Baxter", "Lily Baxter", "Leeds Rhinos"). */
function isOrganisationName(term: string): boolean {
  const t = term.trim();
  if (!/^\p{Lu}/u.test(t) || !/\s/.test(t) || isPlaceOrName(t) || isPlaceOrName(t.split(/\s+/)[0]!)) return false;
  return !nlp(t).has('(#Person|#Honorific)');
}

/** The indexes of the tokens a set of spans covers. */
function tokensCovered(spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const h of spans) for (let k = h.from; k < h.to; k++) out.add(k);
  return out;
}

/** Whether compromise knows a word as a first name ("Yolanda", "Théo"; not "Rioja", "Plan"). */
function isFirstName(word: string): boolean {
  return nlp(word).has('#FirstName');
}

/** Whether compromise's lexicon knows a word as a place or a person's name ("Stuttgart", "Barcelona", "Esperanza"). */
function isPlaceOrName(word: string): boolean {
  const tags = englishLexicon()[word.toLowerCase()];
  return tags !== undefined && /City|Country|Region|Place|Name|SportsTeam/.test(String(tags));
}

/** The English words of `ORG_GENERIC`. */
const ENGLISH_ORG_GENERIC = new Set(
  ('hospital clinic clinics school primary secondary academy college university trust ltd inc llc llp plc group labs studio studios dental surgery ' +
    'practice partners associates solicitors chambers law legal bank agency council ministry foundation health healthcare care corp company co media ' +
    'news times press herald gazette chronicle tribune post community nhs msk centre center pharmacy chemists opticians the and & of').split(' '),
);
/** Endings of abstract nouns, which are words before they are names ("Gerechtigkeit", "Solidarité", "Libertad"). */
const ABSTRACT_NOUN_END = /(keit|heit|ung|schaft|tion|ción|cion|sion|dad|tad|té|ite|ité|ismo|isme|ism|ness|ity)$/i;

/**
 * A word that is a name made for the workplace and nothing else: five letters or more, written with a capital, that
 * compromise knows as no word, place or first name and that does not end as an abstract noun does ("Ravensmoor",
 * "Turianova", "Moosried"; not "Freiburg", "Avenir", "Hilda", "Gerechtigkeit").
 */
function coinedName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || ABSTRACT_NOUN_END.test(word)) return false;
  const lower = word.toLowerCase();
  if (englishLexicon()[lower] !== undefined || isPlaceOrName(word) || isFirstName(word)) return false;
  // (A verb's form counts as a word when compromise knows the verb: "Thriving"; not a guess from the ending: "Moosried".)
  const doc = nlp(lower);
  if (doc.has('(#Adjective|#Adverb)')) return false;
  return !doc.has('#Verb') || englishLexicon()[doc.verbs().toInfinitive().text()] === undefined;
}

/**
 * The shorter names people give their workplace in a post, from a name in the profile: without its generic words
 * ("Klinikum Kranichsbrook" -> "Kranichsbrook", "Aire and Wharfe Community NHS Trust" -> "Aire and Wharfe"), and run
 * together as a hashtag ("#HawksworthBeck", "#Schaltwerk12"). A single word left is not kept: it is a town, a noun or a
 * saint as often as the workplace ("Klinikum Stuttgart", "Kanzlei Gerechtigkeit", "Lycée Avenir"), nor a short name
 * compromise knows as a place or a name.
 */
export function workplaceForms(term: string): string[] {
  const words = term.split(/\s+/).filter(Boolean);
  // (A club's year or number is dropped too: "SV Rheintal 09", "Hannover 96".)
  const generic = (w: string) => ORG_GENERIC.has(foldText(w.toLowerCase())) || /^\d{2,4}$/.test(w);
  let a = 0;
  let b = words.length;
  while (a < b && generic(words[a]!)) a++;
  while (b > a && generic(words[b - 1]!)) b--;
  const out: string[] = [];
  const short = words.slice(a, b).join(' ');
  if (short && short !== term && b - a > 1 && !isPlaceOrName(short)) out.push(short);
  // (A single word is kept when it is a coined name beside English words of a kind: "Ravensmoor" of "Ravensmoor
  // Academy", "Tallowick" of "Tallowick Ltd". compromise knows English words, not German, French or Spanish ones, so
  // "Praxis Sonnenschein" and "Lycée Avenir" keep their nouns whole.)
  const dropped = [...words.slice(0, a), ...words.slice(b)].map((w) => foldText(w.toLowerCase()));
  if (short && short !== term && b - a === 1 && dropped.every((w) => ENGLISH_ORG_GENERIC.has(w)) && coinedName(short)) out.push(short);
  for (const t of [term, ...out]) {
    const squashed = foldText(t.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
    if (squashed.length >= 6 && /[\s-]/.test(t)) out.push(squashed);
  }
  return [...new Set(out)];
}

export function roleOf(identity: WarningIdentity): Role {
  return identity.role ?? inferRole(identity.name);
}

/** The role's stance per family, with the identity's own switches on top. */
export function stancesOf(identity: WarningIdentity): Record<Family, Stance> {
  const stances = { ...ROLE_POLICIES[roleOf(identity)].families };
  // A lexicon the person switched off takes its family with it ("no profanity warnings here"); with
  // `lexiconSet: "none"` only the lexicons switched on keep their families.
  for (const [lexicon, family] of Object.entries(LEXICON_FAMILY)) {
    const on = identity.lexicons[lexicon as keyof typeof identity.lexicons];
    if (on === false || (identity.lexiconSet === 'none' && on !== true)) stances[family] = 'off';
    else if (on === true && stances[family] === 'off') stances[family] = 'caution';
  }
  for (const [family, on] of Object.entries(identity.families) as [Family, boolean | undefined][]) {
    if (on === false) stances[family] = 'off';
    else if (on === true && stances[family] === 'off') stances[family] = 'caution';
  }
  return stances;
}

export function prepareIdentity(identity: WarningIdentity, all: readonly WarningIdentity[]): PreparedIdentity {
  const role = roleOf(identity);
  const policy = ROLE_POLICIES[role];
  let protects = policy.protects;
  if (role === 'personal') {
    // A personal identity protects the people of its person's other identities.
    const fromOthers = new Set<Protected>();
    for (const other of all) if (other.id !== identity.id) for (const p of ROLE_POLICIES[roleOf(other)].protects) fromOthers.add(p);
    protects = fromOthers.size > 0 ? [...fromOthers] : ALL_PROTECTED;
  }
  const employers = new TokenTrie<string>();
  const employerShort = new TokenTrie<string>();
  const employerWords = new Map<string, Set<string>>();
  const others = new TokenTrie<string>();
  const own = new Set([...identity.names, ...identity.employer].map((t) => t.toLowerCase()));
  for (const i of all) {
    const isOrgAccount = roleOf(i) === 'company';
    const orgs = [...i.employer, ...[...i.names, ...i.belongs, ...i.never].filter((t) => ORG_WORD.test(t) || (isOrgAccount && i.names.includes(t)))];
    for (const t of orgs) {
      employers.add(t, t, 'possessive');
      for (const f of workplaceForms(t)) employerShort.add(f, t, 'possessive');
      employerWords.set(t, new Set(tokenize(t).map((w) => w.norm)));
    }
    // The names of organisations a personal identity keeps off itself ("Radio Bahía", "Agence Méridien") are, nearly
    // always, its person's workplace: named in a complaint there, they are the employer, written as a name. Only names of
    // two words or more that are not a person's or a place's ("Lily Baxter", "Salford"): a lone word on the list is as
    // often a pet, a brand, a party or a diagnosis. Not on the other identities, and not when never-say is switched off.
    if (i.id === identity.id && roleOf(i) === 'personal' && i.rules?.['never-say'] !== false) {
      for (const t of i.never) {
        if (!isOrganisationName(t) || orgs.includes(t)) continue;
        employerShort.add(t, t, 'possessive');
        employerWords.set(t, new Set(tokenize(t).map((w) => w.norm)));
      }
    }
    if (i.id !== identity.id) {
      // What another identity keeps off itself ("never") is not its work, and a name this identity goes by itself is not
      // another's: a firm's own "X is hiring" is not the personal identity promoted, though its person never says X there.
      for (const t of [...i.names, ...i.employer, ...orgs.filter((o) => !i.never.includes(o) || i.names.includes(o) || i.employer.includes(o))]) if (!own.has(t.toLowerCase())) others.add(t, t, 'possessive');
      for (const t of i.belongs) if (/^\p{Lu}/u.test(t) || t.includes(' ')) others.add(t, t, 'possessive');
    }
  }
  // The person's own surname, from any of their identities that is a person: "Frau Obermaier, warum ist minus mal minus
  // plus??" quotes a pupil asking the writer, who is no third party and no target. (Only surnames: a first name alone is
  // as often a pupil's or a patient's.)
  const ownSurnames = new Set<string>();
  for (const i of all) {
    if (roleOf(i) === 'company') continue;
    for (const n of i.names) {
      // (A word of an organisation, not compromise's reading: it knows few German or Spanish first names, and read
      // "Kathrin Obermaier" as no person.)
      if (ORG_WORD.test(n)) continue;
      const words = n.trim().split(/\s+/);
      const last = foldText(words[words.length - 1]!);
      if (words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 1]!) && last.length >= 3) ownSurnames.add(last);
    }
  }
  const workRoles = role === 'company' ? [] : role === 'personal' ? [...new Set(all.filter((i) => i.id !== identity.id).map(roleOf).filter((r) => r !== 'personal'))] : [role];
  return {
    role,
    workRoles,
    ownSurnames,
    ownHandles: new Set(all.flatMap((i) => i.handles).map((h) => foldText(h.trim().replace(/^@/, '')))),
    stances: stancesOf(identity),
    protectedCues: [...new Set(protects.map((p) => CUES_OF[p]))],
    protects,
    attackTargets: policy.attackTargets,
    employers,
    employerShort,
    employerWords,
    others,
  };
}

interface Span {
  from: number;
  to: number;
}

interface PersonRef extends Span {
  /** titled: Mr/Mrs/Herr/Madame + name; official: Dr, Judge, Minister + name. */
  kind: 'titled' | 'official' | 'named' | 'handle' | 'role' | 'employer' | 'initial';
  /** Someone of the person's own work (a colleague, a judge, the employer). */
  work: boolean;
  /** A public figure by role or title (minister, senator, pundit). */
  public: boolean;
}

export interface UnderstandInput {
  text: string;
  tokens: readonly Token[];
  keys: readonly string[];
  identityName: string;
  prepared: PreparedIdentity;
  depth: Depth;
  tools: LanguageTools;
  /** The text's sentences and their languages (`sentenceMap`). */
  sentences: SentenceMap;
  /** When given, the rules also report what they saw (people, negativity, categories, identifiers ...) for the learned model. */
  signals?: Signal[];
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'sra', 'srta', 'dra', 'mme', 'mlle', 'me', 'cllr', 'rev', 'no', 'nr', 'vs', 'etc', 'approx']);
/** Titles of private people: with a surname they point at a patient, a pupil's parent, a client. */
const CIVIL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'señor', 'señora', 'señorita', 'sr', 'sra', 'srta', 'don', 'doña', 'herr', 'herrn', 'frau', 'monsieur', 'madame', 'mademoiselle', 'm', 'mme', 'mlle'].map(foldText));
/** Secrecy words that need news beside them ("confidential" alone is often a service). */
const WEAK_SECRECY = new Set([
  'confidential', 'secret', 'internal', 'intern', 'leak', 'leaked', 'insider', 'heads up', 'staff were told', 'staff told', 'we were told', 'told staff',
  'internal email', 'internal memo', 'all-hands', 'all hands', 'town hall', 'nda', 'quietly', 'official announcement', 'officially announced',
  'announcement is', 'announced on', 'will be announced', 'gets announced', 'press release goes out', 'announcement on',
  'before the press release', 'signing next', 'before monday', 'before friday', 'till then', 'until then', 'goes public', 'go public', 'going public',
  'made public', '👀', 'little birdie', 'a little bird told me', 'confidencial', 'secreto', 'vertraulich', 'geheim', 'interne mail', 'confidentiel', 'en interne',
  'mail interne', 'comunicado interno', 'se anuncia el', 'se hara publico', 'antes del anuncio', 'vor der ankundigung', 'wird am', 'bekannt gegeben',
  "avant l'annonce", 'sera annonce', 'annonce le', 'embargo', 'embargoed', 'under embargo', 'before the public', 'before the press', 'before anyone else', 'heads-up',
]);
/** Cues of an announcement that, after "as", "was" or "already", tell news that is out: "As announced on Monday". */
const ANNOUNCED_CUES = new Set(['announced on', 'officially announced', 'annonce le', 'bekannt gegeben', 'bekannt gegebene', 'bekannt gegebener', 'se anuncia el']);
const ALREADY_OUT = new Set(['as', 'was', 'were', 'been', 'already', 'wie', 'bereits', 'schon', 'comme', 'deja', 'como', 'ya']);
/** The verbs of saying that end a cue of silence ("can't tell", "can't say"). */
const SAID_CUES = new Set(['tell', 'say', 'you', 'decir', 'dire', 'sagen']);
/** Work words: a secret told on a personal identity is about work when these are near. */
const WORK_CONTEXT = new Set(['office', 'team', 'staff', 'boss', 'company', 'client', 'clients', 'patients', 'project', 'meeting', 'council', 'school', 'ward', 'work', 'firm', 'customer', 'customers', 'colleagues', 'management', 'ceo', 'announcement', 'press', 'story', 'minister', 'büro', 'projekt', 'presse', 'stadt', 'firma', 'cabinet', 'clients', 'bureau', 'trabajo', 'empresa', 'oficina', 'centro'].map(foldText));
const DETERMINERS = new Set([
  'the', 'my', 'our', 'this', 'that', 'your', 'his', 'her', 'their', 'a', 'an', 'el', 'la', 'mi', 'nuestro', 'nuestra', 'este', 'esta',
  'der', 'die', 'das', 'mein', 'meine', 'meinen', 'unser', 'unsere', 'dieser', 'diese', 'le', 'mon', 'ma', 'notre', 'ce', 'cette', 'les',
]);
const OWNER_BEFORE = new Set([
  'my', 'i', "i'm", "i've", 'ive', "i'd", 'we', "we're", 'our', 'mi', 'mis', 'yo', 'me', 'mein', 'meine', 'meinen', 'meinem', 'meiner',
  'ich', 'mon', 'ma', 'mes', 'je', 'j', 'nuestro', 'nuestra', 'unser', 'unsere', 'notre', 'nos',
]);
const ROLE_SUFFIX = /(minister|ministerin|burgermeister|burgermeisterin|prasident|prasidentin|dezernent|dezernentin|senator|senatorin|kanzler|kanzlerin)$/;
/** Words between a determiner and a role: "our new ops manager", "el nuevo jefe", "die neue Büroleiterin". */
const MODIFIERS = new Set(['new', 'old', 'current', 'acting', 'interim', 'deputy', 'assistant', 'senior', 'junior', 'nuevo', 'nueva', 'actual', 'neue', 'neuer', 'neuen', 'alte', 'alter', 'nouveau', 'nouvelle', 'nouvel', 'ancien', 'ancienne', 'actuel', 'actuelle']);
const WORK_ROLE_SUFFIX = /(leiter|leiterin|fuhrer|fuhrerin|chefin|redakteur|redakteurin|vorsitzender|vorsitzende)$/;
/** Verbs of the writer's work: "I see / treat / explain / cover / report", "je soigne", "ich erkläre", "atiendo". */
const WORK_VERBS = new Set(
  ('see saw seen treat treated treating dispense dispensed dispensing give gave explain explained explaining teach taught teaching cover covered ' +
    'covering report reported reporting write wrote interview interviewed advise advised advising argue argued represent represented ' +
    'present presented support supported supporting fit fitted prescribe prescribed examine examined diagnose diagnosed manage managed ' +
    'writing seeing treating presenting interviewing behandeln erklaren berichten schreiben unterrichten ' +
    'sehe behandle behandelt erklare erklart unterrichte berichte berichtet schreibe berate begleite betreue verschreibe informiere ' +
    'veo trato atiendo atendi explico explique enseno cubri cubro informo escribo asesoro acompano receto dispenso ' +
    'vois soigne explique enseigne couvre couvert conseille accompagne prescris informe ecris recois traite')
    .split(' '),
);
/** Words between the writer and a verb that make it no work of theirs: "I was prescribed", "I can't see", "ich werde behandelt". */
const NOT_AT_WORK = new Set(['was', 'were', 'been', 'am', 'got', "can't", 'cant', 'cannot', "couldn't", 'me', 'mich', 'se', 'werde', 'wurde', 'bin', 'suis', 'fui', 'myself']);
/** A particle after a verb changes it: "gave up", "saw out", "wrote off". */
const VERB_PARTICLES = new Set(['up', 'in', 'out', 'off']);
/** Verbs of seeing: with a doctor after them, the writer is the patient ("I saw a specialist", "je vois mon médecin"). */
const SEEING = new Set(['see', 'saw', 'seen', 'seeing', 'sehe', 'veo', 'vois']);
const DOCTORS = new Set(['gp', 'doctor', 'dr', 'specialist', 'consultant', 'neurologist', 'surgeon', 'physio', 'therapist', 'psychiatrist', 'arzt', 'arztin', 'hausarzt', 'hausarztin', 'facharzt', 'medico', 'medica', 'medecin', 'specialiste', 'kine', 'psy', 'cardiologist', 'dermatologist']);
/** "my", "mein", "mon", "mi" just before a health word: the writer's own, whatever the verb. */
const POSSESSIVE_BEFORE = new Set(['my', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'mon', 'ma', 'mes', 'mi', 'mis']);
/** Whether a first-person word just after a span owns it ("the flu got me", "ein Kater hat mich"); `mine` may leave some out. */
function ownedAfter(tokens: readonly Token[], span: Span, mine: (k: number) => boolean = () => true): boolean {
  for (let k = span.to; k < Math.min(tokens.length, span.to + 2); k++) if (OWNER_AFTER.has(tokens[k]!.norm) && mine(k)) return true;
  return false;
}
const OWNER_AFTER = new Set(['me', 'us', 'mich', 'mir', 'moi', 'nous', 'myself']);
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'his', 'them', 'their', "he's", "she's", "they're", 'él', 'ella', 'er', 'sie', 'ihn', 'il', 'elle', 'lui'].map(foldText));
/** Words written with a capital that are not names. */
const NOT_NAMES = new Set([
  'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'english', 'maths', 'math', 'science', 'history', 'french',
  'spanish', 'german', 'nhs', 'lol', 'omg', 'ok', 'okay', 'thanks', 'happy', 'congrats', 'congratulations', 'so', 'just', 'the', 'and', 'but',
]);
/** "Oh my god" and the like: not about religion. */
const RELIGION_IDIOMS = [
  ['oh', 'my', 'god'], ['my', 'god'], ['thank', 'god'], ['god', 'knows'], ['for', "god's", 'sake'], ['god', 'help'], ['oh', 'god'],
  ['good', 'god'], ['dear', 'god'], ['god', 'bless'], ['jesus', 'christ'], ['dios', 'mio'], ['mein', 'gott'], ['oh', 'gott'], ['mon', 'dieu'],
  ['gott', 'sei', 'dank'], ['gracias', 'a', 'dios'], ['hell', 'of'], ['the', 'hell'], ['ojala'], ['inshallah'], ['merry', 'christmas'],
];
const HEALTH_IDIOMS = [
  ['sick', 'of'], ['sick', 'and', 'tired'], ['dying', 'to'], ['died', 'laughing'], ['killing', 'me'], ['heart', 'attack', 'waiting'],
  // Being moved is no symptom: "a lump in my throat", "un nudo en la garganta", "ein Kloß im Hals", "la gorge nouée".
  ['lump', 'in', 'my', 'throat'], ['nudo', 'en', 'la', 'garganta'], ['kloß', 'im', 'hals'], ['gorge', 'nouee'],
  // To die for, and to death as a measure: "unas vistas que te mueres", "guapa de morirse", "ennuyeux à mourir".
  ['que', 'te', 'mueres'], ['de', 'morirse'], ['ennuyeux', 'a', 'mourir'], ['ennuyeuse', 'a', 'mourir'], ['beau', 'a', 'mourir'], ['belle', 'a', 'mourir'], ['triste', 'a', 'mourir'],
];
/**
 * Dying of laughter, boredom, shame or the heat is no death: "me muero de risa", "mort de rire", "mort d'ennui", "ich
 * sterbe vor Langeweile", "dying of embarrassment".
 */
const DYING = new Set(['die', 'dying', 'died', 'dead', 'muero', 'muere', 'morir', 'muriendo', 'morirme', 'muerto', 'muerta', 'muertos', 'muertas', 'morimos', 'morirnos', 'mort', 'morte', 'morts', 'mortes', 'meurs', 'meurt', 'mourir', 'sterbe', 'sterben', 'stirbt', 'gestorben'].map(foldText));
const DYING_OF = new Set(['of', 'from', 'de', 'vor']);
const FEELINGS = new Set(
  [
    'laughter', 'laughing', 'boredom', 'embarrassment', 'shame', 'envy', 'curiosity', 'heat', 'cold',
    'risa', 'aburrimiento', 'vergüenza', 'envidia', 'curiosidad', 'calor', 'frío', 'pena', 'ganas', 'sueño',
    'lachen', 'langeweile', 'scham', 'neid', 'neugier', 'hitze', 'kälte',
    'rire', 'ennui', 'honte', 'jalousie', 'curiosité', 'chaud', 'froid', 'envie', 'impatience',
  ].map(foldText),
);
function dyingOfFeeling(tokens: readonly Token[], h: Span): boolean {
  const at = (k: number) => tokens[k]?.norm ?? '';
  for (let k = Math.max(0, h.from - 2); k < h.to; k++) {
    if (!DYING.has(at(k))) continue;
    if (DYING_OF.has(at(k + 1)) && FEELINGS.has(at(k + 2)) && k + 3 >= h.to) return true;
    if (at(k + 1).startsWith("d'") && FEELINGS.has(at(k + 1).slice(2)) && k + 2 >= h.to) return true;
  }
  return false;
}
const healthIdiom = (tokens: readonly Token[], h: Span) => coveredByIdiom(tokens, h, HEALTH_IDIOMS) || dyingOfFeeling(tokens, h);
const SERVICE_AFTER_CONFIDENTIAL = new Set(['helpline', 'line', 'support', 'service', 'services', 'advice', 'counselling', 'counseling', 'listening', 'space', 'chat', 'conversation', 'conversations', 'care', 'help', 'ayuda', 'apoyo', 'beratung', 'écoute', 'soutien'].map(foldText));
/** The procedure of voting, in four languages (folded, word by word). */
const CIVIC = [
  'polling station', 'polling stations', 'polling day', 'postal vote', 'postal votes', 'proxy vote', 'vote by post', 'voting by post', 'vote by proxy', 'vote in person', 'register to vote', 'voter registration', 'ballot paper', 'photo id', 'voter id',
  'colegio electoral', 'colegios electorales', 'mesa electoral', 'voto por correo', 'votar por correo', 'votas por correo', 'censo electoral', 'tarjeta censal',
  'wahllokal', 'wahllokale', 'briefwahl', 'wahlbenachrichtigung', 'wahlhelfer', 'wahlhelferin', 'wahlhelfende',
  'bureau de vote', 'bureaux de vote', 'assesseur', 'assesseure', 'procuration', 'procurations', 'carte électorale', 'listes électorales',
  // Going to vote, for whoever: "go and vote", "id a votar", "geht wählen", "allez voter".
  'go and vote', 'go vote', 'get out and vote', 'id a votar', 've a votar', 'vayan a votar', 'geht wählen', 'gehen sie wählen', 'geh wählen', 'allez voter', 'aller voter',
].map((p) => p.split(' ').map(foldText));
const CIVIC_FIRST = new Set(CIVIC.map((p) => p[0]!));
/** Voted, in the forms one tells of one's own vote ("I voted", "j'ai voté", "he votado", "ich habe ... gewählt"). */
const VOTED = new Set(['voted', 'vote', 'voté', 'votado', 'gewählt', 'wähle', 'voto', 'votaré', 'voterai'].map(foldText));
/** Forms of the verb to vote: said twice in a sentence, the vote is judged. */
const VOTE_VERBS = new Set(['vote', 'votes', 'voting', 'voted', 'votar', 'vota', 'votan', 'votas', 'votáis', 'votad', 'votent', 'voter', 'votez', 'votons', 'wählt', 'wählen', 'wähle', 'wählst'].map(foldText));
/** Words of the politics category that are only the act of voting or an election, not a side. */
const VOTE_WORDS = new Set([...['vote', 'votes', 'voting', 'voter', 'voters', 'election', 'elections', 'elecciones', 'eleccion', 'wahl', 'wahlen', 'scrutin', 'votar', 'voto', 'votent', 'polling'].map(foldText), ...VOTE_VERBS]);
/** What makes a vote a condition: "if you vote", "si votas", "wer … wählt", "wenn du … wählst", "ceux qui votent". */
const VOTE_CONDITION = new Set(['if', 'whoever', 'anyone', 'si', 'quien', 'quienes', 'wer', 'wenn', 'falls', 'ceux', 'celles', 'quiconque']);
/** A side's deeds to be remembered at the election: folded word sequences. */
const ELECTION_MEMORY: readonly (readonly string[])[] = [
  'remember this at the ballot box', 'remember this at the polls', 'remember this in may', 'remember this next election', 'remember that at the ballot box',
  'que no se nos olvide', 'que no se os olvide', 'no lo olvidemos', 'qu\'on ne l\'oublie pas', 'on s\'en souviendra', 'n\'oubliez pas dimanche', 'denkt bei der wahl daran', 'vergesst das nicht bei der wahl',
].map((p) => tokenize(p).map((t) => t.norm));
/** Verbs of opinion and vote: with a party or politician, a side is taken. */
const OPINION = new Set([
  'think', 'believe', 'reckon', 'support', 'hate', 'love', 'should', 'shouldn\'t', 'must', 'never', 'sick', 'fed', 'honestly', 'proud', 'imo', 'tbh',
  'disgrace', 'disgraceful', 'shame', 'shameful', 'out', 'destroyed', 'ruined', 'ruining', 'destroying', 'lies', 'lying', 'liars', 'corrupt',
  'creo', 'pienso', 'votad', 'vergüenza', 'verguenza', 'glaube', 'finde', 'wählt', 'wahlt', 'schande', 'pense', 'crois', 'votez', 'honte',
  'against', 'contre', 'contra', 'gegen', 'deserve', 'deserves', 'merecen', 'verdienen', 'méritent', 'meritent', 'betrayed', 'verraten', 'traicionado',
  'trahi', 'desmantelado', 'destroyed', 'wrecked', 'gutted', 'claro', 'point', 'punkt', 'nie', 'jamais', 'nunca', 'quejarse',
]);

function isCap(text: string, t: Token): boolean {
  const c = text.codePointAt(t.start)!;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && t.kind === 'word';
}

function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

function coveredByIdiom(tokens: readonly Token[], hit: Span, idioms: readonly (readonly string[])[]): boolean {
  for (const idiom of idioms) {
    for (let start = hit.from - idiom.length + 1; start <= hit.from; start++) {
      if (start >= 0 && matchesAt(tokens, start, idiom) && start + idiom.length >= hit.to) return true;
    }
  }
  return false;
}

/** Each token's sentence, and each sentence's language (null when its words do not say). */
export interface SentenceMap {
  sentenceOf: Int32Array;
  languageOf: ReadonlyArray<Lang | null>;
}

/**
 * The sentences of a text and their languages, worked out once per check: the language rules read them, and so do the
 * learned model's word stems (model.ts, wordFeatures).
 */
export function sentenceMap(text: string, tokens: readonly Token[]): SentenceMap {
  const sentenceOf = sentences(text, tokens);
  // A word that is another language's function word counts only in its own ("die" is negative in English and the
  // article in German; "son" is a relation in English and "his" in French).
  const languageOf = sentenceLanguages(tokens, sentenceOf, tokens.length === 0 ? 0 : sentenceOf[tokens.length - 1]! + 1);
  return { sentenceOf, languageOf };
}

/** Sentence number of every token; a sentence ends at . ! ? … ; or a line break. */
function sentences(text: string, tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prev = tokens[i - 1]!;
      // (The last letter of "A&E", "R&D", "Q&A" is no initial: "outside a&e. absolute clown" is two sentences.)
      const ampersand = i >= 3 && tokens[i - 2]!.glued && tokens[i - 3]!.norm === '&';
      const abbreviation = prev.norm === '.' && i >= 2 && tokens[i - 2]!.kind === 'word' && prev.glued && ((tokens[i - 2]!.norm.length === 1 && !ampersand) || ABBREVIATIONS.has(tokens[i - 2]!.norm));
      if ((prev.kind === 'punct' && SENTENCE_END.has(prev.norm) && !tokens[i]!.glued && !abbreviation) || text.slice(prev.end, tokens[i]!.start).includes('\n')) s++;
    }
    out[i] = s;
  }
  return out;
}

const DURATION_BEFORE = new Set(['after', 'for', 'since', 'in', 'over', 'nach', 'seit', 'für', 'fur', 'vor', 'hace', 'desde', 'durante', 'tras', 'después', 'despues', 'après', 'apres', 'depuis', 'pendant', 'il', 'dans', 'en', 'within', 'last', 'past', 'next', 'lleva', 'llevo', 'llevas', 'llevamos', 'llevan', 'llevaba'].map(foldText));
const POPULATION_BEFORE = new Set(['under', 'than', 'mas', 'menos', 'mayores', 'menores', 'uber', 'unter', 'ab', 'als', 'plus', 'moins']);
const RANGE_JOIN = new Set(['to', 'a', 'bis', '-', '–']);
const PAIR_JOIN = new Set(['and', 'und', 'y', 'et']);
const BETWEEN = new Set(['between', 'zwischen', 'entre']);
/** Years of a life as people say them in speech: "84 añazos", "90 primaveras", "mit 80 Lenzen", "82 balais", "75 piges". */
const AGE_SLANG = ['anazos', 'primaveras', 'lenze', 'lenzen', 'balais', 'piges'];
const AGE_UNITS = new Set([...AGE_SLANG, 'anitos', 'yo', 'y', 'yrs', 'yr', 'years', 'year', 'ano', 'anos', 'jahre', 'jahrige', 'jahriger', 'jahrigen', 'ans', 'an', 'month', 'months', 'week', 'weeks', 'meses', 'mois', 'monate']);
/** After a number of years, what makes them years of service: "de enfermera", "als Hebamme", "as a nurse", "de métier". */
const SERVICE_AFTER_YEARS = new Set(['de', 'als', 'as', 'of', 'comme', 'como', 'in', 'im', 'en', 'dans', 'bei', 'at']);
const AGE_WORD = new Set(['edad', 'age', 'alter']);
const AGE_ALONE = new Set(['anitos', 'yo', 'anos', 'jahre', 'ans', 'jahrige', 'jahriger', 'jahrigen', ...AGE_SLANG]);
const NUMBER = /^\d{1,3}$/;
const CLASS_CODE = /^((?:[1-9]|1[0-3])[a-h]|y\d{1,2}|yr\d{1,2}|[ps][1-7]|\d(?:e|º|o|eme|ème)[a-h]?)$/;
const ORDINAL = /^\d{1,2}(st|nd|rd|th|er|re|e|o|a|º)$/;
/** Years 7 to 13 and a form letter beyond A to H, capital as schools write it: "10R", "11X", "9Y" (not a screen's "8K"). */
const FORM_CODE = /^(?:[7-9]|1[0-3])[I-JL-Z]$/;
/** A French lycée year by its short name, the group after it: "2nde 4", "1ère B", "Tle 3", "seconde 5". */
/** People counted in a study or a list (written with a capital and a number: "Participant 7", not "participant in 3 studies"). */
const STUDY_PERSON = new Set(['participant', 'subject', 'respondent', 'interviewee', 'teilnehmer', 'teilnehmerin', 'proband', 'probandin', 'participante', 'entrevistado', 'entrevistada', 'sujet', 'enquete', 'enquetee'].map(foldText));
const NUMBER_SIGN = new Set(['#', 'no', 'nr', 'n°', 'nº', 'n.º', 'num']);
const SCHOOL_YEAR = /^(2nde|2de|1ere|1re|tle|terminale|seconde|premiere|\d(eme|e))$/;
/** "TG3", "TSTMG2": a French terminale group in one word. */
const TERMINALE_GROUP = /^(tg|tstmg|tle)\d{1,2}$/;
/** The school levels a Spanish year is told with: "2º ESO", "1º de Bachillerato", "3º de Primaria". */
const SCHOOL_LEVELS = new Set(['eso', 'bachillerato', 'bach', 'primaria', 'fp']);

/** Ages ("82-year-old", "a 14yo", "aged 7", "(72)"), places (bay 3, bed 12, Year 9, 9B) and initials ("Mrs K", "J."). */
const PERSON_NOUNS = new Set([
  'woman', 'man', 'lady', 'gent', 'gentleman', 'guy', 'girl', 'boy', 'kid', 'mum', 'mom', 'dad', 'one', 'nurse', 'teacher', 'lead', 'manager', 'dispatcher',
  'driver', 'officer', 'worker', 'servant', 'señor', 'señora', 'chica', 'chico', 'niña', 'niño', 'mujer', 'hombre', 'frau', 'mann', 'dame', 'femme', 'homme',
  'fille', 'garçon', 'garcon', 'monsieur', 'madame', 'bürger', 'burger', 'bürgerin', 'burgerin', 'citoyen', 'vecino', 'vecina', 'family', 'familia', 'famille',
  // A child, or someone's child: "das Mädchen aus der Igelgruppe", "le fils Benyahia de 4e B", "la hija de los García".
  'child', 'toddler', 'daughter', 'kind', 'mädchen', 'tochter', 'sohn', 'enfant', 'gamin', 'gamine', 'fils', 'hijo', 'hija', 'chaval', 'chavala', 'crío', 'cría',
].map(foldText));

/** An identifying detail; `town` when it is only where someone is from ("the architect from Lyon"), not a bed or a class. */
type Identifier = Span & { kind: 'age' | 'place' | 'class'; town?: boolean; by?: string };

function identifiers(text: string, tokens: readonly Token[], hits: readonly CategoryHit[], marks: Span[]): Identifier[] {
  const out: Identifier[] = [];
  // A post written all in lower case names people in lower case too ("bed 9, mr jarvis thwaite, 91, ex-miner").
  let lower: boolean | null = null;
  const lowerCase = () => (lower ??= !tokens.some((t) => t.kind === 'word' && /^\p{Lu}/u.test(text.slice(t.start, t.end))));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const n = t.norm;
    // "82-year-old", "14yo", "6yo", "aged 7", "(72)"
    if (/^\d{1,3}(yo|yrs?|y\/o)$/.test(n)) out.push({ from: i, to: i + 1, kind: 'age' });
    // "cuatro añitos": the diminutive of years, said of a child's (or a young person's) age; not after a word of duration
    // ("después de cinco añitos en este cole", "llevo dos añitos aquí").
    else if (tokens[i + 1]?.norm === 'anitos' && isNumber(t) && !DURATION_BEFORE.has(tokens[i - 1]?.norm ?? '') && !(tokens[i - 1]?.norm === 'de' && DURATION_BEFORE.has(tokens[i - 2]?.norm ?? ''))) out.push({ from: i, to: i + 2, kind: 'age' });
    // A grade written with a degree sign, as in Latin America: "Valentina de 8°A", "11° B" (the sign is a token of its own).
    else if (/^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 13 && /^[°º]$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.start === t.end && /^[A-Ha-h]$/.test(text.slice(tokens[i + 2]?.start ?? 0, tokens[i + 2]?.end ?? 0)) && tokens[i + 2]!.start - tokens[i + 1]!.end <= 1)
      out.push({ from: i, to: i + 3, kind: 'class' });
    // Someone by their number in a study, a queue or a list, like a bed: "Participant 7", "P7", "Teilnehmerin 4", "paciente n.º 12".
    else if (STUDY_PERSON.has(n) && isCap(text, t) && (NUMBER.test(tokens[i + 1]?.norm ?? '') || (NUMBER_SIGN.has(tokens[i + 1]?.norm ?? '') && NUMBER.test(tokens[i + 2]?.norm ?? ''))))
      out.push({ from: i, to: NUMBER.test(tokens[i + 1]!.norm) ? i + 2 : i + 3, kind: 'place', by: 'by their number' });
    else if (NUMBER.test(n)) {
      // "after 35 years", "nach 8 Jahren", "depuis 3 ans": a duration, not an age.
      const lead = tokens[i - 1]?.norm ?? '';
      if (DURATION_BEFORE.has(lead) || DURATION_BEFORE.has(tokens[i - 2]?.norm ?? '') && lead === 'de') continue;
      // "más de 75 años", "under 16", "über 70 Jahre", "plus de 65 ans", "de 75 a 79 años", "aged 16 to 18": a group of
      // people by age, not a person.
      // ("Un señor de más de 90 años", "a man over 90": a person word just before makes it someone again.)
      const quantifier = POPULATION_BEFORE.has(lead) ? i - 1 : lead === 'de' && POPULATION_BEFORE.has(tokens[i - 2]?.norm ?? '') ? i - 2 : -1;
      const someone = (k: number) => tokens.slice(Math.max(0, k - 3), k).some((t) => PERSON_NOUNS.has(t.norm));
      if (quantifier >= 0 && !someone(quantifier)) continue;
      // A range: "65 to 79", "de 75 a 79", "65-79", and "between 60 and 79" ("8 y 11 años" alone are two children).
      const joins = (w: string, k: number) => RANGE_JOIN.has(w) || (PAIR_JOIN.has(w) && BETWEEN.has(tokens[k]?.norm ?? ''));
      if ((NUMBER.test(tokens[i + 2]?.norm ?? '') && joins(tokens[i + 1]?.norm ?? '', i - 1)) || (NUMBER.test(tokens[i - 2]?.norm ?? '') && joins(lead, i - 3))) continue;
      const next = tokens[i + 1];
      const after = next?.norm === '-' ? tokens[i + 2] : next;
      // ("38 años de enfermera", "34 Jahre als Hebamme", "20 ans de métier": years of service, not an age; "8 años de edad" is one.)
      const unitAt = next?.norm === '-' ? i + 2 : i + 1;
      // (Not "la jeune de 19 ans de Fives": where someone is from. German capitalises its nouns: "Jahre als Hebamme".)
      const served =
        SERVICE_AFTER_YEARS.has(tokens[unitAt + 1]?.norm ?? '') &&
        tokens[unitAt + 2] !== undefined &&
        !AGE_WORD.has(tokens[unitAt + 2]!.norm) &&
        (tokens[unitAt + 1]!.norm === 'als' || !isCap(text, tokens[unitAt + 2]!));
      if (after && AGE_UNITS.has(after.norm) && !served && (tokens[i + 3]?.norm === 'old' || AGE_ALONE.has(after.norm) || tokens[i + 4]?.norm === 'old')) {
        out.push({ from: i, to: Math.min(tokens.length, i + 4), kind: 'age' });
      } else if (tokens[i - 1]?.norm === 'aged' || tokens[i - 1]?.norm === 'age') out.push({ from: i - 1, to: i + 1, kind: 'age' });
      else if (tokens[i - 1]?.norm === '(' && tokens[i + 1]?.norm === ')' && Number(n) < 110) out.push({ from: i - 1, to: i + 2, kind: 'age' });
      else if (tokens[i - 1]?.norm === ',' && tokens[i + 1]?.norm === ',' && Number(n) < 110 && tokens[i - 2] && (isCap(text, tokens[i - 2]!) || (Number(n) >= 16 && lowerCase() && tokens[i - 2]!.kind === 'word' && !isFunctionWord(tokens[i - 2]!.norm))))
        out.push({ from: i - 2, to: i + 2, kind: 'age' });
      // German "34 J." (Jahre), as charts and night notes write it: "Bett 7. 34 J., Mopedunfall".
      else if (after?.norm === 'j' && tokens[i + 2]?.norm === '.' && tokens[i + 2]!.glued && Number(n) < 110) out.push({ from: i, to: i + 3, kind: 'age' });
    } else if (CLASS_CODE.test(n.replace(/'s?$/, '')) && /\d/.test(n) && !ORDINAL.test(n)) out.push({ from: i, to: i + 1, kind: 'class' });
    // A British secondary form by its year and a capital letter of any kind ("10R", "11X", "9Y"), as written; not "8K".
    else if (FORM_CODE.test(text.slice(t.start, t.end))) out.push({ from: i, to: i + 1, kind: 'class' });
    else if (TERMINALE_GROUP.test(n)) out.push({ from: i, to: i + 1, kind: 'class' });
    // A year of school and its group: "4e B", "2nde 4", "1ère 3", "Tle 2", "4º B", "2º ESO", "2º de Bachillerato".
    else if (SCHOOL_YEAR.test(n) || (ORDINAL.test(n) && /^\d{1,2}/.test(n) && Number(n.match(/^\d+/)![0]) <= 13)) {
      const next = tokens[i + 1];
      const group = next && next.kind === 'word' && next.start - t.end <= 2 ? text.slice(next.start, next.end) : '';
      const level = next?.norm === 'de' ? tokens[i + 2]?.norm ?? '' : next?.norm ?? '';
      if (/^([A-H]|\d{1,2}|[A-H]\d)$/.test(group) || SCHOOL_LEVELS.has(level)) out.push({ from: i, to: i + (SCHOOL_LEVELS.has(level) && next?.norm === 'de' ? 3 : 2), kind: 'class' });
    }
    // A group of a Kita or a primary named after an animal or a colour: "aus der Igelgruppe", "in der Bärengruppe".
    else if (n.length >= 9 && n.endsWith('gruppe') && isCap(text, t) && ['der', 'die'].includes(tokens[i - 1]?.norm ?? '')) out.push({ from: i, to: i + 1, kind: 'class' });
  }
  // "the woman from Porz", "the ops lead at Hartmann Spedition", "the one from Leeds": a person by where they are.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!['from', 'at', 'in', 'de', 'aus', 'von', 'bei'].includes(w)) continue;
    const place = tokens[i + 1]!;
    if (place.kind !== 'word' || !isCap(text, place) || place.norm.length < 3) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm);
    if (before.some((b) => PERSON_NOUNS.has(b))) out.push({ from: Math.max(0, i - 3), to: i + 2, kind: 'place', town: true });
  }
  // A street: "on Lister Street", "Kirkstall Road", "calle Feria", "rue des Lilas", "in der Limmerstraße". Where
  // someone lives or was found identifies them more closely than a town.
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (tokens[i]!.kind !== 'word') continue;
    const capBefore = i > 0 && tokens[i - 1]!.kind === 'word' && isCap(text, tokens[i - 1]!);
    const capAfter = tokens[i + 1]?.kind === 'word' && (isCap(text, tokens[i + 1]!) || (['de', 'del', 'des', 'du', 'de la'].includes(tokens[i + 1]!.norm) && !!tokens[i + 2] && isCap(text, tokens[i + 2]!)));
    if (STREET_AFTER.has(n) && capBefore) out.push({ from: i - 1, to: i + 1, kind: 'place' });
    else if (STREET_BEFORE.has(n) && capAfter) out.push({ from: i, to: Math.min(tokens.length, i + 3), kind: 'place' });
    else if (n.length > 8 && /(strasse|straße|gasse|weg|allee)$/.test(n) && isCap(text, tokens[i]!) && ['der', 'die', 'in', 'am', 'an'].includes(tokens[i - 1]?.norm ?? '')) out.push({ from: i, to: i + 1, kind: 'place' });
  }
  // "4/20", "10/10": a mark. Not a thread's count beside the thread emoji or word: "A thread for Year 12s 🧵 1/8".
  const thread = tokens.some((t) => THREAD.has(t.norm));
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!(NUMBER.test(tokens[i]!.norm) && tokens[i + 1]!.norm === '/' && tokens[i + 1]!.glued && NUMBER.test(tokens[i + 2]!.norm) && tokens[i + 2]!.glued)) continue;
    const threadMark = thread && [i - 2, i - 1, i + 3, i + 4].some((k) => tokens[k]?.norm === '🧵');
    const counted = Number(tokens[i]!.norm) <= Number(tokens[i + 2]!.norm) && Number(tokens[i + 2]!.norm) <= 30;
    if (threadMark && counted) continue;
    marks.push({ from: i, to: i + 3 });
  }
  // Place words followed by a number or a short code: "bay 3", "bed 12B", "Year 9", "Zimmer 5", "chambre 12".
  for (const h of hits) {
    if (h.category !== 'placeIdentifier') continue;
    const next = tokens[h.to];
    if (!next || next.kind !== 'word') continue;
    if (/^\d{1,4}[a-z]?$/.test(next.norm) || (next.norm.length <= 2 && /^[a-z]$/.test(next.norm) && isCap(text, next))) {
      const word = tokens[h.from]!.norm;
      out.push({ from: h.from, to: h.to + 1, kind: ['year', 'yr', 'y', 'class', 'set', 'form', 'grade', 'period', 'clase', 'curso', 'klasse', 'classe', 'grupo', 'groupe'].includes(word) ? 'class' : 'place' });
    }
  }
  return out;
}

function personRefs(input: UnderstandInput, hits: readonly CategoryHit[], sentenceOf: Int32Array, languageOf: ReadonlyArray<string | null>): PersonRef[] {
  const { text, tokens, prepared } = input;
  const refs: PersonRef[] = [];
  const titleAt = new Map<number, CategoryHit>();
  for (const h of hits) if (h.category === 'title' && h.to === h.from + 1) titleAt.set(h.from, h);
  const workTitle = new Set(hits.filter((h) => h.category === 'workTitle').map((h) => h.from));
  const publicTitle = new Set(hits.filter((h) => h.category === 'publicRole' || h.category === 'politics').map((h) => h.from));
  // A post written all in lower case, as voice notes and quick posts are ("kleiner hinweis für oberarzt dr kessenich"):
  // a title's name has no capital either, so a word after the title that compromise's tagger reads as a person's name
  // is taken for one ("dr kessenich", not "dr appointment").
  let lowerPostMemo: boolean | null = null;
  const lowerPost = () => (lowerPostMemo ??= !tokens.some((t, x) => t.kind === 'word' && (x === 0 || sentenceOf[x - 1] !== sentenceOf[x]) && isCap(text, t)));
  let hitTokens: Set<number> | null = null;
  const lowerName = (title: number, k: number) => {
    const t = tokens[k]!;
    if (!lowerPost() || t.norm.length < 3 || !/^\p{L}+$/u.test(t.norm) || isFunctionWord(t.norm)) return false;
    if ((hitTokens ??= tokensCovered(hits)).has(k)) return false;
    const terms = nlp(text.slice(tokens[title]!.start, t.end)).terms().json() as { terms: { tags: string[] }[] }[];
    return terms[terms.length - 1]?.terms[0]?.tags.includes('Person') ?? false;
  };
  for (const [i] of titleAt) {
    let j = i + 1;
    if (tokens[j]?.norm === '.' && tokens[j]!.glued) j++;
    const name = tokens[j];
    if (!name || name.kind !== 'word' || !(isCap(text, name) || lowerName(i, j)) || NOT_NAMES.has(name.norm) || sentenceOf[j] !== sentenceOf[i]) continue;
    let to = j + 1;
    if (tokens[to]?.norm === '.' && tokens[to]!.glued && name.norm.length === 1) to++;
    else if (tokens[to] && tokens[to]!.kind === 'word' && (isCap(text, tokens[to]!) || (!isCap(text, name) && lowerName(i, to))) && !NOT_NAMES.has(tokens[to]!.norm) && sentenceOf[to] === sentenceOf[i]) to++;
    const civil = CIVIL_TITLES.has(tokens[i]!.norm);
    refs.push({ from: i, to, kind: name.norm.length === 1 ? 'initial' : civil ? 'titled' : 'official', work: workTitle.has(i), public: publicTitle.has(i) || !civil });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (t.norm === '@' && n.glued && n.kind === 'word') refs.push({ from: i, to: i + 2, kind: 'handle', work: false, public: false });
  }
  // A first name and the initial of a surname, as teachers and nurses write them to half hide someone: "Kylian B.",
  // "Théo M.", "Jack T.", when compromise knows the first name (not "Plan B.", "Vitamin D.", "Hepatitis B.").
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const dot = tokens[i + 2]!;
    if (a.kind !== 'word' || a.norm.length < 3 || !isCap(text, a) || titleAt.has(i) || NOT_NAMES.has(a.norm)) continue;
    if (b.kind !== 'word' || !/^\p{Lu}$/u.test(text.slice(b.start, b.end)) || dot.norm !== '.' || !dot.glued) continue;
    if (text.slice(a.start, a.end) === text.slice(a.start, a.end).toUpperCase() || !isFirstName(text.slice(a.start, a.end))) continue;
    refs.push({ from: i, to: i + 3, kind: 'initial', work: false, public: false });
  }
  // "Jamie Smith" mid-sentence: two capitalised words that are not a title, a month or a sentence start.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (sentenceOf[i - 1] !== sentenceOf[i] || sentenceOf[i + 1] !== sentenceOf[i]) continue;
    // (Nor a word and the title of the name after it: "Kollegin Frau Hengstenberg" is Frau Hengstenberg.)
    if (!isCap(text, a) || !isCap(text, b) || titleAt.has(i) || titleAt.has(i - 1) || titleAt.has(i + 1) || NOT_NAMES.has(a.norm) || NOT_NAMES.has(b.norm)) continue;
    if (a.norm.length < 2 || b.norm.length < 2 || text.slice(a.start, a.end) === text.slice(a.start, a.end).toUpperCase()) continue;
    // A street or a square is nobody: "la Plaza Nueva", "Avenida Constitución", "Kirkstall Road".
    if (STREET_BEFORE.has(a.norm) || STREET_AFTER.has(b.norm)) continue;
    // German capitalises every noun, and puts an article before a landmark, a building or a thing ("am Trierer Bahnhof",
    // "die Porta Nigra", "der Neue Markt"); before a person's name only in speech, and then before a first name ("die
    // Anna Berger"), which compromise's lexicon knows, or after a word of kin ("das Ehepaar Brandl", "die Familie Öztürk").
    if (languageOf[sentenceOf[i]!] === 'de' && GERMAN_ARTICLES.has(tokens[i - 1]!.norm) && !GERMAN_KIN.has(a.norm) && !PERSON_NOUNS.has(a.norm) && !isFirstName(text.slice(a.start, a.end))) continue;
    // Nor an adjective before its noun, capitalised after a quote or a colon ("“Beste Frage der Woche", ": Neue Regeln ab
    // Montag"): an inflected ending that no first name compromise knows has.
    if (languageOf[sentenceOf[i]!] === 'de' && GERMAN_ADJECTIVE_END.test(a.norm) && !GERMAN_KIN.has(a.norm) && !PERSON_NOUNS.has(a.norm) && !isFirstName(text.slice(a.start, a.end))) continue;
    // A longer run of capitals that ends in a place or an event ("Mouth Cancer Action Month") is its name, not a person's.
    let end = i + 2;
    while (end < tokens.length && sentenceOf[end] === sentenceOf[i] && tokens[end]!.kind === 'word' && isCap(text, tokens[end]!)) end++;
    if (!namePair(a, b) || (end > i + 2 && NOT_NAME_TAIL.has(tokens[end - 1]!.norm))) {
      i = end - 1;
      continue;
    }
    refs.push({ from: i, to: i + 2, kind: 'named', work: false, public: false });
    i++;
  }
  for (const h of hits) {
    if (h.category !== 'publicRole' && h.category !== 'workRole') continue;
    const before = tokens[h.from - 1]?.norm ?? '';
    const before2 = tokens[h.from - 2]?.norm ?? '';
    // "the minister", "my manager", "our new ops manager", "le nouveau chef de salle"; a public role may stand alone
    // ("Transport minister says ...").
    const before3 = tokens[h.from - 3]?.norm ?? '';
    const modified = MODIFIERS.has(before) && (DETERMINERS.has(before2) || (MODIFIERS.has(before2) && DETERMINERS.has(before3)));
    // "l'associé", "l'avocat adverse": the article is elided onto the word itself.
    const elidedArticle = /^l'/.test(tokens[h.from]!.norm);
    if (h.category === 'workRole' && !DETERMINERS.has(before) && !DETERMINERS.has(before2) && !modified && !elidedArticle) continue;
    // French "en MP", "par MP" is a private message, not a Member of Parliament.
    if (tokens[h.from]!.norm === 'mp' && h.to === h.from + 1 && (before === 'en' || before === 'par')) continue;
    // "A columnist wrote", "un columnista", "une chroniqueuse": someone not picked out, whose words are answered, not a
    // person anyone could recognise. (Not with their name after it; "a certain minister", which winks at one, has
    // no article just before the role.)
    const indefinite = INDEFINITE_ARTICLES.has(before) || (MODIFIERS.has(before) && INDEFINITE_ARTICLES.has(before2));
    if (indefinite && !(tokens[h.to] && isCap(text, tokens[h.to]!))) continue;
    refs.push({ from: h.from, to: h.to, kind: 'role', work: h.category === 'workRole', public: h.category === 'publicRole' });
  }
  // Tokens already in a reference, marked once (a long post has many, and each token would otherwise look through them all).
  const inRef = new Uint8Array(tokens.length);
  for (const r of refs) inRef.fill(1, r.from, r.to);
  // German compounds: "Verkehrsminister", "Oberbürgermeisterin", "Finanzdezernent"; at work "Bezirksamtsleiter", "Chefredakteurin".
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (inRef[i] === 1) continue;
    const publicRole = n.length > 9 && ROLE_SUFFIX.test(n);
    const workRole = !publicRole && n.length > 8 && WORK_ROLE_SUFFIX.test(n) && (DETERMINERS.has(tokens[i - 1]?.norm ?? '') || DETERMINERS.has(tokens[i - 2]?.norm ?? ''));
    if (!publicRole && !workRole) continue;
    refs.push({ from: i, to: i + 1, kind: 'role', work: workRole, public: publicRole });
    inRef[i] = 1;
  }
  // "le patron", "mon chef", "unser Chef", "el patrón": the boss, where the determiner says the language (in English a
  // chef cooks and a patron is a customer, which is why the vocabulary leaves them out).
  for (let i = 1; i < tokens.length; i++) {
    if (!BOSS_WORDS.has(tokens[i]!.norm) || inRef[i] === 1) continue;
    const det = tokens[i - 1]!.norm;
    const det2 = tokens[i - 2]?.norm ?? '';
    if (BOSS_DETERMINERS.has(det) || (MODIFIERS.has(det) && BOSS_DETERMINERS.has(det2))) refs.push({ from: i, to: i + 1, kind: 'role', work: true, public: false });
  }
  bindNamesToRoles(text, tokens, sentenceOf, refs, titleAt, languageOf);
  // The workplace by its full name, and by a short name only written as a name ("Kranichsbrook", "l'ADEP",
  // "#HawksworthBeck"), not as the common word or the town it shares ("en général", "l'avenir").
  // (In a post written all in lower case a short name of two words or more counts without its capital: "aire valley
  // general have scrapped free parking".)
  const asName = (from: number, to: number) =>
    tokens[from - 1]?.norm === '#' ||
    /^\p{Lu}/u.test(text.slice(tokens[from]!.start, tokens[from]!.end).replace(/^[ld]['’]/i, '')) ||
    (to - from >= 2 && lowerPost());
  // (Nor a short name that runs on into another name: "Henbury" of "Henbury Road Dental Practice" in "the Henbury
  // Gazette" is the town's paper, a capitalised word after it that the workplace's name does not have.)
  const runsOn = (m: { to: number; refs: readonly string[] }) => {
    const next = tokens[m.to];
    if (!next || next.kind !== 'word' || sentenceOf[m.to] !== sentenceOf[m.to - 1] || !/^\p{Lu}/u.test(text.slice(next.start, next.end))) return false;
    return !m.refs.some((full) => prepared.employerWords.get(full)?.has(next.norm));
  };
  for (const [trie, short] of [[prepared.employers, false], [prepared.employerShort, true]] as const) {
    for (const m of trie.matchAll(tokens, input.keys, { elided: true })) if (!short || (asName(m.from, m.to) && !runsOn(m))) refs.push({ from: m.from, to: m.to, kind: 'employer', work: true, public: false });
  }
  // "Kelvinside Primary" is a school, not a person.
  const orgSpans = organisations(text, tokens, sentenceOf);
  for (let k = refs.length - 1; k >= 0; k--) {
    const r = refs[k]!;
    if (r.kind === 'named' && orgSpans.some((o) => o.from <= r.from && o.to >= r.to)) refs.splice(k, 1);
  }
  // A first name at an organisation is a person of it: "Declan at Brightfield Dental Supplies", "Marta de Clínica Sorolla",
  // "Jens bei Nordlicht Software". (The tagger seldom reads a first name alone as a person.)
  for (const o of orgSpans) {
    const at = o.from - 1;
    const who = tokens[at - 1];
    if (!AT_ORGANISATION.has(tokens[at]?.norm ?? '') || !who || who.kind !== 'word' || !isCap(text, who) || NOT_NAMES.has(who.norm) || who.norm.length < 3) continue;
    if (sentenceOf[at - 1] !== sentenceOf[o.from] || refs.some((r) => r.from <= at - 1 && r.to > at - 1) || orgSpans.some((x) => x.from <= at - 1 && x.to > at - 1)) continue;
    // (Not the first word of a sentence, capitalised whatever it is: "Lunch at Café Noir".)
    if (at - 1 === 0 || sentenceOf[at - 2] !== sentenceOf[at - 1]) continue;
    refs.push({ from: at - 1, to: at, kind: 'named', work: false, public: false });
  }
  // "Home Secretary", "Minister Hale": a name with a public role or an official title in it is an official.
  const officialToken = new Uint8Array(tokens.length);
  for (const h of hits) {
    if (h.category === 'publicRole' || h.category === 'politics' || (h.category === 'title' && !CIVIL_TITLES.has(tokens[h.from]!.norm))) officialToken.fill(1, h.from, h.to);
  }
  return refs.map((r) => (r.kind === 'named' && officialToken.subarray(r.from, r.to).some((x) => x === 1) ? { ...r, kind: 'official' as const, public: true } : r));
}

/** What joins a person to their organisation: "at", "from", "de", "bei", "von", "chez". */
const AT_ORGANISATION = new Set(['at', 'from', 'de', 'del', 'bei', 'von', 'vom', 'chez']);
/** German articles and the prepositions that carry one ("am", "im", "zum"), before a capitalised pair. */
/**
 * Endings only a German adjective has before its noun: the superlative ("Beste", "Schönsten"; not "-rsten", as in Torsten), and "-ive", "-ische",
 * "-liche", "-ige", "-bare" inflected ("Negative", "Politischen", "Herrliche", "Richtigen", "Wunderbare"). Not every
 * "-e"/"-en"/"-er": first names end so too (Heike, Jürgen, Dieter) and compromise knows few German ones.
 */
const GERMAN_ADJECTIVE_END = /(?:[^aeiour]st|est|iv|isch|lich|ig|bar)(?:e|en|er|es|em)$/;
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'ins', 'ans', 'zum', 'zur', 'vom', 'beim', 'ein', 'eine', 'einem', 'einen', 'einer']);
/** German words of kin that a surname follows: "das Ehepaar Brandl", "die Familie Öztürk", "die Witwe Kaminski". */
const GERMAN_KIN = new Set(['familie', 'ehepaar', 'eheleute', 'geschwister', 'witwe', 'witwer', 'oma', 'opa', 'tante', 'onkel', 'mutter', 'vater', 'eltern'].map(foldText));
/** Street words after a name ("Lister Street") and before one ("calle Feria", "rue des Lilas"). */
const STREET_AFTER = new Set(['street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'crescent', 'drive', 'terrace', 'straße', 'strasse'].map(foldText));
const STREET_BEFORE = new Set(['calle', 'avenida', 'plaza', 'rue', 'avenue', 'boulevard', 'impasse', 'allée'].map(foldText));

/** Emoji that applaud or celebrate, and emoji that roll their eyes at what they follow. */
const PRAISE_EMOJI = new Set(['👏', '🎉', '🙌', '🥳', '🏆', '💐']);
const SARCASM_EMOJI = new Set(['🙄', '🤡', '🙃', '😒', '🤦', '🥴']);

/**
 * Capitalised pairs that are not a person: a place, an event or a team by its last word ("Ladypool Road", "Mouth
 * Cancer Action Month", "Diabetes UK"), a title that starts with an article or a preposition ("El Clásico", "Im
 * Trennungsjahr"), and German nouns, capitalised in any sentence, by their suffixes ("Falsche Polizeibeamte").
 */
const NOT_NAME_TAIL = new Set([
  'road', 'street', 'st', 'lane', 'avenue', 'ave', 'hill', 'park', 'square', 'way', 'bridge', 'station', 'centre', 'center', 'hall', 'house', 'library',
  'month', 'week', 'day', 'awareness', 'uk', 'fc', 'united', 'city', 'cup', 'league', 'festival', 'fest', 'market', 'gardens', 'estate', 'close',
  'calle', 'plaza', 'avenida', 'paseo', 'mes', 'semana', 'día', 'strasse', 'straße', 'platz', 'weg', 'allee', 'monat', 'woche', 'tag', 'rue', 'place',
  'boulevard', 'mois', 'semaine', 'journée', 'jour',
].map(foldText));
const NOT_NAME_HEAD = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'al', 'del', 'du', 'des', 'au', 'aux', 'the', 'of', 'mr', 'mrs', 'día', 'semana', 'mes', 'jornada', 'journée', 'semaine', 'mois'].map(foldText));
const GERMAN_NOUN_SUFFIX = /(ung|heit|keit|schaft|tät|tat|ion|ismus|nis|tum|beamte|beamter|beamtin|jahr|steuer|lich|ige|igen|ische|ischen)$/;
/** (Only on words of seven letters or more: "Marion", "Dennis", "Paige" and "Young" are names.) */
const germanNoun = (t: Token) => t.norm.length > 6 && GERMAN_NOUN_SUFFIX.test(t.norm);
function namePair(a: Token, b: Token): boolean {
  if (NOT_NAME_HEAD.has(a.norm) || NOT_NAME_TAIL.has(b.norm)) return false;
  return !germanNoun(a) && !germanNoun(b);
}

/** Words for the boss in French, German and Spanish, after a determiner of that language. */
const BOSS_WORDS = new Set(['patron', 'patronne', 'chef', 'cheffe', 'chefin', 'patrón', 'patrona', 'jefe', 'jefa'].map(foldText));
const BOSS_DETERMINERS = new Set(['le', 'la', 'mon', 'ma', 'notre', 'ton', 'son', 'leur', 'ce', 'cette', 'du', 'au', 'der', 'die', 'dem', 'den', 'des', 'mein', 'meine', 'meinem', 'meinen', 'unser', 'unsere', 'unserem', 'unseren', 'el', 'mi', 'nuestro', 'nuestra', 'su', 'tu']);
/** Words that open a sentence in capitals and are not a first name ("Good Morning", "Big News"). */
const NOT_FIRST_NAMES = new Set([
  'good', 'great', 'big', 'new', 'old', 'last', 'next', 'this', 'that', 'these', 'those', 'breaking', 'huge', 'welcome', 'hello', 'hi', 'hey', 'dear',
  'our', 'my', 'your', 'their', 'his', 'her', 'its', 'we', 'you', 'they', 'he', 'she', 'it', 'a', 'an', 'if', 'when', 'why', 'what', 'who', 'how',
  'ask', 'join', 'meet', 'visit', 'book', 'call', 'follow', 'read', 'watch', 'save', 'free', 'live', 'top', 'best', 'first', 'final', 'quick', 'today',
  'bonjour', 'bonne', 'bon', 'hola', 'buenos', 'buenas', 'feliz', 'hallo', 'guten', 'frohe', 'liebe', 'lieber', 'chers', 'cher', 'chère', 'queridos',
].map(foldText));
/** Words that put a person at the writer's work: "Gavin from work", "Karine du boulot", "Pepe del curro", "Jens von der Arbeit". */
const FROM_WORK = [['from', 'work'], ['from', 'the', 'office'], ['at', 'work'], ['du', 'boulot'], ['du', 'bureau'], ['du', 'taf'], ['del', 'trabajo'], ['del', 'curro'], ['de', 'la', 'oficina'], ['von', 'der', 'arbeit'], ['aus', 'dem', 'buro'], ['aus', 'der', 'arbeit'], ['from', 'head', 'office'], ['from', 'area', 'office'], ['from', 'hr'], ['from', 'management'], ['de', 'recursos', 'humanos'], ['de', 'la', 'direction'], ['von', 'der', 'geschaftsfuhrung']].map((p) => p.map(foldText));
/**
 * The work's suppliers and other desks: "Joris du labo", "Sam from the lab", "Petra vom Labor", "Kev from payroll". Their
 * words also follow what is no one ("Results from the lab"), so a sentence's first word is a name here only when it is
 * spoken to (a comma after the desk) or the tagger knows it for a person.
 */
const FROM_DESK = [
  ['du', 'labo'], ['from', 'the', 'lab'], ['vom', 'labor'], ['del', 'laboratorio'], ['del', 'labo'], ['from', 'payroll'], ['from', 'accounts'], ['from', 'reception'], ['from', 'procurement'], ['de', 'la', 'compta'], ['von', 'der', 'buchhaltung'], ['de', 'contabilidad']].map((p) => p.map(foldText));

/**
 * A name bound to a role of the work makes a person of the work, whether or
 * not the tagger knows the name: "Marc Delvaux, le patron", "Delattre, mon
 * chef", "Sander, our new CTO", "our CEO Joost", "El gerente nuevo, Íñigo",
 * "Gavin from work". Refs already there are marked; a name found only this way
 * is added. A sentence-initial "First Last" followed by a comma or a small
 * word is a name too ("Íñigo Urquijo tiene ...", "Marc Delvaux, le patron").
 */
function bindNamesToRoles(text: string, tokens: readonly Token[], sentenceOf: Int32Array, refs: PersonRef[], titleAt: ReadonlyMap<number, unknown>, languageOf: ReadonlyArray<string | null>): void {
  const nameAt = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || t.norm.length < 2 || !isCap(text, t) || titleAt.has(i)) return false;
    if (NOT_NAMES.has(t.norm) || NOT_FIRST_NAMES.has(t.norm) || DETERMINERS.has(t.norm) || BOSS_DETERMINERS.has(t.norm)) return false;
    return text.slice(t.start, t.end) !== text.slice(t.start, t.end).toUpperCase();
  };
  // A name of one or two capitalised words ending at `last` (going left) or starting at `first` (going right).
  const nameLeft = (last: number): Span | null => (nameAt(last) ? { from: nameAt(last - 1) && sentenceOf[last - 1] === sentenceOf[last] ? last - 1 : last, to: last + 1 } : null);
  const nameRight = (first: number): Span | null => (nameAt(first) ? { from: first, to: nameAt(first + 1) && sentenceOf[first + 1] === sentenceOf[first] ? first + 2 : first + 1 } : null);
  // The person refs already on a name get what the role says of them; a name no one found becomes a ref.
  const bind = (span: Span, as: 'work' | 'public') => {
    const had = refs.filter((r) => r.from < span.to && r.to > span.from && r.kind !== 'role' && r.kind !== 'employer');
    if (had.length > 0) for (const r of had) r[as] = true;
    else refs.push({ from: span.from, to: span.to, kind: as === 'work' ? 'named' : 'official', work: as === 'work', public: as === 'public' });
  };
  const mark = (span: Span) => bind(span, 'work');
  // "podcast host Ryan Fletcher", "la chroniqueuse Sandra Morel", "Radio host Dai Prosser": a public figure.
  for (const r of refs.filter((x) => x.kind === 'role' && x.public)) {
    const right = nameRight(r.to);
    if (right && sentenceOf[right.from] === sentenceOf[r.from]) bind(right, 'public');
  }
  const roles = refs.filter((r) => r.kind === 'role' && r.work);
  for (const r of roles) {
    const s = sentenceOf[r.from]!;
    // Left: NAME , [det] [modifier] ROLE
    let k = r.from - 1;
    while (k >= 0 && sentenceOf[k] === s && (MODIFIERS.has(tokens[k]!.norm) || DETERMINERS.has(tokens[k]!.norm) || BOSS_DETERMINERS.has(tokens[k]!.norm))) k--;
    if (k < r.from - 1 && tokens[k]?.norm === ',' && sentenceOf[k] === s) {
      const left = nameLeft(k - 1);
      if (left && sentenceOf[left.from] === s) mark(left);
    }
    // Right: [det] [modifier] ROLE [modifier] [,] [title] NAME ("our CEO Joost", "el gerente nuevo, Íñigo", "unsere Leitung Frau Brandt")
    k = r.to;
    while (k < tokens.length && MODIFIERS.has(tokens[k]!.norm)) k++;
    if (tokens[k]?.norm === ',') k++;
    const titled = refs.find((x) => x.from === k && (x.kind === 'titled' || x.kind === 'official'));
    if (titled) titled.work = true;
    else if (sentenceOf[k] === s && (r.from === 0 || DETERMINERS.has(tokens[r.from - 1]!.norm) || BOSS_DETERMINERS.has(tokens[r.from - 1]!.norm) || MODIFIERS.has(tokens[r.from - 1]!.norm))) {
      const right = nameRight(k);
      if (right) mark(right);
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    for (const p of FROM_WORK) {
      if (p.every((w, j) => tokens[i + j]?.norm === w)) {
        const left = nameLeft(i - 1);
        if (left && sentenceOf[left.from] === sentenceOf[i]) mark(left);
      }
    }
    for (const p of FROM_DESK) {
      if (!p.every((w, j) => tokens[i + j]?.norm === w)) continue;
      const left = nameLeft(i - 1);
      if (!left || sentenceOf[left.from] !== sentenceOf[i]) continue;
      const first = left.from === 0 || sentenceOf[left.from - 1] !== sentenceOf[left.from];
      const spokenTo = tokens[i + p.length]?.norm === ',';
      if (!first || spokenTo || isFirstName(text.slice(tokens[left.from]!.start, tokens[left.from]!.end))) mark(left);
    }
  }
  // "Hargreaves genuinely believes ...", "Kuhlmann glaubt ...", "Santoni cree que ...": one capitalised word that thinks or
  // believes is someone (a surname or a first name alone), wherever it stands.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!nameAt(i) || refs.some((r) => r.from <= i && r.to > i) || (i > 0 && tokens[i - 1]!.kind === 'word' && isCap(text, tokens[i - 1]!))) continue;
    const next = tokens[i + 1]!.norm;
    const verb = EARNEST.has(next) ? tokens[i + 2]?.norm ?? '' : next;
    if (BELIEF.has(verb) && sentenceOf[i + 1] === sentenceOf[i]) refs.push({ from: i, to: i + 1, kind: 'named', work: false, public: false });
  }
  // "Íñigo Urquijo tiene ...", "Marc Delvaux, le patron, ...": two capitalised words opening a sentence, then a comma or
  // a word in lower case. (Mid-sentence pairs are found by personRefs; a lone capitalised word opening a sentence is not.)
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (i > 0 && sentenceOf[i - 1] === sentenceOf[i]) continue;
    if (!nameAt(i) || !nameAt(i + 1) || sentenceOf[i + 1] !== sentenceOf[i] || !namePair(tokens[i]!, tokens[i + 1]!)) continue;
    // (A German adjective and its noun open sentences too: "Negative Zahlen killen …", "Neue Regeln gelten ab Montag".)
    if (languageOf[sentenceOf[i]!] === 'de' && GERMAN_ADJECTIVE_END.test(tokens[i]!.norm) && !isFirstName(text.slice(tokens[i]!.start, tokens[i]!.end))) continue;
    const next = tokens[i + 2]!;
    if (!(next.norm === ',' || (next.kind === 'word' && !isCap(text, next)))) continue;
    if (refs.some((r) => r.from < i + 2 && r.to > i)) continue;
    refs.push({ from: i, to: i + 2, kind: 'named', work: false, public: false });
  }
}

/** Tokens the name tagger reads at once, and how many of them two neighbouring pieces share. */
const TAGGED_PIECE = 80;
const TAGGED_OVERLAP = 8;

/** People found by the language tools, as token spans (sentences that need them only). */
function toolPeople(input: UnderstandInput, sentenceOf: Int32Array, wanted: ReadonlySet<number>): PersonRef[] {
  const { tokens, text } = input;
  if (wanted.size === 0) return [];
  const out: PersonRef[] = [];
  // Run the tagger on each wanted sentence, not the whole text: most of a long post needs no names.
  const bounds = new Map<number, { start: number; end: number; first: number; last: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const s = sentenceOf[i]!;
    if (!wanted.has(s)) continue;
    const b = bounds.get(s);
    if (b) {
      b.end = tokens[i]!.end;
      b.last = i;
    } else bounds.set(s, { start: tokens[i]!.start, end: tokens[i]!.end, first: i, last: i });
  }
  const seen = new Set<string>();
  for (const [s, b] of bounds) {
    // The tagger is English: on other languages it takes capitalised verbs for names ("Vuelvo").
    if (!english(tokens, sentenceOf, s)) continue;
    // The tagger's time grows faster than its input: a sentence of hundreds of words with no full stop (a pasted
    // transcript, a long list) is read in overlapping pieces, so that a name across a cut is whole in one of them.
    for (let first = b.first; first <= b.last; first += TAGGED_PIECE - TAGGED_OVERLAP) {
      const last = Math.min(b.last, first + TAGGED_PIECE - 1);
      const start0 = tokens[first]!.start;
      for (const p of input.tools.people(text.slice(start0, tokens[last]!.end))) {
        const start = start0 + p.start;
        const end = start0 + p.end;
        let from = -1;
        let to = -1;
        for (let i = first; i <= last; i++) {
          const t = tokens[i]!;
          if (t.end > start && t.start < end) {
            if (from < 0) from = i;
            to = i + 1;
          }
        }
        if (from < 0 || seen.has(`${from}:${to}`)) continue;
        seen.add(`${from}:${to}`);
        out.push({ from, to, kind: 'named', work: false, public: false });
      }
      if (last === b.last) break;
    }
  }
  // A piece cut inside a name may have found part of it ("John" of "John Smith"): the whole name stands for it. Sorted by
  // start, longest first, a span lies inside an earlier one exactly when an earlier one reaches as far (spans are distinct).
  const byStart = [...out].sort((a, b) => a.from - b.from || b.to - a.to);
  const inside = new Set<PersonRef>();
  let reach = -1;
  for (const r of byStart) {
    if (r.to <= reach) inside.add(r);
    reach = Math.max(reach, r.to);
  }
  return inside.size === 0 ? out : out.filter((r) => !inside.has(r));
}

/**
 * "Our" and "us": what the team or the family has, or what is told to it ("our patients with diabetes", "a
 * paediatrician tells us about bronchiolitis"), is not one's own body. ("We" as the subject includes the writer: "we're
 * all down with flu".)
 */
const OUR = new Set(['our', 'us', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'uns', 'notre']);

/** Whether words of the writer's stand next to a span ("my X", "X of mine"); `except` leaves some of them out, `foreign` marks first-person words of another language. */
function owned(tokens: readonly Token[], span: Span, except?: ReadonlySet<string>, foreign?: Uint8Array): boolean {
  const mine = (k: number) => !except?.has(tokens[k]!.norm) && foreign?.[k] !== 1;
  for (let k = Math.max(0, span.from - 3); k < span.from; k++) if (OWNER_BEFORE.has(tokens[k]!.norm) && mine(k)) return true;
  return ownedAfter(tokens, span, mine);
}

function severityOf(stance: Stance): Severity | null {
  if (stance === 'off') return null;
  return stance === 'stop' ? 'stop' : 'caution';
}

function join(...spans: Span[]): Span {
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

const PROTECTED_WORD: Record<Category & string, string> = { protectedPatients: 'patient', protectedStudents: 'student', protectedClients: 'client' } as Record<string, string>;

/**
 * Runs the language rules. Returns findings in token indices; the engine
 * turns them into warnings (span, quote, family) and drops those declared fine.
 */
export function understand(input: UnderstandInput): Finding[] {
  const { text, tokens, prepared, identityName: name } = input;
  const stances = prepared.stances;
  const findings: Finding[] = [];
  if (tokens.length === 0) return findings;
  const { sentenceOf, languageOf } = input.sentences;
  // Constructions that stand for a word of a category: drinking too much with no drink named, a German swear compound.
  const allHits = [...categoryHits(tokens, input.keys, text), ...drankTooMuch(tokens, sentenceOf), ...swearCompounds(tokens, sentenceOf, languageOf), ...partyAcronyms(text, tokens, sentenceOf, languageOf)];
  // A drink without alcohol is no drink here ("alkoholfreies Radler", "cerveza sin alcohol", "a 0.0 beer"), nor a word
  // of drink that is another word here ("2 shots on target", "unser Kater Moritz"): left out before the rules and the
  // learned model's signals see it. Nor is a good deed a complaint ("for cutting the ribbon", "raising money").
  const found = allHits.filter(
    (h) => countsIn(h, tokens, languageOf[sentenceOf[h.from]!]!) && !(SUBSTANCE_CATEGORIES.has(h.category) && (alcoholFree(tokens, h) || anotherSense(text, tokens, h, languageOf[sentenceOf[h.from]!]!))) && !(h.category === 'employerGeneric' && someoneElsesBoard(tokens, h)) && !(h.category === 'politics' && everydayPartyWord(text, tokens, h, sentenceOf)) && !(h.category === 'partner' && anAppointment(tokens, h)) && !(h.category === 'school' && gradedInjury(tokens, h, allHits)) && !(h.category === 'legal' && aFarewellParty(tokens, h)) && !(h.category === 'profanity' && aCocktail(tokens, h)) && !(h.category === 'mock' && retiringAsNews(tokens, h)) && !(h.category === 'complaint' && h.to === h.from + 1 && sincereDeed(tokens, h.from)) && !((h.category === 'insultNoun' || h.category === 'insultAdj') && deniedInsult(tokens, h.from)) && !(h.category === 'secrecy' && aDeadline(tokens, h, sentenceOf)),
  );
  // An idiom of health ("dying to", "me muero de ganas", "je meurs d'envie") beside no health word of its own is no
  // health, for the learned model either ("Found a lump in my throat. Biopsy on Friday." keeps both).
  const idiomOnly = found.filter((h) => h.category === 'health').every((h) => healthIdiom(tokens, h));
  const hits = idiomOnly ? found.filter((h) => h.category !== 'health') : found;
  // First-person words of another language ("mes" in a Spanish sentence is a month, "war" in English a war) own nothing.
  const foreign = new Uint8Array(tokens.length);
  for (const h of allHits) if (h.category === 'firstPerson' && !countsIn(h, tokens, languageOf[sentenceOf[h.from]!]!)) foreign[h.from] = 1;
  const mineBy = (span: Span, except?: ReadonlySet<string>) => owned(tokens, span, except, foreign);
  const by = new Map<Category, CategoryHit[]>();
  for (const h of hits) {
    let list = by.get(h.category);
    if (!list) by.set(h.category, (list = []));
    list.push(h);
  }
  const get = (c: Category): CategoryHit[] => by.get(c) ?? [];
  // Where each sentence starts and ends, and each list indexed by sentence, so long texts stay linear.
  const sentenceCount0 = sentenceOf[tokens.length - 1]! + 1;
  const sentStart = new Int32Array(sentenceCount0).fill(-1);
  const sentEnd = new Int32Array(sentenceCount0);
  for (let i = 0; i < tokens.length; i++) {
    const si = sentenceOf[i]!;
    if (sentStart[si] === -1) sentStart[si] = i;
    sentEnd[si] = i + 1;
  }
  const bySentence = new WeakMap<readonly Span[], Map<number, Span[]>>();
  const inSentence = <T extends Span>(list: readonly T[], s: number): T[] => {
    let index = bySentence.get(list);
    if (!index) {
      index = new Map();
      for (const h of list) {
        const k = sentenceOf[h.from]!;
        const l = index.get(k);
        if (l) l.push(h);
        else index.set(k, [h]);
      }
      bySentence.set(list, index);
    }
    return (index.get(s) ?? []) as T[];
  };
  const sentenceHas = (s: number, test: (t: Token, k: number) => boolean): boolean => {
    for (let k = sentStart[s]!; k < sentEnd[s]!; k++) if (test(tokens[k]!, k)) return true;
    return false;
  };
  const near = (a: Span, b: Span, reach = 1) => Math.abs(sentenceOf[a.from]! - sentenceOf[b.from]!) <= reach;
  const sentenceCount = sentenceOf[tokens.length - 1]! + 1;
  /** A test of a sentence, computed at most once per sentence; false outside the post. */
  const perSentence = (test: (k: number) => boolean) => {
    const known = new Int8Array(sentenceCount).fill(-1);
    return (k: number): boolean => {
      if (k < 0 || k >= sentenceCount) return false;
      if (known[k] === -1) known[k] = test(k) ? 1 : 0;
      return known[k] === 1;
    };
  };
  /** Whether any sentence of the post (one with words) passes the test. */
  const someSentence = (test: (k: number) => boolean) => {
    for (let k = 0; k < sentenceCount; k++) if (sentStart[k]! >= 0 && test(k)) return true;
    return false;
  };
  const firstPersonIn = new Set(get('firstPerson').map((h) => sentenceOf[h.from]!));
  // English diary style drops the "I": "Going through a divorce and ...", "Spent the night in A&E", "Diagnosed with ...".
  for (let s = 0; s < sentenceCount; s++) {
    const first = tokens[sentStart[s]!];
    const next = tokens[sentStart[s]! + 1]?.norm ?? '';
    // A verb in -ing is the writer's doing when a particle follows ("Going through", "Dealing with"); "Separating parents:" is a heading.
    const doing = (w: string) => /^[a-z]{2,}ing$/.test(w) && !NOT_GERUND.has(w) && PARTICLES.has(next);
    if (first && first.kind === 'word' && (DIARY_START.has(first.norm) || doing(first.norm))) firstPersonIn.add(s);
  }
  const push = (family: Family, ruleId: string, span: Span, message: (q: string) => string, stance: Stance = stances[family], certain = false) => {
    const severity = severityOf(stance);
    if (!severity) return;
    findings.push({ ruleId, family, severity, from: span.from, to: span.to, message, ...(certain ? { certain } : {}) });
  };

  // Negativity per sentence: insults, mockery, contempt, swearing; sentiment when the tools run.
  // Plain swear words are vocabulary; the disguise matchers run only when a word could hide one (both depths).
  const profanity = mayHideProfanity(text) ? findDisguisedProfanity(text) : [];
  const profanitySpans: Span[] = [];
  for (const p of profanity) {
    let from = -1;
    let to = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.end > p.start && tokens[i]!.start < p.end) {
        if (from < 0) from = i;
        to = i + 1;
      }
    }
    if (from >= 0) profanitySpans.push({ from, to });
  }
  const compared = comparisons(text, tokens, sentenceOf);
  const negative: Span[] = [...get('insultNoun'), ...get('insultAdj'), ...get('mock'), ...profanitySpans, ...compared];
  const negativeSentences = new Set(negative.map((h) => sentenceOf[h.from]!));
  const sentiment = new Map<number, number>();
  const sentenceText = (s: number) => {
    let a = -1;
    let b = -1;
    if (sentStart[s]! >= 0) {
      a = tokens[sentStart[s]!]!.start;
      b = tokens[sentEnd[s]! - 1]!.end;
    }
    return text.slice(a, b);
  };
  const feeling = (s: number): number => {
    if (input.depth !== 'full' || !english(tokens, sentenceOf, s)) return 0;
    let v = sentiment.get(s);
    if (v === undefined) sentiment.set(s, (v = input.tools.sentiment(sentenceText(s))));
    return v;
  };

  // People: titles, handles, roles, the employer; names from the tools in sentences where something is at stake.
  // The writer's own name is nobody else: "“Ms Okoye, why is minus times minus plus??”" quotes a pupil asking them.
  const ownName = (r: PersonRef) => (r.kind === 'titled' || r.kind === 'official' || r.kind === 'named') && tokens.slice(r.from, r.to).some((t) => prepared.ownSurnames.has(t.norm));
  const allRefs = personRefs(input, hits, sentenceOf, languageOf);
  const refs = allRefs.filter((r) => !ownName(r));
  // (Nor is the title of the writer's own name a person beside a class: "Heute in der 8c: „Frau Obermaier, warum …?“".)
  const ownNameTokens = new Uint8Array(tokens.length);
  for (const r of allRefs) if (ownName(r)) ownNameTokens.fill(1, r.from, r.to);
  const namedOnlySelf = allRefs.some(ownName) && !refs.some((r) => r.kind === 'titled' || r.kind === 'official' || r.kind === 'named' || r.kind === 'handle');
  const extraPeople: PersonRef[] = [];
  if (input.depth === 'full') {
    const stake = new Set<number>();
    const stakes: Category[] = ['health', 'school', 'behaviour', 'legal', 'family', 'intoxication', 'drugs', 'insultNoun', 'insultAdj', 'mock', 'complaint'];
    for (const c of stakes) for (const h of get(c)) stake.add(sentenceOf[h.from]!);
    for (const s of negativeSentences) stake.add(s);
    for (let s = 0; s < sentenceCount; s++) if (!stake.has(s) && feeling(s) <= -0.5) stake.add(s);
    const known = new Set(refs.map((r) => r.from));
    // For the learned model, the tagger looks at every sentence; the rules keep to those where something is at stake.
    // (Up to 1,500 characters: beyond, the stake sentences are enough and the guard stays within its budget.)
    const wanted = input.signals && text.length <= 1500 ? new Set(Array.from({ length: sentenceCount }, (_, k) => k)) : stake;
    for (const p of toolPeople(input, sentenceOf, wanted)) {
      if (!stake.has(sentenceOf[p.from]!)) {
        if (!NOT_NAMES.has(tokens[p.from]!.norm) && !inCategory('firstPerson', tokens[p.from]!.norm)) extraPeople.push(p);
        continue;
      }
      if (known.has(p.from) || refs.some((r) => r.from <= p.from && r.to >= p.to) || refs.some((r) => p.from <= r.from && p.to >= r.to && r.kind !== 'employer')) {
        // The tagger confirms a titled person: keep the longer span.
        continue;
      }
      const first = tokens[p.from]!;
      if (NOT_NAMES.has(first.norm) || inCategory('firstPerson', first.norm)) continue;
      // (compromise tags in English: a German adjective and noun opening a sentence are no one, "Negative Zahlen killen …".)
      if (languageOf[sentenceOf[p.from]!] === 'de' && p.to - p.from >= 2 && GERMAN_ADJECTIVE_END.test(first.norm) && !isFirstName(text.slice(first.start, first.end))) continue;
      const official = hits.some((h) => h.from < p.to && h.to > p.from && (h.category === 'publicRole' || h.category === 'workRole' || h.category === 'politics' || (h.category === 'title' && !CIVIL_TITLES.has(tokens[h.from]!.norm))));
      refs.push(official ? { ...p, kind: 'official', public: true } : p);
    }
  }

  // ---- named-attack: a named or titled person + negativity in the same sentence (or the next one, about them).
  // A personal identity is warned about people of its work, and about public figures when it keeps out of politics.
  const publicAllowed = prepared.attackTargets === 'anyone' || stances.politics !== 'off';
  const isTarget = (r: PersonRef) => r.kind !== 'initial' && !impersonated(tokens, sentenceOf, r) && (prepared.attackTargets === 'anyone' || r.work || (publicAllowed && (r.public || r.kind === 'named' || r.kind === 'official')));
  // Contempt found by its form (shapes.ts): sarcastic praise, "a cactus in a suit", "and it shows", "never ... in his life",
  // "and wonders why", "should resign", "so viel Ahnung von X wie". Said of a person of the work, they make an attack.
  const shaped: Signal[] = [];
  // Praise after praise is meant ("led the Ofsted visit brilliantly. What a leader."); after criticism it is sarcasm. In
  // English the sentence's sentiment says which (it reads "not helpful at all" and "not a single complaint" right);
  // elsewhere a word of praise with no negation and no word against is praise, and a negation or a word against is
  // criticism.
  const tokensOf = (cs: readonly Category[]) => tokensCovered(cs.flatMap((c) => get(c)));
  const againstTokens = tokensOf(['sentimentNegative', 'complaint', 'insultAdj', 'insultNoun', 'mock']);
  const warmTokens = tokensOf(['sentimentPositive']);
  const againstSentences = new Set([...againstTokens].map((i) => sentenceOf[i]!));
  const negated = perSentence((k) => sentenceHas(k, (t) => LACK.has(t.norm) || t.norm.endsWith("n't")));
  const scored = (k: number) => input.depth === 'full' && english(tokens, sentenceOf, k);
  // (A word of praise in scare quotes is a sneer, not praise: "flogging her 'miracle posture belt'. Fantastic.")
  const scare = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const close = quoteClose(tokens, k, 3);
    if (close >= 0) scare.fill(1, k + 1, close);
  }
  // No sign of irony anywhere in the post: no question, no eye-roll, no scare quotes (the dampers of praise, a visit and a
  // workplace praised all ask it).
  const unironic = () => !tokens.some((t) => t.norm === '?' || t.norm === '¿' || SARCASM_EMOJI.has(t.norm)) && !scare.includes(1);
  const praisedSentence = (k: number) =>
    get('sentimentPositive').some((h) => sentenceOf[h.from] === k && scare[h.from] !== 1) && (scored(k) ? feeling(k) >= 0.05 : !againstSentences.has(k) && !negated(k));
  const criticisedSentence = (k: number) => (scored(k) ? feeling(k) <= -0.05 : againstSentences.has(k) || negated(k));
  const offeredSentences = new Set(get('promotion').map((h) => sentenceOf[h.from]!));
  const tone = { praised: praisedSentence, criticised: criticisedSentence, offered: (k: number) => offeredSentences.has(k), against: (i: number) => againstTokens.has(i), warm: (i: number) => warmTokens.has(i) };
  shapeSignals(shaped, text, tokens, sentenceOf, tone);
  shaped.push(...grievanceShapes(tokens, sentenceOf));
  shaped.push(...mockeryForms(tokens, sentenceOf, praisedSentence, (i) => warmTokens.has(i)));
  // (Who finds out late may be a name only the tagger knows, outside the sentences at stake: "dr hoolahan has discovered".)
  shaped.push(...discoveredLate(text, tokens, sentenceOf, (i) => [...refs, ...extraPeople].some((r) => r.from < i && sentenceOf[r.from] === sentenceOf[i])));
  const contempt = shaped.filter((x) => CONTEMPT_SHAPES.has(x.name));
  // A certain form of irony puts its sentence and the two before it at stake: the tagger's names there are people, even
  // in lower case ("gavin treloar getting employee of the month, well deserved I'm sure 🏆").
  for (const p of extraPeople) {
    const s = sentenceOf[p.from]!;
    if (refs.some((r) => r.from < p.to && r.to > p.from)) continue;
    if (contempt.some((x) => CERTAIN_CONTEMPT.has(x.name) && sentenceOf[x.from]! >= s && sentenceOf[x.from]! <= s + 2)) refs.push(p);
  }
  const mocked = mockShapes(text, tokens, sentenceOf, refs);
  const targetNeg = [...negative, ...mocked, ...contempt];
  const contemptSet = new Set<Span>(contempt);
  let attacked = false;
  // Reported speech ("...," the Prime Minister told the Commons): words inside the quotes are someone else's.
  const quoted = quotedTokens(tokens, sentenceOf);
  // (The writer's own "I'm calling it", "I'd describe him as", "according to me" report no one.)
  // (A colon before the quote, after the person, reports as "said" does: "Lovely chat with Windermere Town boss Sean
  // Kilbride after the match: "We defended like a team today"".)
  const colonQuote = (s: number) => sentenceHas(s, (t, k) => t.norm === ':' && (quoted[k + 1] === 1 || quoted[k + 2] === 1) && refs.some((r) => r.to <= k && sentenceOf[r.from] === s));
  const reported = perSentence((s) => (sentenceHas(s, (t, k) => isReporting(t.norm) && ![1, 2].some((d) => sentenceOf[k - d] === s && MY_REPORT.has(tokens[k - d]!.norm))) || colonQuote(s)) && sentenceHas(s, (_t, k) => quoted[k] === 1));
  // For the learned model too: words quoted after "said", "called", "nannte", "a qualifié de" are someone else's.
  for (let s = 0; s < sentenceCount; s++) {
    if (!reported(s)) continue;
    for (let k = sentStart[s]!; k >= 0 && k < sentEnd[s]!; k++) if (quoted[k] === 1) shaped.push({ name: 'style.reported', from: k, to: k + 1 });
  }
  // Praise meant as praise: a sentence that thanks or congratulates someone with no insult, swear word or complaint in
  // it ("Chapeau bas à ma consœur, qui a plaidé comme Zizou", "Bravo à Inès, primée au World Press Photo"). Its similes
  // and comparisons are compliments. (Sarcastic praise keeps its sting through the words of the sentence after it.)
  const insultSentences = new Set([...get('insultNoun'), ...get('insultAdj'), ...profanitySpans].map((h) => sentenceOf[h.from]!));
  // Thanks and congratulations, per sentence: told once for the attack, employer and third-party rules alike.
  const thanked = perSentence((k) => sentenceHas(k, (_t, i) => isThanks(tokens, i)));
  // Thanks that quote someone's words back, in their sentence or the three after ("for explaining on the radio that we
  // midwives 'only keep them company'", "'no falta ni una matrona' 👏👏"): a sign of irony for the learned model, and
  // no praise meant as praise (the other signs are in shapes.ts).
  for (let k = 0; k < sentenceCount; k++) {
    if (sentStart[k]! < 0 || !thanked(k)) continue;
    const last = Math.min(sentenceCount - 1, k + 3);
    const end = Math.max(sentEnd[k]!, sentEnd[last]!);
    let ironic: Span | null = null;
    for (let i = sentStart[k]!; i < end && !ironic; i++) {
      if (quoted[i] !== 1 || quoted[i - 1] === 1) continue;
      let j = i;
      while (j < end && quoted[j] === 1) j++;
      if (ironicQuote(tokens, i, j, Math.max(0, sentStart[sentenceOf[i]!]!), tone)) ironic = { from: i, to: j };
    }
    if (ironic) shaped.push({ name: 'irony.quoted', ...ironic }, { name: 'irony.soured', from: sentStart[k]!, to: sentEnd[k]! });
  }
  // (A certain form of irony is never praise meant as praise: "thanks for nothing", "well deserved I'm sure 🏆".)
  // (Nor thanks that sour in the sentences after them, shapes.ts: "… for the 8am hearing. He had not read the file yet.")
  const thanklessSentences = new Set(shaped.filter((x) => CERTAIN_CONTEMPT.has(x.name) || x.name === 'neg.thanksQuoted' || x.name === 'irony.soured').map((x) => sentenceOf[x.from]!));
  // Thanks that sour are the one fact every damper of the attack consults: praise, reported speech and a visit alike
  // are no reason to silence the model about the person thanked there.
  const souredSentences = new Set(shaped.filter((x) => x.name === 'irony.soured').map((x) => sentenceOf[x.from]!));
  const praiseSentence = perSentence(
    (k) => (thanked(k) || sentenceHas(k, (t) => PRAISE_EMOJI.has(t.norm))) && !insultSentences.has(k) && !thanklessSentences.has(k) && !sentenceHas(k, (t) => SARCASM_EMOJI.has(t.norm)),
  );
  // A resignation asked for in words that mean nothing else, in this sentence or the next ("… Graham Tate. Why is he
  // still in post?"): no training post shows these forms, so the learned model may not drop the attack.
  // Not when someone else asks it (quoted, or with a verb of saying: "said Minister Fenwick must step down", "« Quand
  // va-t-il démissionner ? » a demandé la députée"), nor in a post that thanks or praises, nor answered fondly or with
  // a reason ("Why is Dr Patel still in post? Because she's the best GP in town").
  const goneAsked = contempt
    .filter((x) => x.name === 'neg.askedToGo' && quoted[x.from] !== 1 && !sentenceHas(sentenceOf[x.from]!, (t) => isReporting(t.norm)))
    .map((x) => sentenceOf[x.from]!);
  let warmMemo: boolean | null = null;
  const warmPost = () => (warmMemo ??= someSentence(praiseSentence));
  // The question answered fondly or with a reason ("When will Dr Singh resign? Never, we hope! Best boss ever.", "Warum
  // ist Frau Keller noch im Amt? Weil sie die Beste ist."): asked for the answer, not for the going.
  const fondAfter = (k: number) => k < sentenceCount && sentStart[k]! >= 0 && get('sentimentPositive').some((h) => sentenceOf[h.from] === k) && !get('sentimentNegative').some((h) => sentenceOf[h.from] === k);
  const answered = (k: number) => (k + 1 < sentenceCount && sentStart[k + 1]! >= 0 && BECAUSE.has(tokens[sentStart[k + 1]!]!.norm)) || fondAfter(k + 1) || fondAfter(k + 2);
  const goneAskedAt = (s: number) => goneAsked.some((k) => (k === s || k === s + 1) && !answered(k)) && !warmPost();
  // Thanks for nothing or for the harm itself ("Thank you Coach, for all those losing seasons"): no training post shows
  // them either, so they too make an attack the model may not drop.
  // So do the sneering forms of mockery.ts: a wish to see someone off the air ("Someone unplug this man's microphone";
  // the five readable posts with it are all attacks), "if that's X, I'm Y", "knows about X what I know about Y" and "like
  // watching a cat trying to open a tin" (none); and assent that means the opposite after someone's claim ("… dice que
  // la plantilla está bien dimensionada. Claro que sí.") and envy or pity that mean scorn ("Must be nice being God"): the
  // three readable posts with them are all risky. (Doing one's job "like someone who …" is praise as often as scorn, so the
  // model weighs it.)
  // So does an insult word exclaimed about them, in a sentence of the writer's own: "What a spineless coward.", "¡Qué
  // payaso!", "So ein Idiot.", "Quel guignol." (said of a person the rule found, in this sentence or the one before).
  const exclaimed = (h: Span) => {
    const s = sentenceOf[h.from]!;
    let k = sentStart[s]!;
    while (k < h.from && tokens[k]!.kind !== 'word') k++;
    const opener = tokens[k]!.norm;
    const next = INSULT_OPENER_NEXT[opener];
    return k < h.from && h.from - k <= 3 && INSULT_OPENER.has(opener) && (!next || next.has(tokens[k + 1]?.norm ?? '')) && quoted[h.from] !== 1 && !reported(s);
  };
  // So does an insult said to be what they are, in the writer's own words: "Gerry Pollock from Beanhouse is a thick
  // idiot", "Senator Vale's a clown", "el concejal es un inútil", "Le ministre est un guignol". The person is the subject,
  // with at most a workplace between them and the verb. (Not denied: "is no idiot", "ist kein Idiot", "no es un payaso";
  // nor an adjective about one thing they do: "terrible at darts", "nul en maths".)
  const predicatedInsult = (t: Span, h: Span) => {
    if (!predicable.has(h) || h.from < t.to || quoted[h.from] === 1 || reported(sentenceOf[h.from]!)) return false;
    let verb = -1;
    if (tokens[t.to - 1]!.norm.endsWith("'s") && ARTICLES_BEFORE_INSULT.has(tokens[t.to]?.norm ?? '')) verb = t.to - 1;
    else {
      for (let k = t.to; k < h.from && k - t.to <= 4 && verb < 0; k++) {
        if (COPULA.has(tokens[k]!.norm)) verb = k;
        else if (!SUBJECT_LINK.has(tokens[k]!.norm) && !(tokens[k]!.kind === 'word' && isCap(text, tokens[k]!))) return false;
      }
    }
    if (verb < 0 || h.from - verb > 4) return false;
    for (let k = verb + 1; k < h.from; k++) if (tokens[k]!.kind !== 'word' || DENY.has(tokens[k]!.norm)) return false;
    return !(insultAdjectives.has(h) && ADJECTIVE_ABOUT.has(tokens[h.to]?.norm ?? ''));
  };
  const insultAdjectives = new Set<Span>(get('insultAdj'));
  const predicable = new Set<Span>([...get('insultNoun'), ...insultAdjectives].filter((h) => !tokens.slice(h.from, h.to).some((t) => NOT_A_PREDICATE.test(t.norm))));
  const certainAt = (s: number, neg: readonly (Span & { name?: string })[], targets: readonly Span[] = []) =>
    goneAskedAt(s) || neg.some((h) => (h.name !== undefined && CERTAIN_CONTEMPT.has(h.name)) || (lexicalNeg.has(h) && !profanitySpans.includes(h) && (exclaimed(h) || targets.some((t) => predicatedInsult(t, h)))));
  // Answered fondly, the question asks nothing of anyone: its form is no contempt for the rule either.
  const askedAndMeant = (h: Span & { name?: string }) => h.name !== 'neg.askedToGo' || (!answered(sentenceOf[h.from]!) && !warmPost());
  const lexicalNeg = new Set<Span>([...get('insultNoun'), ...get('insultAdj'), ...get('mock'), ...profanitySpans]);
  // The "that" of indirect speech after a verb of saying at k: "said that", "dijo que", "a dit qu'il", and German's
  // comma before "dass" ("sagte, dass"); -1 when there is none.
  const thatAfter = (k: number): number => (THAT.has(tokens[k + 1]?.norm ?? '') ? k + 1 : tokens[k + 1]?.norm === ',' && tokens[k + 2]?.norm === 'dass' ? k + 2 : -1);
  // Indirect speech: the clause after "said that", "dijo que", "sagte, dass", "a dit qu'il" is the speaker's, up to a
  // dash, a colon or the sentence's end (not the writer's "I told the panel that…", nor "my mum says that…").
  const saidThat = (s: number): [number, number] => {
    for (let k = sentStart[s]!; k >= 0 && k < sentEnd[s]!; k++) {
      // (The speaker someone named or "he", "she", "they": "Everyone says that…" and "I have always said that…" are the writer's.)
      if (!isReporting(tokens[k]!.norm)) continue;
      const speaker = refs.some((r) => r.from >= sentStart[s]! && r.to <= k) || [1, 2, 3].some((d) => sentenceOf[k - d] === s && THIRD_PERSON.has(tokens[k - d]!.norm));
      if (!speaker || [1, 2, 3].some((d) => sentenceOf[k - d] === s && (MY_REPORT.has(tokens[k - d]!.norm) || POSSESSIVE_FIRST.has(tokens[k - d]!.norm)))) continue;
      const j = thatAfter(k);
      if (j < 0 || sentenceOf[j] !== s) continue;
      let end = j + 1;
      while (end < sentEnd[s]! && !SAID_BREAK.has(tokens[end]!.norm)) end++;
      return [j + 1, end];
    }
    return [-1, -1];
  };
  // A death mourned: its sad words are grief, not an attack on the person mourned ("Sad to hear of the passing of former
  // MP Gerald Hartnell"). Insults and forms of contempt still count.
  const mourned = tokens.some((_t, i) => mourningAt(tokens, i));
  for (let s = 0; s < sentenceCount && !attacked; s++) {
    const targets = inSentence(refs, s).filter(isTarget).sort((a, b) => a.from - b.from);
    const speech = reported(s);
    const praising = praiseSentence(s);
    const [saidFrom, saidTo] = saidThat(s);
    const neg = inSentence(targetNeg, s).filter((h) => (!speech || quoted[h.from] !== 1) && (!praising || lexicalNeg.has(h)) && !(h.from >= saidFrom && h.from < saidTo) && askedAndMeant(h) && (!mourned || lexicalNeg.has(h) || contemptSet.has(h)));
    // (Certain too when a certain form follows in the next sentences, about no one else: "… calling fluoride poison?
    // Asking for every 6 year old I've treated." and "Gavin got employee of the month. Well deserved I'm sure 🏆")
    const later = targets.length === 0 ? [] : contempt.filter((x) => CERTAIN_CONTEMPT.has(x.name) && sentenceOf[x.from]! > s && sentenceOf[x.from]! <= s + 2 && quoted[x.from] !== 1 && inSentence(refs, sentenceOf[x.from]!).filter(isTarget).length === 0);
    const certainLater = later.length > 0;
    // (Sad words that miss someone are fondness: "We'll miss you terribly, Maureen 💐".)
    const strong = neg.length > 0 || certainLater || (!speech && saidFrom < 0 && !mourned && feeling(s) <= -0.45 && !sentenceHas(s, (_t, i) => missingSomeoneAt(tokens, i)));
    if (targets.length > 0 && strong) {
      // The span keeps to the words that mock or insult; a shape of contempt widens it only when it is the sole cause
      // ("has the depth of a puddle", not "... and damn, it shows", whose swear word has its own underline).
      const words = neg.filter((h) => !contemptSet.has(h));
      const cause = words.length > 0 ? words : neg.length > 0 ? neg : certainLater ? later : [{ from: targets[targets.length - 1]!.from, to: sentEnd[s]! }];
      // (With the question that asks them to go in the next sentence: "… Graham Tate. Why is he still in post?")
      const span = join(targets[0]!, ...cause, ...contempt.filter((x) => x.name === 'neg.askedToGo' && sentenceOf[x.from] === s + 1));
      const who = quoteTokens(text, tokens, targets[0]!);
      push('named-attack', 'attack.named-person', span, (q) => attackMessage(q, who, name, targets[0]!.work && prepared.attackTargets === 'work'), stances['named-attack'], certainAt(s, neg, targets) || certainLater);
      attacked = true;
      continue;
    }
    // "Watched Senator Blake again. What a clown." The contempt follows in the next sentence(s).
    // (Further back when the sentence opens by pointing at someone: "PSA about 'smile coach' Brandi Kaye telling 14 year
    // olds to whiten with lemon juice. Lemon. Juice. On enamel. The woman's a menace wi' a ring light.")
    if (s > 0 && neg.length > 0 && targets.length === 0) {
      // (The pointer is the subject: "The woman's a menace", "Der Mann hat einen Knall"; not "The man behind me was …". And
      // nobody else is named on the way back.)
      const opening = POINTER_OPENING.find((p) => p.every((w, d) => tokens[sentStart[s]! + d]?.norm === w));
      const pointed = opening !== undefined && (opening[1]!.endsWith("'s") || POINTER_VERB.has(tokens[sentStart[s]! + 2]?.norm ?? ''));
      let back = -1;
      if (pointed) {
        for (let k = s - 1; k >= Math.max(0, s - 5) && back < 0; k--) {
          if (inSentence(refs, k).filter(isTarget).length > 0) back = k;
          else if (inSentence(refs, k).length > 0) break;
        }
      }
      const prev = back >= 0 ? back : s >= 2 && inSentence(refs, s - 1).filter(isTarget).length === 0 ? s - 2 : s - 1;
      const prevTargets = inSentence(refs, prev).filter(isTarget);
      if (prevTargets.length > 0) {
        const t = prevTargets[prevTargets.length - 1]!;
        const span = join(t, ...neg);
        const who = quoteTokens(text, tokens, t);
        push('named-attack', 'attack.named-person', span, (q) => attackMessage(q, who, name, t.work && prepared.attackTargets === 'work'), stances['named-attack'], certainAt(s, neg));
        attacked = true;
      }
    }
  }

  // Where the rules see why a post is fine, the learned model may not raise the family on its own (engine.ts reads these).
  const damp = (family: Family, span: Span) => input.signals?.push({ name: `damp.${family}`, from: span.from, to: span.to });
  // (Whether a damper below that holds whatever the model says has silenced the attack: politics, the writer's own name.)
  let hushed = false;
  // A post that only reports what people said, every sentence a quote with its speaker: reporting, not attacking. (One
  // sentence of one's own after the quote is where the mockery goes: "says ambulances are 'performing well'. Aye, right.")
  // (Not when the person is thanked in a way that sours: "Thank you Mr Kerr, who told local radio that nurses 'just
  // hand out pills'" reports in order to sneer.)
  if (!attacked && refs.some(isTarget) && !refs.some((r) => isTarget(r) && souredSentences.has(sentenceOf[r.from]!))) {
    let all = true;
    // (A sentence in indirect speech reports too: "The Mayor responded that the figures had been audited".)
    const indirect = (k: number) => sentenceHas(k, (t, i) => isReporting(t.norm) && thatAfter(i) >= 0 && sentenceOf[i + 1] === k);
    for (let k = 0; k < sentenceCount && all; k++) if (sentStart[k]! >= 0 && !reported(k) && !indirect(k)) all = false;
    if (all) damp('named-attack', { from: 0, to: tokens.length });
  }

  // Abuse of a colleague, reported to stand against it: an unnamed outsider (a customer, a caller, a parent, "un patient",
  // "ein Anrufer") called them something, in quotes ("A customer called our barista Jamal 'a thick …'. He was asked to
  // leave", "Ein Anrufer hat unsere Kollegin als 'dumme Quotenfrau' beschimpft"). The words against are the outsider's,
  // and the person named is the one defended; the model, which learned quotes beside a name as mockery, may not raise it.
  // (Only when every word against anyone is inside such quotes, and nothing is mocked or sworn: "Dr Okafor called the
  // team 'lazy'. The man is a coward." names the speaker, and speaks for itself after.)
  if (!attacked && refs.some(isTarget) && targetNeg.length > 0 && !get('mock').length && profanitySpans.length === 0) {
    const abuse = perSentence((k) => sentenceHas(k, (t, i) => INSULTED.has(t.norm) && outsiderBefore(tokens, sentStart[k]!, i, refs)) && sentenceHas(k, (_t, i) => quoted[i] === 1));
    const outsiders = targetNeg.every((h) => abuse(sentenceOf[h.from]!) && quoted[h.from] === 1);
    const insultsOutside = [...get('insultNoun'), ...get('insultAdj')].some((h) => quoted[h.from] !== 1);
    if (outsiders && !insultsOutside) damp('named-attack', { from: 0, to: tokens.length });
  }

  // A personal identity free to talk politics (its politics warnings off) mocks a minister, a mayor or a pundit as it
  // likes (issue 9's "Personal side too"): the rules leave public figures alone there, and the learned model may not raise
  // them on its own, which it would, never having read a personal post about a politician. Only when every person named
  // sits in a sentence with a political office or a pundit's job, and none is of the work: a colleague named bare ("Dr
  // Shah", "Gavin") stays the model's to judge.
  if (!attacked && !publicAllowed) {
    const political = new Set([...get('publicRole'), ...get('politics')].filter((h) => !get('workRole').some((w) => w.from < h.to && w.to > h.from)).map((h) => sentenceOf[h.from]!));
    // (A political office with no name counts as a person: "le ministre de l'Agriculture qui pose en bottes neuves".)
    const people = refs.filter((r) => r.kind === 'named' || r.kind === 'titled' || r.kind === 'official' || (r.kind === 'role' && r.public));
    if (political.size > 0 && people.length > 0 && !refs.some((r) => r.work) && people.every((r) => political.has(sentenceOf[r.from]!))) {
      damp('named-attack', { from: 0, to: tokens.length });
      hushed = true;
    }
  }

  // (Nor when the only person named is the writer: the model reads a title and a name as a target.)
  if (!attacked && namedOnlySelf) {
    damp('named-attack', { from: 0, to: tokens.length });
    hushed = true;
  }
  // Every person of the post named only in praise: the learned model may not make it an attack on its own.
  if (!attacked) {
    const targetSentences = new Set(refs.filter(isTarget).map((r) => sentenceOf[r.from]!));
    // (Or told as a farewell, with nothing against anyone in the post: "our wonderful Dr Marsh retires this Friday",
    // "has announced she will stand down at the May elections". The learned model reads a titled colleague as a target.)
    // ("Finally retires", "Thank God", "good riddance" anywhere in the post make it no fond farewell.)
    const relief = tokens.some((t, i) => FINALLY.has(t.norm) || RELIEF.some((p) => phraseAt(tokens, i, p)));
    const farewell = perSentence((k) => !relief && sentenceHas(k, (_t, i) => farewellAt(tokens, i)) && !insultSentences.has(k));
    // (A fond farewell: a word of praise or thanks somewhere, and no sentence against anyone: not "retires on Friday.
    // About time, the man hasn't read a paper since 1998.")
    const warm = get('sentimentPositive').length > 0 || someSentence(thanked);
    // (Missing someone is fond, however sad its words: "We'll miss you terribly", "Te vamos a echar de menos".)
    const cold = someSentence((k) => feeling(k) <= -0.3 && !sentenceHas(k, (_t, i) => missingSomeoneAt(tokens, i)));
    // A step of a career told (qualified, promoted, welcomed to the team). (Made fond on its own, like a farewell, it
    // cost the validation split a risky post: a welcome is ironic more often than a farewell.)
    const welcomed = perSentence((k) => sentenceHas(k, (_t, i) => achievementAt(tokens, i)) && !insultSentences.has(k));
    // (A step of a career said to be earned, in its sentence or the next, is fond on the same terms: "Dr Shah has been
    // appointed head of cardiology. Richly deserved.", "nombrada jefa de servicio. Más que merecido", "zur Chefärztin
    // ernannt. Hochverdient!". Not "well deserved I'm sure", whose sentence is thankless, nor earned by what comes after
    // it, "Well deserved after blocking every new school": the word closes its sentence, and a sentence of its own is short.)
    const earned = (j: number, own: boolean) => {
      if (j >= sentenceCount || sentStart[j]! < 0 || thanklessSentences.has(j) || insultSentences.has(j) || sentenceHas(j, (t) => SARCASM_EMOJI.has(t.norm))) return false;
      const w = sentenceWords(tokens, sentStart, sentEnd, j);
      return (own || w.length <= 4) && w.slice(-2).some((i) => deservedAt(tokens, i));
    };
    const careerEarned = (k: number) => welcomed(k) && (earned(k, true) || earned(k + 1, false)) && targetNeg.length === 0 && !cold;
    const fond = (k: number) => praiseSentence(k) || (farewell(k) && warm && !cold && targetNeg.length === 0) || careerEarned(k);
    // (Words in scare quotes, a question or an eye-roll make the mention ironic: "our 'visionary' minister", "Der
    // "Digital-Pionier" Florian Weisshaupt erklärt im Interview". Words against in someone's quoted speech are theirs.)
    const plainPost = () =>
      ![...targetSentences].some((k) => souredSentences.has(k)) &&
      targetNeg.every((h) => reported(sentenceOf[h.from]!) && quoted[h.from] === 1) && !get('mock').length && insultSentences.size === 0 && !cold && unironic();
    // Agreement with them, or a recommendation of what they said ("Couldn't agree more", "Worth a listen", "tiene toda la
    // razón", "hörenswert"), is praise meant as praise on the same terms as thanks.
    const endorsed = perSentence((k) => sentenceHas(k, (_t, i) => endorsementAt(tokens, i)) && !insultSentences.has(k) && !thanklessSentences.has(k) && !sentenceHas(k, (t) => SARCASM_EMOJI.has(t.norm)));
    const lauded = (k: number) => praiseSentence(k) || endorsed(k);
    // Agreement may come in a sentence of its own after the person's ("Senator Ignacio Prats at yesterday's agrifood
    // forum. Couldn't agree more", "… über sichere Schulwege. Hörenswert!"): the person's sentence is fond when nothing in
    // it is against anyone and agreement follows within two sentences, in a post with no sign of irony. (Not thanks or a
    // clap after a deed, "Inspirational stuff 👏", "Bravo.": that is how irony is written, and it cost the probes five
    // risky posts.)
    const praisedAfter = (k: number) =>
      !targetNeg.some((h) => sentenceOf[h.from] === k) && !souredSentences.has(k) && !insultSentences.has(k) && [k + 1, k + 2].some((j) => j < sentenceCount && sentStart[j]! >= 0 && endorsed(j));
    const laudedTargets = () => [...targetSentences].every((k) => lauded(k) || praisedAfter(k)) && plainPost();
    if (targetSentences.size > 0 && [...targetSentences].every(fond) && !get('mock').length) {
      damp('named-attack', { from: 0, to: tokens.length });
      // Praise alone (no farewell; not a politician mocked on a free personal identity, nor the writer's own name, which
      // hold whatever the model says) silences the model only where it is unsure: thanks that sour in their facts and not
      // their words ("… for visiting our stroke unit and staying a whole eleven minutes. Four of our patients spent that
      // time on trolleys") pass every test of praise and are the attacks the model is surest of (engine.ts).
      // (Praise for a step of a career, in a post with no sign of irony, holds however sure the model is: "congrats to Dr
      // X who qualified as a specialist this week", "Félicitations au Dr X, fraîchement diplômée". The model learned
      // thanks to a titled person as mostly ironic.)
      const career = [...targetSentences].some(welcomed) && plainPost();
      if (!hushed && !career && [...targetSentences].every(praiseSentence)) input.signals?.push({ name: 'damp.named-attack.unlessSure', from: 0, to: tokens.length });
    }
    // A death mourned, with nothing against anyone in the post ("Sad to hear of the passing of former MP Gerald Hartnell",
    // "Wir trauern um Dr. Erwin Salzmann", "Nos ha dejado el profesor Quirós. DEP."): the learned model reads the titled
    // person as a target, and grief as anger. (No readable post mourns anyone, so the model cannot learn it.)
    else if (targetSentences.size > 0 && mourned && targetNeg.length === 0 && !get('mock').length && insultSentences.size === 0) damp('named-attack', { from: 0, to: tokens.length });
    // Someone visiting, interviewed or heard at an event, in a post with nothing against anyone and no sign of irony (no
    // question, no scare quotes, no eye-roll): "Hoy nos visita la ministra de Hacienda … Aula Magna, 12:00", "Culture
    // Minister X dropped by the new gallery", "Gleich bei uns im Studio: Bürgermeister X". The learned model reads a titled
    // person as a target on their own: seven in ten readable posts that name an official are risky.
    // (Some sentence of the visit about someone is enough: "Aula Magna, 12:00." after it names a hall, not a person.)
    else if ([...targetSentences].some((k) => sentenceHas(k, (_t, i) => agendaAt(tokens, i))) && plainPost()) damp('named-attack', { from: 0, to: tokens.length });
    // (Praise on the terms of thanks: like thanks, it silences the model only where it is unsure.)
    else if (targetSentences.size > 0 && !get('mock').length && laudedTargets()) {
      damp('named-attack', { from: 0, to: tokens.length });
      if (!hushed) input.signals?.push({ name: 'damp.named-attack.unlessSure', from: 0, to: tokens.length });
    }
  }

  // ---- employer: the employer (by name, by an organisation named with "we"/"our", or "my hospital") + a complaint.
  const orgs = organisations(text, tokens, sentenceOf);
  // An organisation named in the text is the employer when the person speaks from inside it ("we", "our", "working at"),
  // or speaks for a profession from a professional identity; a brand account's employer is the brand itself.
  const inside = get('firstPerson').some((h) => WE_WORDS.has(tokens[h.from]!.norm)) || get('employerGeneric').length > 0;
  const affiliated = prepared.role === 'company' ? false : prepared.role === 'personal' ? inside : true;
  // (A paper, a station or a magazine named by anyone but a journalist is where news was read, not where the writer works:
  // "As reported in the Henbury Gazette, we've been awarded the contract".)
  const mediaOutlet = (o: Span) => prepared.role !== 'journalist' && tokens.slice(o.from, o.to).some((t) => MEDIA_WORDS.has(t.norm));
  // (A name taken by a fraudster is not the one complained of: "if someone 'from Pinyata' DMs you, it's a scam".)
  const employerRefs: Span[] = [...refs.filter((r) => r.kind === 'employer' && !impersonated(tokens, sentenceOf, r)), ...get('employerGeneric'), ...(affiliated ? orgs.filter((o) => !mediaOutlet(o)) : []), ...ownWorkplace(tokens, prepared.workRoles).filter((w) => prepared.role !== 'personal' || sentenceHas(sentenceOf[w.from]!, (t) => WE_INSIDE.has(t.norm)))];
  // A grievance told by its form (shapes.ts): something missing beside something given, a comparison, "X, where ..."
  // with something missing or wrong after it, and what has lasted ("since 2021", "still") with something missing,
  // quoted or complained of in the same sentence. Sarcasm after it ("Visionary.", "und wundert sich") counts too.
  const complaintSentences = new Set(get('complaint').map((h) => sentenceOf[h.from]!));
  const lackIn = perSentence((k) => complaintSentences.has(k) || sentenceHas(k, (t) => LACK.has(t.norm) || t.norm.endsWith("n't") || QUOTE_MARK.test(t.norm)));
  // On a professional identity the forms need the writer's own voice or a word against (the firm's own "fixed fees and
  // no hidden costs" is an advert, "we got a new logo and zero chairs" is not).
  const negativeWordSentences = new Set(get('sentimentNegative').map((h) => sentenceOf[h.from]!));
  const voiced = (k: number) => prepared.role === 'personal' || firstPersonIn.has(k) || complaintSentences.has(k) || negativeWordSentences.has(k);
  const grievance: Span[] = [
    ...shaped.filter((x) => x.name === 'grievance.lack' || x.name === 'grievance.comparison'),
    ...shaped.filter((x) => (x.name === 'grievance.where' || x.name === 'grievance.since' || x.name === 'grievance.still') && lackIn(sentenceOf[x.from]!)),
    // A demand ("wir sollen", "on nous demande") with something missing, quoted or complained of, in no sentence of
    // praise: not "we're expected to get snow", nor "on nous demande juste de venir en tenue de sport 🎉".
    ...shaped.filter((x) => x.name === 'grievance.demand' && lackIn(sentenceOf[x.from]!) && !praiseSentence(sentenceOf[x.from]!) && !praisedSentence(sentenceOf[x.from]!)),
  ].filter((x) => voiced(sentenceOf[x.from]!));
  grievance.push(...contempt);
  // The organisation speaking for itself ("Die Stadt Freiburg gibt bekannt: ...", "Riverside Physio is pleased to
  // welcome ...", "El Ayuntamiento informa") makes an announcement, not a complaint: for the rule and the learned model,
  // while nothing in the post complains.
  // ("gibt" only with "bekannt": "Meine Firma gibt uns kein Weihnachtsgeld"; "vous" only before the verb: "X vous invite".)
  const speaks = (e: Span) =>
    [0, 1, 2].some((d) => sentenceOf[e.to + d] === sentenceOf[e.from] && (ORG_SPEAKS.has(tokens[e.to + d]!.norm) || (tokens[e.to + d]!.norm === 'gibt' && tokens[e.to + d + 1]?.norm === 'bekannt'))) ||
    (tokens[e.to]?.norm === 'vous' && ORG_SPEAKS.has(tokens[e.to + 1]?.norm ?? ''));
  if (employerRefs.length > 0 && employerRefs.every(speaks) && get('complaint').length === 0 && negative.length === 0 && grievance.length === 0) damp('employer', { from: 0, to: tokens.length });
  // Nor does the writer who is proud of it, thanks it or promotes it ("Fière de bosser à Honorine-Vautrin", "Proud of
  // LOA today", "Book your check-up at …"), in a post with nothing against anyone and no sign of irony. (The learned model reads the workplace named on a
  // personal identity as a complaint: most posts that do so are.)
  else if (
    employerRefs.length > 0 &&
    employerRefs.every((e) => { const k = sentenceOf[e.from]!; return praiseSentence(k) || get('promotion').some((h) => sentenceOf[h.from] === k); }) &&
    get('complaint').length === 0 && targetNeg.length === 0 && grievance.length === 0 && insultSentences.size === 0 && !get('mock').length &&
    unironic() && !someSentence((k) => feeling(k) <= -0.05)
  )
    damp('employer', { from: 0, to: tokens.length });
  const healthWords = get('health');
  for (const e of employerRefs) {
    const s = sentenceOf[e.from]!;
    // (Where health is the work, its words are the service, not a grievance: "vacunarte de la gripe en Farmacia X…
    // enfermos crónicos, gratis".)
    const complaint = [...get('complaint'), ...negative].filter((h) => !withoutAny(tokens, h)).concat(grievance).filter(
      (h) => near(h, e, 2) && !(h.from >= e.from && h.to <= e.to) && !(praiseSentence(sentenceOf[h.from]!) && isThanks(tokens, h.from)) && !(stances.health === 'job' && healthWords.some((x) => x.from <= h.from && x.to >= h.to)),
    );
    if (complaint.length === 0 && feeling(s) > -0.6) continue;
    const span = join(e, ...complaint.filter((h) => sentenceOf[h.from] === s));
    const who = quoteTokens(text, tokens, e);
    push('employer', 'employer.complaint', span, (q) => `'${q}' complains about ${who}, your employer, where anyone there can read it.`);
    break;
  }

  // ---- third-party: someone recognisable + what happened to them.
  const marks: Span[] = [];
  const ids = identifiers(text, tokens, hits, marks);
  const sensitiveBy = new Map<string, CategoryHit[]>();
  for (const c of ['health', 'school', 'behaviour', 'legal', 'family', 'intoxication', 'drugs', 'hardship'] as const) sensitiveBy.set(c, get(c));
  sensitiveBy.set('hardship', [...get('hardship'), ...owedAmounts(tokens, sentenceOf).map((o) => ({ ...o, category: 'hardship' as Category }))]);
  sensitiveBy.set('school', [...(sensitiveBy.get('school') ?? []), ...marks.map((m) => ({ ...m, category: 'school' as Category }))]);
  const sensitive = [...sensitiveBy.values()].flat();
  const cues = prepared.protectedCues.flatMap((c) => get(c).map((h) => ({ ...h, protectedWord: PROTECTED_WORD[c] ?? 'person' })));
  // A handle is an account someone chose to tag (a colleague, a paper, a neighbourhood group), not a patient, a pupil or
  // a client, whom nobody @-mentions.
  const people = refs.filter((r) => (r.kind === 'titled' || r.kind === 'named' || r.kind === 'initial') && !r.public);
  // A class or a bed alone is not a person: it identifies one with a name or a person word beside it.
  const personIn = perSentence(
    (k) =>
      people.some((p) => sentenceOf[p.from] === k) ||
      sentenceHas(k, (t, i) => (PERSON_NOUNS.has(t.norm) || PRONOUNS.has(t.norm)) && ownNameTokens[i] !== 1) ||
      cues.some((c) => sentenceOf[c.from] === k && !GENERIC_PEOPLE.has(tokens[c.from]!.norm)),
  );
  // (Or a first name just before a class: "Priya in 10R", "Lukas aus der 8b", "Mateo de 3ºB", "Noah (Y8)".)
  const namedBefore = (i: Identifier) =>
    i.kind === 'class' &&
    tokens.slice(Math.max(0, i.from - 3), i.from).some((t, d, a) => t.kind === 'word' && sentenceOf[i.from - a.length + d] === sentenceOf[i.from] && isCap(text, t) && isFirstName(text.slice(t.start, t.end)));
  const personNear = (i: Identifier) => personIn(sentenceOf[i.from]!) || namedBefore(i);
  // Families and relations name someone as well as a name does: "la famille Duprat", "the Url kids", "el hijo de la frutera".
  const kin = shaped.filter((x) => x.name === 'ref.familyName' || x.name === 'ref.relation');
  const identifying: Array<Span & { what: string; town?: boolean }> = [
    ...people.map((p) => ({ ...p, what: 'by name' })),
    ...kin.filter((k) => !get('family').some((f) => f.from <= k.from && f.to >= k.from && mineBy(f))).map((k) => ({ from: k.from, to: k.to, what: k.name === 'ref.familyName' ? 'by family name' : 'by who they are to someone', town: true })),
    ...ids.filter((i) => i.kind === 'age' || personNear(i)).map((i) => ({ ...i, what: i.by ?? (i.kind === 'age' ? 'by age' : i.kind === 'class' ? 'by class' : 'by where they are') })),
  ];
  // Thanks and congratulations to a named colleague ("Dr Osei passed her exam. So proud of her!") are praise, not a story
  // about them, unless the sentence also says who they are to the work (a patient, a class, a bed) or their age. (Praise of
  // an exam or a family's news only: an illness, a case or trouble told of someone praised is still told, "shoutout to
  // Dana, who has been playing all through her chemo".)
  // (`thanked` is per sentence, computed once: a post of one long unpunctuated sentence full of names would otherwise be
  // scanned once per name.)
  const placedSentences = new Set([...ids, ...cues].map((x) => sentenceOf[x.from]!));
  const praised = (id: Span & { what: string }) => {
    const s = sentenceOf[id.from]!;
    if (!thanked(s) && !thanked(s - 1) && !thanked(s + 1)) return false;
    return id.what === 'by name' && !placedSentences.has(s);
  };
  let thirdParty = false;
  // A source, a whistleblower: named or described, that is enough.
  const sourceCue = get('protectedClients').find((h) => SOURCE_WORDS.has(tokens[h.to - 1]!.norm));
  if (sourceCue && prepared.protects.some((p) => p === 'sources' || p === 'clients' || p === 'members of the public')) {
    const who = identifying.find((id) => near(id, sourceCue, 0)) ?? identifying.find((id) => near(id, sourceCue));
    if (who) {
      push('third-party', 'third-party.identifiable', join(sourceCue, who), (q) => `'${q}' could let someone recognise a source.`);
      thirdParty = true;
    }
  }
  if (!thirdParty && sensitive.length > 0) {
    const placeOrClass = ids.filter((i) => i.kind !== 'age');
    // On a personal identity, "the architect from Lyon" is someone from one's own life unless the post is about work people.
    const workPlace = placeOrClass.filter((i) => !i.town);
    // What the role works with makes the story about them: health for patients, school for students, cases for clients.
    const contextual = (h: CategoryHit) =>
      (prepared.protects.includes('patients') && (h.category === 'health' || h.category === 'behaviour')) ||
      (prepared.protects.includes('students') && (h.category === 'school' || h.category === 'behaviour' || h.category === 'family')) ||
      (prepared.protects.some((p) => p !== 'patients' && p !== 'students') && (h.category === 'legal' || h.category === 'hardship'));
    // A name with a class, a bed, a room or an age in one sentence, and what the role keeps private said of them there,
    // is the identifiable person the role protects, whatever else the post says: "Jake in 9C bunked off again", "Noah (Y8)
    // got a detention", "Mrs Kaur in bed 4 fell overnight". The model may not drop it.
    // (The name beside its class, bed or age, a few words apart; and no thanks around it: "Hoy se jubila Carmen Olmedo, 38
    // años de enfermera … Gracias por todo" is a farewell.)
    const pinned = (id: Span, what: readonly CategoryHit[]) => {
      const s = sentenceOf[id.from]!;
      const here = (x: Span) => sentenceOf[x.from] === s;
      if (thanked(s) || thanked(s - 1) || thanked(s + 1)) return false;
      const beside = (i: Identifier) => here(i) && !i.town && (namedBefore(i) || people.some((p) => here(p) && (i.from >= p.to ? i.from - p.to : p.from - i.to) <= 3));
      return ids.some((i) => beside(i) && (i.kind === 'age' || personNear(i))) && what.some(here);
    };
    for (const id of identifying) {
      // (Not what is said of the writer: "Frau Demirci hat die 7b übernommen, als ich krank war", "cuando yo estaba enferma".)
    const what = sensitive.filter((h) => near(h, id) && (h.to <= id.from || h.from >= id.to) && !saidOfWriter(tokens, sentenceOf, h));
      if (what.length === 0 || (praised(id) && what.every((h) => h.category === 'school' || h.category === 'family'))) continue;
      const related = cues.length > 0 || placeOrClass.length > 0 || what.some(contextual);
      if (!related) continue;
      // A name alone on a personal identity is a friend or relative unless the post is about work people.
      if (prepared.role === 'personal' && cues.length === 0 && workPlace.length === 0 && (id.what === 'by name' || id.town)) continue;
      // Nor is family news with no one of the work in it: "Die Tochter (8) hat beschlossen ...", "Noé's at his dad's". Only
      // kin words: foster care, the Jugendamt or a father in prison said of a child is what a teacher must not tell.
      if (prepared.role === 'personal' && cues.length === 0 && workPlace.length === 0 && what.every((h) => h.category === 'family' && h.to - h.from <= 2 && (KIN.has(tokens[h.to - 1]!.norm.replace(/'s$/, '')) || MORE_KIN.has(tokens[h.to - 1]!.norm.replace(/'s$/, ''))))) continue;
      // "my parents", "mis hijos": the person's own family.
      if (get('family').some((f) => near(f, id, 0) && mineBy(f))) continue;
      const closest = what.reduce((a, b) => (Math.abs(b.from - id.from) < Math.abs(a.from - id.from) ? b : a));
      const whom = cues[0]?.protectedWord ?? protectedNoun(prepared.protects);
      push('third-party', 'third-party.identifiable', join(id, closest), (q) => `'${q}' could let someone recognise a ${whom} ${id.what} and what happened to them.`, stances['third-party'], pinned(id, what.filter(contextual)));
      thirdParty = true;
      break;
    }
    // On a personal identity, any story about one's patients, students or clients.
    if (!thirdParty && prepared.role === 'personal') {
      const strictCues = cues.filter((c) => !GENERIC_PEOPLE.has(tokens[c.from]!.norm) && !mineBy(c));
      for (const c of strictCues) {
        const what = sensitive.filter((h) => near(h, c, 0));
        if (what.length === 0) continue;
        push('third-party', 'third-party.identifiable', join(c, what[0]!), (q) => `'${q}' tells a story about a ${c.protectedWord} on your personal identity.`);
        thirdParty = true;
        break;
      }
    }
  }

  // A customer's account told in public by a brand: a reply that speaks to the customer (an @handle, or "Hola Marta" at
  // the start) and tells their account's trouble ("your workspace was locked because of 3 chargebacks", "tu transferencia
  // de 3.200 € sigue retenida", "Ihre Rückbuchung über 89 € ist offen"). A support team says that in a private message.
  // ("@marta thanks, your order ships Monday!" tells no trouble.)
  if (!thirdParty && prepared.role === 'company') {
    const handleOf = (r: Span) => foldText(text.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end).replace(/^@/, ''));
    const spokenTo = refs.find((r) => r.kind === 'handle' && sentenceOf[r.from]! === 0 && !prepared.ownHandles.has(handleOf(r))) ?? greetedByName(text, tokens);
    const trouble = spokenTo ? accountTrouble(tokens, sentenceOf, spokenTo) : null;
    if (spokenTo && trouble) {
      input.signals?.push({ name: 'id.customerAccount', ...trouble });
      push('third-party', 'third-party.identifiable', join(spokenTo, trouble), (q) => `'${q}' tells a customer's account details in public; a private message keeps them between you.`, stances['third-party'], true);
      thirdParty = true;
    }
  }

  // Praise of a named colleague and nothing else recognisable: the model may not make it a story about them.
  const praise = thirdParty ? undefined : [...identifying, ...refs.filter((r) => r.kind === 'official' || r.kind === 'titled').map((r) => ({ ...r, what: 'by name' }))].find(praised);
  if (praise) damp('third-party', praise);
  // A death mourned of someone with a title or a role, with no patient, pupil or client word in the post ("Very sad to hear
  // of the passing of Dr. Edmund Whitlock, who trained so many of us … Thinking of his family", "Wir trauern um Dr. Erwin
  // Salzmann, der die Praxis 38 Jahre lang geführt hat"): a colleague's obituary, not a story about someone the work
  // protects. ("RIP Mr Jones, the loveliest patient on the ward" keeps its patient word, and the model's reading.)
  else if (!thirdParty && mourned && cues.length === 0) {
    const mournedPerson = refs.find((r) => r.kind === 'official' || r.kind === 'titled');
    if (mournedPerson) damp('third-party', mournedPerson);
  }
  // A story told with the person's leave or with the names taken out ("shared with her permission, no names", "una clienta
  // (me autorizó a contarlo)", "mit ihrem Einverständnis", "prénoms modifiés"): the writer has made it a story nobody can
  // be recognised in, and the learned model may not make it one about someone (nor the writer's own private life). A
  // bed, a class or a name the rules find still warns: a story told with leave can still give the person away.
  // (In the readable and held-out splits, 49 posts say so: 44 fine, and none of the 5 risky is a third party or a story.)
  const consented = tokens.some((t, i) => CONSENTED_FIRST.has(t.norm) && CONSENTED.some((p) => phraseAt(tokens, i, p)));
  if (consented) {
    input.signals?.push({ name: 'story.consented', from: 0, to: tokens.length });
    if (!thirdParty) damp('third-party', { from: 0, to: tokens.length });
  }
  // A personal identity telling of its own family or dates ("my grandmother turned ninety", "mi hermana", "the Tinder
  // date"), with no patient, pupil or client word and no place of the work: one's own life, not a third party the work
  // protects. The learned model may not make it one on its own.
  if (!thirdParty && prepared.role === 'personal' && cues.length === 0 && !ids.some((i) => i.kind !== 'age' && !i.town)) {
    // Owned ("my grandmother", "mi hermana"): a family word merely beside "I" is as often a patient's ("her son
    // never visits, I rang him").
    const own = [...get('family'), ...get('partner')].find((f) => mineBy(f) && !PRONOUNS.has(tokens[f.from]!.norm));
    // Someone met on a dating app is one's own date ("el chico de Tinder ... su madre").
    const date = tokens.findIndex((t) => DATING_APPS.has(t.norm));
    if (own) damp('third-party', own);
    else if (date >= 0) damp('third-party', { from: date, to: date + 1 });
  }

  // ---- confidential: a secrecy cue (strong alone, weak with news); on a personal identity, work news told early.
  const cueText = (h: Span) => tokens.slice(h.from, h.to).map((t) => t.norm).join(' ');
  // Words the role uses every day are not secrecy cues ("embargoed until 00:01" is a journalist's job).
  const jobWords = new Set((ROLE_POLICIES[prepared.role].notSecrets ?? []).map((w) => foldText(w)));
  // (Nor news told as already out, "As announced on Monday", "wie bekannt gegeben", "comme annoncé le 3 mars", nor an
  // idiom of saying: "can't tell you if your neighbour came in", "can't say enough".)
  const cueWords = get('secrecy')
    .filter((h) => !jobWords.has(cueText(h)) && !jobWords.has(tokens[h.from]!.norm))
    .filter((h) => !(tokens[h.from]!.norm === 'confidential' && SERVICE_AFTER_CONFIDENTIAL.has(tokens[h.to]?.norm ?? '')) && !(tokens[h.from]!.norm === 'confidencial' && SERVICE_AFTER_CONFIDENTIAL.has(tokens[h.from - 1]?.norm ?? '')))
    .filter((h) => !(ANNOUNCED_CUES.has(cueText(h)) && [1, 2].some((d) => ALREADY_OUT.has(tokens[h.from - d]?.norm ?? ''))))
    .filter((h) => !(SAID_CUES.has(tokens[h.to - 1]!.norm) && notSilenceAfter(tokens, h.to - 1, sentEnd[sentenceOf[h.from]!]!)));
  const strongSecrecy: Span[] = cueWords.filter((h) => !WEAK_SECRECY.has(cueText(h)));
  // Secrets in plain words ("not out yet", "no lo digáis todavía", "keep it to yourselves"): weak cues, they need news
  // beside them. "I'll say no more" is left to the model: it as often keeps back a bad week as a secret.
  const plain = shaped.filter((x) => x.name.startsWith('secret.'));
  const secrecy: Span[] = [...cueWords, ...plain.filter((p) => p.name !== 'secret.sayNoMore')];
  // Passing on what is marked secret ("sharing the confidential findings") is a leak with or without news beside it.
  const disclosed = plain.filter((p) => p.name === 'secret.disclosed');
  strongSecrecy.push(...disclosed);
  const events: Span[] = [...get('businessEvent')];
  for (const v of get('businessVerb')) {
    const obj = get('orgNoun').find((o) => Math.abs(o.from - v.from) <= 4 && o.from !== v.from && sentenceOf[o.from] === sentenceOf[v.from]);
    if (obj) events.push(join(v, obj));
  }
  const dated = get('futureTime');
  const workish = tokens.some((t) => WORK_CONTEXT.has(t.norm)) || events.length > 0 || get('orgNoun').length > 0;
  let secret: Span | null = null;
  if (strongSecrecy.length > 0 && (prepared.role !== 'personal' || workish || dated.length > 0)) secret = join(strongSecrecy[0]!, ...(events[0] ? [events[0]] : []));
  else if (secrecy.length > 0 && (events.length > 0 || (dated.length > 0 && workish))) secret = join(secrecy[0]!, events[0] ?? dated[0]!);
  else if (prepared.role === 'personal' && events.length > 0) {
    const inside = get('firstPerson').some((h) => ['we', "we're", 'our', 'us', 'nosotros', 'nuestro', 'nuestra', 'nos', 'wir', 'unser', 'unsere', 'uns', 'nous', 'notre'].includes(tokens[h.from]!.norm));
    if (dated.length > 0 && inside) secret = join(events[0]!, dated[0]!);
  }
  if (secret) {
    const span = secret.to - secret.from > 14 ? (strongSecrecy[0] ?? secrecy[0] ?? events[0]!) : secret;
    const leak = disclosed.length > 0 && strongSecrecy.length > 0 && (prepared.role !== 'personal' || workish || dated.length > 0);
    push('confidential', 'confidential.secret-news', span, (q) => `'${q}' sounds like news that is not public yet.`, stances.confidential, leak);
  }

  // ---- profanity: disguised and mild swearing (plain strong words are the profanity lexicon's).
  const swearing: Array<Span & { disguised: boolean }> = profanity.map((p, k) => ({ ...profanitySpans[k]!, disguised: p.disguised })).filter((s) => s.from !== undefined);
  for (const h of get('profanity')) if (!swearing.some((s) => s.from <= h.from && s.to >= h.to)) swearing.push({ ...h, disguised: false });
  for (const s of swearing) {
    push('profanity', s.disguised ? 'profanity.disguised' : 'profanity.mild', s, (q) => (s.disguised ? `'${q}' is disguised swearing, which ${name} keeps out of its posts.` : `'${q}' is swearing, which ${name} keeps out of its posts.`));
  }

  // ---- politics: a party, politician or issue + an opinion.
  // A vote asked for ourselves: "vote for us", "votez pour nous", "wählt uns" (an award, a poll).
  const votedForUs = (k: number) => VOTE_WORDS.has(tokens[k]!.norm) && [1, 2].some((d) => SELF_OR_YOU.has(tokens[k + d]?.norm ?? '') && tokens.slice(k + 1, k + d).every((x) => VOTE_FOR.has(x.norm)));
  // A vote asked for a list or a candidate by name, in a post about an election, is a side taken whether or not the
  // vocabulary knows the party: "Macht euer Kreuz bei Rad & Raum", "vote Harbour Independents", "votad a Vecinos por
  // Alcalá", "votez pour la liste Ensemble pour Brest", "Don't vote for the Ratepayers' Alliance". (Not "vote for us in
  // the awards", with no election, nor "go and vote", with no one named.)
  const electionTalk = tokens.some((t) => ELECTION.test(t.norm));
  if (stances.politics !== 'off' && electionTalk) {
    for (let k = 0; k < tokens.length; k++) {
      const n = tokens[k]!.norm;
      const ask = VOTE_ASK.has(n) || (n === 'kreuz' && (tokens[k + 1]?.norm === 'bei' || tokens[k + 1]?.norm === 'fur'));
      if (!ask) continue;
      let j = k + 1;
      while (j < Math.min(tokens.length, k + 4) && sentenceOf[j] === sentenceOf[k] && VOTE_FOR.has(tokens[j]!.norm)) j++;
      const named = tokens[j];
      if (!named || named.kind !== 'word' || sentenceOf[j] !== sentenceOf[k] || !isCap(text, named) || SELF_OR_YOU.has(named.norm)) continue;
      // (Certain: a vote asked by name says its side in so many words, which the model, knowing no such party, cannot weigh.)
      push('politics', 'politics.partisan', { from: k, to: j + 1 }, (q) => `'${q}' asks people to vote for a side, which ${name} stays out of.`, stances.politics, true);
      break;
    }
  }
  if (stances.politics !== 'off') {
    for (const p of get('politics')) {
      const s = sentenceOf[p.from]!;
      // (A vote said twice is a verdict on the party: "votar a Vox es votar contra…", "Wer AfD wählt, wählt…", "Ceux qui
      // votent LFI votent pour moins de policiers".)
      // (Not "vote at the polling station or vote by proxy", nor "vote for us in the awards": the party must be named.)
      let votes = 0;
      for (let k = sentStart[s]!; k >= 0 && k < sentEnd[s]!; k++) if (VOTE_VERBS.has(tokens[k]!.norm)) votes++;
      const party = get('politics').some((h) => sentenceOf[h.from] === s && !VOTE_WORDS.has(tokens[h.from]!.norm));
      // (A vote made a condition is a verdict on the party too: "si el domingo votas a Vox, desinstala la app", "if you
      // vote Reform, unfollow us", "wer AfD wählt, …", "ceux qui votent RN".)
      const conditional = sentenceHas(s, (t, k) => VOTE_VERBS.has(t.norm) && tokens.slice(Math.max(sentStart[s]!, k - 4), k).some((x) => VOTE_CONDITION.has(x.norm)));
      const opinionWord = ((votes >= 2 || conditional) && party) || sentenceHas(s, (t, k) => (k < p.from || k >= p.to) && OPINION.has(t.norm) && !votedForUs(k));
      // A quote someone else said ("...," the Chancellor told MPs) is not the poster's opinion.
      const speech = reported(s);
      // (A word of voting alone, with no party in its sentence, is no side for its warmth: "Vote for us in the Best Café
      // awards" is glad, not partisan. A word against still is: "Don't bother voting, they're all crooks".)
      const voteOnly = !party && tokens.slice(p.from, p.to).every((t) => VOTE_WORDS.has(t.norm) || VOTE_FOR.has(t.norm));
      // (Or a verdict of its own just after, in a word or three: "Vox quiere cerrar centros de salud. Vergüenza.", "…
      // ose parler de réforme. Honteux."; or the election it is to be remembered at: "Remember this at the ballot box",
      // "Que no se nos olvide en mayo", "qu'on ne l'oublie pas".)
      const verdictAfter = () => {
        const k = s + 1;
        if (k >= sentenceCount || sentStart[k]! < 0) return false;
        const words = tokens.slice(sentStart[k]!, sentEnd[k]!).filter((t) => t.kind === 'word').length;
        return words > 0 && words <= 3 && (inSentence(negative, k).length > 0 || inSentence(get('sentimentNegative'), k).length > 0 || feeling(k) <= -0.5);
      };
      const remembered = [s, s + 1].some((k) => k < sentenceCount && sentStart[k]! >= 0 && sentenceHas(k, (_t, i) => ELECTION_MEMORY.some((m) => phraseAt(tokens, i, m))));
      const opinion =
        inSentence(negative, s).some((h) => !speech || quoted[h.from] !== 1) || opinionWord || (!speech && !voteOnly && (Math.abs(feeling(s)) >= 0.5 || verdictAfter() || remembered));
      const own = firstPersonIn.has(s) && opinionWord;
      if (stances.politics === 'job' ? !own : !opinion) continue;
      // (The election to remember a side's deeds at is said in no other sense: the model may not drop it.)
      push('politics', 'politics.partisan', { from: p.from, to: Math.max(p.to, lastCue(inSentence(negative, s), p.to)) }, (q) => `'${q}' takes a side in politics, which ${name} stays out of.`, stances.politics, remembered && stances.politics !== 'job');
      break;
    }
  }

  // How to vote, not whom to vote for: polling stations, postal votes, registering, the ID to bring ("Bring photo ID to
  // your polling station", "Briefwahl bis Freitag beantragen", "Assesseur au bureau de vote"). With no party or
  // politician named and no opinion or word against in the post, the learned model may not make it politics.
  const civic = tokens.some((t, k) => CIVIC_FIRST.has(t.norm) && CIVIC.some((c) => matchesAt(tokens, k, c)));
  // (A vote of one's own told is a side taken: "J'ai voté pour le changement, vous savez pour qui 😉".)
  const ownVote = tokens.some((t, k) => VOTED.has(t.norm) && firstPersonIn.has(sentenceOf[k]!));
  if (civic && !ownVote && !get('politics').some((h) => !VOTE_WORDS.has(tokens[h.from]!.norm) || h.to - h.from > 1) && negative.length === 0) {
    damp('politics', { from: 0, to: tokens.length });
  }
  // Votes asked for ourselves, in an award or a poll ("Vote for us in the Best Café awards", "Votez pour nous !", "Stimmt
  // für uns ab"): no party or politician in the post, nothing against, no election. Not politics, whatever the model
  // learned of the word.
  const forUs = tokens.some((_t, k) => votedForUs(k));
  if (forUs && get('politics').every((h) => tokens.slice(h.from, h.to).every((t) => VOTE_WORDS.has(t.norm) || VOTE_FOR.has(t.norm))) && get('publicRole').length === 0 && negative.length === 0 && !electionTalk) {
    damp('politics', { from: 0, to: tokens.length });
  }

  // ---- religion: religion + an argument about it.
  const religion = get('religion').filter((h) => !coveredByIdiom(tokens, h, RELIGION_IDIOMS));
  // A holiday greeting ("Frohe Ostern!", "Feliz Navidad", "Eid Mubarak") with no religion word outside it, no insult,
  // mockery or argument in the post and no word against in its sentence: the learned model may not make it an argument
  // about religion on its own. ("Happy Ramadan to all the terrorists" has a word against; "... außer an die Moslems" a
  // religion word outside the greeting; a word of a name, "the Town Hall", is no word against.)
  const greetings = shaped.filter((x) => x.name === 'shape.greeting');
  const inGreeting = (h: Span) => greetings.some((g) => g.from <= h.from && g.to >= h.to);
  const greetingSentences = new Set(greetings.map((g) => sentenceOf[g.from]!));
  const against =
    negative.length > 0 ||
    get('religionArgument').length > 0 ||
    get('sentimentNegative').some((h) => greetingSentences.has(sentenceOf[h.from]!) && !isCap(text, tokens[h.from]!));
  if (greetings.length > 0 && religion.every(inGreeting) && !against && !greetings.some((g) => feeling(sentenceOf[g.from]!) <= -0.45)) {
    damp('religion', greetings[0]!);
  }
  for (const r of religion) {
    const argument = [...get('religionArgument'), ...negative].filter((h) => near(r, h) && (h.to <= r.from || h.from >= r.to));
    if (argument.length === 0 && feeling(sentenceOf[r.from]!) > -0.45) continue;
    push('religion', 'religion.argument', join(r, ...argument.filter((h) => sentenceOf[h.from] === sentenceOf[r.from])), (q) => `'${q}' argues about religion, which ${name} stays out of.`);
    break;
  }

  // ---- private-life: a break-up, an affair, a family row, told about oneself or one's partner.
  const breakups: Span[] = [...get('breakup')];
  // "Wife's left", "my husband walked out": a partner and a leaving.
  // (German "ist" and "hat" leave only with a word of leaving after them: "er ist ausgezogen", "er hat Schluss gemacht";
  // not "Er hat nicht einmal geseufzt", said of a colleague.)
  // (Away for a while is no leaving: "Mein Mann ist weg, auf Dienstreise bis Freitag", "wife's gone to her mum's for the
  // weekend", "se fue de viaje hasta el lunes", in the leaving's sentence.)
  const awhile = (k: number) => sentenceHas(sentenceOf[k]!, (t, i) => AWAY_A_WHILE.has(t.norm) || (UNTIL.has(t.norm) && WEEKDAY_OR_SOON.has(tokens[i + 1]?.norm ?? '')));
  const leaves = (k: number) => {
    const w = tokens[k]?.norm ?? '';
    if (!LEFT_WORDS.has(w) || awhile(k)) return false;
    if (w !== 'ist' && w !== 'hat') return true;
    // (To the end of the clause: German puts the verb last, "ist nach zwölf Jahren und zwei Kindern einfach ausgezogen".)
    for (let j = k + 1; j < tokens.length && sentenceOf[j] === sentenceOf[k] && tokens[j]!.norm !== ','; j++) if (LEFT_ME_DE.has(tokens[j]!.norm) || GERMAN_LEAVING.has(tokens[j]!.norm)) return true;
    return false;
  };
  let awayAWhile = false;
  for (const p of get('partner')) {
    if (leaves(p.to) || leaves(p.to + 1)) breakups.push(join(p, { from: p.to, to: p.to + 1 }));
    else if ([p.to, p.to + 1].some((k) => LEFT_WORDS.has(tokens[k]?.norm ?? '') && awhile(k))) awayAWhile = true;
  }
  // German puts the verb at the end: "Sie hat mich nach acht Jahren für einen Jüngeren verlassen." (Only "hat mich":
  // "Der Mut hat sie verlassen" is no break-up.)
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'mich' || tokens[i - 1]!.norm !== 'hat') continue;
    for (let k = i + 1; k <= i + 10 && k < tokens.length && sentenceOf[k] === sentenceOf[i]; k++) {
      if (!LEFT_ME_DE.has(tokens[k]!.norm)) continue;
      breakups.push({ from: i - 1, to: k + 1 });
      break;
    }
  }
  // Where relationships are the job (a family lawyer), a post about divorce or custody that tells no story of the
  // writer's own is the job: the learned model may not make it private life on its own.
  // (Nor is a story in quotes there: the client's own words, asked or told, "Q from a client: 'can my ex take the kids
  // abroad without asking me?'".)
  const clientWords = (x: Span) => stances['private-life'] === 'job' && quoted[x.from] === 1;
  // (A sentence speaks in the writer's voice unless its only first person is in the client's quoted words.)
  const clientVoiced = new Set(get('firstPerson').filter(clientWords).map((h) => sentenceOf[h.from]!));
  for (const h of get('firstPerson')) if (!clientWords(h)) clientVoiced.delete(sentenceOf[h.from]!);
  const ownVoiceIn = new Set([...firstPersonIn].filter((k) => !clientVoiced.has(k)));
  if (stances['private-life'] === 'job') {
    const ownStory = [...breakups, ...get('partner')].some((b) => !clientWords(b) && (mineBy(b) || (ownVoiceIn.has(sentenceOf[b.from]!) && !JOB_BREAKUP.has(tokens[b.from]!.norm))));
    if (!ownStory) damp('private-life', { from: 0, to: tokens.length });
  }
  // Goodbye said to someone named or to "our" someone is a farewell, and a post that makes one misses a colleague, not a
  // partner: "Today we say goodbye to Margaret Ellory, head of conservation for 31 years. We will miss her." (Not "he
  // said goodbye by text", nor "I said goodbye to my husband", whose partner keeps the story.)
  // (Or asks people to come and say it, to someone retiring: "hangs up her scaler on Friday … come and say goodbye!")
  const farewellPost =
    breakups.some((b) => /goodbye|farewell/.test(tokens[b.to - 1]!.norm) && tokens[b.to]?.norm === 'to' && (isCap(text, tokens[b.to + 1]!) || OUR.has(tokens[b.to + 1]?.norm ?? ''))) ||
    (tokens.some((_t, i) => farewellAt(tokens, i)) && breakups.some((b) => /goodbye|farewell/.test(tokens[b.to - 1]!.norm) && [1, 2, 3].some((d) => /^(come|join|pop|drop)$/.test(tokens[b.from - d]?.norm ?? ''))));
  // (The learned model may not make the farewell a story of its own either: it reads "her" and "goodbye" as a break-up.)
  if (farewellPost && get('partner').every((p) => PRONOUNS.has(tokens[p.from]!.norm))) damp('private-life', { from: 0, to: tokens.length });
  if (consented) damp('private-life', { from: 0, to: tokens.length });
  // (A partner away for a while, and no break-up anywhere: the learned model reads a partner and "gone" as one.)
  if (awayAWhile && breakups.length === 0) damp('private-life', { from: 0, to: tokens.length });
  for (const b of breakups) {
    const partner = get('partner').filter((p) => near(p, b));
    // For a family lawyer divorce and custody are the job; being dumped by text is not.
    const jobTopic = stances['private-life'] === 'job' && JOB_BREAKUP.has(tokens[b.from]!.norm) && !prepared.protectedCues.some((c) => inSentence(get(c), sentenceOf[b.from]!).length > 0);
    const clientStory = prepared.protectedCues.some((c) => inSentence(get(c), sentenceOf[b.from]!).length > 0);
    const mine = (!clientWords(b) && mineBy(b)) || partner.some((p) => !clientWords(p) && mineBy(p)) || (ownVoiceIn.has(sentenceOf[b.from]!) && !jobTopic);
    if (clientStory && !mine) continue;
    if (clientWords(b) && partner.every(clientWords)) continue;
    // (A pronoun is no partner there: "We will miss her.")
    if (farewellPost && partner.every((p) => PRONOUNS.has(tokens[p.from]!.norm))) continue;
    if (jobTopic ? !mine : !(mine || partner.length > 0 || stances['private-life'] === 'job')) continue;
    push('private-life', 'private-life.story', join(b, ...partner.filter((p) => sentenceOf[p.from] === sentenceOf[b.from])), (q) => `'${q}' tells a relationship or family story, which ${name} keeps private.`);
    break;
  }

  // ---- health: one's own diagnosis, treatment, medication or mental health.
  // "Our" and "us" do not make it one's own: "our patients with diabetes", "a paediatrician tells us about
  // bronchiolitis" and "our story on cancer rates" are the work. (A brand account speaks as "we" and "our": there "our
  // bakers are all down with flu" is its own people's health.)
  const weSpeaks = prepared.role === 'company';
  const singular = get('firstPerson').filter((h) => weSpeaks || !OUR.has(tokens[h.from]!.norm));
  const singularIn = new Set(singular.map((h) => sentenceOf[h.from]!));
  for (const s of firstPersonIn) if (weSpeaks || !sentenceHas(s, (t) => OUR.has(t.norm))) singularIn.add(s);
  const postFirstPerson = singular.length > 0;
  // An idiom ("sick of", "a lump in my throat") is no health, unless the post has health words of its own ("Found a lump in
  // my throat last week. Biopsy on Friday.").
  const plainHealth = get('health').filter((h) => !healthIdiom(tokens, h));
  // A clinician talks about health all day: only "my", "I have" make it their own. And the writer at work is not the
  // writer ill: "I see a sprained ankle every Saturday", "I covered the norovirus outbreak", "je soigne une entorse".
  // (Not "I was prescribed", "I can't see", "I gave up", "I see my GP", "ich schreibe das mit Grippe"; but "erkläre ich".)
  const norm = (k: number) => tokens[k]?.norm ?? '';
  const working = (v: number) =>
    WORK_VERBS.has(norm(v)) && !VERB_PARTICLES.has(norm(v + 1)) && !([norm(v + 1), norm(v + 2), norm(v + 3)].some((w) => DOCTORS.has(w)) && SEEING.has(norm(v)));
  const atWork = (k: number) => working(k + 1) || (working(k + 2) && !NOT_AT_WORK.has(norm(k + 1))) || (k > 0 && working(k - 1) && tokens[k - 1]!.kind === 'word');
  // (The writer's own programme is treatment: "mi programa de quimioterapia", "my rehab programme".)
  const institutional = (h: Span) => {
    // Where each way of naming a programme starts: "programa de | salud", "Awareness | week" after, "Burnout-Prävention".
    const starts: number[] = [];
    if (PROGRAMME_BEFORE.has(norm(h.from - 2)) && PROGRAMME_LINK.has(norm(h.from - 1))) starts.push(h.from - 2);
    if (PROGRAMME_BEFORE.has(norm(h.from - 1))) starts.push(h.from - 1);
    if (PROGRAMME_AFTER.has(norm(h.to)) || (norm(h.to) === '-' && PROGRAMME_AFTER.has(norm(h.to + 1)))) starts.push(h.from);
    return starts.some((st) => !POSSESSIVE_BEFORE.has(norm(st - 1)));
  };
  const sentenceAtWork = (s: number) => {
    const here = singular.filter((x) => sentenceOf[x.from] === s);
    return here.length > 0 && here.every((x) => atWork(x.from));
  };
  // A diary's dropped "I" before a treatment counted in time, opening the sentence: "Six months into chemo and still
  // drafting consent orders", "Three weeks post-op.", "Day 4 of antibiotics", "Seis meses de quimio", "Sechs Wochen nach
  // der OP". (Opening it only, and with no one else in the sentence, which the loop checks: "Three weeks post-op, Mr
  // Lane is walking" is someone else's.)
  const diaryTime = (h: Span, s: number) => {
    let k = sentStart[s]!;
    while (k >= 0 && k < sentEnd[s]! && tokens[k]!.kind !== 'word') k++;
    const counted = (isNumber(tokens[k]) || INDEFINITE_ARTICLES.has(norm(k))) && DIARY_UNITS.has(norm(k + 1));
    const day = (norm(k) === 'day' || norm(k) === 'dia' || norm(k) === 'tag' || norm(k) === 'jour') && /^\d{1,3}$/.test(norm(k + 1));
    return k >= 0 && (counted || day) && h.from > k && h.from - k <= 5;
  };
  for (const h of get('health')) {
    if (plainHealth.length === 0 && healthIdiom(tokens, h)) continue;
    const s = sentenceOf[h.from]!;
    // A health word that names a programme, a week or a service ("nuestro programa de salud mental", "mental health
    // awareness week", "notre programme de santé mentale", "unsere Burnout-Prävention") is what an organisation runs, not
    // anyone's illness: not for the rule, nor for the learned model.
    if (institutional(h) || toAnyoneWith(tokens, sentStart[s]!, h)) {
      damp('health', h);
      continue;
    }
    const ownedPlainly = POSSESSIVE_BEFORE.has(norm(h.from - 1)) || (WITH.has(norm(h.from - 1)) && !PROTECTED_PERSON.test(norm(h.from - 2)));
    const busy = sentenceAtWork(s);
    // Where the writer is at work in the sentence ("ich behandle jeden Tag ...", "I treated three patients with ..."), the
    // learned model may not make it their health on its own either.
    if (busy && !ownedPlainly) damp('health', { from: sentStart[s]!, to: sentEnd[s]! });
    const someoneElse =
      refs.some((r) => sentenceOf[r.from] === s && r.kind !== 'employer' && r.kind !== 'role') ||
      ids.some((i) => sentenceOf[i.from] === s) ||
      prepared.protectedCues.some((c) => inSentence(get(c), s).length > 0) ||
      inSentence(get('family'), s).length > 0;
    if (someoneElse) continue;
    let ownerAtWork = true;
    for (let k = Math.max(0, h.from - 3); k < h.from; k++) if (OWNER_BEFORE.has(tokens[k]!.norm) && !atWork(k)) ownerAtWork = false;
    const ownedAtWork = !ownedAfter(tokens, h) && !ownedPlainly && ownerAtWork;
    const byWords = mineBy(h, weSpeaks ? undefined : OUR);
    const bySentence = stances.health !== 'job' && (singularIn.has(s) || (postFirstPerson && near(h, singular[0]!)) || diaryTime(h, s));
    const mine = (byWords && !ownedAtWork) || (bySentence && (!busy || ownedPlainly));
    if (!mine) {
      // Only the writer's work made it not their own: the same for the learned model.
      if (byWords || bySentence) damp('health', { from: sentStart[s]!, to: sentEnd[s]! });
      continue;
    }
    push('health', 'health.own', h, (q) => `'${q}' is about your own health, which ${name} keeps private.`);
    break;
  }

  // ---- substances: drinking or drugs, with someone doing it.
  const clauseSpan = (h: Span): Span => {
    let a = h.from;
    let b = h.to;
    while (a > 0 && sentenceOf[a - 1] === sentenceOf[h.from] && tokens[a - 1]!.norm !== ',') a--;
    while (b < tokens.length && sentenceOf[b] === sentenceOf[h.from] && tokens[b]!.norm !== ',') b++;
    return { from: a, to: b };
  };
  /** The clause of a drink when its person is someone else, or null. */
  const clauseOfSomeoneElse = (h: Span): Span | null => {
    const own = clauseSpan(h);
    // An appositive between commas belongs to the person just before it: "My patient, three years sober, came back".
    const appositive = own.from > 1 && tokens[own.from - 1]!.norm === ',' && tokens[own.to]?.norm === ',' && sentenceOf[own.from - 1] === sentenceOf[h.from];
    const clause = appositive ? { from: clauseSpan({ from: own.from - 2, to: own.from - 1 }).from, to: own.to } : own;
    const { from: a, to: b } = clause;
    // Only a person is someone else (not "the hearing", "my shift", "period one"), and not one the writer is with
    // ("mit den Schülern Sekt getrunken", "trois pastis avec le client").
    const cue = prepared.protectedCues.some((c) =>
      get(c).some((x) => x.from >= a && x.to <= b && tokens.slice(x.from, x.to).some((t) => PROTECTED_PERSON.test(t.norm)) && !tokens.slice(Math.max(a, x.from - 3), x.from).some((t) => WITH.has(t.norm))),
    );
    return cue && !get('firstPerson').some((x) => x.from >= a && x.to <= b && !POSSESSIVE_FIRST.has(tokens[x.from]!.norm)) ? clause : null;
  };
  // Someone drinking in a sentence: a word of drinking that is not just a drink's name, a verb of drinking, or too much.
  // On a menu the drinks by name and emoji ("pints", "🍷") are served, not drunk (`served`).
  const drinkingIn = (s: number, served: boolean) =>
    inSentence(get('intoxication'), s).some((x) => !get('alcohol').some((a) => a.from === x.from && a.to === x.to) && !(served && tokens.slice(x.from, x.to).every((t) => SERVED_DRINK.has(t.norm)))) ||
    sentenceHas(s, (t, k) => isConsumeVerb(t.norm) || excessAt(tokens, k) > 0) ||
    drinksCountedIn(s);
  // Drinks counted as a night goes, which no menu does: the third of them ("on its third prosecco", "beim dritten Sekt",
  // "va por la tercera caña"), a count and then "later" or "deep" ("two martinis later", "4 spritz plus tard", "three
  // pints deep"), or a drink beside a woozy or sick face ("3 mojitos … 🍹🥴"). A brand's support team counting its round
  // is drinking, even in a post that mentions tickets.
  const drinksCountedIn = (s: number) => {
    const drinks = inSentence(get('alcohol'), s);
    if (drinks.length === 0) return false;
    if (sentenceHas(s, (t) => DRUNK_FACE.has(t.norm))) return true;
    if (drinks.some((h) => vowedOff(tokens, sentStart[s]!, sentEnd[s]!, h))) return true;
    return drinks.some((h) => {
      for (let k = h.from - 1; k >= Math.max(sentStart[s]!, h.from - 2); k--) if (DRINK_ORDINAL.test(tokens[k]!.norm)) return true;
      if (!amountBefore(tokens, sentenceOf, h)) return false;
      for (let k = h.to; k < Math.min(sentEnd[s]!, h.to + 4); k++) {
        const t = tokens[k]!.norm;
        if (LATER.has(t) || ((t === 'tard' || t === 'tarde') && (tokens[k - 1]?.norm === 'plus' || tokens[k - 1]?.norm === 'mas'))) return true;
      }
      return false;
    });
  };
  // What a brand's post offers, told once for the post: a promotion, a price, or words of serving and tasting; and
  // whether anyone in it drinks, or the tasting already happened ("Dégustation de crémant hier soir … à trois heures").
  let offeredMemo: boolean | null = null;
  const offeredToDrink = () =>
    (offeredMemo ??=
      (get('promotion').length > 0 ||
        // (An event's hour is an invitation too: "Freitag 18 Uhr Sekt im Foyer!", "drinks on the terrace from 6pm".)
        tokens.some((t, k) => DRINK_OFFER.has(t.norm) || CLOCK.test(t.norm) || (t.norm === 'uhr' && isNumber(tokens[k - 1])) || (isNumber(t) && (tokens[k + 1]?.norm === 'pm' || tokens[k + 1]?.norm === 'h')) || (t.norm === 'happy' && tokens[k + 1]?.norm === 'hour') || (CURRENCY.has(t.norm) && isNumber(tokens[k + 1])) || (isNumber(t) && CURRENCY.has(tokens[k + 1]?.norm ?? '')))) &&
      !someSentence((k) => drinkingIn(k, true)) &&
      !tokens.some((t, k) => PAST_NIGHT.has(t.norm) || (t.norm === 'last' && (tokens[k + 1]?.norm ?? '').startsWith('night')) || (t.norm === 'hier' && (tokens[k + 1]?.norm === 'soir' || tokens[k + 1]?.norm === 'matin'))));
  // Drinks counted with no one to drink them: the drinker left out is the writer ("Nach der Betriebsprüfung erst mal zwei
  // Obstler. Mindestens.", "Après la garde, deux bières et au lit", "12 hours on shift, three pints and bed"). Not with a
  // person in the sentence, who is the one drinking ("the guests had two bottles", "er hat drei Bier getrunken").
  // (Or counted by its place in the night: "Third G&T and the skeleton argument finally makes sense".)
  const counted = (h: Span, s: number) => amountBefore(tokens, sentenceOf, h) !== null || [1, 2].some((d) => h.from - d >= sentStart[s]! && DRINK_ORDINAL.test(tokens[h.from - d]!.norm));
  // A diary's dropped "I": a sentence that opens on a verb of taking ("Smoked a joint after the hearing.", "Downed two
  // pints and bed.") is the writer's.
  const opensOnTaking = (s: number) => {
    let k = sentStart[s]!;
    while (k >= 0 && k < sentEnd[s]! && tokens[k]!.kind !== 'word') k++;
    return k >= 0 && k < sentEnd[s]! && isConsumeVerb(tokens[k]!.norm);
  };
  const drinkerLeftOut = (h: Span, s: number) =>
    counted(h, s) &&
    !refs.some((r) => sentenceOf[r.from] === s) &&
    !sentenceHas(s, (t) => DRINKER_ELSE.has(t.norm)) &&
    !prepared.protectedCues.some((c) => inSentence(get(c), s).length > 0);
  // A night out that ended in the small hours ("the Christmas do finished at 3am", "el cumple acabó a las 4", "fermeture
  // du bar à 4h du mat", "watched the sun come up"): a feature for the learned model, which weighs it against a brand's
  // late opening; no drink need be named.
  for (let k = 0; k < sentenceCount; k++) if (sentStart[k]! >= 0 && sentenceHas(k, (t) => NIGHT_OUT.has(t.norm)) && sentenceHas(k, (_t, i) => smallHourAt(tokens, i))) input.signals?.push({ name: 'cue.lateNight', from: sentStart[k]!, to: sentEnd[k]! });
  for (const h of [...get('intoxication'), ...get('alcohol'), ...get('drugs')]) {
    const s = sentenceOf[h.from]!;
    // "Shots" beside a vaccine are jabs: "Shots done. Flu and Covid booster, one each arm".
    if (SHOTS.has(tokens[h.from]!.norm) && h.to === h.from + 1 && [s - 1, s, s + 1].some((k) => k >= 0 && k < sentenceCount && sentStart[k]! >= 0 && sentenceHas(k, (t) => VACCINE.has(t.norm)))) {
      damp('substances', h);
      continue;
    }
    // (A woozy or sick face beside a drink is drunk too: "se nos fue de las manos con los chupitos 🥴".)
    const aDrink = h.category === 'alcohol' || get('alcohol').some((a) => a.from === h.from && a.to === h.to);
    // (And a drink sworn off: "Never mixing sambuca and cava again."; and one had in the morning or for breakfast, which
    // no evening does: "Gin at 9am after a night shift", "Bier zum Frühstück". A brand's breakfast menu is damped below.)
    const drunk =
      by.get('intoxication')?.some((x) => x === h) ||
      inSentence(get('intoxication'), s).length > 0 ||
      sentenceHas(s, (t) => DRUNK_FACE.has(t.norm)) ||
      vowedOff(tokens, sentStart[s]!, sentEnd[s]!, h) ||
      (aDrink && sentenceHas(s, (t, k) => MORNING_CLOCK.test(t.norm) || (/^([1-9]|1[01])$/.test(t.norm) && tokens[k + 1]?.norm === 'am') || BREAKFAST.has(t.norm)));
    // For a lawyer, a reporter or a public servant, a drink named as an offence ("je plaide un dossier d'alcool au
    // volant", "ich vertrete einen Mandanten wegen Alkohol am Steuer") is a case, and the "I" beside it the work's: the
    // drink is someone else's. A gin after a hearing is not, nor a teacher's own "Alkohol am Steuer".
    const offence = get('legal').some((x) => x.from < h.to && h.from < x.to);
    const aCase = CASE_ROLES.has(prepared.role) && offence;
    // A client's, patient's or pupil's drinking told in a clause of its own: "Mein Mandant war betrunken am Steuer, ich
    // plädiere ...", "my client was drunk when he signed". (Not once the writer is in the clause: "my client and I got drunk".)
    // A drink or a drug as the subject of a programme, a rule or a warning ("our Year 9 vaping assembly", "Vaping is not
    // allowed on hospital grounds", "les dangers du tabac") is the job's topic, not anyone's habit, unless someone in the
    // sentence is drunk or high.
    if (!drunk && (institutional(h) || SUBSTANCE_TOPIC_AFTER.has(norm(h.to)) || sentenceHas(s, (t) => SUBSTANCE_RULED.has(t.norm)))) {
      damp('substances', h);
      continue;
    }
    const theirs = clauseOfSomeoneElse(h);
    if (theirs) {
      damp('substances', theirs);
      continue;
    }
    // A brand's own drink is its product ("Our Kölsch won silver", "Nuestro vermut de la casa vuelve"), unless someone
    // drinks it in the sentence ("our brewers drank way too much of our own beer", "nuestro equipo se bebió ...").
    // (An amount is drinking unless the brand made it: "drei neue Biere gebraut" is a brewery's week, "drei Bier" a night out.)
    const drunkBeyondDrink = (made: boolean) => drinkingIn(s, false) || (!made && amountBefore(tokens, sentenceOf, h) !== null);
    const ourDrink = () =>
      aDrink && tokens.slice(Math.max(sentStart[s]!, h.from - 3), h.from).some((t) => OUR.has(t.norm));
    // Made by the brand ("Wir haben drei neue Biere gebraut", "Nous avons brassé une bière de Noël") is the same product:
    // the verb of making within four words of the drink, with no comma or "and then" between ("Heute gebraut, danach
    // noch fünf Bier" is a night out).
    const madeHere = () => {
      for (let k = h.from - 1; k >= Math.max(sentStart[s]!, h.from - 4) && !CLAUSE_BREAK.has(tokens[k]!.norm); k--) if (DRINK_MAKING.has(tokens[k]!.norm)) return true;
      for (let k = h.to; k < Math.min(sentEnd[s]!, h.to + 4) && !CLAUSE_BREAK.has(tokens[k]!.norm); k++) if (DRINK_MAKING.has(tokens[k]!.norm)) return true;
      return false;
    };
    if (prepared.role === 'company') {
      const made = madeHere();
      if ((ourDrink() || made) && !drunkBeyondDrink(made)) continue;
      // A drink a brand offers is on its menu, not in anyone's glass: a tasting, a menu, a price, tickets, a bar or
      // terrace that serves it ("Wine tasting Friday, tickets £35", "Maridaje de vinos con el menú degustación",
      // "two-for-one pints in the Anchor Bar"). Not once someone in the post is drunk or hungover, nor a tasting that
      // already happened.
      if (offeredToDrink()) {
        damp('substances', h);
        continue;
      }
    }
    if (!(drunk || (!aCase && (firstPersonIn.has(s) || drinkerLeftOut(h, s) || opensOnTaking(s))))) continue;
    push('substances', 'substances.use', h, (q) => `'${q}' is about drinking or drugs, which ${name} keeps out of its posts.`);
    break;
  }

  // ---- other identity: its names, employer or words + a promotion.
  const promo = get('promotion');
  if (promo.length > 0) {
    const mention = prepared.others.matchAll(tokens, input.keys, { elided: true })[0];
    if (mention) {
      push('other-identity', 'other-identity.promotion', join(mention, promo[0]!), (q) => `'${q}' promotes your other identity's work from ${name}, which ties the two together.`);
    }
  }
  if (input.signals) {
    emitSignals(input.signals, {
      text,
      tokens,
      sentenceOf,
      foreign,
      hits,
      refs: [...refs, ...extraPeople],
      isTarget: (r) => isTarget(r as PersonRef),
      negative,
      disguised: profanity.map((p, k) => ({ ...profanitySpans[k]!, disguised: p.disguised })).filter((x) => x.from !== undefined),
      comparisons: compared,
      shapes: shaped,
      mockShapes: mocked,
      feeling: input.depth === 'full' ? feeling : () => 0,
      ids,
      marks,
      // (For the learned model too, a news outlet is no organisation of the writer's.)
      orgs: orgs.filter((o) => !mediaOutlet(o)),
      findings,
      secrecy: cueWords,
      strongSecrecy,
      events,
      sensitive,
      cues,
    });
  }
  return findings;
}

const EN_FUNCTION = new Set(['the', 'and', 'is', 'of', 'to', 'a', 'in', 'that', 'it', 'for', 'on', 'with', 'was', 'this', 'you', 'my', 'i', 'at', 'be', 'are', 'have', 'not', 'but', 'so', 'just', 'we', 'they', 'he', 'she', 'his', 'her', 'our', 'what', 'all']);
const OTHER_FUNCTION = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'ein', 'eine', 'mit', 'auf', 'den', 'el', 'la', 'los', 'las', 'que', 'y', 'es', 'un', 'una', 'por', 'con', 'para', 'del', 'le', 'les', 'et', 'est', 'une', 'des', 'du', 'pas', 'pour', 'dans', 'je', 'il', 'elle', 'sur', 'au', 'hat', 'sie', 'wir', 'muy', 'pero', 'mais']);
/** VADER is an English model: its scores are used only on sentences that read as English. */
function english(tokens: readonly Token[], sentenceOf: Int32Array, s: number): boolean {
  let en = 0;
  let other = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceOf[i] !== s) continue;
    const n = tokens[i]!.norm;
    if (EN_FUNCTION.has(n)) en++;
    else if (OTHER_FUNCTION.has(n)) other++;
  }
  return en > other;
}

const WE_WORDS = new Set(['we', "we're", 'our', 'us', 'nosotros', 'nuestro', 'nuestra', 'nos', 'wir', 'unser', 'unsere', 'uns', 'nous', 'notre', 'nos', 'my', 'mi', 'mein', 'meine', 'mon', 'ma']);
/** Participles that end "hat mich ... verlassen": left, dumped, cheated on. */
/** Dating apps: who one met there is one's own date, on a personal identity. */
const DATING_APPS = new Set(['tinder', 'bumble', 'hinge', 'grindr', 'happn', 'meetic', 'parship', 'badoo', 'okcupid']);
/** The thread emoji and word: "1/8" beside them numbers a post of a thread. */
const THREAD = new Set(['🧵', 'thread', 'hilo', 'fil', 'faden']);
const LEFT_ME_DE = new Set(['verlassen', 'sitzenlassen', 'sitzengelassen', 'abserviert', 'betrogen', 'hintergangen']);
/** German words of leaving after "ist" or "hat" ("ist ausgezogen", "hat Schluss gemacht", "ist weg"). */
const GERMAN_LEAVING = new Set(['weg', 'fort', 'ausgezogen', 'gegangen', 'abgehauen', 'schluss', 'getrennt', 'fremdgegangen', 'gepackt', 'geghostet']);
/** A trip, a shift or a stay with a term: someone "gone" for these is coming back. */
const AWAY_A_WHILE = new Set(
  ['trip', 'business', 'conference', 'weekend', 'holiday', 'holidays', 'vacation', 'shift', 'nightshift', 'tour', 'deployment', 'dienstreise', 'geschaftsreise', 'reise', 'urlaub', 'kur', 'wochenende', 'montage', 'konferenz', 'messe', 'schicht', 'nachtschicht', 'viaje', 'vacaciones', 'congreso', 'guardia', 'turno', 'voyage', 'deplacement', 'vacances', 'congres', 'seminaire', 'garde'].map(foldText),
);
const UNTIL = new Set(['till', 'until', 'til', 'bis', 'hasta', "jusqu'a", 'jusqu']);
const WEEKDAY_OR_SOON = new Set(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'manana', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'el', 'au', 'a', 'next', 'nächste', 'naechste', 'zum'].map(foldText),
);
const LEFT_WORDS = new Set(['left', 'gone', 'walked', 'moved', 'packed', 'dumped', 'ghosted', 'cheated', 'quit', 'ist', 'hat', 'se']);
const JOB_BREAKUP = new Set(['divorce', 'divorces', 'divorced', 'divorcing', 'custody', 'separation', 'separations', 'separated', 'divorcio', 'divorcios', 'custodia', 'separaciones', 'scheidung', 'scheidungen', 'sorgerecht', 'trennung', 'trennungen', 'garde', 'separacion'].map(foldText));
/** The board, partners or management of something named after them is someone else's: "der Vorstand des Sportvereins", "los socios del club", "la gerencia del hotel". */
const BOARD_WORDS = new Set(['vorstand', 'geschaftsfuhrung', 'chefetage', 'socios', 'gerencia', 'hierarchie', 'rectorado', 'rectorat', 'jefatura']);
const OF_WORDS = new Set(['of', 'des', 'du', 'de', 'del', 'der', 'von', 'vom', 'beim', 'im']);
function someoneElsesBoard(tokens: readonly Token[], h: Span): boolean {
  return BOARD_WORDS.has(tokens[h.to - 1]!.norm) && OF_WORDS.has(tokens[h.to]?.norm ?? '');
}
/**
 * Parties named after everyday words are parties only as names: written with a capital ("no podemos contar", "hay que
 * sumar", "in labour" are the words), not a German noun after "im" ("im Grünen", "im Linken"), and not a Spanish verb
 * opening a sentence before an infinitive ("Podemos quedar el sábado").
 */
const PARTY_WORDS = new Set(['podemos', 'sumar', 'labour', 'grunen', 'linken']);
function everydayPartyWord(text: string, tokens: readonly Token[], h: Span, sentenceOf: Int32Array): boolean {
  if (h.to - h.from !== 1 || !PARTY_WORDS.has(tokens[h.from]!.norm)) return false;
  const t = tokens[h.from]!;
  const first = String.fromCodePoint(text.codePointAt(t.start)!);
  if (first === first.toLowerCase()) return true;
  if ((t.norm === 'grunen' || t.norm === 'linken') && ['im', 'ins', 'am'].includes(tokens[h.from - 1]?.norm ?? '')) return true;
  const opens = h.from === 0 || sentenceOf[h.from - 1] !== sentenceOf[h.from];
  const next = tokens[h.from + 1];
  return (t.norm === 'podemos' || t.norm === 'sumar') && opens && next !== undefined && next.kind === 'word' && next.norm.length > 3 && /(ar|er|ir)(lo|la|le|los|las|les|nos|se|me|te)?$/.test(next.norm);
}
/** "Pide cita", "cita previa", "solicitar cita con orientación": an appointment asked for, not a date. */
const ASK_FOR = new Set(['pide', 'pedir', 'pida', 'pidan', 'pedid', 'pedi', 'solicita', 'solicitar', 'solicite', 'reserva', 'reservar', 'coge', 'coger']);
function anAppointment(tokens: readonly Token[], h: Span): boolean {
  if (h.to - h.from !== 1 || tokens[h.from]!.norm !== 'cita') return false;
  const before = tokens[h.from - 1]?.norm ?? '';
  const after = tokens[h.to]?.norm ?? '';
  return ASK_FOR.has(before) || after === 'previa';
}
const SUBSTANCE_CATEGORIES = new Set<Category>(['alcohol', 'intoxication', 'drugs']);
/**
 * Whether a drink is one without alcohol: a marker before it ("alkoholfreies Radler", "alcohol-free gin", "non-alcoholic
 * beer", "a 0.0 beer") or up to three words after it ("cerveza sin alcohol", "Radler, alkoholfrei", "une bière sans
 * alcool", "beer, alcohol free"); and "alcohol" itself in "sin alcohol", "alcohol-free".
 */
/** Before "shots", what makes them jabs, photographs or attempts rather than drinks. */
const SHOTS_OTHER = new Set(['flu', 'booster', 'boosters', 'vaccine', 'vaccination', 'covid', 'b12', 'allergy', 'insulin', 'photo', 'drone', 'head', 'mug', 'action', 'camera', 'warning']);
/** "on target", "at goal": shots in a match. */
const SHOT_AIM = new Set(['target', 'goal', 'goals', 'net', 'frame']);
/** Words that make "Kater" a tomcat: the cat, the vet, its owner, its fur and paws. */
const CAT_CONTEXT = new Set(['katze', 'katzen', 'katzchen', 'tierarzt', 'tierarztin', 'tierarztpraxis', 'tierklinik', 'tierheim', 'besitzer', 'besitzerin', 'halter', 'halterin', 'kastriert', 'kastration', 'fell', 'pfote', 'pfoten', 'futter', 'miau', '🐈', '🐱', '🐾', '🐈‍⬛']);
/** Photographs: "lovely shots" with a camera or a photographer beside them. */
const PHOTO = new Set(['📸', '📷', 'photo', 'photos', 'photographer', 'photography', 'headshots', 'camera', 'pics', 'foto', 'fotos', 'fotografo', 'fotograf', 'photographe']);
/** Verbs after a cat's name ("Kater Moritz ist", "Kater Felix schläft"). */
const CAT_VERBS = new Set(['ist', 'war', 'hat', 'hatte', 'wurde', 'schlaft', 'liegt', 'frisst', 'heisst', 'sitzt', 'braucht', 'darf']);
/** Where weeds grow: "weed the beds", "weeding the allotment". */
const GARDEN = new Set(['bed', 'beds', 'garden', 'gardens', 'border', 'borders', 'patch', 'allotment', 'lawn', 'path', 'drive', 'veg', 'plot']);

/**
 * A word of drink that is another word here: "shots" on target, flu shots and great shots; German "rum" in lower case
 * (colloquial "herum", around; the drink is a noun, and German nouns take a capital); "Kater" beside a cat, a vet or its
 * owner (the tomcat, not the hangover); "weed" as a verb ("weed the beds"); "à la bourre" (late).
 */
function anotherSense(text: string, tokens: readonly Token[], h: Span, language: string | null): boolean {
  const word = tokens[h.from]!.norm;
  if (h.to - h.from !== 1) return false;
  const at = (k: number) => tokens[k]?.norm ?? '';
  if (word === 'shots' || word === 'shot') {
    // "Shots fired" (a jab called out); "14 shots, 6 on target": aim said later in the sentence.
    const aimLater = tokens.some((t, k) => k >= h.to && k < h.to + 6 && (t.norm === 'on' || t.norm === 'at') && SHOT_AIM.has(at(k + 1)));
    return SHOTS_OTHER.has(at(h.from - 1)) || at(h.to) === 'fired' || aimLater || tokens.some((t) => PHOTO.has(t.norm));
  }
  if (word === 'rum') {
    // (Opening a sentence, "Rum sitzen und warten" is the adverb before its verb.)
    const opensSentence = h.from === 0 || /[.!?]/.test(at(h.from - 1));
    return language === 'de' && (!isCap(text, tokens[h.from]!) || (opensSentence && /en$/.test(at(h.to))));
  }
  if (word === 'kater') {
    // A tomcat has a name after it ("Kater Moritz ist …"), a neighbour ("Der Kater vom Nachbarn"), an owner before it
    // ("unser Kater", "Frau Albers' Kater"), or a vet, fur and paws about it.
    const named = h.to < tokens.length && isCap(text, tokens[h.to]!) && CAT_VERBS.has(at(h.to + 1));
    const owner = /^unser(e[nm]?)?$/.test(at(h.from - 1)) || (h.from > 0 && /['’]$/.test(text.slice(tokens[h.from - 1]!.start, tokens[h.from - 1]!.end)));
    return named || owner || at(h.to) === 'vom' || at(h.to) === 'von' || tokens.some((t, k) => k !== h.from && CAT_CONTEXT.has(t.norm));
  }
  if (word === 'vino') return cameNotWine(text, tokens, h);
  // French "à la bourre" is running late ("à la bourre sur les mails"); drunk is "bourré(e)", which folds to the same word.
  if (word === 'bourre') return at(h.from - 1) === 'la';
  if (word === 'weed') return at(h.from - 1) === 'to' || [1, 2, 3].some((d) => GARDEN.has(at(h.to + d - 1)));
  return false;
}

/** Before "vino", what makes it the verb "came": a pronoun ("me vino", "se vino"), a negation, a time or a subject. */
const CAME_BEFORE = new Set(['me', 'te', 'se', 'le', 'les', 'nos', 'os', 'lo', 'la', 'no', 'si', 'nadie', 'ya', 'quien', 'ayer', 'anoche', 'luego', 'despues', 'tambien', 'tampoco', 'nunca', 'solo', 'ella', 'usted', 'ustedes']);
/** After "vino", whoever came ("vino mi hermana", "vino el técnico", "vino alguien") or what for ("vino a verme", "vino a casa"). */
const CAME_AFTER = new Set(['mi', 'tu', 'su', 'mis', 'tus', 'sus', 'nuestra', 'nuestro', 'el', 'la', 'los', 'las', 'un', 'una', 'alguien', 'nadie', 'gente', 'todo', 'toda', 'todos', 'sola', 'solo', 'hoy', 'ayer', 'tarde', 'pronto', 'esta', 'este', 'otra', 'por', 'sin']);
/** Verbs of drinking or ordering before "vino": "tomamos vino", "bebí vino", "pedimos vino". */
const WINE_VERBS = new Set(['tomamos', 'tome', 'tomo', 'tomar', 'tomando', 'bebimos', 'bebi', 'bebo', 'beber', 'bebiendo', 'bebio', 'pedimos', 'pedi', 'pedir', 'abrimos', 'abri', 'servimos', 'sirve', 'sirvo']);
/** Colours and kinds after "vino": the wine named. */
const WINE_AFTER = new Set(['tinto', 'blanco', 'rosado', 'rose', 'espumoso', 'dulce', 'joven', 'crianza', 'reserva', 'caliente', 'peleon', 'barato', 'bueno', 'malo']);
/** Wine after "vino a": "vino a granel", "vino a copas". */
const WINE_SOLD = new Set(['granel', 'copas', 'copa', 'temperatura']);
/** Before "vino", what makes it the wine: an article, a quantity or a glass ("un vino", "el vino", "copa de vino", "más vino"). */
const WINE_BEFORE = new Set(['un', 'el', 'del', 'de', 'al', 'otro', 'buen', 'mal', 'gran', 'excelente', 'rico', 'mucho', 'poco', 'tanto', 'demasiado', 'mas', 'menos', 'este', 'ese', 'aquel', 'mi', 'tu', 'su', 'nuestro', 'vuestro', 'con', 'y', 'o', 'e', 'sin', 'copa', 'copas', 'botella', 'vaso', 'tinto', 'blanco']);

/**
 * Spanish "vino" as the verb "came" ("Ayer vino mi hermana", "se vino abajo", "vino a verme"), not the wine: a pronoun,
 * a negation or a time before it, or whoever came or what for straight after, and no article or glass before it.
 */
function cameNotWine(text: string, tokens: readonly Token[], h: Span): boolean {
  const at = (k: number) => tokens[k]?.norm ?? '';
  const before = h.from > 0 && tokens[h.from - 1]!.kind === 'word' ? at(h.from - 1) : '';
  if (WINE_BEFORE.has(before)) return false;
  const after = tokens[h.to]?.kind === 'word' ? at(h.to) : '';
  // Drunk or named as wine: a verb of drinking or ordering before it ("tomamos vino con la cena", "bebí vino toda la
  // noche"), its colour or a name after it ("ayer vino blanco", "vino Rioja"), unless the name is a person's first name
  // ("Hoy vino Yolanda a la consulta").
  if ([1, 2].some((d) => WINE_VERBS.has(at(h.from - d))) || WINE_AFTER.has(after)) return false;
  if (after !== '' && isCap(text, tokens[h.to]!)) return isFirstName(text.slice(tokens[h.to]!.start, tokens[h.to]!.end));
  // ("que vino", who came; "¿Qué vino…?" with its accent asks for a wine.)
  if (CAME_BEFORE.has(before) || (before === 'que' && !/é/i.test(text.slice(tokens[h.from - 1]!.start, tokens[h.from - 1]!.end)))) return true;
  // Coming in a gerund ("vino llorando"); someone before it and nothing or where from after it ("Pablo vino, comió y se
  // fue", "mi hermano sí vino.", "Mi madre vino de Sevilla"): a noun takes its article, so a bare word before is a subject.
  if (/(ando|iendo|yendo)$/.test(after)) return true;
  if (before !== '' && (after === '' || after === 'de' || after === 'desde' || after === 'para')) return true;
  if (after === 'a') return !WINE_SOLD.has(at(h.to + 1));
  // A name before it ("Pedro vino"), not at a sentence's start: a capital there is only the sentence's.
  if (before !== '' && h.from > 1 && tokens[h.from - 2]!.kind === 'word' && isCap(text, tokens[h.from - 1]!)) return true;
  return CAME_AFTER.has(after) || after === 'abajo' || after === 'con' && ['su', 'mi', 'tu', 'sus', 'mis', 'el', 'la'].includes(at(h.to + 1));
}

/** Before "despedida", what makes it the farewell (a noun with its article: "la despedida", "una despedida", "en su despedida"). */
const FAREWELL_ARTICLE = new Set(['la', 'las', 'una', 'su', 'sus', 'mi', 'tu', 'nuestra', 'vuestra', 'esta', 'esa', 'de', 'en', 'gran', 'bonita', 'emotiva']);
/** Spanish "despedida" as a farewell ("en la despedida", "despedida de soltera"), not "fue despedida" (fired). */
function aFarewellParty(tokens: readonly Token[], h: Span): boolean {
  const word = tokens[h.from]!.norm;
  if (h.to - h.from !== 1 || (word !== 'despedida' && word !== 'despedidas')) return false;
  return FAREWELL_ARTICLE.has(tokens[h.from - 1]?.norm ?? '') || (tokens[h.to]?.norm === 'de' && ['soltera', 'soltero', 'solteras', 'solteros'].includes(tokens[h.to + 1]?.norm ?? ''));
}

/** "a grade 2 hamstring tear", "Grad 3 Bänderriss": a grade with a number before an injury grades the injury, not a class. */
function gradedInjury(tokens: readonly Token[], h: Span, hits: readonly CategoryHit[]): boolean {
  const word = tokens[h.from]!.norm;
  if (h.to - h.from !== 1 || !['grade', 'grado', 'grad', 'stade', 'stadium'].includes(word) || !/^(\d|i{1,3}|iv)$/.test(tokens[h.to]?.norm ?? '')) return false;
  return hits.some((x) => x.category === 'health' && x.from > h.to && x.from <= h.to + 3);
}

function alcoholFree(tokens: readonly Token[], h: Span): boolean {
  const at = (k: number) => tokens[k]?.norm ?? '';
  const zeroAt = (k: number) => at(k) === '0' && (at(k + 1) === '.' || at(k + 1) === ',') && at(k + 2) === '0';
  const markerAt = (k: number) =>
    ALCOHOL_FREE.has(at(k)) ||
    (ALCOHOL_WORDS.has(at(k)) && (at(k + 1) === 'free' || (at(k + 1) === '-' && at(k + 2) === 'free'))) ||
    (at(k) === 'non' && (at(k + 1) === 'alcoholic' || (at(k + 1) === '-' && at(k + 2) === 'alcoholic'))) ||
    (NO_ALCOHOL_BEFORE.has(at(k)) && ALCOHOL_WORDS.has(at(k + 1))) ||
    zeroAt(k);
  if (ALCOHOL_WORDS.has(at(h.from)) && (NO_ALCOHOL_BEFORE.has(at(h.from - 1)) || at(h.to) === 'free' || at(h.to + 1) === 'free')) return true;
  for (let k = Math.max(0, h.from - 3); k < h.from; k++) if (markerAt(k) && (zeroAt(k) || !tokens.slice(k, h.from).some((t) => t.norm === '.' || t.norm === '!' || t.norm === '?'))) return true;
  for (let k = h.to; k <= h.to + 3 && k < tokens.length; k++) {
    // (Not past another drink: "two glasses of wine, then an alcohol-free beer", "drei Bier und ein alkoholfreies".)
    if (tokens[k]!.norm === '.' || tokens[k]!.norm === '!' || tokens[k]!.norm === '?' || NEXT_DRINK.has(tokens[k]!.norm)) break;
    if (markerAt(k)) return true;
  }
  return false;
}
/** Words that open another drink after one: "and", "then", "a", "und ein", "y una", "et une". */
const NEXT_DRINK = new Set(['and', 'then', 'a', 'an', 'one', 'und', 'dann', 'ein', 'eine', 'einen', 'y', 'luego', 'un', 'una', 'et', 'puis', 'une', 'plus']);
/** Words that make a drink one without alcohol: before it ("alkoholfreies Radler", "alcohol-free gin"), or "sin/sans/ohne alcohol" after it. */
const ALCOHOL_FREE = new Set(['alkoholfrei', 'alkoholfreie', 'alkoholfreies', 'alkoholfreien', 'alkoholfreier', 'alkoholfreiem']);
const NO_ALCOHOL_BEFORE = new Set(['sin', 'sans', 'ohne', 'without']);
const ALCOHOL_WORDS = new Set(['alcohol', 'alcool', 'alkohol', 'booze']);
/** Words for a protected person (not for their hearing, case or shift): client, patient, pupil, student, customer. */
const PROTECTED_PERSON = /^(clients?|clientes?|clientas?|patients?|patientes?|pacientes?|patient(in|innen|en)?|pupils?|students?|eleves?|alumn[oa]s?|schuler(in|innen)?|mandant(in|innen|en)?|customers?|kund(e|in|innen|en)|residents?|bewohner(in|innen)?|residentes?)$/;
/** "With" before a person: the writer was with them. */
const WITH = new Set(['with', 'mit', 'con', 'avec']);
/** "Too much", "zu sehr", "de más", "trop": the drink was drunk. */
/**
 * Too much, at token k: how many tokens the words take ("too much", "so much", "zu viel", "so viel", "trop", "tellement",
 * "demasiado", "tanto"), or 0.
 * ("Too" and "zu" alone are "also" and "to": "Wir laden Sie zu unserer Weinprobe ein".)
 */
function excessAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.norm ?? '';
  const next = tokens[k + 1]?.norm ?? '';
  if (t === 'too') return next === 'much' || next === 'many' ? 2 : 0;
  if (t === 'zu' || t === 'so') return next === 'viel' || next === 'much' ? 2 : 0;
  return t === 'trop' || t === 'tellement' || t === 'demasiado' || t === 'demasiada' || t === 'tanto' ? 1 : 0;
}
/**
 * Drinking too much with no drink named: "drank way too much", "bebí demasiado", "zu viel getrunken", "j'ai trop bu".
 * The excess straight after the verb (one word between in English: "drank way too much"), or straight before it in
 * German and French; not of a soft drink ("drank too much coffee", "bebimos agua, demasiado calor").
 */
const DRINKING_VERB = new Set(['drank', 'drink', 'drinking', 'bebi', 'bebimos', 'bebio', 'bebido', 'beber', 'bebiendo', 'getrunken', 'trank', 'tranken', 'trinke', 'trinken', 'bu', 'boire', 'buvons']);
const SOFT_DRINKS = new Set(['coffee', 'tea', 'water', 'juice', 'cola', 'soda', 'milk', 'cafe', 'agua', 'zumo', 'leche', 'kaffee', 'tee', 'wasser', 'saft', 'milch', 'eau', 'jus', 'lait', 'caffeine', 'coke']);
function drankTooMuch(tokens: readonly Token[], sentenceOf: Int32Array): CategoryHit[] {
  const out: CategoryHit[] = [];
  const at = (k: number) => tokens[k]?.norm ?? '';
  const same = (a: number, b: number) => b >= 0 && b < tokens.length && sentenceOf[a] === sentenceOf[b];
  for (let i = 0; i < tokens.length; i++) {
    if (!DRINKING_VERB.has(at(i))) continue;
    let from = -1;
    let to = -1;
    for (const k of [i + 1, i + 2]) {
      const n = same(i, k) ? excessAt(tokens, k) : 0;
      if (n > 0 && (k === i + 1 || at(i + 1) === 'way' || at(i + 1) === 'far')) {
        from = i;
        to = k + n;
        break;
      }
    }
    for (const k of [i - 1, i - 2]) {
      if (from >= 0 || !same(i, k)) continue;
      const n = excessAt(tokens, k);
      if (n > 0 && k + n === i) {
        from = k;
        to = i + 1;
      }
    }
    if (from < 0 || [to, to + 1].some((k) => same(i, k) && (SOFT_DRINKS.has(at(k)) || at(k) === 'de' || at(k) === 'of'))) continue;
    out.push({ category: 'intoxication', from, to });
  }
  return out;
}
/**
 * "X à la retraite !" sends someone off; "qui part à la retraite après 31 ans" and "son départ à la retraite" tell of a
 * colleague leaving (a verb of going, or the noun, just before it).
 */
const GOING_TO_RETIRE = new Set(['part', 'partent', 'partir', 'pars', 'parti', 'partie', 'partis', 'parties', 'partira', 'partiront', 'départ', 'depart', 'départs', 'partait', 'partons']);
function retiringAsNews(tokens: readonly Token[], h: Span): boolean {
  if (h.to - h.from < 2 || tokens[h.to - 1]!.norm !== 'retraite') return false;
  return [1, 2].some((d) => GOING_TO_RETIRE.has(tokens[h.from - d]?.norm ?? ''));
}

/** "Bloody Mary" is a drink (a mocktail at a staff party), not swearing. */
function aCocktail(tokens: readonly Token[], h: CategoryHit): boolean {
  return h.to === h.from + 1 && tokens[h.from]!.norm === 'bloody' && /^marys?$/.test(tokens[h.to]?.norm ?? '');
}
/**
 * German swear words open compounds: "Scheißwetter", "Drecksding", "Kackjob", "arschkalt" (as "Scheiß Wetter" is caught),
 * in German sentences only ("Fickleness" is English) and not the everyday "Arschbombe" (a cannonball jump).
 */
const NOT_SWEARING = new Set(['arschbombe', 'arschbomben']);
/** Verbs of a notice's deadline: "apply before Friday", "book before Monday", "return the forms before Friday". */
const DEADLINE_VERBS = new Set(['apply', 'book', 'submit', 'register', 'sign', 'return', 'send', 'order', 'complete', 'hand', 'pay', 'renew', 'enrol', 'enroll', 'reply', 'rsvp', 'vote', 'claim', 'request', 'upload', 'update', 'cancel', 'collect']);
/** "… can apply for a postal vote via the council website before Friday": a deadline, not news kept back until a day. */
function aDeadline(tokens: readonly Token[], h: Span, sentenceOf: Int32Array): boolean {
  if (tokens[h.from]!.norm !== 'before') return false;
  for (let k = h.from - 1; k >= Math.max(0, h.from - 10) && sentenceOf[k] === sentenceOf[h.from]; k--) if (DEADLINE_VERBS.has(tokens[k]!.norm)) return true;
  return false;
}

/** The time a treatment is counted in at the start of a diary's sentence ("Six months into chemo", "Tres semanas de baja"). */
const DIARY_UNITS = new Set(['days', 'weeks', 'months', 'week', 'month', 'dias', 'semanas', 'meses', 'tage', 'tagen', 'wochen', 'monate', 'monaten', 'jours', 'semaines', 'mois']);
/** Indefinite articles: someone not picked out ("a columnist", "un columnista", "eine Journalistin"), a thing compared ("of a puddle"). */
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'un', 'una', 'une', 'ein', 'eine', 'einem', 'einer', 'einen']);
/** Missing someone who leaves: "miss you", "vermissen", "echar de menos", "tu vas nous manquer", "extrañaremos". */
const MISSING_SOMEONE = new Set(['miss', 'missed', 'vermissen', 'vermisst', 'vermisse', 'extrañaremos', 'extranaremos', 'extrañar', 'extranar', 'manquer', 'manqueras', 'manquera', 'manques', 'manquez'].map(foldText));
const ECHAR_DE_MENOS = ['echar', 'de', 'menos'];
function missingSomeoneAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i]!.norm;
  if (!MISSING_SOMEONE.has(n) && !phraseAt(tokens, i, ECHAR_DE_MENOS)) return false;
  // (Not denied: "Won't miss him", "werde ihn nicht vermissen", "no le echaremos de menos", "ne nous manquera pas".)
  const near = [tokens[i - 1], tokens[i - 2], tokens[i - 3], tokens[i + 1], tokens[i + 2]];
  return !near.some((t) => t && (DENY.has(t.norm) || t.norm.endsWith("n't")));
}

/**
 * Parties known by letters that are other words in lower case or in another language ("pp" pages, "rn" a nurse, "ps" a
 * postscript): written in capitals in a sentence of their country's language ("Le RN n'a aucun programme", "El PP ha
 * recortado", "Die AfD"), they are the party.
 */
const PARTY_ACRONYMS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['RN', 'LR', 'PS', 'LFI', 'EELV', 'PCF']),
  es: new Set(['PP', 'PSOE', 'ERC', 'PNV']),
  de: new Set(['CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'BSW']),
};
function partyAcronyms(text: string, tokens: readonly Token[], sentenceOf: Int32Array, languageOf: ReadonlyArray<string | null>): CategoryHit[] {
  const out: CategoryHit[] = [];
  tokens.forEach((t, i) => {
    const lang = languageOf[sentenceOf[i]!];
    if (t.kind === 'word' && lang && PARTY_ACRONYMS[lang]?.has(text.slice(t.start, t.end))) out.push({ category: 'politics', from: i, to: i + 1 });
  });
  return out;
}

function swearCompounds(tokens: readonly Token[], sentenceOf: Int32Array, languageOf: ReadonlyArray<string | null>): CategoryHit[] {
  const out: CategoryHit[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || NOT_SWEARING.has(t.norm) || languageOf[sentenceOf[i]!] !== 'de') return;
    if (SWEAR_STEMS.some((stem) => t.norm.length >= stem.length + 3 && t.norm.startsWith(stem))) out.push({ category: 'profanity', from: i, to: i + 1 });
  });
  return out;
}
/** Verbs of an organisation announcing or inviting, right after its name. */
const ORG_SPEAKS = new Set(
  ['announces', 'announce', 'invites', 'informs', 'welcomes', 'presents', 'pleased', 'informiert', 'ladt', 'begrusst', 'prasentiert', 'anuncia', 'informa', 'invita', 'presenta', 'annonce', 'informe', 'invite', 'presente', 'accueille'].map(foldText),
);
/** Verbs of calling someone names, said of an outsider who did: "called", "beschimpft", "ha llamado", "a traité … de". */
const INSULTED = new Set(
  ['called', 'insulted', 'abused', 'llamado', 'llamo', 'llamandola', 'llamandole', 'insulto', 'insultado', 'beschimpft', 'beschimpfte', 'beleidigt', 'beleidigte', 'traite', 'traitee', 'insulte', 'insultee', 'nannte', 'genannt'].map(foldText),
);
/** Someone unnamed: "a", "un", "ein", "someone", "alguien", "jemand", "quelqu'un" (before the noun of who they were). */
const SOMEONE = new Set(['a', 'an', 'un', 'una', 'ein', 'eine', 'einer', 'someone', 'somebody', 'alguien', 'jemand', "quelqu'un", 'quelquun'].map(foldText));
/**
 * An unnamed outsider as the subject of the verb at `verb`: "a"/"un"/"ein" or "someone" among the first four words of
 * the sentence ("This morning a customer called …", "Ein Anrufer hat … beschimpft"), with no one named between it and
 * the verb but a colleague of ours, after "our" (`OUR`: "our barista Jamal", "unsere Kollegin Frau Yilmaz") ("Yesterday at a meeting Dr Okafor called …" is Dr Okafor speaking).
 */
function outsiderBefore(tokens: readonly Token[], start: number, verb: number, named: readonly Span[]): boolean {
  for (let k = start; k < Math.min(verb, start + 4); k++) {
    if (!SOMEONE.has(tokens[k]!.norm)) continue;
    return !named.some((r) => r.from > k && r.from < verb && !(r.from > 0 && OUR.has(tokens[r.from - 1]!.norm)) && !(r.from > 1 && OUR.has(tokens[r.from - 2]!.norm)));
  }
  return false;
}
/** An election talked of: "election(s)", "polling", "Kommunalwahl", "Wahlsonntag", "elecciones", "municipales", "élections", "scrutin" (not "polls" or "ballot", which awards have too). */
const ELECTION = /^(elections?|by-elections?|polling|(kommunal|landtags|bundestags|europa|burgermeister|stich|ober|gemeinderats|stadtrats)?wahl(en|sonntag|tag|kreis)?|gewahlt|elecciones|eleccion|municipales|autonomicas|generales|elections?|legislatives|presidentielle|scrutin|regionales|europeennes)$/;
/** Asking for a vote: "vote", "votad", "vota", "votez", "wählt", "wählen Sie". */
const VOTE_ASK = new Set(['vote', 'votad', 'vota', 'votadle', 'votez', 'wahlt', 'wahlen'].map(foldText));
/** Between the ask and the name: "for", "a", "por", "pour", "la liste", "die", "bei", "the". */
const VOTE_FOR = new Set(['for', 'the', 'a', 'al', 'por', 'la', 'lista', 'liste', 'pour', 'fur', 'bei', 'die', 'der', 'den', 'list'].map(foldText));
/** Not a side: "vote for us", "vote for me", "votez pour nous", "wählt uns" (an award, a poll, a name of one's own). */
const SELF_OR_YOU = new Set(['us', 'me', 'we', 'you', 'nous', 'moi', 'vous', 'nos', 'nosotros', 'mi', 'uns', 'mich', 'euch'].map(foldText));
/** Words that make an organisation a news outlet: "Gazette", "Radio", "Zeitung", "Diario", "Journal". */
const MEDIA_WORDS = new Set(
  'media news times press herald gazette chronicle tribune post magazine journal newspaper ledger radio tv periodico diario revista emisora zeitung redaktion sender verlag redaction hebdo'.split(' '),
);
/** Someone else as a subject: "he", "they", "er", "elle", "ellos" (not "él", which folds to the article "el"). */
const DRINKER_ELSE = new Set(['he', 'she', 'they', "he's", "she's", "they're", 'er', 'sie', 'il', 'elle', 'ils', 'elles', 'ella', 'ellos', 'ellas']);
/** Faces of a drinker the morning after, or the night of: woozy, dizzy, sick. */
/**
 * A name worn by an impostor: "someone pretending to be from X", "des faux conseillers X", "se hacen pasar por X",
 * "angebliche X-Mitarbeiter", or, in a post that names a scam, "someone 'from X'" and "anyone from X asking for". The
 * organisation or person named is the victim of the fraud, not its target.
 */
function impersonated(tokens: readonly Token[], sentenceOf: Int32Array, r: Span): boolean {
  const s = sentenceOf[r.from];
  // (A word that is also "wrong" or "alleged", "c'est faux", "falsos", "claiming", counts only in a post about a scam.)
  const scam = () => {
    let v = SCAM_POSTS.get(tokens);
    if (v === undefined) SCAM_POSTS.set(tokens, (v = tokens.some((t) => SCAM.has(t.norm))));
    return v;
  };
  for (let k = r.from - 1; k >= Math.max(0, r.from - 4) && sentenceOf[k] === s; k--) {
    const t = tokens[k]!.norm;
    if (IMPOSTOR.has(t) || (t === 'pasar' && tokens[k + 1]?.norm === 'por') || (t === 'passer' && tokens[k + 1]?.norm === 'pour')) return true;
    if (FAKE.has(t) && scam()) return true;
  }
  let k = r.from - 1;
  if (k >= 0 && QUOTE_MARK.test(tokens[k]!.norm)) k--;
  if (k < 0 || !FROM.has(tokens[k]!.norm)) return false;
  return tokens.slice(Math.max(0, k - 3), k).some((t) => ANYONE_CLAIMING.has(t.norm)) && scam();
}
/** Whether a post speaks of a scam, asked once per post however many people it names (tokens are one array per post). */
const SCAM_POSTS = new WeakMap<readonly Token[], boolean>();
const IMPOSTOR = new Set(['pretending', 'posing', 'impersonating', 'impersonate', 'impostor', 'impostors', 'imposter', 'imposters']);
const FAKE = new Set(['claiming', 'fake', 'falsos', 'falsas', 'faux', 'fausses', 'angebliche', 'angeblicher', 'angeblichen', 'gefalschte', 'gefalschten']);
const FROM = new Set(['from', 'de', 'del', 'von', 'vom', 'du', 'des']);
const ANYONE_CLAIMING = new Set(['someone', 'anyone', 'anybody', 'somebody', 'alguien', "quelqu'un", 'quelquun', 'jemand', 'jemandem']);
const SCAM = new Set(['scam', 'scams', 'scammer', 'scammers', 'fraud', 'phishing', 'estafa', 'estafas', 'timo', 'arnaque', 'arnaques', 'escroquerie', 'betrug', 'betruger', 'fraude']);
/**
 * A word of complaint denied by "without (any)" before it: "sans aucune honte", "sin ninguna vergüenza", "ohne jede
 * Scham", "without any shame". (Phrases that hold their own "without", "without pay", are hits of their own.)
 */
function withoutAny(tokens: readonly Token[], h: Span): boolean {
  const before = tokens[h.from - 1]?.norm ?? '';
  if (WITHOUT.has(before)) return true;
  return ANY_DENIED.has(before) && WITHOUT.has(tokens[h.from - 2]?.norm ?? '');
}
const WITHOUT = new Set(['without', 'sans', 'sin', 'ohne']);
const ANY_DENIED = new Set(['any', 'aucune', 'aucun', 'ninguna', 'ningun', 'jede', 'jeden', 'jegliche']);
/** Occasions of a night out, in each language (folded). */
const NIGHT_OUT = new Set(['party', 'do', 'birthday', '30th', '40th', '50th', 'wedding', 'gig', 'festival', 'club', 'bar', 'pub', 'cumple', 'cumpleanos', 'fiesta', 'boda', 'despedida', 'feria', 'terraza', 'feier', 'geburtstag', 'hochzeit', 'weihnachtsfeier', 'kneipe', 'beisl', 'soiree', 'fete', 'anniversaire', 'mariage', 'boite', 'festoche', 'festi']);
/** "Shots" and "jabs", and the vaccines they may be (folded). */
const SHOTS = new Set(['shots', 'shot', 'chupitos']);
const VACCINE = new Set(['flu', 'covid', 'booster', 'boosters', 'jab', 'jabs', 'vaccine', 'vaccines', 'vaccination', 'vacuna', 'vacunas', 'gripe', 'impfung', 'grippe', 'vaccin', 'vaccins', 'rappel']);
/** An hour between one and six in the morning, or the sunrise: "3am", "3 am", "a las 4", "4h du mat", "bis 5 Uhr", "sun came up". */
function smallHourAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm;
  if (/^[1-6](:\d{2})?am$/.test(t) || /^[1-6]h$/.test(t)) return true;
  if (/^[1-6]$/.test(t)) {
    if (next === 'am' || next === 'uhr' || next === 'du') return true;
    const before = tokens[i - 1]?.norm;
    if (before === 'las' && (tokens[i - 2]?.norm === 'a' || tokens[i - 2]?.norm === 'hasta')) return true;
  }
  return t === 'sunrise' || t === 'amanecer' || t === 'sonnenaufgang' || (t === 'sun' && (next === 'came' || next === 'come' || next === 'coming'));
}
const DRUNK_FACE = new Set(['🥴', '😵', '😵‍💫', '🤢', '🤮']);
/** The third drink on: in words up to the tenth, and as figures ("3rd", "3e", "3ème", "3.", "3º", "3ª"). */
const DRINK_ORDINAL = new RegExp(
  `^(?:${['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'tercer', 'tercera', 'tercero', 'cuarta', 'cuarto', 'quinta', 'quinto', 'sexta', 'sexto', 'dritte[nrsm]?', 'vierte[nrsm]?', 'funfte[nrsm]?', 'sechste[nrsm]?'].join('|')}|[3-9](?:rd|th|e|eme|\\.|º|ª)|1[0-9](?:th|e|eme|\\.))$`,
);
/**
 * A drink sworn off, which is one drunk the night before: "Never mixing prosecco and tequila again", "nunca más
 * orujo", "nie wieder Jägermeister", "plus jamais de tequila". The vow is before the drink in the sentence; English
 * "never" needs its "again" somewhere in the sentence ("never been a gin person" swears nothing off).
 */
function vowedOff(tokens: readonly Token[], from: number, to: number, h: Span): boolean {
  for (let k = from; k < h.from; k++) {
    const t = tokens[k]!.norm;
    const next = tokens[k + 1]?.norm;
    if (t === 'never' && tokens.slice(k + 1, to).some((x) => x.norm === 'again')) return true;
    if ((t === 'nunca' && next === 'mas') || (t === 'nie' && next === 'wieder') || (t === 'plus' && next === 'jamais') || (t === 'jamais' && next === 'plus')) return true;
  }
  return false;
}
/** A count of drinks, then "later" or "deep": "two martinis later", "tres cañas después" (or "más tarde", and "plus tard"), "drei Bier später", "three pints deep". */
const LATER = new Set(['later', 'deep', 'despues', 'spater', 'danach']);
/** Yesterday and last night: a tasting that happened is a night that was had. (French "hier" only before "soir" or "matin": German "hier" is "here".) */
const PAST_NIGHT = new Set(['yesterday', 'ayer', 'anoche', 'gestern']);
/** Words of a venue serving drinks: a menu, a tasting, a pairing, a bar and its staff, tickets, a happy hour. */
/** A time of day written as one word: "6pm", "18h", "20h30", "19:00". */
const CLOCK = /^(\d{1,2}(:\d{2})?(am|pm)|\d{1,2}h(\d{2})?|\d{1,2}:\d{2})$/;
const DRINK_OFFER = new Set(
  [
    'menu', 'tasting', 'tastings', 'pairing', 'tickets', 'ticket', 'served', 'serving', 'bartender', 'bartenders', 'barman', 'barmen', 'sommelier', 'mixologist', 'terrace', 'two-for-one', 'tap',
    'menú', 'cata', 'catas', 'degustación', 'maridaje', 'entradas', 'servimos', 'terraza', 'barra', 'coctelería', 'camarero',
    'speisekarte', 'getränkekarte', 'verkostung', 'weinprobe', 'gezapft', 'biergarten', 'terrasse', 'ausschank', 'barkeeper',
    'carte', 'dégustation', 'accord', 'accords', 'billets', 'servi', 'servie', 'modération',
    // Booking a table and the wine list: "Jetzt reservieren!", "Réservez", "reserva tu mesa".
    'weinkarte', 'reservieren', 'reservierung', 'reservar', 'réservez', 'réserver', 'réservation',
    // Drinks given: "Freibier für alle", "l'apéro offert", "Freigetränke".
    'freibier', 'freigetränk', 'freigetränke', 'offert', 'offerte', 'offerts', 'offertes',
  ].map(foldText),
);
/** Drinks by name or emoji among the words of drinking: on a menu they are served, not drunk. */
const SERVED_DRINK = new Set(
  ['pint', 'pints', 'cocktail', 'cocktails', 'shots', 'copas', 'cañas', 'vino', 'cerveza', 'cervezas', 'bier', 'biere', 'wein', 'sekt', 'schnaps', 'kölsch', 'bières', 'apéro', 'glass', 'glasses', 'bottle', 'bottles', 'of', 'wine', '🍻', '🍷', '🥂', '🍾', '🍺', '🍸', '🍹', '🥃'].map(foldText),
);
/** First-person words that only own something ("my client", "mein Mandant"), or that are the client's verb as well ("Mein Mandant war"): the writer is not in the clause for them. */
const POSSESSIVE_FIRST = new Set([...POSSESSIVE_BEFORE, 'war', 'meines', 'our', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'notre', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);
/**
 * What an organisation runs about health, before the health word ("programa de salud mental", "campagne de
 * sensibilisation", "workshop on burnout"), with its link word. No time words: "Semana de baja" and "diese Woche
 * krankgeschrieben" are the writer's week off.
 */
const PROGRAMME_BEFORE = new Set(
  (
    'programme program programa programm campaign campana campagne kampagne ' +
    'workshop workshops taller talleres atelier ateliers webinar webinars charla charlas conference talk talks training formacion formation schulung fortbildung ' +
    'awareness sensibilisation sensibilizacion policy politica politique richtlinie strategy estrategia strategie'
  ).split(' '),
);
const PROGRAMME_LINK = new Set(['de', 'del', 'on', 'about', 'for', 'sobre', 'sur', 'zu', 'zur', 'zum', 'fur', 'uber', 'of', 'la', 'le', 'der', 'die']);
/** ... and after it ("mental health awareness week", "Burnout-Prävention", "cancer research", "the diabetes service"). */
const PROGRAMME_AFTER = new Set(
  (
    'week awareness programme programmes program programs first-aider first-aiders policy policies training workshop webinar campaign ' +
    'research charity charities fund appeal prevention praevention pravention programm woche kampagne schulung ' +
    'beauftragte beauftragter'
  ).split(' '),
);
/** What a drink or a drug is the subject of, after it: "vaping assembly", "alcohol education", "smoking ban", "tobacco control". */
const SUBSTANCE_TOPIC_AFTER = new Set('assembly assemblies education lesson lessons clinic clinics service services cessation ban bans control laws law'.split(' '));
/** Words of a rule or a warning about drink and drugs: what is banned or dangerous is told, not done. */
const SUBSTANCE_RULED = new Set(
  'prohibited banned forbidden dangers risks prevention prohibido prohibida peligros riesgos prevencion verboten gefahren risiken pravention suchtpravention interdit interdite risques'
    .split(' ')
    .map(foldText),
);
/**
 * The kind of place each professional role works in, by its common noun: on that role's own identity, "the hospital",
 * "this school", "nuestro bufete", "die Kanzlei" or "la mairie" is the writer's employer, whatever its name. On the
 * personal identity of the same person only with the writer inside it in the sentence ("En la clínica nos han vuelto a
 * cambiar los turnos"): "the hospital lost my mum's notes" is where a relative was treated. (Not on a brand's identity,
 * which is the employer itself.) A company's people work in a company or an office.
 */
const WORKPLACE_NOUNS: Partial<Record<string, ReadonlySet<string>>> = {
  clinician: new Set('hospital hospitals trust clinic practice surgery ward klinik krankenhaus klinikum praxis station hopital clinique cabinet clinica consultorio ambulatorio consulta'.split(' ')),
  teacher: new Set('school academy college trust colegio instituto escuela schule gymnasium realschule gesamtschule grundschule lycee college ecole etablissement rectorat'.split(' ')),
  lawyer: new Set('firm chambers practice bufete despacho kanzlei cabinet etude'.split(' ')),
  'public-servant': new Set('council department ministry authority ayuntamiento consejeria ministerio amt behorde verwaltung stadtverwaltung mairie ministere prefecture administration'.split(' ')),
  journalist: new Set('paper newspaper newsroom station redaccion periodico redaktion zeitung sender redaction journal'.split(' ')),
  company: new Set('company office agency startup empresa oficina agencia firma buro agentur entreprise bureau agence boite'.split(' ')),
};
/** "We" and "us" inside the workplace: "nos han cambiado los turnos", "they cut our breaks", "on nous impose". */
const WE_INSIDE = new Set(['we', "we're", 'us', 'our', 'nos', 'nosotras', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nous', 'notre', 'on']);
/** Words that make a workplace noun one place in particular: "the", "this", "our", "el", "nuestro", "die", "unsere", "la", "notre". */
const WORKPLACE_DETERMINERS = new Set(
  "the this our my el la este esta nuestro nuestra mi del al der die das dieser diese dieses unser unsere unserer unserem meine meiner im am vom beim le l' ce cette notre mon ma du au".split(' '),
);
function ownWorkplace(tokens: readonly Token[], roles: readonly Role[]): Span[] {
  const sets = roles.flatMap((r) => WORKPLACE_NOUNS[r] ?? []);
  const out: Span[] = [];
  for (let k = 0; k < tokens.length && sets.length > 0; k++) {
    const t = tokens[k]!;
    // (French elision is one token, its own determiner: "l'hôpital", "l'école".)
    const elided = t.norm.startsWith("l'");
    if (t.kind !== 'word' || !sets.some((x) => x.has(elided ? t.norm.slice(2) : t.norm))) continue;
    if (elided) out.push({ from: k, to: k + 1 });
    else if (k > 0 && WORKPLACE_DETERMINERS.has(tokens[k - 1]!.norm)) out.push({ from: k - 1, to: k + 1 });
  }
  return out;
}
/**
 * Whether a health word is said to anyone who has it, before it in its sentence: "if you have asthma", "anyone with a
 * fever", "el que tenga asma", "quien tenga fiebre", "Wer Fieber hat", "si vous avez de la fièvre", "ceux qui ont". Advice
 * to a class, a team or the public, not the writer's own illness.
 */
function toAnyoneWith(tokens: readonly Token[], from: number, h: Span): boolean {
  const at = (k: number) => tokens[k]?.norm ?? '';
  for (let k = Math.max(from, h.from - 6); k < h.from; k++) {
    const [a, b, c] = [at(k), at(k + 1), at(k + 2)];
    if ((a === 'if' && (b === 'you' || b === "you've" || b === 'your')) || ((a === 'anyone' || a === 'those' || a === 'people' || a === 'everyone') && b === 'with')) return true;
    if (((a === 'el' || a === 'la' || a === 'los' || a === 'las') && b === 'que' && c.startsWith('teng')) || (a === 'quien' && b.startsWith('teng')) || (a === 'si' && (b === 'tienes' || b === 'teneis' || b === 'tiene'))) return true;
    if (a === 'wer' && k === from) return true;
    if ((a === 'si' && (b === 'vous' || b === 'tu') && (c === 'avez' || c === 'as')) || (a === 'ceux' && b === 'qui') || (a === 'celles' && b === 'qui')) return true;
    if ((a === 'wenn' && (b === 'du' || b === 'ihr' || b === 'sie')) || (a === 'alle' && b === 'mit')) return true;
  }
  return false;
}
/** "I", "ich", "yo", "je" as the subject just before a word: the writer's own illness or trouble, not a third party's. */
const WRITER_SUBJECT = new Set(['i', "i'm", "i've", "i'd", 'ich', 'yo', 'je', "j'etais", "j'ai", "j'suis", "j'etait"]);
function saidOfWriter(tokens: readonly Token[], sentenceOf: Int32Array, h: Span): boolean {
  for (let k = h.from - 1; k >= Math.max(0, h.from - 3) && sentenceOf[k] === sentenceOf[h.from]; k--) if (WRITER_SUBJECT.has(tokens[k]!.norm)) return true;
  return false;
}
/** An hour of the morning written as one word: "9am", "10:30am". */
const MORNING_CLOCK = /^([1-9]|1[01])(:\d{2})?am$/;
/** Breakfast, in each language: a drink had with it was had in the morning. */
const BREAKFAST = new Set(['breakfast', 'desayuno', 'fruhstuck', 'petit-dejeuner', 'petit-dej']);
/** Verbs of owing (folded). */
const OWE = new Set(['owes', 'owe', 'owed', 'owing', 'debe', 'deben', 'debia', 'debian', 'schuldet', 'schulden', 'schuldete', 'doit', 'doivent', 'devait', 'devaient']);

/**
 * Money owed with its amount, told of someone: "doit 40 000 €", "owes 140k in back taxes", "nos debe 3.000 euros",
 * "schuldet uns 4.000 Euro". A verb of owing without one is a debt of thanks or an apology ("owes nobody an apology",
 * "le debe mucho a Doña Carmen", "nous doit une revanche").
 */
function owedAmounts(tokens: readonly Token[], sentenceOf: Int32Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OWE.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 8) && sentenceOf[k] === sentenceOf[i]; k++) {
      const t = tokens[k]!.norm;
      // A currency, "140k", or a sum in the thousands ("4,000", "1.200", "2500").
      const thousands = /^\d{1,3}$/.test(t) && (tokens[k + 1]?.norm === ',' || tokens[k + 1]?.norm === '.') && /^\d{3}$/.test(tokens[k + 2]?.norm ?? '');
      const money = CURRENCY.has(t) || /^\d[\d.,]*k$/.test(t) || /^\d{4,}$/.test(t) || thousands;
      if (!money) continue;
      out.push({ from: i, to: k + 1 });
      break;
    }
  }
  return out;
}

/**
 * Verbs of making a drink (folded): a brand that brews, distils or bottles it is talking about its product. Only forms
 * that are no noun ("cold brews", "a bottle of our gin" are drinks).
 */
const DRINK_MAKING = new Set(
  (
    'brewed brewing distilled distilling bottled bottling fermented barrel-aged ' +
    'braut gebraut gebrannt abgefullt ' +
    'elaboramos elaborado elaborada destilamos destilado destilada embotellamos embotellado embotellada fermentado ' +
    'brassons brasse brassee brassees brasses distillons distille distillee embouteille embouteillee'
  ).split(' '),
);
/** What ends a clause between a verb and a drink: a comma, "and then". */
const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'then', 'und', 'dann', 'danach', 'anschliessend', 'et', 'puis', 'ensuite', 'y', 'luego', 'despues']);
const SOURCE_WORDS = new Set(['source', 'sources', 'whistleblower', 'informant', 'fuente', 'quelle', 'informante', 'lanceur', 'lanceuse']);

const ORG_TOKENS = new Set(
  (
    'hospital clinic school primary secondary academy college university trust ltd inc llc llp gmbh plc group labs studio studios dental surgery practice ' +
    'partners associates associes solicitors chambers bank agency council ministry foundation healthcare corp media news times press herald gazette ' +
    'chronicle tribune post centro salud clinica colegio instituto escuela ayuntamiento bufete despacho klinik krankenhaus praxis schule gymnasium kanzlei ' +
    'stadt stadtverwaltung amt rathaus hopital clinique ecole lycee college cabinet mairie spedition logistik logistics ' +
    'farmacia pharmacy pharmacie apotheke ortodoncia orthodontics dentistry centre center service services station ambulance ' +
    'magazine journal newspaper ledger radio police polizei policia comisaria juzgado tribunal court periodico diario revista emisora ' +
    'redaktion zeitung verlag sender behorde ministerium ministerio ministere prefecture commissariat redaction mairie ' +
    'kita kindergarten guarderia creche abogados avocats notaires rechtsanwalte'
  ).split(' '),
);
/** German and other compounds that end in an organisation word: "Tierklinik", "Stadtverwaltung", "Gesamtschule". */
const ORG_SUFFIX = /.{3,}(klinik|schule|praxis|apotheke|verwaltung|krankenhaus|zentrum|gericht|kanzlei|amt|direktion|prasidium|inspektion|ministerium|behorde|redaktion|zeitung|verlag)$/;
const isOrgWord = (norm: string) => ORG_TOKENS.has(norm) || ORG_SUFFIX.test(norm);
const ORG_JOINERS = new Set(['de', 'del', 'la', 'fur', 'für', '&', 'and', 'of', 'the', 'für', 'du', 'des', 'y', 'und', ','].map(foldText));

/** A greeting that opens a reply to someone by name: "Hi Marta", "Hola Pilar", "Hallo Herr Brandt", "Bonjour Sophie". */
const REPLY_GREETING = new Set(['hi', 'hey', 'hello', 'dear', 'hola', 'buenas', 'querida', 'querido', 'hallo', 'liebe', 'lieber', 'bonjour', 'salut', 'chere', 'cher'].map(foldText));
/** A greeting to everyone is no reply to one customer: "Hi Everyone", "Hola a todos", "Hallo Leute", "Bonjour à tous". */
const REPLY_GROUP = new Set(['everyone', 'everybody', 'all', 'team', 'folks', 'friends', 'guys', 'there', 'world', 'customers', 'clients', 'users', 'members', 'todos', 'todas', 'equipo', 'amigos', 'clientes', 'usuarios', 'alle', 'leute', 'zusammen', 'kunden', 'kundinnen', 'tous', 'toutes', 'equipe', 'amis', 'a', 'à'].map(foldText));
const REPLY_TITLE = new Set(['mr', 'mrs', 'ms', 'herr', 'frau', 'sr', 'sra', 'don', 'dona', 'm', 'mme', 'madame', 'monsieur'].map(foldText));
/** Words that may open an address before "to": "Public note to X:", "Open letter to", "Nota para", "Hinweis an", "Petit mot à". */
const ADDRESS_LEAD = new Set(['public', 'note', 'message', 'open', 'letter', 'reminder', 'psa', 'quick', 'nota', 'mensaje', 'recordatorio', 'publica', 'hinweis', 'nachricht', 'offener', 'brief', 'offentlicher', 'rappel', 'petit', 'mot', 'lettre', 'ouverte'].map(foldText));
const ADDRESS_TO = new Set(['to', 'para', 'an', 'a', 'à'].map(foldText));
function greetedByName(text: string, tokens: readonly Token[]): Span | null {
  // (An address is a greeting too, up to its colon: "Public note to Harbour Lane Bakery: your account is paused ...".)
  let lead = 0;
  while (lead < 4 && ADDRESS_LEAD.has(tokens[lead]?.norm ?? '')) lead++;
  if (ADDRESS_TO.has(tokens[lead]?.norm ?? '') && tokens[lead + 1] && isCap(text, tokens[lead + 1]!) && !REPLY_GROUP.has(tokens[lead + 1]!.norm)) {
    for (let k = lead + 2; k < lead + 9 && k < tokens.length; k++) {
      const n = tokens[k]!.norm;
      if (n === ':') return { from: 0, to: k };
      if (n === '.' || n === '!' || n === '?') break;
    }
  }
  if (!REPLY_GREETING.has(tokens[0]?.norm ?? '')) return null;
  let k = 1;
  if (REPLY_TITLE.has(tokens[k]?.norm ?? '')) k += tokens[k + 1]?.norm === '.' ? 2 : 1;
  return tokens[k] && tokens[k]!.kind === 'word' && isCap(text, tokens[k]!) && !REPLY_GROUP.has(tokens[k]!.norm) ? { from: 0, to: k + 1 } : null;
}
/** A customer's account, said to them: "your card", "tu transferencia", "Ihr Konto", "votre virement" (folded words). */
const YOUR = new Set(['your', 'tu', 'tus', 'su', 'sus', 'ihr', 'ihre', 'ihren', 'ihrem', 'dein', 'deine', 'deinen', 'deinem', 'votre', 'vos', 'ton', 'ta', 'tes']);
const ACCOUNT = new Set(
  ('account accounts workspace card cards transfer transfers payment payments invoice invoices refund refunds subscription order orders loan balance ' +
    'cuenta tarjeta transferencia pago pagos factura facturas reembolso suscripcion pedido prestamo saldo ' +
    'konto karte kreditkarte uberweisung zahlung zahlungen rechnung erstattung abo abonnement bestellung kredit ' +
    'compte carte virement paiement paiements facture remboursement commande pret solde').split(' '),
);
/** The trouble it is in, as whole words: "locked", "retenida", "gesperrt", "impayée", "chargebacks". */
const TROUBLE = new Set(
  ('locked paused frozen blocked suspended held declined failed overdue unpaid rejected flagged chargeback chargebacks ' +
    'bloqueada bloqueado retenida retenido congelada congelado suspendida suspendido rechazada rechazado rechazados rechazadas impagada impagado devuelto devuelta vencida contracargo contracargos ' +
    'gesperrt blockiert eingefroren abgelehnt zuruckgebucht uberfallig offen offene offenen ruckbuchung ruckbuchungen mahnung ' +
    'bloque bloquee suspendu suspendue gele gelee refuse refusee impaye impayee rejete rejetee attente retenu retenue').split(' '),
);
/**
 * The trouble of the customer's account, told after the one spoken to: an account word said to them ("your card", "Ihr
 * Konto") and another word of its trouble, in that sentence or the next.
 */
function accountTrouble(tokens: readonly Token[], sentenceOf: Int32Array, to: Span): Span | null {
  const last = sentenceOf[to.from]! + 1;
  let account = -1;
  let trouble = -1;
  for (let i = to.to; i < tokens.length && sentenceOf[i]! <= last; i++) {
    const n = tokens[i]!.norm;
    if (account < 0 && ACCOUNT.has(n) && YOUR.has(tokens[i - 1]?.norm ?? '')) account = i;
    else if (trouble < 0 && TROUBLE.has(n)) trouble = i;
  }
  return account >= 0 && trouble >= 0 ? { from: Math.min(account, trouble), to: Math.max(account, trouble) + 1 } : null;
}

/** "Finally" said of someone leaving: relief, not a fond farewell. */
const FINALLY = new Set(['finally', 'enfin', 'endlich', 'finalement']);
/** Relief said of someone leaving, in any sentence ("Thank God", "good riddance", "the nightmare is over", "Merci mon Dieu"). */
/** Leave given, or names taken out, for a story told (folded, word by word). */
const CONSENTED = [
  'with permission', 'with her permission', 'with his permission', 'with their permission', 'with consent', 'with her consent', 'with his consent', 'with their consent',
  'no names', 'names changed', 'name changed', 'details changed', 'anonymised', 'anonymized', 'not saying who',
  'con permiso', 'con su permiso', 'con su consentimiento', 'me autorizo', 'nos autorizo', 'me dejo contarlo', 'sin nombres', 'datos cambiados', 'nombres cambiados', 'anonimizado', 'anonimizada',
  'mit erlaubnis', 'mit ihrer erlaubnis', 'mit seiner erlaubnis', 'mit einverstandnis', 'mit ihrem einverstandnis', 'mit seinem einverstandnis', 'ohne namen', 'anonymisiert', 'name geandert', 'namen geandert',
  "avec son accord", "avec leur accord", "avec sa permission", "avec son autorisation", "m'a autorise", "m'a autorisee", "nous a autorises", 'sans nom', 'sans noms', 'anonymise', 'anonymisee', 'prenom modifie', 'prenoms modifies', 'nom modifie',
].map((p) => p.split(' '));
const CONSENTED_FIRST = new Set(CONSENTED.map((p) => p[0]!));
const RELIEF = [['thank', 'god'], ['thank', 'goodness'], ['good', 'riddance'], ['nightmare'], ['pesadilla'], ['albtraum'], ['cauchemar'], ['gracias', 'a', 'dios'], ['gott', 'sei', 'dank'], ['merci', 'mon', 'dieu'], ['dieu', 'merci'], ['breathe', 'again'], ['best', 'news'], ['por', 'fin'], ['at', 'last']];
/** Words that open an answer to one's own question: "Because she's the best", "Weil", "Porque", "Parce que". */
const BECAUSE = new Set(['because', 'cos', 'weil', 'porque', 'parce', 'car']);
/** "that" opening reported speech: "said that", "dijo que", "sagte, dass" (the comma is its own token), "a dit qu'il". */
const THAT = new Set(['that', 'que', 'dass', "qu'il", "qu'elle", "qu'ils", "qu'on"]);
/** Acronyms that are titles or honours before a name, not organisations. */
const TITLE_ACRONYMS = new Set(['hhj', 'mep', 'msp', 'mla', 'dci', 'dsi', 'ceo', 'cfo', 'coo', 'cto', 'cmo', 'obe', 'mbe', 'cbe']);
/** A sentence that opens by pointing back at someone: "The woman's a menace", "Le type est …", "Der Mann hat …". */
const POINTER_OPENING = [
  ['the', 'man'], ['the', 'woman'], ['the', 'guy'], ['the', 'bloke'], ['the', 'lady'], ["the", "man's"], ["the", "woman's"], ["the", "guy's"], ["the", "bloke's"],
  ['this', 'man'], ['this', 'woman'], ['this', 'guy'], ['el', 'tio'], ['el', 'senor'], ['la', 'senora'], ['este', 'hombre'], ['esta', 'mujer'], ['este', 'senor'], ['esta', 'senora'],
  ['der', 'mann'], ['die', 'frau'], ['der', 'typ'], ['dieser', 'mann'], ['diese', 'frau'], ['le', 'type'], ['la', 'dame'], ['cet', 'homme'], ['cette', 'femme'], ['ce', 'type'], ['ce', 'monsieur'], ['cette', 'dame'],
];
/** Third persons who report: "she said that", "ils ont dit que", "er sagte, dass". */
/** What the pointer does as a subject: "is", "has", "can't", "ist", "hat", "es", "tiene", "est", "a". */
const POINTER_VERB = new Set(['is', 'was', 'has', 'had', 'can', "can't", 'cannot', 'could', "couldn't", 'does', "doesn't", 'did', "didn't", 'will', "won't", 'would', 'should', 'thinks', 'really', 'clearly', 'ist', 'war', 'hat', 'hatte', 'kann', 'glaubt', 'es', 'era', 'tiene', 'ha', 'se', 'no', 'est', 'etait', 'a', 'avait', 'ne', "n'a", "n'est"]);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'er', 'sie', 'il', 'elle', 'ils', 'elles', 'el', 'ella', 'ellos', 'ellas']);
/** What ends a clause of reported speech inside its sentence. */
const SAID_BREAK = new Set(['—', '–', ';', ':', '(', ')']);
/** Organisations named in the text: capitalised names with an organisation word ("Kelvinside Primary", "Centro de Salud Arganzuela", "Dumas & Associés"). */
function organisations(text: string, tokens: readonly Token[], sentenceOf: Int32Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(text, tokens[i]!)) continue;
    let j = i;
    let caps = 0;
    let org = false;
    let last = i;
    // The first joiner, and whether a word of an organisation came before it: "Paco Urquijo de Radio Meseta" is a person
    // of an organisation, where "Universidad de Almagro" is one organisation.
    let joiner = -1;
    let orgBeforeJoiner = false;
    while (j < tokens.length && sentenceOf[j] === sentenceOf[i]) {
      const t = tokens[j]!;
      if (t.kind === 'word' && isCap(text, t)) {
        caps++;
        last = j;
        if (isOrgWord(t.norm.replace(/'s$/, ''))) {
          org = true;
          if (joiner < 0) orgBeforeJoiner = true;
        }
      } else if (!(ORG_JOINERS.has(t.norm) && j + 1 < tokens.length && isCap(text, tokens[j + 1]!))) break;
      else if (joiner < 0) joiner = j;
      j++;
    }
    if (org && joiner >= i + 2 && !orgBeforeJoiner && last > joiner + 1) {
      out.push({ from: joiner + 1, to: last + 1 });
      i = Math.max(i, last);
      continue;
    }
    // An acronym with its place is an organisation too: "CLSC du Plateau".
    // (Not a title or an honour that is an acronym: "HHJ Pritchard", "CEO Tom Reid", "DCI Hale".)
    const acronym = /^\p{Lu}{3,}$/u.test(text.slice(tokens[i]!.start, tokens[i]!.end)) && !TITLE_ACRONYMS.has(tokens[i]!.norm) && caps >= 2;
    if ((org || acronym) && caps >= 2) out.push({ from: i, to: last + 1 });
    i = Math.max(i, last);
  }
  return out;
}

const NEGATED_VERBS = new Set(["couldn't", 'couldnt', 'couldnae', 'cannae', 'cant', 'could', "can't", 'cannot', "wouldn't", 'would', 'podria', 'sabria', 'konnte', 'kann', 'saurait', 'pourrait']);
const POSSESSIVE_ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'un', 'una', 'ein', 'eine', 'einen', 'une', 'le', 'la']);
const BELIEF = new Set(['thinks', 'reckons', 'believes', 'glaubt', 'meint', 'denkt', 'cree', 'piensa', 'pense', 'croit']);
/** The plain verb of belief after a "does" or "did" of a question about someone else. */
const BASE_BELIEF = new Set(['think', 'believe', 'reckon', 'expect']);
const DO_ASK = new Set(['does', 'did']);
const ASKED_SELF = new Set(['i', 'you', 'we', 'they']);
/** "Does Mr Pritchard genuinely believe ...?": "does" or "did", then a subject that is not the writer or the reader, and the sentence a question. */
function askedOfSomeoneElse(tokens: readonly Token[], sentenceOf: Int32Array, verb: number): boolean {
  const s = sentenceOf[verb]!;
  let ask = -1;
  for (let d = 1; d <= 5 && ask < 0; d++) if (sentenceOf[verb - d] === s && DO_ASK.has(tokens[verb - d]?.norm ?? '')) ask = verb - d;
  if (ask < 0 || tokens.slice(ask + 1, verb).some((t) => ASKED_SELF.has(t.norm))) return false;
  let end = verb;
  while (end + 1 < tokens.length && sentenceOf[end + 1] === s) end++;
  return tokens.slice(verb, end + 1).some((t) => t.norm === '?');
}
/** Said of a belief, these mean it is held in earnest ("genuinely believes", "croit vraiment", "glaubt wirklich"). */
const EARNEST = new Set(['genuinely', 'honestly', 'actually', 'truly', 'seriously', 'sincerely', 'wirklich', 'tatsachlich', 'ernsthaft', 'realmente', 'sinceramente', 'vraiment', 'sincerement', 'reellement', 'serieusement']);
const FIRST_SUBJECT = new Set(['i', 'we', "i'm", 'ich', 'wir', 'je', 'nous', 'yo', 'nosotros', 'you', 'du', 'tu', 'vous']);
const SELF_CALL = new Set(['calls', 'called', 'nennt', 'dit', 'appelle', 'proclame']);
const SELF = new Set(['himself', 'herself', 'themselves', 'sich', 'se']);
/**
 * Where a quotation mark at `k` opens a short quote ("thinks 'agile' means", „Teamgeist“), the index of its closing
 * mark; -1 for a possessive ("the kids' party") and for a capitalised quote, which is a name or a title ("calls himself
 * "Tommy"", « Le Petit Prince »), except after German „ where every noun is capitalised.
 */
function scareQuoted(text: string, tokens: readonly Token[], k: number): number {
  const first = tokens[k + 1];
  if (first && isCap(text, first) && tokens[k]!.norm !== '„') return -1;
  return quoteClose(tokens, k, 4);
}
/** Where a quotation mark at `k` opens a quote of one to `words` tokens (not glued to a word before it: "the kids' party"), the index of its closing mark; -1 otherwise. */
function quoteClose(tokens: readonly Token[], k: number, words: number): number {
  const open = tokens[k];
  if (!open || open.kind !== 'punct' || !isQuoteMark(open.norm) || tokens[k + 1]?.kind !== 'word') return -1;
  if (k > 0 && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.end === open.start) return -1;
  for (let j = k + 2; j < Math.min(tokens.length, k + 2 + words); j++) if (tokens[j]!.kind === 'punct' && isQuoteMark(tokens[j]!.norm)) return j;
  return -1;
}
/** Explaining, done to the writer: "explained to me", "me ha explicado", "m'explique", "hat mir erklärt". */
const EXPLAINED = /^(explained|explains|explaining|explicado|explicada|explico|explicaba|explicando|explicandome|explicandonos|m'explique|m'expliquait|m'expliquant|explique|expliquait|expliquant|erklart|erklarte|erklaert)$/;
const TOLD = new Set(['me', 'us', 'mir', 'uns', 'nos', 'nous', "m'a", "m'avait", 'mich']);
const MY = new Set(['my', 'our', 'mi', 'nuestro', 'mon', 'ma', 'notre', 'mein', 'meine', 'meinen', 'unseren', 'unsere']);
const OWN_WORK = new Set(['job', 'work', 'trabajo', 'oficio', 'profesion', 'metier', 'boulot', 'travail', 'profession', 'arbeit', 'beruf', 'fach']);
const KIND_SIMILES = new Set(['charm', 'pro', 'boss', 'dream', 'champ', 'hero', 'legend', 'rock', 'star', 'machine', 'family', 'friend']);

/**
 * Shapes of mockery about a person, found by form rather than by listing:
 * "couldn't schedule a dentist appointment", "thinks 'differentiation' means
 * a bigger font", "X's idea of climate policy is", "runs it like a circus".
 */
function mockShapes(text: string, tokens: readonly Token[], sentenceOf: Int32Array, refs: readonly PersonRef[]): Span[] {
  const out: Span[] = [];
  const targetSentences = new Set(refs.map((r) => sentenceOf[r.from]!));
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    const s = sentenceOf[i]!;
    // couldn't VERB a ...
    if (NEGATED_VERBS.has(n)) {
      let k = i + 1;
      if (['not', 'even', 'nicht', 'pas', 'mal', 'no'].includes(tokens[k]?.norm ?? '')) k++;
      if (['even', 'mal', 'ni'].includes(tokens[k]?.norm ?? '')) k++;
      if (tokens[k]?.kind === 'word' && POSSESSIVE_ARTICLES.has(tokens[k + 1]?.norm ?? '') && (n.includes("n't") || n.endsWith('nae') || n === 'cannot' || n === 'cant' || n === 'couldnt' || tokens[i + 1]?.norm === 'not' || tokens[i + 1]?.norm === 'nicht')) {
        out.push({ from: i, to: Math.min(tokens.length, k + 3) });
      }
    }
    if (!targetSentences.has(s)) continue;
    // thinks/reckons ... means
    if (BELIEF.has(n)) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 10) && sentenceOf[k] === s; k++) {
        if (['means', 'is', 'bedeutet', 'significa', 'veut', 'ist'].includes(tokens[k]!.norm) && tokens.slice(i + 1, k).some((t) => t.kind === 'punct' && /["“”'‘’«»„]/.test(t.norm))) {
          out.push({ from: i, to: k + 1 });
          break;
        }
      }
    }
    // A belief or a self-description in scare quotes: "thinks 'agile' ...", "hält „Digitalisierung" für ...", "pense que
    // « motivation » ...", "calls himself "hands-on"", "nennt sich „Experte"", "se dit « coach »".
    // "genuinely believes", "glaubt allen Ernstes", "cree de verdad", "croit vraiment": a belief held in earnest, said of
    // someone else, is held up to be laughed at.
    // (The question asks the same with "does": "does Mr Pritchard genuinely believe ...?", "did she really think ...?")
    const asked = BASE_BELIEF.has(n) && askedOfSomeoneElse(tokens, sentenceOf, i);
    if (BELIEF.has(n) || n === 'halt' || asked) {
      const near = [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]];
      const earnest = near.some((t) => t && (EARNEST.has(t.norm) || (asked && t.norm === 'really'))) || (tokens[i + 1]?.norm === 'allen' && tokens[i + 2]?.norm === 'ernstes') || (tokens[i + 1]?.norm === 'en' && tokens[i + 2]?.norm === 'serio') || (tokens[i + 1]?.norm === 'de' && tokens[i + 2]?.norm === 'verdad');
      const mine = [tokens[i - 1], tokens[i - 2]].some((t) => t && FIRST_SUBJECT.has(t.norm));
      if (earnest && !mine) out.push({ from: Math.max(0, i - 1), to: Math.min(tokens.length, i + 3) });
    }
    const holds = n === 'halt' && tokens.slice(i + 1, i + 9).some((t, d) => t.norm === 'fur' && sentenceOf[i + 1 + d] === s);
    const belief = BELIEF.has(n) || holds || (SELF_CALL.has(n) && SELF.has(tokens[i + 1]?.norm ?? '')) || (SELF.has(n) && SELF_CALL.has(tokens[i + 1]?.norm ?? ''));
    if (belief) {
      for (let k = i + 1; k < Math.min(tokens.length, i + 7) && sentenceOf[k] === s; k++) {
        const close = scareQuoted(text, tokens, k);
        if (close > 0) {
          out.push({ from: i, to: close + 1 });
          break;
        }
      }
    }
    // Explaining one's own job to one: "explained my job to me", "me ha explicado cómo hacer mi trabajo", "qui m'explique
    // mon métier", "hat mir meinen Beruf erklärt". A person explaining, the writer told, and the writer's own work as what
    // was explained. (Being shown how a system works, or a doctor explaining "watch and wait", is not it.)
    if (EXPLAINED.test(n)) {
      const told = /^(m'|explicandome|explicandonos|explicarme|explicarnos)/.test(n) || [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9].some((d) => sentenceOf[i + d] === s && TOLD.has(tokens[i + d]?.norm ?? ''));
      let what = -1;
      for (let k = i + 1; k < Math.min(tokens.length, i + 10) && sentenceOf[k] === s && what < 0; k++) {
        const t = tokens[k]!;
        if (OWN_WORK.has(t.norm) && MY.has(tokens[k - 1]?.norm ?? '')) what = k;
      }
      for (let k = i - 1; k > Math.max(-1, i - 5) && sentenceOf[k] === s && what < 0; k--) if (OWN_WORK.has(tokens[k]!.norm) && MY.has(tokens[k - 1]?.norm ?? '')) what = k;
      if (told && what >= 0) out.push({ from: Math.min(i, what - 1), to: Math.min(tokens.length, Math.max(i + 1, what + 1)) });
    }
    // 's idea of X is
    if (n === 'idea' && tokens[i + 1]?.norm === 'of' && tokens[i - 1] && /'s$/.test(tokens[i - 1]!.norm)) out.push({ from: i - 1, to: Math.min(tokens.length, i + 4) });
    // like a / wie ein / como un / comme un + a thing
    if (n === 'como' && tokens[i + 1]?.norm === 'quien') out.push({ from: i, to: Math.min(tokens.length, i + 4) });
    if (['like', 'wie', 'como', 'comme'].includes(n) && POSSESSIVE_ARTICLES.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.kind === 'word' && !KIND_SIMILES.has(tokens[i + 2]!.norm)) {
      out.push({ from: i, to: Math.min(tokens.length, i + 3) });
    }
  }
  return out;
}

/** Words that open an English sentence whose subject, left out, is the writer. */
const DIARY_START = new Set(['diagnosed', 'had', 'spent', 'broke', 'got', 'signed', 'finally', 'been']);
const PARTICLES = new Set(['through', 'with', 'to', 'on', 'off', 'out', 'up', 'back', 'into', 'about', 'for', 'from', 'over', 'after']);
/** Words in -ing that are nouns or pronouns, not a writer's own doing. */
const NOT_GERUND = new Set(['morning', 'evening', 'nothing', 'something', 'everything', 'anything', 'spring', 'thing', 'things', 'king', 'wedding', 'building', 'ceiling', 'string', 'sibling', 'darling', 'sterling', 'meeting', 'during', 'according', 'including', 'following', 'breaking', 'warning', 'reminder', 'training', 'funding', 'parking', 'booking', 'opening', 'closing', 'listening', 'reading', 'hearing', 'timing', 'wellbeing', 'nursing', 'teaching', 'housing', 'lighting', 'clothing', 'pudding', 'viking', 'beijing', 'bring', 'sing', 'ring', 'wing', 'swing', 'sting', 'bling']);

/**
 * Exclamations that open an insult said of someone: "what a", "such a", "qué", "vaya", "menudo", "quel", "absolute";
 * German "so ein" and "was für ein" by their first word, checked with the second (not "So rude of me", "Was a fool to").
 */
/** A person's verb "to be" (singular: a group called names is another matter). */
const COPULA = new Set(['is', 'was', 'ist', 'war', 'es', 'era', 'fue', 'est', 'était']);
/** What may stand between a named person and that verb: their workplace ("Gerry Pollock from Beanhouse is …"). */
const SUBJECT_LINK = new Set(['from', 'at', 'of', 'von', 'vom', 'der', 'de', 'del', 'du', 'des', 'the']);
/** "'s" is "is" before these ("Vale's a clown"), a possessive before anything else ("Vale's idiot brother"). */
const ARTICLES_BEFORE_INSULT = new Set(['a', 'an', 'the', 'such', 'just']);
const ADJECTIVE_ABOUT = new Set(['at', 'with', 'on', 'in', 'about', 'for', 'bei', 'mit', 'im', 'in', 'en', 'à', 'avec', 'pour', 'con', 'para']);
/** Insult words that say nothing alone of what someone is: an intensifier, and being humiliated (done to them). */
const NOT_A_PREDICATE = /^(utterly|humil|demütig|ningune|maltrat)/;
const INSULT_OPENER = new Set(['what', 'such', 'que', 'vaya', 'menudo', 'menuda', 'so', 'was', 'quel', 'quelle', 'total', 'absolute', 'utter']);
const INSULT_OPENER_NEXT: Readonly<Record<string, ReadonlySet<string>>> = { so: new Set(['ein', 'eine', 'einen', "'n", 'n']), was: new Set(['fur', 'für']) };
/** Forms of contempt that make an attack the learned model may not drop. */
const CERTAIN_CONTEMPT = new Set(['neg.thanksForNothing', 'neg.mockAward', 'neg.offAir', 'neg.ifThatIs', 'neg.knowsAsI', 'neg.absurdSimile', 'neg.mockAssent', 'neg.fakeSympathy', 'neg.askingForMany', 'neg.deservedSure', 'neg.pausedPraise']);
/** Shape signals that say contempt on their own (not "someone should", not a form of address: those need more). */
const CONTEMPT_SHAPES = new Set(['neg.ifAtAll', 'neg.tookOnly', 'neg.askedToGo', 'neg.thanksForNothing', 'neg.thanksQuoted', 'neg.discoveredLate', 'neg.justSaying', 'neg.sarcasticPraise', 'neg.epithet', 'neg.itShows', 'neg.neverInLife', 'neg.wondersWhy', 'neg.dismiss', 'neg.quantityComparison', 'neg.neverSingle', 'neg.believesSelf', 'neg.ashamed', 'neg.rhetorical', 'neg.offAir', 'neg.ifThatIs', 'neg.knowsAsI', 'neg.absurdSimile', 'neg.mockAssent', 'neg.fakeSympathy', 'neg.mannerSimile', 'neg.askingForMany', 'neg.deservedSure', 'neg.pausedPraise', 'neg.mockAward']);

/** Kin beyond shapes.ts's KIN, for family news: plurals, grandparents, cousins, step-parents, twins ("with his cousins", "mit ihren Großeltern"). */
const MORE_KIN = new Set(
  ['sons', 'daughters', 'brothers', 'sisters', 'cousin', 'cousins', 'grandma', 'grandpa', 'grandparents', 'grandmother', 'grandfather', 'nana', 'gran', 'twin', 'twins', 'stepdad', 'stepmum', 'stepmom', 'auntie', 'aunt', 'uncle', 'baby',
    'hijas', 'hermanos', 'hermanas', 'primo', 'prima', 'primos', 'primas', 'abuelos', 'tío', 'tía', 'tíos', 'mellizo', 'gemelo',
    'söhne', 'töchter', 'geschwister', 'brüder', 'schwestern', 'großeltern', 'großmutter', 'großvater', 'cousine', 'cousinen', 'onkel', 'tante', 'zwilling',
    'filles', 'frères', 'sœurs', 'cousine', 'cousines', 'grands-parents', 'grand-mère', 'grand-père', 'oncle', 'tante', 'jumeau', 'jumelle'].map(foldText),
);

const GENERIC_PEOPLE = new Set(['kid', 'kids', 'child', 'children', 'niño', 'niña', 'niños', 'kind', 'kinder', 'enfant', 'enfants', 'gamin', 'gamins', 'gamine', 'case', 'file', 'matter', 'contact', 'caso', 'fall', 'akte', 'dossier', 'lesson', 'period', 'nhs', 'consultation', 'hearing', 'source', 'sources'].map(foldText));


function protectedNoun(protects: readonly Protected[]): string {
  const p = protects[0] ?? 'patients';
  return p === 'members of the public' ? 'member of the public' : p.replace(/s$/, '');
}

function attackMessage(q: string, who: string, name: string, work: boolean): string {
  return work
    ? `'${q}' attacks ${who}, someone from your work, by name, where they or their colleagues may read it.`
    : `'${q}' mocks or insults ${who} by name, which ${name} would have to answer for.`;
}


const QUOTE_MARK = /^["“”«»„]$/;
/** 1 for each token between quotation marks. */
function quotedTokens(tokens: readonly Token[], sentenceOf: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && QUOTE_MARK.test(t.norm)) {
      // „ and « only open, ” and » only close; “ opens in English and closes in German, so it and " toggle.
      open = t.norm === '«' || t.norm === '„' ? true : t.norm === '”' || t.norm === '»' ? false : !open;
      continue;
    }
    if (open) out[i] = 1;
  }
  // Single quotes, as British and much of the press quote ("called the plan 'a shambles'", "als 'unsozial'"): a pair of
  // them in one sentence, a few words apart. (An apostrophe inside a word is part of the word, never a quote token.)
  // (A quote glued to the end of a word opens nothing: it is an apostrophe, "the kids' trip", "the parents' evening".)
  const glued = (k: number) => k > 0 && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.end === tokens[k]!.start;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'punct' || !SINGLE_QUOTE.test(tokens[i]!.norm) || glued(i)) continue;
    let close = -1;
    // (Closing up to 19 tokens on: a client's question quoted whole, "'can my ex just take the kids abroad for the summer
    // without asking me?'", is longer than the 14 a scare quote needs.)
    for (let k = i + 1; k < Math.min(tokens.length, i + 20) && sentenceOf[k] === sentenceOf[i]; k++) {
      if (tokens[k]!.kind === 'punct' && SINGLE_QUOTE.test(tokens[k]!.norm)) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    out.fill(1, i + 1, close);
    i = close;
  }
  return out;
}
const SINGLE_QUOTE = /^['‘’]$/;
/** The writer as the one saying: a verb of saying after these reports nobody else. */
const MY_REPORT = new Set(["i", "i'm", "i'd", "i'll", 'me', 'we', "we'd", 'yo', 'je', "j'ai", 'ich', 'to']);

function lastCue(list: readonly Span[], fallback: number): number {
  return list.reduce((m, h) => Math.max(m, h.to), fallback);
}

function quoteTokens(text: string, tokens: readonly Token[], span: Span): string {
  return text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end).replace(/\s+/g, ' ');
}

const HAVE = new Set(['has', 'have', 'had', 'got', 'tiene', 'tienen', 'tenia', 'hat', 'haben', 'hatte']);
/**
 * A person's faculties, the things a sneering comparison takes away: with "with" or as a sentence of its own only these
 * compare ("with the charisma of a damp sponge", "The attention span of a goldfish."), not "with the CEO of a bank" or
 * "The life of a nurse!". ("Has the X of a Y" compares whatever X is.)
 */
const FACULTY = new Set([
  'charisma', 'charm', 'depth', 'subtlety', 'eloquence', 'empathy', 'tact', 'memory', 'attention', 'personality', 'warmth', 'sense', 'grace', 'wit',
  'intelligence', 'brain', 'brains', 'imagination', 'enthusiasm', 'finesse', 'sensitivity', 'delicacy', 'vision', 'leadership', 'backbone', 'spine',
  'manners', 'judgement', 'judgment', 'logic', 'self-awareness', 'humility', 'bedside', 'timing', 'instincts',
  'carisma', 'gracia', 'profundidad', 'sutileza', 'elocuencia', 'empatia', 'tacto', 'memoria', 'personalidad', 'calidez', 'sentido', 'ingenio',
  'inteligencia', 'imaginacion', 'sensibilidad', 'delicadeza', 'vision', 'liderazgo', 'modales', 'logica', 'olfato', 'cintura',
  'charme', 'tiefe', 'feingefuhl', 'eloquenz', 'empathie', 'taktgefuhl', 'gedachtnis', 'personlichkeit', 'witz', 'intelligenz', 'fantasie',
  'phantasie', 'sensibilitat', 'weitblick', 'fuhrungsstarke', 'manieren', 'logik', 'verstand', 'ausstrahlung', 'fingerspitzengefuhl',
  'charisme', 'profondeur', 'subtilite', 'empathie', 'memoire', 'personnalite', 'chaleur', 'sens', 'esprit', 'sensibilite', 'delicatesse', 'manieres',
  'logique', 'diplomatie', 'finesse',
]);
/** "with the charisma of a damp sponge", "con la gracia de un", "mit dem Charme eines", "avec la finesse d'un". */
const WITH_THE = new Set(['with', 'con', 'mit', 'avec']);
/** French "a" and "avait" ("a l'éloquence d'un répondeur"): only before "le" or an elided "l'", where Spanish "a la" cannot be meant. */
const FRENCH_HAS = new Set(['a', 'avait', 'ont']);
const THE = new Set(['the', 'la', 'el', 'die', 'das', 'den', 'der', 'dem', 'le', "l'"]);
/** "has the help of a", "has the role of a": ordinary, not a comparison. */
const PLAIN_QUALITY = new Set(['help', 'support', 'rest', 'end', 'start', 'middle', 'head', 'role', 'job', 'title', 'name', 'backing', 'approval', 'permission', 'care', 'advice', 'honour', 'honor', 'pleasure', 'privilege', 'experience', 'benefit', 'ayuda', 'apoyo', 'hilfe', 'unterstutzung', 'aide', 'soutien', 'appui']);
/** What one is compared to in praise, by the start of the word: "the patience of a saint", "the courage of a lioness". */
const PRAISED_LIKE = /^(saint|angel|lion|hero|champion|genius|legend|star|surgeon|poet|santo|santa|leon|heroe|campeon|genio|heilig|engel|lowe|held|ange|genie|dichter)/;
const OF = new Set(['of', 'de', 'del', 'von', 'vom', 'eines', 'einer', "d'un", "d'une"]);
const OF_A = new Set(['eines', 'einer', "d'un", "d'une"]);
const PHRASE_STOP = new Set(['and', 'but', 'who', 'that', 'which', 'y', 'und', 'et', 'que', 'qui', 'der', 'die', 'das', 'in', 'on', 'at', 'with']);

/**
 * "has the strategic depth of a puddle", "with the charisma of a damp sponge",
 * "a l'éloquence d'un répondeur", and the same said as a sentence of its own
 * after one about the person ("Le sens de l'observation d'une huître."): a
 * person's quality compared to a thing. Found by shape, not by listing the
 * comparisons, in English, Spanish, German and French. A comparison to a saint
 * or a lion is praise.
 */
function comparisons(text: string, tokens: readonly Token[], sentenceOf: Int32Array): Span[] {
  const out: Span[] = [];
  const elided = (t: Token | undefined) => !!t && t.kind === 'word' && t.norm.startsWith("l'") && t.norm.length > 3;
  const quality = (at: number): Span | null => {
    // From the quality word at `at`: up to four more words, then "of a" / "d'un", then the thing (up to four words).
    for (let j = at; j < Math.min(tokens.length - 1, at + 5); j++) {
      if (sentenceOf[j] !== sentenceOf[at]) return null;
      // "of a" / "de un" / "von einem", or an article that says "of a" alone: "d'un", "eines", "einer".
      const joined = OF_A.has(tokens[j]!.norm);
      if (j > at && OF.has(tokens[j]!.norm) && (INDEFINITE_ARTICLES.has(tokens[j + 1]!.norm) || joined)) {
        let end = joined ? j + 1 : j + 2;
        while (end < tokens.length && end < j + 6 && tokens[end]!.kind === 'word' && !PHRASE_STOP.has(tokens[end]!.norm) && sentenceOf[end] === sentenceOf[at]) end++;
        if (end === j + 1 || tokens.slice(j + 1, end).some((t) => PRAISED_LIKE.test(t.norm))) return null;
        return { from: at, to: end };
      }
      if (tokens[j]!.kind !== 'word') return null;
    }
    return null;
  };
  for (let i = 0; i + 3 < tokens.length; i++) {
    const n = tokens[i]!.norm;
    const det = tokens[i + 1]!;
    // French "a" is "has"; "à" ("à l'école d'une amie") folds to the same word and is not.
    const frenchHas = FRENCH_HAS.has(n) && text[tokens[i]!.start] !== 'à' && (elided(det) || det.norm === 'le');
    const withThe = WITH_THE.has(n);
    const startOfSentence = (i === 0 || sentenceOf[i - 1] !== sentenceOf[i]) && (THE.has(n) || elided(tokens[i]));
    if ((HAVE.has(n) || withThe || frenchHas) && (THE.has(det.norm) || elided(det))) {
      const at = elided(det) ? i + 1 : i + 2;
      const head = tokens[at]!.norm.replace(/^l'/, '');
      if (PLAIN_QUALITY.has(head) || (withThe && !FACULTY.has(head))) continue;
      const q = quality(at);
      if (q) out.push({ from: i, to: q.to });
    } else if (startOfSentence) {
      // A sentence that is nothing but the comparison: it must run to the sentence's end.
      const at = elided(tokens[i]) ? i : i + 1;
      if (!FACULTY.has(tokens[at]!.norm.replace(/^l'/, ''))) continue;
      const q = quality(at);
      const last = q ? q.to : -1;
      if (q && (last >= tokens.length || sentenceOf[last] !== sentenceOf[i] || tokens[last]!.kind === 'punct')) {
        let k = last;
        while (k < tokens.length && sentenceOf[k] === sentenceOf[i] && tokens[k]!.kind === 'punct') k++;
        if (k >= tokens.length || sentenceOf[k] !== sentenceOf[i]) out.push({ from: i, to: q.to });
      }
    }
  }
  return out;
}

/** Folded form of a span's text, as `fine` entries are compared. */
export function fineKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
