import { appearanceOr, type Appearance } from '../../../shared/domain/appearance';
import type { Store } from './store';

export const APPEARANCE_KEY = 'app.appearance';

/** Hatstand's appearance as stored: the system's until the person chose another, or when what is stored is damaged. */
export const appearanceOf = (store: Store): Appearance => appearanceOr(store.settings.get<unknown>(APPEARANCE_KEY, 'system'));

/** The activity log's line for a change of appearance. */
export const APPEARANCE_SUMMARY: Record<Appearance, string> = {
  system: 'Hatstand follows the system\u2019s light or dark appearance',
  light: 'Hatstand is always light',
  dark: 'Hatstand is always dark',
};
