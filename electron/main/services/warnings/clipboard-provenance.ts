import { createHash } from 'node:crypto';

/**
 * Which identity's window the clipboard text was copied in. The glue notes
 * the clipboard whenever an identity window loses focus (the moment a copied
 * text can travel to another window); the warning engine then learns that a
 * text being posted contains something copied in another identity.
 *
 * Only a hash and a short form of the copied text are kept, in memory, and
 * forgotten when Hatstand quits (`forgetAll`): its length, the SHA-256 of its
 * normalised form, and its first few characters as an anchor. A posted text
 * contains the copied one when, at some place where the anchor occurs, the
 * next `length` characters hash to the same value.
 */
const MIN_LENGTH = 16;
/** Characters kept in clear: enough to find candidate places quickly, too few to say what was copied. */
const ANCHOR_LENGTH = 8;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Noted {
  identityId: string;
  length: number;
  hash: string;
  anchor: string;
}

export class ClipboardProvenance {
  private last: Noted | null = null;

  note(identityId: string, clipboardText: string): void {
    const text = normalise(clipboardText);
    if (text.length < MIN_LENGTH) return;
    const hash = sha256(text);
    // The same text noted again from another window keeps its first origin.
    if (this.last?.hash === hash) return;
    this.last = { identityId, length: text.length, hash, anchor: text.slice(0, ANCHOR_LENGTH) };
  }

  /** The other identity this text was (partly) copied from, if any. */
  sourceFor(actingIdentityId: string, text: string): string | undefined {
    const last = this.last;
    if (!last || last.identityId === actingIdentityId) return undefined;
    const posted = normalise(text);
    for (let at = posted.indexOf(last.anchor); at !== -1 && at + last.length <= posted.length; at = posted.indexOf(last.anchor, at + 1)) {
      if (sha256(posted.slice(at, at + last.length)) === last.hash) return last.identityId;
    }
    return undefined;
  }

  forget(identityId: string): void {
    if (this.last?.identityId === identityId) this.last = null;
  }

  /** Hatstand is quitting: nothing of what was copied outlives it. */
  forgetAll(): void {
    this.last = null;
  }
}
