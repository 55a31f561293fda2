import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../shared/warnings';
import {
  EVAL_SPLITS,
  FAMILIES,
  ROLES,
  SPLITS,
  engineProfile,
  loadPersonas,
  loadPosts,
  roleOf,
  type CorpusPostV2,
  type Family,
  type Persona,
  type Split,
} from '../../fixtures/corpus/v2';

/*
 * Checks the labelled corpus v2 itself (tests/fixtures/corpus/v2): that every
 * post points at a real persona and identity, uses known families, and that
 * the split and spread rules of issue 9 hold. It asserts nothing about the
 * engine's results; the benchmark scores the engine on this corpus.
 */

const personas = loadPersonas();
const byId = new Map(personas.map((p) => [p.id, p]));

/** Families a personal identity is still warned about (it may swear, talk politics and be personal). */
const PERSONAL_FAMILIES: readonly Family[] = ['named-attack', 'employer', 'third-party', 'confidential', 'other-identity'];

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A handle, profile link or term written in a text, as a whole word (case- and accent-insensitive). */
function mentions(text: string, term: string): boolean {
  const needle = fold(term)
    .trim()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/$/, '');
  const hay = fold(text);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}_@]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true;
  }
  return false;
}

function identityOf(post: CorpusPostV2): Persona['profile']['identities'][number] | undefined {
  return byId.get(post.persona)?.profile.identities.find((i) => i.id === post.identity);
}

/** holdout6 and holdout7 are one review each of the probes' brief: 12 writers of 20 posts, most on the professional identity. */
function isReview(split: Split): boolean {
  return split === 'holdout6' || split === 'holdout7';
}

