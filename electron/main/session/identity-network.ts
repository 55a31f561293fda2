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
 * - `setUserAgent(ua, acceptLanguages)` applies to the session (new pages);
 *   running pages get theirs from the window on re-apply (docs/api/session.md:
 *   "This doesn't affect existing WebContents").
 * - Spellchecker languages must be in `availableSpellCheckerLanguages` or
 *   Electron throws (docs/api/session.md); others are left out.
 */
export class IdentityNetworkGate {
  private current: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(
    private readonly session: NetworkSession,
    /** The session's user agent before any change (Electron's, with its tokens). */
    private readonly baseUserAgent: string,
    private readonly options: { attempts?: number; waitMs?: number } = {},
  ) {}

  /** Starts applying; views that load from now on wait for it. */
  apply(settings: NetworkSettings, identityName: string): Promise<void> {
    const generation = ++this.generation;
    this.current = this.run(settings, identityName, generation);
    // A rejection is reported by whoever awaits ready(); never unhandled here.
    this.current.catch(() => undefined);
    return this.current;
  }

  ready(): Promise<void> {
    return this.current;
  }

  userAgent(settings: NetworkSettings): string {
    return userAgentFor(settings, this.baseUserAgent);
  }

  private async run(settings: NetworkSettings, identityName: string, generation: number): Promise<void> {
    await this.session.setProxy(electronProxyConfig(settings));
    await this.session.closeAllConnections();
    const languages = acceptLanguagesHeader(settings);
    if (languages) this.session.setUserAgent(this.userAgent(settings), languages);
    else this.session.setUserAgent(this.userAgent(settings));
    const wanted = settings.spellcheckLanguages ?? [];
    if (wanted.length > 0) {
      const available = new Set(this.session.availableSpellCheckerLanguages);
      const usable = wanted.filter((l) => available.has(l));
      if (usable.length > 0) this.session.setSpellCheckerLanguages(usable);
    }
    const expected = expectedProxyAnswer(settings);
    if (expected === null) return;
    const attempts = this.options.attempts ?? 50;
    let answer = '';
    for (let i = 0; i < attempts; i += 1) {
      if (generation !== this.generation) return; // a newer setting took over
      answer = (await this.session.resolveProxy(PROBE_URL)).trim();
      if (answer === expected) return;
      await new Promise((r) => setTimeout(r, this.options.waitMs ?? 20));
    }
    throw new Error(
      `${identityName}'s proxy at ${proxyLabel(settings)} could not be put in place (Chromium still answers "${answer.slice(0, 60)}"): nothing was loaded.`,
    );
  }
}
