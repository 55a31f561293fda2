/**
 * Whose voice a post is in, for the words of another identity's `belongs` list. A topic word of the other side of a
 * person's life is ordinary in a post that belongs where it is (a nurse's personal post about nurses' pay, a physio's
 * clinic account on climbing injuries); the slip is the other side's *voice*: the clinic's opening hours or the
 * school's reminder to parents posted from the personal account, the band's gig or the dog's day from the work one.
 *
 * - A work identity's word warns elsewhere when the post speaks as the organisation ("we've added evening slots",
 *   "Unsere neue Kollegin", "Nos CE2"), to its public ("your org chart") or announces to it (a reminder, a welcome,
 *   opening hours, a publication).
 * - A personal identity's word warns elsewhere unless the post speaks as the organisation or to its public
 *   ("greyhound owners: keep your elbow bent", "Fragen Sie uns", "Os preparamos bandejas").
 * - On either, a post with the acting identity's own words is its own, and the other's word a note.
 *
 * Measured on review 31 (read) and the first corpus; decided on the unseen splits and review 32 by counts (README).
 * Word lists, not a parser: the four languages' pronouns and a few announcement words are closed classes, and the
 * tokens arrive folded (lower case, accents stripped).
 */
import { foldText, type Token } from './text';
import type { Lang } from './understand/vocab.generated';

const folded = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(foldText));

/**
 * The organisation speaking: first person plural ("US" in capitals is the country, see `spoken`). By language, so that
 * "os" (Spanish "you", Portuguese "the") or "nos" count only in a post that is written in theirs, or whose language is
 * not told; English counts in every post, where it is mixed in most.
 */
const WE: Record<Lang, ReadonlySet<string>> = {
  en: folded("we we're we've we'll we'd our us"),
  es: folded('nosotros nosotras nuestro nuestra nuestros nuestras nos'),
  de: folded('wir unser unsere unseren unserem unserer unseres uns'),
  fr: folded('nous notre nos'),
};

/**
 * The organisation's public addressed: second person plural or polite. German "Sie", "Ihr" and "Ihnen" are told apart
 * from "sie" (she, they), "ihr" (her, their) and "ihnen" (them) by their capital inside a sentence (`politeGerman`).
 */
const YOU: Record<Lang, ReadonlySet<string>> = {
  en: folded("you your yours you're you'll you've"),
  es: folded('vosotros vosotras vuestro vuestra vuestros vuestras os usted ustedes'),
  de: folded('euch euer eure euren eurem eurer'),
  fr: folded('vous votre vos'),
};
const POLITE_GERMAN = new Set(['Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihnen']);

/**
 * Announcements to a public: reminders, welcomes, opening hours, bookings, publications. (Not advice words: "any tips?"
 * and "des conseils de lecture ?" are asked by people as often as given by a practice. Not "Termine": French and
 * Spanish "terminé", "termine" fold to it.)
 */
const ANNOUNCE = folded(`
  reminder welcome welcoming announce announcing announcement published share sharing blog webinar newsletter booking bookings
  opening reopen reopening
  recordatorio recordad bienvenida bienvenido bienvenidos bienvenidas abrimos cerramos horario horarios reservas
  publicado compartir compartimos
  erinnerung willkommen geoffnet geschlossen offnungszeiten veroffentlicht teilen
  rappel bienvenue ouvert ouverte fermeture horaires inscriptions publie partager`);

/**
 * A word of a list as it is written here, not a set phrase that only looks like one: "thank you", "see you", "love
 * you" greet anyone; "rendez-vous" and "s'il vous plaît" are no public addressed; "US" is the country, "OS" a system.
 */
function spoken(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.norm;
  if (t.norm === 'you') return !(prev === 'thank' || prev === 'see' || prev === 'love');
  if (t.norm === 'vous') return !(prev === '-' || prev === "s'il");
  if (t.norm === 'us' || t.norm === 'os') return text.slice(t.start, t.end) !== t.norm.toUpperCase(); // the US, an OS
  return true;
}

