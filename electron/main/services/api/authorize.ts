import type { Channel } from '../../../../shared/ipc/channels';
import { contract, WINDOW_KINDS_BOUND, type WindowKind } from '../../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../../shared/result';

/**
 * Who is calling. The Electron glue derives this from the sender frame (only
 * our own page in a window we created, see ipc/caller.ts); the browser test
 * harness from the page it serves. A window bound to an identity carries it.
 */
export type CallerContext =
  | { window: 'launcher' }
  | { window: 'log' }
  | { window: 'identity'; identityId: string }
  /** A sign-in popup: which one (its chrome's contents) matters where it differs from the identity's own window. */
  | { window: 'popup'; identityId: string; chromeContentsId: number };

const KIND_IN_WORDS: Record<WindowKind, string> = {
  launcher: 'the launcher',
  log: 'the activity log',
  identity: 'the identity\u2019s own window',
  popup: 'a sign-in window',
};

function inWords(kinds: readonly WindowKind[]): string {
  const words = kinds.map((k) => KIND_IN_WORDS[k]);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * The window-kind allow-list, checked before the payload is even parsed: a
 * window that may not call a channel learns nothing about its schema.
 */
export function kindRefusal(channel: Channel, caller: CallerContext): AppErrorShape | null {
  const allowed: readonly WindowKind[] = contract[channel].callers;
  if (allowed.includes(caller.window)) return null;
  return {
    code: 'ipc/not-allowed',
    message: `Only ${inWords(allowed)} can do that, so this window was refused and nothing was changed; do it from there.`,
  };
}

/**
 * The scope: a window bound to an identity acts only for that identity, so
 * every payload it sends must name its own identity. (A draft's destination,
 * `toIdentityId` of drafts:move, is the one other identity it may name.)
 */
export function scopeRefusal(input: unknown, caller: CallerContext): AppErrorShape | null {
  if (!WINDOW_KINDS_BOUND.has(caller.window) || !('identityId' in caller)) return null;
  const named = input && typeof input === 'object' ? (input as { identityId?: unknown }).identityId : undefined;
  if (named === caller.identityId) return null;
  return {
    code: 'ipc/wrong-identity',
    message: 'This window belongs to another identity, so it cannot act for this one and nothing was changed; use that identity\u2019s own window.',
  };
}
