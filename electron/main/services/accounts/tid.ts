import { randomInt } from 'node:crypto';

/**
 * AT Protocol timestamp identifiers (atproto.com/specs/tid): a 64-bit integer
 * (top bit 0, 53 bits of microseconds since the epoch, 10 bits of random
 * clock id) written as 13 base32-sortable characters.
 *
 * Hatstand uses one as the key of a post: it is the Bluesky record key, so a
 * repeated createRecord for the same post hits the same record instead of
 * making a second one, and it doubles as the Mastodon Idempotency-Key.
 */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

let lastMicros = 0n;

export function newTid(nowMs: number = Date.now()): string {
  // Strictly increasing within this process even if the clock stalls.
  let micros = BigInt(Math.floor(nowMs * 1000));
  if (micros <= lastMicros) micros = lastMicros + 1n;
  lastMicros = micros;
  let value = (micros << 10n) | BigInt(randomInt(1024));
  let out = '';
  for (let i = 0; i < 13; i += 1) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function isTid(value: string): boolean {
  return TID.test(value);
}

/** Milliseconds since the epoch encoded in a TID (for tests and diagnostics). */
export function tidTimeMs(tid: string): number {
  let value = 0n;
  for (const ch of tid) value = (value << 5n) | BigInt(ALPHABET.indexOf(ch));
  return Number(value >> 10n) / 1000;
}
