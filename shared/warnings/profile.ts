import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { FAMILIES, type Family } from './families';
import { ROLES } from './roles';

/**
 * The warnings profile: every identity with what the warning engine needs to
 * know about it. This is also the import/export format of an identity's
 * settings and the `--profile` file of `npm run check` (see PROFILE.md).
 */

export const LEXICON_NAMES = [
  'profanity',
  'politics',
  'health',
  'private-life',
  'substances',
  'confidential-work',
] as const;
export type LexiconName = (typeof LEXICON_NAMES)[number];

/** Rules that can be switched per identity with `rules: { "<id>": false }`. */
export const RULE_IDS = [
  'never-say',
  'belongs-elsewhere',
  'other-identity-mention',
  'lexicon',
  'work-hours',
  'clipboard',
  'similar-draft',
  'learned-style',
  /** The language rules (attacks, third parties, secrets ...); their families can also be switched one by one. */
  'understanding',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const MAX_TERM_LENGTH = 200;
// Lone surrogates and control characters cannot be typed and only appear in a
// term through a broken export; refusing them keeps matching predictable.
const BROKEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export const TermSchema = z
  .string({ error: 'A term must be text in quotes.' })
  .refine((t) => t.trim().length > 0, 'A term cannot be empty.')
  .refine((t) => t.length <= MAX_TERM_LENGTH, `Keep a term under ${MAX_TERM_LENGTH} characters.`)
  .refine((t) => !BROKEN_CHARS.test(t), 'The term contains an invalid or control character.')
  .transform((t) => t.trim());

const TermListSchema = z.array(TermSchema, { error: 'Expected a list of terms, like ["term one", "term two"].' });

const HHMM = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is written HH:MM on a 24-hour clock, for example 09:00 or 17:30.');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const WorkHoursSchema = z.object({
  /** ISO weekdays: 1 = Monday ... 7 = Sunday. */
  days: z
    .array(z.number().int().min(1, 'Days are numbered 1 (Monday) to 7 (Sunday).').max(7, 'Days are numbered 1 (Monday) to 7 (Sunday).'))
    .min(1, 'Work hours need at least one day (1 = Monday ... 7 = Sunday).'),
  start: HHMM,
  /** End is exclusive; an end before the start means the hours run past midnight. */
  end: HHMM,
  timeZone: z.string().refine(isTimeZone, 'Unknown time zone; use an IANA name such as Europe/Berlin or America/New_York.'),
  /**
   * 'inside' (default): this identity posts inside these hours and is warned
   * outside them (typical for Professional). 'outside': warned inside them
   * (a Personal identity that should stay quiet during the working day).
   */
  postWhen: z.enum(['inside', 'outside']).default('inside'),
});
export type WorkHours = z.infer<typeof WorkHoursSchema>;

const LexiconSwitchesSchema = z.strictObject(
  Object.fromEntries(LEXICON_NAMES.map((n) => [n, z.boolean().optional()])) as Record<LexiconName, z.ZodOptional<z.ZodBoolean>>,
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown lexicon; the lexicons are ${LEXICON_NAMES.join(', ')}.` : undefined) },
);

const LexiconEditsSchema = z.strictObject(
  Object.fromEntries(
    LEXICON_NAMES.map((n) => [n, z.object({ add: TermListSchema.default([]), remove: TermListSchema.default([]) }).optional()]),
  ) as Record<LexiconName, z.ZodOptional<z.ZodObject<{ add: z.ZodDefault<typeof TermListSchema>; remove: z.ZodDefault<typeof TermListSchema> }>>>,
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown lexicon; the lexicons are ${LEXICON_NAMES.join(', ')}.` : undefined) },
);

/** `"role": "clinician"`: unknown roles are refused with the list of roles. */
export const RoleSchema = z.enum(ROLES, {
  error: (iss) => `Unknown role ${JSON.stringify(iss.input)}; choose one of ${ROLES.join(', ')}.`,
});

const FamilySwitchesSchema = z.strictObject(
  Object.fromEntries(FAMILIES.map((n) => [n, z.boolean().optional()])) as Record<Family, z.ZodOptional<z.ZodBoolean>>,
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown family; the families are ${FAMILIES.join(', ')}.` : undefined) },
);

const FineSchema = z.strictObject(
  Object.fromEntries(FAMILIES.map((n) => [n, TermListSchema.optional()])) as Record<Family, z.ZodOptional<typeof TermListSchema>>,
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown family; the families are ${FAMILIES.join(', ')}.` : undefined) },
);

