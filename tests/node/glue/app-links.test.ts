/**
 * Links to other apps (mailto:, tel:, a Zoom or Teams meeting) from a site page. Electron opens one only when a
 * navigation to it proceeds, after its own 'openExternal' permission request, for any scheme (the doubles:
 * web-contents.ts, toExternalProtocol). Hatstand never lets it: a link the person clicked, with a scheme of the list,
 * is asked about naming the identity, the app and the site, and opened with shell.openExternal only on a yes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appLinkOf, appLinkQuestion, byThePerson, USER_ACTIVATION_MS } from '../../../electron/main/security/app-link-policy';
import { decideWindowOpen } from '../../../electron/main/security/window-open-policy';
import { installSafetyNet } from '../../../electron/main/security/safety-net';
import { UserActivation } from '../../../electron/main/session/user-activation';
import { identityWin, laterTasks, windowWorld } from './support/windows';

/** The Professional window on X, wired as bootstrap.ts wires it: the safety net, gesture tracking, the window manager. */
function professionalOnX() {
  const activation = new UserActivation();
  const w = windowWorld({ deps: () => ({ pageGesture: (id: number) => activation.pageGesture(id) }) });
  installSafetyNet(w.e.app, { isKnownSession: () => true, watchers: [(contents) => activation.watch(contents as never)] });
  w.windows.openIdentity(w.professional.id);
  const x = w.professional.sites.find((s) => s.label === 'X')!;
  w.windows.showSite(w.professional.id, x.id);
  const win = identityWin(w, w.professional.id);
  const page = win.siteViews().find((v) => v.getVisible())!.webContents;
  page.finishLoad('Home / X');
  return { w, page };
}

describe('which links are links to other apps (decided on the scheme)', () => {
  it.each([
    ['mailto:ada@example.com?subject=Hello', 'mailto', 'your email app'],
    ['tel:+44 20 7946 0000', 'tel', 'your phone app'],
    ['zoommtg://zoom.us/join?confno=123', 'zoommtg', 'Zoom'],
    ['msteams:/l/meetup-join/19%3ameeting', 'msteams', 'Microsoft Teams'],
    ['SLACK://open?team=T1', 'slack', 'Slack'],
  ])('%s is one (%s, %s)', (url, scheme, app) => {
    expect(appLinkOf(url)).toMatchObject({ scheme, app });
  });
  it.each([
    'file:///etc/passwd',
    'data:text/html,hi',
    'javascript:alert(1)',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'search-ms:query=invoice&crumb=location:\\\\evil.example\\share',
    'ms-officecmd:{"id":1}',
    'ms-settings:privacy',
    'vbscript:msgbox(1)',
    'https://x.com/',
    'zoommtg://user:secret@zoom.us/join',
  ])('%s is not', (url) => {
    expect(appLinkOf(url)).toBeNull();
  });
  it('nor is one too long to read (over 2,048 characters)', () => {
    expect(appLinkOf(`mailto:${'a'.repeat(2100)}@example.com`)).toBeNull();
  });
  it('nor one longer than the question shows, one padded with whitespace, nor a mailto: that attaches a file', () => {
    const long = `mailto:boss@corp.example?subject=Minutes&body=${'Notes%20'.repeat(140)}&bcc=spy@evil.example`;
    expect(appLinkOf(long)).toBeNull();
    expect(appLinkOf(`msteams:/l/meetup-join/x${' '.repeat(40)}then-more`)).toBeNull();
    expect(appLinkOf('mailto:boss@corp.example?subject=Hi%20%20%20%20%20%20there')).toBeNull();
    expect(appLinkOf('mailto:boss@corp.example?attach=/home/me/.ssh/id_rsa')).toBeNull();
    expect(appLinkOf('mailto:boss@corp.example?Attachment=C:%5CUsers%5Cme%5Ckey.pem')).toBeNull();
    const shortOne = appLinkOf(`mailto:boss@corp.example?subject=Minutes&body=${'Notes%20'.repeat(40)}&bcc=spy@evil.example`)!;
    expect(appLinkQuestion('Professional', shortOne, 'https://x.com/').detail).toContain(shortOne.url);
  });
  it('a mailto:\u2019s recipients and subject are shown a line each, bcc too', () => {
    const q = appLinkQuestion('Professional', appLinkOf('mailto:boss@corp.example?cc=team@corp.example&subject=Minutes%20today&bcc=spy@evil.example&body=x')!, 'https://x.com/');
    expect(q.detail).toContain('To: boss@corp.example\nCc: team@corp.example\nBcc: spy@evil.example\nSubject: Minutes today');
  });
  it('a mailto:’s lines are what the email app gets: a plus is a plus, and no field forges a line or reads backwards', () => {
    const plus = appLinkQuestion('Professional', appLinkOf('mailto:boss@corp.example?bcc=a+b@evil.example')!, 'https://x.com/');
    expect(plus.detail).toContain('Bcc: a+b@evil.example');
    expect(appLinkOf('mailto:boss@corp.example?subject=Hi%0ATo:%20ceo@corp.example')).toBeNull();
    expect(appLinkOf('mailto:boss@corp.example?bcc=%E2%80%AEelpmaxe.live@yps')).toBeNull();
    expect(appLinkOf('mailto:boss@corp.example?subject=Minutes&body=Line%20one%0A%0ALine%20two')).not.toBeNull();
  });
  it('window.open of one is asked about; other schemes stay refused', () => {
    expect(decideWindowOpen('tel:+441234', 'https://x.com/')).toMatchObject({ action: 'ask-app', link: { scheme: 'tel' } });
    expect(decideWindowOpen('ms-msdt:/id x', 'https://x.com/').action).toBe('deny');
  });
  it('counts as the person\u2019s only within Chromium\u2019s 5 s of user activation', () => {
    expect(byThePerson(undefined, 10_000)).toBe(false);
    expect(byThePerson(10_000 - USER_ACTIVATION_MS, 10_000)).toBe(true);
    expect(byThePerson(10_000 - USER_ACTIVATION_MS - 1, 10_000)).toBe(false);
  });
  it('the question names the identity, the app, the site and the link', () => {
    const q = appLinkQuestion('Professional', appLinkOf('zoommtg://zoom.us/join?confno=123')!, 'https://calendar.example.com/day');
    expect(q.message).toBe('Open this zoommtg: link in the app that opens zoommtg: links (usually Zoom)?');
    expect(q.detail).toContain('calendar.example.com');
    expect(q.detail).toContain('Professional window');
    expect(q.detail).toContain('zoommtg://zoom.us/join?confno=123');
    expect(q.open).toBe('Open the link');
    expect(q.detail).toContain('a link can sign that app in');
    expect(appLinkQuestion('Personal', appLinkOf('mailto:a@b.example')!, 'https://x.com/').open).toBe('Open email app');
  });
});

