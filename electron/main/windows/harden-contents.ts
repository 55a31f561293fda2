import { decideChromeNavigation, decideSiteNavigation } from '../security/navigation-policy';
import type { PageContents } from './surface';

/**
 * Our own UI pages: no navigation away, no new windows, no webviews. The
 * page is a bundled single page, so any of these would be an attack.
 */
export function hardenChromeContents(
  contents: Pick<PageContents, 'on' | 'setWindowOpenHandler'>,
  pageUrl: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (decideChromeNavigation(url, pageUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideChromeNavigation(url, pageUrl) === 'deny') event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * A site view: web schemes only, and no <webview> smuggled in. A page's own navigation to another app's address
 * (mailto:, a Zoom meeting) is refused too, so that Electron never hands it to the OS on its own (its 'openExternal'
 * request sees only the site, and an allowed one opens any scheme: electron_browser_client.cc, HandleExternalProtocol);
 * one the page's main frame asked for itself is given to `onAppLink` instead, which decides on its scheme and asks the
 * person. Only `will-frame-navigate` offers it: it comes first for the main frame too, and prevented, no `will-navigate`
 * follows. Both its `frame` and its `initiator` must be the page's main frame: a sub-frame's own navigation, a fenced
 * frame's (whose `isMainFrame` is true too), and a cross-site frame navigating the top (`target="_top"`) are refused
 * without a question naming the top page (electron.d.ts, WebContentsWillFrameNavigateEventParams; one WebFrameMain per
 * frame, electron_api_web_frame_main.cc, WebFrameMain::From).
 */
export function hardenSiteContents(contents: Pick<PageContents, 'on' | 'mainFrame'>, onAppLink?: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (decideSiteNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideSiteNavigation(event.url) === 'deny') {
      event.preventDefault();
      const main = contents.mainFrame;
      if (main && event.frame === main && event.initiator === main) onAppLink?.(event.url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
