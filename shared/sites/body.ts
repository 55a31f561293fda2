/**
 * Bounded parsing of request bodies: JSON, application/x-www-form-urlencoded
 * and multipart/form-data, chosen by Content-Type when there is one and by
 * sniffing when there is not (Electron's onBeforeRequest carries no headers).
 * Work is capped so that a huge or hostile body can never stall the guard.
 */
import type { EndpointContext, EndpointResult, OutgoingRequest, ParsedBody } from './types';

/** Bodies longer than this are not parsed (a post endpoint then reports text `null`). */
export const MAX_PARSE_CHARS = 2_000_000;
/** At most this many form or multipart fields are read. */
export const MAX_FIELDS = 500;

export function headerValue(headers: OutgoingRequest['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key in headers) {
    if (key.toLowerCase() !== wanted) continue;
    const value = headers[key];
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}

export function parseBody(body: string | undefined, contentType: string | undefined): ParsedBody {
  if (body === undefined || body.length === 0) return { type: 'none' };
  if (body.length > MAX_PARSE_CHARS) return { type: 'unreadable', reason: 'too-large' };
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('json')) return parseJson(body);
  if (ct.startsWith('multipart/')) return parseMultipart(body, boundaryOf(contentType ?? ''));
  if (ct.startsWith('application/x-www-form-urlencoded')) return formBody(body, /;\s*charset\s*=/.test(ct) ? declaredCharset(ct) : guessedCharset(body));
  // No or an unhelpful Content-Type: sniff.
  const first = firstNonSpace(body);
  if (first === '{' || first === '[') {
    const parsed = parseJson(body);
    if (parsed.type === 'json') return parsed;
  }
  if (body.startsWith('--')) {
    const parsed = parseMultipart(body, undefined);
    if (parsed.type === 'multipart' || parsed.type === 'json') return parsed;
  }
  if (looksLikeForm(body)) return formBody(body, guessedCharset(body));
  if (ct.includes('json') || first === '{') return { type: 'unreadable', reason: 'malformed' };
  return { type: 'text', text: body };
}

function firstNonSpace(s: string): string {
  for (let i = 0; i < s.length && i < 64; i++) {
    const c = s[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') return c;
  }
  return '';
}

function parseJson(body: string): ParsedBody {
  try {
    return { type: 'json', value: JSON.parse(body) as unknown };
  } catch {
    return { type: 'unreadable', reason: 'malformed' };
  }
}

/** `a=1&b=x%20y`: no raw whitespace, and the first field has a name and `=`. */
function looksLikeForm(body: string): boolean {
  const eq = body.indexOf('=');
  if (eq <= 0 || eq > 256) return false;
  const probe = body.length > 4096 ? body.slice(0, 4096) : body;
  return !/[\s{}"<>]/.test(probe.slice(0, eq)) && !/[\r\n]/.test(probe);
}

/** Decodes one urlencoded component; a malformed escape keeps the raw text instead of throwing. */
export function decodeFormComponent(s: string): string {
  const plus = s.includes('+') ? s.replace(/\+/g, ' ') : s;
  if (!plus.includes('%')) return plus;
  try {
    return decodeURIComponent(plus);
  } catch {
    return decodeLenient(plus);
  }
}

const HEX = /^[0-9a-fA-F]{2}$/;

/**
 * Percent-decoding that never throws and stays linear: runs of `%XX` escapes
 * are decoded as UTF-8, and any byte that is not part of a valid sequence
 * is read as windows-1252, unless it starts a sequence cut short, which
 * keeps its `%XX` text (utf8Run). (The old fallback ran a regex callback per escape and
 * cost 190 ms on a crafted 2 MB body.)
 */
function decodeLenient(s: string): string {
  // Legacy-charset prose has ASCII letters or spaces between its escapes (`caf%E9+cr%E8me`); a value made only of
  // escaped bytes (a signature, a hash) is not text, and its stray bytes keep their escapes.
  // (Asked only when a byte is not UTF-8, and found by a scan that stops at the first letter: a crafted 2 MB value of
  // broken escapes paid a whole-string replace for it.)
  let proseFound: boolean | undefined;
  const prose = () => (proseFound ??= hasTextBetweenEscapes(s));
  const parts: string[] = [];
  let i = 0;
  let plainFrom = 0;
  const bytes: number[] = [];
  while (i < s.length) {
    const pct = s.indexOf('%', i);
    if (pct === -1) break;
    let j = pct;
    bytes.length = 0;
    while (j + 2 < s.length && s.charCodeAt(j) === 37 /* % */ && HEX.test(s.slice(j + 1, j + 3))) {
      bytes.push(Number.parseInt(s.slice(j + 1, j + 3), 16));
      j += 3;
    }
    if (bytes.length === 0) {
      i = pct + 1;
      continue;
    }
    parts.push(s.slice(plainFrom, pct), utf8Run(bytes, s, pct, prose));
    i = j;
    plainFrom = j;
  }
  parts.push(s.slice(plainFrom));
  return parts.join('');
}

/** Whether `s` has an ASCII letter or a space outside its `%XX` escapes. */
function hasTextBetweenEscapes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length && HEX.test(s.slice(i + 1, i + 3))) {
      i += 2;
      continue;
    }
    if (c === 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (undefined ones stay as C1 controls, as browsers decode them); bytes
 * from 0xA0 are Latin-1's own code points.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes read as windows-1252 by WHATWG's table (Node's TextDecoder, also with full ICU, reads 0x80–0x9F as C1 controls). */
function cp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 || b >= 0xa0 ? String.fromCharCode(b) : CP1252_C1[b - 0x80]!;
  return out;
}

/** The WHATWG labels of windows-1252 (ISO-8859-1 and US-ASCII are read as it, as browsers and mail clients do). */
const CP1252_LABEL = /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100)$/;

interface BytesDecoder {
  readonly encoding: string;
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * The one decoder for a charset label: windows-1252's labels by its own table (a single byte is never cut short, so
 * streaming changes nothing), every other by TextDecoder, which throws on an unknown label (and, when fatal, on bytes
 * that are not the charset's).
 */
function bytesDecoder(label: string, fatal = false): BytesDecoder {
  const name = label.trim().toLowerCase();
  return CP1252_LABEL.test(name) ? { encoding: 'windows-1252', decode: (bytes) => cp1252(bytes) } : new TextDecoder(name, { fatal });
}

/**
 * Decodes escaped bytes (escape k is at s[from + 3k]). A byte that is not part of a valid UTF-8 sequence is read as
 * windows-1252 (round t1), when the value around it is text (`legacy`): a form on a page served in ISO-8859-1 or windows-1252 (a legacy forum's `caf%E9`, a
 * guestbook's `_charset_=windows-1252`) is encoded by the browser in that charset, which HTML's encoding standard
 * reads ISO-8859-1 as; UTF-8's rules make such a byte run almost never valid UTF-8 by chance.
 */
function utf8Run(bytes: readonly number[], s: string, from: number, legacy: () => boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let need: number;
    let cp: number;
    let min: number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else [need, cp, min] = [-1, 0, 0];
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      // A UTF-8 sequence begun with its continuation bytes and cut short at the end of the value (`x=%E2%82`, a body cut
      // off) is a broken escape, kept as written; within the text (`caf%E9`, `caf%E9%92s`) the bytes are windows-1252's.
      if (need > 1 && i + 1 < bytes.length && i + need >= bytes.length && from + 3 * bytes.length === s.length && bytes.slice(i + 1).every((c) => c >= 0x80 && c <= 0xbf)) return out + s.slice(from + 3 * i, from + 3 * bytes.length);
      out += !legacy() ? s.slice(from + 3 * i, from + 3 * i + 3) : b >= 0xa0 ? String.fromCharCode(b) : CP1252_C1[b - 0x80]!;
      i++;
    }
  }
  return out;
}