describe('a link to another app clicked in a site page', () => {
  it('is asked about, naming the identity and the app, and opened with the OS on a yes; Electron opens nothing itself', async () => {
    const { w, page } = professionalOnX();
    w.kit.answer = 1;
    const shown = page.getURL();
    page.userInput('mouseDown');
    page.pageNavigates('mailto:ada@example.com?subject=Hi');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    expect(w.kit.questions[0]).toMatchObject({ message: 'Open this mailto: link in your email app?', buttons: ['Stay here', 'Open email app'], defaultId: 0, cancelId: 0 });
    expect(w.kit.questions[0]!.detail).toContain('x.com in your Professional window');
    expect(w.kit.opened).toEqual(['mailto:ada@example.com?subject=Hi']);
    expect(w.e.world.openedByElectron).toEqual([]);
    expect(page.getURL()).toBe(shown);
    // Logged without the address (someone's email address or number).
    const logged = w.events.find((e) => e.summary?.includes('mailto:'));
    expect(logged).toMatchObject({ identityId: w.professional.id, kind: 'site.opened', site: 'x.com' });
    expect(JSON.stringify(logged)).not.toContain('ada@example.com');
  });

  it('"Stay here" opens nothing', async () => {
    const { w, page } = professionalOnX();
    w.kit.answer = 0;
    page.userInput('mouseDown');
    page.pageNavigates('zoommtg://zoom.us/join?confno=123');
    await laterTasks();
    expect(w.kit.questions[0]?.message).toBe('Open this zoommtg: link in the app that opens zoommtg: links (usually Zoom)?');
    expect([w.kit.opened, w.e.world.openedByElectron]).toEqual([[], []]);
  });

  it('from window.open or target=_blank, is asked about the same way', async () => {
    const { w, page } = professionalOnX();
    w.kit.answer = 1;
    page.userInput('mouseDown');
    expect(page.windowOpen('msteams:/l/meetup-join/19%3ameeting').outcome).toBe('denied');
    await laterTasks();
    expect(w.kit.questions[0]?.message).toBe('Open this msteams: link in the app that opens msteams: links (usually Microsoft Teams)?');
    expect(w.kit.opened).toEqual(['msteams:/l/meetup-join/19%3ameeting']);
  });

  it('is refused without a word when no click or key press preceded it (the page\u2019s own doing), and one click raises one question', async () => {
    const { w, page } = professionalOnX();
    page.pageNavigates('tel:+441234');
    page.windowOpen('mailto:ada@example.com');
    await laterTasks();
    expect(w.kit.questions).toEqual([]);
    page.userInput('mouseDown');
    page.pageNavigates('tel:+441234');
    page.pageNavigates('tel:+441234');
    page.windowOpen('mailto:ada@example.com');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    expect([w.kit.opened, w.e.world.openedByElectron]).toEqual([[], []]);
  });

  it.each(['ms-msdt:/id PCWDiagnostic', 'search-ms:query=x', 'file:///etc/passwd', 'chrome://settings', 'vscode://file/etc/passwd'])(
    '%s, even clicked, stays refused: no question, and nothing opened by anyone',
    async (url) => {
      const { w, page } = professionalOnX();
      w.kit.answer = 1;
      page.userInput('mouseDown');
      page.pageNavigates(url);
      page.windowOpen(url);
      await laterTasks();
      expect([w.kit.questions, w.kit.opened, w.e.world.openedByElectron]).toEqual([[], [], []]);
    },
  );
});

