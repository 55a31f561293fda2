/**
 * The post guard: every request an identity's session sends passes `check`;
 * a recognised post is held until it is decided. Warnings come from the
 * injected warning engine, the identity's policy decides whether the chrome is
 * asked, a cooling-off delay can follow, and the acting account is checked
 * against the one this identity used on the site before.
 *
 * Fails closed: an exception anywhere, or no answer from the chrome in time,
 * cancels the post, logs it and tells the user.
 */
import { mayPublish, recognisePost, type OutgoingRequest, type RecognisedPost } from '../../../../shared/sites';
import { coolingOffMs } from './policy';
import type {
  CancelCause,
  ChromeAnswer,
  ConfirmPrompt,
  ConfirmReason,
  GuardDecision,
  GuardEvent,
  GuardNotice,
  GuardRequest,
  GuardWarning,
  PostGuardDeps,
  PostPolicy,
} from './types';

export const DEFAULT_CHROME_TIMEOUT_MS = 5 * 60 * 1000;

const NOT_A_POST: GuardDecision = Object.freeze({ allow: true, requestId: null, outcome: 'not-a-post' }) as GuardDecision;

/** Key under which the account an identity uses on a site is remembered. */
export function accountKey(identityId: string, site: string): string {
  return `post-guard.account:${identityId}:${site}`;
}

interface Pending {
  identityId: string;
  site: string;
  /** Cancels whatever the request is waiting on (the chrome or the cooling-off). */
  cancel(cause: CancelCause): void;
}

class Cancelled extends Error {
  constructor(readonly why: CancelCause) {
    super(`cancelled: ${why}`);
  }
}

export class PostGuard {
  private readonly pending = new Map<string, Pending>();
  private counter = 0;
  private disposed = false;

  constructor(private readonly deps: PostGuardDeps) {}

  /**
   * Cheap and synchronous: is this request a post? Never throws: a failure to
   * recognise a request that may publish is treated as a post whose text is
   * unknown, so the user is asked rather than the post slipping out.
   */
  recognise(request: GuardRequest): RecognisedPost | null {
    if (!mayPublish(request.method)) return null;
    const outgoing: OutgoingRequest = { method: request.method, url: request.url, headers: request.headers ?? {} };
    if (request.body !== undefined) outgoing.body = request.body;
    try {
      const options = this.deps.recogniseOptionsFor?.(request.identityId) ?? {};
      return (this.deps.recognise ?? recognisePost)(outgoing, options);
    } catch (error) {
      this.safeLog({ type: 'guard-error', at: this.deps.clock.now(), identityId: request.identityId, url: request.url, error: describe(error) });
      return { site: hostOf(request.url), kind: 'post', text: null, adapter: 'error' };
    }
  }

  /** Recognises and, for a post, holds until decided. Resolves, never rejects. */
  check(request: GuardRequest): Promise<GuardDecision> {
    const post = this.recognise(request);
    if (post === null) return Promise.resolve(NOT_A_POST);
    return this.decide(request, post);
  }

  /** Holds a recognised post until it is decided. Resolves, never rejects. */
  async decide(request: GuardRequest, post: RecognisedPost): Promise<GuardDecision> {
    const requestId = this.nextId();
    const { identityId } = request;
    const base = { identityId, requestId, site: post.site, kind: post.kind };
    let cancelHook: ((cause: CancelCause) => void) | undefined;
    let cancelledEarly: CancelCause | undefined;
    this.pending.set(requestId, {
      identityId,
      site: post.site,
      cancel: (cause) => {
        if (cancelHook) cancelHook(cause);
        else cancelledEarly ??= cause;
      },
    });
    /** Waits on `promise` unless the request is cancelled first. */
    const cancellable = <T>(promise: Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        if (cancelledEarly) return reject(new Cancelled(cancelledEarly));
        cancelHook = (cause) => reject(new Cancelled(cause));
        promise.then(resolve, reject);
      }).finally(() => {
        cancelHook = undefined;
      });

