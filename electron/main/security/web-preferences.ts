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
 * A site element's `requestFullscreen()` (a video's fullscreen button) fills the site's own view, not the screen. By
 * default Electron makes the page's window fullscreen for it (electron_api_web_contents.cc, SetHtmlApiFullscreen):
 * a page hidden while fullscreen (another site shown, the post sheet up) left the window so, and a window taken out of
 * fullscreen from the menu left the page in its own fullscreen, which then ignores its next request. The band naming
 * the identity stays in view either way; the person can still make the whole window fullscreen (View > Toggle Full
 * Screen).
 */
const FULLSCREEN_IN_VIEW = { disableHtmlFullscreenWindowResize: true } as const satisfies WebPreferences;

/** Our own pages (launcher, identity chrome, log): the preload API, the default session, no remote content. */
export function chromeWebPreferences(preloadPath: string): WebPreferences {
  return { ...HARDENED, preload: preloadPath, spellcheck: false };
}

/**
 * A social site inside an identity window: that identity's partition only,
 * and no preload of ours, so the site sees nothing of Hatstand.
 */
export function siteWebPreferences(partition: string, openerSandboxFlags?: number): WebPreferences {
  const preferences: WebPreferences = { ...HARDENED, ...FULLSCREEN_IN_VIEW, partition: assertIdentityPartition(partition), spellcheck: true };
  // A page opened from a sandboxed frame keeps that sandbox (link-load.ts, openerSandboxFlagsOf): sandbox flags can
  // only be added this way, never cleared.
  return openerSandboxFlags ? ({ ...preferences, openerSandboxFlags } as WebPreferences) : preferences;
}

export const HARDENING_FLAGS = HARDENED;
