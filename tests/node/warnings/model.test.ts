import { describe, expect, it } from 'vitest';
import { evaluate, type ProfileInput } from '../../../shared/warnings';
import { causeSpan, wordFeatures, type FeatureSet, type Judgement, type WarningModel } from '../../../shared/warnings/understand/model';
import { tokenize } from '../../../shared/warnings/text';
import { WARNING_MODEL } from '../../../shared/warnings/understand/model.generated';
import { collectFeatures, readableSplits } from '../../../scripts/warnings-model/examples';
import { chooseThreshold, chooseThresholdsJointly, chooseThresholdsSmoothly, fitLogistic, foldsOf, isContentWordFeature, trainFamily, vocabulary, type Example } from '../../../scripts/warnings-model/trainer';
import { isContrastTwin } from '../../fixtures/corpus/v2/index';
import { buildModel, MODEL_OUTPUT, renderModel } from '../../../scripts/warnings-model/train';
import { readFileSync } from 'node:fs';

/*
 * The learned model of the warning engine (shared/warnings/understand/model.ts)
 * and its build-time trainer (scripts/warnings-model/). Examples written for
 * this test, not taken from the corpus.
 */

const profile: ProfileInput = {
  identities: [
    { id: 'ward', name: 'Ward 9', role: 'clinician', never: ['Project Heron'], lexiconEdits: { profanity: { add: ['blimey'] } } },
    { id: 'me', name: 'Me', role: 'personal', never: ['St Aldhelm Hospital'] },
  ],
};

/** A model written by hand: 'turnip' (a word no rule knows) weighs towards an attack; a hangover alone is judged fine. */
const handMade: WarningModel = {
  version: 1,
  trainedOn: 'test',
  families: {
    'named-attack': { bias: -3, threshold: 0.5, weights: { 'w:turnip': 2, 'ref.any': 1.5 } },
    substances: { bias: -3, threshold: 0.5, weights: {} },
    profanity: { bias: -3, threshold: 0.5, weights: {} },
  },
};

