import {
  activeFamilies,
  FAMILIES,
  FAMILY_DESCRIPTIONS,
  FAMILY_LABELS,
  familyOf,
  inferRole,
  ROLE_POLICIES,
  ROLES,
  type Depth,
  type Family,
  type Role,
  type Stance,
  activeLexicons,
  compileProfile,
  createStyleModel,
  withDrafts,
  withModel,
  evaluate,
  parseProfile,
  resetStyle,
  trainStyle,
  WarningIdentitySchema,
  type CompiledProfile,
  type ProfileInput,
  type StyleModel,
  type Warning,
  type WarningIdentity,
} from '../../../../shared/warnings';
import { AppError } from '../../../../shared/result';
import { ClipboardProvenance } from './clipboard-provenance';
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
 * Identity and settings changes call `invalidate()` (a full compile);
 * drafts and the learned model refresh only their part.
 */
export class WarningsService {
  private compiled: CompiledProfile | null = null;
  // Drafts and the learned model change while people type; identities and
  // settings rarely. Only the part that changed is rebuilt (see withDrafts).
  private draftsStale = false;
  private modelStale = false;

  constructor(
    private readonly store: Store,
    private readonly recentDrafts: () => Array<{ id: string; identityId: string; text: string; kind?: 'draft' | 'post' }>,
    private readonly now: () => number = () => Date.now(),
    readonly clipboard: ClipboardProvenance = new ClipboardProvenance(),
  ) {}

  /** Identities or settings changed: the next evaluate compiles everything again. */
  invalidate(): void {
    this.compiled = null;
  }

  /** A draft was written, moved or deleted: only the similarity index is rebuilt. */
  draftsChanged(): void {
    this.draftsStale = true;
  }

  private modelChanged(): void {
    this.modelStale = true;
  }

  private current(): CompiledProfile {
    if (!this.compiled) {
      this.draftsStale = this.modelStale = false;
      return (this.compiled = compileProfile(this.profile()));
    }
    if (this.draftsStale) {
      this.draftsStale = false;
      this.compiled = withDrafts(this.compiled, this.recentDrafts());
    }
    if (this.modelStale) {
      this.modelStale = false;
      this.compiled = withModel(this.compiled, this.store.settings.get(STYLE_MODEL_KEY, null));
    }
    return this.compiled;
  }

  profile(): ProfileInput {
    return {
      identities: this.store.identities.list().map((identity) => this.warningIdentity(identity)),
      drafts: this.recentDrafts(),
      model: this.store.settings.get(STYLE_MODEL_KEY, null),
    };
  }

  /** `depth: 'lexical'` on each keystroke; 'full' (default) for the guard and once typing pauses. */
  evaluate(identityId: string, text: string, site?: string, depth: Depth = 'full'): Warning[] {
    const compiled = this.current();
    const clipboardFrom = this.clipboard.sourceFor(identityId, text);
    return evaluate(
      { text, identityId, depth, at: new Date(this.now()).toISOString(), ...(site ? { site } : {}), ...(clipboardFrom ? { clipboardFrom } : {}) },
      compiled,
    );
  }

  /** The identity's role: its own, or the one inferred from its name. */
  roleOf(identityId: string): { role: Role; inferred: boolean } {
    const own = this.settingsFor(identityId).role;
    if (own) return { role: own, inferred: false };
    return { role: inferRole(this.store.identities.get(identityId).name), inferred: true };
  }

  /** Sets the role (a preset chosen when the identity is created, or in settings). */
  setRole(identityId: string, role: Role): IdentityWarningSettings {
    return this.setSettings(identityId, { ...this.settingsFor(identityId), role });
  }

  /** Every family with how this identity treats it. */
  familiesOf(identityId: string): Array<{ id: Family; label: string; describe: string; stance: Stance }> {
    const identity = this.store.identities.get(identityId);
    const parsed = WarningIdentitySchema.safeParse({ ...this.settingsFor(identityId), id: identity.id, name: identity.name });
    const stances = parsed.success ? activeFamilies(parsed.data) : null;
    return FAMILIES.map((id) => ({ id, label: FAMILY_LABELS[id], describe: FAMILY_DESCRIPTIONS[id], stance: stances?.[id] ?? 'off' }));
  }

  static roles(): Array<{ id: Role; label: string; describe: string }> {
    return ROLES.map((id) => ({ id, label: ROLE_POLICIES[id].label, describe: ROLE_POLICIES[id].describe }));
  }

  settingsFor(identityId: string): IdentityWarningSettings {
    return this.store.settings.getFor<IdentityWarningSettings>(identityId, WARNING_SETTINGS_KEY, {});
  }

