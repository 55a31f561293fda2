import type { Identity } from '../../../../shared/domain/identity';
import { APPEARANCE_KEY, APPEARANCE_SUMMARY, appearanceOf } from '../appearance';
import type { GuardPrompt, SessionOptions } from '../../../../shared/ipc/contract';
import { permissionKey } from '../../../../shared/domain/permissions';
import { AppError } from '../../../../shared/result';
import type { Store } from '../store';
import type { Handlers } from './router';
import type { WindowsPort } from './ports';
import { afterCommit, reportToConsole, type FollowUpReporter } from '../after-commit';
import { siteTermProblem } from '../warnings/profile-builder';
import { checkSiteScheme } from './http-hosts';

type IdentityChannels =
  | 'identities:list'
  | 'identities:create'
  | 'identities:update'
  | 'sites:add'
  | 'sites:update'
  | 'sites:remove'
  | 'windows:openIdentity'
  | 'windows:openLog'
  | 'windows:openLauncher'
  | 'windows:getAppearance'
  | 'windows:setAppearance'
  | 'chrome:context'
  | 'chrome:showSite'
  | 'chrome:navigate'
  | 'chrome:setPanel'
  | 'chrome:setNoticeBand'
  | 'chrome:find'
  | 'chrome:stopFind'
  | 'sessions:getOptions'
  | 'sessions:setOptions'
  | 'permissions:list'
  | 'permissions:set';

const PERMISSIONS_KEY = 'permissions.allowed';
export const KEEP_SESSION_COOKIES_KEY = 'session.keepSessionCookies';
/** Which cookies are Hatstand's kept copies (name, domain, path, expiry; never a value): keep-session-cookies.ts. */
export const KEPT_COOKIE_COPIES_KEY = 'session.keptCookieCopies';