/**
 * A form's declared legacy charset (`; charset=Shift_JIS`, EUC-JP, EUC-KR, GBK, Big5, ISO-8859-x): a 2channel board
 * serves its pages in Shift_JIS and its form's bytes are Shift_JIS's, whose second bytes may be plain ASCII letters
 * (`%83e`), so no reading of escapes alone recovers them (v1 review, D3). UTF-8 and UTF-16 are read as before.
 */
function declaredCharset(ct: string): ((bytes: Uint8Array) => string) | undefined {
  const label = /;\s*charset\s*=\s*"?([\w.:-]+)/.exec(ct)?.[1];
  if (label === undefined) return undefined;
  try {
    const decoder = bytesDecoder(label);
    return /^utf-(?:8|16)/.test(decoder.encoding) ? undefined : (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes one urlencoded component's bytes (escapes and the ASCII between them) in a declared charset. */
function decodeInCharset(s: string, decode: (bytes: Uint8Array) => string): string {
  const plus = s.replace(/\+/g, ' ');
  if (!plus.includes('%')) return plus;
  const bytes: number[] = [];
  for (let i = 0; i < plus.length; i++) {
    if (plus.charCodeAt(i) === 37 /* % */ && HEX.test(plus.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(plus.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const c = plus.charCodeAt(i);
      // A character past ASCII is no byte of the declared charset (the glue decoded it already): read as before.
      if (c < 0x80) bytes.push(c);
      else return decodeFormComponent(s);
    }
  }
  return decode(Uint8Array.from(bytes));
}

/**
 * A form's legacy charset guessed from its bytes (round cs1). Browsers encode a form in its page's charset and put no
 * charset on an urlencoded POST, and the guard sees no request headers: a 5ch post (Shift_JIS), an older Korean board's
 * (EUC-KR), a Chinese forum's (GBK, Big5) or a Japanese CGI board's (EUC-JP) arrives as escaped bytes that are not UTF-8.
 * Decided once per body, every component decoded whole (a Shift_JIS second byte may be an ASCII letter, `%83e`): a
 * candidate wins when it decodes every component without error and most of the non-ASCII characters it gives are of
 * its own script at its standard's common level. No detector library is installed; these decoders' byte ranges
 * overlap so much (Korean in EUC-KR is valid, common GB2312 in GBK) that a statistical one would be needed to do much
 * better, and the common levels, read from the decoders themselves, are what separates the candidates here.
 * Undefined when the bytes are UTF-8, or no candidate wins (today's reading then stands: windows-1252 for prose).
 */
function guessedCharset(body: string): ((bytes: Uint8Array) => string) | undefined {
  const read = escapedComponents(body);
  if (read === undefined) return undefined;
  const { components, cut } = read;
  if (!utf8Fails(components, cut)) return undefined;
  let best: { label: string; score: Score } | undefined;
  for (const candidate of LEGACY_CANDIDATES) {
    const score = candidateScore(candidate, components, cut);
    if (score === undefined || score.own < LEGACY_MIN_SCORE) continue;
    // Ties (Korean in EUC-KR is all common GB2312 hanzi read as GBK) go to a candidate whose language's own script is
    // there (kana, everyday Korean syllables, Latin letters), then to the first in the list.
    if (best === undefined || score.own > best.score.own || (score.own === best.score.own && score.strong && !best.score.strong)) best = { label: candidate.label, score };
  }
  if (best === undefined || best.label === 'windows-1252') return undefined;
  const decoder = new TextDecoder(best.label);
  return (bytes) => decoder.decode(bytes);
}

/**
 * Whether the form's bytes are not UTF-8, weighed by component (cs1 review, D3). A browser encodes a whole form in one
 * charset, so a component that is valid UTF-8 with multi-byte sequences of its own is evidence for UTF-8, and one that
 * fails may be a value the page did not type (a Latin-1 value prefilled from a legacy cookie, a raw-byte token): the
 * bytes past ASCII in components that are UTF-8 must be outnumbered by those in components that are not before a
 * legacy charset is guessed. A legacy charset's short value may be valid UTF-8 by chance (a GBK hanzi whose lead is
 * 0xC2–0xDF and trail 0xA1–0xBF, about one in twelve), but its other values then hold most of the bytes.
 */
function utf8Fails(components: readonly Uint8Array[], cut: boolean): boolean {
  let valid = 0;
  let failed = 0;
  for (let k = 0; k < components.length; k++) {
    const bytes = components[k]!;
    let high = 0;
    for (const b of bytes) if (b >= 0x80) high++;
    try {
      // A new decoder per component: a fatal one that threw, or one left streaming, must not carry state over.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut && k === components.length - 1 });
      valid += high;
    } catch {
      failed += high;
    }
  }
  return failed > valid;
}

/** Most (this share) of a candidate's non-ASCII characters must be its own. */
const LEGACY_MIN_SCORE = 0.8;

/** How many bytes of escaped components the charset guess reads (the heuristic reads no more of a body than 256 KB). */
const GUESS_BYTES = 64 * 1024;

/**
 * The bytes of each form component holding an escaped byte past ASCII, and whether the last one was cut at the limit;
 * undefined when there is none, or a character past ASCII is there already.
 */
function escapedComponents(body: string): { components: Uint8Array[]; cut: boolean } | undefined {
  if (!/%[89a-fA-F][0-9a-fA-F]/.test(body)) return undefined;
  const out: Uint8Array[] = [];
  let count = 0;
  let start = 0;
  let kept = 0;
  let cut = false;
  // The guess reads the body's first GUESS_BYTES of escaped components: enough evidence for a charset, and each
  // candidate's decoders then never run over a crafted 2 MB body (the bench's broken-escapes form took half as long
  // again when every candidate decoded all of it).
  while (start < body.length && count < MAX_FIELDS && kept < GUESS_BYTES) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    const eq = body.indexOf('=', start);
    const cuts = eq !== -1 && eq < end ? [start, eq, eq + 1, end] : [start, end];
    for (let k = 0; k < cuts.length && kept < GUESS_BYTES; k += 2) {
      const read = componentBytes(body, cuts[k]!, cuts[k + 1]!, GUESS_BYTES - kept);
      if (read === null) return undefined;
      if (read !== undefined) {
        out.push(read.bytes);
        kept += read.bytes.length;
        cut = read.cut;
      } else cut = false;
    }
    count++;
    start = end + 1;
  }
  return out.length > 0 ? { components: out, cut } : undefined;
}

/**
 * A component's bytes (`+` a space) up to `limit`, and whether it was cut there; undefined when it has no byte past
 * ASCII, null when it holds a character past ASCII. A cut component keeps all its bytes, the last character's perhaps
 * cut short: its decoders read it streaming, which holds an incomplete last character back instead of failing
 * (trimming every trailing byte past ASCII emptied a value with no ASCII byte in its first 64 KB, cs1 review D4).
 */
function componentBytes(s: string, from: number, to: number, limit: number): { bytes: Uint8Array; cut: boolean } | undefined | null {
  const bytes = new Uint8Array(Math.min(to - from, limit));
  let n = 0;
  let high = false;
  let i = from;
  for (; i < to && n < bytes.length; i++) {
    const c = s.charCodeAt(i);
    const b = c === 37 /* % */ && i + 2 < to ? (hexDigit(s.charCodeAt(i + 1)) << 4) | hexDigit(s.charCodeAt(i + 2)) : -1;
    if (b >= 0) {
      if (b >= 0x80) high = true;
      bytes[n++] = b;
      i += 2;
    } else if (c >= 0x80) return null;
    else bytes[n++] = c === 43 /* + */ ? 0x20 : c;
  }
  return high ? { bytes: bytes.subarray(0, n), cut: i < to } : undefined;
}

/** A hex digit's value, or a negative number (so that a pair with a bad digit is negative too). */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -256;
}

/** Scoring reads at most this many non-ASCII characters (every component is still decoded, to find a byte that is not the charset's). */
const MAX_SCORED = 8192;

interface LegacyCandidate {
  label: string;
  /** Whether a non-ASCII character is of this charset's own script at its common level. */
  own: (c: string, code: number) => boolean;
  /** The script its language writes most (kana, Korean's everyday syllables, Han, Latin letters): `strong` when it is this share of the non-ASCII characters. */
  primary: (c: string, code: number) => boolean;
  strongAt: number;
  /** Not a candidate unless strong: Chinese read as EUC-JP is all kanji, and as EUC-KR all Hangul but rarely everyday syllables. */
  mustBeStrong?: boolean;
}

/** A candidate's share of the non-ASCII characters that are its own, and whether its language's own script is there. */
interface Score {
  own: number;
  strong: boolean;
}

/**
 * Korean's everyday syllables, about 450 of KS X 1001's 2350: the bytes of Chinese text read as EUC-KR land on
 * syllables at random, rarely on these. (A short hand-written list stands in for a frequency table no library here has.)
 */
const KOREAN_COMMON = new Set(
  '가각간갈감갑강같개객거걱건걸검것게겠겨격견결경계고곡곤골공과관광괜교구국군굴권귀규그극근글금급기긴길김까깨꺼께꼭꾸끝나난날남났내냐너넘네녀년념녕노논놀농높놓누는늘능니님다닥단달담답당대댁더던데도독돈동되된될됩두둘뒤드득든들듬등디따때떤떻또뜻라락란람랑래량러런럼렇레려력련렵령로록론롭료루류르른를름릅리린릴림립마막만많말맞매머먹먼멀메며면명모목못몰몸무문물뭐미민밀및바박반받발밤방배백버번벌범법벗베변별병보복본봤봐부분불비빠사산살삼상새색생서석선설섭성세셨소속손송수숙순술숨쉬스슨슬습시식신실심십싶싸써씁씨아악안않알암았앞애야약양어억언얼엄업없었에여역연열염영예오온올와완왜외요용우운울웃원월위유으은을음응의이익인일임입있자작잔잘잠장재저적전절점접정제져조족존좀종좋주죽준줄중즈즉즐지직진질집짓짜째쪽찾채책처천철첫청체쳐초총최추출충취치친칠카커컴케코크키타탁태터테토통투트특파판편평포표품프피필하학한할함합항해했행향허현형혜호혹화확환활황회효후훈휴히힘',
);

/** CJK punctuation, full-width forms and general punctuation, which every East Asian charset has. */
function cjkPunct(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff60) || (code >= 0x2010 && code <= 0x203b);
}
function isKana(code: number): boolean {
  return code >= 0x3041 && code <= 0x30ff;
}
/** Korean's compatibility jamo in use today (`ㅋㅋ`, `ㅠㅠ`); EUC-KR's archaic ones after them are where EUC-JP's later hiragana land. */
function isModernJamo(code: number): boolean {
  return code >= 0x3131 && code <= 0x3163;
}
function japaneseOwn(c: string, code: number): boolean {
  return isKana(code) || cjkPunct(code) || commonSet('ja').has(c);
}

/** Each standard's common level, read once from the decoder over its byte range (JIS level 1, KS X 1001 Hangul, GB2312, Big5's frequent hanzi). */
let commonSets: Map<string, Set<string>> | undefined;
function commonSet(name: string): Set<string> {
  commonSets ??= new Map([
    ['ja', levelChars('euc-jp', 0xb0, 0xcf, 0xa1, 0xfe)],
    ['ko', levelChars('euc-kr', 0xb0, 0xc8, 0xa1, 0xfe)],
    ['gb', levelChars('gbk', 0xb0, 0xf7, 0xa1, 0xfe)],
    // Its frequent hanzi only: Latin-1 letters from 0xC7 up followed by an ASCII letter (`ça`, `niño`) are its less
    // frequent ones (`蓷`), and a Latin page's form must not be read so.
    ['big5', levelChars('big5', 0xa4, 0xc6, 0x40, 0xfe, /\p{Script=Han}/u)],
  ]);
  return commonSets.get(name)!;
}
function levelChars(label: string, leadFrom: number, leadTo: number, trailFrom: number, trailTo: number, only?: RegExp): Set<string> {
  const bytes: number[] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (let trail = trailFrom; trail <= trailTo; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      bytes.push(lead, trail);
    }
  }
  const set = new Set(new TextDecoder(label).decode(Uint8Array.from(bytes)));
  set.delete('\ufffd');
  if (only) for (const c of set) if (!only.test(c)) set.delete(c);
  return set;
}


const CP1252_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]/;
/** Latin letters with accents and windows-1252's typographic punctuation. */
const CP1252_OWN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u00a0\u00ab\u00bb]/;

