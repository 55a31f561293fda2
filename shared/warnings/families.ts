/**
 * Families: what a warning is about, in the words a person uses ("an attack
 * on a named person", "a secret"). Every rule id the engine (or the post
 * guard) can raise maps to exactly one family; the UI groups, explains and
 * lets people dismiss warnings per family, and the bench scores recall and
 * precision per family.
 */

export const FAMILIES = [
  'named-attack',
  'employer',
  'third-party',
  'confidential',
  'profanity',
  'politics',
  'religion',
  'private-life',
  'health',
  'substances',
  'other-identity',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Short labels for settings and warning lists. */
export const FAMILY_LABELS: Record<Family, string> = {
  'named-attack': 'Attacks on named people',
  employer: 'Complaints about the employer',
  'third-party': 'Identifiable patients, students, clients',
  confidential: 'Secrets and unannounced business',
  profanity: 'Swearing, also disguised',
  politics: 'Partisan politics',
  religion: 'Religion arguments',
  'private-life': 'Relationships and private life',
  health: 'Your own health',
  substances: 'Alcohol and drugs',
  'other-identity': "Another identity's names, words and style",
};

/** One sentence per family, for settings. */
export const FAMILY_DESCRIPTIONS: Record<Family, string> = {
  'named-attack': 'A named or titled person together with mockery, insults or a wish to see them gone.',
  employer: 'Your employer or workplace named in a complaint.',
  'third-party': 'Someone recognisable by name, title, age, bed, room or class together with their health, grades, behaviour, case or family.',
  confidential: 'Secrecy cues, or business news told before it is public.',
  profanity: 'Swear words, including disguised ones (f*ck, sh1t) and mild ones (damn, pissed).',
  politics: 'Parties, politicians and partisan opinions.',
  religion: 'Arguments for or against a religion or its believers.',
  'private-life': 'Break-ups, divorces, dating and family drama.',
  health: 'Your own diagnoses, treatments, medication and mental health.',
  substances: 'Drinking, hangovers and drugs.',
  'other-identity': "Another identity's names, handles, links, words, drafts, promotions or style.",
};

/**
 * Rule id -> family. Lexicon rules are `lexicon.<name>`; the guard's own
 * warnings (`guard.*`) are about which identity is posting.
 */
export const RULE_FAMILIES: Readonly<Record<string, Family>> = {
  'never-say': 'other-identity',
  'belongs-elsewhere': 'other-identity',
  'other-identity-mention': 'other-identity',
  'work-hours': 'other-identity',
  clipboard: 'other-identity',
  'similar-draft': 'other-identity',
  'learned-style': 'other-identity',
  'other-identity.promotion': 'other-identity',
  'guard.account-mismatch': 'other-identity',
  'guard.text-unknown': 'other-identity',
  'lexicon.profanity': 'profanity',
  'lexicon.politics': 'politics',
  'lexicon.health': 'health',
  'lexicon.private-life': 'private-life',
  'lexicon.substances': 'substances',
  'lexicon.confidential-work': 'confidential',
  'attack.named-person': 'named-attack',
  'employer.complaint': 'employer',
  'third-party.identifiable': 'third-party',
  'confidential.secret-news': 'confidential',
  'profanity.disguised': 'profanity',
  'profanity.mild': 'profanity',
  'politics.partisan': 'politics',
  'religion.argument': 'religion',
  'private-life.story': 'private-life',
  'health.own': 'health',
  'substances.use': 'substances',
};

/** The family of a rule id; unknown ids (a newer engine's) count as 'other-identity'. */
export function familyOf(ruleId: string): Family {
  return RULE_FAMILIES[ruleId] ?? 'other-identity';
}

export function isFamily(value: unknown): value is Family {
  return typeof value === 'string' && (FAMILIES as readonly string[]).includes(value);
}

/**
 * Card titles for the rules whose family's label would mislead on their own card. The family stays what settings,
 * dismissals and the bench count by; but "Another identity's names, words and style" above "It is Sun 05:18 in UTC,
 * outside Professional's hours" tells a person the wrong thing about why they are asked.
 */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  'work-hours': 'Posting hours',
  'never-say': 'Words you never say here',
  clipboard: "Copied in another identity's window",
  'similar-draft': "Like another identity's draft",
  'learned-style': "Another identity's style",
  'guard.account-mismatch': 'A different account on this site',
  'guard.text-unknown': 'Text Hatstand could not read',
};

/** The title a warning's card and underline carry: its rule's own (`RULE_LABELS`), else its family's. */
export function labelOf(warning: { ruleId: string; family?: Family }): string {
  return RULE_LABELS[warning.ruleId] ?? FAMILY_LABELS[warning.family ?? familyOf(warning.ruleId)];
}
