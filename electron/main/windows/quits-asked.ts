/**
 * The quits Hatstand was asked for, as the windows that hold their close to ask their site pages first see them
 * (sites-before-close.ts). Holding a close cancels the quit (browser.cc, OnWindowCloseCancelled), so such a window
 * quits again once its pages have gone; unless the person meanwhile chose to stay, in that window or another, which
 * ends every quit asked so far (asked again, they would be asked again).
 */
export class QuitsAsked {
  private count = 0;
  private asking: number | null = null;
  private declinedUpTo = 0;

  /**
   * 'before-quit' came: Electron now asks every window to close, in this same task (browser.cc, Quit;
   * window_list.cc, CloseAllWindows; native_window_views.cc and native_window_mac.mm emit 'close' from within Close()).
   */
  started(): void {
    const quit = ++this.count;
    this.asking = quit;
    setImmediate(() => {
      if (this.asking === quit) this.asking = null;
    });
  }

  /** The quit a window's close now is part of, or null: closed by the person, or by a page. */
  current(): number | null {
    return this.asking;
  }

  /** The person chose to stay (a site page's question, the composer's): the quits asked so far end. */
  declined(): void {
    this.declinedUpTo = this.count;
  }

  /** Whether a window that held its close for this quit goes on with it. */
  wanted(quit: number): boolean {
    return quit > this.declinedUpTo;
  }
}
