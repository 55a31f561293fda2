import { useEffect, useRef, useState } from 'react';
import type { Identity } from '../../../shared/domain/identity';
import type { NetworkMode, NetworkTestResult } from '../../../shared/domain/network';
import type { NetworkView } from '../../../shared/ipc/contract';
import { api, messageOf, unwrap } from '../api';
import { ErrorBanner } from '../common/ErrorBanner';

const MODES: Array<{ mode: NetworkMode; label: string }> = [
  { mode: 'system', label: 'System settings' },
  { mode: 'direct', label: 'Direct (no proxy)' },
  { mode: 'http', label: 'HTTP proxy' },
  { mode: 'https', label: 'HTTPS proxy' },
  { mode: 'socks5', label: 'SOCKS5 proxy' },
  { mode: 'pac', label: 'PAC file' },
];

const list = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * How this identity's pages and composer posts leave the computer, and the
 * browser traits its sites see. A password goes to the system keychain once
 * and never comes back to this page.
 */
export function NetworkSection({ identity, asked = 0 }: { identity: Identity; /** Bumped to bring the section into view. */ asked?: number }) {
  const section = useRef<HTMLElement>(null);
  const [view, setView] = useState<NetworkView | null>(null);
  const [mode, setMode] = useState<NetworkMode>('system');
  const [host, setHost] = useState('');
  const [port, setPort] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [clearCredentials, setClearCredentials] = useState(false);
  const [pacUrl, setPacUrl] = useState('');
  const [echoUrl, setEchoUrl] = useState('');
  const [userAgent, setUserAgent] = useState('');
  const [languages, setLanguages] = useState('');
  const [spellcheck, setSpellcheck] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<NetworkTestResult | null>(null);

  const show = (v: NetworkView) => {
    setView(v);
    const s = v.settings;
    setMode(s.mode);
    setHost(s.host ?? '');
    setPort(s.port ? String(s.port) : '');
    setPacUrl(s.pacUrl ?? '');
    setEchoUrl(s.ipEchoUrl ?? '');
    setUserAgent(s.userAgent ?? '');
    setLanguages((s.acceptLanguages ?? []).join(', '));
    setSpellcheck((s.spellcheckLanguages ?? []).join(', '));
    setUsername('');
    setPassword('');
    setClearCredentials(false);
  };
  useEffect(() => {
    void unwrap(api().network.get({ identityId: identity.id })).then(show, (e) => setError(messageOf(e)));
  }, [identity.id]);
  // Asked for (a proxy failure's "Network settings"): into view once it has loaded, as often as it is asked.
  const loaded = view !== null;
  useEffect(() => {
    if (asked > 0 && loaded) section.current?.scrollIntoView({ block: 'start' });
  }, [asked, loaded]);

  const proxy = mode === 'http' || mode === 'https' || mode === 'socks5';
  const save = async () => {
    setSaved(false);
    // (Said here in one sentence: a port such as "80a" or "8080.5" would otherwise come back as the wrong kind of value.)
    if (proxy && port.trim() && !/^\d+$/.test(port.trim())) {
      setError('The port is a whole number from 1 to 65535, such as 8080.');
      return;
    }
    try {
      // A SOCKS5 proxy takes no password (the fields are hidden for it): a saved one is forgotten, not kept.
      const credentials =
        mode === 'socks5'
          ? { action: 'clear' as const }
          : username || password
            ? { action: 'set' as const, username, password }
            : clearCredentials
              ? { action: 'clear' as const }
              : { action: 'keep' as const };
      const next = await unwrap(
        api().network.set({
          identityId: identity.id,
          mode,
          ...(proxy ? { host: host.trim(), ...(port.trim() ? { port: Number(port) } : {}), credentials } : { credentials: { action: 'clear' } }),
          ...(mode === 'pac' ? { pacUrl: pacUrl.trim() } : {}),
          ipEchoUrl: echoUrl.trim(),
          userAgent: userAgent.trim(),
          acceptLanguages: list(languages),
          spellcheckLanguages: list(spellcheck),
        }),
      );
      show(next);
      setError(null);
      setSaved(true);
      setTest(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const runTest = async () => {
    setTesting(true);
    setTest(null);
    try {
      setTest(await unwrap(api().network.test({ identityId: identity.id })));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setTesting(false);
    }
  };
  if (!view) return <ErrorBanner error={error} />;
  const hasCredentials = view.settings.auth === true && !clearCredentials;

  return (
    <section className="settings-section network-section" aria-label="Network" ref={section}>
      <h2>Network</h2>
      <p className="hint">
        How {identity.name}&rsquo;s pages and composer posts leave this computer. With a proxy, nothing of {identity.name} ever goes direct: if the proxy
        does not answer, nothing is sent.
      </p>
      <form
        className="network-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="network-modes">
          <legend>Connect through</legend>
          {MODES.map((m) => (
            <label key={m.mode} className="radio">
              <input type="radio" name={`network-mode-${identity.id}`} checked={mode === m.mode} onChange={() => setMode(m.mode)} />
              {m.label}
            </label>
          ))}
        </fieldset>
        {proxy && (
          <div className="network-proxy">
            <label className="wide">
              Proxy address
              <input aria-label="Proxy address" placeholder="127.0.0.1" value={host} onChange={(e) => setHost(e.target.value)} />
            </label>
            <label>
              Port
              <input aria-label="Proxy port" inputMode="numeric" placeholder="8080" value={port} onChange={(e) => setPort(e.target.value)} />
            </label>
            {mode !== 'socks5' && (
              <>
                <label>
                  User name
                  <input aria-label="Proxy user name" autoComplete="off" placeholder={hasCredentials ? 'kept in your keychain' : 'optional'} value={username} onChange={(e) => setUsername(e.target.value)} />
                </label>
                <label className="wide">
                  Password
                  <input aria-label="Proxy password" type="password" autoComplete="off" placeholder={hasCredentials ? '••••••••' : 'optional'} value={password} onChange={(e) => setPassword(e.target.value)} />
                </label>
                {view.settings.auth && (
                  <label className="radio">
                    <input type="checkbox" checked={clearCredentials} onChange={(e) => setClearCredentials(e.target.checked)} />
                    Forget the saved user name and password
                  </label>
                )}
              </>
            )}
            {mode === 'socks5' && (
              <p className="hint">
                Chromium cannot sign in to a SOCKS5 proxy, so only SOCKS5 proxies without a password work here.
                {view.settings.auth ? ' The saved user name and password are forgotten when you save.' : ''}
              </p>
            )}
          </div>
        )}
        {mode === 'pac' && (
          <label>
            PAC file address
            <input aria-label="PAC file address" placeholder="http://127.0.0.1:8000/proxy.pac" value={pacUrl} onChange={(e) => setPacUrl(e.target.value)} />
          </label>
        )}
        {mode === 'pac' && (
          <p className="hint">If the PAC file cannot be loaded, nothing loads. Where the PAC file itself answers DIRECT, Chromium connects directly: that is the file&rsquo;s choice.</p>
        )}
        <label>
          Address-check URL
          <input aria-label="Address-check URL" placeholder="https://… (a page that answers with your address)" value={echoUrl} onChange={(e) => setEchoUrl(e.target.value)} />
        </label>
        <h3>Browser traits</h3>
        <label>
          User agent
          <input aria-label="User agent" placeholder={view.defaultUserAgent ?? 'Chromium’s own'} value={userAgent} onChange={(e) => setUserAgent(e.target.value)} />
        </label>
        <label>
          Languages sites see (Accept-Language)
          <input aria-label="Accept-Language" placeholder="en-GB, en" value={languages} onChange={(e) => setLanguages(e.target.value)} />
        </label>
        <label>
          Spellchecker languages
          <input aria-label="Spellchecker languages" placeholder="en-GB" value={spellcheck} onChange={(e) => setSpellcheck(e.target.value)} />
        </label>
        <div className="sheet-actions">
          <button type="submit" className="primary">
            Save network
          </button>
          <button type="button" onClick={() => void runTest()} disabled={testing || !view.settings.ipEchoUrl}>
            {testing ? 'Testing…' : 'Test'}
          </button>
          {saved && <span className="muted">Saved. Open pages reload through the new route.</span>}
        </div>
      </form>
      {test && (
        <p className="notice network-test" role="status">
          {identity.name} leaves from <strong>{test.address}</strong> ({test.via}), as seen by {test.echoUrl}.
        </p>
      )}
      {!view.settings.ipEchoUrl && <p className="hint">Test uses the address-check URL you set; Hatstand contacts no such service on its own.</p>}
      <ErrorBanner error={error} />
      <details className="not-separated">
        <summary>What Hatstand cannot separate between identities</summary>
        <p className="hint">Sites can still see these, and they are the same in every identity:</p>
        <ul>
          {view.notSeparated.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="hint">Spellchecker languages have no effect on macOS, which uses the system&rsquo;s.</p>
      </details>
    </section>
  );
}
