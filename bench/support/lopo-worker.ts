/** A worker of `leaveOnePersonaOutInParallel` (lopo.ts): trains and scores the folds of the personas it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import type { TrainOptions } from '../../scripts/warnings-model/trainer';
import { foldsOf, lopoCorpus } from './lopo';

const { held, options } = workerData as { held: string[]; options: TrainOptions };
const { posts, probes } = lopoCorpus();
parentPort!.postMessage(foldsOf(held, posts, options, probes));
