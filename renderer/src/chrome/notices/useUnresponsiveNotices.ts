import { useEffect, useRef } from 'react';
import type { PageUnresponsive } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import type { Notices } from './NoticeCenter';

/** One hung page at a time: the one shown (main tells only that one). */
const KEY = 'page:unresponsive';

/**
 * The site page shown stopped answering (main's `chrome:unresponsive`, from Electron's `unresponsive`): a notice in
 * the band, over the frozen page that stays where it is (hidden, Chromium would stop watching it and call it
 * responsive, still hung). Wait keeps waiting (Electron tells it again if the page still does not answer); Reload ends
 * the page's renderer and loads it again in a new one (identity-window.ts, restartRenderer). The notice goes when
 * main says the page answers again, was reloaded, closed or is no longer shown.
 */
export function useUnresponsiveNotices(identityId: string | null, notices: Notices, restored?: PageUnresponsive): void {
  /** Whether main told this page about the hang since it subscribed: newer than the context it read. */
  const heard = useRef(false);
  useEffect(() => {
    if (!identityId) return;
    return api().events.onUnresponsive((page) => {
      if (page.identityId !== identityId) return;
      heard.current = true;
      show(identityId, notices, page);
    });
  }, [identityId, notices]);
  // A hang this page was not there to hear (it reloaded meanwhile): from chrome:context.
  useEffect(() => {
    if (identityId && restored?.identityId === identityId && !heard.current) show(identityId, notices, restored);
  }, [identityId, notices, restored]);
}

/** The notice for what main said of the page: shown with Wait and Reload, or gone. */
function show(identityId: string, notices: Notices, page: PageUnresponsive): void {
  if (!page.unresponsive) return notices.dismiss(KEY);
  notices.show({
    key: KEY,
    level: 'warning',
    message: page.message,
    // (Wait is the way to put it away.)
    dismissible: false,
    actions: [
      { label: 'Wait', kind: 'plain', run: () => notices.dismiss(KEY) },
      {
        label: 'Reload',
        kind: 'primary',
        run: async () => {
          await unwrap(api().chrome.navigate({ identityId, action: 'reload' }));
          notices.dismiss(KEY);
        },
      },
    ],
  });
}
