import { describe, expect, it } from 'vitest';
import { evaluate, type ProfileInput } from '../../../shared/warnings';
import { combinedEvidence, marginOf, type WarningModel } from '../../../shared/warnings/understand/model';
import { chooseCombination } from '../../../scripts/warnings-model/trainer';
import type { Family } from '../../../shared/warnings/families';

/*
 * A post is warned when the learned families' evidence adds up past a threshold (model.ts, Combination), not only when
 * one family passes its own. Models and posts written for this test.
 */

describe('adding up the families\u2019 evidence', () => {
  it('is the largest margin at width 0, and never less than it at any width', () => {
    expect(combinedEvidence([-0.3, 0.2, -1], 0)).toBe(0.2);
    for (const width of [0.5, 0.9, 2]) expect(combinedEvidence([-0.3, 0.2, -1], width)).toBeGreaterThan(0.2);
  });

  it('adds width x log 2 for two families at the same margin, and next to nothing for one far under it', () => {
    expect(combinedEvidence([-0.2, -0.2], 0.9)).toBeCloseTo(-0.2 + 0.9 * Math.log(2), 10);
    expect(combinedEvidence([0.1, -20], 0.9)).toBeCloseTo(0.1, 8);
  });

  it('leaves out a family that can never warn, and has no evidence with no family at all', () => {
    expect(marginOf(0.99, 1)).toBe(-Infinity);
    expect(combinedEvidence([marginOf(0.99, 1), 0.4], 1)).toBeCloseTo(0.4, 10);
    expect(combinedEvidence([], 1)).toBe(-Infinity);
    expect(combinedEvidence([-Infinity], 1)).toBe(-Infinity);
  });

  it('measures a margin in log-odds past the family\u2019s threshold', () => {
    expect(marginOf(0.5, 0.5)).toBeCloseTo(0, 12);
    expect(marginOf(0.75, 0.5)).toBeCloseTo(Math.log(3), 12);
    expect(marginOf(0.25, 0.5)).toBeCloseTo(-Math.log(3), 12);
  });
});

const profile: ProfileInput = { identities: [{ id: 'ward', name: 'Ward 9', role: 'clinician' }] };
const text = 'Honestly Councillor Pemberton is a turnip and always was.';

/** 'turnip' (a word no rule knows) brings the named attack to 0.1 under its threshold and the employer to 0.3 under. */
function model(combine?: WarningModel['combine'], employerBias = -1.3): WarningModel {
  return {
    version: 1,
    trainedOn: 'test',
    families: {
      'named-attack': { bias: -1.1, threshold: 0.5, weights: { 'w:turnip': 1 } },
      employer: { bias: employerBias, threshold: 0.5, weights: { 'w:turnip': 1 } },
    },
    ...(combine ? { combine } : {}),
  };
}
const families = (m: WarningModel) => evaluate({ text, identityId: 'ward' }, profile, { model: m }).filter((w) => w.severity !== 'info').map((w) => w.family);

describe('the engine with a combination', () => {
  it('warns nothing when each family stays under its own threshold and nothing adds them up', () => {
    expect(families(model())).toEqual([]);
  });

  it('warns a post two families each nearly call risky, with the stronger family only', () => {
    const ws = evaluate({ text, identityId: 'ward' }, profile, { model: model({ width: 1, threshold: 0 }) }).filter((w) => w.severity !== 'info');
    expect(ws.map((w) => w.family)).toEqual(['named-attack']);
    expect(text.slice(ws[0]!.start, ws[0]!.end)).toContain('turnip');
  });

  it('does not warn one family a little under its threshold when no other family adds to it', () => {
    expect(families(model({ width: 1, threshold: 0 }, -20))).toEqual([]);
  });

  it('does not warn a family past its own threshold when the post\u2019s evidence stays under the combination\u2019s', () => {
    // Named attack 0.3 past its threshold, employer far under: the post needs 0.5.
    const m = model({ width: 1, threshold: 0.5 }, -20);
    const past = { ...m, families: { ...m.families, 'named-attack': { bias: -0.7, threshold: 0.5, weights: { 'w:turnip': 1 } } } };
    expect(families({ ...past, combine: undefined })).toEqual(['named-attack']);
    expect(families(past)).toEqual([]);
  });
});

describe('choosing the combination when training', () => {
  // Twenty risky posts read a little like two families; forty fine posts a little more like one; four twins like two.
  const p = (margin: number) => 1 / (1 + Math.exp(-margin)); // thresholds at 0.5: the probability of a margin
  const byFamily = new Map<Family, Array<{ post: string; p: number }>>([
    ['named-attack', []],
    ['employer', []],
  ]);
  const posts = new Map<string, { risky: boolean; fine: boolean; contrast?: boolean }>();
  for (let k = 0; k < 20; k++) {
    byFamily.get('named-attack')!.push({ post: `r${k}`, p: p(-0.2) });
    byFamily.get('employer')!.push({ post: `r${k}`, p: p(-0.2) });
    posts.set(`r${k}`, { risky: true, fine: false });
  }
  for (let k = 0; k < 40; k++) {
    byFamily.get('named-attack')!.push({ post: `f${k}`, p: p(0.3) });
    posts.set(`f${k}`, { risky: false, fine: true });
  }
  for (let k = 0; k < 4; k++) {
    byFamily.get('named-attack')!.push({ post: `t${k}`, p: p(2) });
    byFamily.get('employer')!.push({ post: `t${k}`, p: p(2) });
    posts.set(`t${k}`, { risky: false, fine: true, contrast: true });
  }
  const thresholds = new Map<Family, number>([
    ['named-attack', 0.5],
    ['employer', 0.5],
  ]);

  it('keeps the width that catches the most risky posts within the budget of fine ones', () => {
    const c = chooseCombination(byFamily, posts, thresholds, 0.05, [0, 1]);
    expect(c.width).toBe(1);
    // Every risky post (evidence 0.49) is past the threshold, no fine one (0.3) is; the twins are not in the budget.
    expect(c.threshold).toBeGreaterThanOrEqual(0.3);
    expect(c.threshold).toBeLessThan(-0.2 + Math.log(2));
  });

  it('keeps the largest margin alone when adding up catches nothing more', () => {
    const single = new Map([['named-attack', byFamily.get('named-attack')!]]) as Map<Family, Array<{ post: string; p: number }>>;
    expect(chooseCombination(single, posts, thresholds, 0.05, [0, 1]).width).toBe(0);
  });
});
