/**
 * The shared Electron doubles behave as Electron 45 does, for every behaviour
 * the glue relies on (each modelled behaviour cites its source in the double).
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobUpload, createElectron, CUT_OFF, FakeCommandLine, FakeIpcMain, FakeMachine, FakeWebRequest, fileUpload, nextTask, rawUpload, streamedUpload, WHOLE, type FakeUploadStream } from '../../support/electron';
import { UnsendableReplyError } from '../../support/electron/ipc';

describe('windows and views', () => {
  it('a WebContentsView paints above its window own page: a click there never reaches the chrome', () => {
    const e = createElectron();
    const win = new e.BrowserWindow({ width: 1000, height: 700 });
    const view = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-x' } });
    win.contentView.addChildView(view);
    view.setBounds({ x: 100, y: 50, width: 800, height: 600 });
    expect(win.webContentsAt(200, 200)).toBe(view.webContents);
    expect(win.reaches(win.webContents, 200, 200)).toBe(false);
    expect(win.webContentsAt(20, 20)).toBe(win.webContents);
    view.setVisible(false);
    expect(win.webContentsAt(200, 200)).toBe(win.webContents);
  });

  it('adding a child again moves it to the top', () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const a = new e.WebContentsView();
    const b = new e.WebContentsView();
    for (const v of [a, b]) {
      win.contentView.addChildView(v);
      v.setBounds({ x: 0, y: 0, width: 100, height: 100 });
    }
    expect(win.webContentsAt(10, 10)).toBe(b.webContents);
    win.contentView.addChildView(a);
    expect(win.webContentsAt(10, 10)).toBe(a.webContents);
    expect(win.contentView.children).toEqual([b, a]);
  });

  it('a view webContents outlives its window until webContents.close(), and is destroyed in a later task', async () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const view = new e.WebContentsView();
    win.contentView.addChildView(view);
    void view.webContents.loadURL('https://x.com/');
    const own = win.webContents;
    win.close();
    await nextTask(); // (the window's own page is destroyed, and the window closes, in a later task)
    expect(win.isDestroyed()).toBe(true);
    expect(own.isDestroyed()).toBe(true);
    // From 'closed' on, the window's API throws, its webContents property too (only isDestroyed and destroy answer).
    expect(() => win.webContents).toThrow('Object has been destroyed');
    expect(() => win.getBounds()).toThrow('Object has been destroyed');
    expect(view.webContents.isDestroyed()).toBe(false);
    expect(e.world.livePages()).toEqual([view.webContents]);
    const page = view.webContents;
    let destroyed = false;
    page.on('destroyed', () => (destroyed = true));
    let closed = false;
    page.on('close', () => (closed = true));
    page.close();
    expect(closed).toBe(true);
    expect(destroyed).toBe(false);
    expect(page.isDestroyed()).toBe(false);
    await nextTask();
    expect(destroyed).toBe(true);
    expect(() => page.getURL()).toThrow('Object has been destroyed');
    // The view forgets a page once it is destroyed: its webContents is undefined from then on.
    expect(view.webContents).toBeUndefined();
  });

  it('close can be prevented, destroy cannot; both end with closed', () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const seen: string[] = [];
    win.on('close', (event: { preventDefault(): void }) => {
      seen.push('close');
      event.preventDefault();
    });
    win.on('closed', () => seen.push('closed'));
    win.close();
    expect(win.isDestroyed()).toBe(false);
    win.destroy();
    expect(seen).toEqual(['close', 'closed']);
  });

  it('close() ends the window only in a later task: until then it is whole, listed, and reachable', async () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const other = new e.BrowserWindow();
    const own = win.webContents;
    const seen: string[] = [];
    win.on('close', () => seen.push('close'));
    own.on('close', () => seen.push('page close'));
    own.on('destroyed', () => seen.push('page destroyed'));
    win.on('closed', () => seen.push(`closed (listed: ${e.BrowserWindow.getAllWindows().includes(win)})`));
    e.app.on('window-all-closed', () => seen.push('window-all-closed'));
    win.close();
    expect(seen).toEqual(['close', 'page close']);
    // The gap: the window and its page live on, listed; what arrives now (a link, IPC) reaches them.
    expect(win.isDestroyed()).toBe(false);
    expect(own.isDestroyed()).toBe(false);
    expect(e.BrowserWindow.getAllWindows()).toEqual([win, other]);
    expect(e.BrowserWindow.fromId(win.id)).toBe(win);
    expect(e.BrowserWindow.fromWebContents(own)).toBe(win);
    expect(() => win.getBounds()).not.toThrow();
    void own.loadURL('https://x.com/');
    // Closing again asks 'close' again; the page, already closing, is not closed twice.
    win.close();
    expect(seen).toEqual(['close', 'page close', 'close']);
    await nextTask();
    expect(seen).toEqual(['close', 'page close', 'close', 'page destroyed', 'closed (listed: false)']);
    expect(win.isDestroyed()).toBe(true);
    expect(e.BrowserWindow.getAllWindows()).toEqual([other]);
    other.close();
    await nextTask();
    // window-all-closed after the last window's 'closed' (NotifyWindowClosed: OnWindowClosed, then RemoveWindow).
    expect(seen.at(-1)).toBe('window-all-closed');
  });

  it('destroy() emits closed before it returns; its own page is destroyed in a later task', async () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const own = win.webContents;
    const seen: string[] = [];
    win.on('close', () => seen.push('close'));
    own.on('close', () => seen.push('page close'));
    own.on('destroyed', () => seen.push('page destroyed'));
    win.on('closed', () => seen.push('closed'));
    win.destroy();
    expect(seen).toEqual(['closed']);
    expect(win.isDestroyed()).toBe(true);
    expect(e.BrowserWindow.getAllWindows()).toEqual([]);
    expect(own.isDestroyed()).toBe(false);
    await nextTask();
    expect(seen).toEqual(['closed', 'page destroyed']);
  });

  it('a window whose own page closes (webContents.close(), the page\u2019s window.close()) closes with it', async () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const seen: string[] = [];
    win.on('close', () => seen.push('close'));
    win.on('closed', () => seen.push('closed'));
    win.webContents.close();
    expect(win.isDestroyed()).toBe(false);
    await nextTask();
    expect(seen).toEqual(['closed']);
    expect(win.isDestroyed()).toBe(true);
  });

  it('the content view reports an OS layout change that no resize event announces', () => {
    const e = createElectron();
    const win = new e.BrowserWindow({ width: 800, height: 600 });
    const seen: string[] = [];
    win.on('resize', () => seen.push('resize'));
    win.contentView.on('bounds-changed', () => seen.push('bounds-changed'));
    win.setContentSize(900, 600);
    win.layoutContent(1200, 800);
    expect(seen).toEqual(['bounds-changed', 'resize', 'bounds-changed']);
    expect(win.getContentSize()).toEqual([1200, 800]);
  });
});

describe('webRequest', () => {
  it('keeps one listener per event: a second replaces the first, null removes it', () => {
    const e = createElectron();
    const web = e.session.fromPartition('persist:identity-a').webRequest;
    const calls: string[] = [];
    web.onBeforeRequest((_d, cb) => (calls.push('first'), cb({})));
    web.onBeforeRequest((_d, cb) => (calls.push('second'), cb({})));
    web.onCompleted(() => calls.push('completed-1'));
    web.onCompleted(() => calls.push('completed-2'));
    web.request({ method: 'GET', url: 'https://x.com/' }).complete();
    expect(calls).toEqual(['second', 'completed-2']);
    web.onBeforeRequest(null);
    expect(web.listenerCount('onBeforeRequest')).toBe(0);
    expect(() => web.onBeforeRequest({} as never, () => {})).toThrow("must have property 'urls'");
  });

  it('drops a held request the page aborted: the late callback is a no-op and onErrorOccurred says ERR_ABORTED', () => {
    const e = createElectron();
    const web = e.session.fromPartition('persist:identity-a').webRequest;
    let answer: ((r: { cancel?: boolean }) => void) | undefined;
    const errors: string[] = [];
    web.onBeforeRequest((_d, cb) => void (answer = cb));
    web.onErrorOccurred((d) => errors.push(d.error));
    const request = web.request({ method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet' });
    expect(request.state).toBe('held');
    request.abort();
    answer!({ cancel: false });
    expect(request.state).toBe('aborted');
    expect(request.ignoredAnswers).toEqual([{ cancel: false }]);
    expect(errors).toEqual(['net::ERR_ABORTED']);
  });

  it('a cancelled request ends with ERR_BLOCKED_BY_CLIENT; only matching filters see requests', () => {
    const e = createElectron();
    const web = e.session.fromPartition('persist:identity-a').webRequest;
    const errors: string[] = [];
    web.onBeforeRequest({ urls: ['https://*.x.com/*', 'https://x.com/*'] }, (_d, cb) => cb({ cancel: true }));
    web.onErrorOccurred((d) => errors.push(`${d.url} ${d.error}`));
    expect(web.request({ method: 'POST', url: 'https://x.com/a' }).state).toBe('cancelled');
    expect(web.request({ method: 'POST', url: 'https://mastodon.social/a' }).state).toBe('in-flight');
    expect(errors).toEqual(['https://x.com/a net::ERR_BLOCKED_BY_CLIENT']);
  });

  it('tells a response with onResponseStarted, then onCompleted, and a redirect with onBeforeRedirect: each with its header lines under the names the server spelled, one string a line', () => {
    const e = createElectron();
    const web = e.session.fromPartition('persist:identity-a').webRequest;
    const told: Array<[string, string, unknown]> = [];
    web.onResponseStarted((d) => told.push(['started', d.resourceType, d.responseHeaders]));
    web.onBeforeRedirect((d) => told.push(['redirect', `${d.statusCode} ${d.redirectURL}`, d.responseHeaders]));
    web.onCompleted((d) => told.push(['completed', String(d.statusCode), d.responseHeaders]));
    const request = web.request({ method: 'GET', url: 'https://login.example.com/', resourceType: 'mainFrame' });
    request.redirect('https://login.example.com/done', 302, ['location: https://login.example.com/done', 'set-cookie: a=1', 'set-cookie: b=2']);
    request.complete(200, ['Set-Cookie: c=3; Secure', 'set-cookie: d=4', 'Content-Type: text/html']);
    expect(told).toEqual([
      ['redirect', '302 https://login.example.com/done', { location: ['https://login.example.com/done'], 'set-cookie': ['a=1', 'b=2'] }],
      ['started', 'mainFrame', { 'Set-Cookie': ['c=3; Secure'], 'set-cookie': ['d=4'], 'Content-Type': ['text/html'] }],
      ['completed', '200', { 'Set-Cookie': ['c=3; Secure'], 'set-cookie': ['d=4'], 'Content-Type': ['text/html'] }],
    ]);
  });
});

describe('a streamed upload part', () => {
  it('is listed as { type: \'stream\', body }, and reading its body takes it out of the request, which then sends nothing there', async () => {
    const web = new FakeWebRequest();
    const part = streamedUpload('{"text":"hi"}');
    const untouched = web.request({ method: 'POST', url: 'https://x.com/a', uploadData: [part] });
    expect(part).toMatchObject({ type: 'stream' });
    expect(untouched.sentBody().toString()).toBe('{"text":"hi"}');
    const buffer = new Uint8Array(64);
    const body = (part as unknown as { body: FakeUploadStream }).body;
    expect(await body.read(buffer)).toBe(13);
    expect(Buffer.from(buffer.subarray(0, 13)).toString()).toBe('{"text":"hi"}');
    expect(untouched.sentBody()).toHaveLength(0);
  });
});

describe('upload parts as onBeforeRequest gives them', () => {
  const seen = (web: FakeWebRequest) => {
    const all: Array<{ uploadData?: unknown[]; webContentsId?: number; frame?: unknown; url: string; initiatorOrigin?: string }> = [];
    web.onBeforeRequest((d, callback) => {
      all.push(d as never);
      callback({});
    });
    return all;
  };

  it('gives every part a type, bytes only to rawData parts, and a Blob a holder under a new id each time onBeforeRequest runs', async () => {
    const e = createElectron();
    const web = e.session.fromPartition('persist:identity-a').webRequest;
    const all = seen(web);
    const request = web.request({ method: 'POST', url: 'https://a.example/up', uploadData: [rawUpload('a=1'), fileUpload('/home/me/a.png', 7), blobUpload('{"t":"hi"}')] });
    const [raw, file, blob] = all[0]!.uploadData as Array<Record<string, unknown>>;
    expect(raw).toMatchObject({ type: 'rawData' });
    expect(Buffer.from(raw!.bytes as Buffer).toString()).toBe('a=1');
    expect(file).toEqual({ type: 'file', file: '/home/me/a.png', filePath: '/home/me/a.png', offset: 0, length: 7, modificationTime: 0 });
    expect(blob).toMatchObject({ type: 'blob', blobUUID: expect.any(String) });
    expect(blob).not.toHaveProperty('bytes');
    request.redirect('https://b.example/up', 307);
    const again = all[1]!.uploadData as Array<Record<string, unknown>>;
    expect(again[2]!.blobUUID).not.toBe(blob!.blobUUID);
    // Any session reads any holder, once; an id no holder has is "Could not get blob data handle".
    const other = e.session.fromPartition('persist:identity-b');
    expect((await other.getBlobData(again[2]!.blobUUID as string)).toString()).toBe('{"t":"hi"}');
    await expect(other.getBlobData(again[2]!.blobUUID as string)).rejects.toThrow('Could not get blob data');
    await expect(other.getBlobData('no-such-id')).rejects.toThrow('Could not get blob data handle');
  });

  it("gives a worker's requests no page or frame, and never shows a SharedWorker's or service worker's socket", () => {
    const web = new FakeWebRequest();
    const all = seen(web);
    web.request({ method: 'POST', url: 'https://a.example/api', webContentsId: 4, uploadData: [rawUpload('x')] }, { worker: 'service' });
    expect(all[0]).not.toHaveProperty('webContentsId');
    expect(all[0]).not.toHaveProperty('frame');
    const shared = web.request({ method: 'GET', url: 'wss://a.example/ws', resourceType: 'webSocket', webContentsId: 4 }, { worker: 'shared' });
    const service = web.request({ method: 'GET', url: 'wss://a.example/ws', resourceType: 'webSocket', webContentsId: 4 }, { worker: 'service' });
    expect([shared.state, service.state]).toEqual(['in-flight', 'in-flight']);
    web.request({ method: 'GET', url: 'wss://a.example/ws', resourceType: 'webSocket', webContentsId: 4 }, { worker: 'dedicated' });
    expect(all.map((d) => d.url)).toEqual(['https://a.example/api', 'wss://a.example/ws']);
    expect(all[1]).toMatchObject({ webContentsId: 4 });
  });

  it("carries a worker's own origin as initiatorOrigin, 'null' for an opaque one, and none for the browser's own request", () => {
    const web = new FakeWebRequest();
    const all = seen(web);
    web.request({ method: 'POST', url: 'https://a.example/api', uploadData: [rawUpload('x')] }, { worker: 'service', origin: 'https://b.example' });
    web.request({ method: 'POST', url: 'https://a.example/api', uploadData: [rawUpload('x')] }, { worker: 'dedicated', origin: 'null' });
    web.request({ method: 'GET', url: 'https://a.example/' });
    expect(all.map((d) => d.initiatorOrigin)).toEqual(['https://b.example', 'null', undefined]);
    expect(all[2]).not.toHaveProperty('initiatorOrigin');
    // A worker is never given another origin than its own, nor a page a worker's.
    expect(() => web.request({ method: 'POST', url: 'https://a.example/api', initiatorOrigin: 'https://a.example' }, { worker: 'service', origin: 'https://b.example' })).toThrow(/its own origin/);
    expect(() => web.request({ method: 'POST', url: 'https://a.example/api' }, { origin: 'https://b.example' })).toThrow(/worker/);
  });
});

describe('same-document navigations', () => {
  it('emit only did-navigate-in-page: the document, its title and the address it commits stay, getURL() moves', async () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    const page = win.webContents;
    void page.loadURL('https://a.example/').catch(() => undefined);
    page.finishLoad('A');
    const told: string[] = [];
    for (const name of ['did-navigate-in-page', 'did-frame-navigate', 'did-navigate', 'did-start-loading', 'did-finish-load'] as const) {
      page.on(name as never, ((...args: unknown[]) => told.push(`${name} ${String(args[1])}`)) as never);
    }
    page.navigateInPage('https://a.example/compose');
    expect(told).toEqual(['did-navigate-in-page https://a.example/compose']);
    expect(page.getURL()).toBe('https://a.example/compose');
    expect(page.getTitle()).toBe('A');
  });
});

describe('window.open and modifier clicks', () => {
  it('window.open hands createWindow the guest Chromium made, and the guest loads the URL itself', async () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    opener.setWindowOpenHandler(() => ({ action: 'allow', createWindow: (options) => (options as { webContents: Electron.WebContents }).webContents }));
    const result = opener.windowOpen('https://accounts.google.com/o/oauth2/auth', { features: 'width=500,height=640' });
    expect(result.outcome).toBe('app-window');
    expect(result.createWindowOptions).toMatchObject({ width: 500, height: 640, show: true });
    expect(result.guest!.loads).toEqual([{ url: 'https://accounts.google.com/o/oauth2/auth', by: 'page' }]);
    expect(result.closed()).toBe(false);
    result.guest!.close();
    await nextTask();
    expect(result.closed()).toBe(true);
  });

  it('createWindow must return the guest it was given', () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    const other = new e.WebContentsView().webContents;
    opener.setWindowOpenHandler(() => ({ action: 'allow', createWindow: () => other as unknown as Electron.WebContents }));
    expect(() => opener.windowOpen('https://x.com/a')).toThrow('Invalid webContents');
  });

  it('Ctrl/Shift/middle-click call createWindow without a guest, with the URL, referrer and POST body only in the details', () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    void opener.loadURL('https://x.com/home');
    opener.finishLoad(); // (a link is clicked in a committed page: the referrer is its URL)
    const seen: Electron.HandlerDetails[] = [];
    opener.setWindowOpenHandler((details) => {
      seen.push(details);
      return { action: 'allow', createWindow: () => new e.WebContentsView().webContents as unknown as Electron.WebContents };
    });
    const body = Buffer.from('q=hats');
    const result = opener.openFromLink('https://x.com/search', { disposition: 'background-tab', postData: [{ type: 'rawData', bytes: body }] });
    expect(result.createWindowOptions).toHaveProperty('webContents', undefined);
    expect(seen[0]).toMatchObject({
      url: 'https://x.com/search',
      frameName: '',
      features: '',
      disposition: 'background-tab',
      referrer: { url: 'https://x.com/home' },
      postBody: { contentType: 'application/x-www-form-urlencoded', data: [{ type: 'rawData', bytes: body }] },
    });
    // Nothing in this process loaded the URL: only the opener's own load exists.
    expect(e.world.livePages().flatMap((p) => p.loads.map((l) => l.url))).toEqual(['https://x.com/home']);
  });

  it("without createWindow, Electron's own window loads the link with referrer and post body", () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    void opener.loadURL('https://x.com/home');
    opener.finishLoad(); // (a link is clicked in a committed page: the referrer is its URL)
    opener.setWindowOpenHandler(() => ({ action: 'allow' }));
    const body = Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="q"\r\n\r\nhats\r\n--XyZ--\r\n');
    const result = opener.openFromLink('https://x.com/search', { disposition: 'new-window', postData: [{ type: 'rawData', bytes: body }] });
    expect(result.outcome).toBe('electron-window');
    expect(result.guest!.loads[0]).toEqual({
      url: 'https://x.com/search',
      by: 'page',
      options: {
        httpReferrer: { url: 'https://x.com/home', policy: 'strict-origin-when-cross-origin' },
        postData: [{ type: 'rawData', bytes: body }],
        extraHeaders: 'content-type: multipart/form-data; boundary=XyZ',
      },
    });
  });

  it('a sandboxed frame\u2019s flags reach a new page only as its starting sandbox: never in the handler\u2019s details, and not at all once denied', () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    const seen: Electron.HandlerDetails[] = [];
    let allow = true;
    let made: Electron.BrowserWindowConstructorOptions | undefined;
    opener.setWindowOpenHandler((details) => {
      seen.push(details);
      if (!allow) return { action: 'deny' };
      return {
        action: 'allow',
        createWindow: (options) => {
          made = options;
          const given = (options as { webContents?: Electron.WebContents }).webContents;
          return given ?? (new e.WebContentsView({ webPreferences: options.webPreferences }).webContents as unknown as Electron.WebContents);
        },
      };
    });
    // window.open: Chromium sandboxes the guest and says nothing.
    const popup = opener.windowOpen('https://x.com/a', { sandboxFlags: 0x3ff });
    expect(popup.guest!.sandboxFlags).toBe(0x3ff);
    expect(made!.webPreferences ?? {}).not.toHaveProperty('openerSandboxFlags');
    // A modifier click: createWindow hears them, and a page made with them starts with them.
    const link = opener.openFromLink('https://x.com/b', { disposition: 'background-tab', sandboxFlags: 0x3ff });
    expect(link.createWindowOptions!.webPreferences).toEqual({ openerSandboxFlags: 0x3ff });
    expect(e.world.livePages().filter((p) => p.sandboxFlags === 0x3ff)).toHaveLength(2);
    for (const details of seen) expect(Object.keys(details).sort()).toEqual(['disposition', 'features', 'frameName', 'postBody', 'referrer', 'url']);
    // Denied: nobody hears them.
    allow = false;
    made = undefined;
    expect(opener.openFromLink('https://x.com/c', { disposition: 'background-tab', sandboxFlags: 0x3ff }).outcome).toBe('denied');
    expect(made).toBeUndefined();
  });

  it('a guest dies with its opener unless it outlives it', async () => {
    const e = createElectron();
    const opener = new e.WebContentsView().webContents;
    opener.setWindowOpenHandler(() => ({ action: 'allow', createWindow: (o) => (o as { webContents: Electron.WebContents }).webContents }));
    const popup = opener.windowOpen('https://x.com/a');
    opener.close();
    await nextTask();
    expect(popup.guest!.isDestroyed()).toBe(true);
  });
});

describe('navigation', () => {
  it('a page\'s own navigation tells did-start-navigation before will-frame-navigate and will-navigate (the docs\' Document Navigations order); cancelled, the page stops loading', () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://mastodon.social/home');
    page.finishLoad('Home');
    const events: string[] = [];
    const names = ['did-start-loading', 'did-start-navigation', 'will-frame-navigate', 'will-navigate', 'did-stop-loading'] as const;
    for (const name of names) page.on(name, () => events.push(name));
    // (The page starts loading before the navigation's start is told, Chromium's order: see pageNavigates.)
    page.pageNavigates('https://example.org/');
    expect(events).toEqual(['did-start-loading', 'did-start-navigation', 'will-frame-navigate', 'will-navigate']);
    page.finishLoad('Example');
    events.length = 0;
    // Prevented, the navigation is cancelled and the page, loading nothing else, stops loading.
    page.once('will-navigate', (event: { preventDefault(): void }) => event.preventDefault());
    expect(page.pageNavigates('https://example.net/')).toBe(false);
    expect(events).toEqual(['did-start-loading', 'did-start-navigation', 'will-frame-navigate', 'will-navigate', 'did-stop-loading']);
    expect(page.isLoading()).toBe(false);
    events.length = 0;
    page.once('will-frame-navigate', (event: { preventDefault(): void }) => event.preventDefault());
    expect(page.pageNavigates('https://example.net/')).toBe(false);
    expect(events).toEqual(['did-start-loading', 'did-start-navigation', 'will-frame-navigate', 'did-stop-loading']);
    // A load of the page under way goes on: the cancelled navigation neither starts nor stops its loading.
    void page.loadURL('https://example.org/about').catch(() => undefined);
    events.length = 0;
    page.once('will-navigate', (event: { preventDefault(): void }) => event.preventDefault());
    expect(page.pageNavigates('https://example.net/')).toBe(false);
    expect(events).toEqual(['did-start-navigation', 'will-frame-navigate', 'will-navigate']);
    expect(page.isLoading()).toBe(true);
  });

  it('a window.open guest\'s first navigation is the opener\'s: its redirects name the opener\'s frame as initiator', () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://mastodon.social/home');
    page.finishLoad('Home');
    const guest = page.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1').guest!;
    const initiators: unknown[] = [];
    guest.on('will-redirect', (event: { initiator: unknown }) => initiators.push(event.initiator));
    guest.redirectNavigation('https://www.linkedin.com/feed/');
    expect(initiators).toEqual([page.mainFrame]);
  });

  it('a frame of a loaded page loading a document: did-start-loading and a did-start-navigation that is not the main frame\'s; the page stays', () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://meet.example.org/room');
    page.finishLoad('Room');
    const events: string[] = [];
    page.on('did-start-loading', () => events.push('did-start-loading'));
    page.on('did-start-navigation', (event: { isMainFrame: boolean }) => events.push(`did-start-navigation main=${event.isMainFrame}`));
    page.on('did-stop-loading', () => events.push('did-stop-loading'));
    page.frameNavigates('https://player.example.net/embed/1');
    expect(events).toEqual(['did-start-loading', 'did-start-navigation main=false', 'did-stop-loading']);
    expect(page.getURL()).toBe('https://meet.example.org/room');
  });

  it('a system proxy config answers resolveProxy per address when the OS\'s PAC file does', async () => {
    const e = createElectron();
    const session = e.session.fromPartition('persist:identity-00000000-0000-4000-8000-000000000001');
    await session.setProxy({ mode: 'system' });
    await new Promise((r) => setTimeout(r, 1));
    session.systemProxyAnswer = (url) => (url.startsWith('https://x.com/') ? 'PROXY corp.example:8080' : 'DIRECT');
    expect(await session.resolveProxy('https://x.com/home')).toBe('PROXY corp.example:8080');
    expect(await session.resolveProxy('https://www.example.com/')).toBe('DIRECT');
  });

  it('loadURL rejects with ERR_ABORTED when another navigation interrupts it, and an unawaited rejection is silenced', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    const first = page.loadURL('https://x.com/a');
    const second = page.loadURL('https://x.com/b');
    await expect(first).rejects.toMatchObject({ code: 'ERR_ABORTED', errno: -3 });
    page.finishLoad('B');
    await expect(second).resolves.toBeUndefined();
    expect(page.navigationHistory.length()).toBe(1);
  });

  it('a load stopped before it committed (Stop, a download, a 204) emits only did-stop-loading and rejects with ERR_FAILED', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/home');
    page.finishLoad('Home');
    const events: string[] = [];
    page.on('did-fail-load', () => events.push('did-fail-load'));
    page.on('did-stop-loading', () => events.push('did-stop-loading'));
    const stopped = page.loadURL('https://x.com/report.pdf');
    page.stop();
    await expect(stopped).rejects.toMatchObject({ code: 'ERR_FAILED', errno: -2 });
    const download = page.loadURL('https://x.com/export.csv');
    page.failLoad(-3, 'ERR_ABORTED');
    await expect(download).rejects.toMatchObject({ code: 'ERR_FAILED', errno: -2 });
    expect(events).toEqual(['did-stop-loading', 'did-stop-loading']);
    expect(page.getURL()).toBe('https://x.com/home');
  });

  it('a server redirect emits only will-redirect (never will-navigate again), with the frame that started it, null for loadURL; prevented, nothing commits', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    const events: Array<[string, string, unknown]> = [];
    page.on('will-navigate', (event: Electron.Event<{ url: string; initiator?: unknown }>) => events.push(['will-navigate', event.url, event.initiator]));
    page.on('will-redirect', (event: Electron.Event<{ url: string; initiator?: unknown }>) => events.push(['will-redirect', event.url, event.initiator]));
    const start = page.loadURL('https://example.org/');
    expect(page.redirectNavigation('https://www.example.org/')).toBe(true);
    page.finishLoad('Example');
    await start;
    page.pageNavigates('https://bit.ly/abc');
    expect(page.redirectNavigation('https://www.linkedin.com/in/ada')).toBe(true);
    page.finishLoad('Ada');
    expect(page.getURL()).toBe('https://www.linkedin.com/in/ada');
    expect(events).toEqual([
      ['will-redirect', 'https://www.example.org/', null],
      ['will-navigate', 'https://bit.ly/abc', page.mainFrame],
      ['will-redirect', 'https://www.linkedin.com/in/ada', page.mainFrame],
    ]);
    page.once('will-redirect', (event: Electron.Event) => event.preventDefault());
    page.pageNavigates('https://bit.ly/def');
    expect(page.redirectNavigation('https://x.com/')).toBe(false);
    expect(page.getURL()).toBe('https://www.linkedin.com/in/ada');
    expect(page.isLoading()).toBe(false);
  });

  it('a page that asks to stay drops every navigation unless will-prevent-unload is prevented; a refused loadURL fails with ERR_ABORTED', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/home');
    page.finishLoad('Home');
    page.cancelsUnload = true;
    const failed: number[] = [];
    page.on('did-fail-load', (_e: unknown, code: number) => failed.push(code));
    // (Electron's own emission names no frame: electron_api_web_contents.cc, RunBeforeUnloadDialog.)
    const failedWith: unknown[][] = [];
    page.on('did-fail-load', (_e: unknown, ...args: unknown[]) => failedWith.push(args));
    let asked = 0;
    let leave = false;
    page.on('will-prevent-unload', (event: Electron.Event) => {
      asked++;
      if (leave) event.preventDefault();
    });
    await expect(page.loadURL('https://x.com/ada')).rejects.toMatchObject({ code: 'ERR_ABORTED', errno: -3 });
    expect(failedWith).toEqual([[-3, 'ERR_ABORTED', 'https://x.com/ada', true]]);
    page.reload();
    expect(page.pageNavigates('https://x.com/grace')).toBe(false);
    expect([asked, failed, page.loads.length]).toEqual([3, [-3], 1]);
    leave = true;
    const next = page.loadURL('https://x.com/ada');
    page.finishLoad('Ada');
    await expect(next).resolves.toBeUndefined();
    expect(page.getURL()).toBe('https://x.com/ada');
  });

  it('close({ waitForBeforeUnload }) runs the page\'s beforeunload first: a page that asks to stay stays unless will-prevent-unload is prevented', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/compose/post');
    page.finishLoad('Compose');
    page.cancelsUnload = true;
    let leave = false;
    const asked: boolean[] = [];
    page.on('will-prevent-unload', (event: Electron.Event) => {
      asked.push(leave);
      if (leave) event.preventDefault();
    });
    page.close({ waitForBeforeUnload: true });
    expect(asked).toEqual([]); // (the renderer answers in a later task)
    await nextTask();
    await nextTask();
    expect([asked, page.isDestroyed()]).toEqual([[false], false]);
    leave = true;
    page.close({ waitForBeforeUnload: true });
    await nextTask();
    await nextTask();
    expect([asked, page.isDestroyed()]).toEqual([[false, true], true]);
    // A page with nothing to ask (or whose renderer is gone) closes as close() does.
    const plain = new e.WebContentsView().webContents;
    void plain.loadURL('https://bsky.app/');
    plain.finishLoad('Bluesky');
    plain.close({ waitForBeforeUnload: true });
    await nextTask();
    expect(plain.isDestroyed()).toBe(true);
  });

  it('a page takes its session\'s user agent when it is made and keeps it; a view\'s page is of type window', () => {
    const e = createElectron();
    const session = e.session.fromPartition('persist:identity-a');
    session.setUserAgent('UA/1');
    const before = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } }).webContents;
    session.setUserAgent('UA/2');
    const after = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } }).webContents;
    expect([before.getUserAgent(), after.getUserAgent()]).toEqual(['UA/1', 'UA/2']);
    before.setUserAgent('UA/3');
    expect(before.getUserAgent()).toBe('UA/3');
    expect(before.getType()).toBe('window');
  });

  it('a Windows logoff: every window hears session-end, then the process ends without will-quit; windows are announced on app', () => {
    const e = createElectron({ platform: 'win32' });
    const heard: string[] = [];
    e.app.on('browser-window-created', (_event: unknown, win: { on(event: 'session-end', l: () => void): unknown }) => win.on('session-end', () => void heard.push('session-end')));
    e.app.on('will-quit', () => void heard.push('will-quit'));
    new e.BrowserWindow();
    new e.BrowserWindow();
    e.app.endSession();
    expect(heard).toEqual(['session-end', 'session-end']);
    expect([e.app.terminated, e.app.ended]).toEqual([true, false]);
  });

  it('an onBeforeRequest callback may be called once; a second call throws', () => {
    const web = new FakeWebRequest();
    let answer: ((r: Electron.CallbackResponse) => void) | null = null;
    web.onBeforeRequest((_details, callback) => void (answer = callback));
    web.request({ method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet' });
    answer!({});
    expect(() => answer!({ cancel: true })).toThrow('One-time callback was called more than once');
  });

  it('enableSandbox() drops --no-sandbox; sessionData follows userData unless set apart', () => {
    const e = createElectron({ argv: ['hatstand', '--no-sandbox', '--identity', 'pro'] });
    expect(e.app.commandLine.hasSwitch('no-sandbox')).toBe(true);
    e.app.enableSandbox();
    expect([e.app.commandLine.hasSwitch('no-sandbox'), e.app.commandLine.hasSwitch('enable-sandbox')]).toEqual([false, true]);
    e.app.setPath('userData', '/tmp/e2e-profile');
    expect(e.app.getPath('sessionData')).toBe('/tmp/e2e-profile');
    e.app.setPath('sessionData', '/tmp/sessions');
    expect(e.app.getPath('sessionData')).toBe('/tmp/sessions');
  });

  it('app.quit() asks every window to close, in the order they were opened, newest first on macOS', () => {
    for (const [platform, order] of [['linux', ['first', 'second']], ['darwin', ['second', 'first']]] as const) {
      const e = createElectron({ platform });
      const asked: string[] = [];
      for (const name of ['first', 'second']) new e.BrowserWindow().on('close', () => void asked.push(name));
      e.app.quit();
      expect(asked).toEqual(order);
    }
  });

  it('a reload starts a new document: what main sent before reaches only the old one', () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    void win.loadFile('/app/index.html', { query: { view: 'identity' } });
    win.webContents.finishLoad();
    const got: unknown[] = [];
    win.webContents.rendererOn('guard:prompt', (p) => got.push(p));
    win.webContents.send('guard:prompt', 1);
    expect(win.webContents.delivered('guard:prompt')).toEqual([[1]]);
    win.webContents.reload();
    win.webContents.finishLoad();
    win.webContents.send('guard:prompt', 2);
    expect(got).toEqual([1]);
    // The new document had not subscribed yet: 2 reached nobody, and 1 went with the old one.
    expect(win.webContents.delivered('guard:prompt')).toEqual([]);
  });
});

describe('links to other apps (mailto:, zoommtg: ...)', () => {
  it('a navigation to another app\u2019s scheme that no listener prevents asks the openExternal permission, and Electron opens it when allowed, whatever the scheme', async () => {
    const e = createElectron();
    const s = e.session.fromPartition('persist:identity-a');
    const page = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } }).webContents;
    void page.loadURL('https://x.com/');
    page.finishLoad('X');
    const asked: Array<[string, Record<string, unknown>]> = [];
    let allow = false;
    s.setPermissionRequestHandler((_contents, permission, callback, details) => {
      asked.push([permission, details as unknown as Record<string, unknown>]);
      callback(allow);
    });
    expect(page.pageNavigates('mailto:ada@example.com')).toBe(true);
    await nextTask();
    expect(asked).toEqual([['openExternal', expect.objectContaining({ externalURL: 'mailto:ada@example.com', requestingUrl: 'https://x.com/', isMainFrame: true })]]);
    expect(e.world.openedByElectron).toEqual([]);
    allow = true;
    page.pageNavigates('ms-msdt:/id PCWDiagnostic');
    await nextTask();
    expect(e.world.openedByElectron).toEqual(['ms-msdt:/id PCWDiagnostic']);
    // The page stays where it was; prevented at will-frame-navigate, nothing is asked.
    expect(page.getURL()).toBe('https://x.com/');
    page.on('will-frame-navigate', (event: Electron.Event) => event.preventDefault());
    page.pageNavigates('tel:+441234');
    await nextTask();
    expect(asked).toHaveLength(2);
  });
});

describe('what a page shows and what crosses IPC', () => {
  it('getURL() is the committed URL: a load under way does not change it, a failed one commits its error page', () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/home');
    expect(page.getURL()).toBe('');
    page.finishLoad('Home');
    void page.loadURL('https://x.com/next');
    expect(page.getURL()).toBe('https://x.com/home');
    page.failLoad(-130, 'ERR_PROXY_CONNECTION_FAILED');
    expect(page.getURL()).toBe('https://x.com/next');
    void page.loadURL('https://x.com/later');
    const failed: number[] = [];
    page.on('did-fail-load', (_e: unknown, code: number) => failed.push(code));
    page.failLoad(-3, 'ERR_ABORTED');
    expect(page.getURL()).toBe('https://x.com/next');
    expect(failed).toEqual([]); // (no did-fail-load for a cancelled navigation)
  });

  it('invoke clones what crosses, refuses what cannot be cloned, and keeps only the text of a thrown error', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('app://hatstand/index.html');
    page.finishLoad();
    const ipc = new FakeIpcMain();
    const got: unknown[] = [];
    class Answer {
      constructor(readonly n: number) {}
    }
    ipc.handle('echo', (_event, arg) => (got.push(arg), new Answer(1)));
    ipc.handle('fails', () => {
      throw Object.assign(new RangeError('too far'), { code: 'x/far' });
    });
    ipc.handle('unsendable', () => ({ later: () => 1 }));
    const sent = { when: new Date(0) };
    const answer = await ipc.invoke('echo', { sender: page }, sent);
    expect(got[0]).toEqual(sent);
    expect(got[0]).not.toBe(sent);
    expect(answer).toEqual({ n: 1 });
    expect(answer).not.toBeInstanceOf(Answer);
    await expect(ipc.invoke('echo', { sender: page }, { f: () => 1 })).rejects.toThrow('An object could not be cloned.');
    await expect(ipc.invoke('fails', { sender: page })).rejects.toThrow("Error invoking remote method 'fails': RangeError: too far");
    await expect(ipc.invoke('unsendable', { sender: page })).rejects.toBeInstanceOf(UnsendableReplyError);
  });

  it('send() passes copies; what cannot be cloned is logged in main and dropped, never thrown', () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    void win.loadFile('/app/index.html');
    win.webContents.finishLoad();
    const got: unknown[] = [];
    win.webContents.rendererOn('chrome:found', (p) => got.push(p));
    const payload = { matches: 1 };
    win.webContents.send('chrome:found', payload);
    expect(got).toEqual([payload]);
    expect(got[0]).not.toBe(payload);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => win.webContents.send('chrome:found', { later: () => 1 })).not.toThrow();
    expect(logged).toHaveBeenCalledWith('Error sending from webFrameMain: ', expect.any(Error));
    logged.mockRestore();
    expect(got).toHaveLength(1);
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'chrome:found', delivered: false, unsendable: 'An object could not be cloned.' });
  });
});

describe('second instance', () => {
  it('reorders and extends the argv, while additionalData arrives intact', () => {
    const machine = new FakeMachine();
    const first = createElectron({ machine, argv: ['hatstand'] });
    first.app.enableSandbox();
    expect(first.app.requestSingleInstanceLock()).toBe(true);
    first.app.becomeReady();
    const received: unknown[][] = [];
    first.app.on('second-instance', (_e: unknown, ...rest: unknown[]) => received.push(rest));

    const second = createElectron({ machine, argv: ['hatstand', '--identity', 'professional'], cwd: '/tmp' });
    second.app.enableSandbox();
    expect(second.app.requestSingleInstanceLock({ argv: [...second.app.argv] })).toBe(false);
    const [argv, cwd, data] = received[0]!;
    expect((argv as string[]).slice(0, 3)).toEqual(['hatstand', '--identity', '--enable-sandbox']);
    expect((argv as string[]).at(-1)).toBe('professional');
    expect(cwd).toBe('/tmp');
    expect(data).toEqual({ argv: ['hatstand', '--identity', 'professional'] });
  });

  it('holds second-instance until the first is ready; macOS relaunch only activates', () => {
    const machine = new FakeMachine();
    const first = createElectron({ machine, platform: 'darwin' });
    first.app.requestSingleInstanceLock();
    const events: string[] = [];
    first.app.on('second-instance', () => events.push('second-instance'));
    first.app.on('activate', (_e: unknown, visible: boolean) => events.push(`activate ${visible}`));
    createElectron({ machine, argv: ['hatstand', '--identity=work'] }).app.requestSingleInstanceLock();
    expect(events).toEqual([]);
    first.app.becomeReady();
    first.app.activate();
    expect(events).toEqual(['second-instance', 'activate false']);
  });

  it('parses like base::CommandLine (Windows lower-cases switch names)', () => {
    expect(FakeCommandLine.parse(['h', 'a', '--X=Y', 'b'], 'win32').argv()).toEqual(['h', '--x=Y', 'a', 'b']);
    expect(FakeCommandLine.parse(['h', '--', '--not-a-switch'], 'linux').argv()).toEqual(['h', '--not-a-switch']);
  });
});

describe('menus', () => {
  it('without an application menu, Reload and DevTools act on the focused page: our chrome once it has focus', () => {
    const e = createElectron();
    const win = new e.BrowserWindow({ width: 1000, height: 700 });
    void win.loadFile('/app/index.html');
    win.webContents.finishLoad(); // (a page that never committed is not zoomed: see 'zoom')
    const view = new e.WebContentsView();
    win.contentView.addChildView(view);
    view.setBounds({ x: 200, y: 50, width: 800, height: 600 });
    void view.webContents.loadURL('https://x.com/');
    win.clickAt(10, 10); // the sidebar: our chrome
    expect(e.pressAccelerator('CmdOrCtrl+R')).toBe(true);
    expect(win.webContents.loads.map((l) => l.url)).toEqual(['file:///app/index.html', 'file:///app/index.html']);
    expect(view.webContents.loads).toHaveLength(1);
    e.pressAccelerator('Ctrl+Shift+I');
    expect(win.webContents.isDevToolsOpened()).toBe(true);
    e.pressAccelerator('CommandOrControl+Plus');
    expect(win.webContents.zoomLevel).toBe(0.5);
    expect(view.webContents.zoomLevel).toBe(0);
  });

  it('runs an item click with the focused window, and records a throwing click as Electron would show it', () => {
    const e = createElectron();
    const win = new e.BrowserWindow();
    win.focus();
    const got: unknown[] = [];
    e.Menu.setApplicationMenu(
      e.Menu.buildFromTemplate([
        { label: 'Go', submenu: [{ label: 'Here', accelerator: 'CmdOrCtrl+R', click: (_i, w) => got.push(w) }, { label: 'Boom', click: () => { throw new Error('gone'); } }] },
      ]),
    );
    e.pressAccelerator('Ctrl+R');
    expect(got).toEqual([win]);
    const menu = e.Menu.getApplicationMenu()!;
    menu.click(menu.byLabel('Boom')!);
    expect(e.world.uncaughtErrors.map((x) => x.message)).toEqual(['gone']);
    e.Menu.setApplicationMenu(null);
    expect(e.pressAccelerator('Ctrl+R')).toBe(false);
  });
});

describe('find in page', () => {
  it('a find session goes on across a navigation: the old matches leave the count as the new page commits, and it is searched once loaded', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/a');
    page.pageText = 'one result, two results, three results';
    page.finishLoad();
    const told: Array<[string, number, number, number]> = [];
    page.on('did-navigate', () => told.push(['did-navigate', 0, 0, 0]));
    page.on('found-in-page', (_event: unknown, r: Electron.Result) => told.push(['found', r.requestId, r.matches, r.activeMatchOrdinal]));
    const first = page.findInPage('result', { findNext: true });
    page.findInPage('result', { findNext: false });
    await Promise.resolve();
    expect(told).toEqual([['found', first, 3, 1], ['found', first + 1, 3, 2]]);
    told.length = 0;
    page.pageNavigates('https://x.com/b');
    page.pageText = 'a result and a result';
    page.finishLoad();
    expect(told).toEqual([['found', first + 1, 0, 0], ['did-navigate', 0, 0, 0]]);
    await Promise.resolve();
    expect(told.at(-1)).toEqual(['found', first + 1, 2, 1]);
    // (A follow-up goes on in the new page.)
    page.findInPage('result', { findNext: false });
    await Promise.resolve();
    expect(told.at(-1)).toEqual(['found', first + 2, 2, 2]);
  });

  it('a follow-up with no session under way is never answered; stopFindInPage ends one; an empty text throws', async () => {
    const e = createElectron();
    const page = new e.WebContentsView().webContents;
    void page.loadURL('https://x.com/a');
    page.pageText = 'result';
    page.finishLoad();
    let answers = 0;
    page.on('found-in-page', () => void answers++);
    page.findInPage('result');
    await Promise.resolve();
    expect(answers).toBe(0);
    page.findInPage('result', { findNext: true });
    page.stopFindInPage('clearSelection'); // (before its answer came)
    page.findInPage('result', { findNext: false });
    page.pageNavigates('https://x.com/b');
    page.finishLoad();
    await Promise.resolve();
    expect(answers).toBe(0);
    expect(() => page.findInPage('')).toThrow('Must provide a non-empty search content');
  });
});

describe('zoom', () => {
  /** A site page of `partition` showing `url`, loaded. */
  function pageAt(e: ReturnType<typeof createElectron>, partition: string, url: string) {
    const view = new e.WebContentsView({ webPreferences: { partition } });
    void view.webContents.loadURL(url);
    view.webContents.finishLoad();
    return view.webContents;
  }

  it('is kept per host per session: one page zooms every page of its host there, now and later, and no other session', () => {
    const e = createElectron();
    const feed = pageAt(e, 'persist:identity-a', 'https://www.linkedin.com/feed/');
    const profile = pageAt(e, 'persist:identity-a', 'https://www.linkedin.com:443/in/ada/');
    const x = pageAt(e, 'persist:identity-a', 'https://x.com/home');
    const otherIdentity = pageAt(e, 'persist:identity-b', 'https://www.linkedin.com/feed/');
    feed.setZoomLevel(1.5);
    expect(profile.getZoomLevel()).toBe(1.5);
    expect(x.getZoomLevel()).toBe(0);
    expect(otherIdentity.getZoomLevel()).toBe(0);
    // A page of that host opened later starts at its level; a page that goes to another host takes that host's.
    expect(pageAt(e, 'persist:identity-a', 'http://www.linkedin.com/jobs/').getZoomLevel()).toBe(1.5);
    profile.pageNavigates('https://x.com/home');
    profile.finishLoad();
    expect(profile.getZoomLevel()).toBe(0);
    // The property is the two methods (the menu roles use it).
    x.zoomLevel += 0.5;
    expect(x.getZoomLevel()).toBe(0.5);
    expect(profile.zoomLevel).toBe(0.5);
  });

  it('is not set on a page that never committed, or whose renderer is gone', () => {
    const e = createElectron();
    const view = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } });
    const page = view.webContents;
    page.setZoomLevel(2);
    void page.loadURL('https://x.com/home');
    page.setZoomLevel(2); // (still loading its first page)
    page.finishLoad();
    expect(page.getZoomLevel()).toBe(0);
    page.crash();
    page.setZoomLevel(2);
    expect(page.getZoomLevel()).toBe(0);
    page.reload();
    page.finishLoad();
    page.setZoomLevel(2);
    expect(page.getZoomLevel()).toBe(2);
  });

  it('Ctrl+wheel only tells the page zoom-changed, and zooms nothing; on macOS it is no zoom at all', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const e = createElectron({ platform });
      const page = pageAt(e, 'persist:identity-a', 'https://x.com/home');
      const told: string[] = [];
      page.on('zoom-changed', (_event: unknown, direction: string) => told.push(direction));
      page.ctrlWheel('in');
      page.ctrlWheel('out');
      expect(told).toEqual(platform === 'darwin' ? [] : ['in', 'out']);
      expect(page.getZoomLevel()).toBe(0);
    }
  });
});

