import { describe, expect, it } from 'vitest';
import { Abort, PostGuard, accountKey, defaultPolicyFor, type GuardDecision } from '../../../electron/main/services/post-guard';
import { PERSONAL, PROFESSIONAL, flush, harness, tweet } from './fakes';

/** Starts a check and reports whether it settled, without awaiting it. */
function track(p: Promise<GuardDecision>) {
  const state: { decision?: GuardDecision } = {};
  void p.then((d) => (state.decision = d));
  return state;
}

describe('PostGuard: requests that are not posts', () => {
  it('lets them through at once without asking, evaluating or logging', async () => {
    const h = harness({ evaluate: () => { throw new Error('must not evaluate'); } });
    const guard = new PostGuard(h.deps);
    const get = await guard.check({ identityId: PROFESSIONAL, method: 'GET', url: 'https://x.com/home' });
    const like = await guard.check({
      identityId: PROFESSIONAL,
      method: 'POST',
      url: 'https://x.com/i/api/graphql/q/FavoriteTweet',
      body: JSON.stringify({ variables: { tweet_id: '1' } }),
    });
    expect(get).toEqual({ allow: true, requestId: null, outcome: 'not-a-post' });
    expect(like.allow).toBe(true);
    expect(h.chrome.prompts).toHaveLength(0);
    expect(h.events).toHaveLength(0);
  });
});

