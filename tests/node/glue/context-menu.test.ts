/**
 * The right-click menu. Electron emits `context-menu` and shows nothing of its own, so without a listener a person
 * could not fix a misspelt word, copy a link or paste with the mouse, in a site page or in our own pages.
 */
import { describe, expect, it } from 'vitest';
import { partitionFor } from '../../../electron/main/session/partition';
import type { FakeMenu } from '../../support/electron';
import { closeWindow, laterTasks, professionalOnX, windowWorld } from './support/windows';

function withMenus() {
  const { w, win, page } = professionalOnX();
  const lastMenu = (): FakeMenu => {
    const shown = w.e.world.contextMenus.at(-1);
    if (!shown) throw new Error('No menu was shown.');
    return shown.menu;
  };
  const labels = () => lastMenu().items.map((i) => (i.type === 'separator' ? '-' : i.label));
  const click = (label: string) => {
    const menu = lastMenu();
    const item = menu.byLabel(label);
    if (!item) throw new Error(`No "${label}" in ${labels().join(' | ')}`);
    menu.click(item);
  };
  return { w, win, page, lastMenu, labels, click };
}

const EDITABLE = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };

describe('the right-click menu of a site page', () => {
  it('offers the spelling suggestions of a misspelt word, which replace it, and adds a word to the identity’s own dictionary', () => {
    const { w, win, page, labels, click } = withMenus();
    page.contextMenu({ isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve', 'reprieve', 'receiver', 'recede', 'recite'], editFlags: EDITABLE });
    expect(w.e.world.contextMenus.at(-1)!.window).toBe(win);
    expect(labels()).toEqual(['receive', 'relieve', 'reprieve', 'receiver', 'recede', 'Add “recieve” to Professional’s dictionary', '-', 'Undo', 'Redo', '-', 'Cut', 'Copy', 'Paste', '-', 'Select all']);
    click('receive');
    expect(page.editCommands).toEqual(['replaceMisspelling:receive']);
    page.contextMenu({ isEditable: true, misspelledWord: 'Okafor', dictionarySuggestions: [], editFlags: EDITABLE });
    expect(labels().slice(0, 2)).toEqual(['No spelling suggestions', 'Add “Okafor” to Professional’s dictionary']);
    click('Add “Okafor” to Professional’s dictionary');
    expect(page.session.partition).toBe(partitionFor(w.professional.id));
    expect(page.session.dictionaryWords).toEqual(['Okafor']);
  });

  it.each(['darwin', 'win32'] as const)('on %s says a word added goes to the system dictionary, which every app and identity shares', (platform) => {
    const w = windowWorld({ platform });
    w.windows.openIdentity(w.professional.id);
    w.windows.showSite(w.professional.id, w.professional.sites[0]!.id);
    const page = w.windows.windowOf(w.professional.id)!.win.siteViews().find((v) => v.getVisible())!.webContents;
    page.finishLoad();
    page.contextMenu({ isEditable: true, misspelledWord: 'Okafor', dictionarySuggestions: [], editFlags: EDITABLE });
    expect(w.e.world.contextMenus.at(-1)!.menu.items.map((i) => i.label)).toContain('Add “Okafor” to the system dictionary (every app and identity)');
  });

  it('edits the page that was right-clicked, never the chrome that has keyboard focus', () => {
    const { win, page, lastMenu, click } = withMenus();
    win.webContents.focus(); // (a menu role would act on this page: getFocusedWebContents)
    page.contextMenu({ isEditable: true, editFlags: { ...EDITABLE, canUndo: false } });
    expect(lastMenu().byLabel('Undo')!.enabled).toBe(false);
    click('Paste');
    click('Select all');
    expect(page.editCommands).toEqual(['paste', 'selectAll']);
    expect(win.webContents.editCommands).toEqual([]);
  });

  it('copies a selection, and leaves a password field’s text alone', () => {
    const { page, labels, lastMenu, click } = withMenus();
    page.contextMenu({ selectionText: 'Quarterly results', editFlags: { canCopy: true } });
    expect(labels()).toEqual(['Copy']);
    click('Copy');
    expect(page.editCommands).toEqual(['copy']);
    // Chromium clears canCopy and canCut in a password field.
    page.contextMenu({ isEditable: true, selectionText: 'hunter2', formControlType: 'input-password', editFlags: { ...EDITABLE, canCopy: false, canCut: false } });
    expect(lastMenu().byLabel('Copy')!.enabled).toBe(false);
    expect(lastMenu().byLabel('Cut')!.enabled).toBe(false);
  });

  it('copies a link’s address and opens it in the browser only after asking', async () => {
    const { w, page, labels, click } = withMenus();
    page.contextMenu({ linkURL: 'https://news.example.org/story?id=4', linkText: 'story' });
    expect(labels()).toEqual(['Open link in your browser…', 'Copy link address']);
    click('Copy link address');
    expect(w.kit.copied).toEqual(['https://news.example.org/story?id=4']);
    click('Open link in your browser…');
    await new Promise((resolve) => setImmediate(resolve));
    expect(w.kit.questions.at(-1)?.message).toContain('news.example.org');
    expect(w.kit.opened).toEqual([]); // (the question is not answered yet)
    // A script "link" is not an address to copy or open.
    page.contextMenu({ linkURL: 'javascript:alert(1)' });
    expect(labels()).toEqual(['Back', 'Forward', 'Reload']);
  });

  it('copies an image, or saves it as a download of the identity', () => {
    const { page, labels, click } = withMenus();
    page.contextMenu({ x: 120, y: 340, mediaType: 'image', hasImageContents: true, srcURL: 'https://pbs.twimg.com/media/a.jpg' });
    expect(labels()).toEqual(['Copy image', 'Save image']);
    click('Copy image');
    click('Save image');
    expect(page.editCommands).toEqual(['copyImageAt:120,340']);
    expect(page.downloadsAsked).toEqual(['https://pbs.twimg.com/media/a.jpg']);
    // Fetched with the Referer the page would send another site (its origin), so a host that refuses hotlinking serves it.
    expect(page.downloadHeaders).toEqual([{ Referer: 'https://x.com/' }]);
    // An image from data: or blob: is copied, not saved by address.
    page.contextMenu({ mediaType: 'image', hasImageContents: true, srcURL: 'data:image/png;base64,AAAA' });
    expect(labels()).toEqual(['Copy image']);
  });

  it('saves an image of the page\u2019s own site with the page\u2019s address as Referer, and one over http with none', () => {
    const { page, click } = withMenus();
    page.contextMenu({ mediaType: 'image', hasImageContents: true, srcURL: 'https://x.com/media/b.jpg' });
    click('Save image');
    page.contextMenu({ mediaType: 'image', hasImageContents: true, srcURL: 'http://img.example/c.jpg' });
    click('Save image');
    expect(page.downloadHeaders).toEqual([{ Referer: 'https://x.com/home' }, {}]);
  });

  it('offers to copy an image only where copyImageAt reaches: not inside another site\u2019s frame, in another process', () => {
    const { page, labels } = withMenus();
    const top = page.mainFrame;
    const crossSite = { parent: top, top, processId: 2 } as unknown as Electron.WebFrameMain;
    page.contextMenu({ frame: crossSite, mediaType: 'image', hasImageContents: true, srcURL: 'https://cdn.example/a.jpg' });
    expect(labels()).toEqual(['Save image']);
    const sameSite = { parent: top, top, processId: top.processId } as unknown as Electron.WebFrameMain;
    page.contextMenu({ frame: sameSite, mediaType: 'image', hasImageContents: true, srcURL: 'https://x.com/a.jpg' });
    expect(labels()).toEqual(['Copy image', 'Save image']);
    // An ad's fenced frame, even in the main frame's process: its root has no parent and is its own top, but it is a
    // page of its own, not the main frame's to copy from; nor is a frame inside it.
    const fenced = page.fencedFrame as unknown as Electron.WebFrameMain;
    page.contextMenu({ frame: fenced, mediaType: 'image', hasImageContents: true, srcURL: 'https://ads.example.net/a.jpg' });
    expect(labels()).toEqual(['Save image']);
    const inAd = { parent: fenced, top: fenced, processId: top.processId } as unknown as Electron.WebFrameMain;
    page.contextMenu({ frame: inAd, mediaType: 'image', hasImageContents: true, srcURL: 'https://ads.example.net/b.jpg' });
    expect(labels()).toEqual(['Save image']);
  });

  it('sends a saved image\u2019s Referer as the frame\u2019s own Referrer-Policy says, none for no-referrer', () => {
    const { page, click } = withMenus();
    const save = (referrerPolicy: string, srcURL: string) => {
      page.contextMenu({ mediaType: 'image', hasImageContents: true, srcURL, referrerPolicy: referrerPolicy as never });
      click('Save image');
    };
    save('no-referrer', 'https://x.com/a.jpg');
    save('same-origin', 'https://pbs.twimg.com/a.jpg');
    save('unsafe-url', 'https://pbs.twimg.com/a.jpg');
    save('origin', 'https://x.com/a.jpg');
    expect(page.downloadHeaders).toEqual([{}, {}, { Referer: 'https://x.com/home' }, { Referer: 'https://x.com/' }]);
  });

  it('shows no menu once its window is gone, where Electron would put it over another identity\u2019s window', async () => {
    const { w, win } = withMenus();
    w.windows.openLauncher();
    const launcher = w.e.world.windows().find((candidate) => candidate !== win && !candidate.siteViews().length)!;
    const shown = w.e.world.contextMenus.length;
    // destroy() ends the window at once and deletes its page a task later (~BrowserWindow): the page's right-click,
    // which Electron emits after reading the clipboard, can land in between.
    const page = launcher.webContents;
    launcher.destroy();
    page.contextMenu({ isEditable: true, editFlags: EDITABLE });
    expect(w.e.world.contextMenus.length).toBe(shown);
    await laterTasks();
  });

  it('opened from the keyboard, appears at the page\u2019s caret in the window, not wherever the pointer is', () => {
    const { w, win, page } = withMenus();
    const view = win.siteViews().find((v) => v.webContents === page)!;
    page.contextMenu({ menuSourceType: 'keyboard', x: 100, y: 50, isEditable: true, editFlags: EDITABLE });
    const bounds = view.getBounds();
    expect(bounds.x + bounds.y).toBeGreaterThan(0); // (the site sits below the band and beside the sidebar)
    expect(w.e.world.contextMenus.at(-1)).toMatchObject({ at: { x: bounds.x + 100, y: bounds.y + 50 }, sourceType: 'keyboard' });
    // With the mouse it opens at the pointer, as Electron places it without x and y.
    page.contextMenu({ menuSourceType: 'mouse', x: 100, y: 50, isEditable: true, editFlags: EDITABLE });
    expect(w.e.world.contextMenus.at(-1)!.at).toBeUndefined();
    // Our own page fills its window: its x and y are the window's.
    win.webContents.contextMenu({ menuSourceType: 'keyboard', x: 30, y: 40, isEditable: true, editFlags: EDITABLE });
    expect(w.e.world.contextMenus.at(-1)).toMatchObject({ at: { x: 30, y: 40 }, sourceType: 'keyboard' });
  });

  it('on a plain spot of the page, goes back, forward and reloads as the chrome’s buttons do', () => {
    const { page, lastMenu, click } = withMenus();
    page.contextMenu();
    expect(lastMenu().byLabel('Back')!.enabled).toBe(false);
    page.pageNavigates('https://x.com/ada');
    page.finishLoad('Ada / X');
    page.contextMenu();
    expect(lastMenu().byLabel('Back')!.enabled).toBe(true);
    click('Back');
    page.finishLoad('Home / X');
    expect(page.getURL()).toBe('https://x.com/home');
    const loads = page.loads.length;
    click('Reload');
    expect(page.loads.length).toBe(loads + 1);
  });

  it('does nothing when an item is clicked after its page closed', async () => {
    const { win, page, lastMenu } = withMenus();
    page.contextMenu({ isEditable: true, editFlags: EDITABLE });
    const menu = lastMenu();
    await closeWindow(win);
    expect(page.isDestroyed()).toBe(true);
    menu.click(menu.byLabel('Paste')!);
    expect(page.editCommands).toEqual([]);
  });
});

describe('the right-click menu of our own pages', () => {
  it('edits text in the chrome (the composer) and shows nothing elsewhere', () => {
    const { w, win, labels, click } = withMenus();
    const shown = w.e.world.contextMenus.length;
    win.webContents.contextMenu();
    expect(w.e.world.contextMenus.length).toBe(shown);
    win.webContents.contextMenu({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the'], editFlags: EDITABLE });
    expect(labels()).toEqual(['Undo', 'Redo', '-', 'Cut', 'Copy', 'Paste', '-', 'Select all']);
    click('Cut');
    expect(win.webContents.editCommands).toEqual(['cut']);
  });

  it('edits text in the launcher and the activity log', () => {
    const w = windowWorld();
    w.windows.openLauncher();
    w.windows.openLog();
    for (const view of ['launcher', 'log']) {
      const win = w.e.world.windows().find((c) => new URL(c.webContents.loads[0]!.url).searchParams.get('view') === view)!;
      win.webContents.finishLoad();
      win.webContents.contextMenu({ isEditable: true, editFlags: EDITABLE });
      const shown = w.e.world.contextMenus.at(-1)!;
      expect(shown.window).toBe(win);
      shown.menu.click(shown.menu.byLabel('Paste')!);
      expect(win.webContents.editCommands).toEqual(['paste']);
    }
  });
});
