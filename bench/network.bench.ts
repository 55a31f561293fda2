/**
 * The Node side of per-identity networking (issue 11): what a composer post's
 * HTTP exchange costs through each proxy client, against real local proxies
 * (tinyproxy, microsocks) and a local server. Candidates for SOCKS5: fetch-socks
 * (the `socks` client as an undici dispatcher, chosen) and undici 7's own
 * Socks5ProxyAgent (experimental). Also the first request (connect + handshake)
 * and the packages' installed size. Figures only.
 */
import { createServer } from 'node:http';
import { execSync } from 'node:child_process';
import { fetch as undiciFetch, ProxyAgent, Socks5ProxyAgent, type Dispatcher } from 'undici';
import { socksDispatcher } from 'fetch-socks';
import { percentile, type BenchReporter } from './reporter';
import { proxyBinaryMissing, startHttpProxy, startSocksProxy } from '../tests/support/proxies';

const N = 200;

export default async function bench(r: BenchReporter): Promise<void> {
  const missing = proxyBinaryMissing();
  if (missing) return r.note(`skipped: ${missing}`);
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1', peer: req.socket.remoteAddress, got: body.length })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/statuses`;
  const http = await startHttpProxy({ bind: '127.0.0.2', auth: { username: 'bench', password: 'bench-pw' } });
  const socks = await startSocksProxy({ bind: '127.0.0.3' });
  try {
    const candidates: Array<[string, () => Dispatcher | undefined]> = [
      ['direct (Node fetch)', () => undefined],
      ['HTTP CONNECT, undici ProxyAgent', () => new ProxyAgent({ uri: http.url, token: `Basic ${Buffer.from('bench:bench-pw').toString('base64')}` })],
      ['SOCKS5, fetch-socks (socks)', () => socksDispatcher({ type: 5, host: '127.0.0.1', port: socks.port })],
      ['SOCKS5, undici Socks5ProxyAgent (experimental)', () => new Socks5ProxyAgent(`socks5://127.0.0.1:${socks.port}`)],
    ];
    const body = JSON.stringify({ status: 'x'.repeat(400) });
    for (const [name, make] of candidates) {
      const dispatcher = make();
      const once = async () => {
        const res = await undiciFetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, ...(dispatcher ? { dispatcher } : {}) });
        await res.text();
      };
      const t0 = performance.now();
      await once();
      const first = performance.now() - t0;
      const samples: number[] = [];
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await once();
        samples.push(performance.now() - t);
      }
      r.figure(`network: first POST (connect + handshake), ${name}`, first, 'ms');
      r.figure(`network: POST median (kept-alive), ${name}`, percentile(samples, 50), 'ms');
      r.figure(`network: POST p95 (kept-alive), ${name}`, percentile(samples, 95), 'ms');
      await dispatcher?.close();
    }
    for (const pkg of ['undici', 'fetch-socks', 'socks', 'ip-address', 'smart-buffer']) {
      try {
        const kb = Number(execSync(`du -sk node_modules/${pkg}`, { encoding: 'utf8' }).split('\t')[0]);
        r.figure(`network: installed size of ${pkg}`, kb, 'KiB');
      } catch {
        r.note(`${pkg} not installed`);
      }
    }
  } finally {
    await http.dispose();
    await socks.dispose();
    server.closeAllConnections();
    server.close();
  }
}
