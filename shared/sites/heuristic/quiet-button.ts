/**
 * A form's clicked preview or draft button, with no publishing button beside
 * it, publishes nothing (refuses.ts).
 */
import type { ParsedBody } from '../types';

/**
 * A form's submit buttons are sent by name only when clicked, with their
 * label as value: phpBB's posting form sends `post`, `preview` or `save`
 * ("Save draft"), MyBB's `submit`, `previewpost` ("Preview Post") or
 * `savedraft`. A clicked preview or draft button, with no publishing button
 * beside it, publishes nothing. Only a label counts: a hidden field or a
 * toggle (`save_draft=0`, `preview=false`, a script's `preview=1` asking
 * for a link preview) says nothing about what the request does. A bare
 * `save` counts only when its label says draft: WordPress's classic editor
 * labels its button for updating a published post `save` ("Update"), and
 * other forms save published words the same way. Rails names its submit
 * button `commit` whatever its label. A clicked `report` button (vichan's
 * and Tinyboard's report form: `report=Submit` beside the reason and the
 * post's `delete_<id>` box, round v1) sends a report to moderators, but only
 * with a button's short label (a toggle's `on` or `true` is none), and only
 * where the form is that report and nothing else: the post's box or a reason
 * beside it, and no words of the person's own outside the reason. Many forms
 * name a type select or their own submit button `report` (a bug report's
 * `report=Bug` beside its description, a missing-person form's
 * `Report=Submit` beside the address last seen, a checkbox's `report=on`
 * beside a message), and their words are the post (v1 review, D1 and D2).
 */
const QUIET_BUTTON = /^(?:preview|previewpost|preview_post|do_preview|savedraft|save_draft)$/i;
/** A clicked publishing button's name (also read by unpublished-objects.ts formStatusDraft: a clicked one wins over a draft status). */
export const PUBLISH_BUTTON = /^(?:post|submit|publish|send|sbutton|commit|reply|postreply|post_reply)$/i;
/** A button's label: words with letters, not a toggle's value (`0`, `false`, `no`, `off`, `true`, `yes`, `on`). */
export function isButtonLabel(value: string): boolean {
  return value.length <= 64 && /\p{L}/u.test(value) && !/^\s*(?:false|no|off|true|yes|on|null|undefined|none)\s*$/i.test(value);
}
/**
 * A report button's label: one or two words (`Submit`, `Report`, `Send report`); in a script written without spaces
 * (Chinese, Japanese, Thai) at most eight characters (举报, 報告する, 举报这条评论吧), or a whole sentence would count
 * as one word (round a1; six until its review).
 */
const REPORT_LABEL = /^\s*\p{L}+(?:\s\p{L}+)?\s*$/u;
/**
 * A framework's own preview flag, its name wrapped in underscores as such flags are (Phabricator's and Phorge's
 * EditEngine comment form sends `__preview__=1` to render the preview and keep the draft, round d2): set, it says the
 * request only previews, whatever else the form holds. A page's own `preview=1` still says nothing, nor does a
 * single underscore (`_preview=1`, a page's own field beside a "Post review" button): only a double-underscore name.
 */
const FRAMEWORK_PREVIEW_FLAG = /^__preview(?:__)?$/i;
const UNSPACED_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/**
 * Eight, not six (review of round a1, which missed a seven-character label): the form around the label must be a
 * report and nothing else (reportButton), so a short sentence taken for a label costs little.
 */
function isReportLabel(value: string): boolean {
  return REPORT_LABEL.test(value) && (value.match(UNSPACED_CHARS)?.length ?? 0) <= 8;
}
/** The post reported: vichan's `delete_<id>` box. */
const REPORTED_POST = /^delete_\d+$/i;
/** The reason a report gives moderators (vichan's `reason`, jschan's `report_reason`). */
const REPORT_REASON = /^(?:report_?)?reason$/i;
/**
 * Words of the person's own: three words or more, or more than six characters of a script without spaces (a name or
 * a board's slug is not).
 */
function ownWords(value: string): boolean {
  return /\p{L}\S*\s+\S+\s+\S/u.test(value) || (value.match(UNSPACED_CHARS)?.length ?? 0) > 6;
}
/**
 * A clicked report button in a form that is only a report: the reported post's box or a reason beside it, and no
 * words of the person's own in any field but the reason.
 */
function reportButton(fields: ReadonlyMap<string, string>): boolean {
  let clicked = false;
  let context = false;
  for (const [name, value] of fields) {
    if (/^report$/i.test(name)) clicked ||= isReportLabel(value) && isButtonLabel(value);
    else if (REPORTED_POST.test(name) || (REPORT_REASON.test(name) && value !== '')) context = true;
    else if (ownWords(value)) return false;
  }
  return clicked && context;
}
export function quietButton(body: ParsedBody): boolean {
  if (body.type !== 'form' && body.type !== 'multipart') return false;
  for (const [name, value] of body.fields) if (FRAMEWORK_PREVIEW_FLAG.test(name) && /^(?:1|true|on|yes)$/i.test(value)) return true;
  let quiet = false;
  for (const [name, value] of body.fields) {
    if (value === '') continue;
    if (PUBLISH_BUTTON.test(name)) return false;
    if ((QUIET_BUTTON.test(name) && isButtonLabel(value)) || (/^save$/i.test(name) && /draft/i.test(value))) quiet = true;
  }
  return quiet || reportButton(body.fields);
}
