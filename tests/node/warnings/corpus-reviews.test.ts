import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../shared/warnings';
import { FAMILIES, ROLES, engineProfile, loadPersonasFrom, loadPostsFrom, reviewBatches, type CorpusPostV2, type Persona } from '../../fixtures/corpus/v2';

/*
 * Checks the review batches kept outside the splits (tests/fixtures/corpus/v2/reviews): that each parses, that every
 * post points at a persona of its own batch and an identity of it, uses known families and languages, and that every
 * twin names a risky post that exists. Some batches are held out (never read): failures name post ids, never texts.
 */

const REVIEWS = join(__dirname, '../../fixtures/corpus/v2/reviews');

const reviews = readdirSync(REVIEWS)
  .filter((d) => statSync(join(REVIEWS, d)).isDirectory())
  .sort();

const LANGS = new Set(['en', 'es', 'de', 'fr']);

describe('review batches', () => {
  it('there are review folders, each with at least one batch', () => {
    expect(reviews).toContain('review29');
    expect(reviews).toContain('review30');
    expect(reviews).toContain('review31');
    expect(reviews).toContain('review32');
    for (const r of reviews) expect(reviewBatches(join(REVIEWS, r)).length, r).toBeGreaterThan(0);
  });

  describe.each(reviews)('%s', (review) => {
    const batches = reviewBatches(join(REVIEWS, review)).map((dir) => ({
      dir,
      personas: loadPersonasFrom(join(dir, 'personas')),
      posts: loadPostsFrom(join(dir, 'posts.jsonl')),
    }));

    it('every persona is a valid profile with a professional and a personal identity of known roles', () => {
      for (const { personas } of batches) {
        expect(personas.length).toBeGreaterThan(0);
        for (const p of personas) {
          expect(parseProfile(engineProfile(p)).ok, p.id).toBe(true);
          const roles = p.profile.identities.map((i) => i.role);
          expect(roles.every((r) => (ROLES as readonly string[]).includes(r)), p.id).toBe(true);
          expect(roles, p.id).toContain('personal');
          expect(roles.some((r) => r !== 'personal'), p.id).toBe(true);
        }
      }
    });

    it("every post belongs to a persona and identity of its own batch, with known families and a language", () => {
      const ids = new Set<string>();
      for (const { personas, posts } of batches) {
        const byId = new Map<string, Persona>(personas.map((p) => [p.id, p]));
        expect(posts.length).toBeGreaterThan(0);
        for (const post of posts) {
          expect(ids.has(post.id), `duplicate id ${post.id}`).toBe(false);
          ids.add(post.id);
          expect(post.id.startsWith(`${post.persona}-`), post.id).toBe(true);
          const persona = byId.get(post.persona);
          expect(persona, `${post.id}: no persona file`).toBeDefined();
          expect(persona!.profile.identities.some((i) => i.id === post.identity), `${post.id}: unknown identity`).toBe(true);
          expect(LANGS.has(post.lang), `${post.id}: language ${post.lang}`).toBe(true);
          expect(post.expect.every((f) => (FAMILIES as readonly string[]).includes(f)), `${post.id}: unknown family`).toBe(true);
          expect(typeof post.text === 'string' && post.text.trim().length > 0, `${post.id}: empty text`).toBe(true);
        }
      }
    });

    it('every twin names a risky post of the same person', () => {
      for (const { posts } of batches) {
        const risky = new Map<string, CorpusPostV2>(posts.filter((p) => p.expect.length > 0).map((p) => [p.id, p]));
        for (const post of posts) {
          const named = /\btwin of ([\w-]+)/i.exec(post.why)?.[1];
          if (!named || post.expect.length > 0) continue;
          expect(risky.get(named)?.persona, `${post.id} is the twin of ${named}`).toBe(post.persona);
        }
      }
    });
  });
});
