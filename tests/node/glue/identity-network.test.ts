import { describe, expect, it, vi } from 'vitest';
import { electronProxyConfig, type NetworkSettings } from '../../../shared/domain/network';
import { IdentityNetworkGate, spellcheckerDefault } from '../../../electron/main/session/identity-network';
import { partitionFor } from '../../../electron/main/session/partition';
import { loadThroughNetwork, wireSiteNetwork } from '../../../electron/main/windows/site-network';
import { answerProxyLoginsWithoutPage } from '../../../electron/main/session/proxy-login-without-page';
import { loadForPage, routeNavigations, routeWindowOpen } from '../../../electron/main/windows/link-routing-hook';
import { createElectron, FakeEvent, type FakeSession, type FakeWebContents } from '../../support/electron';

// The per-identity network glue on the shared Electron doubles (tests/support/electron),
// whose session models setProxy's late application, Chromium's implicit loopback
// bypass and proxy answers, and whose pages model WebRTC policy and `login`.

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const HTTP: NetworkSettings = { mode: 'http', host: '127.0.0.1', port: 8080, auth: true };
const SOCKS: NetworkSettings = { mode: 'socks5', host: '127.0.0.1', port: 1080 };
const ELECTRON_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';

function identity() {
  const electron = createElectron();
  const session = electron.session.fromPartition(partitionFor(ID));
  const view = new electron.WebContentsView({ webPreferences: { partition: partitionFor(ID), sandbox: true } });
  return { electron, session, page: view.webContents };
}

/** What the session's network service does for `url` at the moment a page starts loading it. */
function answersAtLoad(page: FakeWebContents, session: FakeSession): Array<Promise<string>> {
  const seen: Array<Promise<string>> = [];
  const original = page.loadURL.bind(page);
  page.loadURL = (url, options) => {
    seen.push(session.resolveProxy(url));
    return original(url, options);
  };
  return seen;
}

describe('the proxy is in place before the first view loads', () => {
  it('a view waiting on the gate loads only once the session answers with the identity\'s proxy', async () => {
    const { session, page } = identity();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    const seen = answersAtLoad(page, session);
    void gate.apply(HTTP, 'Professional');
    const loading = loadThroughNetwork(page, () => void page.loadURL('http://127.0.0.1:9000/'), () => gate.ready(), () => undefined);
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Local');
    await loading;
    expect(page.loads.map((l) => l.url)).toEqual(['http://127.0.0.1:9000/']);
    expect(await Promise.all(seen)).toEqual(['PROXY 127.0.0.1:8080']);
  });

  it('a load that waited on a setting replaced meanwhile waits for the replacement, never loading in between', async () => {
    const { session, page } = identity();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    const seen = answersAtLoad(page, session);
    void gate.apply(HTTP, 'Professional');
    const loading = loadThroughNetwork(page, () => void page.loadURL('https://x.com/home'), () => gate.ready(), () => undefined);
    void gate.apply(SOCKS, 'Professional');
    await loading;
    expect(await Promise.all(seen)).toEqual(['SOCKS5 127.0.0.1:1080']);
  });

  it('without the gate a load right after setProxy resolved would still go DIRECT (the race the gate closes)', async () => {
    const { session, page } = identity();
    const seen = answersAtLoad(page, session);
    await session.setProxy(electronProxyConfig(HTTP));
    void page.loadURL('https://www.linkedin.com/feed/');
    expect(await Promise.all(seen)).toEqual(['DIRECT']);
  });

  it('when the proxy cannot be put in place nothing loads and the chrome is told why', async () => {
    const { session, page } = identity();
    // A session whose network service never takes the new config.
    session.setProxy = () => Promise.resolve();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA, { attempts: 3, waitMs: 1 });
    void gate.apply(SOCKS, 'Personal');
    const blocked: string[] = [];
    await loadThroughNetwork(page, () => void page.loadURL('https://mastodon.social/home'), () => gate.ready(), (m) => blocked.push(m));
    expect(page.loads).toEqual([]);
    expect(blocked).toEqual(['Personal\'s proxy at 127.0.0.1:1080 could not be put in place (Chromium still answers "DIRECT"): nothing was loaded.']);
  });

  it('a setProxy rejection also blocks every load', async () => {
    const { session, page } = identity();
    session.setProxy = () => Promise.reject(new Error('Invalid mode'));
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    void gate.apply(HTTP, 'Professional');
    const blocked: string[] = [];
    await loadThroughNetwork(page, () => void page.loadURL('https://x.com/home'), () => gate.ready(), (m) => blocked.push(m));
    expect(page.loads).toEqual([]);
    expect(blocked).toHaveLength(1);
  });
});

