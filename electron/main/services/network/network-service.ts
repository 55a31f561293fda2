import {
  canonicalHost,
  DEFAULT_NETWORK,
  isProxyMode,
  NetworkInputSchema,
  proxyFailureMessage,
  proxyLabel,
  validateNetwork,
  type NetworkSettings,
  type NetworkTestResult,
} from '../../../../shared/domain/network';
import { AppError } from '../../../../shared/result';
import { AccountError, POST_NOT_SENT } from '../accounts/errors';
import type { HttpOptions } from '../accounts/http';
import type { Store } from '../store';
import type { SecretVault } from '../vault';
import { proxyFailureOfError } from './proxy-errors';
import { clientFor, routeFromChromium, routeLabel, type ProxyRoute, type RouteClient } from './proxy-route';
import type { z } from 'zod';
import { reportToConsole, type FollowUpReporter } from '../after-commit';

export const NETWORK_KEY = 'network';
/**
 * Keychain entry (service `hatstand`, account `<identity-uuid>:proxy:credentials`): `{"username","password","proxy"}`
 * as JSON, `proxy` being the host they were given for ("proxy.example.net", as Chromium writes it; a port change keeps
 * them). Entries written before it was kept have none, and go to the proxy that is set.
 */
export const PROXY_SECRET = { site: 'proxy', handle: 'credentials' } as const;

/**
 * Chromium's proxy answer for a URL in this identity's session
 * (`session.resolveProxy`), for the modes Node cannot work out alone:
 * system settings and PAC files. Provided by the Electron glue.
 */
export type ChromiumProxyResolver = (identityId: string, url: string) => Promise<string>;

export interface NetworkServiceDeps {
  store: Store;
  vault: Pick<SecretVault, 'get' | 'set' | 'delete'>;
  resolveProxy?: ChromiumProxyResolver;
  /** Told after a change is stored, so the glue re-applies the session and reloads running views. */
  onChanged?: (identityId: string, settings: NetworkSettings) => void | Promise<void>;
  /** Per request; tests shorten it. */
  timeoutMs?: number;
  /** Told of a follow-up that failed after a change was saved (a keychain that could not delete old credentials). */
  report?: FollowUpReporter;
}

export interface ProxyCredentials {
  username: string;
  password: string;
}

/**
 * Each identity's network choice, its proxy credentials (OS keychain only),
 * and the HTTP client options that make main's API clients leave the way
 * the identity's pages do. Fails closed: a request is sent through the
 * identity's proxy or not at all.
 */
export class NetworkService {
  private readonly clients = new Map<string, RouteClient>();

  constructor(private readonly deps: NetworkServiceDeps) {}

  get(identityId: string): NetworkSettings {
    this.deps.store.identities.get(identityId);
    return { ...DEFAULT_NETWORK, ...this.deps.store.settings.getFor<Partial<NetworkSettings>>(identityId, NETWORK_KEY, {}) };
  }

  /** Validates, keeps credentials in the keychain (never in SQLite), stores the rest, logs, and tells the glue. */
  async set(identityId: string, raw: z.input<typeof NetworkInputSchema>): Promise<NetworkSettings> {
    const identity = this.deps.store.identities.get(identityId);
    const parsed = NetworkInputSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('network/invalid', parsed.error.issues[0]?.message ?? 'Those network settings are not valid.');
    const before = this.get(identityId);
    const checked = validateNetwork(parsed.data, before.auth === true && isProxyMode(before.mode));
    if (!checked.ok) throw new AppError('network/invalid', `${checked.message} Nothing was changed.`);
    const credentials = parsed.data.credentials;
    // Saved credentials are a proxy's: "keep" with another proxy would send one proxy's password to another.
    // (Hosts saved before they were stored as Chromium writes them compare in that form too.)
    if (credentials.action === 'keep' && checked.settings.auth && before.auth && canonicalHost(before.host ?? '') !== checked.settings.host) {
      throw new AppError(
        'network/credentials-for-another-proxy',
        `The saved user name and password are for the proxy at ${before.host}; enter the ones for ${checked.settings.host}, or forget them. Nothing was changed.`,
      );
    }
    // The keychain and the store change together or not at all: new credentials are saved before the settings that
    // need them, and the ones before put back if the settings cannot be saved (a full disk); credentials no longer
    // needed are deleted only once the settings without them are saved.
    if (credentials.action === 'set') {
      const previous = await this.deps.vault.get(identityId, PROXY_SECRET.site, PROXY_SECRET.handle);
      const entry = { username: credentials.username, password: credentials.password, proxy: checked.settings.host };
      await this.deps.vault.set(identityId, PROXY_SECRET.site, PROXY_SECRET.handle, JSON.stringify(entry));
      try {
        this.deps.store.settings.setFor(identityId, NETWORK_KEY, checked.settings);
      } catch (error) {
        const undo =
          previous === null
            ? this.deps.vault.delete(identityId, PROXY_SECRET.site, PROXY_SECRET.handle)
            : this.deps.vault.set(identityId, PROXY_SECRET.site, PROXY_SECRET.handle, previous);
        await undo.catch(() => undefined);
        throw error;
      }
    } else {
      this.deps.store.settings.setFor(identityId, NETWORK_KEY, checked.settings);
      // (The settings are saved and must now be applied: a keychain that cannot delete the unused credentials is
      // reported, not thrown, or the session would keep the old proxy while the store says the new one.)
      if (!checked.settings.auth && before.auth) {
        await this.deps.vault
          .delete(identityId, PROXY_SECRET.site, PROXY_SECRET.handle)
          .catch((error: unknown) => (this.deps.report ?? reportToConsole)('Removing unused proxy credentials from the keychain', error));
      }
    }
    await this.dropClients(identityId);
    this.deps.store.activity.append({
      identityId,
      kind: 'settings.changed',
      summary: `${identity.name} now connects ${describe(checked.settings)}`,
      details: { mode: checked.settings.mode, proxy: isProxyMode(checked.settings.mode) ? proxyLabel(checked.settings) : null },
    });
    await this.deps.onChanged?.(identityId, checked.settings);
    return checked.settings;
  }

