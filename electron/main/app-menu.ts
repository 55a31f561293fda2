import type { MenuItemConstructorOptions } from 'electron';

/**
 * Hatstand's own application menu. Without one, Electron's default menu runs
 * its roles on whichever page has keyboard focus (lib/browser/api/menu.ts:89-94):
 * Ctrl/Cmd+R reloads our chrome as soon as the person clicked the sidebar or a
 * confirmation sheet took focus (losing the sheet), zoom scales the chrome, and
 * DevTools open on our own pages in a packaged app. Here Reload, Back, Forward
 * and zoom act on the active site view of the focused identity window; DevTools
 * exist only in development; editing roles still act on the focused page, which
 * is what editing text needs.
 */
export type SiteCommand = 'reload' | 'force-reload' | 'back' | 'forward' | 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'find';

export interface AppMenuActions {
  platform: NodeJS.Platform;
  development: boolean;
  /** Runs a command on the active site view of the window with this id (no-op for other windows). Never throws. */
  siteCommand(windowId: number | undefined, command: SiteCommand): void;
  /**
   * The shown site of the window with this id leaves its HTML fullscreen (a video): true when it had one. Never
   * throws; false for other windows.
   */
  leaveSiteFullscreen(windowId: number | undefined): boolean;
  openLauncher(): void;
  openLog(): void;
}

export function appMenuTemplate(actions: AppMenuActions): MenuItemConstructorOptions[] {
  const mac = actions.platform === 'darwin';
  const site = (label: string, command: SiteCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: (_item, window) => actions.siteCommand(window?.id, command),
  });
  const guarded = (run: () => void) => () => {
    try {
      run();
    } catch (error) {
      console.error('[menu] command failed:', error instanceof Error ? error.message : error);
    }
  };
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Identities', accelerator: 'CmdOrCtrl+Shift+L', click: guarded(actions.openLauncher) },
        { label: 'Activity log', accelerator: 'CmdOrCtrl+Shift+A', click: guarded(actions.openLog) },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        site('Reload', 'reload', 'CmdOrCtrl+R'),
        site('Force Reload', 'force-reload', 'Shift+CmdOrCtrl+R'),
        site('Back', 'back', mac ? 'Cmd+[' : 'Alt+Left'),
        site('Forward', 'forward', mac ? 'Cmd+]' : 'Alt+Right'),
        { type: 'separator' },
        site('Find in Page…', 'find', 'CmdOrCtrl+F'),
        { type: 'separator' },
        site('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
        site('Zoom In', 'zoom-in', 'CmdOrCtrl+Plus'),
        // "Plus" is Shift and "=" on most layouts: Ctrl/Cmd and the "=" key zoom in too, as in browsers. A hidden
        // item's accelerator still works (docs/api/menu-item.md, acceleratorWorksWhenHidden; always on Windows, Linux).
        { ...site('Zoom In', 'zoom-in', 'CmdOrCtrl+='), visible: false },
        site('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        { type: 'separator' },
        // Electron's role only toggles the window (menu-item-roles.ts, togglefullscreen), and a site's video fills the
        // site's part of the window, not the screen (web-preferences.ts, FULLSCREEN_IN_VIEW): with one in fullscreen,
        // the person wants out of it, so it leaves first, as Escape does, and the window is toggled on the next press.
        // On macOS the role stays: AppKit adds its own full-screen item to a View menu, and Electron hides that
        // duplicate only beside the role's item (electron_menu_controller.mm, menuWillOpen); Escape still leaves the video.
        mac
          ? { role: 'togglefullscreen' }
          : {
              label: 'Toggle Full Screen',
              accelerator: 'F11',
              click: (_item, window) =>
                guarded(() => {
                  if (!window || window.isDestroyed() || actions.leaveSiteFullscreen(window.id)) return;
                  window.setFullScreen(!window.isFullScreen());
                })(),
            },
        ...(actions.development ? [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
}

/** Builds and installs the menu (Menu.buildFromTemplate / Menu.setApplicationMenu). */
export function installAppMenu<M>(menus: { buildFromTemplate(template: MenuItemConstructorOptions[]): M; setApplicationMenu(menu: M | null): void }, actions: AppMenuActions): M {
  const menu = menus.buildFromTemplate(appMenuTemplate(actions));
  menus.setApplicationMenu(menu);
  return menu;
}
