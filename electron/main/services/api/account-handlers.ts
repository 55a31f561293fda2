import type { ConnectedAccountView } from '../../../../shared/ipc/contract';
import type { ConnectedAccountMeta, ConnectedAccounts } from '../accounts';
import type { Store } from '../store';
import type { ComposerPosting } from './composer-posting';
import type { Handlers } from './router';

type AccountChannels = 'accounts:list' | 'accounts:connect' | 'accounts:disconnect' | 'drafts:post';

/** Only what the chrome may see of an account: never a secret, never an internal id. */
function view(meta: ConnectedAccountMeta): ConnectedAccountView {
  const { identityId, site, handle, serviceUrl, displayName, profileUrl, connectedAt } = meta;
  return { identityId, site, handle, serviceUrl, displayName, profileUrl, connectedAt };
}

export function accountHandlers(deps: { store: Store; accounts: ConnectedAccounts; posting: ComposerPosting }): Pick<Handlers, AccountChannels> {
  const { store, accounts } = deps;
  const name = (identityId: string) => store.identities.get(identityId).name;
  return {
    'accounts:list': async ({ identityId }) => (await accounts.list(identityId)).map(view),
    'accounts:connect': async (input) => {
      store.identities.get(input.identityId);
      const meta = await accounts.connectAccount(input);
      store.activity.append({ identityId: input.identityId, kind: 'settings.changed', site: meta.site, summary: `${name(input.identityId)} connected ${meta.site} account ${meta.handle}` });
      return view(meta);
    },
    'accounts:disconnect': async ({ identityId, site, handle }) => {
      await accounts.disconnect(identityId, site, handle);
      store.activity.append({ identityId, kind: 'settings.changed', site, summary: `${name(identityId)} disconnected ${site} account ${handle}` });
    },
    'drafts:post': (input) => deps.posting.post(input),
  };
}
