/**
 * A request with no body whose words ride in its query string (Trello's
 * PUT /1/actions/{id}/text?value=…, a bot's POST …/sendMessage?chat_id=…&text=…,
 * as the Mastodon and Weibo adapters read their statuses from the query
 * string): the query string read as the form body it stands for. Only the
 * heuristic's reading; a GET is never read (index.ts).
 *
 * Beacons are sent the same way: Matomo's tracker (js/piwik.js
 * sendPostRequestViaSendBeacon) sends an empty Blob and puts a request of up
 * to 2,000 characters in the query string (`action_name`, `e_n`, `url`), and
 * Google's error beacon (/gen_204?emsg=…&jsst=…) sends '' beside the error.
 * So only parameters named for the words a person writes are read as text;
 * the others are kept only when they are short ids (for the kind: `chat_id`,
 * `reply_to`), never as words. A tracker's path is not watched (watches.ts,
 * TRACKER_PATH) and a telemetry host's query string, on the site's own
 * domain (stats.{site}/…), is not read.
 */
import type { ParsedBody } from '../types';
import { nameWords } from './names';
import { TELEMETRY_HOST } from './telemetry';

/** At most this many query parameters are read. */
const QUERY_FIELDS_READ = 50;
/**
 * Only parameters named for words a person writes are read as text: a
 * beacon sent with an empty body (sendBeacon) carries the page's title,
 * address, event names and errors in its query string (`dt`, `title`,
 * `action_name`, `e_n`, `emsg`, `url`), which read like prose and are not a
 * post. A name is read by its words, the last one (after any bracket or dot)
 * saying what the value is: Flickr's `comment_text`, `commentText`,
 * `message_text`, `comment[body]`, `post`, `description` (second review of
 * rounds u4 and r9: exact names dropped Flickr's addComment); `value` and
 * `status` only whole, and never a name with a word of a beacon's fields
 * (`error_message`, `page_description`, `event_value`, `search_text`).
 * `html` only whole (Confluence Data Center's …/comment?html=…), and never
 * sent to a pixel or beacon: heatmap and session tools send a clicked
 * element's markup as `element_html`, `outer_html` or `html` to an image or
 * beacon path on every click (o1 review, D1).
 */
const QUERY_TEXT_LAST_WORD = new Set([
  'text', 'message', 'msg', 'body', 'content', 'comment', 'caption', 'note', 'reply', 'post', 'desc', 'description',
]);
const QUERY_TEXT_WHOLE_NAME = /^(?:value|status)$/i;
const BEACON_NAME_WORDS = new Set([
  'error', 'err', 'exception', 'stack', 'event', 'page', 'action', 'url', 'uri', 'title', 'referrer', 'search', 'query',
  'log', 'debug',
]);
/** A pixel's or beacon's last segment: an image file, or named for one or for what beacons log (BEACON_NAME_WORDS). */
const PIXEL_FILE = /\.(?:gif|png|jpe?g|webp|bmp|ico)$/i;
const PIXEL_WORDS = new Set(['pixel', 'px', 'beacon', 'collect', 'track', 'tracking', 'hit', 'click', 'clicks', 'impression', 'events', 'logs', 'i']);
function pixelPath(path: string): boolean {
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return PIXEL_FILE.test(last) || nameWords(last).some((w) => PIXEL_WORDS.has(w) || BEACON_NAME_WORDS.has(w));
}
function queryTextName(name: string, path: string): boolean {
  if (QUERY_TEXT_WHOLE_NAME.test(name)) return true;
  if (/^html$/i.test(name)) return !pixelPath(path);
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last !== undefined && QUERY_TEXT_LAST_WORD.has(last) && !words.some((w) => BEACON_NAME_WORDS.has(w));
}
/** Other parameters are kept only as ids (no spaces, no sentence): what they name may say the kind. */
const QUERY_ID_VALUE = /^[\w.:@+-]{1,64}$/;

/** The query string as a form body: each name's first value, in order. */
export function queryAsBody(url: URL): ParsedBody {
  if (TELEMETRY_HOST.test(url.hostname)) return { type: 'none' };
  const fields = new Map<string, string>();
  let n = 0;
  for (const [name, value] of url.searchParams) {
    if (++n > QUERY_FIELDS_READ) break;
    if (fields.has(name)) continue;
    if (queryTextName(name, url.pathname) || QUERY_ID_VALUE.test(value)) fields.set(name, value);
  }
  return { type: 'form', fields };
}
