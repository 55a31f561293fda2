import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PermissionRequest, WebContents } from 'electron';
import { configureIdentitySession, plainChromeUserAgent, useChromeUserAgentFallback } from '../../../electron/main/session/configure-session';
import { refusalToTell } from '../../../electron/main/security/permission-policy';
import { identityDownloadsFolder, safeDownloadName } from '../../../electron/main/session/downloads';
import { createElectron, nextTask } from '../../support/electron';

/** An identity partition from the shared Electron doubles. */
function fakeSession() {
  const session = createElectron().session.fromPartition(`persist:identity-${ID}`);
  return {
    session,
    state: {
      request: (...args: Parameters<NonNullable<typeof session.permissionRequestHandler>>) => session.permissionRequestHandler!(...args),
      check: (...args: Parameters<NonNullable<typeof session.permissionCheckHandler>>) => session.permissionCheckHandler!(...args),
      get userAgent() {
        return session.getUserAgent();
      },
    },
  };
}

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';

describe('identity session setup', () => {
  it('denies permissions unless allowed for this identity and origin, and reports denials', async () => {
    const { session, state } = fakeSession();
    const denied: string[] = [];
    const grants = new Set(['https://meet.example.com media']);
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Professional',
      downloadsRoot: '/home/me/Downloads',
      permissionGrants: () => grants,
      onPermissionDenied: ({ permission }) => denied.push(permission),
    });
    const ask = (permission: string, url: string) =>
      new Promise<boolean>((resolve) =>
        state.request({} as WebContents, permission as never, resolve, { requestingUrl: url } as PermissionRequest),
      );
    expect(await ask('notifications', 'https://x.com/')).toBe(false);
    expect(await ask('media', 'https://meet.example.com/r')).toBe(true);
    expect(await ask('media', 'https://x.com/')).toBe(false);
    expect(denied).toEqual(['notifications', 'media']);
    // The camera allowed is not the screen: a 'media' request for no device (a desktop capture) and a
    // 'display-capture' one are refused.
    const askMedia = (permission: string, mediaTypes: Array<'audio' | 'video'>) =>
      new Promise<boolean>((resolve) =>
        state.request({} as WebContents, permission as never, resolve, { requestingUrl: 'https://meet.example.com/r', isMainFrame: true, mediaTypes } as PermissionRequest),
      );
    expect(await askMedia('media', ['video', 'audio'])).toBe(true);
    expect(await askMedia('media', [])).toBe(false);
    expect(await askMedia('display-capture', ['video'])).toBe(false);
    // The screen refused is not offered as "Allow the camera" (which is allowed already, and would change nothing).
    expect(denied).toEqual(['notifications', 'media', 'display-capture']);
    expect(state.check(null, 'geolocation', 'https://x.com', {} as never)).toBe(false);
  });

  it("withholds the clipboard from a site allowed to read it while it holds what was copied in another identity's window", async () => {
    const { session, state } = fakeSession();
    let onClipboard: { identityId: string; copy: number } | undefined | 'unreadable' = { identityId: 'professional-id', copy: 1 };
    const withheld: Array<{ url: string; copiedIn: string }> = [];
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Personal',
      downloadsRoot: '/home/me/Downloads',
      permissionGrants: () => new Set(['https://notes.example clipboard-read']),
      clipboardFromElsewhere: () => (onClipboard === 'unreadable' ? Promise.reject(new Error('held by another app')) : Promise.resolve(onClipboard)),
      onClipboardWithheld: (info) => withheld.push(info),
    });
    const ask = (permission: string, url: string) =>
      new Promise<boolean>((resolve) => state.request({} as WebContents, permission as never, resolve, { requestingUrl: url, isMainFrame: true } as PermissionRequest));
    expect(await ask('clipboard-read', 'https://notes.example/page')).toBe(false);
    expect(withheld).toEqual([{ url: 'https://notes.example/page', copiedIn: 'professional-id' }]);
    // A site reading at every focus is told once for this copy; a new copy elsewhere is told again.
    expect(await ask('clipboard-read', 'https://notes.example/other')).toBe(false);
    expect(withheld).toHaveLength(1);
    onClipboard = { identityId: 'professional-id', copy: 2 };
    expect(await ask('clipboard-read', 'https://notes.example/page')).toBe(false);
    expect(withheld).toHaveLength(2);
    // Once the clipboard holds something else (or this identity's own copy), the allowed site reads it again.
    onClipboard = undefined;
    expect(await ask('clipboard-read', 'https://notes.example/page')).toBe(true);
    // A clipboard that cannot be looked at is not handed over.
    onClipboard = 'unreadable';
    expect(await ask('clipboard-read', 'https://notes.example/page')).toBe(false);
    // A site never allowed is refused as before, without asking what the clipboard holds.
    onClipboard = { identityId: 'professional-id', copy: 3 };
    expect(await ask('clipboard-read', 'https://other.example/')).toBe(false);
    expect(withheld).toHaveLength(2);
  });

  it('gives an allowed origin nothing inside another site\u2019s page (an iframe any page can embed)', async () => {
    const electron = createElectron();
    const session = electron.session.fromPartition(`persist:identity-${ID}`);
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Professional',
      downloadsRoot: '/home/me/Downloads',
      permissionGrants: () => new Set(['https://meet.example.com media', 'https://meet.example.com notifications']),
    });
    const page = electron.world.newContents(`persist:identity-${ID}`, 'browserView');
    void page.loadURL('https://evil.example/lure');
    page.finishLoad();
    // The frame of the allowed origin, inside the other site's page: refused, by request and by check.
    expect(await session.requestPermission(page, 'media', 'https://meet.example.com/embed', { isMainFrame: false })).toBe(false);
    expect(session.checkPermission(page, 'notifications', 'https://meet.example.com', { subFrame: true })).toBe(false);
    expect(session.checkPermission(page, 'media', 'https://meet.example.com', { subFrame: true, via: 'media' })).toBe(false);
    // Fullscreen stays allowed to any frame (an embedded video).
    expect(await session.requestPermission(page, 'fullscreen', 'https://video.example/embed', { isMainFrame: false })).toBe(true);
    // The allowed origin's own page, and a frame of its own inside it, are allowed.
    void page.loadURL('https://meet.example.com/room/1');
    page.finishLoad();
    expect(await session.requestPermission(page, 'media')).toBe(true);
    expect(await session.requestPermission(page, 'media', 'https://meet.example.com/widget', { isMainFrame: false })).toBe(true);
    expect(session.checkPermission(page, 'notifications', 'https://meet.example.com')).toBe(true);
    expect(session.checkPermission(page, 'media', 'https://meet.example.com', { via: 'media' })).toBe(true);
    expect(session.checkPermission(page, 'media', 'https://meet.example.com', { subFrame: true, via: 'media' })).toBe(true); // (its own frame)
    expect(session.checkPermission(null, 'notifications', 'https://meet.example.com')).toBe(true); // (notifications checks pass null)
    // A frame's check whose page can no longer be read (closed meanwhile) is refused, as a request would be.
    const gone = electron.world.newContents(`persist:identity-${ID}`, 'browserView');
    void gone.loadURL('https://meet.example.com/room/2');
    gone.finishLoad();
    gone.close();
    await nextTask();
    expect(session.checkPermission(gone, 'media', 'https://meet.example.com', { subFrame: true, via: 'media' })).toBe(false);
  });

  it('tells a refusal the person could allow: the page’s own request, for a permission settings offer, from https', async () => {
    const electron = createElectron();
    const session = electron.session.fromPartition(`persist:identity-${ID}`);
    const told: Array<{ origin: string; permission: string }> = [];
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Professional',
      downloadsRoot: '/home/me/Downloads',
      permissionGrants: () => new Set(),
      onPermissionDenied: ({ permission, url, isMainFrame }) => {
        const refusal = refusalToTell(permission, url, isMainFrame);
        if (refusal) told.push(refusal);
      },
    });
    const page = electron.world.newContents(`persist:identity-${ID}`, 'browserView');
    void page.loadURL('https://www.linkedin.com/feed/');
    page.finishLoad();
    expect(await session.requestPermission(page, 'notifications')).toBe(false);
    expect(await session.requestPermission(page, 'media', 'https://meet.example.com/embed', { isMainFrame: false })).toBe(false); // (a frame: allowing would not help)
    expect(await session.requestPermission(page, 'display-capture')).toBe(false); // (not one settings offer)
    expect(told).toEqual([{ origin: 'https://www.linkedin.com', permission: 'notifications' }]);
    expect(refusalToTell('geolocation', 'http://intranet.example/map', true)).toBeNull(); // (only https origins can be allowed)
    // A frame of the page's own origin is told (allowing that origin allows it); one of another origin is not.
    expect(refusalToTell('notifications', 'https://www.linkedin.com/widget', false, 'https://www.linkedin.com/feed/')).toEqual({ origin: 'https://www.linkedin.com', permission: 'notifications' });
    expect(refusalToTell('notifications', 'https://ads.example/frame', false, 'https://www.linkedin.com/feed/')).toBeNull();
    // Pointer lock is filed under the page whatever frame asked: a notice could name the wrong site.
    expect(refusalToTell('pointerLock', 'https://www.linkedin.com/', true)).toBeNull();
  });

  it('saves downloads into the identity own folder with a safe name (PITFALLS 6)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hatstand-setup-'));
    try {
      const session = createElectron({ downloadsOnDisk: true }).session.fromPartition(`persist:identity-${ID}`);
      const saved: string[] = [];
      configureIdentitySession(session, {
        identityId: ID,
        identityName: () => 'Professional',
        downloadsRoot: root,
        permissionGrants: () => new Set(),
        onDownload: ({ path }) => saved.push(path),
      });
      const item = session.download({ filename: '../../.bashrc', url: 'https://x.com/file' });
      const path = join(root, 'Hatstand', 'Professional (3f2b8c1e)', 'bashrc');
      // (Written under a partial name until whole: downloads.test.ts.)
      expect(item.getSavePath()).toBe(`${path}.part`);
      // Said saved once it is, not when it starts.
      expect(saved).toEqual([]);
      item.end('completed');
      await Promise.resolve();
      expect(saved).toEqual([path]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives two identities two different download folders', () => {
    expect(identityDownloadsFolder('/d', 'Personal', ID)).not.toBe(identityDownloadsFolder('/d', 'Professional', ID.replace('3', '4')));
    expect(safeDownloadName('a<b>c.txt')).toBe('a_b_c.txt');
    expect(safeDownloadName('')).toBe('download');
  });

  it('presents a plain Chrome user agent (sites refuse sign-in to "Electron")', () => {
    const { session, state } = fakeSession();
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Personal',
      downloadsRoot: '/d',
      permissionGrants: () => new Set(),
    });
    expect(state.userAgent).not.toMatch(/Electron|hatstand/i);
    expect(state.userAgent).toContain('Chrome/140');
    expect(plainChromeUserAgent('A Electron/1.2 B')).toBe('A B');
  });

  it('makes the app\'s fallback user agent the plain Chrome one, which a popup\'s own first page gets', () => {
    const app = { userAgentFallback: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) hatstand/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36' };
    useChromeUserAgentFallback(app);
    expect(app.userAgentFallback).toBe('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36');
  });
});
