import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { isPageMainFrame } from '../page-frame';
import type { GlueWindow, PageContents, WindowKit } from './surface';

/**
 * The right-click menu. Electron shows none of its own: it only emits `context-menu` with what is under the pointer
 * (docs/api/web-contents.md, Event: 'context-menu'; shell/browser/api/electron_api_web_contents.cc, HandleContextMenu),
 * so without this a person could not fix a misspelt word, copy a link's address or paste with the mouse.
 *
 * Every item acts on the page that was right-clicked, never through a menu role: a role acts on whichever page has
 * keyboard focus (lib/browser/api/menu-item-roles.ts), which in an identity window may be our chrome.
 */

/** What the menu reads of Electron's params (the rest, frames and media flags, it does not use). */
export type MenuParams = Pick<
  ContextMenuParams,
  | 'x'
  | 'y'
  | 'menuSourceType'
  | 'frame'
  | 'pageURL'
  | 'frameURL'
  | 'referrerPolicy'
  | 'linkURL'
  | 'srcURL'
  | 'mediaType'
  | 'hasImageContents'
  | 'isEditable'
  | 'selectionText'
  | 'misspelledWord'
  | 'dictionarySuggestions'
  | 'editFlags'
>;

/** The page's own commands the menu calls (Electron's WebContents). */
export type MenuPage = Pick<
  PageContents,
  'isDestroyed' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'replaceMisspelling' | 'copyImageAt' | 'downloadURL' | 'reload' | 'mainFrame'
> & {
  readonly navigationHistory: Pick<PageContents['navigationHistory'], 'canGoBack' | 'canGoForward' | 'goBack' | 'goForward'>;
  readonly session: { addWordToSpellCheckerDictionary(word: string): boolean };
};

/** What only the window around a site page can do: the clipboard with provenance, and links leaving the app. */
export interface SiteMenuActions {
  /** Puts text on the clipboard as this identity's. */
  copyText(text: string): void;
  /** Asks first, then opens the address in the person's browser (window-open-policy's question). */
  openExternally(url: string): void;
  /** Back, forward and reload of the page, as the chrome's buttons do them (reload goes through the network gate). */
  navigate(action: 'back' | 'forward' | 'reload'): void;
  /**
   * Whose dictionary a word added goes to. On macOS and Windows it is the system's, shared by every app and identity
   * (docs/api/session.md, addWordToSpellCheckerDictionary: the OS spellchecker's); on Linux the identity's own. The
   * label says so: a client's name added at work is also "correct" in the personal identity from then on.
   */
  readonly dictionary: { shared: true } | { shared: false; identityName: string };
}

const MAX_SUGGESTIONS = 5;

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

function editItems(page: MenuPage, params: MenuParams): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { label: 'Undo', enabled: flags.canUndo, click: () => page.undo() },
      { label: 'Redo', enabled: flags.canRedo, click: () => page.redo() },
      { type: 'separator' },
      { label: 'Cut', enabled: flags.canCut, click: () => page.cut() },
      { label: 'Copy', enabled: flags.canCopy, click: () => page.copy() },
      { label: 'Paste', enabled: flags.canPaste, click: () => page.paste() },
      { type: 'separator' },
      { label: 'Select all', enabled: flags.canSelectAll, click: () => page.selectAll() },
    ];
  }
  // (A password field's text is not copied: Chromium clears canCopy there, and so the item is disabled.)
  return params.selectionText.trim() ? [{ label: 'Copy', enabled: flags.canCopy, click: () => page.copy() }] : [];
}

function spellingItems(page: MenuPage, params: MenuParams, dictionary: SiteMenuActions['dictionary']): MenuItemConstructorOptions[] {
  const word = params.misspelledWord;
  if (!params.isEditable || !word) return [];
  const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
  return [
    ...(suggestions.length > 0
      ? suggestions.map((s): MenuItemConstructorOptions => ({ label: s, click: () => page.replaceMisspelling(s) }))
      : [{ label: 'No spelling suggestions', enabled: false }]),
    {
      label: `Add \u201c${word.slice(0, 40)}\u201d to ${dictionary.shared ? 'the system dictionary (every app and identity)' : `${dictionary.identityName}\u2019s dictionary`}`,
      click: () => void page.session.addWordToSpellCheckerDictionary(word),
    },
  ];
}