/** In the order ties go (see guessedCharset). */
const LEGACY_CANDIDATES: readonly LegacyCandidate[] = [
  { label: 'shift_jis', own: japaneseOwn, primary: (_, code) => isKana(code), strongAt: 0.1 },
  // Before EUC-JP: a Korean `ㅋㅋ` is kana read as EUC-JP (`せせ`), and its syllables common kanji.
  { label: 'euc-kr', own: (c, code) => cjkPunct(code) || isModernJamo(code) || commonSet('ko').has(c), primary: (c) => KOREAN_COMMON.has(c), strongAt: 0.6, mustBeStrong: true },
  { label: 'euc-jp', own: japaneseOwn, primary: (_, code) => isKana(code), strongAt: 0.1, mustBeStrong: true },
  // Before the Chinese ones: `Ärger`'s 0xC4 and the `r` after it are also a Big5 hanzi.
  // Its letters are its primary script: `Œuvre`'s 0x8C and the `u` after it are also a Shift_JIS kanji, and the tie goes to Latin.
  { label: 'windows-1252', own: (c) => CP1252_OWN.test(c), primary: (c) => CP1252_LETTER.test(c), strongAt: 0.5 },
  { label: 'gbk', own: (c, code) => cjkPunct(code) || commonSet('gb').has(c), primary: (c) => commonSet('gb').has(c), strongAt: 0.5 },
  { label: 'big5', own: (c, code) => cjkPunct(code) || commonSet('big5').has(c), primary: (c) => commonSet('big5').has(c), strongAt: 0.5 },
];

