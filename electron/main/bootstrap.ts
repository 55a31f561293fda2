import { app, clipboard, dialog, ipcMain, Menu, net, powerMonitor, protocol, session, Tray, nativeImage, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findRequestedIdentity, identityLookupProblem } from './cli';
import { followRelaunches } from './relaunch';
import { registerIpc } from './ipc/register-ipc';
import { createHandlers } from './services/api/handlers';
import { retentionDays } from './services/api/content-handlers';
import { KEEP_SESSION_COOKIES_KEY, KEPT_COOKIE_COPIES_KEY, permissionGrantsOf } from './services/api/identity-handlers';
import { keepSessionCookies, noteOwnCookies, type CookieKeeper } from './session/keep-session-cookies';
import { createRouter } from './services/api/router';
import { openStore, type Store } from './services/store';
import { configureIdentitySession, useChromeUserAgentFallback } from './session/configure-session';
import { ClipboardOwner, clipboardDigest, lookWithin, NOBODY } from './session/clipboard-owner';
import {
  diskFiles,
  leftPartialSummary,
  partialDownloadsOf,
  removePartialsLeftBehind,
  RunningDownloads,
  unfinishedDownloadSummary,
  savedDownloadSummary,
  unnamedDownloadSummary,
} from './session/downloads';
import { sessionForIdentity } from './session/partition';
import { accountHintFromCookies, installPostGuard } from './session/post-guard-hook';
import { OffThreadRecogniser, type PostGuard } from './services/post-guard';
import { UserActivation } from './session/user-activation';
import { rendererPage } from './windows/renderer-page';
import { IdentityNetworkGate } from './session/identity-network';
import { watchProxyFailures } from './session/proxy-failure-watch';
import { answerProxyLoginsWithoutPage } from './session/proxy-login-without-page';
import { endWhenQuitIsCertain } from './quit';
import { whenNetworkMayBeBack } from './network-back';
import { webRequestHub } from './session/web-request-hub';
import { plainChromeUserAgent } from '../../shared/domain/network';
import { WindowManager } from './windows/window-manager';
import { installAppMenu } from './app-menu';
import { createIdentityTray } from './tray';
import { electronWindowKit } from './windows/electron-kit';
import { windowGuardChrome } from './windows/guard-chrome';
import { serveAppScheme } from './security/app-protocol';
import { denyAllPermissions, installSafetyNet } from './security/safety-net';
import { refusalToTell } from './security/permission-policy';
import { clipboardWithheldMessage } from '../../shared/domain/permissions';
import { allowsHttp } from './services/api/http-hosts';
import { deleteLeftoverPartitions } from './services/removed-partitions';

/**
 * The composition root: builds every service once and wires it to the
 * Electron glue. Nothing else constructs services; no module singletons.
 */
/** How long a look at the clipboard may take before it counts as failed (Chromium's X11 selection wait is 1 s). */
const CLIPBOARD_LOOK_MS = 2_000;

