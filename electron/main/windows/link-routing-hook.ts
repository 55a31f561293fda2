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
 * 'will-navigate'), so it is not asked twice.
 */
export function routeNavigations(contents: Pick<PageContents, 'on' | 'loadURL'>, route: RouteLink): void {
  contents.on('will-navigate', (event) => {
    if (!event.isMainFrame) return;
    const url = event.url;
    if (route(url, () => loadPage(() => contents.loadURL(url), url))) event.preventDefault();
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
