import { useEffect, useRef } from 'react';
import { ASKABLE_PERMISSIONS } from '../../../../shared/domain/permissions';
import { api, unwrap } from '../../api';
import type { PERMISSIONS } from '../../../../shared/ipc/contract';
import { hostOf } from '../../common/identity-style';
import type { Notices } from './NoticeCenter';

/**
 * A site that asked for a permission this identity has not allowed it is refused at once (the session's handler,
 * electron/main/session/configure-session.ts); without a word the site just says "blocked". The refusal is a notice
 * here, with a way to allow that site in this identity only. One notice per site and permission: asking again
 * replaces it.
 */
export function usePermissionNotices(identityId: string | null, identityName: string, notices: Notices): void {
  const name = useRef(identityName);
  name.current = identityName;
  useEffect(() => {
    if (!identityId) return;
    return api().events.onRefused((refusal) => {
      const words = ASKABLE_PERMISSIONS[refusal.permission];
      if (refusal.identityId !== identityId || !words) return;
      const key = `permission:${refusal.origin} ${refusal.permission}`;
      const host = hostOf(refusal.origin);
      notices.show({
        key,
        level: 'info',
        // (No identity name here: a refusal can come before this page has read it. The band says whose window it is.)
        message: `${host} asked to ${words.asks} and was refused, as every site is until you allow it here.`,
        actions: [
          {
            label: `Allow for ${host}`,
            run: async () => {
              await unwrap(api().permissions.set({ identityId, origin: refusal.origin, permission: refusal.permission as (typeof PERMISSIONS)[number], allowed: true }));
              notices.show({ key, level: 'success', message: `${host} may now ${words.asks} in ${name.current}; ask again on the page (reload it if needed). Settings → Permissions takes it back.` });
            },
          },
        ],
      });
    });
  }, [identityId, notices]);
}