describe('PostGuard: policy', () => {
  it('Professional (always) asks the chrome with the exact text, site, kind and identity, and holds until the answer', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Quarterly results are out 📈') }));
    await flush();
    expect(state.decision).toBeUndefined(); // held
    expect(h.chrome.prompts).toHaveLength(1);
    const prompt = h.chrome.prompts[0]!;
    expect(prompt).toMatchObject({
      identityId: PROFESSIONAL,
      identityName: 'Professional',
      site: 'x.com',
      kind: 'post',
      text: 'Quarterly results are out 📈',
      warnings: [],
      reasons: ['policy-always'],
      coolingOffSeconds: 0,
    });
    expect(prompt.requestId).toMatch(/\S/);
    expect(guard.heldRequests()).toEqual([{ requestId: prompt.requestId, identityId: PROFESSIONAL, site: 'x.com' }]);
    h.chrome.answer('post');
    await flush();
    expect(state.decision).toEqual({ allow: true, requestId: prompt.requestId, outcome: 'sent' });
    expect(h.types()).toEqual(['recognised', 'confirmed', 'sent']);
    expect(guard.heldRequests()).toEqual([]);
  });

  it('Personal (on-warnings) sends a clean post without asking once the account is known', async () => {
    const h = harness();
    h.accounts.set(accountKey(PERSONAL, 'x.com'), '42');
    const guard = new PostGuard(h.deps);
    const d = await guard.check({ identityId: PERSONAL, ...tweet('Lovely day at the beach', 'twid=u%3D42') });
    expect(d).toMatchObject({ allow: true, outcome: 'sent' });
    expect(h.chrome.prompts).toHaveLength(0);
    expect(h.events.at(-1)).toMatchObject({ type: 'sent', confirmedByUser: false });
  });

  it('Personal asks when the warning engine warns, and logs the override when the user posts anyway', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PERSONAL, ...tweet('My boss is wrong again') }));
    await flush();
    const prompt = h.chrome.prompts[0]!;
    expect(prompt.reasons).toEqual(['warnings']);
    expect(prompt.warnings).toEqual([expect.objectContaining({ ruleId: 'never-say', start: 3, end: 7 })]);
    h.chrome.answer('post');
    await flush();
    expect(state.decision?.allow).toBe(true);
    const overridden = h.events.find((e) => e.type === 'warnings-overridden');
    expect(overridden).toMatchObject({ warnings: [{ ruleId: 'never-say', severity: 'caution' }] });
  });

  it('Personal (on-warnings) is not asked for a note alone, and the sheet still lists notes beside a warning', async () => {
    const note = { ruleId: 'belongs-elsewhere', severity: 'info' as const, start: 8, end: 18, message: "'bouldering' belongs to Professional, not Personal." };
    const caution = { ruleId: 'never-say', severity: 'caution' as const, start: 0, end: 4, message: "'boss' is on Personal's never-say list." };
    const h = harness({ evaluate: (text) => (text.startsWith('boss') ? [caution, note] : [note]) });
    h.accounts.set(accountKey(PERSONAL, 'x.com'), '42');
    const guard = new PostGuard(h.deps);
    const quiet = await guard.check({ identityId: PERSONAL, ...tweet('Went to bouldering', 'twid=u%3D42') });
    expect(quiet).toMatchObject({ allow: true, outcome: 'sent' });
    expect(h.chrome.prompts).toHaveLength(0);
    const state = track(guard.check({ identityId: PERSONAL, ...tweet('boss at bouldering', 'twid=u%3D42') }));
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.chrome.prompts[0]).toMatchObject({ reasons: ['warnings'], warnings: [{ ruleId: 'never-say' }, { ruleId: 'belongs-elsewhere' }] });
    h.chrome.answer('cancel');
    await flush();
    expect(state.decision).toMatchObject({ allow: false, cause: 'user' });
  });

  it('Professional (always) asks for a post with a note alone for the policy only, and logs no override of the note', async () => {
    const note = { ruleId: 'belongs-elsewhere', severity: 'info' as const, start: 0, end: 10, message: "'bouldering' belongs to Personal, not Professional." };
    const h = harness({ evaluate: () => [note] });
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('bouldering injuries we see most') }));
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ reasons: ['policy-always'], warnings: [{ ruleId: 'belongs-elsewhere', severity: 'info' }] });
    h.chrome.answer('post');
    await flush();
    expect(state.decision?.allow).toBe(true);
    expect(h.types()).toEqual(['recognised', 'confirmed', 'sent']);
  });

  it('cancels when the user cancels, without an error notice', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Not sure about this one') }));
    await flush();
    h.chrome.answer('cancel');
    await flush();
    expect(state.decision).toMatchObject({ allow: false, outcome: 'cancelled', cause: 'user' });
    expect(h.types()).toEqual(['recognised', 'cancelled']);
    expect(h.notices).toEqual([]);
  });

  it('"never" sends without asking even with warnings', async () => {
    const h = harness();
    h.policies.set(PERSONAL, { confirm: 'never' });
    const guard = new PostGuard(h.deps);
    const d = await guard.check({ identityId: PERSONAL, ...tweet('boss boss boss') });
    expect(d.allow).toBe(true);
    expect(h.chrome.prompts).toHaveLength(0);
  });

  it('defaults: Professional always, Personal on warnings, anything else always', () => {
    expect(defaultPolicyFor('Professional').confirm).toBe('always');
    expect(defaultPolicyFor(' personal ').confirm).toBe('on-warnings');
    expect(defaultPolicyFor('Patients').confirm).toBe('always');
  });

  it('uses the per-identity recognition options (heuristic switched off for one identity)', async () => {
    const h = harness({ recogniseOptionsFor: (id) => ({ heuristic: id !== PERSONAL }) });
    const guard = new PostGuard(h.deps);
    const forum = {
      method: 'POST',
      url: 'https://forum.example.org/reply',
      body: new URLSearchParams({ message: 'A reply that is long enough to be treated as a post by the heuristic.' }).toString(),
    };
    expect(await guard.check({ identityId: PERSONAL, ...forum })).toMatchObject({ outcome: 'not-a-post' });
    expect(guard.recognise({ identityId: PROFESSIONAL, ...forum })).toMatchObject({ adapter: 'heuristic', site: 'forum.example.org' });
  });
});

describe('PostGuard: cooling-off', () => {
  it('waits the delay after the confirmation, then sends', async () => {
    const h = harness();
    h.policies.set(PROFESSIONAL, { confirm: 'always', coolingOffSeconds: 10 });
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Announcing our new partner') }));
    await flush();
    expect(h.chrome.prompts[0]!.coolingOffSeconds).toBe(10);
    h.chrome.answer('post');
    await h.clock.advance(9_999);
    expect(state.decision).toBeUndefined();
    const notice = h.notices.find((n) => n.code === 'cooling-off')!;
    expect(notice.until).toBe(h.clock.now() - 9_999 + 10_000);
    // What a chrome that reloads now is given again (its only way to cancel), and only while it counts down.
    expect(guard.coolingOffNotices(PROFESSIONAL)).toEqual([notice]);
    expect(guard.coolingOffNotices(PERSONAL)).toEqual([]);
    await h.clock.advance(1);
    expect(state.decision).toMatchObject({ allow: true, outcome: 'sent' });
    expect(guard.coolingOffNotices(PROFESSIONAL)).toEqual([]);
    expect(h.types()).toEqual(['recognised', 'confirmed', 'delayed', 'delayed-then-sent', 'sent']);
  });

  it('can be cancelled during the delay', async () => {
    const h = harness();
    h.policies.set(PERSONAL, { confirm: 'never', coolingOffSeconds: 5 });
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PERSONAL, ...tweet('Hot take incoming') }));
    await h.clock.advance(2_000);
    const id = guard.heldRequests()[0]!.requestId;
    expect(guard.cancel(id)).toBe(true);
    await flush();
    expect(state.decision).toMatchObject({ allow: false, cause: 'user-during-cooling-off' });
    expect(h.events.at(-1)).toMatchObject({ type: 'cancelled', cause: 'user-during-cooling-off' });
    expect(guard.cancel(id)).toBe(false);
  });

  it('can be cancelled while the sheet is open (window closed, Escape)', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Hello') }));
    await flush();
    guard.cancel(h.chrome.prompts[0]!.requestId);
    await flush();
    expect(state.decision).toMatchObject({ allow: false, cause: 'user' });
    expect(guard.cancel('no-such-request')).toBe(false);
  });
});

