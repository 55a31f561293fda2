import { useEffect, useRef, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { api, messageOf, unwrap } from '../api';
import { hostOf, identityStyle } from '../common/identity-style';
import { useAsync } from '../common/useAsync';
import { IdentityEditor } from './IdentityEditor';
import { AppearanceChoice } from './AppearanceChoice';
import { ErrorBanner } from '../common/ErrorBanner';

/** The first window: every identity as a large card in its own colour. */
export function Launcher() {
  const identities = useAsync(() => unwrap(api().identities.list({})), []);
  const [editing, setEditing] = useState<Identity | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The button that opened the sheet, which has the focus again when the sheet closes. */
  const opener = useRef<HTMLElement | null>(null);
  const edit = (what: Identity | 'new') => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(what);
  };
  const newRef = useRef<HTMLButtonElement>(null);
  const closeEditor = () => setEditing(null);
  // Once the sheet is gone and the page behind reachable again (after the commit: a save's close comes outside any
  // event), the focus goes back to the button that opened it; after a removal, whose Edit goes, to "+ New identity".
  useEffect(() => {
    if (editing !== null || !opener.current) return;
    opener.current.focus();
    opener.current = null;
  }, [editing]);

  useEffect(() => api().events.onChanged(() => void identities.reload()), [identities.reload]);
  useEffect(() => {
    document.title = 'Hatstand';
  }, []);

  const open = async (identity: Identity) => {
    try {
      await unwrap(api().windows.openIdentity({ identityId: identity.id }));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <main className="launcher">
      {/* Behind an open sheet nothing can be reached, by Tab or by click: the sheet is the one thing being answered. */}
      <div className="launcher-body" inert={editing !== null}>
        <header className="launcher-header">
          <h1>Hatstand</h1>
          <p>Which hat are you wearing? Each identity opens in its own window, with its own logins.</p>
        </header>
        <ErrorBanner error={error ?? identities.error} />
        <ul className="identity-cards" aria-label="Identities">
          {identities.value?.map((identity) => (
            <li key={identity.id} className="identity-card" style={identityStyle(identity.color)} data-identity={identity.name}>
              <button type="button" className="identity-card-open" onClick={() => void open(identity)} aria-label={`Open ${identity.name} window`}>
                <span className="avatar avatar-large" aria-hidden="true">
                  {identity.avatar}
                </span>
                <span className="identity-card-name">{identity.name}</span>
                <span className="identity-card-sites">
                  {identity.sites.length === 0 ? 'No sites yet' : identity.sites.map((s) => hostOf(s.homeUrl)).join(' · ')}
                </span>
              </button>
              {/* (Named with whose it is: a screen reader's list of buttons would give "Edit" once per identity.) */}
              <button type="button" className="identity-card-edit" onClick={() => edit(identity)} aria-label={`Edit ${identity.name}`}>
                Edit
              </button>
            </li>
          ))}
        </ul>
        <footer className="launcher-footer">
          <button type="button" ref={newRef} onClick={() => edit('new')}>
            + New identity
          </button>
          <button type="button" onClick={() => void unwrap(api().windows.openLog({})).then(() => setError(null), (e) => setError(messageOf(e)))}>
            Activity log
          </button>
          <span className="spacer" />
          <AppearanceChoice onError={setError} />
        </footer>
      </div>
      {editing && (
        <IdentityEditor
          // (One editor per identity: another's Edit must not keep the first one's name and colour.)
          key={editing === 'new' ? 'new' : editing.id}
          identity={editing === 'new' ? null : editing}
          takenColors={(identities.value ?? []).filter((i) => editing === 'new' || i.id !== editing.id).map((i) => i.color)}
          onClose={closeEditor}
          onSaved={(removed) => {
            if (removed) opener.current = newRef.current;
            closeEditor();
            void identities.reload();
          }}
        />
      )}
    </main>
  );
}