/**
 * The right-click was in a frame the main frame's renderer holds: the page's main frame itself, or a frame of its page
 * (`top` is it) in its own process (a same-site frame), which Blink's hit test at the point reaches; a frame of another
 * process (another site's) it does not. Not an ad's fenced frame: its root has no parent and is its own `top`
 * (electron_api_web_frame_main.cc, Parent and Top: GetParent, GetMainFrame, which stop at a fenced frame's root in
 * Chromium's MPArch, not in the mirror), but it is another page, not the main frame's to copy from (page-frame.ts).
 * A frame whose render frame is gone counts as not.
 */
function inMainFrame(page: Pick<MenuPage, 'mainFrame'>, params: MenuParams): boolean {
  try {
    const frame = params.frame;
    if (frame === null) return false;
    if (isPageMainFrame(page, frame)) return true;
    const main = page.mainFrame as { processId?: unknown } | null;
    return isPageMainFrame(page, frame.top) && frame.processId === main?.processId;
  } catch {
    return false; // (its render frame was disposed: reading it throws, electron_api_web_frame_main.cc CheckRenderFrame)
  }
}

/**
 * The Referer a saved image is fetched with, as the frame would have sent it: downloadURL sends none of its own (the
 * Referer given is the download's referrer, electron_api_web_contents.cc DownloadURL), and image hosts that refuse
 * hotlinking answer a bare request with an error page. The frame's own Referrer-Policy decides, as for its requests:
 * Electron gives it as a string, although electron.d.ts types it as a Referrer (blink_converter.cc,
 * Converter<network::mojom::ReferrerPolicy>::ToV8, "no-referrer" for a policy it has no name for).
 */
function referrerFor(params: MenuParams): { headers: Record<string, string> } | undefined {
  let from: URL;
  let to: URL;
  try {
    from = new URL(params.frameURL || params.pageURL);
    to = new URL(params.srcURL);
  } catch {
    return undefined;
  }
  if (!isWebAddress(from.href)) return undefined;
  from.hash = '';
  from.username = '';
  from.password = '';
  const sameOrigin = from.origin === to.origin;
  const downgrade = from.protocol === 'https:' && to.protocol === 'http:';
  const full = from.href;
  const origin = `${from.origin}/`;
  const given = params.referrerPolicy as unknown;
  const policy = typeof given === 'string' ? given : ((given as { policy?: string } | undefined)?.policy ?? 'default');
  const sent = ((): string | null => {
    switch (policy) {
      case 'no-referrer':
        return null;
      case 'unsafe-url':
        return full;
      case 'origin':
        return origin;
      case 'same-origin':
        return sameOrigin ? full : null;
      case 'strict-origin':
        return downgrade ? null : origin;
      case 'no-referrer-when-downgrade':
        return downgrade ? null : full;
      default: // 'default' and 'strict-origin-when-cross-origin', Chromium's default
        return downgrade ? null : sameOrigin ? full : origin;
    }
  })();
  return sent ? { headers: { Referer: sent } } : undefined;
}

/** Joins groups with one separator between non-empty ones. */
function joined(groups: MenuItemConstructorOptions[][]): MenuItemConstructorOptions[] {
  return groups.filter((g) => g.length > 0).flatMap((g, i) => (i === 0 ? g : [{ type: 'separator' as const }, ...g]));
}

/** The menu of one of our own pages (chrome, composer, launcher, log): editing only. Empty: no menu. */
export function ownPageMenu(page: MenuPage, params: MenuParams): MenuItemConstructorOptions[] {
  return editItems(page, params);
}