describe('no bypass', () => {
  it('<-loopback> removes Chromium\'s implicit bypass: even loopback and link-local go through the proxy, nothing DIRECT', async () => {
    const { session } = identity();
    await new IdentityNetworkGate(session, ELECTRON_UA).apply(HTTP, 'Professional');
    expect(session.proxyConfigs).toEqual([{ mode: 'fixed_servers', proxyRules: 'http://127.0.0.1:8080', proxyBypassRules: '<-loopback>' }]);
    for (const url of ['https://www.linkedin.com/', 'http://localhost:3000/', 'http://127.0.0.1:9000/', 'http://[::1]:80/', 'http://169.254.1.1/']) {
      expect(await session.resolveProxy(url), url).toBe('PROXY 127.0.0.1:8080');
    }
  });

  it('control: the same proxy without <-loopback> would send loopback DIRECT (what the doubles model from Chromium)', async () => {
    const { session } = identity();
    await session.setProxy({ mode: 'fixed_servers', proxyRules: 'http://127.0.0.1:8080' });
    await new Promise((r) => setTimeout(r, 5));
    expect(await session.resolveProxy('http://127.0.0.1:9000/')).toBe('DIRECT');
    await session.setProxy({ mode: 'fixed_servers', proxyRules: 'http://127.0.0.1:8080,direct://', proxyBypassRules: '<-loopback>' });
    await new Promise((r) => setTimeout(r, 5));
    expect(await session.resolveProxy('https://x.com/')).toBe('PROXY 127.0.0.1:8080; DIRECT');
  });

  it('re-applying closes pooled connections that used the previous proxy', async () => {
    const { session } = identity();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    await gate.apply(HTTP, 'Professional');
    await gate.apply(SOCKS, 'Professional');
    expect(session.closeAllConnectionsCalls).toBe(2);
    expect(await session.resolveProxy('https://x.com/')).toBe('SOCKS5 127.0.0.1:1080');
  });
});

describe('traits', () => {
  it('user agent without Electron/Hatstand, Accept-Language and spellchecker languages (unknown ones left out)', async () => {
    const { session } = identity();
    await new IdentityNetworkGate(session, ELECTRON_UA).apply(
      { mode: 'direct', acceptLanguages: ['en-GB', 'en'], spellcheckLanguages: ['en-GB', 'xx-YY'] },
      'Professional',
    );
    expect(session.getUserAgent()).toBe('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36');
    expect(session.acceptLanguages).toBe('en-GB,en');
    expect(session.getSpellCheckerLanguages()).toEqual(['en-GB']);
  });

  it('spellchecker languages go back to the locale\u2019s when the identity no longer names any (the session keeps the last ones)', async () => {
    const { session } = identity();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA, { locale: 'en-IE' });
    await gate.apply({ mode: 'direct', spellcheckLanguages: ['de'] }, 'Professional');
    expect(session.getSpellCheckerLanguages()).toEqual(['de']);
    await gate.apply({ mode: 'direct' }, 'Professional');
    expect(session.getSpellCheckerLanguages()).toEqual(['en-GB']); // (en-IE has no dictionary here; the first English one)
    expect(spellcheckerDefault('fr-CA', ['de', 'en-GB', 'fr'])).toEqual(['fr']);
    expect(spellcheckerDefault('ja-JP', ['de', 'en-GB', 'fr'])).toEqual([]);
  });

  it('an identity\'s own user agent replaces the default', async () => {
    const { session } = identity();
    await new IdentityNetworkGate(session, ELECTRON_UA).apply({ mode: 'direct', userAgent: 'Mozilla/5.0 Custom' }, 'Personal');
    expect(session.getUserAgent()).toBe('Mozilla/5.0 Custom');
  });

  it('gives the session the locale\'s languages again once the identity names none (Electron keeps the last ones set)', async () => {
    const { session } = identity();
    const gate = new IdentityNetworkGate(session, ELECTRON_UA, { locale: 'en-GB' });
    await gate.apply({ mode: 'direct', acceptLanguages: ['fr', 'en'] }, 'Personal');
    expect(session.acceptLanguages).toBe('fr,en');
    await gate.apply({ mode: 'direct' }, 'Personal');
    expect(session.acceptLanguages).toBe('en-GB');
  });

  it('is the session\'s at once, before the proxy is in place: a page takes its session\'s only when it is made', () => {
    const { session } = identity();
    void new IdentityNetworkGate(session, ELECTRON_UA).apply({ ...SOCKS, userAgent: 'Mozilla/5.0 Custom' }, 'Personal');
    expect(session.getUserAgent()).toBe('Mozilla/5.0 Custom');
  });
});

