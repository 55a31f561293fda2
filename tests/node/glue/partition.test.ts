import { describe, expect, it } from 'vitest';
import {
  assertIdentityPartition,
  identityIdOfPartition,
  partitionFor,
  sessionForIdentity,
} from '../../../electron/main/session/partition';
import { createElectron } from '../../support/electron';

const ID = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';

describe('partition factory (PITFALLS 1 and 2)', () => {
  it('names a persistent partition per identity with no extra colons', () => {
    const name = partitionFor(ID);
    expect(name).toBe(`persist:identity-${ID}`);
    expect(name.split(':')).toHaveLength(2);
    expect(identityIdOfPartition(name)).toBe(ID);
  });

  it.each([
    ['', 'empty'],
    ['identity-' + ID, 'in-memory (no persist:)'],
    ['persist:', 'persist with no name'],
    ['persist:identity-', 'no id'],
    [`persist:identity-${ID}:extra`, 'extra colon'],
    ['persist:shared', 'a shared partition'],
    [`persist:identity-${ID.toUpperCase()}`, 'upper-case id (a second folder for the same identity)'],
  ])('refuses %j (%s) so nothing falls back to a shared session', (name) => {
    expect(() => assertIdentityPartition(name)).toThrow(/Refusing session partition/);
  });

  it.each(['', 'personal', '../../etc', `${ID}:x`])('refuses to build a partition for id %j', (id) => {
    expect(() => partitionFor(id)).toThrow(/uuid/);
  });

  it('opens sessions only through the identity partition, never the default session', () => {
    const asked: string[] = [];
    const e = createElectron();
    const fake = { fromPartition: (p: string, o?: { cache: boolean }) => (asked.push(p), e.session.fromPartition(p, o)) };
    expect(sessionForIdentity(fake, ID).partition).toBe(`persist:identity-${ID}`);
    expect(asked).toEqual([`persist:identity-${ID}`]);
    expect(() => sessionForIdentity(fake, '')).toThrow();
    expect(asked).toHaveLength(1);
  });

  it('gives two identities two different partitions', () => {
    const other = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    expect(partitionFor(ID)).not.toBe(partitionFor(other));
  });
});
