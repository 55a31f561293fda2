import { bearer, startFakeServer, type FakeServer, type Recorded, type Reply } from './http-server';

// Follows docs.joinmastodon.org: verify_credentials, POST /api/v1/statuses with
// Idempotency-Key (same key + same account -> the status created the first time).

export interface FakeMastodon extends FakeServer {
  token: string;
  statuses: Array<{ id: string; text: string; language?: string; idempotencyKey?: string }>;
}

export async function startFakeMastodon(token = 'mastodon-token-0123456789abcdef'): Promise<FakeMastodon> {
  const statuses: FakeMastodon['statuses'] = [];
  const byKey = new Map<string, Reply>();
  let origin = '';
  const account = { id: '109349', username: 'ada', acct: 'ada', display_name: 'Ada L.' };

  const handler = (req: Recorded): Reply => {
    if (bearer(req) !== token) return { status: 401, body: { error: 'The access token is invalid' } };
    if (req.method === 'GET' && req.path === '/api/v1/accounts/verify_credentials') {
      return { status: 200, body: { ...account, url: `${origin}/@ada`, source: { privacy: 'public' } } };
    }
    if (req.method === 'POST' && req.path === '/api/v1/statuses') {
      const key = req.headers['idempotency-key'];
      const k = typeof key === 'string' ? key : undefined;
      const previous = k ? byKey.get(k) : undefined;
      if (previous) return previous;
      const body = (req.body ?? {}) as { status?: string; language?: string };
      if (!body.status || body.status.trim() === '') {
        return { status: 422, body: { error: "Validation failed: Text can't be blank" } };
      }
      const id = String(113000000000000000n + BigInt(statuses.length + 1));
      statuses.push({ id, text: body.status, ...(body.language ? { language: body.language } : {}), ...(k ? { idempotencyKey: k } : {}) });
      const reply: Reply = {
        status: 200,
        body: { id, uri: `${origin}/users/ada/statuses/${id}`, url: `${origin}/@ada/${id}`, content: `<p>${body.status}</p>`, account },
      };
      if (k) byKey.set(k, reply);
      return reply;
    }
    return { status: 404, body: { error: 'Record not found' } };
  };

  const server = await startFakeServer(handler);
  origin = server.url;
  return Object.assign(server, { token, statuses });
}
