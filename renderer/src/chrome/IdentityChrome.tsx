import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { CHROME, identityWindowTitle } from '../../../shared/domain/chrome-layout';
import { SiteHandleSchema, type Site } from '../../../shared/domain/identity';
import type { ChromeContext, GuardPrompt, Panel, SiteState } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { hostOf, identityStyle } from '../common/identity-style';
import { PanelHost } from './PanelHost';
import { GuardSheet } from './GuardSheet';
import { NoticeBand, NoticeProvider, useNotices } from './notices/NoticeCenter';
import { useGuardNotices } from './notices/useGuardNotices';
import { usePermissionNotices } from './notices/usePermissionNotices';
import { useUnresponsiveNotices } from './notices/useUnresponsiveNotices';
import { useFindBar } from './FindBar';
import { NetworkSheet } from './NetworkSheet';

/** The window's geometry as CSS variables, from the numbers main places the site view with. */
const GEOMETRY = {
  '--band': `${CHROME.titleBand}px`,
  '--frame': `${CHROME.frame}px`,
  '--status': `${CHROME.statusBar}px`,
  '--sidebar': `${CHROME.sidebar}px`,
  '--panel-width': `${CHROME.panel}px`,
} as CSSProperties;

/**
 * The chrome of an identity window: a title band and a frame in the
 * identity's colour, its avatar, name and the handle it posts as on the
 * current site. Main places the site itself inside the frame, so no page can
 * draw over any of this; and since the site paints over anything of ours
 * under it, everything this window tells the person goes to the notice band
 * above the site (notices/NoticeCenter.tsx), never over it.
 */
export function IdentityChrome({ identityId, popup }: { identityId: string; popup: boolean }) {
  return (
    <NoticeProvider>
      <Chrome identityId={identityId} popup={popup} />
    </NoticeProvider>
  );
}

