import type { Store } from '../store';
import { redactUrl } from '../../../../shared/domain/redact';
import { WarningsService } from '../warnings/warnings-service';
import { warningSettingsProblem } from '../warnings/profile-builder';
import { AppError } from '../../../../shared/result';
import { contentHandlers } from './content-handlers';
import { identityHandlers } from './identity-handlers';
import type { WindowsPort } from './ports';
import type { Handlers } from './router';
import { createGuardServices, type GuardChrome } from './guard-services';
import type { PostGuardDeps } from '../post-guard';
import type { ConfirmationBroker } from '../confirmations/confirmation-broker';
import type { PostGuard } from '../post-guard';
import { ConnectedAccounts } from '../accounts';
import type { HttpOptions } from '../accounts/http';
import { SecretVault } from '../vault';
import { accountHandlers } from './account-handlers';
import { ComposerPosting } from './composer-posting';
import { removeIdentity } from './remove-identity';
import { reportToConsole } from '../after-commit';
import { NetworkService, PROXY_SECRET, type ChromiumProxyResolver } from '../network';
import type { NetworkSettings } from '../../../../shared/domain/network';
import type { ChromeContext, SessionOptions } from '../../../../shared/ipc/contract';
import { LinkRouter, type LinkPort } from '../links/link-router';
import { networkHandlers } from './network-handlers';

export interface AppServices {
  handlers: Handlers;
  warnings: WarningsService;
  guard: PostGuard;
  broker: ConfirmationBroker;
  network: NetworkService;
  links: LinkRouter;
}

/**
 * Every service and every channel's handler: the one place they are built.
 * Used by the Electron composition root and by the browser test harness alike.
 */
