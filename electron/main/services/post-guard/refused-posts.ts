/**
 * The post guard's memory of posts with no page (a worker's) the person refused, so that a service worker's replay
 * of one is known: Workbox's BackgroundSync keeps a failed fetch for 7 days by default (workbox-background-sync
 * Queue.ts: `MAX_RETENTION_TIME = 60 * 24 * 7; // 7 days in minutes`) and, as Electron has no Background Sync,
 * replays it when the worker next starts, usually at a later launch. Each post is a keyed digest of its method, URL
 * and body, never its text. With a store and a key from the OS keychain the memory outlives the run; a keychain that
 * is locked or missing leaves it in memory for the run, as before, said once to the log.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** How long Workbox keeps a queued request by default, counted from when it was queued (Queue.ts, _removeRequest). */
export const WORKBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * How long a refusal is remembered: Workbox's time, and an hour more, because Workbox counts from when the worker
 * queued the failed fetch, which is after the person's refusal (and the two clocks may differ a little).
 */
export const REFUSAL_RETENTION_MS = WORKBOX_RETENTION_MS + 60 * 60 * 1000;
/** Refusals remembered at most (the oldest are forgotten first). */
export const MAX_REFUSED_REMEMBERED = 500;
/** How long a post waits for the keychain's key before this run falls back to memory. */
export const KEY_WAIT_MS = 5_000;

/** Where a refused post is remembered: who refused it, the site it went to, and its digest. */
export interface RefusalKey {
  identityId: string;
  site: string;
  digest: string;
}

/** Where the memory is kept across runs (the store's `refused_posts`). */
export interface RefusalRecord {
  refusedAt(identityId: string, site: string, digest: string, notBefore: number): number | undefined;
  any(identityId: string, notBefore: number): boolean;
  remember(post: RefusalKey & { kind: string; refusedAt: number }, keep: { notBefore: number; max: number }): void;
  forget(identityId: string, site: string, digest: string): void;
  forgetBefore(at: number): number;
}

/** What makes the memory outlive a run: a record, the digest key from the OS keychain, and the log to say it could not. */
export interface PersistedRefusals {
  record: RefusalRecord;
  /** The digest's key (at least 16 bytes), the same every run; rejects when the keychain is locked or missing. */
  key(): Promise<Uint8Array>;
  /** The main process's log: told once when this run's memory stays in memory. */
  warn(message: string): void;
}

interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** This run's memory when nothing outlives it: insertion order is age, at most MAX_REFUSED_REMEMBERED. */
class InMemory implements RefusalRecord {
  private readonly posts = new Map<string, number>();
  refusedAt(identityId: string, site: string, digest: string, notBefore: number): number | undefined {
    const at = this.posts.get(`${identityId}|${site}|${digest}`);
    return at !== undefined && at >= notBefore ? at : undefined;
  }
  any(identityId: string, notBefore: number): boolean {
    for (const [key, at] of this.posts) if (at >= notBefore && key.startsWith(`${identityId}|`)) return true;
    return false;
  }
  remember(post: RefusalKey & { refusedAt: number }, keep: { max: number }): void {
    const key = `${post.identityId}|${post.site}|${post.digest}`;
    this.posts.delete(key);
    this.posts.set(key, post.refusedAt);
    while (this.posts.size > keep.max) this.posts.delete(this.posts.keys().next().value!);
  }
  forget(identityId: string, site: string, digest: string): void {
    this.posts.delete(`${identityId}|${site}|${digest}`);
  }
  forgetBefore(at: number): number {
    let n = 0;
    for (const [key, refusedAt] of this.posts) if (refusedAt < at && this.posts.delete(key)) n += 1;
    return n;
  }
}

interface Active {
  key: Uint8Array;
  record: RefusalRecord;
}

