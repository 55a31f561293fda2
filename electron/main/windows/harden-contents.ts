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
 * the page's own (main frame) is given to `onAppLink` instead, which decides on its scheme and asks the person. Only
 * `will-frame-navigate` offers it: it comes first for the main frame too, and prevented, no `will-navigate` follows.
 */
export function hardenSiteContents(contents: Pick<PageContents, 'on'>, onAppLink?: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (decideSiteNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideSiteNavigation(event.url) === 'deny') {
      event.preventDefault();
      if (event.isMainFrame) onAppLink?.(event.url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
