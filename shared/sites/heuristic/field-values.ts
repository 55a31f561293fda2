/**
 * How a field's value is read: HTML (a field named html or markup, or a value
 * starting with an element editors write) as a reader sees it; a value URL-encoded
 * once more than its form, decoded; a JSON object sent as one form field,
 * parsed. Anything else is read as sent.
 */
import { isRecord } from '../body';
import { htmlText } from '../rich-text';
import { HEURISTIC_MAX_BODY } from './limits';
import { nameWords } from './names';

/**
 * A field's words as a reader sees them: HTML (XenForo's `message_html`,
 * Invision's `post`, a rich editor's `<p>…</p>`, TikTok's `markup_text`
 * copy of a caption with its hashtags in tags, so that it and the plain
 * `text` beside it are read once) read as text, when the
 * field's name says html or markup or its value starts with an element editors write
 * (HTML_START), and is read in full;
 * anything else as sent (a Markdown comment that mentions `<div>` keeps it).
 */
export function asPlainText(name: string, value: string): string {
  if (value.indexOf('>') === -1) return value;
  if (!HTML_START.test(value.slice(0, 64)) && !(/html|markup/i.test(name) && nameWords(name).some((w) => w === 'html' || w === 'markup'))) return value;
  const read = htmlText(value);
  return read.complete && read.text.trim() !== '' ? read.text : value;
}

/**
 * A value that starts with an HTML element a rich editor writes (`<p>`,
 * `<div>`, `<pre>`…) or a comment: a Markdown comment starting `<T> is the
 * type parameter` names no element and is kept as written.
 */
const HTML_START = /^\s*<(?:!--|(?:p|div|span|br|a|b|i|u|s|em|strong|code|pre|blockquote|ul|ol|li|h[1-6]|img|table|thead|tbody|tr|td|th|hr|figure|figcaption|section|article|header|footer|html|body|font|center|small|sub|sup|del|ins|mark|q|cite|abbr)[\s>/])/i;
/**
 * A value URL-encoded once more than its form (Naver's Cafe API asks for
 * `content` passed through encodeURI before the form encodes it): read
 * decoded. Only a value made of percent escapes and URL-safe characters, with
 * several escapes, that decodes as UTF-8.
 */
export function percentDecoded(value: string): string {
  if (value.length > HEURISTIC_MAX_BODY || !/%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}/.test(value.slice(0, 64)) || !/^(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!*'()+,;:@/-])+$/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A JSON object parsed from a string, or undefined. */
export function jsonObject(value: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(value) as unknown;
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
