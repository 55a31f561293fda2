/**
 * Whose window the clipboard's content was copied in (electron/main/session/clipboard-owner.ts): what the person
 * copied in one identity's window is withheld from another identity's sites allowed to read the clipboard. The
 * clipboard is looked at as a window gains focus and as it loses it.
 */
import { describe, expect, it } from 'vitest';
import type { Clipboard } from 'electron';
import { ClipboardOwner, clipboardDigest } from '../../../electron/main/session/clipboard-owner';

const PRO = 'professional';
const PERSONAL = 'personal';

/** The clipboard as Electron 45 hands it: items of MIME types, each a Blob (docs/api/clipboard.md, read()). */
function clipboardHolding(formats: Record<string, string | Uint8Array>): Pick<Clipboard, 'read'> {
  const item = {
    types: Object.keys(formats),
    getType: (type: string) => Promise.resolve(new Blob([formats[type]!])),
  };
  return { read: () => Promise.resolve([item as unknown as Electron.ClipboardItem]) };
}
const empty: Pick<Clipboard, 'read'> = { read: () => Promise.resolve([]) };

describe('clipboard digest', () => {
  it('tells apart text, an image and nothing, and is the same for the same content', async () => {
    const text = await clipboardDigest(clipboardHolding({ 'text/plain': 'Mrs Okafor' }));
    expect(await clipboardDigest(clipboardHolding({ 'text/plain': 'Mrs Okafor' }))).toBe(text);
    expect(await clipboardDigest(clipboardHolding({ 'text/plain': 'Mrs Okafor, bed 4' }))).not.toBe(text);
    const photo = await clipboardDigest(clipboardHolding({ 'image/png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]) }));
    const otherPhoto = await clipboardDigest(clipboardHolding({ 'image/png': new Uint8Array([137, 80, 78, 71, 1, 2, 4]) }));
    expect(photo).not.toBe(otherPhoto);
    expect(new Set([text, photo, await clipboardDigest(empty)]).size).toBe(3);
  });
});

describe('clipboard owner', () => {
  it("credits what changed while a window had focus to that window's identity", async () => {
    const owner = new ClipboardOwner();
    const before = await clipboardDigest(clipboardHolding({ 'text/plain': 'lunch?' }));
    const photo = await clipboardDigest(clipboardHolding({ 'image/png': new Uint8Array([1, 2, 3]) }));
    owner.focused(PRO, before);
    owner.left(PRO, photo);
    expect(owner.copiedIn(photo)?.identityId).toBe(PRO);
    // Something else on the clipboard since: nobody's.
    expect(owner.copiedIn(before)).toBeUndefined();
  });

  it('does not credit a window with what was already on the clipboard when it gained focus (copied in another app)', async () => {
    const owner = new ClipboardOwner();
    const fromBrowser = await clipboardDigest(clipboardHolding({ 'text/plain': 'a recipe from the web' }));
    owner.focused(PRO, fromBrowser);
    owner.left(PRO, fromBrowser);
    expect(owner.copiedIn(fromBrowser)).toBeUndefined();
  });

  it('keeps the first window as the owner when the next window leaves it unchanged, and counts each new copy', async () => {
    const owner = new ClipboardOwner();
    const a = await clipboardDigest(clipboardHolding({ 'text/plain': 'client: Mr Patel' }));
    const b = await clipboardDigest(clipboardHolding({ 'text/plain': 'client: Ms Ruiz' }));
    owner.left(PRO, a);
    owner.focused(PERSONAL, a);
    owner.left(PERSONAL, a);
    const first = owner.copiedIn(a)!;
    expect(first.identityId).toBe(PRO);
    owner.focused(PRO, a);
    owner.left(PRO, b);
    const second = owner.copiedIn(b)!;
    expect(second.identityId).toBe(PRO);
    expect(second.copy).not.toBe(first.copy);
    // Copied in Personal's window meanwhile: Personal's.
    owner.focused(PERSONAL, b);
    owner.left(PERSONAL, a);
    expect(owner.copiedIn(a)?.identityId).toBe(PERSONAL);
  });

  it('owns nothing for an empty clipboard, and forgets everything at quit', async () => {
    const owner = new ClipboardOwner();
    const nothing = await clipboardDigest(empty);
    owner.left(PRO, nothing);
    expect(owner.copiedIn(nothing)).toBeUndefined();
    const a = await clipboardDigest(clipboardHolding({ 'text/plain': 'draft' }));
    owner.left(PRO, a);
    owner.forgetAll();
    expect(owner.copiedIn(a)).toBeUndefined();
  });
});
