/**
 * Doubles of `Electron.Menu`, `MenuItem` roles, the default application menu,
 * and `Electron.Tray`.
 *
 * - Until `Menu.setApplicationMenu` is called, Electron installs a default menu
 *   (File, Edit, View, Window; App on macOS) at 'will-finish-launching'
 *   (lib/browser/default-menu.ts:11-25, lib/browser/init.ts:182). Its View menu has
 *   Reload, Force Reload, Toggle Developer Tools and the zoom roles
 *   (lib/browser/api/menu-item-roles.ts, `viewmenu`).
 * - A role acts on `webContents.getFocusedWebContents()`, the page that has
 *   keyboard focus, or on the focused BaseWindow (lib/browser/api/menu.ts:89-94,
 *   menu-item-roles.ts `execute`): with a site view and our chrome in one window,
 *   Reload reloads whichever had focus, our chrome as soon as the person clicked
 *   it or a confirmation sheet took focus; DevTools open on it too.
 * - A menu item with a role runs the role; only otherwise its `click(menuItem,
 *   focusedWindow, event)` (lib/browser/api/menu-item.ts:104-117).
 * - An exception thrown by a click is an uncaught exception in main: Electron
 *   shows "A JavaScript error occurred in the main process" (lib/browser/init.ts:22-38);
 *   the double records it in `world.uncaughtErrors`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { Emitter } from './events';
import type { FakeNativeImage } from './native-image';
import type { FakeBrowserWindow } from './browser-window';
import type { FakeWebContents } from './web-contents';
import type { ElectronWorld } from './world';


interface RoleSpec {
  accelerator?: (platform: NodeJS.Platform) => string | undefined;
  contents?: (wc: FakeWebContents) => void;
  window?: (w: FakeBrowserWindow) => void;
  app?: (world: ElectronWorld) => void;
}

/** The roles the glue and the default menu use (menu-item-roles.ts roleList). */
const ROLES: Partial<Record<string, RoleSpec>> = {
  reload: { accelerator: () => 'CmdOrCtrl+R', contents: (wc) => wc.reload() },
  forcereload: { accelerator: () => 'Shift+CmdOrCtrl+R', contents: (wc) => wc.reloadIgnoringCache() },
  toggledevtools: { accelerator: (p) => (p === 'darwin' ? 'Alt+Command+I' : 'Ctrl+Shift+I'), contents: (wc) => wc.toggleDevTools() },
  resetzoom: { accelerator: () => 'CommandOrControl+0', contents: (wc) => void (wc.zoomLevel = 0) },
  zoomin: { accelerator: () => 'CommandOrControl+Plus', contents: (wc) => void (wc.zoomLevel += 0.5) },
  zoomout: { accelerator: () => 'CommandOrControl+-', contents: (wc) => void (wc.zoomLevel -= 0.5) },
  close: { accelerator: () => 'CommandOrControl+W', window: (w) => w.close() },
  minimize: { accelerator: () => 'CommandOrControl+M', window: (w) => w.minimize() },
  // (Ctrl+Q on Linux too, none on Windows; it quits the app: menu-item-roles.ts, quit.)
  quit: { accelerator: (p) => (p === 'win32' ? undefined : 'CommandOrControl+Q'), app: (world) => world.app?.quit() },
  undo: { accelerator: () => 'CommandOrControl+Z', contents: (wc) => wc.undo() },
  redo: { accelerator: (p) => (p === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z'), contents: (wc) => wc.redo() },
  cut: { accelerator: () => 'CommandOrControl+X', contents: (wc) => wc.cut() },
  copy: { accelerator: () => 'CommandOrControl+C', contents: (wc) => wc.copy() },
  paste: { accelerator: () => 'CommandOrControl+V', contents: (wc) => wc.paste() },
  selectall: { accelerator: () => 'CommandOrControl+A', contents: (wc) => wc.selectAll() },
  delete: { contents: (wc) => wc.delete() },
  pasteandmatchstyle: { contents: (wc) => wc.pasteAndMatchStyle() },
  // (It toggles the focused window only: a page's own HTML fullscreen is left as it was. menu-item-roles.ts:214-220.)
  togglefullscreen: { accelerator: (p) => (p === 'darwin' ? 'Control+Command+F' : 'F11'), window: (w) => w.setFullScreen(!w.isFullScreen()) },
};

/** Submenus the menu roles expand to (menu-item-roles.ts `filemenu`, `editmenu`, `viewmenu`, `windowmenu`). */
function roleSubmenu(role: string, mac: boolean): MenuItemConstructorOptions[] | undefined {
  switch (role) {
    case 'filemenu':
      return [mac ? { role: 'close' } : { role: 'quit' }];
    case 'editmenu':
      return [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'delete' }, { role: 'selectAll' }];
    case 'viewmenu':
      return [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ];
    case 'windowmenu':
      return [{ role: 'minimize' }, { role: 'zoom' }, ...(mac ? [] : [{ role: 'close' } as MenuItemConstructorOptions])];
    case 'appmenu':
      return [{ role: 'quit' }];
    default:
      return undefined;
  }
}

export class FakeMenuItem {
  readonly label: string;
  readonly role: string | undefined;
  readonly type: MenuItemConstructorOptions['type'];
  readonly accelerator: string | undefined;
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly submenu: FakeMenu | null;
  readonly options: MenuItemConstructorOptions;

  constructor(world: ElectronWorld, options: MenuItemConstructorOptions) {
    this.options = options;
    this.role = options.role?.toLowerCase();
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.label = options.label ?? (this.role ? this.role : '');
    const spec = this.role ? ROLES[this.role] : undefined;
    this.accelerator = (options.accelerator as string | undefined) ?? spec?.accelerator?.(world.platform);
    this.enabled = options.enabled !== false;
    this.visible = options.visible !== false;
    const sub = options.submenu ?? (this.role ? roleSubmenu(this.role, world.platform === 'darwin') : undefined);
    this.submenu = sub ? FakeMenu.build(world, Array.isArray(sub) ? sub : []) : null;
  }
}

export class FakeMenu extends Emitter {
  readonly items: FakeMenuItem[];
  private constructor(
    private readonly world: ElectronWorld,
    template: MenuItemConstructorOptions[],
  ) {
    super();
    this.items = template.map((o) => new FakeMenuItem(world, o));
  }
  static build(world: ElectronWorld, template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(world, template);
  }

  /**
   * Menu.popup: shown as a context menu over `options.window` (recorded in `world.contextMenus`). A window that is not
   * among BaseWindow.getAllWindows() (closed, or closing) is replaced by the focused window, else the first; with no
   * window at all it throws (lib/browser/api/menu.ts, Menu.prototype.popup).
   */
  popup(options: Electron.PopupOptions = {}): void {
    const windows = this.world.windows();
    let window: Electron.BaseWindow | null = options.window ?? null;
    if (!windows.some((w) => (w as unknown) === window)) {
      window = (this.world.focusedWindow() ?? windows[0] ?? null) as unknown as Electron.BaseWindow | null;
      if (!window) throw new Error('Cannot open Menu without a BaseWindow present');
    }
    this.world.contextMenus.push({ menu: this, window, ...(options.x !== undefined && options.y !== undefined ? { at: { x: options.x, y: options.y } } : {}), sourceType: options.sourceType ?? 'mouse' });
  }

  /** Every item, depth first, with its path of labels ("View > Reload"). */
  all(): Array<{ path: string; item: FakeMenuItem }> {
    const out: Array<{ path: string; item: FakeMenuItem }> = [];
    const walk = (menu: FakeMenu, prefix: string) => {
      for (const item of menu.items) {
        const path = prefix ? `${prefix} > ${item.label}` : item.label;
        out.push({ path, item });
        if (item.submenu) walk(item.submenu, path);
      }
    };
    walk(this, '');
    return out;
  }
  find(predicate: (item: FakeMenuItem) => boolean): FakeMenuItem | undefined {
    return this.all().find(({ item }) => predicate(item))?.item;
  }
  byLabel(label: string): FakeMenuItem | undefined {
    return this.find((i) => i.label === label);
  }

  /**
   * Clicks an item as Electron does (menu.ts:89-94 then menu-item.ts:104-117):
   * a role runs on the focused window or focused page; otherwise `click`.
   * A throwing click becomes an uncaught exception (init.ts:22-38).
   */
  click(item: FakeMenuItem): void {
    if (!item.enabled) return;
    const focusedWindow = this.world.focusedWindow();
    const spec = item.role ? ROLES[item.role] : undefined;
    try {
      if (spec?.app) return spec.app(this.world);
      if (spec?.window) {
        if (focusedWindow) spec.window(focusedWindow);
        return;
      }
      if (spec?.contents) {
        const focused = this.world.focusedWebContents();
        if (focused) spec.contents(focused);
        return;
      }
      item.options.click?.(item as unknown as Electron.MenuItem, (focusedWindow ?? undefined) as unknown as Electron.BaseWindow | undefined, {} as Electron.KeyboardEvent);
    } catch (error) {
      this.world.uncaughtErrors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** Accelerators compare without case and with Electron's aliases (CmdOrCtrl, CommandOrControl, Plus). */
export function normaliseAccelerator(accelerator: string, mac: boolean): string {
  return accelerator
    .split('+')
    .map((part) => part.trim().toLowerCase())
    .map((part) => {
      if (part === 'cmdorctrl' || part === 'commandorcontrol') return mac ? 'command' : 'control';
      if (part === 'cmd') return 'command';
      if (part === 'ctrl') return 'control';
      if (part === '' || part === 'plus') return 'plus';
      return part;
    })
    .sort()
    .join('+');
}

export class FakeTray extends Emitter implements Pick<Electron.Tray, 'setContextMenu' | 'setToolTip' | 'destroy' | 'isDestroyed'> {
  menu: FakeMenu | null = null;
  toolTip = '';
  private destroyed = false;
  constructor(
    world: ElectronWorld,
    readonly image: FakeNativeImage | string,
  ) {
    super();
    world.trays.push(this);
  }
  setContextMenu(menu: Electron.Menu | FakeMenu | null): void {
    this.menu = menu as FakeMenu | null;
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test control: the person picks a tray menu item by label. */
  clickItem(label: string): void {
    const item = this.menu?.byLabel(label);
    if (!item) throw new Error(`The tray menu has no item "${label}"; it has ${this.labels().join(', ')}.`);
    this.menu!.click(item);
  }
  labels(): string[] {
    return this.menu?.items.filter((i) => i.type !== 'separator').map((i) => i.label) ?? [];
  }
}
