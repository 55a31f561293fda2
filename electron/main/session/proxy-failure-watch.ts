import { proxyFailureMessage, proxyFailureOf, type NetworkSettings } from '../../../shared/domain/network';
import type { WebRequestHub } from './web-request-hub';

/**
 * Requests of pages already shown that fail at the identity's proxy: a
 * single-page site's own fetch and XHR (every post, every click), its
 * subframes, images and service worker. A page's own load failing is
 * did-fail-load's (site-network.ts, drawn over the site area); these leave the
 * page up, so the chrome says it in a notice. They are heard through the
 * session's webRequest hub (one Electron listener per event and session,
 * web-request-hub.ts), beside the post guard's listeners.
 *
 * One notice per outage: after a report, the next one comes only once a
 * request of the identity went through the network again (onCompleted, not
 * from the cache), so a dead proxy is one sentence, not one per request.
 * (docs/api/web-request.md: onErrorOccurred `error`, `resourceType`;
 * onCompleted `fromCache`.)
 */
export function watchProxyFailures(
  hub: Pick<WebRequestHub, 'on'>,
  deps: {
    identityName(): string;
    settings(): NetworkSettings;
    report(failure: { message: string; url: string }): void;
  },
): () => void {
  let reported = false;
  const offError = hub.on('onErrorOccurred', (details) => {
    if (reported || details.resourceType === 'mainFrame') return;
    const failure = proxyFailureOf(details.error);
    if (!failure) return;
    reported = true;
    deps.report({ message: proxyFailureMessage(deps.identityName(), deps.settings(), failure), url: details.url });
  });
  const offCompleted = hub.on('onCompleted', (details) => {
    if (!details.fromCache) reported = false;
  });
  return () => {
    offError();
    offCompleted();
  };
}
