import type { WebContents } from 'electron';

/**
 * The glue of link routing (the decision is shared/domain/link-routing.ts,
 * the asking is services/links/link-router.ts). `route(url, openHere)` says
 * whether the router took a link over; `openHere` is how the router opens it
 * in this view after "here" was chosen (loadURL does not emit will-navigate,
 * docs/api/web-contents.md, Event: 'will-navigate', so it is not asked twice).
 */
export type RouteLink = (url: string, openHere: () => void) => boolean;

const openHereIn = (contents: Pick<WebContents, 'loadURL'>, url: string) => () => void contents.loadURL(url).catch(() => undefined);

/** A link followed in the page itself (same tab). */
export function routeNavigations(contents: Pick<WebContents, 'on' | 'loadURL'>, route: RouteLink): void {
  contents.on('will-navigate', (event) => {
    if (event.isMainFrame && route(event.url, openHereIn(contents, event.url))) event.preventDefault();
  });
}

/** window.open / target=_blank / modifier clicks: true when the window-open handler must deny (the router took it). */
export function routeWindowOpen(contents: Pick<WebContents, 'loadURL'>, url: string, route: RouteLink | undefined): boolean {
  return route?.(url, openHereIn(contents, url)) ?? false;
}
