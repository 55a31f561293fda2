import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import keytar from 'keytar';
import { electronProxyConfig, proxyFailureMessage, proxyFailureOf, type NetworkSettings } from '../../shared/domain/network';
import { PROXY_SECRET } from '../../electron/main/services/network';
import { VAULT_SERVICE } from '../../electron/main/services/vault';
import { ARTIFACTS, Harness } from '../support/harness';
import { startHttpProxy, startSocksProxy, type RunningProxy } from '../support/proxies';
import { chromeUnderSiteView, standInBounds } from '../support/site-view-stacking';

/**
 * Chromium browser contexts with their own proxy stand in for identity
 * sessions: each context gets exactly the proxy rules and bypass list
 * Hatstand gives `session.setProxy` (electronProxyConfig), and a local page
 * reports the peer address each one arrived from. The proxies are real
 * (tinyproxy, microsocks), each opening its outgoing connections from its own
 * loopback address.
 */
const USER = 'pro-proxy';
const PASSWORD = 'browser-proxy-pw-5d1c';

let httpProxy: RunningProxy;
let socksProxy: RunningProxy;
let site: Server;
let siteUrl = '';
const connections: string[] = [];

test.beforeAll(async () => {
  httpProxy = await startHttpProxy({ bind: '127.0.0.2', auth: { username: USER, password: PASSWORD } });
  socksProxy = await startSocksProxy({ bind: '127.0.0.3' });
  site = createServer((req, res) => {
    const peer = req.socket.remoteAddress ?? '';
    if (req.url === '/ip') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ip: peer }));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><title>Who am I</title><body style="font:20px system-ui;margin:24px"><h1>Local site</h1><p>You arrived from <strong id="peer">${peer}</strong></p></body>`,
    );
  });
  site.on('connection', (socket) => connections.push(socket.remoteAddress ?? ''));
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(async () => {
  await httpProxy?.dispose();
  await socksProxy?.dispose();
  site?.closeAllConnections();
  await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
});
test.beforeEach(async () => {
  await httpProxy.start();
  await socksProxy.start();
});

async function contextFor(browser: Browser, settings: NetworkSettings, credentials?: { username: string; password: string }): Promise<BrowserContext> {
  const config = electronProxyConfig(settings);
  return browser.newContext({
    viewport: { width: 640, height: 260 },
    proxy: { server: config.proxyRules!, bypass: config.proxyBypassRules!, ...(credentials ?? {}) },
  });
}

test('two identities through two proxies reach one local site from different peers; with one proxy down its page fails and the other still works', async ({ browser }) => {
  const personal: NetworkSettings = { mode: 'socks5', host: '127.0.0.1', port: socksProxy.port };
  const professional: NetworkSettings = { mode: 'http', host: '127.0.0.1', port: httpProxy.port, auth: true };
  const personalContext = await contextFor(browser, personal);
  const professionalContext = await contextFor(browser, professional, { username: USER, password: PASSWORD });
  try {
    const personalPage = await personalContext.newPage();
    const professionalPage = await professionalContext.newPage();
    await personalPage.goto(siteUrl);
    await professionalPage.goto(siteUrl);
    await expect(personalPage.locator('#peer')).toHaveText('127.0.0.3');
    await expect(professionalPage.locator('#peer')).toHaveText('127.0.0.2');
    await personalPage.screenshot({ path: join(ARTIFACTS, 'network-peer-personal.png') });
    await professionalPage.screenshot({ path: join(ARTIFACTS, 'network-peer-professional.png') });
    // The site never saw anyone but the two proxies: loopback was not bypassed (<-loopback>).
    expect(new Set(connections)).toEqual(new Set(['127.0.0.2', '127.0.0.3']));

    await httpProxy.stop();
    connections.length = 0;
    const failed = await professionalPage.goto(`${siteUrl}/again`).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/net::ERR_PROXY_CONNECTION_FAILED/);
    const code = /net::(ERR_[A-Z_]+)/.exec(failed!)![1]!;
    expect(proxyFailureOf(code)).toBe('unreachable');
    expect(proxyFailureMessage('Professional', professional, proxyFailureOf(code)!)).toBe(
      `Professional's proxy at 127.0.0.1:${httpProxy.port} does not answer: nothing was sent.`,
    );
    // Nothing went direct: the site saw no connection from the failed identity.
    expect(connections).toEqual([]);
    await personalPage.reload();
    await expect(personalPage.locator('#peer')).toHaveText('127.0.0.3');
    // (The reload may reuse its kept-alive connection through the SOCKS proxy; any new one came from that proxy too.)
    expect(connections.filter((peer) => peer !== '127.0.0.3')).toEqual([]);
  } finally {
    await personalContext.close();
    await professionalContext.close();
  }
});

