/**
 * The post guard: every request an identity's session sends passes `check`;
 * a recognised post is held until it is decided. Warnings come from the
 * injected warning engine, the identity's policy decides whether the chrome is
 * asked, a cooling-off delay can follow, and the acting account is checked
 * against the one this identity used on the site before.
 *
 * Fails closed: an exception anywhere, or no answer from the chrome in time,
 * cancels the post, logs it and tells the user.
 *
 * No silent gaps: a request whose body could not be read in full is either
 * held and asked about (a known post endpoint: the text is shown as unknown,
 * whatever the policy) or reported as not held (an unknown site), in the log
 * and in the chrome. A page cannot raise sheets at will: another site's page
 * that fires a post with no recent user gesture is refused without a sheet,
 * and only one such post per pair of sites waits for an answer at a time; the
 * refusals are logged one by one and told once per burst.
 */
import {
  bodyNeed,
  classify,
  mayPublish,
  siteOf,
  type BodyNeed,
  type OutgoingRequest,
  type RecognisedPost,
  type Recognition,
  type RecogniseOptions,
} from '../../../../shared/sites';
import { Abort, type AbortLike } from './abort';
import { coolingOffMs } from './policy';
import { registrableSite, registrableSiteOfUrl } from './site';
import { netErrorInWords } from '../../../../shared/domain/net-errors';
import { daysAgoInWords } from '../../../../shared/domain/days-ago';
import { RefusalMemory, type RefusalKey } from './refused-posts';
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
/** Bodies up to this many characters are recognised on the calling thread. */
export const DEFAULT_INLINE_MAX_CHARS = 32 * 1024;
/** How recent a real user gesture must be for another site's page to raise a sheet. */
export const DEFAULT_GESTURE_WINDOW_MS = 60 * 1000;
/** Repeated notices of the same kind (refusals, requests not held) are told once per this long. */
export const NOTICE_BURST_MS = 60 * 1000;

const NOT_A_POST: GuardDecision = Object.freeze({ allow: true, requestId: null, outcome: 'not-a-post' }) as GuardDecision;
const NOT_HELD: GuardDecision = Object.freeze({ allow: true, requestId: null, outcome: 'not-held' }) as GuardDecision;

/** Key under which the account an identity uses on a site is remembered. */
export function accountKey(identityId: string, site: string): string {
  return `post-guard.account:${identityId}:${site}`;
}

interface Pending {
  identityId: string;
  site: string;
  /** Cancels whatever the request is waiting on (the chrome or the cooling-off). */
  cancel(cause: CancelCause): void;
  /** While it waits out its cooling-off delay: the notice that offers to cancel it, for a chrome that (re)loads. */
  coolingOff?: GuardNotice;
}

/** A post that was let out and whose fate the glue will report (`settled`). */
interface InFlight {
  identityId: string;
  site: string;
  kind: RecognisedPost['kind'];
  /** The account to remember once the site accepts the post (first post on the site). */
  learn?: string;
}

/** A notice told once per burst; later ones within the burst only count. */
interface Burst {
  until: number;
  count: number;
}

class Cancelled extends Error {
  constructor(readonly why: CancelCause) {
    super(`cancelled: ${why}`);
  }
}

export class PostGuard {
  private readonly pending = new Map<string, Pending>();
  /** The requests being recognised or decided, until each has ended (logged included). */
  private readonly deciding = new Set<Promise<GuardDecision>>();
  private readonly inFlight = new Map<string, InFlight>();
  /** Cross-site posts waiting for an answer, by "initiator site -> target site" (one at a time). */
  private readonly crossSiteWaiting = new Set<string>();
  private readonly bursts = new Map<string, Burst>();
  /**
   * Posts with no page (a worker's) the person refused, and when (refused-posts.ts): a keyed digest of the method, URL
   * and body, never the text; across runs when the deps give a store and the keychain's key. A replay refused by it is
   * logged without its text too (only the cancellation, with its cause).
   */
  private readonly refusals: RefusalMemory;
  /** Refusals being remembered (the key may come from the keychain): dispose() waits for them, the store stays open. */
  private readonly remembering = new Set<Promise<void>>();
  private counter = 0;
  private disposed = false;