/** Whether a pronoun of the lists is in the post, as a pronoun (`spoken`): English and the post's language's, or every language's. */
function hasPronoun(tokens: readonly Token[], lists: Record<Lang, ReadonlySet<string>>, text: string, language: Lang | null): boolean {
  const sets = language === null ? Object.values(lists) : [lists.en, lists[language]];
  return tokens.some((t, i) => t.kind === 'word' && sets.some((set) => set.has(t.norm)) && spoken(tokens, i, text));
}

/**
 * German polite address: written with its capital after a word or a comma, so not opening a sentence, a line or a list;
 * or "Sie" opening a short question with a plural verb after it ("Sie haben Fragen?", "Sie trainieren die Jugend im
 * Verein?"), which asks the public. (She asks in the singular, "Sie kommt morgen?"; they are told of in a statement,
 * "Sie bleiben bis Sonntag, wer kommt mit?", whose question is another clause.)
 */
function politeGerman(tokens: readonly Token[], text: string): boolean {
  return tokens.some((t, i) => {
    const word = text.slice(t.start, t.end);
    if (!POLITE_GERMAN.has(word)) return false;
    const prev = tokens[i - 1];
    if (prev !== undefined && (prev.kind === 'word' || prev.norm === ',') && !text.slice(prev.end, t.start).includes('\n')) return true;
    return word === 'Sie' && /^[a-zäöüß]+en$/.test(text.slice(tokens[i + 1]?.start ?? 0, tokens[i + 1]?.end ?? 0)) && asksAtOnce(tokens, text, i);
  });
}

/** Whether the clause that token `i` opens is a question of a few words: a "?" before any other mark or line break. */
function asksAtOnce(tokens: readonly Token[], text: string, i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k]!;
    if (text.slice(tokens[k - 1]!.end, t.start).includes('\n')) return false;
    if (t.norm === '?') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** The word as written, lower case with its accents composed (text pasted from some sources spells "é" as e + ´). */
const raw = (t: Token, text: string) => text.slice(t.start, t.end).normalize('NFC').toLowerCase();
const ACCENTED = /[áéíóú]/;

/**
 * Spanish words that end like a first person plural verb and are not one: nouns and adjectives in -amos, -emos, -imos
 * ("primos", "gramos", "extremos"; "próximos", "últimos", "ánimos", "décimos" as often written without their accent as
 * with it, and superlatives, "riquísimos"), English "demos", and "¡vamos!", cheering more often than an organisation
 * going somewhere.
 */
const NOT_SPANISH_WE = new Set([
  'amos', 'ramos', 'tramos', 'reclamos', 'primos', 'mimos', 'timos', 'racimos', 'extremos', 'supremos', 'memos', 'remos', 'demos', 'vamos',
  'proximos', 'ultimos', 'animos', 'minimos', 'maximos', 'intimos', 'optimos', 'decimos', 'centimos', 'legitimos', 'anonimos', 'sinonimos', 'penultimos',
]);
/**
 * Spanish words with an accented -ís that are no second person plural: "país", "anís", "París", names ("Luís",
 * "Lluís", "Thaís"), plurals of nouns in -í ("esquís", "jabalís", "rubís"), and numbers in -séis ("dieciséis").
 */
const NOT_SPANISH_YOU = new Set(['pais', 'anis', 'paris', 'luis', 'lluis', 'thais', 'lis', 'esquis', 'jabalis', 'rubis', 'colibris', 'bisturis', 'maniquis', 'tabus']);
/** Words that end like an imperative with its pronoun and are not one: "caos", "bacalaos", "saraos". */
const NOT_SPANISH_IMPERATIVE = new Set(['cacaos', 'bacalaos', 'saraos']);
/** Words that end like a bare imperative (-ad, -ed, -id) and are not one: nouns, places and names. */
const NOT_SPANISH_COMMAND = new Set(['madrid', 'david', 'valladolid', 'pared', 'red', 'sed', 'huesped', 'cesped', 'ingrid', 'astrid', 'ahmed', 'mohamed', 'lid', 'vid', 'cid']);

