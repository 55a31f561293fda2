/**
 * Types of the post guard: what it is given (a request from an identity's
 * session and its injected dependencies), what it asks the chrome, and what
 * it logs. No Electron here: the session glue adapts webRequest to this.
 */
import type { BodyGap, OutgoingRequest, PostKind, RecognisedPost, Recognition, RecogniseOptions } from '../../../../shared/sites';
import type { GuardNotice } from '../../../../shared/ipc/contract';
import type { AbortLike } from './abort';
import type { PersistedRefusals } from './refused-posts';

export type ConfirmPolicy = 'always' | 'on-warnings' | 'never';

export interface PostPolicy {
  confirm: ConfirmPolicy;
  /** Seconds between the decision to post and the request leaving, during which it can still be cancelled. */
  coolingOffSeconds?: number;
}

/** A request from one identity's session. */
export interface GuardRequest {
  identityId: string;
  method: string;
  url: string;
  headers?: OutgoingRequest['headers'];
  body?: string;
  /** Set when the body could not be read in full (the hook says why); see OutgoingRequest.bodyGap. */
  bodyGap?: BodyGap;
  /**
   * Aborted when the page gives the request up while it is held (navigation,
   * AbortController, a closed page): Electron then drops it, so a later
   * "post" would send nothing. The guard cancels the held post, withdraws its
   * sheet and logs what happened instead of "sent".
   */
  signal?: AbortLike;
  /**
   * Who started the request, when the session glue can tell: the origin of
   * the frame that sent it, and when that page last had a real user gesture
   * (a click or a key, not a script). Used to refuse pages that fire posts at
   * another site with no one at the keyboard. An origin with no site ("null",
   * opaque) is another site's; so is a worker's request that gives none.
   */
  initiator?: { origin?: string; lastGestureAt?: number };
  /**
   * True when no page sent it (a dedicated, shared or service worker: Electron gives such a request no webContentsId
   * or frame); `initiator.lastGestureAt` is then the person's last gesture in the main frame of a page of the
   * identity whose committed document is on the initiator's (the worker's) site. A service worker may replay a post
   * the person refused (a Workbox queue with `forceSyncFallback`, or a site's own retry queue, replays when the worker
   * next starts, as Electron has no Background Sync): an identical one is refused again without asking, unless such a
   * gesture came after the refusal.
   */
  fromWorker?: boolean;
  /**
   * True when the glue reports the request's fate afterwards (`settled`): the
   * account is then learned, and the post counted as sent for good, only once
   * the site has accepted it.
   */
  tracksDelivery?: boolean;
  /**
   * True for a page's own navigation (a form's POST, whose answer loads as the
   * page): refused, Chromium shows its error page in the form's place, so the
   * person is told where the form went.
   */
  navigation?: boolean;
}

export type WarningSeverity = 'info' | 'caution' | 'stop';

/**
 * A warning as the warning engine reports it (structurally the same as
 * shared/warnings' Warning, so its `evaluate` can be passed in as is), plus
 * the guard's own: `guard.account-mismatch`, `guard.text-unknown`.
 */
export interface GuardWarning {
  ruleId: string;
  severity: WarningSeverity;
  /** UTF-16 span in the text; 0/0 for whole-text warnings. */
  start: number;
  end: number;
  message: string;
  otherIdentityId?: string;
}

/** `refused-before`: a worker's post the person refused, sent again after they used its site (asked under any policy). */
export type ConfirmReason = 'policy-always' | 'warnings' | 'account-mismatch' | 'first-post-on-site' | 'text-unknown' | 'refused-before';

/** What the confirmation sheet shows. */
export interface ConfirmPrompt {
  requestId: string;
  identityId: string;
  identityName: string;
  site: string;
  kind: PostKind;
  /** The exact text that will be published, or null when the guard could not read it. */
  text: string | null;
  warnings: GuardWarning[];
  /** The account the request says it posts as, when known. */
  accountHint?: string;
  /** The account this identity posted as on this site before, when known. */
  expectedAccount?: string;
  /** Why the sheet is shown (the first reason is the strongest). */
  reasons: ConfirmReason[];
  /** Seconds of cooling-off that will follow a "post". */
  coolingOffSeconds: number;
  url: string;
  /** For a worker's post the person cancelled before: whose script is sending it again, when they cancelled it, and that a second Cancel is final. */
  refusedBefore?: string;
}

export type ChromeAnswer = 'post' | 'cancel';

/** The small key-value store the guard learns accounts in (identity + site → account). */
export interface AccountStore {
  get(key: string): string | undefined | Promise<string | undefined>;
  set(key: string, value: string): void | Promise<void>;
}

