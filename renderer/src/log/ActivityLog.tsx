import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { ACTIVITY_KINDS, activityKindInWords } from '../../../shared/domain/activity';
import type { ActivityFilter, ActivityRow } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { identityStyle } from '../common/identity-style';
import { ErrorBanner } from '../common/ErrorBanner';

const ROW_HEIGHT = 34;
const PAGE = 200;
// Every kind the app logs, from the one list the store uses too.
const KINDS = ACTIVITY_KINDS;

function dayStart(value: string): number | undefined {
  return value ? new Date(`${value}T00:00:00`).getTime() : undefined;
}
function dayEnd(value: string): number | undefined {
  return value ? new Date(`${value}T23:59:59.999`).getTime() : undefined;
}

/**
 * The local record of everything that happened across identities. Rows are
 * fetched a page at a time (keyset pagination) and only the visible ones are
 * drawn, so a million events scroll as smoothly as a hundred.
 */
export function ActivityLog({ initialIdentityId }: { initialIdentityId?: string | undefined }) {
  const [identities, setIdentities] = useState<Identity[]>([]);
  const [identityIds, setIdentityIds] = useState<string[]>(initialIdentityId ? [initialIdentityId] : []);
  const [kind, setKind] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<ActivityRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [selected, setSelected] = useState<ActivityRow | null>(null);
  // Two sources of error, kept apart so that a list reload that succeeds a moment later
  // cannot wipe out an export or retention error the person has not read yet.
  const [error, setError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const listRef = useRef<HTMLDivElement>(null);
  const loading = useRef(false);
  const generation = useRef(0);

  const [retention, setRetention] = useState<number | null | undefined>(undefined);
  /** A shorter retention waiting for the person's yes: it deletes events at once, so a stray arrow key must not. */
  const [shortening, setShortening] = useState<number | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const retentionRef = useRef<HTMLSelectElement>(null);
  const keepEvents = () => {
    setShortening(null);
    // (Back to the choice the question came from, once it is enabled again.)
    requestAnimationFrame(() => retentionRef.current?.focus());
  };
  const [exporting, setExporting] = useState(false);
  /** Bumped to read the list again from the top (after events were deleted). */
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    document.title = 'Hatstand: activity log';
    void unwrap(api().identities.list({})).then(setIdentities, (e) => setError(messageOf(e)));
    void unwrap(api().activity.getRetention({})).then((r) => setRetention(r.days), (e) => setError(messageOf(e)));
  }, []);
  const applyRetention = async (days: number | null) => {
    if (shortening !== null) keepEvents(); // (the question goes, and the focus back to the select)
    try {
      const result = await unwrap(api().activity.setRetention({ days }));
      setRetention(result.days);
      setNotice(days === null ? 'The log is kept forever.' : `The log keeps ${days} days; ${result.deleted} older events were deleted.`);
      setError(null);
      // (The deleted events must not stay on screen, and the change itself is a new event.)
      setRefresh((n) => n + 1);
    } catch (e) {
      setNotice(null);
      setError(messageOf(e));
    }
  };
  const changeRetention = (value: string) => {
    const days = value === 'forever' ? null : Number(value);
    // Keeping more deletes nothing; keeping less deletes at once and cannot be undone, so it is asked first.
    if (days !== null && (retention === null || retention === undefined || days < retention)) setShortening(days);
    else void applyRetention(days);
  };
  useEffect(() => {
    if (shortening !== null) keepRef.current?.focus();
  }, [shortening]);

  const filter = useMemo<ActivityFilter>(() => {
    const f: ActivityFilter = {};
    if (identityIds.length) f.identityIds = identityIds;
    if (kind) f.kinds = [kind];
    if (site.trim()) f.sites = [site.trim()];
    const start = dayStart(from);
    const end = dayEnd(to);
    if (start !== undefined) f.from = start;
    if (end !== undefined) f.to = end;
    if (search.trim()) f.search = search.trim();
    return f;
  }, [identityIds, kind, site, from, to, search]);

  const loadMore = useCallback(
    async (reset: boolean) => {
      if (loading.current && !reset) return;
      loading.current = true;
      const gen = reset ? ++generation.current : generation.current;
      try {
        const page = await unwrap(api().activity.query({ filter, limit: PAGE, ...(reset || !cursor ? {} : { after: cursor }) }));
        if (gen !== generation.current) return;
        setRows((old) => (reset ? page.rows : [...old, ...page.rows]));
        setCursor(page.nextCursor);
        setDone(page.nextCursor === null);
        setListError(null);
      } catch (e) {
        if (gen === generation.current) setListError(messageOf(e));
      } finally {
        loading.current = false;
      }
    },
    [filter, cursor],
  );

  // A new filter starts from the top.
  useEffect(() => {
    const timer = setTimeout(() => {
      setRows([]);
      setCursor(null);
      setDone(false);
      setSelected(null);
      listRef.current?.scrollTo({ top: 0 });
      void loadMore(true);
    }, 150);
    return () => clearTimeout(timer);
  }, [filter, refresh]);

  useEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 10);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + 10);
  useEffect(() => {
    if (!done && rows.length > 0 && last >= rows.length - 20) void loadMore(false);
  }, [last, rows.length, done, loadMore]);

  const byId = useMemo(() => new Map(identities.map((i) => [i.id, i])), [identities]);

  // The keyboard's way through the events: one row is in the Tab order (the selected one, else the first), and the
  // arrow keys, Home and End select another, which is scrolled into view and given the focus once it is drawn.
  const focusRow = useRef<number | null>(null);
  const tabbableId = selected && rows.some((r) => r.id === selected.id) ? selected.id : rows[0]?.id;
  const selectAt = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    const list = listRef.current;
    if (!row || !list) return;
    const at = rows.indexOf(row) * ROW_HEIGHT;
    if (at < list.scrollTop) list.scrollTop = at;
    else if (at + ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = at + ROW_HEIGHT - list.clientHeight;
    setScrollTop(list.scrollTop);
    focusRow.current = row.id;
    setSelected(row);
  };
  useEffect(() => {
    if (!focusRow.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row-id="${focusRow.current}"]`)?.focus();
    focusRow.current = null;
  });
  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 10, PageUp: index - 10 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      selectAt(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelected(rows[index]!);
    }
  };
  const exportAs = async (format: 'csv' | 'json') => {
    // (One export at a time: a second click on a slow one would ask for a second file.)
    if (exporting) return;
    setExporting(true);
    try {
      const result = await unwrap(api().activity.export({ filter, format }));
      setNotice(result.path ? `Exported ${result.rows} events to ${result.path}.` : 'Export cancelled.');
      setError(null);
    } catch (e) {
      // (An earlier export's "Exported …" must not stand beside this failure.)
      setNotice(null);
      setError(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="log-window">
      <header className="log-header">
        <h1>Activity log</h1>
        <div className="log-filters" role="search">
          <fieldset className="identity-filter">
            <legend>Identities</legend>
            {identities.map((i) => (
              <label key={i.id} className="identity-chip" style={identityStyle(i.color)}>
                <input
                  type="checkbox"
                  checked={identityIds.includes(i.id)}
                  onChange={(e) => setIdentityIds((ids) => (e.target.checked ? [...ids, i.id] : ids.filter((x) => x !== i.id)))}
                />
                {i.avatar} {i.name}
              </label>
            ))}
          </fieldset>
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">all</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {activityKindInWords(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Site
            <input value={site} onChange={(e) => setSite(e.target.value)} placeholder="x.com" size={12} />
          </label>
          <label>
            From
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label className="grow">
            Search
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="words in summaries and drafts" />
          </label>
          <label>
            Keep events
            <select ref={retentionRef} aria-label="Keep events" value={retention === undefined ? '' : retention === null ? 'forever' : String(retention)} onChange={(e) => changeRetention(e.target.value)} disabled={shortening !== null}>
              {retention !== undefined && retention !== null && ![30, 90, 365].includes(retention) && <option value={String(retention)}>{retention} days</option>}
              <option value="forever">forever</option>
              <option value="365">1 year</option>
              <option value="90">90 days</option>
              <option value="30">30 days</option>
            </select>
          </label>
          <button type="button" onClick={() => void exportAs('csv')} aria-disabled={exporting}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportAs('json')} aria-disabled={exporting}>
            Export JSON
          </button>
        </div>
        {shortening !== null && (
          <div
            className="danger-zone inline"
            role="alertdialog"
            aria-label="Delete older events?"
            onKeyDown={(e) => {
              if (e.key === 'Escape') keepEvents();
            }}
          >
            <p>
              Keep {shortening} days: every event older than that is deleted now. This cannot be undone.
            </p>
            <button type="button" className="danger" onClick={() => void applyRetention(shortening)}>
              Delete events older than {shortening} days
            </button>
            <button type="button" ref={keepRef} onClick={keepEvents}>
              Keep them
            </button>
          </div>
        )}
      </header>
      <ErrorBanner error={error} />
      <ErrorBanner error={listError} />
      {notice && <p className="notice">{notice}</p>}
      <div className="log-body">
        <div className="log-list" ref={listRef} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} role="grid" aria-label="Events" aria-rowcount={rows.length} aria-readonly="true">
          <div className="log-spacer" style={{ height: rows.length * ROW_HEIGHT }}>
            {rows.slice(first, last).map((row, n) => {
              const who = row.identityId ? byId.get(row.identityId) : undefined;
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={first + n + 1}
                  aria-selected={selected?.id === row.id}
                  tabIndex={row.id === tabbableId ? 0 : -1}
                  className={`log-row${selected?.id === row.id ? ' selected' : ''}`}
                  style={{ top: (first + n) * ROW_HEIGHT, ...(who ? identityStyle(who.color) : {}) }}
                  onClick={() => setSelected(row)}
                  onKeyDown={(e) => onRowKey(e, first + n)}
                  data-kind={row.kind}
                  data-row-id={row.id}
                >
                  <span role="gridcell" className="log-identity">
                    {who ? `${who.avatar} ${who.name}` : '—'}
                  </span>
                  <span role="gridcell" className="log-time">
                    {new Date(row.at).toLocaleString()}
                  </span>
                  <span role="gridcell" className="log-kind" title={row.kind}>
                    {activityKindInWords(row.kind)}
                  </span>
                  <span role="gridcell" className="log-site">
                    {row.site ?? ''}
                  </span>
                  <span role="gridcell" className="log-summary">
                    {row.summary}
                  </span>
                </div>
              );
            })}
          </div>
          {rows.length === 0 && !listError && <p className="muted log-empty">No events match.</p>}
        </div>
        <aside className="log-detail" aria-label="Event detail">
          {selected ? (
            <>
              <h2>{activityKindInWords(selected.kind)}</h2>
              <dl>
                <dt>When</dt>
                <dd>{new Date(selected.at).toLocaleString()}</dd>
                <dt>Identity</dt>
                <dd>{selected.identityId ? (byId.get(selected.identityId)?.name ?? 'removed identity') : 'none'}</dd>
                <dt>Site</dt>
                <dd>{selected.site ?? '—'}</dd>
                <dt>Summary</dt>
                <dd>{selected.summary}</dd>
              </dl>
              <pre className="log-details-json">{JSON.stringify(selected.details, null, 2)}</pre>
            </>
          ) : (
            <p className="muted">Select an event to see its details.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
