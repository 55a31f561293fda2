import { useCallback, useEffect, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { api, messageOf, unwrap } from '../api';
import { RemovableRow } from '../common/RemovableRow';
import { ErrorBanner } from '../common/ErrorBanner';
import { onLinkChoicesChanged } from '../common/link-choices';

/** The "always" answers to "Open … as …, or here?" for links clicked in this identity. */
export function LinkChoicesSection({ identity }: { identity: Identity }) {
  const [choices, setChoices] = useState<Array<{ domain: string; choice: 'owner' | 'here'; ownerName: string | null }>>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () => void unwrap(api().links.listAlways({ identityId: identity.id })).then(setChoices, (e) => setError(messageOf(e))),
    [identity.id],
  );
  useEffect(reload, [reload]);
  // (An "always" answered in the link question while this list is open.)
  useEffect(() => onLinkChoicesChanged(reload), [reload]);
  const set = (domain: string, choice: 'owner' | 'here' | null) =>
    void unwrap(api().links.setAlways({ identityId: identity.id, domain, choice })).then(
      () => {
        setError(null);
        reload();
      },
      (e) => setError(messageOf(e)),
    );
  return (
    <section className="settings-section" aria-label="Links to other identities">
      <h2>Links to other identities&rsquo; sites</h2>
      <p className="hint">
        A link clicked in {identity.name} to a site another identity uses asks first. Answers you chose to keep:
      </p>
      <ul className="site-list">
        {choices.length === 0 && <li className="muted">None yet: Hatstand asks every time.</li>}
        {choices.map((c) => (
          <RemovableRow
            key={c.domain}
            title={c.domain}
            detail={c.choice === 'owner' ? `opens as ${c.ownerName ?? 'its owner'}` : `opens here, in ${identity.name}`}
            action="Ask again"
            onRemove={() => set(c.domain, null)}
          >
            <button type="button" onClick={() => set(c.domain, c.choice === 'owner' ? 'here' : 'owner')}>
              {c.choice === 'owner' ? `Open here instead` : `Open as ${c.ownerName ?? 'its owner'} instead`}
            </button>
          </RemovableRow>
        ))}
      </ul>
      <ErrorBanner error={error} />
    </section>
  );
}
