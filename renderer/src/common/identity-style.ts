import type { CSSProperties } from 'react';
import { textColorOn } from '../../../shared/domain/chrome-layout';

/** CSS custom properties carrying an identity's colours (set through the CSSOM, which the CSP allows). */
export function identityStyle(color: string): CSSProperties {
  return { '--identity': color, '--identity-ink': textColorOn(color) } as CSSProperties;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