const RuleSwitchesSchema = z.strictObject(
  Object.fromEntries(RULE_IDS.map((n) => [n, z.boolean().optional()])) as Record<RuleId, z.ZodOptional<z.ZodBoolean>>,
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown rule; the rules are ${RULE_IDS.join(', ')}.` : undefined) },
);

export const WarningIdentitySchema = z.object({
  id: z.string().trim().min(1, 'Every identity needs an id.'),
  /** The identity's label, used in messages ("Professional"). Not matched in text. */
  name: z.string().trim().min(1, 'Every identity needs a name.'),
  /** What the identity is (clinician, teacher, lawyer, company, public-servant, journalist, personal). Inferred from the name when absent. */
  role: RoleSchema.optional(),
  /** The organisation this identity works for or speaks for ("St Mary's Hospital"): named in a complaint, it is an 'employer' warning. */
  employer: TermListSchema.default([]),
  /** Switches per family on top of the role's defaults: `{ "politics": false }`. */
  families: FamilySwitchesSchema.default({}),
  /** Words declared fine here, per family ("This is fine here"): a warning of that family on exactly these words is not raised again. */
  fine: FineSchema.default({}),
  /** Display names this identity goes by ("Dr Ada Byrne"); matched as mentions. */
  names: TermListSchema.default([]),
  /** @name, @name@instance, name.bsky.social ... */
  handles: TermListSchema.default([]),
  profileUrls: TermListSchema.default([]),
  belongs: TermListSchema.default([]),
  never: TermListSchema.default([]),
  /** Which lexicons are on by default: 'strict' (all) or 'light' (confidential work only). Inferred from the name when absent. */
  lexiconSet: z.enum(['strict', 'light', 'none']).optional(),
  lexicons: LexiconSwitchesSchema.default({}),
  /** Add or remove terms of a built-in lexicon for this identity. */
  lexiconEdits: LexiconEditsSchema.default({}),
  workHours: WorkHoursSchema.nullable().default(null),
  rules: RuleSwitchesSchema.default({}),
});
export type WarningIdentity = z.infer<typeof WarningIdentitySchema>;

export const DraftSchema = z.object({
  id: z.string().min(1, 'Every draft needs an id.'),
  identityId: z.string().min(1),
  text: z.string(),
  kind: z.enum(['draft', 'post']).default('draft'),
});
export type ProfileDraft = z.infer<typeof DraftSchema>;

/** Serialized naive Bayes model (see style.ts): per identity, feature counts. */
export const StyleModelSchema = z.object({
  version: z.literal(1, { error: 'Only model version 1 is understood.' }),
  classes: z.record(
    z.string(),
    z.object({
      docs: z.number().int().nonnegative(),
      total: z.number().nonnegative(),
      counts: z.record(z.string(), z.number().nonnegative()),
    }),
  ),
});
export type StyleModelJSON = z.infer<typeof StyleModelSchema>;

export const ProfileSchema = z
  .object({
    identities: z.array(WarningIdentitySchema).min(1, 'The profile needs at least one identity.'),
    drafts: z.array(DraftSchema).default([]),
    model: StyleModelSchema.nullable().default(null),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.identities.forEach((identity, i) => {
      if (seen.has(identity.id)) {
        ctx.addIssue({ code: 'custom', path: ['identities', i, 'id'], message: `The id '${identity.id}' is used by two identities.` });
      }
      seen.add(identity.id);
    });
    p.drafts.forEach((d, i) => {
      if (!seen.has(d.identityId)) {
        ctx.addIssue({ code: 'custom', path: ['drafts', i, 'identityId'], message: `No identity has the id '${d.identityId}'.` });
      }
    });
  });

/** A validated profile (defaults filled in). */
export type Profile = z.infer<typeof ProfileSchema>;
/** What a profile file may contain before defaults are applied. */
export type ProfileInput = z.input<typeof ProfileSchema>;

function describePath(path: readonly PropertyKey[], root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      // Name identities by their id when it is there: "identities[1] (professional)".
      const item: unknown = Array.isArray(node) ? node[key] : undefined;
      if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && out === `identities[${key}]`) {
        out += ` (${item.id})`;
      }
      node = item;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(profile)';
}

/**
 * Validates a profile (an already parsed JSON value, or JSON text) and fills
 * in defaults. On failure the message lists every problem with where it is,
 * e.g. "identities[1] (professional).never[3]: A term cannot be empty."
 */
export function parseProfile(json: unknown): Result<Profile> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      return fail('profile-invalid', `The profile is not valid JSON: ${(e as Error).message}`);
    }
  }
  const parsed = ProfileSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const lines = parsed.error.issues.map((iss) => {
    let message = iss.message;
    if (iss.code === 'unrecognized_keys') message = `${message} (found: ${iss.keys.join(', ')})`;
    return `${describePath(iss.path, value)}: ${message}`;
  });
  const unique = [...new Set(lines)];
  return fail('profile-invalid', `The profile has ${unique.length} problem${unique.length === 1 ? '' : 's'}:\n- ${unique.join('\n- ')}`);
}
