/**
 * The quits Hatstand was asked for, as the windows that hold their close to ask their site pages first see them
 * (sites-before-close.ts). Holding a close cancels the quit (browser.cc, OnWindowCloseCancelled), so such a window
 * quits again once its pages have gone; unless the person meanwhile chose to stay, in that window or another, which
 * ends every quit asked so far (asked again, they would be asked again).
 *
 * A quit stays under way until the person declines it: Electron asks every window to close from within `app.quit()`
 * (window_list.cc, CloseAllWindows), but a macOS window changing full screen closes only once the change has ended
 * (native_window_mac.mm, Close: SetHasDeferredWindowClose), and a window held for its pages asks for the quit again
 * later. Every other way a quit ends is the process ending.
 */
export class QuitsAsked {
  private count = 0;
  private declinedUpTo = 0;

  /** 'before-quit' came. */
  started(): void {
    this.count++;
  }

  /** The quit under way, which a window's close now is part of, or null. */
  current(): number | null {
    return this.count > this.declinedUpTo ? this.count : null;
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
