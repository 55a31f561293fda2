import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake site received, as the test will inspect it. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON when the body was JSON, else the raw text ('' when empty). */
  body: unknown;
  /** The address the request came from (a proxy's outgoing address when it came through one). */
  peer: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A one-off behaviour for the next request to `path`:
 * - a Reply: answer this instead of the normal behaviour (nothing is created);
 * - { drop: 'before' }: close the connection without doing anything;
 * - { drop: 'after' }: do the normal work (e.g. create the post), then close
 *   the connection without answering, as when a response is lost on the way.
 */
export type Scripted = (Reply & { path: string }) | { path: string; drop: 'before' | 'after' };

export type Handler = (req: Recorded) => Reply;

export interface FakeServer {
  url: string;
  origin: URL;
  requests: Recorded[];
  /** The peer address of every TCP connection accepted, request or not. */
  connections: string[];
  script: Scripted[];
  close(): Promise<void>;
}

/** Starts a node:http server on 127.0.0.1 with a random port. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const connections: string[] = [];
  const script: Scripted[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      if (text && (req.headers['content-type'] ?? '').includes('application/json')) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const recorded: Recorded = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, peer: req.socket.remoteAddress ?? '' };
      requests.push(recorded);
      const index = script.findIndex((s) => s.path === url.pathname);
      const step = index >= 0 ? script.splice(index, 1)[0] : undefined;
      if (step && 'drop' in step) {
        if (step.drop === 'after') handler(recorded);
        req.socket.destroy();
        return;
      }
      const reply = step ?? handler(recorded);
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(payload);
    });
  });
  server.on('connection', (socket) => connections.push(socket.remoteAddress ?? ''));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    origin: new URL(url),
    requests,
    connections,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function bearer(req: Recorded): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}
