/**
 * Requests of a page already shown that fail at the identity's proxy become
 * one notice per outage, heard through the session's webRequest hub beside
 * the post guard (one Electron listener per event and session).
 */
import { describe, expect, it, vi } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network';
import { installPostGuard, type HookGuard } from '../../../electron/main/session/post-guard-hook';
import { watchProxyFailures } from '../../../electron/main/session/proxy-failure-watch';
import { webRequestHub } from '../../../electron/main/session/web-request-hub';
import { partitionFor } from '../../../electron/main/session/partition';
import { createElectron } from '../../support/electron';

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const HTTP: NetworkSettings = { mode: 'http', host: '127.0.0.1', port: 8080 };
const DOWN = "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.";

function identitySession() {
  const session = createElectron().session.fromPartition(partitionFor(ID));
  const check = vi.fn<HookGuard['check']>(() => Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' }));
  // The post guard owns onBeforeRequest and listens to onErrorOccurred/onCompleted through the same hub.
  installPostGuard(session.webRequest, {
    identityId: ID,
    guard: { bodyNeed: () => ({ need: 'all', maxChars: 1_000 }), check, settled: vi.fn(), reportNotHeld: vi.fn() },
  });
  const reports: Array<{ message: string; url: string }> = [];
  const stop = watchProxyFailures(webRequestHub(session.webRequest), {
    identityName: () => 'Professional',
    settings: () => HTTP,
    report: (failure) => reports.push(failure),
  });
  const xhr = (url: string) => session.webRequest.request({ method: 'GET', url, resourceType: 'xhr' });
  return { session, reports, stop, xhr };
}

describe('requests of a page already shown that fail at the proxy', () => {
  it('are reported once per outage, beside the post guard on the same session', () => {
    const { session, reports, xhr } = identitySession();
    expect(session.webRequest.listenerCount('onErrorOccurred')).toBe(1);
    expect(session.webRequest.listenerCount('onBeforeRequest')).toBe(1);

    xhr('https://www.linkedin.com/voyager/api/feed').fail('net::ERR_PROXY_CONNECTION_FAILED');
    xhr('https://www.linkedin.com/voyager/api/me').fail('net::ERR_PROXY_CONNECTION_FAILED');
    expect(reports).toEqual([{ message: DOWN, url: 'https://www.linkedin.com/voyager/api/feed' }]);

    // Through again, then down again: a new outage, a new notice.
    xhr('https://www.linkedin.com/voyager/api/feed').complete();
    xhr('https://www.linkedin.com/voyager/api/feed').fail('net::ERR_TUNNEL_CONNECTION_FAILED');
    expect(reports).toHaveLength(2);
    expect(reports[1]!.message).toBe("Professional's proxy at 127.0.0.1:8080 refused the connection: nothing was sent.");
  });

  it('leave the page\'s own load to did-fail-load, and other errors to the site', () => {
    const { session, reports, xhr } = identitySession();
    session.webRequest.request({ method: 'GET', url: 'https://www.linkedin.com/feed/', resourceType: 'mainFrame' }).fail('net::ERR_PROXY_CONNECTION_FAILED');
    xhr('https://nowhere.invalid/').fail('net::ERR_NAME_NOT_RESOLVED');
    expect(reports).toEqual([]);
  });

  it('stop when asked, and the guard keeps its own listeners', () => {
    const { session, reports, stop, xhr } = identitySession();
    stop();
    xhr('https://www.linkedin.com/voyager/api/feed').fail('net::ERR_PROXY_CONNECTION_FAILED');
    expect(reports).toEqual([]);
    expect(session.webRequest.listenerCount('onErrorOccurred')).toBe(1);
  });
});
