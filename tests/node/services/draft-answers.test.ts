import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { testApp, type TestApp } from '../support/app-services';

/**
 * `warnings:answered`: the whole-text warnings found fine for a draft, read by a composer that opens the draft in a
 * window other than the one the answer was given in (the composer keeps answers only for its window's life).
 */
let app: TestApp;
let personal: string;
let professional: string;
beforeEach(() => {
  app = testApp();
  const ids = app.store.identities.list();
  personal = ids.find((i) => i.name === 'Personal')!.id;
  professional = ids.find((i) => i.name === 'Professional')!.id;
  // Quiet all day, every day: the hours warn whenever the test runs.
  app.services.warnings.setSettings(personal, {
    never: ['Brackenfield'],
    workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', postWhen: 'outside' },
  });
});
afterEach(() => app.close());
/** A call from the identity's own window, through the router as IPC would make it, typed by the contract. */
const call = <C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> =>
  app.router.dispatch(channel, input, { window: 'identity', identityId: (input as { identityId: string }).identityId }) as Promise<Result<OutputOf<C>>>;

describe('the answers kept for a draft', () => {
  it('lists the whole-text warnings found fine for the draft, not the words found fine, nor another draft\u2019s', async () => {
    const created = await call('drafts:create', { identityId: personal, text: 'Beach day. No Brackenfield talk.' });
    if (!created.ok) throw new Error(created.error.message);
    const draftId = created.value.id;
    const answered = () => call('warnings:answered', { identityId: personal, draftId });
    expect(await answered()).toEqual({ ok: true, value: [] });

    const shown = await call('warnings:evaluate', { identityId: personal, text: created.value.text, depth: 'lexical' });
    if (!shown.ok) throw new Error(shown.error.message);
    const hours = shown.value.find((w) => w.ruleId === 'work-hours')!;
    const word = shown.value.find((w) => w.ruleId === 'never-say')!;
    for (const warning of [hours, word]) {
      expect(await call('warnings:override', { identityId: personal, draftId, text: created.value.text, warning })).toMatchObject({ ok: true });
    }
    expect(await answered()).toEqual({ ok: true, value: ['work-hours|'] });
    // Still answered once the draft is edited and saved (the save reconciles its warnings).
    await call('drafts:save', { identityId: personal, draftId, text: 'Beach day with the dog.' });
    expect(await answered()).toEqual({ ok: true, value: ['work-hours|'] });

    const other = await call('drafts:create', { identityId: personal, text: 'Sunset swim.' });
    if (!other.ok) throw new Error(other.error.message);
    expect(await call('warnings:answered', { identityId: personal, draftId: other.value.id })).toEqual({ ok: true, value: [] });
  });

  it('leaves the answers with the identity that gave them when the draft moves', async () => {
    const created = await call('drafts:create', { identityId: personal, text: 'Beach day.' });
    if (!created.ok) throw new Error(created.error.message);
    const draftId = created.value.id;
    const shown = await call('warnings:evaluate', { identityId: personal, text: 'Beach day.', depth: 'lexical' });
    if (!shown.ok) throw new Error(shown.error.message);
    await call('warnings:override', { identityId: personal, draftId, text: 'Beach day.', warning: shown.value.find((w) => w.ruleId === 'work-hours')! });
    expect(await call('warnings:answered', { identityId: personal, draftId })).toEqual({ ok: true, value: ['work-hours|'] });
    // Professional's hours are its own: Personal's "fine" at its quiet hours is no answer there.
    app.services.warnings.setSettings(professional, { workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', postWhen: 'outside' } });
    expect(await call('drafts:move', { identityId: personal, draftId, toIdentityId: professional, confirmed: true })).toMatchObject({ ok: true });
    expect(await call('warnings:answered', { identityId: professional, draftId })).toEqual({ ok: true, value: [] });
    // And a save there raises Professional's own hours warning for the draft, leaving Personal's answer as it was.
    await call('drafts:save', { identityId: professional, draftId, text: 'Beach day, then the quarterly report.' });
    const rows = app.store.warnings.listFor({ draftId }).filter((w) => w.ruleId === 'work-hours');
    expect(rows.map((w) => [w.identityId === professional ? 'professional' : 'personal', w.status]).sort()).toEqual([
      ['personal', 'overridden'],
      ['professional', 'open'],
    ]);
  });

  it('does not tell another identity\u2019s window anything about the draft', async () => {
    const created = await call('drafts:create', { identityId: personal, text: 'Beach day.' });
    if (!created.ok) throw new Error(created.error.message);
    const asked = await call('warnings:answered', { identityId: professional, draftId: created.value.id });
    expect(asked).toMatchObject({ ok: false, error: { code: 'store/not-found', message: 'That draft is not one of this identity\u2019s drafts.' } });
  });
});
