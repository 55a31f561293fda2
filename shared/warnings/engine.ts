import type { z } from 'zod';
import { AppError } from '../result';
import { describeHours, describeLocal, isInside } from './hours';
import { LEXICONS, LIGHT_SET, STRICT_SET, WORK_NAME } from './lexicons';
import {
  DraftSchema,
  parseProfile,
  StyleModelSchema,
  type LexiconName,
  type Profile,
  type ProfileDraft,
  type ProfileInput,
  type RuleId,
  type StyleModelJSON,
  type WarningIdentity,
} from './profile';
import { findSimilar, indexDrafts, type DraftIndex } from './similarity';
import { compileStyle, judgeStyle, type CompiledStyle } from './style';
import { ELIDED_ARTICLE, foldText, tokenize, type Token } from './text';
import { keysOf, TokenTrie, type Inflection } from './trie';
import { SEVERITY_RANK, type EvaluateInput, type Severity, type Warning } from './types';
import { FAMILIES, familyOf, type Family } from './families';
import { LEXICON_FAMILY } from './lexicons';
import { fineKey, prepareIdentity, sentenceMap, stancesOf, understand, type PreparedIdentity } from './understand';
import { compromiseVader, type LanguageTools } from './understand/tools';
import { ROLE_POLICIES } from './roles';
import { roleOf } from './understand';
import { belongsSeverity } from './voice';
import { causeSpan, combinedEvidence, featureSet, judge, marginOf, modelMessage, type FeatureSet, type Judgement, type WarningModel } from './understand/model';
import { WARNING_MODEL } from './understand/model.generated';
import { postLanguage } from './understand/lexicon';
import type { Lang } from './understand/vocab.generated';
import type { Signal } from './understand/signals';
import type { Stance } from './roles';

type RefKind = 'never' | 'own' | 'belongs' | 'mention' | 'lexicon' | 'signal';

interface Ref {
  kind: RefKind;
  /** The identity the term belongs to (for 'belongs' and 'mention'). */
  identityId: string;
  severity: Severity;
  lexicon?: LexiconName;
  mention?: 'name' | 'handle' | 'profile link';
  /** Handles and links must not run on into a longer handle or link. */
  strict: boolean;
  /** A word the person added to a lexicon: theirs, so the learned model never drops its warning. */
  userAdded?: boolean;
}

interface IdentityMatcher {
  identity: WarningIdentity;
  trie: TokenTrie<Ref>;
  lexicons: ReadonlySet<LexiconName>;
}

const COMPILED = Symbol('hatstand.compiledProfile');

/** A profile prepared for fast evaluation; build it once, evaluate on every keystroke. */
export interface CompiledProfile {
  readonly [COMPILED]: true;
  readonly profile: Profile;
  readonly identities: ReadonlyMap<string, WarningIdentity>;
  /** Per acting identity, built on first use. */
  readonly matchers: Map<string, IdentityMatcher>;
  drafts: DraftIndex | null;
  style: CompiledStyle | null;
  /** Per acting identity, what the language rules need (role, employers, other identities' names); built on first use. */
  readonly understanding: Map<string, PreparedIdentity>;
}

/** How `evaluate` runs; the defaults are what the app uses. */
export interface EvaluateOptions {
  /** The language libraries of the 'full' rules (the bench compares alternatives). */
  tools?: LanguageTools;
  /**
   * The learned model that decides the language families at depth 'full'
   * (default: the built-in one, model.generated.ts); `null`: the rules alone.
   */
  model?: WarningModel | null;
  /** Receives the features of the text (training and evaluation scripts). */
  onFeatures?: (features: FeatureSet, stances: Readonly<Record<Family, Stance>>) => void;
}

const cache = new WeakMap<object, CompiledProfile>();

function isCompiled(p: unknown): p is CompiledProfile {
  return typeof p === 'object' && p !== null && COMPILED in p;
}

/**
 * Validates and compiles a profile. Compiled profiles are cached by the
 * identity of the object passed in, so treat profile objects as immutable:
 * make a new object to change settings (e.g. `{ ...profile, model }`).
 * Throws an AppError ('profile-invalid') listing what is malformed.
 */