function Chrome({ identityId, popup }: { identityId: string; popup: boolean }) {
  const notices = useNotices();
  const [context, setContext] = useState<ChromeContext | null>(null);
  const [siteState, setSiteState] = useState<SiteState | null>(null);
  const [panel, setPanelState] = useState<Panel>('none');
  /** Counts the asks to show the network settings (each brings the section into view once it has loaded). */
  const [networkAsked, setNetworkAsked] = useState(0);
  const [prompts, setPrompts] = useState<GuardPrompt[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const loaded = useRef(false);

  // Main's panel is taken once, when this page (re)loads; after that this page sets it.
  const panelRestored = useRef(false);
  /** The guard notices this document missed are asked for once, by its first read (main gives them once). */
  const missedAsked = useRef(false);
  const load = useCallback(async () => {
    try {
      // (Taken as asked only once a read has answered: a read that failed took nothing, and the next one asks again.)
      const askMissed = !missedAsked.current && !popup;
      const next = await unwrap(api().chrome.context({ identityId, ...(askMissed ? { missed: true as const } : {}) }));
      if (askMissed) missedAsked.current = true;
      setLoadError(null);
      setContext(next);
      loaded.current = true;
      // Posts waiting for a decision: a prompt pushed before this page subscribed
      // (a new window, a reload) is only here. (Asked in the identity's own window, never in a sign-in popup: its
      // sheet would be drawn under the page there, and its answers refused.)
      if (!popup && next.pendingPrompts.length > 0) {
        setPrompts((all) => [...all, ...next.pendingPrompts.filter((p) => !all.some((a) => a.requestId === p.requestId))]);
      }
      if (!panelRestored.current) {
        panelRestored.current = true;
        setPanelState(next.panel);
        // (Where the page is, as main last told it: events reach only a page that is live, and a reload missed them. A
        // sign-in popup is told its own page's.)
        if (next.siteState) setSiteState((now) => now ?? next.siteState ?? null);
      }
    } catch (e) {
      if (loaded.current) notices.error(messageOf(e));
      else setLoadError(messageOf(e));
    }
  }, [identityId, notices, popup]);

  useEffect(() => {
    // Subscribe first, then ask: nothing falls between the two.
    const offChanged = api().events.onChanged(() => void load());
    const offSite = api().events.onSiteState((state) => state.identityId === identityId && setSiteState(state));
    const offPrompt = api().events.onPrompt(
      (prompt) => !popup && prompt.identityId === identityId && setPrompts((all) => [...all.filter((p) => p.requestId !== prompt.requestId), prompt]),
    );
    // A post the guard gave up on (timed out, its window closing) or the page gave up (it navigated away or stopped the
    // request) is no longer a question: its sheet would answer nothing and block the window.
    const offNotice = api().events.onNotice(
      (notice) =>
        (notice.code === 'post-cancelled' || notice.code === 'post-withdrawn') &&
        notice.requestId &&
        setPrompts((all) => all.filter((p) => p.requestId !== notice.requestId)),
    );
    void load();
    return () => {
      offChanged();
      offSite();
      offPrompt();
      offNotice();
    };
  }, [identityId, load, popup]);

  // A sign-in popup gets no guard notices (main sends them to the identity's own window).
  useGuardNotices(popup ? null : identityId, context?.identity.name ?? 'this identity', notices, context?.coolingOff, context?.missedNotices);
  // (Main tells refused permissions to the identity's own window, which has the notice band; a popup has none.)
  usePermissionNotices(popup ? null : identityId, context?.identity.name ?? 'this identity', notices);
  // (A sign-in popup has no notice band: main asks about its page's hang in a question over it instead.)
  useUnresponsiveNotices(popup ? null : identityId, notices, context?.unresponsive);
  const { bar: findBar } = useFindBar(identityId, !popup);

  const identity = context?.identity;
  // (A sign-in popup shows its own page: the main window's site is not its site, and it names only what it shows.)
  const activeSiteId = siteState?.siteId ?? (popup ? null : (context?.activeSiteId ?? identity?.sites[0]?.id ?? null));
  const activeSite: Site | undefined = identity?.sites.find((s) => s.id === activeSiteId);
  const host = siteState?.url ? hostOf(siteState.url) : activeSite ? hostOf(activeSite.homeUrl) : null;

  useEffect(() => {
    if (identity) document.title = identityWindowTitle(identity.name, host);
  }, [identity, host]);

  if (!identity) {
    // Main may already show the site below the band: say it in the band, not in the middle of the window.
    return (
      <div className="identity-window loading" style={GEOMETRY}>
        <header className="title-band" aria-label="Identity">
          <div className="who">
            <h1 className="who-name">{loadError ? 'This identity did not open' : 'Opening identity…'}</h1>
            {loadError && (
              <div className="who-detail" role="alert">
                {loadError}
              </div>
            )}
          </div>
          {loadError && (
            <div className="band-actions">
              <button type="button" onClick={() => void load()}>
                Try again
              </button>
            </div>
          )}
        </header>
      </div>
    );
  }

  /** Shows this panel here and tells main, which places the site view beside it. */
  const showPanel = (value: Panel) => {
    setPanelState(value);
    void unwrap(api().chrome.setPanel({ identityId, panel: value })).catch((e) => notices.error(messageOf(e)));
  };
  const setPanel = (next: Panel) => {
    showPanel(panel === next ? 'none' : next);
    setNetworkAsked(0); // (opened from the band: settings from the top, not at the network asked for before)
  };
  /** Opens settings at the identity's network (a proxy that does not answer is mended there). */
  // (Sets the panel rather than toggling it: a notice keeps the first copy of this function, and a toggle would read a
  // panel state of then.)
  const openNetworkSettings = () => {
    showPanel('settings');
    setNetworkAsked((n) => n + 1);
  };
  const showSite = (site: Site) => {
    const before = { siteState, activeSiteId: context!.activeSiteId };
    setSiteState(null);
    setContext({ ...context!, activeSiteId: site.id });
    void unwrap(api().chrome.showSite({ identityId, siteId: site.id })).catch((e) => {
      // Main still shows the site it showed: so does the sidebar.
      setSiteState(before.siteState);
      setContext((now) => (now ? { ...now, activeSiteId: before.activeSiteId } : now));
      notices.error(messageOf(e));
    });
  };
  const navigate = (action: 'back' | 'forward' | 'reload' | 'home') =>
    void unwrap(api().chrome.navigate({ identityId, action })).catch((e) => notices.error(messageOf(e)));

  // A handle the sites' rule refuses (a control character, a hidden one, stored before handles were checked) is not shown as the
  // account the person posts as: the band would promise an account it cannot name.
  const storedHandle = activeSite?.handle?.trim();
  const handle = storedHandle && SiteHandleSchema.safeParse(storedHandle).success ? storedHandle : undefined;
  const handleBroken = Boolean(storedHandle) && !handle;
  // Sites are https only unless the person allowed http for a host; such a page is marked here, in the title band the chrome owns.
  const shownUrl = siteState?.url ?? activeSite?.homeUrl ?? '';
  const insecure = /^http:/i.test(shownUrl);

  return (
    <div
      className={`identity-window${popup ? ' popup' : ''}${panel !== 'none' ? ' with-panel' : ''}`}
      style={{ ...GEOMETRY, ...identityStyle(identity.color) }}
      data-identity={identity.name}
    >
      <header className="title-band" aria-label={`${identity.name} identity`}>
        <span className="avatar avatar-band" aria-hidden="true">
          {identity.avatar}
        </span>
        <div className="who">
          {/* The window's one top heading: a screen reader's heading list starts with whose window this is. */}
          <h1 className="who-name">{identity.name}</h1>
          <div className="who-detail">
            {popup ? 'Sign-in window for' : 'Posting as'}{' '}
            {handle ? <strong>{handle}</strong> : <span className="no-handle">your {identity.name} account{handleBroken ? ' (its handle needs fixing in Settings)' : ''}</span>}
            {host ? <> on {host}</> : null}
          </div>
        </div>
        {insecure && (
          <span className="not-secure" role="status" title={`${host ?? 'This page'} is shown over plain http: anyone on the network can read and change it.`}>
            Not secure (http)
          </span>
        )}
        {!popup && (
          <nav className="band-actions" aria-label="Page">
            <button type="button" onClick={() => navigate('back')} disabled={!siteState?.canGoBack} aria-label="Back">
              ←
            </button>
            <button type="button" onClick={() => navigate('forward')} disabled={!siteState?.canGoForward} aria-label="Forward">
              →
            </button>
            <button type="button" onClick={() => navigate('reload')} aria-label="Reload">
              ⟳
            </button>
          </nav>
        )}
        {!popup && (
          <nav className="band-actions" aria-label="Hatstand">
            <button type="button" aria-pressed={panel === 'composer'} onClick={() => setPanel('composer')}>
              Compose
            </button>
            <button type="button" aria-pressed={panel === 'drafts'} onClick={() => setPanel('drafts')}>
              Drafts
            </button>
            <button type="button" aria-pressed={panel === 'settings'} onClick={() => setPanel('settings')}>
              Settings
            </button>
            <button type="button" onClick={() => void unwrap(api().windows.openLog({ identityId })).catch((e) => notices.error(messageOf(e)))}>
              Log
            </button>
          </nav>
        )}
      </header>
      {!popup && (
        <nav className="site-sidebar" aria-label={`${identity.name} sites`}>
          {identity.sites.map((site) => (
            <button
              type="button"
              key={site.id}
              className={`site-tab${site.id === activeSiteId ? ' active' : ''}`}
              aria-current={site.id === activeSiteId ? 'page' : undefined}
              title={`${site.label} (${hostOf(site.homeUrl)})`}
              onClick={() => showSite(site)}
            >
              <span className="site-tab-mark" aria-hidden="true">
                {site.label.slice(0, 2)}
              </span>
              <span className="site-tab-label">{site.label}</span>
            </button>
          ))}
        </nav>
      )}
      {!popup && <NoticeBand identityId={identityId} top={findBar} />}
      <section className="site-area" aria-label="Site">
        {/* Main places the site's own view exactly over this area. */}
        {/* A popup's own page failing at the proxy is told here too: main sends it to the window it happened in, and a
            popup's chrome:context carries its own failure (link questions are asked in the identity window only). */}
        <NetworkSheet
          identity={identity}
          popup={popup}
          failure={context!.networkFailure}
          question={popup ? undefined : context!.linkQuestion}
          {...(popup ? {} : { onNetworkSettings: openNetworkSettings })}
        />
        <div className="site-placeholder">
          {popup ? (
            <p>
              {siteState?.loading ? 'Loading' : 'Opening'} the sign-in page{host ? ` of ${host}` : ''} as {identity.name}…
            </p>
          ) : activeSite ? (
            <>
              <p className="site-placeholder-host">{host}</p>
              <p>
                {siteState?.loading ? 'Loading' : 'Opening'} {activeSite.label} as {identity.name}…
              </p>
            </>
          ) : (
            <p>Add a site in Settings to start.</p>
          )}
        </div>
      </section>
      {panel !== 'none' && (
        <aside className="side-panel" aria-label={panel}>
          <PanelHost
            panel={panel}
            context={context!}
            activeSite={activeSite ?? null}
            onChanged={load}
            onClose={() => setPanel(panel)}
            onSwitch={setPanel}
            networkAsked={networkAsked}
          />
        </aside>
      )}
      <footer className="status-strip" aria-label="Identity">
        <span aria-hidden="true">{identity.avatar}</span>
        <strong>{identity.name}</strong>
        {/* Said again at the bottom, where a narrow window's title band may have no room for it. */}
        {!popup && (
          <span className="status-posting">
            · posting as {handle ? <strong>{handle}</strong> : <>your {identity.name} account</>}
            {host ? <> on {host}</> : null}
          </span>
        )}
        <span className="status-isolation">Logins, cookies and downloads in this window stay in {identity.name}</span>
      </footer>
      {prompts[0] && (
        <GuardSheet
          key={prompts[0].requestId}
          identity={identity}
          prompt={prompts[0]}
          onDone={(requestId) => setPrompts((all) => all.filter((p) => p.requestId !== requestId))}
        />
      )}
    </div>
  );
}
