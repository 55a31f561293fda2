import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/result';
import type { RecognisedPost } from '../../../../shared/sites';
import { newPostKey, type AccountSite, type ConnectedAccounts } from '../accounts';
import type { PostGuard } from '../post-guard';
import type { Store } from '../store';
import { afterCommit, reportToConsole, type FollowUpReporter } from '../after-commit';

const KEYS = 'composer.postKeys';

/**
 * The composer's Post button: the same guard, warnings and policy as a post
 * made inside a site, then the identity's connected account. A retry of the
 * same draft text reuses its key, so it can never publish twice.
 */
export class ComposerPosting {
  constructor(
    private readonly store: Store,
    private readonly accounts: ConnectedAccounts,
    private readonly guard: PostGuard,
    private readonly report: FollowUpReporter = reportToConsole,
  ) {}

  async post(input: { identityId: string; draftId: string; site: AccountSite; handle: string }): Promise<{ url: string }> {
    const { identityId, draftId, site, handle } = input;
    const draft = this.store.drafts.get(draftId);
    if (draft.identityId !== identityId) throw new AppError('store/not-found', 'That draft is not one of this identity\u2019s drafts.');
    if (draft.status === 'posted') throw new AppError('accounts/already-posted', `This draft was already posted: ${draft.postedUrl ?? ''}`.trim());
    const account = this.store.accounts.list(identityId).find((a) => a.site === site && a.handle === handle.toLowerCase());
    if (!account) {
      throw new AppError('accounts/not-connected', `${this.store.identities.get(identityId).name} has no ${site} account ${handle} connected. Connect it in Settings first.`);
    }
    const guardSite = site === 'bluesky' ? 'bsky.app' : new URL(account.serviceUrl).host;
    const recognised: RecognisedPost = { site: guardSite, kind: 'post', text: draft.text, adapter: 'composer', accountHint: account.handle };
    const decision = await this.guard.decide(
      { identityId, method: 'POST', url: site === 'bluesky' ? `${account.serviceUrl}/xrpc/com.atproto.repo.createRecord` : `${account.serviceUrl}/api/v1/statuses` },
      recognised,
    );
    if (!decision.allow) throw new AppError('guard/cancelled', 'The post was cancelled. Your draft is kept.');

    let result: { url: string };
    try {
      result = await this.accounts.postFrom({ identityId, site, handle: account.handle, text: draft.text, postKey: this.keyFor(draftId, draft.text) });
    } catch (error) {
      // (Logged if the log can be written; the post's own error is what the person must read.)
      afterCommit(this.report, 'Logging a failed draft post', () =>
        this.store.activity.append({
          identityId,
          kind: 'post.failed',
          site: guardSite,
          summary: `Posting a draft as ${account.handle} failed; the draft is kept`,
          details: { draftId, code: error instanceof AppError ? error.code : 'internal' },
        }),
      );
      throw error;
    }
    // Published. What follows is bookkeeping, and its failure (a full disk) must not turn the post into a failure: the
    // person would post again, and once the site's idempotency window has passed that posts twice. The draft keeps its
    // key until it is marked posted, so a retry before then is the same post.
    afterCommit(this.report, 'Marking a posted draft', () => {
      this.store.drafts.markPosted(draftId, result.url);
      this.forgetKey(draftId); // a posted draft is never posted again, so its key is done
    });
    afterCommit(this.report, 'Logging a posted draft', () =>
      this.store.activity.append({ identityId, kind: 'post.published', site: guardSite, summary: `Draft posted as ${account.handle} on ${guardSite}`, details: { url: result.url, draftId }, text: draft.text }),
    );
    return { url: result.url };
  }

  private forgetKey(draftId: string): void {
    const { [draftId]: _done, ...rest } = this.store.settings.get<Record<string, { hash: string; key: string }>>(KEYS, {});
    this.store.settings.set(KEYS, rest);
  }

  /** One key per draft and text: the same text retried gets the same key; edited text a new one. */
  private keyFor(draftId: string, text: string): string {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    const keys = this.store.settings.get<Record<string, { hash: string; key: string }>>(KEYS, {});
    const known = keys[draftId];
    if (known && known.hash === hash) return known.key;
    const key = newPostKey();
    this.store.settings.set(KEYS, { ...keys, [draftId]: { hash, key } });
    return key;
  }
}
