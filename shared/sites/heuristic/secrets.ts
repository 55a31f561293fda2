/**
 * What a person types that must never be shown or logged: passwords and
 * passphrases under their usual names, an answer beside its security
 * question or sent alone to a security path (r20rev D7), and PEM blocks (a key pasted into a post, withheld from the text
 * while the words around it are kept). A long passphrase reads like prose:
 * without these tests a sign-in would be held as a post and its secret shown.
 */
import { fieldLeaf, nameWords } from './names';

/**
 * Secrets a person types: passwords and passphrases under any of their usual
 * names (Hacker News's login form calls it `pw`), also as the last bracket of
 * a form name (`user[password]`). A long passphrase reads like prose: without
 * this, a login would be held as a post and its password shown and logged.
 */
const SECRET_NAME = /^(?:pw|pwd|pass|pass\d+|otp|totp|pin|seed|mnemonic|recovery|phrase)$/i;
/**
 * Words that make a name secret wherever they stand in it (`new_password`,
 * `current-password`, `client_secret`, `pass_phrase`; wallets' `mnemonic`
 * and seed or recovery phrases, a bare `phrase`; `passcode`; `security_answer`; a sign-in's `credential`,
 * as SOAP logins and Google's sign-in name the secret or token). WordPress's password
 * reset sends `pass1` and `pass2` (above).
 */
const SECRET_WORD = /pass(?:word|wd|code)|pass[-_]?phrase|secret|credential|mnemonic|seed[-_]?(?:phrase|words?)|recovery[-_]?(?:phrase|code|key|words?|seed)|security[-_]?answer/i;
/** Where a PEM block (`-----BEGIN OPENSSH PRIVATE KEY-----`) starts: a key pasted into a form, never words to show. */
const PEM_BEGIN = '-----BEGIN ';

/**
 * A text as shown and logged when it holds PEM blocks anywhere (a key in a
 * rich-text document's code block, after a first paragraph, in HTML's
 * `<pre>`): each block replaced by its kind ("[OPENSSH PRIVATE KEY
 * withheld]"), the words around it kept; a block with no end line hides
 * everything after it. Undefined when there is no block. Linear (indexOf).
 */
export function withoutKeys(value: string): string | undefined {
  let begin = value.indexOf(PEM_BEGIN);
  if (begin === -1) return undefined;
  let out = '';
  let from = 0;
  while (begin !== -1) {
    out += value.slice(from, begin);
    const kindEnd = value.indexOf('-----', begin + 11);
    const kind = kindEnd > begin ? value.slice(begin + 11, Math.min(kindEnd, begin + 11 + 60)).trim() : 'KEY';
    out += `[${kind || 'KEY'} withheld]`;
    const end = value.indexOf('-----END ', begin + 11);
    const after = end === -1 ? -1 : value.indexOf('-----', end + 9);
    if (after === -1) {
      from = value.length;
      break;
    }
    // The words after a block follow its mark on the same line.
    from = after + 5;
    while (from < value.length && /\s/.test(value[from]!)) from++;
    if (from < value.length) out += ' ';
    begin = value.indexOf(PEM_BEGIN, from);
  }
  out += value.slice(from);
  return out.trim();
}
/** Whether a field holds a secret a person typed (tests linear in the name: no `\w*` on both sides of a word). */
export function isSecretField(name: string): boolean {
  const leaf = fieldLeaf(name);
  // A model prefix names the object, the part after the last dot the field (ASP.NET MVC's
  // `ChangePasswordModel.NewPassword`).
  const dot = leaf.lastIndexOf('.');
  const last = dot >= 0 ? leaf.slice(dot + 1) : leaf;
  return SECRET_NAME.test(leaf) || SECRET_NAME.test(last) || (/^[\w-]+$/.test(last) && SECRET_WORD.test(last));
}
/** Whether a name has the word `answer` (`answer`, `security_answer`, `answerText`). */
export function isAnswerName(name: string): boolean {
  return /answer/i.test(name) && nameWords(name).includes('answer');
}
/** Whether a name has the word `question`. */
export function isQuestionName(name: string): boolean {
  return /question/i.test(name) && nameWords(name).includes('question');
}

/**
 * A segment of a sign-in's or an account's security path (Okta's /api/v1/authn/…, …/factors/{id}/verify,
 * /authn/recovery/answer; a settings page's …/security/questions/{id}), where an `answer` is a security answer.
 */
const SECURITY_SEGMENT = /^(?:authn|factors|security|security[-_]?questions?|recovery|recovery[-_]?questions?|mfa|2fa|two[-_]?factor)$/i;
/** A sign-in transaction's token (Okta's `stateToken`), sent beside each step's secret. */
const STATE_TOKEN = /^state_?token$/i;
/**
 * Whether an `answer` is a security answer sent on its own, with no question beside it (r20rev D7, lead's decision:
 * a sentence-long one stays secret as a short one does): beside a sign-in's state token, or on a security path
 * (Okta's verify call sends `{ stateToken, answer }`, its Factors API `{ answer }` to …/factors/{id}/verify).
 */
export function securityAnswer(path: string | undefined, holder: unknown): boolean {
  if (holder !== null && typeof holder === 'object' && !Array.isArray(holder)) {
    for (const key in holder) if (STATE_TOKEN.test(key)) return true;
  }
  if (path === undefined) return false;
  for (const seg of path.split('/')) if (seg.length <= 32 && SECURITY_SEGMENT.test(seg)) return true;
  return false;
}