/** Injected time, so tests are fast and deterministic. */
export interface GuardClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type CancelCause =
  | 'user'
  | 'user-during-cooling-off'
  | 'chrome-timeout'
  | 'guard-error'
  | 'shutdown'
  /** The page gave the request up while it was held (Electron dropped it). */
  | 'page-aborted'
  /** Another site's page sent it with no recent user gesture, or while one such post already waited. */
  | 'cross-site-refused'
  /** A worker sent again, identical, a post the person had refused (see GuardRequest.fromWorker). */
  | 'replay-refused';

interface EventBase {
  at: number;
  identityId: string;
}
interface PostEventBase extends EventBase {
  requestId: string;
  site: string;
  kind: PostKind;
}

export type GuardEvent =
  | (PostEventBase & { type: 'recognised'; adapter: string; text: string | null; accountHint?: string; url: string })
  | (PostEventBase & { type: 'confirmed'; reasons: ConfirmReason[] })
  | (PostEventBase & { type: 'cancelled'; cause: CancelCause; error?: string })
  | (PostEventBase & { type: 'delayed'; seconds: number })
  | (PostEventBase & { type: 'delayed-then-sent'; seconds: number })
  | (PostEventBase & { type: 'sent'; confirmedByUser: boolean; awaitingDelivery?: boolean })
  /** The site accepted a post that was let out (HTTP status below 400). */
  | (PostEventBase & { type: 'delivered'; statusCode: number })
  /** A post that was let out did not arrive: a network error, an abort, or the site refused it. */
  | (PostEventBase & { type: 'not-delivered'; error?: string; statusCode?: number })
  | (PostEventBase & { type: 'warnings-overridden'; warnings: Array<Pick<GuardWarning, 'ruleId' | 'severity' | 'message'>> })
  | (PostEventBase & { type: 'account-learned'; account: string })
  | (PostEventBase & { type: 'account-mismatch'; expected: string; actual: string })
  | (EventBase & { type: 'not-held'; url: string; reason: string })
  /** A post another site's page fired without a user gesture (or while one waited), refused without a sheet. */
  | (EventBase & { type: 'refused'; url: string; site: string; kind: PostKind; initiator: string; reason: string })
  | (EventBase & { type: 'guard-error'; requestId?: string; url: string; error: string });

export type GuardEventType = GuardEvent['type'];

/** What the user is told outside the confirmation sheet: the IPC contract's event, one definition. */
export type { GuardNotice };

export interface PostGuardDeps {
  /** The warning engine, injected: shared/warnings is built separately. */
  evaluate(text: string, identityId: string, site: string): readonly GuardWarning[] | Promise<readonly GuardWarning[]>;
  policyFor(identityId: string): PostPolicy | Promise<PostPolicy>;
  /**
   * Shows the confirmation sheet in the identity's chrome and resolves with
   * the user's answer. `withdrawn` is aborted when the guard stops waiting
   * (the page dropped the request, the chrome timed out, shutdown): the sheet
   * must then close and its answer is no longer wanted.
   */
  askChrome(prompt: ConfirmPrompt, withdrawn?: AbortLike): Promise<ChromeAnswer>;
  accounts: AccountStore;
  log(event: GuardEvent): void;
  notify(notice: GuardNotice): void;
  clock: GuardClock;
  /** A person-readable name for messages ("Professional"); defaults to the id. */
  identityName?(identityId: string): string;
  /** Fallback account hint when the request carries none (for example from the session's cookies). */
  accountHintFor?(identityId: string, site: string, url: string): string | undefined | Promise<string | undefined>;
  /** Per-identity switches of the unknown-site heuristic. */
  recogniseOptionsFor?(identityId: string): RecogniseOptions;
  /** Replaces shared/sites' recognisePost (tests, benchmarks). */
  recognise?(request: OutgoingRequest, options: RecogniseOptions): RecognisedPost | null;
  /**
   * Recognises bodies longer than `inlineMaxChars` off the main thread (a
   * worker: see off-thread.ts). Resolves, never rejects; when it cannot
   * answer in time it answers as if the body were unreadable.
   */
  recogniseOffThread?(request: OutgoingRequest, options: RecogniseOptions): Promise<Recognition>;
  /** Bodies up to this many characters are recognised inline (default 32 KiB). */
  inlineMaxChars?: number;
  /** How recent a user gesture must be for another site's page to raise a sheet (default 60 s). */
  gestureWindowMs?: number;
  newRequestId?(): string;
  /**
   * Keeps the refused posts of workers across runs (the store, and the digest key from the OS keychain). Without it,
   * or when the keychain cannot give the key, they are remembered for the run only.
   */
  refusals?: PersistedRefusals;
  /** How long to wait for the chrome's answer before cancelling (default 5 minutes). */
  chromeTimeoutMs?: number;
}

export interface GuardDecision {
  allow: boolean;
  /** Null when the request is not a post. */
  requestId: string | null;
  outcome: 'not-a-post' | 'sent' | 'cancelled' | 'not-held';
  cause?: CancelCause;
}