/**
 * The share of a candidate's non-ASCII characters that are its own; undefined when a component does not decode.
 * Windows-1252's accented letters stand alone or in pairs within words (`café`, `Grüße`): a run of more than three
 * is a multi-byte charset's bytes read one by one, and counts against it.
 */
function candidateScore(candidate: LegacyCandidate, components: readonly Uint8Array[], cut: boolean): Score | undefined {
  const latin = candidate.label === 'windows-1252';
  const decoder = bytesDecoder(candidate.label, true);
  let total = 0;
  let own = 0;
  let primary = 0;
  for (let k = 0; k < components.length; k++) {
    let text: string;
    try {
      // Streaming for a component cut at the limit: its last character may be cut short (the decoder is not used again).
      text = decoder.decode(components[k]!, { stream: cut && k === components.length - 1 });
    } catch {
      return undefined;
    }
    if (total >= MAX_SCORED) continue;
    let run = 0;
    let runOwn = 0;
    for (const c of text) {
      const code = c.codePointAt(0)!;
      if (code < 0x80) {
        own += latin && run > 3 ? 0 : runOwn;
        run = runOwn = 0;
        continue;
      }
      if (++total > MAX_SCORED) break;
      run++;
      if (candidate.own(c, code)) runOwn++;
      if (candidate.primary(c, code)) primary++;
    }
    own += latin && run > 3 ? 0 : runOwn;
  }
  const strong = total > 0 && primary >= candidate.strongAt * total;
  if (total === 0 || (candidate.mustBeStrong && !strong)) return undefined;
  return { own: own / total, strong };
}

function formBody(body: string, charset?: (bytes: Uint8Array) => string): ParsedBody {
  const repeated = new Map<string, string[]>();
  const fields = parseForm(body, repeated, charset && ((s) => decodeInCharset(s, charset)));
  return repeated.size > 0 ? { type: 'form', fields, repeated } : { type: 'form', fields };
}

/** Records a value of a name sent more than once (`first` is the value it was first sent with). */
function addRepeat(repeated: Map<string, string[]>, name: string, first: string, value: string): void {
  const values = repeated.get(name);
  if (values) values.push(value);
  else repeated.set(name, [first, value]);
}

/**
 * The fields of a urlencoded body, each name's first value. When `repeated`
 * is given, every value of a name sent more than once is put there, in order.
 */
