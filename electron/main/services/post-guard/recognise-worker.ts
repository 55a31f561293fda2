/**
 * The worker side of OffThreadRecogniser: runs shared/sites' classify on each
 * job and answers with its result. Built as its own entry
 * (out/main/recognise-worker.js, see electron.vite.config.ts).
 */
import { parentPort } from 'node:worker_threads';
import { classify } from '../../../../shared/sites';
import type { RecogniseJob, RecogniseReply } from './off-thread';

const port = parentPort;
if (!port) throw new Error('recognise-worker must run as a worker thread.');

port.on('message', (job: RecogniseJob) => {
  let reply: RecogniseReply;
  try {
    reply = { id: job.id, result: classify(job.request, job.options) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
