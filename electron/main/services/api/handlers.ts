import type { Store } from '../store';
import { WarningsService } from '../warnings/warnings-service';
import { contentHandlers } from './content-handlers';
import { identityHandlers } from './identity-handlers';
import type { GuardPort, WindowsPort } from './ports';
import type { Handlers } from './router';

export interface AppServices {
  handlers: Handlers;
  warnings: WarningsService;
}

/** Every channel's handler, built from the services. Used by Electron IPC and the browser test harness alike. */
export function createHandlers(deps: { store: Store; windows: WindowsPort; guard?: GuardPort }): AppServices {
  const { store } = deps;
  // Similarity compares a text with the other identities' recent drafts.
  const recentDrafts = () =>
    store.identities.list().flatMap((identity) =>
      store.drafts.list(identity.id, { limit: 200 }).map((d) => ({ id: d.id, identityId: d.identityId, text: d.text })),
    );
  const warnings = new WarningsService(store, recentDrafts);
  // Names, handles and sites feed the warning engine: recompile after any identity change.
  const identities = identityHandlers(store, deps.windows, () => warnings.invalidate());
  return {
    warnings,
    handlers: {
      ...identities,
      ...contentHandlers({ store, warnings, windows: deps.windows, ...(deps.guard ? { guard: deps.guard } : {}) }),
    },
  };
}
