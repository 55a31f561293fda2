/**
 * A service worker's replay of a post the person refused is known after a restart (Workbox keeps its queue for 7 days
 * and replays it when the worker next starts, usually at a later launch): the guard as the app wires it, on a real
 * store, with the digest key in the keychain (an in-memory keytar). A keychain that cannot give the key keeps the
 * memory for the run only, and says so once in the log. A refused post the person sends again after using its site is
 * asked about, and its sheet says it was refused before, and when.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayloads } from '../../../shared/ipc/contract';
import { createGuardServices, REFUSED_KEY_NAME } from '../../../electron/main/services/api/guard-services';
import { REFUSAL_RETENTION_MS } from '../../../electron/main/services/post-guard';
import { connectionOf, openStore, type Store } from '../../../electron/main/services/store';
import { SecretVault, VAULT_SERVICE, type KeychainBackend } from '../../../electron/main/services/vault';
import { WarningsService } from '../../../electron/main/services/warnings/warnings-service';
import { daysAgoInWords } from '../../../shared/domain/days-ago';
import { MemoryKeychain } from '../support/app-services';

const DAY = 24 * 60 * 60 * 1000;
/** Noon, local time: calendar days in the tests are the local time zone's, as in the sheet. */
const NOON = new Date(2026, 0, 10, 12, 0, 0).getTime();
const TEXT = 'Leaving the team was the best thing that happened to me';

let dir: string;
let store: Store;
let pro: string;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON);
  dir = mkdtempSync(join(tmpdir(), 'hatstand-refused-'));
  store = openStore(join(dir, 'h.db'));
  pro = store.identities.ensureDefaults().find((i) => i.name === 'Professional')!.id;
});
afterEach(() => {
  vi.useRealTimers();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One run of Hatstand's guard on the store, with this keychain. */
function run(keychain: KeychainBackend) {
  const shown: Array<EventPayloads['guard:prompt']> = [];
  const notices: Array<EventPayloads['guard:notice']> = [];
  const warned: string[] = [];
  const services = createGuardServices({
    store,
    warnings: new WarningsService(store, () => []),
    chrome: {
      show: (_identityId, prompt) => {
        shown.push(prompt);
        return true;
      },
      hide: () => {},
      notice: (_identityId, notice) => notices.push(notice),
    },
    vault: new SecretVault({ backend: keychain }),
    warn: (message) => warned.push(message),
  });
  /** The worker's post (the page's fetch that its service worker sent, or Workbox's replay of it). */
  const fromWorker = (options: { gestureAt?: number; text?: string; identityId?: string } = {}) =>
    services.guard.check({
      identityId: options.identityId ?? pro,
      method: 'POST',
      url: 'https://mastodon.social/api/v1/statuses',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: options.text ?? TEXT }),
      fromWorker: true,
      initiator: { origin: 'https://mastodon.social', ...(options.gestureAt !== undefined ? { lastGestureAt: options.gestureAt } : {}) },
    });
  /** Shows the sheet, and answers it. */
  const answered = async (answer: 'post' | 'cancel', options: Parameters<typeof fromWorker>[0] = {}) => {
    const before = shown.length;
    const decision = fromWorker(options);
    await until(() => shown.length === before + 1);
    services.broker.decide(options.identityId ?? pro, shown.at(-1)!.requestId, answer);
    return decision;
  };
  return { services, shown, notices, warned, fromWorker, answered, quit: () => services.guard.dispose() };
}

