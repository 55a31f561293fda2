import { describe, expect, it } from 'vitest';
import { ADAPTER_IDS, classify, recognisePost } from '../../../shared/sites';
import { loadFixtures } from './fixtures';

const fixtures = loadFixtures();
const bySite = new Map<string, typeof fixtures>();
for (const f of fixtures) bySite.set(f.site, [...(bySite.get(f.site) ?? []), f]);

describe('request fixtures', () => {
  it('cover every adapter and the heuristic, with posts and near-misses for each', () => {
    for (const site of [...ADAPTER_IDS, 'heuristic']) {
      const cases = bySite.get(site) ?? [];
      expect(cases.filter((c) => c.expect !== null).length, `${site} posts`).toBeGreaterThanOrEqual(2);
      expect(cases.filter((c) => c.expect === null).length, `${site} near-misses`).toBeGreaterThanOrEqual(2);
    }
  });

  it('record where each request shape came from', () => {
    for (const f of fixtures) expect(f.source.length, `${f.site}/${f.name}`).toBeGreaterThan(5);
  });

  for (const [site, cases] of bySite) {
    describe(site, () => {
      for (const f of cases) {
        it(`${f.name}: ${f.description}`, () => {
          const got = recognisePost(f.request);
          if (f.expect === null) {
            expect(got).toBeNull();
            // Reported to the person with a reason it can show (the guard lets it out and says so): never passed unseen.
            if (f.undecided !== undefined) expect(classify(f.request).type).toBe(f.undecided ? 'undecided' : 'not-post');
            return;
          }
          expect(got).not.toBeNull();
          expect(got!.site).toBe(f.expect.site);
          expect(got!.kind).toBe(f.expect.kind);
          // Exact text, code unit for code unit: what the user confirms is what goes out.
          expect(got!.text).toBe(f.expect.text);
          expect(got!.accountHint).toBe(f.expect.accountHint);
          expect(got!.adapter).toBe(f.expect.adapter ?? site);
        });
      }
    });
  }
});
