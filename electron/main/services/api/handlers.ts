import type { Store } from '../store';
import { WarningsService } from '../warnings/warnings-service';
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
import { reportToConsole } from './after-commit';

export interface AppServices {
  handlers: Handlers;
  warnings: WarningsService;
  guard: PostGuard;
  broker: ConfirmationBroker;
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
  /** Called after an identity or its sites changed or it was removed (the tray menu follows). */
  onIdentitiesChanged?: () => void;
  /** How long a post waits for the sheet's answer (default: the guard's 5 minutes). */
  chromeTimeoutMs?: number;
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
  const { guard, broker } = createGuardServices({
    store,
    warnings,
    chrome: deps.guardChrome,
    ...(deps.accountHintFor ? { accountHintFor: deps.accountHintFor } : {}),
    ...(deps.chromeTimeoutMs ? { chromeTimeoutMs: deps.chromeTimeoutMs } : {}),
    ...(deps.recogniseOffThread ? { recogniseOffThread: deps.recogniseOffThread } : {}),
  });
  const vault = deps.vault ?? new SecretVault();
  // Names, handles and sites feed the warning engine (recompiled), and the tray lists identities.
  const onIdentitiesChanged = () => {
    warnings.invalidate();
    deps.onIdentitiesChanged?.();
  };
  const identities = identityHandlers(store, deps.windows, onIdentitiesChanged, (identityId) => broker.prompts(identityId));
  const accounts = new ConnectedAccounts({
    vault,
    store: store.accounts,
    ...(deps.accountsHttp ? { http: deps.accountsHttp } : {}),
  });
  const posting = new ComposerPosting(store, accounts, guard);
  return {
    warnings,
    guard,
    broker,
    handlers: {
      ...identities,
      // An identity's partition and keychain secrets go with it, in the order that keeps the answer true.
      'identities:remove': ({ identityId }) =>
        removeIdentity({ store, windows: deps.windows, accounts, vault, onRemoved: onIdentitiesChanged, report: reportToConsole }, identityId),
      ...contentHandlers({ store, warnings, windows: deps.windows, guard, broker }),
      ...accountHandlers({ store, accounts, posting }),
    },
  };
}
