import { bearer, startFakeServer, type FakeServer, type Recorded, type Reply } from './http-server';

// Follows the AT Protocol lexicons: com.atproto.server.createSession,
// com.atproto.repo.createRecord (client-chosen rkey; a repository holds at
// most one record per key) and com.atproto.repo.getRecord.

export interface FakeBluesky extends FakeServer {
  handle: string;
  did: string;
  appPassword: string;
  records: Map<string, { text: string; record: Record<string, unknown> }>;
  /** Access tokens handed out so far. */
  issued: string[];
  /** Tokens the server now treats as expired (answers 400 ExpiredToken). */
  expired: Set<string>;
  /** What a createRecord on an existing rkey answers (real PDS: an error). */
  duplicateReply: Reply;
  /** When set, createSession's didDoc names this origin as the account's PDS. */
  pdsEndpoint?: string;
  /** When set, createSession demands an email code (main password with 2FA). */
  requireAuthFactor?: boolean;
}

export async function startFakeBluesky(options: { pdsOnly?: boolean } = {}): Promise<FakeBluesky> {
  const state = {
    handle: 'ada.bsky.social',
    did: 'did:plc:ada2x7q4w5e6r7t8y9u0i',
    appPassword: 'abcd-efgh-ijkl-mnop',
    records: new Map<string, { text: string; record: Record<string, unknown> }>(),
    issued: [] as string[],
    expired: new Set<string>(),
    duplicateReply: { status: 400, body: { error: 'InvalidRequest', message: 'Record already exists' } } as Reply,
    pdsEndpoint: undefined as string | undefined,
    requireAuthFactor: false,
  };

  const handler = (req: Recorded): Reply => {
    if (req.path === '/xrpc/com.atproto.server.createSession' && req.method === 'POST' && !options.pdsOnly) {
      const body = (req.body ?? {}) as { identifier?: string; password?: string };
      const who = body.identifier === state.handle || body.identifier === state.did;
      if (!who || body.password !== state.appPassword) {
        return { status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } };
      }
      if (fake.requireAuthFactor) {
        return { status: 401, body: { error: 'AuthFactorTokenRequired', message: 'A sign in code has been sent to your email address' } };
      }
      const accessJwt = `access.${state.issued.length + 1}.${Math.random().toString(36).slice(2)}`;
      state.issued.push(accessJwt);
      return {
        status: 200,
        body: {
          accessJwt,
          refreshJwt: `refresh.${Math.random().toString(36).slice(2)}`,
          handle: state.handle,
          did: state.did,
          active: true,
          ...(fake.pdsEndpoint
            ? { didDoc: { id: state.did, service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: fake.pdsEndpoint }] } }
            : {}),
        },
      };
    }
    if (req.path === '/xrpc/com.atproto.repo.createRecord' && req.method === 'POST') {
      const token = bearer(req);
      if (!token || !state.issued.includes(token)) return { status: 401, body: { error: 'AuthenticationRequired', message: 'Authentication Required' } };
      if (state.expired.has(token)) return { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
      const body = (req.body ?? {}) as { repo?: string; collection?: string; rkey?: string; record?: Record<string, unknown> };
      if (body.repo !== state.did) return { status: 400, body: { error: 'InvalidRequest', message: 'Invalid repo' } };
      if (body.collection !== 'app.bsky.feed.post' || body.record?.$type !== 'app.bsky.feed.post') {
        return { status: 400, body: { error: 'InvalidRequest', message: 'Invalid collection' } };
      }
      if (typeof body.record.text !== 'string' || typeof body.record.createdAt !== 'string') {
        return { status: 400, body: { error: 'InvalidRecord', message: 'Record/text must be a string' } };
      }
      const rkey = body.rkey ?? `auto${state.records.size}`;
      if (state.records.has(rkey)) return fake.duplicateReply;
      state.records.set(rkey, { text: body.record.text, record: body.record });
      return {
        status: 200,
        body: { uri: `at://${state.did}/app.bsky.feed.post/${rkey}`, cid: `bafyrei${rkey}`, validationStatus: 'valid' },
      };
    }
    if (req.path === '/xrpc/com.atproto.repo.getRecord' && req.method === 'GET') {
      const rkey = req.query.get('rkey') ?? '';
      const found = req.query.get('repo') === state.did && req.query.get('collection') === 'app.bsky.feed.post' ? state.records.get(rkey) : undefined;
      if (!found) return { status: 400, body: { error: 'RecordNotFound', message: `Could not locate record: at://${state.did}/app.bsky.feed.post/${rkey}` } };
      return { status: 200, body: { uri: `at://${state.did}/app.bsky.feed.post/${rkey}`, cid: `bafyrei${rkey}`, value: found.record } };
    }
    return { status: 404, body: { error: 'MethodNotImplemented', message: 'Method Not Implemented' } };
  };

  const server = await startFakeServer(handler);
  // The handler reads settings from this live object, so tests can change them after start.
  const fake: FakeBluesky = Object.assign(server, state);
  return fake;
}