export class RefusalMemory {
  private readonly inMemory = new InMemory();
  /** The key of a run whose memory does not outlive it: what is remembered cannot be matched against a guessed text elsewhere. */
  private readonly runKey = randomBytes(32);
  private active: Promise<Active> | undefined;
  private fellBack = false;
  /** When the store last forgot what Workbox no longer keeps (at most once an hour: a worker may post often). */
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly timers: Timers,
    private readonly persisted?: PersistedRefusals,
  ) {}

  private notBefore(): number {
    return this.timers.now() - REFUSAL_RETENTION_MS;
  }

  /** Cheap, and asks no keychain: whether a worker's post from this identity may be a refusal's replay at all. */
  mayHold(identityId: string): boolean {
    const notBefore = this.notBefore();
    if (this.inMemory.any(identityId, notBefore)) return true;
    if (!this.persisted || this.fellBack) return false;
    try {
      // (Those older are never matched; forgotten from the file too, not only at the next refusal.)
      if (this.timers.now() - this.prunedAt > 60 * 60 * 1000) {
        this.prunedAt = this.timers.now();
        this.persisted.record.forgetBefore(notBefore);
      }
      return this.persisted.record.any(identityId, notBefore);
    } catch {
      return false;
    }
  }

  /**
   * Where the post is remembered, or undefined when its body was not read in full (no replay can be told). The body is
   * hashed as it is, not copied into one string with the method and URL (a body may be megabytes, on the main thread).
   */
  async keyOf(request: { identityId: string; method: string; url: string; body?: string; bodyGap?: unknown }, site: string): Promise<RefusalKey | undefined> {
    if (request.body === undefined || request.bodyGap !== undefined) return undefined;
    const { key } = await this.settle();
    const hmac = createHmac('sha256', key);
    hmac.update(`${request.method.toUpperCase()}\n${request.url}\n`);
    hmac.update(request.body);
    return { identityId: request.identityId, site, digest: hmac.digest('hex').slice(0, 32) };
  }

  /** When the person refused it, if remembered (and not older than Workbox keeps a post). */
  async refusedAt(key: RefusalKey): Promise<number | undefined> {
    const { record } = await this.settle();
    try {
      return record.refusedAt(key.identityId, key.site, key.digest, this.notBefore());
    } catch {
      return undefined; // (an unreadable store: the post is asked about as any other)
    }
  }

  async remember(key: RefusalKey, kind: string, refusedAt: number): Promise<void> {
    const { record } = await this.settle();
    try {
      record.remember({ ...key, kind, refusedAt }, { notBefore: this.notBefore(), max: MAX_REFUSED_REMEMBERED });
    } catch {
      // Remembering is a help: the refusal stands either way.
    }
  }

  async forget(key: RefusalKey): Promise<void> {
    const { record } = await this.settle();
    try {
      record.forget(key.identityId, key.site, key.digest);
    } catch {
      // (Left to age out.)
    }
  }

  /** Decided once per run: the keychain's key and the store, or this run's key and memory. */
  private settle(): Promise<Active> {
    this.active ??= this.load();
    return this.active;
  }

  private async load(): Promise<Active> {
    const persisted = this.persisted;
    if (!persisted) return { key: this.runKey, record: this.inMemory };
    try {
      const key = await this.within(persisted.key(), KEY_WAIT_MS);
      if (key.length < 16) throw new Error('the key it holds is too short');
      return { key, record: persisted.record };
    } catch (error) {
      this.fellBack = true;
      const why = error instanceof Error ? `${(error as { code?: string }).code ?? 'error'}: ${error.message}` : String(error);
      try {
        persisted.warn(`[post-guard] the keychain could not give the key of refused posts (${why}); posts refused in this run are remembered only until Hatstand quits.`);
      } catch {
        // (A log that fails changes nothing.)
      }
      return { key: this.runKey, record: this.inMemory };
    }
  }

  private within<T>(promise: Promise<T>, ms: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.timers.setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
      promise.then(
        (value) => {
          this.timers.clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          this.timers.clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}