describe('sessions', () => {
  it("cookies: main hears of a change in a later task, when the site may have deleted the cookie already; answers come later too", async () => {
    const e = createElectron();
    const cookies = e.session.fromPartition('persist:identity-a').cookies;
    const heard: Array<[string, string, boolean]> = [];
    cookies.on('changed', (_event: unknown, cookie: { name: string }, cause: string, removed: boolean) => void heard.push([cookie.name, cause, removed]));
    let answered = false;
    void cookies.set({ url: 'https://x.com/', name: 'sid', value: '1' }).then(() => (answered = true));
    void cookies.remove('https://x.com/', 'sid');
    await Promise.resolve();
    expect([heard, answered]).toEqual([[], false]);
    await nextTask();
    expect(heard).toEqual([
      ['sid', 'inserted', false],
      ['sid', 'explicit', true],
    ]);
    expect(answered).toBe(true);
    expect(await cookies.get({ url: 'https://x.com/', name: 'sid' })).toEqual([]);
  });

  it('cookies: a flush reaches disk in a later task, never once the process has ended; session cookies never', async () => {
    const e = createElectron();
    const cookies = e.session.fromPartition('persist:identity-a').cookies;
    await cookies.set({ url: 'https://x.com/', name: 'kept', value: '1', expirationDate: 4_000_000_000 });
    await cookies.set({ url: 'https://x.com/', name: 'sid', value: '1' });
    expect(cookies.onDisk()).toEqual([]);
    await cookies.flushStore();
    expect(cookies.onDisk().map((c) => c.name)).toEqual(['kept']);
    await cookies.set({ url: 'https://x.com/', name: 'late', value: '1', expirationDate: 4_000_000_000 });
    void cookies.flushStore();
    e.app.quit(); // (no window: 'quit' at once)
    await nextTask();
    expect(cookies.onDisk().map((c) => c.name)).toEqual(['kept']);
  });

  it('cookies: a partitioned cookie is listed and told like any other, never said to be partitioned, and `set` never reaches it', async () => {
    const e = createElectron();
    const cookies = e.session.fromPartition('persist:identity-a').cookies;
    const heard: Array<Record<string, unknown>> = [];
    cookies.on('changed', (_event: unknown, cookie: Record<string, unknown>) => void heard.push(cookie));
    expect(() => cookies.setPartitioned({ url: 'https://w.example/', name: 'wid', value: '1' }, 'https://news.example')).toThrow(/Secure/);
    cookies.setPartitioned({ url: 'https://w.example/', name: 'wid', value: 'p', secure: true }, 'https://news.example');
    await cookies.set({ url: 'https://w.example/', name: 'wid', value: 'u', secure: true, sameSite: 'no_restriction' });
    const listed = await cookies.get({});
    expect(listed.map((c) => c.value)).toEqual(['p', 'u']);
    expect(listed[0]).toEqual({ ...listed[1], value: 'p' });
    expect(await cookies.get({ url: 'https://w.example/' })).toHaveLength(2);
    await nextTask();
    expect(heard.map((c) => Object.keys(c).sort())).toEqual([Object.keys(listed[0]!).sort(), Object.keys(listed[0]!).sort()]);
    // Written again (to the same name, domain and path), the unpartitioned one changes; an expiry already past deletes it.
    await cookies.set({ url: 'https://w.example/', name: 'wid', value: 'u2', secure: true, sameSite: 'no_restriction' });
    expect(cookies.jar.map((c) => [c.value, cookies.partitionOf(c)])).toEqual([
      ['p', 'https://news.example'],
      ['u2', undefined],
    ]);
    const causes: string[] = [];
    cookies.on('changed', (_event: unknown, _cookie: unknown, cause: string) => void causes.push(cause));
    await cookies.set({ url: 'https://w.example/', name: 'wid', value: '', secure: true, sameSite: 'no_restriction', expirationDate: 0 });
    await nextTask();
    expect(cookies.jar.map((c) => c.value)).toEqual(['p']);
    expect(causes).toEqual(['expired-overwrite']);
  });

  it('clearing the session’s data tells each cookie removed, partitioned ones too, with cause explicit, in a later task', async () => {
    const s = createElectron().session.fromPartition('persist:identity-a');
    await s.cookies.set({ url: 'https://a.example/', name: 'sid', value: '1' });
    s.cookies.setPartitioned({ url: 'https://w.example/', name: 'wid', value: 'p', secure: true, sameSite: 'no_restriction' }, 'https://a.example');
    await nextTask();
    const told: string[] = [];
    s.cookies.on('changed', (_event: unknown, cookie: { name: string }, cause: string, removed: boolean) => void told.push(`${cookie.name} ${cause} ${removed}`));
    await s.clearStorageData();
    expect(s.cookies.jar).toEqual([]);
    expect(told).toEqual([]);
    await nextTask();
    expect(told).toEqual(['sid explicit true', 'wid explicit true']);
  });

  it('one session per partition, and clearing records the pages still alive', async () => {
    const e = createElectron();
    const s = e.session.fromPartition('persist:identity-a');
    expect(e.session.fromPartition('persist:identity-a')).toBe(s);
    const page = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } }).webContents;
    await s.clearStorageData();
    page.close();
    await nextTask();
    await s.clearCache();
    expect(s.clears).toEqual([
      { what: 'storage', livePages: [page.id] },
      { what: 'cache', livePages: [] },
    ]);
  });
});

