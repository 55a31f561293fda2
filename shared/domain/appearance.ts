/**
 * Hatstand's appearance: the system's, or light or dark whatever the system's is. It is Electron's
 * nativeTheme.themeSource, so it reaches every page, the sites' too (their prefers-color-scheme), and the menus
 * Electron draws on Linux and Windows (docs/api/native-theme.md).
 */
export const APPEARANCES = ['system', 'light', 'dark'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/** A stored appearance, or the system's when what is stored is not one (an older or damaged value). */
export function appearanceOr(value: unknown): Appearance {
  return (APPEARANCES as readonly unknown[]).includes(value) ? (value as Appearance) : 'system';
}

/**
 * The background of Hatstand's own windows (launcher, activity log) before their page paints, in the light and dark
 * appearance. They are the `--bg` of renderer/src/styles.css in each scheme, so a window opening or being resized
 * shows no flash of the other scheme (docs/api/browser-window.md, "Setting the backgroundColor property").
 */
export const OWN_WINDOW_BACKGROUND = { light: '#f5f5f4', dark: '#161413' } as const;

export function ownWindowBackground(dark: boolean): string {
  return dark ? OWN_WINDOW_BACKGROUND.dark : OWN_WINDOW_BACKGROUND.light;
}

/**
 * What a site's view shows before the site paints: white as a browser's new page, or in the dark appearance the
 * chrome's dark, which the sites follow too (their prefers-color-scheme is the appearance's), so no white flashes
 * inside a dark window.
 */
export function siteViewBackground(dark: boolean): string {
  return dark ? OWN_WINDOW_BACKGROUND.dark : '#ffffff';
}
