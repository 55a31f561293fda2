import type { Store } from '../store';
import { WarningsService } from '../warnings/warnings-service';
import { contentHandlers } from './content-handlers';
import { identityHandlers } from './identity-handlers';
import type { WindowsPort } from './ports';
import type { Handlers } from './router';
import { createGuardServices, type GuardChrome } from './guard-services';
import type { ConfirmationBroker } from '../confirmations/confirmation-broker';
import type { PostGuard } from '../post-guard';
import { ConnectedAccounts } from '../accounts';
import type { HttpOptions } from '../accounts/http';
import { SecretVault } from '../vault';
import { accountHandlers } from './account-handlers';
import { ComposerPosting } from './composer-posting';

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
  /** The OS keychain by default; the only place secrets go. */
  vault?: SecretVault;
  /** Network options for the Mastodon and Bluesky clients (tests point them at local servers). */
  accountsHttp?: HttpOptions;
}): AppServices {
  const { store } = deps;
  // Similarity compares a text with the other identities' recent drafts.
  const recentDrafts = () =>
    store.identities.list().flatMap((identity) =>
      store.drafts.list(identity.id, { limit: 200 }).map((d) => ({ id: d.id, identityId: d.identityId, text: d.text })),
    );
  const warnings = new WarningsService(store, recentDrafts);
  // Names, handles and sites feed the warning engine: recompile after any identity change.
  const identities = identityHandlers(store, deps.windows, () => warnings.invalidate());
  const { guard, broker } = createGuardServices({
    store,
    warnings,
    chrome: deps.guardChrome,
    ...(deps.accountHintFor ? { accountHintFor: deps.accountHintFor } : {}),
  });
  const accounts = new ConnectedAccounts({
    vault: deps.vault ?? new SecretVault(),
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
      // The role preset chosen with a new identity goes with its warning settings.
      'identities:create': async ({ role, ...input }, caller) => {
        const created = await identities['identities:create'](input, caller);
        if (role) warnings.setRole(created.id, role);
        return created;
      },
      // An identity's keychain secrets go with it. When it has accounts and the
      // keychain cannot be reached, nothing is removed and the message says why.
      'identities:remove': async (input, caller) => {
        if (store.accounts.list(input.identityId).length > 0) await accounts.removeIdentity(input.identityId);
        return identities['identities:remove'](input, caller);
      },
      ...contentHandlers({ store, warnings, windows: deps.windows, guard, broker }),
      ...accountHandlers({ store, accounts, posting }),
    },
  };
}