export function bootstrap(): void {
  // Before any page: what a popup's own first page gets, where no identity's user agent reaches (configure-session.ts).
  useChromeUserAgentFallback(app);
  // When each page last had a real click or key press: another site's page cannot fire posts with no one there.
  const activation = new UserActivation();
  // Before any web contents exists, one 'web-contents-created' listener sees every
  // one: the safety net (security/safety-net.ts), then gesture tracking.
  const configuredSessions = new WeakSet<object>([session.defaultSession]);
  // Which identity a session belongs to, for its https-only rule (set once the store is open).
  const identityOfSession = new WeakMap<object, string>();
  let httpAllowedFor: (identityId: string, host: string) => boolean = () => false;
  installSafetyNet<WebContents>(app, {
    isKnownSession: (s) => configuredSessions.has(s as object),
    httpAllowed: (s, host) => {
      const identityId = identityOfSession.get(s as object);
      return identityId === undefined ? null : httpAllowedFor(identityId, host);
    },
    onUnknownSession: () => console.warn('[security] a web contents in a session Hatstand did not configure was refused every permission'),
    watchers: [(contents) => activation.watch(contents)],
  });
  // Our own pages need no permission at all; they live in the default session.
  denyAllPermissions(session.defaultSession);
  // app://hatstand/ serves the bundled renderer with the CSP header (checklist item 18), on the default session only.
  const rendererRoot = join(__dirname, '../renderer');
  serveAppScheme(protocol, rendererRoot);

  // A store that cannot be opened throws an AppError; runStartup (startup.ts) shows it and exits.
  const store = openStore(join(app.getPath('userData'), 'hatstand.db'));
  store.identities.ensureDefaults();
  // Before any session is opened: the folders of identities removed last time (removed-partitions.ts).
  deleteLeftoverPartitions(
    join(app.getPath('sessionData'), 'Partitions'),
    store.settings,
    store.identities.list().map((identity) => identity.id),
  );
  httpAllowedFor = (identityId, host) => allowsHttp(store, identityId, host);
  applyRetention(store);
  // What was logged before addresses were redacted on append: redacted now, in batches, while Hatstand runs.
  void store.activity.redactOlder().catch((error: unknown) => {
    console.error('[activity] the older log could not be redacted:', error instanceof Error ? error.message : error);
  });

  const log = (event: Parameters<Store['activity']['append']>[0]) => {
    try {
      store.activity.append(event);
    } catch (error) {
      console.error('[activity] could not record an event:', error instanceof Error ? error.message : error);
    }
  };

  // Large request bodies are recognised on a worker thread (built as out/main/recognise-worker.js).
  const recogniser = new OffThreadRecogniser(() => new Worker(join(__dirname, 'recognise-worker.js')));

  const sessions = new Map<string, Session>();
  // Each identity session's cookie keeper: it copies session cookies when asked to, and writes the jar to disk.
  const cookieKeepers = new Map<string, CookieKeeper>();
  // Downloads under way in every identity's session: cancelled when Hatstand ends (below, and downloads.ts).
  const runningDownloads = new RunningDownloads();
  // Whose window the clipboard's content was copied in, for sites allowed to read it (clipboard-owner.ts).
  const clipboardOwner = new ClipboardOwner(lookWithin(() => clipboardDigest(clipboard), CLIPBOARD_LOOK_MS));
  // Before any download: the partial files of downloads the last run never ended (a crash, a kill, a Windows logoff).
  try {
    removePartialsLeftBehind(
      store.settings,
      store.identities.list().map((identity) => identity.id),
      diskFiles,
      (identityId, path) => log({ identityId, kind: 'site.opened', summary: leftPartialSummary(path), details: { path } }),
    );
  } catch (error) {
    console.error('[downloads] the partial files left behind could not be looked at:', error instanceof Error ? error.message : error);
  }
  // Each identity's network (proxy, traits) is applied to its session before any of its views loads.
  const gates = new Map<string, IdentityNetworkGate>();
  // The guard is built with the other services below; sessions are only
  // opened after that (by windows), so it is always set when a hook needs it.
  let guard: PostGuard | null = null;
  const sessionFor = (identityId: string): Session => {
    let s = sessions.get(identityId);
    if (!s) {
      s = sessionForIdentity(session, identityId);
      configuredSessions.add(s);
      identityOfSession.set(s, identityId);
      configureIdentitySession(s, {
        identityId,
        identityName: () => store.identities.get(identityId).name,
        downloadsRoot: app.getPath('downloads'),
        permissionGrants: () => permissionGrantsOf(store, identityId),
        onDownload: ({ path, url, name }) => log({ identityId, kind: 'site.opened', summary: savedDownloadSummary(path, name), details: { url, path } }),
        // A refused request the person could allow is told in the identity's window, with a way to allow it.
        onPermissionDenied: ({ permission, url, isMainFrame, pageUrl }) => {
          const refusal = refusalToTell(permission, url, isMainFrame, pageUrl);
          if (refusal) windows.send(identityId, 'permissions:refused', { identityId, ...refusal });
        },
        clipboardFromElsewhere: async () => {
          const copied = await clipboardOwner.copiedInNow();
          return copied && copied.identityId !== identityId ? copied : undefined;
        },
        onClipboardWithheld: ({ url, copiedIn }) => {
          const other = copiedIn === NOBODY ? null : (store.identities.list().find((i) => i.id === copiedIn)?.name ?? 'another identity');
          const message = clipboardWithheldMessage(url, other);
          windows.send(identityId, 'guard:notice', { level: 'info', code: 'clipboard-withheld', identityId, message });
          log({ identityId, kind: 'clipboard.withheld', summary: message, details: { url, copiedIn } });
        },
        onDownloadUnnamed: ({ path, partialPath, url }) =>
          log({ identityId, kind: 'site.opened', summary: unnamedDownloadSummary(path), details: { url, path: partialPath } }),
        onDownloadFailed: ({ path, partialPath, url, state, endedBy }) =>
          log({
            identityId,
            kind: 'site.opened',
            summary: unfinishedDownloadSummary(path, endedBy ?? state),
            details: { url, path: partialPath, state, ...(endedBy ? { endedBy } : {}) },
          }),
        runningDownloads,
        partialDownloads: partialDownloadsOf(store.settings, identityId),
      });
      const keeper = keepSessionCookies(s.cookies, {
        enabled: () => store.settings.getFor(identityId, KEEP_SESSION_COOKIES_KEY, false),
        record: {
          read: () => store.settings.getFor<unknown>(identityId, KEPT_COOKIE_COPIES_KEY, []),
          write: (copies) => store.settings.setFor(identityId, KEPT_COOKIE_COPIES_KEY, copies.length > 0 ? copies : undefined),
        },
      });
      cookieKeepers.set(identityId, keeper);
      // The cookies a top-level page's response sets without Partitioned are the site's own: those may be kept even
      // when Secure and SameSite=None (a first-party sign-in). A redirect on the way sets them too (sign-in flows).
      noteOwnCookies(webRequestHub(s.webRequest), keeper);
      if (!guard) throw new Error('The post guard must exist before any identity session is opened.');
      // Every request from this identity's pages passes the guard (PITFALLS 12: every posting path).
      installPostGuard(s.webRequest, { identityId, guard, blobs: s, activation: activation.forSession(s) });
      // (Its refused PAC file accepted again: the windows load what the refusal kept back.)
      const gate = new IdentityNetworkGate(s, s.getUserAgent(), {
        locale: app.getLocale(),
        onReopened: () => windows.networkReopened(identityId),
        // (In memory, and no page is ever made in it: a refused PAC file is asked there before it is put back.)
        probe: () => session.fromPartition(`hatstand-pac-probe-${identityId}`),
      });
      const who = store.identities.get(identityId);
      void gate.apply(services.network.get(identityId), who.name, who.sites.map((site) => site.homeUrl));
      gates.set(identityId, gate);
      // Requests of pages already shown that fail at the proxy: a notice (through the session's webRequest hub).
      watchProxyFailures(webRequestHub(s.webRequest), {
        identityName: () => store.identities.get(identityId).name,
        settings: () => services.network.get(identityId),
        report: (failure) => windows.networkRequestFailed(identityId, failure),
      });
      sessions.set(identityId, s);
    }
    return s;
  };

  const kit = electronWindowKit();
  const windows = new WindowManager({
    kit,
    store,
    page: rendererPage(rendererRoot),
    preloadPath: join(__dirname, '../preload/index.cjs'),
    sessionFor,
    log,
    questionOpen: (identityId) => services.broker.pending(identityId).length > 0,
    siteNetwork: (identityId) => ({
      ready: () => {
        sessionFor(identityId);
        return gates.get(identityId)!.ready();
      },
      settings: () => services.network.get(identityId),
      userAgent: () => {
        sessionFor(identityId);
        return gates.get(identityId)!.userAgent(services.network.get(identityId));
      },
      credentials: () => services.network.credentials(identityId),
      recheck: () => void gates.get(identityId)?.recheck(),
      online: () => net.isOnline(),
      systemProxy: (url) => sessionFor(identityId).resolveProxy(url),
    }),
    routeLink: (fromIdentityId, url, openHere, sandbox) => services.links.take(fromIdentityId, url, 'site', openHere, sandbox),
    linkQuestionsGone: (identityId) => services.links.dropFor(identityId),
    // A link to another app (mailto:, a Zoom meeting) is asked about only when the person just clicked in the page.
    pageGesture: (webContentsId) => activation.pageGesture(webContentsId),
    // Electron 44 made clipboard reads asynchronous (docs/breaking-changes.md, "clipboard module rearchitected").
    noteClipboard: (identityId, moment) => {
      if (moment === 'blur') {
        void clipboard.readText().then(
          (text) => services.warnings.clipboard.note(identityId, text),
          () => undefined, // an unreadable clipboard (another app holds it) just leaves no provenance
        );
      }
      if (moment === 'focus') clipboardOwner.focused(identityId);
      else clipboardOwner.left(identityId);
    },
  });

  let tray: { rebuild(): void } | null = null;
  const services = createHandlers({
    store,
    windows,
    // The tray lists the identities: it follows every change.
    onIdentitiesChanged: () => {
      tray?.rebuild();
      // (A removed identity's gate asks its PAC file no more: network-back.ts rechecks every gate.)
      const kept = new Set(store.identities.list().map((identity) => identity.id));
      for (const [identityId, gate] of gates) if (!kept.has(identityId)) gate.stop();
    },
    guardChrome: windowGuardChrome({
      windowOf: (identityId) => windows.windowOf(identityId),
      openQuestions: (identityId) => services.broker.pending(identityId).length,
      notice: (identityId, notice) => windows.send(identityId, 'guard:notice', notice),
    }),
    accountHintFor: (identityId, site, url) => accountHintFromCookies(sessionFor(identityId).cookies)(identityId, site, url),
    recogniseOffThread: (request, options) => recogniser.recognise(request, options),
    // System settings and PAC files: what Chromium does in this identity's session, so API posts leave the same way.
    resolveProxy: (identityId, url) => sessionFor(identityId).resolveProxy(url),
    onSessionOptionsChanged: (identityId, { keepSessionCookies: keep }) => {
      // Turned off, copies an earlier run left are turned back now, not only once a window opens the session (a
      // session not open has no session cookies to keep).
      if (!keep) sessionFor(identityId);
      void cookieKeepers.get(identityId)?.apply(keep);
    },
    onNetworkChanged: (identityId, settings) => {
      sessionFor(identityId); // opens the session (and its gate) if no window did yet
      const gate = gates.get(identityId)!;
      // Running views reload only once the new route is in place: they wait on the gate.
      const who = store.identities.get(identityId);
      void gate.apply(settings, who.name, who.sites.map((site) => site.homeUrl));
      windows.networkChanged(identityId, gate.userAgent(settings));
    },
    links: windows,
    defaultUserAgent: () => plainChromeUserAgent(session.defaultSession.getUserAgent()),
  });
  guard = services.guard;
  // The computer woke, was unlocked or came back online (network-back.ts): each open identity's PAC file is asked again
  // as applying it does (one that now lets a site go direct is refused), and the pages that failed for want of a
  // network load again, behind that check.
  const stopWatchingNetwork = whenNetworkMayBeBack(powerMonitor, net, () => {
    for (const [identityId, gate] of gates) {
      void gate.recheck().then((refused) => {
        if (refused) windows.networkRefused(identityId, refused);
      });
    }
    windows.networkBack();
  });
  // (Not at 'before-quit': a window may still refuse to close and cancel the quit, and posts must stay guarded.)
  endWhenQuitIsCertain(
    app,
    (ending) => {
      windows.quitCertain();
      stopWatchingNetwork();
      for (const gate of gates.values()) gate.stop();
      // (Each cancelled download logs its end before cancel() returns: Chromium's Cancel tells its observers at once,
      // download_item_impl.cc, and Electron emits 'done' from there, electron_api_download_item.cc, OnDownloadUpdated.)
      runningDownloads.cancelAll(ending);
      const cancelled = services.guard.dispose();
      recogniser.dispose();
      void services.network.dispose();
      return cancelled;
    },
    // (The store last: the held posts' and downloads' cancellations are logged to it.)
    () => store.close(),
    // Each identity session opened: what a site set in the last 30 s reaches disk (quit.ts holds the quit for it). The
    // default session holds only Hatstand's own pages, which keep nothing in cookies.
    { flush: () => Promise.all([...cookieKeepers.values()].map((keeper) => keeper.flush())) },
    // Linux's shutdown ends Hatstand as Windows' does, asking nothing; macOS's is a quit (quit.ts).
    { powerMonitor, platform: process.platform },
  );
  // A proxy's login for a request no page made (a service worker): answered for the one identity behind that proxy.
  answerProxyLoginsWithoutPage(app, {
    identityIds: () => store.identities.list().map((identity) => identity.id),
    settings: (identityId) => services.network.get(identityId),
    credentials: (identityId) => services.network.credentials(identityId),
    resolveProxy: (identityId, url) => sessionFor(identityId).resolveProxy(url),
  });
  // What was copied where is forgotten when Hatstand quits (it was only ever kept in memory).
  app.on('will-quit', () => {
    services.warnings.clipboard.forgetAll();
    clipboardOwner.forgetAll();
  });
  const router = createRouter(services.handlers, (channel, error) =>
    console.error(`[ipc] ${channel} failed unexpectedly:`, error instanceof Error ? error.stack : error),
  );
  registerIpc(ipcMain, router, windows);

  // Before any window: Electron's default menu would reload and zoom our chrome (app-menu.ts).
  installAppMenu(Menu, {
    platform: process.platform,
    development: kit.development,
    siteCommand: (windowId, command) => windows.siteCommand(windowId, command),
    leaveSiteFullscreen: (windowId) => windows.leaveSiteFullscreen(windowId),
    openLauncher: () => windows.openLauncher(),
    openLog: () => windows.openLog(),
  });

  const openFromArgv = (argv: readonly string[]) => {
    const lookup = findRequestedIdentity(argv, store.identities.list());
    if (lookup && 'found' in lookup) return windows.openIdentity(lookup.found.id);
    windows.openLauncher();
    const problem = identityLookupProblem(lookup);
    if (problem) dialog.showErrorBox('No such identity', problem);
  };
  openFromArgv(process.argv);
  followRelaunches(app, { fromArgv: openFromArgv, reactivate: () => windows.reactivate(), quitCertain: () => windows.quitIsCertain });

  tray = createIdentityTray({
    platform: process.platform,
    image: (png, { scaleFactor, template }) => {
      const image = nativeImage.createFromBuffer(png, { scaleFactor });
      if (template) image.setTemplateImage(true);
      return image;
    },
    createTray: (image) => new Tray(image),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    identities: () => store.identities.list(),
    openIdentity: (identityId) => windows.openIdentity(identityId),
    openLauncher: () => windows.openLauncher(),
    openLog: () => windows.openLog(),
    quit: () => app.quit(),
    log: (message) => console.error(`[tray] ${message}`),
  });
  // (Windows that ask their sites before closing go on with a quit once they have: window-manager.ts. So one quit may
  // emit 'before-quit' several times, once per window that held its close: a listener here must not mind.)
  app.on('before-quit', () => windows.quitStarted());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** The log's retention is applied at every start (and once a day for long sessions). */
function applyRetention(store: Store): void {
  const run = () =>
    store.activity.applyRetention(retentionDays(store)).catch((error: unknown) => {
      console.error('[activity] retention could not be applied:', error instanceof Error ? error.message : error);
    });
  void run();
  setInterval(() => void run(), 24 * 60 * 60 * 1000).unref();
}