  constructor(private readonly deps: PostGuardDeps) {
    this.refusals = new RefusalMemory(deps.clock, deps.refusals);
  }

  private optionsFor(identityId: string): RecogniseOptions {
    try {
      return this.deps.recogniseOptionsFor?.(identityId) ?? {};
    } catch {
      return {};
    }
  }

  /**
   * What of a request's body must be read before it can be decided, from its
   * method and URL (and the identity's heuristic switches): the session glue
   * answers `none` requests at once and reads Blob parts only for `all`.
   */
  bodyNeed(identityId: string, request: Pick<GuardRequest, 'method' | 'url' | 'headers'>): BodyNeed {
    try {
      return bodyNeed({ method: request.method, url: request.url, headers: request.headers ?? {} }, this.optionsFor(identityId));
    } catch {
      return mayPublish(request.method) ? { need: 'all', maxChars: Number.MAX_SAFE_INTEGER } : { need: 'none' };
    }
  }

  /**
   * Cheap and synchronous: is this request a post? Never throws: a failure to
   * recognise a request that may publish is treated as a post whose text is
   * unknown, so the user is asked rather than the post slipping out.
   */
  recognise(request: GuardRequest): RecognisedPost | null {
    const r = this.classifyInline(request);
    return r.type === 'post' ? r.post : null;
  }

  private outgoing(request: GuardRequest): OutgoingRequest {
    const outgoing: OutgoingRequest = { method: request.method, url: request.url, headers: request.headers ?? {} };
    if (request.body !== undefined) outgoing.body = request.body;
    if (request.bodyGap !== undefined) outgoing.bodyGap = request.bodyGap;
    return outgoing;
  }

  private classifyInline(request: GuardRequest): Recognition {
    if (!mayPublish(request.method)) return { type: 'not-post' };
    try {
      const options = this.optionsFor(request.identityId);
      if (this.deps.recognise) {
        const post = this.deps.recognise(this.outgoing(request), options);
        return post ? { type: 'post', post } : { type: 'not-post' };
      }
      return classify(this.outgoing(request), options);
    } catch (error) {
      this.safeLog({ type: 'guard-error', at: this.deps.clock.now(), identityId: request.identityId, url: request.url, error: describe(error) });
      return { type: 'post', post: { site: hostOf(request.url), kind: 'post', text: null, adapter: 'error', textUnknownBecause: 'Hatstand could not read this request' } };
    }
  }

  /** Recognition that keeps large bodies off this thread when an off-thread recogniser is given. */
  private async classifyRequest(request: GuardRequest): Promise<Recognition> {
    const inlineMax = this.deps.inlineMaxChars ?? DEFAULT_INLINE_MAX_CHARS;
    const off = this.deps.recogniseOffThread;
    if (!off || this.deps.recognise || (request.body?.length ?? 0) <= inlineMax || !mayPublish(request.method)) return this.classifyInline(request);
    try {
      return await off(this.outgoing(request), resolvedOptions(this.optionsFor(request.identityId), request.url));
    } catch {
      return this.classifyInline({ ...request, body: undefined, bodyGap: 'parse-failed' } as GuardRequest);
    }
  }

  /**
   * Recognises and, for a post, holds until decided. A request that may
   * publish but could not be read far enough to tell is reported as not held.
   * Resolves, never rejects.
   */
  check(request: GuardRequest): Promise<GuardDecision> {
    // (Followed from the start: a post still being recognised when Hatstand quits is decided, cancelled, after.)
    return this.followed(this.recogniseAndDecide(request));
  }

  private async recogniseAndDecide(request: GuardRequest): Promise<GuardDecision> {
    if (!mayPublish(request.method)) return NOT_A_POST;
    const r = await this.classifyRequest(request);
    if (r.type === 'not-post') return NOT_A_POST;
    if (r.type === 'undecided') {
      this.reportNotHeld(request.identityId, request.url, `${r.reason}; it went out unchecked`, { collapseKey: `${r.site}:${r.reason}` });
      return NOT_HELD;
    }
    return this.decide(request, r.post);
  }

