import { useEffect, useState } from 'react';
import type { GuardNotice } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';

/**
 * What the guard tells this identity outside the sheet: a post waiting out its
 * cooling-off delay (with Cancel), a post cancelled because something failed,
 * an account mismatch, a request that could not be held.
 */
export function GuardNotices({ identityId }: { identityId: string }) {
  const [notices, setNotices] = useState<GuardNotice[]>([]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(
    () =>
      api().events.onNotice((notice) => {
        if (notice.identityId !== identityId) return;
        setNotices((all) => [...all.filter((n) => !(n.requestId && n.requestId === notice.requestId)), notice]);
      }),
    [identityId],
  );
  const counting = notices.some((n) => n.until);
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      setNotices((all) => all.filter((n) => !n.until || n.until > Date.now()));
    }, 250);
    return () => clearInterval(timer);
  }, [counting]);
  if (notices.length === 0) return null;
  const dismiss = (n: GuardNotice) => setNotices((all) => all.filter((x) => x !== n));
  return (
    <div className="guard-notices" role="status">
      {notices.map((n, i) => (
        <div key={n.requestId ?? i} className={`guard-notice level-${n.level}`}>
          <span>
            {n.until
              ? // The guard's own sentence names a fixed delay; count down instead.
                `Your post leaves in ${Math.max(0, Math.ceil((n.until - now) / 1000))} s. You can still cancel it.`
              : n.message}
          </span>
          {n.until && n.requestId ? (
            <button
              type="button"
              className="primary"
              onClick={() =>
                void unwrap(api().guard.cancel({ identityId, requestId: n.requestId! })).then(
                  (r) => setNotices((all) => [...all.filter((x) => x !== n), { ...n, until: undefined, level: 'info', message: r.cancelled ? 'Post cancelled.' : 'Too late: the post already left.' }]),
                  (e) => setNotices((all) => [...all.filter((x) => x !== n), { ...n, until: undefined, level: 'error', message: messageOf(e) }]),
                )
              }
            >
              Cancel post
            </button>
          ) : (
            <button type="button" onClick={() => dismiss(n)} aria-label="Dismiss">
              ×
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
