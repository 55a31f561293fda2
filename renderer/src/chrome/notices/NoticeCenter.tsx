/**
 * Notices of an identity window: THE way to tell the person something there.
 *
 * Why one mechanism: the site is a native view painted above this page
 * (electron#26532). A toast, banner, popover or modal drawn over the site's
 * area is invisible and cannot be clicked, whatever its z-index. Notices are
 * drawn in the notice band between the title band and the site; the band
 * reports its height (`chrome:setNoticeBand`) and main moves the site view
 * below it, using the same geometry (shared/domain/chrome-layout.ts). The
 * browser tests check that nothing of ours is ever under the site
 * (tests/browser/chrome-stacking.spec.ts).
 *
 * To add a notice (a proxy that does not answer, "open this link as
 * Professional?", a request the guard could not hold ...):
 * - In a component inside <IdentityChrome>: `useNotices().show({ key, level,
 *   message, actions })`. An action's `run` calls the preload API; when it
 *   rejects, the notice shows the error instead.
 * - For an event main sends: a small hook in this folder, like
 *   `useGuardNotices`, that subscribes to the event and calls `show`; call it
 *   from IdentityChrome.
 * - `key` names the thing the notice is about (one held post, one proxy):
 *   showing the same key again replaces the notice in place ("Cancel post" ->
 *   "Post cancelled."); `dismiss(key)` takes it away.
 * - `message` is one sentence a person can act on (at most 300 characters).
 * - A notice whose action must stay reachable sets `dismissible: false`.
 * Never draw anything over the site area yourself. The one exception is a
 * question that needs the whole window (the post confirmation sheet): it is
 * drawn only while main hides the site view, and the browser harness must
 * model that rule too (`Harness.hideSiteView`).
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { noticeBandHeight } from '../../../../shared/domain/chrome-layout';
import { api, messageOf } from '../../api';
import { timeLeftOnBadge } from '../../../../shared/domain/time-left';

export type NoticeLevel = 'info' | 'success' | 'warning' | 'error';

export interface NoticeAction {
  label: string;
  /** `primary` is drawn in the identity's colour: the choice the notice is there for. */
  kind?: 'primary' | 'danger' | 'plain';
  run(): void | Promise<void>;
}

export interface Notice {
  key: string;
  level: NoticeLevel;
  message: string;
  /** A countdown to this clock time (ms since the epoch): the notice leaves when it passes. */
  until?: number;
  /** The sentence while counting down, given the whole seconds left (replaces `message`). */
  countdown?(secondsLeft: number): string;
  actions?: readonly NoticeAction[];
  /** Default true: a × closes it. */
  dismissible?: boolean;
}

export interface Notices {
  show(notice: Notice): void;
  dismiss(key: string): void;
  /** An error a chrome call returned: a dismissible notice (the same sentence twice shows once). */
  error(message: string): void;
}

interface Shown extends Notice {
  /** When a countdown started, for its progress bar. */
  since: number;
}

const NoticeContext = createContext<{ notices: Notices; shown: readonly Shown[]; now: number } | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const [now, setNow] = useState(() => Date.now());

  const notices = useMemo<Notices>(() => {
    const show = (notice: Notice) =>
      setShown((all) => {
        const at = all.findIndex((n) => n.key === notice.key);
        const since = at >= 0 && all[at]!.until === notice.until ? all[at]!.since : Date.now();
        const next = { ...notice, since };
        // Newest first; a notice about the same thing keeps its place.
        return at >= 0 ? all.map((n, i) => (i === at ? next : n)) : [next, ...all];
      });
    return {
      show,
      dismiss: (key) => setShown((all) => all.filter((n) => n.key !== key)),
      error: (message) => show({ key: `error:${message}`, level: 'error', message }),
    };
  }, []);

  // Countdowns tick while one is shown; a notice whose time has passed leaves.
  const counting = shown.some((n) => n.until !== undefined);
  useEffect(() => {
    if (!counting) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      setShown((all) => (all.some((n) => n.until !== undefined && n.until <= t) ? all.filter((n) => n.until === undefined || n.until > t) : all));
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [counting]);

  const value = useMemo(() => ({ notices, shown, now }), [notices, shown, now]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <CountdownAnnouncer shown={shown} />
    </NoticeContext.Provider>
  );
}

/**
 * A countdown's card changes its words every second, and a live card would read each second aloud: counting cards are
 * not live (NoticeCard), and this one region, there before any notice is, says each countdown's sentence once, when it
 * starts. What it becomes ("Post cancelled.") is a card of its own level, which says itself.
 */
function CountdownAnnouncer({ shown }: { shown: readonly Shown[] }) {
  const [said, setSaid] = useState('');
  const started = useRef(new Set<string>());
  useEffect(() => {
    const counting = shown.filter((n) => n.until !== undefined);
    const fresh = counting.filter((n) => !started.current.has(`${n.key}@${n.until}`));
    started.current = new Set(counting.map((n) => `${n.key}@${n.until}`));
    const at = Date.now();
    // (In the words the card starts with.)
    if (fresh.length > 0) setSaid(fresh.map((n) => (n.countdown ? n.countdown(Math.max(0, Math.ceil((n.until! - at) / 1000))) : n.message)).join(' '));
  }, [shown]);
  return (
    <p className="visually-hidden" aria-live="polite" data-announcer="countdown">
      {said}
    </p>
  );
}

