import { describe, expect, it } from 'vitest';
import { recognisePost } from '../../../shared/sites';
import { HELD_OUT_DIR, loadFixtures } from './fixtures';

// The held-out set: request shapes from sources that were not used while the
// rules were written (tests/fixtures/requests-heldout/README.md says which,
// and how many passed the first time they were run).
const fixtures = loadFixtures(HELD_OUT_DIR);

describe('held-out request fixtures', () => {
  it('exist and say where each shape came from', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    for (const f of fixtures) expect(f.source.length, `${f.site}/${f.name}`).toBeGreaterThan(5);
  });

  for (const f of fixtures) {
    it(`${f.site}/${f.name}: ${f.description}`, () => {
      const got = recognisePost(f.request);
      if (f.expect === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got).not.toBeNull();
      expect({ site: got!.site, kind: got!.kind, text: got!.text, accountHint: got!.accountHint, adapter: got!.adapter }).toEqual({
        site: f.expect.site,
        kind: f.expect.kind,
        text: f.expect.text,
        accountHint: f.expect.accountHint,
        adapter: f.expect.adapter ?? f.site,
      });
    });
  }
});