describe('the learned model in the engine', () => {
  it('raises a warning on the words that weighed most, with its family and one sentence', () => {
    const text = 'Honestly Councillor Pemberton is a turnip and always was.';
    expect(evaluate({ text, identityId: 'ward' }, profile, { model: null }).filter((w) => w.family === 'named-attack')).toEqual([]);
    const ws = evaluate({ text, identityId: 'ward' }, profile, { model: handMade });
    const attack = ws.find((w) => w.family === 'named-attack');
    expect(attack).toBeDefined();
    const words = text.slice(attack!.start, attack!.end);
    expect(words).toContain('turnip');
    expect(words.length).toBeLessThan(text.length);
    expect(attack!.message).toMatch(/^'.*' reads as mocking or insulting someone who can be identified, which Ward 9 would have to answer for\.$/);
  });

  it('drops a built-in lexicon word it judges fine, but never the person\u2019s own words or lists', () => {
    const rulesOnly = evaluate({ text: 'Nursing a hangover, blimey. Project Heron next.', identityId: 'ward' }, profile, { model: null });
    expect(rulesOnly.map((w) => w.ruleId)).toEqual(expect.arrayContaining(['lexicon.substances', 'lexicon.profanity', 'never-say']));
    const judged = evaluate({ text: 'Nursing a hangover, blimey. Project Heron next.', identityId: 'ward' }, profile, { model: handMade });
    const ids = judged.map((w) => w.ruleId);
    expect(ids).not.toContain('lexicon.substances');
    // 'blimey' was added by the person to the profanity lexicon; 'Project Heron' is on the never-say list.
    expect(ids).toEqual(expect.arrayContaining(['lexicon.profanity', 'never-say']));
  });

  it('reads another identity\u2019s never-say words as a signal only (no warning of their own)', () => {
    const seen: string[] = [];
    const ws = evaluate({ text: 'Lovely day at St Aldhelm Hospital.', identityId: 'ward' }, profile, {
      model: null,
      onFeatures: (f) => seen.push(...f.keys()),
    });
    expect(seen).toContain('term.otherNever');
    expect(ws.filter((w) => w.severity !== 'info')).toEqual([]);
  });

  it('is only consulted at depth full: the keystroke path stays on the word rules', () => {
    const text = 'Honestly Councillor Pemberton is a clown and always was.';
    let asked = 0;
    evaluate({ text, identityId: 'ward', depth: 'lexical' }, profile, { model: handMade, onFeatures: () => asked++ });
    expect(asked).toBe(0);
  });

  it('ships a model for every family it decides, trained without the test split', () => {
    expect(WARNING_MODEL).not.toBeNull();
    expect(WARNING_MODEL!.trainedOn).not.toMatch(/test/);
    for (const f of ['named-attack', 'employer', 'third-party', 'confidential', 'politics', 'religion', 'private-life', 'health', 'substances'] as const) {
      expect(WARNING_MODEL!.families[f], f).toBeDefined();
    }
    // Swearing is the vocabulary's and the identity's stance's to decide: no model for it.
    expect(WARNING_MODEL!.families.profanity).toBeUndefined();
  });

  it('neither drops nor adds swearing: a swear word is a fact, and the identity says whether it is allowed', () => {
    const text = 'Bloody printer jammed again, damn it.';
    const rulesOnly = evaluate({ text, identityId: 'ward' }, profile, { model: null }).filter((w) => w.family === 'profanity');
    expect(rulesOnly.length).toBeGreaterThan(0);
    // A model that would judge every post free of swearing, and one that would find swearing everywhere.
    const never: WarningModel = { ...handMade, families: { ...handMade.families, profanity: { bias: -30, threshold: 0.5, weights: {} } } };
    const always: WarningModel = { ...handMade, families: { ...handMade.families, profanity: { bias: 30, threshold: 0.5, weights: {} } } };
    expect(evaluate({ text, identityId: 'ward' }, profile, { model: never }).filter((w) => w.family === 'profanity')).toEqual(rulesOnly);
    expect(evaluate({ text: 'Lovely quiet shift on the ward today.', identityId: 'ward' }, profile, { model: always }).filter((w) => w.family === 'profanity')).toEqual([]);
  });
});

describe('the model’s word features', () => {
  const features = (text: string) => {
    const out: FeatureSet = new Map();
    wordFeatures(tokenize(text), out, text);
    return out;
  };
  it('reads each word and each pair of adjacent words, but not two function words together', () => {
    const f = features('Last night in the pub.');
    expect([...f.keys()]).toEqual(expect.arrayContaining(['w:last', 'w:night', 'w:pub', 'b:last_night', 'b:the_pub']));
    // ("in the" is two function words: a pair of them weighed as noise in every family.)
    expect(f.has('b:in_the')).toBe(false);
    expect(f.get('b:last_night')).toEqual([{ from: 0, to: 2 }]);
  });
  it('makes no pair across punctuation, an emoji or a line break', () => {
    const f = features('Hangover, again 🍺 bin\nMonday');
    expect([...f.keys()].filter((k) => k.startsWith('b:'))).toEqual([]);
  });
});

describe('where a model warning points', () => {
  it('prefers the strongest reason that has words in it over a lone quotation mark', () => {
    // Tokens 0..5 of «„Good morning“ Senator Vale»: 0 is the opening quote, 1-2 words, 3 the closing quote, 4-5 the name.
    const words = new Set([1, 2, 4, 5]);
    const j: Judgement = {
      family: 'named-attack',
      probability: 0.9,
      warned: true,
      reasons: [
        { name: 'style.quote', weight: 2, spans: [{ from: 0, to: 1 }] },
        { name: 'ref.named', weight: 1, spans: [{ from: 4, to: 6 }] },
      ],
    };
    const hasWords = (s: { from: number; to: number }) => Array.from({ length: s.to - s.from }, (_, k) => s.from + k).some((i) => words.has(i));
    expect(causeSpan(j, hasWords)).toEqual({ from: 4, to: 6 });
    // Without any worded reason it still points somewhere rather than nowhere (the family was judged risky).
    expect(causeSpan({ ...j, reasons: [j.reasons[0]!] }, hasWords)).toEqual({ from: 0, to: 1 });
  });
  it('joins the person with the next reason that adds words, not another name for the same words', () => {
    // «Finanzminister Albrecht erklärt heute die Schuldenbremse. Der Mann, …»: 0-1 the minister, 7-8 "Der Mann".
    const j: Judgement = {
      family: 'named-attack',
      probability: 0.9,
      warned: true,
      reasons: [
        { name: 'ref.role', weight: 0.6, spans: [{ from: 0, to: 1 }] },
        { name: 'cat.publicRole', weight: 0.5, spans: [{ from: 0, to: 1 }] },
        { name: 'ref.pointer', weight: 0.4, spans: [{ from: 7, to: 9 }] },
      ],
    };
    expect(causeSpan(j)).toEqual({ from: 0, to: 9 });
  });
});