describe('PostGuard: fails closed', () => {
  it('cancels, logs and tells the user when the chrome does not answer in time', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Anyone there?') }));
    await h.clock.advance(59_999);
    expect(state.decision).toBeUndefined();
    await h.clock.advance(1);
    expect(state.decision).toMatchObject({ allow: false, outcome: 'cancelled', cause: 'chrome-timeout' });
    expect(h.events.at(-1)).toMatchObject({ type: 'cancelled', cause: 'chrome-timeout' });
    expect(h.notices).toEqual([expect.objectContaining({ level: 'error', code: 'post-cancelled', identityId: PROFESSIONAL })]);
    expect(h.notices[0]!.message).toContain('was not sent');
  });

  it('cancels when the chrome throws or rejects', async () => {
    for (const askChrome of [
      () => { throw new Error('no window'); },
      () => Promise.reject(new Error('renderer crashed')),
    ]) {
      const h = harness({ askChrome });
      const d = await new PostGuard(h.deps).check({ identityId: PROFESSIONAL, ...tweet('x') });
      expect(d).toMatchObject({ allow: false, cause: 'guard-error' });
      expect(h.types()).toEqual(['recognised', 'guard-error', 'cancelled']);
      expect(h.notices[0]).toMatchObject({ level: 'error', code: 'post-cancelled' });
    }
  });

  it('treats an answer other than "post" as cancel', async () => {
    const h = harness({ askChrome: () => Promise.resolve('yes' as never) });
    expect(await new PostGuard(h.deps).check({ identityId: PROFESSIONAL, ...tweet('x') })).toMatchObject({ allow: false, cause: 'user' });
  });

  it('cancels when the warning engine, the policy or the account store fails', async () => {
    const failing = [
      { evaluate: () => { throw new Error('engine bug'); } },
      { policyFor: () => Promise.reject(new Error('store locked')) },
      { accounts: { get: () => { throw new Error('disk'); }, set: () => undefined } },
      { accounts: { get: () => undefined, set: () => Promise.reject(new Error('disk full')) } },
    ];
    for (const override of failing) {
      const h = harness({ ...override, askChrome: () => Promise.resolve('post') });
      const d = await new PostGuard(h.deps).check({ identityId: PROFESSIONAL, ...tweet('text', 'twid=u%3D7') });
      expect(d).toMatchObject({ allow: false, cause: 'guard-error' });
      expect(h.events.find((e) => e.type === 'guard-error')).toBeDefined();
      expect(h.notices.some((n) => n.code === 'post-cancelled')).toBe(true);
    }
  });

  it('asks (text unknown) when recognition itself throws on a POST', async () => {
    const h = harness({ recognise: () => { throw new Error('adapter bug'); } });
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PERSONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/CreateTweet', body: '{}' }));
    await flush();
    expect(h.events[0]).toMatchObject({ type: 'guard-error', error: 'adapter bug' });
    expect(h.chrome.prompts[0]).toMatchObject({ text: null, reasons: ['text-unknown'], site: 'x.com' });
    h.chrome.answer('cancel');
    await flush();
    expect(state.decision?.allow).toBe(false);
  });

  it('asks with a text-unknown warning when the body could not be read, even on on-warnings', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    track(guard.check({ identityId: PERSONAL, method: 'POST', url: 'https://mastodon.social/api/v1/statuses' }));
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: null, site: 'mastodon.social', reasons: ['text-unknown'] });
    expect(h.chrome.prompts[0]!.warnings[0]).toMatchObject({ ruleId: 'guard.text-unknown' });
  });

  it('a throwing log or notify never changes the decision', async () => {
    const h = harness({
      log: () => { throw new Error('log full'); },
      notify: () => { throw new Error('no tray'); },
      askChrome: () => Promise.resolve('post'),
    });
    expect(await new PostGuard(h.deps).check({ identityId: PROFESSIONAL, ...tweet('x') })).toMatchObject({ allow: true });
  });

  it('dispose cancels everything held and refuses new posts', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('held') }));
    await flush();
    void guard.dispose();
    await flush();
    expect(state.decision).toMatchObject({ allow: false, cause: 'shutdown' });
    expect(await guard.check({ identityId: PROFESSIONAL, ...tweet('later') })).toMatchObject({ allow: false, cause: 'shutdown' });
    expect(h.notices.every((n) => n.code === 'post-cancelled')).toBe(true);
  });

  it('reports requests it could not hold', () => {
    const h = harness();
    new PostGuard(h.deps).reportNotHeld(PERSONAL, 'https://x.com/i/api/graphql/q/CreateTweet', 'body stored as a blob that could not be read');
    expect(h.events).toEqual([expect.objectContaining({ type: 'not-held', identityId: PERSONAL })]);
    expect(h.notices[0]).toMatchObject({ level: 'error', code: 'not-held' });
    expect(h.notices[0]!.message).toContain('x.com');
  });
});

