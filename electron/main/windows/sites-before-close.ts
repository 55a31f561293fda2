import type { PageContents } from './surface';

/**
 * An identity window's site pages, closed before the window with their beforeunload, as a browser asks before it
 * closes tabs. Electron runs only the window's own page's beforeunload when a window closes
 * (electron_api_browser_window.cc, OnCloseButtonClicked), and a view's page outlives its window until we close it
 * (docs/api/base-window.md, "Resource management"), so text typed in a site's own compose box would go without a word.
 *
 * Each page is closed with `close({ waitForBeforeUnload: true })` (electron_api_web_contents.cc, Close): one that asks
 * to stay emits `will-prevent-unload`, where the window asks the person (`asking`, `answered`); one that does not is
 * destroyed in a later task. Pages are closed one at a time, the shown one first, so that staying on one leaves the
 * others as they were.
 */
export class SitesBeforeClose {
  /** Per page being closed: what ends its wait (closed, or the person stayed), and the cap's timer. */
  private readonly waiting = new Map<PageContents, { settle: (stayed: boolean) => void; timer: ReturnType<typeof setTimeout> | null }>();

  /**
   * @param answerWithinMs how long a page has to close or ask before it is closed without its beforeunload (a renderer
   *   that never answers; Chromium's own beforeunload timeout usually comes first). The person's question stops it.
   */
  constructor(private readonly answerWithinMs: number) {}

  /** Whether this page is being closed for its window (its `will-prevent-unload` is the window's question). */
  closing(page: PageContents): boolean {
    return this.waiting.has(page);
  }

  /**
   * Closes the pages in turn while `goOn()`; resolves with the page the person chose to stay on, or null once every one
   * has gone or the window no longer closes.
   */
  async closeInTurn(pages: readonly PageContents[], goOn: () => boolean = () => true): Promise<PageContents | null> {
    for (const page of pages) {
      if (!goOn()) return null;
      if (page.isDestroyed()) continue;
      if (await this.closeOne(page)) return page;
    }
    return null;
  }

  /** The person is being asked about this page: however long they take, it is not closed meanwhile. */
  asking(page: PageContents): void {
    const wait = this.waiting.get(page);
    if (wait?.timer) clearTimeout(wait.timer);
    if (wait) wait.timer = null;
  }

  /** The person's answer for this page: staying ends the window's close; leaving lets the page close. */
  answered(page: PageContents, stayed: boolean): void {
    if (stayed) this.waiting.get(page)?.settle(true);
  }

  /** True when the person stayed on the page. */
  private closeOne(page: PageContents): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const gone = () => wait.settle(false);
      const wait = {
        settle: (stayed: boolean) => {
          // (Only this close's wait: a page stayed on earlier may be closed again, by a later close of the window.)
          if (this.waiting.get(page) !== wait) return;
          if (wait.timer) clearTimeout(wait.timer);
          this.waiting.delete(page);
          // (A page stayed on keeps no listener of this close: each close of its window would add one.)
          if (stayed) page.removeListener('destroyed', gone);
          resolve(stayed);
        },
        timer: setTimeout(() => {
          // (Not answered: closed as Electron closes a window's pages, without asking it.)
          if (!page.isDestroyed()) page.close();
        }, this.answerWithinMs) as ReturnType<typeof setTimeout> | null,
      };
      this.waiting.set(page, wait);
      page.once('destroyed', gone);
      page.close({ waitForBeforeUnload: true });
    });
  }
}
