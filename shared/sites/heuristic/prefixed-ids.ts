/**
 * Type-prefixed record ids (round id1): `cus_NffrFeUfNV2Hib` (Stripe), `cnv_yo1kg5q` and `crd_3h7kq2b` (Front),
 * `job_a7f2c9e4b1d8` (Housecall Pro), `acti_…` (Close), `usr_01H…` (a ULID or KSUID behind a prefix). Many APIs name
 * a record by its type's short alias, an underscore and a random tail, and such a segment held neither three digits in
 * a row nor any other shape hasIdSegment knew, so the rules that want "a record by id above `notes` / `comments`"
 * missed these records and three family modules kept local copies (field-service.ts, veterinary.ts, recruiting.ts).
 * paths.ts's hasIdSegment asks this module, so every family's rules gain it.
 *
 * The shape, and why:
 * - a prefix of 2–12 lower-case ASCII letters: a type's alias (`cus`, `cnv`, `acti`, `user`, `thread`); a digit in it
 *   (`v2_beta`, `h264_…`) or a capital marks a word or a version, not an alias;
 * - one underscore, then a tail of 5–64 ASCII letters and digits: no second underscore (`snake_case_names`), long
 *   enough to be random (`en_GB` is a locale);
 * - the tail holds a digit, and is either all digits or mixes letters and digits in three runs or more (a digit
 *   between letters or letters between digits: `yo1kg5q`, `NffrFeUfNV2Hib`, `3f9a2c71…`): a word followed by a
 *   number (`max_buddy2`, `top_10songs`) has two runs only and stays a slug. A tail of letters only (`my_notes`,
 *   `user_settings`, or a rare id with no digit) is never an id here.
 */

/** Longest segment looked at: a prefix of 12, the underscore and a tail of 64. */
const MAX_LENGTH = 77;
const PREFIXED = /^[a-z]{2,12}_([A-Za-z0-9]{5,64})$/;

/** Whether a path segment is a type-prefixed record id (see the header for the shape and why). */
export function isPrefixedId(segment: string): boolean {
  if (segment.length > MAX_LENGTH || segment.indexOf('_') < 2) return false;
  const tail = PREFIXED.exec(segment)?.[1];
  if (tail === undefined || !/\d/.test(tail)) return false;
  return /^\d+$/.test(tail) || mixedRuns(tail) >= 3;
}

/** How many runs of letters and of digits a tail falls into (`yo1kg5q` → 5, `buddy2` → 2), counted up to three. */
function mixedRuns(tail: string): number {
  let runs = 1;
  for (let i = 1; i < tail.length && runs < 3; i++) {
    if (isDigit(tail.charCodeAt(i)) !== isDigit(tail.charCodeAt(i - 1))) runs++;
  }
  return runs;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
