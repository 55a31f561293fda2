import { loadPage } from '../keep-running';
import type { PageContents } from './surface';

/**
 * The glue of link routing (the decision is shared/domain/link-routing.ts,
 * the asking is services/links/link-router.ts). `route(url, openHere)` says
 * whether the router took a link over; `openHere` is how the router opens it
 * in this identity after "here" was chosen.
 */
export type RouteLink = (url: string, openHere: () => void) => boolean;

/**
 * A link followed in the page itself (same tab). "Here" loads it in the same
 * page; loadURL does not emit will-navigate (docs/api/web-contents.md, Event:
 * 'will-navigate'), so it is not asked twice, and so it is loaded as `secure`
 * makes it (https unless the person allowed http for the host: the safety
 * net's upgrade sees only navigations). The listener goes before the safety
 * net's, added when the contents was created: the person is asked before
 * anything loads, and the net leaves a link taken here alone.
 */
export function routeNavigations(contents: Pick<PageContents, 'prependListener' | 'loadURL'>, route: RouteLink, secure: (url: string) => string = (url) => url): void {
  contents.prependListener('will-navigate', (event) => {
    if (!event.isMainFrame) return;
    const url = event.url;
    if (route(url, () => loadPage(() => contents.loadURL(secure(url)), secure(url)))) event.preventDefault();
  });
}

/**
 * window.open, target=_blank and modifier clicks: true when the window-open
 * handler must deny (the router took the link). The page's own window is
 * refused then, so "here" is the identity window showing the link itself
 * (`openHere`: identity-window.ts openLink, with the click's referrer and body).
 */
export function routeWindowOpen(url: string, route: RouteLink | undefined, openHere: () => void): boolean {
  return route?.(url, openHere) ?? false;
}
