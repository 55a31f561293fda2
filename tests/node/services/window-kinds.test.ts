import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract, WINDOW_KINDS, WINDOW_KINDS_BOUND, type WindowKind } from '../../../shared/ipc/contract';
import { createRouter, type CallerContext, type Handlers } from '../../../electron/main/services/api/router';
import { samplesFor } from '../support/ipc-samples';

const MINE = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const OTHER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const callerOf = (kind: WindowKind): CallerContext =>
  kind === 'popup' ? { window: kind, identityId: MINE, chromeContentsId: 1 } : kind === 'identity' ? { window: kind, identityId: MINE } : { window: kind };

/** A router whose handlers only record that they were reached. */
function recordingRouter() {
  const reached: Channel[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      () => {
        reached.push(c);
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { reached, router: createRouter(handlers, () => {}) };
}

/** What each kind of window needs, and nothing more (ARCHITECTURE.md, least privilege between our own windows). */
const EXPECTED: Record<WindowKind, readonly Channel[]> = {
  launcher: [
    'identities:list',
    'identities:create',
    'identities:update',
    'identities:remove',
    'windows:openIdentity',
    'windows:openLog',
    // Hatstand's appearance, for every window: chosen where no identity is acting.
    'windows:getAppearance',
    'windows:setAppearance',
    // The network's contract comment: the identity window and the launcher.
    'network:get',
    'network:set',
    'network:test',
  ],
  log: ['identities:list', 'windows:openLauncher', 'activity:query', 'activity:get', 'activity:export', 'activity:getRetention', 'activity:setRetention'],
  // Listed one by one: a new channel is in no kind's list until someone decides which windows need it.
  identity: [
    'sites:add',
    'sites:update',
    'sites:remove',
    'windows:openLog',
    'chrome:context',
    'chrome:showSite',
    'chrome:navigate',
    'chrome:setPanel',
    'chrome:setNoticeBand',
    'chrome:find',
    'chrome:stopFind',
    'sessions:getOptions',
    'sessions:setOptions',
    'permissions:list',
    'permissions:set',
    'drafts:list',
    'drafts:create',
    'drafts:save',
    'drafts:history',
    'drafts:restore',
    'drafts:move',
    'drafts:delete',
    'drafts:insertIntoSite',
    'drafts:post',
    'accounts:list',
    'accounts:connect',
    'accounts:disconnect',
    'warnings:evaluate',
    'warnings:override',
    'warnings:answered',
    'warnings:getSettings',
    'warnings:setSettings',
    'warnings:resetModel',
    'warnings:export',
    'warnings:import',
    'guard:decide',
    'guard:cancel',
    'guard:getPolicy',
    'guard:setPolicy',
    'network:get',
    'network:set',
    'network:test',
    'links:open',
    'links:answer',
    'links:listAlways',
    'links:setAlways',
  ],
  // Who it is, and its own page again after a failure ("Try again": a reload of the popup's page, nothing else).
  popup: ['chrome:context', 'chrome:navigate'],
};

describe('authorization by window kind', () => {
  it('declares the window kinds of every channel in the contract', () => {
    for (const c of CHANNELS) {
      expect(contract[c].callers.length, c).toBeGreaterThan(0);
      for (const kind of contract[c].callers) expect(WINDOW_KINDS).toContain(kind);
    }
  });

  it('gives each window kind exactly the channels its job needs', () => {
    for (const kind of WINDOW_KINDS) {
      const allowed = CHANNELS.filter((c) => contract[c].callers.includes(kind));
      expect([...allowed].sort(), kind).toEqual([...EXPECTED[kind]].sort());
    }
  });

  it('refuses an identity-bound window that does not name the identity it acts for', async () => {
    for (const c of CHANNELS) {
      for (const kind of contract[c].callers.filter((k) => WINDOW_KINDS_BOUND.has(k))) {
        const withoutIdentity = { ...(samplesFor(MINE, OTHER)[c] as object) };
        delete (withoutIdentity as { identityId?: unknown }).identityId;
        const { reached, router } = recordingRouter();
        expect((await router.dispatch(c, withoutIdentity, callerOf(kind))).ok, `${c} from ${kind}`).toBe(false);
        expect(reached).toEqual([]);
      }
    }
  });

  describe.each(CHANNELS.map((c) => [c]))('%s', (channel) => {
    it.each(WINDOW_KINDS.map((k) => [k]))('from the %s window', async (kind) => {
      const { reached, router } = recordingRouter();
      const payload = samplesFor(MINE, OTHER)[channel];
      const result = await router.dispatch(channel, payload, callerOf(kind));
      if (contract[channel].callers.includes(kind)) {
        expect(result, JSON.stringify(result)).toEqual({ ok: true, value: null });
        expect(reached).toEqual([channel]);
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
        expect(reached).toEqual([]);
      }
    });

    if (contract[channel].callers.some((k) => WINDOW_KINDS_BOUND.has(k))) {
      it('never acts for another identity from an identity-bound window', async () => {
        for (const kind of contract[channel].callers.filter((k) => WINDOW_KINDS_BOUND.has(k))) {
          const { reached, router } = recordingRouter();
          const result = await router.dispatch(channel, samplesFor(OTHER, MINE)[channel], callerOf(kind));
          expect(result).toMatchObject({ ok: false, error: { code: 'ipc/wrong-identity' } });
          expect(reached).toEqual([]);
        }
      });
    }
  });

  it('refuses in sentences that say where to go instead', async () => {
    const { router } = recordingRouter();
    const result = await router.dispatch('identities:remove', samplesFor(MINE, OTHER)['identities:remove'], callerOf('identity'));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Only the launcher can do that.*do it from there\.$/) } });
  });
});
