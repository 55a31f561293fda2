import { useEffect, useState } from 'react';
import type { ChromeContext, DraftSummary } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';

/** This identity's drafts, newest first, with search. Never another identity's. */
export function DraftsPanel({ context, onOpen }: { context: ChromeContext; onOpen(draftId: string): void }) {
  const identityId = context.identity.id;
  const [search, setSearch] = useState('');
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const list = await unwrap(api().drafts.list({ identityId, ...(search.trim() ? { search } : {}) }));
        // (Only the newest search speaks: an older one's success must not clear a newer one's error.)
        if (!live) return;
        setDrafts(list);
        setError(null);
      } catch (e) {
        if (live) setError(messageOf(e));
      }
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [identityId, search]);
  return (
    <div className="drafts-panel">
      <input type="search" aria-label="Search drafts" placeholder="Search drafts" value={search} onChange={(e) => setSearch(e.target.value)} />
      <ErrorBanner error={error} />
      {drafts && drafts.length === 0 && <p className="muted">No drafts{search ? ' match' : ' yet'}.</p>}
      <ul className="draft-list">
        {drafts?.map((d) => (
          <li key={d.id}>
            <button type="button" onClick={() => onOpen(d.id)}>
              <span className="draft-text">{d.text.slice(0, 140) || <em>empty draft</em>}</span>
              <time className="muted">{new Date(d.updatedAt).toLocaleString()}</time>
              {d.status === 'posted' && <span className="badge">posted</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
