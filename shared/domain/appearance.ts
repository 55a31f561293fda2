/**
 * The background of Hatstand's own windows (launcher, activity log) before their page paints, in the light and dark
 * appearance. They are the `--bg` of renderer/src/styles.css in each scheme, so a window opening or being resized
 * shows no flash of the other scheme (docs/api/browser-window.md, "Setting the backgroundColor property").
 */
export const OWN_WINDOW_BACKGROUND = { light: '#f5f5f4', dark: '#161413' } as const;

export function ownWindowBackground(dark: boolean): string {
  return dark ? OWN_WINDOW_BACKGROUND.dark : OWN_WINDOW_BACKGROUND.light;
}