export function compileProfile(profile: Profile | ProfileInput | CompiledProfile): CompiledProfile {
  if (isCompiled(profile)) return profile;
  if (typeof profile === 'object' && profile !== null) {
    const hit = cache.get(profile);
    if (hit) return hit;
  }
  const parsed = parseProfile(profile);
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message);
  const p = parsed.value;
  const compiled: CompiledProfile = {
    [COMPILED]: true,
    profile: p,
    identities: new Map(p.identities.map((i) => [i.id, i])),
    matchers: new Map(),
    drafts: p.drafts.length > 0 ? indexDrafts(p.drafts) : null,
    style: p.model ? compileStyle(p.model) : null,
    understanding: new Map(),
  };
  if (typeof profile === 'object' && profile !== null) cache.set(profile, compiled);
  return compiled;
}

/**
 * The same compiled profile with other drafts. The term matchers (the costly
 * part) depend only on the identities, so they are shared, not rebuilt: a
 * draft saved while typing costs an index of drafts, not a recompile.
 */
export function withDrafts(profile: CompiledProfile, drafts: ReadonlyArray<z.input<typeof DraftSchema>>): CompiledProfile {
  const parsed = DraftSchema.array().safeParse(drafts);
  if (!parsed.success) throw new AppError('profile-invalid', `A draft is malformed: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  const known = parsed.data.filter((d: ProfileDraft) => profile.identities.has(d.identityId));
  return { ...profile, profile: { ...profile.profile, drafts: known }, drafts: known.length > 0 ? indexDrafts(known) : null };
}

/** The same compiled profile with another learned model; term matchers are shared. */
export function withModel(profile: CompiledProfile, model: StyleModelJSON | null): CompiledProfile {
  const parsed = StyleModelSchema.nullable().safeParse(model);
  if (!parsed.success) throw new AppError('profile-invalid', `The learned model is malformed: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return { ...profile, profile: { ...profile.profile, model: parsed.data }, style: parsed.data ? compileStyle(parsed.data) : null };
}

function ruleOn(identity: WarningIdentity, rule: RuleId): boolean {
  return identity.rules[rule] !== false;
}

/** Lexicons in force for an identity: its set's defaults, then its switches. */
export function activeLexicons(identity: WarningIdentity): Set<LexiconName> {
  // The role decides the default set (a personal identity: light; a work role: strict). Without a role,
  // the role is inferred from the name, which gives the same sets as before roles existed.
  const set = identity.lexiconSet ?? (identity.role ? ROLE_POLICIES[identity.role].lexiconSet : WORK_NAME.test(identity.name) ? 'strict' : 'light');
  const on = new Set<LexiconName>(set === 'strict' ? STRICT_SET : set === 'light' ? LIGHT_SET : []);
  // A family that is the job (health for a clinician) or switched off has its lexicon off; switched on, on.
  const stances = stancesOf(identity);
  for (const name of ROLE_POLICIES[roleOf(identity)].lexiconsOff ?? []) on.delete(name);
  for (const [name, family] of Object.entries(LEXICON_FAMILY) as [LexiconName, Family][]) {
    if (stances[family] === 'job' || identity.families[family] === false) on.delete(name);
    else if (identity.families[family] === true) on.add(name);
  }
  for (const [name, value] of Object.entries(identity.lexicons) as [LexiconName, boolean | undefined][]) {
    if (value === true) on.add(name);
    else if (value === false) on.delete(name);
  }
  return on;
}

/** The ways a handle shows up in a post: "@ada@mastodon.social" is also "@ada" and "mastodon.social/@ada". */
export function handleForms(handle: string): string[] {
  const raw = handle.trim();
  const fedi = /^@?([^@\s/]+)@([^@\s/]+\.[^@\s/]+)$/.exec(raw);
  if (fedi) {
    const [, user, instance] = fedi;
    return [`@${user}@${instance}`, `${user}@${instance}`, `${instance}/@${user}`, `@${user}`];
  }
  if (raw.startsWith('@')) {
    const user = raw.slice(1);
    return user.includes('.') ? [`@${user}`, user] : [`@${user}`];
  }
  if (raw.includes('.')) return [raw, `@${raw}`];
  return [`@${raw}`];
}

/** A profile link as it is matched: without scheme, "www." or trailing slash. */
export function urlForm(url: string): string {
  return url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
}

function buildMatcher(compiled: CompiledProfile, identity: WarningIdentity): IdentityMatcher {
  const trie = new TokenTrie<Ref>();
  const add = (term: string, ref: Ref, how: Inflection) => trie.add(term, ref, how);
  const own: Ref = { kind: 'own', identityId: identity.id, severity: 'info', strict: false };
  for (const t of identity.belongs) add(t, own, 'plural');
  for (const t of identity.names) add(t, own, 'possessive');
  for (const h of identity.handles) for (const f of handleForms(h)) add(f, { ...own, strict: true }, 'none');

  if (ruleOn(identity, 'never-say')) {
    const ref: Ref = { kind: 'never', identityId: identity.id, severity: 'stop', strict: false };
    for (const t of identity.never) add(t, ref, 'plural');
  }
  for (const other of compiled.profile.identities) {
    if (other.id === identity.id) continue;
    // Another identity's never-say words (often the employer's name, kept off the personal identity): a signal for the model only.
    // (Not this identity's own name: a brand account says its own name, which its employee's personal identity never does.
    // Nor its own employer: a teacher's professional identity names her school in fine posts as often as in complaints.)
    const otherNever: Ref = { kind: 'signal', identityId: other.id, severity: 'info', strict: false };
    const ownTerms = new Set([...identity.names, ...identity.employer].map((n) => n.trim().toLowerCase()));
    for (const t of other.never) if (!ownTerms.has(t.trim().toLowerCase())) add(t, otherNever, 'plural');
    if (ruleOn(identity, 'belongs-elsewhere')) {
      // A caution only when the post is in the other side's voice, a note otherwise (voice.ts, at the match): a topic
      // word alone is not what makes a post a slip. (The words reach the model as `term.belongs` either way.)
      const ref: Ref = { kind: 'belongs', identityId: other.id, severity: 'caution', strict: false };
      for (const t of other.belongs) add(t, ref, 'plural');
    }
    if (ruleOn(identity, 'other-identity-mention')) {
      const name: Ref = { kind: 'mention', identityId: other.id, severity: 'caution', mention: 'name', strict: false };
      for (const t of other.names) add(t, name, 'possessive');
      const handle: Ref = { kind: 'mention', identityId: other.id, severity: 'stop', mention: 'handle', strict: true };
      for (const h of other.handles) for (const f of handleForms(h)) add(f, handle, 'none');
      const link: Ref = { kind: 'mention', identityId: other.id, severity: 'stop', mention: 'profile link', strict: true };
      for (const u of other.profileUrls) {
        const f = urlForm(u);
        if (f) add(f, link, 'none');
      }
    }
  }
  const lexicons = ruleOn(identity, 'lexicon') ? activeLexicons(identity) : new Set<LexiconName>();
  for (const name of lexicons) {
    const edits = identity.lexiconEdits[name];
    const removed = new Set([...(edits?.remove ?? []), ...(ROLE_POLICIES[roleOf(identity)].lexiconRemove?.[name] ?? [])].map(foldText));
    const refs = new Map<Severity, Ref>();
    const refFor = (severity: Severity): Ref => {
      let r = refs.get(severity);
      if (!r) refs.set(severity, (r = { kind: 'lexicon', identityId: identity.id, severity, lexicon: name, strict: false }));
      return r;
    };
    for (const [severity, terms] of Object.entries(LEXICONS[name].terms) as [Severity, readonly string[]][]) {
      // Built-in terms list their plurals explicitly ('affair' must not find 'public affairs').
      for (const t of terms) if (!removed.has(foldText(t))) add(t, refFor(severity), 'possessive');
    }
    const addedSeverity: Severity = name === 'confidential-work' ? 'stop' : 'caution';
    const added: Ref = { kind: 'lexicon', identityId: identity.id, severity: addedSeverity, lexicon: name, strict: false, userAdded: true };
    for (const t of edits?.add ?? []) add(t, added, 'plural');
  }
  return { identity, trie, lexicons };
}

function matcherFor(compiled: CompiledProfile, identity: WarningIdentity): IdentityMatcher {
  let m = compiled.matchers.get(identity.id);
  if (!m) {
    m = buildMatcher(compiled, identity);
    compiled.matchers.set(identity.id, m);
  }
  return m;
}

const JOINERS = new Set(['.', '-', '_', '@']);
const SERVICE_NOUNS = new Set(['helpline', 'line', 'support', 'service', 'services', 'advice', 'counselling', 'counseling', 'listening', 'space', 'chat', 'conversation', 'conversations', 'care', 'help', 'reporting', 'hotline']);

/** A handle or link match must not be part of a longer handle, address or link. */
function standsAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (from > 0 && first.glued) {
    const prev = tokens[from - 1]!;
    if (prev.kind !== 'punct') return false;
    const before = tokens[from - 2];
    if (JOINERS.has(prev.norm) && prev.glued && before?.kind === 'word' && before.norm !== 'www') return false;
  }
  if (to < tokens.length) {
    const next = tokens[to]!;
    if (next.glued) {
      if (next.kind !== 'punct' && tokens[to - 1]!.kind === 'punct') return false;
      const after = tokens[to + 1];
      if (JOINERS.has(next.norm) && after && after.glued && after.kind === 'word') return false;
    }
  }
  return true;
}