  /**
   * The glue reports what became of a post that was let out: the site
   * accepted it (`statusCode` below 400) or it never arrived (`error`, or a
   * refusal status). Only then is a first account remembered.
   */
  settled(requestId: string, outcome: { statusCode?: number; error?: string }): void {
    const flight = this.inFlight.get(requestId);
    if (!flight) return;
    this.inFlight.delete(requestId);
    const base = { identityId: flight.identityId, requestId, site: flight.site, kind: flight.kind, at: this.now() };
    const accepted = outcome.error === undefined && outcome.statusCode !== undefined && outcome.statusCode < 400;
    if (accepted) {
      this.safeLog({ ...base, type: 'delivered', statusCode: outcome.statusCode! });
      if (flight.learn !== undefined) {
        const account = flight.learn;
        Promise.resolve()
          .then(() => this.deps.accounts.set(accountKey(flight.identityId, flight.site), account))
          .then(
            () => this.safeLog({ ...base, type: 'account-learned', at: this.now(), account }),
            (error: unknown) => this.safeLog({ type: 'guard-error', at: this.now(), identityId: flight.identityId, requestId, url: flight.site, error: describe(error) }),
          );
      }
      return;
    }
    this.safeLog({ ...base, type: 'not-delivered', ...(outcome.error !== undefined ? { error: outcome.error } : {}), ...(outcome.statusCode !== undefined ? { statusCode: outcome.statusCode } : {}) });
    this.safeNotify({
      level: 'warning',
      code: 'post-withdrawn',
      identityId: flight.identityId,
      requestId,
      message: `Your ${flight.kind} on ${flight.site} did not arrive (${outcome.error !== undefined ? netErrorInWords(outcome.error) : `the site answered ${outcome.statusCode}`}). Check the page before you try again.`,
    });
  }

  /** Holds a recognised post until it is decided. Resolves, never rejects. */
  decide(request: GuardRequest, post: RecognisedPost): Promise<GuardDecision> {
    return this.followed(this.holdUntilDecided(request, post));
  }

  /** Kept in `deciding` until it has ended, so that dispose() can wait for it. */
  private followed(deciding: Promise<GuardDecision>): Promise<GuardDecision> {
    this.deciding.add(deciding);
    void deciding.finally(() => this.deciding.delete(deciding));
    return deciding;
  }

