import { useEffect, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import { api, messageOf, unwrap } from '../api';
import { hostOf } from '../common/identity-style';
import { RemovableRow } from '../common/RemovableRow';
import { ErrorBanner } from '../common/ErrorBanner';

/** The identity's sites and the handle it uses on each. */
export function SettingsPanel({ identity, onChanged }: { identity: Identity; onChanged(): void }) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('https://');
  const [handle, setHandle] = useState('');
  const [allowHttp, setAllowHttp] = useState(false);
  const plainHttp = /^http:\/\//i.test(url.trim());
  const [error, setError] = useState<string | null>(null);
  const [keepCookies, setKeepCookies] = useState<boolean | null>(null);
  useEffect(() => {
    void unwrap(api().sessions.getOptions({ identityId: identity.id })).then((o) => setKeepCookies(o.keepSessionCookies), (e) => setError(messageOf(e)));
  }, [identity.id]);
  const run = async (work: Promise<unknown>) => {
    try {
      await work;
      setError(null);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="settings">
      <h2>Sites</h2>
      <p className="hint">
        Every site here opens in {identity.name}&rsquo;s own storage: its logins never reach another identity.
      </p>
      <ul className="site-list">
        {identity.sites.map((site) => (
          <RemovableRow
            key={site.id}
            title={site.label}
            detail={hostOf(site.homeUrl)}
            action="Remove"
            onRemove={() => void run(unwrap(api().sites.remove({ identityId: identity.id, siteId: site.id })))}
          >
            <label>
              Handle
              <input
                defaultValue={site.handle}
                placeholder="@you"
                onBlur={(e) =>
                  e.target.value !== site.handle &&
                  void run(unwrap(api().sites.update({ identityId: identity.id, siteId: site.id, handle: e.target.value })))
                }
              />
            </label>
          </RemovableRow>
        ))}
      </ul>
      {keepCookies !== null && (
        <>
          <label className="radio">
            <input
              type="checkbox"
              aria-describedby="keep-cookies-hint"
              checked={keepCookies}
              onChange={(e) => {
                const next = e.target.checked;
                setKeepCookies(next);
                void unwrap(api().sessions.setOptions({ identityId: identity.id, keepSessionCookies: next })).catch((err) => {
                  setKeepCookies(!next);
                  setError(messageOf(err));
                });
              }}
            />
            Keep me signed in across restarts
          </label>
          {/* Why some sign-ins still end: cookies another site's frame may have set (partitioned ones Electron cannot tell apart) are never kept, as they could link this identity's sites. */}
          <p className="hint" id="keep-cookies-hint">
            Sites&rsquo; session cookies are kept for 30 days, in {identity.name} only. Cookies that another site&rsquo;s frame may have set are not kept, since they could follow you from site to site, so some sign-ins may still end at a restart.
          </p>
        </>
      )}
      <form
        className="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            unwrap(api().sites.add({ identityId: identity.id, label, homeUrl: url, handle, ...(plainHttp && allowHttp ? { allowHttp: true as const } : {}) })).then(() => {
              setLabel('');
              setUrl('https://');
              setHandle('');
              setAllowHttp(false);
            }),
          );
        }}
      >
        <h3>Add a site</h3>
        <input aria-label="Site name" placeholder="Name, e.g. Mastodon" value={label} onChange={(e) => setLabel(e.target.value)} />
        <input aria-label="Address" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
        <input aria-label="Your handle there" placeholder="@you" value={handle} onChange={(e) => setHandle(e.target.value)} />
        {plainHttp && (
          <label className="radio">
            <input type="checkbox" checked={allowHttp} onChange={(e) => setAllowHttp(e.target.checked)} />
            Allow http for this host (not secure: anyone on the network can read and change these pages)
          </label>
        )}
        <button type="submit">Add site</button>
      </form>
      <ErrorBanner error={error} />
    </div>
  );
}