export function parseForm(body: string, repeated?: Map<string, string[]>, decode: (s: string) => string = decodeFormComponent): Map<string, string> {
  const fields = new Map<string, string>();
  let start = 0;
  let count = 0;
  while (start <= body.length && count < MAX_FIELDS) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    if (end > start) {
      const pair = body.slice(start, end);
      const eq = pair.indexOf('=');
      const name = decode(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
      // The first value wins, as most servers read it; lists (`options[]`) are kept in `repeated`.
      const first = fields.get(name);
      if (first === undefined) fields.set(name, value);
      else if (repeated) addRepeat(repeated, name, first, value);
      count++;
    }
    start = end + 1;
  }
  return fields;
}

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A part's Content-Type that is JSON (`application/json`, `application/…+json`). */
const JSON_PART = /^content-type:\s*application\/(?:json|[\w.+-]*\+json)\s*(?:;|$)/im;
/** A part's Content-Type that is plain text (a FormData entry appended as `new Blob([caption], { type: 'text/plain' })`). */
const TEXT_PART = /^content-type:\s*text\/plain\s*(?:;|$)/im;
/**
 * A multipart/related upload's mail message part (message/rfc822 after the JSON metadata), set on the metadata's
 * object under this symbol: JSON walks (the heuristic's) do not see symbol keys; the Gmail API's send reads it.
 */
export const MAIL_PART: unique symbol = Symbol('message/rfc822 part');
/** A part that is a whole mail message. */
const RFC822_PART = /^content-type:\s*message\/rfc822\s*(?:;|$)/im;
/** A part's name that says it is a file (`file`, `files[]`, `attachment`, `upload`), whatever its type. */
const FILE_PART_NAME = /^(?:files?|uploads?|attachments?|documents?|blob|export|snippet)(?:\[\d*\])?$/i;

