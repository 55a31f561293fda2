/**
 * A request with no body whose words ride in its query string (Trello's
 * PUT /1/actions/{id}/text?value=…, a bot's POST …/sendMessage?chat_id=…&text=…,
 * as the Mastodon and Weibo adapters read their statuses from the query
 * string): the query string read as the form body it stands for. Only the
 * heuristic's reading; a GET is never read (index.ts).
 */
import type { ParsedBody } from '../types';

/** At most this many query parameters are read. */
const QUERY_FIELDS_READ = 50;

/** The query string as a form body: each name's first value, in order. */
export function queryAsBody(url: URL): ParsedBody {
  const fields = new Map<string, string>();
  let n = 0;
  for (const [name, value] of url.searchParams) {
    if (++n > QUERY_FIELDS_READ) break;
    if (!fields.has(name)) fields.set(name, value);
  }
  return { type: 'form', fields };
}
