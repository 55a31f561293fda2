import { socksDispatcher } from 'fetch-socks';
import { fetch as undiciFetch, ProxyAgent, type Dispatcher } from 'undici';
import type { FetchLike } from '../accounts/http';

/**
 * How one request of main's API clients leaves: directly, or through exactly
 * one proxy. There is never a list with a direct fallback: a proxy that does
 * not answer fails the request (fail closed), like the identity's pages.
 *
 * Library: undici (the Node.js project's HTTP client, the code Node's own
 * fetch is built on) with its ProxyAgent for HTTP and HTTPS proxies
 * (CONNECT tunnel, Proxy-Authorization), and fetch-socks for SOCKS5, which
 * plugs the `socks` client (the SOCKS client npm's own proxy agents use)
 * into an undici dispatcher. undici 7's own Socks5ProxyAgent is marked
 * experimental and warns at runtime, so SOCKS goes through `socks`.
 * Hostnames are sent to a SOCKS5 proxy unresolved (ATYP domain), so DNS
 * lookups leave through the proxy too.
 */
export type ProxyRoute =
  | { kind: 'direct' }
  | { kind: 'proxy'; scheme: 'http' | 'https' | 'socks5'; host: string; port: number; username?: string; password?: string };

/** `http://127.0.0.1:8080`: no credentials, ever (it reaches messages and logs). */
export function routeLabel(route: ProxyRoute): string {
  if (route.kind === 'direct') return 'directly';
  const host = route.host.includes(':') ? `[${route.host}]` : route.host;
  return `${route.scheme}://${host}:${route.port}`;
}

export interface RouteClient {
  route: ProxyRoute;
  /** A fetch bound to this route; undefined means the runtime's own (direct) fetch. */
  fetch?: FetchLike;
  close(): Promise<void>;
}

export function clientFor(route: ProxyRoute, options: { connectTimeoutMs?: number } = {}): RouteClient {
  if (route.kind === 'direct') return { route, close: async () => undefined };
  const timeout = options.connectTimeoutMs ?? 10_000;
  let dispatcher: Dispatcher;
  if (route.scheme === 'socks5') {
    // Never an empty chain: fetch-socks connects directly when given no proxy.
    dispatcher = socksDispatcher(
      [{ type: 5, host: route.host, port: route.port, ...(route.username ? { userId: route.username, password: route.password ?? '' } : {}) }],
      { connect: { timeout } },
    );
  } else {
    const host = route.host.includes(':') ? `[${route.host}]` : route.host;
    dispatcher = new ProxyAgent({
      uri: `${route.scheme}://${host}:${route.port}`,
      ...(route.username ? { token: `Basic ${Buffer.from(`${route.username}:${route.password ?? ''}`).toString('base64')}` } : {}),
      // Every request is tunnelled with CONNECT, plain http too: the proxy only ever sees a tunnel.
      proxyTunnel: true,
      connect: { timeout },
    });
  }
  const bound = ((input: Parameters<FetchLike>[0], init?: Parameters<FetchLike>[1]) =>
    undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as FetchLike;
  return { route, fetch: bound, close: () => dispatcher.close().catch(() => undefined) };
}

/**
 * Reads Chromium's answer for a URL (`session.resolveProxy`, PAC or system
 * settings): "PROXY host:port; SOCKS5 host:port; DIRECT". Hatstand takes the
 * first entry and never the ones after it: a later DIRECT is a fallback the
 * identity's API posts must not take. Only a first entry of DIRECT means the
 * PAC file or the system really says "no proxy" for this address.
 *
 * An empty answer is a lookup that failed, never "no proxy": `resolveProxy`
 * does not reject, it resolves with the empty string when Chromium's lookup
 * ends in an error (a PAC file that cannot be fetched or run; Electron
 * shell/browser/net/resolve_proxy_helper.cc, OnProxyLookupComplete runs the
 * callback with `proxy_info->ToPacString()` only when there is a result).
 */
export function routeFromChromium(answer: string): ProxyRoute | { kind: 'unsupported'; entry: string } | { kind: 'unresolved' } {
  const first = answer.split(';')[0]?.trim() ?? '';
  if (first === '') return { kind: 'unresolved' };
  if (/^DIRECT$/i.test(first)) return { kind: 'direct' };
  const m = /^(PROXY|HTTP|HTTPS|SOCKS5|SOCKS)\s+(\[[^\]]+\]|[^\s:]+):(\d{1,5})$/i.exec(first);
  if (!m) return { kind: 'unsupported', entry: first.slice(0, 80) };
  const keyword = m[1]!.toUpperCase();
  const host = m[2]!.replace(/^\[|\]$/g, '');
  const port = Number(m[3]);
  if (keyword === 'SOCKS') return { kind: 'unsupported', entry: first.slice(0, 80) }; // SOCKS4: resolves names locally
  const scheme = keyword === 'SOCKS5' ? 'socks5' : keyword === 'HTTPS' ? 'https' : 'http';
  return { kind: 'proxy', scheme, host, port };
}
