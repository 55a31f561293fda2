import { useCallback, useEffect, useState } from 'react';
import { identityWindowTitle } from '../../../shared/domain/chrome-layout';
import type { Site } from '../../../shared/domain/identity';
import type { ChromeContext, GuardPrompt, Panel, SiteState } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { hostOf, identityStyle } from '../common/identity-style';
import { PanelHost } from './PanelHost';
import { GuardSheet } from './GuardSheet';
import { GuardNotices } from './GuardNotices';
import { NetworkSheet } from './NetworkSheet';

/**
 * The chrome of an identity window: a title band and a frame in the
 * identity's colour, its avatar, name and the handle it posts as on the
 * current site. Main places the site itself inside the frame, so no page can
 * draw over any of this.
 */
export function IdentityChrome({ identityId, popup }: { identityId: string; popup: boolean }) {
  const [context, setContext] = useState<ChromeContext | null>(null);
  const [siteState, setSiteState] = useState<SiteState | null>(null);
  const [panel, setPanelState] = useState<Panel>('none');
  const [prompts, setPrompts] = useState<GuardPrompt[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setContext(await unwrap(api().chrome.context({ identityId })));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [identityId]);

  useEffect(() => {
    void load();
    const offChanged = api().events.onChanged(() => void load());
    const offSite = api().events.onSiteState((state) => state.identityId === identityId && setSiteState(state));
    const offPrompt = api().events.onPrompt(
      (prompt) => prompt.identityId === identityId && setPrompts((all) => [...all.filter((p) => p.requestId !== prompt.requestId), prompt]),
    );
    return () => {
      offChanged();
      offSite();
      offPrompt();
    };
  }, [identityId, load]);

  const identity = context?.identity;
  const activeSiteId = siteState?.siteId ?? context?.activeSiteId ?? identity?.sites[0]?.id ?? null;
  const activeSite: Site | undefined = identity?.sites.find((s) => s.id === activeSiteId);
  const host = siteState?.url ? hostOf(siteState.url) : activeSite ? hostOf(activeSite.homeUrl) : null;

  useEffect(() => {
    if (identity) document.title = identityWindowTitle(identity.name, host);
  }, [identity, host]);

  if (!identity) {
    return <div className="chrome-loading">{error ?? 'Opening identity…'}</div>;
  }

  const setPanel = (next: Panel) => {
    const value = panel === next ? 'none' : next;
    setPanelState(value);
    void unwrap(api().chrome.setPanel({ identityId, panel: value })).catch((e) => setError(messageOf(e)));
  };
  const showSite = (site: Site) => {
    setSiteState(null);
    setContext({ ...context!, activeSiteId: site.id });
    void unwrap(api().chrome.showSite({ identityId, siteId: site.id })).catch((e) => setError(messageOf(e)));
  };
  const navigate = (action: 'back' | 'forward' | 'reload' | 'home') =>
    void unwrap(api().chrome.navigate({ identityId, action })).catch((e) => setError(messageOf(e)));

  const handle = activeSite?.handle?.trim();

  return (
    <div
      className={`identity-window${popup ? ' popup' : ''}${panel !== 'none' ? ' with-panel' : ''}`}
      style={identityStyle(identity.color)}
      data-identity={identity.name}
    >
      <header className="title-band" aria-label={`${identity.name} identity`}>
        <span className="avatar avatar-band" aria-hidden="true">
          {identity.avatar}
        </span>
        <div className="who">
          <div className="who-name">{identity.name}</div>
          <div className="who-detail">
            {popup ? 'Sign-in window' : 'Posting as'}{' '}
            {handle ? <strong>{handle}</strong> : <span className="no-handle">your {identity.name} account</span>}
            {host ? <> on {host}</> : null}
          </div>
        </div>
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
            <button type="button" onClick={() => void unwrap(api().windows.openLog({ identityId }))}>
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
              <span className="site-tab-mark">{site.label.slice(0, 2)}</span>
              <span className="site-tab-label">{site.label}</span>
            </button>
          ))}
        </nav>
      )}
      <section className="site-area" aria-label="Site">
        {/* Main places the site's own view exactly over this area. */}
        <NetworkSheet identity={identity} />
        <div className="site-placeholder">
          {activeSite ? (
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
          <PanelHost panel={panel} context={context!} activeSite={activeSite ?? null} onChanged={load} onClose={() => setPanel(panel)} onSwitch={setPanel} />
        </aside>
      )}
      <footer className="status-strip" aria-label="Identity">
        <span aria-hidden="true">{identity.avatar}</span>
        <strong>{identity.name}</strong>
        <span>· logins, cookies and downloads in this window stay in {identity.name}</span>
      </footer>
      {error && (
        <p role="alert" className="error-toast" onClick={() => setError(null)}>
          {error}
        </p>
      )}
      <GuardNotices identityId={identityId} />
      {prompts[0] && (
        <GuardSheet
          identity={identity}
          prompt={prompts[0]}
          onDone={(requestId) => setPrompts((all) => all.filter((p) => p.requestId !== requestId))}
        />
      )}
    </div>
  );
}
