import { app, BrowserWindow, clipboard, dialog, Menu, nativeImage, nativeTheme, screen, shell, WebContentsView } from 'electron';
import type { WindowKit } from './surface';

/**
 * The real Electron behind the window layer's WindowKit. Assigning Electron's
 * classes here is where the compiler checks them against every member and
 * event the glue declares in surface.ts.
 */
export function electronWindowKit(): WindowKit<BrowserWindow, WebContentsView> {
  return {
    platform: process.platform,
    development: !app.isPackaged,
    createWindow: (options) => new BrowserWindow(options),
    createView: (options) => new WebContentsView(options),
    allWindows: () => BrowserWindow.getAllWindows(),
    focusedWindow: () => BrowserWindow.getFocusedWindow(),
    icon: (png) => nativeImage.createFromBuffer(png),
    ask: async (parent, options) => (await dialog.showMessageBox(parent, options)).response,
    askNow: (parent, options) => dialog.showMessageBoxSync(parent, options),
    savePath: async (parent, options) => {
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openExternal: (url) => shell.openExternal(url),
    // (Without x and y the menu opens at the pointer: docs/api/menu.md, menu.popup.)
    popupMenu: (items, window, where) => Menu.buildFromTemplate(items).popup({ window, ...where }),
    copyText: (text) => clipboard.writeText(text),
    workAreas: () => {
      const primary = screen.getPrimaryDisplay();
      return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
    },
    quit: () => app.quit(),
    darkAppearance: () => nativeTheme.shouldUseDarkColors,
    launchArgv: () => (app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()]),
    onAppearanceChanged: (listener) => void nativeTheme.on('updated', listener),
    setAppearance: (appearance) => void (nativeTheme.themeSource = appearance),
  };
}