describe('PostGuard: the account check', () => {
  it('asks on the first post with a known account, learns it, and then stays quiet for the same account', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const first = track(guard.check({ identityId: PERSONAL, ...tweet('First post', 'twid=u%3D1001') }));
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ accountHint: '1001', reasons: ['first-post-on-site'] });
    expect(h.chrome.prompts[0]!.expectedAccount).toBeUndefined();
    h.chrome.answer('post');
    await flush();
    expect(first.decision?.allow).toBe(true);
    expect(h.accounts.get(accountKey(PERSONAL, 'x.com'))).toBe('1001');
    expect(h.events.find((e) => e.type === 'account-learned')).toMatchObject({ account: '1001', site: 'x.com' });

    const second = await guard.check({ identityId: PERSONAL, ...tweet('Second post', 'twid=u%3D1001') });
    expect(second.allow).toBe(true);
    expect(h.chrome.prompts).toHaveLength(1);
  });

  it('does not learn an account from a cancelled post', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    track(guard.check({ identityId: PERSONAL, ...tweet('First post', 'twid=u%3D1001') }));
    await flush();
    h.chrome.answer('cancel');
    await flush();
    expect(h.accounts.data.size).toBe(0);
  });

  it('warns loudly when a later post comes from another account, even under "never"', async () => {
    const h = harness();
    h.policies.set(PROFESSIONAL, { confirm: 'never' });
    h.accounts.set(accountKey(PROFESSIONAL, 'x.com'), '@me_pro');
    const guard = new PostGuard({ ...h.deps, accountHintFor: () => '@me_personal' });
    const state = track(guard.check({ identityId: PROFESSIONAL, ...tweet('Our new product is live') }));
    await flush();
    const prompt = h.chrome.prompts[0]!;
    expect(prompt.reasons).toEqual(['account-mismatch']);
    expect(prompt).toMatchObject({ accountHint: '@me_personal', expectedAccount: '@me_pro' });
    expect(prompt.warnings[0]).toMatchObject({ ruleId: 'guard.account-mismatch', severity: 'stop' });
    expect(prompt.warnings[0]!.message).toBe("Professional is signed in to x.com as @me_personal, not @me_pro as before: it may be another identity's account, so check who is signed in there before you post.");
    expect(h.events.find((e) => e.type === 'account-mismatch')).toMatchObject({ expected: '@me_pro', actual: '@me_personal' });
    expect(h.notices[0]).toMatchObject({ level: 'error', code: 'account-mismatch' });
    h.chrome.answer('cancel');
    await flush();
    expect(state.decision?.allow).toBe(false);
    // The learned account is kept: one wrong post does not redefine the identity.
    expect(h.accounts.get(accountKey(PROFESSIONAL, 'x.com'))).toBe('@me_pro');
  });

  it('keeps accounts apart per identity and per site', async () => {
    const h = harness({ askChrome: () => Promise.resolve('post') });
    const guard = new PostGuard(h.deps);
    await guard.check({ identityId: PERSONAL, ...tweet('a', 'twid=u%3D1') });
    await guard.check({ identityId: PROFESSIONAL, ...tweet('b', 'twid=u%3D2') });
    await guard.check({
      identityId: PERSONAL,
      method: 'POST',
      url: 'https://bsky.social/xrpc/com.atproto.repo.createRecord',
      body: JSON.stringify({ repo: 'did:plc:p', collection: 'app.bsky.feed.post', record: { text: 'c' } }),
    });
    expect(Object.fromEntries(h.accounts.data)).toEqual({
      [accountKey(PERSONAL, 'x.com')]: '1',
      [accountKey(PROFESSIONAL, 'x.com')]: '2',
      [accountKey(PERSONAL, 'bsky.app')]: 'did:plc:p',
    });
    expect(h.events.filter((e) => e.type === 'account-mismatch')).toHaveLength(0);
  });
});

