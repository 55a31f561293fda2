import type { ProxyFailure } from '../../../../shared/domain/network';
import type { ProxyRoute } from './proxy-route';

interface Flat {
  name?: string;
  code?: string;
  message?: string;
  address?: string;
  port?: number;
  hostname?: string;
}

function chain(err: unknown): Flat[] {
  const out: Flat[] = [];
  let e: unknown = err;
  for (let i = 0; i < 6 && e && typeof e === 'object'; i += 1) {
    out.push(e as Flat);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Whether a request that got no answer failed at the identity's proxy (so it
 * never reached the site), and how. Null when the proxy carried it and the
 * failure happened further on, or when there is no proxy.
 *
 * Shapes come from the libraries in proxy-route.ts: undici's ProxyAgent
 * fails a refused CONNECT with "Proxy response (407) !== 200 when HTTP
 * Tunneling" (lib/dispatcher/proxy-agent.js); `socks` fails with its ERRORS
 * strings (build/common/constants.js); a proxy that is not listening is a
 * connect error naming the proxy's own address and port.
 */
export function proxyFailureOfError(err: unknown, route: ProxyRoute): ProxyFailure | 'upstream' | null {
  if (route.kind === 'direct') return null;
  for (const e of chain(err)) {
    const message = e.message ?? '';
    const status = /Proxy response \((\d{3})\)/.exec(message);
    if (status) {
      const code = Number(status[1]);
      if (code === 407 || code === 401) return 'auth'; // tinyproxy: 407 without credentials, 401 with wrong ones
      // tinyproxy answers 500 when it cannot reach the site, others 502-504.
      if (code >= 500 && code <= 504) return 'upstream';
      return 'refused';
    }
    if (message === 'Socks5 Authentication failed' || message.includes('no accepted authentication type')) return 'auth';
    if (message.startsWith('Socks5 proxy rejected connection')) return 'upstream';
    if (message === 'Proxy connection timed out' || message === 'Socket closed' || message.startsWith('Received invalid Socks5')) {
      return 'unreachable';
    }
    // `socks` passes a failed connect to the proxy on as plain text: "connect ECONNREFUSED 127.0.0.1:1080".
    const connect = /^connect ([A-Z_]+) (\S+):(\d+)$/.exec(message);
    if (connect && UNREACHABLE.has(connect[1]!) && Number(connect[3]) === route.port) return 'unreachable';
    if (e.code && UNREACHABLE.has(e.code)) {
      const atProxy =
        (e.port === undefined || e.port === route.port) &&
        (e.address === undefined || e.address === route.host || e.hostname === route.host || e.code === 'UND_ERR_CONNECT_TIMEOUT');
      if (atProxy) return 'unreachable';
    }
  }
  return null;
}
