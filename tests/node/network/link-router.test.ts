import { beforeEach, describe, expect, it } from 'vitest';
import type { LinkQuestion } from '../../../shared/ipc/contract';
import { LinkRouter, type LinkPort } from '../../../electron/main/services/links/link-router';
import type { Identity } from '../../../shared/domain/identity';
import { tempStore } from '../store/helpers';

// The link router over a real store: it asks through the chrome, never opens
// under another identity without an answer, remembers "always" per domain,
// and logs every cross-identity open.
let router: LinkRouter;
let asked: LinkQuestion[];
let openedAs: Array<{ identityId: string; url: string }>;
let settled: string[];
let personal: Identity;
let professional: Identity;
let store: ReturnType<typeof tempStore>['store'];

beforeEach(() => {
  store = tempStore().store;
  store.identities.ensureDefaults();
  personal = store.identities.list().find((i) => i.name === 'Personal')!;
  professional = store.identities.list().find((i) => i.name === 'Professional')!;
  asked = [];
  openedAs = [];
  settled = [];
  const port: LinkPort = {
    openAs: (identityId, url) => void openedAs.push({ identityId, url }),
    ask: (_identityId, question) => (asked.push(question), true),
    settled: (_identityId, questionId) => void settled.push(questionId),
  };
  router = new LinkRouter({ store, port });
});

const routed = () => store.activity.query({ kinds: ['link.routed'] }).rows.map((r) => r.summary);

describe('a link clicked in a site view', () => {
  it('to its own or nobody\'s site: opens where it was clicked, nothing asked or logged', async () => {
    let here = 0;
    expect(await router.route(personal.id, 'https://mastodon.social/@ada', 'site', () => void (here += 1))).toBe('here');
    expect(await router.route(personal.id, 'https://example.org/', 'site', () => void (here += 1))).toBe('here');
    expect(asked).toEqual([]);
    expect(routed()).toEqual([]);
  });

  it('to another identity\'s site: asks, and opens nothing until answered', async () => {
    let here = 0;
    expect(await router.route(personal.id, 'https://www.linkedin.com/in/ada', 'site', () => void (here += 1))).toBe('asked');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ identityId: personal.id, domain: 'linkedin.com', question: 'Open linkedin.com as Professional, or here as Personal?', owner: { name: 'Professional' }, hereName: 'Personal' });
    expect(openedAs).toEqual([]);
    expect(here).toBe(0);
  });

  it('"here": opens in the window it was clicked in, logged', async () => {
    let here = 0;
    await router.route(personal.id, 'https://x.com/ada', 'site', () => void (here += 1));
    await router.answer(personal.id, asked[0]!.questionId, 'here', false);
    expect(here).toBe(1);
    expect(openedAs).toEqual([]);
    expect(settled).toEqual([asked[0]!.questionId]);
    expect(routed()).toEqual(['Personal opened a link to x.com (a site of Professional) in its own window']);
  });

  it('"as Professional, always": opens there, logged; the next link to that domain opens there without asking', async () => {
    await router.route(personal.id, 'https://www.linkedin.com/in/ada', 'site', () => undefined);
    await router.answer(personal.id, asked[0]!.questionId, 'owner', true);
    await router.route(personal.id, 'https://de.linkedin.com/jobs', 'site', () => undefined);
    expect(asked).toHaveLength(1);
    expect(openedAs).toEqual([
      { identityId: professional.id, url: 'https://www.linkedin.com/in/ada' },
      { identityId: professional.id, url: 'https://de.linkedin.com/jobs' },
    ]);
    expect(routed()).toEqual([
      'A link to linkedin.com clicked in Personal opened as Professional (always)',
      'A link to linkedin.com clicked in Personal opened as Professional (answered, always)',
    ]);
    expect(router.listAlways(personal.id)).toEqual([{ domain: 'linkedin.com', choice: 'owner', ownerName: 'Professional' }]);
    // The choice is Personal's only: Professional has none.
    expect(router.listAlways(professional.id)).toEqual([]);
    router.setAlways(personal.id, 'linkedin.com', null);
    await router.route(personal.id, 'https://www.linkedin.com/', 'site', () => undefined);
    expect(asked).toHaveLength(2);
  });

  it('cancel opens nothing; an answer from another identity\'s window, or a second answer, is refused', async () => {
    await router.route(personal.id, 'https://x.com/', 'site', () => undefined);
    const id = asked[0]!.questionId;
    await expect(router.answer(professional.id, id, 'owner', false)).rejects.toMatchObject({ code: 'links/unknown-question' });
    await router.answer(personal.id, id, 'cancel', true);
    await expect(router.answer(personal.id, id, 'owner', false)).rejects.toMatchObject({ code: 'links/unknown-question' });
    expect(openedAs).toEqual([]);
    expect(router.listAlways(personal.id)).toEqual([]);
  });

  it('a link from a sandboxed frame takes that sandbox to the owner\'s window, answered or "always"; a link without one takes none', async () => {
    const sandboxes: unknown[] = [];
    const keeping = new LinkRouter({
      store,
      port: { openAs: (_identityId, _url, sandbox) => void sandboxes.push(sandbox), ask: (_id, question) => (asked.push(question), true), settled: () => undefined },
    });
    expect(keeping.take(personal.id, 'https://www.linkedin.com/in/ada', 'site', () => undefined, 0x3ff)).toBe(true);
    await keeping.answer(personal.id, asked[0]!.questionId, 'owner', true);
    expect(keeping.take(personal.id, 'https://www.linkedin.com/in/grace', 'site', () => undefined, 0x1ff)).toBe(true);
    await expect.poll(() => sandboxes).toEqual([0x3ff, 0x1ff]);
    // (None said, none given: the owner's own site page may show it.)
    await keeping.route(personal.id, 'https://www.linkedin.com/feed/', 'site', () => undefined);
    expect(sandboxes).toEqual([0x3ff, 0x1ff, undefined]);
  });

  it('without a window to ask in, the link is not opened at all', async () => {
    const silent = new LinkRouter({ store, port: { openAs: (identityId, url) => void openedAs.push({ identityId, url }), ask: () => false, settled: () => undefined } });
    let here = 0;
    expect(await silent.route(personal.id, 'https://x.com/', 'site', () => void (here += 1))).toBe('asked');
    expect(openedAs).toEqual([]);
    expect(here).toBe(0);
  });
});