  /** Validates with the profile schema (clear messages), then stores what the person wrote. */
  setSettings(identityId: string, settings: Record<string, unknown>): IdentityWarningSettings {
    const identity = this.store.identities.get(identityId);
    const { id: _id, name: _name, ...rest } = settings;
    const parsed = WarningIdentitySchema.safeParse({ ...rest, id: identity.id, name: identity.name });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      throw new AppError('warnings/invalid-settings', `${where}${issue.message}`);
    }
    this.store.settings.setFor(identityId, WARNING_SETTINGS_KEY, rest);
    this.store.activity.append({ identityId, kind: 'settings.changed', summary: `Warning settings of ${identity.name} changed` });
    this.invalidate();
    return rest as IdentityWarningSettings;
  }

  /** The lexicons in force for this identity (its defaults, then its switches), as the engine applies them. */
  lexiconsOn(identityId: string): string[] {
    const identity = this.store.identities.get(identityId);
    const parsed = WarningIdentitySchema.safeParse({ ...this.settingsFor(identityId), id: identity.id, name: identity.name });
    return parsed.success ? [...activeLexicons(parsed.data)] : [];
  }

  /** How many of this identity's own texts the learned model has seen. */
  modelTexts(identityId: string): number {
    return this.model().classes[identityId]?.docs ?? 0;
  }

  /** A text this identity really posted (or declared fine) teaches the learned model. */
  learn(identityId: string, text: string): void {
    if (text.trim().split(/\s+/).length < 3) return;
    this.store.settings.set(STYLE_MODEL_KEY, trainStyle(this.model(), identityId, text));
    this.modelChanged();
  }

  resetModel(identityId: string): void {
    this.store.settings.set(STYLE_MODEL_KEY, resetStyle(this.model(), identityId));
    this.store.activity.append({ identityId, kind: 'settings.changed', summary: `Learned model of ${this.store.identities.get(identityId).name} reset` });
    this.modelChanged();
  }

  /**
   * "This is fine here", for one family: records the override (and logs it),
   * teaches the learned model that this text is this identity's, and teaches
   * the engine that these words are fine here for that family (they are not
   * warned about again in that family; the person can remove them in the
   * settings file, `fine`).
   */
  override(input: { identityId: string; text: string; warning: Warning; draftId?: string; reason?: string }): void {
    const stored = this.store.warnings.record({
      identityId: input.identityId,
      draftId: input.draftId ?? null,
      ruleId: input.warning.ruleId,
      severity: input.warning.severity,
      start: input.warning.start,
      end: input.warning.end,
      message: input.warning.message,
      otherIdentityId: input.warning.otherIdentityId ?? null,
    });
    this.store.warnings.setStatus(stored.id, 'overridden', input.reason ?? null);
    this.learn(input.identityId, input.text);
    const words = input.text.slice(input.warning.start, input.warning.end).replace(/\s+/g, ' ').trim();
    if (words.length > 0 && words.length <= 200 && input.warning.end <= input.text.length) {
      const family: Family = input.warning.family ?? familyOf(input.warning.ruleId);
      const settings = this.settingsFor(input.identityId);
      const fine = { ...(settings.fine ?? {}) } as Partial<Record<Family, string[]>>;
      const list = fine[family] ?? [];
      if (!list.some((w) => w.toLocaleLowerCase() === words.toLocaleLowerCase())) {
        fine[family] = [...list, words].slice(-200);
        this.store.settings.setFor(input.identityId, WARNING_SETTINGS_KEY, { ...settings, fine });
        this.invalidate();
      }
    }
  }

  /**
   * After an autosave: warnings that appeared are recorded as raised, and
   * open ones the person wrote away are marked heeded. (Per save, not per
   * keystroke, so the log stays readable.)
   */
  reconcileDraft(draft: { id: string; identityId: string; text: string; targetSite: string | null }): void {
    const now = this.evaluate(draft.identityId, draft.text, draft.targetSite ?? undefined).filter((w) => w.severity !== 'info');
    const key = (w: { ruleId: string; message: string }) => `${w.ruleId}\u0000${w.message}`;
    const current = new Set(now.map(key));
    for (const open of this.store.warnings.listFor({ draftId: draft.id, status: 'open', limit: 200 })) {
      if (!current.has(key(open))) this.store.warnings.setStatus(open.id, 'heeded');
    }
    for (const w of now) {
      this.store.warnings.record({ identityId: draft.identityId, draftId: draft.id, ruleId: w.ruleId, severity: w.severity, start: w.start, end: w.end, message: w.message, otherIdentityId: w.otherIdentityId ?? null });
    }
  }

  /** This identity's settings in the profile file format (`npm run check --profile`). */
  exportProfile(identityId: string): string {
    const profile = { identities: [this.warningIdentity(this.store.identities.get(identityId))] };
    return JSON.stringify(profile, null, 2);
  }

  /** Takes the matching identity (same id or name, or the only one) from a profile file. */
  importProfile(identityId: string, json: string): IdentityWarningSettings {
    const identity = this.store.identities.get(identityId);
    const parsed = parseProfile(json);
    if (!parsed.ok) throw new AppError('warnings/invalid-profile', parsed.error.message);
    const list = parsed.value.identities;
    const match =
      list.find((i) => i.id === identity.id) ??
      list.find((i) => i.name.toLocaleLowerCase() === identity.name.toLocaleLowerCase()) ??
      (list.length === 1 ? list[0] : undefined);
    if (!match) {
      throw new AppError('warnings/no-match', `The file has no identity called ${identity.name} (it has ${list.map((i) => i.name).join(', ')}).`);
    }
    const { id: _id, name: _name, ...settings } = match;
    return this.setSettings(identityId, settings);
  }

  private model(): StyleModel {
    return this.store.settings.get<StyleModel | null>(STYLE_MODEL_KEY, null) ?? createStyleModel();
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