function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ');
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

interface Candidate {
  from: number;
  to: number;
  ref: Ref;
}

/** Thrown (as AppError 'unknown-identity') when the input names no identity of the profile. */
function unknownIdentity(compiled: CompiledProfile, id: string): AppError {
  const known = [...compiled.identities.keys()].map((k) => `'${k}'`).join(', ');
  return new AppError('unknown-identity', `No identity has the id '${id}'; the profile has ${known}.`);
}

/**
 * Checks a text written as `input.identityId` against the profile and returns
 * the warnings, ordered by position (whole-text warnings first). Pure and
 * synchronous; fast enough for every keystroke once the profile is compiled
 * (the first call per profile object compiles it).
 */
export function evaluate(input: EvaluateInput, profile: Profile | ProfileInput | CompiledProfile, options: EvaluateOptions = {}): Warning[] {
  const compiled = compileProfile(profile);
  const identity = compiled.identities.get(input.identityId);
  if (!identity) throw unknownIdentity(compiled, input.identityId);
  const text = typeof input.text === 'string' ? input.text : '';
  const name = identity.name;
  const nameOf = (id: string) => compiled.identities.get(id)?.name ?? 'another identity';
  const out: Warning[] = [];
  const family = (ruleId: string): { family: Family } => ({ family: familyOf(ruleId) });

  // Whole-text rules first.
  if (input.clipboardFrom !== undefined && input.clipboardFrom !== identity.id && ruleOn(identity, 'clipboard') && text.trim() !== '') {
    const from = compiled.identities.get(input.clipboardFrom);
    out.push({
      ruleId: 'clipboard',
      severity: 'caution',
      start: 0,
      end: 0,
      message: from ? `This text was copied in the ${from.name} window.` : `This text was copied in another identity's window.`,
      ...(from ? { otherIdentityId: from.id } : {}),
    });
  }

  const at = input.at !== undefined ? new Date(input.at) : null;
  if (at && !Number.isNaN(at.getTime())) {
    const hours = identity.workHours;
    if (hours && ruleOn(identity, 'work-hours')) {
      const inside = isInside(hours, at);
      if (hours.postWhen === 'inside' && !inside) {
        out.push({
          ruleId: 'work-hours',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `It is ${describeLocal(at, hours.timeZone)} in ${hours.timeZone}, outside ${name}'s hours (${describeHours(hours)}).`,
        });
      } else if (hours.postWhen === 'outside' && inside) {
        out.push({
          ruleId: 'work-hours',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `It is ${describeLocal(at, hours.timeZone)} in ${hours.timeZone}, inside the hours ${name} stays quiet (${describeHours(hours)}).`,
        });
      }
    } else if (!hours && identity.rules['work-hours'] === true) {
      // Switched on without hours of its own: quiet during other identities' work hours.
      for (const other of compiled.profile.identities) {
        const h = other.workHours;
        if (other.id === identity.id || !h || h.postWhen !== 'inside' || !isInside(h, at)) continue;
        out.push({
          ruleId: 'work-hours',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `It is ${describeLocal(at, h.timeZone)} in ${h.timeZone}, inside ${other.name}'s work hours (${describeHours(h)}).`,
          otherIdentityId: other.id,
        });
        break;
      }
    }
  }

  if (text.length === 0) return out;
  const tokens = tokenize(text);
  if (tokens.length === 0) return out;

  if (compiled.drafts && ruleOn(identity, 'similar-draft')) {
    const seen = new Set<string>();
    for (const s of findSimilar(compiled.drafts, tokens, identity.id)) {
      if (seen.has(s.draft.identityId)) continue; // the best match per identity is enough
      seen.add(s.draft.identityId);
      const pct = Math.round(100 * Math.max(s.jaccard, s.containment));
      out.push({
        ruleId: 'similar-draft',
        severity: 'caution',
        start: 0,
        end: 0,
        message: `This closely matches ${nameOf(s.draft.identityId)}'s ${s.draft.kind} '${s.draft.id}' (${pct}% of the wording).`,
        otherIdentityId: s.draft.identityId,
      });
    }
  }

  if (compiled.style && ruleOn(identity, 'learned-style')) {
    const v = judgeStyle(compiled.style, tokens, text, identity.id);
    if (v && v.confidence >= STYLE_CONFIDENCE && compiled.identities.has(v.best)) {
      const words = v.strongest.map((w) => `'${w}'`);
      const because =
        words.length === 0 ? '' : `, mostly because of ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`}`;
      out.push({
        ruleId: 'learned-style',
        severity: 'caution',
        start: 0,
        end: 0,
        message: `This reads like a ${nameOf(v.best)} post (${Math.round(v.confidence * 100)}% sure)${because}.`,
        otherIdentityId: v.best,
      });
    }
  }

  // Term rules.
  const matcher = matcherFor(compiled, identity);
  const keys = keysOf(tokens);
  const candidates: Candidate[] = [];
  const termSignals: Signal[] = [];
  const ownCover = new Uint8Array(tokens.length);
  const userCover = new Uint8Array(tokens.length); // never-say spans
  // The person's own lists (never-say, belongs elsewhere, names) are matched after a French elided article as well:
  // "l'ADEP", "d'Agence Méridien". (Built-in lexicon words keep their own reading: "je l'associe" holds a pronoun.) A
  // match of the elided pass that the plain pass lacks starts at the article.
  const plain = matcher.trie.matchAll(tokens, keys);
  const seen = new Set(plain.map((m) => `${m.from}:${m.to}`));
  // The post's language, told once by its function words the way the language rules tell a sentence's.
  let language: Lang | null | undefined;
  const languageOfPost = () => (language === undefined ? (language = postLanguage(tokens)) : language);
  const english = () => languageOfPost() === 'en';
  const elided = !tokens.some((t) => ELIDED_ARTICLE.test(t.norm))
    ? []
    : matcher.trie.matchAll(tokens, keys, { elided: true }).filter((m) => !seen.has(`${m.from}:${m.to}`) && articleNotName(text, tokens, m.from, english));
  for (const m of [...plain, ...elided.map((m) => ({ ...m, refs: m.refs.filter((r) => r.kind !== 'lexicon') }))]) {
    for (const ref of m.refs) {
      if (ref.strict && !standsAlone(tokens, m.from, m.to)) continue;
      if (ref.kind === 'own') {
        ownCover.fill(1, m.from, m.to);
        continue;
      }
      if (ref.kind === 'signal') {
        termSignals.push({ name: 'term.otherNever', from: m.from, to: m.to });
        continue;
      }
      candidates.push({ from: m.from, to: m.to, ref });
    }
  }
  const covered = (cover: Uint8Array, c: Candidate) => {
    for (let i = c.from; i < c.to; i++) if (!cover[i]) return false;
    return true;
  };
  // The identity's own terms (and own names/handles) clear other rules on the same words.
  const kept = candidates.filter((c) => c.ref.kind === 'never' || !covered(ownCover, c));
  // (Never-say words only: a belongs-elsewhere note is quieter than the lexicon word or finding it would hide.)
  for (const c of kept) if (c.ref.kind === 'never') userCover.fill(1, c.from, c.to);
  // Longest first at each position, so contained matches of the same rule are dropped.
  kept.sort((a, b) => a.from - b.from || b.to - a.to);
  const reach = new Map<string, number>();
  const belongsAs = new Map<boolean, Severity>(); // by whether the word's owner is a personal identity
  const theirs = new Set<Warning>(); // the person's own words, and findings that say what they are: never dropped by the model
  for (const c of kept) {
    const { ref } = c;
    if (ref.kind === 'lexicon' && covered(userCover, c)) continue; // the user's own lists are more specific
    // "our confidential helpline": a service that is confidential, not a secret.
    if (ref.lexicon === 'confidential-work' && tokens[c.to - 1]!.norm === 'confidential' && SERVICE_NOUNS.has(tokens[c.to]?.norm ?? '')) continue;
    const ruleId = ruleIdOf(ref);
    const group = `${ruleId}|${ref.identityId}`;
    const end = reach.get(group) ?? -1;
    if (c.to <= end) continue;
    reach.set(group, c.to);
    termSignals.push({ name: ref.kind === 'lexicon' ? `lex.${ref.lexicon}.${ref.severity}` : ref.kind === 'mention' ? `term.mention.${ref.mention}` : `term.${ref.kind}`, from: c.from, to: c.to });
    const start = tokens[c.from]!.start;
    const stop = tokens[c.to - 1]!.end;
    const q = quote(text, start, stop);
    let severity = ref.severity;
    if (ref.kind === 'belongs') {
      const owner = compiled.identities.get(ref.identityId);
      const ownerIsPersonal = owner !== undefined && roleOf(owner) === 'personal';
      severity = belongsAs.get(ownerIsPersonal) ?? belongsSeverity({ ownerIsPersonal, ownWords: ownCover.includes(1), language: languageOfPost() }, tokens, text);
      belongsAs.set(ownerIsPersonal, severity);
    }
    const w: Warning = { ruleId, severity, start, end: stop, message: messageFor(ref, q, name, nameOf(ref.identityId)) };
    if (ref.kind === 'belongs' || ref.kind === 'mention') w.otherIdentityId = ref.identityId;
    if (ref.userAdded) theirs.add(w);
    out.push(w);
  }
  // Language rules: roles, families, named people, sentiment (see understand/).
  if (ruleOn(identity, 'understanding')) {
    let prepared = compiled.understanding.get(identity.id);
    if (!prepared) compiled.understanding.set(identity.id, (prepared = prepareIdentity(identity, compiled.profile.identities)));
    const depth = input.depth ?? 'full';
    const model = options.model === undefined ? WARNING_MODEL : options.model;
    const signals: Signal[] | undefined = depth === 'full' && (model !== null || options.onFeatures) ? [...termSignals] : undefined;
    const sentences = sentenceMap(text, tokens);
    const findings = understand({
      text,
      tokens,
      sentences,
      keys,
      identityName: name,
      prepared,
      depth,
      tools: options.tools ?? compromiseVader,
      ...(signals ? { signals } : {}),
    });
    for (const f of findings) {
      const start = tokens[f.from]!.start;
      const stop = tokens[f.to - 1]!.end;
      // The person's never-say list is more specific than a language rule on the same words.
      if (out.some((w) => w.ruleId === 'never-say' && w.start <= start && w.end >= stop)) continue;
      // A lexicon word of the same family on exactly these words, as firm, says it already.
      if (out.some((w) => familyOf(w.ruleId) === f.family && w.start === start && w.end === stop && SEVERITY_RANK[w.severity] >= SEVERITY_RANK[f.severity])) continue;
      // A language span explains better than the weaker lexicon words of its family inside it.
      for (let k = out.length - 1; k >= 0; k--) {
        const w = out[k]!;
        if (w.ruleId.startsWith('lexicon.') && SEVERITY_RANK[w.severity] <= SEVERITY_RANK[f.severity] && familyOf(w.ruleId) === f.family && w.start >= start && w.end <= stop) out.splice(k, 1);
      }
      const dup = out.some((w) => familyOf(w.ruleId) === f.family && w.start < stop && w.end > start && SEVERITY_RANK[w.severity] >= SEVERITY_RANK[f.severity]);
      if (dup) continue;
      const w: Warning = { ruleId: f.ruleId, severity: f.severity, start, end: stop, message: f.message(quote(text, start, stop)), family: f.family };
      out.push(w);
      if (f.certain) theirs.add(w);
    }
    if (signals) {
      // (Each sentence's language, for the stems of its words: "votes" and "voting" share one, "denegado" and "denegar" another.)
      const { sentenceOf, languageOf } = sentences;
      const features = featureSet(signals, tokens, prepared.role, text, (i) => languageOf[sentenceOf[i]!] ?? null);
      options.onFeatures?.(features, prepared.stances);
      if (model) decideByModel(out, theirs, model, features, prepared.stances, tokens, text, name);
    }
  }

  // "This is fine here": words declared fine for a family are not warned about again in that family
  // (nor the words removed from that family's lexicon).
  const fine = fineKeys(identity);
  const result: Warning[] = [];
  for (const w of out) {
    const f = w.family ?? familyOf(w.ruleId);
    const allowed = fine.get(f);
    if (allowed && w.end > w.start && allowed.has(fineKey(text.slice(w.start, w.end)))) continue;
    result.push({ ...w, ...family(w.ruleId) });
  }
  return result.sort(
    (a, b) =>
      a.start - b.start || (a.end === 0 ? 0 : 1) - (b.end === 0 ? 0 : 1) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
}

/**
 * Whether an elided "l'"/"d'" is an article, not part of a name: written in lower case, or opening a sentence of a text
 * that is not English ("Le cabinet D'Amato", "L'Aquila" and "D'Angelo Russell scored 30" are names; "l'ADEP",
 * "L'ADEP recrute." are the article).
 */
function articleNotName(text: string, tokens: readonly Token[], i: number, english: () => boolean): boolean {
  const first = text[tokens[i]!.start]!;
  if (first === first.toLowerCase()) return true;
  const prev = tokens[i - 1];
  const opens = !prev || /^[.!?…\n]$/.test(prev.norm) || text.slice(prev.end, tokens[i]!.start).includes('\n');
  return opens && !english();
}

/**
 * The families the learned model decides, and the language rule id under which its own warnings are raised. Swearing is not one: a swear word is a
 * fact of the vocabulary (the built-in lexicon, its disguises, the person's own additions) and the identity's stance
 * says whether it is allowed, so there is nothing left to judge. Measured by leaving each person out in turn, the rules
 * alone keep the model's recall (0.93) with fewer false alarms (1 post against 3), and on the validation split they
 * warn all 23 posts with swearing where the model dropped 2 and added 2.
 */
/**
 * How sure the model must be to warn over a damper that holds only while it is unsure. Praise is that damper: with the
 * model free above 0.8 on posts whose every person is thanked or praised, the validation split kept its figures (186 of
 * 219 risky posts, 11 of 172 false alarms), the readable probes gained 11 attacks with no false alarm, and the train
 * split 2 with one false alarm on a written twin; from 0.5 to 0.7 each readable split gained false alarms.
 */
const SURE_OVER_DAMPER = 0.8;

const MODEL_RULE: Record<Exclude<Family, 'other-identity' | 'profanity'>, string> = {
  'named-attack': 'attack.named-person',
  employer: 'employer.complaint',
  'third-party': 'third-party.identifiable',
  confidential: 'confidential.secret-news',
  politics: 'politics.partisan',
  religion: 'religion.argument',
  'private-life': 'private-life.story',
  health: 'health.own',
  substances: 'substances.use',
};

/**
 * The learned model decides each language family: a family it judges below its
 * threshold loses the built-in lexicons' and language rules' warnings (the
 * person's own lists always stay); a family it judges risky keeps them, or gets
 * a warning on the words that weighed most when no rule found one.
 */
function decideByModel(
  out: Warning[],
  theirs: ReadonlySet<Warning>,
  model: WarningModel,
  features: FeatureSet,
  stances: Readonly<Record<Family, Stance>>,
  tokens: readonly Token[],
  text: string,
  identityName: string,
): void {
  type Judged = { family: keyof typeof MODEL_RULE; stance: Stance; j: Judgement; damped: boolean; margin: number };
  const judged: Judged[] = [];
  for (const family of Object.keys(MODEL_RULE) as (keyof typeof MODEL_RULE)[]) {
    const stance = stances[family];
    if (stance === 'off') continue;
    const j = judge(model, family, features, stance);
    if (!j) continue;
    // The rules saw why the post is fine for this family (a quote reported, a colleague praised): no warning of its own.
    // Some reasons hold only while the model is unsure (praise: see understand/index.ts).
    const damped = features.has(`damp.${family}`) && !(features.has(`damp.${family}.unlessSure`) && j.probability >= SURE_OVER_DAMPER);
    judged.push({ family, stance, j, damped, margin: marginOf(j.probability, model.families[family]!.threshold) });
  }
  // With a combination, the post is warned when the undamped families' evidence adds up past its threshold; then each
  // family past its own threshold is warned, and the strongest one when none is (model.ts, Combination). A damped family
  // keeps its own threshold and adds nothing.
  const open = judged.filter((x) => !x.damped);
  const combine = model.combine;
  const postWarned = !combine || combinedEvidence(open.map((x) => x.margin), combine.width) > combine.threshold;
  const strongest = open.reduce<Judged | null>((best, x) => (best === null || x.margin > best.margin ? x : best), null);
  for (const { family, stance, j, damped, margin } of judged) {
    const warned = damped || !combine ? j.warned : postWarned && (margin > 0 || strongest?.family === family);
    // Built-in lexicon words and the language rules' findings are the model's to decide; the person's own words are not.
    const decided = (w: Warning) =>
      !theirs.has(w) &&
      w.severity !== 'info' &&
      (w.family ?? familyOf(w.ruleId)) === family &&
      (w.ruleId.startsWith('lexicon.') || (w.ruleId.includes('.') && !w.ruleId.startsWith('guard.')));
    if (!warned) {
      for (let k = out.length - 1; k >= 0; k--) if (decided(out[k]!)) out.splice(k, 1);
      continue;
    }
    if (out.some((w) => (w.family ?? familyOf(w.ruleId)) === family && w.severity !== 'info')) continue;
    if (damped) continue;
    const span = causeSpan(j, (sp) => tokens.slice(sp.from, sp.to).some((t) => t.kind === 'word'));
    if (!span) continue;
    const start = tokens[span.from]!.start;
    const stop = tokens[span.to - 1]!.end;
    // (The person's own lists on these words say only that they belong elsewhere; the family says why the post is risky
    // here, "Wyvern College: nine years, three principals, one working kettle" is a complaint about the employer, and the
    // person may find one fine and not the other. So both stand.)
    out.push({
      ruleId: MODEL_RULE[family],
      severity: stance === 'stop' ? 'stop' : 'caution',
      start,
      end: stop,
      message: modelMessage(family, quote(text, start, stop), identityName),
      family,
    });
  }
}

const fineCache = new WeakMap<WarningIdentity, Map<Family, Set<string>>>();
function fineKeys(identity: WarningIdentity): Map<Family, Set<string>> {
  let m = fineCache.get(identity);
  if (!m) {
    m = new Map();
    for (const [f, terms] of Object.entries(identity.fine) as [Family, string[] | undefined][]) if (terms?.length) m.set(f, new Set(terms.map(fineKey)));
    for (const [lex, edits] of Object.entries(identity.lexiconEdits) as [LexiconName, { remove?: string[] } | undefined][]) {
      const f = LEXICON_FAMILY[lex];
      if (!edits?.remove?.length) continue;
      const set = m.get(f) ?? new Set<string>();
      for (const t of edits.remove) set.add(fineKey(t));
      m.set(f, set);
    }
    fineCache.set(identity, m);
  }
  return m;
}

/** The families in force for an identity and how firmly (its role's stances with its switches). */
export function activeFamilies(identity: WarningIdentity): Record<Family, 'stop' | 'caution' | 'job' | 'off'> {
  const stances = stancesOf(identity);
  if (!ruleOn(identity, 'understanding')) for (const f of FAMILIES) if (f !== 'other-identity') stances[f] = 'off';
  return stances;
}

export { roleOf };

/** Minimum tempered confidence of the learned-style rule (measured on the corpus, see tests). */
export const STYLE_CONFIDENCE = 0.9;

function ruleIdOf(ref: Ref): string {
  switch (ref.kind) {
    case 'never':
      return 'never-say';
    case 'belongs':
      return 'belongs-elsewhere';
    case 'mention':
      return 'other-identity-mention';
    case 'lexicon':
      return `lexicon.${ref.lexicon}`;
    case 'own':
      return 'own';
    case 'signal':
      return 'signal';
  }
}

function messageFor(ref: Ref, q: string, name: string, otherName: string): string {
  switch (ref.kind) {
    case 'never':
      return `'${q}' is on ${name}'s never-say list.`;
    case 'belongs':
      return `'${q}' belongs to ${otherName}, not ${name}.`;
    case 'mention':
      return ref.mention === 'profile link'
        ? `'${q}' links to ${otherName}'s profile, which ties the two identities together.`
        : `'${q}' is ${otherName}'s ${ref.mention}, which ties the two identities together.`;
    case 'lexicon': {
      const lex = LEXICONS[ref.lexicon!];
      if (ref.severity === 'info') return `'${q}' can point to something private; check that ${name} should say it.`;
      return `'${q}' ${lex.describe}, which ${name} keeps out of its posts.`;
    }
    case 'own':
    case 'signal':
      return '';
  }
}

/** For the UI: the other identities' drafts that a text closely matches, best first. */
export function similarDrafts(input: Pick<EvaluateInput, 'text' | 'identityId'>, profile: Profile | ProfileInput | CompiledProfile) {
  const compiled = compileProfile(profile);
  if (!compiled.identities.has(input.identityId)) throw unknownIdentity(compiled, input.identityId);
  if (!compiled.drafts) return [];
  return findSimilar(compiled.drafts, tokenize(input.text), input.identityId).map((s) => ({
    draftId: s.draft.id,
    identityId: s.draft.identityId,
    jaccard: s.jaccard,
    containment: s.containment,
  }));
}