  private async holdUntilDecided(request: GuardRequest, post: RecognisedPost): Promise<GuardDecision> {
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
    // The page may give the request up while it is held: Electron then drops it.
    const stopFollowingPage = request.signal?.onAbort(() => this.pending.get(requestId)?.cancel('page-aborted'));
    // Aborted when the guard stops waiting for the sheet, so that the sheet closes.
    const withdrawn = new Abort();
    let crossSiteKey: string | undefined;
    /** Where a worker's post is remembered once refused (computed only for a worker's post, and only when needed). */
    let refusal: RefusalKey | undefined;
    /** A refused post the person sends again after using its site: when they refused it, and whose script sent it. */
    let refusedBefore: { at: number; from: string | undefined } | undefined;
    const gestureWindow = this.deps.gestureWindowMs ?? DEFAULT_GESTURE_WINDOW_MS;

    try {
      if (this.disposed) throw new Cancelled('shutdown');
      // A worker sending again, byte for byte, a post the person refused: Workbox's BackgroundSync queues a fetch that
      // failed and, as Electron has no Background Sync (electron_browser_context.cc:656-659 returns no
      // BackgroundSyncController), a queue with `forceSyncFallback` (or a site's own retry queue) replays whenever the
      // worker next starts (refused-posts.ts says where each step is from), out of context, where a habitual
      // "Post" would send what the person refused. Refused again without a sheet and told, unless the person has used
      // a page of the worker's site since the refusal (the hook's lastGestureAt for a worker): a site whose service
      // worker intercepts its page's posts sends the person's own retry from the worker too, and that is asked about
      // as usual, its answer replacing the memory, and its sheet says the person refused it before. Checked before
      // the post is logged, so a replay adds no row with its text. The memory outlives the run (Workbox replays at a
      // later launch, for up to 7 days) unless the keychain cannot give its key.
      // (A refusal still being remembered, its key asked of the keychain, counts: Send clicked again at once is a retry.)
      if (request.fromWorker && this.remembering.size > 0) await Promise.allSettled([...this.remembering]);
      if (request.fromWorker && this.refusals.mayHold(identityId)) {
        refusal = await this.refusals.keyOf(request, post.site);
        const found = refusal === undefined ? undefined : await this.refusals.find(refusal);
        if (refusal !== undefined && found !== undefined) {
          const gesture = request.initiator?.lastGestureAt;
          const personRetries = gesture !== undefined && gesture > found.refusedAt && this.now() - gesture <= gestureWindow;
          // (Never named after the target: a worker with no site of its own is "an unknown site".)
          const from = this.initiatorSite(request);
          // Cancelled again on the sheet that said it was refused before: refused without asking from now on, whatever
          // the clicks. Else a worker that starts (and replays) at the next navigation after each click raises the
          // sheet again after nearly every click until the person gives in, under any policy. A person who does want
          // it sent posts it again themselves, with a change (other bytes, another digest).
          if (personRetries && !found.final) refusedBefore = { at: found.refusedAt, from };
          else {
            this.followRemembering(this.refusals.seen(refusal)); // (still wanted: the last the cap forgets)
            this.safeNotify({
              level: 'warning',
              code: 'refused',
              identityId,
              requestId: `replay|${identityId}|${from ?? NO_SITE}|${post.site}`,
              message: found.final
                ? `A background script of ${from ?? 'an unknown site'} tried again to send the ${post.kind} to ${post.site} you had cancelled twice; Hatstand refused it without asking (to send it anyway, post it again yourself with a change).`
                : `A background script of ${from ?? 'an unknown site'} tried again to send the ${post.kind} to ${post.site} you had refused; Hatstand refused it again without asking.`,
            });
            throw new Cancelled('replay-refused');
          }
        }
      }
      this.safeLog({ ...base, type: 'recognised', at: this.now(), adapter: post.adapter, text: post.text, url: request.url, ...(post.accountHint ? { accountHint: post.accountHint } : {}) });
      if (request.signal?.aborted) throw new Cancelled('page-aborted');

      // Another site's page firing posts: refused without a sheet unless a person is at the keyboard, one at a time. A
      // sender with no site (an opaque origin: a data: worker, a sandboxed frame or its worker; or, for a worker, none
      // given) is another site's by definition: a page's own such frame needs that page's gesture, and a worker's post
      // has no site whose page could vouch for it, so it is always refused.
      const cross = this.crossSender(request);
      if (cross) {
        const gesture = request.fromWorker && cross.site === undefined ? undefined : request.initiator?.lastGestureAt;
        const recent = gesture !== undefined && this.now() - gesture <= gestureWindow;
        crossSiteKey = `${identityId}|${cross.site ?? NO_SITE}|${siteOf(hostOf(request.url))}`;
        if (!recent || this.crossSiteWaiting.has(crossSiteKey)) {
          crossSiteKey = undefined;
          this.refuse(request, post, cross.site, recent ? 'waiting' : 'no-gesture');
          throw new Cancelled('cross-site-refused');
        }
        this.crossSiteWaiting.add(crossSiteKey);
      }

      const policy = await cancellable(Promise.resolve(this.deps.policyFor(identityId)));
      const warnings: GuardWarning[] = [];
      // A worker's post says on its sheet whose script sent it when that is another site: the person has just used
      // that site's page (the gesture rule), and may take the post for one of their own on the target's page. Not when
      // the worker's site is the one the post is named after (a bsky.app worker posting to bsky.social's API): that is
      // the target's own script, and the note would contradict itself.
      if (request.fromWorker && cross?.site !== undefined && cross.site !== post.site) {
        warnings.push({
          ruleId: 'guard.sent-by-worker',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `A background script of ${cross.site} sent this ${post.kind} to ${post.site}; post it only if you meant to send it from ${cross.site}.`,
        });
      }
      if (post.text === null) {
        const because = post.textUnknownBecause ? ` (${post.textUnknownBecause})` : '';
        warnings.push({
          ruleId: 'guard.text-unknown',
          severity: 'caution',
          start: 0,
          end: 0,
          message: `Hatstand could not read the text of this ${post.kind} on ${post.site}${because}; check it on the page before you post.`,
        });
      } else {
        warnings.push(...(await cancellable(Promise.resolve(this.deps.evaluate(post.text, identityId, post.site)))));
      }

      // The account check: which account is this, and which did this identity use here before?
      const accountHint = post.accountHint ?? (await cancellable(Promise.resolve(this.deps.accountHintFor?.(identityId, post.site, request.url))));
      const expected = await cancellable(Promise.resolve(this.deps.accounts.get(accountKey(identityId, post.site))));
      const mismatch = accountHint !== undefined && expected !== undefined && accountHint !== expected;
      if (mismatch) {
        const message = `${this.nameOf(identityId)} is signed in to ${post.site} as ${accountHint}, not ${expected} as before: it may be another identity's account, so check who is signed in there before you post.`;
        warnings.unshift({ ruleId: 'guard.account-mismatch', severity: 'stop', start: 0, end: 0, message });
        this.safeLog({ ...base, type: 'account-mismatch', at: this.now(), expected: expected!, actual: accountHint! });
        this.safeNotify({ level: 'error', code: 'account-mismatch', identityId, requestId, message });
      }

      const reasons = confirmReasons(policy, warnings, {
        mismatch,
        firstOnSite: accountHint !== undefined && expected === undefined,
        textUnknown: post.text === null,
        refusedBefore: refusedBefore !== undefined,
      });
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
          ...(refusedBefore !== undefined ? { refusedBefore: refusedBeforeNote(refusedBefore.from, post.kind, refusedBefore.at, this.now()) } : {}),
        };
        const answer = await cancellable(this.askWithTimeout(prompt, withdrawn));
        if (answer !== 'post') throw new Cancelled('user');
        confirmedByUser = true;
        if (refusal !== undefined) this.followRemembering(this.refusals.forget(refusal)); // (the person's new answer replaces the refusal)
        this.safeLog({ ...base, type: 'confirmed', at: this.now(), reasons });
        // Notes were shown, not overridden: the log counts what the person chose to post past.
        const overridden = warnings.filter((w) => w.severity !== 'info');
        if (overridden.length > 0) {
          this.safeLog({
            ...base,
            type: 'warnings-overridden',
            at: this.now(),
            warnings: overridden.map((w) => ({ ruleId: w.ruleId, severity: w.severity, message: w.message })),
          });
        }
      }

