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
  DraftSchema,
  StyleModelSchema,
  type CompiledProfile,
  type ProfileInput,
  type StyleModel,
  type Warning,
  type WarningIdentity,
  wholeTextKey,
} from '../../../../shared/warnings';
import { AppError } from '../../../../shared/result';
import { ClipboardProvenance } from './clipboard-provenance';
import type { Store } from '../store';
import { buildProfile, warningSettingsProblem, type ProfileProblem } from './profile-builder';

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
  // What the last build had to leave out (one bad value must not disable the guard).
  private problems: ProfileProblem[] = [];
  private reported = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly recentDrafts: () => Array<{ id: string; identityId: string; text: string; kind?: 'draft' | 'post' }>,
    private readonly now: () => number = () => Date.now(),
    readonly clipboard: ClipboardProvenance = new ClipboardProvenance(),
    /** Told once about each value the profile had to leave out. */
    private readonly onProblem: (problem: ProfileProblem) => void = () => {},
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
      const profile = this.profile();
      try {
        return (this.compiled = compileProfile(profile));
      } catch {
        // buildProfile leaves out what the format refuses, so this is not expected; if it happens, every identity
        // still gets the warnings its name alone gives rather than none (one bad value must not disable the guard).
        this.onProblem({ identityId: '', message: 'Some warning settings could not be used, so warnings are limited to identity names; open each identity\u2019s warning settings and save them again.' });
        return (this.compiled = compileProfile({ identities: (profile.identities ?? []).map(({ id, name }) => ({ id, name })) }));
      }
    }
    // A malformed draft or model only costs its own part: the term matchers stay (buildProfile filters the same way).
    // A malformed draft or model costs only its own part (as in buildProfile); the term matchers stay.
    if (this.draftsStale) {
      this.draftsStale = false;
      this.compiled = withDrafts(this.compiled, this.recentDrafts().filter((d) => DraftSchema.safeParse(d).success));
    }
    if (this.modelStale) {
      this.modelStale = false;
      const model = StyleModelSchema.nullable().safeParse(this.store.settings.get(STYLE_MODEL_KEY, null));
      this.compiled = withModel(this.compiled, model.success ? model.data : null);
    }
    return this.compiled;
  }

  /** The profile as the store holds it, without the values the profile format refuses (see profile-builder.ts). */
  profile(): ProfileInput {
    const built = buildProfile({
      identities: this.store.identities.list(),
      settingsFor: (identityId) => this.settingsFor(identityId) as Record<string, unknown>,
      drafts: this.recentDrafts(),
      model: this.store.settings.get(STYLE_MODEL_KEY, null),
    });
    this.problems = built.problems;
    for (const problem of built.problems) {
      const key = `${problem.identityId}\u0000${problem.message}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      this.onProblem(problem);
    }
    return built.profile;
  }

  /** Sentences about what the warnings of this identity leave out, and how to fix it. */
  problemsOf(identityId: string): string[] {
    this.current(); // the problems are those of the profile in force
    return this.problems.filter((p) => p.identityId === identityId || p.identityId === '').map((p) => p.message);
  }

  /** `depth: 'lexical'` on each keystroke; 'full' (default) for the guard and once typing pauses. */
  evaluate(identityId: string, text: string, site?: string, depth: Depth = 'full'): Warning[] {
    const compiled = this.current();
    // An identity removed meanwhile (its window still open) is a store not-found, not the engine's developer message.
    if (!compiled.identities.has(identityId)) this.store.identities.get(identityId);
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

  /** What the person set, and only the fields the profile format knows (a stored unknown key is never shown or re-sent). */
  settingsFor(identityId: string): IdentityWarningSettings {
    const stored = this.store.settings.getFor<Record<string, unknown>>(identityId, WARNING_SETTINGS_KEY, {});
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
    const known = WarningIdentitySchema.shape;
    return Object.fromEntries(Object.entries(stored).filter(([key]) => key in known && key !== 'id' && key !== 'name')) as IdentityWarningSettings;
  }

  /** Validates with the profile schema (clear messages), then stores what the person wrote. */
  setSettings(identityId: string, settings: Record<string, unknown>): IdentityWarningSettings {
    const identity = this.store.identities.get(identityId);
    const { id: _id, name: _name, ...rest } = settings;
    const problem = warningSettingsProblem(rest);
    if (problem) throw new AppError('warnings/invalid-settings', problem);
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
    // A warning about the whole text is the one already open for the draft, though its message may tell another minute
    // or percentage by now (`reconcileDraft`): that row is the one answered, not a new one beside it.
    const whole = wholeTextKey(input.warning);
    const open = whole && input.draftId ? this.draftWarnings(input.draftId, input.identityId, 'open').find((w) => wholeTextKey(w) === whole) : undefined;
    const stored = open ?? this.store.warnings.record({
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
    // A whole-text warning (`wholeTextKey`) keeps its first row while it stands: a new minute is no new warning, nor the
    // old one heeded. Found fine for this draft, it stays answered while the draft is edited, as the composer shows it
    // (the engine has no words to keep for it).
    const key = (w: Parameters<typeof wholeTextKey>[0] & { message: string }) => wholeTextKey(w) ?? `${w.ruleId}\u0000${w.message}`;
    const answered = new Set(this.answeredForDraft(draft.id, draft.identityId));
    const now = this.evaluate(draft.identityId, draft.text, draft.targetSite ?? undefined).filter((w) => w.severity !== 'info' && !answered.has(wholeTextKey(w) ?? ''));
    const current = new Set(now.map(key));
    const stillOpen = new Set<string>();
    for (const open of this.draftWarnings(draft.id, draft.identityId, 'open')) {
      if (current.has(key(open))) stillOpen.add(key(open));
      // (Not one answered meanwhile: it was kept, not written away.)
      else if (!answered.has(wholeTextKey(open) ?? '')) this.store.warnings.setStatus(open.id, 'heeded');
    }
    for (const w of now) {
      if (wholeTextKey(w) !== null && stillOpen.has(key(w))) continue;
      this.store.warnings.record({ identityId: draft.identityId, draftId: draft.id, ruleId: w.ruleId, severity: w.severity, start: w.start, end: w.end, message: w.message, otherIdentityId: w.otherIdentityId ?? null });
    }
  }

  /**
   * The whole-text warnings found fine for a draft (`wholeTextKey`), which stay answered while it is edited: the
   * composer reads them when it opens the draft, so an answer outlives the window it was given in.
   */
  answeredForDraft(draftId: string, identityId: string): string[] {
    const keys = this.draftWarnings(draftId, identityId, 'overridden').map(wholeTextKey);
    return [...new Set(keys.filter((k): k is string => k !== null))];
  }

  /**
   * A draft's warnings as its present identity met them. A draft moved to another identity keeps its rows under the
   * one it left: what that identity answered (fine at its hours) is no answer here, nor is its open warning one to heed.
   */
  private draftWarnings(draftId: string, identityId: string, status: 'open' | 'overridden') {
    return this.store.warnings.listFor({ draftId, status, limit: 200 }).filter((w) => w.identityId === identityId);
  }

  /** This identity's settings in the profile file format (`npm run check --profile`). */
  exportProfile(identityId: string): string {
    const identity = this.store.identities.get(identityId);
    const built = buildProfile({ identities: [identity], settingsFor: (id) => this.settingsFor(id) as Record<string, unknown>, drafts: [], model: null });
    const profile = { identities: built.profile.identities };
    return JSON.stringify(profile, null, 2);
  }

  /** Takes the matching identity (same id or name, or the only one) from a profile file. */
  importProfile(identityId: string, json: string): IdentityWarningSettings {
    const identity = this.store.identities.get(identityId);
    const parsed = parseProfile(json);
    if (!parsed.ok) {
      // parseProfile lists every problem, one per line; a person gets the first and how many there are.
      const lines = parsed.error.message.split('\n- ');
      const more = lines.length > 2 ? ` (and ${lines.length - 2} more)` : '';
      const first = (lines[1] ?? lines[0] ?? '').replace(/\.$/, '');
      throw new AppError('warnings/invalid-profile', `The file was not imported because of ${first}${more}; fix the file and import it again.`);
    }
    const list = parsed.value.identities;
    const match =
      list.find((i) => i.id === identity.id) ??
      list.find((i) => i.name.toLocaleLowerCase() === identity.name.toLocaleLowerCase()) ??
      (list.length === 1 ? list[0] : undefined);
    if (!match) {
      const names = list.map((i) => i.name).join(', ');
      throw new AppError('warnings/no-match', `The file has no identity called ${identity.name} (it has ${names.length > 120 ? `${names.slice(0, 119)}\u2026` : names}); export from ${identity.name} or rename it in the file.`);
    }
    const { id: _id, name: _name, ...settings } = match;
    return this.setSettings(identityId, settings);
  }

  private model(): StyleModel {
    return this.store.settings.get<StyleModel | null>(STYLE_MODEL_KEY, null) ?? createStyleModel();
  }
}