export function useNotices(): Notices {
  const context = useContext(NoticeContext);
  if (!context) throw new Error('useNotices() is used outside <NoticeProvider>.');
  return context.notices;
}

/**
 * The band above the site where notices are drawn. It measures what its
 * notices need, sizes itself with the shared geometry and tells main, which
 * moves the site view down by exactly that much.
 */
export function NoticeBand({ identityId, top }: { identityId: string; /** Drawn above the notices (the find bar), in the same band. */ top?: ReactNode }) {
  const context = useContext(NoticeContext);
  if (!context) throw new Error('<NoticeBand> is used outside <NoticeProvider>.');
  const { shown, now, notices } = context;
  const stack = useRef<HTMLDivElement>(null);
  const [needed, setNeeded] = useState(0);
  const [windowHeight, setWindowHeight] = useState(() => window.innerHeight);
  const any = shown.length > 0 || Boolean(top);
  const height = any ? noticeBandHeight(needed, windowHeight) : 0;

  useLayoutEffect(() => {
    const element = stack.current;
    if (!element) return setNeeded(0);
    // The stack's own height plus the gap (the band's bottom padding) before the site.
    const measure = () => setNeeded(element.getBoundingClientRect().height + bandGap(element.parentElement));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [any]);

  useEffect(() => {
    const onResize = () => setWindowHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Main places the site view; tell it whenever the band's height changes (0 included, so a reloaded page resets it).
  useEffect(() => {
    void api()
      .chrome.setNoticeBand({ identityId, height })
      .catch(() => {
        // Only a closing window fails here; nothing else can be done about it.
      });
  }, [identityId, height]);

  if (!any) return null;
  // A post waiting to leave comes first, so its Cancel is never scrolled away; then the newest.
  const ordered = [...shown.filter((n) => n.until !== undefined), ...shown.filter((n) => n.until === undefined)];
  const dismissible = shown.filter((n) => n.dismissible !== false);
  return (
    <section className="notice-band" aria-label="Notices" style={{ height }}>
      <div className="notice-band-content" ref={stack}>
        {top}
        {shown.length > 0 && (
          <ol className="notice-stack">
            {ordered.map((notice) => (
              <NoticeCard key={notice.key} notice={notice} now={now} notices={notices} />
            ))}
            {dismissible.length >= 3 && (
              <li className="notice-clear-row">
                <button type="button" className="notice-clear" onClick={() => dismissible.forEach((n) => notices.dismiss(n.key))}>
                  Dismiss {dismissible.length} notices
                </button>
              </li>
            )}
          </ol>
        )}
      </div>
    </section>
  );
}

function bandGap(band: Element | null): number {
  return band ? parseFloat(getComputedStyle(band).paddingBottom) || 0 : 0;
}

const ICONS: Record<NoticeLevel, string> = { info: 'i', success: '✓', warning: '!', error: '!' };

function NoticeCard({ notice, now, notices }: { notice: Shown; now: number; notices: Notices }) {
  const [busy, setBusy] = useState(false);
  const secondsLeft = notice.until !== undefined ? Math.max(0, Math.ceil((notice.until - now) / 1000)) : undefined;
  const text = secondsLeft !== undefined && notice.countdown ? notice.countdown(secondsLeft) : notice.message;
  const urgent = notice.level === 'error' || notice.level === 'warning';
  const run = useCallback(
    async (action: NoticeAction) => {
      setBusy(true);
      try {
        await action.run();
      } catch (error) {
        notices.show({ key: notice.key, level: 'error', message: messageOf(error) });
      } finally {
        setBusy(false);
      }
    },
    [notice.key, notices],
  );
  const progress =
    notice.until !== undefined ? Math.max(0, Math.min(1, (notice.until - now) / Math.max(1, notice.until - notice.since))) : undefined;
  return (
    <li
      className={`notice-card level-${notice.level}${progress !== undefined ? ' counting' : ''}`}
      role={urgent ? 'alert' : 'status'}
      // (A countdown's words change every second: CountdownAnnouncer says it once instead.)
      {...(progress !== undefined ? { 'aria-live': 'off' as const } : {})}
    >
      <span className="notice-icon" aria-hidden="true">
        {secondsLeft !== undefined ? timeLeftOnBadge(secondsLeft) : ICONS[notice.level]}
      </span>
      <p className="notice-message">{text}</p>
      {(notice.actions?.length || notice.dismissible !== false) && (
        <div className="notice-actions">
          {notice.actions?.map((action) => (
            <button
              type="button"
              key={action.label}
              className={action.kind === 'plain' || !action.kind ? '' : action.kind}
              disabled={busy}
              onClick={() => void run(action)}
            >
              {action.label}
            </button>
          ))}
          {notice.dismissible !== false && (
            <button type="button" className="notice-dismiss" aria-label="Dismiss" title="Dismiss" onClick={() => notices.dismiss(notice.key)}>
              ×
            </button>
          )}
        </div>
      )}
      {progress !== undefined && <span className="notice-timer" aria-hidden="true" style={{ '--left': progress } as CSSProperties} />}
    </li>
  );
}