test.describe('in the identity window', () => {
  let harness: Harness;
  test.beforeEach(async ({ browser }) => {
    harness = await Harness.start(browser);
  });
  test.afterEach(async () => {
    for (const i of harness.store.identities.list()) await keytar.deletePassword(VAULT_SERVICE, `${i.id}:${PROXY_SECRET.site}:${PROXY_SECRET.handle}`);
    expect(harness.unexpected).toEqual([]);
    await harness.services.network.dispose();
    await harness.close();
  });

  test('network settings: an HTTP proxy with a password, and "Test" shows the address the identity leaves from', async () => {
    const pro = harness.identity('Professional');
    await harness.openIdentity(pro.id);
    const page = harness.page(pro.id);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const network = page.getByRole('region', { name: 'Network' });
    await network.scrollIntoViewIfNeeded();
    await expect(network.getByRole('button', { name: 'Test' })).toBeDisabled();
    await network.getByLabel('HTTP proxy').check();
    await network.getByLabel('Proxy address').fill('127.0.0.1');
    await network.getByLabel('Proxy port').fill(String(httpProxy.port));
    await network.getByLabel('Proxy user name').fill(USER);
    await network.getByLabel('Proxy password').fill(PASSWORD);
    await network.getByLabel('Address-check URL').fill(`${siteUrl}/ip`);
    await network.getByLabel('Accept-Language').fill('en-GB, en');
    await network.getByRole('heading', { name: 'Network' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'network-settings-form.png') });
    await network.getByRole('button', { name: 'Save network' }).click();
    await expect(network.getByText('Saved. Open pages reload through the new route.')).toBeVisible();
    // The password went to the keychain; the page has it no more.
    await expect(network.getByLabel('Proxy password')).toHaveValue('');
    expect(await keytar.getPassword(VAULT_SERVICE, `${pro.id}:proxy:credentials`)).toContain(PASSWORD);
    await network.getByRole('button', { name: 'Test' }).click();
    const result = network.getByRole('status');
    await expect(result).toHaveText(`Professional leaves from 127.0.0.2 (through http://127.0.0.1:${httpProxy.port}), as seen by ${siteUrl}/ip.`);
    await network.getByText('What Hatstand cannot separate between identities').click();
    await expect(network.getByText('installed fonts')).toBeVisible();
    await network.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'network-settings.png') });

    // The proxy stops: the test says so in one sentence, and nothing answered directly.
    await httpProxy.stop();
    await network.getByRole('button', { name: 'Test' }).click();
    await expect(network.getByRole('alert')).toHaveText(`Professional's proxy at 127.0.0.1:${httpProxy.port} does not answer.`);
    await page.screenshot({ path: join(ARTIFACTS, 'network-settings-proxy-down.png') });

    // To a SOCKS5 proxy, which takes no password: a port that is no whole number is told in a sentence, and saving
    // forgets the saved user name and password instead of refusing the change.
    await network.getByLabel('SOCKS5 proxy').check();
    await expect(network.getByText('The saved user name and password are forgotten when you save.')).toBeVisible();
    await network.getByLabel('Proxy port').fill('1080a');
    await network.getByRole('button', { name: 'Save network' }).click();
    await expect(network.getByRole('alert')).toHaveText('The port is a whole number from 1 to 65535, such as 8080.');
    await network.getByLabel('Proxy port').fill('1080');
    await network.getByRole('button', { name: 'Save network' }).click();
    await expect(network.getByText('Saved. Open pages reload through the new route.')).toBeVisible();
    expect(harness.services.network.get(pro.id)).toMatchObject({ mode: 'socks5', port: 1080 });
    expect(await keytar.getPassword(VAULT_SERVICE, `${pro.id}:proxy:credentials`)).toBeNull();
  });

  test('a link to another identity\'s site asks which identity opens it; "always" is remembered and editable', async () => {
    const personal = harness.identity('Personal');
    const pro = harness.identity('Professional');
    await harness.openIdentity(personal.id);
    const page = harness.page(personal.id);
    await page.getByRole('button', { name: 'Compose' }).click();
    const panel = page.getByRole('complementary', { name: 'composer' });
    const url = 'https://www.linkedin.com/in/ada-example';
    await panel.getByRole('textbox').fill(`Old colleague, see ${url} for her new job`);
    await panel.getByRole('button', { name: url }).click();
    const sheet = page.getByRole('alertdialog', { name: 'Open linkedin.com as Professional, or here as Personal?' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('button', { name: 'Open as Professional' })).toBeFocused();
    // Main keeps the site view aside while the question is up, as for the confirmation sheet.
    await harness.settled();
    expect(await standInBounds(page)).toBeNull();
    await page.screenshot({ path: join(ARTIFACTS, 'link-routing-question.png') });
    // A chrome that reloads meanwhile asks again (chrome:context): the site is not left hidden behind nothing.
    await page.reload();
    await expect(sheet).toBeVisible();
    await sheet.getByLabel('Always do this for linkedin.com').check();
    await sheet.getByRole('button', { name: 'Open as Professional' }).click();
    await expect(sheet).toBeHidden();
    await harness.settled();
    expect(await standInBounds(page)).not.toBeNull();
    expect(harness.linkOpens).toEqual([{ identityId: pro.id, url }]);
    const logged = harness.store.activity.query({ kinds: ['link.routed'] }).rows;
    expect(logged.map((e) => e.summary)).toEqual(['A link to linkedin.com clicked in Personal opened as Professional (answered, always)']);

    // Asked once per domain: the next click opens as Professional without a question, and is logged too.
    await page.bringToFront();
    // (The reload above came before the draft's autosave: the composer starts empty again.)
    await panel.getByRole('textbox').fill(`Old colleague, see ${url} for her new job`);
    // (A double click opens it once: the link waits while it is being opened.)
    await panel.getByRole('button', { name: url }).dblclick();
    await expect.poll(() => harness.linkOpens.length).toBe(2);
    await expect(panel.getByRole('button', { name: url })).toBeEnabled();
    await page.evaluate((id) => window.hatstand.links.listAlways({ identityId: id }), personal.id); // (a round trip after any second click's)
    expect(harness.linkOpens).toHaveLength(2);
    await expect(sheet).toBeHidden();
    expect(harness.store.activity.query({ kinds: ['link.routed'] }).rows).toHaveLength(2);

    // Editable in settings.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const choices = page.getByRole('region', { name: 'Links to other identities' });
    await choices.scrollIntoViewIfNeeded();
    await expect(choices.getByRole('listitem')).toContainText('linkedin.com');
    await expect(choices.getByRole('listitem')).toContainText('opens as Professional');
    await page.screenshot({ path: join(ARTIFACTS, 'link-routing-settings.png') });
    await choices.getByRole('button', { name: 'Ask again' }).click();
    await expect(choices.getByText('None yet: Hatstand asks every time.')).toBeVisible();
    // Answered "always" again while the list is open (a link from the site itself), the list shows it at once.
    void harness.services.links.route(personal.id, url, 'site', () => {});
    await sheet.getByLabel('Always do this for linkedin.com').check();
    await sheet.getByRole('button', { name: 'Open as Professional' }).click();
    await expect(sheet).toBeHidden();
    await expect(choices.getByRole('listitem')).toContainText('opens as Professional');
  });

  test('a proxy failure is drawn by the chrome where the site is, in one sentence, with no fallback', async ({ browser }) => {
    // The real Chromium error for a proxy that does not answer, mapped as the glue maps did-fail-load.
    await socksProxy.stop();
    const settings: NetworkSettings = { mode: 'socks5', host: '127.0.0.1', port: socksProxy.port };
    const context = await contextFor(browser, settings);
    const error = await (await context.newPage()).goto(siteUrl).then(() => '', (e: Error) => e.message);
    await context.close();
    const code = /net::(ERR_[A-Z_]+)/.exec(error)?.[1] ?? '';
    const failure = proxyFailureOf(code);
    expect(failure).toBe('unreachable');

    const pro = harness.identity('Professional');
    await harness.openIdentity(pro.id);
    const page = harness.page(pro.id);
    const message = proxyFailureMessage('Professional', settings, failure!);
    await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeVisible(); // the chrome is up and listening
    // A request of the page shown fails at the proxy first (the page stays): a notice in the band.
    await harness.networkRequestFailed(pro.id, { message, url: `${siteUrl}/api` });
    const notice = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
    await expect(notice).toContainText(message);
    expect(await standInBounds(page)).not.toBeNull();
    expect(await chromeUnderSiteView(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'network-request-failed-notice.png') });
    // What main does on that did-fail-load: tell the chrome, and hide the site view while the failure is up.
    await harness.networkFailure(pro.id, { message, url: siteUrl, active: true });
    const shown = page.getByRole('alert', { name: "Professional's connection" });
    await expect(shown).toContainText(`Professional's proxy at 127.0.0.1:${socksProxy.port} does not answer: nothing was sent.`);
    await expect(shown).toContainText('never falls back to a direct connection');
    expect(await standInBounds(page)).toBeNull();
    expect(await chromeUnderSiteView(page)).toEqual([]);
    // The page's own failure says it all: the request notice goes.
    await expect(notice).toBeHidden();
    await page.screenshot({ path: join(ARTIFACTS, 'network-failure-in-chrome.png') });
    // Try again is really clickable (nothing covers it), and a chrome that reloads shows the failure again.
    await shown.getByRole('button', { name: 'Try again' }).click({ timeout: 5_000 });
    await page.reload();
    await expect(shown).toContainText('does not answer: nothing was sent.');
    // The way to mend it is one click away: the identity's network settings, in view beside the failure.
    await shown.getByRole('button', { name: 'Network settings' }).click();
    await expect(page.getByRole('region', { name: 'Network' })).toBeInViewport();
    // Settings opened later from the band start at the top again.
    const bandSettings = page.getByRole('banner', { name: 'Professional identity' }).getByRole('button', { name: 'Settings', exact: true });
    await bandSettings.click();
    await bandSettings.click();
    await expect(page.getByRole('heading', { name: 'Sites', exact: true })).toBeInViewport();
    // The page loads again: the failure goes and the site comes back.
    await harness.networkFailure(pro.id, { message: '', url: siteUrl, active: false });
    await expect(shown).toBeHidden();
    expect(await standInBounds(page)).not.toBeNull();
  });
});