  /**
   * The proxy user name and password, from the keychain; null when none are kept, or when they were given for another
   * proxy than the one set (a change whose settings could not be saved, and whose old secret could not be put back).
   */
  async credentials(identityId: string): Promise<ProxyCredentials | null> {
    const json = await this.deps.vault.get(identityId, PROXY_SECRET.site, PROXY_SECRET.handle);
    if (!json) return null;
    try {
      const value = JSON.parse(json) as Partial<ProxyCredentials> & { proxy?: unknown };
      if (typeof value.proxy === 'string' && value.proxy !== canonicalHost(this.get(identityId).host ?? '')) return null;
      return typeof value.username === 'string' && typeof value.password === 'string' ? { username: value.username, password: value.password } : null;
    } catch {
      return null;
    }
  }

  /** The single route a request to `url` takes for this identity. */
  async routeFor(identityId: string, url: string): Promise<ProxyRoute> {
    const settings = this.get(identityId);
    if (settings.mode === 'direct') return { kind: 'direct' };
    if (isProxyMode(settings.mode)) {
      const creds = settings.auth ? await this.credentials(identityId) : null;
      if (settings.auth && !creds) {
        throw new AppError(
          'network/no-credentials',
          `The user name and password of ${this.name(identityId)}'s proxy are missing from your system keychain; enter them again in Settings → Network. Nothing was sent.`,
        );
      }
      return { kind: 'proxy', scheme: settings.mode, host: settings.host!, port: settings.port!, ...(creds ?? {}) };
    }
    // System settings or a PAC file: ask Chromium, in this identity's session, what it does for this address.
    if (!this.deps.resolveProxy) {
      if (settings.mode === 'system') return { kind: 'direct' }; // only outside Electron (tests): no system proxy to follow
      throw new AppError('network/pac-unavailable', `${this.name(identityId)}'s PAC file can only be read inside Hatstand's window; nothing was sent.`);
    }
    // (A lookup that fails resolves with "" rather than rejecting; a rejection is taken the same way. Sent directly,
    // the post would leave from the person's own address.)
    const answer = await this.deps.resolveProxy(identityId, url).catch(() => '');
    const route = routeFromChromium(answer);
    if (route.kind === 'unresolved') {
      throw new AppError('network/proxy-failed', proxyFailureMessage(this.name(identityId), settings, settings.mode === 'pac' ? 'pac' : 'unreachable'));
    }
    if (route.kind === 'unsupported') {
      throw new AppError(
        'network/unsupported-proxy',
        `${this.name(identityId)}'s ${settings.mode === 'pac' ? 'PAC file' : 'system settings'} name a proxy Hatstand's posting cannot use (${route.entry}); nothing was sent.`,
      );
    }
    return route;
  }

  /**
   * HTTP options for main's API clients (Mastodon, Bluesky) acting for this
   * identity: its route's fetch, and an error that names the proxy when the
   * proxy, not the site, failed.
   */
  async httpFor(identityId: string, url: string): Promise<HttpOptions> {
    const route = await this.routeFor(identityId, url);
    const client = this.clientOf(identityId, route);
    const name = this.name(identityId);
    const settings = this.get(identityId);
    return {
      ...(client.fetch ? { fetch: client.fetch } : {}),
      routeFailure: (err: unknown) => {
        const failure = proxyFailureOfError(err, route);
        if (!failure) return undefined;
        const shown: NetworkSettings = settings.mode === 'pac' || settings.mode === 'system' ? proxySettingsOf(route) : settings;
        const message =
          failure === 'upstream'
            ? `${name}'s proxy at ${proxyLabel(shown)} could not reach ${safeHost(url)}: nothing was sent.`
            : proxyFailureMessage(name, shown, failure);
        // Nothing reached the site: the post certainly did not go out.
        return new AccountError('network/proxy-failed', `${message} ${POST_NOT_SENT}`, { outcome: 'not-posted' });
      },
    };
  }