/** The menu of a site page: spelling, the link or image under the pointer, editing, and the page itself. */
export function sitePageMenu(page: MenuPage, params: MenuParams, actions: SiteMenuActions): MenuItemConstructorOptions[] {
  const link = isWebAddress(params.linkURL) ? params.linkURL : '';
  const linkItems: MenuItemConstructorOptions[] = link
    ? [
        { label: 'Open link in your browser\u2026', click: () => actions.openExternally(link) },
        { label: 'Copy link address', click: () => actions.copyText(link) },
      ]
    : [];
  const image = params.mediaType === 'image' && params.hasImageContents;
  const imageItems: MenuItemConstructorOptions[] = image
    ? [
        // copyImageAt asks the main frame for the image at that point (electron_api_web_contents.cc, CopyImageAt:
        // GetPrimaryMainFrame()->CopyImageAt): an image inside another site's frame, in another process, is not the
        // main frame's to copy, and the item would do nothing. Saving it by address still works.
        ...(inMainFrame(page, params) ? [{ label: 'Copy image', click: () => page.copyImageAt(params.x, params.y) }] : []),
        // (Saved as any download of this identity: into its own folder, logged, never over another file.)
        ...(isWebAddress(params.srcURL) ? [{ label: 'Save image', click: () => page.downloadURL(params.srcURL, referrerFor(params)) }] : []),
      ]
    : [];
  const edit = editItems(page, params);
  // Nothing under the pointer to act on: the page's own commands.
  const pageItems: MenuItemConstructorOptions[] =
    link || image || edit.length > 0
      ? []
      : [
          { label: 'Back', enabled: page.navigationHistory.canGoBack(), click: () => actions.navigate('back') },
          { label: 'Forward', enabled: page.navigationHistory.canGoForward(), click: () => actions.navigate('forward') },
          { label: 'Reload', click: () => actions.navigate('reload') },
        ];
  return joined([spellingItems(page, params, actions.dictionary), linkItems, imageItems, edit, pageItems]);
}

/**
 * Shows `menuFor`'s items when the page is right-clicked (or the menu key pressed); nothing when it has none. An item
 * clicked after its page closed does nothing.
 */
export function wireContextMenu(
  contents: Pick<PageContents, 'on' | 'isDestroyed'>,
  menuFor: (params: MenuParams) => MenuItemConstructorOptions[],
  show: MenuShow,
): void {
  contents.on('context-menu', (_event, params) => {
    const items = menuFor(params).map((item) => (item.click ? { ...item, click: guard(contents, item.click) } : item));
    if (items.length > 0) show(items, params);
  });
}

/** Shows a page's menu: its items, and the params of the right-click (or menu key) that asked for it. */
export type MenuShow = (items: MenuItemConstructorOptions[], params: Pick<MenuParams, 'x' | 'y' | 'menuSourceType'>) => void;

/** One of our own pages: its editing menu. */
export function wireOwnPageMenu(contents: MenuPage & Pick<PageContents, 'on'>, show: MenuShow): void {
  wireContextMenu(contents, (params) => ownPageMenu(contents, params), show);
}

/**
 * Shows a page's menu over its own window, and nothing once that window is gone: Menu.popup puts a menu whose window
 * is not among BaseWindow.getAllWindows() over the focused window, or the first, which may be another identity's, and
 * throws when there is none (lib/browser/api/menu.ts, popup). A page's 'context-menu' comes in a later task than the
 * click (electron_api_web_contents.cc, HandleContextMenu reads the clipboard first), and a page outlives a window that
 * is closing, so the window may be gone by then.
 */
export function menuOver<W extends GlueWindow>(
  kit: Pick<WindowKit<W, never>, 'allWindows' | 'popupMenu'>,
  win: W,
  pageOrigin: () => { x: number; y: number } | null = () => ({ x: 0, y: 0 }),
): MenuShow {
  return (items, params) => {
    if (!kit.allWindows().includes(win)) return;
    // A menu asked for with the mouse opens at the pointer. One asked for from the keyboard (the menu key, Shift+F10)
    // or by touch opens where the page says, at the caret or the element: at the pointer it could be anywhere on the
    // screen. The page's x and y are its own; its view's place in the window makes them the window's.
    // (sourceType: the menu Windows and Linux draw differs for touch; Electron asks for the event's own.)
    const origin = params.menuSourceType === 'mouse' ? null : pageOrigin();
    const at = origin ? { x: Math.round(origin.x + params.x), y: Math.round(origin.y + params.y) } : {};
    kit.popupMenu(items, win, { ...at, sourceType: params.menuSourceType });
  };
}

function guard(contents: Pick<PageContents, 'isDestroyed'>, click: NonNullable<MenuItemConstructorOptions['click']>): MenuItemConstructorOptions['click'] {
  return (...args) => {
    if (!contents.isDestroyed()) click(...args);
  };
}
