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
 */
export class ClipboardOwner {
  private readonly atFocus = new Map<string, string>();
  private owner: { identityId: string; digest: string } | null = null;
  /** Bumped whenever the owner changes: a refusal is told once per site for each thing copied. */
  private changes = 0;

  focused(identityId: string, digest: string): void {
    this.atFocus.set(identityId, digest);
  }

  left(identityId: string, digest: string): void {
    if (digest === EMPTY_DIGEST || this.atFocus.get(identityId) === digest) return;
    if (this.owner?.identityId === identityId && this.owner.digest === digest) return;
    this.owner = { identityId, digest };
    this.changes += 1;
  }

  /** The identity whose window the clipboard's content (`digest`, now) was copied in, if known. */
  copiedIn(digest: string): { identityId: string; copy: number } | undefined {
    return this.owner && digest !== EMPTY_DIGEST && this.owner.digest === digest ? { identityId: this.owner.identityId, copy: this.changes } : undefined;
  }

  forget(identityId: string): void {
    this.atFocus.delete(identityId);
    if (this.owner?.identityId === identityId) this.owner = null;
  }

  /** Hatstand is quitting: nothing of what was copied outlives it. */
  forgetAll(): void {
    this.atFocus.clear();
    this.owner = null;
  }
}

/** The most of each format that is hashed: an image of many megabytes is told apart by its start and its size. */
const HASHED_BYTES = 4 * 1024 * 1024;
const EMPTY_DIGEST = createHash('sha256').digest('hex');

/**
 * A digest of everything on the clipboard, every format (text, HTML, an image): a site allowed to read it may ask for
 * any of them (navigator.clipboard.read()). Electron 45's clipboard is asynchronous and hands each format as a Blob
 * (docs/api/clipboard.md, read(); docs/api/clipboard-item.md, getType). An empty clipboard has the empty digest, which
 * nobody owns.
 */
export async function clipboardDigest(clipboard: Pick<Clipboard, 'read'>): Promise<string> {
  const hash = createHash('sha256');
  for (const item of await clipboard.read()) {
    for (const type of [...item.types].sort()) {
      const payload = await item.getType(type);
      if (!(payload instanceof Blob)) continue; // (a bookmark's title and URL come with its text format too)
      hash.update(`${type}\0${payload.size}\0`);
      hash.update(new Uint8Array(await payload.slice(0, HASHED_BYTES).arrayBuffer()));
    }
  }
  return hash.digest('hex');
}