describe('whose click a link to another app is, and how often it is asked', () => {
  let now = 1_000_000;
  const clock = () => vi.spyOn(Date, 'now').mockImplementation(() => now);
  afterEach(() => vi.restoreAllMocks());

  it('a key press or a click in another site\u2019s frame is not the page\u2019s: a timer\u2019s link after it is refused', async () => {
    clock();
    const { w, page } = professionalOnX();
    page.userInput('rawKeyDown', { frame: 'cross-site', key: 'a' });
    page.userInput('mouseDown', { frame: 'cross-site' });
    now += 4_900;
    page.windowOpen('msteams:/l/meetup-join/x');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toEqual([]);
  });

  it('a click that followed a link is not the next page\u2019s', async () => {
    clock();
    const { w, page } = professionalOnX();
    page.userInput('mouseDown');
    expect(page.pageNavigates('https://evil.example/landing')).toBe(true);
    page.finishLoad('evil');
    now += 1_500;
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    page.windowOpen('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toEqual([]);
  });

  it('an ad\'s fenced frame that commits is no new document of the page: the click stays the page\'s, and "Stay here" holds', async () => {
    // (Electron tells its commit with did-navigate too: electron_api_web_contents.cc, DidFinishNavigation, IsInMainFrame.)
    clock();
    const { w, page } = professionalOnX();
    w.kit.answer = 0;
    page.userInput('mouseDown');
    page.fencedFrameNavigates('https://ads.example.net/creative/1');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    now += 2_000;
    page.userInput('mouseDown');
    page.fencedFrameNavigates('https://ads.example.net/creative/2');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
  });

  it('a cross-site frame that navigates the top page to one raises no question naming the top page', async () => {
    clock();
    const { w, page } = professionalOnX();
    page.userInput('mouseDown');
    expect(page.pageNavigates('zoommtg://zoom.us/join?confno=1', { by: 'cross-site' })).toBe(false);
    await laterTasks();
    expect([w.kit.questions, w.e.world.openedByElectron]).toEqual([[], []]);
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    expect(w.kit.questions[0]!.detail).toContain('It came from x.com');
  });

  it('one click (mouseDown, then mouseUp) or one key press (rawKeyDown, char) raises one question', async () => {
    clock();
    const { w, page } = professionalOnX();
    w.kit.answer = 1;
    page.userInput('mouseDown');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    now += 90;
    page.userInput('mouseUp');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    now += 3_000;
    page.userInput('rawKeyDown', { frame: 'main', key: 'Enter' });
    page.pageNavigates('tel:+441234');
    await laterTasks();
    now += 20;
    page.userInput('char');
    page.pageNavigates('tel:+441234');
    await laterTasks();
    expect(w.kit.questions.map((q) => q.message)).toEqual(['Open this zoommtg: link in the app that opens zoommtg: links (usually Zoom)?', 'Open this tel: link in your phone app?']);
  });

  it('one question at a time in a window, and after "Stay here" not that link again from that document until another commits', async () => {
    clock();
    const { w, page } = professionalOnX();
    let answer: (n: number) => void = () => {};
    w.kit.ask = (_parent, o) => (w.kit.questions.push(o), new Promise<number>((resolve) => (answer = resolve)));
    page.userInput('mouseDown');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    now += 2_000;
    page.userInput('mouseDown');
    page.pageNavigates('tel:+441234');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    answer(0);
    await laterTasks();
    now += 2_000;
    page.userInput('mouseDown');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    // Another link in the same document is another question (a web app such as Outlook never loads a new document).
    now += 2_000;
    page.userInput('mouseDown');
    page.pageNavigates('tel:+441234');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(2);
    answer(0);
    await laterTasks();
    page.pageNavigates('https://x.com/next');
    page.finishLoad('next');
    now += 2_000;
    page.userInput('mouseDown');
    page.pageNavigates('zoommtg://zoom.us/join?confno=1');
    await laterTasks();
    expect(w.kit.questions).toHaveLength(3);
  });
});
