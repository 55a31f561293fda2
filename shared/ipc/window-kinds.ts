/**
 * The kinds of window that talk to main. Each has its own allow-list of
 * channels in the contract (`.from(...)` on every channel):
 * - `launcher`: lists, creates, renames and removes identities, opens windows;
 * - `log`: the activity log of every identity, its export and retention;
 * - `identity`: one identity's window: its sites, drafts, settings, accounts,
 *   warnings and the answers to its own held posts, never another identity's;
 * - `popup`: a sign-in popup in an identity's chrome: who it belongs to, and its own page (reload after a failure).
 * Kept free of zod so the sandboxed preload bundle can import it.
 */
export const WINDOW_KINDS = ['launcher', 'log', 'identity', 'popup'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** Kinds that belong to one identity and may only ever act for it. */
export const WINDOW_KINDS_BOUND: ReadonlySet<WindowKind> = new Set<WindowKind>(['identity', 'popup']);