describe('each site view', () => {
  const deps = (settings: NetworkSettings, failures: unknown[] = []) => ({
    identityName: () => 'Professional',
    settings: () => settings,
    userAgent: () => 'Mozilla/5.0 (Professional)',
    credentials: async () => ({ username: 'pro', password: 'pw-from-keychain' }),
    onProxyFailure: (f: unknown) => void failures.push(f),
  });

  it('gets a WebRTC policy that exposes no local or real address', () => {
    const a = identity().page;
    wireSiteNetwork(a, deps(HTTP));
    expect(a.getWebRTCIPHandlingPolicy()).toBe('disable_non_proxied_udp');
    const b = identity().page;
    wireSiteNetwork(b, deps({ mode: 'direct' }));
    expect(b.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
  });

  it('with the system\'s settings, shows the public address to WebRTC only while the system sends the pages DIRECT', async () => {
    const { session, page } = identity();
    await session.setProxy({ mode: 'system' });
    await new Promise((r) => setTimeout(r, 1));
    session.systemProxyAnswer = 'PROXY corp.example:8080';
    const systemProxy = (url: string) => session.resolveProxy(url);
    wireSiteNetwork(page, { ...deps({ mode: 'system' }), systemProxy });
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    // The proxy switched off in the system: the next page the view loads may use the public interface, once committed.
    session.systemProxyAnswer = 'DIRECT';
    void page.loadURL('https://meet.example.org/').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    page.finishLoad('Meet');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
    // And on again: a page loaded then keeps WebRTC to it, as it does while the answer is not known yet.
    session.systemProxyAnswer = 'PROXY corp.example:8080';
    void page.loadURL('https://meet.example.org/').catch(() => undefined);
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    page.finishLoad('Meet');
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(false);
  });

  it('with a system PAC file that proxies only some sites: WebRTC on those sites stays to the proxy, though a public address goes DIRECT', async () => {
    const { session, page } = identity();
    await session.setProxy({ mode: 'system' });
    await new Promise((r) => setTimeout(r, 1));
    session.systemProxyAnswer = (url) => (/^https:\/\/(x\.com|www\.linkedin\.com)\//.test(url) ? 'PROXY corp.example:8080' : 'DIRECT');
    wireSiteNetwork(page, { ...deps({ mode: 'system' }), systemProxy: (url: string) => session.resolveProxy(url) });
    void page.loadURL('https://x.com/home').catch(() => undefined);
    page.finishLoad('X');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    void page.loadURL('https://meet.example.org/').catch(() => undefined);
    page.finishLoad('Meet');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(true);
    // Back to a proxied site: held to the proxy at once, from the navigation's start, before the answer.
    void page.loadURL('https://www.linkedin.com/feed/').catch(() => undefined);
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    page.finishLoad('Feed');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.webRtcShowsPublicAddress()).toBe(false);
  });

  it('with the system\'s settings sending the page DIRECT, a frame of the page loading later does not take WebRTC\'s UDP away meanwhile', async () => {
    const { session, page } = identity();
    await session.setProxy({ mode: 'system' });
    await new Promise((r) => setTimeout(r, 1));
    wireSiteNetwork(page, { ...deps({ mode: 'system' }), systemProxy: (url: string) => session.resolveProxy(url) });
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
    page.frameNavigates('https://player.example.net/embed/1');
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
    await new Promise((r) => setTimeout(r, 1));
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
  });

  /** A page under the system's settings whose PAC file proxies x.com and www.linkedin.com and sends the rest DIRECT. */
  async function pacPage() {
    const { session, page } = identity();
    await session.setProxy({ mode: 'system' });
    await new Promise((r) => setTimeout(r, 1));
    session.systemProxyAnswer = (url) => (/^https:\/\/(x\.com|www\.linkedin\.com)\//.test(url) ? 'PROXY corp.example:8080' : 'DIRECT');
    wireSiteNetwork(page, { ...deps({ mode: 'system' }), systemProxy: (url: string) => session.resolveProxy(url) });
    return { session, page };
  }
  const settle = () => new Promise((r) => setTimeout(r, 1));

  it('with a system PAC file, a direct shortener that the server redirects to a proxied site leaves WebRTC to the proxy there, in flight and once committed', async () => {
    // (A redirect emits did-redirect-navigation, never did-start-navigation again: electron_api_web_contents.cc,
    // DidRedirectNavigation; electron_navigation_throttle.cc, WillRedirectRequest.)
    const { page } = await pacPage();
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(true);
    expect(page.pageNavigates('https://bit.ly/3xYz')).toBe(true);
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    expect(page.redirectNavigation('https://x.com/ada/status/1')).toBe(true);
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    page.finishLoad('Ada on X');
    await settle();
    expect(page.getURL()).toBe('https://x.com/ada/status/1');
    expect(page.webRtcShowsPublicAddress()).toBe(false);
  });

  it('with a system PAC file, a link of a proxied page that routing takes elsewhere does not open WebRTC there', async () => {
    // (did-start-navigation is emitted before the cancellable will-frame-navigate/will-navigate: docs/api/web-contents.md,
    // "Document Navigations"; Chromium's DidStartNavigation precedes its throttles' WillStartRequest.)
    const { page } = await pacPage();
    routeNavigations(page, (url) => new URL(url).hostname === 'meet.example.org');
    void page.loadURL('https://x.com/home').catch(() => undefined);
    page.finishLoad('X');
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    expect(page.pageNavigates('https://meet.example.org/room')).toBe(false);
    await settle();
    expect(page.getURL()).toBe('https://x.com/home');
    expect(page.webRtcShowsPublicAddress()).toBe(false);
  });

  it('with a system PAC file, a link of a direct page that routing takes elsewhere gives the page shown its own answer back once loading stops', async () => {
    // (The navigation is held to the proxy from its start; prevented at will-navigate, it is cancelled and commits nothing,
    // and the page, loading nothing else, stops loading: did-stop-loading, Chromium's, see the doubles' pageNavigates.)
    const { page } = await pacPage();
    routeNavigations(page, (url) => new URL(url).hostname === 'x.com');
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(true);
    expect(page.pageNavigates('https://x.com/ada')).toBe(false);
    await settle();
    expect(page.getURL()).toBe('https://meet.example.org/room');
    expect(page.webRtcShowsPublicAddress()).toBe(true);
  });

  it('with a system PAC file, a navigation cancelled at a redirect gives the page shown its own answer back once loading stops', async () => {
    // (A prevented will-redirect cancels the whole navigation, which commits nothing: docs/api/web-contents.md, Event:
    // 'will-redirect'; the page's loading then stops: did-stop-loading.)
    const { page } = await pacPage();
    routeNavigations(page, (url) => new URL(url).hostname === 'x.com');
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await settle();
    expect(page.pageNavigates('https://bit.ly/3xYz')).toBe(true);
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    expect(page.redirectNavigation('https://x.com/ada')).toBe(false);
    await settle();
    expect(page.getURL()).toBe('https://meet.example.org/room');
    expect(page.webRtcShowsPublicAddress()).toBe(true);
  });

  it('with the system\'s settings, a mailto: link (no document) leaves a call\'s WebRTC as it is', async () => {
    // (A scheme Chromium loads nothing for starts a navigation, told by did-start-navigation, and commits nothing:
    // electron_navigation_throttle.cc, WillStartRequest; electron_browser_client.cc, HandleExternalProtocol.)
    const { page } = await pacPage();
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await settle();
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
    page.pageNavigates('mailto:ada@example.org');
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
    await settle();
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');
  });

  it('with a system PAC file, an ad\'s fenced frame neither opens WebRTC on a proxied page nor takes a call\'s UDP away', async () => {
    // (Electron tells a fenced frame's navigations isMainFrame true, its did-navigate too: electron_api_web_contents.cc,
    // EmitNavigationEvent and DidFinishNavigation use IsInMainFrame, not IsInPrimaryMainFrame.)
    const { page } = await pacPage();
    void page.loadURL('https://x.com/home').catch(() => undefined);
    page.finishLoad('X');
    await settle();
    page.fencedFrameNavigates('https://ads.example.net/creative/1');
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(false);
    void page.loadURL('https://meet.example.org/room').catch(() => undefined);
    page.finishLoad('Meet');
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(true);
    page.fencedFrameNavigates('https://x.com/ads/creative/2');
    expect(page.webRtcShowsPublicAddress()).toBe(true);
    await settle();
    expect(page.webRtcShowsPublicAddress()).toBe(true);
  });

  it('answers its own proxy\'s login from the keychain, once; anything else is cancelled', async () => {
    const { page } = identity();
    wireSiteNetwork(page, deps(HTTP));
    expect(await page.authenticate({ isProxy: true, host: '127.0.0.1', port: 8080 })).toEqual({ username: 'pro', password: 'pw-from-keychain' });
    // A refused password is not sent again and again.
    expect(await page.authenticate({ isProxy: true, host: '127.0.0.1', port: 8080 }, { firstAuthAttempt: false })).toBe('cancelled');
    // Another proxy (a redirect, a PAC answer) never gets this identity's credentials.
    expect(await page.authenticate({ isProxy: true, host: 'evil.example', port: 8080 })).toBe('cancelled');
    // A site's own HTTP auth is not ours to answer: Electron's default (cancel) applies.
    expect(await page.authenticate({ isProxy: false, host: 'intranet.example', port: 443 })).toBe('cancelled');
  });

  it("answers a WebSocket's handshake too, which Electron never calls a first attempt; a password refused is not sent again until the page loads anew", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { page } = identity();
      const failures: Array<{ message: string }> = [];
      wireSiteNetwork(page, deps(HTTP, failures));
      const proxy = { isProxy: true, host: '127.0.0.1', port: 8080 };
      expect(await page.authenticate(proxy, { url: 'wss://www.linkedin.com/realtime/connect' })).toEqual({ username: 'pro', password: 'pw-from-keychain' });
      // Asked again soon after (the same socket, or one with a fresh session id in its address): the password was
      // refused, and it is not sent again and again, however long the page keeps reconnecting.
      expect(await page.authenticate(proxy, { url: 'wss://www.linkedin.com/realtime/connect?sid=2' })).toBe('cancelled');
      vi.advanceTimersByTime(60_000);
      expect(await page.authenticate(proxy, { url: 'wss://www.linkedin.com/realtime/connect?sid=3' })).toBe('cancelled');
      // An ad's fenced frame that commits is not the page loaded anew (Electron tells it with did-navigate too:
      // electron_api_web_contents.cc, DidFinishNavigation, IsInMainFrame).
      page.fencedFrameNavigates('https://ads.example.net/creative/1');
      expect(await page.authenticate(proxy, { url: 'wss://www.linkedin.com/realtime/connect?sid=4' })).toBe('cancelled');
      // A page loaded anew (a reload once the password was fixed) may try once more.
      void page.loadURL('https://www.linkedin.com/feed/');
      page.finishLoad('LinkedIn');
      expect(await page.authenticate(proxy, { url: 'wss://www.linkedin.com/realtime/connect' })).toMatchObject({ username: 'pro' });
      // A page's refused tunnel afterwards is the proxy's own refusal: no page was refused a password.
      const load = page.loadURL('https://www.linkedin.com/feed/').catch(() => undefined);
      page.failLoad(-111, 'ERR_TUNNEL_CONNECTION_FAILED');
      await load;
      expect(failures.at(-1)!.message).toBe("Professional's proxy at 127.0.0.1:8080 refused the connection: nothing was sent.");
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers its proxy written in capitals or a long IPv6 form as Chromium names it (canonical)', async () => {
    const { page } = identity();
    wireSiteNetwork(page, deps({ mode: 'http', host: 'Proxy.Corp.Example', port: 8080, auth: true }));
    expect(await page.authenticate({ isProxy: true, host: 'proxy.corp.example', port: 8080 })).toEqual({ username: 'pro', password: 'pw-from-keychain' });
    const { page: v6 } = identity();
    wireSiteNetwork(v6, deps({ mode: 'http', host: '2001:0db8:0000:0000:0000:0000:0000:0001', port: 8080, auth: true }));
    expect(await v6.authenticate({ isProxy: true, host: '2001:db8::1', port: 8080 })).toEqual({ username: 'pro', password: 'pw-from-keychain' });
  });

  it('a refused password is told as such, though Chromium fails the tunnel as a refused connection', async () => {
    const { page } = identity();
    const failures: Array<{ message: string }> = [];
    wireSiteNetwork(page, deps(HTTP, failures));
    const load = page.loadURL('https://www.linkedin.com/feed/').catch(() => undefined);
    expect(await page.authenticate({ isProxy: true, host: '127.0.0.1', port: 8080 })).toMatchObject({ username: 'pro' });
    // The proxy asks again: the password was wrong. Hatstand does not send it twice; Chromium gives up the tunnel.
    expect(await page.authenticate({ isProxy: true, host: '127.0.0.1', port: 8080 }, { firstAuthAttempt: false })).toBe('cancelled');
    page.failLoad(-111, 'ERR_TUNNEL_CONNECTION_FAILED');
    await load;
    expect(failures.at(-1)!.message).toBe("Professional's proxy at 127.0.0.1:8080 did not accept the user name and password: nothing was sent. Check them in Settings → Network.");
    // Once: the next refused tunnel is the proxy's own refusal.
    const again = page.loadURL('https://www.linkedin.com/feed/').catch(() => undefined);
    page.failLoad(-111, 'ERR_TUNNEL_CONNECTION_FAILED');
    await again;
    expect(failures.at(-1)!.message).toBe("Professional's proxy at 127.0.0.1:8080 refused the connection: nothing was sent.");
  });

  it('a proxy failure of the page is told to the chrome in one sentence; a later good load clears it', async () => {
    const { page } = identity();
    const failures: unknown[] = [];
    wireSiteNetwork(page, deps(HTTP, failures));
    const first = page.loadURL('https://www.linkedin.com/feed/').catch((e: Error) => e.message);
    page.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    expect(await first).toMatch(/ERR_PROXY_CONNECTION_FAILED/);
    expect(failures).toEqual([
      { message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.", url: 'https://www.linkedin.com/feed/', active: true },
    ]);
    const again = page.loadURL('https://www.linkedin.com/feed/');
    page.finishLoad('LinkedIn');
    await again;
    expect(failures.at(-1)).toMatchObject({ active: false });
    // Other failures are the site's, not the proxy's.
    const other = page.loadURL('https://nowhere.invalid/').catch(() => undefined);
    page.failLoad(-105, 'ERR_NAME_NOT_RESOLVED');
    await other;
    expect(failures).toHaveLength(2);
  });
});

describe('links to another identity\'s site', () => {
  it('a same-tab link is held back when the router takes it, and opens here only when asked to', () => {
    const { page } = identity();
    const opened: Array<() => void> = [];
    routeNavigations(page, (url, openHere) => {
      if (!url.includes('linkedin.com')) return false;
      opened.push(openHere);
      return true;
    });
    expect(page.pageNavigates('https://www.linkedin.com/in/ada')).toBe(false);
    expect(page.loads).toEqual([]);
    expect(page.pageNavigates('https://example.org/')).toBe(true);
    opened[0]!();
    expect(page.loads.map((l) => [l.url, l.by])).toEqual([
      ['https://example.org/', 'page'],
      ['https://www.linkedin.com/in/ada', 'app'],
    ]);
  });

  it('a link followed through a redirect (a shortener, a newsletter\'s tracking address) is asked about before the target commits', async () => {
    const { page } = identity();
    const opened: Array<() => void> = [];
    const asked: string[] = [];
    routeNavigations(page, (url, openHere) => {
      asked.push(url);
      if (!new URL(url).hostname.endsWith('linkedin.com')) return false;
      opened.push(openHere);
      return true;
    });
    expect(page.pageNavigates('https://bit.ly/3xYz')).toBe(true);
    expect(page.redirectNavigation('https://t.example.net/click?u=1')).toBe(true);
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(page.getURL()).toBe('');
    expect(asked).toEqual(['https://bit.ly/3xYz', 'https://t.example.net/click?u=1', 'https://www.linkedin.com/in/ada']);
    // "Here" loads the target; its own redirects, and those of every load main starts, are not asked about again.
    opened[0]!();
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada/')).toBe(true);
    page.finishLoad('Ada');
    await Promise.resolve();
    expect(page.getURL()).toBe('https://www.linkedin.com/in/ada/');
    void page.loadURL('https://lnkd.in/abc').catch(() => undefined);
    expect(page.redirectNavigation('https://www.linkedin.com/feed/')).toBe(true);
    expect(asked).toHaveLength(3);
  });

  it('a redirect to a sign-in provider\'s page is asked about as any page of that site is (a sign-in there would be that site\'s, here)', () => {
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname.endsWith('linkedin.com')));
    expect(page.pageNavigates('https://example.org/login/linkedin')).toBe(true);
    expect(page.redirectNavigation('https://www.linkedin.com/oauth/v2/authorization?client_id=abc')).toBe(false);
    expect(asked).toEqual(['https://example.org/login/linkedin', 'https://www.linkedin.com/oauth/v2/authorization?client_id=abc']);
  });

  it('a modifier-click\'s load keeps its redirects routed while an ad\'s fenced frame starts loading', () => {
    // (A fenced frame's did-start-navigation says isMainFrame true: electron_api_web_contents.cc, EmitNavigationEvent.)
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname.endsWith('linkedin.com')));
    loadForPage(page);
    void page.loadURL('https://www.example.org/redir?to=ada').catch(() => undefined);
    page.fencedFrameNavigates('https://ads.example.net/creative/1', { commit: false });
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(asked).toEqual(['https://www.linkedin.com/in/ada']);
  });

  it('an ad\'s fenced frame going to another identity\'s site is not asked about; the ad navigating the page is', () => {
    // (Electron tells its will-navigate and will-redirect `isMainFrame` true: electron_navigation_throttle.cc,
    // WillStartRequest and WillRedirectRequest; electron_api_web_contents.cc, EmitNavigationEvent: IsInMainFrame.)
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname.endsWith('linkedin.com')));
    void page.loadURL('https://example.org/').catch(() => undefined);
    page.finishLoad('Example');
    expect(page.fencedFrameNavigates('https://www.linkedin.com/ads/creative/1')).toBe(true);
    expect(page.fencedFrameNavigates('https://ads.example.net/click', { redirectTo: 'https://www.linkedin.com/in/ada' })).toBe(true);
    expect(asked).toEqual([]);
    expect(page.loads.map((l) => l.url)).toEqual(['https://example.org/']);
    // (`target="_unfencedTop"`: the page's main frame navigates, though an ad asked.)
    expect(page.pageNavigates('https://www.linkedin.com/in/ada', { by: 'cross-site' })).toBe(false);
    expect(asked).toEqual(['https://www.linkedin.com/in/ada']);
  });

  it('the https load standing for the page\'s http link keeps its redirects routed though an ad\'s fenced frame commits before it starts', () => {
    // (The safety net prevents the http link and calls loadURL with its https version. With a beforeunload handler on the
    // page, Electron keeps the load pending (electron_api_web_contents.cc, LoadURL: pending_unload_url_) and Chromium
    // starts it only once the renderer answered (Chromium's Navigator, not in the mirror): here the load starts late.
    // Meanwhile an ad's fenced frame may commit, and Electron tells its commit by did-navigate too: DidFinishNavigation,
    // IsInMainFrame.)
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname.endsWith('linkedin.com')));
    const upgrades: string[] = [];
    page.on('will-navigate', (event: FakeEvent, url: string) => {
      if (!url.startsWith('http:')) return;
      event.preventDefault();
      upgrades.push(url.replace(/^http:/, 'https:'));
    });
    void page.loadURL('https://news.example.org/').catch(() => undefined);
    page.finishLoad('News');
    expect(page.pageNavigates('http://t.example.net/click?u=1')).toBe(false);
    expect(page.fencedFrameNavigates('https://ads.example.net/creative/1')).toBe(true);
    // (Nor does a failure of the page's document still loading its body end the wait: it is not the link's address.)
    const { processId, routingId } = page.mainFrame;
    page.emit('did-fail-load', new FakeEvent(), -101, 'ERR_CONNECTION_RESET', 'https://news.example.org/', true, processId, routingId);
    void page.loadURL(upgrades[0]!).catch(() => undefined);
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(asked).toEqual(['http://t.example.net/click?u=1', 'https://www.linkedin.com/in/ada']);
  });

  it('an http link let through that fails leaves no mark: a later reload\'s redirect is not asked about, as any reload\'s', () => {
    // (Its error page is told by did-fail-load at its address, with the page's main frame's ids: electron_api_web_contents.cc,
    // DidFinishNavigation. A reload of ours has no initiator: its redirects are not routed.)
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname === 'accounts.other.example'));
    void page.loadURL('https://a.example/').catch(() => undefined);
    page.finishLoad('A');
    expect(page.pageNavigates('http://b.example/')).toBe(true);
    page.failLoad(-105, 'ERR_NAME_NOT_RESOLVED');
    asked.length = 0;
    page.reload();
    expect(page.redirectNavigation('https://accounts.other.example/login')).toBe(true);
    expect(asked).toEqual([]);
  });

  it('a modifier-click\'s load is known as the page\'s though Chromium writes its address otherwise (%7E as ~)', () => {
    // (The navigation's url is Chromium's canonical GURL: electron_api_web_contents.cc, EmitNavigationEvent,
    // navigation_handle->GetURL(); Chromium decodes an escaped unreserved character in a path, WHATWG URL does not.)
    const { page } = identity();
    const asked: string[] = [];
    routeNavigations(page, (url) => (asked.push(url), new URL(url).hostname.endsWith('linkedin.com')));
    loadForPage(page);
    void page.loadURL('https://www.example.org/%7Eada/out?to=profile').catch(() => undefined);
    expect(page.loads.map((l) => l.url)).toEqual(['https://www.example.org/~ada/out?to=profile']);
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(asked).toEqual(['https://www.linkedin.com/in/ada']);
  });

  it('window.open and modifier clicks to it are denied to the page while the router asks', () => {
    const { page } = identity();
    const taken: string[] = [];
    const route = (url: string) => (url.includes('linkedin.com') ? (taken.push(url), true) : false);
    page.setWindowOpenHandler(({ url }) => (routeWindowOpen(url, route, () => undefined) ? { action: 'deny' } : { action: 'allow' }));
    expect(page.windowOpen('https://www.linkedin.com/in/ada').outcome).toBe('denied');
    expect(page.openFromLink('https://www.linkedin.com/jobs', { disposition: 'foreground-tab' }).outcome).toBe('denied');
    expect(taken).toEqual(['https://www.linkedin.com/in/ada', 'https://www.linkedin.com/jobs']);
  });
});

