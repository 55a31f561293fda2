/**
 * The labelled posts the learned model may learn from and be measured on:
 * corpus v2's `dev` split and, when present, its `train` split. The held-out
 * `test` split is refused here: no weight, threshold or feature is ever taken
 * from it, and its persona files are never read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type ProfileInput } from '../../shared/warnings';
import type { Family } from '../../shared/warnings/families';
import type { Role, Stance } from '../../shared/warnings/roles';
import { HELD_OUT_SPLITS, isContrastTwin, type CorpusPostV2, type PersonaProfile, type Split } from '../../tests/fixtures/corpus/v2/index';
import type { Example } from './trainer';
import { familyFeatureNames } from '../../shared/warnings/understand/model';

export const CORPUS_DIR = join(process.cwd(), 'tests/fixtures/corpus/v2');

/**
 * Splits that may be read: dev, train and the probes whose halves were read. Never a held-out split (test, holdout,
 * validation, holdout2 to 5).
 */
export function readableSplits(): string[] {
  return ['dev', 'train', 'probes'].filter((s) => existsSync(join(CORPUS_DIR, `${s}.jsonl`)));
}

export interface PersonaRecord {
  id: string;
  split: string;
  profile: PersonaProfile;
}

export interface LabelledPost {
  post: CorpusPostV2;
  persona: PersonaRecord;
  role: Role;
  /** Feature names of the post for its identity (the engine's, without the model). */
  features: string[];
  stances: Readonly<Record<Family, Stance>>;
}

function readPosts(split: string): CorpusPostV2[] {
  if (HELD_OUT_SPLITS.has(split as Split)) throw new Error(`The ${split} split is held out: it is never read for training or tuning.`);
  return readFileSync(join(CORPUS_DIR, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusPostV2);
}

/** Reads only the persona files of the posts' personas, and checks each belongs to the split. */
function readPersona(id: string, split: string): PersonaRecord {
  const profile = JSON.parse(readFileSync(join(CORPUS_DIR, 'personas', `${id}.json`), 'utf8')) as PersonaProfile;
  if (profile.persona.split !== split) throw new Error(`Persona ${id} is in the ${profile.persona.split} split, not ${split}.`);
  return { id, split, profile };
}

export function profileOf(persona: PersonaRecord): ProfileInput {
  const { persona: _p, ...rest } = persona.profile;
  return rest as ProfileInput;
}

export function loadLabelled(splits: readonly string[] = readableSplits()): { posts: CorpusPostV2[]; personas: Map<string, PersonaRecord> } {
  const posts: CorpusPostV2[] = [];
  const personas = new Map<string, PersonaRecord>();
  for (const split of splits) {
    for (const post of readPosts(split)) {
      if (!personas.has(post.persona)) personas.set(post.persona, readPersona(post.persona, split));
      posts.push(post);
    }
  }
  return { posts, personas };
}

/** Runs the engine (rules only) on every post and keeps the features it reports. */
export function collectFeatures(splits: readonly string[] = readableSplits()): LabelledPost[] {
  const { posts, personas } = loadLabelled(splits);
  const profiles = new Map([...personas].map(([id, p]) => [id, profileOf(p)]));
  const out: LabelledPost[] = [];
  for (const post of posts) {
    const persona = personas.get(post.persona)!;
    let features: string[] = [];
    let stances: Readonly<Record<Family, Stance>> | null = null;
    evaluate({ text: post.text, identityId: post.identity }, profiles.get(post.persona)!, {
      model: null,
      onFeatures: (f, s) => {
        features = [...f.keys()];
        stances = s;
      },
    });
    const role = persona.profile.identities.find((i) => i.id === post.identity)?.role ?? 'personal';
    if (!stances) throw new Error(`The engine reported no features for ${post.id}.`);
    out.push({ post, persona, role, features, stances });
  }
  return out;
}

/**
 * The families the learned model decides: other-identity stays with the person's own lists, swearing with the
 * vocabulary and the identity's stance (see MODEL_RULE in engine.ts).
 */
export const MODEL_FAMILIES: readonly Family[] = ['named-attack', 'employer', 'third-party', 'confidential', 'politics', 'religion', 'private-life', 'health', 'substances'];

/** Per family, the posts of identities that are warned about it, with the family's stance as a feature. */
export function examplesByFamily(posts: readonly LabelledPost[]): Map<Family, Example[]> {
  const out = new Map<Family, Example[]>();
  for (const f of MODEL_FAMILIES) {
    const ex: Example[] = [];
    for (const p of posts) {
      const stance = p.stances[f];
      if (stance === 'off') continue;
      // (The probes' fine posts were written to look dangerous, as twins are: learned from, left out of the alarm budget.)
      const contrast = isContrastTwin(p.post) || (p.persona.split === 'probes' && p.post.expect.length === 0);
      ex.push({ persona: p.persona.id, features: familyFeatureNames(p.features, stance), positive: p.post.expect.includes(f as never), fine: p.post.expect.length === 0, post: p.post.id, contrast });
    }
    out.set(f, ex);
  }
  return out;
}