describe('the trainer', () => {
  const ex = (persona: string, features: string[], positive: boolean): Example => ({ persona, features, positive, fine: !positive });

  it('learns no feature that fewer than the minimum number of people showed (no one person\u2019s names or phrasings)', () => {
    const examples = [ex('a', ['w:kestrel', 'w:clown'], true), ex('b', ['w:clown'], true), ex('c', ['w:clown', 'w:kestrel'], false), ex('d', ['w:tea'], false)];
    const vocab = vocabulary(examples, 3);
    expect([...vocab]).toEqual(['w:clown']);
  });

  it('fits a regularised logistic regression that separates what it can', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 40; i++) examples.push(ex(`p${i % 5}`, i % 2 ? ['w:clown', 'ref.any'] : ['ref.any', 'w:tea'], i % 2 === 1));
    const fit = fitLogistic(examples, vocabulary(examples, 3), { minPersonas: 3, l2: 0.01, epochs: 200, learningRate: 0.05, thresholdFolds: 0, alarmCost: 8 });
    expect(fit.weights.get('w:clown')!).toBeGreaterThan(0.5);
    expect(fit.weights.get('w:tea')!).toBeLessThan(-0.5);
  });

  it('regularises content words by their own share of L2, and function words and signals by the whole', () => {
    expect(['w:clown', 'R|w:incompetente', 'b:strategic_depth'].map(isContentWordFeature)).toEqual([true, true, true]);
    expect(['w:der', 'R|w:the', 'w:nicht', 'ref.any', 'cat.complaint', 'J|ref.any', 'stance.job'].map(isContentWordFeature)).toEqual([false, false, false, false, false, false, false]);
    // Two features that say the same thing on every post share the weight; the one regularised less takes more of it.
    const examples: Example[] = [];
    for (let i = 0; i < 40; i++) examples.push(ex(`p${i % 5}`, i % 2 ? ['w:clown', 'ref.any', 'w:der'] : ['w:tea'], i % 2 === 1));
    const o = { minPersonas: 3, l2: 0.05, epochs: 300, learningRate: 0.05, thresholdFolds: 0, alarmCost: 8 };
    const even = fitLogistic(examples, vocabulary(examples, 3), o);
    const words = fitLogistic(examples, vocabulary(examples, 3), { ...o, wordL2: 0.2 });
    expect(Math.abs(even.weights.get('w:clown')! - even.weights.get('ref.any')!)).toBeLessThan(0.01);
    expect(Math.abs(even.weights.get('w:der')! - even.weights.get('ref.any')!)).toBeLessThan(0.01);
    expect(words.weights.get('w:clown')!).toBeGreaterThan(2 * words.weights.get('ref.any')!);
    expect(Math.abs(words.weights.get('w:der')! - words.weights.get('ref.any')!)).toBeLessThan(0.01);
  });

  it('chooses thresholds that trade recall against false alarms on fine posts', () => {
    const scored = [
      { p: 0.9, positive: true, fine: false },
      { p: 0.8, positive: true, fine: false },
      { p: 0.7, positive: false, fine: true },
      { p: 0.6, positive: true, fine: false },
      { p: 0.1, positive: false, fine: true },
    ];
    // Cheap alarms: take every positive; dear alarms: stop before the fine post.
    expect(chooseThreshold(scored, 0.1)).toBeLessThanOrEqual(0.6);
    expect(chooseThreshold(scored, 10)).toBeGreaterThan(0.7);
  });

  it('leaves written twins out of the alarm budget: it is a rate on posts as people write them', () => {
    // One family; a risky post at 0.6 can only be reached past two fine posts scored above it.
    const scored = new Map([
      ['named-attack' as const, [
        { post: 'r1', p: 0.9, positive: true },
        { post: 't1', p: 0.8, positive: false },
        { post: 't2', p: 0.7, positive: false },
        { post: 'r2', p: 0.6, positive: true },
        ...Array.from({ length: 20 }, (_, k) => ({ post: `f${k}`, p: 0.1, positive: false })),
      ]],
    ]);
    const posts = (contrast: boolean) =>
      new Map([
        ['r1', { risky: true, fine: false }],
        ['r2', { risky: true, fine: false }],
        ['t1', { risky: false, fine: true, contrast }],
        ['t2', { risky: false, fine: true, contrast }],
        ...Array.from({ length: 20 }, (_, k) => [`f${k}`, { risky: false, fine: true }] as const),
      ]);
    // As natural posts the two alarms break a 5% budget (1 of 22 allowed); as twins they cost none of it.
    expect(chooseThresholdsJointly(scored, posts(false), 0.05).get('named-attack')).toBeGreaterThan(0.8);
    expect(chooseThresholdsJointly(scored, posts(true), 0.05).get('named-attack')).toBeLessThanOrEqual(0.6);
  });

  it('takes no step that catches fewer risky posts per fine post than the floor, budget or no budget', () => {
    // Forty fine posts, a budget of four alarms: the step to 0.6 buys one risky post for one fine one (1 / 1.5 < 3).
    const low = Array.from({ length: 38 }, (_, k) => ({ post: `f${k}`, p: 0.05, positive: false }));
    const scored = new Map([['politics' as const, [{ post: 'r1', p: 0.9, positive: true }, { post: 'fA', p: 0.7, positive: false }, { post: 'r2', p: 0.6, positive: true }, { post: 'fB', p: 0.3, positive: false }, ...low]]]);
    const posts = new Map<string, { risky: boolean; fine: boolean }>([
      ['r1', { risky: true, fine: false }],
      ['r2', { risky: true, fine: false }],
      ['fA', { risky: false, fine: true }],
      ['fB', { risky: false, fine: true }],
      ...low.map((x) => [x.post, { risky: false, fine: true }] as const),
    ]);
    expect(chooseThresholdsJointly(scored, posts, 0.1).get('politics')).toBeLessThanOrEqual(0.6);
    expect(chooseThresholdsJointly(scored, posts, 0.1, {}, 3).get('politics')).toBeGreaterThan(0.7);
  });

  it("weighs a family's risky posts when the alarm budget has room for only one family", () => {
    // One fine alarm allowed (of 20 fine posts). Health's two risky posts are worth its alarm more than named-attack's one,
    // unless a named attack counts three times as much.
    const low = Array.from({ length: 18 }, (_, k) => ({ post: `f${k}`, p: 0.05, positive: false }));
    const scored = new Map([
      ['named-attack' as const, [{ post: 'fA', p: 0.9, positive: false }, { post: 'rA', p: 0.8, positive: true }, ...low]],
      ['health' as const, [{ post: 'fH', p: 0.9, positive: false }, { post: 'rH1', p: 0.8, positive: true }, { post: 'rH2', p: 0.7, positive: true }, ...low]],
    ]);
    const posts = new Map<string, { risky: boolean; fine: boolean }>([
      ['rA', { risky: true, fine: false }],
      ['rH1', { risky: true, fine: false }],
      ['rH2', { risky: true, fine: false }],
      ['fA', { risky: false, fine: true }],
      ['fH', { risky: false, fine: true }],
      ...low.map((x) => [x.post, { risky: false, fine: true }] as const),
    ]);
    const plain = chooseThresholdsJointly(scored, posts, 0.05);
    expect(plain.get('health')).toBeLessThanOrEqual(0.7);
    expect(plain.get('named-attack')).toBeGreaterThan(0.9);
    const weighed = chooseThresholdsJointly(scored, posts, 0.05, { 'named-attack': 3 });
    expect(weighed.get('named-attack')).toBeLessThanOrEqual(0.8);
    expect(weighed.get('health')).toBeGreaterThan(0.9);
  });

  describe('the smooth joint choice', () => {
    // Fine posts spread evenly below 0.5; risky ones of one family above and among them.
    const spread = (family: 'health' | 'politics', risky: number[], fine: number[], prefix = '') => {
      const list = [
        ...risky.map((p, k) => ({ post: `${prefix}r${k}`, p, positive: true })),
        ...fine.map((p, k) => ({ post: `${prefix}f${k}`, p, positive: false })),
      ];
      const posts = new Map<string, { risky: boolean; fine: boolean; contrast?: boolean }>([
        ...risky.map((_p, k) => [`${prefix}r${k}`, { risky: true, fine: false }] as const),
        ...fine.map((_p, k) => [`${prefix}f${k}`, { risky: false, fine: true }] as const),
      ]);
      return { scored: new Map([[family, list]]), posts };
    };
    const fine = Array.from({ length: 100 }, (_, k) => 0.005 * k + 0.01);

    it('warns no more fine posts outright than the budget allows', () => {
      const risky = [0.95, 0.9, 0.85, 0.8, 0.6, 0.5, 0.49, 0.48, 0.47, 0.46, 0.45, 0.44];
      const { scored, posts } = spread('health', risky, fine);
      for (const budget of [0, 0.02, 0.05, 0.1]) {
        const t = chooseThresholdsSmoothly(scored, posts, budget, 0.2).get('health')!;
        expect(fine.filter((p) => p >= t).length).toBeLessThanOrEqual(Math.floor(budget * 100));
      }
      // More budget, more risky posts caught.
      // (Six risky posts sit among the top fourteen fine ones: a budget of fifteen buys them.)
      const caught = (budget: number) => risky.filter((p) => p >= chooseThresholdsSmoothly(scored, posts, budget, 0.2).get('health')!).length;
      expect(caught(0)).toBeLessThanOrEqual(6);
      expect(caught(0.15)).toBeGreaterThan(caught(0) + 3);
    });

    it('leaves written twins out of the budget', () => {
      const { scored, posts } = spread('health', [0.9, 0.6], [0.8, 0.7, ...Array(20).fill(0.1)]);
      expect(chooseThresholdsSmoothly(scored, posts, 0.05, 0.2).get('health')).toBeGreaterThan(0.8);
      posts.set('f0', { risky: false, fine: true, contrast: true });
      posts.set('f1', { risky: false, fine: true, contrast: true });
      expect(chooseThresholdsSmoothly(scored, posts, 0.05, 0.2).get('health')).toBeLessThanOrEqual(0.6);
    });

    it('pays at least the floor price for a fine post, budget or no budget', () => {
      // One risky post at 0.6 sits among fine ones: catching it costs about as many fine posts as it gains.
      const { scored, posts } = spread('politics', [0.9, 0.6], [0.7, 0.62, 0.58, 0.3, ...Array(36).fill(0.05)]);
      expect(chooseThresholdsSmoothly(scored, posts, 0.2, 0.2, 0).get('politics')).toBeLessThanOrEqual(0.6);
      expect(chooseThresholdsSmoothly(scored, posts, 0.2, 0.2, 3).get('politics')).toBeGreaterThan(0.7);
    });

    it('moves less than the greedy choice when the probabilities move a little', () => {
      // 1,500 posts, 450 risky across three families; six copies whose log-odds differ by a little noise, as the held-out
      // probabilities of two partitions of the same people do.
      let seed = 7;
      const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
      const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
      const families = ['health', 'politics', 'substances'] as const;
      const base = Array.from({ length: 1500 }, (_, i) => {
        const family = i < 450 ? families[i % 3]! : null;
        return { post: `p${i}`, family, z: families.map((f) => (family === f ? 1 : -3) + 1.5 * gauss()) };
      });
      const posts = new Map(base.map((b) => [b.post, { risky: b.family !== null, fine: b.family === null }]));
      const copies = [1, 2, 3, 4, 5, 6].map((s) => {
        seed = s;
        const scored = new Map(families.map((f, j) => [f, base.map((b) => ({ post: b.post, p: 1 / (1 + Math.exp(-(b.z[j]! + 0.1 * gauss()))), positive: b.family === f }))]));
        return { greedy: chooseThresholdsJointly(scored, posts, 0.035, {}, 3), smooth: chooseThresholdsSmoothly(scored, posts, 0.035, 0.2, 3) };
      });
      const spread = (pick: (c: (typeof copies)[number]) => Map<string, number>, f: string) => Math.max(...copies.map((c) => pick(c).get(f)!)) - Math.min(...copies.map((c) => pick(c).get(f)!));
      for (const f of families) expect(spread((c) => c.smooth, f)).toBeLessThan(0.04);
      const total = (pick: (c: (typeof copies)[number]) => Map<string, number>) => families.reduce((a, f) => a + spread(pick, f), 0);
      expect(total((c) => c.smooth)).toBeLessThan(total((c) => c.greedy) / 2);
    });
  });

  it('knows a twin by its reason, and only a fine one', () => {
    expect(isContrastTwin({ expect: [], why: 'twin of tr4-x-012: the same outage without swearing.' })).toBe(true);
    expect(isContrastTwin({ expect: [], why: 'Drinking on the personal identity is fine.' })).toBe(false);
    expect(isContrastTwin({ expect: ['profanity'], why: 'twin of tr4-x-011, with the swearing left in' })).toBe(false);
  });

  it('gives a family with nothing to learn no model', () => {
    expect(trainFamily([ex('a', ['w:x'], false), ex('b', ['w:x'], false)], { minPersonas: 1, l2: 0.01, epochs: 10, learningRate: 0.05, thresholdFolds: 0, alarmCost: 8 })).toBeNull();
  });

  it('never reads the held-out test and holdout splits', () => {
    expect(readableSplits()).not.toContain('test');
    expect(readableSplits()).not.toContain('holdout');
    expect(() => collectFeatures(['test'])).toThrow(/held out/);
    expect(() => collectFeatures(['holdout'])).toThrow(/held out/);
    expect(readableSplits()).not.toContain('validation');
    expect(() => collectFeatures(['validation'])).toThrow(/held out/);
    expect(() => collectFeatures(['holdout2'])).toThrow(/held out/);
    expect(() => collectFeatures(['holdout3'])).toThrow(/held out/);
    expect(() => collectFeatures(['holdout4'])).toThrow(/held out/);
    expect(() => collectFeatures(['holdout5'])).toThrow(/held out/);
  });

  it('deals every person to one fold in each partition, and the partitions differ', () => {
    const people = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const partitions = [0, 1, 2].map((r) => foldsOf(people, 4, r));
    for (const folds of partitions) expect(folds.flat().sort()).toEqual([...people].sort());
    const key = (folds: string[][]) => folds.map((f) => [...f].sort().join(',')).sort().join('|');
    expect(new Set(partitions.map(key)).size).toBe(3);
    // The same partition on every machine and run: the committed model depends on it.
    expect(foldsOf(people, 4, 1)).toEqual([
      ['p8', 'p6', 'p2'],
      ['p9', 'p7', 'p3'],
      ['p4', 'p0', 'p11'],
      ['p5', 'p1', 'p10'],
    ]);
  });

  // Training fits 25 regressions a family (six partitions of four folds, and the whole): 4 minutes on this two-core
  // machine with other work beside it (6,399 posts since the forty-seventh round), so room to spare for a loaded runner.
  it('the committed model is what the training script makes from the corpus', () => {
    expect(readFileSync(MODEL_OUTPUT, 'utf8')).toBe(renderModel(buildModel()));
  }, 900_000);
});