function parseMultipart(body: string, declared: string | undefined): ParsedBody {
  let boundary = declared;
  if (!boundary) {
    // Sniff: the body starts with `--<boundary>\r\n`.
    const eol = body.indexOf('\n');
    if (eol < 3 || eol > 200) return { type: 'unreadable', reason: 'malformed' };
    boundary = body.slice(2, eol).replace(/\r$/, '');
    if (!boundary || /\s/.test(boundary)) return { type: 'unreadable', reason: 'malformed' };
  }
  const delimiter = `--${boundary}`;
  const fields = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  /** multipart/related (Google's one-request uploads): the first part, unnamed, is the JSON metadata. */
  let root: string | undefined;
  let mailPart: string | undefined;
  let pos = body.indexOf(delimiter);
  if (pos === -1) return { type: 'unreadable', reason: 'malformed' };
  let count = 0;
  while (count < MAX_FIELDS) {
    pos += delimiter.length;
    if (body.startsWith('--', pos)) break; // closing delimiter
    const next = body.indexOf(delimiter, pos);
    if (next === -1) break;
    const part = body.slice(pos, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    const sep = headerEnd === -1 ? part.indexOf('\n\n') : headerEnd;
    if (sep !== -1) {
      const head = part.slice(0, sep);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      // A file part is skipped, unless it is a typed Blob saying it is JSON: a FormData entry appended as
      // `new Blob([JSON.stringify(payload)], { type: 'application/json' })` goes out named "blob" and is a field like
      // any other. A JSON file a person uploads (`en.json`, a `.geojson` layer) keeps its name and is a file.
      // A Blob typed text/plain is the page's own text the same way (round t1: a caption appended as a Blob beside the
      // image); a text file a person picks keeps its own name and stays a file.
      // A text Blob under a file's name (`file`, `attachment`: a script uploading generated text) stays a file.
      const textBlob = TEXT_PART.test(head) && !FILE_PART_NAME.test(name ?? '');
      const isFile = /filename="/i.test(head) && !((JSON_PART.test(head) || textBlob) && /filename="blob"/i.test(head));
      if (count === 0 && name === undefined && !/filename="/i.test(head) && JSON_PART.test(head)) {
        root = part.slice(sep + (headerEnd === -1 ? 2 : 4)).replace(/\r?\n$/, '');
      }
      // Its media part, when that is a mail message (the Gmail API's multipart upload of messages.send): kept under
      // MAIL_PART, out of the heuristic's reach (a file of mail uploaded elsewhere is not mail sent).
      if (root !== undefined && count > 0 && name === undefined && RFC822_PART.test(head)) {
        mailPart ??= part.slice(sep + (headerEnd === -1 ? 2 : 4)).replace(/\r?\n$/, '');
      }
      if (name !== undefined && !isFile) {
        let value = part.slice(sep + (headerEnd === -1 ? 2 : 4));
        if (value.endsWith('\r\n')) value = value.slice(0, -2);
        else if (value.endsWith('\n')) value = value.slice(0, -1);
        const first = fields.get(name);
        if (first === undefined) fields.set(name, value);
        else addRepeat(repeated, name, first, value);
      }
    }
    count++;
    pos = next;
  }
  if (fields.size === 0 && root !== undefined) {
    const parsed = parseJson(root);
    if (mailPart !== undefined && parsed.type === 'json' && isRecord(parsed.value)) (parsed.value as Record<symbol, unknown>)[MAIL_PART] = mailPart;
    return parsed;
  }
  if (fields.size === 0) return { type: 'unreadable', reason: 'malformed' };
  return repeated.size > 0 ? { type: 'multipart', fields, repeated } : { type: 'multipart', fields };
}

/** One request inside an HTTP batch (parseHttpBatch). */
export interface BatchedRequest {
  method: string;
  /** As written in the request line: a path (`/youtube/v3/commentThreads?part=snippet`) or a whole URL. */
  target: string;
  headers: Record<string, string>;
  body?: string;
}

/** The requests read from an HTTP batch, and why the rest, if any, was not read. */
export interface HttpBatch {
  requests: BatchedRequest[];
  /** Set when part of the batch was not read (past the cap, or a batch nested deeper than a changeset): its words may be there. */
  unread?: string;
}

/** At most this many requests of an HTTP batch are read (the cap bounds time; what lies past it is not read). */
const MAX_BATCHED_REQUESTS = 100;
/**
 * RFC 2046 allows a preamble of any length before the first boundary. A boundary the Content-Type declares is found
 * wherever it is (the body is already bounded by MAX_PARSE_CHARS); a boundary guessed from a line is looked for only
 * within this much, so that ordinary text with a `--` line far down is not taken for a batch.
 */
const MAX_GUESSED_PREAMBLE = 1024;

/**
 * The requests of a multipart/mixed HTTP batch (round t1: Google APIs' batch
 * endpoints, /batch/<api>/<version>, and OData's `$batch`): each part typed
 * `application/http` holds a whole request, its request line, headers, a
 * blank line and its body. OData sends its writes in a changeset, a part that
 * is itself multipart/mixed: it is opened one level down, and anything nested
 * deeper is reported as unread. A preamble or blank lines before the first
 * boundary are skipped (RFC 2046). A part that is not a request (another type,
 * no Content-Type, a request line that does not parse) is skipped and reported
 * as unread when another part is a request (second review of t1: one such part
 * hid every post in the batch). Undefined when the body is not such a batch (no
 * boundary line, no closing boundary, or no part that is a request).
 */
export function parseHttpBatch(body: string | undefined, contentType?: string): HttpBatch | undefined {
  if (body === undefined || body.length > MAX_PARSE_CHARS) return undefined;
  const first = firstDelimiter(body, contentType === undefined ? undefined : boundaryOf(contentType));
  if (!first) return undefined;
  const out: HttpBatch = { requests: [] };
  const skipped = { parts: 0 };
  if (!readBatchParts(body, first[0], first[1], out, 0, skipped)) return undefined;
  if (skipped.parts > 0) {
    if (out.requests.length === 0) return undefined;
    out.unread ??= 'a part of the batch could not be read';
  }
  return out.requests.length > 0 || out.unread !== undefined ? out : undefined;
}

/** The first boundary line (its delimiter and where it starts), after a preamble (a short one when the boundary is guessed). */
function firstDelimiter(body: string, boundary: string | undefined): [string, number] | undefined {
  if (boundary !== undefined) {
    const delimiter = `--${boundary}`;
    if (body.startsWith(delimiter)) return [delimiter, 0];
    const at = body.indexOf(`\n${delimiter}`);
    return at === -1 ? undefined : [delimiter, at + 1];
  }
  let pos = 0;
  while (pos <= MAX_GUESSED_PREAMBLE && pos < body.length) {
    let eol = body.indexOf('\n', pos);
    if (eol === -1) eol = body.length;
    if (body.startsWith('--', pos)) {
      const delimiter = body.slice(pos, eol).replace(/\r$/, '');
      return delimiter.length < 3 || delimiter.length > 200 || /\s/.test(delimiter) ? undefined : [delimiter, pos];
    }
    pos = eol + 1;
  }
  return undefined;
}

/** Reads the parts after the boundary at `start` into `out`, counting those that are not requests; false when a boundary is missing. */
function readBatchParts(body: string, delimiter: string, start: number, out: HttpBatch, depth: number, skipped: { parts: number }): boolean {
  let pos = start;
  for (;;) {
    pos += delimiter.length;
    if (body.startsWith('--', pos)) return true;
    const next = body.indexOf(delimiter, pos);
    if (next === -1) return false;
    if (out.requests.length >= MAX_BATCHED_REQUESTS) {
      out.unread = 'the batch holds more requests than Hatstand reads';
      return true;
    }
    const part = body.slice(pos, next).replace(/^\r?\n/, '');
    const [head, inner] = splitHead(part);
    if (inner === undefined) {
      skipped.parts++;
      pos = next;
      continue;
    }
    const type = /^content-type:\s*([^\r\n]*)/im.exec(head)?.[1]?.trim() ?? '';
    if (/^multipart\/mixed\s*(?:;|$)/i.test(type)) {
      const boundary = boundaryOf(type);
      if (depth > 0 || boundary === undefined) {
        out.unread = 'a batch inside a batch is not read';
      } else {
        const first = firstDelimiter(inner, boundary);
        if (!first || !readBatchParts(inner, first[0], first[1], out, depth + 1, skipped)) skipped.parts++;
      }
    } else if (/^application\/http\s*(?:;|$)/i.test(type)) {
      const request = batchedRequest(inner);
      if (request) out.requests.push(request);
      else skipped.parts++;
    } else {
      skipped.parts++;
    }
    pos = next;
  }
}

/** A request written out in a batch's part: its request line, headers, a blank line and its body. */
function batchedRequest(inner: string): BatchedRequest | undefined {
  const [requestHead, requestBody] = splitHead(inner);
  const lines = requestHead.split(/\r?\n/);
  // Before an HTTP version the target may hold spaces as written (SharePoint's samples: `getbytitle('Site Pages')`).
  const line = /^([A-Z]{3,7}) (\S.*?) HTTP\/[\d.]+$/.exec(lines[0]!.trim()) ?? /^([A-Z]{3,7}) (\S+)$/.exec(lines[0]!.trim());
  if (!line) return undefined;
  const headers: Record<string, string> = {};
  for (const h of lines.slice(1, 50)) {
    const colon = h.indexOf(':');
    if (colon > 0) headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
  }
  const request: BatchedRequest = { method: line[1]!, target: line[2]!, headers };
  const content = requestBody?.replace(/\r?\n$/, '');
  if (content) request.body = content;
  return request;
}

/** A part's head and what follows its first blank line (undefined when there is none). */
function splitHead(part: string): [string, string | undefined] {
  const crlf = part.indexOf('\r\n\r\n');
  const lf = part.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf <= lf)) return [part.slice(0, crlf), part.slice(crlf + 4)];
  if (lf !== -1) return [part.slice(0, lf), part.slice(lf + 2)];
  return [part, undefined];
}

/**
 * True when a body is bytes that are not text: compressed (Content-Encoding gzip, deflate, br) or
 * another binary encoding, which the session glue hands over decoded as UTF-8. Looks at the first
 * 512 characters only: a C0 control character other than tab, line feed and carriage return, or
 * the replacement character the decoder puts for bytes that are not UTF-8.
 */
export function looksBinary(body: string | undefined): boolean {
  if (body === undefined) return false;
  const probe = body.length > 512 ? body.slice(0, 512) : body;
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(probe);
}

// ---------------------------------------------------------------- value access

export type Json = unknown;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// The last JSON string parsed by asJson, and its value. GraphQL clients send
// `variables` as a JSON string that every field lookup walks through: without
// this, a parser that reads five fields parses the same string five times.
let lastSource: string | undefined;
let lastValue: unknown;

