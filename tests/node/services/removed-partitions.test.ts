/**
 * A removed identity's partition folder (what no clear reaches: the hosts zoomed on, the spelling dictionary) is
 * deleted at the next start, before any session opens; only folders of identities noted as removed, never one the
 * store still has, never one of unknown origin.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteLeftoverPartitions, PARTITIONS_TO_DELETE_KEY } from '../../../electron/main/services/removed-partitions';
import { testApp, type TestApp } from '../support/app-services';

let app: TestApp;
let partitions: string;
const REMOVED_EARLIER = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeEach(() => {
  app = testApp();
  partitions = join(mkdtempSync(join(tmpdir(), 'hatstand-partitions-')), 'Partitions');
  mkdirSync(partitions);
});
afterEach(() => {
  app.close();
  rmSync(join(partitions, '..'), { recursive: true, force: true });
});

function partitionFolder(identityId: string): string {
  const folder = join(partitions, `identity-${identityId}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'Preferences'), '{"partition":{"per_host_zoom_levels":{"x.com":1.5}}}');
  return folder;
}

const ids = () => app.store.identities.list().map((identity) => identity.id);

describe('removed identities\u2019 partition folders', () => {
  it('removing an identity notes its folder; the next start deletes it, and only it', async () => {
    const personal = app.store.identities.list().find((i) => i.name === 'Personal')!.id;
    const professional = app.store.identities.list().find((i) => i.name === 'Professional')!.id;
    partitionFolder(personal);
    partitionFolder(professional);
    mkdirSync(join(partitions, 'some-other-partition'));
    const removed = await app.router.dispatch('identities:remove', { identityId: personal, confirmed: true }, { window: 'launcher' });
    expect(removed).toEqual({ ok: true, value: undefined });
    expect(app.store.settings.get(PARTITIONS_TO_DELETE_KEY, [])).toEqual([personal]);

    expect(deleteLeftoverPartitions(partitions, app.store.settings, ids())).toEqual([personal]);
    expect(readdirSync(partitions).sort()).toEqual([`identity-${professional}`, 'some-other-partition']);
    expect(app.store.settings.get(PARTITIONS_TO_DELETE_KEY, null)).toBeNull();
  });

  it('never deletes the folder of an identity the store still has, even if it was noted', () => {
    const professional = ids()[0]!;
    partitionFolder(professional);
    app.store.settings.set(PARTITIONS_TO_DELETE_KEY, [professional, 'not-an-id', 42]);
    expect(deleteLeftoverPartitions(partitions, app.store.settings, ids())).toEqual([]);
    expect(readdirSync(partitions)).toEqual([`identity-${professional}`]);
  });

  it('a folder that cannot be deleted yet stays noted for the next start, and says so', () => {
    partitionFolder(REMOVED_EARLIER);
    app.store.settings.set(PARTITIONS_TO_DELETE_KEY, [REMOVED_EARLIER]);
    const lines: string[] = [];
    const busy = () => {
      throw new Error('EBUSY: resource busy or locked');
    };
    expect(deleteLeftoverPartitions(partitions, app.store.settings, ids(), busy, (line) => lines.push(line))).toEqual([]);
    expect(app.store.settings.get(PARTITIONS_TO_DELETE_KEY, [])).toEqual([REMOVED_EARLIER]);
    expect(lines[0]).toContain('could not be deleted yet');
    expect(deleteLeftoverPartitions(partitions, app.store.settings, ids())).toEqual([REMOVED_EARLIER]);
    expect(readdirSync(partitions)).toEqual([]);
  });
});
