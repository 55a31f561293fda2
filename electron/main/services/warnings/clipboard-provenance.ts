import { createHash } from 'node:crypto';

/**
 * Which identity's window the clipboard text was copied in. The glue notes
 * the clipboard whenever an identity window loses focus (the moment a copied
 * text can travel to another window); the warning engine then learns that a
 * text being posted contains something copied in another identity.
 * Only a hash and a short normalised form are kept, in memory.
 */
const MIN_LENGTH = 16;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export class ClipboardProvenance {
  private last: { identityId: string; text: string; hash: string } | null = null;

  note(identityId: string, clipboardText: string): void {
    const text = normalise(clipboardText);
    if (text.length < MIN_LENGTH) return;
    const hash = createHash('sha256').update(text).digest('hex');
    // The same text noted again from another window keeps its first origin.
    if (this.last?.hash === hash) return;
    this.last = { identityId, text, hash };
  }

  /** The other identity this text was (partly) copied from, if any. */
  sourceFor(actingIdentityId: string, text: string): string | undefined {
    if (!this.last || this.last.identityId === actingIdentityId) return undefined;
    return normalise(text).includes(this.last.text) ? this.last.identityId : undefined;
  }

  forget(identityId: string): void {
    if (this.last?.identityId === identityId) this.last = null;
  }
}
