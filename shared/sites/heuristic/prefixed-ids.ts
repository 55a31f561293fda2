/**
 * Type-prefixed record ids (round id1, narrowed by its review, id1rev): `cus_NffrFeUfNV2Hib` (Stripe), `cnv_yo1kg5q`
 * (Front), `job_a7f2c9e4b1d8` (Housecall Pro), `th_01H8ZK…` (a ULID behind a prefix). Many APIs name a record by its
 * type's short alias, an underscore and a random tail. hasIdSegment (paths.ts) asks this module for the segments its
 * older shapes miss: most of these ids already held three digits in a row; what this adds is a tail whose digits run
 * at most two long. recruiting.ts, field-service.ts and transactions.ts keep their own, looser id tests where their
 * record's place is sign enough, and veterinary.ts keeps its pet-id test (id1 review D1, M3).
 *
 * The shape, and why:
 * - a prefix of 2–12 lower-case ASCII letters: a type's alias (`cus`, `cnv`, `acti`, `thread`); a digit in it
 *   (`v2_beta`, `h264_…`) or a capital marks a word or a version, not an alias;
 * - one underscore, then a tail of 5–64 ASCII letters and digits: no second underscore (`snake_case_names`), long
 *   enough to be random (`en_GB` is a locale);
 * - the tail holds a digit and mixes letters and digits in three runs or more (`yo1kg5q`, `NffrFeUfNV2Hib`): a word
 *   followed by a number (`max_buddy2`, `top_10songs`) has two runs only and stays a slug, and a tail of letters
 *   only (`my_notes`, `user_settings`) is never an id here;
 * - a tail with a capital or of ten characters or more is random enough anywhere; a short lower-case tail
 *   (`page_2of10`, `sprint_q3w12`, `api_v2beta3`, `report_q3fy24`) looks like a word with numbers in it, so it is an
 *   id only right after a plural collection word in the same path (`…/conversations/cnv_yo1kg5q`): that is what "a
 *   record by id" means (id1 review D2). A segment asked about alone has no collection before it.
 */

/** Longest segment looked at: a prefix of 12, the underscore and a tail of 64. */
const MAX_LENGTH = 77;
const PREFIXED = /^[a-z]{2,12}_([A-Za-z0-9]{5,64})$/;
/** A plural collection word (`conversations`, `customers`, `work-orders`), not `…ss` (`address`). */
const PLURAL_COLLECTION = /^[a-z][a-z_-]{0,38}[^s]s$/i;
/** A tail this long is random enough without a collection before it. */
const LONG_TAIL = 10;

/**
 * Whether a path segment is a type-prefixed record id (see the header for the shape and why); `before` is the path
 * segment before it, when the caller has one.
 */
export function isPrefixedId(segment: string, before?: string): boolean {
  if (segment.length > MAX_LENGTH || segment.indexOf('_') < 2) return false;
  const tail = PREFIXED.exec(segment)?.[1];
  if (tail === undefined || !/\d/.test(tail) || mixedRuns(tail) < 3) return false;
  if (tail.length >= LONG_TAIL || /[A-Z]/.test(tail)) return true;
  return before !== undefined && PLURAL_COLLECTION.test(before);
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
