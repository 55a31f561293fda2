import type { Identity } from '../../../../shared/domain/identity';
import type { GuardPrompt } from '../../../../shared/ipc/contract';
import { permissionKey } from '../../../../shared/domain/permissions';
import { AppError } from '../../../../shared/result';
import type { Store } from '../store';
import type { Handlers } from './router';
import type { WindowsPort } from './ports';

type IdentityChannels =
  | 'identities:list'
  | 'identities:create'
  | 'identities:update'
  | 'identities:remove'
  | 'sites:add'
  | 'sites:update'
  | 'sites:remove'
  | 'windows:openIdentity'
  | 'windows:openLog'
  | 'windows:openLauncher'
  | 'chrome:context'
  | 'chrome:showSite'
  | 'chrome:navigate'
  | 'chrome:setPanel'
  | 'chrome:setNoticeBand'
  | 'sessions:getOptions'
  | 'sessions:setOptions'
  | 'permissions:list'
  | 'permissions:set';

const PERMISSIONS_KEY = 'permissions.allowed';
export const KEEP_SESSION_COOKIES_KEY = 'session.keepSessionCookies';

/** Identities, their sites, their windows and their permission allow-lists. */
export function identityHandlers(
  store: Store,
  windows: WindowsPort,
  onIdentitiesChanged: () => void,
  /** The identity's posts waiting for a decision (the confirmation broker's). */
  pendingPrompts: (identityId: string) => GuardPrompt[] = () => [],
): Pick<Handlers, IdentityChannels> {
  const siteOf = (identityId: string, siteId: string) => {
    const site = store.identities.get(identityId).sites.find((s) => s.id === siteId);
    if (!site) throw new AppError('store/not-found', 'That site is not part of this identity any more.');
    return site;
  };
  const announce = (identity: Identity) => {
    onIdentitiesChanged();
    windows.identityChanged(identity);
    return identity;
  };
  const changed = (identityId: string) => announce(store.identities.get(identityId));

  return {
    'identities:list': () => store.identities.list(),
    'identities:create': (input) => {
      return announce(store.identities.create(input));
    },
    'identities:update': ({ identityId, ...patch }) => {
      return announce(store.identities.update(identityId, patch));
    },
    'identities:remove': async ({ identityId }) => {
      store.identities.get(identityId); // a clear not-found before anything is wiped
      await windows.identityRemoved(identityId);
      store.identities.remove(identityId);
      onIdentitiesChanged();
    },
    'sites:add': ({ identityId, ...site }) => {
      const added = store.identities.addSite(identityId, site);
      changed(identityId);
      return added;
    },
    'sites:update': ({ identityId, siteId, ...patch }) => {
      siteOf(identityId, siteId);
      const site = store.identities.updateSite(siteId, patch);
      changed(identityId);
      return site;
    },
    'sites:remove': ({ identityId, siteId }) => {
      siteOf(identityId, siteId);
      store.identities.removeSite(siteId);
      changed(identityId);
    },
    'windows:openIdentity': ({ identityId }) => {
      store.identities.get(identityId);
      return windows.openIdentity(identityId);
    },
    'windows:openLog': ({ identityId }) => windows.openLog(identityId),
    'windows:openLauncher': () => windows.openLauncher(),
    'chrome:context': ({ identityId }) => ({
      identity: store.identities.get(identityId),
      activeSiteId: windows.activeSiteId(identityId),
      others: store.identities
        .list()
        .filter((i) => i.id !== identityId)
        .map(({ id, name, color, avatar }) => ({ id, name, color, avatar })),
      pendingPrompts: pendingPrompts(identityId),
      panel: windows.panelOf?.(identityId) ?? 'none',
    }),
    'chrome:showSite': ({ identityId, siteId }) => {
      siteOf(identityId, siteId);
      windows.showSite(identityId, siteId);
    },
    'chrome:navigate': ({ identityId, action }) => windows.navigate(identityId, action),
    'chrome:setPanel': ({ identityId, panel }) => windows.setPanel(identityId, panel),
    'chrome:setNoticeBand': ({ identityId, height }) => windows.setNoticeBand(identityId, height),
    'sessions:getOptions': ({ identityId }) => ({
      keepSessionCookies: store.settings.getFor(identityId, KEEP_SESSION_COOKIES_KEY, false),
    }),
    'sessions:setOptions': ({ identityId, keepSessionCookies }) => {
      store.settings.setFor(identityId, KEEP_SESSION_COOKIES_KEY, keepSessionCookies);
      store.activity.append({
        identityId,
        kind: 'settings.changed',
        summary: `${store.identities.get(identityId).name} ${keepSessionCookies ? 'keeps' : 'no longer keeps'} session cookies across restarts`,
      });
      return { keepSessionCookies };
    },
    'permissions:list': ({ identityId }) =>
      store.settings.getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, []),
    'permissions:set': ({ identityId, origin, permission, allowed }) => {
      const o = new URL(origin).origin;
      const current = store.settings
        .getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, [])
        .filter((g) => !(g.origin === o && g.permission === permission));
      store.settings.setFor(identityId, PERMISSIONS_KEY, allowed ? [...current, { origin: o, permission }] : current);
    },
  };
}

/** The allow-list as the session's permission handler reads it. */
export function permissionGrantsOf(store: Store, identityId: string): Set<string> {
  return new Set(
    store.settings
      .getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, [])
      .map((g) => permissionKey(g.origin, g.permission)),
  );
}