/**
 * Spanish verbs carry their person without a pronoun, which is how a shop speaks: "estamos en el avituallamiento", "los
 * que salís a hacer trail", "¡Traed a los peques!", "apuntaos en tienda", "preguntadle por el Sintrom". Heard only in a
 * Spanish post (told by its function words, or by "¡" and "¿" in a short one): Portuguese writes "hotéis", "irmãos" and
 * "tínhamos", English "needles" and "cradle".
 * - The first person plural in -amos, -emos, -imos, with an accent only in "-ábamos", "-íamos".
 * - The second person plural in an accented -áis, -éis, -ís ("sois", "vais" have none), and its imperative: with a
 *   pronoun after it ("apuntaos", "preguntadle"), or bare (-ad, -ed, -id) after "¡".
 */
function spanishPerson(tokens: readonly Token[], text: string): boolean {
  return tokens.some((t, i) => {
    if (t.kind !== 'word') return false;
    const w = raw(t, text);
    const n = t.norm;
    if (/(ábamos|íamos)$/.test(w)) return true;
    if (/(áis|éis|ís)$/.test(w) && !w.endsWith('séis') && !NOT_SPANISH_YOU.has(n)) return true;
    if (n === 'sois' || n === 'vais') return true;
    if (/^[a-zñ]{2,}(aos|[aei]d(?:le|les|lo|los|la|las|nos|me))$/.test(w) && !NOT_SPANISH_IMPERATIVE.has(w)) return true;
    if (/^[a-z]{2,}[aei]mos$/.test(n) && !NOT_SPANISH_WE.has(n) && !n.endsWith('gramos') && !n.endsWith('isimos') && !ACCENTED.test(w)) return true;
    return tokens[i - 1]?.norm === '¡' && /^[a-z]{3,}[aei]d$/.test(w) && !/[dt]ad$/.test(w) && !NOT_SPANISH_COMMAND.has(w);
  });
}

/**
 * Whether the post speaks as an organisation or to its public: the pronouns of the four languages, and in Spanish the
 * verbs that carry the person without one (`spanishPerson`). (French "venez nombreux", "n'hésitez pas" were tried and
 * left out: a choir's concert invites friends the same way, and review 31 lost that slip while no false alarm went.)
 */
export function speaksForWork(tokens: readonly Token[], text: string, language: Lang | null): boolean {
  if (hasPronoun(tokens, WE, text, language) || hasPronoun(tokens, YOU, text, language) || politeGerman(tokens, text)) return true;
  const spanish = language === 'es' || (language === null && /[¡¿]/.test(text));
  return spanish && spanishPerson(tokens, text);
}

/** Whether the post announces something to a public. */
export function announces(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && ANNOUNCE.has(t.norm));
}

/**
 * How firmly a `belongs` word of another identity (`owner`) is raised: a caution when the post is in the owner's voice,
 * a note otherwise. A work identity's voice is the organisation speaking, to its public or announcing; a personal
 * identity's is anything else. (So two work identities run by one person keep apart by the same test as a work and a
 * personal one: brand A's "our new e-bike" posted from brand B warns, a private aside that names it does not.) A post
 * that also has the acting identity's own words (its `belongs`, names or handles) is marked as its own: "grip strength
 * testing with the rehab group at a local bouldering centre" on a physio account that lists "rehab" (review 31: 4 of
 * its 15 false alarms went, no slip; review 32, unread: 11 to 6).
 */
export function belongsSeverity(post: { ownerIsPersonal: boolean; ownWords: boolean; language: Lang | null }, tokens: readonly Token[], text: string): 'caution' | 'info' {
  if (post.ownWords) return 'info';
  const speaks = speaksForWork(tokens, text, post.language);
  if (!post.ownerIsPersonal) return speaks || announces(tokens) ? 'caution' : 'info';
  return speaks ? 'info' : 'caution';
}
