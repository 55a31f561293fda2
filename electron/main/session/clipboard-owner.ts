import { createHash } from 'node:crypto';
import type { Clipboard } from 'electron';

/**
 * Whose window the clipboard's content was copied in, for sites allowed to read the clipboard: what the person copied
 * in one identity's window (a client's name, a patient's photo) is not handed to another identity's sites.
 *
 * Electron says nothing of a copy, so the clipboard is looked at when an identity's window gains focus and when it
 * loses it: content that changed while a window had focus was copied there (or in another app meanwhile, which a
 * person would not want handed over either). Content that was already there when the window gained focus is not
 * credited to it: it came from elsewhere. Only a digest is kept, in memory, and forgotten at quit.
 *
 * Looks are made one at a time, in order (`queue`), and a site's read is decided after every look asked before it:
 * a site in the window just focused must not be answered before the window just left has been looked at. A look that
 * fails at a window's blur makes what is on the clipboard then nobody's to read (NOBODY), whatever identity asks: a
 * site is refused something it might have been given, never given what it should not have.
 */
export class ClipboardOwner {
  private readonly atFocus = new Map<string, string>();
  private owner: { identityId: string; digest: string } | null = null;
  /** Bumped whenever the owner changes: a refusal is told once per site for each thing copied. */
  private changes = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by forgetAll: a look asked before it answers into nothing. */
  private era = 0;

  /** `look`: a digest of what the clipboard holds now (clipboardDigest, bounded in time: lookWithin). */
  constructor(private readonly look: () => Promise<string>) {}

  focused(identityId: string): void {
    this.afterLook((digest) => {
      // (Unknown: what is there at its blur is not taken from another identity, and is its own otherwise.)
      if (digest === null) this.atFocus.delete(identityId);
      else this.atFocus.set(identityId, digest);
    });
  }

  left(identityId: string): void {
    this.afterLook((digest) => {
      // Copied here or not, nobody can say: whatever is on the clipboard now is nobody's to read, until a look
      // succeeds and names it (settleUnknown).
      if (digest === null) return this.own(NOBODY, ANYTHING);
      if (digest === EMPTY_DIGEST || this.atFocus.get(identityId) === digest) return;
      // (Content another identity's window is known to have copied stays that identity's: refusing this window its own
      // identical copy is the safe mistake.)
      if (this.owner && this.owner.digest === digest && this.owner.identityId !== identityId) return;
      this.own(identityId, digest);
    });
  }

  /**
   * The identity whose window the clipboard's content was copied in, if known, with which copy it is; decided after
   * every look asked before. Rejects when the clipboard cannot be looked at.
   */
  copiedInNow(): Promise<{ identityId: string; copy: number } | undefined> {
    return this.inTurn(async () => {
      const digest = await this.look();
      this.settleUnknown(digest);
      const owner = this.owner;
      if (!owner || digest === EMPTY_DIGEST) return undefined;
      return owner.digest === ANYTHING || owner.digest === digest ? { identityId: owner.identityId, copy: this.changes } : undefined;
    });
  }

  forget(identityId: string): void {
    this.atFocus.delete(identityId);
    if (this.owner?.identityId === identityId) this.owner = null;
  }

  /** Hatstand is quitting: nothing of what was copied outlives it. */
  forgetAll(): void {
    this.era += 1;
    this.atFocus.clear();
    this.owner = null;
  }

  /** After a failed look, the first content seen is what nobody may read (it may be what was copied then). */
  private settleUnknown(digest: string): void {
    if (this.owner?.digest === ANYTHING) this.owner = { identityId: NOBODY, digest };
  }

  private own(identityId: string, digest: string): void {
    if (this.owner?.identityId === identityId && this.owner.digest === digest) return;
    this.owner = { identityId, digest };
    this.changes += 1;
  }

  /** Looks in turn, then `then` with the digest, or null when the look failed; nothing after forgetAll. */
  private afterLook(then: (digest: string | null) => void): void {
    const era = this.era;
    void this.inTurn(async () => {
      const digest = await this.look().catch(() => null);
      if (era !== this.era) return;
      if (digest !== null) this.settleUnknown(digest);
      then(digest);
    });
  }

  private inTurn<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Stands for "whatever is on the clipboard": a look at a window's blur failed. */
const ANYTHING = 'anything';
/** The owner nobody is: content whose window could not be told is refused to every identity's sites. */
export const NOBODY = '';
const EMPTY_DIGEST = createHash('sha256').update('\0').digest('hex');

/**
 * A digest of the clipboard's text, and whether it holds an image. Only these two are read: the whole clipboard
 * (`clipboard.read()`) would have Electron list and read every raw format of the OS (each a blocking selection request
 * on X11) and decode images on the main process, at every focus and blur. Two images are therefore told apart only by
 * the text beside them: a site is then refused an image copied in another app after one copied in another identity,
 * which costs little, since a person's own paste (Ctrl+V) never asks (clipboard_promise.cc, IsExecutingPaste).
 */
export async function clipboardDigest(clipboard: Pick<Clipboard, 'readText' | 'has'>): Promise<string> {
  const [text, image] = await Promise.all([clipboard.readText(), clipboard.has('image/png')]);
  return createHash('sha256').update(`${text}\0${image ? 'image' : ''}`).digest('hex');
}

/** A look that has not answered in `ms` has failed (a selection owner on X11 that never answers). */
export function lookWithin(look: () => Promise<string>, ms: number): () => Promise<string> {
  return () =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The clipboard did not answer.')), ms);
      look().then(
        (digest) => (clearTimeout(timer), resolve(digest)),
        (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
}
