import { createServer, type Server } from 'node:http';

/**
 * A local site that posts the way Mastodon's web client does
 * (POST /api/v1/statuses, JSON body) and records what reached it.
 */
export async function startFakeMastodon(): Promise<{ url: string; received: Array<{ status: string }>; close(): Promise<void> }> {
  const received: Array<{ status: string }> = [];
  const page = `<!doctype html><meta charset="utf-8"><title>Fake Mastodon</title>
<style>body{font:15px system-ui;margin:24px;max-width:520px}textarea{width:100%;height:90px}#result{margin-top:8px;font-weight:700}</style>
<h1>🐘 Fake Mastodon</h1>
<textarea id="text" aria-label="What's on your mind?"></textarea>
<button id="post">Publish!</button><button id="like">Like</button>
<p id="result"></p>
<script>
const result = document.getElementById('result');
document.getElementById('post').onclick = async () => {
  result.textContent = 'sending';
  try {
    const r = await fetch('/api/v1/statuses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: document.getElementById('text').value, visibility: 'public' }) });
    result.textContent = r.ok ? 'posted' : 'failed ' + r.status;
  } catch (e) { result.textContent = 'blocked'; }
};
document.getElementById('like').onclick = async () => {
  const r = await fetch('/api/v1/statuses/1/favourite', { method: 'POST' });
  result.textContent = r.ok ? 'liked' : 'like failed';
};
</script>`;
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/api/v1/statuses') received.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, received, close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }) };
}