export function createHandlers(deps: {
  store: Store;
  windows: WindowsPort;
  guardChrome: GuardChrome;
  accountHintFor?: (identityId: string, site: string, url: string) => Promise<string | undefined>;
  /** Recognises large request bodies off the main thread (the post guard's worker). */
  recogniseOffThread?: PostGuardDeps['recogniseOffThread'];
  /** The OS keychain by default; the only place secrets go. */
  vault?: SecretVault;
  /** Network options for the Mastodon and Bluesky clients (tests point them at local servers). */
  accountsHttp?: HttpOptions;
  /** Chromium's proxy answer in an identity's session (system settings, PAC files); Electron glue only. */
  resolveProxy?: ChromiumProxyResolver;
  /** An identity's session options changed (saved): its session follows, cookies already there included. */
  onSessionOptionsChanged?: (identityId: string, options: SessionOptions) => void;
  /** An identity's network changed: re-apply its session and reload its running views. */
  onNetworkChanged?: (identityId: string, settings: NetworkSettings) => void | Promise<void>;
  /** Windows for link routing: open as another identity, ask in the chrome. */
  links?: LinkPort;
  defaultUserAgent?: () => string | null;
  /** Per-request timeout for proxied requests (tests shorten it). */
  networkTimeoutMs?: number;
  /** Called after an identity or its sites changed or it was removed (the tray menu follows). */
  onIdentitiesChanged?: () => void;
  /** How long a post waits for the sheet's answer (default: the guard's 5 minutes). */
  chromeTimeoutMs?: number;
  /** Where the post guard says, once, that the keychain could not give it its key (console by default). */
  warn?: (message: string) => void;
}): AppServices {
  const { store } = deps;
  // Similarity compares a text with the other identities' recent drafts.
  const recentDrafts = () =>
    store.identities.list().flatMap((identity) =>
      store.drafts.list(identity.id, { limit: 200 }).map((d) => ({ id: d.id, identityId: d.identityId, text: d.text })),
    );
  // A value the warning profile has to leave out is logged once (and shown in the identity's warning settings).
  const warnings = new WarningsService(store, recentDrafts, undefined, undefined, (problem) => {
    try {
      store.activity.append({ identityId: problem.identityId || null, kind: 'warning.skipped', summary: problem.message });
    } catch {
      // the log being unwritable must not stop the warnings themselves
    }
  });
  const vault = deps.vault ?? new SecretVault();
  const { guard, broker } = createGuardServices({
    store,
    warnings,
    vault,
    ...(deps.warn ? { warn: deps.warn } : {}),
    chrome: deps.guardChrome,
    ...(deps.accountHintFor ? { accountHintFor: deps.accountHintFor } : {}),
    ...(deps.chromeTimeoutMs ? { chromeTimeoutMs: deps.chromeTimeoutMs } : {}),
    ...(deps.recogniseOffThread ? { recogniseOffThread: deps.recogniseOffThread } : {}),
  });
  // Names, handles and sites feed the warning engine (recompiled), and the tray lists identities.
  const onIdentitiesChanged = () => {
    warnings.invalidate();
    deps.onIdentitiesChanged?.();
  };
  const identities = identityHandlers(
    store,
    deps.windows,
    onIdentitiesChanged,
    (identityId) => broker.prompts(identityId),
    reportToConsole,
    deps.onSessionOptionsChanged,
  );
  const network = new NetworkService({
    store,
    vault,
    ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}),
    ...(deps.onNetworkChanged ? { onChanged: deps.onNetworkChanged } : {}),
    ...(deps.networkTimeoutMs ? { timeoutMs: deps.networkTimeoutMs } : {}),
  });
  const links = new LinkRouter({
    store,
    port: deps.links ?? { openAs: (identityId) => deps.windows.openIdentity(identityId), ask: () => false, settled: () => undefined },
  });
  const accounts = new ConnectedAccounts({
    vault,
    store: store.accounts,
    ...(deps.accountsHttp ? { http: deps.accountsHttp } : {}),
    // API posts leave the way the identity's pages do: its proxy, or not at all.
    httpFor: (identityId, url) => network.httpFor(identityId, url),
  });
  const posting = new ComposerPosting(store, accounts, guard);
  return {
    warnings,
    guard,
    broker,
    network,
    links,
    handlers: {
      ...identities,
      // The role preset and the employer chosen with a new identity go with its warning settings (the employer is
      // checked first, so a refused one creates nothing).
      'identities:create': async ({ role, employer, ...input }, caller) => {
        const preset = { ...(role ? { role } : {}), ...(employer ? { employer: [employer] } : {}) };
        const problem = Object.keys(preset).length > 0 ? warningSettingsProblem(preset) : null;
        if (problem) throw new AppError('warnings/invalid-settings', problem);
        const created = await identities['identities:create'](input, caller);
        if (Object.keys(preset).length > 0) warnings.setSettings(created.id, { ...warnings.settingsFor(created.id), ...preset });
        return created;
      },
      // What main keeps the site view aside for, so a reloaded chrome draws it again.
      'chrome:context': (input, caller) => {
        const withWindowState = (context: ChromeContext): ChromeContext => {
          // (A sign-in popup is told only its own page's failure: the identity window's state is not its.)
          if (caller.window === 'popup') {
            const own = deps.windows.networkFailureOf?.(input.identityId, caller.chromeContentsId);
            return own ? { ...context, networkFailure: own } : context;
          }
          const failure = deps.windows.networkFailureOf?.(input.identityId);
          const unresponsive = deps.windows.unresponsiveOf?.(input.identityId);
          const question = links.pendingFor(input.identityId);
          const coolingOff = guard.coolingOffNotices(input.identityId);
          // (A countdown missed is in coolingOff while it still counts; once it has ended, it is news no more.)
          // (Given to the first read of a chrome document only: a later read, the network settings' or one after a
          // change of identities, must not take them from the document that is loading.)
          const missed = input.missed ? (deps.windows.missedNotices?.(input.identityId) ?? []) : [];
          return {
            ...context,
            ...(failure ? { networkFailure: failure } : {}),
            ...(question ? { linkQuestion: { ...question, url: redactUrl(question.url) } } : {}),
            ...(coolingOff.length > 0 ? { coolingOff } : {}),
            ...(missed.length > 0 ? { missedNotices: missed } : {}),
            ...(unresponsive ? { unresponsive } : {}),
          };
        };
        // (The identity window is told whether its chrome's first read of a document, the one that asks for what it
        // missed, succeeded: until one has, its band cannot say whose window it is, and no site is shown under it. A
        // later read that fails leaves the band as it was.)
        const told = (ok: boolean) => {
          if (caller.window === 'identity' && input.missed) deps.windows.chromeRead?.(caller.identityId, ok);
        };
        return (async () => {
          try {
            const answer = withWindowState(await identities['chrome:context'](input, caller));
            told(true);
            return answer;
          } catch (error) {
            told(false);
            throw error;
          }
        })();
      },
      // An identity's partition, keychain secrets (accounts, proxy password) and connections go with it,
      // in the order that keeps the answer true (remove-identity.ts).
      'identities:remove': ({ identityId }) =>
        removeIdentity(
          {
            store,
            windows: deps.windows,
            accounts,
            vault,
            otherSecrets: {
              kept: (id) => network.get(id).auth === true,
              remove: async (id) => void (await vault.delete(id, PROXY_SECRET.site, PROXY_SECRET.handle)),
            },
            release: (id) => network.dispose(id),
            onRemoved: onIdentitiesChanged,
            report: reportToConsole,
          },
          identityId,
        ),
      ...contentHandlers({ store, warnings, windows: deps.windows, guard, broker }),
      ...accountHandlers({ store, accounts, posting }),
      ...networkHandlers({ network, links, ...(deps.defaultUserAgent ? { defaultUserAgent: deps.defaultUserAgent } : {}) }),
    },
  };
}