      if (delayMs > 0) {
        this.safeLog({ ...base, type: 'delayed', at: this.now(), seconds: delayMs / 1000 });
        const notice: GuardNotice = {
          level: 'info',
          code: 'cooling-off',
          identityId,
          requestId,
          site: post.site,
          until: this.now() + delayMs,
          message: `Your ${post.kind} on ${post.site} goes out in ${delayMs / 1000} s. Cancel to stop it.`,
        };
        const waiting = this.pending.get(requestId);
        if (waiting) waiting.coolingOff = notice;
        this.safeNotify(notice);
        try {
          await cancellable(this.sleep(delayMs));
        } catch (error) {
          throw error instanceof Cancelled && error.why === 'user' ? new Cancelled('user-during-cooling-off') : error;
        } finally {
          if (waiting) delete waiting.coolingOff; // (no longer counting down: nothing to show a reloaded chrome)
        }
        this.safeLog({ ...base, type: 'delayed-then-sent', at: this.now(), seconds: delayMs / 1000 });
      }

      if (request.signal?.aborted) throw new Cancelled('page-aborted');
      const learn = accountHint !== undefined && expected === undefined ? accountHint : undefined;
      if (request.tracksDelivery) {
        // Learn the account once the site has accepted the post (settled), not when it is let out.
        this.inFlight.set(requestId, { identityId, site: post.site, kind: post.kind, ...(learn !== undefined ? { learn } : {}) });
      } else if (learn !== undefined) {
        // No one will report the request's fate: learn on the first post that leaves.
        await this.deps.accounts.set(accountKey(identityId, post.site), learn);
        this.safeLog({ ...base, type: 'account-learned', at: this.now(), account: learn });
      }
      this.safeLog({ ...base, type: 'sent', at: this.now(), confirmedByUser, ...(request.tracksDelivery ? { awaitingDelivery: true } : {}) });
      return { allow: true, requestId, outcome: 'sent' };
    } catch (error) {
      const cause: CancelCause = error instanceof Cancelled ? error.why : 'guard-error';
      if ((cause === 'user' || cause === 'user-during-cooling-off') && request.fromWorker) {
        // (Cancel on a sheet that said it was refused before: the second refusal, final.)
        this.followRemembering(this.rememberRefused(request, post, refusal, cause === 'user' && refusedBefore !== undefined));
      }
      if (cause === 'guard-error') {
        this.safeLog({ type: 'guard-error', at: this.now(), identityId, requestId, url: request.url, error: describe(error) });
      }
      this.safeLog({ ...base, type: 'cancelled', at: this.now(), cause, ...(cause === 'guard-error' ? { error: describe(error) } : {}) });
      if (cause === 'page-aborted') {
        this.safeNotify({
          level: 'info',
          code: 'post-withdrawn',
          identityId,
          requestId,
          message: `Your ${post.kind} on ${post.site} was not sent: the page gave it up while Hatstand held it (it navigated away or stopped the request).`,
        });
      } else if ((cause === 'user' || cause === 'user-during-cooling-off') && request.navigation) {
        // (The navigation fails with ERR_BLOCKED_BY_CLIENT, which the window leaves to the guard to tell: the page now
        // shows Chromium's error in place of the form.)
        this.safeNotify({ level: 'info', code: 'post-cancelled', identityId, requestId, message: 'The form was not sent, so the page shows an error in its place; Back returns to the form.' });
      } else if (cause !== 'user' && cause !== 'user-during-cooling-off' && cause !== 'cross-site-refused' && cause !== 'replay-refused') {
        this.safeNotify({ level: 'error', code: 'post-cancelled', identityId, requestId, message: cancelMessage(cause, post, this.nameOf(identityId)) });
      }
      return { allow: false, requestId, outcome: 'cancelled', cause };
    } finally {
      withdrawn.abort();
      stopFollowingPage?.();
      if (crossSiteKey !== undefined) this.crossSiteWaiting.delete(crossSiteKey);
      this.pending.delete(requestId);
    }
  }

  /**
   * Who sent a post from another site, or undefined for the target's own site. `site` is undefined for a sender with no
   * site: an origin that is not http(s) (`"null"` for an opaque one: a data: worker, a sandboxed frame or its worker)
   * or, for a worker, no origin at all (the browser gives none for its own requests, and a worker can switch its
   * referrer off, the hook's fallback). A page's request with no origin is left as before: its frame is gone, or the
   * browser started it. A worker's site is the registrable domain from the Public Suffix List (registrableSite), the
   * same the vouching gesture is looked up by; a page's is shared/sites' siteOf, as the recognisers use.
   */
  private crossSender(request: GuardRequest): { site: string | undefined } | undefined {
    const origin = request.initiator?.origin;
    if (!origin) return request.fromWorker ? { site: undefined } : undefined;
    if (request.fromWorker) {
      const from = registrableSiteOfUrl(origin);
      if (from === undefined) return { site: undefined };
      return from !== registrableSite(hostOf(request.url)) ? { site: from } : undefined;
    }
    const host = httpHost(origin);
    if (host === undefined) return { site: undefined };
    const fromSite = siteOf(host);
    return fromSite !== siteOf(hostOf(request.url)) ? { site: fromSite } : undefined;
  }

  /** The site of the request's initiator (its origin; a worker's by the Public Suffix List), or undefined. */
  private initiatorSite(request: GuardRequest): string | undefined {
    const origin = request.initiator?.origin;
    if (!origin) return undefined;
    if (request.fromWorker) return registrableSiteOfUrl(origin);
    const host = httpHost(origin);
    return host === undefined ? undefined : siteOf(host) || undefined;
  }

  private async rememberRefused(request: GuardRequest, post: RecognisedPost, known: RefusalKey | undefined, final: boolean): Promise<void> {
    const at = this.now();
    try {
      const key = known ?? (await this.refusals.keyOf(request, post.site));
      if (key !== undefined) await this.refusals.remember(key, post.kind, at, final);
    } catch {
      // Remembering is a help: the refusal stands either way.
    }
  }

  /** Kept in `remembering` until done, so that dispose() waits for it (its store is closed after). */
  private followRemembering(work: Promise<void>): void {
    const followed = work.catch(() => undefined);
    this.remembering.add(followed);
    void followed.finally(() => this.remembering.delete(followed));
  }

  /**
   * Logs a refused cross-site post, and tells the user once per burst of them: a worker as the background script it is,
   * and a sender with no site as such, never by the target's name.
   */
  private refuse(request: GuardRequest, post: RecognisedPost, site: string | undefined, why: 'no-gesture' | 'waiting'): void {
    const { identityId } = request;
    const worker = request.fromWorker === true;
    let sender: string;
    let reason: string;
    if (worker && site === undefined) {
      sender = 'A background script of an unknown site';
      reason = 'it does not say which site it belongs to (its origin is opaque or not given), so no page you use can vouch for it';
    } else if (worker) {
      sender = `A background script of ${site}`;
      reason = why === 'waiting' ? `another post from ${site} is already waiting for your answer` : `you have not clicked or typed in a page on ${site} in the last minute`;
    } else {
      sender = site === undefined ? 'A frame with no site of its own (a sandboxed or data: document) in a page' : `A page on ${site}`;
      reason = why === 'waiting' ? 'another post from that page is already waiting for your answer' : 'no click or key press on that page in the last minute';
    }
    const initiator = site ?? NO_SITE;
    this.safeLog({ type: 'refused', at: this.now(), identityId, url: request.url, site: post.site, kind: post.kind, initiator, reason });
    const key = `refused|${identityId}|${worker ? 'worker:' : ''}${initiator}|${post.site}`;
    const count = this.countBurst(key);
    const times = count === 1 ? '' : ` (${count} times in the last minute)`;
    this.safeNotify({
      level: 'warning',
      code: 'refused',
      identityId,
      // The same id for the whole burst: the chrome replaces the notice instead of stacking one per request.
      requestId: key,
      message: `${sender} tried to send a ${post.kind} to ${post.site}${times}; Hatstand refused it without asking: ${reason}.`,
    });
  }

  /** Counts one more event of a burst; returns how many the current burst holds. */
  private countBurst(key: string): number {
    const now = this.now();
    const burst = this.bursts.get(key);
    if (burst && burst.until > now) {
      burst.count += 1;
      return burst.count;
    }
    if (this.bursts.size > 256) for (const [k, b] of this.bursts) if (b.until <= now) this.bursts.delete(k);
    this.bursts.set(key, { until: now + NOTICE_BURST_MS, count: 1 });
    return 1;
  }

  /** Cancels a held post (the sheet's Cancel, or Cancel during cooling-off). False if it is no longer held. */
  cancel(requestId: string): boolean {
    const p = this.pending.get(requestId);
    if (!p) return false;
    p.cancel('user');
    return true;
  }

  /**
   * The cooling-off notices of this identity's posts still counting down: the only way to cancel them is that
   * notice, which a chrome that reloads (or crashed and was loaded again) would otherwise never see again.
   */
  coolingOffNotices(identityId: string): GuardNotice[] {
    return [...this.pending.values()].flatMap((p) => (p.identityId === identityId && p.coolingOff ? [p.coolingOff] : []));
  }

  /** Request ids currently held, for the chrome to show and tests to inspect. */
  heldRequests(): Array<{ requestId: string; identityId: string; site: string }> {
    return [...this.pending].map(([requestId, p]) => ({ requestId, identityId: p.identityId, site: p.site }));
  }

  /**
   * Something the guard could not hold (the glue tells it, or check() could
   * not read a request far enough): always logged; told in the chrome once per
   * burst when `collapseKey` groups repeats (an unknown site's uploads).
   */
  reportNotHeld(identityId: string, url: string, reason: string, options: { collapseKey?: string } = {}): void {
    this.safeLog({ type: 'not-held', at: this.now(), identityId, url, reason });
    const key = options.collapseKey ? `not-held|${identityId}|${options.collapseKey}` : undefined;
    const count = key ? this.countBurst(key) : 1;
    const message =
      count === 1
        ? `Hatstand could not hold a request to ${hostOf(url)} for checking (${reason}). If you just posted there, check what went out.`
        : `Hatstand could not hold ${count} requests to ${hostOf(url)} for checking in the last minute (the last: ${reason}). If you just posted there, check what went out.`;
    this.safeNotify({ level: 'error', code: 'not-held', identityId, ...(key ? { requestId: key } : {}), message });
  }

  /**
   * Cancels everything held and refuses new posts. Resolves once each held post has ended and its cancellation is
   * logged (in later microtasks): what the log is written to must stay open until then.
   */
  dispose(): Promise<void> {
    this.disposed = true;
    for (const p of this.pending.values()) p.cancel('shutdown');
    return Promise.allSettled([...this.deciding])
      .then(() => Promise.allSettled([...this.remembering]))
      .then(() => undefined);
  }

  // ------------------------------------------------------------------ helpers

  private askWithTimeout(prompt: ConfirmPrompt, withdrawn: AbortLike): Promise<ChromeAnswer> {
    const ms = this.deps.chromeTimeoutMs ?? DEFAULT_CHROME_TIMEOUT_MS;
    return new Promise<ChromeAnswer>((resolve, reject) => {
      const timer = this.deps.clock.setTimeout(() => reject(new Cancelled('chrome-timeout')), ms);
      let asked: Promise<ChromeAnswer>;
      try {
        asked = Promise.resolve(this.deps.askChrome(prompt, withdrawn));
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
  facts: { mismatch: boolean; firstOnSite: boolean; textUnknown: boolean; refusedBefore: boolean },
): ConfirmReason[] {
  const reasons: ConfirmReason[] = [];
  // An account mismatch is the failure Hatstand exists for: asked even under "never".
  if (facts.mismatch) reasons.push('account-mismatch');
  // So is a post the person refused when a background script sent it before: a click anywhere in its site since then
  // is no answer to it.
  if (facts.refusedBefore) reasons.push('refused-before');
  // So is a post whose words Hatstand could not read: nothing was checked, so the person decides.
  if (policy.confirm === 'never') return facts.textUnknown ? [...reasons, 'text-unknown'] : reasons;
  if (policy.confirm === 'always') reasons.push('policy-always');
  if (facts.textUnknown) reasons.push('text-unknown');
  // A note ('info': "'client' can point to something private") is shown, but asks nothing on its own, as in the composer
  // and in the corpus figures.
  if (warnings.some((w) => !w.ruleId.startsWith('guard.') && w.severity !== 'info')) reasons.push('warnings');
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
    case 'page-aborted':
      return `${what} was not sent: the page gave it up while Hatstand held it.`;
    default:
      return `${what} was not sent because Hatstand could not check it. Try again; if it keeps happening, see the activity log.`;
  }
}

/**
 * The sheet's note for a post the person cancelled before: that a script is sending it again now, whose, and when it was
 * cancelled, in the words of the button they pressed; and that a second Cancel is the last time they are asked.
 */
export function refusedBeforeNote(from: string | undefined, kind: string, refusedAt: number, now: number): string {
  return `A background script of ${from ?? 'an unknown site'} is sending again the ${kind} you cancelled ${daysAgoInWords(refusedAt, now)}. If you cancel again, Hatstand will refuse it without asking.`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** The heuristic switches resolved for one request's host, so they can cross to a worker (functions cannot). */
function resolvedOptions(options: RecogniseOptions, url: string): RecogniseOptions {
  if (typeof options.heuristic !== 'function') return options;
  return { ...options, heuristic: options.heuristic(hostOf(url).toLowerCase()) };
}

/** What a sender with no site is logged and keyed as (an opaque origin, or a worker that gave none). */
const NO_SITE = '(no site: opaque or unknown origin)';

/** The host of an http(s) origin, or undefined (an opaque "null", another scheme, no host, not an address). */
function httpHost(origin: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(origin);
    return (protocol === 'https:' || protocol === 'http:') && hostname ? hostname : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'an unknown site';
  }
}