    try {
      if (this.disposed) throw new Cancelled('shutdown');
      this.safeLog({ ...base, type: 'recognised', at: this.now(), adapter: post.adapter, text: post.text, url: request.url, ...(post.accountHint ? { accountHint: post.accountHint } : {}) });

      const policy = await cancellable(Promise.resolve(this.deps.policyFor(identityId)));
      const warnings: GuardWarning[] = [];
      if (post.text === null) {
        warnings.push({
          ruleId: 'guard.text-unknown',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `Hatstand could not read the text of this ${post.kind} on ${post.site}; check it on the page before you post.`,
        });
      } else {
        warnings.push(...(await cancellable(Promise.resolve(this.deps.evaluate(post.text, identityId, post.site)))));
      }

      // The account check: which account is this, and which did this identity use here before?
      const accountHint = post.accountHint ?? (await cancellable(Promise.resolve(this.deps.accountHintFor?.(identityId, post.site, request.url))));
      const expected = await cancellable(Promise.resolve(this.deps.accounts.get(accountKey(identityId, post.site))));
      const mismatch = accountHint !== undefined && expected !== undefined && accountHint !== expected;
      if (mismatch) {
        const message = `${this.nameOf(identityId)} is logged in as ${accountHint} on ${post.site}, not ${expected} as before.`;
        warnings.unshift({ ruleId: 'guard.account-mismatch', severity: 'stop', start: 0, end: 0, message });
        this.safeLog({ ...base, type: 'account-mismatch', at: this.now(), expected: expected!, actual: accountHint! });
        this.safeNotify({ level: 'warning', code: 'account-mismatch', identityId, requestId, message });
      }

      const reasons = confirmReasons(policy, warnings, { mismatch, firstOnSite: accountHint !== undefined && expected === undefined, textUnknown: post.text === null });
      const delayMs = coolingOffMs(policy);
      let confirmedByUser = false;
      if (reasons.length > 0) {
        const prompt: ConfirmPrompt = {
          requestId,
          identityId,
          identityName: this.nameOf(identityId),
          site: post.site,
          kind: post.kind,
          text: post.text,
          warnings,
          reasons,
          coolingOffSeconds: delayMs / 1000,
          url: request.url,
          ...(accountHint !== undefined ? { accountHint } : {}),
          ...(expected !== undefined ? { expectedAccount: expected } : {}),
        };
        const answer = await cancellable(this.askWithTimeout(prompt));
        if (answer !== 'post') throw new Cancelled('user');
        confirmedByUser = true;
        this.safeLog({ ...base, type: 'confirmed', at: this.now(), reasons });
        if (warnings.length > 0) {
          this.safeLog({
            ...base,
            type: 'warnings-overridden',
            at: this.now(),
            warnings: warnings.map((w) => ({ ruleId: w.ruleId, severity: w.severity, message: w.message })),
          });
        }
      }

      if (delayMs > 0) {
        this.safeLog({ ...base, type: 'delayed', at: this.now(), seconds: delayMs / 1000 });
        this.safeNotify({
          level: 'info',
          code: 'cooling-off',
          identityId,
          requestId,
          until: this.now() + delayMs,
          message: `Your ${post.kind} on ${post.site} goes out in ${delayMs / 1000} s. Cancel to stop it.`,
        });
        try {
          await cancellable(this.sleep(delayMs));
        } catch (error) {
          throw error instanceof Cancelled && error.why === 'user' ? new Cancelled('user-during-cooling-off') : error;
        }
        this.safeLog({ ...base, type: 'delayed-then-sent', at: this.now(), seconds: delayMs / 1000 });
      }

      // Learn the account on the first post that actually leaves.
      if (accountHint !== undefined && expected === undefined) {
        await this.deps.accounts.set(accountKey(identityId, post.site), accountHint);
        this.safeLog({ ...base, type: 'account-learned', at: this.now(), account: accountHint });
      }
      this.safeLog({ ...base, type: 'sent', at: this.now(), confirmedByUser });
      return { allow: true, requestId, outcome: 'sent' };
    } catch (error) {
      const cause: CancelCause = error instanceof Cancelled ? error.why : 'guard-error';
      if (cause === 'guard-error') {
        this.safeLog({ type: 'guard-error', at: this.now(), identityId, requestId, url: request.url, error: describe(error) });
      }
      this.safeLog({ ...base, type: 'cancelled', at: this.now(), cause, ...(cause === 'guard-error' ? { error: describe(error) } : {}) });
      if (cause !== 'user' && cause !== 'user-during-cooling-off') {
        this.safeNotify({ level: 'error', code: 'post-cancelled', identityId, requestId, message: cancelMessage(cause, post, this.nameOf(identityId)) });
      }
      return { allow: false, requestId, outcome: 'cancelled', cause };
    } finally {
      this.pending.delete(requestId);
    }
  }

  /** Cancels a held post (the sheet's Cancel, or Cancel during cooling-off). False if it is no longer held. */
  cancel(requestId: string): boolean {
    const p = this.pending.get(requestId);
    if (!p) return false;
    p.cancel('user');
    return true;
  }

  /** Request ids currently held, for the chrome to show and tests to inspect. */
  heldRequests(): Array<{ requestId: string; identityId: string; site: string }> {
    return [...this.pending].map(([requestId, p]) => ({ requestId, identityId: p.identityId, site: p.site }));
  }

  /** Something the guard could not hold (the glue tells it): logged and reported. */
  reportNotHeld(identityId: string, url: string, reason: string): void {
    this.safeLog({ type: 'not-held', at: this.now(), identityId, url, reason });
    this.safeNotify({
      level: 'error',
      code: 'not-held',
      identityId,
      message: `Hatstand could not hold a request to ${hostOf(url)} for checking (${reason}). If you just posted, check what went out.`,
    });
  }

  /** Cancels everything held (app quitting, identity closed) and refuses new posts. */
  dispose(): void {
    this.disposed = true;
    for (const p of this.pending.values()) p.cancel('shutdown');
  }

  // ------------------------------------------------------------------ helpers

  private askWithTimeout(prompt: ConfirmPrompt): Promise<ChromeAnswer> {
    const ms = this.deps.chromeTimeoutMs ?? DEFAULT_CHROME_TIMEOUT_MS;
    return new Promise<ChromeAnswer>((resolve, reject) => {
      const timer = this.deps.clock.setTimeout(() => reject(new Cancelled('chrome-timeout')), ms);
      let asked: Promise<ChromeAnswer>;
      try {
        asked = Promise.resolve(this.deps.askChrome(prompt));
      } catch (error) {
        this.deps.clock.clearTimeout(timer);
        reject(error);
        return;
      }
      asked.then(
        (answer) => {
          this.deps.clock.clearTimeout(timer);
          // Anything but an explicit "post" is a cancel.
          resolve(answer === 'post' ? 'post' : 'cancel');
        },
        (error: unknown) => {
          this.deps.clock.clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.deps.clock.setTimeout(resolve, ms);
    });
  }

  private nextId(): string {
    if (this.deps.newRequestId) return this.deps.newRequestId();
    this.counter += 1;
    return `post-${this.deps.clock.now().toString(36)}-${this.counter}`;
  }

  private now(): number {
    return this.deps.clock.now();
  }

  private nameOf(identityId: string): string {
    try {
      return this.deps.identityName?.(identityId) ?? identityId;
    } catch {
      return identityId;
    }
  }

  private safeLog(event: GuardEvent): void {
    try {
      this.deps.log(event);
    } catch {
      // The log must never decide whether a post leaves.
    }
  }

  private safeNotify(notice: GuardNotice): void {
    try {
      this.deps.notify(notice);
    } catch {
      // Same: telling the user failed, the decision stands.
    }
  }
}

function confirmReasons(
  policy: PostPolicy,
  warnings: readonly GuardWarning[],
  facts: { mismatch: boolean; firstOnSite: boolean; textUnknown: boolean },
): ConfirmReason[] {
  const reasons: ConfirmReason[] = [];
  // An account mismatch is the failure Hatstand exists for: asked even under "never".
  if (facts.mismatch) reasons.push('account-mismatch');
  if (policy.confirm === 'never') return reasons;
  if (policy.confirm === 'always') reasons.push('policy-always');
  if (facts.textUnknown) reasons.push('text-unknown');
  if (warnings.some((w) => !w.ruleId.startsWith('guard.'))) reasons.push('warnings');
  // The account is learned from a post the user saw.
  if (facts.firstOnSite) reasons.push('first-post-on-site');
  return reasons;
}

function cancelMessage(cause: CancelCause, post: RecognisedPost, name: string): string {
  const what = `${name}'s ${post.kind} on ${post.site}`;
  switch (cause) {
    case 'chrome-timeout':
      return `${what} was not sent: no answer came from the confirmation sheet in time. Post it again when you are ready.`;
    case 'shutdown':
      return `${what} was not sent because the window or Hatstand was closing.`;
    default:
      return `${what} was not sent because Hatstand could not check it. Try again; if it keeps happening, see the activity log.`;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'an unknown site';
  }
}
