import type { Family } from './families';

/**
 * Roles: what an identity is. The role decides which families are the job
 * (a family lawyer's divorce posts, a nurse's patient-safety week), which are
 * warned and how firmly, and whose identity must never be recognisable in a
 * post (patients, students, clients ...).
 */
export const ROLES = ['clinician', 'teacher', 'lawyer', 'company', 'public-servant', 'journalist', 'personal'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How a family is treated for a role:
 * - 'stop' / 'caution': warned with that severity;
 * - 'job': the topic is this identity's work, so it is not warned as a topic;
 *   only the person's own life in it is (their own diagnosis, their own divorce,
 *   their own vote);
 * - 'off': not warned.
 */
export type Stance = 'stop' | 'caution' | 'job' | 'off';

/** People a role works with, who must never be recognisable in its posts. */
export const PROTECTED = ['patients', 'students', 'clients', 'customers', 'members of the public', 'sources'] as const;
export type Protected = (typeof PROTECTED)[number];

export interface RolePolicy {
  label: string;
  /** One sentence shown when choosing a role. */
  describe: string;
  /** The built-in lexicons that are on by default (see lexicons.ts). */
  lexiconSet: 'strict' | 'light';
  families: Record<Family, Stance>;
  /** Whose identity must never be recognisable. A personal identity protects those of the other identities' roles. */
  protects: readonly Protected[];
  /** Attacks on 'anyone' named, or only on people and organisations of the person's work ('work': colleagues, bosses, judges, the employer). */
  attackTargets: 'anyone' | 'work';
  /** The topic when its words appear without anything identifying ("patient safety week"). */
  jobWords: string;
  /** Built-in lexicons off by default for this role, because their words are the job (a journalist names parties all day). */
  lexiconsOff?: readonly ('profanity' | 'politics' | 'health' | 'private-life' | 'substances' | 'confidential-work')[];
  /** Secrecy words that are the job's everyday words, not a secret ("embargoed until 00:01" for a journalist). */
  notSecrets?: readonly string[];
  /** Lexicon words that are the job's everyday words ("embargoed" for a journalist). */
  lexiconRemove?: Partial<Record<'profanity' | 'politics' | 'health' | 'private-life' | 'substances' | 'confidential-work', readonly string[]>>;
}

const PROFESSIONAL: Record<Family, Stance> = {
  'named-attack': 'stop',
  employer: 'stop',
  'third-party': 'stop',
  confidential: 'stop',
  profanity: 'caution',
  politics: 'caution',
  religion: 'caution',
  'private-life': 'caution',
  health: 'caution',
  substances: 'caution',
  'other-identity': 'caution',
};

export const ROLE_POLICIES: Record<Role, RolePolicy> = {
  clinician: {
    label: 'Clinician (doctor, nurse, dentist, therapist)',
    describe: 'Health is the job; patients must never be recognisable, and your own health stays private.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL, health: 'job' },
    protects: ['patients'],
    attackTargets: 'anyone',
    jobWords: 'health and care',
    lexiconRemove: { 'confidential-work': ['patient', 'patients', 'confidential'] },
  },
  teacher: {
    label: 'Teacher or school',
    describe: 'Teaching is the job; students must never be recognisable by name, class or what happened to them.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL },
    protects: ['students'],
    attackTargets: 'anyone',
    jobWords: 'school and learning',
  },
  lawyer: {
    label: 'Lawyer or legal practice',
    describe: 'Cases, divorce and custody are the job; clients must never be recognisable by name or outcome.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL, 'private-life': 'job' },
    protects: ['clients'],
    attackTargets: 'anyone',
    jobWords: 'law, family and cases',
    lexiconRemove: { 'confidential-work': ['client', 'clients', 'our client', 'confidential'] },
  },
  company: {
    label: 'Company, brand or professional account',
    describe: 'Speaks for an organisation: no attacks, secrets, politics or private life, and customers stay anonymous.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL },
    protects: ['customers', 'clients'],
    attackTargets: 'anyone',
    jobWords: 'the business',
  },
  'public-servant': {
    label: 'Public servant',
    describe: 'Politically neutral in public; members of the public must never be recognisable.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL, politics: 'stop' },
    protects: ['members of the public'],
    attackTargets: 'anyone',
    jobWords: 'public services',
  },
  journalist: {
    label: 'Journalist',
    describe: 'Reporting on politics and public figures is the job; sources stay protected, and your own opinions and private life stay out.',
    lexiconSet: 'strict',
    families: { ...PROFESSIONAL, 'named-attack': 'caution' },
    protects: ['sources'],
    attackTargets: 'anyone',
    jobWords: 'news and politics',
    // Party names are the news; a side taken is found by the politics rule (an opinion beside them).
    lexiconsOff: ['politics'],
    lexiconRemove: { 'confidential-work': ['embargoed', 'under embargo', 'leaked', 'unreleased', 'not announced yet'] },
    notSecrets: ['embargo', 'embargoed', 'under embargo', 'embargoed until'],
  },
  personal: {
    label: 'Personal',
    describe: 'Swear, talk politics and be yourself; still warned about patients, students, clients, secrets, your employer and your other identities.',
    lexiconSet: 'light',
    families: {
      'named-attack': 'caution',
      employer: 'caution',
      'third-party': 'stop',
      confidential: 'stop',
      profanity: 'off',
      politics: 'off',
      religion: 'off',
      'private-life': 'off',
      health: 'off',
      substances: 'off',
      'other-identity': 'caution',
    },
    protects: [],
    attackTargets: 'work',
    jobWords: 'everyday life',
  },
};

export const ROLE_LABELS: Record<Role, string> = Object.fromEntries(ROLES.map((r) => [r, ROLE_POLICIES[r].label])) as Record<Role, string>;

/** An identity named like a work identity gets the strict lexicon set (and a work role) by default. */
export const WORK_NAME = /\b(pro|professional|work|job|business|office|career|company|corporate|clinic|practice|studio)\b/i;

const CLINICIAN_NAME = /\b(clinic|clinical|clinician|doctor|dr|nurse|nursing|hospital|ward|dental|dentist|surgery|gp|medical|medic|pharmac\w*|therap\w*|physio\w*|midwife|vet|care)\b/i;
const TEACHER_NAME = /\b(school|teacher|teaching|classroom|class|academy|college|tutor|lecturer|faculty|university|uni)\b/i;
const LAWYER_NAME = /\b(law|lawyer|legal|solicitor|solicitors|attorney|barrister|chambers|counsel|notary|advocate)\b/i;
const JOURNALIST_NAME = /\b(press|news|newsroom|journalist|reporter|editor|desk|media)\b/i;
const PUBLIC_NAME = /\b(council|ministry|government|gov|civil|public service|department|agency|city|municipal|police|nhs trust)\b/i;

/**
 * The role of an identity that does not say: inferred from its name, the way
 * the default lexicon set is ("Clinic" -> clinician, "School" -> teacher,
 * "Law" -> lawyer, "Newsroom" -> journalist, "Council" -> public servant, any
 * other work name such as "Professional" -> company), otherwise personal.
 */
export function inferRole(name: string): Role {
  if (CLINICIAN_NAME.test(name)) return 'clinician';
  if (TEACHER_NAME.test(name)) return 'teacher';
  if (LAWYER_NAME.test(name)) return 'lawyer';
  if (JOURNALIST_NAME.test(name)) return 'journalist';
  if (PUBLIC_NAME.test(name)) return 'public-servant';
  if (WORK_NAME.test(name)) return 'company';
  return 'personal';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