/** A JSON value that may arrive as a JSON-encoded string (GraphQL `variables` often do). */
export function asJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (v === lastSource) return lastValue;
  const c = firstNonSpace(v);
  if (c !== '{' && c !== '[') return v;
  if (v.length > MAX_PARSE_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(v) as unknown;
  } catch {
    value = undefined;
  }
  // Only worth remembering when re-parsing would cost something.
  if (v.length > 256) {
    lastSource = v;
    lastValue = value;
  }
  return value;
}

/** Follows `path` through objects (and JSON-encoded strings on the way). */
export function at(v: unknown, ...path: Array<string | number>): unknown {
  let cur: unknown = v;
  for (const key of path) {
    cur = asJson(cur);
    if (typeof key === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[key];
    } else {
      if (!isRecord(cur)) return undefined;
      cur = cur[key];
    }
  }
  return cur;
}

/** The parts that are there and not blank, a paragraph each (a title above its body). */
export function joinParts(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A non-empty string, or undefined. */
export function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** An id sent as a non-empty string or as a JSON number (X sends both), as a string. */
export function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return String(v);
  return nonEmpty(v);
}

/**
 * The first string under one of `keys`, searched breadth-first through
 * objects, arrays and JSON-encoded strings, at most `maxDepth` levels down and
 * `maxNodes` values in all: for shapes that nest the text at a depth that
 * changes between client versions.
 */
export function findText(v: unknown, keys: ReadonlySet<string>, maxDepth = 6, maxNodes = 400): string | undefined {
  let level: unknown[] = [v];
  let nodes = 0;
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const raw of level) {
      if (++nodes > maxNodes) return undefined;
      const node = asJson(raw);
      if (Array.isArray(node)) {
        for (const item of node.slice(0, 50)) next.push(item);
      } else if (isRecord(node)) {
        for (const key in node) {
          const value = node[key];
          if (keys.has(key) && typeof value === 'string') return value;
          if (typeof value === 'object' || typeof value === 'string') next.push(value);
        }
      }
    }
    level = next;
  }
  return undefined;
}

/** A field of the body, or else of the URL's query string (APIs that take either). */
export function fieldOrQuery(body: ParsedBody, url: URL, name: string): unknown {
  const inBody = field(body, name);
  if (inBody !== undefined) return inBody;
  return url.searchParams.get(name) ?? undefined;
}

/** A request parameter the API takes in the body or the query string (Graph, Threads, GNU social). */
export function param(request: { body: ParsedBody; url: URL }, name: string): unknown {
  return fieldOrQuery(request.body, request.url, name);
}

/** True when a body is there but cannot be looked into: it may hide parameters an API also takes in the query string. */
export function hidesParams(body: ParsedBody): boolean {
  return !isStructured(body) && body.type !== 'none';
}

/** The optional version segment of a Graph-style API path (`/v19.0`). */
export const GRAPH_VERSION = '(?:\\/v\\d+(?:\\.\\d+)?)?';

/**
 * The same path under an optional first segment, for software that can be
 * installed under a sub-path of its host (example.org/forum/posts for a
 * Discourse subfolder install, example.org/chat/api/v1/… for Rocket.Chat's
 * ROOT_URL, example.org/mattermost/api/v4/… for Mattermost's SiteURL).
 * `path` must start with `^`; the segment is bounded, so the test stays linear.
 */
export function underSubPath(path: RegExp): RegExp {
  return new RegExp(`^(?:\\/[\\w.-]{1,64})?${path.source.slice(1)}`, path.flags);
}

/** True when the body holds fields this parser can look into (JSON, form or multipart). */
export function isStructured(body: ParsedBody): boolean {
  return body.type === 'json' || body.type === 'form' || body.type === 'multipart';
}

/** The fields of a form or multipart body, or of a JSON object body, as one lookup. */
export function field(body: ParsedBody, name: string): unknown {
  switch (body.type) {
    case 'form':
    case 'multipart':
      return body.fields.get(name);
    case 'json':
      return isRecord(body.value) ? body.value[name] : undefined;
    default:
      return undefined;
  }
}

/**
 * Every value of a field: all the values of a form or multipart name sent more
 * than once (`options[]=a&options[]=b`), the strings of a JSON array, or the
 * one value there is. `field` keeps answering the first value.
 */
export function fieldAll(body: ParsedBody, name: string): string[] {
  switch (body.type) {
    case 'form':
    case 'multipart': {
      const all = body.repeated?.get(name);
      if (all) return [...all];
      const one = body.fields.get(name);
      return one === undefined ? [] : [one];
    }
    case 'json': {
      const v = isRecord(body.value) ? body.value[name] : undefined;
      if (Array.isArray(v)) return v.slice(0, MAX_FIELDS).filter((s): s is string => typeof s === 'string');
      return typeof v === 'string' ? [v] : [];
    }
    default:
      return [];
  }
}

/** Every value of a parameter the API takes in the body or the query string: the body's, else the query string's. */
export function paramAll(request: { body: ParsedBody; url: URL }, name: string): string[] {
  const inBody = fieldAll(request.body, name);
  return inBody.length > 0 ? inBody : request.url.searchParams.getAll(name).slice(0, MAX_FIELDS);
}

/**
 * The parser of a request that carries prose but publishes nothing (a
 * setting, a report, a note to oneself, a profile): not a post when the body
 * carries one of `fields` (its owner's shape), else not this adapter's
 * (`notMine`), so that the other adapters and the heuristic still look. The
 * fields are read from the body (`body`), a JSON body only (`json`), or the
 * body then the query string (`body-or-query`, for APIs that take both).
 */
export function quietWhen(fields: readonly string[], from: 'body' | 'json' | 'body-or-query' = 'body') {
  return (ctx: EndpointContext): EndpointResult => {
    if (from === 'json' && ctx.body.type !== 'json') return { post: false, notMine: true };
    for (const name of fields) {
      const value = from === 'body-or-query' ? param(ctx, name) : field(ctx.body, name);
      if (value !== undefined) return { post: false };
    }
    return { post: false, notMine: true };
  };
}

// ---------------------------------------------------------------- mail (RFC 822 / MIME)

/** A MIME message is read only this deep (multipart inside multipart) and this wide (parts per level). */
const MIME_MAX_DEPTH = 4;
const MIME_MAX_PARTS = 30;
/** RFC 2046 caps a boundary at 70 characters; a longer one is not a message a mail client made. */
const MIME_MAX_BOUNDARY = 200;

