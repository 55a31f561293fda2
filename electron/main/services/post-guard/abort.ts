/**
 * A minimal abort signal for the guard's hot path. The guard follows every
 * held request (the page may give it up) and withdraws every sheet it stops
 * waiting for; Node's AbortController with one listener costs about 16 µs per
 * request on this machine (EventTarget), more than the rest of the guard's
 * work on a request that is not a post. This one costs an object.
 */
export interface AbortLike {
  readonly aborted: boolean;
  /** Calls `listener` once when aborted (at once if it already is); returns its removal. */
  onAbort(listener: () => void): () => void;
}

export class Abort implements AbortLike {
  private done = false;
  private listeners: Array<() => void> | null = null;

  get aborted(): boolean {
    return this.done;
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners) for (const l of listeners) l();
  }

  onAbort(listener: () => void): () => void {
    if (this.done) {
      listener();
      return () => undefined;
    }
    (this.listeners ??= []).push(listener);
    return () => {
      const i = this.listeners?.indexOf(listener) ?? -1;
      if (i >= 0) this.listeners!.splice(i, 1);
    };
  }
}
