import { compileProfile, evaluate, type CompiledProfile, type ProfileInput, type Warning } from '../../../../shared/warnings';
import type { WarningIdentity } from '../../../../shared/warnings';
import type { Identity } from '../../../../shared/domain/identity';
import type { Store } from '../store';

/** Per-identity warning settings as stored (the profile format's fields, without id and name). */
export type IdentityWarningSettings = Partial<Omit<WarningIdentity, 'id' | 'name'>>;
export const WARNING_SETTINGS_KEY = 'warnings.settings';
export const STYLE_MODEL_KEY = 'warnings.model';

/**
 * Builds the warning engine's profile from the store (identities, their
 * handles and profile links, their settings, recent drafts, the learned
 * model) and keeps it compiled, so a keystroke costs one `evaluate`.
 * Anything that changes those inputs calls `invalidate()`.
 */
export class WarningsService {
  private compiled: CompiledProfile | null = null;

  constructor(
    private readonly store: Store,
    private readonly recentDrafts: () => Array<{ id: string; identityId: string; text: string; kind?: 'draft' | 'post' }>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  invalidate(): void {
    this.compiled = null;
  }

  profile(): ProfileInput {
    return {
      identities: this.store.identities.list().map((identity) => this.warningIdentity(identity)),
      drafts: this.recentDrafts(),
      model: this.store.settings.get(STYLE_MODEL_KEY, null),
    };
  }

  evaluate(identityId: string, text: string, site?: string, clipboardFrom?: string): Warning[] {
    this.compiled ??= compileProfile(this.profile());
    return evaluate(
      { text, identityId, at: new Date(this.now()).toISOString(), ...(site ? { site } : {}), ...(clipboardFrom ? { clipboardFrom } : {}) },
      this.compiled,
    );
  }

  settingsFor(identityId: string): IdentityWarningSettings {
    return this.store.settings.getFor<IdentityWarningSettings>(identityId, WARNING_SETTINGS_KEY, {});
  }

  private warningIdentity(identity: Identity): ProfileInput['identities'][number] {
    const settings = this.settingsFor(identity.id);
    const handles = identity.sites.map((s) => s.handle.trim()).filter(Boolean);
    return {
      ...settings,
      id: identity.id,
      name: identity.name,
      handles: [...new Set([...handles, ...(settings.handles ?? [])])],
      profileUrls: [...new Set([...profileUrls(identity), ...(settings.profileUrls ?? [])])],
    };
  }
}

/** https://x.com/ada for handle @ada on x.com: the links that would give an identity away. */
function profileUrls(identity: Identity): string[] {
  const urls: string[] = [];
  for (const site of identity.sites) {
    const handle = site.handle.trim().replace(/^@/, '').split('@')[0];
    if (!handle) continue;
    try {
      const host = new URL(site.homeUrl).host;
      urls.push(host.endsWith('bsky.app') ? `https://${host}/profile/${handle}` : `https://${host}/${/mastodon|social/.test(host) ? '@' : ''}${handle}`);
    } catch {
      // a malformed home URL cannot give a profile link
    }
  }
  return urls;
}
