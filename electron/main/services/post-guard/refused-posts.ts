/**
 * The post guard's memory of posts with no page (a worker's) the person refused, so that a service worker's replay
 * of one is known. Workbox's BackgroundSync keeps a failed fetch for 7 days by default (workbox-background-sync
 * Queue.ts v7.2.0: `MAX_RETENTION_TIME = 60 * 24 * 7; // 7 days in minutes`). Electron exposes `registration.sync`
 * but its `register()` rejects ("Background Sync is disabled": electron/electron#9802, #31063), so Workbox's default
 * queue waits for a sync event that never comes (workbox#2393); a queue made with `forceSyncFallback: true` (workbox
 * PR #3020, made for Electron), like a hand-made retry queue, replays whenever the worker starts, usually at a later
 * launch. A replay the guard refuses makes its fetch reject, and `replayRequests()` puts it back at the head of the
 * queue (`unshiftRequest`, then `queue-replay-failed`): it comes back at every start until Workbox's retention runs
 * out, which is why the memory lasts that long. Each post is a keyed digest of its method, URL
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
/** Refusals remembered at most per identity (the least recently refused or replayed are forgotten first). */
export const MAX_REFUSED_REMEMBERED = 500;
/** How long a post waits for the keychain's key before this run falls back to memory. */
export const KEY_WAIT_MS = 5_000;
/**
 * After a fallback, how long before the keychain is asked once more (at the next post that needs the key): a person
 * who dismissed or was slow with the unlock prompt may have unlocked since, and then refusals kept from earlier runs
 * are known again. Only once: a keychain that is really locked or missing would otherwise prompt every time.
 */
export const KEY_RETRY_AFTER_MS = 10 * 60 * 1000;

/** Where a refused post is remembered: who refused it, the site it went to, and its digest. */
export interface RefusalKey {
  identityId: string;
  site: string;
  digest: string;
  /** Whether `digest` is under the keychain's key; if not (this run's key), it never goes to the store. */
  kept: boolean;
  /** Its digest under this run's key, when this run fell back earlier and then got the keychain's key. */
  runDigest?: string;
}

/** What is remembered of one refused post. */
export interface RefusalFound {
  refusedAt: number;
  /** Cancelled again on a sheet that said it was refused before: its replays are refused without asking. */
  final: boolean;
}

/** Where the memory is kept across runs (the store's `refused_posts`). */
export interface RefusalRecord {
  find(identityId: string, site: string, digest: string, notBefore: number): RefusalFound | undefined;
  any(identityId: string, notBefore: number): boolean;
  remember(post: { identityId: string; site: string; digest: string; kind: string; refusedAt: number; final?: boolean }, keep: { notBefore: number; max: number }): void;
  /** A worker sent it again and it was refused without asking: still wanted, so the last the cap forgets. */
  seen(identityId: string, site: string, digest: string, at: number): void;
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

interface Held {
  at: number;
  final: boolean;
  /** When it was last refreshed (refused, or replayed and refused again): the cap's order. */
  touched: number;
}

/** This run's memory when nothing outlives it (or a write to the store failed): at most MAX_REFUSED_REMEMBERED per identity. */
class InMemory implements RefusalRecord {
  private readonly posts = new Map<string, Held>();
  find(identityId: string, site: string, digest: string, notBefore: number): RefusalFound | undefined {
    const held = this.posts.get(`${identityId}|${site}|${digest}`);
    return held !== undefined && held.at >= notBefore ? { refusedAt: held.at, final: held.final } : undefined;
  }
  any(identityId: string, notBefore: number): boolean {
    for (const [key, held] of this.posts) if (held.at >= notBefore && key.startsWith(`${identityId}|`)) return true;
    return false;
  }
  remember(post: { identityId: string; site: string; digest: string; refusedAt: number; final?: boolean }, keep: { max: number }): void {
    const key = `${post.identityId}|${post.site}|${post.digest}`;
    const final = (this.posts.get(key)?.final ?? false) || post.final === true;
    this.posts.set(key, { at: post.refusedAt, final, touched: post.refusedAt });
    const mine = [...this.posts].filter(([k]) => k.startsWith(`${post.identityId}|`));
    if (mine.length <= keep.max) return;
    mine.sort(([, a], [, b]) => a.touched - b.touched);
    for (const [k] of mine.slice(0, mine.length - keep.max)) this.posts.delete(k);
  }
  seen(identityId: string, site: string, digest: string, at: number): void {
    const held = this.posts.get(`${identityId}|${site}|${digest}`);
    if (held) held.touched = Math.max(held.touched, at);
  }
  forget(identityId: string, site: string, digest: string): void {
    this.posts.delete(`${identityId}|${site}|${digest}`);
  }
  forgetBefore(at: number): number {
    let n = 0;
    for (const [key, held] of this.posts) if (held.at < at && this.posts.delete(key)) n += 1;
    return n;
  }
}

interface Active {
  key: Uint8Array;
  /** The store, when `key` is the keychain's. */
  record: RefusalRecord | undefined;
}

export class RefusalMemory {
  /**
   * This run's memory: every refusal when the keychain gave no key, and those the store failed to write (a full disk,
   * a read-only file), so that a replay in this run is still known, as it was before refusals outlived a run.
   */
  private readonly inMemory = new InMemory();
  /** The key of a run whose memory does not outlive it: what is remembered cannot be matched against a guessed text elsewhere. */
  private readonly runKey = randomBytes(32);
  private active: Promise<Active> | undefined;
  /** When this run fell back to memory (undefined: it has not). */
  private fellBackAt: number | undefined;
  private retried = false;
  /** Whether anything was remembered under `runKey` (then lookups try that digest too, once the keychain answers). */
  private runRows = false;
  private writeFailureTold = false;
  /** When the store last forgot what Workbox no longer keeps (at most once an hour: a worker may post often). */
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly timers: Timers,
    private readonly persisted?: PersistedRefusals,
  ) {}

