import { useCallback, useEffect, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { ASKABLE_PERMISSIONS } from '../../../shared/domain/permissions';
import { PERMISSIONS } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { RemovableRow } from '../common/RemovableRow';
import { ErrorBanner } from '../common/ErrorBanner';

const LABELS: Record<string, string> = Object.fromEntries(Object.entries(ASKABLE_PERMISSIONS).map(([p, words]) => [p, words.label]));

/** Sites ask; Hatstand says no unless this identity allowed that site. */
export function PermissionsSection({ identity }: { identity: Identity }) {
  const [grants, setGrants] = useState<Array<{ origin: string; permission: string }>>([]);
  const [origin, setOrigin] = useState('https://');
  const [permission, setPermission] = useState<(typeof PERMISSIONS)[number]>('notifications');
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () => void unwrap(api().permissions.list({ identityId: identity.id })).then(setGrants, (e) => setError(messageOf(e))),
    [identity.id],
  );
  useEffect(reload, [reload]);
  const set = (o: string, p: (typeof PERMISSIONS)[number], allowed: boolean) =>
    void unwrap(api().permissions.set({ identityId: identity.id, origin: o, permission: p, allowed })).then(
      () => {
        setError(null);
        reload();
      },
      (e) => setError(messageOf(e)),
    );
  const choices = PERMISSIONS.filter((p) => LABELS[p]);
  return (
    <section className="settings-section" aria-label="Permissions">
      <h2>Permissions</h2>
      <p className="hint">Everything is refused unless you allow it here, for one site in {identity.name} only.</p>
      <ul className="site-list">
        {grants.length === 0 && <li className="muted">Nothing allowed.</li>}
        {grants.map((g) => (
          <RemovableRow
            key={`${g.origin} ${g.permission}`}
            title={LABELS[g.permission] ?? g.permission}
            detail={g.origin}
            action="Revoke"
            onRemove={() => set(g.origin, g.permission as (typeof PERMISSIONS)[number], false)}
          />
        ))}
      </ul>
      <form
        className="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          set(origin, permission, true);
        }}
      >
        <input aria-label="Site address" value={origin} onChange={(e) => setOrigin(e.target.value)} />
        <select aria-label="Permission" value={permission} onChange={(e) => setPermission(e.target.value as (typeof PERMISSIONS)[number])}>
          {choices.map((p) => (
            <option key={p} value={p}>
              {LABELS[p]}
            </option>
          ))}
        </select>
        <button type="submit">Allow</button>
      </form>
      <ErrorBanner error={error} />
    </section>
  );
}