  /** "Test": asks the identity's address-check URL, through its route, which address it sees. */
  async test(identityId: string): Promise<NetworkTestResult> {
    const settings = this.get(identityId);
    const echoUrl = settings.ipEchoUrl;
    if (!echoUrl) {
      throw new AppError(
        'network/no-echo-url',
        'Set an address-check URL first (a page that answers with the address it sees); Hatstand contacts no such service on its own.',
      );
    }
    const route = await this.routeFor(identityId, echoUrl);
    const client = this.clientOf(identityId, route);
    const doFetch = client.fetch ?? fetch;
    let res: Response;
    let text: string;
    try {
      res = await doFetch(echoUrl, { redirect: 'manual', signal: AbortSignal.timeout(this.deps.timeoutMs ?? 15_000), headers: { accept: 'application/json, text/plain' } });
      text = (await res.text()).slice(0, 4096);
    } catch (err) {
      const failure = proxyFailureOfError(err, route);
      if (failure) {
        const shown = settings.mode === 'pac' || settings.mode === 'system' ? proxySettingsOf(route) : settings;
        throw new AppError(
          'network/proxy-failed',
          failure === 'upstream'
            ? `${this.name(identityId)}'s proxy at ${proxyLabel(shown)} could not reach ${safeHost(echoUrl)}.`
            : proxyFailureMessage(this.name(identityId), shown, failure).replace(': nothing was sent.', '.'),
        );
      }
      throw new AppError('network/test-failed', `The address check at ${safeHost(echoUrl)} did not answer ${route.kind === 'direct' ? '' : `through ${routeLabel(route)} `}; check the URL.`.replace(' ;', ';'));
    }
    if (!res.ok) throw new AppError('network/test-failed', `The address check at ${safeHost(echoUrl)} answered HTTP ${res.status}; check the URL.`);
    const address = echoAddress(text);
    if (!address) throw new AppError('network/test-failed', `The address check at ${safeHost(echoUrl)} did not answer with an address; check the URL.`);
    return { address, via: route.kind === 'direct' ? 'directly' : `through ${routeLabel(route)}`, echoUrl };
  }

  /** Closes every pooled connection (at quit, or before an identity is removed). */
  async dispose(identityId?: string): Promise<void> {
    if (identityId) return this.dropClients(identityId);
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.close()));
  }

  private clientOf(identityId: string, route: ProxyRoute): RouteClient {
    const key = `${identityId} ${routeLabel(route)} ${route.kind === 'proxy' ? (route.username ?? '') : ''}`;
    let client = this.clients.get(key);
    if (!client) {
      client = clientFor(route, { connectTimeoutMs: this.deps.timeoutMs ?? 10_000 });
      this.clients.set(key, client);
    }
    return client;
  }

  private async dropClients(identityId: string): Promise<void> {
    const mine = [...this.clients.entries()].filter(([key]) => key.startsWith(`${identityId} `));
    for (const [key] of mine) this.clients.delete(key);
    await Promise.all(mine.map(([, c]) => c.close()));
  }

  private name(identityId: string): string {
    return this.deps.store.identities.get(identityId).name;
  }
}

function proxySettingsOf(route: ProxyRoute): NetworkSettings {
  return route.kind === 'proxy' ? { mode: route.scheme, host: route.host, port: route.port } : { mode: 'direct' };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'that address';
  }
}

function describe(settings: NetworkSettings): string {
  switch (settings.mode) {
    case 'system':
      return 'with the system network settings';
    case 'direct':
      return 'directly, without a proxy';
    case 'pac':
      return `through the PAC file at ${settings.pacUrl}`;
    default:
      return `through the ${settings.mode === 'socks5' ? 'SOCKS5' : settings.mode.toUpperCase()} proxy at ${proxyLabel(settings)}${settings.auth ? ' (with a password in the keychain)' : ''}`;
  }
}

/** The address in an echo service's answer: JSON {ip|address|origin|query} or plain text. */
export function echoAddress(body: string): string | null {
  const text = body.trim();
  let candidate = text;
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      const value = ['ip', 'address', 'origin', 'query', 'peer'].map((k) => json[k]).find((v) => typeof v === 'string');
      candidate = typeof value === 'string' ? value : '';
    } catch {
      candidate = '';
    }
  }
  candidate = candidate.split(/[\r\n]/)[0]!.trim();
  return /^[0-9A-Fa-f:.[\]]{2,64}$/.test(candidate) ? candidate : null;
}
