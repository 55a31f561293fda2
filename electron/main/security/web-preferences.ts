import type { WebPreferences } from 'electron';
import { assertIdentityPartition } from '../session/partition';

/**
 * Web preferences for every web contents Hatstand creates. The hardening
 * flags are spelled out rather than left to defaults so a reader (and a test)
 * can see them, and so a future default change cannot weaken them.
 */
const HARDENED = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/**
 * What a site page gets beyond the hardening. A video's (or any element's) `requestFullscreen()` fills the site's own
 * view, not the screen: by default Electron makes the page's window fullscreen for it (electron_api_web_contents.cc,
 * SetHtmlApiFullscreen), leaving the window in fullscreen when the page is hidden or the person leaves it from the
 * menu, and Escape pressed anywhere but in the page does nothing. The band naming the identity stays in view either
 * way; the person can still make the whole window fullscreen (View > Toggle Full Screen).
 */
export const SITE_ONLY = { disableHtmlFullscreenWindowResize: true } as const satisfies WebPreferences;

/** Our own pages (launcher, identity chrome, log): the preload API, the default session, no remote content. */
export function chromeWebPreferences(preloadPath: string): WebPreferences {
  return { ...HARDENED, preload: preloadPath, spellcheck: false };
}

/**
 * A social site inside an identity window: that identity's partition only,
 * and no preload of ours, so the site sees nothing of Hatstand.
 */
export function siteWebPreferences(partition: string, openerSandboxFlags?: number): WebPreferences {
  const preferences: WebPreferences = { ...HARDENED, ...SITE_ONLY, partition: assertIdentityPartition(partition), spellcheck: true };
  // A page opened from a sandboxed frame keeps that sandbox (link-load.ts, openerSandboxFlagsOf): sandbox flags can
  // only be added this way, never cleared.
  return openerSandboxFlags ? ({ ...preferences, openerSandboxFlags } as WebPreferences) : preferences;
}

export const HARDENING_FLAGS = HARDENED;
