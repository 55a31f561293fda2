/**
 * The permissions a person can allow a site, in words: a label for settings, and what the site asked to do for a
 * notice. Not 'display-capture' ("Share the screen"): Electron never asks for it. getDisplayMedia is asked as 'media'
 * and then needs a display-media picker of the app's own (session.setDisplayMediaRequestHandler;
 * web_contents_permission_helper.cc), which Hatstand does not have yet, so allowing it would change nothing.
 */
export const ASKABLE_PERMISSIONS: Readonly<Record<string, { label: string; asks: string }>> = {
  media: { label: 'Camera and microphone', asks: 'use your camera or microphone' },
  notifications: { label: 'Notifications', asks: 'show notifications' },
  geolocation: { label: 'Location', asks: 'know your location' },
  'clipboard-read': { label: 'Read the clipboard', asks: 'read your clipboard' },
  midi: { label: 'MIDI devices', asks: 'use MIDI devices' },
  pointerLock: { label: 'Lock the pointer', asks: 'lock the pointer' },
  openExternal: { label: 'Open other apps', asks: 'open another app' },
};

/** How an allowed (site, permission) pair is keyed in an identity's allow-list. */
export function permissionKey(origin: string, permission: string): string {
  return `${origin} ${permission}`;
}
