/**
 * The composer's "Insert into <site>". Electron holds `executeJavaScript` until a loading page stops, and a page whose
 * renderer is gone never answers (the double models both), so an insert clicked while the site loads used to wait
 * silently and then insert the text once per click, and one into a crashed page never finished.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { professionalOnX } from './support/windows';

const EDITABLE_CHECK = /document\.activeElement/;

function xStillLoading() {
  const { w, page } = professionalOnX({ loaded: false });
  page.answerScript = (code) => EDITABLE_CHECK.test(code);
  const insert = (text: string) => w.windows.insertIntoSite(w.professional.id, text);
  return { w, page, insert };
}

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => void vi.useRealTimers());

describe('inserting a draft into the site', () => {
  it('types the text into the focused field of a loaded page', async () => {
    const { page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    await expect(insert('Quarterly results are out')).resolves.toBe(true);
    expect(page.insertedText).toEqual(['Quarterly results are out']);
  });

  it('says the page is still loading, and never inserts the clicks made meanwhile once it has loaded', async () => {
    const { page, insert } = xStillLoading();
    await expect(insert('one')).rejects.toThrow('has not finished loading; insert again once it shows');
    await expect(insert('one')).rejects.toThrow('has not finished loading');
    page.finishLoad('Home / X');
    await vi.advanceTimersByTimeAsync(0);
    expect(page.insertedText).toEqual([]);
  });

  it('inserts once when clicked twice', async () => {
    const { page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    const first = insert('twice');
    await expect(insert('twice')).rejects.toThrow('still being inserted');
    await expect(first).resolves.toBe(true);
    expect(page.insertedText).toEqual(['twice']);
  });

  it('tells a page that stopped working, and gives up on one that never answers', async () => {
    const { page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    page.crash();
    await expect(insert('gone')).rejects.toThrow('x.com stopped working; reload it, then insert again.');
    // A renderer that ends while the page is asked: no answer ever comes.
    const { page: other, insert: insertOther } = xStillLoading();
    other.finishLoad('Home / X');
    other.answerScript = () => new Promise(() => {});
    const asked = insertOther('late');
    const outcome = expect(asked).rejects.toThrow('did not answer; reload it, then insert again.');
    await vi.advanceTimersByTimeAsync(3_000);
    await outcome;
    // ... and the next insert is not refused as busy.
    other.answerScript = (code) => EDITABLE_CHECK.test(code);
    await expect(insertOther('again')).resolves.toBe(true);
  });

  it('a page that stops working between its answer and the text: says so, and the next insert is not refused as busy', async () => {
    const { page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    let answer: (value: boolean) => void = () => {};
    page.answerScript = () => new Promise<boolean>((resolve) => (answer = resolve));
    const asked = insert('meant for X');
    await vi.advanceTimersByTimeAsync(0);
    page.crash();
    answer(true);
    const outcome = expect(asked).rejects.toThrow('x.com stopped working; reload it, then insert again.');
    await vi.advanceTimersByTimeAsync(3_000);
    await outcome;
    expect(page.insertedText).toEqual([]);
    void page.loadURL('https://x.com/home');
    page.finishLoad('Home / X');
    page.answerScript = (code) => EDITABLE_CHECK.test(code);
    await expect(insert('again')).resolves.toBe(true);
  });

  it('a page that never answers the text itself: gives up, and the next insert is not refused as busy', async () => {
    const { page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    page.insertText = () => new Promise(() => {});
    const asked = insert('late');
    const outcome = expect(asked).rejects.toThrow('x.com did not answer; check whether the text is there before inserting it again.');
    await vi.advanceTimersByTimeAsync(3_000);
    await outcome;
    page.insertText = (text: string) => (page.insertedText.push(text), Promise.resolve());
    await expect(insert('again')).resolves.toBe(true);
  });

  /** An insert into the loaded X page, whose "is a text field focused?" is answered only when `answer` is called. */
  async function insertWaitingForAnswer() {
    const { w, page, insert } = xStillLoading();
    page.finishLoad('Home / X');
    let answer: (value: boolean) => void = () => {};
    page.answerScript = () => new Promise<boolean>((resolve) => (answer = resolve));
    const asked = insert('meant for X');
    await vi.advanceTimersByTimeAsync(0);
    return { w, page, asked, answer: (value: boolean) => answer(value) };
  }

  it('does not type into a page a confirmation sheet covered while it answered', async () => {
    const { w, page, asked, answer } = await insertWaitingForAnswer();
    w.windows.windowOf(w.professional.id)!.setSheetOpen(true);
    answer(true);
    await expect(asked).resolves.toBe(false);
    expect(page.insertedText).toEqual([]);
  });

  it('does not type into a page the person left while it answered', async () => {
    const { w, page, asked, answer } = await insertWaitingForAnswer();
    w.windows.showSite(w.professional.id, w.professional.sites.find((s) => s.label === 'LinkedIn')!.id);
    answer(true);
    await expect(asked).resolves.toBe(false);
    expect(page.insertedText).toEqual([]);
  });
});