describe('a PAC file', () => {
  it('is applied as pac_script; an answer that lets one of the identity\'s sites fall back to DIRECT blocks every load', async () => {
    const { session, page } = identity();
    session.pacAnswer = 'PROXY 127.0.0.1:3128; DIRECT';
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    void gate.apply({ mode: 'pac', pacUrl: 'http://127.0.0.1:9/proxy.pac' }, 'Professional', ['https://www.linkedin.com/feed/']);
    const blocked: string[] = [];
    await loadThroughNetwork(page, () => void page.loadURL('https://www.linkedin.com/feed/'), () => gate.ready(), (m) => blocked.push(m));
    // A refusing sentinel first (so nothing can go direct while the PAC file is being taken up), then the PAC file, and,
    // the file refused, the sentinel again: pages already running and main's API clients cannot go direct either.
    expect(session.proxyConfigs).toEqual([
      { mode: 'fixed_servers', proxyRules: 'http://127.0.0.1:9', proxyBypassRules: '<-loopback>' },
      { mode: 'pac_script', pacScript: 'http://127.0.0.1:9/proxy.pac' },
      { mode: 'fixed_servers', proxyRules: 'http://127.0.0.1:9', proxyBypassRules: '<-loopback>' },
    ]);
    await new Promise((r) => setTimeout(r, 5));
    expect(await session.resolveProxy('https://www.linkedin.com/feed/')).toBe('PROXY 127.0.0.1:9');
    expect(page.loads).toEqual([]);
    expect(blocked).toEqual([
      "Professional's PAC file lets www.linkedin.com fall back to a direct connection, so Hatstand loads nothing; remove DIRECT from its answer for www.linkedin.com.",
    ]);
  });

  it('one that cannot be fetched blocks too (pac_mandatory); one that names only a proxy lets pages load', async () => {
    const { session } = identity();
    session.pacAnswer = new Error('net::ERR_PAC_SCRIPT_FAILED');
    const gate = new IdentityNetworkGate(session, ELECTRON_UA);
    await expect(gate.apply({ mode: 'pac', pacUrl: 'http://127.0.0.1:9/p.pac' }, 'Personal', ['https://x.com/'])).rejects.toThrow(
      "Personal's PAC file at http://127.0.0.1:9/p.pac could not be loaded or run: nothing was loaded.",
    );
    session.pacAnswer = 'SOCKS5 127.0.0.1:1080';
    await expect(gate.apply({ mode: 'pac', pacUrl: 'http://127.0.0.1:9/p.pac' }, 'Personal', ['https://x.com/'])).resolves.toBeUndefined();
  });
});