function describeSplit(split: Split) {
  describe(`${split} split`, () => {
    const posts = loadPosts(split);
    const splitPersonas = loadPersonas(split);
    const onPersonal = (p: CorpusPostV2) => identityOf(p)?.role === 'personal';

    it('has at least five personas and 300 posts, every post on a persona of this split', () => {
      expect(splitPersonas.length).toBeGreaterThanOrEqual(5);
      // (holdout6 and holdout7 are one review each of the probes' brief: 12 writers of 20 posts.)
      expect(posts.length).toBeGreaterThanOrEqual(isReview(split) ? 200 : 300);
      for (const post of posts) {
        const persona = byId.get(post.persona);
        expect(persona, `${post.id}: unknown persona ${post.persona}`).toBeDefined();
        expect(persona?.split, `${post.id}: persona ${post.persona} belongs to another split`).toBe(split);
      }
    });

    it('gives every post a valid id, identity, language, text, labels and reason', () => {
      for (const post of posts) {
        expect(post.id, post.id).toMatch(new RegExp(`^${post.persona}-\\d{3}$`));
        expect(identityOf(post), `${post.id}: no identity ${post.identity} in ${post.persona}`).toBeDefined();
        expect(post.lang, post.id).toMatch(/^[a-z]{2}$/);
        expect(post.text.trim().length, post.id).toBeGreaterThan(0);
        expect(post.why.trim().length, post.id).toBeGreaterThan(0);
        expect(Array.isArray(post.expect), post.id).toBe(true);
        for (const f of post.expect) expect(FAMILIES, `${post.id}: unknown family ${f}`).toContain(f);
        expect(new Set(post.expect).size, `${post.id}: a family listed twice`).toBe(post.expect.length);
      }
    });

    it('covers every role, with each persona and identity well represented', () => {
      const roles = new Set(splitPersonas.flatMap((p) => p.profile.identities.map((i) => i.role)));
      // The validation and holdout4 splits are written in the roles of issue 9's held-out people only.
      const wanted = split === 'validation' || split === 'holdout4' || isReview(split) ? ROLES.filter((r) => r !== 'public-servant' && r !== 'journalist') : ROLES;
      for (const role of wanted) expect(roles, `role ${role} missing`).toContain(role);
      // (The probes' writers wrote 20 posts per person, most on the professional identity, where the attacks are.)
      if (split === 'probes' || isReview(split)) return;
      for (const persona of splitPersonas) {
        for (const identity of persona.profile.identities) {
          const n = posts.filter((p) => p.persona === persona.id && p.identity === identity.id).length;
          expect(n, `${persona.id}/${identity.id}`).toBeGreaterThanOrEqual(15);
        }
      }
    });

    it('has every family on professional identities and the personal ones on personal identities', () => {
      // holdout4's and holdout5's writers were briefed on the five weakest families (at least 7 posts each per person) and
      // wrote the others a few times.
      const focus = new Set<Family>(['named-attack', 'third-party', 'employer', 'health', 'substances']);
      for (const f of FAMILIES) {
        // (A review's writers chose which identity carried the families a personal identity is also warned of: holdout7's put
        // every secret on the personal one.)
        const pro = posts.filter((p) => (!onPersonal(p) || (isReview(split) && PERSONAL_FAMILIES.includes(f))) && p.expect.includes(f)).length;
        // (holdout5's employer complaints are mostly on the personal identity, as its brief asked.)
        // (The probes' briefs asked for no post of the other identity's names on the professional one.)
        // (The reviews' briefs asked each writer for one of religion, private life, health or drinking.)
        const floor = (split === 'probes' || isReview(split)) && f === 'other-identity' ? 0 : isReview(split) ? (focus.has(f) && f !== 'health' && f !== 'substances' ? 5 : 1) : split !== 'holdout4' && split !== 'holdout5' ? 5 : focus.has(f) ? (split === 'holdout4' ? 20 : 15) : 2;
        expect(pro, `${f} on professional identities`).toBeGreaterThanOrEqual(floor);
      }
      for (const f of PERSONAL_FAMILIES) {
        const personal = posts.filter((p) => (onPersonal(p) || isReview(split)) && p.expect.includes(f)).length;
        // (Review 22's brief asked for no post of the other identity's names.)
        expect(personal, `${f} on personal identities`).toBeGreaterThanOrEqual(isReview(split) ? (f === 'other-identity' && split === 'holdout7' ? 0 : 1) : 2);
      }
    });

    it('keeps at least 40% fine posts, on both kinds of identity', () => {
      const fine = posts.filter((p) => p.expect.length === 0);
      expect(fine.length / posts.length).toBeGreaterThanOrEqual(0.4);
      // (A review's 12 writers wrote most of their 20 posts each on the professional identity.)
      expect(fine.filter(onPersonal).length).toBeGreaterThanOrEqual(isReview(split) ? 20 : 40);
      expect(fine.filter((p) => !onPersonal(p)).length).toBeGreaterThanOrEqual(60);
    });

    it('is at least 15% Spanish, German and French, several posts each', () => {
      const other = posts.filter((p) => p.lang !== 'en');
      expect(other.length / posts.length).toBeGreaterThanOrEqual(0.15);
      for (const lang of ['es', 'de', 'fr']) expect(posts.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(5);
    });

    it("agrees with the profiles: the other identity's handles and links are labelled, never-say terms are not fine", () => {
      for (const post of posts) {
        const persona = byId.get(post.persona)!;
        const own = identityOf(post)!;
        const others = persona.profile.identities.filter((i) => i.id !== post.identity);
        const foreign = others.flatMap((i) => [...(i.handles ?? []), ...(i.profileUrls ?? [])]).filter((t) => mentions(post.text, t));
        if (foreign.length > 0) expect(post.expect, `${post.id} shows ${foreign.join(', ')}`).toContain('other-identity');
        if (post.expect.length === 0) {
          const never = (own.never ?? []).filter((t) => mentions(post.text, t));
          expect(never, `${post.id} is labelled fine but says a never-say term`).toEqual([]);
        }
      }
    });
  });
}

describe('labelled corpus v2', () => {
  it('has personas whose profiles parse, each with one personal and one professional identity', () => {
    expect(personas.length).toBeGreaterThanOrEqual(6);
    for (const persona of personas) {
      expect(SPLITS, persona.id).toContain(persona.split);
      expect(persona.summary.trim().length, persona.id).toBeGreaterThan(0);
      const ids = persona.profile.identities;
      expect(ids.length, persona.id).toBe(2);
      for (const identity of ids) expect(ROLES, `${persona.id}/${identity.id}`).toContain(identity.role);
      expect(ids.filter((i) => i.role === 'personal').length, `${persona.id}: one personal identity`).toBe(1);
      expect(roleOf(persona, 'personal'), persona.id).toBe('personal');
      const parsed = parseProfile(engineProfile(persona));
      expect(parsed.ok, `${persona.id}: ${parsed.ok ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('has unique post ids across the splits', () => {
    const ids = SPLITS.flatMap((s) => loadPosts(s).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least ten personas and 650 posts, split about half and half by persona', () => {
    expect(personas.length).toBeGreaterThanOrEqual(10);
    const dev = loadPosts('dev').length;
    const test = loadPosts('test').length;
    expect(dev + test).toBeGreaterThanOrEqual(650);
    expect(dev / (dev + test)).toBeGreaterThanOrEqual(0.4);
    expect(test / (dev + test)).toBeGreaterThanOrEqual(0.4);
    // Different people: no handle or profile link is shared between a dev and a test persona.
    const links = (split: Split) =>
      new Set(loadPersonas(split).flatMap((p) => p.profile.identities.flatMap((i) => [...(i.handles ?? []), ...(i.profileUrls ?? [])].map(fold))));
    const devLinks = links('dev');
    expect([...links('test')].filter((l) => devLinks.has(l))).toEqual([]);
  });

  it('labels every family at least 20 times, attacks and third parties at least 40 (dev and test)', () => {
    const posts = EVAL_SPLITS.flatMap((s) => loadPosts(s));
    for (const f of FAMILIES) {
      const n = posts.filter((p) => p.expect.includes(f)).length;
      expect(n, f).toBeGreaterThanOrEqual(f === 'named-attack' || f === 'third-party' ? 40 : 20);
    }
  });

  for (const split of SPLITS) describeSplit(split);

  describe('train split (for tuning and training: breadth of people and phrasing)', () => {
    const posts = loadPosts('train');
    const trainPersonas = loadPersonas('train');
    const onPersonal = (p: CorpusPostV2) => identityOf(p)?.role === 'personal';

    /** Posts per family the train split must hold at least (issue 9's generalisation gap: 0.94 recall on dev, 0.60 on new people). */
    const TRAIN_MIN: Record<Family, number> = {
      'named-attack': 150,
      employer: 60,
      'third-party': 150,
      confidential: 80,
      profanity: 60,
      politics: 40,
      religion: 40,
      'private-life': 40,
      health: 40,
      substances: 40,
      'other-identity': 40,
    };

    it('has at least 20 personas and 900 posts, with at least two personas in every professional role', () => {
      expect(trainPersonas.length).toBeGreaterThanOrEqual(20);
      expect(posts.length).toBeGreaterThanOrEqual(900);
      for (const role of ROLES.filter((r) => r !== 'personal')) {
        const n = trainPersonas.filter((p) => p.profile.identities.some((i) => i.role === role)).length;
        expect(n, `personas with a ${role} identity`).toBeGreaterThanOrEqual(2);
      }
    });

    it('labels every family many times over', () => {
      for (const f of FAMILIES) {
        const n = posts.filter((p) => p.expect.includes(f)).length;
        expect(n, f).toBeGreaterThanOrEqual(TRAIN_MIN[f]);
      }
      // Attacks and third parties on both kinds of identity, not only the professional one.
      for (const f of ['named-attack', 'third-party'] as const) {
        expect(posts.filter((p) => onPersonal(p) && p.expect.includes(f)).length, `${f} on personal identities`).toBeGreaterThanOrEqual(30);
      }
    });

    it('is at least 40% fine and at least 35% Spanish, German and French', () => {
      expect(posts.filter((p) => p.expect.length === 0).length / posts.length).toBeGreaterThanOrEqual(0.4);
      const other = posts.filter((p) => ['es', 'de', 'fr'].includes(p.lang));
      expect(other.length / posts.length).toBeGreaterThanOrEqual(0.35);
      for (const lang of ['es', 'de', 'fr']) expect(posts.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(60);
    });

    it('never repeats a text', () => {
      const texts = posts.map((p) => p.text.trim());
      expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    });

    it('is written by other people: no train persona shares a name, handle or profile link with a dev or test persona', () => {
      const terms = (split: Split) =>
        new Map(
          loadPersonas(split).flatMap((p) =>
            p.profile.identities.flatMap((i) => [...(i.names ?? []), ...(i.handles ?? []), ...(i.profileUrls ?? [])].map((t) => [fold(t).trim(), p.id] as const)),
          ),
        );
      const train = terms('train');
      for (const split of EVAL_SPLITS) {
        const shared = [...terms(split)].filter(([t]) => train.has(t)).map(([t, id]) => `${t} (${id} and ${train.get(t)})`);
        expect(shared, `shared with ${split}`).toEqual([]);
      }
    });
  });
  // validation chose between versions of the second round; holdout2 to holdout5 were never trained on by the shipped engine.
  describe.each(['validation', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7'] as const)('%s split (never tuned or trained on)', (split) => {
    const posts = loadPosts(split);
    const mine = loadPersonas(split);

    it('has 8 people, 350+ posts, 40%+ fine (holdout6, holdout7: 12 people, 200+ posts)', () => {
      expect(mine.length).toBeGreaterThanOrEqual(8);
      expect(posts.length).toBeGreaterThanOrEqual(isReview(split) ? 200 : 350);
      expect(posts.filter((p) => p.expect.length === 0).length / posts.length).toBeGreaterThanOrEqual(0.4);
    });

    it('never repeats a text, and is about other people than every other split', () => {
      const others = SPLITS.filter((s) => s !== split);
      const known = new Set(others.flatMap((s) => loadPosts(s)).map((p) => p.text.trim()));
      const texts = posts.map((p) => p.text.trim());
      expect(texts.filter((t, i) => texts.indexOf(t) !== i || known.has(t))).toEqual([]);
      // (A bare first name or nickname is shared by many people: review 18 and review 17 both have a Solène, review 22 and
      // holdout3 a Cande.)
      const terms = (s: Split) =>
        new Set(
          loadPersonas(s).flatMap((p) =>
            p.profile.identities.flatMap((i) => [...(i.names ?? []), ...(i.handles ?? []), ...(i.profileUrls ?? [])].map((t) => fold(t).trim()).filter((t) => (s !== 'probes' && !isReview(s)) || /[\s@./]/.test(t))),
          ),
        );
      const here = terms(split);
      for (const other of others) expect([...terms(other)].filter((t) => here.has(t)), other).toEqual([]);
    });
  });
  describe('holdout split (a second held-out set: never tuned or trained on)', () => {
    const posts = loadPosts('holdout');
    const holdoutPersonas = loadPersonas('holdout');

    it('has at least 25 personas and 1,700 posts, every professional role, every family', () => {
      expect(holdoutPersonas.length).toBeGreaterThanOrEqual(25);
      expect(posts.length).toBeGreaterThanOrEqual(1700);
      for (const role of ROLES.filter((r) => r !== 'personal')) {
        expect(holdoutPersonas.filter((p) => p.profile.identities.some((i) => i.role === role)).length, role).toBeGreaterThanOrEqual(3);
      }
      for (const f of FAMILIES) expect(posts.filter((p) => p.expect.includes(f)).length, f).toBeGreaterThanOrEqual(f === 'religion' ? 5 : 25);
      expect(posts.filter((p) => p.expect.length === 0).length / posts.length).toBeGreaterThanOrEqual(0.4);
    });

    it('never repeats a text of its own or of the splits the engine learns from', () => {
      const learned = new Set([...loadPosts('dev'), ...loadPosts('train')].map((p) => p.text.trim()));
      const texts = posts.map((p) => p.text.trim());
      expect(texts.filter((t, i) => texts.indexOf(t) !== i || learned.has(t))).toEqual([]);
    });

    it('is written about other people: no holdout persona shares a name, handle or profile link with another split', () => {
      const terms = (split: Split) =>
        new Set(loadPersonas(split).flatMap((p) => p.profile.identities.flatMap((i) => [...(i.names ?? []), ...(i.handles ?? []), ...(i.profileUrls ?? [])].map((t) => fold(t).trim()))));
      const mine = terms('holdout');
      for (const split of SPLITS.filter((s) => s !== 'holdout')) expect([...terms(split)].filter((t) => mine.has(t)), split).toEqual([]);
    });
  });
});
