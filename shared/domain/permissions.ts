/**
 * The permissions a person can allow a site, in words: a label for settings, and what the site asked to do for a
 * notice. Not 'display-capture' ("Share the screen"): Electron 45.5 asks it for a screen, window or tab, whether by
 * getDisplayMedia or by getUserMedia's `chromeMediaSource` (electron.d.ts, setPermissionRequestHandler), and it is
 * refused because a person cannot allow it here: a shared screen shows the other identity's window too, and
 * getDisplayMedia also needs a picker of the app's own (session.setDisplayMediaRequestHandler), which Hatstand does not
 * have. Nor 'openExternal' ("Open other apps"): Electron asks it only for a navigation that reaches another app's scheme
 * (electron_browser_client.cc, HandleExternalProtocol), which Hatstand never lets happen, since an allowed one opens
 * any scheme with no question naming the identity; Hatstand asks about each link to another app itself
 * (electron/main/security/app-link-policy.ts), and grants stored before were dropped (store migration 0060).
 */
export const ASKABLE_PERMISSIONS: Readonly<Record<string, { label: string; asks: string }>> = {
  media: { label: 'Camera and microphone', asks: 'use your camera or microphone' },
  notifications: { label: 'Notifications', asks: 'show notifications' },
  geolocation: { label: 'Location', asks: 'know your location' },
  'clipboard-read': { label: 'Read the clipboard', asks: 'read your clipboard' },
  midi: { label: 'MIDI devices', asks: 'use MIDI devices' },
  pointerLock: { label: 'Lock the pointer', asks: 'lock the pointer' },
};

/** How an allowed (site, permission) pair is keyed in an identity's allow-list. */
export function permissionKey(origin: string, permission: string): string {
  return `${origin} ${permission}`;
}

/**
 * Said when a site allowed to read the clipboard was refused it because the clipboard held what was copied in another
 * identity's window. Names the site by its host, and the other identity (null: a window that could not be told).
 */
export function clipboardWithheldMessage(url: string, otherIdentityName: string | null): string {
  let site = 'A site';
  try {
    site = new URL(url).host || site;
  } catch {
    // (an address that does not parse: the site stays unnamed)
  }
  if (otherIdentityName === null) return `${site} was not given the clipboard, because Hatstand could not tell in which window it was copied.`;
  return `${site} was not given the clipboard, because the clipboard holds what you copied in ${otherIdentityName}'s window.`;
}
