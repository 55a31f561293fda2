import { useEffect, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import type { PostPolicyView } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';

const CHOICES: Array<{ value: PostPolicyView['confirm']; label: string }> = [
  { value: 'always', label: 'Ask before every post' },
  { value: 'on-warnings', label: 'Ask when something looks wrong' },
  { value: 'never', label: 'Never ask (account mismatches still ask)' },
];

/** When this identity's posts are held for a confirmation, and for how long they wait after it. */
export function PostingPolicySection({ identity }: { identity: Identity }) {
  const [policy, setPolicy] = useState<PostPolicyView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void unwrap(api().guard.getPolicy({ identityId: identity.id })).then(setPolicy, (e) => setError(messageOf(e)));
  }, [identity.id]);
  if (!policy) return <ErrorBanner error={error} />;
  const save = (next: PostPolicyView) =>
    void unwrap(api().guard.setPolicy({ identityId: identity.id, confirm: next.confirm, coolingOffSeconds: next.coolingOffSeconds ?? 0 })).then(
      (p) => {
        setPolicy(p);
        setError(null);
      },
      (e) => setError(messageOf(e)),
    );
  return (
    <section className="settings-section" aria-label="Posting">
      <h2>Posting</h2>
      <fieldset className="radio-list">
        <legend className="hint">Before a post leaves {identity.name}:</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="radio">
            <input type="radio" name="confirm" checked={policy.confirm === c.value} onChange={() => save({ ...policy, confirm: c.value })} />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label>
        Cooling-off after “Post” (seconds, you can still cancel)
        <input
          type="number"
          min={0}
          max={300}
          defaultValue={policy.coolingOffSeconds ?? 0}
          onBlur={(e) => {
            // (Said, not silently changed: 400 saved as 300 while the field still shows 400 would tell the wrong wait.)
            // (A number field reads "1e" or "-" back as empty: that is a typo, not 0.)
            const text = e.target.value.trim();
            const seconds = e.target.validity.badInput ? Number.NaN : text === '' ? 0 : Number(text);
            if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300) setError('The cooling-off is a whole number of seconds from 0 to 300.');
            else if (seconds !== (policy.coolingOffSeconds ?? 0)) save({ ...policy, coolingOffSeconds: seconds });
            else setError(null);
          }}
        />
      </label>
      <ErrorBanner error={error} />
    </section>
  );
}
