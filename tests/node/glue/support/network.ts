/**
 * The window layer with the identity network and link routing wired as the
 * composition root wires them (bootstrap.ts: siteNetwork, routeLink,
 * onNetworkChanged): a real IdentityNetworkGate per identity session on the
 * shared session double, and the real services (createHandlers) whose
 * LinkRouter has the WindowManager as its port. Settings are kept here instead of in the NetworkService (which needs
 * the keychain); no credentials are kept.
 */
import type { NetworkSettings } from '../../../../shared/domain/network';
import { IdentityNetworkGate } from '../../../../electron/main/session/identity-network';
import { whenNetworkMayBeBack } from '../../../../electron/main/network-back';
import { partitionFor } from '../../../../electron/main/session/partition';
import type { LinkRouter } from '../../../../electron/main/services/links/link-router';
import type { EventName } from '../../../../shared/ipc/channels';
import type { ChromeContext, EventPayloads } from '../../../../shared/ipc/contract';
import { createHandlers } from '../../../../electron/main/services/api/handlers';
import { windowGuardChrome } from '../../../../electron/main/windows/guard-chrome';
import type { FakeBrowserWindow, FakeElectronOptions, FakeWebContents } from '../../../support/electron';
import { identityWin, windowWorld } from './windows';

type Name = 'Personal' | 'Professional';

export function networkWorld(initial: Partial<Record<Name, NetworkSettings>> = {}, electron: FakeElectronOptions = {}) {
  const settings = new Map<string, NetworkSettings>();
  const gates = new Map<string, IdentityNetworkGate>();
  const late: { router: LinkRouter | null; gateOf: ((identityId: string) => IdentityNetworkGate) | null; reopened: ((identityId: string) => void) | null } = {
    router: null,
    gateOf: null,
    reopened: null,
  };
  /** Each site-view load, with the route the session's network service takes for it at that moment. */
  const routes: Array<{ contents: FakeWebContents; url: string; route: Promise<string> }> = [];

  const w = windowWorld({
    ...electron,
    deps: ({ e, store }) => {
      const settingsOf = (identityId: string): NetworkSettings =>
        settings.get(identityId) ?? initial[store.identities.get(identityId).name as Name] ?? { mode: 'direct' };
      const gateOf = (identityId: string) => {
        let gate = gates.get(identityId);
        if (!gate) {
          // bootstrap.ts sessionFor: the gate starts applying when the identity's session is opened.
          const session = e.session.fromPartition(partitionFor(identityId));
          gate = new IdentityNetworkGate(session, session.getUserAgent(), { attempts: 5, waitMs: 1, onReopened: () => late.reopened?.(identityId) });
          const who = store.identities.get(identityId);
          void gate.apply(settingsOf(identityId), who.name, who.sites.map((s) => s.homeUrl));
          gates.set(identityId, gate);
        }
        return gate;
      };
      late.gateOf = gateOf;
      return {
        siteNetwork: (identityId) => ({
          ready: () => gateOf(identityId).ready(),
          settings: () => settingsOf(identityId),
          userAgent: () => gateOf(identityId).userAgent(settingsOf(identityId)),
          credentials: () => Promise.resolve(null),
          recheck: () => void gateOf(identityId).recheck(),
          online: () => e.net.isOnline(),
          systemProxy: (url: string) => e.session.fromPartition(partitionFor(identityId)).resolveProxy(url),
        }),
        routeLink: (fromIdentityId, url, openHere, sandbox) => late.router!.take(fromIdentityId, url, 'site', openHere, sandbox),
        linkQuestionsGone: (identityId) => late.router!.dropFor(identityId),
      };
    },
  });
  // The services as the composition root builds them, with the window manager as the link router's port.
  const services = createHandlers({
    store: w.store,
    windows: w.windows,
    links: w.windows,
    guardChrome: windowGuardChrome({
      windowOf: (id) => w.windows.windowOf(id),
      openQuestions: (id) => services.broker.pending(id).length,
      notice: (id, notice) => w.windows.send(id, 'guard:notice', notice),
    }),
  });
  const router = services.links;
  late.router = router;
  late.reopened = (identityId) => w.windows.networkReopened(identityId);
  /** What a chrome page that (re)loads reads (chrome:context). */
  const context = (identityId: string) =>
    services.handlers['chrome:context']({ identityId }, { window: 'identity', identityId }) as Promise<ChromeContext>;

  const createView = w.kit.createView;
  w.kit.createView = (options) => {
    const view = createView(options);
    const contents = view.webContents;
    const loadURL = contents.loadURL.bind(contents);
    contents.loadURL = (url, loadOptions) => {
      routes.push({ contents, url, route: contents.session.resolveProxy(url) });
      return loadURL(url, loadOptions);
    };
    return view;
  };

  /** bootstrap.ts onNetworkChanged: the session takes the new settings, running views load again behind it. */
  const change = (identityId: string, next: NetworkSettings) => {
    settings.set(identityId, next);
    const gate = late.gateOf!(identityId); // opens the session's gate if no window did yet
    const who = w.store.identities.get(identityId);
    void gate.apply(next, who.name, who.sites.map((s) => s.homeUrl));
    w.windows.networkChanged(identityId, gate.userAgent(next));
  };

  /**
   * bootstrap.ts: when the computer wakes, is unlocked or comes back online, each open identity's PAC file is asked
   * again, and the pages that failed for want of a network load again. Returns the stop.
   */
  const watchNetworkBack = (options: { pollMs?: number } = {}) =>
    whenNetworkMayBeBack(
      w.e.powerMonitor,
      w.e.net,
      () => {
        for (const [identityId, gate] of gates) {
          void gate.recheck().then((refused) => {
            if (refused) w.windows.networkRefused(identityId, refused);
          });
        }
        w.windows.networkBack();
      },
      options,
    );

  return { w, router, services, context, routes, change, gates, watchNetworkBack };
}

/** What main sent one of our windows' chrome on `event`. */
export function sentTo<E extends EventName>(win: FakeBrowserWindow, event: E): Array<EventPayloads[E]> {
  return win.webContents.sent.filter((m) => m.channel === event).map((m) => m.args[0] as EventPayloads[E]);
}

/** The point in the middle of the site area (the site view's bounds when shown). */
export const SITE_POINT = { x: 600, y: 400 } as const;

/** Professional's window on the given network, its first site view made (not yet loaded: it waits for the network). */
export function professionalWindowOn(settings: NetworkSettings, electron: FakeElectronOptions = {}) {
  const n = networkWorld({ Professional: settings }, electron);
  const pro = n.w.professional;
  n.w.windows.openIdentity(pro.id);
  const win = identityWin(n.w, pro.id);
  const view = win.siteViews()[0]!;
  return { n, pro, win, view, page: view.webContents };
}
