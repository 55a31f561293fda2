import type { Session } from 'electron';
import {
  acceptLanguagesHeader,
  electronProxyConfig,
  expectedProxyAnswer,
  proxyLabel,
  userAgentFor,
  type NetworkSettings,
} from '../../../shared/domain/network';

/** The parts of an identity's Session its network setup uses. */
export type NetworkSession = Pick<
  Session,
  'setProxy' | 'closeAllConnections' | 'resolveProxy' | 'setUserAgent' | 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'
>;

/** Any address works for the check: with fixed servers and no bypass, every URL gets the same answer. */
const PROBE_URL = 'https://hatstand.invalid/';
/** The discard port on loopback: nothing listens there, so every request through it fails at once. */
const SENTINEL = { mode: 'fixed_servers' as const, proxyRules: 'http://127.0.0.1:9', proxyBypassRules: '<-loopback>' };
const SENTINEL_ANSWER = 'PROXY 127.0.0.1:9';
/**
 * How long a closed gate waits before asking again a PAC file it could not fetch (recheck): right after a wake the
 * network is often not up yet though net.isOnline() says it is. Bounded: after the last, only a wake, an unlock, the
 * network coming back or the person's Reload asks again.
 */
export const PAC_RETRY_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000];

/** A PAC file that could not be fetched or run, as opposed to one that answered with DIRECT. */
class PacUnusable extends Error {}

/**
 * Applies an identity's network to its session and says when its pages may
 * load. Views wait for `ready()`; when applying fails, `ready()` rejects and
 * nothing loads (fail closed).
 *
 * - `session.setProxy` resolves once the preference is written (Electron
 *   shell/browser/api/electron_api_session.cc, Session::SetProxy posts the
 *   resolve after SetValue); the network service learns it through
 *   ProxyConfigMonitor afterwards. So for a fixed proxy the gate asks the
 *   session's own resolver (`resolveProxy`) until it answers with exactly
 *   that proxy, and only then opens.
 * - `closeAllConnections` drops pooled sockets that used the previous proxy
 *   (docs/api/session.md, setProxy: "You may need ses.closeAllConnections").
 * - `setUserAgent(ua, acceptLanguages)` applies to the session's new pages only:
 *   a page takes its session's user agent once, when it is made
 *   (electron_api_web_contents.cc, `SetUserAgent(GetBrowserContext()->GetUserAgent())`;
 *   docs/api/session.md: "This doesn't affect existing WebContents"). So it is set
 *   at once, before any page of the identity is made, not once the proxy is in
 *   place; running pages get theirs from the window on a change.
 * - Spellchecker languages must be in `availableSpellCheckerLanguages` or
 *   Electron throws (docs/api/session.md); others are left out.
 */
export class IdentityNetworkGate {
  private current: Promise<void> = Promise.resolve();
  private generation = 0;
  /** The PAC file the newest setting put in force, with what its check asked: asked again by `recheck()`. */
  private pacInForce: { generation: number; settings: NetworkSettings; identityName: string; siteUrls: readonly string[] } | null = null;
  /**
   * The setting (its generation) whose PAC file was refused, and why: the refusing sentinel is in force instead of it,
   * and `ready()` rejects with that refusal until the file is accepted again.
   */
  private closed: { generation: number; refusal: Error } | null = null;
  /** Hatstand is ending (stop()): no more retries. */
  private stopped = false;
  /** The next ask of a closed gate's unfetchable file (PAC_RETRY_MS), and how many were made. */
  private retry: { timer: ReturnType<typeof setTimeout> | null; made: number } = { timer: null, made: 0 };

  constructor(
    private readonly session: NetworkSession,
    /** The session's user agent before any change (Electron's, with its tokens). */
    private readonly baseUserAgent: string,
    private readonly options: {
      attempts?: number;
      waitMs?: number;
      /** The app's locale (app.getLocale()): the spellchecker's language when the identity names none. */
      locale?: string;
      /**
       * A refused PAC file was accepted again (asked again after a wake, a retry or a Reload): the pages the refusal
       * kept from loading may load, and its notice may go.
       */
      onReopened?: () => void;
      /** PAC_RETRY_MS unless given. */
      retryMs?: readonly number[];
      /**
       * A session of its own that loads nothing (an in-memory partition), where a refused PAC file is asked before it
       * is put back on the identity's: none of the identity's pages, running behind the refusal's notice, can follow
       * the file's DIRECT while it is asked. Without one, the file is asked on the identity's session.
       */
      probe?: () => Pick<NetworkSession, 'setProxy' | 'resolveProxy'>;
    } = {},
  ) {}

