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
/**
 * Only parameters named for words a person writes are read as text: a
 * beacon sent with an empty body (sendBeacon) carries the page's title and
 * address in its query string (`dt`, `title`, `page_title`, `url`), which
 * read like prose and are not a post. The others are kept for what they
 * name (ids, `chat_id`, `reply_to`) when they are short.
 */
const QUERY_TEXT_NAME = /^(?:text|message|msg|body|content|comment|value|status|caption|note|reply)$/i;
const QUERY_OTHER_MAX = 64;

/** The query string as a form body: each name's first value, in order. */
export function queryAsBody(url: URL): ParsedBody {
  const fields = new Map<string, string>();
  let n = 0;
  for (const [name, value] of url.searchParams) {
    if (++n > QUERY_FIELDS_READ) break;
    if (fields.has(name)) continue;
    if (QUERY_TEXT_NAME.test(name) || value.length <= QUERY_OTHER_MAX) fields.set(name, value);
  }
  return { type: 'form', fields };
}