/** Base64 or base64url (padded or not, folded lines) to a binary string, one character a byte; undefined when it is not base64. */
export function base64Binary(s: string): string | undefined {
  const clean = s.replace(/[\r\n\t ]+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bare = clean.endsWith('==') ? clean.slice(0, -2) : clean.endsWith('=') ? clean.slice(0, -1) : clean;
  try {
    return atob(bare.padEnd(Math.ceil(bare.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
}

/** Base64 or base64url (padded or not, folded lines) to bytes; undefined when it is not base64. */
export function base64Bytes(s: string): Uint8Array | undefined {
  const bin = base64Binary(s);
  return bin === undefined ? undefined : binaryBytes(bin);
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return bytesDecoder(charset?.trim() || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A binary string's (one character a byte, as `atob` gives) bytes. */
function binaryBytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/**
 * Quoted-printable (RFC 2045) to bytes: soft line breaks dropped, `=XX` read, other characters as their byte
 * (`binary`: the message was decoded one character a byte) or their UTF-8 (text the page gave).
 */
function quotedPrintableBytes(s: string, binary: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  const encoder = new TextEncoder();
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d) {
      const a = s.charCodeAt(i + 1);
      if (a === 0x0a || (a === 0x0d && s.charCodeAt(i + 2) === 0x0a)) {
        i += a === 0x0a ? 1 : 2; // a soft line break
        continue;
      }
      const b = s.charCodeAt(i + 2);
      if (isHexDigit(a) && isHexDigit(b)) {
        out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
        i += 2;
        continue;
      }
    }
    if (c < 0x80 || (binary && c < 0x100)) out[n++] = c;
    else n += encoder.encodeInto(s[i]!, out.subarray(n)).written;
  }
  return out.subarray(0, n);
}

/** A header's value and its parameters (`text/plain; charset="utf-8"`), folded lines joined. */
function mimeHeaders(head: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) out.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return out;
}
function mimeParam(value: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The words a MIME entity carries: its first text/plain part, else its first text/html part (`html: true`). */
export interface MailText {
  text: string;
  html: boolean;
}
/** A found text, and whether it came from inside an embedded message (a forwarded mail attached). */
interface FoundText extends MailText {
  embedded: boolean;
}

/**
 * What an RFC 822 message says, read as a mail client shows it: headers, then
 * the body by its Content-Transfer-Encoding (base64, quoted-printable, 7bit,
 * 8bit, binary) and charset; a multipart's first plain-text part that is not
 * an attachment and not empty, else its first HTML part; a message/rfc822 part
 * (a mail forwarded as an attachment) read only when the message has no text of
 * its own. Attachments (`Content-Disposition: attachment`, or a part with a file
 * name) are never the body. Undefined when the input has no header block or no
 * text part (an encrypted or signed-only body, attachments alone). Bounded in
 * depth and parts. Line ends come back as `\n`. `binary`: the message was
 * decoded one character a byte (`atob`), so 7bit and 8bit parts are decoded
 * from those bytes in their charset; otherwise it is text as the page gave it.
 */
export function mailText(message: string, binary = false): MailText | undefined {
  const found = mailEntity(message.replace(/^(?:\r?\n)+/, ''), binary, 0, false);
  return found && { text: found.text, html: found.html };
}

function mailEntity(entity: string, binary: boolean, depth: number, isPart: boolean): FoundText | undefined {
  if (depth > MIME_MAX_DEPTH) return undefined;
  // A body part may have no header lines at all (RFC 2046 5.1: then it is US-ASCII text/plain).
  const bare = isPart && /^\r?\n/.test(entity);
  const [head, rest] = bare ? ['', entity.replace(/^\r?\n/, '')] : splitHead(entity);
  if (rest === undefined || (!bare && !/^[\w-]{1,76}:/.test(head))) return undefined;
  const headers = mimeHeaders(head);
  const contentType = headers.get('content-type');
  const type = (contentType ?? 'text/plain').toLowerCase();
  const disposition = headers.get('content-disposition');
  if (/^attachment\b/i.test(disposition ?? '')) return undefined;
  if (isPart && (mimeParam(contentType, 'name') !== undefined || mimeParam(disposition, 'filename') !== undefined)) return undefined;
  if (type.startsWith('multipart/')) {
    const boundary = mimeParam(contentType, 'boundary');
    if (!boundary || boundary.length > MIME_MAX_BOUNDARY) return undefined;
    const parts = rest.split(`--${boundary}`).slice(1, MIME_MAX_PARTS + 1);
    let html: FoundText | undefined;
    let embedded: FoundText | undefined;
    for (const part of parts) {
      if (part.startsWith('--')) break;
      const found = mailEntity(part.replace(/^[ \t]*\r?\n/, ''), binary, depth + 1, true);
      if (!found) continue;
      if (found.embedded) {
        if (!embedded || (embedded.html && !found.html)) embedded = found;
      } else if (!found.html) return found;
      else html ??= found;
    }
    return html ?? embedded;
  }
  if (type.startsWith('message/rfc822')) {
    const found = mailEntity(rest.replace(/^(?:\r?\n)+/, ''), binary, depth + 1, false);
    return found && { ...found, embedded: true };
  }
  const isHtml = type.startsWith('text/html');
  if (!isHtml && !type.startsWith('text/plain')) return undefined;
  const charset = mimeParam(contentType, 'charset');
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  let text: string;
  if (encoding === 'base64') {
    const bytes = base64Bytes(rest);
    if (!bytes) return undefined;
    text = decodeBytes(bytes, charset);
  } else if (encoding === 'quoted-printable') {
    text = decodeBytes(quotedPrintableBytes(rest, binary), charset);
  } else if (binary || (charset !== undefined && !/^utf-?8$/i.test(charset) && isAscii(rest))) {
    // 7bit, 8bit or binary: the part's own bytes in its charset (ISO-2022-JP is 7bit escapes; Latin text 8bit).
    text = decodeBytes(binaryBytes(rest), charset);
  } else {
    text = rest;
  }
  text = text.replace(/\r\n/g, '\n').trimEnd();
  // An empty part hides nothing: an alternative's HTML after an empty plain part is the body.
  if (text.trim() === '') return undefined;
  return { text, html: isHtml, embedded: false };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
