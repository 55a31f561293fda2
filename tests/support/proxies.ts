import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real proxies for the tests, from Debian packages (installed by .ci/run):
 * tinyproxy (HTTP CONNECT, Basic auth) and microsocks (SOCKS5, user/password).
 * Each listens on 127.0.0.1 only, and opens its outgoing connections from
 * another loopback address (`bind`, e.g. 127.0.0.2), so a local site sees
 * which proxy a request came through by its peer address alone.
 */
export interface RunningProxy {
  kind: 'http' | 'socks5';
  host: '127.0.0.1';
  port: number;
  /** The loopback address the proxy's outgoing connections come from. */
  bind: string;
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop()). */
  start(): Promise<void>;
  log(): string;
  /** Stops it for good and removes its files (test teardown). */
  dispose(): Promise<void>;
}

export function proxyBinaryMissing(): string | null {
  for (const bin of ['tinyproxy', 'microsocks']) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) return `${bin} is not installed (bash .ci/run installs it)`;
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`proxy exited (${child.exitCode}): ${output().slice(-500)}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`proxy did not listen on ${port}: ${output().slice(-500)}`);
}

function running(kind: RunningProxy['kind'], port: number, bind: string, launch: () => ChildProcess, cleanup: () => void): RunningProxy {
  let child: ChildProcess | null = null;
  let out = '';
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  return {
    kind,
    host: '127.0.0.1',
    port,
    bind,
    url: `${kind}://127.0.0.1:${port}`,
    log: () => out,
    start: async () => {
      if (child && child.exitCode === null) return;
      const c = launch();
      child = c;
      c.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      c.stderr?.on('data', (d: Buffer) => (out += d.toString()));
      await waitForPort(port, c, () => out);
    },
    stop,
    dispose: async () => {
      await stop();
      cleanup();
    },
  };
}

/** tinyproxy on 127.0.0.1:<free port>, CONNECT to any port, optional Basic auth. */
export async function startHttpProxy(options: { bind: string; auth?: { username: string; password: string } }): Promise<RunningProxy> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hatstand-tinyproxy-'));
  const conf = join(dir, 'tinyproxy.conf');
  writeFileSync(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      `Bind ${options.bind}`,
      'Timeout 30',
      'MaxClients 50',
      'Allow 127.0.0.1',
      'LogLevel Connect',
      'DisableViaHeader Yes',
      // No ConnectPort lines: CONNECT is allowed to any port (local test sites use high ports).
      ...(options.auth ? [`BasicAuth ${options.auth.username} ${options.auth.password}`] : []),
      '',
    ].join('\n'),
  );
  const proxy = running('http', port, options.bind, () => spawn('tinyproxy', ['-d', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] }), () =>
    rmSync(dir, { recursive: true, force: true }),
  );
  await proxy.start();
  return proxy;
}

/** microsocks on 127.0.0.1:<free port>, optional user/password (RFC 1929). */
export async function startSocksProxy(options: { bind: string; auth?: { username: string; password: string } }): Promise<RunningProxy> {
  const port = await freePort();
  const args = ['-i', '127.0.0.1', '-p', String(port), '-b', options.bind, ...(options.auth ? ['-u', options.auth.username, '-P', options.auth.password] : [])];
  const proxy = running('socks5', port, options.bind, () => spawn('microsocks', args, { stdio: ['ignore', 'pipe', 'pipe'] }), () => undefined);
  await proxy.start();
  return proxy;
}
