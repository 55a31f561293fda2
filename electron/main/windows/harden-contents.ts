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

/** A site view: web schemes only, and no <webview> smuggled in. */
export function hardenSiteContents(contents: Pick<PageContents, 'on'>): void {
  contents.on('will-navigate', (event, url) => {
    if (decideSiteNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideSiteNavigation(event.url) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
