import type { MenuItemConstructorOptions } from 'electron';
import type { Identity } from '../../shared/domain/identity';
import { identityIconPng } from './services/icons/identity-icon';

/** The parts of a Tray the menu uses. */
export interface TrayLike<M> {
  setContextMenu(menu: M | null): void;
  setToolTip(toolTip: string): void;
}

export interface IdentityTrayDeps<M, I> {
  platform: NodeJS.Platform;
  /** nativeImage.createFromBuffer(png, { scaleFactor }), marked as a template image when asked. */
  image(png: Buffer, options: { scaleFactor: number; template: boolean }): I;
  createTray(image: I): TrayLike<M>;
  buildMenu(template: MenuItemConstructorOptions[]): M;
  identities(): readonly Identity[];
  openIdentity(identityId: string): unknown;
  openLauncher(): unknown;
  openLog(): unknown;
  quit(): void;
  log?(message: string): void;
}

/**
 * The tray menu: one item per identity, then the launcher, the log and Quit.
 * Rebuilt whenever identities change (call `rebuild`). A click never throws:
 * an exception in a menu click is an uncaught exception in main, which
 * Electron shows as "A JavaScript error occurred in the main process"
 * (lib/browser/init.ts); an identity removed meanwhile just refreshes the menu.
 * On macOS the icon is a template image at scale 2: a 32 px glyph drawn as
 * 16 pt, in the menu bar's own colour (docs/api/native-image.md).
 */
export function createIdentityTray<M, I>(deps: IdentityTrayDeps<M, I>): { rebuild(): void } | null {
  const mac = deps.platform === 'darwin';
  let tray: TrayLike<M>;
  try {
    const png = identityIconPng({ color: '#44403c', text: 'H', size: 32, template: mac });
    tray = deps.createTray(deps.image(png, { scaleFactor: mac ? 2 : 1, template: mac }));
  } catch (error) {
    // No tray on this desktop: the launcher and --identity still work.
    deps.log?.(`No tray icon: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const safely = (what: string, run: () => unknown) => () => {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((error: unknown) => failed(what, error));
    } catch (error) {
      failed(what, error);
    }
  };
  const failed = (what: string, error: unknown) => {
    deps.log?.(`Tray: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    rebuild();
  };
  const rebuild = () => {
    let identities: readonly Identity[] = [];
    try {
      identities = deps.identities();
    } catch (error) {
      deps.log?.(`Tray: identities unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    tray.setContextMenu(
      deps.buildMenu([
        ...identities.map((identity) => ({
          label: `${identity.avatar}  ${identity.name}`,
          click: safely(`opening ${identity.name}`, () => deps.openIdentity(identity.id)),
        })),
        { type: 'separator' },
        { label: 'Launcher', click: safely('opening the launcher', deps.openLauncher) },
        { label: 'Activity log', click: safely('opening the log', deps.openLog) },
        { type: 'separator' },
        { label: 'Quit Hatstand', click: safely('quitting', deps.quit) },
      ]),
    );
  };
  rebuild();
  tray.setToolTip('Hatstand');
  return { rebuild };
}