describe('downloads', () => {
  it('write into the save path as they go; a cancel ends them with done and removes the file, once', () => {
    const session = createElectron().session.fromPartition('persist:identity-x');
    session.on('will-download', (_event: unknown, item: { setSavePath(path: string): void }) => item.setSavePath('/d/report.pdf'));
    const item = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
    const done = vi.fn();
    item.on('done', (_event: unknown, state: string) => done(state));
    expect(item.onDisk()).toBe('cut off');
    item.cancel();
    item.cancel();
    expect(done.mock.calls).toEqual([['cancelled']]);
    expect(item.onDisk()).toBeNull();
  });

  it('on disk: Chromium writes the save path itself (no .crdownload), " (1)" while a file is there, whole and at the save path by done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hatstand-double-downloads-'));
    try {
      const session = createElectron({ downloadsOnDisk: true }).session.fromPartition('persist:identity-x');
      let path = join(dir, 'sub', 'report.pdf');
      session.on('will-download', (_event: unknown, item: { setSavePath(path: string): void }) => item.setSavePath(path));
      const names = () => readdirSync(join(dir, 'sub')).sort();
      const first = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
      expect(names()).toEqual(['report.pdf']);
      expect(readFileSync(path, 'utf8')).toBe(CUT_OFF);
      first.cancel();
      expect(names()).toEqual([]);
      // A file at the save path already: written beside it with " (1)", then moved over it at completion.
      writeFileSync(path, 'there before');
      const second = session.download({ filename: 'report.pdf', url: 'https://x.com/report.pdf' });
      expect(names()).toEqual(['report (1).pdf', 'report.pdf']);
      second.end('completed');
      expect(names()).toEqual(['report.pdf']);
      expect(readFileSync(path, 'utf8')).toBe(WHOLE);
      path = join(dir, 'sub', 'failed.bin');
      session.download({ filename: 'failed.bin', url: 'https://x.com/failed.bin' }).end('interrupted');
      expect(names()).toEqual(['report.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the process ending interrupts one still under way for a resume and keeps its file, cut off; a cancel then leaves it', () => {
    const e = createElectron();
    const session = e.session.fromPartition('persist:identity-x');
    session.on('will-download', (_event: unknown, item: { setSavePath(path: string): void }) => item.setSavePath('/d/video.mp4'));
    const item = session.download({ filename: 'video.mp4', url: 'https://x.com/video.mp4' });
    const seen: string[] = [];
    item.on('updated', (_event: unknown, state: string) => seen.push(`updated ${state}`));
    item.on('done', (_event: unknown, state: string) => seen.push(`done ${state}`));
    e.app.on('quit', () => seen.push('quit'));
    e.app.quit();
    expect(seen).toEqual(['quit', 'updated interrupted']);
    expect(item.onDisk()).toBe('cut off');
    item.cancel();
    expect(seen.at(-1)).toBe('done cancelled');
    expect(item.onDisk()).toBe('cut off');
  });
});

describe('a page that stops answering (unresponsive, responsive, forcefullyCrashRenderer)', () => {
  function shownSitePage(platform: NodeJS.Platform = 'linux') {
    const e = createElectron({ platform });
    const win = new e.BrowserWindow();
    const view = new e.WebContentsView({ webPreferences: { partition: 'persist:identity-a' } });
    win.contentView.addChildView(view);
    void view.webContents.loadURL('https://x.com/home');
    view.webContents.finishLoad();
    const told: string[] = [];
    view.webContents.on('unresponsive', () => told.push('unresponsive'));
    view.webContents.on('responsive', () => told.push('responsive'));
    return { e, win, view, page: view.webContents, told };
  }

  it('is told unresponsive only while visible with a renderer that has shown a document, and responsive when it answers', () => {
    const { page, told } = shownSitePage();
    page.hang();
    expect(told).toEqual(['unresponsive']);
    page.respond();
    expect(told).toEqual(['unresponsive', 'responsive']);

    const e = createElectron();
    const hidden = new e.BrowserWindow({ show: false });
    hidden.loadURL('app://hatstand/').catch(() => {});
    hidden.webContents.finishLoad();
    const quiet: string[] = [];
    hidden.webContents.on('unresponsive', () => quiet.push('unresponsive'));
    hidden.webContents.hang();
    expect(quiet).toEqual([]);
    // (A page with no document yet has no initialised renderer to hang.)
    expect(() => new e.WebContentsView().webContents.hang()).toThrow();
  });

  it('hidden, a hung page is told responsive at once, still hung; shown again, unresponsive comes 15 s later', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { win, view, page, told } = shownSitePage();
      page.hang();
      view.setVisible(false);
      expect(told).toEqual(['unresponsive', 'responsive']);
      view.setVisible(true);
      vi.advanceTimersByTime(14_999);
      expect(told).toHaveLength(2);
      vi.advanceTimersByTime(1);
      expect(told).toEqual(['unresponsive', 'responsive', 'unresponsive']);
      win.minimize();
      expect(told.at(-1)).toBe('responsive');
      win.restore();
      page.respond(); // (answers before the watch runs out: nothing more to tell)
      vi.advanceTimersByTime(15_000);
      expect(told).toHaveLength(4);
      // (A view's page outlives its window, hidden: a hung one is told responsive when the window goes.)
      page.hang();
      expect(told.at(-1)).toBe('unresponsive');
      win.destroy();
      expect(told.at(-1)).toBe('responsive');
    } finally {
      vi.useRealTimers();
    }
  });

  it('forcefullyCrashRenderer: render-process-gone in a later task, crashed on Linux and killed elsewhere, no responsive', async () => {
    for (const [platform, reason] of [
      ['linux', 'crashed'],
      ['win32', 'killed'],
      ['darwin', 'killed'],
    ] as const) {
      const { page, told } = shownSitePage(platform);
      const gone: string[] = [];
      page.on('render-process-gone', (_event: unknown, details: { reason: string }) => gone.push(details.reason));
      page.hang();
      page.forcefullyCrashRenderer();
      expect(gone).toEqual([]);
      await nextTask();
      expect(gone).toEqual([reason]);
      expect(told).toEqual(['unresponsive']);
      expect(page.isCrashed()).toBe(true);
      page.forcefullyCrashRenderer(); // (no renderer left to end)
      await nextTask();
      expect(gone).toHaveLength(1);
      page.reload();
      expect(page.isCrashed()).toBe(false);
    }
  });
});

