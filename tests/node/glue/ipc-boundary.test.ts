import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { resolveCaller, type KnownWindows } from '../../../electron/main/ipc/caller';
import { registerIpc } from '../../../electron/main/ipc/register-ipc';
import { createRouter, type Handlers } from '../../../electron/main/services/api/router';
import { AppError } from '../../../shared/result';
import { FakeIpcMain } from '../../support/electron';

const PAGE = 'app://hatstand/index.html';
const PERSONAL = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const PRO = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const known: KnownWindows = {
  contextOf: (id) => (id === 1 ? { window: 'identity', identityId: PERSONAL } : id === 2 ? { window: 'launcher' } : undefined),
};

describe('who sent an IPC message', () => {
  it('answers the main frame of our own page in a window we made', () => {
    expect(resolveCaller({ senderId: 1, frame: { url: `${PAGE}?view=identity&identityId=${PERSONAL}`, isMainFrame: true } }, known)).toEqual({
      window: 'identity',
      identityId: PERSONAL,
    });
  });
  it.each([
    ['a sub-frame', { senderId: 1, frame: { url: PAGE, isMainFrame: false } }],
    ['a site view', { senderId: 9, frame: { url: PAGE, isMainFrame: true } }],
    ['a page that navigated away', { senderId: 1, frame: { url: 'https://evil.example/index.html', isMainFrame: true } }],
    ['another local file', { senderId: 1, frame: { url: 'file:///tmp/index.html', isMainFrame: true } }],
    ['our bundle opened as a file', { senderId: 1, frame: { url: 'file:///opt/Hatstand%20[beta]/resources/app.asar/out/renderer/index.html', isMainFrame: true } }],
    ['another host of our scheme', { senderId: 1, frame: { url: 'app://hatstand.evil/index.html', isMainFrame: true } }],
    ['a host that starts like ours', { senderId: 1, frame: { url: 'app://hatstandx/index.html', isMainFrame: true } }],
    ['our host with credentials', { senderId: 1, frame: { url: 'app://me@hatstand/index.html', isMainFrame: true } }],
    ['our host on a port', { senderId: 1, frame: { url: 'app://hatstand:8080/index.html', isMainFrame: true } }],
    ['a path that starts like ours', { senderId: 1, frame: { url: 'app://hatstand/index.html.evil', isMainFrame: true } }],
    ['another page of ours', { senderId: 1, frame: { url: 'app://hatstand/assets/x.html', isMainFrame: true } }],
    ['https with our host', { senderId: 1, frame: { url: 'https://hatstand/index.html', isMainFrame: true } }],
    ['garbage', { senderId: 1, frame: { url: 'not a url', isMainFrame: true } }],
    ['a destroyed frame', { senderId: 1, frame: null }],
  ])('refuses %s', (_what, sender) => {
    expect(resolveCaller(sender, known)).toBeNull();
  });
});

function handlersFor(overrides: Partial<Handlers>): Handlers {
  const missing = () => {
    throw new Error('not used in this test');
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, overrides[c] ?? missing])) as unknown as Handlers;
}

describe('the router at the boundary', () => {
  const unexpected: unknown[] = [];
  const router = createRouter(
    handlersFor({
      'identities:list': () => [],
      'chrome:context': () => {
        throw new AppError('store/not-found', 'That identity no longer exists.');
      },
      'drafts:list': () => {
        throw new TypeError('boom with secret draft text');
      },
    }),
    (_c, e) => unexpected.push(e),
  );

  it('refuses unknown channels and malformed payloads with sentences, never throwing', async () => {
    expect(await router.dispatch('shell:exec', {}, { window: 'launcher' })).toMatchObject({ ok: false, error: { code: 'ipc/unknown-channel' } });
    for (const payload of [null, 42, 'x', [], { identityId: 'nope' }, { identityId: PERSONAL, extra: 1 }]) {
      const result = await router.dispatch('chrome:context', payload, { window: 'identity', identityId: PERSONAL });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('ipc/invalid-payload');
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('lets an identity window act only for its own identity', async () => {
    const result = await router.dispatch('chrome:context', { identityId: PRO }, { window: 'identity', identityId: PERSONAL });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/wrong-identity' } });
  });

  it('passes a person-readable AppError through and hides unexpected errors', async () => {
    expect(await router.dispatch('chrome:context', { identityId: PERSONAL }, { window: 'identity', identityId: PERSONAL })).toEqual({
      ok: false,
      error: { code: 'store/not-found', message: 'That identity no longer exists.' },
    });
    const hidden = await router.dispatch('drafts:list', { identityId: PERSONAL }, { window: 'identity', identityId: PERSONAL });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret draft text');
    expect(unexpected).toHaveLength(1);
  });

  it('registers exactly one handler per contract channel and refuses foreign senders', async () => {
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, router, known);
    expect(ipcMain.channels().sort()).toEqual([...CHANNELS].sort());
    expect(await ipcMain.invoke('identities:list', { sender: { id: 9 }, frameUrl: 'https://x.com/' }, {})).toMatchObject({ ok: false, error: { code: 'ipc/foreign-sender' } });
    expect(await ipcMain.invoke('identities:list', { sender: { id: 2 }, frameUrl: `${PAGE}?view=launcher`, subFrame: true }, {})).toMatchObject({ ok: false, error: { code: 'ipc/foreign-sender' } });
    expect(await ipcMain.invoke('identities:list', { sender: { id: 2 }, frameUrl: PAGE, frameGone: true }, {})).toMatchObject({ ok: false, error: { code: 'ipc/foreign-sender' } });
    // (A frame whose renderer was disposed after it sent: its url throws. Refused with an answer, not a rejection.)
    expect(await ipcMain.invoke('identities:list', { sender: { id: 2 }, frameUrl: PAGE, frameDisposed: true }, {})).toMatchObject({ ok: false, error: { code: 'ipc/foreign-sender' } });
    expect(await ipcMain.invoke('identities:list', { sender: { id: 2 }, frameUrl: `${PAGE}?view=launcher` }, {})).toEqual({ ok: true, value: [] });
  });
});
