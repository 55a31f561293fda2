/** Colours as the browser computes them, and WCAG 2 contrast between them, for the browser tests. */
import type { Locator } from '@playwright/test';

export type Rgb = [number, number, number];

/** A computed colour as sRGB 0–255 (Chromium gives rgb()/rgba() for plain colours, color(srgb …) for color-mix). */
export async function colourOf(target: Locator, property: 'color' | 'backgroundColor' | 'textDecorationColor' | 'outlineColor'): Promise<Rgb> {
  const value = await target.first().evaluate((el, p) => getComputedStyle(el)[p], property);
  // (A transparent colour is not what the words sit on: a check against it would pass whatever the scheme.)
  if (/^rgba\(.*, 0\)$/.test(value) || value === 'transparent') throw new Error(`${property} is transparent here: check the element that paints`);
  const rgb = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  throw new Error(`Unexpected colour ${value}`);
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