/** Identities, their sites, their windows and their permission allow-lists (removal: remove-identity.ts). */
export function identityHandlers(
  store: Store,
  windows: WindowsPort,
  onIdentitiesChanged: () => void,
  /** The identity's posts waiting for a decision (the confirmation broker's). */
  pendingPrompts: (identityId: string) => GuardPrompt[] = () => [],
  report: FollowUpReporter = reportToConsole,
  /** The identity's session options changed (saved): its open session follows (bootstrap.ts). */
  onSessionOptionsChanged: (identityId: string, options: SessionOptions) => void = () => {},
): Pick<Handlers, IdentityChannels> {
  const siteOf = (identityId: string, siteId: string) => {
    const site = store.identities.get(identityId).sites.find((s) => s.id === siteId);
    if (!site) throw new AppError('store/not-found', 'That site is not part of this identity any more.');
    return site;
  };
  // The change is committed; telling the warning engine and the windows is follow-up work (after-commit.ts).
  const announce = (identity: Identity) => {
    afterCommit(report, 'Refreshing the warnings', onIdentitiesChanged);
    afterCommit(report, 'Refreshing the windows', () => windows.identityChanged(identity));
    return identity;
  };
  /** A handle feeds the warning profile (as itself and as a profile link): refused here with the profile format's own rules. */
  const checkHandle = (site: { label: string; homeUrl: string; handle?: string | undefined }) => {
    const problem = siteTermProblem({ label: site.label, homeUrl: site.homeUrl, handle: site.handle ?? '' });
    if (problem) throw new AppError('sites/invalid-handle', problem);
  };
  const changed = (identityId: string) => announce(store.identities.get(identityId));
  const siteStateFor = (identityId: string, popupChrome?: number) => {
    const siteState = windows.siteStateOf?.(identityId, popupChrome);
    return siteState ? { siteState } : {};
  };

  return {
    'identities:list': () => store.identities.list(),
    'identities:create': (input) => {
      return announce(store.identities.create(input));
    },
    'identities:update': ({ identityId, ...patch }) => {
      return announce(store.identities.update(identityId, patch));
    },
    'sites:add': ({ identityId, allowHttp, ...site }) => {
      checkHandle(site);
      const rememberHttp = checkSiteScheme(store, identityId, site.homeUrl, allowHttp === true);
      const added = store.identities.addSite(identityId, site);
      afterCommit(report, 'Remembering the http host', rememberHttp);
      changed(identityId);
      return added;
    },
    'sites:update': ({ identityId, siteId, allowHttp, ...patch }) => {
      const before = siteOf(identityId, siteId);
      checkHandle({ label: patch.label ?? before.label, homeUrl: patch.homeUrl ?? before.homeUrl, handle: patch.handle ?? before.handle });
      const rememberHttp = patch.homeUrl !== undefined ? checkSiteScheme(store, identityId, patch.homeUrl, allowHttp === true) : () => {};
      const site = store.identities.updateSite(siteId, patch);
      afterCommit(report, 'Remembering the http host', rememberHttp);
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
    'windows:getAppearance': () => ({ appearance: appearanceOf(store) }),
    'windows:setAppearance': ({ appearance }) => {
      if (appearance === appearanceOf(store)) return { appearance };
      store.settings.set(APPEARANCE_KEY, appearance);
      store.activity.append({ kind: 'settings.changed', summary: APPEARANCE_SUMMARY[appearance] });
      windows.setAppearance(appearance);
      return { appearance };
    },
    'chrome:context': ({ identityId }, caller) => {
      const whose = {
        identity: store.identities.get(identityId),
        others: store.identities
          .list()
          .filter((i) => i.id !== identityId)
          .map(({ id, name, color, avatar }) => ({ id, name, color, avatar })),
      };
      // A sign-in popup shows its own page: the identity window's site, questions and panel are not its to show.
      if (caller.window === 'popup') {
        return { ...whose, activeSiteId: null, pendingPrompts: [], panel: 'none', ...siteStateFor(identityId, caller.chromeContentsId) };
      }
      return {
        ...whose,
        activeSiteId: windows.activeSiteId(identityId),
        pendingPrompts: pendingPrompts(identityId),
        panel: windows.panelOf?.(identityId) ?? 'none',
        ...siteStateFor(identityId),
      };
    },
    'chrome:showSite': ({ identityId, siteId }) => {
      siteOf(identityId, siteId);
      windows.showSite(identityId, siteId);
    },
    'chrome:navigate': ({ identityId, action }, caller) => {
      if (caller.window !== 'popup') return windows.navigate(identityId, action);
      // A sign-in popup only loads its own page again ("Try again" after a failure).
      if (action !== 'reload') throw new AppError('ipc/not-allowed', 'A sign-in window can only load its page again, so nothing was done.');
      windows.navigate(identityId, action, caller.chromeContentsId);
    },
    'chrome:setPanel': ({ identityId, panel }) => windows.setPanel(identityId, panel),
    'chrome:setNoticeBand': ({ identityId, height }) => windows.setNoticeBand(identityId, height),
    'chrome:find': ({ identityId, text, direction }) => windows.find?.(identityId, text, direction),
    'chrome:stopFind': ({ identityId, close }) => windows.stopFind?.(identityId, close),
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
      // The cookies already in the jar follow the choice too, not only those set from now on.
      afterCommit(report, 'Applying the choice to the cookies already there', () => onSessionOptionsChanged(identityId, { keepSessionCookies }));
      return { keepSessionCookies };
    },
    'permissions:list': ({ identityId }) =>
      store.settings.getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, []),
    'permissions:set': ({ identityId, origin, permission, allowed }) => {
      const o = new URL(origin).origin;
      if (allowed && permission === 'notifications') refuseSharedNotifications(store, identityId, o);
      const current = store.settings
        .getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, [])
        .filter((g) => !(g.origin === o && g.permission === permission));
      store.settings.setFor(identityId, PERMISSIONS_KEY, allowed ? [...current, { origin: o, permission }] : current);
    },
  };
}

/**
 * Notifications from one site may be allowed for one identity only. Chromium keys a shown notification by the site and
 * its tag alone, in one presenter for the whole app, not by identity (platform_notification_service.cc,
 * DisplayNotification: CloseNotificationWithId; notification_id_generator.cc), and shows only the site's title and
 * text. So the same site allowed in two identities would replace, close and tell the close of each other's
 * notifications, which links the two accounts for the site, and the person could not tell whose a notification is.
 */
function refuseSharedNotifications(store: Store, identityId: string, origin: string): void {
  const other = store.identities
    .list()
    .find((i) => i.id !== identityId && permissionGrantsOf(store, i.id).has(permissionKey(origin, 'notifications')));
  if (other) {
    const host = new URL(origin).host;
    throw new AppError(
      'permissions/shared-notifications',
      `Notifications from ${host} are already allowed for ${other.name}; Hatstand cannot keep one identity\u2019s notifications from a site apart from another\u2019s, so turn them off there first.`,
    );
  }
}

/** The allow-list as the session's permission handler reads it. */
export function permissionGrantsOf(store: Store, identityId: string): Set<string> {
  return new Set(
    store.settings
      .getFor<Array<{ origin: string; permission: string }>>(identityId, PERMISSIONS_KEY, [])
      .map((g) => permissionKey(g.origin, g.permission)),
  );
}