describe('powerMonitor and net', () => {
  it('a shutdown nobody holds quits as SIGTERM does: before-quit, and every window asked', () => {
    const e = createElectron({ platform: 'linux' });
    const win = new e.BrowserWindow();
    const seen: string[] = [];
    e.app.on('before-quit', () => void seen.push('before-quit'));
    win.on('close', (event: Electron.Event) => (seen.push('close'), event.preventDefault()));
    e.powerMonitor.on('resume', () => {}); // (first: see the next test)
    e.powerMonitor.on('shutdown', () => void seen.push('shutdown'));
    expect(e.powerMonitor.systemShutsDown()).toBe(false);
    expect(seen).toEqual(['shutdown', 'before-quit', 'close']);
  });

  it('a shutdown held on Linux waits for the app, until logind stops waiting (5 s) and sends SIGTERM', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const e = createElectron({ platform: 'linux' });
      let quits = 0;
      e.app.on('before-quit', () => void quits++);
      e.powerMonitor.on('resume', () => {});
      e.powerMonitor.on('shutdown', (event: Electron.Event) => event.preventDefault());
      expect(e.powerMonitor.systemShutsDown()).toBe(true);
      vi.advanceTimersByTime(4_999);
      expect(quits).toBe(0);
      vi.advanceTimersByTime(1);
      expect(quits).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on Linux a \u2018shutdown\u2019 listener that is powerMonitor\u2019s first is never told (power-monitor.ts:17-26); a second one is (27-31); macOS tells it whatever the order', () => {
    const e = createElectron({ platform: 'linux' });
    const seen: string[] = [];
    e.app.on('before-quit', () => void seen.push('before-quit'));
    e.powerMonitor.on('shutdown', (event: Electron.Event) => (seen.push('first'), event.preventDefault()));
    e.powerMonitor.on('resume', () => {});
    expect(e.powerMonitor.shutdownHeard).toBe(false);
    expect(e.powerMonitor.systemShutsDown()).toBe(false);
    expect(seen).toEqual(['before-quit']); // (no lock held: the SIGTERM's quit)
    e.powerMonitor.on('shutdown', () => void seen.push('second'));
    expect(e.powerMonitor.shutdownHeard).toBe(true);
    const linux = createElectron({ platform: 'linux' });
    linux.powerMonitor.on('suspend', () => {});
    linux.powerMonitor.on('shutdown', () => {});
    expect(linux.powerMonitor.shutdownHeard).toBe(true);
    const mac = createElectron({ platform: 'darwin' });
    mac.powerMonitor.on('shutdown', (event: Electron.Event) => event.preventDefault());
    expect(mac.powerMonitor.systemShutsDown()).toBe(true);
  });

  it('a shutdown held on macOS waits for the app (terminate: does nothing); Windows has none, its session ends', () => {
    const mac = createElectron({ platform: 'darwin' });
    mac.powerMonitor.on('shutdown', (event: Electron.Event) => event.preventDefault());
    expect(mac.powerMonitor.systemShutsDown()).toBe(true);
    expect(mac.app.quitting).toBe(false);
    const win = createElectron({ platform: 'win32' });
    const shutdowns: unknown[] = [];
    win.powerMonitor.on('shutdown', () => void shutdowns.push(1));
    win.powerMonitor.systemShutsDown();
    expect(shutdowns).toEqual([]);
    expect(win.app.terminated).toBe(true);
  });

  it('sleep and wake everywhere; screen lock on macOS at once, on Windows in a later task, never on Linux', async () => {
    const seen: string[] = [];
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const e = createElectron({ platform });
      for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) e.powerMonitor.on(name, () => void seen.push(`${platform} ${name}`));
      e.powerMonitor.systemSleeps();
      e.powerMonitor.systemWakes();
      e.powerMonitor.screenLocks();
      e.powerMonitor.screenUnlocks();
      seen.push(`${platform} returned`);
      await nextTask();
    }
    expect(seen).toEqual([
      'linux suspend', 'linux resume', 'linux returned',
      'darwin suspend', 'darwin resume', 'darwin lock-screen', 'darwin unlock-screen', 'darwin returned',
      'win32 suspend', 'win32 resume', 'win32 returned', 'win32 lock-screen', 'win32 unlock-screen',
    ]);
  });

  it('net.online follows the network, and is read, never heard', () => {
    const e = createElectron();
    expect([e.net.isOnline(), e.net.online]).toEqual([true, true]);
    e.net.goesOffline();
    expect([e.net.isOnline(), e.net.online]).toEqual([false, false]);
    expect('on' in e.net).toBe(false);
  });
});
