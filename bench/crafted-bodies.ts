/**
 * Hostile request bodies of up to 2 MB sent to known post endpoints (and one
 * unknown site), built to make the guard's parsers work as hard as possible:
 * many small JSON values, JSON inside JSON strings that parsers re-read,
 * thousands of form fields, broken percent escapes, deep nesting, multipart
 * bodies with thousands of parts. Each is measured from the moment the hook
 * sees the request until its callback is answered (not a post) or the chrome
 * is asked (a post), counting only main-thread time.
 */
export interface CraftedBody {
  name: string;
  method: string;
  url: string;
  /** The body as the page sends it (UTF-8 bytes). */
  bytes: Buffer;
}

/** Just under the old parse cap (2,000,000 characters), so that every body is parsed there. */
const TARGET = 1_990_000;

function fill(unit: string, budget: number): string {
  return unit.repeat(Math.max(1, Math.floor(budget / unit.length)));
}

/** `[{"a":1,"b":"xy"},...]`: the most work per byte for JSON.parse. */
function manySmallObjects(budget: number): string {
  return `[${fill('{"a":1,"b":"xy","c":[0,1]},', budget - 2).slice(0, -1)}]`;
}

export function craftedBodies(): CraftedBody[] {
  const bodies: CraftedBody[] = [];
  const add = (name: string, url: string, body: string | Buffer, method = 'POST') =>
    bodies.push({ name, method, url, bytes: typeof body === 'string' ? Buffer.from(body) : body });

  // X: variables as a JSON string (re-read by every field lookup), full of small objects.
  const innerX = JSON.stringify({ tweet_text: 'hello', media: { media_entities: JSON.parse(manySmallObjects(TARGET * 0.74)) as unknown } });
  add('x CreateTweet, variables as a 2 MB JSON string', 'https://x.com/i/api/graphql/q/CreateTweet', JSON.stringify({ variables: innerX, queryId: 'q' }));

  // X: plain JSON, 2 MB of small objects next to the text.
  add(
    'x CreateTweet, 2 MB of small JSON objects',
    'https://x.com/i/api/graphql/q/CreateTweet',
    `{"variables":{"tweet_text":"hi","junk":${manySmallObjects(TARGET - 64)}}}`,
  );

  // Facebook: urlencoded form whose variables field is 2 MB of JSON.
  const fbVars = `{"input":{"message":{"text":"hi"},"junk":${manySmallObjects(TARGET / 2.2)}}}`;
  add(
    'facebook ComposerStoryCreateMutation, 2 MB form',
    'https://www.facebook.com/api/graphql/',
    `fb_api_req_friendly_name=ComposerStoryCreateMutation&av=1&variables=${encodeURIComponent(fbVars)}`.slice(0, TARGET),
  );

  // Facebook Lightspeed: JSON strings nested three deep, many tasks.
  const task = JSON.stringify({ label: '46', payload: JSON.stringify({ text: 'hi', thread_id: 1 }), queue_name: '1', task_id: 0 });
  const tasks = `[${fill(`${task},`, TARGET / 4).slice(0, -1)}]`;
  const lsVars = JSON.stringify({ requestPayload: `{"tasks":${tasks}}` });
  add(
    'facebook Lightspeed, nested JSON strings',
    'https://www.facebook.com/api/graphql/',
    `fb_api_req_friendly_name=LSPlatformGraphQLLightspeedRequestQuery&variables=${encodeURIComponent(lsVars)}`.slice(0, TARGET),
  );

  // Mastodon: 2 MB of form fields with broken percent escapes.
  add('mastodon status, 2 MB form of broken escapes', 'https://mastodon.social/api/v1/statuses', `status=${fill('%E2%82%ZZ+', TARGET - 16)}`);
  // A legacy charset's bytes (round cs1): `%B0%A1` is valid in every multi-byte candidate, so each one decodes it.
  add('unknown site, 2 MB form of legacy-charset bytes', 'https://bbs.example.jp/test/bbs.cgi', `bbs=news&key=1&MESSAGE=${fill('%B0%A1%B0%A2+', TARGET - 32)}`);
  // Mail sent by API (round m2): a Gmail API send whose raw message is 1.4 MB of quoted-printable.
  const qp = Buffer.from(`Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${fill('caf=C3=A9 cr=C3=A8me =\r\n', TARGET * 0.7)}`).toString('base64url');
  add('gmail API send, 1.4 MB quoted-printable message', 'https://gmail.googleapis.com/gmail/v1/users/me/messages/send', JSON.stringify({ raw: qp }));
  add('mastodon status, 100k tiny form fields', 'https://mastodon.social/api/v1/statuses', fill('a=1&', TARGET));

  // Mastodon: multipart with thousands of tiny parts.
  const b = 'xYzBoundary';
  const part = `--${b}\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n`;
  add('mastodon status, multipart with 40k parts', 'https://mastodon.social/api/v1/statuses', `${fill(part, TARGET - 64)}--${b}--\r\n`);

  // Bluesky: applyWrites with tens of thousands of writes.
  const write = '{"$type":"com.atproto.repo.applyWrites#create","collection":"app.bsky.feed.post","value":{"text":"hi"}},';
  add('bluesky applyWrites, 2 MB of writes', 'https://bsky.social/xrpc/com.atproto.repo.applyWrites', `{"repo":"did:plc:a","writes":[${fill(write, TARGET - 64).slice(0, -1)}]}`);

  // Deep nesting.
  const depth = 990_000;
  add('x CreateTweet, 990k-deep nested arrays', 'https://x.com/i/api/graphql/q/CreateTweet', `{"variables":${'['.repeat(depth)}${']'.repeat(depth)}}`);

  // Unknown site: a same-site JSON body of 2 MB (the heuristic's territory).
  add('unknown site, 2 MB JSON of prose fields', 'https://forum.example.org/api/reply', `{"items":[${fill('{"body":"Some words of prose that look like a post"},', TARGET - 64).slice(0, -1)}]}`);

  // HTTP batches (round t1): every inner request is decided as if sent alone, so many or large ones multiply the work.
  const gb = 'batch_xYz';
  const inner = (i: number, words: string) =>
    `--${gb}\r\nContent-Type: application/http\r\nContent-ID: <${i}>\r\n\r\nPOST /youtube/v3/commentThreads?part=snippet HTTP/1.1\r\nContent-Type: application/json\r\n\r\n` +
    `{"snippet":{"videoId":"v","topLevelComment":{"snippet":{"textOriginal":"${words}"}}}}\r\n`;
  const big = fill('words of a long comment ', TARGET / 110);
  add('youtube API batch, 100 requests of 18 KB', 'https://www.googleapis.com/batch/youtube/v3', `${Array.from({ length: 100 }, (_, i) => inner(i, big)).join('')}--${gb}--\r\n`);
  const tiny = `--${gb}\r\nContent-Type: application/http\r\n\r\nGET /a HTTP/1.1\r\n\r\n\r\n`;
  add('unknown site, HTTP batch of 50k tiny requests', 'https://api.example.org/batch', `${fill(tiny, TARGET - 64)}--${gb}--\r\n`);
  // GraphQL batch (Apollo's batch link): 50 operations of 40 KB of prose fields each, then many more.
  const op = JSON.stringify({ operationName: 'AddNote', query: 'mutation AddNote($input: NoteInput!) { addNote(input: $input) { id } }', variables: { input: { items: Array.from({ length: 600 }, () => ({ body: 'Some words of prose that look like a post' })) } } });
  add('unknown site, GraphQL batch of 40 KB operations (heuristic cap)', 'https://app.example.org/graphql', `[${fill(`${op},`, 250_000).slice(0, -1)}]`);

  return bodies;
}
