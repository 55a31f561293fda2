/**
 * Background traffic a page sends while a person reads, which is not
 * watched (watches.ts, cross-site.ts) or not held (index.ts): a Sentry
 * ingestion path or envelope, first-party ad auctions (AD_AUCTION_PATH),
 * event sinks (EVENT_SINK_PATH), trackers' endpoints (TRACKER_PATH), paywall decisions (PAYWALL_PATH),
 * telemetry hosts. Each rule names the
 * service's own segments, never a word that a slug, group or category may
 * contain. A telemetry SDK's transport in the query string
 * (telemetryTransport) only marks an unreadable batch as telemetry
 * (unreadable.ts): a readable body there is read as any other.
 */
import { isRecord } from '../body';

/**
 * Header-bidding auctions on a site's own host (Prebid Server's /openrtb2/auction, /amp and /video,
 * docs.prebid.org): an ad request whose first-party data can carry an article's summary. Only the auction's
 * own segments: a forum category or group named `prebid` is still watched.
 */
export const AD_AUCTION_PATH = /(?:^|\/)(?:openrtb2?|prebid)\/(?:auction|amp|video)\/?$/i;
/**
 * An event sink named `firehose` (Substack's /api/v1/firehose and /firehose/batch, on any of its publications'
 * domains): its events carry a post's title. Only as the sink's own last segments: `/groups/firehose-fans/posts`
 * is watched. LaunchDarkly's event recorder (`/events/bulk/{key}`, `/events/diagnostic/{key}`): flag evaluations
 * and custom events whose data may hold a draft's words.
 */
export const EVENT_SINK_PATH = /(?:^|\/)firehose(?:\/(?:batch|events?))?\/?$|(?:^|\/)events\/(?:bulk|diagnostic)(?:\/[\w-]{1,80})?\/?$/i;
/**
 * Trackers' own endpoints, on a site's host or its stats host: Matomo's (js/piwik.js posts to `matomo.php` or
 * `piwik.php`, wherever the site installed it: /matomo/, /wp-content/plugins/matomo/app/; the WordPress plugin's
 * REST route /wp-json/matomo/v1/hit/), Adobe Analytics' image request `/b/ss/{report suite}/…`, and Google's
 * `gen_204` beacons (search's error and click logging). Their query strings carry the page's title, event names
 * and errors; nothing sent there is published.
 */
export const TRACKER_PATH = /(?:^|\/)(?:matomo|piwik)\.php$|(?:^|\/)wp-json\/matomo\/v\d+\/hit\/?$|(?:^|\/)b\/ss\/|(?:^|\/)gen_204\/?$/i;
/**
 * A paywall's or meter's decision on a news site (round q3): Zephr's `/zephr/decision-engine` (its browser SDK
 * sends the feature, the path and custom data such as the headline) and Piano Composer's
 * `/xbuilder/experience/{execute|load|log}` (the article's URL, tags, author and section). Nothing sent there is
 * published.
 */
export const PAYWALL_PATH = /(?:^|\/)decision-engine\/?$|(?:^|\/)xbuilder\/experience\/(?:execute|load|log)\/?$/i;
/** Hosts that collect telemetry (errors, events, metrics, logs): never a comment widget or chat service. */
export const TELEMETRY_HOST = /^(?:[\w-]+\.)*?(?:events?|errors?|telemetry|analytics|metrics|logs?|collect(?:or)?|track(?:ing|er)?|ingest|beacon|stats|rum|sentry)[.-]/i;

/**
 * A telemetry SDK's transport named in the query string, whatever the path
 * (a site's own proxy for it): Datadog's proxy parameter `ddforward`, or the
 * intake's own `dd-api-key` and `dd-evp-origin` that its function-form proxy
 * passes on (docs.datadoghq.com RUM proxy guide, browser-sdk), Sentry's
 * `sentry_key` (store and envelope endpoints, tunnels that keep it), and
 * PostHog's `compression=gzip-js` or `base64` (posthog-js; its reverse-proxy
 * guides put /ingest on the site's own host), and Statsig's (STATSIG_KEY). No
 * request that publishes words carries them; an unreadable body beside them
 * is a telemetry batch.
 */
export function telemetryTransport(url: URL): boolean {
  const q = url.searchParams;
  if (q.has('ddforward') || q.has('sentry_key') || q.has('dd-api-key') || q.has('dd-evp-origin')) return true;
  if (statsigTransport(q)) return true;
  const compression = q.get('compression');
  return compression !== null && /^(?:gzip-js|base64)$/i.test(compression);
}

/**
 * Statsig's client SDKs (statsig-io js-client-monorepo, client-core's
 * NetworkCore) put the client key, SDK type and version in the query string
 * of every request they send, to statsig's hosts or through a site's own
 * proxy (/v1/rgstr, /v1/log_event, /v1/initialize, gzipped with `gz=1`):
 * `k=client-…`, `st` (`javascript-client`, `react-native-client`…) and `sv`.
 * Only all three together: a `k` alone is any site's parameter.
 */
const STATSIG_KEY = /^client-[\w-]{1,100}$/;
function statsigTransport(q: URLSearchParams): boolean {
  const key = q.get('k');
  return key !== null && STATSIG_KEY.test(key) && /^[a-z][\w-]{0,40}$/i.test(q.get('st') ?? '') && /^\d+\.\d+/.test(q.get('sv') ?? '');
}

/**
 * Sentry's ingestion paths, on its hosts or a site's own proxy: `/api/{project}/store/` (an event's JSON, the
 * exception's words in it) and `/api/{project}/envelope/` (develop.sentry.dev/sdk/store, /sdk/envelopes).
 */
export const SENTRY_INGEST_PATH = /(?:^|\/)api\/\d{1,20}\/(?:store|envelope)\/?$/i;

/**
 * A body that opens with a Sentry envelope header
 * (develop.sentry.dev/sdk/envelopes: a first line of JSON with `event_id` or
 * `sent_at`, and `dsn` or `sdk`), sent to a site's tunnel route (Sentry's
 * `tunnel` option, Next.js's `/monitoring`): an error or replay report,
 * whose later items may be compressed bytes.
 */
export function telemetryEnvelope(body: string | undefined): boolean {
  if (body === undefined || body[0] !== '{') return false;
  const end = body.indexOf('\n');
  if (end < 0 || end > 4000) return false;
  let header: unknown;
  try {
    header = JSON.parse(body.slice(0, end));
  } catch {
    return false;
  }
  return isRecord(header) && ('event_id' in header || 'sent_at' in header) && ('dsn' in header || 'sdk' in header);
}