  private notBefore(): number {
    return this.timers.now() - REFUSAL_RETENTION_MS;
  }

  private retryDue(): boolean {
    return this.fellBackAt !== undefined && !this.retried && this.timers.now() - this.fellBackAt >= KEY_RETRY_AFTER_MS;
  }

  /** Cheap, and asks no keychain: whether a worker's post from this identity may be a refusal's replay at all. */
  mayHold(identityId: string): boolean {
    const notBefore = this.notBefore();
    if (this.inMemory.any(identityId, notBefore)) return true;
    if (!this.persisted || (this.fellBackAt !== undefined && !this.retryDue())) return false;
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
    const { key, record } = await this.settle();
    const digest = digestOf(key, request.method, request.url, request.body);
    const kept = record !== undefined;
    return {
      identityId: request.identityId,
      site,
      digest,
      kept,
      ...(kept && this.runRows ? { runDigest: digestOf(this.runKey, request.method, request.url, request.body) } : {}),
    };
  }

  /** When the person refused it, and whether finally, if remembered (and not older than Workbox keeps a post). */
  async find(key: RefusalKey): Promise<RefusalFound | undefined> {
    const notBefore = this.notBefore();
    const record = key.kept ? this.persisted?.record : undefined;
    try {
      const stored = record?.find(key.identityId, key.site, key.digest, notBefore);
      if (stored !== undefined) return stored;
    } catch {
      // (An unreadable store: what this run holds is still asked.)
    }
    return this.inMemory.find(key.identityId, key.site, key.digest, notBefore) ?? (key.runDigest === undefined ? undefined : this.inMemory.find(key.identityId, key.site, key.runDigest, notBefore));
  }

  /** When the person refused it, if remembered. */
  async refusedAt(key: RefusalKey): Promise<number | undefined> {
    return (await this.find(key))?.refusedAt;
  }

  /** `final`: refused on a sheet that said it was refused before; its later replays are refused without asking. */
  async remember(key: RefusalKey, kind: string, refusedAt: number, final = false): Promise<void> {
    const post = { identityId: key.identityId, site: key.site, digest: key.digest, kind, refusedAt, final };
    const keep = { notBefore: this.notBefore(), max: MAX_REFUSED_REMEMBERED };
    const record = key.kept ? this.persisted?.record : undefined;
    if (record !== undefined) {
      try {
        record.remember(post, keep);
        this.inMemory.forget(key.identityId, key.site, key.digest);
        return;
      } catch (error) {
        // Remembering is a help, the refusal stands either way; but this run keeps it, as it did before the store.
        this.tellOnce(error);
      }
    } else if (!key.kept) this.runRows = true;
    this.inMemory.remember(post, keep);
  }

  /** A replay refused again without asking: still wanted, the last to be forgotten by the cap. */
  async seen(key: RefusalKey): Promise<void> {
    const at = this.timers.now();
    this.inMemory.seen(key.identityId, key.site, key.digest, at);
    if (key.runDigest !== undefined) this.inMemory.seen(key.identityId, key.site, key.runDigest, at);
    if (!key.kept) return;
    try {
      this.persisted?.record.seen(key.identityId, key.site, key.digest, at);
    } catch {
      // (Only the cap's order.)
    }
  }

  async forget(key: RefusalKey): Promise<void> {
    this.inMemory.forget(key.identityId, key.site, key.digest);
    if (key.runDigest !== undefined) this.inMemory.forget(key.identityId, key.site, key.runDigest);
    if (!key.kept) return;
    try {
      this.persisted?.record.forget(key.identityId, key.site, key.digest);
    } catch {
      // (Left to age out.)
    }
  }

  private tellOnce(error: unknown): void {
    if (this.writeFailureTold) return;
    this.writeFailureTold = true;
    this.safeWarn(`[post-guard] the store could not remember a refused post (${why(error)}); posts refused in this run are remembered only until Hatstand quits.`);
  }

  /**
   * The keychain's key and the store, or this run's key and memory: decided at the first need, and once more at the
   * first need KEY_RETRY_AFTER_MS after a fallback (what was refused meanwhile stays matched by its run-key digest).
   */
  private settle(): Promise<Active> {
    if (this.retryDue()) {
      this.retried = true;
      this.active = this.load();
    }
    this.active ??= this.load();
    return this.active;
  }

  private async load(): Promise<Active> {
    const persisted = this.persisted;
    if (!persisted) return { key: this.runKey, record: undefined };
    try {
      const key = await this.within(persisted.key(), KEY_WAIT_MS);
      if (key.length < 16) throw new Error('the key it holds is too short');
      return { key, record: persisted.record };
    } catch (error) {
      // (Said once: a retry that fails too says nothing more.)
      if (this.fellBackAt === undefined) {
        this.safeWarn(`[post-guard] the keychain could not give the key of refused posts (${why(error)}); posts refused in this run are remembered only until Hatstand quits.`);
      }
      this.fellBackAt = this.timers.now();
      return { key: this.runKey, record: undefined };
    }
  }

  private safeWarn(message: string): void {
    try {
      this.persisted?.warn(message);
    } catch {
      // (A log that fails changes nothing.)
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

function digestOf(key: Uint8Array, method: string, url: string, body: string): string {
  const hmac = createHmac('sha256', key);
  hmac.update(`${method.toUpperCase()}\n${url}\n`);
  hmac.update(body);
  return hmac.digest('hex').slice(0, 32);
}

function why(error: unknown): string {
  return error instanceof Error ? `${(error as { code?: string }).code ?? 'error'}: ${error.message}` : String(error);
}
