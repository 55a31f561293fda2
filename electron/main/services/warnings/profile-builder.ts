import { DraftSchema, StyleModelSchema, WarningIdentitySchema, type ProfileInput, type StyleModelJSON } from '../../../../shared/warnings';
import { TermSchema } from '../../../../shared/warnings/profile';
import { humanIssue } from '../../../../shared/ipc/human-errors';
import type { Identity, Site } from '../../../../shared/domain/identity';

/**
 * Builds the warning engine's profile from what the store holds, one identity
 * at a time, so that one bad value can never disable the guard for everyone:
 * a derived term (a handle, the profile link made from it) that the profile
 * format refuses is left out and reported; an identity whose stored settings
 * no longer parse keeps its names and handles and loses only those settings;
 * a malformed draft or learned model is dropped. What is left always compiles.
 */
export interface ProfileProblem {
  identityId: string;
  /** One sentence saying what is not checked and how to fix it. */
  message: string;
}

export interface BuiltProfile {
  profile: ProfileInput;
  problems: ProfileProblem[];
}

type IdentityEntry = ProfileInput['identities'][number];

/** The link that gives an identity away: https://x.com/ada for handle @ada on x.com. */
export function siteProfileUrl(site: Pick<Site, 'homeUrl' | 'handle'>): string | null {
  const handle = site.handle.trim().replace(/^@/, '').split('@')[0];
  if (!handle) return null;
  let host: string;
  try {
    host = new URL(site.homeUrl).host;
  } catch {
    return null; // a malformed home URL cannot give a profile link
  }
  return host.endsWith('bsky.app') ? `https://${host}/profile/${handle}` : `https://${host}/${/mastodon|social/.test(host) ? '@' : ''}${handle}`;
}

/** Why a value cannot be a term of the profile, or null when it can (the profile format's own rule, TermSchema). */
export function termProblem(value: string): string | null {
  const parsed = TermSchema.safeParse(value, { error: humanIssue });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'It is not a valid term.');
}

/**
 * The profile terms a site of an identity gives: its handle and the profile
 * link made from it. Used by the IPC handlers to refuse a handle before it is
 * stored, with the same rules the profile applies.
 */
export function siteTermProblem(site: Pick<Site, 'homeUrl' | 'handle' | 'label'>): string | null {
  const handle = site.handle.trim();
  if (!handle) return null;
  const own = termProblem(handle);
  if (own) return `The handle on ${site.label} cannot be used: ${own}`;
  const url = siteProfileUrl(site);
  const linked = url ? termProblem(url) : null;
  if (linked) return `The handle on ${site.label} is too long to make a profile link from; shorten it to the handle itself (for example @ada).`;
  return null;
}

export function buildProfile(input: {
  identities: readonly Identity[];
  settingsFor(identityId: string): Record<string, unknown>;
  drafts: ReadonlyArray<{ id: string; identityId: string; text: string; kind?: 'draft' | 'post' }>;
  model: StyleModelJSON | null | unknown;
}): BuiltProfile {
  const problems: ProfileProblem[] = [];
  const identities = input.identities.map((identity) => identityEntry(identity, input.settingsFor(identity.id), problems));
  const ids = new Set(identities.map((i) => i.id));
  const drafts = input.drafts.filter((d) => ids.has(d.identityId) && DraftSchema.safeParse(d).success);
  const model = StyleModelSchema.nullable().safeParse(input.model ?? null);
  if (!model.success) {
    problems.push({ identityId: '', message: 'The learned model was damaged and is not used; reset it in an identity\u2019s warning settings to start a new one.' });
  }
  return { profile: { identities, drafts, model: model.success ? model.data : null }, problems };
}

function identityEntry(identity: Identity, stored: Record<string, unknown>, problems: ProfileProblem[]): IdentityEntry {
  const report = (message: string) => problems.push({ identityId: identity.id, message });
  const name = identity.name.trim() || 'Identity';
  const { id: _id, name: _name, ...rawSettings } = stored && typeof stored === 'object' ? stored : {};
  let settings: Partial<IdentityEntry> = rawSettings;
  if (!WarningIdentitySchema.safeParse({ ...settings, id: identity.id, name }).success) {
    report(`The warning settings of ${name} could not be read and are not applied; open its warning settings and save them again.`);
    settings = {};
  }
  const handles: string[] = [];
  const links: string[] = [];
  for (const site of identity.sites) {
    const handle = site.handle.trim();
    if (!handle) continue;
    if (termProblem(handle)) {
      report(`The handle on ${site.label} of ${name} is not checked because it is malformed; correct it in ${name}\u2019s settings.`);
      continue;
    }
    handles.push(handle);
    const url = siteProfileUrl(site);
    if (url && termProblem(url)) {
      report(`The profile link of ${name} on ${site.label} is not checked because it would be too long; shorten the handle there.`);
    } else if (url) {
      links.push(url);
    }
  }
  const entry: IdentityEntry = {
    ...settings,
    id: identity.id,
    name,
    handles: [...new Set([...handles, ...(settings.handles ?? [])])],
    profileUrls: [...new Set([...links, ...(settings.profileUrls ?? [])])],
  };
  if (WarningIdentitySchema.safeParse(entry).success) return entry;
  // Cannot happen with the checks above; if it does, the identity still takes part with its id and name.
  report(`Warnings for ${name} use only its name until its settings are fixed; open its warning settings and save them again.`);
  return { id: identity.id, name };
}

/**
 * Why a person's warning settings (one identity's entry of the profile format,
 * without id and name) cannot be saved, as one sentence; null when they can.
 * Unknown keys are refused, not stored: settings are never a free-form bag.
 */
export function warningSettingsProblem(settings: Record<string, unknown>): string | null {
  const parsed = WarningIdentitySchema.strict().safeParse({ ...settings, id: 'x', name: 'x' }, { error: humanIssue });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = String(issue.keys[0] ?? '').replace(/[^\p{L}\p{N} _.-]/gu, '').slice(0, 40);
    return `\u201c${key}\u201d is not a warning setting Hatstand knows, so nothing was saved; remove it and try again.`;
  }
  const where = issue.path
    .map((p) => (typeof p === 'number' ? `entry ${p + 1}` : String(p).replace(/[^\p{L}\p{N} _.-]/gu, '').slice(0, 40)))
    .join(', ');
  const message = issue.message.replace(/\.$/, '');
  return `The warning setting ${where || 'you changed'} was not saved: ${message}; correct it and try again.`;
}
