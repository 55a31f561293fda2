import { describe, expect, it } from 'vitest';
import type { DownloadItem, PermissionRequest, WebContents } from 'electron';
import { configureIdentitySession, plainChromeUserAgent } from '../../../electron/main/session/configure-session';
import { identityDownloadsFolder, safeDownloadName } from '../../../electron/main/session/downloads';
import { createElectron } from '../../support/electron';

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
    expect(state.check(null, 'geolocation', 'https://x.com', {} as never)).toBe(false);
  });

  it('saves downloads into the identity own folder with a safe name (PITFALLS 6)', () => {
    const { session } = fakeSession();
    const saved: string[] = [];
    configureIdentitySession(session, {
      identityId: ID,
      identityName: () => 'Professional',
      downloadsRoot: '/home/me/Downloads',
      permissionGrants: () => new Set(),
      onDownload: ({ path }) => saved.push(path),
    });
    let savePath = '';
    const item: Pick<DownloadItem, 'getFilename' | 'getURL' | 'setSavePath'> = {
      getFilename: () => '../../.bashrc',
      getURL: () => 'https://x.com/file',
      setSavePath: (p: string) => void (savePath = p),
    };
    session.download(item);
    expect(savePath).toBe('/home/me/Downloads/Hatstand/Professional (3f2b8c1e)/bashrc');
    expect(saved).toEqual([savePath]);
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
});