  /**
   * Starts applying; views that load from now on wait for it. `siteUrls`
   * (the identity's sites) are checked against a PAC file's answers.
   */
  apply(settings: NetworkSettings, identityName: string, siteUrls: readonly string[] = []): Promise<void> {
    const generation = ++this.generation;
    this.closed = null;
    this.stopRetrying();
    // (Once the identity names no languages, the locale's again, which a session starts with: Electron keeps the last
    // ones set when none are given, electron_api_session.cc SetUserAgent, and network_context_service.cc's default.)
    const languages = acceptLanguagesHeader(settings) ?? this.options.locale;
    if (languages) this.session.setUserAgent(this.userAgent(settings), languages);
    else this.session.setUserAgent(this.userAgent(settings));
    this.current = this.run(settings, identityName, generation, siteUrls);
    // A rejection is reported by whoever awaits ready(); never unhandled here.
    this.current.catch(() => undefined);
    return this.current;
  }

  /**
   * Resolves once the newest setting is in place. A setting replaced while
   * being applied stops early; whoever waited on it waits for its replacement
   * instead of loading while the session is between the two.
   */
  async ready(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.current;
      await seen;
    } while (seen !== this.current);
    // (A check that settled after a refusal, however it ended, leaves the gate closed: the refusal still stands.)
    if (this.closed?.generation === this.generation) throw this.closed.refusal;
  }

  userAgent(settings: NetworkSettings): string {
    return userAgentFor(settings, this.baseUserAgent);
  }

  private async run(settings: NetworkSettings, identityName: string, generation: number, siteUrls: readonly string[]): Promise<void> {
    const expected = expectedProxyAnswer(settings);
    const failed = (answer: string) =>
      new Error(
        `${identityName}'s ${settings.mode === 'pac' ? 'PAC file' : 'proxy'} at ${proxyLabel(settings)} could not be put in place (Chromium still answers "${answer.slice(0, 60)}"): nothing was loaded.`,
      );
    if (expected !== null) {
      await this.session.setProxy(electronProxyConfig(settings));
      const answer = await this.until(generation, (a) => a === expected);
      if (answer !== expected && answer !== null) throw failed(answer);
    } else {
      // System settings and PAC files give no answer to wait for. A sentinel
      // proxy that refuses everything goes first: once Chromium answers with
      // it, the session is in step with our writes, and every request fails
      // (never goes direct) until the real setting's answer replaces it.
      await this.session.setProxy(SENTINEL);
      const first = await this.until(generation, (a) => a === SENTINEL_ANSWER);
      if (first !== SENTINEL_ANSWER && first !== null) throw failed(first);
      await this.session.setProxy(electronProxyConfig(settings));
      const next = await this.until(generation, (a) => a !== SENTINEL_ANSWER, true);
      if (next === SENTINEL_ANSWER) throw failed(next);
    }
    if (generation !== this.generation) return;
    await this.session.closeAllConnections();
    // The identity's languages, or, once it names none, the locale's again: the session keeps the last languages set,
    // across restarts too (docs/api/session.md, setSpellCheckerLanguages), so clearing the setting must set them back.
    const available = this.session.availableSpellCheckerLanguages;
    const wanted = settings.spellcheckLanguages ?? [];
    const usable = wanted.length > 0 ? wanted.filter((l) => available.includes(l)) : spellcheckerDefault(this.options.locale, available);
    if (usable.length > 0) this.session.setSpellCheckerLanguages(usable);
    this.pacInForce = settings.mode === 'pac' ? { generation, settings, identityName, siteUrls } : null;
    if (settings.mode === 'pac') await this.closedIfRefused(generation, () => this.checkPac(settings, identityName, siteUrls));
  }

  /**
   * A PAC file refused (one that lets a site go direct, or cannot be used) no longer carries the identity's requests:
   * the refusing sentinel goes back in force. Refusing only to load would leave the pages already running (hidden
   * behind the chrome's notice, their sockets and timers alive) and main's API clients on a file that may send them
   * direct, which is what the refusal is for.
   */
  private async closedIfRefused(generation: number, check: () => Promise<void>): Promise<void> {
    try {
      await check();
    } catch (error) {
      if (generation === this.generation) {
        this.closed = { generation, refusal: error instanceof Error ? error : new Error(String(error)) };
        await this.session.setProxy(SENTINEL).catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * Asks the PAC file in force again for the identity's sites, as applying it did (once the computer woke, was
   * unlocked or came back online: network-back.ts; or the person pressed Reload over the notice). Chromium runs a PAC
   * file again after a network change, and one that uses myIpAddress() or isInNet() may then answer "PROXY p; DIRECT"
   * where it named only the proxy before. Such an answer is refused exactly as at apply time: `ready()` rejects with
   * the same sentence, so nothing of the identity loads, the refusing sentinel is put back in force (closedIfRefused),
   * and the sentence is returned for the windows to show. A file in force that cannot be fetched now (a network still
   * coming up) is not refused here: with pac_mandatory Chromium fails requests rather than go direct
   * (electron_api_session.cc:384-385), and the proxy failure notices say so.
   *
   * A file refused before (the gate closed, whether by applying, by a check or while this one waited its turn) is put
   * in force again and asked as applying does (reopen): accepted, the gate opens and `onReopened` is told; refused, the
   * sentinel goes back. One that cannot be fetched then is asked again later (PAC_RETRY_MS), the sentinel in force
   * meanwhile. Resolves with the refusal's sentence, or null when nothing is refused or no PAC file is in force.
   */
  recheck(): Promise<string | null> {
    // (Once Hatstand is ending, no proxy is changed and no window told: stop().)
    if (this.stopped) return Promise.resolve(null);
    // (Asked from outside: a closed gate's unfetchable file gets the whole retry schedule again.)
    this.retry.made = 0;
    return this.askAgain();
  }

  private askAgain(): Promise<string | null> {
    const placed = this.pacInForce;
    if (!placed || placed.generation !== this.generation) return Promise.resolve(null);
    const refusal = (error: unknown) => (error instanceof Error ? error.message : String(error));
    // (After whatever is being applied or checked now; a newer setting makes this check moot.)
    const check = this.current
      .catch(() => undefined)
      .then(async () => {
        if (placed.generation !== this.generation) return;
        if (this.closed?.generation === placed.generation) return this.reopen(placed);
        await this.closedIfRefused(placed.generation, () => this.checkPac(placed.settings, placed.identityName, placed.siteUrls, false));
      });
    this.current = check;
    check.catch(() => undefined);
    return check.then(() => null, refusal);
  }

  /**
   * A closed gate's file put in force again in place of the sentinel and asked as applying does. Accepted: the gate
   * opens (onReopened). Refused: the sentinel goes back; a file that could not be fetched is asked again after the next
   * of PAC_RETRY_MS, one that lets a site go direct is not (only a wake, an unlock, the network or a Reload asks again).
   */
  private async reopen(placed: NonNullable<IdentityNetworkGate['pacInForce']>): Promise<void> {
    const { generation, settings, identityName, siteUrls } = placed;
    this.stopRetrying(false);
    try {
      const probe = this.options.probe?.();
      if (probe) {
        // Asked first where nothing loads, in step as applying is (the sentinel's answer, then the file's).
        await probe.setProxy(SENTINEL);
        if ((await this.until(generation, (a) => a === SENTINEL_ANSWER, false, probe)) === null) return;
        await probe.setProxy(electronProxyConfig(settings));
        const probed = await this.until(generation, (a) => a !== SENTINEL_ANSWER, true, probe);
        if (probed === null) return;
        if (probed === SENTINEL_ANSWER) throw new PacUnusable(`${identityName}'s PAC file at ${proxyLabel(settings)} could not be put in place: nothing was loaded.`);
        await this.checkPac(settings, identityName, siteUrls, true, probe);
      }
      await this.session.setProxy(electronProxyConfig(settings));
      const next = await this.until(generation, (a) => a !== SENTINEL_ANSWER, true);
      if (next === null) return;
      if (next === SENTINEL_ANSWER) throw new PacUnusable(`${identityName}'s PAC file at ${proxyLabel(settings)} could not be put in place: nothing was loaded.`);
      await this.checkPac(settings, identityName, siteUrls);
    } catch (error) {
      if (generation !== this.generation) return;
      this.closed = { generation, refusal: error instanceof Error ? error : new Error(String(error)) };
      await this.session.setProxy(SENTINEL).catch(() => undefined);
      if (error instanceof PacUnusable) this.retryLater(placed);
      throw error;
    }
    if (generation !== this.generation) return;
    this.closed = null;
    this.stopRetrying();
    await this.session.closeAllConnections();
    try {
      this.options.onReopened?.();
    } catch (error) {
      console.error('[network] reopening failed:', error instanceof Error ? error.message : error);
    }
  }

  /** Hatstand is ending: a refused file is asked again no more (no proxy changed, no window told, during the hold). */
  stop(): void {
    this.stopped = true;
    this.stopRetrying();
  }

  /** Asks a closed gate's unfetchable file again after the next delay of the schedule, if any is left. */
  private retryLater(placed: NonNullable<IdentityNetworkGate['pacInForce']>): void {
    if (this.stopped) return;
    const delays = this.options.retryMs ?? PAC_RETRY_MS;
    const delay = delays[this.retry.made];
    if (delay === undefined) return;
    this.retry.made += 1;
    this.retry.timer = setTimeout(() => {
      this.retry.timer = null;
      if (this.pacInForce === placed && this.closed?.generation === placed.generation) void this.askAgain();
    }, delay);
    this.retry.timer.unref?.();
  }

  /** Cancels the next retry; `reset` (a new setting, the file accepted) starts the schedule anew. */
  private stopRetrying(reset = true): void {
    if (this.retry.timer) clearTimeout(this.retry.timer);
    this.retry.timer = null;
    if (reset) this.retry.made = 0;
  }

  /**
   * Asks the session's resolver until `done(answer)`; returns the last answer,
   * or null when a newer setting took over. A resolver that rejects counts as
   * done when `rejectionIsDone`. (Electron answers a failed lookup, such as a
   * PAC file that cannot be fetched, with "" rather than rejecting; `checkPac`
   * refuses that answer.)
   */
  private async until(
    generation: number,
    done: (answer: string) => boolean,
    rejectionIsDone = false,
    on: Pick<NetworkSession, 'resolveProxy'> = this.session,
  ): Promise<string | null> {
    const attempts = this.options.attempts ?? 50;
    let answer = '';
    for (let i = 0; i < attempts; i += 1) {
      if (generation !== this.generation) return null;
      try {
        answer = (await on.resolveProxy(PROBE_URL)).trim();
      } catch (error) {
        if (rejectionIsDone) return '';
        throw error;
      }
      if (done(answer)) return answer;
      await new Promise((r) => setTimeout(r, this.options.waitMs ?? 20));
    }
    return answer;
  }

  /**
   * A PAC file may list DIRECT after a proxy ("PROXY p:3128; DIRECT"), and
   * Chromium then goes direct when the proxy is down. That is the fallback
   * Hatstand refuses: when the file answers so for one of the identity's
   * sites, nothing of the identity loads and the chrome says why. (Other
   * addresses are the PAC file's business; the settings page says so.)
   */
  private async checkPac(
    settings: NetworkSettings,
    identityName: string,
    siteUrls: readonly string[],
    unusableRefused = true,
    on: Pick<NetworkSession, 'resolveProxy'> = this.session,
  ): Promise<void> {
    for (const url of siteUrls) {
      const unusable = new PacUnusable(`${identityName}'s PAC file at ${proxyLabel(settings)} could not be loaded or run: nothing was loaded.`);
      let answer: string;
      try {
        answer = await on.resolveProxy(url);
      } catch {
        if (!unusableRefused) continue;
        throw unusable;
      }
      // (A failed lookup resolves with an empty answer, not a rejection: resolve_proxy_helper.cc, OnProxyLookupComplete.)
      if (answer.trim() === '') {
        if (!unusableRefused) continue;
        throw unusable;
      }
      const entries = answer.split(';').map((e) => e.trim()).filter(Boolean);
      if (entries.length > 1 && entries.some((e) => /^DIRECT$/i.test(e))) {
        const host = new URL(url).host;
        throw new Error(`${identityName}'s PAC file lets ${host} fall back to a direct connection, so Hatstand loads nothing; remove DIRECT from its answer for ${host}.`.slice(0, 300));
      }
    }
  }
}

/**
 * The spellchecker language Electron starts a session with when none is set: the dictionary of the app's locale
 * (electron_browser_context.cc, GetCorrespondingSpellCheckLanguage of the configured locale). Told from the list the
 * session offers: the locale itself ("en-GB"), else its language ("de" for "de-AT"), else a dictionary of that language
 * ("en-US" for "en-IE"); none when the locale has no dictionary.
 */
export function spellcheckerDefault(locale: string | undefined, available: readonly string[]): string[] {
  if (!locale) return [];
  const exact = available.find((l) => l.toLowerCase() === locale.toLowerCase());
  if (exact) return [exact];
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  const same = available.find((l) => l.toLowerCase() === language) ?? available.find((l) => l.toLowerCase().startsWith(`${language}-`));
  return same ? [same] : [];
}
