import { describe, expect, it } from 'vitest';
import { ComposerPosting } from '../../../electron/main/services/api/composer-posting';
import type { ConnectedAccounts } from '../../../electron/main/services/accounts';
import type { PostGuard } from '../../../electron/main/services/post-guard';
import { AppError } from '../../../shared/result';
import { tempStore } from '../store/helpers';
import { mastodonAccount } from './support/account-meta';

/**
 * The composer's Post after the site answered: what the store does next (mark the draft posted, log it) must not
 * change what the person is told about the post itself.
 */
function posting(postFrom: ConnectedAccounts['postFrom']) {
  const { store } = tempStore();
  store.identities.ensureDefaults();
  const pro = store.identities.list().find((i) => i.name === 'Professional')!;
  store.accounts.add(mastodonAccount(pro.id));
  const draft = store.drafts.create(pro.id, 'We are hiring.');
  const reported: string[] = [];
  // (The guard and the account client are the parts these tests do not look at: the guard allows, the client answers.)
  const guard = { decide: async () => ({ allow: true }) } as unknown as PostGuard;
  const accounts = { postFrom } as unknown as ConnectedAccounts;
  const composer = new ComposerPosting(store, accounts, guard, (what) => reported.push(what));
  const post = () => composer.post({ identityId: pro.id, draftId: draft.id, site: 'mastodon', handle: 'ada@mastodon.example' });
  return { store, draft, reported, post };
}
const published = { site: 'mastodon' as const, handle: 'ada@mastodon.example', id: '1', url: 'https://mastodon.example/@ada/1' };
const diskFull = () => {
  throw new AppError('store/disk-full', 'The disk is full, so Hatstand could not record the activity. Free some disk space and try again.');
};

describe('posting a draft from the composer', () => {
  it('says the post went out though the store cannot record it (a full disk): a retry would post it again', async () => {
    const { store, draft, reported, post } = posting(async () => published);
    store.activity.append = diskFull;
    await expect(post()).resolves.toEqual({ url: 'https://mastodon.example/@ada/1' });
    expect(reported).toEqual(['Logging a posted draft']);
    expect(store.drafts.get(draft.id)).toMatchObject({ status: 'posted', postedUrl: 'https://mastodon.example/@ada/1' });
  });

  it('keeps the retry key while the draft cannot be marked posted, so a retry is the same post', async () => {
    const keys: string[] = [];
    const { store, draft, reported, post } = posting(async (input) => (keys.push(input.postKey!), published));
    store.drafts.markPosted = diskFull;
    await expect(post()).resolves.toEqual({ url: 'https://mastodon.example/@ada/1' });
    expect(reported).toEqual(['Marking a posted draft']);
    expect(store.drafts.get(draft.id).status).not.toBe('posted');
    await post();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('tells the post\u2019s own failure, not the log\u2019s, when both fail', async () => {
    const refused = new AppError('accounts/refused', 'Mastodon refused the post: the text is too long.');
    const { store, reported, post } = posting(async () => {
      throw refused;
    });
    store.activity.append = diskFull;
    await expect(post()).rejects.toBe(refused);
    expect(reported).toEqual(['Logging a failed draft post']);
  });
});
