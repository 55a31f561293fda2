import { useEffect, useRef } from 'react';
import type { GuardNotice } from '../../../../shared/ipc/contract';
import { timeLeftInWords } from '../../../../shared/domain/time-left';
import { api, unwrap } from '../../api';
import type { Notice, NoticeLevel, Notices } from './NoticeCenter';

/**
 * What the post guard tells this identity outside the confirmation sheet, as
 * notices: a post waiting out its cooling-off delay (with Cancel post), a post
 * cancelled because something failed, an account mismatch, a request the
 * guard could not hold. One notice per held post: its later news replaces it.
 */
export function useGuardNotices(
  identityId: string | null,
  identityName: string,
  notices: Notices,
  restored?: readonly GuardNotice[],
  missed?: readonly GuardNotice[],
): void {
  // Read when the sentence is drawn: a notice may arrive before the identity's name has loaded, or outlive a rename.
  const name = useRef(identityName);
  name.current = identityName;
  /** Posts this page has later news of (cancelled, left, refused): a context read before that news must not bring back their countdown. */
  const settled = useRef(new Set<string>());
  // Posts still counting down when this page (re)loaded (chrome:context): their notice is the only way to cancel them.
  useEffect(() => {
    if (!identityId) return;
    for (const notice of restored ?? []) {
      if (notice.identityId !== identityId || !notice.requestId || settled.current.has(notice.requestId)) continue;
      notices.show(guardNotice(notice, `guard:${notice.requestId}`, () => name.current, notices, settled.current));
    }
  }, [identityId, notices, restored]);
  const unkeyed = useRef(0);
  // One notice, one key: news of a post replaces what was said of it before, and a notice told live and again with
  // the context (it was sent as this page subscribed) is shown once.
  const keyOf = (notice: GuardNotice) =>
    notice.requestId ? `guard:${notice.requestId}` : notice.noticeId ? `guard:${notice.noticeId}` : `guard:${notice.code}:${++unkeyed.current}`;
  const tell = (notice: GuardNotice) => {
    if (notice.requestId && notice.code !== 'cooling-off') settled.current.add(notice.requestId);
    notices.show(guardNotice(notice, keyOf(notice), () => name.current, notices, settled.current));
  };
  const tellRef = useRef(tell);
  tellRef.current = tell;
  // What this window's chrome missed while it loaded, reloaded or lay crashed (main keeps it for the context).
  useEffect(() => {
    if (!identityId) return;
    for (const notice of missed ?? []) if (notice.identityId === identityId) tellRef.current(notice);
  }, [identityId, missed]);
  useEffect(() => {
    if (!identityId) return;
    return api().events.onNotice((notice) => {
      if (notice.identityId === identityId) tellRef.current(notice);
    });
  }, [identityId, notices]);
}

const LEVELS: Record<GuardNotice['level'], NoticeLevel> = { info: 'info', warning: 'warning', error: 'error' };

function guardNotice(notice: GuardNotice, key: string, identityName: () => string, notices: Notices, settled: Set<string>): Notice {
  const { requestId, until } = notice;
  if (notice.code !== 'cooling-off' || until === undefined || !requestId) return { key, level: LEVELS[notice.level], message: notice.message };
  return {
    key,
    level: 'info',
    message: notice.message,
    until,
    // The guard's sentence names a fixed delay; count down instead, and say whose post it is.
    countdown: (seconds) => `Your post${notice.site ? ` to ${notice.site}` : ''} leaves as ${identityName()} in ${timeLeftInWords(seconds)}. You can still cancel it.`,
    // The only way to stop the post: it stays until the post leaves or is cancelled.
    dismissible: false,
    actions: [
      {
        label: 'Cancel post',
        kind: 'primary',
        run: async () => {
          const { cancelled } = await unwrap(api().guard.cancel({ identityId: notice.identityId, requestId }));
          settled.add(requestId);
          notices.show(
            cancelled
              ? { key, level: 'success', message: 'Post cancelled. Nothing was sent.' }
              : { key, level: 'warning', message: 'Too late: the post already left.' },
          );
        },
      },
    ],
  };
}
