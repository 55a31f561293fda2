import type { Store } from '../store';
import { WarningsService } from '../warnings/warnings-service';
import { contentHandlers } from './content-handlers';
import { identityHandlers } from './identity-handlers';
import type { WindowsPort } from './ports';
import type { Handlers } from './router';
import { createGuardServices, type GuardChrome } from './guard-services';
import type { ConfirmationBroker } from '../confirmations/confirmation-broker';
import type { PostGuard } from '../post-guard';

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
  return {
    warnings,
    guard,
    broker,
    handlers: {
      ...identities,
      ...contentHandlers({ store, warnings, windows: deps.windows, guard, broker }),
    },
  };
}
