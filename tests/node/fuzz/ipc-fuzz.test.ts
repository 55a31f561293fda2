import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { WINDOW_KINDS, contract, type WindowKind } from '../../../shared/ipc/contract';
import { MAX_MESSAGE_LENGTH } from '../../../shared/ipc/human-errors';
import type { CallerContext } from '../../../electron/main/services/api/router';
import { connectionOf } from '../../../electron/main/services/store';
import { samplesFor } from '../support/ipc-samples';
import { testApp, type TestApp } from '../support/app-services';

/**
 * Issue 12, "Done when": every channel, from every window kind, with
 * malformed payloads (fast-check, property-based), on the real services and a
 * real SQLite file. For every call: no crash (the router answers a Result and
 * no handler fails unexpectedly), every refusal is one human sentence of at
 * most 300 characters, and a refused call changes nothing (store, keychain,
 * windows). HATSTAND_FUZZ_RUNS and HATSTAND_FUZZ_SEED widen or replay a run.
 */
const RUNS = Number(process.env.HATSTAND_FUZZ_RUNS ?? 30);
const SEED = Number(process.env.HATSTAND_FUZZ_SEED ?? 20261201);

// A fresh app (store, keychain, windows) per channel, so one channel's successful calls never starve the next.
let app: TestApp;
let ids: string[];
beforeEach(() => {
  app = testApp();
  ids = app.store.identities.list().map((i) => i.id);
});
afterEach(() => app.close());

/** Everything a call could change: every table of the store, the keychain, what the windows were asked to do. */
function snapshot(): string {
  const db = connectionOf(app.store);
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all().map((r) => JSON.stringify(r));
    hash.update(table).update(JSON.stringify(rows.sort()));
  }
  hash.update(JSON.stringify([...app.keychain.secrets])).update(JSON.stringify(app.windows.calls));
  return hash.digest('hex');
}

const callerOf = (kind: WindowKind, identityId: string): CallerContext =>
  kind === 'popup' ? { window: kind, identityId, chromeContentsId: 1 } : kind === 'identity' ? { window: kind, identityId } : { window: kind };

/** Values that break schemas and handlers: wrong types, huge or invisible text, odd numbers, prototype keys, deep nesting. */
const nasty = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: false }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202Eexe.jpg',
    '\u200B\u200B',
    'x'.repeat(200_001),
    '../../etc/passwd',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://127.0.0.1:1/',
    '__proto__',
    -1,
    0,
    1e308,
    Number.NaN,
    -0,
    2 ** 53,
    true,
    null,
    [],
    {},
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  ),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant('leaf'), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
);

/** A payload built from a valid one: a key dropped, replaced with something nasty, an unknown key added, or something else entirely. */
function malformed(channel: Channel) {
  return fc
    .record({
      identity: fc.constantFrom(...[0, 1]),
      how: fc.constantFrom('as-is', 'drop', 'replace', 'replace', 'extra', 'whole', 'swap-identity'),
      key: fc.nat(),
      value: nasty,
      extraKey: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
    })
    .map(({ identity, how, key, value, extraKey }) => {
      const valid = samplesFor(ids[identity]!, ids[1 - identity]!)[channel] as Record<string, unknown>;
      const keys = Object.keys(valid);
      const pick = keys.length > 0 ? keys[key % keys.length]! : 'identityId';
      switch (how) {
        case 'as-is':
          return { identity, payload: valid as unknown };
        case 'drop': {
          const copy = { ...valid };
          delete copy[pick];
          return { identity, payload: copy as unknown };
        }
        case 'replace':
          return { identity, payload: { ...valid, [pick]: value } as unknown };
        case 'extra':
          return { identity, payload: Object.defineProperty({ ...valid }, extraKey || 'x', { value, enumerable: true }) as unknown };
        case 'swap-identity':
          return { identity, payload: { ...valid, identityId: value } as unknown };
        default:
          return { identity, payload: value as unknown };
      }
    });
}

/** How the calls ended, by error code ('ok' for answered): printed once, as a figure of what the fuzz reached. */
const outcomes = new Map<string, number>();
afterAll(() => {
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  console.log(`[fuzz] ${total} calls (seed ${SEED}, ${RUNS} per channel): ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
});

const DEVELOPER_TEXT = /Internal error|Invalid input|expected (string|number|object|array|boolean)|received |Unrecognized key|ZodError|at \S+ \(|undefined is not|Cannot read prop/;

describe('fuzzing every channel from every window kind', () => {
  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    let calls = 0;
    await fc.assert(
      // Half the calls come from a kind the channel allows, so the schemas and handlers are reached, not only the allow-list.
      fc.asyncProperty(fc.oneof(fc.constantFrom(...contract[channel].callers), fc.constantFrom(...WINDOW_KINDS)), malformed(channel), async (kind, { identity, payload }) => {
        calls++;
        const before = snapshot();
        const result = await app.router.dispatch(channel, payload, callerOf(kind, ids[identity]!));
        expect(app.unexpected, 'a handler failed unexpectedly').toEqual([]);
        expect(typeof result.ok).toBe('boolean');
        const outcome = result.ok ? 'ok' : result.error.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (result.ok) return;
        const { code, message } = result.error;
        expect(code).toMatch(/^[a-z]+\/[a-z-]+$|^internal$/);
        expect(message.length, message).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        expect(message, message).not.toMatch(/\n/);
        expect(message, message).not.toMatch(DEVELOPER_TEXT);
        expect(message, message).toMatch(/[.!?]$/);
        // A refused call changed nothing (a refusal by kind or schema never reaches a handler at all).
        expect(snapshot(), `${channel} from ${kind} refused (${code}) but changed state`).toBe(before);
        if (!contract[channel].callers.includes(kind)) expect(code).toBe('ipc/not-allowed');
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(calls).toBe(RUNS);
  });

  it('left no prototype polluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
