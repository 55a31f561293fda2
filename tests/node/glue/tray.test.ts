/**
 * Issue 8, item 15: the tray follows identity changes, a click never throws
 * into Electron's error dialog, and macOS gets a template image at scale 2.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/services/api/handlers';
import { createIdentityTray } from '../../../electron/main/tray';
import { identityIconRgba } from '../../../electron/main/services/icons/identity-icon';
import type { FakeNativeImage } from '../../support/electron';
import { windowWorld } from './support/windows';

function withTray(platform: NodeJS.Platform = 'linux') {
  const w = windowWorld({ platform });
  const logged: string[] = [];
  let quit = 0;
  const tray = createIdentityTray({
    platform,
    image: (png, { scaleFactor, template }) => {
      const image = w.e.nativeImage.createFromBuffer(png, { scaleFactor });
      if (template) image.setTemplateImage(true);
      return image;
    },
    createTray: (image) => new w.e.Tray(image),
    buildMenu: (template) => w.e.Menu.buildFromTemplate(template),
    identities: () => w.store.identities.list(),
    openIdentity: (id) => w.windows.openIdentity(id),
    openLauncher: () => w.windows.openLauncher(),
    openLog: () => w.windows.openLog(),
    quit: () => void quit++,
    log: (m) => logged.push(m),
  })!;
  const services = createHandlers({
    store: w.store,
    windows: w.windows,
    guardChrome: { show: () => false, hide: () => {}, notice: () => {} },
    onIdentitiesChanged: () => tray.rebuild(),
  });
  return { w, tray, icon: w.e.world.trays[0]!, services, logged, quits: () => quit };
}

describe('the tray (item 15)', () => {
  it('lists every identity, and follows creations, renames and removals', async () => {
    const { w, icon, services } = withTray();
    expect(icon.labels()).toEqual(['🏡  Personal', '💼  Professional', 'Launcher', 'Activity log', 'Quit Hatstand']);
    const launcher = { window: 'launcher' } as const;
    await services.handlers['identities:create']({ name: 'Volunteering', color: '#15803d', avatar: '🌱' }, launcher);
    await services.handlers['identities:update']({ identityId: w.personal.id, name: 'Family' }, launcher);
    await services.handlers['identities:remove']({ identityId: w.professional.id, confirmed: true }, launcher);
    expect(icon.labels()).toEqual(['🏡  Family', '🌱  Volunteering', 'Launcher', 'Activity log', 'Quit Hatstand']);
  });

  it('a click on an identity removed meanwhile throws nothing into Electron and refreshes the menu', () => {
    const { w, icon, logged } = withTray();
    w.store.identities.remove(w.professional.id); // removed without the tray hearing of it
    icon.clickItem('💼  Professional');
    expect(w.e.world.uncaughtErrors).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('opening Professional failed')]);
    expect(icon.labels()).not.toContain('💼  Professional');
  });

  it('opens identities, the launcher and the log, and quits', () => {
    const { w, icon, quits } = withTray();
    icon.clickItem('🏡  Personal');
    icon.clickItem('Launcher');
    icon.clickItem('Activity log');
    icon.clickItem('Quit Hatstand');
    expect(w.windows.windowOf(w.personal.id)).toBeDefined();
    expect(w.e.world.windows()).toHaveLength(3);
    expect(quits()).toBe(1);
  });

  it('uses a template image at scale 2 on macOS (16 pt drawn from 32 px), a colour icon elsewhere', () => {
    const mac = withTray('darwin').icon.image as FakeNativeImage;
    expect(mac.isTemplateImage()).toBe(true);
    expect(mac.getScaleFactors()).toEqual([2]);
    expect(mac.getSize()).toEqual({ width: 16, height: 16 });
    const png = mac.toPNG();
    expect(png.readUInt32BE(16)).toBe(32);
    // Black and alpha only: the menu bar colours a template image itself.
    const rgba = identityIconRgba({ color: '#44403c', text: 'H', size: 32, template: true });
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...rgba.subarray(i * 4, i * 4 + 4)].join(','));
    expect(new Set(pixels)).toEqual(new Set(['0,0,0,0', '0,0,0,255']));
    const linux = withTray('linux').icon.image as FakeNativeImage;
    expect(linux.isTemplateImage()).toBe(false);
    expect(linux.getScaleFactors()).toEqual([1]);
  });
});