describe('PostGuard: requests it could not read in full (no silent gaps)', () => {
  const tweetUrl = 'https://x.com/i/api/graphql/q/CreateTweet';

  it('holds a known post endpoint with a body gap and asks with the text unknown and why', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    void guard.check({ identityId: PERSONAL, method: 'POST', url: tweetUrl, bodyGap: 'blob-unreadable' });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: null, reasons: ['text-unknown'] });
    expect(h.chrome.prompts[0]!.warnings[0]!.message).toMatch(/could not be read from the page/);
  });

  it('reports an unknown site\'s request with a body gap as not held, and lets it go', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const d = await guard.check({ identityId: PERSONAL, method: 'POST', url: 'https://forum.example.org/api/reply', bodyGap: 'too-large' });
    expect(d).toEqual({ allow: true, requestId: null, outcome: 'not-held' });
    expect(h.events).toEqual([expect.objectContaining({ type: 'not-held', reason: expect.stringContaining('larger than Hatstand reads') })]);
    expect(h.notices[0]).toMatchObject({ code: 'not-held' });
    // A known site's request that cannot publish needs no body at all: nothing to report.
    expect(await guard.check({ identityId: PERSONAL, method: 'POST', url: 'https://x.com/i/api/graphql/q/FavoriteTweet', bodyGap: 'too-large' })).toMatchObject({ outcome: 'not-a-post' });
  });

  it('asks under "never confirm" when the text is unknown, and only then', async () => {
    const h = harness();
    h.policies.set(PERSONAL, { confirm: 'never' });
    h.accounts.set(accountKey(PERSONAL, 'x.com'), '7');
    const guard = new PostGuard(h.deps);
    expect(await guard.check({ identityId: PERSONAL, ...tweet('readable', 'twid=u%3D7') })).toMatchObject({ allow: true, outcome: 'sent' });
    void guard.check({ identityId: PERSONAL, method: 'POST', url: tweetUrl, bodyGap: 'stream' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.chrome.prompts[0]!.reasons).toEqual(['text-unknown']);
  });

  it('cancels a post whose request the page already gave up, without asking', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const gone = new Abort();
    gone.abort();
    const d = await guard.check({ identityId: PROFESSIONAL, ...tweet('gone'), signal: gone });
    expect(d).toMatchObject({ allow: false, cause: 'page-aborted' });
    expect(h.chrome.prompts).toHaveLength(0);
    expect(h.types()).toEqual(['recognised', 'cancelled']);
  });

  it('refuses another site\'s post sent with no recent gesture, and asks when the gesture is recent', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const refused = await guard.check({ identityId: PROFESSIONAL, ...tweet('from elsewhere'), initiator: { origin: 'https://evil.example' } });
    expect(refused).toMatchObject({ allow: false, cause: 'cross-site-refused' });
    const stale = await guard.check({ identityId: PROFESSIONAL, ...tweet('old click'), initiator: { origin: 'https://evil.example', lastGestureAt: h.clock.now() - 120_000 } });
    expect(stale).toMatchObject({ allow: false, cause: 'cross-site-refused' });
    expect(h.chrome.prompts).toHaveLength(0);
    void guard.check({ identityId: PROFESSIONAL, ...tweet('just clicked'), initiator: { origin: 'https://deck.example', lastGestureAt: h.clock.now() - 1000 } });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'refused')).toHaveLength(2);
  });
});
