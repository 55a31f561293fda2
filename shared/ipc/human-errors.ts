import type { z } from 'zod';

/**
 * Errors a person sees are one sentence of at most 300 characters that says
 * what to do, never a validator's dump (BRIEF, "How we build"). This module
 * turns zod issues into such sentences, bounds any message, and bounds the
 * size of a payload before a schema even looks at it.
 */
export const MAX_MESSAGE_LENGTH = 300;

const RELOAD = 'reload the window and try again';

/**
 * One line, at most 300 characters. A longer message keeps its last sentence
 * (where ours say what to do) and shortens what comes before it.
 */
export function boundedSentence(message: string): string {
  const flat = String(message).replace(/\s+/g, ' ').trim() || `Something went wrong; ${RELOAD}.`;
  if (flat.length <= MAX_MESSAGE_LENGTH) return flat;
  const split = flat.lastIndexOf('. ', flat.length - 2);
  const last = split > 0 ? flat.slice(split + 2) : '';
  if (last && last.length <= MAX_MESSAGE_LENGTH / 2) {
    const room = MAX_MESSAGE_LENGTH - last.length - 3;
    return `${flat.slice(0, room).trimEnd()}\u2026. ${last}`;
  }
  return `${flat.slice(0, MAX_MESSAGE_LENGTH - 1).trimEnd()}\u2026`;
}

/**
 * What a person is shown of an error their window met calling main. Main answers with sentences of its own (Results),
 * but a call can still fail in Electron, whose text is a developer's: "Error invoking remote method 'x': ..." when
 * main's handler threw or its answer never came (lib/renderer/api/ipc-renderer.ts), "An object could not be cloned."
 * for a request that cannot cross. Those become one sentence of ours; any other message is bounded.
 */
export function pageErrorSentence(message: string): string {
  if (/could not be cloned/i.test(message)) return `This window could not send that request to Hatstand; ${RELOAD}, and restart Hatstand if it happens again.`;
  if (/^Error invoking remote method /.test(message)) return `Hatstand did not answer this request; ${RELOAD}.`;
  return boundedSentence(message);
}

/** A path element names a field of ours; record keys can be anything a page sent, so only a safe, short form is echoed. */
function fieldName(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof key !== 'string') return 'A value in the request';
  const safe = key.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 30);
  if (!safe) return 'A value in the request';
  const words = safe.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Id$/, '').replace(/ id$/i, '').toLowerCase();
  return `The ${words.trim() || 'value'}`;
}

type Issue = z.core.$ZodRawIssue;
const lower = (field: string) => field[0]!.toLowerCase() + field.slice(1);

/**
 * A per-parse error map: every issue a schema did not word itself becomes a
 * sentence. Messages written on a schema (ours are sentences) take precedence
 * over this map, as zod documents for per-parse errors.
 */
export function humanIssue(issue: Issue): string {
  const field = fieldName(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is missing, so nothing was changed; ${RELOAD}.`
        : `${field} has the wrong kind of value, so nothing was changed; ${RELOAD}.`;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${field} is too long: keep it to ${max} characters or fewer and try again.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `There are too many entries in ${lower(field)}; keep at most ${max} and try again.`;
      return `${field} must be ${max} or less; change it and try again.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? `${field} cannot be empty; fill it in and try again.` : `${field} must be at least ${min} characters long; change it and try again.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `There must be at least ${min} entries in ${lower(field)}; add them and try again.`;
      return `${field} must be ${min} or more; change it and try again.`;
    }
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return `${field} is not an id Hatstand knows; ${RELOAD}.`;
      if (issue.format === 'url') return 'Enter a full web address, for example https://mastodon.social, and try again.';
      return `${field} is not written the expected way; check it and try again.`;
    case 'unrecognized_keys':
      return `The request carried fields Hatstand does not know, so nothing was changed; ${RELOAD}.`;
    case 'invalid_value':
      return `${field} is not one of the allowed choices; pick one of them and try again.`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `${field} is not in a form Hatstand accepts, so nothing was changed; ${RELOAD}.`;
    default:
      return `The request was malformed, so nothing was changed; ${RELOAD}.`;
  }
}

/** The first problem of a failed parse, as one bounded sentence. */
export function firstIssueSentence(error: z.ZodError): string {
  const first = error.issues[0];
  return boundedSentence(first?.message ?? `The request was malformed, so nothing was changed; ${RELOAD}.`);
}

export interface PayloadLimits {
  /** Nesting depth of objects and arrays. */
  depth: number;
  /** Objects, arrays and values all together. */
  nodes: number;
  /** Characters of every string and key together. */
  chars: number;
}

/** Generous for every channel (an imported profile is up to 5,000,000 characters), tight enough that no page can make main walk megabytes of junk. */
export const PAYLOAD_LIMITS: PayloadLimits = { depth: 12, nodes: 20_000, chars: 5_500_000 };

/**
 * A sentence when the payload is larger or deeper than any real request, else
 * null. Runs before the schema, stops at the first limit crossed, and never
 * recurses (a deep payload cannot overflow the stack).
 */
export function payloadProblem(payload: unknown, limits: PayloadLimits = PAYLOAD_LIMITS): string | null {
  const tooLarge = 'That request is larger than anything Hatstand accepts, so nothing was changed; shorten it and try again.';
  const stack: Array<[unknown, number]> = [[payload, 0]];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > limits.nodes) return tooLarge;
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > limits.chars) return tooLarge;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return 'That request is nested deeper than anything Hatstand accepts, so nothing was changed; reload the window and try again.';
    if (Array.isArray(value)) {
      if (nodes + value.length > limits.nodes) return tooLarge;
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    const keys = Object.keys(value);
    if (nodes + keys.length > limits.nodes) return tooLarge;
    for (const key of keys) {
      chars += key.length;
      if (chars > limits.chars) return tooLarge;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}
