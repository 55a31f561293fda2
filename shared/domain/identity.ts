import { z } from 'zod';
import { hasHiddenCharacters, showsSomething } from './hidden-characters';

/** `#rrggbb`, lower case: the identity's colour drives its whole window chrome. */
export const ColorSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'A colour is written #rrggbb, for example #1c4fd8.')
  .transform((c) => c.toLowerCase());

export const IdentityNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the identity a name.')
  .max(40, 'Keep the name under 40 characters so it fits the title band.')
  .refine((n) => !hasHiddenCharacters(n), 'The name contains invisible or direction-changing characters; type it again without them.')
  .refine((n) => showsSomething(n), 'Give the identity a name made of letters, digits or symbols.');

/** An emoji or up to three initials shown in the title band and the icon. */
export const AvatarSchema = z
  .string()
  .trim()
  .min(1, 'Choose an emoji or initials for the avatar.')
  .max(16, 'An avatar is one emoji or up to three initials.')
  .refine((a) => !hasHiddenCharacters(a) && showsSomething(a), 'The avatar contains invisible characters; choose an emoji or type the initials again.');

/**
 * The handle an identity uses on a site (@ada, ada.bsky.social). It feeds the
 * warning profile, so it follows the profile format's rules for a term (at
 * most 200 characters, no control characters) and refuses invisible ones.
 */
export const SiteHandleSchema = z
  .string()
  .trim()
  .max(200, 'Keep the handle under 200 characters, for example @ada@mastodon.social.')
  .refine((h) => !hasHiddenCharacters(h), 'The handle contains invisible or control characters; type it again without them.');

export const SiteSchema = z.object({
  id: z.string().uuid(),
  identityId: z.string().uuid(),
  label: z.string(),
  /** https URL the site opens on, e.g. https://x.com/home */
  homeUrl: z.string().url(),
  /** The handle this identity uses on that site, e.g. @ada or ada.bsky.social ('' when unknown). */
  handle: z.string(),
  position: z.number().int(),
});
export type Site = z.infer<typeof SiteSchema>;

export const IdentitySchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  color: z.string(),
  avatar: z.string(),
  position: z.number().int(),
  createdAt: z.string(),
  sites: z.array(SiteSchema),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const NewIdentitySchema = z.object({
  name: IdentityNameSchema,
  color: ColorSchema,
  avatar: AvatarSchema,
});
export type NewIdentity = z.infer<typeof NewIdentitySchema>;

/** The two identities created on first run: clearly different colours (orange/blue stays distinct for colour-blind users). */
export const DEFAULT_IDENTITIES: ReadonlyArray<NewIdentity & { sites: ReadonlyArray<{ label: string; homeUrl: string }> }> = [
  {
    name: 'Personal',
    color: '#c2410c',
    avatar: '🏡',
    sites: [
      { label: 'Mastodon', homeUrl: 'https://mastodon.social/home' },
      { label: 'Bluesky', homeUrl: 'https://bsky.app/' },
      { label: 'Facebook', homeUrl: 'https://www.facebook.com/' },
    ],
  },
  {
    name: 'Professional',
    color: '#1d4ed8',
    avatar: '💼',
    sites: [
      { label: 'LinkedIn', homeUrl: 'https://www.linkedin.com/feed/' },
      { label: 'X', homeUrl: 'https://x.com/home' },
      { label: 'Bluesky', homeUrl: 'https://bsky.app/' },
    ],
  },
];