describe('a proxy login for a request no page made (a service worker)', () => {
  const PRO = 'pro-id';
  const OTHER = 'other-id';
  /** `resolved`: what the sessions of identities on system settings or a PAC file send the request through. */
  function answering(settings: Record<string, NetworkSettings>, resolved: Record<string, string | Error> = {}) {
    const electron = createElectron();
    answerProxyLoginsWithoutPage(electron.app, {
      identityIds: () => Object.keys(settings),
      settings: (id) => settings[id]!,
      credentials: async (id) => ({ username: id, password: `pw-of-${id}` }),
      resolveProxy: async (id) => {
        const answer = resolved[id] ?? 'DIRECT';
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    return electron.app;
  }

  it('is answered for the one identity behind that proxy, on the first attempt only', async () => {
    const app = answering({ [PRO]: { mode: 'http', host: 'Proxy.Corp.Example', port: 8080, auth: true }, [OTHER]: SOCKS });
    expect(await app.authenticateWithoutPage({ isProxy: true, host: 'proxy.corp.example', port: 8080 })).toEqual({ username: PRO, password: `pw-of-${PRO}` });
    expect(await app.authenticateWithoutPage({ isProxy: true, host: 'proxy.corp.example', port: 8080 }, { firstAuthAttempt: false })).toBe('cancelled');
    // Another port, another host, or a site's own login: not ours to answer.
    expect(await app.authenticateWithoutPage({ isProxy: true, host: 'proxy.corp.example', port: 3128 })).toBe('cancelled');
    expect(await app.authenticateWithoutPage({ isProxy: true, host: 'evil.example', port: 8080 })).toBe('cancelled');
    expect(await app.authenticateWithoutPage({ isProxy: false, host: 'intranet.example', port: 443 })).toBe('cancelled');
  });

  it('is cancelled when two identities use that proxy, or the one that does keeps no password', async () => {
    const shared = answering({ [PRO]: HTTP, [OTHER]: { ...HTTP } });
    expect(await shared.authenticateWithoutPage({ isProxy: true, host: '127.0.0.1', port: 8080 })).toBe('cancelled');
    const noPassword = answering({ [PRO]: { ...HTTP, auth: false } });
    expect(await noPassword.authenticateWithoutPage({ isProxy: true, host: '127.0.0.1', port: 8080 })).toBe('cancelled');
  });

  it('is cancelled when an identity on the system settings or a PAC file may go through that proxy too', async () => {
    const proxy = { isProxy: true, host: '127.0.0.1', port: 8080 };
    // The system's proxy is the same one: the service worker may be the other identity's, logged in as Pro's.
    expect(await answering({ [PRO]: HTTP, [OTHER]: { mode: 'system' } }, { [OTHER]: 'PROXY 127.0.0.1:8080; DIRECT' }).authenticateWithoutPage(proxy)).toBe('cancelled');
    expect(await answering({ [PRO]: HTTP, [OTHER]: { mode: 'pac', pacUrl: 'https://pac.example/p.pac' } }, { [OTHER]: new Error('PAC unreachable') }).authenticateWithoutPage(proxy)).toBe('cancelled');
    // Elsewhere (direct, another proxy): the request can only be Pro's.
    expect(await answering({ [PRO]: HTTP, [OTHER]: { mode: 'system' } }, { [OTHER]: 'DIRECT' }).authenticateWithoutPage(proxy)).toEqual({ username: PRO, password: `pw-of-${PRO}` });
    expect(await answering({ [PRO]: HTTP, [OTHER]: { mode: 'system' } }, { [OTHER]: 'SOCKS5 [::1]:8080; DIRECT' }).authenticateWithoutPage(proxy)).toMatchObject({ username: PRO });
  });
});