/** Waits for `ready` in real time without moving the faked clock (vi.waitFor would move it). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !ready(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
  expect(ready()).toBe(true);
}

const rows = () => connectionOf(store).prepare('SELECT * FROM refused_posts').all() as Array<Record<string, unknown>>;

describe('refused posts, across runs', () => {
  it("refuses a worker's replay after a restart with the same store and keychain, keeping only a digest, and the key in the keychain", async () => {
    const keychain = new MemoryKeychain();
    const first = run(keychain);
    expect(await first.answered('cancel')).toMatchObject({ outcome: 'cancelled', cause: 'user' });
    await first.quit();

    const second = run(keychain);
    expect(await second.fromWorker()).toMatchObject({ outcome: 'cancelled', cause: 'replay-refused' });
    expect(second.shown).toHaveLength(0);
    expect(second.notices.at(-1)!.message).toContain('tried again to send the post to mastodon.social you had refused');
    // What is kept: the digest, identity, site, kind and time, never the text; the key is in the keychain only.
    // (Its replay refused again without asking: still wanted, `seen_at`.)
    expect(rows()).toEqual([{ identity_id: pro, site: 'mastodon.social', digest: expect.stringMatching(/^[0-9a-f]{32}$/), kind: 'post', refused_at: NOON, final: 0, seen_at: NOON }]);
    expect(JSON.stringify(rows())).not.toContain('Leaving');
    const key = keychain.secrets.get(`${VAULT_SERVICE}/hatstand-own:${REFUSED_KEY_NAME}`);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows())).not.toContain(key!);
    // Another text is asked about as usual.
    expect(await second.answered('post', { text: 'Something else entirely, written today' })).toMatchObject({ outcome: 'sent' });
    expect(second.warned).toEqual([]);
    await second.quit();
  });

  it('forgets a refusal once Workbox would have dropped the post (7 days), and not before', async () => {
    const keychain = new MemoryKeychain();
    const first = run(keychain);
    await first.answered('cancel');
    await first.quit();

    vi.setSystemTime(NOON + 7 * DAY);
    const sixDaysLater = run(keychain);
    expect(await sixDaysLater.fromWorker()).toMatchObject({ cause: 'replay-refused' });
    await sixDaysLater.quit();

    vi.setSystemTime(NOON + REFUSAL_RETENTION_MS + 1);
    const later = run(keychain);
    const replay = later.fromWorker();
    await until(() => later.shown.length === 1);
    // An ordinary sheet: the memory is gone, so it says nothing of a refusal.
    expect(later.shown[0]!.refusedBefore).toBeNull();
    later.services.broker.decide(pro, later.shown[0]!.requestId, 'post');
    expect(await replay).toMatchObject({ outcome: 'sent' });
    await later.quit();
    expect(rows()).toEqual([]);
  });

  it('forgets the refused posts of an identity that is removed', async () => {
    const keychain = new MemoryKeychain();
    const first = run(keychain);
    await first.answered('cancel');
    await first.quit();
    expect(rows()).toHaveLength(1);
    store.identities.remove(pro);
    expect(rows()).toEqual([]);
  });

  it('keeps the memory for the run when the keychain is locked, says so once in the log and nothing to the person, and stores nothing', async () => {
    // libsecret on a locked keyring with no prompter: reads say null, writes fail.
    const locked: KeychainBackend = {
      getPassword: async () => null,
      setPassword: async () => {
        throw new Error('Cannot create an item in a locked collection');
      },
      deletePassword: async () => false,
      findCredentials: async () => [],
    };
    const first = run(locked);
    expect(await first.answered('cancel')).toMatchObject({ cause: 'user' });
    expect(await first.fromWorker()).toMatchObject({ cause: 'replay-refused' });
    await first.answered('cancel', { text: 'A second post the person thought better of' });
    expect(await first.fromWorker({ text: 'A second post the person thought better of' })).toMatchObject({ cause: 'replay-refused' });
    expect(first.warned).toHaveLength(1);
    expect(first.warned[0]).toMatch(/keychain .*\(vault\/locked: .*\); posts refused in this run are remembered only until Hatstand quits/);
    expect(first.notices.map((n) => n.code)).toEqual(['refused', 'refused']);
    expect(rows()).toEqual([]);
    await first.quit();

    // The next run has nothing to go on: the replay is asked about, as before this memory outlived a run.
    const second = run(locked);
    const replay = second.fromWorker();
    await until(() => second.shown.length === 1);
    second.services.broker.decide(pro, second.shown[0]!.requestId, 'cancel');
    await replay;
    await second.quit();
  });
});

describe('refused posts, when the store or the keychain fail', () => {
  it("keeps a refusal for the run when the store cannot write it, and says so once in the log (gl1 review D3)", async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const write = vi.spyOn(store.refusedPosts, 'remember').mockImplementation(() => {
      throw full;
    });
    const first = run(new MemoryKeychain());
    await first.answered('cancel');
    expect(await first.fromWorker()).toMatchObject({ cause: 'replay-refused' });
    await first.answered('cancel', { text: 'A second post the person thought better of' });
    expect(await first.fromWorker({ text: 'A second post the person thought better of' })).toMatchObject({ cause: 'replay-refused' });
    expect(first.shown).toHaveLength(2);
    expect(first.warned).toEqual([expect.stringMatching(/^\[post-guard\] the store could not remember a refused post \(.*database or disk is full\); posts refused in this run are remembered only until Hatstand quits\.$/)]);
    expect(rows()).toEqual([]);
    write.mockRestore();
    await first.quit();
  });

  it('replaces a digest key the keychain holds damaged, so refusals outlive the run again rather than never (it failed every run before)', async () => {
    const keychain = new MemoryKeychain();
    const entry = `${VAULT_SERVICE}/hatstand-own:${REFUSED_KEY_NAME}`;
    keychain.secrets.set(entry, 'typed here by hand');
    const first = run(keychain);
    await first.answered('cancel');
    await first.quit();
    expect(first.warned).toEqual([]);
    expect(keychain.secrets.get(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(rows()).toHaveLength(1);

    const second = run(keychain);
    expect(await second.fromWorker()).toMatchObject({ outcome: 'cancelled', cause: 'replay-refused' });
    await second.quit();
  });

  it('asks the keychain once more, ten minutes after a fallback: the refusals of earlier runs are known again, and those of the fallback still (gl1 review M2)', async () => {
    const keychain = new MemoryKeychain();
    const before = run(keychain);
    await before.answered('cancel');
    await before.quit();

    // The next launch: the keyring is locked, and the person leaves its prompt unanswered.
    vi.setSystemTime(NOON + DAY);
    keychain.locked = true;
    const second = run(keychain);
    await second.answered('cancel', { text: 'A second post the person thought better of' });
    expect(second.warned).toHaveLength(1);
    // Unlocked later (another app asked); not asked again before ten minutes.
    keychain.locked = false;
    vi.setSystemTime(NOON + DAY + 5 * 60_000);
    await second.answered('cancel', { text: 'A third post' });
    expect(rows()).toHaveLength(1);
    vi.setSystemTime(NOON + DAY + 11 * 60_000);
    expect(await second.fromWorker()).toMatchObject({ cause: 'replay-refused' });
    expect(await second.fromWorker({ text: 'A second post the person thought better of' })).toMatchObject({ cause: 'replay-refused' });
    expect(await second.fromWorker({ text: 'A third post' })).toMatchObject({ cause: 'replay-refused' });
    await second.answered('cancel', { text: 'A fourth post' });
    expect(rows()).toHaveLength(2);
    expect(second.warned).toHaveLength(1);
    expect(keychain.writes.filter((a) => a.startsWith('hatstand-own:'))).toHaveLength(1);
    await second.quit();
  });
});

describe("the sheet of a refused post sent again after the person's click in its site", () => {
  it('says a background script of the site is sending again the post the person cancelled, and when; an ordinary sheet says nothing of it', async () => {
    const keychain = new MemoryKeychain();
    const first = run(keychain);
    await first.answered('cancel');
    // The first sheet was an ordinary one.
    expect(first.shown[0]!.refusedBefore).toBeNull();
    await first.quit();

    // The next day, after a restart, under a policy that asks nothing: asked all the same, and told when.
    store.settings.setFor(pro, 'guard.policy', { confirm: 'never', coolingOffSeconds: 0 });
    vi.setSystemTime(NOON + DAY);
    const second = run(keychain);
    const again = second.fromWorker({ gestureAt: Date.now() - 1_000 });
    await until(() => second.shown.length === 1);
    expect(second.shown[0]!.refusedBefore).toBe(
      'A background script of mastodon.social is sending again the post you cancelled yesterday. If you cancel again, Hatstand will refuse it without asking.',
    );
    second.services.broker.decide(pro, second.shown[0]!.requestId, 'post');
    expect(await again).toMatchObject({ outcome: 'sent' });
    // Its "Post" replaced the refusal: the same post is no longer anything refused (and, under "never", not asked).
    expect(await second.fromWorker({ gestureAt: Date.now() - 1_000 })).toMatchObject({ outcome: 'sent' });
    expect(second.shown).toHaveLength(1);
    expect(store.activity.query({ kinds: ['post.confirmed'] }).rows[0]!.details).toMatchObject({ reasons: ['refused-before'] });
    await second.quit();
  });

  it('refuses without asking, after any click and across a restart, a post cancelled again on the sheet that said so (gl1 review D2)', async () => {
    const keychain = new MemoryKeychain();
    const first = run(keychain);
    await first.answered('cancel');
    vi.setSystemTime(NOON + 5 * 60_000);
    // The person clicks in the page, the worker starts and replays: the sheet says it was cancelled before; Cancel again.
    await first.answered('cancel', { gestureAt: Date.now() - 1_000 });
    expect(first.shown[1]!.refusedBefore).toMatch(/^A background script of mastodon\.social is sending again the post you cancelled 5 minutes ago\. If you cancel again, Hatstand will refuse it without asking\.$/);
    // Every later replay, right after a click or not, is refused without a sheet and told in one sentence.
    for (let i = 1; i <= 3; i++) {
      vi.setSystemTime(NOON + (5 + i) * 60_000);
      expect(await first.fromWorker({ gestureAt: Date.now() - 1_000 })).toMatchObject({ cause: 'replay-refused' });
    }
    expect(first.shown).toHaveLength(2);
    expect(first.notices.at(-1)!.message).toBe(
      'A background script of mastodon.social tried again to send the post to mastodon.social you had cancelled twice; Hatstand refused it without asking (to send it anyway, post it again yourself with a change).',
    );
    await first.quit();

    // The next days, under a policy that asks nothing: still refused, and still without a sheet.
    store.settings.setFor(pro, 'guard.policy', { confirm: 'never', coolingOffSeconds: 0 });
    vi.setSystemTime(NOON + 3 * DAY);
    const second = run(keychain);
    expect(await second.fromWorker({ gestureAt: Date.now() - 1_000 })).toMatchObject({ cause: 'replay-refused' });
    expect(second.shown).toHaveLength(0);
    // Posted again by the person with a change: other bytes, sent as any post.
    expect(await second.fromWorker({ gestureAt: Date.now() - 1_000, text: `${TEXT}!` })).toMatchObject({ outcome: 'sent' });
    await second.quit();
  });

  it('says when: in minutes within the hour, then in calendar days (earlier today, yesterday, 3 days ago)', () => {
    const late = new Date(2026, 0, 10, 23, 50).getTime();
    expect(daysAgoInWords(late - 20_000, late)).toBe('a moment ago');
    expect(daysAgoInWords(late - 60_000, late)).toBe('a minute ago');
    expect(daysAgoInWords(new Date(2026, 0, 10, 0, 10).getTime(), late)).toBe('earlier today');
    expect(daysAgoInWords(new Date(2026, 0, 10, 22, 49).getTime(), late)).toBe('earlier today');
    // Ten minutes after midnight, a post cancelled at 23:55 was not cancelled "yesterday" as a person means it.
    expect(daysAgoInWords(new Date(2026, 0, 9, 23, 55).getTime(), new Date(2026, 0, 10, 0, 5).getTime())).toBe('10 minutes ago');
    expect(daysAgoInWords(new Date(2026, 0, 9, 22, 30).getTime(), new Date(2026, 0, 10, 0, 5).getTime())).toBe('yesterday');
    expect(daysAgoInWords(new Date(2026, 0, 7, 9, 0).getTime(), late)).toBe('3 days ago');
  });
});
