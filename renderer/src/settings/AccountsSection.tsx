import { useCallback, useEffect, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import type { ConnectedAccountView } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { RemovableRow } from '../common/RemovableRow';
import { ErrorBanner } from '../common/ErrorBanner';
import { useOncePerKey } from '../common/useOncePerKey';

/**
 * Accounts this identity posts to from Hatstand's composer. Tokens and app
 * passwords go straight to the OS keychain; this page never sees them again.
 */
export function AccountsSection({ identity }: { identity: Identity }) {
  const [accounts, setAccounts] = useState<ConnectedAccountView[]>([]);
  const [site, setSite] = useState<'mastodon' | 'bluesky'>('mastodon');
  const [address, setAddress] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  /** Accounts being disconnected: a second click on the same row waits for the first. */
  const leaving = useOncePerKey();
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () => void unwrap(api().accounts.list({ identityId: identity.id })).then(setAccounts, (e) => setError(messageOf(e))),
    [identity.id],
  );
  useEffect(reload, [reload]);

  const connect = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await unwrap(
        api().accounts.connect(
          site === 'mastodon'
            ? { identityId: identity.id, site, instanceUrl: address, accessToken: secret }
            : { identityId: identity.id, site, handle: address, appPassword: secret },
        ),
      );
      setSecret('');
      setAddress('');
      setError(null);
      reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const disconnect = (a: ConnectedAccountView) =>
    leaving.run(`${a.site}:${a.handle}`, async () => {
      try {
        await unwrap(api().accounts.disconnect({ identityId: identity.id, site: a.site, handle: a.handle }));
        // (A refusal shown earlier is answered by what just worked.)
        setError(null);
        reload();
      } catch (e) {
        setError(messageOf(e));
      }
    });
  /**
   * Another service starts the form afresh: a Bluesky app password left in the masked field would otherwise be sent
   * as a Mastodon token to whatever instance is typed next (or a token pasted onto the end of it).
   */
  const chooseSite = (next: 'mastodon' | 'bluesky') => {
    setSite(next);
    setAddress('');
    setSecret('');
  };

  return (
    <section className="settings-section" aria-label="Connected accounts">
      <h2>Connected accounts</h2>
      <p className="hint">Post drafts from Hatstand&rsquo;s composer as {identity.name}. Secrets are kept in your system keychain only.</p>
      <ul className="site-list">
        {accounts.map((a) => (
          <RemovableRow
            key={`${a.site}:${a.handle}`}
            title={a.handle}
            detail={a.site}
            action="Disconnect"
            onRemove={() => void disconnect(a)}
            busy={leaving.busy(`${a.site}:${a.handle}`)}
          />
        ))}
      </ul>
      <form
        className="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          void connect();
        }}
      >
        <label>
          Service
          <select value={site} disabled={busy} onChange={(e) => chooseSite(e.target.value as 'mastodon' | 'bluesky')}>
            <option value="mastodon">Mastodon</option>
            <option value="bluesky">Bluesky</option>
          </select>
        </label>
        <input
          aria-label={site === 'mastodon' ? 'Instance address' : 'Bluesky handle'}
          placeholder={site === 'mastodon' ? 'https://mastodon.social' : 'you.bsky.social'}
          value={address}
          readOnly={busy}
          onChange={(e) => setAddress(e.target.value)}
        />
        <input
          type="password"
          autoComplete="off"
          aria-label={site === 'mastodon' ? 'Access token' : 'App password'}
          placeholder={site === 'mastodon' ? 'Access token' : 'App password (xxxx-xxxx-xxxx-xxxx)'}
          value={secret}
          readOnly={busy}
          onChange={(e) => setSecret(e.target.value)}
        />
        {/* (Off while checking without disabling it: a disabled button would drop the focus to the page.) */}
        <button type="submit" disabled={!address || !secret} aria-disabled={busy}>
          {busy ? 'Checking…' : `Connect to ${identity.name}`}
        </button>
      </form>
      <ErrorBanner error={error} />
    </section>
  );
}
