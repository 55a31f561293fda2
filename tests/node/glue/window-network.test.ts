/**
 * Issue 11 on the window glue: the identity window and the window manager run
 * under Node on the shared Electron doubles (WindowKit), with the network gate
 * and the link router wired as bootstrap.ts wires them (support/network.ts).
 */
import { describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/domain/network';
import { partitionFor } from '../../../electron/main/session/partition';
import type { FakeWebContentsView } from '../../support/electron';
import { installSafetyNet } from '../../../electron/main/security/safety-net';
import { HTTP_HOSTS_KEY } from '../../../electron/main/services/api/http-hosts';
import { useChromeUserAgentFallback } from '../../../electron/main/session/configure-session';
import { closeWindow, identityWin } from './support/windows';
import { SITE_POINT, networkWorld, professionalWindowOn, sentTo } from './support/network';

const HTTP: NetworkSettings = { mode: 'http', host: '127.0.0.1', port: 8080 };
const SOCKS: NetworkSettings = { mode: 'socks5', host: '127.0.0.1', port: 1080, userAgent: 'Mozilla/5.0 (Professional)' };

const visible = (views: FakeWebContentsView[]) => views.filter((v) => v.getVisible());

const professionalWindow = (settings: NetworkSettings = HTTP) => professionalWindowOn(settings);

describe('site views wait for the identity network', () => {
  it('the first site loads only once the proxy is in place, and through it; its WebRTC policy shows no local address', async () => {
    const { n, page } = professionalWindow();
    // The view exists and is wired, but nothing has left yet.
    expect(page.loads).toEqual([]);
    expect(page.getWebRTCIPHandlingPolicy()).toBe('disable_non_proxied_udp');
    await expect.poll(() => page.loads.length).toBe(1);
    expect(page.loads[0]!.url).toBe('https://www.linkedin.com/feed/');
    expect(await n.routes[0]!.route).toBe('PROXY 127.0.0.1:8080');
  });

  it('a network change: running views take the new user agent and WebRTC policy, then load again only through the new route', async () => {
    const { n, pro, page } = professionalWindow({ mode: 'direct' });
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    expect(page.getWebRTCIPHandlingPolicy()).toBe('default_public_interface_only');

    n.change(pro.id, SOCKS);
    expect(page.getUserAgent()).toBe('Mozilla/5.0 (Professional)');
    expect(page.getWebRTCIPHandlingPolicy()).toBe('disable_non_proxied_udp');
    expect(page.loads).toHaveLength(1); // not before the session took the new proxy
    await expect.poll(() => page.loads.length).toBe(2);
    expect(page.loads[1]!.url).toBe('https://www.linkedin.com/feed/');
    expect(await n.routes[1]!.route).toBe('SOCKS5 127.0.0.1:1080');
  });
});

describe("an identity's own user agent", () => {
  it('is the one its first site pages send after a start, not the plain one they were made with', async () => {
    const { n, pro, win, page } = professionalWindow(SOCKS);
    await expect.poll(() => page.loads.length).toBe(1);
    expect(page.getUserAgent()).toBe('Mozilla/5.0 (Professional)');
    // A site opened later in the same window too.
    const x = pro.sites.find((s) => s.label === 'X')!;
    n.w.windows.showSite(pro.id, x.id);
    const later = win.siteViews().find((v) => v.getVisible())!.webContents;
    expect(later.getUserAgent()).toBe('Mozilla/5.0 (Professional)');
  });
});

describe("a sign-in popup's own first page", () => {
  it("sends the app's fallback user agent, made the plain Chrome one: no Electron or app token for a sign-in to refuse", async () => {
    const { n, page } = professionalWindow(SOCKS);
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    expect(page.sentUserAgent()).toBe('Mozilla/5.0 (Professional)');
    const opened = () => page.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' }).guest!;
    const before = opened();
    before.finishLoad('Sign in');
    expect(before.sentUserAgent()).toMatch(/Electron\/45/); // (Electron's own fallback, as bootstrap found it)
    useChromeUserAgentFallback(n.w.e.app); // (bootstrap.ts, before any page)
    const popup = opened();
    popup.finishLoad('Sign in');
    expect(popup.sentUserAgent()).toBe('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36');
  });
});

describe('what a network change loads again', () => {
  it('a link that ended without showing anything (a download, a 204, Stop) is not fetched again: the page shown is', async () => {
    const { n, pro, page } = professionalWindow({ mode: 'direct' });
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    const linkedIn = pro.sites.find((s) => s.label !== 'X')!;
    n.w.windows.windowOf(pro.id)!.showSite(linkedIn.id, 'https://www.linkedin.com/ambry/report.pdf');
    await expect.poll(() => page.loads.length).toBe(2);
    // The response became a download: Chromium cancels the navigation, nothing commits.
    page.failLoad(-3, 'ERR_ABORTED');
    await Promise.resolve();
    await Promise.resolve();

    n.change(pro.id, SOCKS);
    await expect.poll(() => page.loads.length).toBe(3);
    expect(page.loads[2]!.url).toBe('https://www.linkedin.com/feed/');
  });

  it('a link replaced by another before it committed: the newer one is loaded again', async () => {
    const { n, pro, page } = professionalWindow({ mode: 'direct' });
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    const linkedIn = pro.sites.find((s) => s.label !== 'X')!;
    const window = n.w.windows.windowOf(pro.id)!;
    window.showSite(linkedIn.id, 'https://www.linkedin.com/in/ada/');
    await expect.poll(() => page.loads.length).toBe(2);
    window.showSite(linkedIn.id, 'https://www.linkedin.com/in/grace/');
    await expect.poll(() => page.loads.length).toBe(3);
    await Promise.resolve();
    await Promise.resolve();

    n.change(pro.id, SOCKS);
    await expect.poll(() => page.loads.length).toBe(4);
    expect(page.loads[3]!.url).toBe('https://www.linkedin.com/in/grace/');
  });
});

describe('a network failure', () => {
  it('is told to the chrome in one sentence while the site view steps aside; a good load brings the site back', async () => {
    const { pro, win, view, page, n } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    expect(sentTo(win, 'network:failure')).toEqual([
      { identityId: pro.id, message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.", url: 'https://www.linkedin.com/feed/', active: true },
    ]);
    expect(view.getVisible()).toBe(false);
    // The chrome draws the failure where the site was, and can be clicked there.
    expect(win.webContentsAt(SITE_POINT.x, SITE_POINT.y)).toBe(win.webContents);

    // "Try again" (chrome:navigate reload) goes through the gate again.
    n.w.windows.navigate(pro.id, 'reload');
    await expect.poll(() => page.loads.length).toBe(2);
    page.finishLoad('LinkedIn');
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ active: false });
    expect(view.getVisible()).toBe(true);
    expect(win.webContentsAt(SITE_POINT.x, SITE_POINT.y)).toBe(page);
  });

  it('a request of a page still shown failing at the proxy is a notice: the site stays; nothing more while the site area shows a failure', async () => {
    const { n, pro, win, view, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    n.w.windows.networkRequestFailed(pro.id, { message: 'Professional\'s proxy at 127.0.0.1:8080 does not answer: nothing was sent.', url: 'https://www.linkedin.com/voyager/api/feed' });
    expect(sentTo(win, 'network:failure')).toEqual([
      { identityId: pro.id, message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.", url: 'https://www.linkedin.com/voyager/api/feed', active: true, scope: 'request' },
    ]);
    expect(view.getVisible()).toBe(true);
    n.w.windows.navigate(pro.id, 'reload');
    page.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    n.w.windows.networkRequestFailed(pro.id, { message: 'again', url: 'https://www.linkedin.com/voyager/api/me' });
    expect(sentTo(win, 'network:failure').map((f) => f.scope ?? 'page')).toEqual(['request', 'page']);
  });

  it('pages that load fine tell the chrome nothing', async () => {
    const { win, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    expect(sentTo(win, 'network:failure')).toEqual([]);
  });

  it('when the proxy cannot be put in place nothing loads and the site stays aside; once the network is fixed the page loads', async () => {
    const n = networkWorld({ Professional: HTTP });
    const pro = n.w.professional;
    const session = n.w.e.session.fromPartition(partitionFor(pro.id));
    // A session whose network service never takes the new config.
    session.setProxy = () => Promise.resolve();
    n.w.windows.openIdentity(pro.id);
    const win = identityWin(n.w, pro.id);
    const view = win.siteViews()[0]!;
    await expect.poll(() => sentTo(win, 'network:failure').length).toBe(1);
    expect(sentTo(win, 'network:failure')[0]!.message).toBe(
      'Professional\'s proxy at 127.0.0.1:8080 could not be put in place (Chromium still answers "DIRECT"): nothing was loaded.',
    );
    expect(view.webContents.loads).toEqual([]);
    expect(view.getVisible()).toBe(false);

    // The person fixes it (here: the session works again); the page that never loaded is tried again.
    delete (session as { setProxy?: unknown }).setProxy;
    n.change(pro.id, HTTP);
    await expect.poll(() => view.webContents.loads.length).toBe(1);
    expect(await n.routes[0]!.route).toBe('PROXY 127.0.0.1:8080');
    view.webContents.finishLoad('LinkedIn');
    expect(view.getVisible()).toBe(true);
  });
});

describe('links to another identity\'s site', () => {
  async function personalOnMastodon() {
    const n = networkWorld({ Professional: HTTP });
    const { personal, professional } = n.w;
    n.w.windows.openIdentity(personal.id);
    const win = identityWin(n.w, personal.id);
    const view = win.siteViews()[0]!;
    const page = view.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');
    return { n, personal, professional, win, view, page };
  }

  it('followed in the page: held back and asked in the chrome while the site steps aside; "here" loads it in the same page', async () => {
    const { n, personal, win, view, page } = await personalOnMastodon();
    expect(page.pageNavigates('https://www.linkedin.com/in/ada')).toBe(false);
    const [question] = sentTo(win, 'links:question');
    expect(question).toMatchObject({ identityId: personal.id, domain: 'linkedin.com', question: 'Open linkedin.com as Professional, or here as Personal?' });
    expect(view.getVisible()).toBe(false);
    expect(win.webContentsAt(SITE_POINT.x, SITE_POINT.y)).toBe(win.webContents);

    await n.router.answer(personal.id, question!.questionId, 'here', false);
    expect(view.getVisible()).toBe(true);
    expect(page.loads.at(-1)).toEqual({ url: 'https://www.linkedin.com/in/ada', by: 'app' });
    expect(n.w.e.world.windows()).toHaveLength(1);
  });

  it('followed through a shortener that redirects there: asked before LinkedIn loads under Personal\'s cookies; "as Professional" opens it there', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    expect(page.pageNavigates('https://bit.ly/3xYz')).toBe(true);
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(page.getURL()).toBe('https://mastodon.social/home');
    const [question] = sentTo(win, 'links:question');
    expect(question).toMatchObject({ identityId: personal.id, domain: 'linkedin.com', question: 'Open linkedin.com as Professional, or here as Personal?' });
    await n.router.answer(personal.id, question!.questionId, 'owner', false);
    const linkedIn = visible(identityWin(n.w, professional.id).siteViews())[0]!.webContents;
    await expect.poll(() => linkedIn.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    expect(page.loads.map((l) => l.url)).toEqual(['https://mastodon.social/home', 'https://bit.ly/3xYz']);
  });

  it('redirected to another identity\'s sign-in page or to an ordinary page whose path says "auth": asked, as a link there is', async () => {
    const { personal, win, page } = await personalOnMastodon();
    for (const target of [
      'https://www.linkedin.com/login?session_redirect=https%3A%2F%2Fwww.linkedin.com%2Ffeed%2F',
      'https://www.linkedin.com/pulse/authors-note-ada/',
      'https://www.linkedin.com/oauth/v2/authorization?client_id=x',
      'https://x.com/i/flow/login',
    ]) {
      expect(page.pageNavigates('https://bit.ly/3xYz')).toBe(true);
      expect(page.redirectNavigation(target)).toBe(false);
      expect(page.getURL()).toBe('https://mastodon.social/home');
    }
    expect(sentTo(win, 'links:question').map((q) => [q.identityId, q.domain])).toEqual([
      [personal.id, 'linkedin.com'],
      [personal.id, 'linkedin.com'],
      [personal.id, 'linkedin.com'],
      [personal.id, 'x.com'],
    ]);
  });

  it('a modifier-click on a same-site redirector (l.php) that redirects to another identity\'s site: asked before it loads in the link view', async () => {
    const { personal, win, page } = await personalOnMastodon();
    const result = page.openFromLink('https://mastodon.social/redirect/statuses/1', { disposition: 'background-tab' });
    expect(result.outcome).toBe('app-window');
    const link = visible(win.siteViews()).find((v) => v.webContents !== page)!.webContents;
    await expect.poll(() => link.loads.map((l) => l.url)).toEqual(['https://mastodon.social/redirect/statuses/1']);
    expect(link.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(sentTo(win, 'links:question')).toMatchObject([{ identityId: personal.id, domain: 'linkedin.com' }]);
  });

  it('the question and the chrome\u2019s address keep no secret of the link (a reset token), which opens whole', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    const link = 'https://www.linkedin.com/checkpoint/rp/password-reset?token=SECRET&trk=mail';
    expect(page.pageNavigates(link)).toBe(false);
    const [question] = sentTo(win, 'links:question');
    expect(question!.url).toBe('https://www.linkedin.com/checkpoint/rp/password-reset?token=…&trk=…');
    expect(n.router.pendingFor(personal.id)!.url).toBe(link); // (main keeps the whole address, to open it)
    await n.router.answer(personal.id, question!.questionId, 'here', false);
    expect(page.loads.at(-1)!.url).toBe(link);
    page.finishLoad('LinkedIn');
    expect(sentTo(win, 'chrome:siteState').at(-1)!.url).toBe('https://www.linkedin.com/checkpoint/rp/password-reset?token=…&trk=…');
    expect(JSON.stringify(win.webContents.sent)).not.toContain('SECRET');
  });

  it('a modifier-click is refused to the page and asked; "as Professional" opens it in Professional\'s window, in its LinkedIn view, through its proxy', async () => {
    const { n, personal, professional, win, view, page } = await personalOnMastodon();
    const result = page.openFromLink('https://www.linkedin.com/in/ada', {
      disposition: 'foreground-tab',
      referrer: { url: 'https://mastodon.social/home', policy: 'strict-origin-when-cross-origin' },
    });
    expect(result.outcome).toBe('denied');
    expect(win.siteViews()).toHaveLength(1); // no link view under Personal's cookies
    const [question] = sentTo(win, 'links:question');
    expect(question!.owner.name).toBe('Professional');
    expect(view.getVisible()).toBe(false);

    await n.router.answer(personal.id, question!.questionId, 'owner', false);
    expect(view.getVisible()).toBe(true);
    const proWin = identityWin(n.w, professional.id);
    const shown = visible(proWin.siteViews());
    expect(shown).toHaveLength(1);
    const linkedIn = shown[0]!.webContents;
    expect(linkedIn.session.partition).toBe(partitionFor(professional.id));
    await expect.poll(() => linkedIn.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
    expect(await n.routes.find((r) => r.contents === linkedIn)!.route).toBe('PROXY 127.0.0.1:8080');
    expect(n.w.store.activity.query({ kinds: ['link.routed'] }).rows.map((r) => r.summary)).toEqual([
      'A link to linkedin.com clicked in Personal opened as Professional (answered)',
    ]);
  });

  it('a modifier-click answered "here" opens in Personal\'s link view with its referrer; the page clicked in stays', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    const referrer = { url: 'https://mastodon.social/home', policy: 'strict-origin-when-cross-origin' } as const;
    page.openFromLink('https://www.linkedin.com/in/ada', { disposition: 'background-tab', referrer });
    const [question] = sentTo(win, 'links:question');
    await n.router.answer(personal.id, question!.questionId, 'here', false);
    const shown = visible(win.siteViews());
    expect(shown).toHaveLength(1);
    const link = shown[0]!.webContents;
    expect(link).not.toBe(page);
    expect(link.session.partition).toBe(partitionFor(personal.id));
    await expect.poll(() => link.loads).toEqual([{ url: 'https://www.linkedin.com/in/ada', by: 'app', options: { httpReferrer: referrer } }]);
    expect(page.isDestroyed()).toBe(false);
    expect(page.loads).toHaveLength(1);
  });

  it('"always as Professional" opens the next one there without asking, into the LinkedIn view Professional already shows', async () => {
    const { n, personal, professional, win, page } = await personalOnMastodon();
    n.w.windows.openIdentity(professional.id);
    const proWin = identityWin(n.w, professional.id);
    const linkedIn = proWin.siteViews()[0]!.webContents;
    await expect.poll(() => linkedIn.loads.length).toBe(1);
    linkedIn.finishLoad('LinkedIn');

    page.pageNavigates('https://www.linkedin.com/in/ada');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'owner', true);
    page.pageNavigates('https://www.linkedin.com/in/grace');
    await expect.poll(() => linkedIn.loads.map((l) => l.url)).toEqual([
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/ada',
      'https://www.linkedin.com/in/grace',
    ]);
    expect(sentTo(win, 'links:question')).toHaveLength(1);
    expect(proWin.siteViews()).toHaveLength(1);
    expect(page.loads).toHaveLength(1); // Personal's page never went there
  });

  it('the site stays aside until both the link question and the confirmation sheet are gone', async () => {
    const { n, personal, view, page, win } = await personalOnMastodon();
    const window = n.w.windows.windowOf(personal.id)!;
    window.setSheetOpen(true);
    page.pageNavigates('https://www.linkedin.com/in/ada');
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'cancel', false);
    expect(view.getVisible()).toBe(false);
    window.setSheetOpen(false);
    expect(view.getVisible()).toBe(true);
    expect(page.loads).toHaveLength(1);
  });

  it('"here" for a link in the composer shows it in the identity\'s own window, beside its sites', async () => {
    const { n, personal, win, page } = await personalOnMastodon();
    n.w.windows.openHere(personal.id, 'https://www.linkedin.com/in/ada');
    const link = visible(win.siteViews())[0]!.webContents;
    expect(link).not.toBe(page);
    await expect.poll(() => link.loads.map((l) => l.url)).toEqual(['https://www.linkedin.com/in/ada']);
  });

  it('a chrome that reloads while the question is up reads it again (chrome:context); once answered it is gone', async () => {
    const { n, personal, win, view, page } = await personalOnMastodon();
    page.pageNavigates('https://www.linkedin.com/in/ada');
    const [question] = sentTo(win, 'links:question');
    expect((await n.context(personal.id)).linkQuestion).toEqual(question);
    await n.router.answer(personal.id, question!.questionId, 'cancel', false);
    expect((await n.context(personal.id)).linkQuestion).toBeUndefined();
    expect(view.getVisible()).toBe(true);
  });
});

describe('a window closed while its link question is up', () => {
  it('takes the question with it: reopened, it shows its site and asks nothing stale', async () => {
    const n = networkWorld();
    const { personal } = n.w;
    n.w.windows.openIdentity(personal.id);
    const page = identityWin(n.w, personal.id).siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');
    page.pageNavigates('https://www.linkedin.com/in/ada');
    expect((await n.context(personal.id)).linkQuestion).toBeDefined();
    await closeWindow(identityWin(n.w, personal.id));
    n.w.windows.openIdentity(personal.id);
    expect((await n.context(personal.id)).linkQuestion).toBeUndefined();
    const again = identityWin(n.w, personal.id);
    expect(visible(again.siteViews())).toHaveLength(1);
  });
});

describe('a chrome that reloads while a network failure is up', () => {
  it('reads the failure again (chrome:context), and not after the page loaded again', async () => {
    const { n, pro, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    expect((await n.context(pro.id)).networkFailure).toEqual({
      identityId: pro.id,
      message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.",
      url: 'https://www.linkedin.com/feed/',
      active: true,
    });
    n.w.windows.navigate(pro.id, 'reload');
    await expect.poll(() => page.loads.length).toBe(2);
    page.finishLoad('LinkedIn');
    expect((await n.context(pro.id)).networkFailure).toBeUndefined();
  });
});

describe('plain http links (sites are https only unless the person allowed http for the host)', () => {
  it('are made https on every way main loads them, and a routed one is asked before anything loads', async () => {
    const n = networkWorld({ Professional: HTTP });
    const { personal } = n.w;
    // The safety net as bootstrap.ts installs it, before any window: it upgrades the page's own http navigations.
    n.w.store.settings.setFor(personal.id, HTTP_HOSTS_KEY, ['club.example']);
    installSafetyNet(n.w.e.app, { isKnownSession: () => true, httpAllowed: (_s, host) => host === 'club.example' });
    n.w.windows.openIdentity(personal.id);
    const win = identityWin(n.w, personal.id);
    const page = win.siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');

    // Modifier-clicked on the same site: the link view loads it over https.
    page.openFromLink('http://mastodon.social/@ada', { disposition: 'foreground-tab' });
    const link = visible(win.siteViews())[0]!.webContents;
    expect(link).not.toBe(page);
    await expect.poll(() => link.loads.map((l) => l.url)).toEqual(['https://mastodon.social/@ada']);
    // Followed in the page, to another identity's site: asked first, and nothing of it loads here meanwhile (the net's
    // upgrade used to load it in this page while the question was up); "here" loads it over https.
    expect(page.pageNavigates('http://www.linkedin.com/in/ada')).toBe(false);
    expect(page.loads).toHaveLength(1);
    const [question] = sentTo(win, 'links:question');
    expect(question).toMatchObject({ domain: 'linkedin.com' });
    await n.router.answer(personal.id, question!.questionId, 'here', false);
    expect(page.loads.at(-1)).toEqual({ url: 'https://www.linkedin.com/in/ada', by: 'app' });

    // A link from the composer opened here: the same; and a host the person allowed http for stays http.
    n.w.windows.openHere(personal.id, 'http://news.example/story');
    const news = visible(win.siteViews())[0]!.webContents;
    await expect.poll(() => news.loads.map((l) => l.url)).toEqual(['https://news.example/story']);
    n.w.windows.openHere(personal.id, 'http://club.example/fixtures');
    const club = visible(win.siteViews())[0]!.webContents;
    await expect.poll(() => club.loads.map((l) => l.url)).toEqual(['http://club.example/fixtures']);
  });
});

describe('a plain http tracking link that redirects to another identity\'s site', () => {
  it('is asked about though the safety net loads it again over https (a load of main\'s, with no initiator)', async () => {
    const n = networkWorld({ Professional: HTTP });
    const { personal } = n.w;
    installSafetyNet(n.w.e.app, { isKnownSession: () => true, httpAllowed: () => false });
    n.w.windows.openIdentity(personal.id);
    const win = identityWin(n.w, personal.id);
    const page = win.siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');

    expect(page.pageNavigates('http://click.news.example/ls/abc')).toBe(false);
    expect(page.loads.at(-1)).toEqual({ url: 'https://click.news.example/ls/abc', by: 'app' });
    // Its own redirect through another http address, upgraded again, then to LinkedIn: asked before it loads.
    expect(page.redirectNavigation('http://t.news.example/r/1')).toBe(false);
    expect(page.loads.at(-1)).toEqual({ url: 'https://t.news.example/r/1', by: 'app' });
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(false);
    expect(sentTo(win, 'links:question')).toMatchObject([{ domain: 'linkedin.com' }]);
    // A load of main's own (the person's "here", a Reload) is left to follow its redirects.
    await n.router.answer(personal.id, sentTo(win, 'links:question')[0]!.questionId, 'here', false);
    expect(page.loads.at(-1)).toEqual({ url: 'https://www.linkedin.com/in/ada', by: 'app' });
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada/')).toBe(true);
    expect(sentTo(win, 'links:question')).toHaveLength(1);
  });
});

describe('a plain http link the person allowed http for, followed in the page', () => {
  it('goes on over http, and a later load of main\'s to its https address is left to follow its redirects (no stale upgrade)', async () => {
    const n = networkWorld({ Professional: HTTP });
    const { personal } = n.w;
    installSafetyNet(n.w.e.app, { isKnownSession: () => true, httpAllowed: () => true });
    n.w.windows.openIdentity(personal.id);
    const win = identityWin(n.w, personal.id);
    const page = win.siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');

    expect(page.pageNavigates('http://club.example/fixtures')).toBe(true);
    page.finishLoad('Fixtures');
    void page.loadURL('https://club.example/fixtures').catch(() => undefined);
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(true);
    expect(sentTo(win, 'links:question')).toEqual([]);
  });
});

describe('a window.open popup of a site (a sign-in popup) that the server redirects to another identity\'s site', () => {
  it('is asked about before that site loads in the popup: its navigation is the opener\'s', async () => {
    const n = networkWorld({ Professional: HTTP });
    const { personal } = n.w;
    n.w.windows.openIdentity(personal.id);
    const win = identityWin(n.w, personal.id);
    const page = win.siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('Mastodon');

    const opened = page.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' });
    expect(opened.outcome).toBe('app-window');
    const popup = opened.guest!;
    expect(popup.redirectNavigation('https://www.linkedin.com/feed/')).toBe(false);
    expect(sentTo(win, 'links:question')).toMatchObject([{ identityId: personal.id, domain: 'linkedin.com', url: 'https://www.linkedin.com/feed/' }]);
  });
});

describe('a sign-in popup whose page fails at the proxy', () => {
  it('keeps its own failure for its chrome to read, and its "Try again" reloads its own page through the gate', async () => {
    const { n, pro, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    const popup = page.windowOpen('about:blank', { features: 'width=483,height=600' });
    const guest = popup.guest!;
    guest.pageNavigates('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1');
    // The popup page fails before its chrome has subscribed: the event reached no listener.
    guest.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    const popupWin = n.w.e.world.windows().find((w) => w.siteViews().some((v) => v.webContents === guest))!;
    expect(popupWin.webContents.delivered('network:failure')).toEqual([]);
    const chromeId = popupWin.webContents.id;
    expect(n.w.windows.networkFailureOf(pro.id, chromeId)).toMatchObject({ message: expect.stringContaining('does not answer'), active: true });
    expect(n.w.windows.networkFailureOf(pro.id)).toBeNull(); // (the identity window's page is fine)

    const loads = guest.loads.length;
    n.w.windows.navigate(pro.id, 'reload', chromeId);
    expect(guest.loads.length).toBe(loads); // (it waits for the network gate: a plain reload would have left at once)
    await expect.poll(() => guest.loads.length).toBe(loads + 1);
    expect(guest.loads.at(-1)!.url).toContain('login.microsoftonline.com');
    expect(page.loads).toHaveLength(1); // (not the identity window's page)
    guest.finishLoad('Sign in to your account');
    expect(n.w.windows.networkFailureOf(pro.id, chromeId)).toBeNull();
  });
});
