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

/** Our own pages (launcher, identity chrome, log): the preload API, the default session, no remote content. */
export function chromeWebPreferences(preloadPath: string): WebPreferences {
  return { ...HARDENED, preload: preloadPath, spellcheck: false };
}

/**
 * A social site inside an identity window: that identity's partition only,
 * and no preload of ours, so the site sees nothing of Hatstand.
 */
export function siteWebPreferences(partition: string, openerSandboxFlags?: number): WebPreferences {
  const preferences: WebPreferences = { ...HARDENED, partition: assertIdentityPartition(partition), spellcheck: true };
  // A page opened from a sandboxed frame keeps that sandbox (link-load.ts, openerSandboxFlagsOf): sandbox flags can
  // only be added this way, never cleared.
  return openerSandboxFlags ? ({ ...preferences, openerSandboxFlags } as WebPreferences) : preferences;
}

export const HARDENING_FLAGS = HARDENED;
