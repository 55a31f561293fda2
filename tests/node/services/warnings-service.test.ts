import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../electron/main/services/store';
import { ClipboardProvenance } from '../../../electron/main/services/warnings/clipboard-provenance';
import { WarningsService } from '../../../electron/main/services/warnings/warnings-service';

let dir: string;
let store: Store;
let service: WarningsService;
const byName = (name: string) => store.identities.list().find((i) => i.name === name)!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hatstand-warnings-'));
  store = openStore(join(dir, 'h.db'));
  store.identities.ensureDefaults();
  service = new WarningsService(store, () =>
    store.identities.list().flatMap((i) => store.drafts.list(i.id).map((d) => ({ id: d.id, identityId: d.identityId, text: d.text }))),
  );
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A service on a clock the test moves, with Personal quiet all day at weekends, and a draft reconciled at Saturday
 * 10:00: its work-hours warning is open.
 */
function quietWeekendDraft() {
  let now = Date.parse('2026-03-07T10:00:00Z'); // a Saturday
  const timed = new WarningsService(store, () => [], () => now);
  const personal = byName('Personal');
  timed.setSettings(personal.id, { workHours: { days: [6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', postWhen: 'outside' } });
  const draft = store.drafts.create(personal.id, 'beach day');
  timed.reconcileDraft(draft);
  const clock = { minutes: (m: number) => void (now += m * 60_000), at: (iso: string) => void (now = Date.parse(iso)) };
  return { timed, personal, draft, clock };
}

describe('WarningsService: the engine fed from the store', () => {
  it('warns when a text names the other identity by its handle on a site, and recompiles after a change', () => {
    const personal = byName('Personal');
    const pro = byName('Professional');
    expect(service.evaluate(personal.id, 'ping @ada_at_work about friday')).toEqual([]);
    store.identities.updateSite(pro.sites[1]!.id, { handle: '@ada_at_work' });
    service.invalidate();
    const warnings = service.evaluate(personal.id, 'ping @ada_at_work about friday');
    expect(warnings).toEqual([expect.objectContaining({ otherIdentityId: pro.id, start: 5, end: 17 })]);
  });

  it('validates settings with the profile schema and says what is wrong', () => {
    const pro = byName('Professional');
    expect(() => service.setSettings(pro.id, { never: [''] })).toThrow(/never, entry 1 was not saved: A term cannot be empty/);
    expect(() => service.setSettings(pro.id, { workHours: { days: [1], start: '9', end: '17:00', timeZone: 'UTC' } })).toThrow(/HH:MM/);
    service.setSettings(pro.id, { never: ['hangover'] });
    expect(service.evaluate(pro.id, 'what a hangover')[0]).toMatchObject({ ruleId: 'never-say', start: 7, end: 15 });
    expect(store.activity.query({ kinds: ['settings.changed'] }).rows).toHaveLength(1);
  });

  it('records an override, logs it, and teaches the learned model', () => {
    const pro = byName('Professional');
    service.setSettings(pro.id, { never: ['hangover'] });
    // (The learned model also finds the drinking, a reason of its own beside the word kept off this identity.)
    const warnings = service.evaluate(pro.id, 'team offsite, mild hangover, great ideas');
    expect(warnings.map((w) => w.ruleId).sort()).toEqual(['never-say', 'substances.use']);
    const warning = warnings.find((w) => w.ruleId === 'never-say');
    service.override({ identityId: pro.id, text: 'team offsite, mild hangover, great ideas', warning: warning!, reason: 'it is a joke' });
    expect(store.warnings.listFor({ identityId: pro.id, status: 'overridden' })).toEqual([
      expect.objectContaining({ ruleId: 'never-say', reason: 'it is a joke' }),
    ]);
    expect(service.modelTexts(pro.id)).toBe(1);
    expect(store.activity.query({ kinds: ['warning.overridden'] }).rows).toHaveLength(1);
    service.resetModel(pro.id);
    expect(service.modelTexts(pro.id)).toBe(0);
  });

  it('marks a draft warning heeded when the person writes it away', () => {
    const pro = byName('Professional');
    service.setSettings(pro.id, { never: ['hangover'] });
    const draft = store.drafts.create(pro.id, 'such a hangover today');
    service.reconcileDraft(draft);
    // (The word kept off this identity and the drinking the learned model finds: two warnings, both written away.)
    expect(store.warnings.listFor({ draftId: draft.id }).map((w) => w.status)).toEqual(['open', 'open']);
    service.reconcileDraft(store.drafts.save(draft.id, 'such a busy day today'));
    expect(store.warnings.listFor({ draftId: draft.id }).map((w) => w.status)).toEqual(['heeded', 'heeded']);
  });

  it('keeps a whole-text warning found fine for a draft answered while the draft is edited, and only for that draft', () => {
    const personal = byName('Personal');
    // Quiet all day, every day: the hours warn whenever the test runs.
    service.setSettings(personal.id, { never: ['hangover'], workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', postWhen: 'outside' } });
    const draft = store.drafts.create(personal.id, 'beach day');
    service.reconcileDraft(draft);
    const [hours] = store.warnings.listFor({ draftId: draft.id, status: 'open' });
    expect(hours).toMatchObject({ ruleId: 'work-hours', start: 0, end: 0 });
    service.override({ identityId: personal.id, text: 'beach day', draftId: draft.id, warning: { ruleId: 'work-hours', severity: 'caution', start: 0, end: 0, message: hours!.message } });
    // Edited: the hours stay answered (no open one again), the words still warn.
    service.reconcileDraft(store.drafts.save(draft.id, 'beach day, mild hangover'));
    const open = store.warnings.listFor({ draftId: draft.id, status: 'open' }).map((w) => w.ruleId);
    expect(open).toContain('never-say');
    expect(open).not.toContain('work-hours');
    // Another draft is asked again.
    const other = store.drafts.create(personal.id, 'sunset swim');
    service.reconcileDraft(other);
    expect(store.warnings.listFor({ draftId: other.id, status: 'open' }).map((w) => w.ruleId)).toContain('work-hours');
  });

  it('keeps one warning about the hours while a draft is edited across minutes, not one per minute with the last "heeded"', () => {
    const { timed, draft, clock } = quietWeekendDraft();
    clock.minutes(3);
    timed.reconcileDraft(store.drafts.save(draft.id, 'beach day with the dog'));
    const rows = store.warnings.listFor({ draftId: draft.id });
    expect(rows.map((w) => [w.ruleId, w.status])).toEqual([['work-hours', 'open']]);
    expect(rows[0]!.message).toContain('Sat 10:00');
    expect(store.activity.query({ kinds: ['warning.raised'] }).rows).toHaveLength(1);
    expect(store.activity.query({ kinds: ['warning.heeded'] }).rows).toHaveLength(0);
    // Written away (Monday: outside the quiet days), it is heeded once.
    clock.at('2026-03-09T10:00:00Z'); // Monday
    timed.reconcileDraft(store.drafts.save(draft.id, 'beach day with the dog!'));
    expect(store.warnings.listFor({ draftId: draft.id }).map((w) => w.status)).toEqual(['heeded']);
  });

  it('answers the open whole-text warning of a draft though its message tells a later minute, and logs no "heeded" for it', () => {
    const { timed, personal, draft, clock } = quietWeekendDraft();
    clock.minutes(3);
    // The composer shows the warning as evaluated now ("Sat 10:03"); the open row says 10:00.
    const shown = timed.evaluate(personal.id, 'beach day').find((w) => w.ruleId === 'work-hours')!;
    expect(shown.message).toContain('Sat 10:03');
    timed.override({ identityId: personal.id, text: 'beach day', draftId: draft.id, warning: shown });
    clock.minutes(2);
    timed.reconcileDraft(store.drafts.save(draft.id, 'beach day with the dog'));
    expect(store.warnings.listFor({ draftId: draft.id }).map((w) => [w.ruleId, w.status])).toEqual([['work-hours', 'overridden']]);
    expect(store.activity.query({ kinds: ['warning.raised'] }).rows).toHaveLength(1);
    expect(store.activity.query({ kinds: ['warning.heeded'] }).rows).toHaveLength(0);
    expect(store.activity.query({ kinds: ['warning.overridden'] }).rows).toHaveLength(1);
  });

  it("keeps a draft's answers however many newer warnings it has (the status is filtered before the limit)", () => {
    const personal = byName('Personal');
    const draft = store.drafts.create(personal.id, 'x');
    const answered = store.warnings.record({ identityId: personal.id, draftId: draft.id, ruleId: 'work-hours', severity: 'caution', start: 0, end: 0, message: 'hours' });
    store.warnings.setStatus(answered.id, 'overridden');
    for (let i = 0; i < 30; i++) store.warnings.record({ identityId: personal.id, draftId: draft.id, ruleId: 'never-say', severity: 'stop', start: 0, end: 1, message: `word ${i}` });
    expect(store.warnings.listFor({ draftId: draft.id, status: 'overridden', limit: 10 }).map((w) => w.id)).toEqual([answered.id]);
    expect(store.warnings.listFor({ identityId: personal.id, status: 'overridden', limit: 10 }).map((w) => w.id)).toEqual([answered.id]);
    expect(store.warnings.listFor({ draftId: draft.id, limit: 10 })).toHaveLength(10);
  });

  it('exports the identity in the profile format and imports it back by name', () => {
    const pro = byName('Professional');
    const personal = byName('Personal');
    service.setSettings(pro.id, { never: ['hangover'], belongs: ['quarterly'] });
    const json = service.exportProfile(pro.id);
    expect(JSON.parse(json).identities[0]).toMatchObject({ id: pro.id, name: 'Professional', never: ['hangover'], belongs: ['quarterly'] });
    const renamed = json.replace(pro.id, 'elsewhere').replace('"Professional"', '"Personal"');
    service.importProfile(personal.id, renamed);
    expect(service.settingsFor(personal.id)).toMatchObject({ never: ['hangover'], belongs: ['quarterly'] });
    expect(() => service.importProfile(personal.id, '{"identities": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}')).toThrow(
      /no identity called Personal \(it has A, B\)/,
    );
    expect(() => service.importProfile(personal.id, 'not json')).toThrow();
  });
});

describe('clipboard provenance', () => {
  it('warns when a text holds something copied in another identity window', () => {
    const personal = byName('Personal');
    const pro = byName('Professional');
    service.clipboard.note(personal.id, 'The kids were impossible at dinner tonight');
    const warnings = service.evaluate(pro.id, 'Update: the kids were impossible at dinner tonight');
    expect(warnings.map((w) => w.ruleId)).toContain('clipboard');
    expect(service.evaluate(personal.id, 'the kids were impossible at dinner tonight').map((w) => w.ruleId)).not.toContain('clipboard');
  });

  it('ignores short snippets and keeps the first origin of a text', () => {
    const p = new ClipboardProvenance();
    p.note('a', 'ok thanks');
    expect(p.sourceFor('b', 'ok thanks')).toBeUndefined();
    p.note('a', 'a longer sentence that was copied');
    p.note('b', 'A longer   sentence that was copied');
    expect(p.sourceFor('b', 'so: a longer sentence that was copied!')).toBe('a');
    p.forget('a');
    expect(p.sourceFor('b', 'a longer sentence that was copied')).toBeUndefined();
  });
});

describe('keeping the compiled profile while people type', () => {
  it('sees a newly saved draft of another identity without rebuilding the term matchers', () => {
    const personal = byName('Personal');
    const pro = byName('Professional');
    service.setSettings(pro.id, { never: ['hangover'] });
    expect(service.evaluate(pro.id, 'nothing special here at all').map((w) => w.ruleId)).toEqual([]);
    const compiled = (service as unknown as { compiled: { matchers: Map<string, unknown> } }).compiled;
    const matchers = compiled.matchers;
    expect(matchers.size).toBe(1);

    store.drafts.create(personal.id, 'the kids built a pillow fort in the living room this morning');
    service.draftsChanged();
    const warnings = service.evaluate(pro.id, 'the kids built a pillow fort in the living room this morning');
    expect(warnings.map((w) => w.ruleId)).toContain('similar-draft');
    const after = (service as unknown as { compiled: { matchers: Map<string, unknown> } }).compiled;
    expect(after).not.toBe(compiled);
    expect(after.matchers).toBe(matchers); // shared, not rebuilt
  });

  it('stores a role, infers one from the name otherwise, and shows every family with its stance', () => {
    const pro = byName('Professional');
    expect(service.roleOf(pro.id)).toEqual({ role: 'company', inferred: true });
    service.setRole(pro.id, 'clinician');
    expect(service.roleOf(pro.id)).toEqual({ role: 'clinician', inferred: false });
    const families = service.familiesOf(pro.id);
    expect(families.map((f) => f.id)).toContain('named-attack');
    expect(families.find((f) => f.id === 'health')!.stance).toBe('job');
    expect(() => service.setSettings(pro.id, { role: 'doctor' })).toThrow(/Unknown role "doctor"; choose one of clinician/);
    expect(WarningsService.roles().map((r) => r.id)).toEqual(['clinician', 'teacher', 'lawyer', 'company', 'public-servant', 'journalist', 'personal']);
  });

  it('runs the word rules on the keystroke path and the language rules in full', () => {
    const pro = byName('Professional');
    const text = 'Senator Vale has the depth of a puddle.';
    expect(service.evaluate(pro.id, text, undefined, 'full').map((w) => w.family)).toContain('named-attack');
    // The keystroke path has no tagger or sentiment, but the shape of the mockery and the title are words: found too.
    expect(service.evaluate(pro.id, text, undefined, 'lexical').map((w) => w.family)).toContain('named-attack');
  });

  it('"This is fine here" teaches the engine the words for that family, and the model the text', () => {
    const pro = byName('Professional');
    const text = 'Damn, what a launch week.';
    const warning = service.evaluate(pro.id, text).find((w) => w.family === 'profanity')!;
    expect(warning).toBeDefined();
    service.override({ identityId: pro.id, text, warning });
    expect(service.settingsFor(pro.id).fine).toEqual({ profanity: ['Damn'] });
    expect(service.evaluate(pro.id, 'damn, another launch').filter((w) => w.family === 'profanity')).toEqual([]);
    expect(service.modelTexts(pro.id)).toBe(1);
    expect(store.warnings.listFor({ identityId: pro.id, status: 'overridden' })).toEqual([expect.objectContaining({ ruleId: warning.ruleId })]);
  });
});

