import type { Page } from '@playwright/test';
import { siteViewBounds, type Rect } from '../../shared/domain/chrome-layout';
import type { Panel } from '../../shared/ipc/contract';

/**
 * Native stacking, modelled in the browser harness.
 *
 * In Electron a site is a WebContentsView added to the window's contentView,
 * and "any views added to BrowserWindow's contentView will be painted on top
 * of the BrowserWindow's WebContentsView" (the chrome page):
 * shell/browser/api/electron_api_browser_window.cc, the AddChildViewAt(..., 0)
 * in the BrowserWindow constructor (Electron 45, electron#41256). No z-index in
 * the chrome can draw over it (electron#26532). A button of ours under a site
 * view cannot be seen or clicked.
 *
 * A Chromium page cannot show that, so the harness stands an opaque element in
 * for each identity window's site view, at exactly the bounds main would give
 * it (the same `siteViewBounds` main calls, from the same inputs main gets:
 * window size, open panel, notice band height, whether a confirmation sheet
 * hides the view). A Playwright click on anything under it then fails with
 * "... intercepts pointer events", as it would in Electron.
 */
export interface SiteViewState {
  /** The site main shows (main creates its view then); null: no view yet. */
  activeSite: { host: string } | null;
  panel: Panel;
  noticeBand: number;
  /**
   * Why main keeps the site view hidden right now: 'guard-sheet' while the
   * post confirmation is up (bootstrap.ts guardChrome.show/hide), 'link' while
   * a link question is (window-manager.ts ask/settled), 'network' while a proxy
   * failure is (identity-window.ts showNetworkFailure). Another full-window
   * question of the chrome adds its own reason, as main does.
   */
  hiddenFor: readonly string[];
}

export const STAND_IN_ATTRIBUTE = 'data-hatstand-site-view';

export function initialSiteViewState(): SiteViewState {
  return { activeSite: null, panel: 'none', noticeBand: 0, hiddenFor: [] };
}

/** Where main puts the site view for this state and window size, and whether it shows it (identity-window.ts `layout`, `showSite`, `setSheetOpen`). */
export function siteViewPlacement(state: SiteViewState, window: { width: number; height: number }): { bounds: Rect; visible: boolean } {
  return {
    bounds: siteViewBounds(window, { panelOpen: state.panel !== 'none', noticeBand: state.noticeBand }),
    visible: state.activeSite !== null && state.hiddenFor.length === 0,
  };
}

/** Puts the stand-in where main would put the view (outside React's root, so the chrome page never renders or removes it). */
export async function placeStandIn(page: Page, state: SiteViewState): Promise<void> {
  if (page.isClosed()) return;
  const size = page.viewportSize();
  if (!size) return;
  const { bounds, visible } = siteViewPlacement(state, size);
  await page
    .evaluate(
      ({ attribute, bounds, visible, host }) => {
        let view = document.querySelector<HTMLElement>(`[${attribute}]`);
        if (!view) {
          view = document.createElement('div');
          view.setAttribute(attribute, '');
          view.setAttribute('aria-hidden', 'true');
          // Looks like a page that is not ours: a light, neutral surface with its host.
          view.style.cssText =
            'position:fixed;z-index:2147483647;box-sizing:border-box;margin:0;overflow:hidden;' +
            'background:#f8fafc repeating-linear-gradient(0deg,transparent 0 39px,#e2e8f0 39px 40px);' +
            'font:600 15px system-ui,sans-serif;color:#94a3b8;display:grid;place-items:center;text-align:center;';
          document.documentElement.appendChild(view);
        }
        view.textContent = `${host} (site view: a native layer above the chrome)`;
        view.style.left = `${bounds.x}px`;
        view.style.top = `${bounds.y}px`;
        view.style.width = `${bounds.width}px`;
        view.style.height = `${bounds.height}px`;
        view.style.visibility = visible ? 'visible' : 'hidden';
        view.dataset.visible = String(visible);
      },
      { attribute: STAND_IN_ATTRIBUTE, bounds, visible, host: state.activeSite?.host ?? '' },
    )
    // A page that navigates or closes mid-update is placed again by its next state change.
    .catch(() => {});
}

export interface Offender {
  element: string;
  rect: Rect;
}

/**
 * Every visible element of the chrome a person must be able to click or see
 * (controls, alerts, status messages, dialogs) whose visible part intersects
 * the site view. Empty when the site view is hidden or absent. The visible part
 * is the element's box clipped by every scrolling or clipping ancestor.
 */
export function chromeUnderSiteView(page: Page): Promise<Offender[]> {
  return page.evaluate((attribute) => {
    const view = document.querySelector<HTMLElement>(`[${attribute}]`);
    if (!view || view.dataset.visible !== 'true') return [];
    const v = view.getBoundingClientRect();
    const selector = [
      'button',
      'a[href]',
      'input',
      'select',
      'textarea',
      'summary',
      '[contenteditable="true"]',
      '[tabindex]:not([tabindex="-1"])',
      '[role="button"]',
      '[role="link"]',
      '[role="alert"]',
      '[role="status"]',
      '[role="alertdialog"]',
      '[role="dialog"]',
    ].join(',');
    // The ancestor whose box positions `el` (CSS 2 containing block), so that
    // only the ancestors that really clip it are applied: a fixed sheet inside
    // a scrolling panel is not clipped by that panel.
    const containingBlock = (el: Element): Element | null => {
      const position = getComputedStyle(el).position;
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (position !== 'fixed' && position !== 'absolute') return p;
        const s = getComputedStyle(p);
        const forFixed =
          s.transform !== 'none' || s.filter !== 'none' || s.perspective !== 'none' || /paint|layout|strict|content/.test(s.contain) || /transform|filter|perspective/.test(s.willChange);
        if (forFixed || (position === 'absolute' && s.position !== 'static')) return p;
      }
      return null;
    };
    const clipOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      const box = { left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(innerWidth, r.right), bottom: Math.min(innerHeight, r.bottom) };
      for (let cb = containingBlock(el); cb; cb = containingBlock(cb)) {
        const s = getComputedStyle(cb);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = cb.getBoundingClientRect();
        box.left = Math.max(box.left, c.left);
        box.top = Math.max(box.top, c.top);
        box.right = Math.min(box.right, c.right);
        box.bottom = Math.min(box.bottom, c.bottom);
      }
      return box;
    };
    const offenders: Array<{ element: string; rect: { x: number; y: number; width: number; height: number } }> = [];
    for (const el of document.querySelectorAll(selector)) {
      if (view.contains(el)) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const b = clipOf(el);
      if (b.right <= b.left || b.bottom <= b.top) continue;
      const overlaps = b.left < v.right && v.left < b.right && b.top < v.bottom && v.top < b.bottom;
      if (!overlaps) continue;
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const role = el.getAttribute('role');
      offenders.push({
        element: `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${label}`,
        rect: { x: Math.round(b.left), y: Math.round(b.top), width: Math.round(b.right - b.left), height: Math.round(b.bottom - b.top) },
      });
    }
    return offenders;
  }, STAND_IN_ATTRIBUTE);
}

/** The stand-in's box as the page sees it, or null while main would hide it. */
export function standInBounds(page: Page): Promise<Rect | null> {
  return page.evaluate((attribute) => {
    const view = document.querySelector<HTMLElement>(`[${attribute}]`);
    if (!view || view.dataset.visible !== 'true') return null;
    const r = view.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, STAND_IN_ATTRIBUTE);
}
