/**
 * Recognition of large request bodies on a worker thread, so that parsing a
 * hostile body of a few megabytes (deep JSON, thousands of fields, broken
 * escapes) never blocks the main process: what the main thread pays is one
 * structured clone of the body each way. Small bodies are recognised inline
 * by the guard (see DEFAULT_INLINE_MAX_CHARS); the worker runs the same
 * shared/sites code.
 *
 * One worker, started on first use and kept; a call that takes longer than
 * `timeoutMs` ends the worker (it is busy with something hostile) and is
 * answered as unreadable: a known post endpoint is then held with its text
 * unknown, an unknown site's request reported as not held. Resolves or
 * rejects; the guard turns a rejection into that same answer.
 */
import type { OutgoingRequest, Recognition, RecogniseOptions } from '../../../../shared/sites';

/** What the guard sends the worker, and what comes back. */
export interface RecogniseJob {
  id: number;
  request: OutgoingRequest;
  options: RecogniseOptions;
}
export type RecogniseReply = { id: number; result: Recognition } | { id: number; error: string };

/** The part of node:worker_threads' Worker this uses (tests and the app give a real one). */
export interface WorkerLike {
  postMessage(job: RecogniseJob): void;
  on(event: 'message', listener: (reply: RecogniseReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number> | void;
  unref?(): void;
}

export const DEFAULT_OFF_THREAD_TIMEOUT_MS = 3000;

interface Waiting {
  resolve(result: Recognition): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class OffThreadRecogniser {
  private worker: WorkerLike | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly timeoutMs = DEFAULT_OFF_THREAD_TIMEOUT_MS,
  ) {}

  /** Starts the worker now, so the first large body does not wait for it. */
  warm(): void {
    this.ensure();
  }

  recognise(request: OutgoingRequest, options: RecogniseOptions): Promise<Recognition> {
    if (this.disposed) return Promise.reject(new Error('The recogniser was shut down.'));
    if (typeof options.heuristic === 'function') return Promise.reject(new Error('Resolve the heuristic switch before sending it to the worker.'));
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<Recognition>((resolve, reject) => {
      const timer = setTimeout(() => this.restart(new Error(`Recognition took longer than ${this.timeoutMs} ms.`)), this.timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      try {
        worker.postMessage({ id, request, options });
      } catch (error) {
        this.settle(id, { id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.restart(new Error('The recogniser was shut down.'));
  }

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.unref?.();
    worker.on('message', (reply) => this.settle(reply.id, reply));
    worker.on('error', (error) => {
      if (this.worker === worker) this.restart(error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.restart(new Error('The recognition worker stopped.'));
    });
    this.worker = worker;
    return worker;
  }

  private settle(id: number, reply: RecogniseReply): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    clearTimeout(w.timer);
    if ('result' in reply) w.resolve(reply.result);
    else w.reject(new Error(reply.error));
  }

  /** Ends the current worker and fails every call waiting on it; the next call starts a new one. */
  private restart(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      this.waiting.delete(id);
      w.reject(error);
    }
    if (worker) void Promise.resolve(worker.terminate()).catch(() => undefined);
  }
}
