/**
 * Whose window the clipboard's content was copied in (electron/main/session/clipboard-owner.ts): what the person
 * copied in one identity's window is withheld from another identity's sites allowed to read the clipboard. The
 * clipboard is looked at as a window gains focus and as it loses it, one look at a time, and a site's read is decided
 * after every look asked before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipboardOwner, clipboardDigest, lookWithin, NOBODY } from '../../../electron/main/session/clipboard-owner';

const PRO = 'professional';
const PERSONAL = 'personal';

/**
 * The system clipboard as Electron 45 hands it: asynchronous reads (docs/api/clipboard.md, readText() and has()).
 * `slow`: reads answer only after that many macrotasks (an image on Wayland, a busy selection owner); `broken`: they fail.
 */
function systemClipboard() {
  const board = { text: '', image: false, slow: 0, broken: false, reads: 0 };
  const answer = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) => {
      board.reads += 1;
      const settle = (left: number): void => {
        if (left > 0) return void setTimeout(() => settle(left - 1), 0);
        if (board.broken) reject(new Error('held by another app'));
        else resolve(value());
      };
      settle(board.slow);
    });
  const clipboard = { readText: () => answer(() => board.text), has: (type: string) => answer(() => type === 'image/png' && board.image) };
  return { board, owner: new ClipboardOwner(() => clipboardDigest(clipboard)) };
}

/** Lets the looks asked so far answer (a window's focus comes well before what is copied in it). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => vi.useRealTimers());

describe('clipboard owner', () => {
  it("credits what changed while a window had focus to that window's identity, text or image", async () => {
    const { board, owner } = systemClipboard();
    board.text = 'lunch?';
    owner.focused(PRO);
    await settled();
    board.text = '';
    board.image = true; // (a patient's photo, "Copy image")
    owner.left(PRO);
    expect((await owner.copiedInNow())?.identityId).toBe(PRO);
    // Something else on the clipboard since: nobody's.
    board.image = false;
    board.text = 'a recipe';
    expect(await owner.copiedInNow()).toBeUndefined();
  });

  it('does not credit a window with what was already on the clipboard when it gained focus (copied in another app)', async () => {
    const { board, owner } = systemClipboard();
    board.text = 'a recipe from the web';
    owner.focused(PRO);
    await settled();
    owner.left(PRO);
    expect(await owner.copiedInNow()).toBeUndefined();
  });

  it("decides a site's read after the look at the window just left, however slow that look is", async () => {
    const { board, owner } = systemClipboard();
    owner.focused(PRO);
    await settled();
    board.text = 'Mrs Okafor, bed 4';
    board.slow = 20;
    owner.left(PRO);
    owner.focused(PERSONAL);
    await settled();
    // (A site in Personal reads as its window gains focus, before Professional's look has answered.)
    expect((await owner.copiedInNow())?.identityId).toBe(PRO);
  });

  it("a look that fails at a window's blur makes what is on the clipboard nobody's to read until it changes", async () => {
    const { board, owner } = systemClipboard();
    owner.focused(PRO);
    await settled();
    board.text = 'the merger goes public on Friday';
    board.broken = true;
    owner.left(PRO);
    await expect(owner.copiedInNow()).rejects.toThrow();
    board.broken = false;
    // Refused to every identity, Professional's sites included (the window could not be told).
    expect((await owner.copiedInNow())?.identityId).toBe(NOBODY);
    board.text = 'something else';
    expect(await owner.copiedInNow()).toBeUndefined();
    // The next copy made in a window is that window's.
    owner.focused(PERSONAL);
    await settled();
    board.text = 'weekend plans';
    owner.left(PERSONAL);
    expect((await owner.copiedInNow())?.identityId).toBe(PERSONAL);
  });

  it("a failed look never hands another identity's copy to the window whose look failed (found by review)", async () => {
    // At a blur: B copies; A's blur look fails; A reads.
    const one = systemClipboard();
    one.owner.focused('B');
    await settled();
    one.board.text = "B's client list";
    one.owner.left('B');
    one.owner.focused('A');
    await settled();
    one.board.broken = true;
    one.owner.left('A');
    await settled();
    one.board.broken = false;
    one.owner.focused('A');
    expect((await one.owner.copiedInNow())?.identityId).not.toBe('A');
    // At a focus: A copies; B's focus look fails; B leaves and reads.
    const two = systemClipboard();
    two.owner.focused('A');
    await settled();
    two.board.text = "A's draft";
    two.owner.left('A');
    await settled();
    two.board.broken = true;
    two.owner.focused('B');
    await settled();
    two.board.broken = false;
    two.owner.left('B');
    two.owner.focused('B');
    expect((await two.owner.copiedInNow())?.identityId).toBe('A');
  });

  it('keeps the first window as the owner when the next window leaves it unchanged, and counts each new copy', async () => {
    const { board, owner } = systemClipboard();
    board.text = 'client: Mr Patel';
    owner.left(PRO);
    owner.focused(PERSONAL);
    await settled();
    owner.left(PERSONAL);
    const first = (await owner.copiedInNow())!;
    expect(first.identityId).toBe(PRO);
    owner.focused(PRO);
    await settled();
    board.text = 'client: Ms Ruiz';
    owner.left(PRO);
    const second = (await owner.copiedInNow())!;
    expect(second.identityId).toBe(PRO);
    expect(second.copy).not.toBe(first.copy);
  });

  it('owns nothing for an empty clipboard, and forgets everything at quit', async () => {
    const { board, owner } = systemClipboard();
    owner.focused(PRO);
    await settled();
    board.text = 'draft';
    owner.left(PRO);
    owner.forgetAll();
    expect(await owner.copiedInNow()).toBeUndefined();
    board.text = '';
    owner.left(PRO);
    expect(await owner.copiedInNow()).toBeUndefined();
  });

  it('reads only the text and whether there is an image, never every format of the OS', async () => {
    const { board, owner } = systemClipboard();
    owner.focused(PRO);
    await settled();
    await owner.copiedInNow();
    expect(board.reads).toBe(4);
  });
});

describe('a look bounded in time', () => {
  it('counts a clipboard that never answers as a failed look', async () => {
    vi.useFakeTimers();
    const look = lookWithin(() => new Promise<string>(() => {}), 2_000);
    const result = look();
    const settled = expect(result).rejects.toThrow('The clipboard did not answer.');
    await vi.advanceTimersByTimeAsync(2_000);
    await settled;
  });
});
