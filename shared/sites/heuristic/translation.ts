/**
 * A translation request publishes nothing (refuses.ts): a body that names a
 * translation's languages, by field name (`target_lang`) or by code at its
 * top beside a text (`source=ko&target=en&text=…`).
 */
import type { ParsedBody } from '../types';
import { topLevelString } from './body-fields';

/** Body fields that name a translation's languages (DeepL's `target_lang`, `source_lang_user_selected`). */
export const TRANSLATION_FIELD = /^(?:source|target)_?lang(?:uage)?(?:_user_selected)?$/i;
/**
 * A translation request naming its languages by code (Naver Papago's n2mt:
 * `source=ko&target=en&text=…`): `source` and `target` at the top of the body,
 * each a language a translation API takes (TRANSLATION_LANGUAGES, with an
 * optional region or script: `zh-CN`, `pt-BR`; `auto` as the source), beside
 * a text field. A post's `source: 'web'`, `target: 'all'`, or the same names
 * inside a tracking object, name no language.
 */
export function translationByCodes(body: ParsedBody): boolean {
  const source = topLevelString(body, 'source');
  const target = topLevelString(body, 'target');
  if (source === undefined || target === undefined || !isLanguageCode(target) || !(isLanguageCode(source) || source.toLowerCase() === 'auto')) return false;
  return TRANSLATED_TEXT_FIELDS.some((name) => topLevelString(body, name) !== undefined);
}
const TRANSLATED_TEXT_FIELDS = ['text', 'q', 'query', 'content', 'input', 'source_text', 'sourceText'];
/**
 * ISO 639-1 codes of the languages translation APIs offer (Papago's thirteen,
 * DeepL's and Google Translate's common ones); no library of codes is among
 * the dependencies. A short list on purpose: rarer codes (`to`, `my`, `an`)
 * are also words a post's fields carry.
 */
const TRANSLATION_LANGUAGES = new Set([
  'af', 'ar', 'bg', 'bn', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'ga', 'gu', 'he',
  'hi', 'hr', 'hu', 'hy', 'id', 'ja', 'ka', 'kk', 'km', 'kn', 'ko', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt',
  'nb', 'ne', 'nl', 'pa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tl', 'tr',
  'uk', 'ur', 'uz', 'vi', 'zh',
]);
function isLanguageCode(value: string): boolean {
  const m = /^([A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?$/.exec(value);
  return m !== null && TRANSLATION_LANGUAGES.has(m[1]!.toLowerCase());
}
